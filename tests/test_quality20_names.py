"""Organization names as the extractor writes them (session 11, the graph's survey of ~950 real documents).

Junk names that became Organization nodes: a word cut by the copy ("Bộ Nội v"), a whole name run together
("Cácsởgiáodụcđàotạo"), an unknown code lower-cased ("Văn phòng ubđt"), a word written twice ("Sở, Sở, ban
ngành"), codes only their neighbours make certain ("UBND các huyện, TX, TP", "Ban QL các KCN", "Các cơ sở KCB",
"Cổng TTĐTTP", "UBMTTQ Việt Nam - TPHN"), a city's document qualifying "UBND huyện" with the city's own name,
a name cut at the dot of "TP.", and the honorific glued to a letter's addressee ("Đồngchí Giám đốc …").
Fragments are written in the style of the Nơi nhận and Kính gửi lines of the corpus.
"""

from __future__ import annotations

from pathlib import Path

from vanban.loaders.load import load_document
from vanban.loaders.names import _canonical_org, canonical_org, qualify_in, recase
from vanban.loaders.parties import name_at


def test_a_name_whose_last_word_the_copy_cut_is_dropped():
    # An OCR'd Nơi nhận: "- Bộ Nội v" (Bộ Nội vụ, its last letter lost).
    assert canonical_org("Bộ Nội v") is None
    # A name ending in a real one-letter word or a code is kept.
    assert canonical_org("Bộ Nội vụ") == "Bộ Nội vụ"
    assert canonical_org("Phòng Cảnh sát PC08") == "Phòng Cảnh sát PC08"


def test_a_whole_name_run_together_is_dropped():
    # "Kính gửi:Cácsởgiáodụcđàotạo" (a copy without spaces): no cut is certain ("giá|o|dục" reads too).
    assert canonical_org("Cácsởgiáodụcđàotạo") is None
    # Two syllables run together are no whole name: kept (unglue_name cuts them where it is called).
    assert canonical_org("Sở Văn hóa, Thểthao và Du lịch") is not None
    # The longest syllables stay: "nghiêng" is seven letters.
    assert canonical_org("Viện Nghiên cứu") == "Viện Nghiên cứu"


def test_an_unknown_code_in_capitals_stays_as_written():
    # "- VP UBĐT: CVP, các PCVP, …" (a Hà Nội Quyết định): not "Văn phòng ubđt".
    assert canonical_org("VP UBĐT") == "Văn phòng UBĐT"
    assert recase("VĂN PHÒNG UBĐT") == "Văn phòng UBĐT"
    # Words in capitals with "Đ" that are syllables are still lower-cased.
    assert recase("SỞ GIÁO DỤC VÀ ĐÀO TẠO") == "Sở Giáo dục và Đào tạo"
    assert recase("ĐẢNG ỦY XÃ ĐỨC TÂN") == "Đảng ủy xã Đức Tân"
    assert recase("BAN CHỈ ĐẠO ĐANG TRIỂN KHAI")[:12] == "Ban Chỉ đạo "


def test_a_word_written_twice_in_a_list_is_read_once():
    assert canonical_org("Sở, Sở, ban ngành thành phố") == "Sở, ban ngành thành phố"
    # Two items that share a word are kept both.
    assert canonical_org("Các ban cán sự đảng, đảng đoàn") == "Các ban cán sự đảng, đảng đoàn"


def test_codes_certain_by_their_neighbours_are_expanded():
    assert canonical_org("UBND các huyện, TX, TP") == "Ủy ban nhân dân các huyện, thị xã, thành phố"
    assert canonical_org("Ban QL các KCN tỉnh") == "Ban Quản lý các khu công nghiệp tỉnh"
    assert canonical_org("Các cơ sở KCB") == "Các cơ sở khám bệnh, chữa bệnh"
    assert canonical_org("Cổng TTĐTTP") == "Cổng thông tin điện tử thành phố"
    # Alone, "KCB" is the Cục Quản lý Khám, chữa bệnh's code in a Lưu line: kept.
    assert canonical_org("Lưu: VT, KCB") == "Lưu: Văn thư, KCB"
    # "UBND các huyện, TX Bảo Lộc, TP Đà Lạt" (a Lâm Đồng plan): the town and the city by name.
    assert canonical_org("UBND các huyện, TX Bảo Lộc, TP Đà Lạt") == "Ủy ban nhân dân các huyện, thị xã Bảo Lộc, thành phố Đà Lạt"
    assert canonical_org("Ban QL các KCNC và các KCN") == "Ban Quản lý các khu công nghệ cao và các khu công nghiệp"
    assert canonical_org("Ban QL KKT tỉnh") == "Ban Quản lý Khu kinh tế tỉnh"
    # "TX" not after a level in a list is no level.
    assert canonical_org("Phòng TX") == "Phòng TX"


