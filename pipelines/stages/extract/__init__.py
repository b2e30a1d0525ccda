"""Figure extraction: cleaned document text to :class:`~pipelines.stages.models.Figure` records.

The single public entry point is :func:`extract_figures`; the modules of this
package are its parts (numbers, periods, clauses, tokens, cue vocabularies).
"""

from pipelines.stages.extract.core import extract_figures

__all__ = ["extract_figures"]
