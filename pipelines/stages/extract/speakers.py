"""Speaker labels of a transcript (press conferences, interviews).

A city's or a district's official speaks for that place until the next label:
their 全市, 全区, 我们 and unscoped figures are its, not the document's. These
are the labels' shapes; the extractor keeps who speaks for which place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: 林志刚（省工业和信息化厅副厅长）： / 林志刚： / 南方日报记者：
_PLAIN = re.compile(
    r"\s*(?P<name>[^\s：:（(，。、；]{2,20}?)\s*(?:[（(](?P<role>[^）)]{1,40})[)）])?\s*[：:]"
)
#: 【主持人】, 【孙建国】, 【发布人】即墨区委副书记、区长 王海燕：
_BRACKETED = re.compile(
    r"\s*【(?P<tag>[^】]{2,20})】\s*(?:(?P<role>[^：:\n。，]{2,30}?)\s+(?P<name>[\u4e00-\u9fff·]{2,4})\s*[：:])?"
)

#: 【武进区区长 顾晓东】, 【主持人 沈立群】: the office and the name inside the brackets
_OFFICE_AND_NAME = re.compile(r"(?P<role>\S{2,26}?)\s+(?P<name>[\u4e00-\u9fff·]{2,4})")


@dataclass(frozen=True)
class Speaker:
    """Who a label names, and the office it gives them (None when it gives none)."""

    name: str
    role: str | None

    @property
    def host(self) -> bool:
        """The host, a journalist or the podium label: no region of their own."""
        said = (self.name, self.role or "")
        return any(part.endswith("记者") or part.startswith(("主持人", "发布人")) for part in said)

    @property
    def introduced(self) -> bool:
        """A person's name (two to four characters) given with an office."""
        return self.role is not None and 2 <= len(self.name) <= 4


def speaker_label(text: str, start: int, end: int) -> Speaker | None:
    """The speaker a label opening ``text[start:end]`` names, if it opens with one."""
    bracket = _BRACKETED.match(text, start, end)
    if bracket is not None:
        if bracket.group("name"):
            return Speaker(bracket.group("name"), bracket.group("role"))
        office_and_name = _OFFICE_AND_NAME.fullmatch(bracket.group("tag"))
        if office_and_name is not None:
            return Speaker(office_and_name.group("name"), office_and_name.group("role"))
        return Speaker(bracket.group("tag"), None)
    label = _PLAIN.match(text, start, end)
    return Speaker(label.group("name"), label.group("role")) if label is not None else None