def test_a_citys_initials_after_tp_in_that_citys_document():
    # "- UBMTTQ Việt Nam - TPHN;" in a Nơi nhận of UBND thành phố Hà Nội.
    assert _canonical_org("UBMTTQ Việt Nam - TPHN", True, "Hà Nội", None) == "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội"
    # Another city's initials, or no document's place: as written.
    assert _canonical_org("UBMTTQ Việt Nam - TPHN", True, "Cần Thơ", None) == "Ủy ban Mặt trận Tổ quốc Việt Nam - TPHN"
    assert canonical_org("UBMTTQ Việt Nam - TPHN") == "Ủy ban Mặt trận Tổ quốc Việt Nam - TPHN"


def test_a_citys_lower_level_body_does_not_take_the_citys_name():
    city = "Ủy ban nhân dân thành phố Hải Dương"
    # "UBND huyện" in a document of the city names no "huyện Hải Dương" (none such).
    assert qualify_in("Ủy ban nhân dân huyện", "Hải Dương", "Hải Dương", city) == "Ủy ban nhân dân huyện"
    assert qualify_in("Phòng Giáo dục và Đào tạo quận", "Hải Dương", "Hải Dương", city) == "Phòng Giáo dục và Đào tạo quận"
    # A district's own document still qualifies its own level.
    assert qualify_in("Ủy ban nhân dân huyện", "Sơn La", "Mộc Châu", "Ủy ban nhân dân huyện Mộc Châu") == "Ủy ban nhân dân huyện Mộc Châu"
    assert qualify_in("Ủy ban nhân dân huyện", "Hà Giang", "Đồng Văn") == "Ủy ban nhân dân huyện Đồng Văn"


def test_the_dot_of_tp_does_not_end_a_name():
    s = "Sở GDĐT TP. Hồ Chí Minh chủ trì, phối hợp với các đơn vị liên quan."
    assert name_at(s, 0)[0] == "Sở GDĐT TP. Hồ Chí Minh"
    assert canonical_org(name_at(s, 0)[0]) == "Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh"
    # A sentence's end is still one: "… báo cáo UBND TP. các sở …" (no capital after the dot).
    assert name_at("UBND TP. các sở triển khai", 0)[0] == "UBND TP"


LETTER = """BỘ CÔNG AN
CỤC CẢNH SÁT GIAO THÔNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1234/C08-P1
V/v chấn chỉnh việc bán trang phục
Hà Nội, ngày 28 tháng 05 năm 2013

Kính gửi: Đồngchí Giám đốc Công an thành phố Hà Nội

Báo điện tử ngày 27/5/2013 phản ánh tình trạng bày bán trang phục Cảnh sát giao thông trên vỉa hè.

Đề nghị Đồng chí chỉ đạo kiểm tra, xử lý nghiêm các vi phạm, kết quả báo cáo Bộ trước ngày 30/6/2013.

Nơi nhận:
- Như trên;
- Lưu: VT, P1.
"""


def test_a_letters_addressee_loses_its_glued_honorific(tmp_path: Path):
    path = tmp_path / "cv_bca.txt"
    path.write_text(LETTER, encoding="utf-8")
    rec = load_document(path)
    froms = [r.from_ for r in rec.reports_to] if rec.reports_to and hasattr(rec.reports_to[0], "from_") else [getattr(r, "from", None) for r in rec.reports_to]
    assert froms and all(f and not f.lower().startswith("đồng") for f in froms)
    assert "Giám đốc Công an thành phố Hà Nội" in froms


def test_a_lower_case_word_written_twice_running_is_read_once():
    # "Các cơ quan quan tham mưu quản lý ngành, lĩnh vực" (a typo of a Kế hoạch).
    assert canonical_org("Các cơ quan quan tham mưu") == "Các cơ quan tham mưu"
    # A proper name in capitals keeps its words; a list's items keep theirs.
    assert canonical_org("Trường Đại học Đông Đông") == "Trường Đại học Đông Đông"
    assert canonical_org("Các sở, ban, ngành, đơn vị, tổ chức chính trị - xã hội, hội, đoàn thể").endswith("xã hội, hội, đoàn thể")


def test_a_level_after_a_slash_in_a_noi_nhan():
    # "- - UBND/huyện;" / "- - Phòng LĐTB&XH/h;" (a commune's Công văn: the district's offices).
    assert canonical_org("UBND/huyện") == "Ủy ban nhân dân huyện"
    assert canonical_org("Phòng LĐTB&XH/h") == "Phòng Lao động - Thương binh và Xã hội huyện"
    # Two bodies parted by a slash are left as written.
    assert canonical_org("Sở Y tế/Bộ Y tế") == "Sở Y tế/Bộ Y tế"
