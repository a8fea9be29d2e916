"""Reporting duties: who reports to whom, by when, how often.

Each explicit "báo cáo" / "gửi báo cáo" duty in the body (headings, items, closing — not the
preamble, not Nơi nhận) is one Report. ``from`` is the body whose report it is: written as
"báo cáo … của X", the body that receives and compiles ("gửi về X … để tổng hợp báo cáo Y"),
the subject of the clause or item, or else the units the plan addresses. A staff unit that
only compiles (tham mưu / tổng hợp / làm đầu mối) its parent's report is not the sender: the
issuer is. ``to`` is the addressee ("gửi về Sở Y tế", "báo cáo UBND tỉnh"), None when none is
stated. A deadline without a year goes to ``recurrence``. One duty said twice (once without
a date, once with) is one entry.

A clause that sets a schedule list ("hàng tháng (*trước ngày 16 hàng tháng*), 6 tháng (*trước
ngày 16/6*), tổng kết năm (*…*)") gives one entry per period; "… hoặc khi có yêu cầu báo cáo đột
xuất" adds nothing to the duty before it. A body never reports to itself: when the sender comes
out as the addressee, the unit the item directs ("chỉ đạo X", "giao X") is the sender, else it is
unknown. A duty to several bodies is one entry per addressee body ("báo cáo Ủy ban nhân dân Tỉnh, Bộ Khoa học và Công
nghệ, Ban Cơ yếu Chính phủ": three), each canonical on its own; a unit and its parent ("Phòng Tổ chức cán bộ, Sở Y tế")
stay one.

A report with no period that is due when something happens takes the event as its recurrence, in the text's words ("ngay
khi xảy ra …", "nếu có khó khăn, vướng mắc", "khi có yêu cầu"). A report named as a document (an item of a list of
documents, of a dossier or of a meeting's agenda; "Báo cáo của X …" opening its item), one heard, appraised or received, and
a Báo cáo's account of its past work are no duties unless something sends or dates them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import NamedTuple

from vanban.loaders.alternation import by_first_letter_ignorecase

from vanban.loaders.deadlines import Deadline, find_deadline, find_period
from vanban.loaders.letters import LOWER_LETTERS, UPPER_LETTERS
from vanban.loaders.names import canonical_org
from vanban.loaders.places import is_city
from vanban.loaders.parties import (
    ADDRESSED_HEAD, DEADLINE_OPENING, DIRECTIVE, LEAD_LABEL, MINISTRY_FIELD, PERIOD_OPENING, PREDICATE, ROLE_AFTER_DASH, addressed_doer,
    doers, listed_after_kind, head_at, name_at, split_names,
)
from vanban.loaders.records import Header, Report
from vanban.loaders.sections import (
    LETTER_CITING_OPENING,
    MARKUP_ONLY,
    Node,
    Outline,
    letter_addressees,
    letter_body_spans,
    outline,
)
from vanban.loaders.task_tables import table_tasks
from vanban.loaders.text import Text

# A reporting verb: "Báo cáo kết quả…", "tổng hợp báo cáo UBND tỉnh", "gửi báo cáo về…".
REPORT_WORD = re.compile(r"[Bb]áo\s+cáo(?![\wđ])")
# REPORT_WORD in its two spellings, for scanning whole bodies: a pattern that opens with a
# literal word is found by the regex engine four times faster than one that opens with [Bb].
# Results sent to a named body, a report by another name: "Đề nghị Ủy ban nhân dân phường, xã và đặc khu thực hiện đánh giá,
# xếp loại trung tâm học tập cộng đồng tại địa phương và gửi kết quả đánh giá, xếp loại về Sở Giáo dục và Đào tạo, hạn cuối
# ngày 15 tháng 12 hàng năm" (corpus 044, a Công văn of Sở GDĐT TP Hồ Chí Minh). Only before "về/đến/tới/lên" and a
# capitalised name within a short noun phrase: not "bên bảo lãnh gửi kết quả xác minh cho cơ quan thuế" (a Thông tư's
# procedure). A result named at length is sent when the body it goes to compiles it into a report: "các sở, ngành liên quan
# và Ủy ban nhân dân các xã, phường rà soát … và gửi kết quả rà soát kèm theo đề xuất sửa đổi, bổ sung, … của Luật Tiêu
# chuẩn và quy chuẩn kỹ thuật về Sở Khoa học và Công nghệ để tổng hợp báo cáo Chủ tịch UBND tỉnh" (corpus 017).
RESULTS_SENT = re.compile(
    rf"[Gg]ửi\s+kết\s+quả(?![\wđ])(?=[^.;:]{{0,60}}?\s(?:về|đến|tới|lên)\s+[{UPPER_LETTERS}]"
    rf"|[^.;:]{{0,300}}?\s(?:về|đến|tới)\s+[{UPPER_LETTERS}][^.;:()]{{0,80}}?\s+để\s+tổng\s+hợp[\s,]+báo\s+cáo\s)"
)
_REPORT_WORD_SPELLINGS = (re.compile(r"báo\s+cáo(?![\wđ])"), re.compile(r"Báo\s+cáo(?![\wđ])"), RESULTS_SENT)
# "báo cáo" as part of a noun, not a duty: "Đề cương báo cáo", "chế độ báo cáo", "Báo cáo số 12/BC-…",
# "báo cáo viên", "theo báo cáo", "Chế độ báo cáo gồm báo cáo định kỳ, báo cáo tổng hợp…",
# "Thực hiện chế độ thông tin, báo cáo theo định kỳ của Chương trình MTQG".
NOT_DUTY_BEFORE_WORDS: tuple[str, ...] = (
    "đề cương", "mẫu", "biểu", "chế độ", "thời gian", "thời hạn", "hệ thống", "nội dung", "theo", "tại", "các",
    # A report's dossier: "hoàn thiện hồ sơ Báo cáo đề xuất chủ trương đầu tư Chương trình" (Thông báo 631/TB-VPCP).
    "hồ sơ",
    # Data of reports: "4. Dữ liệu báo cáo tổng hợp kinh tế - xã hội" (a Quy định of Ban Chấp hành Trung ương Đảng).
    "dữ liệu",
    "thông tin", "kỳ", "hình thức", "gồm", "chế độ thông tin,",
    # The reporting work, a hearing, report figures: "phục vụ công tác báo cáo tình hình quản lý" (corpus
    # 047), "Kết hợp nghe báo cáo trực tiếp" (corpus 057: the listener does not report), "Các số liệu
    # báo cáo hướng tới sinh ra từ hệ thống" (corpus 031).
    "công tác", "nghe", "số liệu",
    # The report as a document: "thu thập thông tin, dữ liệu tách biệt về giới tính trong báo cáo các mục
    # tiêu, chỉ tiêu" (corpus 008), "chịu trách nhiệm về việc báo cáo, đề nghị ban hành … Kế hoạch này"
    # (corpus 006).
    "trong", "về việc",
    # Into the report of another: "định kỳ sơ kết đánh giá kết quả (lồng ghép vào báo cáo tổ chuyên môn giữa học kỳ và cuối
    # năm)" (a school's Kế hoạch), "đưa vào báo cáo tổng kết năm".
    " vào",
    # A report made already, not asked for: "Như Ban cán sự đảng đã báo cáo, tăng trưởng kinh tế quý I ước đạt 8,2%" (a
    # Kết luận of a Ban Thường vụ Tỉnh ủy), "Các cơ quan, đơn vị đã báo cáo đầy đủ, đúng thời hạn" (a Báo cáo of UBND
    # huyện), "UBND tỉnh đã báo cáo Thường trực HĐND tỉnh tại cuộc họp ngày 05/11/2025" (a Tờ trình).
    "đã",
    # The report as the document itself, closing it: "Trên đây là báo cáo kết quả công tác cải cách hành chính năm 2025 của
    # UBND huyện" (a Báo cáo of UBND huyện).
    "đây là",
    # The reporting work as a field: "làm tốt công tác thông tin, báo cáo" (a Chỉ thị of UBND tỉnh); not "cung cấp thông
    # tin, báo cáo kịp thời về UBND tỉnh" (a duty).
    "công tác thông tin,",
    # A report weighed, approved or compared with, a noun: "Cơ bản thống nhất với báo cáo của Phòng Tài chính - Kế hoạch"
    # (a Thông báo kết luận of UBND huyện), "Thống nhất đánh giá như báo cáo của Ủy ban Kiểm tra Huyện ủy" (a Kết luận of a
    # Ban Thường vụ Huyện ủy), "Đại hội thông qua báo cáo …", "cho ý kiến vào báo cáo …", "góp ý báo cáo …".
    "như", "thống nhất với", "đồng ý với", "thông qua", "tán thành", "cho ý kiến vào", "cho ý kiến về", "góp ý vào", "góp ý",
    # A report praised or noted: "Đánh giá cao báo cáo của Sở Y tế về công tác phòng, chống dịch", "Ghi nhận báo cáo của
    # Ủy ban Kiểm tra" (a Thông báo kết luận).
    "đánh giá cao", "ghi nhận",
    # A reporting software: "Sở Tài chính cập nhật số liệu vào Phần mềm báo cáo của Bộ Tài chính".
    "phần mềm",
    # The letter itself reporting, a courtesy formula: "Ủy ban nhân dân tỉnh Lâm Đồng kính báo cáo Bộ Tài chính tổng hợp./."
    # (a Công văn answering a ministry), "Sở Y tế xin báo cáo kết quả như sau:", "Trân trọng báo cáo./.".
    "kính", "xin", "trân trọng",
    # A paper presented to an audience: "3. Giáo viên dự thi trình bày báo cáo biện pháp nâng cao chất lượng giảng dạy trước
    # Ban Giám khảo." (a Kế hoạch of a teachers' contest), "thuyết trình báo cáo".
    "trình bày", "thuyết trình",
    # Copies made: "3. Văn phòng HĐND và UBND huyện chuẩn bị hội trường, tài liệu; in ấn báo cáo phục vụ hội nghị." (a
    # Kế hoạch of UBND huyện for a meeting), "photo báo cáo".
    "in ấn", "in", "sao in", "nhân bản", "photo", "phô tô",
    # A copy of the report sent along: "Đồng thời gửi bản mềm báo cáo qua email snv@phuyen.gov.vn." (after the duty).
    "bản mềm", "file", "file mềm", "tệp", "bản điện tử", "bản giấy", "bản scan", "bản chụp",
    # What belongs to a report, a noun: "- Chất lượng của báo cáo còn hạn chế, số liệu chưa đầy đủ." (a Thông báo kết luận).
    "của",
    # Its quality, the same: "Chất lượng báo cáo của một số đơn vị còn hạn chế, chưa đáp ứng yêu cầu."
    "chất lượng",
    # Reports drawn from a system, a function of an account: "được giao quản lý, sử dụng tài khoản với chức năng: quản trị,
    # phân quyền …; thống kê, trích xuất báo cáo; …" (a Quy chế of Chủ tịch UBND tỉnh Ninh Bình on its TTHC system).
    "trích xuất", "kết xuất",
    # A report found out, its object: "Cá nhân đã được tặng thưởng danh hiệu … nhưng phát hiện báo cáo không đúng thành tích,
    # vi phạm tiêu chuẩn …, bị hủy bỏ quyết định tặng thưởng" (QĐ 71/2025/QĐ-UBND of UBND TP Hà Nội); not "phát hiện, báo cáo".
    "phát hiện",
)
# Grouped under their first letter (same matches, faster search).
NOT_DUTY_BEFORE = re.compile(rf"(?:{by_first_letter_ignorecase(NOT_DUTY_BEFORE_WORDS)})[\s*_]*$", re.IGNORECASE)
# A field of work listed up to the verb that ends its clause (``_is_duty``): "trong công tác thống kê, báo cáo.", "phục vụ công tác
# quản lý, báo cáo;".
WORK_FIELD_BEFORE = re.compile(r"(?<![\wđ])(?:trong|phục\s+vụ|về|cho)\s+công\s+tác\s+(?:[^\s,.;:]+\s*){1,3},[\s*_]*$", re.IGNORECASE)
# A purpose of finishing the report right before it (``_is_duty``): "để hoàn thiện báo cáo", "để hoàn chỉnh báo cáo".
FINISHED_FOR_BEFORE = re.compile(r"(?<![\wđ])để[\s*_]+(?:hoàn\s+thiện|hoàn\s+chỉnh|chỉnh\s+sửa,?\s+hoàn\s+thiện)[\s*_]*$", re.IGNORECASE)
# A report named by its form or its contents, sent on in the same breath: "Các đơn vị tổng hợp số liệu theo biểu mẫu báo cáo
# gửi về Sở Y tế trước ngày 15/7/2025" (a duty, where "theo biểu mẫu báo cáo" alone names the form): FORM_BEFORE right
# before the verb, FORM_SENT_AFTER (sending, its preposition, a capitalised name) right after it.
FORM_BEFORE = re.compile(r"(?<![\wđ])(?:mẫu|biểu|đề\s+cương|số\s+liệu|nội\s+dung)[\s*_]*$", re.IGNORECASE)
FORM_SENT_AFTER = re.compile(rf"[\s*_]+(?:gửi|nộp)(?:\s+(?:về|đến|tới|lên|cho))?[\s*_]+[{UPPER_LETTERS}]")
# The measuring, reporting and verifying of emissions (MRV), a process named: "Thiết lập hệ thống đo đạc, báo cáo, thẩm
# định (MRV) cấp ngành, cấp địa phương" (a Chỉ thị on greenhouse gases), "đo lường, báo cáo và thẩm tra".
MEASURED_BEFORE = re.compile(r"đo\s+(?:đạc|lường)\s*,\s*$", re.IGNORECASE)
VERIFIED_AFTER = re.compile(r"\s*(?:,|và)\s*thẩm\s+(?:định|tra)(?![\wđ])", re.IGNORECASE)
# A report read by the one who weighs or receives it, the verb's object: "Văn phòng UBND tỉnh xem xét báo cáo của các đơn
# vị, tham mưu Chủ tịch UBND tỉnh" (a Chỉ thị of UBND tỉnh), "tiếp nhận báo cáo của các xã". Not before an addressee
# (WEIGHED_ADDRESSEE): "… để xem xét báo cáo UBND tỉnh" reports; nor with a comma between ("xem xét, báo cáo Bộ …").
# The body that receives the reports, too: "2. Các cơ quan, đơn vị thuộc Bộ nhận báo cáo định kỳ của các cơ quan, tổ chức, cá
# nhân có trách nhiệm rà soát, phân tích, tổng hợp và gửi báo cáo về Bộ Thông tin và Truyền thông" (Thông tư 02/2023/TT-BTTTT).
# Appraised or approved, the same: "Sở Tư pháp thẩm định báo cáo của các đơn vị trước khi trình UBND tỉnh", "UBND huyện phê duyệt
# báo cáo kết quả kiểm kê rừng của các xã"; received: "Bộ Y tế chưa nhận được báo cáo của Sở Y tế tỉnh, thành phố …".
WEIGHED_BEFORE = re.compile(
    r"(?<![\wđ])(?:xem\s+xét|(?:tiếp\s+)?nhận(?:\s+được)?|thẩm\s+định|(?:phê\s+)?duyệt|phê\s+chuẩn)[\s*_]*$", re.IGNORECASE
)
WEIGHED_ADDRESSEE = re.compile(rf"[\s*_]+(?:[{UPPER_LETTERS}]|cấp\s+trên|cơ\s+quan\s+cấp)")
# A report as the subject of what it finds: "Báo cáo của Sở Y tế cho thấy tỷ lệ tiêm chủng đạt 95%", "báo cáo của các
# huyện nêu rõ …", "Theo đó, báo cáo của Thanh tra tỉnh chỉ ra …" (a Thông báo kết luận): no duty.
# Its kind may come first: "Báo cáo giám sát của Thường trực HĐND tỉnh nêu rõ nhiều hạn chế".
REPORT_FINDS = re.compile(
    # Named at length, its finding said in the past: "Báo cáo kết quả thực hiện năm 2024 của Sở Nội vụ đã nêu rõ những tồn tại".
    r"(?:[\s*_]+[^\s.;:,()]+){0,6}?[\s*_]+của\s[^.;:]{2,80}?\s(?:đã\s+)?(?:cho\s+thấy|nêu\s+rõ|chỉ\s+ra|phản\s+ánh\s+rằng)(?![\wđ])"
)
_REPORT_FINDS_AHEAD = 120
# Words one of which every REPORT_FINDS match holds (a quick test before the regex).
_FINDING_WORDS = ("cho thấy", "nêu rõ", "chỉ ra", "phản ánh rằng")


def _finding_ahead(flat: str, at: int) -> bool:
    """Whether a word of REPORT_FINDS's findings lies within its reach after ``at``."""
    ahead = flat[at : at + _REPORT_FINDS_AHEAD]
    return any(w in ahead for w in _FINDING_WORDS)
# A report not asked for: "… thực hiện theo quy định tại Điều 6 Nghị định số 03/2025/NĐ-CP, không phải thực hiện việc báo
# cáo Thủ tướng Chính phủ quy định tại điểm a khoản 6 Điều 6" (a Nghị định of the Chính phủ), "không cần báo cáo", "không
# bắt buộc gửi báo cáo".
# A failure named as a condition: "Quá thời hạn trên, đơn vị nào không gửi báo cáo, Sở Nội vụ sẽ tổng hợp danh sách báo cáo
# UBND tỉnh." (a Công văn of a Sở Nội vụ: the first is no duty, the second is), "các đơn vị chưa báo cáo".
NEGATED_BEFORE = re.compile(
    # Lateness too: "Đơn vị nào chậm báo cáo sẽ bị trừ điểm thi đua." (a Công văn of a Sở Nội vụ).
    # "… nếu bộ, ngành, địa phương chưa có báo cáo thì phải tự chịu trách nhiệm …" (a Công văn of Bộ Nội vụ): "có" too.
    r"(?<![\wđ])(?:không(?:\s+(?:phải|cần|bắt\s+buộc))?|chưa|chậm(?:\s+trễ)?)\s+(?:thực\s+hiện\s+|có\s+)?(?:việc\s+)?(?:gửi\s+)?[\s*_]*$",
    re.IGNORECASE,
)
# A report described, the subject of a passive verb other than sending: "Phương thức gửi, nhận báo cáo: Báo cáo được thể
# hiện dưới hình thức văn bản giấy hoặc văn bản điện tử" (a Quyết định on a reporting regime). Not "Báo cáo được gửi về Sở
# Nội vụ trước ngày …" (a duty said in the passive).
DESCRIBED_AFTER = re.compile(r"[\s*_]+được\s+(?!gửi|nộp|trình|chuyển|báo|tổng\s+hợp)", re.IGNORECASE)
# A predicate right after the verb that makes "báo cáo" a noun: "Thủ trưởng đơn vị báo cáo chịu trách nhiệm về tính chính xác
# của số liệu" (the reporting unit), "Kết quả báo cáo là căn cứ để đánh giá, xếp loại thi đua" (a Công văn of a Sở Nội vụ).
NOUN_PREDICATE_AFTER = re.compile(r"[\s*_]+(?:chịu\s+trách\s+nhiệm|là)(?![\wđ])", re.IGNORECASE)
# What a report must be, opening its sentence: "Báo cáo phải phản ánh đầy đủ, trung thực tình hình thực hiện." Not "Báo cáo
# phải gửi về Sở Nội vụ trước ngày …" (a duty in the passive).
QUALITY_AFTER = re.compile(r"[\s*_]+phải\s+(?!gửi|nộp|được\s+gửi|trình|báo)", re.IGNORECASE)
# "việc báo cáo" (the reporting, a noun), unless an addressee or a date follows in its clause (``_addressed_or_dated``):
# "thực hiện việc báo cáo kết quả về Sở Nội vụ trước ngày 15/12" is a duty.
# Not after a verb that carries it out: "Trưởng phòng, ban thực hiện việc báo cáo Ban Giám đốc về kết quả công tác hàng tháng"
# (a Quy chế of a Ban Quản lý dự án), "… để thực hiện việc báo cáo theo quy định" (QĐ 844/QĐ-TTg); nor after the manner
# of carrying it out: "chỉ đạo tiếp tục thực hiện nghiêm việc báo cáo Thủ tướng Chính phủ hằng tuần về tiến độ" (a Thông báo
# of Văn phòng Chính phủ), "thực hiện tốt việc báo cáo", "chấp hành nghiêm túc việc báo cáo".
TASK_NOUN_BEFORE = re.compile(
    r"(?<![\wđ])(?<!thực hiện )(?<!tiến hành )(?<!nghiêm )(?<!nghiêm túc )(?<!tốt )(?<!đầy đủ )việc[\s*_]*$", re.IGNORECASE
)
_TASK_NOUN_AHEAD = 160


def _addressed_or_dated(flat: str, at: int) -> bool:
    """Whether the clause after ``at`` names an addressee (REGIME_ADDRESSEE) or a deadline."""
    if REGIME_ADDRESSEE.match(flat, at):
        return True
    end = CLAUSE_END.search(flat, at, at + _TASK_NOUN_AHEAD)
    return find_deadline(flat, at, end.start() if end else min(len(flat), at + _TASK_NOUN_AHEAD)) is not None


# A period named by the report, a noun when nothing follows it in its clause: "Thời gian chốt số liệu báo cáo: từ ngày 15/12
# năm trước đến ngày 14/12 năm báo cáo." ("hằng năm báo cáo UBND tỉnh …" goes on to its addressee).
PERIOD_NOUN_BEFORE = re.compile(r"(?<![\wđ])(?<!hằng )(?<!hàng )(?:năm|quý|tháng)[\s*_]*$", re.IGNORECASE)
# The clause ends there, or the next bullet of a list opens: "… tính từ ngày 01/01 đến ngày 30/06 của năm báo cáo" / "- Số
# liệu báo cáo cả năm …" (a ministry's reporting rules, read flat).
CLAUSE_STOP_AFTER = re.compile(r"[\s*_]*(?:[.;)]|\s[-–+•]\s|$)")
# The period a report covers, named by its own: "trước ngày 10/01 của năm liền kề năm báo cáo", "Chậm nhất ngày 15 của
# tháng báo cáo đối với báo cáo định kỳ hằng tháng" (Thông tư 02/2023/TT-BTTTT): a noun, whatever follows.
PERIOD_OF_REPORT_BEFORE = re.compile(r"(?<![\wđ])(?:của|liền\s+kề)\s+(?:năm|quý|tháng|kỳ)[\s*_]*$", re.IGNORECASE)
# A kind of report a rule speaks of, inside a clause: "a) Chậm nhất ngày 06 của tháng cuối quý đối với báo cáo định kỳ hằng
# quý;" (Thông tư 02/2023/TT-BTTTT: the line dates the duty its lead names). Not "Đối với báo cáo năm: …" opening a clause.
KIND_NAMED_BEFORE = re.compile(r"[^\s.;:!?(\-–+•*_][\s*_]+đối\s+với[\s*_]*$")
# A team's name that ends in "công tác", not the reporting work: "kết thúc đợt kiểm tra, Tổ công tác báo cáo kết quả về Chủ
# tịch UBND huyện trước ngày 30/9/2024" (a Quyết định that sets up a team), "Đoàn công tác báo cáo …".
TEAM_BEFORE = re.compile(r"(?<![\wđ])(?:[Tt]ổ|[Đđ]oàn|[Nn]hóm)\s+công\s+tác[\s*_]*$")
# Publishing a report is not reporting to anyone: "c) Xây dựng, công bố báo cáo thường niên về dự báo
# nhu cầu thị trường" (corpus 025), "d) Công bố định kǶ báo cáo dự báo nhu cầu nhân lực" (corpus 025, "kỳ"
# misprinted), "định kỳ hàng năm công bố báo cáo dự báo" (corpus 031).
PUBLISH_BEFORE = re.compile(r"công\s+bố(?:\s+(?:định\s+k\w{1,2}|hằng\s+năm|hàng\s+năm))?[\s*_]*$", re.IGNORECASE)
# A price in the clause after the verb: a report as a product of a budget line, "d) Chi xây dựng báo
# cáo kết quả của đợt kiểm tra, giám sát bầu cử của từng đoàn kiểm tra, giám sát: cấp tỉnh: 5.000.000
# đồng/1 báo cáo" (corpus 057), "d) Báo cáo tổng kết công tác bầu cử, …: - Xây dựng văn bản cấp tỉnh:
# 4.000.000 đồng/" (corpus 064). No full stop before the price (a dot between digits is part of it).
PRICED = re.compile(r"(?:[^.;]|\.(?=\d))*?\d{1,3}(?:\.\d{3})+\s*đồng")
_PRICE_AHEAD = 200
# "báo cáo" as a noun of a list after a preposition: "ứng dụng công nghệ thông tin, chuyển đổi số trong
# tuyên truyền, quản lý, báo cáo, thống kê phục vụ bầu cử" (corpus 005). Two short items or more
# before it ("trong năm 2025, báo cáo …" is a clause).
NOUN_LIST_BEFORE = re.compile(r"(?<![\wđ])(?:trong|phục vụ)\s+(?:[^\s,.;:]+(?:\s+[^\s,.;:]+)?\s*,\s*){2,4}$")
# A report heard at a meeting, its speaker named between: "Tại cuộc họp, sau khi nghe Phòng Tài chính - Kế hoạch báo cáo
# tình hình thu ngân sách, Chủ tịch UBND huyện …" (a Thông báo kết luận), "Ban Thường vụ Huyện ủy nghe Ủy ban Kiểm tra
# Huyện ủy báo cáo kết quả kiểm tra" (a Kết luận). Not across a purpose or a second verb: "nghe ý kiến cử tri để báo cáo …".
# The speakers may be a list, with commas and "và": "Chủ tịch UBND tỉnh chủ trì cuộc họp nghe lãnh đạo Văn phòng UBND tỉnh, các
# sở, ngành báo cáo tình hình hoạt động tuần thứ 29", "Thường trực UBND tỉnh nghe Sở Tài chính và Sở Kế hoạch và Đầu tư báo cáo
# phương án phân bổ vốn" (a weekly schedule); not when a comma or "và" comes right before the verb, a second verb of the hearer's
# ("nghe ý kiến, kiến nghị của cử tri, báo cáo UBND huyện", "nghe ý kiến cử tri và báo cáo …").
HEARD_BEFORE = re.compile(
    r"(?<![\wđ])nghe\s+(?:(?!(?:để|rồi|sau\s+đó)\s)[^\s.;:]+\s+){0,15}(?!(?:để|và|rồi)\s)[^\s.;:,]+\s+$", re.IGNORECASE
)
_HEARD_BACK = 120
# "kỳ báo cáo" (a reporting period) is a noun, but "Định kỳ báo cáo UBND tỉnh (qua Sở Tư pháp)…" and
# "tham mưu sơ kết, tổng kết và định kỳ báo cáo UBND tỉnh" are periodic duties.
PERIODIC_BEFORE = re.compile(r"định\s+kỳ[\s*_]*$", re.IGNORECASE)
# A report that is kept or published, the subject of a passive verb: "Kết quả quan trắc, thông báo định kỳ,
# báo cáo tổng hợp hàng quý và hàng năm được lưu trữ bằng văn bản giấy" (corpus 030).
STORED_AFTER = re.compile(r"[^.;,:]{0,50}?\sđược\s+(?:lưu|công\s+bố|công\s+khai|đăng\s+tải|niêm\s+yết)(?![\wđ])")
# The unit whose charge the verb names, a noun: "đơn vị chịu trách nhiệm tổng hợp, báo cáo và các đơn vị khác
# có liên quan" (corpus 047).
IN_CHARGE_BEFORE = re.compile(r"(?:đơn\s+vị|cơ\s+quan|bộ\s+phận)\s+(?:chịu\s+trách\s+nhiệm|phụ\s+trách)\s+(?:[^\s,.;:]+,?\s+){0,3}$")
# "chế độ báo cáo" (the reporting regime) is a duty when an addressee follows in its clause: "Thực hiện chế độ
# báo cáo định kỳ hằng quý về tiến độ cập nhật dữ liệu gửi Sở Tài chính để tổng hợp, …" (QĐ 2820/QĐ-UBND of
# Thành phố Hồ Chí Minh), "thực hiện chế độ báo cáo với Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh bằng văn bản"
# (corpus 055); "Thực hiện chế độ thông tin, báo cáo theo định kỳ của Chương trình MTQG" (corpus 032) names none.
# The reporting work carried out is one too: "đôn đốc và tạo điều kiện cho Ban VHTT phường thực hiện nghiêm công tác thông
# tin báo cáo định kỳ (tháng, quý, 6 tháng, 9 tháng,năm) gửi về Văn phòng Trung tâm Văn hóa Quận 9 chậm nhất là ngày 07
# hàng tháng" (a Công văn of Trung tâm Văn hóa Quận 9); "phục vụ công tác báo cáo …" is not (no "thực hiện").
REGIME_BEFORE = re.compile(
    r"(?:chế\s+độ|thực\s+hiện(?:\s+(?:nghiêm(?:\s+túc)?|tốt|đầy\s+đủ|đúng))?\s+công\s+tác)(?:\s+thông\s+tin,?)?[\s*_]*$",
    re.IGNORECASE,
)
_REGIME_BACK = 60
# A capitalised addressee after its preposition, within the clause (REGIME_AHEAD characters, no . or ;), not past
# the colon of a schedule it introduces: "2. Chế độ báo cáo" / "Trưởng phòng phải thực hiện đầy đủ chế độ thông tin báo
# cáo gồm:" / "a) Báo cáo tháng gửi Giám đốc Sở …" (the heading is no duty).
# Nor past a bullet or a second "báo cáo", the duty of a list under a heading: "2. Chế độ báo cáo của các đơn vị" / "-
# Định kỳ hằng quý báo cáo kết quả thực hiện về Sở Y tế …" (the heading is no duty, the bullet is).
REGIME_ADDRESSEE = re.compile(rf"(?:(?!\s[-–+•]\s|[Bb]áo\s+cáo(?![\wđ]))[^.;:]){{0,100}}?(?<![\wđ])(?:gửi(?:\s+(?:về|đến|tới))?|về|với|lên)\s+(?=[{UPPER_LETTERS}])")
# What a decision rests on, before "báo cáo của X" (the reports of X, a source, not a duty): "Trên cơ sở
# hướng dẫn của các Bộ, ngành Trung ương và báo cáo của các cơ quan, đơn vị, Sở Kế hoạch và Đầu tư chủ
# trì …" (a Công văn of UBND tỉnh Quảng Ngãi), "Căn cứ vào báo cáo của …", "dựa trên báo cáo của …".
# Right before it, "qua" and "từ" say the same: "Qua báo cáo của các đơn vị cho thấy …", "Từ báo cáo của các huyện, Sở Nội
# vụ tổng hợp trình UBND tỉnh" (a Thông báo kết luận), "xét" a letter's opening: "Xét báo cáo của Bộ Tài chính tại văn bản số
# 621/BC-BTC …, Phó Thủ tướng Chính phủ Hồ Đức Phớc có ý kiến như sau:" (a Công văn of Văn phòng Chính phủ).
SOURCE_BEFORE = re.compile(
    # "Căn cứ kết quả báo cáo của các đơn vị, Sở Y tế tổng hợp báo cáo UBND tỉnh": the reports' results, their content.
    r"(?:(?:trên\s+cơ\s+sở|căn\s+cứ(?:\s+vào)?|dựa\s+(?:trên|vào))\s+(?:[^.;:]{0,100}?(?:\s+và|,)\s+)?(?:các\s+)?"
    r"(?:(?:kết\s+quả|nội\s+dung|số\s+liệu)\s+)?"
    r"|(?<![\wđ])(?:qua|từ|xét)\s+)[\s*_]*$",
    re.IGNORECASE,
)
# What follows "báo cáo" as a source: "của", after a proposal joined to it: "Trên cơ sở báo cáo, đề xuất của Sở Tài chính
# tại Tờ trình số 310/TTr-STC …, UBND tỉnh kính trình …" (a Tờ trình of UBND tỉnh), "căn cứ báo cáo và kiến nghị của …".
SOURCE_AFTER = re.compile(r"(?:\s*(?:,|và)\s*(?:đề\s+xuất|đề\s+nghị|kiến\s+nghị))?\s+của\s")
# The label of the product an item lists, opening its clause: every "báo cáo" up to the clause's end names
# the product, not a duty. "- Kết quả: Báo cáo theo hướng dẫn của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh.",
# "- Kết quả: báo cáo kết quả tiếp công dân, …; các văn bản đôn đốc, hướng dẫn, báo cáo tổng hợp." (a Kế
# hoạch of UBMTTQ xã Lương Minh), "Sản phẩm: báo cáo đánh giá". Not "2. Thời gian báo cáo kết quả: Báo cáo
# kết quả thực hiện …" (seed 000: the clause opens with "Thời gian").
PRODUCT_LABEL_AT = re.compile(r"[\s*_\-–+•]*(?:[Kk]ết\s+quả|[Ss]ản\s+phẩm)(?:\s+(?:dự\s+kiến|đầu\s+ra))?[\s*_]*:")
# Where a sentence or a bulleted clause starts, for PRODUCT_LABEL_AT: ". ", " - ".
PRODUCT_CLAUSE_START = re.compile(r"[.!?][\s*_”\")]+|\s[-–+•]\s+")
_PRODUCT_BACK = 240
# "7.000.000 đồng/1 báo cáo": a unit of count.
NOT_DUTY_COUNT = re.compile(r"(?:/\s*\d*|\d)\s*$")
# "báo cáo viên", "Báo cáo thành tích" (of an award dossier, corpus 005), "Báo cáo số 12/BC-…", "báo
# cáo giải trình số 118/BC-UBND ngày 10 tháng 7 năm 2017 của UBND tỉnh" (a numbered document with its kind in lower case, not a duty); documents named by
# their kind: "lập báo cáo tài chính nhà nước" (corpus 047), "Báo cáo tài chính nộp tại cơ quan thuế",
# "lập báo cáo thẩm định đề xuất chủ trương đầu tư" (corpus 036), "báo cáo nghiên cứu khả thi".
NOT_DUTY_AFTER = re.compile(
    rf"^\s*(?:viên|thành\s+tích|số\s*\d|tóm tắt số|\d+\s*/|(?:(?!theo\s)[{LOWER_LETTERS}]+\s+){{1,3}}số\s*\d+\s*[/-]"
    r"|(?:tài\s+chính|thẩm\s+định|nghiên\s+cứu\s+khả\s+thi|kinh\s+tế\s*-\s*kỹ\s+thuật|đánh\s+giá\s+tác\s+động)(?![\wđ]))",
    re.IGNORECASE,
)
# A label that only names the duty: "Thời gian báo cáo kết quả:", "Chế độ báo cáo:".
LABEL_AFTER = re.compile(r"^[^.;:]{0,25}:")
# "gửi" before a capitalised name that runs up to the verb: "gửi Bộ Tài chính báo cáo định kỳ hàng năm" (the addressee).
# The route of a report sent, in brackets between its addressee and the verb: "Định kỳ trước ngày 31 tháng 12 hằng năm gửi Ủy
# ban nhân dân tỉnh (qua Sở Nông nghiệp và Môi trường) báo cáo đánh giá, kết quả triển khai thực hiện trong năm" (QĐ
# 74/2025/QĐ-UBND of UBND tỉnh Hà Tĩnh).
ROUTE_BRACKET = re.compile(r"[\s*_]*\((?:thông\s+)?qua\s[^()]{1,80}\)[\s*_]*")
SENT_NAMED_BEFORE = re.compile(rf"(?<![\wđ])gửi\s+(?:về\s+|đến\s+|tới\s+|lên\s+|cho\s+)?(?=[{UPPER_LETTERS}])")
_SENT_NAMED_BACK = 80
# A bullet or a line opening right before the verb: "- Báo cáo tháng:" (``_is_duty``).
BULLET_OPENS_BEFORE = re.compile(r"(?:^|\s[-–+•]|[.;:]\s*)[\s*_]*$")
# A name opening the sentence after a label's colon, its own report verb ahead (``_is_duty``): "Sở Tài chính tổng hợp …".
SUBJECT_AFTER_LABEL = re.compile(rf"[\s*_]*[{UPPER_LETTERS}][^\s.;:]*(?:\s+[^\s.;:]+){{0,7}}?\s+(?=(?:tổng\s+hợp|[Bb]áo\s+cáo|gửi))")
_LABEL_SUBJECT_REACH = 40
# A period as the label, its date after the colon: "- Báo cáo 6 tháng: trước ngày 15/6;", "- Báo cáo năm: trước ngày 15/12
# hằng năm." (the lines of a schedule, each a duty).
PERIOD_LABEL_AFTER = re.compile(
    r"^\s+(?:(?:sơ|tổng)\s+kết\s+)?(?:(?:0?[1-9]|1[0-2]|sáu)\s+tháng(?:\s+đầu\s+năm)?|năm|quý|tháng|hằng\s+(?:năm|quý|tháng))"
    r"\s*:\s*(?:trước|chậm\s+nhất)\s+(?:là\s+)?ngày\s+\d",
    re.IGNORECASE,
)
# The addressee after the verb: "báo cáo UBND tỉnh", "báo cáo đơn vị cấp trên", "báo cáo, đề xuất UBND huyện",
# "báo cáo, tham mưu UBND tỉnh xem xét giải quyết" (corpus 036), "báo cáo, tham mưu trình Ủy ban nhân dân thành
# phố xem xét" (corpus 024),
# "gửi về Sở Y tế", "về Sở Y tế", "gửi Phòng Nội vụ", "lên Ủy ban nhân dân tỉnh".
# After "kết quả" (group ``result``) only a capitalised name is an addressee: "báo cáo kết quả Ủy ban nhân
# dân tỉnh (qua Công an tỉnh)" (corpus 032), not "Báo cáo kết quả thanh tra tại Kỳ họp thứ Sáu" (corpus 077).
# An adverb may come first: "báo cáo kịp thời UBND tỉnh (qua Ban Quản lý Khu kinh tế Đông Nam)" (corpus
# 028), "báo cáo ngay về Trung tâm Kiểm soát bệnh tật tỉnh" (corpus 023); a second verb joined by "và": "kịp thời báo cáo
# và kiến nghị Chính phủ, Thủ tướng Chính phủ các biện pháp cần thiết" (NQ 100/NQ-CP).
TO_DIRECT = re.compile(
    # The report submitted, "trình" before a capitalised name: "Giao Ủy ban Kiểm tra Huyện ủy tiếp thu ý kiến, hoàn chỉnh báo cáo
    # trình Ban Chấp hành Đảng bộ huyện tại Hội nghị lần thứ 22." (a Kết luận of a Ban Thường vụ Huyện ủy); not "trình tự".
    # "trình" after a comma too: "Sở Khoa học và Công nghệ tổng hợp báo cáo và đề xuất, trình Ủy ban nhân dân Tỉnh xem xét"
    # (a Kế hoạch of UBND tỉnh Đồng Tháp).
    # The guidance asked for, of the addressee: "Văn phòng UBND tỉnh có văn bản đôn đốc hoặc báo cáo xin ý kiến chỉ đạo của
    # Chủ tịch UBND tỉnh" (QĐ 98/2025/QĐ-UBND of UBND tỉnh Nghệ An).
    r"\s*(?:(?:kịp thời|ngay|trực tiếp)\s+)?(?:,?\s*(?:và\s+)?(?:đề xuất|kiến nghị|xin ý kiến(?:\s+chỉ\s+đạo)?(?:\s+của)?|tham mưu)"
    r"(?:,?\s+trình)?\s+"
    rf"|trình\s+(?=[{UPPER_LETTERS}]))?(?P<result>kết quả\s+)?"
    # The adverb after "kết quả" too: "Báo cáo kết quả kịp thời đến Ban Giám đốc" (a Quy chế làm việc of a Ban Quản lý dự án).
    r"(?:(?<=kết quả )(?:kịp thời|ngay)\s+(?=(?:về|cho|lên|với|đến|tới)\s))?"
    r"(?P<prep>về\s+|cho\s+|lên\s+|với\s+|đến\s+|tới\s+)?"
)
# "cho" later in the clause only before a superior: "Báo cáo kết quả kiểm kê cho cơ quan quản lý cấp trên"
# (corpus 047), not "báo cáo kết quả hỗ trợ cho các hộ nghèo".
TO_LATER = re.compile(
    r"(?<![\wđ])(?:gửi\s+(?:về\s+|đến\s+|tới\s+|lên\s+|cho\s+)?|về\s+|lên\s+)(?:cho\s+)?"
    r"|(?<![\wđ])cho\s+(?=(?:đơn vị|cơ quan)(?:\s+quản\s+lý)?\s+cấp\s+trên|cấp\s+trên)"
    # Or a named one, told: "Cá nhân được giao phải thường xuyên kiểm tra hộp thư điện tử công vụ của cơ quan, đơn vị và báo
    # cáo hoặc chuyển tiếp nội dung đã nhận cho Thủ trưởng cơ quan, đơn vị biết để kịp thời giải quyết công việc" (QĐ
    # 143/2025/QĐ-UBND of UBND tỉnh Đồng Tháp), before a capitalised name that "biết" closes.
    rf"|(?<![\wđ])cho\s+(?=[{UPPER_LETTERS}][^.;:()]{{0,60}}?\s+biết(?![\wđ]))"
    # Or the sender's leadership, in either case: "kịp thời thông tin cho lớp … và báo cáo tình hình của lớp cho ban giám đốc
    # Trung tâm" (a Quy chế of Ban Tuyên giáo và Dân vận Trung ương: the class's tutor), "báo cáo kết quả cho Thủ trưởng đơn vị".
    r"|(?<![\wđ])cho\s+(?=(?:[Bb]an\s+(?:[Gg]iám\s+(?:đốc|hiệu)|[Ll]ãnh\s+đạo)|[Ll]ãnh\s+đạo|[Tt]hủ\s+trưởng|[Gg]iám\s+đốc"
    r"|[Cc]hủ\s+tịch|[Tt]rưởng\s+(?:[Bb]an|[Pp]hòng|[Kk]hoa))(?![\wđ]))"
    # "với" before a capitalised name, not after "phối hợp"/"cùng": "kịp thời báo cáo, đề xuất vấn đề phát sinh
    # với Trưởng ban chỉ đạo Đại hội" (corpus 058), "báo cáo kết quả … của Ban với Thường trực Hội đồng nhân
    # dân tỉnh" (corpus 078).
    r"|(?<![\wđ])(?<!hợp )(?<!cùng )(?P<with>với)\s+"
    # The report submitted after a comma: "Sở Y tế tiếp thu ý kiến, hoàn chỉnh báo cáo, trình UBND tỉnh trước ngày 10/6/2025"
    # (a Thông báo kết luận), before a capitalised name only.
    rf"|,\s*trình\s+(?=[{UPPER_LETTERS}])"
    # Or proposed to after a comma, the report's addressee the proposal's: "Văn phòng UBND tỉnh … kịp thời tổng hợp, báo cáo
    # khó khăn, vướng mắc, đề xuất UBND tỉnh xem xét, quyết định sửa đổi, bổ sung phù hợp" (QĐ 98/2025/QĐ-UBND of UBND tỉnh
    # Nghệ An), before a capitalised name only.
    rf"|,\s*(?:và\s+)?(?:đề\s+xuất|kiến\s+nghị)(?:\s+với)?\s+(?=[{UPPER_LETTERS}])"
    # Or later in the clause, a council: "báo cáo kết quả giám sát giữa hai kỳ họp trình Hội đồng nhân dân vào kỳ họp giữa năm
    # 2019" (corpus 078). Not a committee, one step of a chain the last verb ends ("tổng hợp báo cáo định kỳ trình UBND tỉnh
    # trình Đảng ủy UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy": one duty, to the last); nor a document "được trình Quốc hội".
    r"|(?<![\wđ])(?<!được )trình\s+(?=(?:Hội\s+đồng\s+nhân\s+dân|HĐND|Quốc\s+hội)(?![\wđ]))"
    # The council whose session hears the report: "báo cáo kết quả thực hiện tại Kỳ họp thứ Sáu, HĐND tỉnh" (corpus 077).
    r"|(?<![\wđ])tại\s+[Kk]ỳ\s+họp(?:\s+thứ\s+[^\s,.;()]+)?(?:\s*,\s*|\s+(?:của\s+)?)(?=(?:HĐND|Hội\s+đồng\s+nhân\s+dân|Quốc\s+hội)(?![\wđ]))"
    # Before a council, capitalised (not "trước ngày"): "Báo cáo định kỳ hoặc đột xuất về công tác giám sát, kiểm tra trước
    # Hội đồng Quản lý Quỹ" (the Điều lệ of a provincial fund), "báo cáo trước Hội đồng nhân dân tỉnh".
    r"|(?<![\wđ])trước\s+(?=(?:Hội\s+đồng|Ban\s+Chấp\s+hành|Quốc\s+hội|Ủy\s+ban|Ban\s+Thường\s+vụ|Thường\s+trực)(?![\wđ]))"
)
# The addressee of a report the verb "gửi" sends, after "đến"/"tới" before a capitalised name: "gửi báo cáo định kỳ đến Sở
# Tài chính" (TO_LATER reads "đến" only after "gửi").
SENT_ON_TO = re.compile(rf"(?<![\wđ])(?:đến|tới)\s+(?=[{UPPER_LETTERS}])")
# "đơn vị cấp trên", "cấp trên", "cơ quan (quản lý) cấp trên" are kept as written; so is an authority
# named by its power: "báo cáo cấp có thẩm quyền phê duyệt" (corpus 006, 017), "báo cáo cơ quan có thẩm quyền
# xem xét giải quyết" (corpus 036).
# The superior named with its field: "báo cáo cơ quan quản lý giáo dục cấp trên", "cho cơ quan y tế cấp trên"; a Party
# committee above: "báo cáo cấp ủy cấp trên trực tiếp". A state body named by its field (group ``field``): "Theo dõi các diễn
# biến bất thường của môi trường NTTS và báo cáo với cơ quan quản lý nhà nước về NTTS tại địa phương" (corpus 030), "định kỳ
# báo cáo cơ quan chuyên môn về lao động thuộc Ủy ban nhân dân cấp tỉnh" (a Công văn of Sở Nội vụ TP Hồ Chí Minh); the
# local government: "kịp thời báo cáo chính quyền địa phương".
# The competent authority named by its power alone, the issuer maybe: "cấp có thẩm quyền", "cơ quan có thẩm quyền".
COMPETENT_AUTHORITY = re.compile(r"(?:các\s+)?(?:cấp|cơ\s+quan)\s+có\s+thẩm\s+quyền", re.IGNORECASE)
SUPERIOR = re.compile(
    r"(?:(?:đơn vị|cơ quan|cấp\s+(?:ủy|uỷ)|tổ\s+chức\s+đảng)(?:\s+(?!cấp\s)[^\s,.;:()]+){0,4}?)?\s*cấp\s+trên(?:\s+trực\s+tiếp)?"
    # An authority named by its power or its part, a state agency maybe: "báo cáo các cơ quan quản lý nhà nước có liên quan để
    # phối hợp xử lý theo thẩm quyền" (CV 6356/UBND-NNMT of UBND thành phố Hà Nội), "cơ quan quản lý nhà nước có thẩm quyền".
    r"|(?:các\s+)?(?:cấp|cơ quan)(?:\s+quản\s+lý)?(?:\s+nhà\s+nước)?\s+(?:có\s+thẩm\s+quyền|(?:có\s+)?liên\s+quan)"
    # The body that manages the sender directly: "trường hợp bị lộ hoặc quên mật khẩu phải báo cáo cơ quan quản lý trực tiếp
    # để báo cáo Sở Khoa học và Công nghệ xử lý kịp thời" (QĐ 79/2025/QĐ-UBND of UBND tỉnh Bắc Ninh), "Trung tâm phải lập biên
    # bản … và báo cáo cơ quan quản lý trực tiếp" (a Quy chế of Ban Tuyên giáo và Dân vận Trung ương), "cơ quan chủ quản".
    r"|(?:cơ\s+quan|đơn\s+vị)(?:\s*,\s*(?:cơ\s+quan|đơn\s+vị))?\s+(?:quản\s+lý\s+(?:cấp\s+trên\s+)?trực\s+tiếp|chủ\s+quản)"
    r"|(?:các\s+)?cơ\s+quan\s+(?:quản\s+lý\s+nhà\s+nước|chuyên\s+môn)\s+về(?P<field>(?:\s+(?!(?:tại|thuộc|theo|để|trước|khi|"
    r"định|hằng|hàng|kết|tình|những|các|việc|về|trong|và)\s)[^\s,.;:()]+){1,4})"
    r"(?:\s+(?:tại\s+địa\s+phương|cấp\s+(?:tỉnh|huyện|xã)|thuộc\s+(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân\s+cấp\s+(?:tỉnh|huyện|xã)))?"
    r"|chính\s+quyền\s+(?:địa\s+phương|cơ\s+sở|cấp\s+(?:xã|huyện|tỉnh))(?:\s+cùng\s+cấp)?"
    # The leadership of the unit, written in lower case: "Quản trị Hệ thống QLVB&ĐH; định kỳ báo cáo lãnh đạo về tình hình hoạt
    # động của Hệ thống" (a Quy chế of UBND tỉnh Ninh Bình: its administrator's duty), "báo cáo lãnh đạo cơ quan".
    r"|lãnh\s+đạo(?:\s+(?:cơ\s+quan|đơn\s+vị|phòng|sở))?(?=\s+(?:về|kết\s+quả|tình\s+hình|để|xem|những|các)\s|[,.;]|$)",
    re.IGNORECASE,
)
# A verb of watching joined to the reporting verb right before it (``find_reports_in``): "Theo dõi sát và báo cáo", "giám sát,
# báo cáo", "nắm bắt và báo cáo".
MONITORED_BEFORE = re.compile(
    r"(?<![\wđ])(?:[Tt]heo\s+dõi|[Gg]iám\s+sát|[Nn]ắm(?:\s+bắt)?)(?:\s+(?:sát|chặt\s+chẽ|thường\s+xuyên))?[\s*_]*(?:,|và)[\s*_]*$"
)
# "của X" naming whose report it is: "Báo cáo kết quả thực hiện … của các cơ quan, đơn vị trực thuộc gửi về".
OWNER = re.compile(r"(?<![\wđ])của\s+")
# "của" before the asked body's own kind, unnamed: "báo cáo kết quả thực hiện công tác phòng, chống dịch của đơn vị,
# địa phương" (each body asked reports its own), "của cơ quan, đơn vị mình": no sender is named.
REFLEXIVE_OWNER = re.compile(r"(?:cơ quan|đơn vị|địa phương|ngành|cấp)(?:\s*(?:,|và)\s*(?:cơ quan|đơn vị|địa phương|ngành))*(?:\s+mình)?")
# A period after the owner's kind, the same: "báo cáo kết quả thực hiện dự án bệnh viện vệ tinh của đơn vị năm 2013 - 6
# tháng đầu năm 2015" (CV 749/KCB-CĐT of Cục Quản lý Khám, chữa bệnh).
REFLEXIVE_PERIOD_AFTER = re.compile(r"\s*(?:năm|tháng|quý|giai\s+đoạn|từ|\d)")


# A verb of urging or directing whose object, named right before the reporting verb, reports: "1. Đôn đốc các bệnh
# viện vệ tinh báo cáo kết quả thực hiện dự án …" (CV 749/KCB-CĐT of Cục Quản lý Khám, chữa bệnh), "chỉ đạo các trường
# báo cáo …", "hướng dẫn các đơn vị báo cáo …".
URGING = re.compile(r"(?<![\wđ])(?:đôn\s+đốc|chỉ\s+đạo|hướng\s+dẫn|yêu\s+cầu|đề\s+nghị)\s+", re.IGNORECASE)
_URGED_BACK = 160


def _last_before(pattern: re.Pattern[str], flat: str, lo: int, verb: int, back: int = _URGED_BACK) -> re.Match[str] | None:
    """The last match of ``pattern`` in the ``back`` characters (from ``lo`` on) before the verb."""
    last = None
    for last in pattern.finditer(flat, max(lo, verb - back), verb):
        pass
    return last


# Nothing but marks between a name and the verb, or an adverb of haste (``_urged_sender``): "đề nghị các Thuế tỉnh, thành phố
# khẩn trương báo cáo, tham mưu UBND tỉnh …" (CV 5363/CT-CS of Cục Thuế).
MARKS_GAP = re.compile(r"[\s,*_]*(?:(?:khẩn\s+trương|kịp\s+thời|chủ\s+động)[\s,*_]+)?")


def _named_before(pattern: re.Pattern[str], gap: re.Pattern[str], flat: str, lo: int, verb: int) -> str | None:
    """The name right after the last ``pattern`` before the verb, when only ``gap`` lies between it and the verb."""
    last = _last_before(pattern, flat, lo, verb)
    if last is None:
        return None
    got = name_at(flat, last.end(), verb)
    return got[0] if got is not None and gap.fullmatch(flat, got[1], verb) is not None else None


def _urged_sender(flat: str, lo: int, verb: int) -> str | None:
    """The body urged (URGING) right before the reporting verb, the name running up to it; None when there is none."""
    return _named_before(URGING, MARKS_GAP, flat, lo, verb)


# A letter's closing that tells its addressees to act and report: "Bộ Công Thương thông báo các thương nhân đầu mối kinh doanh
# xăng dầu, thương nhân phân phối xăng dầu biết, thực hiện và báo cáo tình hình thực hiện về Bộ Công Thương, Bộ Tài chính …"
# (CV 9634/BCT-TTTN): the bodies told report (``_notified_sender``), not the issuer.
NOTIFIED = re.compile(r"(?<![\wđ])thông\s+báo\s+(?:để\s+|cho\s+)?")
NOTIFIED_TAIL = re.compile(r"[\s*_,]*biết(?:\s*(?:,|và)\s*(?:thực\s+hiện|chỉ\s+đạo\s+thực\s+hiện|triển\s+khai))?(?:\s*,|\s+và)?\s*")


# "do" before the name that does the work (``find_reports_in``).
DONE_BY = re.compile(r"(?<![\wđ])do\s+")


def _notified_sender(flat: str, lo: int, verb: int) -> str | None:
    """The bodies a closing tells to know, act and report (NOTIFIED, NOTIFIED_TAIL up to the verb); None otherwise."""
    return _named_before(NOTIFIED, NOTIFIED_TAIL, flat, lo, verb)


# The letter's addressees, asked as "Quý …" (you): "Bộ Y tế đề nghị Quý Sở tổng hợp, báo cáo …", "đề nghị Quý cơ quan, đơn
# vị báo cáo …", "Kính đề nghị Quý Ủy ban quan tâm, chỉ đạo và báo cáo …". The verb must follow in the same clause.
YOU_ASKED = re.compile(r"(?<![\wđ])(?:[Đđ]ề\s+nghị|[Yy]êu\s+cầu|[Mm]ong)\s+Quý\s+[^.;:]{0,80}$")
# A staff unit advising the body that then reports, named right before the verb: "Phòng Nội vụ tham mưu UBND huyện báo
# cáo Sở Nội vụ tình hình sắp xếp tổ chức bộ máy" (a Thông báo kết luận of UBND huyện: the committee reports), "Giao Sở Tài
# chính tham mưu UBND tỉnh báo cáo Bộ Tài chính" (a Thông báo of the Văn phòng UBND tỉnh), "tham mưu UBND tỉnh tổng hợp,
# báo cáo Bộ Nội vụ".
ADVISING = re.compile(r"(?<![\wđ])tham\s+mưu(?:\s+(?:cho|giúp))?\s+", re.IGNORECASE)
# What may lie between the advised body and the verb: "tổng hợp, ", "tổng hợp và ".
ADVISED_GAP = re.compile(r"[\s,*_]*(?:tổng\s+hợp(?:\s*,|\s+và)?[\s*_]*)?")


def _advised_sender(flat: str, lo: int, verb: int, header: Header) -> str | None:
    """The body advised (ADVISING) right before the reporting verb, which reports; the issuer when it is the issuer's head
    ("Phòng Giáo dục Trung học tham mưu Giám đốc Sở báo cáo UBND tỉnh" in a Sở's Thông báo). None when there is none."""
    got = _named_before(ADVISING, ADVISED_GAP, flat, lo, verb)
    if got is not None and header.issuer and _names_issuer(got, header):
        return header.issuer
    return got


def _reflexive_owner(owner: str) -> bool:
    """Whether an owner read after "của" (lower case) is the asked body's own kind, not a body named."""
    m = REFLEXIVE_OWNER.match(owner)
    # "mình" says it whatever follows: "… báo cáo tình hình thực hiện hoạt động đấu thầu hàng năm của đơn vị mình trên Hệ
    # thống mạng đấu thầu quốc gia" (a Công văn of UBND Thành phố Hồ Chí Minh).
    return m is not None and (
        m.end() == len(owner) or REFLEXIVE_PERIOD_AFTER.match(owner, m.end()) is not None or m.group(0).endswith(" mình")
    )


# A request or a rule between the verb and "của", whose "của" names the one who asks: "Ủy ban nhân dân tỉnh, các cơ quan,
# tổ chức có liên quan có trách nhiệm báo cáo đầy đủ, đúng thời hạn theo yêu cầu của Đoàn giám sát" (a Nghị quyết of HĐND
# tỉnh: the Đoàn asks, the bodies report). The opinions a report answers too: "Báo cáo tiếp thu, giải trình ý kiến của các Đại
# biểu Quốc hội, ý kiến thẩm tra của Ủy ban Kinh tế và Tài chính" (CV 18491/BTC-CST: the deputies do not report).
REQUESTED_BETWEEN = re.compile(r"(?<![\wđ])(?:theo|yêu\s+cầu|đề\s+nghị|ý\s+kiến|kiến\s+nghị)(?![\wđ])", re.IGNORECASE)
# The body whose request the report answers, after the verb (no other addressee named): "khi có yêu cầu của Ủy ban nhân dân
# tỉnh", "theo yêu cầu của Đoàn giám sát".
REQUESTER = re.compile(r"(?<![\wđ])(?:khi\s+có|theo)\s+yêu\s+cầu\s+của\s+")
# A requester named by the inquiry it holds (REQUESTER, when no name is read there): "báo cáo và cung cấp đầy đủ kịp thời, chính
# xác những thông tin, tài liệu cần thiết có liên quan đến nội dung giám sát theo yêu cầu của cơ quan tiến hành giám sát"
# (a Nghị quyết of HĐND tỉnh Hà Giang on its supervision programme, corpus 078).
REQUESTING_ROLE = re.compile(
    r"(?:cơ\s+quan|đoàn|tổ|đơn\s+vị)\s+(?:tiến\s+hành|thực\s+hiện)\s+(?:giám\s+sát|kiểm\s+tra|thanh\s+tra|kiểm\s+toán|khảo\s+sát)"
    r"(?![\wđ])"
)
# The kinds of the reports compiled, between the verb and their owners: "Phối hợp tổng hợp báo cáo định kỳ, báo cáo đột xuất của
# các cơ quan giải quyết TTHC" (a Quy chế of Chủ tịch UBND tỉnh Ninh Bình).
REPORT_KINDS_GAP = re.compile(r"(?:[\s*_,]|định\s+kỳ|đột\s+xuất|(?:hằng|hàng)\s+(?:năm|quý|tháng)|báo\s+cáo|và|hoặc)+")
# Compiling right before the verb, whose "của X" then names the reports compiled (``find_reports_in``): "tổng hợp báo cáo của
# các thành viên Ban Chỉ đạo", "tổng hợp, báo cáo của".
COMPILED_BEFORE = re.compile(r"tổng\s+hợp[\s,*_]*$", re.IGNORECASE)
# A cited instrument between the verb and "của": "báo cáo theo Hướng dẫn số 12 của Bộ Nội vụ".
CITED_BETWEEN = re.compile(r"\d|Quyết định|Nghị quyết|Nghị định|Thông tư|Chỉ thị|Kế hoạch|[Hh]ướng dẫn|Luật|Điều")
# Compiling words: the body that says them compiles a report for its parent.
# Not "tổng hợp" in a department's name (parties.COMPILING_DEPARTMENT_BEFORE): "Phòng Kế hoạch tổng hợp báo cáo Sở Y tế",
# "Phòng Hành chính - Tổng hợp gửi báo cáo …" (the department reports, it does not compile its parent's report).
# Not advice on settling matters, which is no compiling of a report: "c) Chủ trì tham mưu giải quyết các khó khăn, vướng mắc,
# kiến nghị của nhà đầu tư …, báo cáo cấp có thẩm quyền xem xét, giải quyết." (corpus 036: the lead body reports, not UBND
# tỉnh).
COMPILE_WORDS = re.compile(
    r"tham\s+mưu(?!\s+(?:giải\s+quyết|xử\s+lý|tháo\s+gỡ)(?![\wđ]))|(?<!Phòng Kế hoạch )(?<!Kế hoạch - )(?<!Kế hoạch – )(?<!Hành chính - )(?<!Hành chính – )tổng\s+hợp"
    r"|đầu\s+mối|giúp",
    re.IGNORECASE,
)
# "gửi về X … để (theo dõi,) tổng hợp báo cáo Y": X compiles and reports onwards.
# "gửi Sở Công thương tổng hợp báo cáo Tỉnh ủy" (corpus 048) as well as "gửi về Sở Nội vụ để tổng hợp".
# RECEIVER_COMPILES: the body given the reports compiles them right after its name (no "để"), also when
# difficulties are fed back to it: "các cơ quan, đơn vị và địa phương phản ánh về Sở Y tế tổng hợp, báo cáo,
# tham mưu trình Ủy ban nhân dân thành phố" (corpus 024).
# "gửi Sở Xây dựng tổng hợp và báo cáo …" (corpus 015), "gửi Sở Khoa học và Công nghệ tổng hợp, chủ trì,
# phối hợp với Sở Tài chính, báo cáo UBND Thành phố" (corpus 020): the compiling verb follows the name.
RECEIVER_COMPILES = re.compile(
    r"(?<![\wđ])(?:gửi\s+(?:về\s+)?|phản\s+(?:ánh|hồi)\s+về\s+|thông\s+báo\s+(?:ngay\s+)?cho\s+)[^.;]{3,80}?\s(?:để\s+)?(?:tổng\s+hợp|tham\s+mưu)(?![\wđ])[^.;]{0,80}$"
)
# RECEIVER_REPORTS_ON: the body that difficulties or papers are fed back to reports them onwards itself, right before the verb
# with no compiling word: "trường hợp có nội dung không phù hợp, các cơ quan, đơn vị, địa phương phản ánh về Sở Dân tộc và
# Tôn giáo để báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định" (a Quy chế of UBND tỉnh Thái Nguyên): the Sở reports.
RECEIVER_REPORTS_ON = re.compile(
    r"(?<![\wđ])(?:gửi|phản\s+(?:ánh|hồi))(?:\s+kịp\s+thời)?\s+(?:về|đến|tới)\s+[^.;]{3,80}?\s+để"
    r"(?:[\s*_]+(?:xem\s+xét|nghiên\s+cứu)\s*,?)?[\s*_]+$"
)
# A case beyond the receiver's power, right before the verb (in its sentence): "…, trường hợp vượt thẩm quyền đề xuất, ",
# "; nếu vượt quá thẩm quyền, " (``_escalating_receiver``).
ESCALATION_BEFORE = re.compile(
    r"(?<![\wđ])(?:trường\s+hợp|nếu)\s+vượt\s+(?:quá\s+)?thẩm\s+quyền[\s,]*(?:(?:kịp\s+thời|đề\s+xuất|tổng\s+hợp)[\s,]*){0,2}$",
    re.IGNORECASE,
)
# Where the difficulties went, to be settled by the receiver: "báo cáo về Sở Y tế để xem xét giải quyết", "phản ánh về Sở Khoa
# học và Công nghệ để phối hợp giải quyết" (``_escalating_receiver``: the name read from after "về").
SETTLED_BY = re.compile(rf"(?<![\wđ])(?:báo\s+cáo|phản\s+ánh|gửi)\s+về\s+(?=[{UPPER_LETTERS}])")
SETTLING_AFTER = re.compile(r"\s+để\s+(?:[^.;:]{0,30}?\s)?giải\s+quyết(?![\wđ])")
_ESCALATED_BACK = 220


def _escalating_receiver(flat: str, lo: int, verb: int) -> str | None:
    """The body the sentence sends difficulties to for settling, when the verb reports what is beyond its power
    (ESCALATION_BEFORE, SETTLED_BY, SETTLING_AFTER): that body is the sender; None otherwise."""
    beyond = ESCALATION_BEFORE.search(flat, lo, verb)
    if beyond is None:
        return None
    sent = None
    for sent in SETTLED_BY.finditer(flat, lo, beyond.start()):
        pass
    if sent is None or flat.find(". ", sent.end(), beyond.start()) >= 0:
        return None
    got = _org_after(flat, sent.end(), beyond.start())
    if got is None or SETTLING_AFTER.match(flat, got[1], beyond.start()) is None:
        return None
    return got[0]


RECEIVER_THEN = re.compile(r"(?:gửi\s+(?:về\s+|đến\s+|tới\s+|lên\s+|cho\s+)?|(?:về|đến|cho)\s+)(?=\S)")
# How often: "Định kỳ 6 tháng, một năm", "hằng năm", "6 tháng đầu năm", "báo cáo năm", "báo cáo hằng ngày"
# (corpus 023), "định kỳ hằng quý, 6 tháng, năm".
# The periods listed after the first: "định kỳ hằng quý, 6 tháng, năm", "hằng tháng, quý, năm" (not a
# date: "năm 2025", "quý IV").
_MORE_PERIODS = (
    # "Định kỳ 6 tháng, 1 năm", "định kỳ 6 tháng và cuối năm".
    r"(?:\s*(?:,|và)\s*(?:(?:0?[1-9]|1[0-2]|sáu)\s+tháng(?!\s+\d)|(?:một|0?1)\s+năm(?!\s*\d)|hằng năm|hàng năm|cả năm|cuối năm(?!\s*\d)"
    r"|năm(?![\wđ])(?!\s*\d)|quý(?![\wđ])(?!\s*(?:[IVX]+|\d)(?![\wđ]))))*"
)
# A count of months may be written out again in brackets: "Định kỳ 06 (sáu) tháng hoặc đột xuất, Văn phòng UBND tỉnh báo
# cáo …" (QD 98/2025/QĐ-UBND of UBND tỉnh Nghệ An); _norm_period drops the words.
_MONTHS_IN_WORDS = r"\s*\((?:một|hai|ba|sáu|mười\s+hai)\)"
MONTHS_IN_WORDS = re.compile(_MONTHS_IN_WORDS)
RECURRENCE = re.compile(
    r"(?:định kỳ\s+)?(?:(?<!ngày )(?<!\d)(?:0?[1-9]|1[0-2]|một|hai|ba|sáu)(?:" + _MONTHS_IN_WORDS + r")?\s+tháng(?!\s+\d)"
    # Not a half-year named by its year, "06 tháng đầu năm 2018" (corpus 078): one period, not a recurrence.
    r"(?!\s+(?:đầu|cuối)\s+năm\s+\d)"
    # Nor the half-year joined to its dated year: "báo cáo tình hình thực hiện dự toán 6 tháng đầu năm và ước thực hiện cả
    # năm 2025" (a ministry's Công văn, one report).
    r"(?!\s+đầu\s+năm\s+và\s+[^.;]{0,30}?năm\s+\d{4})(?:\s+đầu năm)?" + _MORE_PERIODS
    + r"|(?:hằng|hàng)\s+(?:quý|tháng|tuần|ngày)" + _MORE_PERIODS
    + r"|hằng\s+năm|hàng\s+năm|định kỳ\s+(?:năm|quý|tháng))"
    # "Định kỳ báo cáo UBND tỉnh …": periodic, the period unsaid.
    r"|định kỳ(?![\wđ])"
    # After each round of the work: "Các sở, ngành sau mỗi đợt kiểm tra báo cáo kết quả về Sở Nội vụ; báo cáo tổng
    # kết … trước ngày 15/12/2025" (a report of its own, recurring, beside the dated final one).
    r"|sau\s+mỗi\s+(?:đợt|lần|cuộc|kỳ|buổi|đoàn)(?![\wđ])"
    # "Mỗi quý một lần, các đơn vị báo cáo …".
    r"|(?<!sau )(?<!của )mỗi\s+(?:quý|tháng|năm|tuần)(?![\wđ])",
    re.IGNORECASE,
)
# Words one of which every RECURRENCE match holds (lower case): a quick test before the regex.
_RECURRENCE_WORDS = ("tháng", "hằng", "hàng", "định kỳ", "mỗi")
# A year as the last period of a list: "định kỳ 6 tháng, năm", "6 tháng và cả năm" (a later "… hằng năm"
# after the dates says it again).
LISTED_YEAR = re.compile(r"(?:,|\svà)\s*(?:hằng\s+|cả\s+)?năm$")
# A second date after a deadline, one per period of a two-period list: "Định kỳ 6 tháng, năm báo cáo …
# trước ngày 15/6 và 15/12 hằng năm".
# The month may be written out: "… trước ngày 15 tháng 6 và ngày 15 tháng 12 hằng năm".
PAIRED_DATE = re.compile(
    r"\s*(?:và|,)\s*(?:(?:trước\s+)?ngày\s*)?(?P<d>\d{1,2})(?:\s*/\s*|\s+tháng\s+)(?P<m>\d{1,2})"
    r"(?:(?:\s*/\s*|\s+năm\s+)(?P<y>\d{4}))?(?![\d/])"
)
# The periods of a list: "định kỳ 6 tháng, năm" -> "6 tháng", "năm".
_PERIOD_SEPARATOR = re.compile(r"\s*(?:,|\svà)\s*")
ANNUAL_REPORT = re.compile(r"^\s*(?:năm|cả năm|tổng kết năm)\b", re.IGNORECASE)
# "gửi báo cáo quý về Sở Nội vụ …" (not "quý IV").
QUARTERLY_REPORT = re.compile(r"^\s*quý(?![\wđ])(?!\s*(?:[IVX]+|\d)(?![\wđ]))", re.IGNORECASE)
# "Báo cáo" as the subject of a sentence that sends a report asked for just before: "Báo cáo gửi về Ủy ban nhân
# dân tỉnh (thông qua Sở Y tế) …", "Báo cáo này gửi về Sở Nội vụ …" (not "Báo cáo kết quả về Sở Nội vụ", a duty of
# its own).
# "Báo cáo đề nghị gửi về Bộ Y tế (qua Vụ Kế hoạch - Tài chính) … trước ngày 20/8/2025" (a ministry's Công văn) too.
# In the passive too: "Báo cáo được gửi bằng văn bản giấy và bản điện tử qua địa chỉ email: …".
REPORT_SENT = re.compile(r"[Bb]áo\s+cáo\s+(?:này\s+)?(?:(?:đề\s+nghị|xin)\s+)?(?:được\s+)?gửi(?![\wđ])")
# A sentence asking that the report be sent, with no report named: "… báo cáo tình hình triển khai thực hiện … (Sao gửi
# Công văn kèm theo). Yêu cầu gửi báo cáo về Sở Kế hoạch và Đầu tư trước ngày 23/5/2019." (CV 846/UBND-TH of UBND tỉnh
# Khánh Hòa): the report just asked for, sent (ASKED_TO_SEND_BEFORE before the verb, SENT_TO_AFTER after it).
ASKED_TO_SEND_BEFORE = re.compile(r"(?:^|[.;:!?][\s*_]*)(?:[Yy]êu\s+cầu|[Đđ]ề\s+nghị)\s+gửi\s+$")
SENT_TO_AFTER = re.compile(r"\s+(?:về|đến|tới|lên)\s")
# A sentence that gives the time limit of the report just asked for: "Các sở, ban, ngành báo cáo kết quả thực hiện Kế hoạch
# về Sở Nội vụ. Thời hạn gửi báo cáo trước ngày 15/11/2025." (the report sent on: its date is the duty's).
TIME_LIMIT_LEAD = re.compile(r"(?:^|[.;!?][\s*_]*)(?:[Tt]hời\s+(?:hạn|gian)|[Hh]ạn)(?:\s+(?:gửi|nộp))?[\s*_]+$")
# The end of a sentence or a bullet right before a word (REPORT_SENT's sentence start).
SENTENCE_BEFORE = re.compile(r"(?:[.;:!?][\s*_]*|\s[-–+•]\s*)$")
# Where a duty's clause ends: the end of a sentence, a semicolon, or the next "báo cáo".
# Every alternative opens with a literal ("." twice, ";", "("): the regex engine then skips at C speed
# to the next of those characters (a character set prefix), where "[.;](?:\s|$)|…" was tried at every
# character of the clause (about three times slower over a text; the same matches).
# "(có" ends a clause at an attachment said in brackets: "… về Sở Y tế để theo dõi, tổng hợp(có Đề cương báo cáo kết quả công
# tác dân vận kèm theo)." (seed 003). Not when the bracket is followed by the duty's addressee or deadline (ATTACHED_THEN):
# "Báo cáo công tác chuẩn bị, kiểm tra, rà soát cơ sở vật chất (có mẫu kèm theo) về Sở Giáo dục và Đào tạo trước 14 giờ 00
# ngày 29/7/2020." (a Sở's Công văn: the addressee and the date are the report's).
ATTACHED_THEN = r"(?![^()]{0,200}\)[\s*_]*(?:về|gửi|trước|chậm|đến|tới|lên|qua)\s)"
# Not the dot of "TP." ("Sở Giáo dục và Đào tạo TP. Hồ Chí Minh"), nor an ellipsis the clause goes on after in lower case
# (NO_STOP_DOT): "Báo cáo công tác chuẩn bị, kiểm tra, rà soát cơ sở vật chất, thiết bị, đội ngũ... về Sở Giáo dục và Đào tạo
# trước 14 giờ 00 ngày 29/7/2020".
NO_STOP_DOT = rf"(?<!TP\.)(?<!Tp\.)(?!(?<=\.\.\.)\s+[{LOWER_LETTERS}])"
# Nor a semicolon inside brackets (IN_BRACKETS: a ")" closes after it, no "(" between, not a list marker's "c)"):
# "báo cáo kết quả gửi về Sở Nội vụ (địa chỉ: số 10 Trần Hưng Đạo, TP. Tam Kỳ; email: snv@quangnam.gov.vn) trước ngày
# 20/12/2024".
IN_BRACKETS = r"(?![^()]{0,120}(?<![\s;][a-zđ0-9])(?<![\s;][a-zđ0-9]{2})\))"
CLAUSE_END = re.compile(r"\." + NO_STOP_DOT + r"(?:\s|$)|;" + IN_BRACKETS + r"(?:\s|$)|\./\.|\(có\s" + ATTACHED_THEN)
# In a text with tables, a cell bar ends a clause too: "| Báo cáo kết quả … gửi UBND tỉnh | Văn phòng HĐND và UBND
# xã |". Its alternative opens with a space, which the engine must try at every space: used only on texts with a "|".
CLAUSE_END_IN_TABLE = re.compile(CLAUSE_END.pattern + r"|\s\|(?:\s|$)")
# Where a duty's clause starts, looking back from the verb.
CLAUSE_START = re.compile(r"[.;:][\s*_]+|\s[-–+]\s|\s\|\s")
_EVIDENCE_BACK = 90
# How far into an item's head its doers are read (``_head_doer``): a head names its doers in its first
# words ("1. Sở Y tế: …", "- Chỉ đạo Sở Tài nguyên và Môi trường: …"), the longest real heads run some
# 700 characters. An item that runs on for pages on one line (a damaged copy) is not read anew for each
# of its hundreds of report verbs, which cost the square of its length.
HEAD_DOER_SPAN = 2000
# A clause's subject may lie further back than its evidence, after a long opening: "Trong quá trình thực
# hiện nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương báo cáo về Sở Y tế…" (corpus 009).
_SUBJECT_BACK = 200
# The reach of a subject read again when none was found within _SUBJECT_BACK: a long predicate between the subject and
# its sending, "…; các sở, ngành liên quan và Ủy ban nhân dân các xã, phường rà soát văn bản quy phạm pháp luật do cơ quan
# mình tham mưu ban hành có liên quan đến Luật thuộc phạm vi, lĩnh vực, địa bàn quản lý nhà nước được phân công và gửi kết
# quả rà soát … về Sở Khoa học và Công nghệ" (corpus 017).
_SUBJECT_BACK_LONG = 360
# Runs of whitespace, and a leading zero of a month count: "06 tháng" -> "6 tháng".
_SPACES = re.compile(r"\s+")
_LEADING_ZERO = re.compile(r"(?<!\d)0(\d)")
# A name of a group of bodies: "các đơn vị", "mỗi cơ quan", "từng xã"; "cán bộ các phòng".
GROUP_START = re.compile(r"(?:các|mỗi|từng)\s", re.IGNORECASE)
GROUP_INSIDE = re.compile(r"\scác\s")
# The complement shared by the conjuncts of a phrase: " các đơn vị" in "Thủ trưởng, Chủ tịch công đoàn các đơn vị".
GROUP_TAIL = re.compile(r"\s(các\s.+)$")
# A body that the sender of an item directs to do its work, who then reports to the sender:
# "1. Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Biển đảo và Thủy sản thực hiện các nội dung sau:
# - Lập dự toán kinh phí báo cáo Sở Nông nghiệp và Môi trường …" (corpus 018), "Giao Văn phòng … tổng
# hợp, báo cáo UBND tỉnh" in a plan of UBND tỉnh. Not "Ban Chỉ đạo" (a body).
DELEGATE = re.compile(r"(?<![\wđ])(?<!Ban )(?:[Cc]hỉ\s+đạo|[Gg]iao(?:\s+cho)?|[Pp]hân\s+công)\s+")
# DELEGATE right before a name (``_shared_subject``).
# The bodies asked, too: "Yêu cầu Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thị xã, thành phố nghiêm túc triển
# khai thực hiện; định kỳ báo cáo kết quả về UBND tỉnh (qua Sở Nội vụ) …" (a plan's closing paragraph).
DELEGATE_RIGHT_BEFORE = re.compile(
    r"(?<![\wđ])(?:[Cc]hỉ\s+đạo|[Gg]iao(?:\s+cho)?|[Pp]hân\s+công|[Yy]êu\s+cầu|[Đđ]ề\s+nghị)[\s*_]+$"
)
# A purpose clause open at the end of a zone: "… gửi về Sở Nội vụ để tổng hợp" (no . or ; after it).
PURPOSE_OPEN = re.compile(r"(?:để|rồi)\s[^.;]*$")
# A submission whose receiver reports onwards, right before the verb: "Trình UBND tỉnh trước ngày
# 10/8/2018 để báo cáo Bộ Công Thương" (a Công văn of UBND tỉnh Khánh Hòa), "tham mưu và trình UBND tỉnh
# trước ngày 10/6 và ngày 10/12 hàng năm để xem xét, báo cáo Bộ Kế hoạch và Đầu tư" (group ``to``: the
# receiver, the report's sender).
# Data sent to a body for its report, the same: "Trung tâm Kiểm soát bệnh tật tỉnh làm đầu mối tổng hợp số liệu …
# gửi về Sở Y tế trước ngày 30/9 để báo cáo Viện Vệ sinh dịch tễ Trung ương và UBND tỉnh" (Sở Y tế Bắc Kạn: Sở Y
# tế reports), "gửi kết quả về Sở Nội vụ để báo cáo UBND tỉnh".
# A report to a body for its own report onwards, the same: "… báo cáo UBND tỉnh trước ngày 05/01/2022 để xem xét,
# báo cáo Bộ Kế hoạch và Đầu tư theo quy định" (a Công văn of UBND tỉnh Hải Dương).
SUBMITTED_FOR_REPORT = re.compile(
    r"(?<![\wđ])(?:(?<![Tt]ờ )[Tt]rình|[Bb]áo\s+cáo|[Gg]ửi(?:\s+[^.;]{1,60}?)?\s+(?:về|đến|tới|lên))\s+(?P<to>[^\s.;][^.;]{2,80}?)\s+để\s+(?:xem\s+xét,?\s+)?$"
)
# A purpose word between a deadline and the verb: the deadline times what comes before it (the
# submission), not the report the purpose clause names ("Trình UBND tỉnh trước ngày 10/8/2018 để báo cáo
# Bộ Công Thương": 10/8 is the submission's date).
PURPOSE_BETWEEN = re.compile(r"(?<![\wđ])để\s")
# One item of a schedule list: a reporting period right before its own deadline, read back from the
# deadline: "hàng tháng (*" before "trước ngày 16 hàng tháng", "6 tháng (*" before "trước ngày 16/6",
# "tổng kết năm (*" before "trước ngày 20/11 hàng năm" (corpus 048: "Định kỳ hàng tháng (*trước ngày
# 16 hàng tháng*), 6 tháng (*trước ngày 16/6*), tổng kết năm (*trước ngày 20/11 hàng năm*) hoặc khi
# có yêu cầu báo cáo…"); "định kỳ 6 tháng " before "trước ngày 15/6"; the sending said in the brackets: "Định kỳ 6 tháng (gửi
# trước ngày 15/6) và hằng năm (gửi trước ngày 15/11)" (a Quy định of UBND tỉnh Bắc Ninh).
SCHEDULE_PERIOD = re.compile(
    r"(?<![\wđ])(?P<period>(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)"
    r"|(?:0?[1-9]|1[0-2]|một|ba|sáu)\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?"
    r"|(?:tổng\s+kết\s+|cả\s+)?năm|quý)[\s*_(,:]*(?:(?:gửi|nộp)\s+)?$",
    re.IGNORECASE,
)
# What closes a deadline written in brackets: "*)" in "(*trước ngày 16/6*)", " hàng năm*)" in
# "(*trước ngày 20/11 hàng năm*)" (corpus 048), ")" in "(trước ngày 15 tháng 11)" (corpus 001).
_DEADLINE_CLOSE = re.compile(r"(?:\s+(?:hằng|hàng)\s+(?:năm|quý|tháng))?[*_]*\)")
# Words that time a report of its own: "báo cáo tình hình sau mỗi đợt và báo cáo tổng kết … trước ngày
# 18/3/2026" (corpus 057): the deadline is the second report's only.
OWN_TIME = re.compile(r"(?<![\wđ])(?:sau|khi|trước|trong|hằng|hàng|định kỳ|mỗi|ngay|chậm nhất)(?![\wđ])", re.IGNORECASE)
# A school naming itself as the subject of a clause: "Nhà trường triển khai thực hiện và gửi **Báo cáo kết quả** (kèm số
# liệu chi tiết, hình ảnh, tài liệu) về Sở GDĐT trước ngày 05 tháng 10 năm 2026." (a Kế hoạch of a Trường THPT): the
# issuer, a school (SCHOOL), not the plan's addressees.
# Capitalised, opening its sentence (after a heading line too: "7. Chế độ báo cáo" / "Nhà trường …"), a verb after it.
SCHOOL_ITSELF = re.compile(rf"(?<![\wđ])Nhà\s+trường\s+(?=[{LOWER_LETTERS}])")
SCHOOL = "Trường "
# The school's own work made passive before the verb, in a school's document: "Kế hoạch giáo dục của nhà trường được ban hành
# và báo cáo cấp có thẩm quyền trước ngày 31 tháng 8 hằng năm" (the school reports it).
# Schools named in a letter's addressees: "Các cơ sở giáo dục mầm non, phổ thông", "Hiệu trưởng các trường tiểu học".
SCHOOLS_NAMED = re.compile(r"(?<![\wđ])(?:trường|cơ\s+sở\s+giáo\s+dục)(?![\wđ])", re.IGNORECASE)
SCHOOL_OWNED_PASSIVE = re.compile(r"(?<![\wđ])của\s+(?:nhà\s+trường|trường)\s+được\s+[^.;:]{0,60}?(?:và|,)[\s*_]*$")
# "The school" named bare, as the doer of an item or the body reported to: "1. Nhà trường" / "- Báo cáo kết quả thực hiện
# về Phòng Giáo dục và Đào tạo …", "Giáo viên chủ nhiệm … báo cáo kết quả về nhà trường" (``_school_named``).
BARE_SCHOOL = re.compile(r"[Nn]hà\s+trường")


# A plural marker left alone at a line's end of the address: "**Kính gửi:** Các" / "Doanh nghiệp hoạt động cho thuê lại lao
# động trên địa bàn Thành phố Hồ Chí Minh" (a Công văn of Sở Nội vụ TP Hồ Chí Minh) (``_addressees``).
DANGLING_PLURAL = re.compile(r"(?:[Cc]ác|[Mm]ỗi|[Tt]ừng|[Nn]hững)")


def _addressees(text: Text, doc: Outline) -> list[str]:
    """The letter's addressees (sections.letter_addressees), a plural marker left at the address line's end joined to the
    name on the next line."""
    names = letter_addressees(text, doc)
    if not names or not DANGLING_PLURAL.fullmatch(names[-1]):
        return names
    # The name went on to the next line, which the address did not take: joined from the line after "Kính gửi".
    k = next((j for j, ln in enumerate(text.lines) if LETTER_ADDRESS in ln.text), None)
    if k is None or k + 1 >= len(text.lines):
        return names[:-1]
    rest = text.lines[k + 1].text.strip(" *_|;.")
    return names[:-1] + ([f"{names[-1]} {rest[:1].lower()}{rest[1:]}"] if rest else [])


def _school_named(name: str | None, issuer: str | None, text: Text, doc: Outline) -> str | None:
    """A bare "Nhà trường" is the school the document speaks for: the issuer when a school issued it (as its "Ban Giám hiệu"
    reporting outward is, OWN_LEADERSHIP); in another body's letter, the schools it is addressed to ("Kính gửi: Hiệu trưởng
    các trường THCS"), else as written. Any other name unchanged."""
    if not name or not BARE_SCHOOL.fullmatch(name.strip(" *_")):
        return name
    if issuer and issuer.startswith(SCHOOL):
        return issuer
    schools = [n for n in _addressees(text, doc) if SCHOOLS_NAMED.search(n)]
    return ", ".join(schools) or "Nhà trường"
# A Báo cáo, and the titles of its account of what was done: "KẾT QUẢ THỰC HIỆN", "TÌNH HÌNH CHUNG", "Thực trạng …",
# "ĐÁNH GIÁ KẾT QUẢ …" (find_reports_in).
REPORT_DOC = "Báo cáo"
# A research report, a paper written, not sent to anyone: "Chủ trì hoặc tham gia: tổ chức các hội nghị, hội thảo; …; xây dựng
# báo cáo kết quả nghiên cứu; biên soạn các tài liệu …", "viết các báo cáo kết quả nghiên cứu" (Thông tư 37/2025/TT-BKHCN, the
# duties of a researcher), "báo cáo khoa học".
RESEARCH_AFTER = re.compile(r"[\s*_]+(?:(?:kết\s+quả\s+)?nghiên\s+cứu|khoa\s+học)(?![\wđ])")
ACCOUNT_TITLE = re.compile(r"[\s*_]*(?:kết\s+quả|tình\s+hình|thực\s+trạng|đánh\s+giá)(?![\wđ])", re.IGNORECASE)
# An event that calls for the report, opening its clause: "Khi có diễn biến bất thường …", "nếu có khó khăn, vướng mắc …",
# "Trường hợp phát hiện …".
EVENT_BEFORE = re.compile(r"(?<![\wđ])(?:[Kk]hi|[Nn]ếu|[Tt]rường\s+hợp)\s[^.;:]*$")
# A talk given at a meeting, not a report sent: "- Báo cáo chuyên đề về văn hóa ứng xử học đường." (a school's Kế hoạch of
# a civic week), "trình bày báo cáo tham luận tại Hội nghị". Read only when the duty names no addressee, date or period
# ("các đơn vị báo cáo chuyên đề về công tác … gửi về Sở Nội vụ trước ngày 15/12" is a report). The keynote of a conference
# too, in lower case ("Trung tâm" capitalised is an addressee): "chuẩn bị nội dung Hội nghị …; xây dựng báo cáo trung tâm,
# bài phát biểu của Thủ tướng Chính phủ" (a Công văn of Bộ Xây dựng), "báo cáo đề dẫn tại Hội thảo".
TALK_AFTER = re.compile(r"[\s*_]+(?:(?i:chuyên\s+đề|tham\s+luận|đề\s+dẫn)|trung\s+tâm)(?![\wđ])")
# A report prepared as a document, not sent to anyone: "trên cơ sở đó, Tỉnh nghiên cứu lập báo cáo tiền khả thi của dự án"
# (a Công văn on a project), "Chỉ đạo chuẩn bị báo cáo, chương trình, kế hoạch công tác, nội dung các phiên họp" (a Quy chế
# of a Ban Chỉ đạo). Read only when the duty names no addressee, date, period or event, and the report is no account of
# the work (ACCOUNT_AFTER): "tổng hợp xây dựng dự thảo báo cáo của UBND huyện về kết quả thực hiện Kế hoạch này" (seed 002)
# is the plan's report, its addressee implied.
PREPARED_BEFORE = re.compile(
    r"(?<![\wđ])(?:lập|xây\s+dựng|chuẩn\s+bị|soạn\s+thảo|hoàn\s+thiện)(?:\s+(?:dự\s+thảo|các))?"
    # The second report of a list the verb prepares: "đã xây dựng báo cáo tháng, báo cáo quý".
    r"(?:[\s*_]+báo\s+cáo(?:\s+[^\s,.;:]+){1,2}\s*,)?[\s*_]*$",
    re.IGNORECASE,
)
_PREPARED_BACK = 48
# A report prepared in the past, an account of work done, whatever it reports: "đến nay 100% các văn phòng đã xây dựng báo cáo
# tháng, báo cáo quý" (a Kết luận of Văn phòng Trung ương Đảng).
PAST_BEFORE = re.compile(r"(?<![\wđ])đã[\s*_]+$")
# What an account of the work opens with after "báo cáo": its results, situation, review ("sơ kết", "tổng kết"), owner or
# period: "báo cáo kết quả …", "báo cáo tình hình …", "báo cáo của UBND huyện …", "báo cáo 6 tháng …".
ACCOUNT_AFTER = re.compile(
    r"[\s*_]+(?:kết\s+quả|tình\s+hình|(?:sơ|tổng)\s+kết|đánh\s+giá|thực\s+hiện|tiến\s+độ|việc|công\s+tác|của|về|định\s+kỳ|"
    r"tháng|quý|năm|hằng|hàng|\d|sáu)(?![\wđ])",
    re.IGNORECASE,
)
# A conjunction left at the end of a duty's evidence: "báo cáo công tác Bình đẳng giới năm 2025 và".
# Its counterpart at the start, after the duty before in the clause: " và " in "… trước ngày 10/6 và báo cáo năm …".
JOINED_BEFORE = re.compile(r"[\s,*_]*(?:(?:và|hoặc)[\s*_]+)?")
_EVIDENCE_TAIL = re.compile(r"(?:[\s,]+(?:và|hoặc))+$")
# Where a sentence starts, looking back from a verb for a schedule list said before it.
SENTENCE_START = re.compile(r"[.;:!?][\s*_]+")
_SCHEDULE_BACK = 300
# A report said on demand after a scheduled one, in the same clause: it is the same duty.
# "… tổng kết năm (*trước ngày 30/11 hàng năm*) hoặc khi có yêu cầu báo cáo đột xuất" (corpus 048),
# "gửi báo cáo kết quả thực hiện trước ngày 15/11 hằng năm và báo cáo đột xuất, báo cáo sơ kết,
# tổng kết khi có yêu cầu về Sở Khoa học và Công nghệ" (corpus 025). ON_DEMAND_BEFORE reads the text
# before the verb, ON_DEMAND_AFTER the text after it.
ON_DEMAND_BEFORE = re.compile(
    r"(?:,|(?<![\wđ])(?:hoặc|và))\s+(?:(?:khi|nếu|theo)\s+(?:có\s+)?(?:yêu\s+cầu|đề\s+nghị)\s*,?\s+)?$", re.IGNORECASE
)
ON_DEMAND_AFTER = re.compile(r"[^.;]{0,30}?(?:đột\s+xuất|(?:khi|theo)\s+(?:có\s+)?yêu\s+cầu)", re.IGNORECASE)
ON_DEMAND_SAID = re.compile(r"(?:khi|nếu|theo)\s+(?:có\s+)?(?:yêu\s+cầu|đề\s+nghị)\s*,?\s+$", re.IGNORECASE)
# The next item of a list of documents ("…, báo cáo thực hành tiết kiệm"), read back from the verb.
NOUN_LIST = re.compile(r"(?:,|(?<![\wđ])và)\s+$")
# At most so many words between the two: the first's own name ("tài chính nhà nước"), not a clause of its
# own ("báo cáo thẩm định trình UBND tỉnh hoặc tổng hợp, báo cáo, tham mưu UBND tỉnh", corpus 036).
_NOUN_LIST_WORDS = 5
# A second verb coordinated with the first in one clause, with no subject of its own: "gửi báo cáo
# công tác Bình đẳng giới năm 2025 và báo cáo kết quả thực hiện Tháng hành động … về Sở Nội vụ trước
# ngày 16 tháng 12 năm 2025" (corpus 008): both reports share the sender, addressee and deadline.
COORDINATED = re.compile(r"(?<![\wđ])(?:và|hoặc)\s+(?:gửi\s+)?$")


# A duty verb that opens an item after at most so many words, none of them a directive, names what the
# item is about ("Tập huấn, hướng dẫn thực hiện kiểm kê, báo cáo …"), when nothing else says who reports.
TITLE_LEAD_WORDS = 10
# The head of such an item has at most so many words: a longer one is a directive ("- Kịp thời tổng hợp,
# báo cáo, đề xuất kiến nghị với các cơ quan có thẩm quyền để giải quyết những vướng mắc …", corpus 056).
TITLE_WORDS = 16
# A report named by its work and its dated period: "Báo cáo công tác 06 tháng đầu năm 2018" (corpus 078).
DATED_WORK_REPORT = re.compile(r"[Bb]áo\s+cáo\s+công\s+tác\s+[^.;:]{0,40}?năm\s+\d{4}")
TITLE_DIRECTIVE = re.compile(r"(?<![\wđ])(?:[Gg]iao|[Đđ]ề\s+nghị|[Yy]êu\s+cầu|[Cc]hỉ\s+đạo)(?![\wđ])")


def _report_words(flat: str, lo: int, hi: int) -> list[re.Match]:
    """The REPORT_WORD matches in flat[lo:hi], and RESULTS_SENT's, in order (the spellings never overlap)."""
    found = [m for spelling in _REPORT_WORD_SPELLINGS for m in spelling.finditer(flat, lo, hi)]
    found.sort(key=lambda m: m.start())
    return found


def _norm_period(p: str) -> str:
    s = _SPACES.sub(" ", MONTHS_IN_WORDS.sub("", p).strip().lower()).replace("hàng", "hằng").replace("một năm", "hằng năm")
    return _LEADING_ZERO.sub(r"\1", s)


def _find_recurrence(s: str) -> re.Match | None:
    """RECURRENCE.search(s), skipped when none of its words is there."""
    low = s.lower()
    if not any(w in low for w in _RECURRENCE_WORDS):
        return None
    return RECURRENCE.search(s)


# A comma after a period said before the verb, then more words before the verb (``_recurrence``).
OTHER_VERB_AFTER = re.compile(r"[\s*_]*,[\s*_]*(?=\S)")


def _recurrence(after: str, before: str, day_month: str | None, period: str | None = None) -> str | None:
    """'báo cáo 6 tháng đầu năm trước ngày 18 tháng 5' -> '6 tháng (trước ngày 18/5)';
    'Định kỳ 6 tháng, một năm báo cáo…' -> 'định kỳ 6 tháng, hằng năm'; 'báo cáo năm…' -> 'hằng năm';
    'trước ngày 15 hằng tháng' -> 'hằng tháng (trước ngày 15)'; a month or quarter without a day
    ('trong tháng 11/2025') is kept as written, after the period when there is one."""
    m = _find_recurrence(after)
    base = _norm_period(m.group(0)) if m else None
    if base is None and ANNUAL_REPORT.match(after):
        base = "hằng năm"
    elif base is None and QUARTERLY_REPORT.match(after):
        base = "hằng quý"
    m = _find_recurrence(before)
    if m and (comma := OTHER_VERB_AFTER.match(before, m.end())) is not None and before[: m.start()].strip(" *_-–+•(") and (
        head_at(before, comma.end()) is None and COMPILE_WORDS.match(before, comma.end()) is None
    ):
        # The period of another verb of the clause, which a comma and that verb's words follow: "2. Giáo viên chủ nhiệm:
        # theo dõi sĩ số học sinh hằng ngày, cập nhật thông tin và báo cáo kịp thời về Ban Giám hiệu khi có diễn biến bất
        # thường" (the report is not daily). Not a period that opens the clause ("Định kỳ hằng quý, các đơn vị báo cáo …"),
        # nor one before a subject ("Trong năm 2025, định kỳ hằng quý, các đơn vị báo cáo …"), nor one before the compiling
        # that leads to the report ("theo dõi tình hình hằng tuần, tổng hợp, báo cáo UBND tỉnh").
        m = None
    if m and m.group(0).lower() == _BARE_PERIODIC and (named := RECURRENCE.search(before, m.end())):
        # The period named after a deadline that opens the clause: "định kỳ trước ngày 01 tháng 12 hằng năm báo cáo kết
        # quả thực hiện …" (NQ 100/NQ-CP) -> 'hằng năm', not the bare 'định kỳ'.
        m = named
    opening = _norm_period(m.group(0)) if m else None
    if base is None or (opening and base == "hằng năm" and LISTED_YEAR.search(opening)):
        # "Định kỳ 6 tháng, năm báo cáo … trước ngày 15/6 và 15/12 hằng năm": the list names the year.
        base = opening
    elif (
        opening and opening.startswith(_BARE_PERIODIC) and _BARE_PERIODIC not in (base, opening)
        and opening not in base and base not in opening
    ):
        # "Định kỳ 6 tháng, các đơn vị báo cáo … trước ngày 20/12 hằng năm": both periods (a clause
        # opened by "định kỳ"; a period merely said before, "hằng năm tổ chức đánh giá…", is not).
        base = f"{opening}, {base}"
    if base and base.endswith("đầu năm"):
        base = base[: -len(" đầu năm")]
    if base is None and day_month and (unit := PLACED_DAY_UNIT.search(day_month)):
        # A day of a month placed in every quarter (year) recurs each quarter: "Báo cáo kết quả thực hiện nhiệm vụ
        # quý, chậm nhất vào ngày 15 của tháng cuối quý" -> 'hằng quý (trước ngày 15 của tháng cuối quý)'.
        base = f"hằng {unit.group(1)}"
    if day_month and day_month.isdigit() and base in (None, _BARE_PERIODIC):
        # A day of every month ("chậm nhất là ngày 07 hàng tháng", deadlines.DEADLINE's ``every``) makes the report monthly:
        # "thực hiện nghiêm công tác thông tin báo cáo định kỳ (tháng, quý, 6 tháng, 9 tháng,năm) gửi về … chậm nhất là ngày 07
        # hàng tháng" -> 'hằng tháng (trước ngày 7)'.
        base = _MONTHLY
    if day_month:
        return f"{base} (trước ngày {day_month})" if base else f"trước ngày {day_month}"
    if period:
        return f"{base} ({period})" if base else period
    return base


# A day named without its month, the limit of a monthly report (deadlines.DEADLINE reads it only after "hằng tháng"):
# "… trước ngày 20." in "định kỳ hằng tháng báo cáo kết quả về Ban Quản lý dự án đầu tư xây dựng tỉnh trước ngày 20".
# On that day, "vào ngày 25 hằng tháng" -> 'hằng tháng (ngày 25)' (group ``on``).
MONTHLY_DAY = re.compile(
    r"(?:trước|chậm\s+nhất(?:\s+là)?|(?P<on>vào))\s+ngày\s+(?P<d>\d{1,2})(?![\d/.\-])(?!\s*(?:tháng|năm|/|\.\d))"
)
_MONTHLY = "hằng tháng"
# The day of a weekly report, an hour before it or not: "trước 10 giờ sáng thứ Hai hằng tuần" -> 'trước 10 giờ sáng thứ Hai',
# "vào thứ Ba hằng tuần" -> 'thứ Ba' (the lead "vào" says no limit and is dropped), "chậm nhất 16 giờ 00 thứ Sáu",
# "vào thứ Hai và thứ Năm hằng tuần" -> 'thứ Hai và thứ Năm'.
WEEKLY_DAY = re.compile(
    r"(?P<lead>trước|vào|chậm\s+nhất(?:\s+(?:là|vào))?)\s+"
    # The hour written "15:00" too, the day after "ngày": "vào 15:00 ngày Chủ nhật hàng tuần" (Công điện 229/CĐ-TTg).
    r"(?P<time>\d{1,2}\s*(?:giờ|h|:)(?:\s*\d{1,2}(?:\s*phút)?)?(?:\s+(?:sáng|trưa|chiều|tối))?\s+(?:(?:ngày|vào)\s+)?)?"
    r"(?:ngày\s+)?"
    # Two days or more: "vào thứ Hai và thứ Năm hằng tuần".
    r"(?P<day>(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)(?![\wđ])"
    r"(?:\s*(?:,|và|hoặc)\s*(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)(?![\wđ]))*)",
    re.IGNORECASE,
)
_WEEKLY = "hằng tuần"
_YEARLY = "hằng năm"
# The days of a yearly report's window, its month said once: "từ ngày 10 đến ngày 15 tháng 12", "**từ ngày 10 đến ngày 15
# tháng 12;**" (``find_reports_in``).
YEARLY_WINDOW = re.compile(
    r"(?<![\wđ])từ\s+ngày\s+(?P<d1>\d{1,2})\s+đến\s+(?:hết\s+)?ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?!\s*(?:/|năm)\s*\d)"
)


def _weekly_day(flat: str, spans: tuple[tuple[int, int], ...]) -> str | None:
    """The day (and hour) of a weekly report in the first of ``spans`` that names one, in the recurrence's words."""
    for lo, hi in spans:
        if flat.find("thứ", lo, hi) < 0 and flat.find("hủ nhật", lo, hi) < 0:
            continue
        wm = WEEKLY_DAY.search(flat, lo, hi)
        if wm:
            lead = " ".join(wm.group("lead").lower().split())
            words = " ".join((wm.group("time") or "").split() + wm.group("day").split())
            return words if lead == "vào" else f"{lead} {words}"
    return None


# The period of a day placed by its month ("deadlines.DEADLINE", kept as written): "15 của tháng cuối quý" -> quý,
# "05 tháng cuối cùng của mỗi quý" -> quý, "20 của tháng cuối năm" -> năm (not "kỳ báo cáo": its period is unsaid).
PLACED_DAY_UNIT = re.compile(r"tháng\s+(?:cuối|đầu)(?:\s+cùng)?\s+(?:của\s+)?(?:mỗi\s+)?(quý|năm)$")


def _opening_recurrence(flat: str, lo: int, clause_lo: int, found: int | None, verb: int) -> str | None:
    """The period that opens the verb's clause before its subject, further back than the evidence: "- Định kỳ hằng tuần,
    các Tổ trưởng chuyên môn tổng hợp tình hình thực hiện dạy học buổi 2 và tình hình kê khai tiết dạy của giáo viên trong
    tổ, báo cáo Phó Hiệu trưởng …" (a school's Kế hoạch) -> 'định kỳ hằng tuần'."""
    start = _subject_clause_start(flat, lo, clause_lo, found, verb)
    while start < verb and flat[start] in " *_-–+•":
        start += 1
    if PERIOD_OPENING.match(flat, start, verb) is None and (opening := _sentence_period_start(flat, lo, start)) is not None:
        start = opening  # the period that opens the sentence, before a semicolon
    elif start >= clause_lo:
        return None  # read with the evidence's window already
    if PERIOD_OPENING.match(flat, start, verb) is None:
        # A period with its day in brackets, then the work without a comma: "…; định kỳ hằng năm (trước ngày 25/12 trong năm)
        # hoặc đột xuất thực hiện rà soát, cập nhật danh mục, nội dung chia sẻ dữ liệu và thực hiện gửi báo cáo kết quả chia sẻ
        # dữ liệu về Văn phòng Trung ương Đảng" (a Quy định of Ban Bí thư) -> 'định kỳ hằng năm (trước ngày 25/12)'.
        if "(" not in flat[start : start + _OPENING_BRACKET_REACH] or (om := OPENING_PERIOD_BRACKET.match(flat, start, verb)) is None:
            return None
        if REPORT_WORD.search(flat, om.end(), verb) is not None:
            # The period of the sentence's first report, not of the report compiled from it: "Định kỳ hằng năm (trước ngày
            # 30 tháng 11) báo cáo kết quả thực hiện về Sở Xây dựng, để tổng hợp báo cáo Ủy ban nhân dân Tỉnh" (corpus 015).
            return None
        dl = find_deadline(flat, om.start(), om.end())
        return _recurrence("", flat[start : om.end()], dl.day_month if dl is not None and dl.iso is None else None)
    rm = RECURRENCE.match(flat, start, verb)
    return _norm_period(rm.group(0)) if rm else None


# The end of the sentence before a clause, or the mark of the item the clause's sentence opens (``_sentence_period_start``).
SENTENCE_OR_ITEM_START = re.compile(r"(?:[.!?:]|^)[\s*_]+(?:(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*\.)[\s*_]+)?")
_PERIOD_SENTENCE_BACK = 400


def _sentence_period_start(flat: str, lo: int, start: int) -> int | None:
    """Where the sentence of a clause starts when a period opens it (PERIOD_OPENING) and only semicolons part its clauses:
    the period is each clause's. "e) Hằng năm, tổ chức kiểm tra, đánh giá tình hình thực hiện Chương trình trên địa bàn; tổ
    chức đánh giá sơ kết và tổng kết … để tổng hợp, báo cáo UBND tỉnh và Bộ Giáo dục và Đào tạo." (KH 624/KH-UBND of UBND
    tỉnh Hà Tĩnh) -> its "Hằng năm". None otherwise."""
    back = max(lo, start - _PERIOD_SENTENCE_BACK)
    opening = None
    for c in SENTENCE_OR_ITEM_START.finditer(flat, back, start):
        opening = c.end()
    if opening is None or opening >= start or flat.find(";", opening, start) < 0:
        return None
    return opening if PERIOD_OPENING.match(flat, opening, start) is not None else None


# A period opening a clause with its day in brackets (``_opening_recurrence``): "định kỳ hằng năm (trước ngày 25/12 trong năm)",
# "Hằng quý (trước ngày 20 của tháng cuối quý)".
OPENING_PERIOD_BRACKET = re.compile(
    r"(?:định\s+kỳ\s+)?(?:(?:hằng|hàng)\s+(?:năm|quý|tháng)|(?:0?[1-9]|1[0-2]|sáu)\s+tháng)\s*\([*_\s]*(?:trước|chậm\s+nhất)[^()]{4,60}\)",
    re.IGNORECASE,
)
_OPENING_BRACKET_REACH = 40


def _bracketed_start(flat: str, lo: int, at: int) -> int:
    """Where the evidence of a deadline said before the verb starts: at the deadline (``at``), or, when it opens a bracket,
    at the period the bracket dates ("định kỳ hằng quý (trước ngày 20 của tháng cuối quý) báo cáo …" from "định kỳ", not
    from "trước ngày 20 … quý) báo cáo"), else at the bracket."""
    k = at
    while k > lo and flat[k - 1] in " *_":
        k -= 1
    if k <= lo or flat[k - 1] != "(":
        return at
    k -= 1
    start = k
    for rm in RECURRENCE.finditer(flat, max(lo, k - _BRACKETED_PERIOD_BACK), k):
        if not flat[rm.end() : k].strip(" *_"):
            start = rm.start()
    return start


_BRACKETED_PERIOD_BACK = 40


# A numbered sub-label within an item ("1.5.", "2.3.1."), the last one before the verb (``_labelled_holder``); one that names
# whose duties follow: "Trách nhiệm của đối tượng thực hiện kiểm kê:", "Trách nhiệm của các cơ quan quản lý cấp trên (bao gồm
# cả cơ quan đại diện chủ sở hữu của doanh nghiệp):" (corpus 047, a Kế hoạch of UBND tỉnh Quảng Ngãi on a national inventory).
SUB_LABEL = re.compile(rf"(?<![\d.])\d{{1,2}}(?:\.\d{{1,2}})+\.[\s*_]+(?=[{UPPER_LETTERS}])")
HOLDER_LABEL = re.compile(
    r"(?:[Tt]rách\s+nhiệm|[Nn]hiệm\s+vụ)\s+của\s+(?P<holder>[^:*.;]{3,120}?)\s*(?:\([^()]{0,120}\))?[\s*_]*:"
)
_LABEL_BACK = 1500
# How far before its words "Trách nhiệm của" a label's number stands ("*1.5. Trách nhiệm của …").
_LABEL_MARK_BACK = 16


def _labelled_holder(flat: str, lo: int, verb: int) -> str | None:
    """The holder a numbered sub-label names (HOLDER_LABEL), when that label is the last one before the verb within the item;
    the names data's reading of it, else the words as written when they name a role or a group ("đối tượng thực hiện kiểm kê",
    "các cơ quan quản lý cấp trên"). None otherwise."""
    start = max(lo, verb - _LABEL_BACK)
    at = max(flat.rfind("rách nhiệm của", start, verb), flat.rfind("hiệm vụ của", start, verb))
    if at < 0:
        return None
    last = None
    for last in SUB_LABEL.finditer(flat, max(start, at - _LABEL_MARK_BACK), verb):
        pass
    if last is None or last.end() > at or (hm := HOLDER_LABEL.match(flat, last.end(), verb)) is None:
        return None  # no label right before the words, or another label after them
    holder = hm.group("holder").strip()
    got = name_at(holder, 0)
    if got is not None and not holder[got[1] :].strip():
        return got[0]
    if ROLE_HOLDER.match(holder) is None:
        return None
    return holder[:1].upper() + holder[1:]


def _only_deadline(flat: str, lo: int, hi: int):
    """The deadline in flat[lo:hi] when there is exactly one: "Trước ngày 15/12 hàng năm tổng hợp,
    báo cáo…" has one; "hàng tháng (*trước ngày 16 hàng tháng*), 6 tháng (*trước ngày 16/6*), tổng
    kết năm (*trước ngày 20/11 hàng năm*) hoặc khi có yêu cầu báo cáo…" lists several, none of
    which is the duty's own."""
    first = find_deadline(flat, lo, hi)
    if first is None or find_deadline(flat, first.flat_end, hi) is not None:
        return None
    return first


# A recurrence that says only "periodic": it does not tell a duty from its twin said again.
_BARE_PERIODIC = "định kỳ"


# A body named by its role, the name itself in brackets after it: "báo cáo kết quả thực hiện về cơ quan thường trực (Sở
# Khoa học và Công nghệ)", "gửi về Cơ quan thường trực Ban Chỉ đạo tỉnh (Sở Y tế)" (``_org_after``: the bracketed name).
ROLE_NAME = re.compile(r"(?:cơ\s+quan|đơn\s+vị)\s+(?:thường\s+trực|chủ\s+trì|đầu\s+mối)(?![\wđ])", re.IGNORECASE)
ROLE_BRACKET = re.compile(r"[\s*_]*\([\s*_]*(?!(?:thông\s+)?qua\s)(?=\S)")


def _role_named(s: str, got: tuple[str, int], end: int) -> tuple[str, int] | None:
    """The body a role's name (ROLE_NAME) names in brackets right after it, as (name, end after the bracket); None when
    there is none: "cơ quan thường trực (Sở Khoa học và Công nghệ)" -> 'Sở Khoa học và Công nghệ'. Not a route
    ("(qua Sở Nội vụ)")."""
    if not ROLE_NAME.match(got[0]) or (b := ROLE_BRACKET.match(s, got[1], end)) is None:
        return None
    close = s.find(")", b.end(), end)
    named = name_at(s, b.end(), close) if close > 0 else None
    if named is None or s[named[1] : close].strip(" *_"):
        return None
    return named[0], close + 1


def _row_rest(text: Text, at: int, row_end: int | None = None) -> str:
    """The cells of a table row after flat offset ``at`` (its clause's end in the content cell), up to the row's end (its
    line's, or ``row_end`` for a row whose cells are lines of their own): where its lead, partners and time are written."""
    o = text.to_original(at)
    end = text.original.find("\n", o) if row_end is None else row_end
    return text.original[o : end if end >= 0 else len(text.original)]


def _org_after(s: str, i: int, end: int) -> tuple[str, int] | None:
    """An addressee starting at s[i] (before ``end``): a body name or 'đơn vị cấp trên'. Emphasis marks before it are
    passed: "báo cáo **UBND tỉnh** trước ngày …", "gửi báo cáo về *Sở Y tế*"."""
    while i < end and s[i] in _EMPHASIS_MARKS:
        i += 1
    m = SUPERIOR.match(s, i)
    if m and m.end() <= end and m.group(0).strip():
        if s.startswith(" và ", m.end()) and (more := SUPERIOR.match(s, m.end() + 4)) is not None and more.end() <= end:
            # Two authorities named by their power or place: "kịp thời báo cáo chính quyền địa phương và cơ quan có thẩm quyền xử
            # lý theo quy định" (QĐ 74/2025/QĐ-UBND of UBND tỉnh Hà Tĩnh: the collectors' duty), one entry each.
            return s[i : more.end()].strip(), more.end()
        return s[i : m.end()].strip(), m.end()
    dm = DEPUTY_PRIME_MINISTER.match(s, i, end)
    if dm:
        # "báo cáo Phó Thủ tướng Chính phủ - Trưởng Ban Chỉ đạo 389 quốc gia trước ngày 30 tháng 11 năm 2025" (CV
        # 11554/VPCP-V.I): the office, and the second one after its dash.
        role = name_at(s, dm.end() + 3, end) if s.startswith(" - ", dm.end()) and ROLE_AFTER_DASH.match(s, dm.end() + 3) else None
        return (s[i : role[1]], role[1]) if role else (dm.group(0), dm.end())
    mm = MINISTER_AT.match(s, i, end)
    if mm:
        # A minister, a title that opens no name (parties.NAME_HEADS leave it out for citations' issuers): "Cục Quản lý
        # Khám, chữa bệnh có trách nhiệm tổng hợp, báo cáo Bộ trưởng kết quả thực hiện" (a Công văn of Bộ Y tế), "báo cáo
        # Bộ trưởng Bộ Tài chính" (the ministry read after it).
        ministry = name_at(s, mm.end() + 1, end) if s.startswith(" Bộ ", mm.end()) else None
        return (s[i : ministry[1]], ministry[1]) if ministry else (mm.group(0), mm.end())
    if (bh := BOARD_HEAD_AT.match(s, i, end)) is not None and name_at(s, i, end) is None:
        # A board's head by title, which the names data reads only with the board's name: "Các thành viên Ban Chỉ đạo có
        # trách nhiệm báo cáo Trưởng ban tình hình triển khai nhiệm vụ …" (a Quy chế of a national Ban Chỉ đạo) -> 'Trưởng
        # ban'; "báo cáo Trưởng ban Chỉ đạo tình hình …" -> 'Trưởng ban Chỉ đạo'.
        board = name_at(s, bh.start("board"), end)
        if board is not None and board[0][:1] in "Bb":
            return s[i : board[1]], board[1]
        return bh.group(0), bh.end()
    if i < len(s) and head_at(s, i):
        # A clause cut at its full stop: the stop is read too, so a long name that runs up to it
        # ends there ("để báo cáo Bộ Nông nghiệp và Môi trường và Ủy ban nhân dân thành phố.", corpus 011).
        got = name_at(s, i, end + 1 if s[end : end + 1] in _CLAUSE_STOPS else end)
        if got and (route := ROUTE_THEN_AND.match(s, got[1], end)) is not None:
            more = name_at(s, route.end(), end + 1 if s[end : end + 1] in _CLAUSE_STOPS else end)
            if more:
                # A second addressee after the first's route: "tham mưu UBND huyện sơ kết, tổng kết, báo cáo Ban Thường
                # vụ Huyện ủy (qua Ban Dân vận Huyện ủy) và Sở Nội vụ theo quy định" (a Kế hoạch of UBND huyện).
                got = (f"{got[0]} và {more[0]}", more[1])
        if got and ", " in got[0] and SUBJECT_VERB_AFTER.match(s, got[1]):
            # The last name of the list is the subject of the sentence's main verb, after an opening purpose: "Để có cơ sở
            # tổng hợp, báo cáo Ban An toàn giao thông tỉnh, Sở Giao thông vận tải đề nghị các đơn vị …" (a Sở's Công văn).
            cut = got[0].rfind(", ")
            got = (got[0][:cut], i + cut if s.startswith(got[0], i) else got[1])
        if got and "(" in s[got[1] : got[1] + 4] and (role := _role_named(s, got, end)) is not None:
            return role
        if got:
            if "sau" in got[0] and (lead := LEAD_TAIL.search(got[0])) is not None and lead.start() > 0:
                got = (got[0][: lead.start()], i + lead.start())  # "báo cáo về Sở Tài chính như sau:" -> 'Sở Tài chính'
            if (obj := OBJECT_TAIL.search(got[0])) is not None and obj.start() > 0:
                got = (got[0][: obj.start()], i + obj.start())
            if " và " in got[0] and (verb := VERB_TAIL.search(got[0])) is not None and verb.start() > 0:
                got = (got[0][: verb.start()], i + verb.start())  # "Trưởng Ban và ủy quyền cho người …" -> 'Trưởng Ban'
            if " số " in got[0] and (street := STREET_ADDRESS.search(got[0])) is not None and street.start() > 0:
                got = (got[0][: street.start()], i + street.start())  # "Bộ VHTTDL số 51 đường Ngô Quyền, …" -> the Bộ
            tail = TIME_TAIL.search(got[0])
            if tail is not None and tail.start() > 0:
                # A time limit read on into the name: "báo cáo Thủ tướng Chính phủ trong tháng 02 năm 2026" (a Thông báo of
                # the Văn phòng Chính phủ) -> 'Thủ tướng Chính phủ'.
                return got[0][: tail.start()], i + tail.start()
            return got
    return None


# A street address after the addressee's name: "gửi về Bộ VHTTDL số 51 đường Ngô Quyền, phường Cửa Nam, TP. Hà Nội trước ngày
# 31/8/2026" (CV 6386/BVHTTDL-KHCNĐTMT) (``_org_after``).
STREET_ADDRESS = re.compile(r"\s+số\s+\d+[\w/]*\s+(?:đường|phố|ngõ|ngách)\s.*$")
# The main verb of a letter's sentence right after a name (``_org_after``): the name is its subject, not an addressee.
# Not "chỉ đạo" before the work the addressees are asked to direct: "kịp thời báo cáo Thủ tướng Chính phủ, Bộ trưởng Bộ Quốc
# phòng, Bộ trưởng Bộ Nông nghiệp và Môi trường chỉ đạo xử lý đối với những vấn đề vượt thẩm quyền" (Công điện 223/CĐ-TTg):
# all three are addressees.
SUBJECT_VERB_AFTER = re.compile(
    r"[\s*_]+(?:(?:kính|trân\s+trọng)\s+)?(?:đề\s+nghị|yêu\s+cầu|thông\s+báo|hướng\s+dẫn"
    r"|chỉ\s+đạo(?!\s+(?:xử\s+lý|giải\s+quyết|tháo\s+gỡ|khắc\s+phục|kịp\s+thời)))(?![\wđ])"
)
# The route of an addressee in brackets, then "và" and a second addressee (``_org_after``).
ROUTE_THEN_AND = re.compile(r"\s*\((?:qua|thông\s+qua)\s[^()]{1,80}\)\s*và\s+")


# The issuer named by its kind alone, as a ministry or a department writes of itself: "Thủ trưởng các đơn vị trực thuộc báo
# cáo kết quả thực hiện về Bộ (qua Vụ Tổ chức cán bộ) trước ngày 31/10/2025" (a Công văn of a Bộ), "gửi về Sở bằng văn bản"
# (of a Sở). The kind must end there: a bracket, a comma, a stop or a word that opens no name follows.
# A Phòng, a Trung tâm, a Cục, a school or a hospital writes of itself the same way: "Các trường báo cáo kết quả về Phòng (qua
# bộ phận chuyên môn) trước ngày 20/10/2024" (a Công văn of a Phòng Giáo dục và Đào tạo).
SELF_ADDRESSEE = re.compile(
    # Right after the verb too: "Các khoa, phòng báo cáo Trung tâm trước ngày 25 hằng tháng" (a Trung tâm Y tế's plan).
    r"(?:(?<![\wđ])(?:gửi\s+(?:về\s+)?|về\s+|lên\s+)|(?<=[Bb]áo cáo ))(?P<kind>Bộ|Sở|Phòng|Trung\s+tâm|Cục|Chi\s+cục|Trường|Bệnh\s+viện)"
    r"(?=\s*[(,.;]|\s+(?:trước|bằng|qua|theo|trong|chậm|để|và|định)\s)"
)
SELF_KINDS = ("Bộ ", "Sở ", "Phòng ", "Trung tâm ", "Cục ", "Chi cục ", "Trường ", "Bệnh viện ")


def _self_addressee(flat: str, lo: int, hi: int, issuer: str) -> str | None:
    """The issuer, when the clause sends the report to its kind alone (SELF_ADDRESSEE) and the issuer is of that kind; the
    body an issuing office serves, so named: "báo cáo Bộ (qua V11, đồng gửi X13 và V24)" in a Công văn of the Văn phòng Bộ
    Công an -> 'Bộ Công an'."""
    sm = SELF_ADDRESSEE.search(flat, lo, hi)
    if sm is None:
        return None
    body = issuer.removeprefix(OFFICE_ISSUER)
    return body if body.startswith(sm.group("kind") + " ") else None


# The issuer named by its kind alone as a report's owner: "Trường" in "Báo cáo của Trường (tổng hợp từ các đơn vị), gởi cho
# Vụ Học sinh, sinh viên …" (a letter of Đại học Cần Thơ), "của Sở," (the kind must end there, as SELF_ADDRESSEE's).
SELF_OWNER = re.compile(r"(?P<kind>Bộ|Sở|Phòng|Trung\s+tâm|Cục|Chi\s+cục|Trường|Bệnh\s+viện)(?=\s*[(,.;])")
# A university that calls itself "Trường", the kind of the school it was: "của Trường" in a letter of Đại học Cần Thơ.
UNIVERSITY_AS_SCHOOL = ("Trường", "Đại học ")


def _self_owner(flat: str, at: int, issuer: str) -> str | None:
    """The issuer, when the owner at ``at`` is its kind alone (SELF_OWNER) and the issuer is of that kind (an office of
    the body aside, as in _self_addressee)."""
    sm = SELF_OWNER.match(flat, at)
    if sm is None:
        return None
    body, kind = issuer.removeprefix(OFFICE_ISSUER), sm.group("kind")
    if body.startswith(kind + " ") or (kind == UNIVERSITY_AS_SCHOOL[0] and body.startswith(UNIVERSITY_AS_SCHOOL[1])):
        return body
    return None


# Markdown emphasis around a name (``_org_after``).
_EMPHASIS_MARKS = frozenset("*_")
# A time limit run on into a name read after the verb (``_org_after``): " trong tháng 02 năm 2026", " trước ngày 15/12".
# A number of days too: "báo cáo kết quả về UBND tỉnh trong 05 ngày làm việc" (the name read on to "trong 05"), "trong vòng
# 10 ngày", "trong thời hạn 15 ngày". A weekday or an hour: "báo cáo Sở Y tế vào thứ Ba hằng tuần", "trước 10 giờ sáng thứ Hai".
# A period's end or start: "định kỳ báo cáo kết quả về Sở GDĐT vào cuối mỗi học kỳ" (a Sở's Công văn), "vào đầu năm học".
# Its preposition alone, the name read up to the time's word: "báo cáo kết quả về Sở Nội vụ vào ngày 25 hằng tháng" (-> 'Sở Nội vụ').
TIME_TAIL = re.compile(
    # A window: "gửi báo cáo về Sở Nội vụ từ ngày 10 đến ngày 15 tháng 12" -> 'Sở Nội vụ'.
    r"\s(?:trong|trước|chậm\s+nhất|vào)\s+(?:(?:ngày|tháng|quý|năm|tuần|thứ|[Cc]hủ\s+nhật|cuối|đầu|giữa)\s|(?:(?:vòng|thời\s+hạn)\s+)?\d{1,3}(?!\S))"
    r"|\stừ(?:\s+ngày\s|$)"
    r"|\s(?:trong|trước|chậm\s+nhất|vào)$"
    # A session: "trình Hội đồng nhân dân vào kỳ họp giữa năm 2019" (corpus 078) -> 'Hội đồng nhân dân'.
    r"|\s(?:vào|tại)\s+(?:các\s+)?(?:kỳ|phiên|cuộc)(?:\s|$)"
    # The time of a report sent more than once, after a comma: "gởi cho Vụ Học sinh, sinh viên, Bộ Giáo dục và Đào tạo, lần
    # thứ 1 hạn cuối là ngày 31/12/2026; lần thứ 2 …" (-> '…, Bộ Giáo dục và Đào tạo').
    r"|,\s+lần\s+(?:thứ\s+)?\d{1,2}(?!\S)"
)
# The verb's object run on into the name read after it (``_org_after``): "báo cáo Lãnh đạo cơ quan các thư điện tử khác gửi
# đến để kịp thời xử lý" (a Quy chế of UBND tỉnh Ninh Bình) -> 'Lãnh đạo cơ quan', "báo cáo Ban Giám đốc những vấn đề phát
# sinh", "báo cáo UBND tỉnh các trường hợp vượt thẩm quyền". No body's name goes on with these words ("Ủy ban nhân dân các
# huyện" does).
OBJECT_TAIL = re.compile(
    r"\s(?:các|những)\s+(?:thư|văn\s+bản|hồ\s+sơ|thông\s+tin|nội\s+dung|vấn\s+đề|trường\s+hợp|kết\s+quả|số\s+liệu|tài\s+liệu"
    r"|công\s+việc|khó\s+khăn|vướng\s+mắc|kiến\s+nghị|đề\s+xuất|sự\s+cố|vụ\s+việc)(?![\wđ])"
    # A list or a plan as the object, no "các" before it: "báo cáo UBND Thành phố danh mục thuốc có số lượng sử dụng lớn …"
    # (CV 6357/UBND-NC of UBND Hà Nội), "báo cáo Bộ Tài chính phương án xử lý".
    r"|\s(?:danh\s+mục|phương\s+án|dự\s+thảo|kế\s+hoạch)\s"
)
# A second verb of the clause run on into the name after "và" (``_org_after``): "phải báo cáo Trưởng Ban và ủy quyền cho người
# nắm được vấn đề cuộc họp dự kiến thảo luận tham dự" (a Quy chế of Ban Chỉ đạo nhà nước về du lịch) -> 'Trưởng Ban'. No
# body's name goes on with "và" and a verb.
VERB_TAIL = re.compile(
    r"\s+và\s+(?:ủy\s+quyền|uỷ\s+quyền|xin|đề\s+xuất|kiến\s+nghị|thông\s+báo|gửi|đề\s+nghị|phối\s+hợp|chuyển|cung\s+cấp)(?![\wđ])"
)
# The end of a lead read on into the name before its list (``_org_after``): "gửi báo cáo định kỳ đến Sở Tài chính như sau:",
# "báo cáo về Sở Nội vụ cụ thể như sau:".
LEAD_TAIL = re.compile(r"\s(?:cụ\s+thể\s+)?(?:như\s+sau|sau\s+đây)$")
# A board's head (or deputy) named by title as an addressee (``_org_after``): "Trưởng ban", "Phó Trưởng Ban".
BOARD_HEAD_AT = re.compile(r"(?:Phó\s+)?Trưởng\s+(?P<board>[Bb]an)(?![\wđ])")
# A minister or a deputy minister as an addressee (``_org_after``).
# A Deputy Prime Minister as addressee (no head of the names data: ``_org_after``).
# With the holder's name when it follows: "báo cáo Phó Thủ tướng Chính phủ Trần Hồng Hà để xem xét, chỉ đạo xử lý" (Công điện
# 224/CĐ-TTg).
DEPUTY_PRIME_MINISTER = re.compile(
    rf"Phó\s+Thủ\s+tướng(?:\s+Chính\s+phủ)?(?![\wđ])(?:\s+[{UPPER_LETTERS}][^\s,.;:()]*){{0,4}}(?![\wđ])"
)
MINISTER_AT = re.compile(r"(?:Bộ|Thứ)\s+trưởng(?![\wđ])")
# The marks that CLAUSE_END finds a clause's end at.
_CLAUSE_STOPS = frozenset(".;")


class _Duty:
    __slots__ = (
        "verb", "verb_end", "seg_end", "sender", "to", "deadline", "recurrence", "ev_start", "ev_end", "dated_day",
        "coordinated", "to_direct", "sent_on", "event", "compiler", "guessed",
    )

    def __init__(self, verb: int, seg_end: int, verb_end: int | None = None):
        self.verb, self.seg_end = verb, seg_end
        self.verb_end = verb if verb_end is None else verb_end
        self.coordinated = False
        self.to_direct = False  # the addressee follows the verb ("báo cáo Tổ đại biểu …"), not shared
        self.sent_on = False  # "Báo cáo gửi về …" after a duty: how the report just asked for is sent (REPORT_SENT)
        self.sender: str | None = None
        self.to: str | None = None
        self.deadline: str | None = None
        self.recurrence: str | None = None
        self.ev_start = verb
        self.ev_end = seg_end
        self.dated_day: str | None = None
        self.event: str | None = None  # when the report is due, if no period says it: "khi có yêu cầu", "ngay"
        self.compiler: str | None = None  # the staff unit named as compiling the issuer's report (its sender, the issuer)
        self.guessed = False  # the sender is the plan's (or letter's) addressees: the text names none


def _purpose_start(flat: str, lo: int, verb: int) -> int:
    """Where the evidence of a verb far from its clause start begins: at the purpose clause that holds it
    ("… qua Văn phòng Ban Chỉ huy Phòng thủ dân sự tỉnh để tổng hợp, báo cáo." -> "để tổng hợp, báo cáo",
    corpus 027), else at the verb."""
    k = flat.rfind(" để ", lo, verb)
    return k + 1 if k >= 0 else verb


def _after_bracket(flat: str, cs: int, verb: int) -> int:
    """A clause start inside a bracket that closes before the verb is no clause start: the clause starts
    after the bracket ("(Phòng Thi đua - Khen thưởng) để tổng hợp, báo cáo …", corpus 021; "(tại địa chỉ:
    https://dean06.vn) để tổng hợp, báo cáo Chính phủ", corpus 020 -> "để tổng hợp, báo cáo …"). The bracket of
    a letter marker is passed the same way: "b) Định kỳ hằng năm …" -> "Định kỳ hằng năm …" (corpus 004)."""
    depth = 0
    close = -1
    for k in range(cs, verb):
        ch = flat[k]
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                close = k  # closes a bracket opened before the clause start
            else:
                depth -= 1
    if close < 0:
        return cs
    k = close + 1
    while k < verb and flat[k] in " ,*_":
        k += 1
    return k


def _past_heading_line(text: Text, doc: Outline, start: int, verb: int) -> int:
    """Where the words after a heading's line start, when ``start`` lies on a heading's line and the verb past it:
    "IV. CHẾ ĐỘ THÔNG TIN, BÁO CÁO" / "Các cơ quan, đơn vị, địa phương định kỳ 6 tháng, hằng năm báo cáo …" (the
    paragraph's subject is read after the heading, not from "IV." nor from "CHẾ ĐỘ …"); else ``start``."""
    lines = text.lines
    k = bisect_right(lines, start, key=_line_flat_start)
    if k == 0 or k >= len(lines) or lines[k].flat_start > verb:
        return start
    node = _innermost(doc, start)
    if (
        node is not None and node.kind == "article" and node.title and k >= 2 and node.flat_start == lines[k - 2].flat_start
        and node.title in lines[k - 1].text
    ):
        # An article's title on the line after its mark: "**Điều 21." / "Chế độ báo cáo**" / "Quỹ Bảo vệ môi trường có
        # trách nhiệm lập và gửi các báo cáo …" (the Điều lệ of a provincial fund).
        return lines[k].flat_start
    if node is None or node.flat_start != lines[k - 1].flat_start:
        return start
    if node.kind != "heading" and not _title_line(text.flat, node, lines[k].flat_start):
        return start
    return lines[k].flat_start


def _ends_title_line(text: Text, doc: Outline, verb_end: int) -> bool:
    """Whether the verb ending at ``verb_end`` ends an item's title line (``_title_line``): "5. Công tác theo dõi, báo cáo" /
    "Thủ trưởng các đơn vị, trường học có trách nhiệm báo cáo …" names a heading's subject, no duty addressed to "Thủ trưởng
    các đơn vị" on the next line."""
    lines = text.lines
    k = bisect_right(lines, verb_end, key=_line_flat_start)
    if k == 0 or k >= len(lines):
        return False
    nxt = lines[k].flat_start
    if text.flat[verb_end:nxt].strip(" *_:"):
        return False
    node = _innermost(doc, verb_end - 1)
    return (
        node is not None and node.kind == "item" and node.flat_start == lines[k - 1].flat_start
        and WORK_TITLE.match(text.flat, node.body_start) is not None and _title_line(text.flat, node, nxt)
    )


# The end of an article's head that is its title alone: the bold closed ("**Điều 15. Tổng hợp báo cáo kết quả giải quyết kiến
# nghị cử tri trước kỳ họp thường lệ HĐND tỉnh**"), or no sentence's end ("Điều 17. Báo cáo định kỳ" / "1. …").
TITLE_HEAD_END = re.compile(r"(?:\*\*|[^.;:!?*\s])[\s*_]*$")


def _in_article_title(flat: str, doc: Outline, verb: int) -> bool:
    """Whether the verb lies in an article's title (TITLE_HEAD_END, its clauses or items after it), which names the
    article's subject, no duty: "**Điều 15. Tổng hợp báo cáo kết quả giải quyết kiến nghị cử tri trước kỳ họp thường lệ HĐND
    tỉnh**" / "1. Chậm nhất là 30 ngày, …" (QĐ 98/2025/QĐ-UBND of UBND tỉnh Nghệ An). Not an article whose head runs on
    into its text ("**Điều 3.** Chánh Văn phòng … chịu trách nhiệm thi hành Quyết định này./.")."""
    node = _innermost(doc, verb)  # a clause or item inside the article is its own words, no article
    if node is None or node.kind != "article" or not (node.body_start <= verb < node.head_end()):
        return False
    head = flat[node.flat_start : node.head_end()]
    return node.head_end() < node.flat_end and TITLE_HEAD_END.search(head) is not None and (
        head.rstrip(" _").endswith("**") or bool(node.children)
    )


# The noun that opens a numbered lead naming whose work its bullets list: "*3.3. Trách nhiệm tổng hợp báo cáo hàng tháng, 6
# tháng và hàng năm:*" / "- Báo cáo tháng: Sở Tài chính tổng hợp báo cáo …" (a Công văn of UBND TP Hà Nội), "4. Công tác
# thông tin, báo cáo:" (``_in_lead_title``).
LEAD_TITLE = re.compile(r"[\s*_]*(?:[Cc]ông\s+tác|[Cc]hế\s+độ|[Vv]iệc|[Tt]rách\s+nhiệm|[Nn]hiệm\s+vụ)(?![\wđ])")
# The colon that closes such a lead, markup after it: "…hàng năm:*".
LEAD_COLON_END = re.compile(r":[\s*_]*$")


def _in_lead_title(flat: str, doc: Outline, verb: int) -> bool:
    """Whether the verb lies in the head of an item or sub-item that is a title leading its own list of duties (LEAD_TITLE,
    a colon closing it, a few words naming no one, a report said again in the list under it): the head names the kind of
    work, the list its duties.
    Not a head that names a body ("Trách nhiệm của Sở Y tế:"), whose list is read as that body's."""
    node = _innermost(doc, verb)
    if node is None or node.kind not in ("item", "subitem") or not (node.body_start <= verb < node.head_end()):
        return False
    head = flat[node.body_start : node.head_end()]
    if LEAD_COLON_END.search(head) is None or LEAD_TITLE.match(head) is None:
        return False
    words = head.strip(" *_:").split()
    if len(words) > TITLE_WORDS or any(w[:1].isupper() for w in words[1:]):
        # A sentence after the title, its subject named: "2. Chế độ báo cáo" / "Các cơ quan, đơn vị, địa phương báo cáo gửi
        # UBND tỉnh (thông qua Sở Nội vụ) cụ thể như sau:" (the lead of a schedule, a duty).
        return False
    return REPORT_WORD.search(flat, node.head_end(), node.flat_end) is not None and not doers(head)


# A body's charge right after its name: the name is the subject of a sentence (``_title_then_subject``).
RESPONSIBLE_AFTER = re.compile(r"[\s*_,]*(?:có|chịu)\s+trách\s+nhiệm(?![\wđ])")
# A bold title closed right after the verb: "**3. Công tác theo dõi, báo cáo** Thủ trưởng các đơn vị …".
BOLD_CLOSE = re.compile(r"[*_]{2}[\s.:]*")


def _title_then_subject(flat: str, verb_end: int, hi: int) -> bool:
    """Whether the verb ending at ``verb_end`` closes a work title that the sentence's subject follows: the name after it
    is charged with the work ("5. Công tác theo dõi, báo cáo Thủ trưởng các đơn vị, trường học có trách nhiệm báo cáo kết
    quả về Phòng Giáo dục và Đào tạo …", RESPONSIBLE_AFTER: no duty to "Thủ trưởng các đơn vị"), or the title is in bold
    and a subject with its predicate follows ("**3. Công tác theo dõi, báo cáo** Thủ trưởng các đơn vị … có trách nhiệm
    báo cáo …")."""
    bold = BOLD_CLOSE.match(flat, verb_end, hi)
    at = bold.end() if bold else verb_end
    while at < hi and flat[at] in " *_":
        at += 1
    if at >= hi or not flat[at].isupper():
        return False
    got = name_at(flat, at, hi)
    if got is None:
        return False
    if " và " in got[0] and VERB_TAIL.search(got[0]) is not None:
        # The addressee, then a second verb: "…, phải báo cáo Trưởng ban và ủy quyền cho người đại diện có trách nhiệm dự
        # họp" (a Quy chế of Ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn): no title before a subject.
        return False
    if RESPONSIBLE_AFTER.match(flat, got[1], hi):
        return True
    if bold is None:
        return False
    ds = doers(flat[at : min(hi, got[1] + 60)])
    return bool(ds) and ds[0][1] == 0


# The noun that opens a numbered title naming a kind of work: "5. Công tác theo dõi, báo cáo", "3. Chế độ thông tin, báo
# cáo". A short line of a bullet that ends in the verb is a sentence wrapped in a copy: "- Lập dự toán kinh phí báo cáo" /
# "Sở Nông nghiệp và Môi trường trình cấp có thẩm quyền …" (corpus 018).
WORK_TITLE = re.compile(r"[\s*_]*(?:[Cc]ông\s+tác|[Cc]hế\s+độ|[Vv]iệc)(?![\wđ])")


# The most words of an item's line that is a title, its paragraph on the next line (``_title_line``).
_TITLE_LINE_WORDS = 10


def _title_line(flat: str, node: Node, next_line: int) -> bool:
    """Whether an item's first line (up to ``next_line``) is a title that names no body, its paragraph opening the next
    line with a capital: "3. Chế độ báo cáo" / "Các Sở Giáo dục và Đào tạo tổng hợp, báo cáo kết quả về Bộ …", "5. Công
    tác theo dõi, báo cáo" / "Thủ trưởng các đơn vị, trường học có trách nhiệm báo cáo …" (the paragraph's subject is read
    after the title). Not a sentence wrapped onto the next line ("1. Định kỳ hằng quý, các đơn vị tổng hợp," / "báo cáo
    …"), nor a title that names its doer ("3. Công an tỉnh" / "Chủ trì …": read as the item's doer)."""
    title = flat[node.body_start : next_line].strip(" *_")
    if not title or title[-1] in ".;," or len(title.split()) > _TITLE_LINE_WORDS:
        return False
    nxt = flat[next_line : next_line + 16].lstrip(" *_-–+•")
    if not LIST_MARK.sub("", nxt, count=1).lstrip(" *_")[:1].isupper():
        return False
    comma = flat.rfind(", ", node.body_start, next_line)
    if comma >= 0 and (tail := name_at(flat, comma + 2)) is not None and tail[1] > next_line:
        # A sentence whose subject the line break cut: "2. Định kỳ 06 (sáu) tháng hoặc đột xuất, Văn phòng" / "UBND tỉnh
        # báo cáo UBND tỉnh, Chủ tịch UBND tỉnh …" (QĐ 98/2025/QĐ-UBND of UBND tỉnh Nghệ An): the name runs on, no title.
        return False
    return not doers(title, True, True)


# A list marker opening a line: "a) ", "1. ", "2.1. " (``_title_line`` reads the word after it).
LIST_MARK = re.compile(r"^(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*\.)\s+")


def _line_flat_start(line) -> int:
    return line.flat_start


def _innermost(doc: Outline, pos: int) -> Node | None:
    """The innermost node (item, sub-item, heading…) whose span holds a flat offset."""
    nodes = next((part for part in doc.parts() if part and part[0].flat_start <= pos < part[-1].flat_end), [])
    best = None
    while True:
        inner = next((n for n in nodes if n.flat_start <= pos < n.flat_end), None)
        if inner is None:
            return best
        best, nodes = inner, inner.children


def _opens_title(flat: str, doc: Outline, verb: int) -> bool:
    """Whether the verb at ``verb`` opens the head of an item or a bullet, alone or after a short list of
    verbs (TITLE_LEAD_WORDS at most, no directive word): the item names an activity or a document, "- Báo
    cáo về số lượng cử tri được mời …" (corpus 061, an agenda item), "- Báo cáo công tác 06 tháng đầu năm
    2018 của Thường trực HĐND …" (corpus 078, a report the session examines), "**3.** Tập huấn, hướng dẫn
    thực hiện kiểm kê, báo cáo kết quả kiểm kê." (corpus 047), "- Tổng hợp, báo cáo ở cấp thành phố"
    (corpus 011, a step). Read only for a duty that names no sender, addressee, date or period."""
    node = _innermost(doc, verb)
    if node is None or node.kind not in ("item", "subitem") or verb >= node.head_end():
        return False
    lead = flat[node.body_start : verb].strip(" *_")
    if len(lead.split()) > TITLE_LEAD_WORDS or TITLE_DIRECTIVE.search(lead):
        return False
    head = flat[node.body_start : node.head_end()]
    if len(head.split()) <= TITLE_WORDS:
        return True
    # A heading in bold before its paragraph: "**2.2. Thông tin, tuyên truyền, báo cáo kết quả quan trắc**" /
    # "Thông tin trực tiếp đến người dân …" (corpus 030).
    close = flat.find("**", verb, node.head_end())
    if close >= 0 and flat.startswith("**", node.flat_start) and len(flat[node.body_start : close].split()) <= TITLE_WORDS:
        return True
    # A longer head is a title only as a dated document's name: "Báo cáo công tác 06 tháng đầu năm 2018 của …".
    return not lead and DATED_WORK_REPORT.match(flat, verb, node.head_end()) is not None


def _node_chain(doc: Outline, pos: int) -> tuple[list[Node], list[Node]]:
    """The nodes whose spans hold a flat offset, outermost first, and the siblings of the innermost (the top-level nodes of
    its part, or its parent's children)."""
    nodes = next((part for part in doc.parts() if part and part[0].flat_start <= pos < part[-1].flat_end), [])
    chain: list[Node] = []
    siblings = nodes
    while True:
        inner = next((n for n in nodes if n.flat_start <= pos < n.flat_end), None)
        if inner is None:
            return chain, siblings
        chain.append(inner)
        siblings, nodes = nodes, inner.children


# The lead of a list of documents or of a meeting's agenda, before its first item: "Ban Chấp hành Đảng bộ tỉnh cơ bản
# thống nhất với các dự thảo văn kiện trình Đại hội XIV của Đảng, gồm:" / "- Báo cáo tổng kết một số vấn đề lý luận và thực
# tiễn …" (a Nghị quyết of a Party committee), "2. Nội dung hội nghị:" / "- Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh báo
# cáo về tình hình giới thiệu người ứng cử …" (a Mặt trận's election plan): each item names a document or what is said at
# the meeting, no duty, when it names no addressee, date or period. A dossier's list too: "3. Hồ sơ đề nghị gồm:" / "- Tờ trình
# của UBND huyện;" / "- Báo cáo kết quả thẩm định của Phòng Tư pháp;".
DOCUMENT_LIST_LEAD = re.compile(
    r"(?:văn\s+kiện|tài\s+liệu|dự\s+thảo|các\s+văn\s+bản|hồ\s+sơ|(?:nội\s+dung|chương\s+trình)(?:\s+chính)?(?:\s+của)?\s+"
    r"(?:hội\s+nghị|kỳ\s+họp|phiên\s+họp|cuộc\s+họp|đại\s+hội|buổi\s+làm\s+việc))[^.;:]{0,200}[\s*_]*:?[\s*_]*$",
    re.IGNORECASE,
)
# The label of an agenda, "Nội dung:" / "Chương trình:", ending a list's lead or opening an item; the meeting named before it.
_AGENDA_LABEL = r"(?:[Nn]ội\s+dung|[Cc]hương\s+trình)(?:\s+(?:chính|làm\s+việc))?[\s*_]*:[\s*_]*"
AGENDA_LABEL = re.compile(r"[\s*_]*" + _AGENDA_LABEL)
AGENDA_LABEL_END = re.compile(r"(?<![\wđ])" + _AGENDA_LABEL + r"$")
MEETING = re.compile(r"(?<![\wđ])(?:[Hh]ội\s+nghị|[Kk]ỳ\s+họp|[Cc]uộc\s+họp|[Pp]hiên\s+họp|[Đđ]ại\s+hội|[Bb]uổi\s+làm\s+việc)(?![\wđ])")
# How far before a list's first item its lead is read when no parent node holds the list.
_LIST_LEAD_BACK = 240


def _in_document_list(flat: str, doc: Outline, lo: int, verb: int) -> bool:
    """Whether the verb lies in an item of a list of documents or of an agenda (DOCUMENT_LIST_LEAD before the list)."""
    chain, siblings = _node_chain(doc, verb)
    if not chain or chain[-1].kind not in ("item", "subitem"):
        return False
    node = chain[-1]
    k = siblings.index(node)
    while k > 0 and siblings[k - 1].kind == node.kind and siblings[k - 1].label == node.label:
        k -= 1  # back to the first bullet of the run ("-", "-", "-")
    first = siblings[k].flat_start
    if len(chain) > 1 and chain[-2].children and chain[-2].children[0] is siblings[k]:
        lead_lo = chain[-2].body_start
    else:
        lead_lo = max(lo, first - _LIST_LEAD_BACK)
    lead = flat[lead_lo:first]
    for cut in SENTENCE_BREAK.finditer(lead):
        lead = lead[cut.end() :] if cut.end() < len(lead) else lead
    if DOCUMENT_LIST_LEAD.search(lead) is not None:
        return True
    # The agenda of a meeting named before it: "Bước 2: Hội nghị cử tri thôn giới thiệu người ứng cử" / "- Nội dung:" / "+ …",
    # or the label opening the item itself: "- Nội dung: Ban Thường trực báo cáo về tình hình …".
    if (label := AGENDA_LABEL_END.search(lead)) is not None:
        at = first - len(lead) + label.start()
    elif (label := AGENDA_LABEL.match(flat, node.body_start)) is not None and label.end() <= verb:
        at = node.flat_start
    else:
        return False
    return MEETING.search(flat, max(lo, at - _LIST_LEAD_BACK), at) is not None


def _closing_item_doers(text: Text, doc: Outline, pos: int) -> str | None:
    """The names of the last item before the closing paragraph that holds ``pos``, when that item is its title alone: the
    outline took the item's one paragraph, ended by "./.", for the document's closing. "**4. Các tổ chức, cá nhân liên" /
    "quan**" / "Phối hợp với các cơ quan có thẩm quyền …; tổng hợp thông tin và đề xuất, báo cáo những khó khăn, vướng mắc
    (nếu có)./." (a Kế hoạch of Bộ VHTTDL) -> 'Các tổ chức, cá nhân liên quan'."""
    for part in doc.parts():
        for k, n in enumerate(part):
            if n.kind != "closing" or not n.flat_start <= pos < n.flat_end:
                continue
            last = part[k - 1].children[-1] if k > 0 and part[k - 1].children else None
            if last is None or last.kind != "item" or last.children:
                return None
            head = text.flat[last.body_start : last.flat_end]
            ds = doers(head, True, True)
            return ", ".join(p for p, _, _ in ds) if ds and _names_only(head, ds) else None
    return None


def _enclosing_item(doc: Outline, pos: int) -> Node | None:
    """The numbered item (or article/heading) whose span holds a flat offset."""
    best = None
    for part in doc.parts():
        for n in part:
            if n.flat_start <= pos < n.flat_end:
                for c in n.children:
                    if c.kind == "item" and c.flat_start <= pos < c.flat_end:
                        return c
                best = n if n.kind in ("item", "heading", "article") else best
    return best


def _detached_closing(text: Text, doc: Outline, item: Node, clause_lo: int) -> bool:
    """Whether the clause at ``clause_lo`` is a closing paragraph on difficulties (DIFFICULTY_OPENING) that the outline holds
    in the document's last item: a line of its own after the item's first, no list mark, the line before ending a
    sentence. "2. Sở Tài chính: bảo đảm kinh phí." / "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo UBND
    tỉnh (qua Sở Tư pháp) để xem xét, giải quyết." (a plan of UBND tỉnh): all the plan's units report them, not the last
    item's doer. Not a bullet of the item ("- Trong quá trình thực hiện, …": the
    item speaks to its doer)."""
    if item.kind != "item" or not DIFFICULTY_OPENING.match(text.flat, clause_lo):
        return False
    lines = text.lines
    k = bisect_right(lines, clause_lo, key=_line_flat_start) - 1
    if k <= 0 or lines[k].flat_start <= item.flat_start or text.flat[lines[k].flat_start : clause_lo].strip(" *_") != "":
        return False
    if not _LINE_ENDS_SENTENCE.search(lines[k - 1].text):
        return False
    return not any(
        n.kind in ("item", "heading", "article") and n.flat_start >= item.flat_end for part in doc.parts() for n in part
    ) and not any(
        c.kind == "item" and c.flat_start >= item.flat_end for part in doc.parts() for n in part for c in n.children
    )


_LINE_ENDS_SENTENCE = re.compile(r"[.!?][\s*_”\"')]*$")


def _addressed_item(text: Text, doc: Outline, item: Node) -> tuple[str | None, bool]:
    """For an item of an organisation section whose first line is "Đối với <bodies>" (``parties.addressed_doer``):
    the bodies (None when unread, "2. Đối với Thủ đô Hà Nội") and True; (None, False) elsewhere."""
    if not any(
        n.section_kind == "organisation" and n.flat_start <= item.flat_start < n.flat_end
        for part in doc.parts() for n in part
    ):
        return None, False
    nl = text.original.find("\n", text.to_original(item.body_start), text.to_original(item.head_end()))
    end = text.to_flat(nl) if nl >= 0 else item.head_end()
    return addressed_doer(text.flat[item.body_start : end]), True


def _sub_item_doer(flat: str, item: Node, pos: int) -> str | None:
    """The doer named at the head of the sub-items of ``item`` that hold ``pos``, innermost first:
    "- Chỉ đạo Sở Tài nguyên và Môi trường: Thường xuyên kiểm tra … báo cáo UBND tỉnh trình HĐND tỉnh
    cho ý kiến" (corpus 077) -> 'Sở Tài nguyên và Môi trường'; the item's own head is read after."""
    chain: list[Node] = []
    node = item
    while True:
        inner = next((c for c in node.children if c.flat_start <= pos < c.flat_end), None)
        if inner is None:
            break
        chain.append(inner)
        node = inner
    for sub in reversed(chain):
        got = _head_doer(flat, sub, pos)
        if got:
            return got
    return None


def _intro_doer(text: Text, item: Node, pos: int) -> str | None:
    """The doer of the line that introduces the sub-items holding ``pos``, the last line of the item's head, ended by a
    colon, after a heading line: "2. Chế độ báo cáo" / "Trưởng phòng phải thực hiện đầy đủ chế độ thông tin báo cáo gồm:"
    / "a) Báo cáo tháng gửi Giám đốc Sở trước ngày 20 hằng tháng;" -> 'Trưởng phòng'. A head of one line is read whole
    (``_head_doer``)."""
    if not item.children or pos < item.head_end():
        return None
    head = text.original[text.to_original(item.body_start) : text.to_original(item.head_end())].rstrip(" \n*_")
    nl = head.rfind("\n")
    if nl < 0 or not head.endswith(":"):
        return None
    line = head[nl + 1 :].strip(" *_")
    if not line[:1].isupper() or doers(head[:nl]):
        # A line wrapped in a sentence ("1. Sở Nông nghiệp và Môi trường" / "chỉ đạo Chi cục Biển đảo và Thủy sản thực
        # hiện các nội dung sau:", corpus 018), or a heading that names its own doer: no introducing line.
        return None
    ds = doers(line)
    if not ds or PREDICATE.match(line, _skip_blank(line, ds[0][2])) is None:
        return None  # a name wrapped over two lines, "1. Thường trực" / "Hội đồng nhân dân tỉnh:" (corpus 078)
    return _group(ds[0][0])


# The heading of a reporting regime's item, and the body it names as the one that reports, if any: "Chế độ báo cáo",
# "Chế độ thông tin, báo cáo", "Chế độ báo cáo của các đơn vị" (group "owner": "các đơn vị").
REGIME_HEADING = re.compile(r"chế\s+độ\s+(?:thông\s+tin\s*,?\s*)?báo\s+cáo(?:\s+của\s+(?P<owner>.+?))?[\s.:*_]*", re.IGNORECASE)


def _regime_doer(text: Text, item: Node, pos: int) -> str | None:
    """The body that the head of a reporting regime's item (or section) names, for the duties of its sub-items: "2. Chế độ báo cáo
    của các đơn vị" / "- Định kỳ hằng quý báo cáo …" -> 'Các đơn vị'; "1. Chế độ báo cáo" / "Các đơn vị:" / "- Định kỳ
    hằng quý báo cáo …" -> 'Các đơn vị' (a line that is a whole name and a colon, the regime's heading line before it).
    None for any other item."""
    if not item.children or pos < item.head_end():
        return None
    head = text.original[text.to_original(item.body_start) : text.to_original(item.head_end())].strip(" \n*_")
    first, _, rest = head.partition("\n")
    rm = REGIME_HEADING.fullmatch(first.strip(" *_"))
    if rm is None:
        return None
    if rm.group("owner") and not rest.strip():
        got = name_at(rm.group("owner"), 0)
        return _group(got[0]) if got and not rm.group("owner")[got[1] :].strip(" *_") else None
    line = rest.strip(" \n*_")
    if rm.group("owner") or "\n" in line or not line.endswith(":"):
        return None
    got = name_at(line, 0)
    if got is None or line[got[1] :].strip(" *_") != ":":
        return None
    return _group(got[0])


# The sentence that introduces a letter's list, its directive and the bodies asked, ending with a colon: "Bộ Giáo dục và Đào
# tạo đề nghị các Sở Giáo dục và Đào tạo:" / "1. Chỉ đạo …" / "2. Tổng hợp, báo cáo kết quả … về Bộ Giáo dục và Đào tạo …"
# (a Bộ's Công văn): the bodies asked do each item.
LEAD_DIRECTIVE = re.compile(r"(?<![\wđ])(?:đề\s+nghị|yêu\s+cầu|giao)[\s*_]+(?=[^\s:]+[^:]{0,120}:[\s*_]*$)", re.IGNORECASE)
_LEAD_BACK = 300


def _lead_doer(flat: str, doc: Outline, item: Node) -> str | None:
    """The bodies that the sentence introducing the top-level list holding ``item`` asks (LEAD_DIRECTIVE), when the list
    follows the preamble of a letter (no heading above it); None otherwise."""
    for part in doc.parts():
        k = next((j for j, n in enumerate(part) if n is item), None)  # by identity: nodes compare by value, children too
        if k is None:
            continue
        while k > 0 and part[k - 1].kind == "item":
            k -= 1
        if k == 0 or part[k - 1].kind != "preamble":
            return None
        first = part[k]
        start = max(part[k - 1].flat_start, first.flat_start - _LEAD_BACK)
        for ss in SENTENCE_START.finditer(flat, start, first.flat_start - 2):
            start = ss.end()
        lead = flat[start : first.flat_start].rstrip()
        dm = None
        for dm in LEAD_DIRECTIVE.finditer(lead):
            pass
        if dm is None:
            return None
        got = name_at(lead, dm.end())
        if got is None or lead[got[1] :].strip(" *_") != ":":
            return None
        if _reflexive_owner(GROUP_START.sub("", got[0].lower(), count=1)):
            # "Sở Y tế đề nghị các đơn vị:": the bodies by their kind alone, whom the letter's addressees name better.
            return None
        return _group(got[0])
    return None


# The head of an article or a heading that names whose duties its items are: "Điều 12. Trách nhiệm của Văn phòng Ủy ban nhân
# dân tỉnh" / "2. Định kỳ hằng quý, 6 tháng, năm hoặc đột xuất tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh …" (a Quy chế
# of UBND tỉnh), "Điều 13. Nhiệm vụ, quyền hạn của các sở, ban, ngành".
# What is required of a body, the same: "Điều 12. Yêu cầu đối với cơ sở xử lý chất thải rắn sinh hoạt" / "4. … báo cáo công tác
# bảo vệ môi trường định kỳ hoặc đột xuất theo quy định." (QĐ 74/2025/QĐ-UBND of UBND tỉnh Hà Tĩnh).
RESPONSIBILITY_HEAD = re.compile(
    r"[\s*_]*(?:(?:[Tt]rách\s+nhiệm|[Nn]hiệm\s+vụ)(?:\s*(?:,|và)\s*(?:quyền\s+hạn|nhiệm\s+vụ|trách\s+nhiệm))?\s+của"
    r"|[Yy]êu\s+cầu\s+đối\s+với)\s+"
)


LEADING_MARKS = re.compile(r"[\s*_]*")
# An article or heading on duties whose title names no holder, the sentence after it naming the holder (``_responsible_doer``):
# "Điều 2. Nhiệm vụ, quyền hạn" / "Trung tâm Bảo tồn Di sản Văn hóa thế giới Hội An thực hiện nhiệm vụ, quyền hạn theo quy
# định của pháp luật …, cụ thể như sau:" / "15. Thực hiện chế độ thông tin, báo cáo định kỳ …" (QĐ 2641/QĐ-UBND of UBND
# thành phố Đà Nẵng): the centre, not the bodies the closing article makes execute the decision.
DUTIES_TITLE = re.compile(r"(?:[Nn]hiệm\s+vụ|[Tt]rách\s+nhiệm|[Cc]hức\s+năng)(?![\wđ])")
HOLDER_INTRO = re.compile(r"[\s*_]+(?:thực\s+hiện|có)\s+(?:các\s+)?(?:nhiệm\s+vụ|trách\s+nhiệm|chức\s+năng)(?![\wđ])[^.;:]*:[\s*_]*$")


def _responsible_doer(flat: str, doc: Outline, item: Node) -> str | None:
    """The body that the head of the article (or heading) holding ``item`` makes responsible (RESPONSIBILITY_HEAD), or an
    article's head that is a name and a colon, when the head is that name alone; None otherwise."""
    for part in doc.parts():
        for n in part:
            if n.kind in ("article", "heading", "item") and any(c is item for c in n.children):
                head = flat[n.body_start : n.head_end()]
                rm = RESPONSIBILITY_HEAD.match(head)
                if rm is None and n.title and DUTIES_TITLE.match(n.title) and (holder := _intro_holder(head, n.title)):
                    return holder
                if rm is None and n.kind == "article" and (alone := name_at(head, LEADING_MARKS.match(head).end())) is not None and (
                    head[alone[1] :].strip(" *_.:") == ""
                ):
                    # An article titled with a body alone, its items the body's duties: "**Điều 21. Sở" / "Khoa học và Công
                    # nghệ**" / "6. Chủ trì, …; báo cáo định kỳ 06 tháng/lần hoặc đột xuất … về UBND tỉnh" (a Quy chế of Chủ
                    # tịch UBND tỉnh Ninh Bình).
                    return _group(alone[0])
                if rm is None and n.kind == "article" and (role := ROLE_TITLE.match(head, LEADING_MARKS.match(head).end())) and (
                    ROLE_HEAD_WORDS.match(role.group("name")) is not None and len(role.group("name").split()) <= _ROLE_TITLE_WORDS
                ):
                    # An article titled with the holders by role, its items their duties: "Điều 28. Cán bộ, công chức, viên
                    # chức tiếp nhận và giải quyết TTHC trên môi trường điện tử" / "1. Thực hiện đúng trách nhiệm …, cụ thể" /
                    # "d) Báo cáo Thủ trưởng cơ quan giải quyết TTHC khi phát hiện …" (a Quy chế of UBND tỉnh Ninh Bình).
                    name = role.group("name").strip()
                    return name[:1].upper() + name[1:]
                if rm is None and n.kind == "article" and head.rstrip(" *_").endswith(":"):
                    # An article whose head is the name alone, its items the duties: "Điều 3. Giám đốc Sở Nông nghiệp và Môi
                    # trường tỉnh Quảng Ngãi:" / "3. Định kỳ hàng năm hoặc đột xuất báo cáo kết quả thực hiện …" (QĐ
                    # 1617/QĐ-UBND of Chủ tịch UBND tỉnh Quảng Ngãi, an authorisation).
                    rm = LEADING_MARKS.match(head)
                if rm is None:
                    return None
                head = _without_scope(head, rm.end())
                got = name_at(head, rm.end())
                if got is None or head[got[1] :].strip(" *_.:") != "":
                    return _role_titled(head, rm.end()) if rm.end() > 0 and RESPONSIBILITY_HEAD.match(head) else None
                return _group(got[0])
    return None


def _own_head_responsible(flat: str, item: Node, pos: int) -> str | None:
    """The holder an item's own head makes responsible (RESPONSIBILITY_HEAD) for the sub-item at ``pos``: "4. Trách nhiệm của
    cán bộ quản trị Hệ thống QLVB&ĐH" / "b) Quản trị Hệ thống QLVB&ĐH; định kỳ báo cáo lãnh đạo về tình hình hoạt động …" (a
    Quy chế of UBND tỉnh Ninh Bình) -> the administrator, not the article's "các cơ quan, đơn vị". None otherwise."""
    if not any(c.flat_start <= pos < c.flat_end for c in item.children):
        return None
    head = flat[item.body_start : item.head_end()]
    rm = RESPONSIBILITY_HEAD.match(head)
    if rm is None:
        return None
    head = _without_scope(head, rm.end())
    got = name_at(head, rm.end())
    if got is not None and head[got[1] :].strip(" *_.:") == "":
        return _group(got[0])
    return _role_titled(head, rm.end())


def _intro_holder(head: str, title: str) -> str | None:
    """The holder that the sentence after a duties title names (HOLDER_INTRO): "Nhiệm vụ, quyền hạn** Trung tâm … thực hiện
    nhiệm vụ, quyền hạn …, cụ thể như sau:" -> 'Trung tâm …'; None when the head is no such sentence."""
    at = head.find(title)
    if at < 0:
        return None
    at = LEADING_MARKS.match(head, at + len(title)).end()
    got = name_at(head, at)
    if got is None or HOLDER_INTRO.match(head, got[1]) is None:
        return None
    return _group(got[0])


# The field a title's responsibility covers, after the name: "Điều 15. Trách nhiệm của các cơ quan, đơn vị trong quản lý,
# sử dụng Hệ thống thư điện tử công vụ" (a Quy chế of UBND tỉnh Đồng Tháp, QĐ 143/2025/QĐ-UBND).
RESPONSIBILITY_SCOPE = re.compile(r"\s+(?:trong|về|đối\s+với)\s+(?:quản\s+lý|sử\s+dụng|thực\s+hiện|việc|công\s+tác|triển\s+khai)[^.;:]*$")


def _without_scope(head: str, at: int) -> str:
    """A title from ``at`` on without the field its responsibility covers (RESPONSIBILITY_SCOPE), the marks after it kept."""
    sm = RESPONSIBILITY_SCOPE.search(head.rstrip(" *_.:"), at)
    return head[: sm.start()] + head[len(head.rstrip(" *_.:")) :] if sm else head


# The words that close a group's name in a title: "Điều 4. Trách nhiệm của các cơ quan, đơn vị có liên quan".
RELATED_TAIL = re.compile(r"(?:\s+(?:có\s+)?liên\s+quan)?")


# A title's holder named by role, a name ``name_at`` does not read: "Điều 12. Trách nhiệm của cá nhân sử dụng Hệ thống thư
# điện tử công vụ", "Điều 18. Trách nhiệm của người quản trị vận hành Cổng thông tin điện tử", "Điều 17. Trách nhiệm của Cơ quan
# quản lý trực tiếp" (Quy chế of UBND tỉnh Ninh Bình and Bắc Ninh, 2025). A role's head word, then the words that say which,
# up to the title's end.
ROLE_TITLE = re.compile(
    r"(?P<name>(?:(?:các|mỗi|từng)\s+)?(?:cá\s+nhân|người|cán\s+bộ|công\s+chức|viên\s+chức|văn\s+thư|bộ\s+phận|cơ\s+quan|đơn\s+vị|cơ\s+sở"
    r"|tổ\s+chức|doanh\s+nghiệp|thành\s+viên|ban\s+biên\s+tập|thủ\s+trưởng)(?![\wđ])[^.;:()*|]{0,100}?)[\s*_.:]*$",
    re.IGNORECASE,
)
_ROLE_TITLE_WORDS = 20
# The persons a title names by role alone, its first words (not a body's kind, "Cơ quan …", "Đơn vị …", which a title of
# another subject may open: "Điều 4. Cơ quan thường trực"): "Cán bộ, công chức, viên chức …", "Người quản trị …".
ROLE_HEAD_WORDS = re.compile(r"(?:[Cc]án\s+bộ|[Cc]ông\s+chức|[Vv]iên\s+chức|[Nn]gười|[Cc]á\s+nhân|[Vv]ăn\s+thư)(?![\wđ])")


def _role_titled(head: str, at: int) -> str | None:
    """The holder a title names by role from ``at`` to its end (ROLE_TITLE), without the field it covers; None otherwise."""
    head = _without_scope(head, at)
    rm = ROLE_TITLE.match(head, at)
    if rm is None or len(rm.group("name").split()) > _ROLE_TITLE_WORDS:
        return None
    name = rm.group("name").strip()
    return name[:1].upper() + name[1:]


def _titled_responsible(text: Text, node: Node) -> str | None:
    """The body an article's title line makes responsible (RESPONSIBILITY_HEAD), the title that name alone: "Điều 3.
    Trách nhiệm của Sở Lao động - Thương binh và Xã hội" -> that Sở. None otherwise."""
    flat, lines = text.flat, text.lines
    k = bisect_right(lines, node.body_start, key=_line_flat_start)
    end = lines[k].flat_start if 0 < k < len(lines) and lines[k].flat_start < node.flat_end else node.flat_end
    head = flat[node.body_start : end]
    rm = RESPONSIBILITY_HEAD.match(head)
    if (
        node.title and (rm is None or len(node.title) > len(head.strip(" *_")))
        and RESPONSIBILITY_HEAD.match(node.title) is not None
    ):
        # The title read whole on one line, wrapped or after a line break: "**Điều 14." / "Trách nhiệm của Sở Dân tộc và Tôn
        # giáo**" (a Quy chế of UBND tỉnh Thái Nguyên).
        head = node.title
        rm = RESPONSIBILITY_HEAD.match(head)
    if rm is not None:
        head = _without_scope(head, rm.end())
    got = name_at(head, rm.end()) if rm else None
    if got is None:
        return _role_titled(head, rm.end()) if rm else None
    tail = RELATED_TAIL.match(head, got[1])
    if head[tail.end() :].strip(" *_.:") != "":
        return _role_titled(head, rm.end())
    return _group(got[0] + tail.group())


def _article_responsible(text: Text, doc: Outline, item: Node) -> str | None:
    """The body the title of the article holding ``item`` makes responsible (``_titled_responsible``) when the article's head
    runs on past its bold title: "**Điều 8. Trách nhiệm của Cơ quan thường trực Ban Chỉ đạo** Bộ Khoa học và Công nghệ là Cơ
    quan thường trực Ban Chỉ đạo; có trách nhiệm …, cụ thể:" / "1. Giúp Ban Chỉ đạo, Trưởng ban …; tổng hợp nội dung nhiệm vụ,
    kết quả, đề xuất của các thành viên để đưa ra báo cáo Trưởng ban tại các cuộc họp." (a Quy chế of Ban Chỉ đạo quốc gia về
    phát triển ngành công nghiệp bán dẫn)."""
    parent = next(
        (n for part in doc.parts() for n in part if n.kind == "article" and any(c is item for c in n.children)), None
    )
    return _titled_responsible(text, parent) if parent is not None else None


# A label opening an item that names a person by office or trade, its doer: "3. Thú y viên:", "4. Giáo viên chủ nhiệm:",
# "Công chức Địa chính - Nông nghiệp:" (a few words, a colon). Not a topic's label: "3. Chế độ báo cáo: Báo cáo nhanh
# trước ngày 25/3/2025; …" (a Tỉnh đoàn's Kế hoạch, whose reports are its addressees').
ITEM_LABEL = re.compile(
    r"[\s*_]*(?:(?:Công\s+chức|Cán\s+bộ|Nhân\s+viên|Giáo\s+viên|Kế\s+toán|Văn\s+thư|Tổ\s+trưởng|Trưởng|Phó|Bí\s+thư|Bộ\s+phận"
    rf"|Chủ\s+tịch|Thủ\s+quỹ|Bác\s+sĩ|Điều\s+dưỡng)(?![\wđ])[^.;:,()]{{0,40}}?|[{UPPER_LETTERS}][^\s.;:,()]*"
    r"(?:\s+[^\s.;:,()]+){0,3}?\s+viên)[\s*_]*:"
)


# A label that names a person, then the office they hold, the item's doer: "2. Đồng chí Nguyễn Văn B, Phó Hiệu trưởng:",
# "3. Bà Trần Thị C - Tổ trưởng tổ Toán:" (a school's Kế hoạch). The office is the sender, not the person.
PERSON_LABEL = re.compile(
    rf"[\s*_]*(?:[Đđ]ồng\s+chí|Đ/c|[Ôô]ng|[Bb]à)\s+[{UPPER_LETTERS}][^\s,:;.()\-–]*(?:\s+[{UPPER_LETTERS}][^\s,:;.()\-–]*){{1,4}}"
    rf"[\s*_]*(?:,|\s[-–])[\s*_]*(?P<office>[{UPPER_LETTERS}][^:;.()]{{1,60}}?)[\s*_]*:"
)


def _unread_label(text: Text, doc: Outline, item: Node) -> str | None:
    """The label (ITEM_LABEL) that opens an item of an organisation section and names its doer, as written: "Thú y viên"."""
    lm = ITEM_LABEL.match(text.flat, item.body_start, item.head_end())
    pm = PERSON_LABEL.match(text.flat, item.body_start, item.head_end()) if lm is None else None
    if pm is not None and any(
        n.section_kind == "organisation" and n.flat_start <= item.flat_start < n.flat_end
        for part in doc.parts() for n in part
    ):
        return pm.group("office").strip(" *_") or None
    if lm is None or not any(
        n.section_kind == "organisation" and n.flat_start <= item.flat_start < n.flat_end
        for part in doc.parts() for n in part
    ):
        return None
    return lm.group(0).strip(" *_:") or None


# The end of a sentence or of a label, not of a clause (a semicolon): where a sentence's subject is read (``_shared_subject``).
SENTENCE_ONLY = re.compile(r"[.:!?][\s*_]+")
# How many words an item's title line may hold (a line with no stop, its paragraph on the next line): "2. Ở cấp huyện".
_ITEM_TITLE_WORDS = 8


def _semicolon_before(flat: str, lo: int, clause_lo: int) -> int | None:
    """The offset of the semicolon that opens the clause at ``clause_lo``, if one does."""
    k = clause_lo
    while k > lo and flat[k - 1] in " *_":
        k -= 1
    return k - 1 if k > lo and flat[k - 1] == ";" else None


def _sentence_role(flat: str, lo: int, verb: int) -> str | None:
    """The body named by its role (ROLE_SUBJECT, with a word of duty) that opens the sentence of the verb, when the item's
    first sentence names another: "1. Các cơ quan đảng và các cơ quan, tổ chức khác trong hệ thống chính trị có trách nhiệm
    chia sẻ thông tin dữ liệu … Các cơ quan chủ quản dữ liệu có trách nhiệm ban hành …; định kỳ hằng năm (trước ngày 25/12
    trong năm) hoặc đột xuất thực hiện rà soát, … và thực hiện gửi báo cáo kết quả chia sẻ dữ liệu về Văn phòng Trung ương
    Đảng" (a Quy định of Ban Bí thư) -> 'Các cơ quan chủ quản dữ liệu'. None otherwise."""
    start = lo
    for ss in SENTENCE_ONLY.finditer(flat, max(lo, verb - _SENTENCE_BACK), verb):
        start = ss.end()
    if start == lo or flat.find("trách nhiệm", start, verb) < 0:
        return None  # the item's own first sentence is its head's (``_head_doer``)
    rm = ROLE_SUBJECT.match(flat, start, verb)
    if rm is None or rm.group("duty") is None or ROLE_JOINED_END.search(rm.group("name")):
        return None
    return rm.group("name")[:1].upper() + rm.group("name")[1:]


def _shared_subject(text: Text, item: Node, lo: int, end: int) -> str | None:
    """The subject that opens the sentence ending its first clause at ``end`` (a semicolon), within the item: the doer
    read right at the sentence's start (past the item's title line, "2. Ở cấp huyện"), none when the sentence opens
    otherwise ("Tổ chức tuyên truyền …; báo cáo …")."""
    flat = text.flat
    start = lo
    for ss in SENTENCE_ONLY.finditer(flat, max(lo, end - _SENTENCE_BACK), end):
        start = ss.end()
    if start > lo and flat[start - 1 : start].isspace() and flat[:start].rstrip(" *_").endswith(":"):
        # The sentence opens after a label, which names the doer: "- Cán bộ phụ trách Điểm Tân Kiều: Thường trực quản lý nền
        # nếp, …; báo cáo định kỳ về Ban Giám hiệu." (a school's Kế hoạch; read by the item's own doers).
        return None
    opening_at = start  # before a title line is passed: a sentence wrapped after a short first line is no title
    if start == item.body_start:
        lines = text.lines
        k = bisect_right(lines, start, key=_line_flat_start)
        if 0 < k < len(lines) and lines[k].flat_start < end:
            title = flat[start : lines[k].flat_start].strip(" *_")
            # Not a line whose sentence runs on in lower case: "6. Chủ trì, phối hợp với Văn" / "phòng UBND tỉnh tổ chức theo dõi,
            # …; báo cáo định kỳ 06 tháng/lần …" (a Quy chế of UBND tỉnh Ninh Bình: a name wrapped, no title).
            runs_on = flat[lines[k].flat_start : lines[k].flat_start + 4].lstrip(" *_")[:1].islower()
            if title and title[-1] not in ".:;," and len(title.split()) <= _ITEM_TITLE_WORDS and not runs_on:
                start = lines[k].flat_start
    while start < end and flat[start] in " *_-–+•":
        start += 1
    ds = doers(flat[start:end])
    if ds and ds[0][1] > 0 and DELEGATE_RIGHT_BEFORE.search(flat, start, start + ds[0][1]) and (
        head_at(flat, start) or DELEGATE_RIGHT_BEFORE.match(flat, start, start + ds[0][1])
    ):
        # The body given the work by the sentence's subject: "UBND huyện giao Phòng Nội vụ chủ trì triển khai; báo cáo
        # UBND huyện …".
        return _joined_doers(flat[start:end], ds)
    if ds and (ds[0][1] == 0 or ((om := ORDINAL_OPENING.match(flat, start, end)) is not None and ds[0][1] == om.end() - start)):
        return _joined_doers(flat[start:end], ds)
    while opening_at < end and flat[opening_at] in " *_-–+•":
        opening_at += 1
    return _subject_after_opening(flat, opening_at, end) if OPENING_WORDS.match(flat, opening_at, end) else None


# An ordinal that numbers a point, its subject right after it (``_shared_subject``): "*Thứ tư,* các địa phương cần chủ động,
# quyết liệt hơn nữa …; khi gặp khó khăn, vướng mắc phải chủ động đề xuất, báo cáo cấp có thẩm quyền …" (TB 627/TB-VPCP).
ORDINAL_OPENING = re.compile(r"[Tt]hứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)[*_]*\s*,[*_]*\s+")
# Words that open a sentence with a phrase before its subject, the subject after the phrase's last comma
# (``_subject_after_opening``): "Cùng với kinh phí do ngân sách trung ương hỗ trợ …, căn cứ tình hình thực tế, yêu cầu công
# việc và khả năng cân đối của ngân sách địa phương, Ủy ban nhân dân các cấp thống nhất với …; báo cáo Hội đồng nhân dân cùng
# cấp tại kỳ họp gần nhất." (corpus 064, a Nghị quyết of HĐND tỉnh Quảng Ninh).
OPENING_WORDS = re.compile(r"(?:Cùng\s+với|Căn\s+cứ|Trên\s+cơ\s+sở|Dựa\s+trên|Sau\s+khi|Trong\s+quá\s+trình)(?![\wđ])")
_OPENING_COMMA = re.compile(r",\s+")


def _subject_after_opening(flat: str, start: int, end: int) -> str | None:
    """The body right after a comma of an opening phrase whose name a predicate follows (parties.PREDICATE): the first such
    body of the sentence from ``start`` to ``end``; None when there is none."""
    for cm in _OPENING_COMMA.finditer(flat, start, end):
        if not head_at(flat, cm.end()):
            continue
        got = name_at(flat, cm.end(), end)
        if got is not None and PREDICATE.match(flat, _skip_blank(flat, got[1])) is not None:
            return got[0]
    return None


def _joined_doers(seg: str, ds: list[tuple[str, int, int]]) -> str:
    """The first doer with those that follow it joined by names' separators only (NAMES_GAP): "Thủ trưởng các sở, ban,
    ngành; Chủ tịch UBND các huyện, thị xã, thành phố" -> both; one doer as ``_group`` gives it."""
    names = [ds[0]]
    for d in ds[1:]:
        if NAMES_GAP.fullmatch(seg, names[-1][2], d[1]) is None:
            break
        names.append(d)
    return ", ".join(n for n, _, _ in names) if len(names) > 1 else _group(ds[0][0])


def _skip_blank(s: str, i: int) -> int:
    while i < len(s) and s[i] in " ,*_":
        i += 1
    return i


# A head that opens with its work done with partners, their list going on past a semicolon (``_head_doer``): "c. Chủ trì phối
# hợp với Ban Thường trực Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh Lai Châu và các tổ chức đoàn thể, …; Uỷ ban nhân dân cấp xã
# tuyên truyền, vận động Nhân dân thực hiện … Định kỳ báo cáo Uỷ ban nhân dân tỉnh về kết quả thực hiện" (QĐ 87/2025/QĐ-UBND of
# UBND tỉnh Lai Châu, under "3. Sở Văn hóa, Thể thao và Du lịch"): the committees are partners, the item's holder reports.
PARTNERS_RUN_ON = re.compile(
    r"[\s*_]*(?:[Cc]hủ\s+trì\s*,?\s+)?[Pp]hối\s+hợp\s+(?:chặt\s+chẽ\s+)?với\s[^;.:]*;[\s*_]*(?:với[\s*_]+)?$"
)


def _head_doer(flat: str, node: Node, pos: int) -> str | None:
    """The doer named in the head of ``node`` before ``pos``: its first name, or all of them when the
    head is a label of addressees that its sub-items serve ("1. Thủ trưởng các sở, ban, ngành, đoàn thể
    cấp tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố:" / "b) Định kỳ … báo cáo …")."""
    end = min(node.head_end(), pos)
    # A whole head that sub-items follow is a heading line, whose unit's name may be long ("3. Cán bộ phụ
    # trách lĩnh vực giám sát và phản biện xã hội" / "- Thực hiện chế độ thông tin báo cáo về …").
    heading = bool(node.children) and end == node.head_end() and end - node.body_start <= HEAD_DOER_SPAN
    ds = doers(flat[node.body_start : min(end, node.body_start + HEAD_DOER_SPAN)], heading, heading)
    if not ds:
        return None
    if ds[0][1] > 0 and PARTNERS_RUN_ON.match(flat, node.body_start, node.body_start + ds[0][1]) is not None:
        return None  # a partner the list before the semicolon goes on naming, not the head's doer
    if len(ds) > 1 and end < pos and flat[node.body_start : end].rstrip(" *_").endswith(":"):
        return ", ".join(phrase for phrase, _, _ in ds)
    return _group(ds[0][0])


# What may lie between the names of a heading that lists its doers: "2. Các phòng, ban, đơn vị cấp huyện; UBND các xã, thị
# trấn" / "Căn cứ Kế hoạch này, …; định kỳ 6 tháng … báo cáo kết quả về UBND huyện" (a Kế hoạch of UBND huyện).
NAMES_GAP = re.compile(r"[\s*_;,.:]*(?:và[\s*_]+)?")


# The end of a title line whose name goes on to the next line: a comma or "và" (``_title_doers``).
WRAPPED_NAME_END = re.compile(r"(?:,|(?<![\wđ])và)[\s*_]*$")
_WRAPPED_LINES = 2


def _title_doers(text: Text, item: Node, pos: int, in_sub_item: bool = False) -> str | None:
    """All the doers of an item's title line when the line is their names alone (``_names_only``, two or more) and
    ``pos`` lies on a later line: "2. Các phòng, ban, đơn vị cấp huyện; UBND các xã, thị trấn" / "Căn cứ Kế hoạch này, …;
    định kỳ 6 tháng … báo cáo kết quả về UBND huyện" -> both. None otherwise."""
    if not in_sub_item and any(c.flat_start <= pos < c.flat_end for c in item.children):
        return None  # a sub-item's own doer comes first ("Ban Giám hiệu:" / "- Cán bộ phụ trách Điểm Tân Kiều: …")
    lines = text.lines
    k = bisect_right(lines, item.body_start, key=_line_flat_start)
    if not (0 < k < len(lines)) or lines[k].flat_start > pos:
        return None
    line = text.flat[item.body_start : lines[k].flat_start]
    wrapped = 0
    while WRAPPED_NAME_END.search(line) and k + 1 < len(lines) and lines[k + 1].flat_start <= pos and wrapped < _WRAPPED_LINES:
        # A title line that a name runs on from, wrapped at a comma or "và": "**1. Viện Văn hóa, Nghệ thuật," / "Thể thao và
        # Du lịch Việt Nam**" (a Kế hoạch of Bộ VHTTDL) -> the whole name.
        k += 1
        wrapped += 1
        line = text.flat[item.body_start : lines[k].flat_start]
    nxt = text.flat[lines[k].flat_start : lines[k].flat_start + 8].lstrip(" *_-–+•")
    if not nxt[:1].isupper():
        return None  # a name wrapped onto the next line ("Các cơ quan, đơn vị, địa" / "phương, doanh nghiệp …"), no title
    ds = doers(line, True, True)
    if not ds or not _names_only(line, ds):
        return None
    # One name alone too: "2. Các xã, thị trấn" / "Trong quá trình thực hiện, Phòng Nội vụ hướng dẫn; báo cáo kết quả về UBND
    # huyện …" (the heading's bodies report, not the one named in the paragraph's opening).
    return ", ".join(phrase for phrase, _, _ in ds) if len(ds) > 1 else _group(ds[0][0])


def _names_only(head: str, ds: list[tuple[str, int, int]]) -> bool:
    """Whether a head is its doers and nothing else, the names joined by semicolons, commas or "và" (NAMES_GAP)."""
    pos = 0
    for _, start, stop in ds:
        if NAMES_GAP.fullmatch(head, pos, start) is None:
            return False
        pos = stop
    return NAMES_GAP.fullmatch(head, pos) is not None


# How far back the sentence of a letter's duty is read for its doer (``_sentence_doer``).
_SENTENCE_BACK = 600


def _sentence_doer(flat: str, lo: int, pos: int) -> str | None:
    """The first doer of the sentence that holds ``pos`` (from its start, or ``lo``): the subject of its
    directive or the body it gives the work to (``parties.doers``)."""
    start = max(lo, pos - _SENTENCE_BACK)
    for ss in SENTENCE_START.finditer(flat, start, pos):
        start = ss.end()
    ds = doers(flat[start:pos], True)
    return _group(ds[0][0]) if ds else None


# A sentence's end, not a colon or a semicolon (``_listing_sentence_subject``).
SENTENCE_END_ONLY = re.compile(r"[.!?][\s*_]+")
# How far back the start of a sentence that lists its work is looked for.
_LISTING_SENTENCE_BACK = 1500


def _listing_sentence_subject(flat: str, lo: int, semi: int) -> str | None:
    """The subject opening a long sentence that lists its work after a colon, its last clause after a semicolon: "Bộ Công
    Thương chủ trì phối hợp với các Bộ, cơ quan liên quan khẩn trương làm rõ …, cụ thể: (i) Đánh giá …; (ii) Rà soát …;
    (iv) Đề xuất …; báo cáo Thủ tướng Chính phủ kết quả thực hiện trong tháng 11 năm 2025." (CV 11520/VPCP-CN) -> 'Bộ Công
    Thương'. Only a name right at the start of the clause the list's colon closes, or of the sentence's first clause."""
    start = max(lo, semi - _LISTING_SENTENCE_BACK)
    for ss in SENTENCE_END_ONLY.finditer(flat, start, semi):
        start = ss.end()
    colon = flat.rfind(":", start, semi)
    if colon >= 0:
        # The clause that the list's colon closes: after the clause before it ("… có ý kiến như sau: Bộ Công Thương chủ trì
        # …, cụ thể:").
        start = max(start, flat.rfind(":", start, colon) + 1, flat.rfind(";", start, colon) + 1)
        end = colon
    else:
        # No colon: the sentence's first clause, its works listed by semicolons ("Bộ Khoa học và Công nghệ chủ trì, phối hợp
        # …, làm rõ …; rà soát …; báo cáo Thủ tướng Chính phủ trong quý I năm 2026.", CV 11299/VPCP-KGVX).
        end = flat.find(";", start, semi)
        end = end if end >= 0 else semi
    while start < end and flat[start] in " *_":
        start += 1
    ds = doers(flat[start:end])
    return ds[0][0] if ds and ds[0][1] == 0 else None


def _label_doer(flat: str, item: Node) -> str | None:
    """The unit that a label of the item names as its lead (LEAD_LABEL), who reports on the item's work:
    "2. Hội nghị hiệp thương lần thứ hai" / "- Đơn vị chủ trì: Ban Thường trực Ủy ban MTTQ Việt Nam xã." /
    "2.2. Báo cáo kết quả hội nghị" / "- Gửi Biên bản và báo cáo tình hình hiệp thương về …" (a Kế hoạch of
    UBMTTQ xã Lương Minh). Read where the item names no doer before the verb."""
    if flat.find("chủ trì", item.body_start, item.flat_end) < 0:
        return None
    lm = LEAD_LABEL.search(flat, item.body_start, item.flat_end)
    got = name_at(flat, lm.end(), item.flat_end) if lm else None
    return got[0] if got else None


# What joins the names of one list of addressees (``_plan_addressees``): "Các sở, ban, ngành; Ủy ban nhân dân các huyện".
LISTED_NAMES_GAP = re.compile(r"[\s*_;,]*(?:và[\s*_]+)?")


def _plan_addressees(doc: Outline, flat: str) -> str | None:
    """The units the plan addresses: the doers of the first organisation item naming a group, with the names listed
    right after it ("1. Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố: căn cứ chức năng …" -> both)."""
    for part in doc.parts():
        for n in part:
            if n.kind in ("heading", "article") and n.section_kind == "organisation":
                for c in n.children:
                    if c.kind != "item":
                        continue
                    head = flat[c.body_start : c.head_end()]
                    found = doers(head)
                    for k, (phrase, _, end) in enumerate(found):
                        if GROUP_START.match(phrase) or GROUP_INSIDE.search(phrase):
                            names = [_group(phrase)]
                            for more, start, more_end in found[k + 1 :]:
                                if LISTED_NAMES_GAP.fullmatch(head, end, start) is None:
                                    break
                                names.append(more)
                                end = more_end
                            return ", ".join(names)
    return None


def _group(phrase: str) -> str:
    """'Cấp ủy đảng, Thủ trưởng, Chủ tịch công đoàn các đơn vị' -> 'các đơn vị'; groups stay."""
    names = split_names(phrase)
    if len(names) > 1 and not GROUP_START.match(phrase):
        # The complement every conjunct shares (split_names gave it to each), not the first "các" of
        # the phrase: "Giám đốc các Sở, Thủ trưởng các ngành, …, các cơ quan, đơn vị" (corpus 002) is
        # a list of bodies, not "các Sở, Thủ trưởng các ngành, …".
        tail = GROUP_TAIL.search(names[-1])
        if tail and all(n.endswith(tail.group(0)) for n in names):
            return tail.group(1)
    return phrase


def _same(a: str | None, b: str | None) -> bool:
    return (a or "").lower() == (b or "").lower()


# A place's level word, opening what follows a body's name ("Sở Y tế" / "tỉnh Kon Tum") or ending a body
# named by its level ("Ủy ban nhân dân xã" / "Tân Lập").
_LEVEL_START = re.compile(r"(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?:\s|$)")
_LEVEL_END = re.compile(r"(?<![\wđ])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$")
_PLACE_WORDS = 4
# The country in a Front committee's name, written or left out: "Ban Thường trực Ủy ban MTTQ Việt Nam xã"
# and "Ban Thường trực Ủy ban MTTQ xã" are one body.
_FRONT_COUNTRY, _FRONT = "tổ quốc việt nam", "tổ quốc"


def _same_body(a: str | None, b: str | None) -> bool:
    """Whether two names are one body, one of them qualified with its place: "Ủy ban nhân dân xã" and
    "Ủy ban nhân dân xã Tân Lập" (a place the names data may not know), "Sở Y tế" and "Sở Y tế tỉnh
    Kon Tum"; not "Sở Nông nghiệp" and "Sở Nông nghiệp và Môi trường"."""
    x, y = (a or "").lower().replace(_FRONT_COUNTRY, _FRONT), (b or "").lower().replace(_FRONT_COUNTRY, _FRONT)
    if x == y:
        return bool(x)
    short, long = (x, y) if len(x) < len(y) else (y, x)
    if not short or not long.startswith(short + " "):
        return False
    rest = long[len(short) + 1 :]
    if "," in rest or " và " in f" {rest} ":
        return False  # a list of bodies, not one body's place
    if _LEVEL_START.match(rest):
        return len(rest.split()) <= _PLACE_WORDS + 2  # "thành phố Hồ Chí Minh"
    return bool(_LEVEL_END.search(short)) and len(rest.split()) <= _PLACE_WORDS


# A dash that CLAUSE_START reads as a bullet, inside a unit's name: "1. Văn phòng HĐND - UBND tỉnh theo dõi, tổng hợp,
# báo cáo UBND tỉnh …", "- Phòng Văn hóa - Thông tin huyện tổng hợp, báo cáo UBND huyện …" (the clause, and its subject,
# start at the name, not at "UBND tỉnh" / "Thông tin huyện" after its dash).
def _listing_colon(flat: str, c: re.Match) -> bool:
    """Whether a clause start (CLAUSE_START) is the colon of a kind that lists its bodies (parties.listed_after_kind): "Ủy
    ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng khẩn trương gửi Báo cáo …" is one name, the subject."""
    return (
        flat.startswith(":", c.start()) and flat[c.end() : c.end() + 1].isupper()
        and listed_after_kind(flat, 0, c.start()) is not None
    )


def _dash_in_name(text: Text, back: int, c: re.Match) -> bool:
    """Whether the clause start ``c`` is a dash (" - ") inside a name that opens the clause before it, not a
    bullet opening a line ("4. Ủy ban nhân dân các xã, thị trấn" / "- Định kỳ 6 tháng …")."""
    flat = text.flat
    if flat[c.start() + 1 : c.start() + 2] not in "-–" or c.start() <= back:
        return False
    dash = text.to_original(c.start() + 1)
    original = text.original
    if not original[original.rfind("\n", 0, dash) + 1 : dash].strip(" \t*_>|"):
        return False
    if ROLE_AFTER_DASH.match(flat, c.end()) and flat[c.start() - 1 : c.start()].isalnum():
        # A second office of one holder: "theo chỉ đạo của Phó Thủ tướng Chính phủ - Trưởng Ban Chỉ đạo 389 quốc gia tại Văn
        # bản …; báo cáo Thủ tướng Chính phủ …" (CV 11554/VPCP-V.I): no clause opens at the dash.
        return True
    start = back
    for p in CLAUSE_START.finditer(flat, back, c.start()):
        start = p.end()
    # The name opens the clause, or a subject after an opening: "từ ngày 5 đến ngày 10 hằng tháng, Phòng Kế hoạch - Đầu tư
    # kiểm tra, xác nhận giải quyết và tổng hợp báo cáo kết quả cho giám đốc sở" (a Quy chế of Sở Giao thông công chánh).
    word = max(start, c.start() - NAME_SPAN_BEFORE_DASH)
    while word < c.start():
        if (word == start or flat[word - 1] == " ") and flat[word].isupper():
            got = name_at(flat, word, c.end() + NAME_SPAN_AFTER_DASH)
            if got is not None:
                return got[1] > c.end()
        word += 1
    return False


# How far after a dash a name that runs across it is read, and how far before it the name may start (``_dash_in_name``).
NAME_SPAN_AFTER_DASH = 80
NAME_SPAN_BEFORE_DASH = 40


# A sub-item's letter mark inside the text a subject is read from, its lines joined (``find_reports_in``): "… rừng cấp
# xã c) Trong trường hợp cháy rừng vượt tầm kiểm soát của cấp xã, Trưởng Ban Chỉ huy cấp xã trực tiếp báo cáo …" (QĐ
# 96/2025/QĐ-UBND of UBND tỉnh Quảng Ninh): the sub-item opens the clause, not the item's title before it.
LETTER_ITEM_START = re.compile(rf"(?<=\s)[a-zđ]\)[\s*_]+(?=[{UPPER_LETTERS}])")
# A connective that opens a clause before its subject, which the names data does not pass (``_sender_in_clause``): "…; đồng
# thời Ban Chỉ huy cấp xã báo cáo Ban Chỉ huy cấp tỉnh (qua cơ quan thường trực) để theo dõi chỉ đạo" (the same QĐ).
CONNECTIVE_OPENING = re.compile(r"[\s*_]*(?:[Đđ]ồng\s+thời|[Ss]au\s+đó|[Nn]goài\s+ra|[Tt]iếp\s+đó)[\s,*_]+")


# A short name a document gives a body once: "Quy chế này quy định về hoạt động bồi dưỡng, giảng dạy của Trung tâm chính trị
# xã, phường, đặc khu (sau đây gọi tắt là Trung tâm)" (a Quy chế of Ban Tuyên giáo và Dân vận Trung ương).
SHORT_NAME_GIVEN = re.compile(
    rf"\((?:sau\s+đây\s+)?gọi\s+tắt\s+là[\s“\"*_]+(?P<short>[{UPPER_LETTERS}][^()“”\".;:,]{{0,30}}?)[\s”\"*_]*\)"
)
_SHORT_SUBJECT_BACK = 200


def _short_named_subject(flat: str, lo: int, verb: int, short_names: list[str]) -> str | None:
    """A body's short name (SHORT_NAME_GIVEN) that opens the verb's clause, or the part after its comma, with a predicate in
    lower case after it: "Trường hợp giấy chứng nhận … bị mất trước khi cấp cho người học, Trung tâm phải lập biên bản, thông
    báo ngay với cơ quan công an địa phương và báo cáo cơ quan quản lý trực tiếp." -> 'Trung tâm'. None otherwise."""
    if not short_names:
        return None
    start = max(lo, verb - _SHORT_SUBJECT_BACK)
    got = None
    for short in short_names:
        for sm in re.finditer(rf"(?:^|[,;:.]|\s[-–+•])[\s*_]*({re.escape(short)})\s+(?=[{LOWER_LETTERS}])", flat[start:verb]):
            if got is None or sm.start(1) + start > got[1]:
                got = (short, sm.start(1) + start)
    return got[0] if got else None


def _subject_clause_start(flat: str, lo: int, clause_lo: int, found: int | None, verb: int, reach: int = _SUBJECT_BACK) -> int:
    """Where the clause whose subject is read starts: ``clause_lo`` when a clause start was ``found`` in
    the evidence's window, else the last clause start within ``reach`` characters (or clause_lo)."""
    if found is not None:
        return clause_lo
    cs = None
    for c in CLAUSE_START.finditer(flat, max(lo, verb - reach), clause_lo):
        cs = c.end()
    if cs is None and lo >= verb - reach:
        # The span's start opens a clause too: "Chủ tịch UBND tỉnh đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam
        # tỉnh, Thủ trưởng các sở, …, Chủ tịch UBND các huyện, thị xã, thành phố triển khai thực hiện và báo
        # cáo …" (a letter's closing paragraph: its subject lies more than _EVIDENCE_BACK before the verb).
        return lo
    if cs is None and clause_lo > lo and not flat[clause_lo - 1].isspace():
        # A window cut inside a word opens no clause: "… tại Tờ trình số 92/TTr-UBND nêu trên, ý kiến của Ủy ban nhân dân tỉnh
        # Đồng Nai trước ngày 10 tháng 5 năm 2026 để báo cáo Thủ tướng Chính phủ" (a Công văn of Văn phòng Chính phủ) is no
        # subject "UBND nêu trên, …": the subject is read from the next word on.
        space = flat.find(" ", clause_lo, verb)
        return space + 1 if space >= 0 else clause_lo
    return cs if cs is not None else clause_lo


# A conditional clause whose "thì" opens a subject of its own: "Các phòng liên quan có trách nhiệm phối hợp,
# trường hợp có ý kiến khác nhau thì phòng chủ trì báo cáo Ban Giám đốc xem xét" (a Quy chế làm việc of a Ban
# QLDA): the reporter is the lead department, not "Các phòng liên quan".
# Not "thì kịp thời báo cáo", "thì báo cáo" (a predicate right after "thì": the subject is the clause's).
NEW_SUBJECT = re.compile(r"(?<![\wđ])thì\s+")


# The label that opens a schedule's lead before its subject: "Thời hạn các cơ quan, đơn vị gửi báo cáo:" (``_sender_in_clause``).
TIME_LIMIT_OPENING = re.compile(r"[\s*_]*(?:\d{1,2}\.\s*)?[Tt]hời\s+hạn\s+(?=(?:các|mỗi|từng)\s)")


# A bullet that opens with whose duties it lists, a role in lower case maybe: "- Trách nhiệm của giáo vụ: giám sát việc giảng
# dạy …; theo dõi nền nếp dạy, học và tổng hợp, báo cáo ban giám đốc Trung tâm về tình hình dạy, học của từng lớp" (a Quy chế
# of Ban Tuyên giáo và Dân vận Trung ương, under "4. Trách nhiệm của các tổ chức, cá nhân trong quản lý lớp học:").
BULLET_DUTY_LABEL = re.compile(r"(?:^|\s)[-–+•][\s*_]*[Tt]rách\s+nhiệm\s+của\s+(?P<who>[^:;.()]{2,60}?)[\s*_]*:")
# The next bullet, which ends the labelled one.
NEXT_BULLET = re.compile(r"\s[-–+•]\s")
_BULLET_LABEL_BACK = 400


def _bullet_duty_holder(flat: str, lo: int, verb: int) -> str | None:
    """The holder a bullet's label "- Trách nhiệm của X:" names, when the verb lies in that bullet: 'Giáo vụ'. None otherwise."""
    got = _last_before(BULLET_DUTY_LABEL, flat, lo, verb, _BULLET_LABEL_BACK)
    if got is None or NEXT_BULLET.search(flat, got.end(), verb) is not None:
        return None
    who = got.group("who").strip(" *_")
    return who[:1].upper() + who[1:]


def _sender_in_clause(flat: str, lo: int, verb: int) -> str | None:
    """The subject of the clause that holds the verb: 'các đơn vị báo cáo về Sở…' -> 'các đơn vị'. The
    verb is read too, as the predicate that a subject after an opening must have ("Trong quá trình thực
    hiện nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương báo cáo", corpus 009)."""
    vm = REPORT_WORD.match(flat, verb)
    found = [f for f in doers(flat[lo : vm.end() if vm else verb]) if f[2] <= verb - lo]
    if not found and (cm := CONNECTIVE_OPENING.match(flat, lo, verb)) is not None:
        lo = cm.end()
        found = [f for f in doers(flat[lo : vm.end() if vm else verb]) if f[2] <= verb - lo]
    if not found and (tl := TIME_LIMIT_OPENING.match(flat, lo, verb)) is not None:
        # "1. Thời hạn các cơ quan, tổ chức, doanh nghiệp và cá nhân liên quan gửi báo cáo định kỳ đến …:" (Thông tư
        # 02/2023/TT-BTTTT): the subject after the lead's label.
        lo = tl.end()
        found = [f for f in doers(flat[lo : vm.end() if vm else verb]) if f[2] <= verb - lo]
    if not found:
        return _comma_subject(flat, lo, verb)
    then = _then_subject(flat, lo + found[-1][2], verb)
    if then is not None:
        return then or None  # the verb's own subject, after "thì", not the one read before it
    return found[-1][0]


# An opening whose subject follows its comma, which the names data does not read (``_comma_subject``): "Trên đây là …,",
# "Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh, …", "Căn cứ quyết định của cấp có thẩm quyền và điều kiện, tình hình thực
# tế ở địa phương, Ban Thường trực Ủy ban MTTQ Việt Nam xã báo cáo cấp ủy cùng cấp, …" (corpus 055, a Hướng dẫn of a xã's
# Front committee).
# Acting for a body too: "Thay mặt Chính phủ, Bộ trưởng Bộ Tài chính báo cáo Quốc hội …".
COMMA_OPENING = re.compile(r"[\s*_\-–+•]*(?:[Tt]rên\s+đây\s+là|[Tt]hực\s+hiện|[Cc]ăn\s+cứ|[Tt]hay\s+mặt)(?![\wđ])")
_CLOSING_BACK = 250
# A comma before a group's name that runs up to the verb (``_comma_subject``).
_COMMA = re.compile(r",[\s*_]+")
_COMMA_SUBJECT_BACK = 80


def _comma_subject(flat: str, lo: int, verb: int) -> str | None:
    """The group named right before the verb after a comma, the subject after an opening the names data does not read:
    "Trong quá trình thực hiện, có khó khăn vướng mắc, các địa phương, đơn vị báo cáo UBND tỉnh (qua Sở Nội vụ) để được
    hướng dẫn." -> 'các địa phương, đơn vị'. Only a group ("các …", "mỗi …", "từng …") whose name ends at the verb; any
    body after a closing's or an implementing opening (COMMA_OPENING): "Trên đây là Kế hoạch tài chính - ngân sách nhà nước
    03 năm 2026 - 2028 tỉnh Cà Mau, Ủy ban nhân dân tỉnh Cà Mau báo cáo Bộ Tài chính, …" (a Kế hoạch of UBND tỉnh Cà Mau)."""
    closing = flat.rfind("rên đây là", max(0, verb - _CLOSING_BACK), verb)
    opened = COMMA_OPENING.match(flat, lo, verb) is not None or (
        # The closing's words, cut by a dash the clause start reads ("… 03 năm 2026 - 2028 tỉnh Cà Mau, …").
        closing > 0 and flat[closing - 1] in "Tt" and not any(c in _CLAUSE_STOPS for c in flat[closing:verb])
    )
    for cm in _COMMA.finditer(flat, max(lo, verb - _COMMA_SUBJECT_BACK), verb):
        if not GROUP_START.match(flat, cm.end()) and not (opened and head_at(flat, cm.end(), verb)):
            continue
        got = name_at(flat, cm.end(), verb)
        if got is not None and not flat[got[1] : verb].strip(" *_"):
            return got[0]
    return None


# A sentence on what to do if difficulties arise, whose subject is left out: "Trong quá trình thực hiện, nếu có khó khăn,
# vướng mắc, …", "Quá trình triển khai, nếu …", "Nếu có vướng mắc, …", "Trường hợp có khó khăn, …".
DIFFICULTY_OPENING = re.compile(r"[\s*_]*(?:[Tt]rong\s+quá\s+trình|[Qq]uá\s+trình|[Nn]ếu|[Tt]rường\s+hợp)(?![\wđ])")
# A directive word right before the bodies it asks (``_asked_before``): "Yêu cầu …", "UBND tỉnh đề nghị …", "Giao …".
ASKED_RIGHT_BEFORE = re.compile(r"(?<![\wđ])(?:[Yy]êu\s+cầu|[Đđ]ề\s+nghị|[Gg]iao)[\s*_]+$")
# The end of the sentence before (``_asked_before``).
_SENTENCE_END = re.compile(r"[.!?][\s*_]+")
_ASKED_BACK = 400


def _asked_before(flat: str, lo: int, verb: int) -> str | None:
    """The bodies that the sentence right before asks to carry the plan out, for a sentence on difficulties that names no
    subject (DIFFICULTY_OPENING): "Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện triển khai thực hiện nghiêm
    túc Kế hoạch này. Trong quá trình thực hiện nếu có khó khăn, vướng mắc, báo cáo UBND tỉnh (qua Sở Nội vụ) để xem xét." ->
    both (not the last item's doer). None when the sentence before asks no one."""
    start = None
    for se in _SENTENCE_END.finditer(flat, max(lo, verb - _ASKED_BACK), verb):
        start = se
    if start is None or DIFFICULTY_OPENING.match(flat, start.end(), verb) is None:
        return None
    prev = max(lo, start.start() - _ASKED_BACK)
    for se in SENTENCE_START.finditer(flat, prev, start.start()):
        prev = se.end()
    seg = flat[prev : start.start()]
    ds = doers(seg, True)
    if not ds or ASKED_RIGHT_BEFORE.search(seg, 0, ds[0][1]) is None:
        return None
    return _joined_doers(seg, ds)


def _addressed_label(text: Text, lo: int, clause_lo: int) -> str | None:
    """The bodies a label "Đối với <bodies>:" names, when the verb's clause opens right after its colon on the label's line
    or bullet: "2. Chế độ báo cáo" / "- Đối với các sở, ban, ngành: định kỳ 6 tháng, năm báo cáo kết quả về Sở Nội vụ …"
    -> 'các sở, ban, ngành' (parties.addressed_doer). None otherwise."""
    flat = text.flat
    k = clause_lo
    while k > lo and flat[k - 1] in " *_":
        k -= 1
    if k <= lo or flat[k - 1] != ":" or flat.find("ối với", max(lo, k - NAME_LIST_SPAN), k) < 0:
        return None
    lines = text.lines
    start = max(lo, lines[bisect_right(lines, k - 1, key=_line_flat_start) - 1].flat_start if lines else lo)
    for sm in _LABEL_START.finditer(flat, start, k - 1):
        start = sm.end()
    return addressed_doer(flat[start:k].lstrip(" *_-–+•"))


# Where a label's words start within its line: after a bullet, a letter or a sentence's end.
_LABEL_START = re.compile(r"[.;][\s*_]+|(?:^|\s)[-–+•][\s*_]+|[a-zđ]\)[\s*_]+")


# How many bodies a list given by semicolons may hold before the reporting one (``_listed_before``).
_LISTED_BODIES = 8
# The start of a list's body: after a semicolon, a colon or a sentence's end.
_LIST_ITEM_START = re.compile(r"[.;:][\s*_]*")


def _listed_before(flat: str, lo: int, subject_lo: int, sender: str) -> str:
    """The bodies that a directive lists by semicolons before the reporting clause's subject, with it: "Giao các sở,
    ngành tỉnh; Uỷ ban nhân dân các huyện, thành phố; Các Ban QLDA chuyên ngành tỉnh báo cáo tình hình …" (CV
    846/UBND-TH of UBND tỉnh Khánh Hòa) -> all three. Each body must be a whole name, the first one the object of a
    directive word (Giao, Yêu cầu, Đề nghị); else the subject alone."""
    names = [sender]
    pos = subject_lo
    for _ in range(_LISTED_BODIES):
        j = pos
        while j > lo and flat[j - 1] in " *_":
            j -= 1
        if j <= lo or flat[j - 1] != ";":
            return sender
        start = lo
        for sm in _LIST_ITEM_START.finditer(flat, max(lo, j - 1 - NAME_LIST_SPAN), j - 1):
            start = sm.end()
        seg = flat[start : j - 1]
        d = DIRECTIVE.match(seg)
        at = d.end() if d else 0
        got = name_at(seg, at)
        if got is None or seg[got[1] :].strip(" *_"):
            return sender  # not a whole name: a clause of its own
        names.insert(0, got[0])
        if d:
            return ", ".join(names)
        pos = start
    return sender


# How far back one body of a semicolon list is read.
NAME_LIST_SPAN = 160


def _then_subject(flat: str, lo: int, verb: int) -> str | None:
    """The subject that a "thì" between ``lo`` and the verb opens (NEW_SUBJECT): its name when one is read
    there and its predicate follows ("… thì người đứng đầu cơ quan, tổ chức, đơn vị kịp thời báo cáo …",
    corpus 055), "" when none is ("… thì phòng chủ trì báo cáo …"); None when no "thì" opens a subject."""
    if "thì" not in flat[lo:verb]:
        return None
    for m in NEW_SUBJECT.finditer(flat, lo, verb):
        if m.end() >= verb or PREDICATE.match(flat, m.end()) is not None:
            continue
        # Its time limit first: "… thì trong thời hạn 07 ngày làm việc kể từ ngày nhận được kiến nghị, sở, ban, ngành được
        # giao chủ trì phải có văn bản báo cáo Chủ tịch UBND tỉnh" (QĐ 98/2025/QĐ-UBND of UBND tỉnh Nghệ An).
        opening = DEADLINE_OPENING.match(flat, m.end(), verb) or PERIOD_OPENING.match(flat, m.end(), verb)
        got = name_at(flat, opening.end() if opening else m.end(), verb)
        if got:
            k = got[1]
            while k < verb and flat[k] in " ,":
                k += 1
            if PREDICATE.match(flat, k, verb + 1) or k >= verb:
                return got[0]
        return ""
    return None


# A body named by its role, in lower case, which the names data does not read, the subject of the reporting clause
# (``_role_subject``): "Nếu quá thời hạn quy định, cơ quan phối hợp phải báo cáo nêu rõ lý do" (a Chỉ thị of UBND tỉnh
# Đắk Lắk), "Khi các thành viên Ban Chỉ đạo có sự thay đổi về nhân sự, cơ quan cử nhân sự có trách nhiệm báo cáo Trưởng Ban
# Chỉ đạo" (a Quy chế of Ban Chỉ đạo nhà nước về du lịch), "a) Cá nhân được giao phải thường xuyên kiểm tra hộp thư điện tử
# công vụ … và báo cáo hoặc chuyển tiếp nội dung đã nhận cho Thủ trưởng cơ quan, đơn vị" (QĐ 143/2025/QĐ-UBND of UBND tỉnh
# Đồng Tháp), "…, nơi tiếp nhận xử lý phản ánh kiến nghị phải báo cáo, tham mưu với cấp trên trực tiếp" (a Quy chế of UBND
# tỉnh Bắc Ninh). The name runs from its head to a word of duty (ROLE_DUTY) or to the verb itself ("Định kỳ 06 tháng các cơ
# quan có liên quan báo cáo kết quả thực hiện …", corpus 031); ROLE_SUBJECT_LISTED, after "thì", may list several bodies:
# "nếu có khó khăn, vướng mắc thì các văn phòng tỉnh uỷ, thành uỷ, cơ quan đảng ở Trung ương kịp thời báo cáo" (a Kết luận
# of Văn phòng Trung ương Đảng).
# The words a role subject opens with, lower-cased: ROLE_HEAD's alternatives, and one of them is in every role subject
# (a quick test before the regexes).
_ROLE_WORDS = ("cơ quan", "cá nhân", "người", "nơi", "đơn vị", "bộ phận", "văn phòng", "thành viên", "đối tượng")
_ROLE_HEAD = r"(?:(?:[Cc]ác|[Mm]ỗi|[Tt]ừng|[Nn]hững)\s+)?(?:%s)" % "|".join(
    f"[{w[0].upper()}{w[0]}]{w[1:]}".replace(" ", r"\s+") for w in _ROLE_WORDS
)
_ROLE_END = (
    r"\s+(?=(?P<duty>phải|có\s+trách\s+nhiệm|cần|kịp\s+thời|chủ\s+động|khẩn\s+trương)(?![\wđ])|[Bb]áo\s+cáo(?![\wđ])|gửi\s)"
)
ROLE_SUBJECT = re.compile(rf"(?P<name>{_ROLE_HEAD}(?:\s+[^\s.;:,()|]+){{1,8}}?){_ROLE_END}")
ROLE_SUBJECT_LISTED = re.compile(rf"(?P<name>{_ROLE_HEAD}(?:\s*,?\s+[^\s.;:()|]+){{1,16}}?){_ROLE_END}")
# A holder named by its role or as a group, in lower case (``_labelled_holder``).
ROLE_HOLDER = re.compile(_ROLE_HEAD + r"(?:\s|$)")
# Where such a subject may start within its clause: after a comma (an opening clause before it), after "thì" (ROLE_THEN),
# after a period said with no comma ("Định kỳ 06 tháng ", ROLE_PERIOD), after a lettered item's mark inside the clause
# ("1. Đối với hộp thư điện tử công vụ cơ quan, đơn vị a) Cá nhân được giao …", ROLE_ITEM), or at the clause's start.
ROLE_COMMA = re.compile(r",[\s*_]+")
ROLE_THEN = re.compile(r"(?<![\wđ])thì\s+")
ROLE_PERIOD = re.compile(r"(?:[Đđ]ịnh\s+kỳ|[Hh]ằng|[Hh]àng)\s+(?:(?:0?\d|1[0-2])\s+tháng|tháng|quý|năm)\s+")
ROLE_ITEM = re.compile(r"(?<![\wđ])[a-zđ]\)[\s*_]+")
ROLE_LEAD = re.compile(r"[\s*_\-–+•]*(?:(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*\.)[\s*_]+)?")
# A group named up to the verb without a word of duty (``_role_subject``): "các cơ quan có liên quan", "các đơn vị trực thuộc".
ROLE_GROUP_TO_VERB = re.compile(
    r"(?:[Cc]ác|[Mm]ỗi|[Tt]ừng|[Nn]hững)\s+(?:cơ\s+quan|đơn\s+vị|bộ\s+phận|cá\s+nhân|thành\s+viên)"
    r"(?:\s+(?:có\s+)?liên\s+quan|\s+trực\s+thuộc|\s+thuộc\s+\S+)"
)
# A person named up to the verb by the work given them (``_role_subject``): "2. Khi phát hiện sai sót, người thực hiện cập nhật
# báo cáo ngay cho người đứng đầu cơ quan, tổ chức mình" (the Quy chế of QĐ 211/2025/QĐ-UBND, UBND thành phố Hải Phòng).
_PERSON_WORK_WORDS = ("người được", "người thực hiện", "người phụ trách", "người trực tiếp")  # a quick test before it
ROLE_PERSON_TO_VERB = re.compile(
    r"(?:[Cc]ác\s+|[Nn]hững\s+|[Mm]ỗi\s+)?[Nn]gười\s+(?:được\s+giao|được\s+phân\s+công|thực\s+hiện|phụ\s+trách|trực\s+tiếp)"
    r"(?:\s+[^\s.;:,()|]+){0,4}"
)
# A name that ends with a conjunction: the next words are a verb of the clause, not its subject's.
ROLE_JOINED_END = re.compile(r"\s(?:và|hoặc|cùng)$")
# The words of duty that end a role's name (ROLE_SUBJECT's group ``duty``), lower-cased, and the end of a group's name right at
# the verb (ROLE_GROUP_TO_VERB): one of them is in every clause whose role subject is read (a quick test before the regexes).
_ROLE_DUTY_WORDS = ("phải", "trách nhiệm", "cần", "kịp thời", "chủ động", "khẩn trương")
ROLE_GROUP_END = re.compile(r"(?:liên\s+quan|trực\s+thuộc|thuộc\s+\S+)[\s*_]*$")


def _role_subject(flat: str, lo: int, verb: int) -> str | None:
    """The body named by its role (ROLE_SUBJECT) that is the subject of the clause from ``lo`` to the verb, when the names
    data read none there; the last such start before the verb wins. None when there is none."""
    seg = flat[lo:verb].lower()
    if not any(w in seg for w in _ROLE_WORDS) or not (
        any(w in seg for w in _ROLE_DUTY_WORDS) or ROLE_GROUP_END.search(seg) is not None
        or ("người" in seg and any(w in seg for w in _PERSON_WORK_WORDS))
    ):
        return None  # no role's name, or none that a word of duty or the verb itself ends
    starts: list[tuple[int, re.Pattern[str]]] = [(ROLE_LEAD.match(flat, lo, verb).end(), ROLE_SUBJECT)]  # type: ignore[union-attr]
    if "," in seg:
        starts += [(c.end(), ROLE_SUBJECT) for c in ROLE_COMMA.finditer(flat, lo, verb)]
    if ")" in seg:
        starts += [(i.end(), ROLE_SUBJECT) for i in ROLE_ITEM.finditer(flat, lo, verb)]
    if "thì" in seg:
        starts += [(t.end(), ROLE_SUBJECT_LISTED) for t in ROLE_THEN.finditer(flat, lo, verb)]
    if "tháng" in seg or "quý" in seg or "năm" in seg:
        starts += [(p.end(), ROLE_SUBJECT) for p in ROLE_PERIOD.finditer(flat, lo, verb)]
    # A subject after "thì" first (it may list bodies across commas), then the nearest start to the verb.
    for at, pattern in sorted(starts, key=lambda s: (s[1] is ROLE_SUBJECT_LISTED, s[0]), reverse=True):
        rm = pattern.match(flat, at, verb + 8)
        if rm is None or rm.end("name") > verb:
            continue
        if rm.group("duty") is None and (
            rm.end() != verb or not (
                ROLE_GROUP_TO_VERB.fullmatch(rm.group("name"))
                or (ROLE_PERSON_TO_VERB.fullmatch(rm.group("name")) and COMPILE_WORDS.search(rm.group("name")) is None)
            )
        ):
            # The name ran into another "báo cáo" or "gửi" before the verb: not its subject. Right before the verb only a
            # group whose words are a name: "các cơ quan có liên quan báo cáo …", not "5. Văn phòng tổng hợp báo cáo Chủ
            # tịch UBND tỉnh …" (the office compiles).
            continue
        name = rm.group("name")
        if ROLE_JOINED_END.search(name):
            # A body joined to the verb's clause, the object of the words before: "theo dõi kết quả thực hiện kiến nghị sau
            # giám sát của các cơ quan, tổ chức, cá nhân chịu sự giám sát và báo cáo Hội đồng nhân dân" (corpus 078).
            continue
        return name[:1].upper() + name[1:]
    return None


# A body acted for (``_on_behalf_of``): "thay mặt Chính phủ ký …". Not an opening whose comma the acting subject follows:
# "thay mặt Chính phủ, Thủ tướng Chính phủ ghi nhận …" (ON_BEHALF_OPENING).
ON_BEHALF = re.compile(r"(?<![\wđ])thay\s+mặt\s+")
ON_BEHALF_OPENING = re.compile(r"[\s*_]*,")
_ON_BEHALF_BACK = 240


def _on_behalf_of(flat: str, lo: int, verb: int) -> str | None:
    """The body on whose behalf the clause's subject acts, named after the last "thay mặt" before the verb, when no comma
    follows its name (the acting subject would); None otherwise."""
    for se in SENTENCE_START.finditer(flat, lo, verb):
        lo = se.end()  # within the verb's sentence
    last = None
    for last in ON_BEHALF.finditer(flat, lo, verb):
        pass
    if last is None or (got := _org_after(flat, last.end(), verb)) is None:
        return None
    if ON_BEHALF_OPENING.match(flat, got[1]):
        return None
    return got[0]


# What a body answers for, listed up to a bare "báo cáo" that ends its clause (``_is_duty``): "Bộ Nội vụ chịu trách nhiệm toàn
# diện về nội dung, dự thảo Luật và các vấn đề xuất, báo cáo; chuẩn bị đầy đủ hồ sơ …" (NQ 393/NQ-CP): a noun of the list.
ANSWERABLE_FOR_BEFORE = re.compile(r"chịu\s+trách\s+nhiệm(?:\s+toàn\s+diện)?\s+(?:về|trước)\s[^.;:]*$")
_ANSWERABLE_BACK = 160


# Reports sent, in the plural: "Quỹ Bảo vệ môi trường có trách nhiệm lập và gửi các báo cáo nghiệp vụ, báo cáo thống kê, báo
# cáo kế toán, cùng các báo cáo định kỳ hoặc đột xuất theo quy định hiện hành" (the Điều lệ of a provincial fund, QĐ
# 2696/QĐ-UBND Quảng Trị): a duty, though "các" opens a noun elsewhere (NOT_DUTY_BEFORE).
SENT_PLURAL_BEFORE = re.compile(r"(?<![\wđ])(?:gửi|nộp)\s+(?:đầy\s+đủ\s+)?các[\s*_]*$")


# A kind of document or work listed after the verb, comma-separated (``_is_duty``).
DOCUMENT_KIND_AFTER = re.compile(
    r"\s*,\s*(?:dự\s+báo|kế\s+hoạch|công\s+văn|tờ\s+trình|thông\s+báo|hướng\s+dẫn|chương\s+trình|đề\s+án)(?![\wđ])"
)
# The same before the verb, opening a list's item: "1. Chương trình công tác, báo cáo công tác tuần, tháng, quý, năm của các
# cơ quan lãnh đạo Đảng" (not "thực hiện Chương trình MTQG, báo cáo Quốc hội").
DOCUMENT_KIND_BEFORE = re.compile(
    r"(?:^|[.;:]\s+|\d\.\s+)(?:Chương\s+trình|Kế\s+hoạch|Thông\s+báo|Hướng\s+dẫn|Công\s+văn|Tờ\s+trình)(?:\s+công\s+tác)?\s*,\s*$"
)
# Papers that open a list's item, "báo cáo" listed after them: "b) Văn bản về chủ trương, báo cáo, xin ý kiến, nhận xét, …
# về việc bầu, bổ nhiệm …", "b) Kết quả kiểm tra, báo cáo về tổ chức, hoạt động của các hội, quỹ xã hội …" (a Quyết định
# listing state secrets): kinds of paper, nothing asked of anyone (``_is_duty``; not when the report is sent or dated).
PAPERS_LISTED_BEFORE = re.compile(
    r"(?:^|[.;:]\s+|(?:^|\s)(?:\d{1,2}\.|[a-zđ]\)|[-–+•])\s+)"
    r"(?:Văn\s+bản|Tài\s+liệu|Hồ\s+sơ|Kết\s+quả\s+(?:kiểm\s+tra|thanh\s+tra)|Thông\s+tin)(?:\s+[^\s,.;:]+){0,4}\s*,\s*$"
)
# A kind of report by its content, opening a list's item: "a) Báo cáo có nội dung phản ánh, đánh giá về hoạt động lợi dụng
# đối thoại dân chủ, nhân quyền …" (the same Quyết định) (``_is_duty``).
CONTENT_KIND_AFTER = re.compile(r"\s+có\s+(?:nội\s+dung|thông\s+tin)(?![\wđ])")
# Papers named beside "báo cáo" right after it: "Báo cáo, văn bản về …", "Báo cáo, tài liệu, hồ sơ …" (``_is_duty``).
PAPERS_AFTER = re.compile(r"\s*,\s*(?:văn\s+bản|tài\s+liệu|hồ\s+sơ|sổ\s+sách)(?![\wđ])")
# The opening of a list's item right before the verb: "3. ", "b) ", "- ", or the body's start.
ITEM_OPEN_BEFORE = re.compile(r"(?:^|(?:^|\s)(?:\d{1,2}\.|[a-zđ]\)|[-–+•])[\s*_]*)$")
# A recipient's purpose in brackets: "(để báo cáo)" (``_is_duty``).
RECIPIENT_MARK_BEFORE = re.compile(r"\([\s*_]*(?:để[\s*_]+)?$")
# An article's mark right before the verb: the verb opens its title (``_is_duty``).
ARTICLE_MARK_BEFORE = re.compile(r"(?<![\wđ])Điều\s+\d+[a-zđ]?\s*[.:][\s*_]*$")
# An article's title in bold up to the verb (``_is_duty``, the bold closing right after the verb).
ARTICLE_TITLE_BEFORE = re.compile(r"\*\*[\s*_]*Điều\s+\d+[a-zđ]?\s*[.:][^.;:*]{0,80}$")
_ARTICLE_TITLE_BACK = 100


def _is_duty(flat: str, lo: int, m: re.Match) -> bool:
    """Whether the "báo cáo" at ``m`` is a duty, not part of a noun ("Đề cương báo cáo", "báo cáo viên"),
    a count ("đồng/1 báo cáo"), a priced product ("Chi xây dựng báo cáo kết quả …: 5.000.000 đồng/1"),
    a noun of a list ("trong tuyên truyền, quản lý, báo cáo, thống kê") or a label ("Thời gian báo
    cáo kết quả:")."""
    before = flat[max(lo, m.start() - 30) : m.start()]
    after = flat[m.end() : m.end() + 40]
    if (
        NOT_DUTY_BEFORE.search(before) and not PERIODIC_BEFORE.search(before) and not _regime_addressed(flat, lo, m)
        and not _regime_periodic(flat, lo, m)
        and not ("tác" in before and TEAM_BEFORE.search(before))
        and not (FORM_BEFORE.search(before) and FORM_SENT_AFTER.match(after))
        and not SENT_PLURAL_BEFORE.search(before)
    ):
        return False
    if ("của" in before or "kề" in before) and PERIOD_OF_REPORT_BEFORE.search(before):
        return False  # "của năm báo cáo", "của tháng báo cáo": the period a report covers
    if "với" in before and KIND_NAMED_BEFORE.search(before):
        return False  # "Chậm nhất ngày 15 của tháng báo cáo đối với báo cáo định kỳ hằng tháng": the kind a rule dates
    if PUBLISH_BEFORE.search(before):
        return False
    if "công tác" in before and WORK_FIELD_BEFORE.search(before) and CLAUSE_STOP_AFTER.match(after):
        return False  # "Tăng cường ứng dụng công nghệ thông tin trong công tác thống kê, báo cáo.": a field of work named
    if "để" in before and FINISHED_FOR_BEFORE.search(before) and not _addressed_or_dated(flat, m.end()):
        # The report as what others' comments serve to finish: "Các thành viên Ban Chỉ đạo có trách nhiệm góp ý bằng văn bản
        # … về Văn phòng Ban Chỉ đạo để hoàn thiện báo cáo trước khi tổ chức họp tối thiểu 03 ngày làm việc" (a Quy chế of
        # Ban Chỉ đạo nhà nước về du lịch); "… để hoàn thiện báo cáo, gửi Bộ Tài chính trước ngày …" is a duty.
        return False
    if before.endswith(", ") and (DOCUMENT_KIND_AFTER.match(after) or DOCUMENT_KIND_BEFORE.search(before)):
        # A kind of document or work in a list: "Nghị quyết, chỉ thị, kết luận, thông báo, hướng dẫn, báo cáo, kế hoạch, công
        # văn,... của các cơ quan đảng" (a Quy định of Ban Chấp hành Trung ương Đảng), "phục vụ công tác điều hành, báo cáo, dự
        # báo cho công tác tham mưu".
        return False
    if before.endswith(", ") and PAPERS_LISTED_BEFORE.search(before) and not _addressed_or_dated(flat, m.end()):
        return False  # "b) Văn bản về chủ trương, báo cáo, xin ý kiến, …": a kind of paper in a list
    if (
        "có" in after[:4] and CONTENT_KIND_AFTER.match(after) and ITEM_OPEN_BEFORE.search(before)
        and not _addressed_or_dated(flat, m.end())
    ):
        return False  # "a) Báo cáo có nội dung phản ánh, đánh giá về …": a kind of report in a list
    if "," in after[:3] and PAPERS_AFTER.match(after) and ITEM_OPEN_BEFORE.search(before):
        # Reports as a kind of paper, opening a list's item: "3. Báo cáo, văn bản về tổ chức và hoạt động phức tạp của người lao
        # động …", "b) Báo cáo, văn bản có nội dung phản ánh …" (a Quyết định listing state secrets): nothing is asked of anyone.
        return False
    if after[:1] == ")" and RECIPIENT_MARK_BEFORE.search(before):
        return False  # "- Ban Bí thư (để báo cáo)," in a Nơi nhận the outline did not read ("__Nơi nhận__:")
    if "Điều" in before and ARTICLE_MARK_BEFORE.search(before):
        return False  # "**Điều 17. Báo cáo định kỳ**": an article's title, which the outline did not read as one
    if after.startswith("**") and ARTICLE_TITLE_BEFORE.search(flat, max(lo, m.start() - _ARTICLE_TITLE_BACK), m.start()):
        return False  # "**Điều 5. Chế độ làm việc, thông tin và báo cáo**": the title's last word, the bold closing it
    if (
        after[:1] in _CLAUSE_STOPS and "trách" in flat[max(lo, m.start() - _ANSWERABLE_BACK) : m.start()]
        and ANSWERABLE_FOR_BEFORE.search(flat, max(lo, m.start() - _ANSWERABLE_BACK), m.start()) is not None
    ):
        return False  # "chịu trách nhiệm toàn diện về nội dung, dự thảo Luật và các vấn đề xuất, báo cáo;": what one answers for
    if (
        "(" in before and BRACKETED_KIND_BEFORE.search(before)
        and KIND_IN_BRACKETS.match(flat, m.start() - len(before) + before.rfind("(")) is not None
    ):
        return False  # "trước ngày 30/6/2025 (đối với báo cáo 6 tháng)": the kind a date is for
    if _in_product_label(flat, lo, m.start()) and REGIME_ADDRESSEE.match(flat, m.end()) is None:
        # Not a product sent somewhere: "- Sản phẩm: Báo cáo sơ kết gửi UBND tỉnh, Bộ Tư pháp." / "- Thời gian hoàn thành:
        # trước ngày 20/6/2024." (a Sở Tư pháp's Kế hoạch) is a duty.
        return False
    if "được" in after and DESCRIBED_AFTER.match(after):
        return False  # "Báo cáo được thể hiện dưới hình thức văn bản giấy": what a report is, not a duty
    if NOUN_PREDICATE_AFTER.match(after):
        return False  # "Thủ trưởng đơn vị báo cáo chịu trách nhiệm về …", "Kết quả báo cáo là căn cứ …": a noun
    if (
        flat.startswith("B", m.start()) and "phải" in after and QUALITY_AFTER.match(after)
        and (not before.strip(" *_") or SENTENCE_BEFORE.search(before))
    ):
        return False  # "Báo cáo phải phản ánh đầy đủ, trung thực …": what a report must be
    if ("việc" in before or "Việc" in before) and TASK_NOUN_BEFORE.search(before) and not _addressed_or_dated(flat, m.end()):
        return False  # "Việc báo cáo phải đảm bảo đúng thời gian quy định": the reporting, named
    if PERIOD_NOUN_BEFORE.search(before) and CLAUSE_STOP_AFTER.match(after):
        return False  # "đến ngày 14/12 năm báo cáo.": the reporting year, a noun
    if ("không" in before or "chưa" in before or "chậm" in before) and NEGATED_BEFORE.search(before):
        return False  # "không phải thực hiện việc báo cáo Thủ tướng Chính phủ": a report no longer asked for
    if NOT_DUTY_COUNT.search(before) or NOT_DUTY_AFTER.match(after):
        return False
    back = max(lo, m.start() - 60)
    window = flat[back : m.start()]
    if ("trong" in window or "phục vụ" in window) and NOUN_LIST_BEFORE.search(flat, back, m.start()):
        return False
    if "đồng" in flat[m.end() : m.end() + _PRICE_AHEAD] and PRICED.match(flat, m.end(), m.end() + _PRICE_AHEAD):
        return False
    if "được" in after and STORED_AFTER.match(flat, m.end(), m.end() + 80):
        return False
    if "trách" in window and IN_CHARGE_BEFORE.search(flat, back, m.start()):
        return False
    if "nghe" in flat[max(lo, m.start() - _HEARD_BACK) : m.start()] and HEARD_BEFORE.search(
        flat, max(lo, m.start() - _HEARD_BACK), m.start()
    ):
        return False
    if "của" in after and SOURCE_AFTER.match(after) and SOURCE_BEFORE.search(flat, max(lo, m.start() - 120), m.start()):
        return False  # "Trên cơ sở hướng dẫn của các Bộ … và báo cáo của các cơ quan, đơn vị, Sở … chủ trì"
    if "đo" in before and MEASURED_BEFORE.search(before) and VERIFIED_AFTER.match(after):
        return False  # "Thiết lập hệ thống đo đạc, báo cáo, thẩm định (MRV) cấp ngành": a process named, not a duty
    if (
        ("xét" in before or "nhận" in before or "định" in before or "duyệt" in before or "chuẩn" in before or "được" in before)
        and WEIGHED_BEFORE.search(before) and not WEIGHED_ADDRESSEE.match(after)
    ):
        return False  # "Văn phòng UBND tỉnh xem xét báo cáo của các đơn vị": the report read, not made
    if (
        "của" in after and _finding_ahead(flat, m.end())
        and REPORT_FINDS.match(flat, m.end(), m.end() + _REPORT_FINDS_AHEAD)
    ):
        return False  # "Báo cáo của Sở Y tế cho thấy tỷ lệ tiêm chủng đạt 95%": the report as the subject of a finding
    if after.lstrip(" *_").startswith(":"):
        if "gửi" in before and SENT_BEFORE.search(before) and KIND_LINE.match(flat, flat.find(":", m.end()) + 1):
            return True  # "Thời hạn các cơ quan, đơn vị gửi báo cáo:" / "a) Chậm nhất ngày 15 tháng 4 đối với báo cáo quý I;"
        return False  # a label heading: "**2.3. Báo cáo: **Chế độ báo cáo gồm báo cáo định kỳ, …" (corpus 030)
    if PERIOD_LABEL_AFTER.match(after):
        return True  # "- Báo cáo năm: trước ngày 15/12 hằng năm." (a schedule's line, a duty)
    if (
        ":" in after and (label := LABEL_AFTER.match(after)) is not None and BULLET_OPENS_BEFORE.search(before)
        and (subject := SUBJECT_AFTER_LABEL.match(after, label.end())) is not None
        and REPORT_WORD.search(flat, m.end() + subject.end(), m.end() + subject.end() + _LABEL_SUBJECT_REACH) is not None
    ):
        # A bullet's label naming the report its sentence asks for: "- Báo cáo tháng: Sở Tài chính tổng hợp báo cáo tình hình
        # … trước ngày 10 hàng tháng." (a Công văn of UBND TP Hà Nội): the sentence's verb is the duty, not the label.
        return False
    return not (LABEL_AFTER.match(after) and not REPORT_WORD.search(after))


# Reports named by their kind, never a duty unless sent somewhere or dated: a congress's "Báo cáo chính trị", "Báo cáo kiểm
# điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành …" (a Nghị quyết of a party congress), a council committee's "báo cáo thẩm
# tra của các Ban Hội đồng nhân dân tỉnh" (a Nghị quyết of HĐND tỉnh), "thống nhất với nội dung dự thảo Đề án và báo cáo
# giải trình của Ban cán sự đảng UBND tỉnh" (a Thông báo of a Tỉnh ủy); "các chi bộ gửi Báo cáo kiểm điểm về Đảng ủy trước
# ngày 15/12" is a duty.
# A report titled by the years it reviews, a document to be drafted: "Báo cáo đánh giá 5 năm thực hiện Nghị quyết số
# 19-NQ/TW", "Báo cáo tổng kết 10 năm thực hiện Luật Ngân sách được trình Quốc hội", "Báo cáo sơ kết 03 năm".
# The settlement of accounts, named with no addressee or date: "hướng dẫn các đơn vị lập báo cáo quyết toán theo quy định"
# (a Kế hoạch of UBND huyện); "lập báo cáo quyết toán ngân sách năm 2025 …, gửi về Sở Tài chính trước 16h ngày 5/3/2026" (a
# Công văn of a Sở Tài chính) is a duty.
NAMED_REPORT_AFTER = re.compile(
    r"[\s*_]+(?:chính\s+trị|kiểm\s+điểm|thẩm\s+tra|(?:tiếp\s+thu\s*,?\s*)?giải\s+trình|tiếp\s+thu|quyết\s+toán|(?:đánh\s+giá|sơ\s+kết|tổng\s+kết)\s+\d{1,2}\s+năm)(?![\wđ])",
    re.IGNORECASE,
)
# A lower-case word right before a capitalised "Báo cáo": the report named as a document inside a sentence, the object
# of another verb: "Đại hội thông qua Báo cáo tổng hợp ý kiến đóng góp …", "(Có dự thảo Nghị quyết và Báo cáo tổng hợp ý
# kiến góp ý kèm theo)" (a Tờ trình), "cho ý kiến vào dự thảo Báo cáo chính trị trình Đại hội" (a Kết luận).
WORD_BEFORE_TITLE = re.compile(rf"(?<![\wđ])[{LOWER_LETTERS}]+[\s*_]*$")
# A verb that sends or makes the report so named, which is then a duty: "gửi Báo cáo chính trị và Báo cáo kiểm điểm về Ban
# Thường vụ Huyện ủy trước ngày 10/6" (the addressee said once, after the second), "Chỉ đạo Công an tỉnh … thực hiện Báo
# cáo kết quả thanh tra tại Kỳ họp thứ Sáu, HĐND tỉnh" (corpus 077).
SENT_BEFORE = re.compile(r"(?<![\wđ])(?:gửi|nộp|trình|thực\s+hiện)[\s*_]*$", re.IGNORECASE)


def _names_document(flat: str, lo: int, m: re.Match) -> bool:
    """Whether the "báo cáo" at ``m``, with no addressee, date or period, names a document rather than a duty: a report
    named by its kind (NAMED_REPORT_AFTER), or "Báo cáo" capitalised after a lower-case word of its sentence (WORD_BEFORE_TITLE).
    A report so named that is sent somewhere or dated stays a duty ("gửi Báo cáo kết quả … về Sở GDĐT trước ngày …")."""
    back = max(lo, m.start() - 20)
    if SENT_BEFORE.search(flat, back, m.start()):
        return False
    if NAMED_REPORT_AFTER.match(flat, m.end()):
        return True
    return flat.startswith("B", m.start()) and WORD_BEFORE_TITLE.search(flat, back, m.start()) is not None


# A report named by its author, opening its item or its sentence ("Báo cáo" capitalised, "của" and a name right after it): a
# document, when it names no addressee, date or period: "- Báo cáo của Ban Chấp hành Trung ương Đảng khóa XIII về tổng kết
# công tác xây dựng Đảng và thi hành Điều lệ Đảng." (a list of a congress's documents). Not "Báo cáo của các đơn vị gửi về Sở
# Nội vụ trước ngày 15/12" (sent, dated), nor "tổng hợp xây dựng dự thảo báo cáo của UBND huyện về kết quả thực hiện Kế
# hoạch này" (seed 002: a duty inside a sentence, in lower case).
OWNED_TITLE_AFTER = re.compile(rf"[\s*_]+của[\s*_]+[{UPPER_LETTERS}]")


def _owned_title(flat: str, doc: Outline, lo: int, m: re.Match) -> bool:
    """Whether "Báo cáo của X …" at ``m`` opens its item or sentence (OWNED_TITLE_AFTER): a document named by its author."""
    if not flat.startswith("B", m.start()) or OWNED_TITLE_AFTER.match(flat, m.end()) is None:
        return False
    if m.start() == lo or SENTENCE_BEFORE.search(flat, max(lo, m.start() - 8), m.start()):
        return True
    node = _innermost(doc, m.start())
    return node is not None and not flat[node.body_start : m.start()].strip(" *_")


# A conference that briefs its audience, named right before the verb: "- Định kỳ hằng quý tổ chức hội nghị báo cáo tình hình
# thời sự trong nước và quốc tế cho cán bộ chủ chốt." (a Huyện ủy's Kế hoạch): no report sent to anyone (when none is named
# nor dated; "Sau hội nghị báo cáo kết quả về UBND tỉnh trước ngày …" is a duty).
BRIEFING_BEFORE = re.compile(r"(?<![\wđ])(?<!sau )(?<!Sau )[Hh]ội\s+nghị[\s*_]*$")
# "báo cáo rõ" (explain), before a purpose, with no addressee: "… trừ trường hợp đặc biệt cần báo cáo rõ để hội nghị hiệp
# thương xem xét, quyết định." (a Mặt trận's election plan: a case explained to the meeting, no report sent).
EXPLAINED_AFTER = re.compile(r"[\s*_]+rõ(?![\wđ])")


# An office that conveys its head's conclusions ("Văn phòng Chính phủ", "Văn phòng UBND tỉnh"), and the bodies outside it
# that such a notice directs: "Bộ Tài chính chủ trì, … theo dõi, đôn đốc, tổng hợp, báo cáo Thủ tướng Chính phủ" in a
# Thông báo of the Văn phòng Chính phủ is the ministry's report, not the office's.
OFFICE_ISSUER = "Văn phòng "
OUTSIDE_OFFICE_HEADS: tuple[str, ...] = ("Bộ ", "Sở ", "Ủy ban ", "Ban ", "Cục ", "Tổng cục ", "Công an ", "Các bộ")


def _outside_office(sender: str | None, issuer: str) -> bool:
    """Whether a compiling sender named in the text is a body outside the issuing office (it keeps its report)."""
    return bool(sender) and issuer.startswith(OFFICE_ISSUER) and sender.startswith(OUTSIDE_OFFICE_HEADS)  # type: ignore[union-attr]


# A board's standing agency, named by that role: "Cơ quan thường trực Ban Chỉ đạo tổng hợp, báo cáo Ban Chỉ đạo tỉnh và Bộ
# Y tế" (a Sở Y tế's plan).
# Its standing office too: "5. Văn phòng Thường trực Ban Chỉ đạo 389 quốc gia tăng cường kiểm tra, đôn đốc …; kịp thời tổng
# hợp, báo cáo những vụ việc buôn lậu …" (CV 11554/VPCP-V.I: not the Văn phòng Chính phủ's report).
# Its helping group or sub-committee too: "**2. Tiểu ban giúp việc Ban Chỉ đạo 934**" / "… Đối với các vấn đề phức tạp, vượt
# thẩm quyền, phải kịp thời tổng hợp, báo cáo và đề xuất, trình cấp có thẩm quyền" (CV 6225/BVHTTDL-VP: the sub-committee's
# report, not the Bộ's).
BOARDS_AGENCY = re.compile(
    r"(?:(?:[Cc]ơ\s+quan|[Đđ]ơn\s+vị|Văn\s+phòng)\s+[Tt]hường\s+trực|(?:[Tt]ổ|[Tt]iểu\s+ban)\s+giúp\s+việc)\s+(?:của\s+)?"
    r"(?P<board>Ban\s+Chỉ\s+đạo|Hội\s+đồng|Ban\s+Tổ\s+chức)"
)


def _boards_agency(sender: str | None, issuer: str) -> bool:
    """Whether a compiling sender is a board's standing agency and the issuer is not that kind of board (the agency keeps
    its report, named as the text names it: it is no staff unit of the Sở whose plan names it)."""
    bm = BOARDS_AGENCY.match(sender or "")
    return bm is not None and not issuer.startswith(_SPACES.sub(" ", bm.group("board")))


# The national motto of a document's header, in no body's name.
NATIONAL_MOTTO = re.compile(r"CỘNG\s+HÒA\s+XÃ\s+HỘI|Độc\s+lập\s*-\s*Tự\s+do", re.IGNORECASE)
# A ministry named in full ("Bộ Lao động - Thương binh và Xã hội"), no one's staff unit but the Chính phủ's member. Not a
# province's military command ("Bộ Chỉ huy Quân sự tỉnh", "Bộ Tư lệnh …").
MINISTRY = re.compile(rf"Bộ\s+(?!Chỉ\s+huy|Tư\s+lệnh)[{UPPER_LETTERS}]")


def _ministry_sender(sender: str | None, issuer: str) -> bool:
    """Whether a compiling sender is a ministry other than the issuer, which keeps its report: "Các bộ, ngành và UBND các
    tỉnh báo cáo kết quả về Bộ Lao động - Thương binh và Xã hội; Bộ Lao động - Thương binh và Xã hội tổng hợp, báo cáo Thủ
    tướng Chính phủ" quoted in a plan of UBND tỉnh is the ministry's report, not the province's."""
    return bool(sender) and MINISTRY.match(sender) is not None and not _same_body(sender, issuer)  # type: ignore[arg-type]


# A regime carried out with its period, a duty with no addressee: "Thực hiện chế độ thông tin, báo cáo theo định kỳ của
# Chương trình MTQG." (corpus 032, a Kế hoạch of UBND tỉnh Đồng Nai), "15. Thực hiện chế độ thông tin, báo cáo định kỳ và đột
# xuất về tình hình thực hiện nhiệm vụ được giao theo quy định hiện hành." (the duties of a Sở's unit). Not the regime as a
# noun ("Chế độ báo cáo gồm báo cáo định kỳ, …", "quy định chế độ thông tin, báo cáo"), nor one kept in a manner only
# ("thực hiện chế độ báo cáo đầy đủ và kịp thời theo quy định": a quality asked for).
REGIME_CARRIED_BEFORE = re.compile(
    r"(?<![\wđ])(?:thực\s+hiện|chấp\s+hành|duy\s+trì)(?:\s+(?:nghiêm(?:\s+túc)?|tốt|đầy\s+đủ|đúng))?\s+chế\s+độ"
    r"(?:\s+thông\s+tin\s*,?)?[\s*_]*$",
    re.IGNORECASE,
)
REGIME_PERIOD_AFTER = re.compile(
    r"[\s*_]+(?:theo\s+)?(?:định\s+kỳ|đột\s+xuất|(?:hằng|hàng)\s+(?:tuần|tháng|quý|năm))(?![\wđ])", re.IGNORECASE
)
# Or with the instrument that sets it, named by its kind in capitals (not "theo quy định", a manner): "Nghiêm túc thực hiện
# chế độ báo cáo theo Quy chế đã ban hành tại Quyết định số 3123/QĐ-BVHTTDL …" (CV 6225/BVHTTDL-VP).
REGIME_INSTRUMENT_AFTER = re.compile(
    r"[\s*_]+theo\s+(?:Quy\s+chế|Quy\s+định|Quyết\s+định|Thông\s+tư|Nghị\s+định|Hướng\s+dẫn|Kế\s+hoạch)(?![\wđ])"
)


def _regime_periodic(flat: str, lo: int, m: re.Match) -> bool:
    """Whether "thực hiện chế độ báo cáo" at ``m`` gives its period (REGIME_PERIOD_AFTER) or the instrument that sets it
    (REGIME_INSTRUMENT_AFTER): then it is a duty."""
    return (
        (REGIME_PERIOD_AFTER.match(flat, m.end()) is not None or REGIME_INSTRUMENT_AFTER.match(flat, m.end()) is not None)
        and REGIME_CARRIED_BEFORE.search(flat, max(lo, m.start() - _REGIME_BACK), m.start()) is not None
    )


def _regime_addressed(flat: str, lo: int, m: re.Match) -> bool:
    """Whether "chế độ báo cáo" (or "thực hiện công tác thông tin báo cáo") at ``m`` names its addressee
    (REGIME_ADDRESSEE): then it is a duty."""
    return (
        REGIME_BEFORE.search(flat, max(lo, m.start() - _REGIME_BACK), m.start()) is not None
        and REGIME_ADDRESSEE.match(flat, m.end()) is not None
    )


def _in_product_label(flat: str, lo: int, at: int) -> bool:
    """Whether ``at`` lies in a clause opened by a product label ("- Kết quả: …", PRODUCT_LABEL_AT)."""
    back = max(lo, at - _PRODUCT_BACK)
    if flat.find("quả", back, at) < 0 and flat.find("phẩm", back, at) < 0:
        return False
    k = back
    for c in PRODUCT_CLAUSE_START.finditer(flat, back, at):
        k = c.end()
    return PRODUCT_LABEL_AT.match(flat, k, at) is not None


def _duty_verbs(flat: str, lo: int, verbs: list[re.Match]) -> list[tuple[re.Match, bool]]:
    """Each verb with whether it is a duty (``_is_duty``), without those that only add "on demand" to
    the duty before them in the same clause (ON_DEMAND_BEFORE / ON_DEMAND_AFTER): "… hoặc khi có yêu
    cầu báo cáo đột xuất" is not a new duty, and the clause of the duty before goes on past it (to its
    "về Sở …"). A report listed after a document named by its kind is one too (NOUN_LIST): "lập báo cáo
    tài chính nhà nước, báo cáo thực hành tiết kiệm, chống lãng phí" (corpus 047)."""
    kept: list[tuple[re.Match, bool]] = []
    prev: re.Match | None = None  # the last duty verb, kept or dropped
    last: tuple[re.Match, bool] | None = None  # the last verb read
    for k, m in enumerate(verbs):
        duty = _is_duty(flat, lo, m)
        if duty and _drafted_then_sent(flat, lo, m, verbs[k + 1 :]):
            duty = False
        if (
            duty and last is not None and not last[1]
            and NOUN_LIST.search(flat, max(last[0].end(), m.start() - 60), m.start())
            and len(flat[last[0].end() : m.start()].split()) <= _NOUN_LIST_WORDS
        ):
            duty = False
        last = (m, duty)
        if duty and prev is not None and _repeats_on_demand(flat, prev, m):
            prev = m
            continue
        if duty:
            prev = m
        kept.append((m, duty))
    for k in range(len(kept) - 1):
        (a, a_duty), (b, b_duty) = kept[k], kept[k + 1]
        if a_duty and b_duty and _compiled_then_reported(flat, lo, a, b):
            kept[k] = (a, False)
    return kept


# The reports compiled, the object of "tổng hợp", before the verb that sends them in the same clause: "Giao Sở Nội vụ chủ
# trì, tổng hợp báo cáo kết quả thực hiện, báo cáo Bộ Nội vụ và UBND tỉnh theo quy định" (one duty, the second verb's).
COMPILED_BEFORE = re.compile(r"(?<![\wđ])tổng\s+hợp[\s*_]*$", re.IGNORECASE)
# What lies between the two verbs: the reports' subject, then a comma (no clause end, no other verb's "và").
COMPILED_GAP = re.compile(r"[^.;:()]{0,80}?,[\s*_]*")
# The second verb's addressee, capitalised right after it.
_CAPITAL_AFTER = re.compile(rf"[\s*_]+[{UPPER_LETTERS}]")


def _compiled_then_reported(flat: str, lo: int, a: re.Match, b: re.Match) -> bool:
    """Whether the verb ``a`` names the reports that "tổng hợp" compiles and ``b``, after a comma in the same clause,
    reports them to a body named right after it (COMPILED_BEFORE, COMPILED_GAP, _CAPITAL_AFTER)."""
    return (
        COMPILED_BEFORE.search(flat, max(lo, a.start() - 12), a.start()) is not None
        and COMPILED_GAP.fullmatch(flat, a.end(), b.start()) is not None
        and _CAPITAL_AFTER.match(flat, b.end()) is not None
    )


# A purpose right before a later verb of the sentence: the report drafted is sent there (``_drafted_then_sent``).
# A report named by its owner is so sent too: "g. Các ông bà Phó Chủ tịch MTTQ xã có trách nhiệm … tham mưu báo cáo của Ban
# Thường trực Ủy ban MTTQ Việt Nam xã để báo cáo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh …" (corpus 055): one duty.
OWNED_REPORT = re.compile(r"[\s*_]+của[\s*_]")
PURPOSE_RIGHT_BEFORE = re.compile(r"(?<![\wđ])để[\s*_]+$")
_DRAFT_AHEAD = 160


def _drafted_then_sent(flat: str, lo: int, m: re.Match, later: list[re.Match]) -> bool:
    """Whether the verb at ``m`` names a report drafted ("xây dựng báo cáo …", DRAFTED_BEFORE) that a later verb of the
    same sentence, in a purpose clause, sends: "+ Sở Nông nghiệp và Môi trường tổng hợp chung các mẫu biểu …; xây dựng báo
    cáo giám sát, báo cáo đánh giá để báo cáo Bộ Nông nghiệp và Môi trường và Ủy ban nhân dân thành phố." (corpus 011): one
    duty, the last verb's."""
    if not DRAFTED_BEFORE.search(flat, max(lo, m.start() - 16), m.start()) and not OWNED_REPORT.match(flat, m.end()):
        return False
    for v in later:
        if v.start() - m.end() > _DRAFT_AHEAD or SENTENCE_BREAK.search(flat, m.end(), v.start()):
            return False
        if PURPOSE_RIGHT_BEFORE.search(flat, max(lo, v.start() - 8), v.start()):
            return True
    return False


def _repeats_on_demand(flat: str, prev: re.Match, m: re.Match) -> bool:
    if CLAUSE_END_IN_TABLE.search(flat, prev.end(), m.start()):  # a short span: the full form costs little
        return False
    before = flat[max(prev.end(), m.start() - 40) : m.start()]
    if not ON_DEMAND_BEFORE.search(before):
        return False
    return bool(ON_DEMAND_SAID.search(before) or ON_DEMAND_AFTER.match(flat, m.end(), min(len(flat), m.end() + 60)))


# The kind of report a date is for, in brackets after it: " (đối với báo cáo 6 tháng)", " (báo cáo năm)", "(*đối với báo cáo
# định kỳ hằng quý*)" (``_schedules``); "báo cáo" there names the kind, no duty (BRACKETED_KIND_BEFORE).
KIND_IN_BRACKETS = re.compile(
    r"[\s*_]*\([\s*_]*(?:(?:đối\s+với|với|cho)[\s*_]+)?báo\s+cáo\s+(?:định\s+kỳ\s+)?(?P<period>(?:hằng|hàng)\s+(?:năm|quý|tháng)"
    r"|(?:0?[1-9]|1[0-2]|sáu)\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|năm|quý|tháng)(?![\wđ])[^()]{0,30}\)",
    re.IGNORECASE,
)
BRACKETED_KIND_BEFORE = re.compile(r"\([\s*_]*(?:(?:đối\s+với|với|cho)[\s*_]+)?$", re.IGNORECASE)


class _Schedule(NamedTuple):
    """One item of a schedule list: where its period starts, the recurrence, the deadline."""

    start: int
    recurrence: str
    deadline: Deadline


def _schedules(flat: str, lo: int, hi: int) -> list[_Schedule]:
    """The items of a schedule list in flat[lo:hi], when every deadline there follows its own
    period (SCHEDULE_PERIOD) and there are two or more; else []. "hàng tháng (*trước ngày 16 hàng
    tháng*), 6 tháng (*trước ngày 16/6*), tổng kết năm (*trước ngày 20/11 hàng năm*)" -> 'hằng tháng
    (trước ngày 16)', '6 tháng (trước ngày 16/6)', 'hằng năm (trước ngày 20/11)'."""
    out: list[_Schedule] = []
    pos = lo
    while True:
        dl = find_deadline(flat, pos, hi)
        if dl is None:
            break
        pm = SCHEDULE_PERIOD.search(flat, max(pos, dl.flat_start - 40), dl.flat_start)
        if pm is None:
            # The period named after its date, in brackets: "trước ngày 30/6/2025 (đối với báo cáo 6 tháng) và trước ngày
            # 15/12/2025 (đối với báo cáo năm)".
            pm = KIND_IN_BRACKETS.match(flat, dl.flat_end, hi)
            if pm is None:
                return []
            start = dl.flat_start
        else:
            start = pm.start()
        base = _norm_period(pm.group("period"))
        for tail in (" đầu năm", " cuối năm"):
            base = base.removesuffix(tail)
        if base in ("năm", "cả năm", "tổng kết năm"):
            base = "hằng năm"
        elif base == "quý":
            base = "hằng quý"
        recurrence = f"{base} (trước ngày {dl.day_month})" if dl.day_month else base
        out.append(_Schedule(start, recurrence, dl))
        pos = dl.flat_end
    return out if len(out) >= 2 else []


def _paired(
    flat: str, dl: Deadline | None, recurrence: str | None, hi: int, listed: str | None = None
) -> list[_Schedule]:
    """The two duties of a two-period list whose dates follow in the same order: "Định kỳ 6 tháng, năm
    báo cáo kết quả … trước ngày 15/6 và 15/12 hằng năm" -> '6 tháng (trước ngày 15/6)', 'hằng năm
    (trước ngày 15/12)'; else []. ``listed``: the period of a report listed just before, which the dates are shared
    with (``_listed_period``): "Báo cáo sơ kết 6 tháng, báo cáo năm … trước ngày 15/6 và 15/12 hằng năm"."""
    if dl is None or not recurrence:
        return []
    pm = PAIRED_DATE.match(flat, dl.flat_end, hi)
    if pm is None or not _valid_day(int(pm.group("d")), int(pm.group("m"))):
        return []
    periods = _PERIOD_SEPARATOR.split(recurrence.split(" (", 1)[0].removeprefix(_BARE_PERIODIC).strip())
    if len(periods) == 1 and listed and periods[0] in _ANNUAL_PERIODS:
        periods = [listed, periods[0]]
    elif len(periods) == 1 and periods[0]:
        # One period, two dates: "định kỳ … báo cáo UBND tỉnh trước ngày 05/6 và 05/12 hàng năm" (a Công
        # văn of UBND tỉnh Quảng Ngãi) -> 'hằng năm (trước ngày 5/6)', 'hằng năm (trước ngày 5/12)'.
        periods = periods * 2
    if len(periods) != 2:
        return []
    d2, m2, y2 = int(pm.group("d")), int(pm.group("m")), pm.group("y")
    second = Deadline(
        iso=f"{int(y2):04d}-{m2:02d}-{d2:02d}" if y2 else None, day_month=None if y2 else f"{d2}/{m2}",
        flat_start=pm.start(), flat_end=pm.end(),
    )
    out = []
    for period, date in zip(periods, (dl, second)):
        base = "hằng năm" if period in ("năm", "cả năm", "một năm") else period
        out.append(_Schedule(date.flat_start, f"{base} (trước ngày {date.day_month})" if date.day_month else base, date))
    return out


# What lies between a report listed with its period and the next report of the list: ", " of "Báo cáo sơ kết 6 tháng,
# báo cáo năm …", " và " of "báo cáo 6 tháng và báo cáo năm …" (a comma or "và" and nothing else).
LISTED_REPORT_JOIN = re.compile(r"[\s*_]*(?:,|(?<![\wđ])và|,\s*và)[\s*_]*$")
# The period of a report listed before an annual one, the two sharing two dates: "6 tháng" (a half-year and a year are
# the two periods the two dates "15/6 và 15/12" are written for; not a quarter, whose four dates are not two).
LISTED_PERIOD = re.compile(r"(?:0?6|sáu)\s+tháng")
_ANNUAL_PERIODS = ("năm", "cả năm", "một năm", "hằng năm")


def _listed_period(flat: str, prev: _Duty | None, verb: int) -> _Duty | None:
    """The duty right before the verb when it is a report of one list with it, with a period and no date of its own:
    "Báo cáo sơ kết 6 tháng, báo cáo năm gửi về Sở Nội vụ trước ngày 15/6 và 15/12 hằng năm" -> the 6-month report, at
    "báo cáo năm"; else None."""
    if prev is None or prev.deadline is not None or prev.recurrence is None or prev.seg_end > verb:
        return None
    if LISTED_PERIOD.fullmatch(prev.recurrence) is None:
        return None
    # The listed report runs from its verb to the comma (or "và") before this verb, with no clause end between: "sơ kết
    # 6 tháng, " of "Báo cáo sơ kết 6 tháng, báo cáo năm".
    between = flat[prev.verb_end : verb]
    join = LISTED_REPORT_JOIN.search(between)
    if join is None or any(c in between for c in ".;:()") or len(between.split()) > _LISTED_REPORT_WORDS:
        return None
    return prev


# The most words a report listed before another may hold after its verb: "sơ kết 6 tháng" (3), "tổng kết công tác 6
# tháng đầu năm" (6).
_LISTED_REPORT_WORDS = 8


# A time limit said before the verb, its full day after the addressee: "e. Báo cáo tổng kết công tác Mặt trận tham gia cuộc bầu
# cử …. Thời gian chậm nhất gửi báo cáo về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ngày 23/3/2026." (corpus 055),
# "Thời hạn gửi báo cáo về Sở Nội vụ ngày 15/12/2025".
LIMIT_CUE_BEFORE = re.compile(r"(?<![\wđ])(?:chậm\s+nhất|thời\s+hạn|hạn\s+chót|muộn\s+nhất)(?![\wđ])[^.;:]{0,20}$", re.IGNORECASE)
CUED_DAY = re.compile(r"(?<![\wđ])ngày[\s*_]+\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}(?![\d/])")


def _cued_day(flat: str, lo: int, m: re.Match, seg_end: int) -> Deadline | None:
    """The full day after the verb that a time limit before it (LIMIT_CUE_BEFORE) dates, in flat offsets; None when
    there is no cue or no such day (CUED_DAY)."""
    if LIMIT_CUE_BEFORE.search(flat, max(lo, m.start() - 40), m.start()) is None:
        return None
    day = CUED_DAY.search(flat, m.end(), seg_end)
    got = find_deadline(_BEFORE + day.group()) if day else None
    return Deadline(got.iso, got.day_month, day.start(), day.end()) if got and day else None


# When a report with no period is due: at once ("báo cáo ngay về UBND tỉnh (qua Công an tỉnh)"), when something happens,
# said before the verb in its clause ("Khi có diễn biến bất thường về an ninh trật tự, giáo viên chủ nhiệm báo cáo kịp thời về
# Ban Giám hiệu", "nếu có khó khăn, vướng mắc các cơ quan, đơn vị, địa phương báo cáo về UBND tỉnh"; not across a purpose:
# "… phản ánh về Phòng Nội vụ để được hướng dẫn hoặc tổng hợp báo cáo UBND huyện", seed 002), or on request, after it
# ("báo cáo về Sở GDĐT qua Văn phòng nhà trường khi có yêu cầu", "báo cáo đột xuất khi có ổ dịch mới").
AT_ONCE_AFTER = re.compile(r"[\s*_]+ngay(?![\wđ])")
EVENT_OPENING = re.compile(r"(?<![\wđ])(?:(?:[Ss]au\s+|[Nn]gay\s+)?[Kk]hi|[Nn]ếu|[Tt]rường\s+hợp)\s+(?:có\s+|xảy\s+ra\s+|phát\s+sinh\s+|phát\s+hiện\s+)?[^.;:]{3,120}?")
# Where the event ends: a comma (not inside "khó khăn, vướng mắc"), "thì", "phải", or right after "vướng mắc" before a
# subject with no comma: "nếu có khó khăn, vướng mắc các cơ quan, đơn vị … báo cáo".
# A change asked for, its two verbs joined by a comma: "nếu thấy cần sửa đổi, bổ sung các sở, ngành, địa phương chủ động
# đề xuất …" (corpus 015) -> 'nếu thấy cần sửa đổi, bổ sung'.
EVENT_CUT = re.compile(
    rf",\s+(?!vướng\s+mắc|khó\s+khăn|bổ\s+sung)|\s+(?:thì|phải)\s+|(?:(?<=vướng mắc)|(?<=bổ sung))\s+(?=(?:các|mỗi|từng)\s|[{UPPER_LETTERS}])"
)
EVENT_AFTER = re.compile(r"(?<![\wđ])(?:(?:sau\s+|trước\s+)?khi|nếu)\s+(?:có\s+)?[^.;:,()]{3,60}")
_EVENT_WORDS = 12
# How far back a long clause is read for the event that opens it (``find_reports_in``; the evidence reads _EVIDENCE_BACK).
_EVENT_BACK = 240
# What happens, said before the verb of a report due at once: "Đối với các vụ lộ, mất bí mật nhà nước xảy ra phải báo cáo ngay
# về UBND tỉnh (qua Công an tỉnh)" -> 'ngay khi xảy ra các vụ lộ, mất bí mật nhà nước'.
OCCURRED_BEFORE = re.compile(
    r"(?<![\wđ])[Đđ]ối\s+với\s+(?P<what>[^.;:()]{3,80}?)\s+(?:xảy\s+ra|phát\s+sinh)[\s,]+(?:thì\s+)?(?:phải\s+|cần\s+)?(?:kịp\s+thời\s+)?$"
)
# Matters beyond the body's power, opening the clause of their report (``_event``): "Giao Bộ Xây dựng … theo dõi, đôn đốc, kiểm
# tra …, kịp thời báo cáo Phó Thủ tướng Chính phủ Trần Hồng Hà để xem xét, chỉ đạo xử lý; vượt thẩm quyền báo cáo Thủ tướng
# Chính phủ" (Công điện 224/CĐ-TTg) -> 'vượt thẩm quyền', "; những vấn đề vượt thẩm quyền, báo cáo …".
BEYOND_POWER_BEFORE = re.compile(
    r"(?<![\wđ])(?P<what>(?:(?:[Đđ]ối\s+với\s+)?(?:những\s+|các\s+)?(?:vấn\s+đề|nội\s+dung|trường\s+hợp"
    r"|việc)\s+)?[Vv]ượt\s+(?:quá\s+)?thẩm\s+quyền)[\s*_,]*(?:(?:thì|phải|kịp\s+thời)\s+)*$"
)
# A matter that opens the clause of a report asked for it alone (``_event``): "Đối với mức tài trợ từ 100 triệu đồng trở lên,",
# "Riêng đối với việc xóa một phần hoặc toàn bộ nợ vay,", "Đối với những vấn đề phát sinh,". Not bodies ("Đối với các sở, ban,
# ngành: …", an addressee label), only the nouns of a matter.
MATTER_OPENING = re.compile(
    r"(?<![\wđ])(?P<what>(?:[Rr]iêng\s+)?[Đđ]ối\s+với\s+(?:việc|mức|(?:các\s+|những\s+)?(?:trường\s+hợp|nội\s+dung|vấn\s+đề|hồ\s+sơ"
    rf"|khoản|dự\s+án|vụ\s+việc))\s[^.;:,()]{{3,80}}?),[\s*_]+(?=[{UPPER_LETTERS}])[^.;:,]{{0,80}}$"
)
# A purpose of compiling, right before the verb (``_event``): "để tổng hợp, báo cáo", "để theo dõi, tổng hợp báo cáo".
COMPILED_FOR_REPORT = re.compile(r"(?<![\wđ])để[\s*_]+(?:theo\s+dõi\s*,[\s*_]*)?tổng\s+hợp(?:\s*,|\s+và)?[\s*_]*$")
# Adverbs between an event and its verb: "… kịp thời báo cáo", "… cần báo cáo", "… phải báo cáo ngay".
_VERB_ADVERBS = frozenset(("thời", "cần", "phải", "ngay", "thì", "đều"))


# A partner after the verb, whose name holds the "của" read as the report's owner (find_reports_in): "báo cáo, phối hợp với
# các Ban chuyên môn của Cơ quan Ủy ban MTTQ tỉnh".
PARTNER_BETWEEN = re.compile(r"(?<![\wđ])(?:phối\s+hợp|cùng|trao\s+đổi|thống\s+nhất)\s+với(?![\wđ])")
# A new clause with its own subject after an event's clause (``_event``): ", đồng thời Ban Thường trực MTTQ xã …".
NEW_CLAUSE_BETWEEN = re.compile(r",\s+đồng\s+thời(?![\wđ])")


# A time limit counted from an event, in days or hours: "Trong thời hạn 05 ngày làm việc kể từ ngày kết thúc kiểm tra, Đoàn kiểm
# tra báo cáo Chủ tịch UBND tỉnh …", "báo cáo … trong vòng 24 giờ kể từ khi xảy ra sự cố", "chậm nhất 03 ngày sau khi …", "Chậm
# nhất là 30 ngày, trước ngày khai mạc kỳ họp thường lệ của HĐND tỉnh, các sở, ban, ngành có Báo cáo …, báo cáo Chủ tịch UBND
# tỉnh" (QĐ 98/2025/QĐ-UBND of UBND tỉnh Nghệ An). As
# written, the report's due time (a date it has none). Not months ("trong 06 tháng đầu năm" is a period covered).
TIME_LIMIT = re.compile(
    r"(?<![\wđ])(?:[Tt]rong|[Cc]hậm\s+nhất(?:\s+là)?|[Kk]hông\s+quá|[Ss]au)\s+(?:(?:thời\s+hạn|vòng)\s+)?\d{1,3}"
    r"(?:\s*\([^()\d]{1,20}\))?\s+(?:ngày(?:\s+làm\s+việc)?|giờ)(?![\wđ])"
    rf"(?:\s*,?\s*(?:kể\s+từ|sau|từ|trước)\s+(?:ngày|khi|thời\s+điểm)(?:[^.;:,()]{{0,80}}?)(?=[.;:,()]|(?<![\s(]của)(?<![\s(]cho)\s+(?:[{UPPER_LETTERS}]|báo\s+cáo|phải|có\s+trách))"
    r"|(?:\s+sau\s+khi[^.;:,()]{0,60}?(?=[.;:,()])))?"
)


# A time limit that names the event it counts from.
LIMIT_ANCHORED = re.compile(r"(?<![\wđ])(?:kể\s+từ|(?:từ|sau|trước)\s+(?:ngày|khi))(?![\wđ])")
# Where the sentence or the semicolon's clause that a time limit may open starts: "…; c) Đối với kiến nghị … thì trong thời hạn
# 07 ngày làm việc …".
LIMIT_CLAUSE_START = re.compile(r"(?:[.!?:;]|^)[\s*_]+(?:(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*\.)[\s*_]+)?")


def _time_limit(flat: str, lo: int, m: re.Match, seg_end: int) -> str | None:
    """The time limit (TIME_LIMIT) that follows the report's verb, or opens its sentence (its subject after the limit's commas:
    "Trong thời hạn 03 ngày làm việc, kể từ ngày nhận được thông tin, Văn phòng UBND tỉnh có văn bản đôn đốc hoặc báo cáo xin
    ý kiến chỉ đạo của Chủ tịch UBND tỉnh", "… thì trong thời hạn 07 ngày làm việc kể từ ngày nhận được kiến nghị, sở, ban,
    ngành được giao chủ trì phải có văn bản báo cáo Chủ tịch UBND tỉnh", QĐ 98/2025/QĐ-UBND of UBND tỉnh Nghệ An), as
    written; None otherwise."""
    back = max(0, m.start() - _PERIOD_SENTENCE_BACK)
    if flat.find(" ngày", back, seg_end) < 0 and flat.find(" giờ", back, seg_end) < 0:
        return None
    # (one character past the clause: its stop closes the event's words)
    tm = TIME_LIMIT.search(flat, m.end(), min(len(flat), seg_end + 1))
    if tm is None:
        opening = lo
        for c in LIMIT_CLAUSE_START.finditer(flat, back, m.start()):
            opening = c.end()
        tm = TIME_LIMIT.search(flat, min(opening, lo), m.start())
        if tm is not None and flat.find(";", tm.end(), m.start()) >= 0:
            tm = None  # a limit of another clause
    if tm is None:
        return None
    limit = _SPACES.sub(" ", tm.group(0)).strip(" ,")
    return limit[:1].lower() + limit[1:]


def _event(flat: str, lo: int, m: re.Match, seg_end: int) -> str | None:
    """When a report with no period is due (AT_ONCE_AFTER, EVENT_OPENING before the verb, EVENT_AFTER), in the text's words;
    None when nothing says it."""
    at_once = AT_ONCE_AFTER.match(flat, m.end()) is not None
    event = None
    for opening in EVENT_OPENING.finditer(flat, lo, m.start()):
        if PURPOSE_BETWEEN.search(flat, opening.end(), m.start()) and not (
            # The report that the body fed compiles is due on the same event: "Trong quá trình thực hiện nếu phát sinh khó
            # khăn, vướng mắc bất cập, các cơ quan, đơn vị kịp thời phản ánh về Sở Khoa học và Công nghệ để tổng hợp, báo
            # cáo UBND tỉnh xem xét, quyết định" (a Quy chế of UBND tỉnh Bắc Ninh).
            COMPILED_FOR_REPORT.search(flat, max(lo, m.start() - 30), m.start()) is not None
            and len(PURPOSE_BETWEEN.findall(flat, opening.end(), m.start())) == 1
        ):
            break
        if "đồng thời" in flat[opening.end() : m.start()] and NEW_CLAUSE_BETWEEN.search(flat, opening.end(), m.start()):
            # The event of the clause before: "… thì Chủ tịch Ủy ban MTTQ Việt Nam cấp xã chủ trì hội nghị … khi được Ủy ban
            # MTTQ tỉnh ủy quyền, đồng thời Ban Thường trực MTTQ xã chủ động báo cáo, …" (corpus 055).
            continue
        rest = flat[opening.start() : m.start()]
        cut = EVENT_CUT.search(rest, len(opening.group()) - 1)
        # No subject between: the event runs to the verb, its adverbs left out ("nếu có khó khăn, vướng mắc kịp thời báo cáo").
        words = rest[: cut.start() if cut else len(rest)].split()
        while cut is None and words and words[-1] in _VERB_ADVERBS:
            words.pop()
            if words and words[-1] == "kịp":
                words.pop()
        if words and len(words) <= _EVENT_WORDS:
            event = " ".join(words)
        break
    if event is None and at_once and (what := OCCURRED_BEFORE.search(flat, lo, m.start())) is not None:
        event = f"khi xảy ra {' '.join(what.group('what').split())}"  # "Đối với các vụ lộ, mất bí mật nhà nước xảy ra phải …"
    if event is None and "ối với" in flat[lo : m.start()] and (matter := MATTER_OPENING.search(flat, lo, m.start())) is not None:
        # "Đối với mức tài trợ từ 100 triệu đồng trở lên, Giám đốc Quỹ Bảo vệ môi trường báo cáo Hội đồng Quản lý Quỹ …" (the
        # Điều lệ of a provincial fund) -> 'đối với mức tài trợ từ 100 triệu đồng trở lên'.
        event = " ".join(matter.group("what").split())
    if event is None and "thẩm quyền" in flat[max(lo, m.start() - 60) : m.start()] and (
        beyond := BEYOND_POWER_BEFORE.search(flat, max(lo, m.start() - 60), m.start())
    ) is not None:
        event = " ".join(beyond.group("what").split())  # "…, kịp thời báo cáo Phó Thủ tướng …; vượt thẩm quyền báo cáo Thủ tướng"
    if event is None and (after := EVENT_AFTER.search(flat, m.end(), seg_end)) is not None:
        words = after.group().split()
        event = " ".join(words[:_EVENT_WORDS])
    if event:
        event = event[:1].lower() + event[1:]
    if at_once:
        return f"ngay {event}" if event else "ngay"
    return event


def _valid_day(d: int, m: int) -> bool:
    return 1 <= d <= 31 and 1 <= m <= 12


def _deadline_end(flat: str, ev_start: int, end: int) -> int:
    """The end of a deadline's evidence with what closes it: "**" of "**trước ngày 03/11/2022**", and
    the bracket opened before it, "(*trước ngày 16/6*)" and "(trước ngày 15 tháng 11)"."""
    if flat.startswith("**", end):
        return end + 2
    close = _DEADLINE_CLOSE.match(flat, end)
    if close and flat.count("(", ev_start, end) > flat.count(")", ev_start, end):
        return close.end()
    return end


# The channel a report goes through, in brackets after its addressee: "báo cáo về UBND tỉnh (qua Công an tỉnh)", "(thông qua
# Sở Nội vụ)", "(*qua Sở Công Thương*)".
CHANNEL = re.compile(r"\([*_]*(?:thông\s+)?qua\s+(?P<name>[^()]{2,100}?)[*_]*\)")
# What lies between a channel and the verb it compiles for: "(qua Công an tỉnh) để tổng hợp, báo cáo …", "(qua Sở Nội
# vụ) để theo dõi, tổng hợp và báo cáo …", a deadline first: "về UBND tỉnh (qua Sở Nội vụ) trước ngày 15/6 và 15/12 để
# tổng hợp, báo cáo Chủ tịch UBND tỉnh" (a Chỉ thị of UBND tỉnh Thanh Hóa).
CHANNEL_COMPILES = re.compile(r"(?:[\s,*_]+(?:trước|chậm\s+nhất)[^.;:()]{0,50}?)?[\s,*_]*để[\s*_]+(?:theo\s+dõi\s*,[\s*_]*)?tổng\s+hợp(?:\s*,|\s+và)?[\s*_]*$")
_CHANNEL_BACK = 140


def _channel_before(flat: str, lo: int, verb: int) -> str | None:
    """The body named as the channel right before a compiling purpose that holds the verb (CHANNEL, CHANNEL_COMPILES)."""
    last = _last_before(CHANNEL, flat, lo, verb, _CHANNEL_BACK)
    if last is None or CHANNEL_COMPILES.fullmatch(flat, last.end(), verb) is None:
        return None
    got = name_at(flat, last.start("name"), last.end("name"))
    return got[0] if got else None


def _channel_after(flat: str, start: int, end: int) -> str | None:
    """The body named as the channel of the report in its clause after the verb (CHANNEL)."""
    if flat.find("qua", start, end) < 0:
        return None
    cm = CHANNEL.search(flat, start, end)
    got = name_at(flat, cm.start("name"), cm.end("name")) if cm else None
    return got[0] if got else None


def _delegate(flat: str, doc: Outline, clause_lo: int, verb: int, header: Header, to: str) -> str | None:
    """The body that the item holding ``verb`` directs to do its work (DELEGATE), when it is not the
    addressee ``to``; else None."""
    item = _enclosing_item(doc, verb)
    lo = item.body_start if item is not None and item.kind == "item" else clause_lo
    for dm in DELEGATE.finditer(flat, lo, verb):
        got = name_at(flat, dm.end(), verb)
        if got:
            name = canonical_org(got[0], header)
            if name and not _same(name, to):
                return name
    return None


# An organ named without its level in a list whose last body has one: "HĐND" in "Tỉnh ủy, HĐND, UBND
# tỉnh" (corpus 048) takes "tỉnh"; LIST_LEVEL reads the last body's level word.
BARE_ORGAN = re.compile(r"^(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Ủy ban MTTQ|Ủy ban Mặt trận Tổ quốc(?: Việt Nam)?)$")
LIST_LEVEL = re.compile(r"\s(?P<level>tỉnh|thành phố|huyện|xã|phường)$")


# A body named in lower case after "và" in a list of addressees, a body of its own: "báo cáo theo yêu cầu của UBND tỉnh và cơ
# quan nhà nước có thẩm quyền" (a Quy chế of UBND tỉnh Ninh Bình); "báo cáo Sở Y tế và cấp có thẩm quyền". (split_names
# joins a lower-case name to the one before it: "… và các cơ quan liên quan" is often a complement.)
GENERIC_AFTER_AND = re.compile(r"\s+và\s+(?=(?:các\s+)?(?:cơ\s+quan|đơn\s+vị|cấp\s+(?:có\s+thẩm\s+quyền|trên))(?![\wđ]))")


def _addressee_names(raw: str) -> list[str]:
    """The names of a list of addressees (split_names, and a lower-case body after "và", GENERIC_AFTER_AND)."""
    names = split_names(raw)
    if " và " not in raw:
        return names
    return [piece for n in names for piece in GENERIC_AFTER_AND.split(n)]


# The ministries listed under one "các Bộ": "gửi Báo cáo về Văn phòng Chính phủ và các Bộ: Tài chính, Nông nghiệp và Môi
# trường" (Công điện 232/CĐ-TTg): each ministry's field whole (MINISTRY_FIELD, "và" inside a name kept), joined by ", " or
# "và".
MINISTRIES_HEAD = re.compile(r"[Cc]ác\s+[Bb]ộ\s*:?\s*")
MINISTRY_LIST_JOIN = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+")


def _ministries(name: str) -> list[str] | None:
    """The ministries a name "các Bộ Tài chính, Nông nghiệp và Môi trường" lists, each "Bộ X"; None when it is no such list."""
    head = MINISTRIES_HEAD.match(name)
    if head is None:
        return None
    out: list[str] = []
    pos = head.end()
    while (field := MINISTRY_FIELD.match(name, pos)) is not None:
        out.append("Bộ " + field.group(0))
        pos = field.end()
        if pos == len(name):
            return out
        if (join := MINISTRY_LIST_JOIN.match(name, pos)) is None:
            return None
        pos = join.end()
    return None


# A central unit named with its parent after a comma, one addressee (as parties.split_names keeps "Phòng …, Sở …"): "gởi cho
# Vụ Học sinh, sinh viên, Bộ Giáo dục và Đào tạo" (a university's Công văn), "Cục Hải quan, Bộ Tài chính".
CENTRAL_UNIT_KINDS = ("Vụ ", "Cục ", "Chi cục ")
CENTRAL_PARENT_KINDS = ("Bộ ", "Tổng cục ", "Cục ")


# A board named before a Sở or a committee after a comma, two bodies (parties.split_names reads "Ban …, Sở …" as a unit and
# its parent, "Phòng Tổ chức cán bộ, Sở Y tế"): "để báo cáo Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố, Sở Nông
# nghiệp và Môi trường và các Sở, ngành …" (corpus 011, a Kế hoạch of UBND thành phố Cần Thơ).
BOARD_THEN_BODY = re.compile(r"(?<=,)\s+(?=(?:Sở|Bộ|Ủy\s+ban|UBND)\s)")
BOARD_KINDS = ("Ban Chỉ đạo", "Ban chỉ đạo", "Ban Chỉ huy", "Ban chỉ huy", "Ban Quản lý", "Ban quản lý")


def _boards_apart(name: str) -> list[str]:
    """A board and the body after it (BOARD_THEN_BODY) as two names; the name itself otherwise."""
    if not name.startswith(BOARD_KINDS) or ", " not in name:
        return [name]
    return [piece.strip(" ,") for piece in BOARD_THEN_BODY.split(name)]


def _addressee_bodies(to: str) -> list[str]:
    """Each body a duty's addressee names, in order: "Ủy ban nhân dân tỉnh Đồng Tháp, Bộ Khoa học và Công nghệ, Ban Cơ yếu
    Chính phủ" -> three; "Phòng Tổ chức cán bộ, Sở Y tế tỉnh Hà Tĩnh" (a unit and its parent) -> one."""
    if "," not in to and " và " not in to:
        return [to]
    names = [piece for n in _addressee_names(to) for piece in _boards_apart(n)]
    for k in range(len(names) - 1, 0, -1):
        if names[k - 1].startswith(CENTRAL_UNIT_KINDS) and names[k].startswith(CENTRAL_PARENT_KINDS) and (
            f"{names[k - 1]}, {names[k]}" in to
        ):
            names[k - 1 : k + 1] = [f"{names[k - 1]}, {names[k]}"]  # "Vụ Học sinh, sinh viên, Bộ Giáo dục và Đào tạo": one
    out: list[str] = []
    for name in names:
        name = name.strip(" ,;")
        for body in _ministries(name) or [name]:
            body = body[:1].upper() + body[1:]
            if body and body not in out:
                out.append(body)
    return out or [to]


def _per_addressee(duties: list[_Duty]) -> list[_Duty]:
    """One duty per addressee body (``_addressee_bodies``), each with the duty's sender, dates and evidence."""
    out: list[_Duty] = []
    for d in duties:
        bodies = _addressee_bodies(d.to) if d.to else [None]
        if len(bodies) < 2:
            out.append(d)
            continue
        for body in bodies:
            e = _Duty(d.verb, d.seg_end, d.verb_end)
            for slot in _Duty.__slots__:
                setattr(e, slot, getattr(d, slot))
            e.to = body
            out.append(e)
    return out


def _canonical_list(raw: str, header: Header) -> str | None:
    """The canonical name of each body of a list, the list's own separators kept: "UBND tỉnh và Bộ
    Giáo dục và Đào tạo" -> "Ủy ban nhân dân tỉnh Hà Tĩnh và Bộ Giáo dục và Đào tạo" (corpus 016),
    "Sở Nông nghiệp và Môi trường và Bộ, ngành" -> "Sở … thành phố Cần Thơ và Bộ, ngành" (corpus 011;
    the whole list was qualified as one name). A list whose names split_names rewrote (a shared
    complement) is read as one name."""
    names = _addressee_names(raw)
    if len(names) < 2:
        return canonical_org(raw, header)
    spans: list[tuple[int, int]] = []
    pos = 0
    for n in names:
        at = raw.find(n, pos)
        if at < 0:
            return canonical_org(raw, header)
        spans.append((at, at + len(n)))
        pos = at + len(n)
    level = LIST_LEVEL.search(names[-1])
    out = [raw[: spans[0][0]]]
    for k, (n, (a, b)) in enumerate(zip(names, spans)):
        if level and k < len(names) - 1 and BARE_ORGAN.match(n):
            n = f"{n} {level.group('level')}"
        out.append(canonical_org(n, header) or n)
        sep = raw[b : spans[k + 1][0]] if k + 1 < len(spans) else raw[b:]
        out.append(", " if sep == "," else sep)  # "Bộ Tài nguyên và Môi trường,Chủ tịch UBND tỉnh": a comma with no space
    return "".join(out).strip() or None


def _names_issuer(to_raw: str, header: Header) -> bool:
    """Whether the issuer is one of the addressees: "Tỉnh ủy, HĐND, UBND tỉnh" of UBND tỉnh Sơn La; its
    head, "Chủ tịch UBND tỉnh" in a Chỉ thị of UBND tỉnh; itself named by level, "UBND xã" of UBND xã
    Tân Lập."""
    issuer = (header.issuer or "").lower()
    if not issuer:
        return False
    names = split_names(to_raw)
    for n in names if len(names) > 1 else [to_raw]:
        name = (canonical_org(n, header) or "").lower()
        if _same_body(name, issuer) or name.endswith(" " + issuer) or ISSUER_HEAD.fullmatch(name):
            return True
    return False


# The issuer's own office named as a lead unit: "Văn phòng", "Văn phòng Sở", "Văn phòng Bộ" (bare, the body by its kind),
# or "Văn phòng" before the issuer's name ("Văn phòng UBND tỉnh" of UBND tỉnh, "Văn phòng HĐND và UBND huyện" of UBND
# huyện, "Văn phòng Huyện ủy" of a Huyện ủy): a staff unit, which compiles its body's report.
OWN_OFFICE = re.compile(r"Văn\s+phòng(?:\s+(?P<body>.+))?")
OWN_OFFICE_BARE_BODY = re.compile(r"(?:Sở|Bộ|Cục|Tổng\s+cục|Ban|Trung\s+tâm|Đảng\s+ủy|Chi\s+cục|Viện|Trường)")
# The council named with the committee before it: "HĐND và UBND huyện" -> "UBND huyện".
COUNCIL_AND = re.compile(r"(?:HĐND|Hội\s+đồng\s+nhân\s+dân)\s+(?:và|-|,)\s+")


def _issuers_office(sender: str | None, header: Header) -> bool:
    """Whether a lead unit is the issuer's own office (OWN_OFFICE): "Cơ quan chủ trì: Văn phòng Sở" in a Sở's Kế hoạch."""
    m = OWN_OFFICE.fullmatch(sender.strip(" .;*_")) if sender and header.issuer else None
    if m is None:
        return False
    body = m.group("body")
    if body is None or OWN_OFFICE_BARE_BODY.fullmatch(body):
        return True
    return _names_issuer(COUNCIL_AND.sub("", body, count=1), header)


# A body a document sets up or runs, named bare as the addressee (``to_own_body``): "Ban Chỉ đạo", "Tổ công tác", "Ban Tổ
# chức", "Hội đồng", "Tổ giúp việc".
OWN_BODY = re.compile(r"(?:Ban\s+Chỉ\s+đạo|Tổ\s+công\s+tác|Ban\s+Tổ\s+chức|Hội\s+đồng|Tổ\s+giúp\s+việc|Ban\s+Giám\s+khảo)")
# A people's committee's own departments and offices, by their first word: "Sở Nông nghiệp và Môi trường",
# "Phòng Nội vụ", "Văn phòng UBND tỉnh".
DEPARTMENT_HEADS: tuple[str, ...] = ("Sở ", "Phòng ", "Văn phòng ")
COMMITTEE = "Ủy ban nhân dân"
# The leadership of a body as an addressee (find_reports_in, ``to_own_body``): "Lãnh đạo Ban Chỉ đạo …", "lãnh đạo Sở".
LEADERSHIP_TO = re.compile(r"[Ll]ãnh\s+đạo\s")


def _group_sender(sender: str | None) -> bool:
    """Whether a sender named in the text is a group of bodies ("Các bộ, ngành, địa phương", "Ủy ban nhân dân các huyện"):
    each compiles its own report, none is the issuer's staff unit compiling the issuer's ("Các bộ, ngành, địa phương tổng
    hợp, báo cáo kết quả thực hiện về Bộ Nông nghiệp và Môi trường" in a Chỉ thị of the Thủ tướng Chính phủ)."""
    return bool(sender) and (
        GROUP_START.match(sender) is not None or GROUP_INSIDE.search(sender) is not None  # type: ignore[arg-type]
        or LEVEL_GROUP.search(sender) is not None  # type: ignore[arg-type]
    )


# Bodies named by their level, all of that level: "Ủy ban nhân dân cấp tỉnh tổng hợp, báo cáo Thủ tướng Chính phủ" (in a
# ministry's plan), "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương".
LEVEL_GROUP = re.compile(r"(?<![\wđ])(?:cấp\s+(?:tỉnh|huyện|xã|cơ\s+sở)(?![\wđ])|trực\s+thuộc\s+[Tt]rung\s+ương)")


def _in_purpose(flat: str, lo: int, verb: int) -> bool:
    """Whether the verb lies in a purpose clause just before it ("… (trước ngày 15 tháng 11) hoặc theo đề nghị để tổng hợp,
    báo cáo theo quy định", corpus 001): the receiver compiles and reports, not the clause's subject."""
    return PURPOSE_BETWEEN.search(flat, max(lo, verb - _PURPOSE_BACK), verb) is not None


_PURPOSE_BACK = 40


def _is_department_of(name: str, issuer: str | None) -> bool:
    """Whether ``name`` is a department of ``issuer`` when the issuer is a people's committee (a
    committee never reports to its own departments)."""
    return bool(issuer) and issuer.startswith(COMMITTEE) and name.startswith(DEPARTMENT_HEADS)


# A people's council or committee (or its head) named by its level: "Ủy ban nhân dân huyện", "Chủ tịch UBND xã Tân Lập".
# "thành phố" is left out: a provincial city or a district's.
COMMITTEE_LEVEL = re.compile(
    r"(?:(?:Phó\s+)?Chủ\s+tịch\s+|Thường\s+trực\s+)?(?:Ủy|Uỷ)\s+ban\s+nhân\s+dân\s+(?P<level>tỉnh|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn)(?![\wđ])"
)
_LEVEL_RANK = {"tỉnh": 3, "huyện": 2, "quận": 2, "thị xã": 2, "xã": 1, "phường": 1, "thị trấn": 1}


# A centrally-run city's council or committee as the issuer, of a province's rank (``_below_issuer``): "Hội đồng nhân dân
# thành phố Huế", "Ủy ban nhân dân thành phố Cần Thơ".
CITY_ISSUER = re.compile(r"(?:(?:Ủy|Uỷ)\s+ban|Hội\s+đồng)\s+nhân\s+dân\s+thành\s+phố\s+(?P<city>.+)$")
_PROVINCE_RANK = 3


def _below_issuer(to: str, issuer: str | None) -> bool:
    """Whether ``to`` names a committee of a lower level than the issuer's: "Ủy ban nhân dân huyện" for Ủy ban nhân dân
    tỉnh Lào Cai; "Ủy ban nhân dân xã/phường" for Hội đồng nhân dân thành phố Huế (a centrally-run city)."""
    a, b = COMMITTEE_LEVEL.match(to), COMMITTEE_LEVEL.match(issuer or "")
    if a is None:
        return False
    if b is None:
        city = CITY_ISSUER.match(issuer or "")
        if city is None or not is_city(city.group("city")):
            return False
        return _LEVEL_RANK[_SPACES.sub(" ", a.group("level"))] < _PROVINCE_RANK
    return _LEVEL_RANK[_SPACES.sub(" ", a.group("level"))] < _LEVEL_RANK[_SPACES.sub(" ", b.group("level"))]


# The issuer's head named by title alone: "báo cáo Hiệu trưởng hằng tuần" in a school's plan, "báo cáo
# Giám đốc bệnh viện" in a hospital's, "Cục Quản lý Khám, chữa bệnh có trách nhiệm tổng hợp, báo cáo Bộ trưởng" in a
# ministry's Công văn (the Cục reports to the minister; the ministry does not report to its own head).
# A deputy too, named by the field in charge: "các Tổ trưởng chuyên môn tổng hợp tình hình …, báo cáo Phó Hiệu trưởng phụ
# trách chuyên môn qua giao ban chuyên môn" (a school's Kế hoạch: the heads of subject groups report, the school does not).
ISSUER_HEAD = re.compile(
    # Its leaders too: "1. Bộ phận chuyên môn Phòng GD&ĐT: tham mưu thành lập Ban Tổ chức; tổng hợp kết quả báo cáo Lãnh đạo
    # Phòng." (a Kế hoạch of a Phòng Giáo dục và Đào tạo).
    # Its board by name: "Tổng hợp số liệu, báo cáo Ban Giám đốc hằng tuần" (a Trung tâm Y tế's plan), "Ban Giám hiệu".
    r"(?:phó\s+)?(?:hiệu trưởng|giám đốc|chủ tịch|thủ trưởng|trưởng ban|viện trưởng|cục trưởng|bộ trưởng|(?:ban\s+)?lãnh đạo"
    r"|ban\s+giám\s+đốc|ban\s+giám\s+hiệu)"
    r"(?:\s+(?:bệnh viện|sở|trường|nhà trường|đơn vị|cơ quan|phòng))?(?:\s+phụ\s+trách(?:\s+[^\s,.;:]+){1,4})?"
)


# A bare title that heads one kind of body only: "Bộ trưởng" heads a Bộ, not the Sở whose Quyết định asks "Sở Giáo dục và
# Đào tạo tổng hợp, báo cáo Bộ trưởng …" (the Sở reports to the minister).
TITLE_KINDS: dict[str, tuple[str, ...]] = {
    "bộ trưởng": ("bộ ",), "cục trưởng": ("cục ", "tổng cục "), "viện trưởng": ("viện ",), "hiệu trưởng": ("trường ",),
}


# A party committee's standing board before the committee's name: "Ban Thường vụ Huyện ủy", "Thường trực Tỉnh ủy". "Ban
# Thường vụ Huyện ủy giao Ban Tổ chức Huyện ủy theo dõi, tổng hợp, báo cáo Ban Thường vụ Huyện ủy" (a Huyện ủy's Kế hoạch):
# the committee does not report to its own standing board; the board it directs does.
PARTY_STANDING = re.compile(r"(?:ban\s+thường\s+vụ|thường\s+trực)\s+")
# The head of a board named by the board's kind: "Trưởng Ban Chỉ đạo", "Trưởng Ban Tổ chức" (``_heads_issuer``): "Sở Y tế (cơ
# quan thường trực Ban Chỉ đạo) theo dõi, tổng hợp, báo cáo Trưởng Ban Chỉ đạo …" in a Ban Chỉ đạo's plan.
BOARD_CHIEF = re.compile(r"trưởng\s+(?=ban\s+\S+\s+\S)")
# A party committee by its kind: "Huyện ủy Cam Lộ", "Tỉnh ủy Gia Lai", "Đảng ủy xã Công Hải", "Thành ủy", "Quận ủy".
PARTY_COMMITTEE = re.compile(r"^(?:Huyện|Tỉnh|Thành|Quận|Thị|Đảng)\s+ủy(?![\wđ])")


# The issuer's own board of leaders, named bare: "Ban Giám hiệu", "Ban Giám hiệu nhà trường", "Ban Giám đốc Sở", "Lãnh đạo
# Sở". Not a group's ("Ban Giám hiệu các trường", each school's own).
OWN_LEADERSHIP = re.compile(
    r"(?:Ban\s+(?:Giám\s+hiệu|Giám\s+đốc|[Ll]ãnh\s+đạo)|[Ll]ãnh\s+đạo)"
    r"(?:\s+(?:nhà\s+trường|[Tt]rường|[Ss]ở|[Bb]ệnh\s+viện|[Tt]rung\s+tâm|đơn\s+vị|cơ\s+quan))?"
)
# The kinds of issuer led by such a board (lower case): a school, a Sở, a hospital, a centre.
OWN_LEADERSHIP_KINDS = ("trường ", "sở ", "bệnh viện ", "trung tâm ")


def _heads_issuer(to: str, issuer: str | None) -> bool:
    """Whether ``to`` is the issuer's head: named by title alone ("Giám đốc sở", ISSUER_HEAD) or by title and the
    issuer's name ("Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị" for Ủy ban nhân dân tỉnh Quảng Trị: "5. Văn phòng tổng hợp
    báo cáo Chủ tịch UBND tỉnh kết quả thực hiện" in a Thông báo kết luận, the committee does not report to its head)."""
    low = to.lower()
    if issuer and (stand := PARTY_STANDING.match(low)) is not None and PARTY_COMMITTEE.search(issuer):
        rest = low[stand.end() :].strip()
        if _same_body(rest, issuer.lower()) or issuer.lower().startswith(rest + " "):
            return True  # "Ban Thường vụ Huyện ủy (Cam Lộ)" for Huyện ủy Cam Lộ
    if issuer and (chief := BOARD_CHIEF.match(low)) is not None and issuer.lower().startswith(low[chief.end() :].strip() + " "):
        return True  # "Trưởng Ban Chỉ đạo" for Ban Chỉ đạo phòng, chống dịch bệnh tỉnh Quảng Ngãi
    if ISSUER_HEAD.fullmatch(low):
        kinds = TITLE_KINDS.get(low)
        return kinds is None or (issuer or "").lower().startswith(kinds)
    head = ISSUER_HEAD.match(low)
    return bool(issuer) and head is not None and _same_body(low[head.end() :].strip(), issuer.lower())  # type: ignore[union-attr]


# The most characters of an article's line that may be its title alone ("Điều 5. Thời hạn gửi báo cáo"), no sentence.
ARTICLE_TITLE_MAX = 100
# An article opening a line of what the outline reads as the preamble: a Quyết định whose "Điều 1." a copy lost (a table
# row dropped: "QUYẾT ĐỊNH:" / "Điều 2. Quyết định này có hiệu lực …"), or a fragment that quotes one article, "Điều 2. Vụ
# Giáo dục Trung học tổng hợp, báo cáo Bộ trưởng kết quả thực hiện trước ngày 30/6/2025." (not "Điều 6 Nghị định …", a
# citation wrapped onto the line: no mark after the number).
PREAMBLE_ARTICLE = re.compile(rf"[*_]*Điều\s+\d+[a-zđ]?\s*[.:][*_]*\s*[*_]*[{UPPER_LETTERS}]")


def _preamble_article_spans(text: Text, doc: Outline) -> list[tuple[int, int]]:
    """Flat spans of the articles the outline reads as the preamble (PREAMBLE_ARTICLE), each from its words after the
    marker to the next such article or the preamble's end; the first after the start of the text, a blank line or a line
    that ends a sentence or a label ("QUYẾT ĐỊNH:"). [] else."""
    pre = doc.nodes[0] if doc.nodes and doc.nodes[0].kind == "preamble" else None
    if pre is None or text.flat.find("Điều", pre.flat_start, pre.flat_end) < 0:
        return []
    lines = text.lines
    k = bisect_right(lines, pre.flat_start - 1, key=lambda ln: ln.flat_start)
    prev_ends = True
    spans: list[tuple[int, int]] = []
    while k < len(lines) and lines[k].flat_start < pre.flat_end:
        t = lines[k].text
        if (
            (spans or prev_ends or text.original.count("\n", lines[k - 1].end, lines[k].start) > 1)
            and (am := PREAMBLE_ARTICLE.match(t)) is not None
        ):
            if spans:
                spans[-1] = (spans[-1][0], lines[k].flat_start)
            if len(t) > ARTICLE_TITLE_MAX or t.rstrip(" *_|").endswith((".", ";", ":")):
                spans.append((lines[k].flat_start + am.end() - 1, pre.flat_end))  # after the marker: the article's words
            else:
                # A title, its fields below: "Điều 5. Thời hạn gửi báo cáo" / "1. Thời hạn các cơ quan … gửi báo cáo …:".
                spans.append((lines[k].flat_start + len(t), pre.flat_end))
        prev_ends = t.rstrip(" *_|").endswith((":", ".", ";"))
        k += 1
    return spans


# The kinds of document whose body may run in plain paragraphs, no numbered item: a Chỉ thị ("Để chủ động phòng ngừa, Chủ
# tịch Ủy ban nhân dân tỉnh yêu cầu …" / "Sở Nông nghiệp và Phát triển nông thôn chủ trì, …; định kỳ hằng tháng tổng hợp,
# báo cáo UBND tỉnh trước ngày 25.") and a letter whose "Kính gửi" a copy lost.
UNNUMBERED_KINDS = ("Chỉ thị", "Công văn")
# A letter's address, in the preamble of a document whose type was not read (``_unnumbered_body_span``).
LETTER_ADDRESS = "Kính gửi"
# The paragraph that opens the directing part of such a body: the issuer or its head asks, directs ("Chủ tịch Ủy ban nhân
# dân tỉnh yêu cầu Thủ trưởng các sở, ban, ngành …", "Ủy ban nhân dân tỉnh chỉ thị:", "Sở Y tế đề nghị các đơn vị …"). The
# paragraphs before it (the situation: "Trong những năm qua, … theo báo cáo của …") stay out.
DIRECTING_PARAGRAPH = re.compile(r"(?<![\wđ])(?:yêu\s+cầu|đề\s+nghị|chỉ\s+thị|chỉ\s+đạo|giao)(?![\wđ])")
_PARAGRAPH_END = re.compile(r"[.;:!?][\s*_”\"')]*$")
# A paragraph that announces the opinion or conclusion its next paragraphs give (``_unnumbered_body_span``).
AS_FOLLOWS_END = re.compile(r"(?:ý\s+kiến|kết\s+luận|chỉ\s+đạo)\s+như\s+sau\s*:[\s*_]*$")


def _unnumbered_body_span(text: Text, doc: Outline, header: Header) -> list[tuple[int, int]]:
    """The body of a Chỉ thị or letter written in paragraphs with no numbered item, which the outline reads as its
    preamble: from the first paragraph that directs (DIRECTING_PARAGRAPH, not one that cites: "Căn cứ …", "Thực hiện …")
    to the preamble's end; a document of no type read that has a letter's addressees too. [] for any other document, or
    one with items, articles or headings."""
    if not doc.nodes or doc.nodes[0].kind != "preamble":
        return []
    if header.doc_type not in UNNUMBERED_KINDS and not (
        header.doc_type is None and text.flat.find(LETTER_ADDRESS, doc.nodes[0].flat_start, doc.nodes[0].flat_end) >= 0
    ):
        # A letter whose header was not read (a copy with a web page's furniture around it: no type found) is known by its
        # "Kính gửi:" (CV 11654/VPCP-CN of Văn phòng Chính phủ as a tvpl page).
        return []
    if any(n.kind not in ("preamble", "closing", "signature") for part in doc.parts() for n in part):
        return []
    pre = doc.nodes[0]
    lines = text.lines
    k = bisect_right(lines, pre.flat_start - 1, key=lambda ln: ln.flat_start)
    para_start: int | None = None
    prev_ends = False  # the header's lines and the title end no sentence: a paragraph opens after a blank line or a sentence
    while k < len(lines) and lines[k].flat_start < pre.flat_end:
        ln = lines[k]
        blank_before = k > 0 and text.original.count("\n", lines[k - 1].end, ln.start) > 1
        if not MARKUP_ONLY.search(ln.text):  # a table bar: layout between paragraphs
            prev_ends, para_start = True, None
            k += 1
            continue
        if prev_ends or blank_before or para_start is None:
            para_start = ln.flat_start
        prev_ends = _PARAGRAPH_END.search(ln.text) is not None
        if (
            prev_ends and not LETTER_CITING_OPENING.match(text.flat, para_start)
            and DIRECTING_PARAGRAPH.search(text.flat, para_start, ln.flat_start + len(ln.text))
        ):
            return [(para_start, pre.flat_end)]
        if prev_ends and k + 1 < len(lines) and lines[k + 1].flat_start < pre.flat_end and AS_FOLLOWS_END.search(ln.text):
            # The paragraph that gives the opinion, its directives after it: "Xét Tờ trình số 226/TTr-BKHCN …, Phó Thủ tướng
            # Chính phủ Nguyễn Chí Dũng có ý kiến như sau:" / "Bộ Khoa học và Công nghệ chủ trì, …; báo cáo Thủ tướng Chính
            # phủ trong quý I năm 2026." (CV 11299/VPCP-KGVX).
            return [(lines[k + 1].flat_start, pre.flat_end)]
        k += 1
    return []


# What a meeting's account tells of a report given there, no duty: "Giám đốc Sở Tài chính báo cáo tại cuộc họp về tình hình
# giải ngân vốn đầu tư công" in a Thông báo kết luận (read only in such documents, MEETING_ACCOUNT_KINDS, and only when the
# report has no addressee, date or period: a plan's "báo cáo tại cuộc họp giao ban" may be one).
MEETING_ACCOUNT_AFTER = re.compile(r"[\s*_]+tại[\s*_]+(?:cuộc\s+họp|hội\s+nghị|buổi\s+làm\s+việc|phiên\s+họp|kỳ\s+họp)(?![\wđ])")
MEETING_ACCOUNT_KINDS = ("Thông báo", "Kết luận")
# A purpose clause opening the sentence, the reason the issuer asks: "Để có cơ sở tổng hợp, báo cáo Thủ tướng Chính phủ, Bộ
# Giáo dục và Đào tạo đề nghị các Sở Giáo dục và Đào tạo …" (a Bộ's Công văn), "Để kịp thời báo cáo Chính phủ tình hình …, Bộ
# Y tế đề nghị Quý cơ quan …". The duty asked for follows; the reason is none.
REASON_OPENING = re.compile(r"Để\s[^.;:!?]{0,80}$")
_OPENS_SENTENCE = re.compile(r"[.;:!?][\s*_]*$")
REASON_THEN_ASK = re.compile(
    rf"[^.;:!?]{{0,160}}?,[\s*_]+[{UPPER_LETTERS}][^.;:!?,]{{0,80}}?(?<![\wđ])(?:trân\s+trọng\s+)?(?:đề\s+nghị|yêu\s+cầu)(?![\wđ])"
)


def _reason_for_asking(flat: str, lo: int, m: re.Match) -> bool:
    """Whether the verb sits in a purpose clause that opens its sentence or paragraph and gives the reason the issuer then
    asks (REASON_OPENING, REASON_THEN_ASK)."""
    at = flat.rfind("Để ", max(lo, m.start() - 80), m.start())
    return (
        at >= 0 and REASON_OPENING.match(flat, at, m.start()) is not None
        and (at == lo or _OPENS_SENTENCE.search(flat, max(lo, at - 4), at) is not None)
        and REASON_THEN_ASK.match(flat, m.end()) is not None
    )


# The title of an article or heading that lists a dossier's papers (``find_reports_in``); one that lists kinds of papers
# ("Điều 11. Danh mục các loại văn bản gửi, nhận qua hệ thống Thư điện tử công vụ" / "3. Báo cáo tháng, quý, 6 tháng, năm;
# báo cáo chuyên đề; báo cáo đột xuất; …", a Quy chế of UBND tỉnh Nghệ An), or defines words ("Điều 2. Giải thích từ ngữ" /
# "4. *Báo cáo khoa học tại hội nghị khoa học quốc tế* là báo cáo được đăng toàn văn trong kỷ yếu …", Thông tư
# 37/2025/TT-BKHCN): the same, their reports are no duties unless sent or dated.
DOSSIER_TITLE = re.compile(
    r"[\s*_]*(?:(?:[Tt]hành\s+phần\s+)?(?:[Hh]ồ\s+sơ|HỒ\s+SƠ)|[Dd]anh\s+mục\s+(?:các\s+)?(?:loại\s+)?(?:văn\s+bản|tài\s+liệu|báo\s+cáo)"
    r"|[Cc]ác\s+loại\s+(?:văn\s+bản|tài\s+liệu|báo\s+cáo)|[Gg]iải\s+thích\s+từ\s+ngữ)(?![\wđ])"
)


# An appendix after the signature ("**PHỤ LỤC**" / "DANH MỤC NHIỆM VỤ …" / a table of tasks): its rows' reports are duties
# as a body's table rows are, read in the content cell only (``_appendix_row_spans``).
APPENDIX_TITLE_IN_SIGNATURE = re.compile(r"PHỤ\s+LỤC|Phụ\s+lục")


def _appendix_after_signature(text: Text, doc: Outline) -> int | None:
    """Where an appendix opens inside the signature's part (which runs to the end), when a report word and a table bar
    follow it; else None (most documents: a ``str.find`` on the signature's part tells)."""
    flat = text.flat
    for part in doc.parts():
        for n in part:
            if n.kind != "signature" or "|" not in flat[n.flat_start : n.flat_end]:
                continue
            title = APPENDIX_TITLE_IN_SIGNATURE.search(flat, n.flat_start, n.flat_end)
            if title is not None and flat.find("áo cáo", title.end(), n.flat_end) >= 0:
                return title.end()
    return None


def _appendix_row_spans(text: Text, rows: list, after: int) -> list[tuple[int, int]]:
    """The content cells of the task table rows after ``after`` (an appendix's title) that hold a report word: "| 4 | Rà
    soát, tổng hợp danh mục các công trình phòng thủ dân sự …, báo cáo Ban Chỉ huy Phòng thủ dân sự các cấp (khoản 2 Điều
    11, …) | Ban Chỉ huy Phòng thủ dân sự cấp tỉnh, cấp xã | Cơ quan có liên quan | Tháng 12 hằng năm | …" (corpus 027,
    the appendix of a UBND tỉnh's plan): the row's lead unit reports (the row_lead reading of find_reports_in)."""
    flat, spans = text.flat, []
    for row in rows:
        if row.start is None or not row.text or "áo cáo" not in row.text:
            continue
        at = flat.find(row.text, text.to_flat(row.start))
        if at >= after:
            spans.append((at, at + len(row.text)))
    return spans


# The fund a charter sets up, named in its title: "BAN HÀNH ĐIỀU LỆ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA QUỸ BẢO VỆ MÔI TRƯỜNG TỈNH QUẢNG
# TRỊ" (a Quyết định of UBND tỉnh Quảng Trị), "Điều lệ Quỹ Phát triển đất" (``_charter_fund``).
CHARTER_FUND_TITLE = re.compile(r"(?i:điều\s+lệ)(?:\s+(?i:tổ\s+chức\s+và\s+hoạt\s+động))?(?:\s+(?i:của))?\s+(?i:quỹ)\s+(?P<rest>.+)$")
# A name the charter gives its fund or its organs by the short name "Quỹ", up to its end: "Quỹ", "Giám đốc Quỹ", "Hội đồng
# Quản lý Quỹ", or by the fund's name without its place: "Hội đồng Quản lý Quỹ Bảo vệ môi trường" (``_fund_named``).
FUND_SHORT = "Quỹ"
# The fund by its short name as the subject of its clause, a predicate in lower case after it, at the clause's start or
# after a comma: "Quỹ báo cáo Sở Tài chính …", "Quỹ có trách nhiệm lập và gửi các báo cáo nghiệp vụ, …", "Định kỳ hằng
# quý, Quỹ báo cáo …". Not "của Quỹ", "Giám đốc Quỹ" (another word before it).
FUND_ITSELF = re.compile(rf"(?:^|[,.;:*_]|\s[-–+•])[\s*_]*Quỹ\s+(?=[{LOWER_LETTERS}])")


def _charter_fund(header: Header) -> str | None:
    """The fund a document is the charter of, or issued by, by its full name: the issuer when it is a fund, else the fund its
    title names with its place ("… CỦA QUỸ BẢO VỆ MÔI TRƯỜNG TỈNH QUẢNG TRỊ" -> 'Quỹ Bảo vệ môi trường tỉnh Quảng Trị': the
    title's words in the case of the issuer's place, the first word capitalised); None when the title names no fund's
    charter."""
    title = header.title or ""
    if (issuer := header.issuer or "").startswith(FUND_SHORT + " "):
        return issuer
    m = CHARTER_FUND_TITLE.search(title) if "quỹ" in title.lower() else None
    if m is None or not header.province:
        return None
    rest = m.group("rest").strip(" .*_")
    low = rest.lower()
    place = header.province.lower()
    for level in ("tỉnh ", "thành phố "):
        at = low.rfind(level + place)
        if at > 0 and at + len(level + place) == len(low):
            words = low[:at].strip()
            return f"{FUND_SHORT} {words[:1].upper()}{words[1:]} {level}{header.province}"
    return None


def _fund_named(name: str | None, fund: str) -> str | None:
    """``name`` with the charter's short name of its fund written in full: "Giám đốc Quỹ" -> 'Giám đốc Quỹ Bảo vệ môi
    trường tỉnh Quảng Trị', "Hội đồng Quản lý Quỹ Bảo vệ môi trường" the same way; other names as they are."""
    if not name:
        return name
    if name == FUND_SHORT or name.endswith(" " + FUND_SHORT):
        return name[: len(name) - len(FUND_SHORT)] + fund
    at = name.find(" " + FUND_SHORT + " ")
    at = at + 1 if at >= 0 else (0 if name.startswith(FUND_SHORT + " ") else -1)
    if at >= 0 and fund.lower().startswith(name[at:].lower()) and name[at:].lower() != fund.lower():
        return name[:at] + fund
    return name


def find_reports_in(text: Text, header: Header, doc: Outline) -> list[Report]:
    flat = text.flat
    issuer = header.issuer
    addressees: str | None = None
    addressees_read = False
    table_rows: list | None = None  # the rows of the task tables (task_tables), read at the first report in one
    duties: list[_Duty] = []
    # The plan's aims and requirements (MỤC ĐÍCH, YÊU CẦU): what they say of reports is a quality asked for, not a duty ("2. Yêu
    # cầu" / "- Các xã, thị trấn báo cáo kết quả đầy đủ, kịp thời."), unless it names an addressee or a date (below).
    aims = [(n.flat_start, n.flat_end) for part in doc.parts() for n in part if n.kind == "heading" and n.section_kind == "purpose"]
    # An article or heading that lists the papers of a dossier ("Điều 7. Hồ sơ đề nghị xét tặng" / "2. Báo cáo tóm tắt thành
    # tích do cá nhân lập …", NQ 83/2025/NQ-HĐND of HĐND Hà Nội): its reports are papers, not duties, unless sent or dated.
    dossiers = [
        (n.flat_start, n.flat_end) for part in doc.parts() for n in part
        if n.kind in ("article", "heading") and DOSSIER_TITLE.match(flat, n.body_start, n.head_end())
    ]
    # A Báo cáo's account of what was done ("I. KẾT QUẢ THỰC HIỆN", "I. TÌNH HÌNH CHUNG"): the reports it tells of are past work,
    # not duties ("UBND huyện … chỉ đạo các cơ quan, đơn vị báo cáo định kỳ hằng quý về Phòng Nội vụ để tổng hợp."); its
    # "PHƯƠNG HƯỚNG, NHIỆM VỤ" asks for them.
    account = [
        (n.flat_start, n.flat_end) for part in doc.parts() for n in part
        if header.doc_type == REPORT_DOC and n.kind == "heading" and n.section_kind == "situation"
        and ACCOUNT_TITLE.match(n.title or "")
    ]
    clause_end = CLAUSE_END_IN_TABLE if "|" in flat else CLAUSE_END
    # The short names the document gives bodies ("… của Trung tâm chính trị xã, phường, đặc khu (sau đây gọi tắt là Trung
    # tâm)"), which may open a clause as its subject.
    short_names = [sm.group("short") for sm in SHORT_NAME_GIVEN.finditer(flat)] if "ọi tắt là" in flat else []
    letter_spans = letter_body_spans(text, doc)
    loose_articles = [] if letter_spans else _preamble_article_spans(text, doc)
    if not letter_spans and not loose_articles:
        loose_articles = _unnumbered_body_span(text, doc, header)
    appendix_rows: list[tuple[int, int]] = []
    if (sig := _appendix_after_signature(text, doc)) is not None:
        table_rows = table_tasks(text, doc, 1)
        appendix_rows = _appendix_row_spans(text, table_rows, sig)
    for lo, hi in (letter_spans or loose_articles) + doc.body_spans() + appendix_rows:
        verbs = [
            m for m in _report_words(flat, lo, hi)
            if m.start() == 0 or not flat[m.start() - 1].isalnum()
        ]
        read = _duty_verbs(flat, lo, verbs)
        # The next duty verb after each verb (a noun "báo cáo" between does not cut a clause).
        next_duty: list[re.Match | None] = [None] * len(read)
        for k in range(len(read) - 2, -1, -1):
            after, is_duty = read[k + 1]
            next_duty[k] = after if is_duty else next_duty[k + 1]
        span_first = len(duties)
        title_end = lo  # the end of the last title's verb (``_title_then_subject``): a later subject is read after it
        # CLAUSE_END's first match from the last verb's end (the verbs come in order): reused while
        # it lies ahead, so a span with many verbs and no clause end is not scanned to its end
        # from every verb (quadratic on a damaged copy run together on one line).
        ce_from, ce_found = hi + 1, None
        for idx, (m, duty) in enumerate(read):
            if not duty or _ends_title_line(text, doc, m.end()) or _in_article_title(text.flat, doc, m.start()):
                continue
            if flat.find(":", m.end(), min(hi, m.end() + 80)) >= 0 and _in_lead_title(flat, doc, m.start()):
                continue
            if _title_then_subject(flat, m.end(), hi):
                # "5. Công tác theo dõi, báo cáo Thủ trưởng các đơn vị, trường học có trách nhiệm báo cáo kết quả về …": a
                # title run on into the sentence whose subject follows it; the subject is read after it (title_end).
                title_end = m.end()
                continue
            if ce_from > m.end() or (ce_found is not None and ce_found.start() < m.end()):
                ce_from, ce_found = m.end(), clause_end.search(flat, m.end(), hi)
            ce = ce_found
            seg_end = ce.start() if ce else hi
            nxt_duty = next_duty[idx]
            if nxt_duty is not None and nxt_duty.start() < seg_end:
                # "… và báo cáo năm …": the next duty starts at its own verb (or its "và"). A "báo cáo"
                # that is a noun does not cut the clause: "lồng ghép báo cáo công tác truyền thông … trong
                # báo cáo công tác giảm nghèo hằng năm … và gửi về Sở Nông nghiệp và Môi trường" (corpus 029).
                seg_end = nxt_duty.start()
            d = _Duty(m.start(), seg_end, m.end())
            # Clause start, for the evidence and the clause's subject.
            back = max(lo, m.start() - _EVIDENCE_BACK)
            cs = None
            for c in CLAUSE_START.finditer(flat, back, m.start()):
                cs = c.end() if not (_dash_in_name(text, back, c) or _listing_colon(flat, c)) else cs
            if cs is not None and ")" in flat[cs : m.start()]:
                cs = _after_bracket(flat, cs, m.start())
            clause_lo = cs if cs is not None else back
            prev = duties[-1] if len(duties) > span_first else None
            prev_end = prev.seg_end if prev is not None and prev.seg_end <= m.start() else lo
            # "… và báo cáo kết quả …": a second verb of the clause, without a subject of its own.
            if (
                prev is not None and not CLAUSE_END.search(flat, prev.verb_end, m.start())
                and COORDINATED.search(flat, max(prev.verb_end, m.start() - 20), m.start())
                and _sender_in_clause(flat, prev.verb_end, m.start()) is None
            ):
                d.coordinated = True
            # Deadline and recurrence: after the verb, else opening its clause ("Trước ngày 15/12
            # hàng năm tổng hợp, báo cáo…", "Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo…").
            dl = find_deadline(flat, m.end(), seg_end)
            if dl is None and "ngày" in flat[m.end() : seg_end]:
                dl = _cued_day(flat, max(clause_lo, prev_end), m, seg_end)
            dl_before = None
            if dl is None:
                dl_before = _only_deadline(flat, max(clause_lo, prev_end), m.start())
                if dl_before and PURPOSE_BETWEEN.search(flat, dl_before.flat_end, m.start()):
                    dl_before = None
            period = None if dl or dl_before else find_period(flat, m.end(), seg_end)
            if dl:
                d.deadline = dl.iso
                d.dated_day = dl.day_month
                d.ev_end = dl.flat_end
            elif period:
                d.ev_end = period.flat_end
            else:
                d.ev_end = seg_end
            if dl_before:
                d.deadline = dl_before.iso
                d.dated_day = dl_before.day_month
            dated = dl or dl_before
            d.recurrence = _recurrence(
                flat[m.end() : seg_end], flat[max(clause_lo, prev_end) : m.start()],
                dated.day_month if dated else None, period.text if period else None,
            )
            if d.recurrence is None and not (dated or period):
                d.recurrence = _opening_recurrence(flat, lo, clause_lo, cs, m.start())
            if d.recurrence is None and not (dated or period):
                limit = _time_limit(flat, max(clause_lo, prev_end), m, seg_end)
                d.event = _event(flat, max(clause_lo, prev_end), m, seg_end)
                if limit:
                    # The limit with the event it counts from, when it names none of its own: "Sau khi kết thúc đợt kiểm tra, Tổ
                    # kiểm tra liên ngành báo cáo kết quả về UBND tỉnh trong 05 ngày làm việc." -> 'trong 05 ngày làm việc sau khi
                    # kết thúc đợt kiểm tra'.
                    d.event = f"{limit} {d.event}" if d.event and not LIMIT_ANCHORED.search(limit) else limit
                if d.event is None and cs is None and back > lo:
                    # A long clause, its start beyond the evidence's reach: the event opens it. "Trường hợp có khó khăn,
                    # vướng mắc trong quá trình thực hiện, đề nghị các cơ quan, đơn vị có văn bản báo cáo gửi Sở Xây dựng …"
                    # (corpus 043, a Công văn of UBND Thành phố Hồ Chí Minh). After the time the clause itself gives ("…, báo
                    # cáo xin ý kiến cấp có thẩm quyền trước khi quyết định tặng thưởng").
                    event_lo = max(clause_lo, prev_end)
                    for c in CLAUSE_START.finditer(flat, max(lo, m.start() - _EVENT_BACK), back):
                        event_lo = max(c.end(), prev_end)
                    d.event = _event(flat, event_lo, m, seg_end)
            if (
                not (dated or period) and d.recurrence and d.recurrence.endswith(_MONTHLY)
                and (bd := MONTHLY_DAY.search(flat, m.end(), seg_end)) is not None and 1 <= int(bd.group("d")) <= 31
            ):
                # "định kỳ hằng tháng báo cáo kết quả về Ban Quản lý dự án … trước ngày 20." -> 'định kỳ hằng tháng (trước ngày
                # 20)': a bare day of a monthly report is its day of every month.
                d.recurrence = f"{d.recurrence} ({'' if bd.group('on') else 'trước '}ngày {int(bd.group('d'))})"
            if (
                not (dated or period) and d.recurrence and d.recurrence.endswith(_WEEKLY)
                and (day := _weekly_day(flat, ((m.end(), seg_end), (max(clause_lo, prev_end), m.start()))))
            ):
                # "báo cáo Sở Y tế trước 10 giờ sáng thứ Hai hằng tuần" -> 'hằng tuần (trước 10 giờ sáng thứ Hai)': the day of a
                # weekly report, as "(trước ngày 18/5)" is the day of a yearly one.
                d.recurrence = f"{d.recurrence} ({day})"
            if (
                not (dated or period) and d.recurrence and d.recurrence.endswith(_YEARLY) and "từ ngày" in flat[m.end() : seg_end]
                and (win := YEARLY_WINDOW.search(flat, m.end(), seg_end)) is not None
                and _valid_day(int(win.group("d1")), int(win.group("m"))) and _valid_day(int(win.group("d2")), int(win.group("m")))
            ):
                # "Hằng năm, các cơ quan, đơn vị … gửi báo cáo về Sở Nội vụ từ ngày 10 đến ngày 15 tháng 12" (QĐ 2519/QĐ-UBND
                # of UBND TP Cần Thơ) -> 'hằng năm (từ ngày 10 đến ngày 15/12)': the window of a yearly report.
                d.recurrence = (
                    f"{d.recurrence} (từ ngày {int(win.group('d1'))} đến ngày {int(win.group('d2'))}/{int(win.group('m'))})"
                )
            # Addressee: right after the verb, else "gửi về X"/"về X" later in the clause.
            td = TO_DIRECT.match(flat, m.end())
            got = None
            # After "kết quả" a name in lower case is an addressee only behind its preposition: "tổng hợp
            # báo cáo kết quả cho giám đốc sở" (a Quy chế of Sở Giao thông công chánh).
            if td and not (td.group("result") and not td.group("prep") and not flat[td.end() : td.end() + 1].isupper()):
                got = _org_after(flat, td.end(), seg_end)
            d.to_direct = bool(got)
            if not got:
                for tm in TO_LATER.finditer(flat, m.end(), seg_end):
                    if tm.group("with") and not flat[tm.end() : tm.end() + 1].isupper():
                        continue  # "với" names an addressee only before a capitalised name
                    got = _org_after(flat, tm.end(), seg_end)
                    if got:
                        break
            if not got and flat.endswith("gửi ", max(0, m.start() - 4), m.start()):
                # "gửi báo cáo định kỳ đến Sở Tài chính như sau:": the report sent, its addressee after "đến"/"tới" (a name
                # only, capitalised: not "đến hết ngày", "đến năm 2025").
                for tm in SENT_ON_TO.finditer(flat, m.end(), seg_end):
                    if (got := _org_after(flat, tm.end(), seg_end)) is not None:
                        break
            if not got and ("đến " in flat[m.end() : seg_end] or "tới " in flat[m.end() : seg_end]):
                # The report's object, then its addressee after "đến": "kịp thời báo cáo thông tin dự báo, cảnh báo cháy rừng
                # đến Ủy ban nhân dân tỉnh, Ủy ban nhân dân cấp xã nơi có rừng" (QĐ 96/2025/QĐ-UBND of UBND tỉnh Quảng Ninh):
                # a body's name only, capitalised (not "đến ngày", "đến năm 2030").
                for tm in SENT_ON_TO.finditer(flat, m.end(), seg_end):
                    if (got := _org_after(flat, tm.end(), seg_end)) is not None:
                        break
            if not got and "gửi " in flat[max(lo, m.start() - _SENT_NAMED_BACK) : m.start()]:
                # The addressee between "gửi" and the verb: "… báo cáo UBND Thành phố để báo cáo Ban Thường vụ Thành ủy … và
                # gửi Bộ Tài chính báo cáo định kỳ hàng năm theo quy định tại khoản 4 Điều 85 Luật Đấu thầu" (a Công văn of
                # UBND TP Hà Nội): the name runs up to the verb.
                back = max(lo, m.start() - _SENT_NAMED_BACK)
                sent = _last_before(SENT_NAMED_BEFORE, flat, back, m.start())
                if sent is not None and (o := _org_after(flat, sent.end(), m.start())) is not None and (
                    not flat[o[1] : m.start()].strip(" *_") or ROUTE_BRACKET.fullmatch(flat, o[1], m.start()) is not None
                ):
                    got = o
            if not got and "yêu cầu của" in flat[m.end() : seg_end]:
                # The body that asks for the report receives it: "báo cáo định kỳ hoặc đột xuất khi có yêu cầu của Ủy ban nhân
                # dân tỉnh về tình hình hoạt động …" (a Quy chế of UBND tỉnh Ninh Bình), "báo cáo đầy đủ, đúng thời hạn theo
                # yêu cầu của Đoàn giám sát" (a Nghị quyết of HĐND tỉnh).
                for tm in REQUESTER.finditer(flat, m.end(), seg_end):
                    if (got := _org_after(flat, tm.end(), seg_end)) is not None:
                        break
                    if (role := REQUESTING_ROLE.match(flat, tm.end(), seg_end)) is not None:
                        got = (role.group()[:1].upper() + role.group()[1:], role.end())
                        break
            if got:
                d.to = got[0]
            elif (
                issuer and issuer.removeprefix(OFFICE_ISSUER).startswith(SELF_KINDS)
                and (self_to := _self_addressee(flat, m.end(), seg_end, issuer))
            ):
                d.to = self_to  # "báo cáo kết quả về Bộ (qua Vụ Tổ chức cán bộ)" in a ministry's Công văn: the issuer
            # Sender: "… của X" after the verb, before the addressee. Not after an addressee named right after the
            # verb: "d) Theo dõi, kiểm soát, đôn đốc, báo cáo Ban Giám đốc hàng tuần việc thực hiện nhiệm vụ của các
            # phòng, ban" (a Quy chế làm việc, the duties of its Chánh Văn phòng): whose work is reported, not who reports.
            own = OWNER.search(flat, m.end(), min(seg_end, m.end() + 80))
            if d.to_direct and own and got[1] <= own.start():
                own = None
            if own and got and m.end() < own.start() < got[1] and flat.find(got[0], m.end(), got[1]) >= 0 and (
                flat.find(got[0], m.end(), got[1]) < own.start()
            ):
                # The "của" inside the addressee's name: "chủ động báo cáo, giải trình với Quốc hội và các cơ quan của Quốc
                # hội" (NQ 393/NQ-CP): no owner of the report.
                own = None
            if own and (CITED_BETWEEN.search(flat, m.end(), own.start()) or REQUESTED_BETWEEN.search(flat, m.end(), own.start())):
                own = None
            if own and MONITORED_BEFORE.search(flat, max(lo, m.start() - 24), m.start()) is not None:
                # What is watched and then reported is the watched bodies' work, not their report: "Theo dõi sát và báo cáo
                # kịp thời tình hình hoạt động của các cấp uỷ và các tổ chức đảng trực thuộc" (a Kết luận of Văn phòng Trung
                # ương Đảng: the offices report).
                own = None
            if own and "với" in flat[m.end() : own.start()] and PARTNER_BETWEEN.search(flat, m.end(), own.start()):
                # "của" inside the partner's name: "chủ động báo cáo, phối hợp với các Ban chuyên môn của Cơ quan Ủy ban MTTQ
                # tỉnh" (corpus 055): no owner of the report.
                own = None
            if (
                own and (not flat[m.end() : own.start()].strip(" *_") or REPORT_KINDS_GAP.fullmatch(flat, m.end(), own.start()))
                and COMPILED_BEFORE.search(flat, max(0, m.start() - 20), m.start()) is not None
            ):
                # The reports compiled, not the one sent: "Văn phòng Ban Chỉ đạo tổng hợp báo cáo của các thành viên Ban Chỉ
                # đạo, Ban Chỉ đạo phát triển du lịch các địa phương, soạn thảo báo cáo … gửi Bộ Nội vụ" (a Quy chế of Ban Chỉ
                # đạo nhà nước về du lịch): "của X" names whose reports are compiled, not the sender.
                own = None
            if own:
                o = _org_after(flat, own.end(), seg_end)
                if o and not _reflexive_owner(o[0].lower()):
                    d.sender = o[0]
                elif o is None and issuer and (self_owner := _self_owner(flat, own.end(), issuer)) is not None:
                    d.sender = self_owner  # "Báo cáo của Trường (tổng hợp từ các đơn vị), gởi cho Vụ …": the issuer's
            compiling = False
            row_lead = False  # the sender is the lead unit of a task table's row
            labelled = False  # the sender is the holder a numbered label names (``_labelled_holder``): no staff unit
            named = True  # the sender is named in the text (not the plan's addressees or its issuer)
            if d.sender is None and "rách nhiệm của" in flat[max(lo, m.start() - _BULLET_LABEL_BACK) : m.start()]:
                d.sender = _bullet_duty_holder(flat, lo, m.start())
            if d.sender is None and d.coordinated:
                pass  # the sender of the verb it is coordinated with (below)
            elif (
                d.sender is None and flat.find("Quý", max(lo, clause_lo), m.start()) >= 0
                and YOU_ASKED.search(flat, max(lo, clause_lo), m.start()) is not None
                and (you := ", ".join(_addressees(text, doc))) != ""
            ):
                # "Kính gửi: Sở Y tế tỉnh Quảng Trị." / "Bộ Y tế đề nghị Quý Sở tổng hợp, báo cáo tình hình tiêm chủng … về
                # Bộ Y tế (qua Cục Phòng bệnh) trước ngày 30/9/2025": the letter's addressees report (not the issuer, whose
                # compiling unit "tổng hợp" would otherwise name).
                d.sender = you
            elif d.sender is None and (urged := _urged_sender(flat, max(lo, clause_lo), m.start())) is not None:
                d.sender = urged  # "1. Đôn đốc các bệnh viện vệ tinh báo cáo kết quả …": the bodies urged report
            elif (
                d.sender is None and "biết" in flat[max(lo, m.start() - 40) : m.start()]
                and (told := _notified_sender(flat, lo, m.start())) is not None
            ):
                d.sender = told
            elif d.sender is None and (done_by := _named_before(DONE_BY, MARKS_GAP, flat, max(lo, clause_lo), m.start())) is not None:
                # The work made passive, its doer the reporting verb's: "b) Việc gia hạn nợ, khoanh nợ do Giám đốc Quỹ Bảo vệ môi
                # trường báo cáo Hội đồng Quản lý Quỹ Bảo vệ môi trường xem xét, quyết định" (the Điều lệ of a provincial fund).
                d.sender = done_by
            elif (
                d.sender is None and "mưu" in flat[max(lo, m.start() - _URGED_BACK) : m.start()]
                and (advised := _advised_sender(flat, max(lo, clause_lo), m.start(), header)) is not None
            ):
                d.sender = advised  # "Phòng Nội vụ tham mưu UBND huyện báo cáo Sở Nội vụ …": the committee reports
            elif d.sender is None:
                # "gửi về X … để tổng hợp báo cáo Y" / "phản ánh về X để … tổng hợp báo cáo Y".
                zone = flat[max(lo, m.start() - 160) : m.start()]
                z0 = max(lo, m.start() - 160)
                if (
                    (PURPOSE_OPEN.search(zone) and COMPILE_WORDS.search(zone[-60:] + " ")) or RECEIVER_COMPILES.search(zone)
                    or ("để" in zone[-40:] and RECEIVER_REPORTS_ON.search(zone) is not None)
                ):
                    for rm in RECEIVER_THEN.finditer(flat, z0, m.start()):
                        o = _org_after(flat, rm.end(), m.start())
                        if o:
                            d.sender = o[0]
                    if d.sender is not None:
                        compiling = False
                if (
                    d.sender is None and prev is not None and prev.to and "tổng" in zone[-30:]
                    and COMPILED_FOR_REPORT.search(flat, max(lo, m.start() - 30), m.start()) is not None
                    and SENTENCE_END_ONLY.search(flat, prev.verb_end, m.start()) is None
                ):
                    # The addressee of the report just asked for compiles it onward: "Các bộ, ngành, địa phương định kỳ hằng
                    # năm gửi báo cáo Bộ Khoa học và Công nghệ tình hình triển khai Chương trình trước ngày 15 tháng 12 để tổng
                    # hợp, báo cáo Thủ tướng Chính phủ" (QĐ 2629/QĐ-TTg): the Bộ reports (its name after the verb, no "về").
                    d.sender = prev.to
                if d.sender is None and ("rình" in zone or "ửi" in zone or "áo cáo" in zone):
                    sub = SUBMITTED_FOR_REPORT.search(zone)
                    o = _org_after(flat, z0 + sub.start("to"), z0 + sub.end("to")) if sub else None
                    if o:
                        d.sender = o[0]
                if d.sender is None:
                    subject_lo = _subject_clause_start(flat, lo, clause_lo, cs, m.start())
                    subject_lo = _past_heading_line(text, doc, subject_lo, m.start())
                    if subject_lo < title_end < m.start():
                        subject_lo = title_end
                    d.sender = _sender_in_clause(flat, subject_lo, m.start())
                    if d.sender is None and ")" in flat[subject_lo : m.start()]:
                        # "2.\nLực lượng … cấp xã\n\nc)\nTrong trường hợp …, Trưởng Ban Chỉ huy cấp xã trực tiếp báo cáo …":
                        # the subject read from the sub-item's mark on.
                        if (item := _last_before(LETTER_ITEM_START, flat, subject_lo, m.start(), m.start() - subject_lo)) is not None:
                            d.sender = _sender_in_clause(flat, item.end(), m.start())
                    if d.sender is None and cs is None and m.start() - lo > _SUBJECT_BACK and subject_lo == clause_lo:
                        far_lo = _subject_clause_start(flat, lo, clause_lo, cs, m.start(), _SUBJECT_BACK_LONG)
                        if far_lo < subject_lo and (far := _sender_in_clause(flat, far_lo, m.start())) is not None:
                            d.sender, subject_lo = far, far_lo
                    if d.sender is None and (role := _role_subject(flat, subject_lo, m.start())) is not None:
                        d.sender = role
                    if d.sender is None and (short := _short_named_subject(flat, subject_lo, m.start(), short_names)):
                        d.sender = short
                    if d.sender is None and issuer and issuer.startswith(SCHOOL) and SCHOOL_ITSELF.search(flat, subject_lo, m.start()):
                        d.sender = issuer  # "Nhà trường triển khai thực hiện và gửi Báo cáo kết quả … về Sở GDĐT …"
                    if (
                        d.sender is None and "Quỹ" in flat[subject_lo : m.start()] and (fund := _charter_fund(header))
                        and FUND_ITSELF.search(flat[subject_lo : m.end()]) is not None
                    ):
                        d.sender = fund  # "Quỹ có trách nhiệm lập và gửi các báo cáo nghiệp vụ, …" in the fund's charter
                    if d.sender is not None and flat.rfind(";", max(lo, subject_lo - 4), subject_lo) >= 0:
                        d.sender = _listed_before(flat, lo, subject_lo, d.sender)
                    # A subject of its own after "thì" (_then_subject): when no name reads it ("… thì phòng chủ trì
                    # báo cáo …") the sender is unknown, not the item's doer nor the plan's addressees.
                    then = _then_subject(flat, subject_lo, m.start()) if d.sender is None else None
                    if then:
                        d.sender = then
                    unread = then == ""
                    if (
                        d.sender is None and not unread and issuer and "được" in flat[subject_lo : m.start()]
                        and SCHOOL_OWNED_PASSIVE.search(flat, subject_lo, m.start())
                    ):
                        # "Kế hoạch giáo dục của nhà trường được ban hành và báo cáo cấp có thẩm quyền …": the school's
                        # report; in a letter to schools ("Kính gửi: Các cơ sở giáo dục …"), theirs; else unknown (not the
                        # addressees of a Bộ's letter, the Sở).
                        schools = [n for n in _addressees(text, doc) if SCHOOLS_NAMED.search(n)]
                        d.sender = issuer if issuer.startswith(SCHOOL) else ", ".join(schools) or None
                        unread = d.sender is None
                    if d.sender is None and not unread:
                        # "Yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện triển khai thực hiện nghiêm túc Kế
                        # hoạch này. Trong quá trình thực hiện nếu có khó khăn, vướng mắc, báo cáo UBND tỉnh (qua Sở Nội vụ)".
                        d.sender = _asked_before(flat, lo, m.start()) or _addressed_label(text, lo, clause_lo)
                    if d.sender is None and not unread and (
                        flat.find(" | ", clause_lo - 3, m.start()) >= 0 or (lo, hi) in appendix_rows
                    ):
                        # A report in a row of a task table, its lead unit's: "| 1 | Báo cáo kết quả cải cách hành chính 6
                        # tháng, năm gửi UBND tỉnh | Văn phòng HĐND và UBND xã | …" (no subject in the cell); in an
                        # appendix's row, wherever the verb lies in its cell.
                        if table_rows is None:
                            table_rows = table_tasks(text, doc, 1)
                        orig = text.to_original(m.start())
                        row = next((t for t in table_rows if (t.start or 0) <= orig < (t.end or 0)), None)
                        if row is not None and row.assigned_to:
                            d.sender = ", ".join(row.assigned_to)
                            row_lead = True
                    item = None if unread else _enclosing_item(doc, m.start())
                    if item is None and not unread and d.sender is None:
                        d.sender = _closing_item_doers(text, doc, m.start())
                    if item is not None and _detached_closing(text, doc, item, clause_lo):
                        # All the plan's units report the difficulties, not the last item's doer; the first group item
                        # (_plan_addressees) names only some of them: unknown.
                        item, unread = None, True
                    shared = False  # the sender is the subject of the sentence before a semicolon
                    if d.sender is None and item is not None and item.kind == "item":
                        # A numbered label inside the item that the outline did not read, naming whose duties follow:
                        # "*1.5. Trách nhiệm của đối tượng thực hiện kiểm kê:*" (corpus 047); else the item's title.
                        d.sender = _labelled_holder(flat, item.body_start, m.start())
                        labelled = d.sender is not None
                        d.sender = d.sender or _title_doers(text, item, m.start())
                    if d.sender is None and item is not None and item.kind in ("item", "heading", "article") and (
                        (semi := _semicolon_before(flat, lo, clause_lo)) is not None
                    ):
                        # A clause after a semicolon shares its sentence's subject: "2. Ở cấp huyện" / "Ban Thường vụ
                        # Huyện ủy tổ chức hội nghị sơ kết trong tháng 5/2024; báo cáo Ban Thường vụ Tỉnh ủy trước ngày …".
                        d.sender = _shared_subject(text, item, max(lo, item.body_start), semi)
                        shared = d.sender is not None
                    if d.sender is None and item is not None and item.kind == "item":
                        d.sender = (
                            _sub_item_doer(flat, item, m.start()) or _intro_doer(text, item, m.start())
                            or _regime_doer(text, item, m.start())
                        )
                    elif d.sender is None and item is not None and item.kind == "heading":
                        # "V. CHẾ ĐỘ BÁO CÁO" / "Các đơn vị:" / "- Định kỳ hằng quý báo cáo …": a regime's section.
                        d.sender = _regime_doer(text, item, m.start())
                    if d.sender is None and item is not None and item.kind == "item":
                        # Then for a sub-item that names no doer: "1. Các sở, ban, ngành; UBND các xã, phường" / "- Định kỳ
                        # 6 tháng, năm báo cáo kết quả thực hiện Chỉ thị về UBND tỉnh …" (a Chỉ thị of UBND tỉnh).
                        d.sender = _title_doers(text, item, m.start(), in_sub_item=True)
                    if d.sender is None and item is not None and item.kind in ("item", "article"):
                        # An article's own words too: "Điều 2. Tổ công tác có nhiệm vụ …; tổng hợp kết
                        # quả báo cáo UBND xã trước ngày 30/11/2024."
                        d.sender = _sentence_role(flat, max(lo, item.body_start), m.start()) or _head_doer(flat, item, m.start())
                    if d.sender is None and item is not None and item.kind == "article":
                        # "Điều 3. Trách nhiệm của Sở Lao động - Thương binh và Xã hội" / "Hướng dẫn, kiểm tra việc thực hiện;
                        # tổng hợp, báo cáo Ủy ban nhân dân cấp tỉnh và Bộ Lao động - Thương binh và Xã hội …" (a ministry's
                        # Thông tư): the body the article's title makes responsible.
                        d.sender = _titled_responsible(text, item)
                    if d.sender is None and item is not None and item.kind == "item":
                        d.sender = (
                            _own_head_responsible(flat, item, m.start()) or _lead_doer(flat, doc, item)
                            or _responsible_doer(flat, doc, item) or _article_responsible(text, doc, item)
                        )
                    if d.sender is None and item is not None and item.kind == "item" and ADDRESSED_HEAD.match(
                        flat, item.body_start
                    ):
                        addressed, said = _addressed_item(text, doc, item)
                        if said:
                            # "1. Đối với các bộ, ngành, cơ quan thuộc Chính phủ" / "- … định kỳ hàng năm báo cáo kết
                            # quả thực hiện gửi Bộ Kế hoạch và Đầu tư …" (NQ 12/NQ-CP): the bodies the item addresses.
                            d.sender = addressed
                            unread = addressed is None  # not the plan's addressees: the item names its own, unread
                    if (
                        d.sender is None and not unread and item is not None and item.kind == "item"
                        and (label := _unread_label(text, doc, item)) is not None
                    ):
                        # "3. Thú y viên: thực hiện tiêm phòng; kịp thời báo cáo khi phát hiện …" (a commune's Kế hoạch):
                        # the item names its doer in a label the names data does not read, as written; not the plan's
                        # addressees.
                        d.sender = label
                    if d.sender is None and item is None and not unread:
                        # A letter's paragraph, whose long sentence opens with the body given the work: "…; Chủ tịch
                        # UBND tỉnh giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp …, rà soát, xây dựng dự thảo Báo cáo
                        # …, báo cáo UBND tỉnh trước ngày 05/01/2022" (a Công văn of UBND tỉnh Hải Dương).
                        d.sender = _sentence_doer(flat, lo, m.start())
                        if d.sender is None and (semi := _semicolon_before(flat, lo, clause_lo)) is not None:
                            # An article read outside the outline, its subject shared across a semicolon: "Điều 2. Sở
                            # Thông tin và Truyền thông chủ trì, theo dõi, đôn đốc; tổng hợp, báo cáo UBND tỉnh …".
                            # A letter's sentence the same, the bodies it asks: "Bộ Giáo dục và Đào tạo yêu cầu các sở
                            # giáo dục và đào tạo nghiêm túc triển khai thực hiện; tổng hợp và báo cáo kết quả về Bộ trước
                            # ngày 15/12/2025." Not the issuer as the sentence's subject ("Sở Y tế đã ban hành hướng dẫn;
                            # đề nghị báo cáo …": the letter's addressees report).
                            d.sender = _sentence_doer(flat, lo, semi) or _listing_sentence_subject(flat, lo, semi)
                            if d.sender is not None and not (loose_articles and (lo, hi) in loose_articles) and (
                                _same_body(canonical_org(d.sender, header), issuer)
                            ):
                                d.sender = None
                            shared = d.sender is not None
                    named = d.sender is not None
                    if d.sender is None and item is not None and item.kind == "item":
                        # Inferred, as the plan's addressees are: a heading naming the duty ("1.2. Báo cáo
                        # kết quả Hội nghị") is still read as a title.
                        d.sender = _label_doer(flat, item)
                    head_zone = flat[clause_lo : m.start()]
                    if item is not None and item.kind == "item" and not shared:
                        # Not for a subject shared from the clause before the semicolon: "2. Trung tâm Kiểm soát bệnh tật
                        # tỉnh tổng hợp, báo cáo Sở Y tế …; báo cáo đột xuất khi có ổ dịch mới." (its own report, not the
                        # Sở's compiled by its unit).
                        head_zone = flat[item.body_start : m.start()]
                    compiling = bool(COMPILE_WORDS.search(head_zone[-120:])) or (
                        # A committee's department leading a row of its task table compiles the committee's report: "| 2 |
                        # Báo cáo sơ kết 6 tháng gửi UBND tỉnh | Phòng Nội vụ | Trước ngày 15/6/2025 |" (a UBND huyện's
                        # plan); to the committee itself the department reports (below: to_department, _names_issuer).
                        # (Not the committee's office, "Văn phòng HĐND và UBND xã": round 14 keeps its rows its own.)
                        row_lead and _is_department_of(d.sender, issuer) and not d.sender.startswith(OFFICE_ISSUER)
                    ) or (
                        # The issuer's office as the item's lead unit compiles the issuer's report: "2. Sơ kết công tác
                        # … 6 tháng đầu năm." / "- Cơ quan chủ trì: Văn phòng Sở." / "- Sản phẩm: Báo cáo sơ kết gửi UBND
                        # tỉnh, Bộ Tư pháp." (a Sở Tư pháp's Kế hoạch): the Sở's report; to the Sở's head, the office's.
                        item is not None and item.kind == "item" and _issuers_office(d.sender, header)
                        and LEAD_LABEL.search(flat, item.body_start, item.flat_end) is not None
                    )
                    if (
                        d.sender is None and not compiling and not unread and duties and duties[-1].sender
                        and m.start() - duties[-1].verb <= _RESTATED_SPAN
                        and (
                            (
                                REPORT_SENT.match(flat, m.start())
                                and (m.start() == lo or SENTENCE_BEFORE.search(flat, max(lo, m.start() - 8), m.start()))
                            )
                            or (
                                ASKED_TO_SEND_BEFORE.search(flat, max(lo, m.start() - 24), m.start())
                                and SENT_TO_AFTER.match(flat, m.end())
                            )
                        )
                    ):
                        # The report just asked for, sent on: "… yêu cầu các Sở, Ban, ngành, … báo cáo kết quả thực
                        # hiện … (theo Đề cương báo cáo đính kèm). Báo cáo gửi về Ủy ban nhân dân tỉnh (thông qua Sở Y
                        # tế) … chậm nhất 10h00' ngày 27/4/2020." (CV 1974/UBND-KGVX of UBND tỉnh Đắk Nông): its sender,
                        # the paragraph before's too (a letter's paragraphs are spans of their own).
                        d.sender = duties[-1].sender
                        d.sent_on = True
                    if d.sender is None and not compiling and not unread:
                        if not addressees_read:
                            addressees, addressees_read = _plan_addressees(doc, flat), True
                            if addressees is None:
                                # A letter's duty without a subject is its addressees': "Báo cáo tổng kết gửi
                                # về Ủy ban bầu cử tỉnh (qua Sở Nội vụ) trước ngày 8/6/2021" under "Kính gửi:
                                # - Ủy ban bầu cử các huyện, thành phố; - Ủy ban bầu cử các xã, …".
                                addressees = ", ".join(_addressees(text, doc)) or None
                        d.sender = addressees
                        d.guessed = addressees is not None
            if "vượt" in flat[max(lo, m.start() - _ESCALATED_BACK) : m.start()] and (
                (escalated := _escalating_receiver(flat, max(lo, m.start() - _ESCALATED_BACK), m.start())) is not None
            ) and not _same_body(canonical_org(escalated, header), canonical_org(d.to, header) if d.to else None):
                # The body the difficulties go to reports on what is beyond its power: "… các cơ quan, đơn vị, địa phương báo
                # cáo về Sở Y tế để xem xét giải quyết theo thẩm quyền, trường hợp vượt thẩm quyền đề xuất, báo cáo Ủy ban nhân
                # dân thành phố xem xét, quyết định" (corpus 009): the Sở reports, not the bodies that wrote to it.
                d.sender = escalated
            if d.sender is not None and "thay mặt" in flat[max(lo, m.start() - _ON_BEHALF_BACK) : m.start()] and (
                (behalf := _on_behalf_of(flat, max(lo, m.start() - _ON_BEHALF_BACK), m.start())) is not None
            ):
                # The report signed on another's behalf is that body's: "Giao Bộ trưởng Bộ Nội vụ thừa ủy quyền Thủ tướng
                # Chính phủ thay mặt Chính phủ ký Báo cáo tiếp thu, giải trình … báo cáo Ủy ban Thường vụ Quốc hội" (NQ
                # 393/NQ-CP): the Chính phủ reports, its minister signs.
                d.sender = behalf
            if (
                # A period said in the cell does not stop it: "| 2 | Báo cáo sơ kết 6 tháng gửi UBND tỉnh | Phòng Nội vụ | … |
                # Trước ngày 15/6/2025 |" (the half-year report, due on the row's date).
                d.deadline is None and d.dated_day is None and clause_end is CLAUSE_END_IN_TABLE
                and (flat.find(" | ", clause_lo - 3, m.start()) >= 0 or (lo, hi) in appendix_rows)
            ):
                # A report in a row of a task table, dated by the row's time cell: "| 1 | Báo cáo kết quả thực hiện gửi
                # UBND tỉnh | Sở Nội vụ | Trước ngày 15/12/2026 |" (a full date only: "Trước ngày 15/6 và 15/12" is
                # left to the clause's own words).
                if table_rows is None:
                    table_rows = table_tasks(text, doc, 1)
                orig = text.to_original(m.start())
                row = next((t for t in table_rows if (t.start or 0) <= orig < (t.end or 0)), None)
                if row is not None and row.deadline:
                    d.deadline = row.deadline
                elif (
                    d.recurrence in (None, _BARE_PERIODIC) or (d.recurrence and "(" not in d.recurrence)
                ) and (cells := _row_rest(text, seg_end, row.end if row is not None and (lo, hi) in appendix_rows else None)):
                    # A period or a day of the year said in the row's time cell: "| 3 | Báo cáo định kỳ gửi Bộ Nội vụ | Sở
                    # Nội vụ | … | Hằng quý |" -> 'hằng quý'; "| 4 | Báo cáo sơ kết 6 tháng gửi UBND tỉnh | Sở Tư pháp | … |
                    # Trước ngày 15/6 hằng năm |" -> '6 tháng (trước ngày 15/6)' (the clause's own period first).
                    cell_dl = find_deadline(cells)
                    day = cell_dl.day_month if cell_dl is not None and not cell_dl.iso else None
                    if day or _find_recurrence(cells):
                        own = flat[m.end() : seg_end] if d.recurrence not in (None, _BARE_PERIODIC) else ""
                        d.recurrence = _recurrence(f"{own} {cells}", flat[max(clause_lo, prev_end) : m.start()] if own else "", day)
            if d.deadline is None and d.recurrence is None and d.to:
                # A report sent somewhere, dated by its item's completion label: "- Sản phẩm: Báo cáo sơ kết gửi UBND tỉnh,
                # Bộ Tư pháp." / "- Thời gian hoàn thành: trước ngày 20/6/2024." (a Sở Tư pháp's Kế hoạch); a duty of an item
                # of its own too, not only a product: "- Báo cáo kết quả kiểm kê cho cơ quan quản lý cấp trên …" / "Thời hạn
                # hoàn thành: Trước ngày 31/3/2026." (corpus 047). Only a duty with an addressee: one without is a task.
                item_end = next((n.flat_end for n in [_enclosing_item(doc, m.start())] if n is not None), seg_end)
                cl = COMPLETION_LABEL.search(flat, seg_end, min(item_end, seg_end + _COMPLETION_AHEAD))
                got_dl = find_deadline(flat, cl.end(), cl.end() + _LABEL_DATE_SPAN) if cl else None
                if got_dl is not None and got_dl.iso:
                    d.deadline = got_dl.iso
            if (
                d.to is None and duties and duties[-1].sender and m.start() - duties[-1].verb <= _RESTATED_SPAN
                and TIME_LIMIT_LEAD.search(flat, max(lo, m.start() - 32), m.start()) is not None
            ):
                # The time limit of the report just asked for, in a sentence of its own: "Các sở, ban, ngành báo cáo kết
                # quả thực hiện Kế hoạch về Sở Nội vụ. Thời hạn gửi báo cáo trước ngày 15/11/2025." (sent on: one duty).
                d.sender, d.sent_on = duties[-1].sender, True
            to_name = _canonical_list(d.to, header) if d.to else None
            if d.to and SUPERIOR.fullmatch(d.to.strip()):
                to_name = d.to.strip()[:1].upper() + d.to.strip()[1:]
            to_name = _school_named(to_name, issuer, text, doc)
            # A staff unit compiles its parent's report, unless the parent is the addressee:
            # "Sở Công Thương tổng hợp báo cáo Tỉnh ủy, HĐND, UBND tỉnh" in a plan of UBND tỉnh.
            # Nor when the addressee is one of the issuer's own departments: "- Tổng hợp, báo cáo tình hình …
            # và gửi về Sở Nông nghiệp và Môi trường" under "6. Ủy ban nhân dân cấp xã" in a plan of UBND thành
            # phố (corpus 029): the item's unit reports, UBND thành phố does not report to its department.
            to_department = bool(d.to) and _is_department_of(to_name or d.to, issuer)
            # Nor when the addressee is a committee below the issuer: "Phòng Văn hóa - Thông tin huyện tổng hợp, báo cáo UBND
            # huyện" in a plan of UBND tỉnh (the province does not report to a district: the unit reports to its own).
            below = bool(d.to) and _below_issuer(to_name or d.to, issuer)
            own_sender = d.sender  # before a staff unit's compiling gives the report to the issuer
            # Nor when the addressee is the document's own body, named bare: "Giao Phòng Văn hóa và Thông tin là cơ quan
            # thường trực của Ban Chỉ đạo, có trách nhiệm tham mưu, tổng hợp báo cáo Ban Chỉ đạo." (a Quyết định of UBND
            # huyện that sets the Ban Chỉ đạo up: the committee does not report to it, its standing unit does).
            to_own_body = bool(d.to) and OWN_BODY.fullmatch(d.to.strip(" *_")) is not None
            # Nor when the addressee is the leadership of a body (the issuer's, as a rule): "Thu thập, tổng hợp, xử lý thông tin
            # liên quan đến du lịch báo cáo lãnh đạo Ban Chỉ đạo và ủy viên thường trực Ban Chỉ đạo" under "Điều 10. Trách nhiệm
            # của Ủy viên kiêm Chánh Văn phòng Ban Chỉ đạo" (a Quy chế of Ban Chỉ đạo nhà nước về du lịch): the office's head
            # reports to them, the board does not report to its own leaders.
            to_own_body = to_own_body or (bool(d.to) and LEADERSHIP_TO.match(d.to.strip(" *_")) is not None)
            # Nor when the addressee is the competent authority, named by its power alone, which the issuer may be: "2. Sở Tài
            # chính" / "a) … Sở Tài chính tổng hợp nhu cầu kinh phí, căn cứ khả năng cân đối của ngân sách tỉnh, báo cáo cấp
            # có thẩm quyền xem xét bố trí kinh phí" (a Kế hoạch of UBND tỉnh Đồng Nai), "3. Giao Sở Nội vụ" / "- Tổng hợp,
            # báo cáo kết quả đánh giá, xếp loại … theo yêu cầu của cấp có thẩm quyền" (a Công văn of UBND TP Hồ Chí Minh):
            # the Sở reports. Not "cấp trên", above the issuer: its report.
            to_own_body = to_own_body or (bool(d.to) and COMPETENT_AUTHORITY.fullmatch(d.to.strip(" *_")) is not None)
            if (
                compiling and issuer and not to_department and not below and not to_own_body and not labelled
                and not (d.to and _names_issuer(d.to, header))
                and not _outside_office(d.sender, issuer) and not (named and _group_sender(d.sender) and not _in_purpose(flat, lo, m.start()))
                and not _ministry_sender(d.sender, issuer) and not _boards_agency(d.sender, issuer)
            ):
                if d.sender and d.to is None:
                    d.compiler = canonical_org(d.sender, header)
                d.sender = issuer
            elif compiling and d.sender is None and not to_department and not below and not to_own_body:
                d.sender = issuer
            d.to = to_name[:1].upper() + to_name[1:] if to_name else None
            if d.coordinated and d.sender is None:
                d.sender = prev.sender  # type: ignore[union-attr]
            else:
                d.sender = _school_named(canonical_org(d.sender, header) if d.sender else None, issuer, text, doc)
            if d.sender and d.to and (
                _same_body(d.sender, d.to)
                or (_same(d.sender, issuer) and _heads_issuer(d.to, issuer))
            ):
                # A body does not report to itself, nor to its own head ("… tổng hợp báo cáo kết quả cho giám
                # đốc sở" in a Sở's Quy chế): the unit it directs does, or the sender is unknown.
                d.sender = _delegate(flat, doc, clause_lo, m.start(), header, d.to)
                if d.sender is None and own_sender:
                    # The unit named, which compiled for its head: "1. Khoa Kiểm soát bệnh tật và HIV/AIDS" / "- Tổng hợp
                    # số liệu, báo cáo Ban Giám đốc hằng tuần" (a Trung tâm Y tế's plan): the Khoa reports to its directors.
                    # Not the issuer itself, nor a body to its own head ("… về UBND tỉnh (qua Sở Nội vụ) … để tổng hợp, báo
                    # cáo Chủ tịch UBND tỉnh" in a Chỉ thị of UBND tỉnh).
                    own = canonical_org(own_sender, header)
                    # The addressee named as the unit's own head ("Chủ tịch UBND tỉnh" for "UBND tỉnh"), not a bare title
                    # ("Vụ Giáo dục Trung học tổng hợp, báo cáo Bộ trưởng" in a Bộ's Công văn: the minister heads the Bộ).
                    own_head = not ISSUER_HEAD.fullmatch(d.to.lower()) and _heads_issuer(d.to, own) if own else False
                    d.sender = own if own and not (
                        _same_body(own, issuer) or _same_body(own, d.to) or own_head or _heads_issuer(own, issuer)
                    ) else None
                if d.sender is None and (channel := _channel_before(flat, lo, m.start())) is not None:
                    # The channel the reports went through compiles them for the head: "… các cơ quan, đơn vị, địa
                    # phương báo cáo về UBND tỉnh (qua Công an tỉnh) để tổng hợp, báo cáo Chủ tịch UBND tỉnh" in a plan of
                    # UBND tỉnh (the committee does not report to its head; Công an tỉnh does).
                    channel = canonical_org(channel, header)
                    d.sender = channel if channel and not (_same_body(channel, d.to) or _same_body(channel, issuer)) else None
                if d.sender is None and compiling and not named and not unread and _same_body(d.to, issuer):
                    # No one named compiles the report sent to the issuer itself: the bodies asked do, not the issuer's
                    # staff unit. "Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường thực hiện một số nội dung sau:" /
                    # "2. Tổng hợp, báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 20/10/2025." (a Phòng's Công văn).
                    if not addressees_read:
                        addressees, addressees_read = _plan_addressees(doc, flat), True
                        if addressees is None:
                            addressees = ", ".join(_addressees(text, doc)) or None
                    d.sender = canonical_org(addressees, header) if addressees else None
                    d.guessed = d.sender is not None
            elif d.sender and (channel := _channel_after(flat, m.end(), seg_end)) is not None and _same_body(
                d.sender, canonical_org(channel, header)
            ):
                # A body does not report through itself: "3. Công an tỉnh chủ trì … theo dõi, đôn đốc việc thực hiện." /
                # "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc kịp thời báo cáo về UBND tỉnh (qua Công an tỉnh)
                # để xem xét, chỉ đạo." (the item's doer is the channel: the sender, unnamed, is the bodies the plan asks).
                d.sender = None
            if (
                d.sender and d.to and issuer and OWN_LEADERSHIP.fullmatch(d.sender)
                and issuer.lower().startswith(OWN_LEADERSHIP_KINDS)
                and not (_same_body(d.to, issuer) or _heads_issuer(d.to, issuer) or OWN_LEADERSHIP.fullmatch(d.to))
            ):
                # The issuer's own leadership reports outward for it: "Ban Giám hiệu chỉ đạo chung; kết quả thực hiện báo
                # cáo về Phòng Giáo dục và Đào tạo" (a school's Kế hoạch: the school's report).
                d.sender = issuer
            if d.sender and NATIONAL_MOTTO.search(d.sender):
                # A header read flat into the sender: "Ủy ban nhân dân TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ
                # GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc Số" (a copy whose header is one line): no body.
                d.sender = None
            if d.sender:
                d.sender = d.sender[:1].upper() + d.sender[1:]
            # Evidence: from the clause start (within the clause) to the deadline.
            d.ev_start = clause_lo if m.start() - clause_lo <= 40 else _purpose_start(flat, max(clause_lo, m.start() - 40), m.start())
            if dl_before and dl_before.flat_start < d.ev_start:
                d.ev_start = clause_lo if dl_before.flat_start - clause_lo <= 40 else _bracketed_start(flat, clause_lo, dl_before.flat_start)
            if prev is not None and clause_lo < prev_end <= m.start() and d.ev_start < prev.verb_end:
                # Not the words of the duty before in the clause: "- Chế độ báo cáo: báo cáo 6 tháng trước ngày 10/6 và báo
                # cáo năm trước ngày 10/12." -> 'báo cáo năm trước ngày 10/12' (a school's Kế hoạch), the first its own.
                d.ev_start = JOINED_BEFORE.match(flat, prev_end, m.start()).end()
            if dl or period:
                d.ev_end = _deadline_end(flat, d.ev_start, d.ev_end)
            if not dated and any(a <= m.start() < b for a, b in account):
                continue  # "I. KẾT QUẢ THỰC HIỆN" / "… chỉ đạo các cơ quan, đơn vị báo cáo định kỳ hằng quý về Phòng Nội vụ"
            if any(a <= m.start() < b for a, b in aims) and not (
                d.to and EVENT_BEFORE.search(flat, max(lo, clause_lo - 3), m.start()) is not None
            ):
                # A quality asked for in the aims ("2. Yêu cầu" / "- Các xã, thị trấn báo cáo kết quả đầy đủ, kịp thời."), or the
                # process of a programme described ("1. Mục đích" / "- Là cơ sở để … đánh giá việc tổ chức thực hiện Chương trình
                # gửi Bộ Giáo dục và Đào tạo tổng hợp, báo cáo Thủ tướng Chính phủ.", corpus 016). Not what to do when something
                # happens, addressed: "- Khi có diễn biến bất thường về an ninh trật tự, giáo viên chủ nhiệm báo cáo kịp thời về
                # Ban Giám hiệu để xử lý." (a school's Kế hoạch) is a duty.
                continue
            if not (d.to or dated) and any(a <= m.start() < b for a, b in dossiers):
                # (A period names the kind of paper: "Báo cáo tháng, quý, 6 tháng, năm" in a list of kinds of papers.)
                continue  # "Điều 7. Hồ sơ đề nghị xét tặng" / "2. Báo cáo tóm tắt thành tích …": a paper of the dossier
            if not (d.to or dated or period or d.recurrence) and RESEARCH_AFTER.match(flat, m.end()):
                continue  # "… xây dựng báo cáo kết quả nghiên cứu; biên soạn các tài liệu …" (a researcher's work, a paper)
            if not (d.to or dated or period or d.recurrence) and TALK_AFTER.match(flat, m.end()):
                continue  # "- Báo cáo chuyên đề về văn hóa ứng xử học đường." (a talk given, sent to no one)
            if (
                not (d.to or dated)
                and (prepared := PREPARED_BEFORE.search(flat, max(lo, m.start() - _PREPARED_BACK), m.start())) is not None
                and (
                    PAST_BEFORE.search(flat, max(lo, prepared.start() - 8), prepared.start()) is not None
                    or not (period or d.recurrence or d.event or ACCOUNT_AFTER.match(flat, m.end()))
                )
            ):
                continue  # "Tỉnh nghiên cứu lập báo cáo tiền khả thi của dự án": a document prepared, sent to no one
            if (
                not (d.to or dated or period or d.recurrence) and header.doc_type in MEETING_ACCOUNT_KINDS
                and MEETING_ACCOUNT_AFTER.match(flat, m.end())
            ):
                continue  # "Giám đốc Sở Tài chính báo cáo tại cuộc họp về tình hình giải ngân …" (a Thông báo kết luận's account)
            if "Để" in flat[max(lo, clause_lo - 60) : m.start()] and _reason_for_asking(flat, lo, m):
                continue  # "Để có cơ sở tổng hợp, báo cáo Thủ tướng Chính phủ, Bộ Giáo dục và Đào tạo đề nghị các Sở …"
            if not (d.to or dated or period or d.recurrence) and _names_document(flat, lo, m):
                continue  # "Tán thành nội dung cơ bản của Báo cáo chính trị …", "thông qua Báo cáo tổng hợp ý kiến …"
            if not (d.to or dated or period or d.recurrence) and _owned_title(flat, doc, lo, m):
                continue  # "- Báo cáo của Ban Chấp hành Trung ương Đảng khóa XIII về tổng kết công tác xây dựng Đảng …"
            if not (d.to or dated) and "nghị" in flat[max(lo, m.start() - 12) : m.start()] and BRIEFING_BEFORE.search(
                flat, max(lo, m.start() - 12), m.start()
            ):
                continue  # "Định kỳ hằng quý tổ chức hội nghị báo cáo tình hình thời sự … cho cán bộ chủ chốt": a briefing
            if not (d.to or dated or period or d.recurrence) and EXPLAINED_AFTER.match(flat, m.end()):
                continue  # "… trừ trường hợp đặc biệt cần báo cáo rõ để hội nghị hiệp thương xem xét, quyết định"
            if not (d.to or dated or period or d.recurrence) and _in_document_list(flat, doc, lo, m.start()):
                continue  # "… các dự thảo văn kiện trình Đại hội XIV của Đảng, gồm:" / "- Báo cáo tổng kết một số vấn đề …"
            if not (named or d.to or dated or period or d.recurrence) and _opens_title(flat, doc, m.start()):
                continue  # "- Báo cáo về số lượng cử tri …", "5. Tổng hợp, báo cáo, công bố kết quả …": a title
            # A schedule list ("hàng tháng (*trước ngày 16 hàng tháng*), 6 tháng (*trước ngày 16/6*),
            # tổng kết năm (*…*)"), after the verb or opening its sentence: one duty per period.
            s_lo = max(prev_end, lo, m.start() - _SCHEDULE_BACK)
            for ss in SENTENCE_START.finditer(flat, s_lo, m.start()):
                s_lo = ss.end()
            schedules = _schedules(flat, s_lo, seg_end)
            listed = None if schedules else _listed_period(flat, prev, m.start())
            if not schedules:
                schedules = _paired(flat, dl, d.recurrence, seg_end, listed.recurrence if listed else None)
                if listed is not None and schedules and schedules[0].recurrence.startswith(listed.recurrence):
                    # The report listed just before shares the dates, the first one its own: "Báo cáo sơ kết 6 tháng,
                    # báo cáo năm gửi về Sở Nội vụ trước ngày 15/6 và 15/12 hằng năm" -> '6 tháng (trước ngày 15/6)',
                    # 'hằng năm (trước ngày 15/12)'; the first report is the schedule's first duty.
                    duties.remove(listed)
                    d.ev_start = min(d.ev_start, listed.ev_start)
            if not schedules:
                duties.append(d)
                continue
            for sch in schedules:
                e = _Duty(d.verb, d.seg_end, d.verb_end)
                e.sender, e.to, e.coordinated, e.compiler = d.sender, d.to, d.coordinated, d.compiler
                e.guessed = d.guessed
                e.deadline, e.recurrence, e.dated_day = sch.deadline.iso, sch.recurrence, sch.deadline.day_month
                e.ev_start = min(d.ev_start, s_lo if sch.start - s_lo <= 40 else sch.start)
                e.ev_end = _deadline_end(flat, e.ev_start, sch.deadline.flat_end) if sch.start > m.start() else d.ev_end
                duties.append(e)
    if duties and "đối với báo cáo" in flat:
        duties = _kind_lines(flat, duties)
    if duties and _before_a_colon(flat, ("sau",)):
        duties = _schedule_leads(flat, duties)
    if duties and _before_a_colon(flat, _LABEL_WORDS):
        _label_addressees(flat, duties, header)
        _label_deadlines(flat, duties)
    # "… báo cáo 6 tháng … và báo cáo năm … về Sở Y tế": share the addressee said at the end of a clause
    # (not "Báo cáo kết quả thanh tra tại Kỳ họp thứ Sáu, HĐND tỉnh và Báo cáo Tổ đại biểu …", corpus 077), and a
    # coordinated verb's deadline ("gửi báo cáo X và báo cáo Y về Sở Nội vụ trước ngày 16/12/2025").
    for a, b in reversed(list(zip(duties, duties[1:]))):
        if b.verb == a.verb:
            continue  # two periods of one schedule list
        if a.to is None and b.to is not None and not b.to_direct and b.verb - a.seg_end <= 5:
            a.to = b.to
            if _same_body(a.sender, a.to):
                a.sender = None  # a body does not report to itself (as above): its sender is unknown
        if b.coordinated and b.to is None and a.to is not None:
            # "… báo cáo kết quả thực hiện gửi về UBND huyện (qua Phòng Nội vụ) định kỳ 6 tháng trước
            # ngày 05/6/2025 và báo cáo năm trước ngày 31/10/2025" (examples 04): the addressee said once.
            b.to = a.to
        if (
            b.coordinated and a.deadline is None and a.recurrence is None and (b.deadline or b.recurrence)
            and not OWN_TIME.search(flat, a.verb_end, a.seg_end)
        ):
            a.deadline, a.recurrence, a.dated_day = b.deadline, b.recurrence, b.dated_day
    if "thực hiện báo cáo" in flat and "nhận báo cáo" in flat:
        template, spans = _template_duties(flat, header)
        if template:
            # The article's title and the words of its fields ("Điều 2. Báo cáo tình hình …", "(báo cáo 6 tháng)") are no
            # duties of their own: the article is one.
            duties = [d for d in duties if not any(a <= d.verb < b for a, b in spans)] + template
            duties.sort(key=lambda d: d.verb)
    if "tháng" in flat:
        duties = _dating_sentences(duties, flat)
    if any(d.compiler for d in duties):
        _compiled_for_issuer(duties)
    if any(d.guessed for d in duties) and "tổng hợp" in flat:
        duties = _compiled_by_named(duties, flat)
    merged = _merge(duties, flat)
    if "Quỹ" in flat and (fund := _charter_fund(header)) is not None:
        # A fund's charter names the fund and its organs by "Quỹ": "Giám đốc Quỹ …, báo cáo định kỳ … với Hội đồng Quản lý
        # Quỹ." (the Điều lệ of Quỹ Bảo vệ môi trường tỉnh Quảng Trị): the fund's full name.
        for d in merged:
            d.sender, d.to = _fund_named(d.sender, fund), _fund_named(d.to, fund)
    return [_report(text, d) for d in _per_addressee(merged)]


# The fields of a reporting regime as Nghị định 09/2019/NĐ-CP sets them out, each report's article listing them: "1. Tên báo
# cáo: Báo cáo tình hình quản lý cụm công nghiệp." / "3. Đối tượng thực hiện báo cáo: Ủy ban nhân dân cấp huyện." / "4. Cơ
# quan nhận báo cáo: Sở Công Thương." / "7. Thời hạn gửi báo cáo: trước ngày 15 tháng 12 hằng năm." / "8. Tần suất thực hiện
# báo cáo: định kỳ hằng năm." (a Quyết định of UBND tỉnh on periodic reports). Each label is no duty (a label); the article is
# one, from its "Đối tượng" to its "Cơ quan nhận".
TEMPLATE_SENDER = re.compile(r"Đối\s+tượng\s+(?:thực\s+hiện|gửi)\s+báo\s+cáo\s*:[\s*_]*", re.IGNORECASE)
TEMPLATE_RECEIVER = re.compile(r"Cơ\s+quan\s+nhận\s+báo\s+cáo\s*:[\s*_]*", re.IGNORECASE)
TEMPLATE_LIMIT = re.compile(r"Thời\s+hạn\s+(?:gửi\s+)?báo\s+cáo\s*:[\s*_]*", re.IGNORECASE)
TEMPLATE_FREQUENCY = re.compile(r"Tần\s+suất\s+(?:thực\s+hiện\s+)?báo\s+cáo\s*:[\s*_]*", re.IGNORECASE)
# How far the fields of one report's article may lie from its "Đối tượng" label (before the next report's label).
_TEMPLATE_SPAN = 1500
_BEFORE = "trước "  # put before a limit written as a bare day, for deadlines.find_deadline
_TEMPLATE_VALUE = 200


def _template_value_end(flat: str, at: int) -> int:
    """Where a field's value ends: its sentence's end, a semicolon, or _TEMPLATE_VALUE characters on."""
    ce = CLAUSE_END.search(flat, at, at + _TEMPLATE_VALUE)
    return ce.start() if ce else min(len(flat), at + _TEMPLATE_VALUE)


# The start of a report's article, its title line before its fields: "Điều 2. Báo cáo tình hình quản lý cụm công nghiệp".
TEMPLATE_ARTICLE = re.compile(r"Điều\s+\d+[a-zđ]?\s*[.:]")
# An item whose sub-items are a report's fields, its head the reporting duty and a colon: "7. Thực hiện báo cáo định kỳ tình
# hình hoạt động Cổng TTĐT thành phần của đơn vị theo các nội dung sau:" (a Quy định of UBND tỉnh Bắc Ninh).
TEMPLATE_LEAD = re.compile(r"(?<![\d.])\d{1,2}\.[\s*_]+[^.;:]{0,60}?[Bb]áo\s+cáo[^.;:]{0,160}:")
# The next numbered item after the fields: "8. Khi phát hiện có sự cố …".
NEXT_NUMBERED_ITEM = re.compile(rf"(?<=[.;:])[\s*_]+\d{{1,2}}\.[\s*_]+(?=[{UPPER_LETTERS}])")
_TEMPLATE_TITLE_BACK = 400


def _template_duties(flat: str, header: Header) -> tuple[list[_Duty], list[tuple[int, int]]]:
    """One duty per report whose article sets out its sender and its receiver (TEMPLATE_SENDER, TEMPLATE_RECEIVER), dated by
    its time limit and its frequency when given; and the spans of those articles."""
    out: list[_Duty] = []
    spans: list[tuple[int, int]] = []
    senders = list(TEMPLATE_SENDER.finditer(flat))
    for k, sm in enumerate(senders):
        block_end = senders[k + 1].start() if k + 1 < len(senders) else min(len(flat), sm.end() + _TEMPLATE_SPAN)
        nxt_article = TEMPLATE_ARTICLE.search(flat, sm.end(), block_end)
        if nxt_article is not None:
            block_end = nxt_article.start()
        block_lo = sm.end()
        rm = TEMPLATE_RECEIVER.search(flat, block_lo, block_end)
        if rm is None:
            continue
        s_end = _template_value_end(flat, sm.end())
        sender = flat[sm.end() : s_end].strip(" *_,")
        got_to = _org_after(flat, rm.end(), _template_value_end(flat, rm.end()))
        if not sender or got_to is None or len(sender) > _TEMPLATE_VALUE - 40:
            continue
        d = _Duty(sm.start(), block_end, sm.start())
        d.sender = canonical_org(sender, header) or sender
        d.sender = d.sender[:1].upper() + d.sender[1:]
        to = _canonical_list(got_to[0], header)
        d.to = to[:1].upper() + to[1:] if to else None
        lm = TEMPLATE_LIMIT.search(flat, block_lo, block_end)
        dl = find_deadline(flat, lm.end(), _template_value_end(flat, lm.end())) if lm else None
        if dl is None and lm is not None:
            # A limit written as a day: "Thời hạn gửi báo cáo: ngày 15 tháng 12 hằng năm" (no "trước").
            dl = find_deadline(_BEFORE + flat[lm.end() : _template_value_end(flat, lm.end())])
            dl = dl._replace(flat_start=lm.end(), flat_end=lm.end() + dl.flat_end - len(_BEFORE)) if dl else None
        if dl is not None and lm is not None and find_deadline(
            flat[dl.flat_end : _template_value_end(flat, lm.end())].replace(" và ngày ", " trước ngày ")
        ):
            dl = None  # one date per period ("ngày 15 tháng 6 (báo cáo 6 tháng) và ngày 15 tháng 12 (báo cáo năm)"): the period
        fm = TEMPLATE_FREQUENCY.search(flat, block_lo, block_end)
        period = None
        if fm is not None:
            rec = _find_recurrence(flat[fm.end() : _template_value_end(flat, fm.end())])
            period = _norm_period(rec.group(0)) if rec else None
        if dl is not None and dl.iso:
            d.deadline = dl.iso
            d.recurrence = period
        else:
            day = dl.day_month if dl is not None else None
            d.recurrence = _recurrence("", "", day, None) if day and not period else (
                f"{period} (trước ngày {day})" if day else period
            )
        d.ev_start, d.ev_end = sm.start(), max(rm.end(), got_to[1])
        title = None
        for title in TEMPLATE_ARTICLE.finditer(flat, max(senders[k - 1].end() if k else 0, sm.start() - _TEMPLATE_TITLE_BACK), sm.start()):
            pass
        lead = None
        # The fields as the sub-items of one item (after the article's title, if any), its head the duty they detail: "7.
        # Thực hiện báo cáo định kỳ tình hình hoạt động Cổng TTĐT thành phần của đơn vị theo các nội dung sau:" / "b) Đối tượng
        # thực hiện báo cáo: Ban biên tập Cổng TTĐT." / "c) Cơ quan nhận báo cáo: UBND tỉnh …" / "d) Định kỳ 6 tháng (gửi
        # trước ngày 15/6) và hằng năm (gửi trước ngày 15/11), gửi báo cáo …" (a Quy định of UBND tỉnh Bắc Ninh): one duty,
        # its periods those of the last sub-item, each its own entry (as a schedule list's); the item after it a duty of its
        # own.
        lead_lo = title.end() if title else max(senders[k - 1].end() if k else 0, sm.start() - _TEMPLATE_TITLE_BACK)
        for lead in TEMPLATE_LEAD.finditer(flat, lead_lo, sm.start()):
            pass
        if lead is not None:
            item_end = NEXT_NUMBERED_ITEM.search(flat, rm.end(), block_end)
            block_end = item_end.start() if item_end else block_end
            if d.recurrence is None and d.deadline is None and (sch := _schedules(flat, rm.end(), block_end)):
                for sc in sch:
                    e = _Duty(d.verb, d.seg_end, d.verb_end)
                    e.sender, e.to, e.recurrence, e.compiler = d.sender, d.to, sc.recurrence, d.compiler
                    e.guessed = d.guessed
                    e.ev_start, e.ev_end = d.ev_start, d.ev_end
                    out.append(e)
                spans.append((lead.start(), block_end))
                continue
        out.append(d)
        spans.append((lead.start() if lead else title.start() if title else sm.start(), block_end))
    return out, spans


# A duty that leads the list of its reports, its clause ended by "như sau:": "Các cơ quan, đơn vị, địa phương báo cáo gửi
# UBND tỉnh (thông qua Sở Nội vụ) cụ thể như sau:" / "- Báo cáo quý gửi trước ngày 05 tháng cuối cùng của mỗi quý;" / "-
# Báo cáo 6 tháng gửi trước ngày 05/6;" (the news of a Công văn of UBND tỉnh Bà Rịa - Vũng Tàu).
SCHEDULE_LEAD_END = re.compile(r"(?:như\s+sau|sau\s+đây)\s*:[\s*_]*[-–+•]?[\s*_]*$")
# A list line's marker right before a duty's verb: "- Báo cáo năm …", "+ Báo cáo quý …".
LIST_MARK_BEFORE = re.compile(r"(?:^|[\s:;.])[-–+•][\s*_]*$")


# The words before the colon of a label that places or dates the duties before it (PLACE_LABEL, TIME_LABEL): "Nơi nhận
# báo cáo:", "Báo cáo :", "… gửi:", "… nộp:", "… gửi về:", "Thời hạn:".
_LABEL_WORDS = ("áo cáo", "áo cáo ", "gửi", "nộp", "gửi về", "hạn")


def _before_a_colon(flat: str, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` is written right before a colon in ``flat``: ``any(w + ":" in flat for w in words)``.
    A document has few colons, found by a scan for one character; a scan for each word and its colon read the
    whole text once a word (the seven whole-text scans were ~0.6% of extraction's instructions)."""
    k = flat.find(":")
    while k >= 0:
        if flat.endswith(words, 0, k):
            return True
        k = flat.find(":", k + 1)
    return False


def _schedule_leads(flat: str, duties: list[_Duty]) -> list[_Duty]:
    """The lines of a schedule that a lead duty introduces ("… báo cáo gửi UBND tỉnh (thông qua Sở Nội vụ) cụ thể như
    sau:" / "- Báo cáo 6 tháng gửi trước ngày 05/6;" / "- Báo cáo năm …") are its duties: each line takes the lead's
    addressee and sender where it names none, and the lead, which names no date of its own, is dropped."""
    out: list[_Duty] = []
    k = 0
    while k < len(duties):
        a = duties[k]
        lines: list[_Duty] = []
        if a.deadline is None and SCHEDULE_LEAD_END.search(flat, a.verb_end, a.seg_end):
            j = k + 1
            while (
                j < len(duties) and duties[j].verb > a.verb
                and LIST_MARK_BEFORE.search(flat, max(0, duties[j].verb - 6), duties[j].verb)
                and (duties[j].deadline is not None or (duties[j].recurrence or "").strip() not in ("", _BARE_PERIODIC))
            ):
                lines.append(duties[j])
                j += 1
        if not lines:
            out.append(a)
            k += 1
            continue
        for d in lines:
            d.to = d.to or a.to
            d.sender = d.sender or a.sender
            out.append(d)
        k += 1 + len(lines)
    return out


# One line of a schedule that names each kind of report after its date: "a) Chậm nhất ngày 15 tháng 4 đối với báo cáo quý I;",
# "- Trước ngày 15/7 đối với báo cáo 6 tháng;" (a lead "… gửi báo cáo định kỳ đến Sở Tài chính như sau:" before it). Group
# ``limit`` holds the date, ``kind`` the report's kind; the line ends at ";" or "." or the next line's marker.
KIND_LINE = re.compile(
    r"[\s*_]*(?:[a-zđ]\)|\d{1,2}[.)]|[-–+•])[\s*_]*(?P<limit>(?:[Cc]hậm\s+nhất|[Tt]rước)[^;:.]{0,60}?)[\s,]+đối\s+với\s+"
    r"(?:các\s+)?báo\s+cáo\s+(?P<kind>[^;:.]{1,60}?)[\s*_]*(?:[;.]|(?=\s(?:[a-zđ]\)|\d{1,2}[.)]|[-–+•])\s)|$)"
)
# A number said again in words, in brackets: "06 (sáu) tháng" (Thông tư 02/2023/TT-BTTTT).
NUMBER_IN_WORDS = re.compile(r"\s*\([^()\d]{1,24}\)")
# A quarter named by its number, the kind of a yearly report: "báo cáo quý I" -> 'quý I'.
NAMED_QUARTER = re.compile(r"quý\s+(?P<n>I{1,3}|IV)(?![\wđ])")
# The colon that ends a schedule's lead, read this far after its verb.
_KIND_LEAD_SPAN = 160


def _kind_lines(flat: str, duties: list[_Duty]) -> list[_Duty]:
    """The lines of a schedule that name each kind of report after its date ("… gửi báo cáo định kỳ đến Sở Tài chính như
    sau:" / "a) Chậm nhất ngày 15 tháng 4 đối với báo cáo quý I;" / "b) Chậm nhất ngày 15 tháng 7 đối với báo cáo 6 tháng;")
    are one duty each, with the lead's sender and addressee: 'quý I (trước ngày 15/4)', '6 tháng (trước ngày 15/7)'. The
    lead, which names no date of its own, is dropped. A line whose date is not read is left out."""
    out: list[_Duty] = []
    for a in duties:
        colon = flat.find(":", a.verb_end, min(len(flat), a.verb_end + _KIND_LEAD_SPAN))
        if a.deadline is not None or colon < 0 or CLAUSE_END.search(flat, a.verb_end, colon) or "đối với" not in flat[colon : colon + 120]:
            out.append(a)
            continue
        lines: list[_Duty] = []
        pos = colon + 1
        while (lm := KIND_LINE.match(flat, pos)) is not None:
            pos = lm.end()
            dl = find_deadline(flat, lm.start("limit"), lm.end("limit"))
            if dl is None:
                continue
            kind = NUMBER_IN_WORDS.sub("", lm.group("kind"))  # "định kỳ 06 (sáu) tháng" -> "định kỳ 06 tháng"
            rec = _recurrence(kind, "", dl.day_month)
            qm = NAMED_QUARTER.search(kind)
            if qm and (rec is None or rec.startswith("trước")):
                rec = f"quý {qm.group('n')} (trước ngày {dl.day_month})" if dl.day_month else f"quý {qm.group('n')}"
            e = _Duty(a.verb, lm.end(), a.verb_end)
            e.sender, e.to, e.coordinated, e.compiler = a.sender, a.to, a.coordinated, a.compiler
            e.guessed = a.guessed
            e.deadline, e.dated_day, e.recurrence = dl.iso, dl.day_month, rec
            e.ev_start = lm.start("limit")
            e.ev_end = lm.end("kind")
            lines.append(e)
        out.extend(lines if len(lines) >= 2 else [a])
    return out


# The completion label of a task item (``find_reports_in``, for a product sent somewhere): "- Thời gian hoàn thành: trước ngày
# 20/6/2024.", "Thời hạn hoàn thành:", "Thời hạn:".
COMPLETION_LABEL = re.compile(r"[Tt]hời\s+(?:gian|hạn)(?:\s+hoàn\s+thành)?\s*:[\s*_]*")
_COMPLETION_AHEAD = 200
# The label of a report's time limit, said after the duty: "Các sở, ban, ngành gửi báo cáo kết quả thực hiện về Sở Nội
# vụ để tổng hợp. Thời gian gửi báo cáo: trước ngày 15/11/2026." (also "Thời hạn báo cáo:", "Thời gian nộp báo cáo:").
# The sending named alone: "Thời gian gửi: trước ngày 20/12/2024.", "Thời hạn nộp: …" (a letter whose duty is said before).
# A limit by its last day: "Hạn cuối nhận báo cáo: 17h00 ngày 15/11/2024", "Hạn chót gửi báo cáo:", "Hạn nộp báo cáo:"; the
# limit named bare, "Thời hạn: trước ngày 15/12/2024." (the same paragraph as the duty only: ``_label_deadlines``).
TIME_LABEL = re.compile(
    r"[Tt]hời\s+(?:gian|hạn)\s+(?:(?:gửi|nộp)\s+)?báo\s+cáo\s*:[\s*_]*|[Tt]hời\s+(?:gian|hạn)\s+(?:gửi|nộp)\s*:[\s*_]*"
    r"|[Hh]ạn\s+(?:(?:cuối|chót)\s+)?(?:(?:gửi|nộp|nhận)\s+)?báo\s+cáo\s*:[\s*_]*|(?P<bare>[Tt]hời\s+hạn)\s*:[\s*_]*"
)
# How far after its label the date may lie ("trước ngày ", "chậm nhất là ngày ").
_LABEL_DATE_SPAN = 30
# How far before its label the duty's verb may lie.
_LABEL_DUTY_SPAN = 400


# The label of a report's addressee, said after the duty: "… đề nghị các đơn vị báo cáo tình hình thực hiện … (theo đề cương
# gửi kèm). Thời hạn gửi báo cáo: trước ngày 10/12/2024. Nơi nhận báo cáo: Sở Giao thông vận tải (qua Phòng Quản lý vận
# tải), …" (a Công văn of a Sở Giao thông vận tải); "Địa chỉ nhận báo cáo:", "Báo cáo gửi về:".
# (Not "Cơ quan nhận báo cáo:", a field of a reporting regime's article: ``_template_duties``.)
PLACE_LABEL = re.compile(r"(?:[Nn]ơi|[Đđ]ịa\s+chỉ)\s+nhận\s+báo\s+cáo\s*:[\s*_]*|[Bb]áo\s+cáo\s+gửi\s+về\s*:[\s*_]*")


def _label_addressees(flat: str, duties: list[_Duty], header: Header) -> None:
    """Give the last duty before a PLACE_LABEL (within _LABEL_DUTY_SPAN) the body the label names, when the duty names
    none (and it is that duty's alone: not one verb of a schedule)."""
    for lm in PLACE_LABEL.finditer(flat):
        last = None
        for d in duties:
            if d.verb < lm.start():
                last = d
        if last is None or lm.start() - last.verb > _LABEL_DUTY_SPAN or last.to is not None:
            continue
        if any(d.verb == last.verb for d in duties if d is not last):
            continue
        got = _org_after(flat, lm.end(), min(len(flat), lm.end() + NAME_SPAN_AFTER_LABEL))
        if got:
            name = _canonical_list(got[0], header)
            last.to = name[:1].upper() + name[1:] if name else None


# How far after its label the addressee's name is read.
NAME_SPAN_AFTER_LABEL = 120


def _label_deadlines(flat: str, duties: list[_Duty]) -> None:
    """Give the last duty before a TIME_LABEL the date the label gives, when the duty has none and names its addressee:
    "… gửi báo cáo kết quả thực hiện về Sở Nội vụ để tổng hợp. Thời gian gửi báo cáo: trước ngày 15/11/2026." A date
    without its year is the day of the duty's period ('hằng năm (trước ngày 15/12)'), as with a date said in the
    clause."""
    for lm in TIME_LABEL.finditer(flat):
        dl = find_deadline(flat, lm.end(), lm.end() + _LABEL_DATE_SPAN)
        if dl is None and (got := find_deadline(_BEFORE + flat[lm.end() : lm.end() + _LABEL_DATE_SPAN])) is not None:
            # A bare hour and day: "Hạn cuối nhận báo cáo: 17h00 ngày 15/11/2024".
            shift = lm.end() - len(_BEFORE)
            dl = Deadline(got.iso, got.day_month, max(lm.end(), got.flat_start + shift), got.flat_end + shift)
        if dl is None or flat[lm.end() : dl.flat_start].count(" ") > 4:
            continue
        last = None
        for d in duties:
            if d.verb < lm.start():
                last = d
        if (
            last is None or lm.start() - last.verb > _LABEL_DUTY_SPAN or last.to is None
            or last.deadline is not None or (last.recurrence and "(" in last.recurrence)
            or any(d.verb == last.verb for d in duties if d is not last)
            # "Thời hạn:" alone dates the duty of its own paragraph, not the next item's work.
            or (lm.group("bare") and NEXT_LIST_ITEM.search(flat, last.verb_end, lm.start() + 1) is not None)
        ):
            continue
        if dl.iso:
            last.deadline = dl.iso
        elif dl.day_month:
            last.recurrence = f"{last.recurrence} (trước ngày {dl.day_month})" if last.recurrence else f"trước ngày {dl.day_month}"
            last.dated_day = dl.day_month
        last.ev_end = max(last.ev_end, dl.flat_end)  # the evidence holds the label's date


def _bare(d: _Duty) -> bool:
    """Whether a duty says no date, no period and no addressee: "Giao Sở Công Thương … tổng hợp báo cáo
    kết quả triển khai thực hiện Nghị định số 68/2017/NĐ-CP …" before "Trình UBND tỉnh trước ngày 10/8/2018
    để báo cáo Bộ Công Thương" (a Công văn of UBND tỉnh Khánh Hòa) is that report said first."""
    return d.to is None and d.deadline is None and d.recurrence in (None, _BARE_PERIODIC)


# How far (characters between the verbs) a bare duty is said again (``_merge``).
_RESTATED_SPAN = 400
# A draft of the report that the same sentence then sends: "rà soát, xây dựng dự thảo Báo cáo việc thực hiện chính
# sách, pháp luật về thực hành tiết kiệm, chống lãng phí …, báo cáo UBND tỉnh trước ngày 05/01/2022" (a Công văn of UBND
# tỉnh Hải Dương): one duty. Alone, the draft is a duty of its own ("tổng hợp xây dựng dự thảo báo cáo của UBND huyện
# về kết quả thực hiện Kế hoạch này", seed 002).
DRAFT_BEFORE = re.compile(r"dự\s+thảo[\s*_]*$", re.IGNORECASE)
# A manner and nothing else after the verb, up to the clause's end (``_merge``): "đúng thời gian quy định", "đầy đủ, đúng thời
# hạn", "kịp thời của Quý cơ quan".
# Not "theo quy định": "Sở Y tế … tổng hợp, tham mưu báo cáo theo quy định" (seed 003) is a duty of its own.
_MANNER = r"(?:đầy\s+đủ|kịp\s+thời|đúng\s+(?:thời\s+hạn|hạn|thời\s+gian(?:\s+quy\s+định)?|quy\s+định)|chính\s+xác|trung\s+thực|nghiêm\s+túc)"
MANNER_ONLY = re.compile(
    rf"[\s*_]*{_MANNER}(?:\s*(?:,|và)\s*{_MANNER})*(?:\s+của\s+(?:Quý\s+cơ\s+quan|các\s+(?:cơ\s+quan,\s*)?đơn\s+vị))?[\s*_./]*",
    re.IGNORECASE,
)
# Drafting words before the verb: the report written, not a second sending (``_merge``).
DRAFTED_BEFORE = re.compile(r"(?:xây\s+dựng|dự\s+thảo|hoàn\s+thiện)[\s*_]*$", re.IGNORECASE)
SENTENCE_BREAK = re.compile(r"[.;](?:\s|$)")
# A report submitted on up a chain, one duty whose addressee is the chain's end: "Sở Nội vụ … tổng hợp báo cáo định kỳ
# trình UBND tỉnh trình Đảng ủy UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy" (the bare first verb, then its addressee after
# the submissions, in one clause).
SUBMITTED_ON = re.compile(r"(?<![\wđ])trình\s")
# A duty whose clause announces the list of its contents: "báo cáo … theo các nội dung cụ thể sau:", "… gồm:".
CONTENTS_LISTED = re.compile(r"(?<![\wđ])(?:sau|gồm)\s*:")


# The marker of a list's next item after a sentence's end, in the flat text: ". đ) Đề xuất", "; - Báo cáo", ". 3. Phòng".
NEXT_LIST_ITEM = re.compile(rf"[.;:][\s*_]+(?:[a-zđ]\)|\d{{1,2}}(?:\.\d{{1,2}})*\.|[-+•])\s+[*_]*[{UPPER_LETTERS}]")


# The contents of a report announced after it (``_merge``): "…, trong đó: thống kê, báo cáo đầy đủ thông tin …".
CONTENTS_OPENER = re.compile(r"(?<![\wđ])trong\s+đó\s*:")
# The marker of a task list's next numbered sub-item ("3.3.", "2.1.2."), in the flat text (``_merge``).
NEXT_SUB_ITEM = re.compile(rf"[.;:][\s*_]+\d{{1,2}}(?:\.\d{{1,2}})+\.?\s+[*_]*[{UPPER_LETTERS}]")


# A sentence that only dates a periodic report asked for just before, one period after the other: "Báo cáo 6 tháng gửi
# **trước ngày 20 tháng 6** và báo cáo năm gửi **trước ngày 20 tháng 12**" (a Công văn of Sở Nội vụ thành phố Hồ Chí
# Minh, after "Thực hiện báo cáo định kỳ 6 tháng, hàng năm … gửi Chủ tịch Ủy ban nhân dân cấp tỉnh, Sở Nội vụ …"),
# "Báo cáo 6 tháng gửi trước ngày 15/6, báo cáo năm gửi trước ngày 15/12". Matched at the verb.
DATING_ONLY = re.compile(
    r"[Bb]áo\s+cáo\s+(?:định\s+kỳ\s+)?(?:(?:6|06|sáu)\s+tháng(?:\s+đầu\s+năm)?|(?:cả\s+|hằng\s+|hàng\s+)?(?:năm|quý|tháng)"
    r"|(?:sơ|tổng)\s+kết(?:\s+năm)?)[\s*_]+(?:gửi|nộp)[\s*_]+(?:trước|chậm\s+nhất|trong)(?![\wđ])"
)
# What lies between two dating clauses of one sentence: ", ", " và ".
DATING_JOINED = re.compile(r"[\s*_,]*(?:và[\s*_]+)?")
# How far before a dating sentence the duty it dates may be asked for.
_DATED_BACK = 600


def _dating_sentences(duties: list[_Duty], flat: str) -> list[_Duty]:
    """Date the duty before a sentence that only dates it (``DATING_ONLY``): each dated period takes that duty's
    sender and addressee, and the undated duty gives way to them, as a duty dated in its own clause ("… báo cáo 6 tháng
    đầu năm trước ngày 18 tháng 5 và báo cáo năm trước ngày 28 tháng 11 về Sở Y tế", seed 003) is one entry a period."""
    dated: _Duty | None = None  # the undated duty the last dating clause dated
    last_dating: _Duty | None = None
    out: list[_Duty] = []
    for d in duties:
        if d.to is None and d.dated_day and DATING_ONLY.match(flat, d.verb):
            if last_dating is not None and dated is not None and DATING_JOINED.fullmatch(flat, last_dating.ev_end, d.verb):
                target: _Duty | None = dated
            elif SENTENCE_BEFORE.search(flat, max(0, d.verb - 8), d.verb):
                target = next(
                    (
                        o for o in sorted(
                            (o for o in out if 0 < d.verb - o.verb <= _DATED_BACK and o.deadline is None
                             and not o.dated_day and (d.sender is None or _same(o.sender, d.sender)) and o.to is not None),
                            key=lambda o: (o.recurrence is None, d.verb - o.verb),
                        )
                    ),
                    None,
                )
            else:
                target = None
            if target is not None:
                # A dating sentence without a doer of its own ("Báo cáo 6 tháng gửi trước …") is the dated duty's.
                d.to, d.sender = target.to, target.sender
                if target in out:
                    out.remove(target)
                dated, last_dating = target, d
                out.append(d)
                continue
        dated = last_dating = None
        out.append(d)
    return out


# A recurrence that is a day alone, the yearless deadline of a report said again: "trước ngày 30/1".
DAY_ONLY = re.compile(r"trước\s+ngày\s+\d{1,2}/\d{1,2}")


def _compiled_for_issuer(duties: list[_Duty]) -> None:
    """A staff unit's compiled report without an addressee is the one the unit sends its head elsewhere in the text: "1. Sở
    Khoa học và Công nghệ" / "b) Định kỳ tổng hợp báo cáo kết quả, …" then "7. Các sở, ban, ngành …" / "… báo cáo kết quả
    thực hiện về Sở Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân dân Tỉnh" (a Kế hoạch of UBND tỉnh Đồng Tháp): the
    Sở reports to UBND tỉnh, periodically (one duty, ``_merge``), not UBND tỉnh to no one. The same in one sentence: "Sở Tài
    chính tổng hợp báo cáo tình hình … định kỳ 6 tháng trước ngày 30 tháng 6 và tổng thể hàng năm trước ngày 30 tháng 01
    hàng năm báo cáo UBND Thành phố" (a Công văn of UBND TP Hà Nội)."""
    for a in duties:
        if a.compiler is None or a.to is not None or a.sender is None:
            continue
        sent = next(
            (b for b in duties if b is not a and b.to and _same_body(b.sender, a.compiler) and _same_body(b.to, a.sender)),
            None,
        )
        if sent is not None:
            a.sender, a.to = sent.sender, sent.to


# A compiled report, by the words before its verb or right after it: "Sở Y tế … tổng hợp báo cáo UBND tỉnh", "tổng hợp,
# báo cáo Ủy ban nhân dân thành phố", "- Báo cáo tổng hợp hàng ngày gửi UBND tỉnh" (``_compiled_by_named``).
COMPILED_VERB_BEFORE = re.compile(r"(?<![\wđ])tổng\s+hợp[\s,*_]*$", re.IGNORECASE)
COMPILED_VERB_AFTER = re.compile(r"[\s*_]+tổng\s+hợp(?![\wđ])", re.IGNORECASE)


def _compiled_report(flat: str, d: _Duty) -> bool:
    """Whether a duty's report is a compiled one (COMPILED_VERB_BEFORE, COMPILED_VERB_AFTER)."""
    return (
        COMPILED_VERB_BEFORE.search(flat, max(0, d.verb - 16), d.verb) is not None
        or COMPILED_VERB_AFTER.match(flat, d.verb_end) is not None
    )


def _compiled_by_named(duties: list[_Duty], flat: str) -> list[_Duty]:
    """A compiled report whose sender the text leaves unnamed (``guessed``: the plan's addressees) is the one a named body
    compiles for the same addressee elsewhere in the text: "7. Công tác giám sát, kiểm tra, báo cáo" / "- Báo cáo tổng hợp
    hàng ngày gửi UBND tỉnh, Ban Chỉ huy Phòng chống thiên tai …" then "V. TỔ CHỨC THỰC HIỆN" / "1. Sở Y tế: - Chủ trì …;
    giám sát dịch bệnh; tổng hợp báo cáo UBND tỉnh." (a Kế hoạch of UBND tỉnh Đắk Lắk): the Sở's daily report, one duty to
    each addressee, not the plan's addressees' beside the Sở's. The named duty said without a date or period gives way to
    the dated one it names the sender of."""
    named = [s for s in duties if not s.guessed and s.sender and s.to and _compiled_report(flat, s)]
    if not named:
        return duties
    dropped: list[_Duty] = []
    for g in duties:
        if not g.guessed or g.to is None or not _compiled_report(flat, g):
            continue
        bodies = _addressee_bodies(g.to)
        s = next(
            (s for s in named if all(any(_same_body(b, c) for c in bodies) for b in _addressee_bodies(s.to))), None
        )
        if s is None:
            continue
        g.sender, g.guessed = s.sender, False
        if s.deadline is None and s.recurrence in (None, _BARE_PERIODIC) and (g.deadline or g.recurrence):
            dropped.append(s)
    return [d for d in duties if not any(d is x for x in dropped)]


def _merge(duties: list[_Duty], flat: str) -> list[_Duty]:
    """One duty said twice is one entry: an undated duty without recurrence joins its dated twin, and a
    duty that names nothing but its sender joins its sender's duty that names more (``_bare``)."""
    out: list[_Duty] = []
    for d in duties:
        if d.sent_on and out and not _bare(out[-1]) and _sends_last(out[-1], d):
            # How the report just asked for is sent: "… báo cáo kết quả thực hiện về Bộ Nông nghiệp và Môi trường (qua Vụ
            # Kế hoạch - Tài chính) trước ngày 30/6/2025. Báo cáo gửi về Bộ bằng văn bản và qua email: …" (a ministry's
            # Công văn): one duty, the addressee or the date it adds kept.
            last = out[-1]
            last.to = last.to or d.to
            if last.deadline is None and d.deadline is not None:
                # "… báo cáo tình hình thực hiện dự toán 6 tháng đầu năm …. Báo cáo đề nghị gửi về Bộ Y tế … trước ngày
                # 20/8/2025": the date said with the sending is the report's.
                last.deadline, last.dated_day = d.deadline, d.dated_day
                last.ev_end = max(last.ev_end, d.ev_end) if d.verb - last.verb <= _RESTATED_SPAN else last.ev_end
            if last.recurrence is None:
                last.recurrence = d.recurrence
            continue
        if (
            _bare(d) and out and not _bare(out[-1]) and d.verb - out[-1].verb <= _RESTATED_SPAN
            and (opener := CONTENTS_OPENER.search(flat, out[-1].verb_end, d.verb)) is not None
            and SENTENCE_BREAK.search(flat, opener.end(), d.verb) is None
        ):
            # What the report just asked for holds: "… gửi báo cáo về Bộ Xây dựng chậm nhất ngày 10 tháng 12 năm 2025, trong
            # đó: thống kê, báo cáo đầy đủ thông tin về các công trình, dự án: …" (Công điện 224/CĐ-TTg): its contents.
            continue
        if _bare(d) and MANNER_ONLY.fullmatch(flat, d.verb_end, d.seg_end) and any(not _bare(o) for o in out):
            # The duty asked again in a letter's closing, with its manner only: "… báo cáo kết quả về Sở Nội vụ trước ngày
            # 15/12/2024." then "Đề nghị các đơn vị nghiêm túc thực hiện, gửi báo cáo đúng thời gian quy định./.".
            continue
        if (
            _bare(d) and d.sender and not d.coordinated and DRAFTED_BEFORE.search(flat, max(0, d.verb - 16), d.verb)
            and any(_same(o.sender, d.sender) and not _bare(o) for o in out)
        ):
            # The report drafted, said after the duty that sends it: "… Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết …;
            # báo cáo Ban Thường vụ Tỉnh ủy trước ngày 30/5/2024." then "III. TỔ CHỨC THỰC HIỆN" / "1. Ban Tuyên giáo
            # Huyện ủy … tham mưu …; tổng hợp, xây dựng báo cáo của Ban Thường vụ Huyện ủy." (a Huyện ủy's Kế hoạch).
            continue
        last = out[-1] if out else None
        if (
            last is not None and last.to is None and last.deadline is None and d.to
            and _same(last.sender, d.sender) and d.verb - last.verb <= _RESTATED_SPAN
            and DRAFTED_BEFORE.search(flat, max(0, last.verb - 12), last.verb) is not None
            and SENTENCE_BREAK.search(flat, last.verb_end, d.verb) is None
        ):
            # The report drafted, then sent in the same sentence: "a) Hằng năm, các cơ quan, đơn vị cấp thành phố … xây dựng
            # báo cáo, tiến hành tự chấm điểm … và gửi báo cáo về Sở Nội vụ từ ngày 10 đến ngày 15 tháng 12" (QĐ
            # 2519/QĐ-UBND of UBND thành phố Cần Thơ): one duty, the sending's.
            d.recurrence = d.recurrence or last.recurrence
            out[-1] = d
            continue
        twin = next((o for o in out if _same(o.sender, d.sender) and _same(o.to, d.to)), None)
        if (
            twin is None and d.sender and d.to and d.deadline is None and d.recurrence is None and "," not in d.to
            and _in_purpose(flat, 0, d.verb)
        ):
            # Said again, in a purpose clause, to one of the bodies a duty before addressed: "1. Sở Khoa học và Công nghệ" / "a) … tổng hợp, báo
            # cáo UBND tỉnh, Bộ Khoa học và Công nghệ tình hình thực hiện Kế hoạch (định kỳ hằng năm)." then "Định kỳ 06
            # tháng các cơ quan có liên quan báo cáo kết quả thực hiện gửi về Sở Khoa học Công nghệ để tổng hợp báo cáo UBND
            # tỉnh." (a Kế hoạch of UBND tỉnh Đồng Nai): the Sở's report to UBND tỉnh, one entry (seed 000, said twice).
            twin = next(
                (
                    o for o in out if o.to and "," in o.to and _same(o.sender, d.sender)
                    and any(_same(b, d.to) for b in _addressee_bodies(o.to))
                ),
                None,
            )
        if (
            # A twin said before with its own date does not stop it: "b. Báo cáo … chậm nhất ngày 03/02/2026." then "c. Báo
            # cáo tình hình và kết quả tổ chức các cuộc tiếp xúc … . Thời gian gửi báo cáo về Ban Thường trực Ủy ban MTTQ Việt
            # Nam tỉnh chậm nhất ngày 14/3/2026." (corpus 055): the item's report, dated in its next sentence.
            (twin is None or (twin.deadline, twin.recurrence) != (d.deadline, d.recurrence))
            and last is not None and d.sender and not d.coordinated and _same_or_head(last.sender, d.sender)
            and _bare(last) and not _bare(d)
            and (
                (
                    d.verb - last.verb <= _RESTATED_SPAN and flat.startswith(".", last.seg_end)
                    # Not the next item of a list, a duty of its own: "2. Các tổ chức đảng được kiểm tra chuẩn bị báo cáo tự
                    # kiểm tra theo đề cương, gửi Đoàn kiểm tra trước 05 ngày làm việc." / "3. Đoàn kiểm tra nghe báo cáo, …;
                    # báo cáo kết quả với Ban Thường vụ Đảng ủy Khối sau khi kết thúc kiểm tra." (a Kế hoạch of a Đảng ủy Khối).
                    and NEXT_LIST_ITEM.search(flat, last.verb_end, d.verb) is None
                )
                or CONTENTS_LISTED.search(flat, last.verb_end, last.seg_end) is not None
                or (
                    DRAFT_BEFORE.search(flat, max(0, last.verb - 12), last.verb) is not None
                    and d.verb - last.verb <= _RESTATED_SPAN and SENTENCE_BREAK.search(flat, last.verb_end, d.verb) is None
                )
                or (
                    d.verb - last.verb <= _RESTATED_SPAN and SENTENCE_BREAK.search(flat, last.verb_end, d.verb) is None
                    and SUBMITTED_ON.search(flat, last.verb_end, d.verb) is not None
                )
            )
        ):
            if d.recurrence is None and d.deadline is None:
                # "tổng hợp báo cáo định kỳ trình UBND tỉnh trình Đảng ủy UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy": the
                # period said with the first verb is the chain's.
                d.recurrence = last.recurrence
                d.ev_start = min(d.ev_start, last.ev_start)
            # A bare duty said again in the next sentence, with its addressee or its date: the same report ("Giao Sở
            # Công Thương … tổng hợp báo cáo kết quả …. Trình UBND tỉnh trước ngày 10/8/2018 để báo cáo Bộ Công
            # Thương"). Not another clause of one sentence, a report of its own ("báo cáo kết quả giám sát giữa hai
            # kỳ họp trình Hội đồng nhân dân vào kỳ họp giữa năm 2019; theo dõi … và báo cáo Hội đồng nhân dân tại
            # kỳ họp gần nhất", corpus 078), nor a second verb of one clause ("Báo cáo kết quả thanh tra tại Kỳ họp
            # thứ Sáu, HĐND tỉnh và Báo cáo Tổ đại biểu HĐND tỉnh … biết, giám sát", corpus 077). A bare duty that
            # lists its contents is said again, after them, wherever: "đề nghị các sở … báo cáo tình hình thực hiện
            # Thông tư 26 theo các nội dung cụ thể sau: 1. … Nhận được công văn này, … tổng hợp và báo cáo … gửi về
            # Bộ Giáo dục và Đào tạo trước ngày 20/12/2015" (CV 6435/BGDĐT-CTHSSV).
            out[-1] = d
            continue
        if twin is None:
            out.append(d)
            continue
        if d.deadline is None and d.recurrence in (None, _BARE_PERIODIC):
            if (
                twin is out[-1] and not _bare(twin) and d.verb - twin.verb <= _RESTATED_SPAN
                and NEXT_LIST_ITEM.search(flat, twin.verb_end, d.verb) is not None
            ):
                # The next item of one list, a duty of its own to the same body, after a timed one: "d) Theo dõi, …, báo
                # cáo Ban Giám đốc hàng tuần việc thực hiện nhiệm vụ của các phòng, ban." / "đ) Đề xuất và báo cáo Ban
                # Giám đốc về những vấn đề cần xử lý …" (a Quy chế làm việc, the duties of its Chánh Văn phòng).
                out.append(d)
            elif (
                twin is out[-1] and d.verb - twin.verb <= _RESTATED_SPAN and ";" in flat[twin.verb_end : d.verb]
                and SENTENCE_END_ONLY.search(flat, twin.verb_end, d.verb) is None
            ):
                # Another clause of one sentence, a report of its own to the same body: "báo cáo kết quả giám sát giữa hai
                # kỳ họp trình Hội đồng nhân dân vào kỳ họp giữa năm 2019; theo dõi kết quả thực hiện kiến nghị sau giám sát
                # và báo cáo Hội đồng nhân dân tại kỳ họp gần nhất" (corpus 078).
                out.append(d)
            elif d.event and not twin.event and d.verb - twin.verb > _RESTATED_SPAN:
                # A report due when something happens, far from the same bodies' standing one: "4. Các thành viên Ban Chỉ đạo
                # có trách nhiệm báo cáo Trưởng ban tình hình triển khai nhiệm vụ …" then, articles later, "nếu có vướng mắc,
                # các thành viên Ban Chỉ đạo báo cáo, đề xuất kịp thời với Trưởng ban" (a Quy chế of a national Ban Chỉ đạo):
                # a duty of its own, not the standing one said again. Far from a dated one too: "… báo cáo Thủ tướng Chính phủ
                # trước ngày 13 tháng 12 năm 2025" then, items later, "…; vượt thẩm quyền báo cáo Thủ tướng Chính phủ"
                # (Công điện 224/CĐ-TTg).
                out.append(d)
            continue
        if twin.deadline is None and twin.recurrence in (None, _BARE_PERIODIC):
            out[out.index(twin)] = d
            continue
        if (
            d.deadline is None and twin.deadline is None and twin.recurrence and "(" not in twin.recurrence
            and d.recurrence and DAY_ONLY.fullmatch(d.recurrence) and _find_recurrence(twin.recurrence) is not None
        ):
            # The period said once, the day once: "1. Bộ Khoa học và Công nghệ" / "- … định kỳ hằng năm báo cáo Thủ tướng Chính
            # phủ …" then "5. … Bộ Khoa học và Công nghệ tổng hợp tình hình triển khai Chương trình, báo cáo Thủ tướng Chính phủ
            # trước ngày 30 tháng 01 của năm tiếp theo." (QĐ 2629/QĐ-TTg): one duty, 'định kỳ hằng năm (trước ngày 30/1)'.
            twin.recurrence = f"{twin.recurrence} ({d.recurrence})"
            continue
        if (
            d.deadline is not None and d.deadline == twin.deadline and d.recurrence == twin.recurrence
            and not d.coordinated and SENTENCE_BREAK.search(flat, twin.verb_end, d.verb) is not None
            # Not the next sub-item of a task list, a task of its own: "3.2. Nghiên cứu, hoàn thiện dự thảo Chỉ thị …; báo
            # cáo Thủ tướng Chính phủ trước ngày 30 tháng 11 năm 2025." / "3.3. Khẩn trương tiến hành sơ kết 6 tháng …; báo
            # cáo Thủ tướng Chính phủ kết quả trước ngày 30 tháng 11 năm 2025." (CV 11554/VPCP-V.I).
            and NEXT_SUB_ITEM.search(flat, twin.verb_end, d.verb) is None
        ):
            # Said again with the same date: "2. Phó Hiệu trưởng …" / "- Tổng hợp báo cáo kết quả về Sở GDĐT trước ngày
            # 05/10/2026." then "7. Chế độ báo cáo" / "Nhà trường … gửi Báo cáo kết quả … về Sở GDĐT trước ngày 05 tháng 10
            # năm 2026." (a school's Kế hoạch): one duty. Not a second report of one clause ("gửi báo cáo công tác Bình đẳng
            # giới năm 2025 và báo cáo kết quả thực hiện Tháng hành động … về Sở Nội vụ trước ngày 16 tháng 12 năm 2025",
            # corpus 008).
            continue
        out.append(d)
    return out


def _same_or_head(a: str | None, b: str | None) -> bool:
    """Whether two senders are one body, or one is the other's head: "Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, …
    chỉ đạo … tổng hợp báo cáo cụ thể về một số nội dung sau:" then "Ủy ban nhân dân các tỉnh: Đắk Lắk, … khẩn trương gửi
    Báo cáo về Văn phòng Chính phủ … trước 17 giờ ngày 27/11/2025" (Công điện 232/CĐ-TTg): one report."""
    return _same(a, b) or (bool(a) and bool(b) and (_heads_issuer(a, b) or _heads_issuer(b, a)))  # type: ignore[arg-type]


def _sends_last(last: _Duty, d: _Duty) -> bool:
    """Whether a report sent on (``sent_on``) is the duty just before it: the same sender, and no addressee or date
    of its own that differs from that duty's."""
    if not _same(last.sender, d.sender):
        return False
    if d.to and last.to and not _same(d.to, last.to):
        return False
    return not (d.deadline and last.deadline and d.deadline != last.deadline)


def _report(text: Text, d: _Duty) -> Report:
    start, end = text.original_span(d.ev_start, d.ev_end)
    evidence = _EVIDENCE_TAIL.sub("", text.quote(d.ev_start, d.ev_end).strip(" ,")).strip(" ,")
    return Report.model_validate(
        {
            "from": d.sender,
            "to": d.to,
            "deadline": d.deadline,
            "recurrence": d.recurrence or d.event,
            "evidence": evidence,
            "start": start,
            "end": end,
        }
    )


# The southern spelling of the verb "gửi" (send), read as "gửi": "Báo cáo của Trường …, gởi cho Vụ Học sinh, sinh viên …"
# (the same length, so every offset holds).
SOUTHERN_SPELLINGS: dict[str, str] = {"gởi": "gửi", "Gởi": "Gửi", "GỞI": "GỬI"}
SOUTHERN_SPELLING = re.compile(r"(?<![\wđ])(?:" + "|".join(SOUTHERN_SPELLINGS) + r")(?![\wđ])")


def _common_spelling(m: re.Match[str]) -> str:
    return SOUTHERN_SPELLINGS[m.group(0)]


def _read_in_common_spelling(text: Text) -> Text:
    """``text`` with its southern spellings (SOUTHERN_SPELLINGS) read as the common ones, in its flat text and its
    lines; ``text`` itself when it has none (most documents: a ``str.find`` or two tell)."""
    if (text.flat.find("ởi") < 0 and text.flat.find("ỞI") < 0) or SOUTHERN_SPELLING.search(text.flat) is None:
        return text
    lines = [
        line._replace(text=SOUTHERN_SPELLING.sub(_common_spelling, line.text)) if "ởi" in line.text or "ỞI" in line.text else line
        for line in text.lines
    ]
    return replace(text, flat=SOUTHERN_SPELLING.sub(_common_spelling, text.flat), lines=lines)


def find_reports(text: Text, header: Header, doc: Outline | None = None) -> list[Report]:
    """Each explicit reporting duty of the document (see the module doc).
    ``doc`` is the document's outline when the caller has read it already."""
    reading = _read_in_common_spelling(text)
    reports = find_reports_in(reading, header, doc if doc is not None else outline(text))
    if reading is not text:
        for r in reports:
            # The evidence as the document spells it (the offsets are the same in both texts).
            if (at := reading.flat.find(r.evidence, text.to_flat(r.start))) >= 0:
                r.evidence = text.flat[at : at + len(r.evidence)]
    return reports
