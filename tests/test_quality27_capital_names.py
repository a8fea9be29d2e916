"""A name, a word or a sentence may start with an accented capital: "Ủy ban", "Ứng Hòa", "Mường Ảng", "Cửa Ông".

The classes that read the first letter of one are loaders/letters.py's UPPER_LETTERS (LOWER_LETTERS for a word in
lower case); "[A-ZĐ]" is kept for symbols, codes and initials only ("KH-UBND", "NĐ-CP", "VT"), each pattern that
keeps it listed below with the reason (a new pattern with a narrow class must say which it is).

Fragments: the sentences are quoted from real documents (source beside each); where the review documents hold
no accented capital in that place, the real fragment's name is swapped for one that has it, a real place of the
2025 or the former lists ("huyện Mường Ảng" of Điện Biên, "phường Cửa Ông" of Quảng Ninh, "huyện Ứng Hòa" of Hà
Nội) or a given name ("Ánh"), and the fragment says so.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest

import vanban.graph
import vanban.loaders
from vanban.graph import build, groups, orgs
from vanban.loaders import citations, kind_lists, names, parties, recipients, reports
from vanban.loaders.records import Header
from vanban.loaders.text import make_text


def test_a_holder_after_va_may_open_with_an_accented_capital() -> None:
    # Corpus 056 (a Kế hoạch of Ban Thường trực UBMTTQ phường): "… do Thường trực HĐND phường và Ủy ban bầu cử phường
    # chủ trì" names two holders.
    assert kind_lists.holders_of("Thường trực HĐND phường và Ủy ban bầu cử phường") == [
        "Thường trực HĐND phường",
        "Ủy ban bầu cử phường",
    ]


def test_a_capitalised_level_word_before_an_accented_place_is_lowered() -> None:
    # "UBND Huyện Triệu Sơn" (the form the pattern's comment quotes) with a district of Hà Nội, "Ứng Hòa".
    assert names._lower_level_before_place("UBND Huyện Ứng Hòa") == "UBND huyện Ứng Hòa"
    assert names._lower_level_before_place("UBND Huyện Triệu Sơn") == "UBND huyện Triệu Sơn"


@pytest.mark.parametrize(
    ("issuer", "place"),
    [
        # "Ủy ban nhân dân xã Lũng Cú" (the pattern's own example) with places whose second word is accented.
        ("Ủy ban nhân dân huyện Mường Ảng", ("huyện", "mường ảng")),
        ("Ủy ban nhân dân phường Cửa Ông", ("phường", "cửa ông")),
        ("Ủy ban nhân dân xã Lũng Cú", ("xã", "lũng cú")),
    ],
)
def test_the_place_of_an_issuer_reads_every_word_of_its_name(issuer: str, place: tuple[str, str]) -> None:
    assert citations._place_of(issuer) == place


def test_a_list_of_organs_ends_with_a_level_and_an_accented_place() -> None:
    # "Tỉnh ủy, HĐND, UBND tỉnh Sơn La" (the pattern's example) with Điện Biên's district "Mường Ảng".
    m = recipients.LEVEL_PLACE_END.search("Huyện ủy, HĐND, UBND huyện Mường Ảng")
    assert m is not None and (m["level"], m["place"]) == ("huyện", "Mường Ảng")


# Patterns that read a name, a word or a sentence after a word or a mark, each with a fragment whose next word opens
# with an accented capital, and the text the pattern must find there.
NAMES_AFTER = {
    # Corpus 046's Nơi nhận and its signature, flattened as a legal library's copy writes a page's lines on one.
    "inline_signature": (recipients.INLINE_SIGNATURE, "- Thường trực Thành ủy; - Lưu: VT, (ĐT/Hn). TM. ỦY BAN NHÂN DÂN", " TM. Ủ"),
    # realdocs 8718801c (a Kế hoạch of UBND tỉnh Đồng Tháp): the report submitted after a comma.
    "to_later_submitted": (
        reports.TO_LATER,
        "Sở Khoa học và Công nghệ tổng hợp báo cáo và đề xuất, trình Ủy ban nhân dân Tỉnh xem xét, quyết định",
        ", trình ",
    ),
    # fresh15 d71b3a48 (a Quy chế of UBND thành phố Cần Thơ): the report proposed to after a comma.
    "to_later_proposed": (
        reports.TO_LATER,
        "theo dõi, kiểm tra việc thực hiện Quy chế; tổng hợp, báo cáo, đề xuất Ủy ban nhân dân thành phố xem xét",
        ", đề xuất ",
    ),
    # Composed: the pattern's "Cổng TTĐT tỉnh và Văn phòng UBND tỉnh" with the body of realdocs 0abcf1a5's "… và Ủy
    # ban nhân dân xã, phường".
    "web_and": (recipients.WEB_AND, "Cổng TTĐT tỉnh và Ủy ban nhân dân xã, phường", "Cổng TTĐT tỉnh và "),
    # Composed: the pattern's "Công báo tỉnh và Cổng TTĐT tỉnh" with the same body.
    "gazette_and": (recipients.GAZETTE_AND, "Công báo tỉnh và Ủy ban nhân dân xã, phường", "Công báo tỉnh và "),
    # "Hội Cựu chiến binh tỉnh" (the pattern's example) and Hà Nội's musicians' society.
    "owner_society": (recipients.OWNER, "Hội Âm nhạc Hà Nội", "Hội"),
    # A unit named by its field, "Vụ Kế hoạch, Tài chính" (the pattern's example), and the centre of applied science a
    # provincial Sở Khoa học và Công nghệ has.
    "field_unit": (recipients.FIELD_UNIT, "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", "Trung tâm Ứ"),
    # Composed: a commune's civil servant named by the field, "công chức Lao động - Thương binh và Xã hội" (the
    # pattern's example), is read as "công chức UBND xã" is; so is "công chức Ủy ban nhân dân xã" now.
    "civil_servant": (recipients.CIVIL_SERVANT, "công chức Ủy ban nhân dân xã", "công chức Ủ"),
    "charged_office": (recipients.CHARGED_OFFICE, "công chức Ủy ban nhân dân xã", "công chức "),
    "office_holder_lower": (parties.OFFICE_HOLDER_LOWER, "công chức Ủy ban nhân dân xã", "công chức Ủ"),
    # Composed: Công điện 229/CĐ-TTg's "…, cấp bách, Thủ tướng Chính phủ đề nghị …" with the subject "Ủy ban".
    "subject_after_comma": (
        parties.SUBJECT_DIRECTIVE_AFTER_COMMA,
        "Đây là nhiệm vụ rất quan trọng, cấp bách, Ủy ban nhân dân tỉnh đề nghị các sở, ngành",
        ", ",
    ),
    # Composed: after "vướng mắc", a subject with no comma, "nếu có khó khăn, vướng mắc các cơ quan, đơn vị … báo
    # cáo" (the pattern's example), here a subject in capitals.
    "event_cut": (reports.EVENT_CUT, "nếu có khó khăn, vướng mắc Ủy ban nhân dân các xã, phường báo cáo", " "),
    # Person names: "Nguyễn Thị Hoa", "Đỗ Tâm Hiển", "Trần Hồng Hà" of the patterns' examples, with a word that opens
    # with an accented capital (the given name "Ánh", the surname "Âu").
    "signer_after_archive": (recipients.SIGNER_AFTER_ARCHIVE, "Lưu: VT. Nguyễn Thị Ánh", ". Nguyễn Thị Ánh"),
    "name_after_item": (recipients.NAME_AFTER_ITEM, "- Các Sở, ban, ngành; Âu Thị Ánh", " Âu Thị Ánh"),
    # realdocs 27009faf's "- Chủ tịch, PCT UBND tỉnh-Đỗ Tâm Hiển;" with the surname "Âu".
    "person_after_dash": (recipients.PERSON_AFTER_DASH, "Chủ tịch, PCT UBND tỉnh-Âu Tâm Hiển;", "-Âu Tâm Hiển"),
    "deputy_minister": (recipients.DEPUTY_MINISTER, "TT Âu Mạnh Khương", "TT Âu M"),
    "prime_minister_and_deputy": (
        recipients.PRIME_MINISTER_AND_DEPUTY,
        "Thủ tướng, Phó Thủ tướng Trần Hồng Ánh",
        "Thủ tướng, Phó Thủ tướng Trần Hồng Ánh",
    ),
    "person_initials": (recipients.PERSON_INITIALS, "Phó Chánh Văn phòng P.T.T.Ánh", "P.T.T.Ánh"),
    "deputy_prime_minister_named": (
        parties.DEPUTY_PRIME_MINISTER_NAMED,
        "báo cáo Phó Thủ tướng Chính phủ Âu Thanh Sơn chương trình kiểm tra",
        "Phó Thủ tướng Chính phủ Âu Thanh Sơn",
    ),
}


@pytest.mark.parametrize(("pattern", "fragment", "found"), NAMES_AFTER.values(), ids=NAMES_AFTER.keys())
def test_a_name_after_its_lead_may_open_with_an_accented_capital(pattern: re.Pattern[str], fragment: str, found: str) -> None:
    assert any(fragment[m.start() : m.start() + len(found)] == found for m in pattern.finditer(fragment))


def test_the_report_addressee_after_a_comma_is_no_small_word() -> None:
    # Corpus 011's "… trình ở các cấp" is no submission, accented or not.
    assert not reports.TO_LATER.search("tổ chức thực hiện, trình ở các cấp")
    assert not recipients.GAZETTE_AND.search("Công báo tỉnh và ứng dụng")


HO_CHI_MINH = Header(issuer="Ủy ban nhân dân thành phố Hồ Chí Minh", province="Hồ Chí Minh")
# Corpus 046 (a Quyết định of UBND Thành phố Hồ Chí Minh): its Nơi nhận and signature written on one line, as a legal
# library's copy joins a page's lines.
FLAT_BLOCK_046 = (
    "QUYẾT ĐỊNH:\n**Điều 1. **Ban hành Kế hoạch.\n\nNơi nhận: - Như Điều 3; - Bộ Nông nghiệp và Môi trường; - Thường "
    "trực Thành ủy; - Lưu: VT, (ĐT/Hn). {signature} KT. CHỦ TỊCH PHÓ CHỦ TỊCH\n"
)


@pytest.mark.parametrize("signature", ["TM. ỦY BAN NHÂN DÂN", "TM. UBND"])
def test_a_signature_on_the_archive_line_is_no_part_of_the_archive(signature: str) -> None:
    got = recipients.find_recipients(make_text(FLAT_BLOCK_046.format(signature=signature)), HO_CHI_MINH)
    assert [(r.name, r.purpose) for r in got][-1] == ("Lưu: VT, (ĐT/Hn)", "lưu")


@pytest.mark.parametrize(
    ("block", "last"),
    [
        # A signer's name run on after the archive, "Lưu: VT. Nguyễn Thị Hoa" (the pattern's example) with "Ánh".
        ("- Như trên;\n- Lưu: VT. Nguyễn Thị Ánh\n", ("Lưu: VT", "lưu")),
        # A signer's name merged onto an item after its end mark, "- Các Sở, ban, ngành; Nguyễn Văn An" the same.
        ("- Như trên;\n- Các Sở, ban, ngành; Nguyễn Thị Ánh\n", ("Các Sở, ban, ngành", None)),
    ],
)
def test_a_signer_named_with_an_accented_capital_is_no_recipient(block: str, last: tuple[str, str | None]) -> None:
    got = recipients.find_recipients(make_text(f"CÔNG VĂN\n\nNơi nhận:\n{block}"), HO_CHI_MINH)
    assert [(r.name, r.purpose) for r in got][-1] == last


# The graph's names of bodies: the head of a central body, a hospital's room, a department's room, a ministry.
GRAPH_NAMES = {
    # "Chủ nhiệm Văn phòng Chính phủ" (the pattern's example) and a central committee's head.
    "central_head": (orgs.CENTRAL_HEAD, "Chủ nhiệm Ủy ban Kiểm tra Trung ương"),
    # Composed: "Khoa Khám bệnh", "Tổ Công nghệ thông tin" (the pattern's examples) and a response team.
    "hospital_unit": (orgs.HOSPITAL_UNIT, "Tổ Ứng cứu sự cố"),
    # Composed: "Phòng Nghiệp vụ Y" (the pattern's example) and a room of applied technology.
    "department_room": (build.DEPARTMENT_ROOM, "Phòng Ứng dụng công nghệ"),
    # The units and rooms under a body named in full: "Các đơn vị trực thuộc Ủy ban nhân dân thành phố Hồ Chí Minh".
    "units_under": (groups.UNITS_UNDER, "Các đơn vị trực thuộc Ủy ban nhân dân thành phố Hồ Chí Minh"),
    "rooms": (groups.ROOMS, "Các phòng thuộc Ủy ban nhân dân huyện Ứng Hòa"),
    # "Các ban của Hội đồng nhân dân tỉnh Hà Giang" (the pattern's example) with the front's committee (corpus 062).
    "collective_of": (build.COLLECTIVE_OF, "Các ban của Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh"),
}


@pytest.mark.parametrize(("pattern", "name"), GRAPH_NAMES.values(), ids=GRAPH_NAMES.keys())
def test_a_graph_name_may_open_with_an_accented_capital(pattern: re.Pattern[str], name: str) -> None:
    assert pattern.match(name)


def test_a_list_of_kinds_goes_on_with_a_word_in_lower_case_accented_or_not() -> None:
    # "Sở, ban, ngành" is one collective; "Sở, ủy ban" the same (the word after the comma opens with "ủ").
    assert build.COLLECTIVE_WITHOUT_CAC.match("Sở, ban, ngành")
    assert build.COLLECTIVE_WITHOUT_CAC.match("Sở, ủy ban")
    assert not build.COLLECTIVE_WITHOUT_CAC.match("Sở, Ủy ban")


# Every module-level pattern of loaders/ and graph/ that keeps a narrow letter class ("[A-ZĐ]", "[a-zđ]", "[A-Z]"…,
# one without the accented letters), with what the class reads: none reads the first letter of a name, a word or a
# sentence.
SYMBOL_CODES = "a symbol's or a code's capitals (KH-UBND, NĐ-CP, QĐ-TTg)"
ITEM_LETTERS = "an item's or a section's letter (a), đ), A.): no accented letter marks an item"
NARROW_CLASSES = {
    "loaders.blank_citations.BLANK_SYMBOL": SYMBOL_CODES,
    "loaders.charter_names.SHORT_NAMED_TREATY": "a treaty's short name in Latin capitals (CEDAW)",
    "loaders.charter_names._SHORT_AT_END": "a treaty's short name in Latin capitals (CEDAW)",
    "loaders.citation_anchors.NUMSYM": SYMBOL_CODES,
    "loaders.citation_anchors.SPACED_NUMSYM": SYMBOL_CODES,
    "loaders.citation_anchors.GLUED_NUMSYM": SYMBOL_CODES,
    "loaders.citation_anchors.SPACED_YEAR_NUMSYM": SYMBOL_CODES,
    "loaders.citation_anchors.SPACED_BODY_CODE": SYMBOL_CODES,
    "loaders.citation_issuers.ISSUER_SHORT_NAME": "the one small letter of a short name in capitals ((BCĐ), (GDĐT))",
    "loaders.citation_issuers.ONE_LETTER_HEAD": "the one letter left of a two-letter head ('S' of 'Sở', 'B' of 'Bộ')",
    "loaders.citation_subjects.MAIN_CLAUSE": "the one small letter of a short name in capitals",
    "loaders.context_issuers.CENTRAL_PARTY_BOARD_CODE": SYMBOL_CODES,
    "loaders.header.NUMBER_LINE": SYMBOL_CODES,
    "loaders.header.APPENDIX_OF": SYMBOL_CODES,
    "loaders.header.TERM_AFTER_CODE": SYMBOL_CODES,
    "loaders.header.NUMBER_GAP_LINE": SYMBOL_CODES,
    "loaders.header.DEFINED_SHORT_NAME": "a short name in capitals ((BCĐ))",
    "loaders.implementing_spans.SECTION_HEADING": ITEM_LETTERS,
    "loaders.implementing_spans.BODY_ITEM_LINE": ITEM_LETTERS,
    "loaders.implementing_spans.GROUNDS_HEADING": ITEM_LETTERS,
    "loaders.implementing_spans.GROUNDS_END": ITEM_LETTERS,
    "loaders.law_names.GLUED_DATE_WORD": "the abbreviation a law's name ends with (UBND of 'UBNDngày')",
    "loaders.law_names.LAW_NUMBER_WITHOUT_SO": SYMBOL_CODES,
    "loaders.load.NOTES": "a file name's extension",
    "loaders.names.PLACE_INITIALS": "a place's initials (CT)",
    "loaders.names.MIXED_CASE_CODE": SYMBOL_CODES,
    "loaders.names.CITY_INITIALS": "a city's initials (TPHN)",
    "loaders.number_symbols.SPACED_YEAR": "the type code after a year whose slash was lost ('2020 NQ-HĐND')",
    "loaders.ocr_digits.OCR_NUMBER": SYMBOL_CODES,
    "loaders.ocr_words.NUMBERED_SYMBOL": SYMBOL_CODES,
    "loaders.recipients.ONE_CODE": SYMBOL_CODES,
    "loaders.recipients.LATEX_COMMAND": "a LaTeX command's name",
    "loaders.recipients.FILE_PATH": "a drive letter",
    "loaders.recipients.STRAY_AFTER_ARCHIVE": "a copy's stray mark, one letter",
    "loaders.recipients.COPY_MARKS": "the letters of a copy count ((02b))",
    "loaders.recipients.PRESS_KIND": "a newspaper's code (HNM)",
    "loaders.recipients.PRESS_CODE": "a newspaper's code (HNM)",
    "loaders.recipients.CAPITALS_WORD": "a body's initials (ĐHCT)",
    "loaders.recipients.GLUED_ARCHIVE": "the archive's codes (Lưu VT)",
    "loaders.recipients.KIND_BEFORE_CODES": SYMBOL_CODES,
    "loaders.parties.ITEM_MARK_TAIL": ITEM_LETTERS,
    "loaders.reports.CLAUSE_END": ITEM_LETTERS,
    "loaders.reports.LETTER_ITEM_START": ITEM_LETTERS,
    "loaders.reports.CLAUSE_END_IN_TABLE": ITEM_LETTERS,
    "loaders.reports.SENTENCE_OR_ITEM_START": ITEM_LETTERS,
    "loaders.reports.LIST_MARK": ITEM_LETTERS,
    "loaders.reports._LABEL_START": ITEM_LETTERS,
    "loaders.reports.ROLE_ITEM": ITEM_LETTERS,
    "loaders.reports.ROLE_LEAD": ITEM_LETTERS,
    "loaders.reports.PAPERS_LISTED_BEFORE": ITEM_LETTERS,
    "loaders.reports.ITEM_OPEN_BEFORE": ITEM_LETTERS,
    "loaders.reports.ARTICLE_MARK_BEFORE": "an article number's letter (Điều 5a)",
    "loaders.reports.ARTICLE_TITLE_BEFORE": "an article number's letter (Điều 5a)",
    "loaders.reports.LIMIT_CLAUSE_START": ITEM_LETTERS,
    "loaders.reports.PREAMBLE_ARTICLE": "an article number's letter (Điều 5a)",
    "loaders.reports.TEMPLATE_ARTICLE": "an article number's letter (Điều 5a)",
    "loaders.reports.KIND_LINE": ITEM_LETTERS,
    "loaders.reports.NEXT_LIST_ITEM": ITEM_LETTERS,
    "loaders.sections.NUMBER_MARKER": SYMBOL_CODES,
    "loaders.sections.LETTER_MARKER": ITEM_LETTERS,
    "loaders.sections.LETTER_LINE": ITEM_LETTERS,
    "loaders.task_tables.ROW_MARK": ITEM_LETTERS,
    "loaders.tasks._POINT_LABEL": ITEM_LETTERS,
    "loaders.tasks.QUOTED_RULE_OPEN": ITEM_LETTERS,
    "loaders.text.ITEM_TAB": ITEM_LETTERS,
    "loaders.unmarked_bodies.LEVEL_AND_PLACE": "a name in capitals written without its marks (UY BAN NHAN DAN TINH QUANG NAM)",
    "graph.build.MINISTRY_INITIALS_END": "a ministry's initials (BYT)",
    "graph.initials.INITIALS_WORD": "a body's initials (ĐHCT)",
    "graph.initials.HAS_INITIALS": "a body's initials (ĐHCT)",
    "graph.initials.FOREIGN_INITIALS": "a foreign body's initials (WHO)",
    "graph.schema.TERM_SUFFIX": "a term's number after a code (QH15)",
}
# A character class that names letters by a range of ASCII ones: "[A-ZĐ]", "[a-zđ0-9]", "[A-Za-z]".
LETTER_RANGE_CLASS = re.compile(r"\[\^?(?:[^\]\\]|\\.)*?(?:A-Z|a-z)(?:[^\]\\]|\\.)*\]")


def _narrow_classes() -> dict[str, list[str]]:
    """Each module-level pattern of loaders/ and graph/ (where it is defined) with its narrow letter classes: those
    written with "A-Z" or "a-z" that hold none of the accented letters ("Ầ", "ầ")."""
    found: dict[str, list[str]] = {}
    for package in (vanban.loaders, vanban.graph):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            source = inspect.getsource(module)
            for name, value in vars(module).items():
                if not (isinstance(value, re.Pattern) and isinstance(value.pattern, str)):
                    continue
                if not re.search(rf"^{re.escape(name)}\s*(?::[^=\n]*)?=", source, re.MULTILINE):
                    continue  # imported from the module that defines it
                narrow = [c for c in LETTER_RANGE_CLASS.findall(value.pattern) if "Ầ" not in c and "ầ" not in c]
                if narrow:
                    found[f"{package.__name__.split('.')[-1]}.{info.name}.{name}"] = narrow
    return found


def test_every_narrow_letter_class_reads_a_code_or_a_mark() -> None:
    # A new pattern whose "[A-ZĐ]" reads a name's first letter must take letters.UPPER_LETTERS; one that reads a code
    # is listed in NARROW_CLASSES with what it reads.
    found = _narrow_classes()
    assert sorted(set(found) - set(NARROW_CLASSES)) == []
    assert sorted(set(NARROW_CLASSES) - set(found)) == []  # no stale entry


def test_the_class_check_sees_a_capital_class_and_not_the_letters() -> None:
    assert LETTER_RANGE_CLASS.findall(r"và\s+(?=[A-ZĐ])") == ["[A-ZĐ]"]
    assert LETTER_RANGE_CLASS.findall(r"[a-zđ]\)") == ["[a-zđ]"]
    assert LETTER_RANGE_CLASS.findall(r"[^\s,;]") == []
    assert "Ầ" in LETTER_RANGE_CLASS.findall(names.CAPITAL_LEVEL_BEFORE_PLACE.pattern)[0]
