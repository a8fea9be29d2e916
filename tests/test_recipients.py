"""Recipients from the Nơi nhận block, on real fragments of the seeds and corpus."""

from vanban.loaders.recipients import PURPOSE, find_recipients
from vanban.loaders.records import Header, Recipient
from vanban.loaders.text import make_text

SO_Y_TE_HA_GIANG = Header(issuer="Sở Y tế tỉnh Hà Giang", province="Hà Giang")
UBND_DONG_VAN = Header(issuer="Ủy ban nhân dân huyện Đồng Văn", province="Hà Giang", district="Đồng Văn")
SO_Y_TE_KON_TUM = Header(issuer="Sở Y tế tỉnh Kon Tum", province="Kon Tum")
SO_Y_TE_HA_TINH = Header(issuer="Sở Y tế tỉnh Hà Tĩnh", province="Hà Tĩnh")


def _r(name, purpose=None):
    return Recipient(name=name, purpose=purpose)


def test_purpose_marks():
    assert PURPOSE.search("UBND tỉnh (B/c);")["mark"] == "B/c"
    assert PURPOSE.search("Ban Dân vận Tỉnh ủy; (để b/c)")["mark"] == "b/c"


def test_seed_000_split_shared_owner_and_report_mark():
    text = """thực hiện./. 

 
Nơi nhận:   
- UBND tỉnh (B/c); 

- Đảng ủy, BGĐ Sở Y tế; 

- Các cơ quan, đơn vị trực thuộc; 

- Lưu VT, VP.                                                             

KT. GIÁM ĐỐC 

PHÓ GIÁM ĐỐC 

Hoàng Quốc Cứ 
"""
    assert find_recipients(make_text(text), SO_Y_TE_HA_GIANG) == [
        _r("Ủy ban nhân dân tỉnh Hà Giang", "báo cáo"),
        _r("Đảng ủy Sở Y tế"),
        _r("Ban Giám đốc Sở Y tế"),
        _r("Các cơ quan, đơn vị trực thuộc"),
        _r("Lưu VT, VP", "lưu"),
    ]


def test_seed_001_merged_with_signature_column_and_posting():
    text = """Nơi nhận:                                                                                 KT. GIÁM ĐỐC 

- Đăng Website BV;                                                                        PHÓ GIÁM ĐỐC 

- Lưu VT, TCHC. 

                                                                                         Lù Văn Thắng 
"""
    assert find_recipients(make_text(text), Header(issuer="Bệnh viện Đa khoa Nà Chì", province="Hà Giang")) == [
        _r("Website Bệnh viện", "đăng tải"),
        _r("Lưu VT, TCHC", "lưu"),
    ]


def test_seed_002_district_own_units_keep_wording():
    text = """***Nơi nhận:***

- Sở Nội vụ tỉnh;
- Chủ tịch, PCT UBND huyện;
- Ban Dân vận Huyện ủy;
- Các cơ quan, đơn vị trên địa bàn huyện;
- UBND các xã, thị trấn;
- Lưu: VT, NV.

**TM. ỦY BAN NHÂN DÂN  
CHỦ TỊCH**
"""
    assert find_recipients(make_text(text), UBND_DONG_VAN) == [
        _r("Sở Nội vụ tỉnh Hà Giang"),
        _r("Chủ tịch Ủy ban nhân dân huyện"),
        _r("Phó Chủ tịch Ủy ban nhân dân huyện"),
        _r("Ban Dân vận Huyện ủy Đồng Văn"),
        _r("Các cơ quan, đơn vị trên địa bàn huyện"),
        _r("Ủy ban nhân dân các xã, thị trấn"),
        _r("Lưu: VT, NV", "lưu"),
    ]


def test_seed_003_external_department_qualified():
    text = """Nơi nhận:                                                                                          
- Sở Nội vụ; 

- Lãnh đạo Sở Y tế; 

- Trang TTĐT Sở Y tế; 

- Lưu: VT, TCHC.   

GIÁM ĐỐC 
"""
    assert find_recipients(make_text(text), SO_Y_TE_KON_TUM) == [
        _r("Sở Nội vụ tỉnh Kon Tum"),
        _r("Lãnh đạo Sở Y tế"),
        _r("Trang thông tin điện tử Sở Y tế"),
        _r("Lưu: VT, TCHC", "lưu"),
    ]


def test_seed_004_mark_after_semicolon_misspelled_portal_and_trailing_note():
    text = """Nơi nhận:

- Ban Dân vận Tỉnh ủy; (để b/c)
- Sở Nội vụ;
- Lãnh đạo Sở;
- Công thông tin điện tử Sở Y tế;
- Lưu: VT, TCCB.

Gửi VB giấy và điện tử.

**KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC**
"""
    assert find_recipients(make_text(text), SO_Y_TE_HA_TINH) == [
        _r("Ban Dân vận Tỉnh ủy Hà Tĩnh", "báo cáo"),
        _r("Sở Nội vụ tỉnh Hà Tĩnh"),
        _r("Lãnh đạo Sở"),
        _r("Cổng thông tin điện tử Sở Y tế"),
        _r("Lưu: VT, TCCB", "lưu"),
    ]


def test_table_layout_stops_at_cell_and_splits_two_bodies():
    # Corpus 001 (Bắc Ninh): the block ends at the table cell "|".
    text = """*Nơi nhận:*
- Bộ Tư pháp (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
|
**TM. ỦY BAN NHÂN
DÂN**
"""
    got = find_recipients(make_text(text), Header(issuer="Ủy ban nhân dân tỉnh Bắc Ninh", province="Bắc Ninh"))
    assert got[0] == _r("Bộ Tư pháp", "báo cáo")
    assert [r.name for r in got[1:3]] == ["Thường trực Tỉnh ủy Bắc Ninh", "Thường trực Hội đồng nhân dân tỉnh Bắc Ninh"]
    assert got[-1] == _r("Lưu: VT, NC", "lưu")


def test_as_above_refers_to_addressees():
    text = """Kính gửi:
- Sở Xây dựng;
- Công an Thành phố.
Nội dung công văn.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""
    got = find_recipients(make_text(text), Header(issuer="Ủy ban nhân dân thành phố Hồ Chí Minh", province="Hồ Chí Minh"))
    # The addressees are entries of their own; "Như trên" is one more, as the block writes it.
    assert got == [
        _r("Sở Xây dựng thành phố Hồ Chí Minh"),
        _r("Công an thành phố Hồ Chí Minh"),
        Recipient(name="Như trên", bodies=[]),
        _r("Lưu: VT", "lưu"),
    ]


def test_no_block_no_recipients():
    assert find_recipients(make_text("Kế hoạch không có nơi nhận."), Header()) == []
