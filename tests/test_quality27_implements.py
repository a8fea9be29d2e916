"""Implements, round 27: what a document says it carries out, read from real documents of 2025 (tests/data/realdocs,
SOURCES.tsv). A plan's preamble may close by naming what the plan carries out ("Ủy ban nhân dân thành phố Cần Thơ ban
hành Kế hoạch thực hiện Chỉ thị số 27/CT-TTg …, cụ thể như sau:", KH 165/KH-UBND of Cần Thơ) with no "Thực hiện …"
paragraph nor a title naming it; a ministry's letter reports its own earlier letter sent in carrying out what it
implements (", Bộ Nội vụ đã có Văn bản số 8091/BNV-TCBC …", CV 10989/BNV-TCBC): the result, not implemented."""

from pathlib import Path

from vanban.loaders.extract import extract
from vanban.loaders.header import read_header
from vanban.loaders.implementing_spans import DECLARED_PLAN, OWN_LETTER_CLAUSE, _add_declared_plan_span
from vanban.loaders.read import read_file
from vanban.loaders.text import make_text

REALDOCS = Path(__file__).parent / "data" / "realdocs"


def _implemented(record) -> list[str]:
    return [f"{c.number}/{c.symbol}" if c.number else c.surface for c in record.implements]


# ---------------------------------------------------------------------------- the plan's own closing clause

# KH 165/KH-UBND of UBND thành phố Cần Thơ, its preamble's last paragraph as written.
_CAN_THO_CLOSE = (
    "Trên cơ sở các kết quả đạt được và những khó khăn, thách thức trong những năm qua, để đạt được các mục tiêu, chỉ "
    "tiêu và những nhiệm vụ theo Nghị quyết số 21-NQ/TW và Chỉ thị số 27/CT-TTg. Ủy ban nhân dân thành phố Cần Thơ ban "
    "hành Kế hoạch thực hiện Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024 của Thủ tướng Chính phủ về việc tăng cường "
    "thực hiện công tác dân số trong tình hình mới, cụ thể như sau:"
)
# KH 308/KH-UBND of UBND thành phố Hà Nội (corpus 020): the plan's name quoted after "ban hành Kế hoạch".
_HA_NOI_CLOSE = (
    "; UBND thành phố Hà Nội ban hành Kế hoạch “Triển khai thực hiện Nghị quyết số 214/NQ-CP ngày 23/7/2025 của "
    "Chính phủ ban hành Kế hoạch hành động của Chính phủ về thúc đẩy tạo lập dữ liệu phục vụ chuyển đổi số toàn "
    "diện”, cụ thể như sau:"
)


def test_declared_plan_names_what_follows_its_verb():
    m = DECLARED_PLAN.search(_CAN_THO_CLOSE)
    assert m and _CAN_THO_CLOSE[m.end() :].startswith("Chỉ thị số 27/CT-TTg ngày 15 tháng 8 năm 2024")
    m = DECLARED_PLAN.search(_HA_NOI_CLOSE)
    assert m and _HA_NOI_CLOSE[m.end() :].startswith("Nghị quyết số 214/NQ-CP")


def test_declared_plan_not_without_an_instrument_nor_a_numbered_plan_issued():
    # QĐ 2954/QĐ-UBND of Sơn La, its attached plan's opening: a plan of its own subject, no instrument named.
    assert DECLARED_PLAN.search(
        "Uỷ ban nhân dân tỉnh Sơn La ban hành Kế hoạch xuất khẩu sản phẩm hàng hóa tỉnh Sơn La giai đoạn 2026 - 2030 như sau:"
    ) is None
    # KH 0134/KH-UBND of Đắk Lắk: "ban hành Kế hoạch thực hiện quan trắc …" (a task, not a type word).
    assert DECLARED_PLAN.search(
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện quan trắc, cảnh báo môi trường tại một số vùng nuôi trồng "
        "thủy sản trên địa bàn tỉnh Đắk Lắk giai đoạn 2026 - 2030"
    ) is None
    # A plan issued under its number is ISSUING_CLAUSE's result, and "đã ban hành" looks back.
    assert DECLARED_PLAN.search("Ủy ban nhân dân huyện ban hành Kế hoạch số 42/KH-UBND về thực hiện cải cách") is None
    looking_back = "Ủy ban nhân dân tỉnh đã ban hành Kế hoạch thực hiện Chỉ thị số 05-CT/TW, cụ thể như sau:"
    spans = []
    _add_declared_plan_span(spans, looking_back, 0, len(looking_back))
    assert spans == []


def test_declared_plan_span_ends_at_the_clauses_colon():
    spans = []
    _add_declared_plan_span(spans, _CAN_THO_CLOSE, 0, len(_CAN_THO_CLOSE))
    assert len(spans) == 1
    a, b = spans[0]
    assert _CAN_THO_CLOSE[a:b].startswith("Chỉ thị số 27/CT-TTg") and _CAN_THO_CLOSE[b:] == ":"
    # A sentence of the situation that closes with its period is not the plan's declaration.
    looking_back = "Năm 2024, UBND tỉnh ban hành Kế hoạch thực hiện Chỉ thị số 05-CT/TW, đạt nhiều kết quả. Nay"
    spans = []
    _add_declared_plan_span(spans, looking_back, 0, len(looking_back))
    assert spans == []


