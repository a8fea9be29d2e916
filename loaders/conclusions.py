"""Notices of conclusions: what of a Thông báo kết luận's body charges no one, and which of its sections answer.

A notice of the conclusions or directions of a leader ("Thông báo kết luận của Phó Thủ tướng …", "Thông báo ý kiến chỉ
đạo …", issued by Văn phòng Chính phủ, a Văn phòng UBND or a Văn phòng Tỉnh ủy) lists conclusions, most of which charge
a body ("Giao Bộ Tài chính …", "Bộ Y tế chủ trì …"), mixed with assessments that charge nobody ("Ghi nhận, đánh giá cao
và biểu dương …", "Thị trường các-bon được coi là công cụ …"). Its sections are an assessment ("I. ĐÁNH GIÁ CHUNG"), the
tasks ahead ("II. NHIỆM VỤ, GIẢI PHÁP …", a content section) and the answers to the province's requests ("III. VỀ MỘT
SỐ KIẾN NGHỊ CỦA TỈNH"), each of whose items charges a ministry or the province with its answer.
"""

from __future__ import annotations

import re

# The title of a section answering the requests put to the meeting: "III. VỀ MỘT SỐ KIẾN NGHỊ CỦA TỈNH", "II. MỘT SỐ
# KIẾN NGHỊ CỦA TỈNH" (Thông báo 623/TB-VPCP, 648/TB-VPCP), "VỀ CÁC ĐỀ XUẤT, KIẾN NGHỊ CỦA BỘ Y TẾ". The requests are
# another's ("CỦA …"): a report's own "KIẾN NGHỊ, ĐỀ XUẤT" is not this. Read on the title in capitals.
ANSWERED_REQUESTS_TITLE = re.compile(
    r"(?:^|[\s.*_])(?:VỀ\s+)?(?:MỘT\s+SỐ\s+|CÁC\s+)?(?:KIẾN\s+NGHỊ|ĐỀ\s+XUẤT|ĐỀ\s+NGHỊ)"
    r"(?:\s*(?:,|VÀ)\s*(?:KIẾN\s+NGHỊ|ĐỀ\s+XUẤT|ĐỀ\s+NGHỊ))?\s+CỦA\s"
)

# An item that opens by acknowledging, praising or thanking, its subject the leader or the one he speaks for: "Ghi nhận,
# đánh giá cao và biểu dương sự nỗ lực …" (TB 637/TB-VPCP), "Đánh giá cao nỗ lực của Chủ đầu tư …" (TB 653/TB-VPCP),
# "Thay mặt Thủ tướng Chính phủ, biểu dương tinh thần …", "Thủ tướng Chính phủ đánh giá cao …", "Trân trọng cảm ơn …".
ACKNOWLEDGING_OPENING = re.compile(
    r"(?:Thay\s+mặt\s+[^,.;:]{3,80},\s*)?"
    r"(?:(?:Thủ\s+tướng|Phó\s+Thủ\s+tướng|Ban\s+Thường\s+vụ|Thường\s+trực|Chủ\s+tịch|Đồng\s+chí)[^,.;:]{0,80}?\s+)?"
    r"(?:ghi\s+nhận|đánh\s+giá\s+cao|biểu\s+dương|hoan\s+nghênh|(?:trân\s+trọng\s+)?c[aả]m\s+ơn|chúc\s+mừng|khen\s+ngợi)"
    r"(?![\wđ])",
    re.IGNORECASE,
)
# A first sentence that says what a thing is worth: "Thị trường các-bon được coi là công cụ kinh tế …" (TB 467/TB-VPCP),
# "Việc hợp nhất 03 Chương trình có ý nghĩa hết sức quan trọng, …" (TB 631/TB-VPCP).
EVALUATIVE_VERB = re.compile(r"\s(?:được\s+(?:coi|xem|xác\s+định)\s+là|có\s+ý\s+nghĩa)\s")
# A directive that opens a sentence or a clause of the item: "…; yêu cầu các Sở …", ". Giao Bộ Tài chính …". Not the
# "giao" of a law an assessment recalls ("Nghị định số 06/2022/NĐ-CP … giao Bộ Tài chính chủ trì …").
CLAUSE_DIRECTIVE = re.compile(r"(?:^|[.;:]\s+)(?:[Gg]iao|[Yy]êu\s+cầu|[Đđ]ề\s+nghị)\s")
# How many characters of an item's first sentence are read for EVALUATIVE_VERB.
_FIRST_SENTENCE_CHARS = 300
# The end of a first sentence.
_SENTENCE_END = re.compile(r"\.(?:\s|$)")


def answers_requests(title: str | None) -> bool:
    """Whether a section's title names the requests it answers (ANSWERED_REQUESTS_TITLE)."""
    if not title:
        return False
    upper = title.upper()
    return ("KIẾN NGHỊ" in upper or "ĐỀ XUẤT" in upper or "ĐỀ NGHỊ" in upper) and ANSWERED_REQUESTS_TITLE.search(upper) is not None


def assesses(words: str) -> bool:
    """Whether an item's words (from its first word) only assess: they open by acknowledging (ACKNOWLEDGING_OPENING) or
    with a sentence of worth (EVALUATIVE_VERB), and no sentence or clause of them directs (CLAUSE_DIRECTIVE)."""
    if ACKNOWLEDGING_OPENING.match(words) is None:
        first = words[:_FIRST_SENTENCE_CHARS]
        end = _SENTENCE_END.search(first)
        if EVALUATIVE_VERB.search(first, 0, end.start() if end else len(first)) is None:
            return False
    return CLAUSE_DIRECTIVE.search(words) is None
