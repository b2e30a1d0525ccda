"""Speaker labels of a transcript (press conferences, interviews).

A city's or a district's official speaks for that place until the next label:
their 全市, 全区, 我们 and unscoped figures are its, not the document's. These
are the labels' shapes; the extractor keeps who speaks for which place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.stages.zones import ZONE

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


#: the word after a delegate's or a member's name (申建国代表, 李明委员)
_DELEGATE_WORD = re.compile(r"(?<=[\u4e00-\u9fff·]{2})(?:代表|委员)$")


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
    if label is None:
        return None
    # (申建国代表（长治市委书记）：: a congress delegate or a CPPCC member, named with the word)
    name = _DELEGATE_WORD.sub("", label.group("name")) if label.group("role") else label.group("name")
    return Speaker(name, label.group("role"))


#: the office said right before a name where the host introduces the speakers (…有限公司董事长李建国、
#: 通城县委书记周敏): from the list's last stop up to the name
_INTRODUCED_BEFORE = re.compile(r"[^、，,：:；;。\n“”]{2,30}$")
_OFFICE_END = re.compile(
    r"(?:董事长|总经理|经理|书记|县长|市长|区长|省长|厅长|局长|主任|研究员|教授|院长|主席|负责人|厂长|代表)$"
)


#: the words up to the verb a host invites a guest with, before the guest's office (栏目邀请,
#: 请到的嘉宾是)
_INVITED = re.compile(r"^(?:[^、]*?(?:邀请|特邀|请到|请来)|请)(?:了|的嘉宾是|的嘉宾)?")


def introduced_before(text: str, name: str, end: int) -> str | None:
    """The office a bare label's speaker (李建国：) was introduced with before their turn, if the
    text introduced them (三位代表是：襄阳华驰精密传动有限公司董事长李建国、…)."""
    if not 2 <= len(name) <= 4:
        return None
    at = text.find(name, 0, end)
    while at >= 0 and text.startswith(("：", ":"), at + len(name)):
        at = text.find(name, at + 1, end)  # (the label itself is no introduction)
    if at < 0:
        return None
    office = _INTRODUCED_BEFORE.search(text, max(0, at - 30), at)
    said = office.group().rstrip(" \u3000") if office is not None else ""  # (…副市长　黄海涛)
    said = _INVITED.sub("", said)  # (邀请清河县委书记赵立新做客演播室: the office, not 请清河县)
    # (本期嘉宾：襄阳高新技术产业开发区党工委副书记、管委会主任  周立新: two posts of a zone's
    # body, which the first names)
    after_post = office is not None and text[office.start() - 1 : office.start()] == "、"
    joined = (
        _INTRODUCED_BEFORE.search(text, max(0, at - 61), office.start() - 1)
        if office and after_post
        else None
    )
    if joined is not None and _OFFICE_END.search(joined.group()) and ZONE.search(joined.group()):
        said = joined.group() + "、" + said
    # (an office it ends on, right before the name: not a place named before some word)
    return said if _OFFICE_END.search(said) else None