def _without_preamble_paragraph(name: str, first: str, last: str) -> str:
    """A real document with one preamble paragraph cut, from its first words to (not including) ``last``."""
    raw = (REALDOCS / name).read_text(encoding="utf-8")
    return raw[: raw.index(first)] + raw[raw.index(last) :]


def test_plan_closing_clause_implements_with_no_opening_paragraph():
    # KH 165/KH-UBND: with its title and its "Thực hiện Chỉ thị số 27/CT-TTg …; Công văn số 6676/BYT-CDS …" paragraph,
    # both instruments are implemented.
    record = extract(read_file(REALDOCS / "a83fffe08d7aeed7.md"))
    assert _implemented(record) == ["27/CT-TTg", "6676/BYT-CDS"]
    # The same plan cut to its closing clause, the title left without the instrument: the clause still names CT 27 —
    # not NQ 21-NQ/TW, the goal of the sentence before it (before: nothing implemented).
    raw = _without_preamble_paragraph("a83fffe08d7aeed7.md", "Thực hiện Chỉ thị số 27", "Trên cơ sở các kết quả")
    raw = raw.replace(
        "THỰC HIỆN CHỈ THỊ SỐ 27/CT-TTG NGÀY 15 THÁNG 8 NĂM 2024 CỦA\nTHỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC TĂNG CƯỜNG THỰC HIỆN "
        "CÔNG TÁC DÂN SỐ TRONG TÌNH\nHÌNH MỚI",
        "TĂNG CƯỜNG THỰC HIỆN CÔNG TÁC DÂN SỐ TRONG TÌNH HÌNH MỚI",
    )
    record = extract(make_text(raw))
    assert read_header(make_text(raw)).title.startswith("TĂNG CƯỜNG")
    assert _implemented(record) == ["27/CT-TTg"]


# ---------------------------------------------------------------------------- the issuer's own letter in the paragraph

def test_own_letter_clause_reads_the_reporting_body():
    clause = (
        ", Bộ Nội vụ đã có Văn bản số 8091/BNV-TCBC ngày 17/9/2025 đề nghị các Bộ, ngành, địa phương báo cáo thực trạng"
    )
    assert OWN_LETTER_CLAUSE.search(clause)["name"] == "Bộ Nội vụ"
    # "có" alone is any verb's object ("có ý kiến", "có trách nhiệm"): only "đã có" before a type word and its number.
    assert OWN_LETTER_CLAUSE.search(", Phó Thủ tướng Chính phủ Trần Hồng Hà có ý kiến như sau:") is None
    assert OWN_LETTER_CLAUSE.search(", Bộ Nội vụ đã có ý kiến tại Văn bản số 8091/BNV-TCBC") is None


def test_letter_does_not_implement_its_own_earlier_letter():
    # CV 10989/BNV-TCBC: "Thực hiện ý kiến của Ban Tổ chức Trung ương tại Văn bản số 9151- CV/BTCTW … và Văn bản số
    # 9671-CV/BTCTW …, Bộ Nội vụ đã có Văn bản số 8091/BNV-TCBC … đề nghị …" (before: 8091 implemented too).
    record = extract(read_file(REALDOCS / "5d3180cef1d254d0.md"))
    assert _implemented(record) == ["9151/CV/BTCTW", "9671/CV/BTCTW"]
    assert "8091" in [c.number for c in record.cites]  # still cited


def test_a_higher_bodys_letter_in_the_paragraph_stays_implemented():
    # The clause is the issuer's own only: the same sentence with a higher body's letter in it (the Ban Tổ chức Trung
    # ương's, as CV 10989 names it) keeps that letter implemented.
    raw = (REALDOCS / "5d3180cef1d254d0.md").read_text(encoding="utf-8")
    raw = raw.replace("Bộ Nội vụ đã có Văn bản số 8091/BNV-TCBC", "Ban Tổ chức Trung ương đã có Văn bản số 8091/BNV-TCBC", 1)
    assert "8091/BNV-TCBC" in _implemented(extract(make_text(raw)))


# ---------------------------------------------------------------------------- an unnumbered plan listed after another

def test_owned_plan_listed_after_the_first_item_of_a_preamble(seeds_dir):
    # Seed 001's preamble ("Thực hiện Kế hoạch dân vận năm 2023 của Sở Y tế Hà Giang Giang; Bệnh viện …") with a second
    # plan listed after the first, named by its issuer and subject as a commune's or hospital's preamble names it, with
    # no opening of its own (before: only the first was read).
    raw = (seeds_dir / "001_55beccb8d9239905.txt").read_text(encoding="utf-8").replace(
        "Hà Giang Giang; Bệnh",
        "Hà Giang Giang; Kế hoạch của Đảng ủy Sở Y tế về thực hiện công tác dân vận năm 2023; Bệnh",
        1,
    )
    implemented = _implemented(extract(make_text(raw)))
    assert implemented[:2] == ["Kế hoạch dân vận năm 2023 của Sở Y tế Hà Giang Giang", "Kế hoạch của Đảng ủy Sở Y tế"]


def test_list_continuation_needs_an_opening_before_a_type_word():
    from vanban.loaders.unnumbered_citations import continues_opened_list

    text = "Thực hiện Kế hoạch số 45/KH-UBND ngày 14/02/2025 của Ủy ban nhân dân tỉnh; Kế hoạch của Huyện ủy về công tác"
    assert continues_opened_list(text, text.index("Kế hoạch của"))
    # A sentence of the body, no implementing opening before a type word since its last period.
    text = "Năm 2024 đạt nhiều kết quả. Các đơn vị phối hợp tốt; Kế hoạch của Huyện ủy về công tác dân vận được triển khai"
    assert not continues_opened_list(text, text.index("Kế hoạch của"))
    # Nor a type word that follows no list item (no ";", "," or "và" right before it).
    text = "Thực hiện Kế hoạch số 45/KH-UBND ngày 14/02/2025 Kế hoạch của Huyện ủy"
    assert not continues_opened_list(text, text.rindex("Kế hoạch của"))


# ---------------------------------------------------------------------------- a preamble's plan named by issuer first

def test_preamble_plan_named_by_its_issuer_implements_the_numbered_plan_named_later(seeds_dir):
    # Seed 000 as a district or commune writes it: the preamble names the province's plan by issuer and subject
    # ("Thực hiện Kế hoạch của UBND tỉnh Hà Giang về Triển khai “Tháng Dân vận” năm 2022 …"), the organisation section
    # gives its number ("… báo cáo UBND tỉnh theo Kế hoạch số 233/KH-UBND ngày 22/9/2022 của UBND tỉnh"). The name is a
    # back-reference (seeds README: no entry of its own), and the plan it names is what the preamble carries out
    # (before: nothing implemented).
    raw = (seeds_dir / "000_8b7031bbdbcc6e25.txt").read_text(encoding="utf-8")
    raw = raw.replace("Thực hiện Kế hoạch số 233/KH-UBND, ngày 22/9/2022 của UBND tỉnh", "Thực hiện Kế hoạch của UBND tỉnh", 1)
    raw = raw.replace(
        "tổng hợp báo cáo UBND tỉnh trước ngày 05/11/2022.",
        "tổng hợp báo cáo UBND tỉnh trước ngày 05/11/2022 theo Kế hoạch số 233/KH-UBND ngày 22/9/2022 của UBND tỉnh.",
        1,
    )
    record = extract(make_text(raw))
    assert [c.number for c in record.cites if c.doc_type == "Kế hoạch"] == ["233"]
    assert _implemented(record) == ["233/KH-UBND"]


def test_plan_named_by_issuer_after_its_number_stays_a_back_reference(seeds_dir):
    # Seed 002: "Thực hiện Kế hoạch số 138-KH/HU … của Huyện ủy Đồng Văn" first, "Kế hoạch của Huyện ủy" later: one
    # entry, implemented through its numbered mention as before.
    record = extract(read_file(seeds_dir / "002_2a77aa3af5070cd2.txt"))
    assert _implemented(record) == ["138/KH/HU"]


# ---------------------------------------------------------------------------- a directive's purpose clause

def test_purpose_clause_with_several_manners_or_a_verb_before_it(corpus_dir):
    from vanban.loaders.implementing_spans import PURPOSE_CARRY_OUT

    # Chỉ thị 06/CT-UBND of Quảng Trị (corpus 034): "Để tiếp tục thực hiện nghiêm Chỉ thị số 05/CT-TTg …; Chỉ thị số
    # 31-CT/TU …; … Phương án số 728/PA-UBND …, và để nâng cao hiệu quả …, Ủy ban nhân dân tỉnh yêu cầu:". The same
    # clause as other directives open it, each of its five instruments carried out (before: none).
    raw = (corpus_dir / "034.txt").read_text(encoding="utf-8")
    assert raw.count("Để tiếp tục thực hiện nghiêm") == 1
    for opening in (
        "Để quán triệt và thực hiện nghiêm",
        "Để tổ chức thực hiện nghiêm",
        "Để thực hiện nghiêm túc, có hiệu quả",
        "Để tiếp tục thực hiện nghiêm túc và hiệu quả",
    ):
        assert PURPOSE_CARRY_OUT.match(f"{opening} Chỉ thị số 05/CT-TTg"), opening
        record = extract(make_text(raw.replace("Để tiếp tục thực hiện nghiêm", opening, 1)))
        assert [c.number for c in record.implements] == ["05", "31", "134", "03", "728"], opening
    # A goal, or a task with no instrument right after the verb, stays no purpose clause that carries one out.
    assert PURPOSE_CARRY_OUT.match("Để thực hiện thắng lợi Nghị quyết Đại hội") is None
    assert PURPOSE_CARRY_OUT.match("Để thực hiện tốt chính sách bảo hiểm y tế") is None
    assert PURPOSE_CARRY_OUT.match("Để thực hiện nghiêm túc, có hiệu quả công tác cải cách hành chính") is None
