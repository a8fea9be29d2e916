"""Nơi nhận, round 21: a list head whose items go on after semicolons ("VPUB: CVP; PCVP P.T.T.Huyền, các phòng, đơn
vị: ĐMPT, …", corpus 020), a head naming the places of one level ("UBND các huyện: …"), a department's name with its
own comma in a head's list, a portal posted to ("(để đăng)", "Đăng trang thông tin điện tử …"). Fragments quoted from
corpus 020 (UBND thành phố Hà Nội) and the documents they cite."""

from __future__ import annotations

from pathlib import Path


from vanban.loaders.recipients import _continues_list, _split, bodies_named, find_recipients
from vanban.loaders.records import Header
from vanban.loaders.text import make_text

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
HA_NOI = Header(issuer="Ủy ban nhân dân thành phố Hà Nội", province="Hà Nội")


def _names(body: str, header: Header) -> list[tuple[str, str | None]]:
    return [(r.name, r.purpose) for r in bodies_named(find_recipients(make_text(body), header))]


def test_office_heads_go_on_after_a_semicolon():
    # Corpus 020: "- VPUB: CVP; PCVP P.T.T.Huyền, các phòng, đơn vị: ĐMPT, TTTTDL&CNS, TH;". Before, the part after the
    # semicolon lost its office: "Phó Chánh Văn phòng" alone and "Các phòng, đơn vị" of no body.
    line = "- VPUB: CVP; PCVP P.T.T.Huyền, các phòng, đơn vị: ĐMPT, TTTTDL&CNS, TH;"
    assert line in (CORPUS / "020.txt").read_text(encoding="utf-8")
    body = "Nơi nhận:\n- Các Sở, ban, ngành Thành phố;\n" + line + "\n- Lưu: VT, ĐMPT.\n"
    assert _names(body, HA_NOI) == [
        ("Các Sở, ban, ngành thành phố", None),
        ("Chánh Văn phòng Ủy ban nhân dân thành phố", None),
        ("Phó Chánh Văn phòng Ủy ban nhân dân thành phố", None),
        ("Văn phòng Ủy ban nhân dân thành phố", None),
        ("Lưu: VT, ĐMPT", "lưu"),
    ]


def test_departments_listed_with_semicolons():
    # The fields of a head of departments parted by semicolons, as by commas ("- Sở: NN&MT, TC, VH,TT&DL, GD&ĐT;" in
    # corpus 029); a body named by its own head word after them is an item of its own.
    assert _split("Các Sở: Y tế; Giáo dục và Đào tạo; Tài chính") == ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Tài chính"]
    assert _split("Các Sở: Y tế; Văn hóa, Thể thao và Du lịch; Công an tỉnh") == [
        "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh",
    ]
    assert _split("Sở: NN&MT; TC; Nội vụ") == ["Sở Nông nghiệp và Môi trường", "Sở Tài chính", "Sở Nội vụ"]


def test_what_does_not_go_on_with_a_head():
    # "TT Tỉnh ủy, HĐND tỉnh" names its own bodies; "Các đơn vị trực thuộc", "Thường trực HĐND tỉnh" (a level word, an
    # organ's code) and the archive are no field of a Sở.
    assert not _continues_list("Các Sở", "UBND các huyện, thành phố")
    assert not _continues_list("Các Sở", "Các đơn vị trực thuộc")
    assert not _continues_list("Các Sở", "Thường trực HĐND tỉnh")
    assert not _continues_list("Các Sở", "Lưu: VT")
    assert not _continues_list("VPUB", "các phòng chuyên môn")
    assert _continues_list("VPUB", "PCVP P.T.T.Huyền, các phòng, đơn vị: ĐMPT, TTTTDL&CNS, TH")


def test_department_name_with_its_own_comma_in_a_head_list():
    # "Sở Văn hóa, Thể thao và Du lịch" is one department; before, "Các Sở: Y tế, Văn hóa, Thể thao và Du lịch" gave
    # "Sở Văn hóa" and "Sở Thể thao và Du lịch".
    assert _split("Các Sở: Y tế, Văn hóa, Thể thao và Du lịch, Tài chính") == [
        "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính",
    ]


def test_places_of_one_level_named_after_a_head():
    # "UBND các huyện: Mộc Châu, Vân Hồ": each district's committee (before, the head alone, the names lost).
    assert _split("UBND các huyện: Mộc Châu, Vân Hồ") == ["UBND huyện Mộc Châu", "UBND huyện Vân Hồ"]
    # A list of codes is no list of places: "VP UBND tỉnh: LĐVP, TKCT" keeps its head (corpus 001).
    assert _split("UBND các huyện: TC, KH") == ["UBND các huyện"]


def test_portal_posted_to():
    # "(để đăng)" is a posting mark as "(đăng tải)" is; "Đăng trang thông tin điện tử của Sở" names the portal with a
    # capital. A portal with no mark keeps purpose null, as the seeds' "Trang TTĐT Sở Y tế" (003) and "Công thông tin
    # điện tử" (004) do.
    header = Header(issuer="Sở Y tế tỉnh Sơn La", province="Sơn La")
    body = (
        "Nơi nhận:\n- Như trên;\n- Trang TTĐT Sở (để đăng);\n- Đăng trang thông tin điện tử của Sở;\n"
        "- Cổng thông tin điện tử tỉnh;\n- Lưu: VT, KT.\n"
    )
    assert _names(body, header) == [
        ("Trang thông tin điện tử Sở", "đăng tải"),
        ("Trang thông tin điện tử của Sở", "đăng tải"),
        ("Cổng thông tin điện tử tỉnh Sơn La", None),
        ("Lưu: VT, KT", "lưu"),
    ]


# Lines of the corpus's Nơi nhận whose bodies are named by codes, each with the file it is quoted from and the name.
CODED_BODIES = [
    ("008.txt", "- Ủy ban Quốc gia VSTBPN Việt Nam;", "Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam"),
    ("011.txt", "- VPQG về Giảm nghèo;", "Văn phòng Quốc gia về Giảm nghèo"),
    ("016.txt", "- Trung tâm CB-TH;", "Trung tâm Công báo - Tin học"),
    ("023.txt", "- Viện VSDT Tây Nguyên;", "Viện Vệ sinh dịch tễ Tây Nguyên"),
    ("027.txt", "- Ban CHBĐ Biên phòng;", "Ban Chỉ huy Bộ đội Biên phòng"),
    ("046.txt", "- Cục Quản lý đê điều và PCTT;", "Cục Quản lý đê điều và phòng, chống thiên tai"),
    ("030.txt", "- TT CN&CTTĐT tỉnh;", "Trung tâm Công nghệ và Cổng thông tin điện tử tỉnh Đắk Lắk"),
    ("035.txt", "- Trung tâm CN và Cổng TTĐT tỉnh;", "Trung tâm Công nghệ và Cổng thông tin điện tử tỉnh Đắk Lắk"),
    ("036.txt", "- TT. Công nghệ và Cổng TTĐT tỉnh;", "Trung tâm Công nghệ và Cổng thông tin điện tử tỉnh Đắk Lắk"),
]


def test_bodies_named_by_codes():
    dak_lak = Header(issuer="Ủy ban nhân dân tỉnh Đắk Lắk", province="Đắk Lắk")
    for name, line, expected in CODED_BODIES:
        assert line in (CORPUS / name).read_text(encoding="utf-8"), name
        got = _names(f"Nơi nhận:\n- Như trên;\n{line}\n- Lưu: VT.\n", dak_lak)
        assert got[0] == (expected, None), name


def test_addressees_run_on_one_line_with_and():
    # "Kính gửi: Sở Y tế, Sở Tài chính và UBND các xã, thị trấn." read through "Như trên": before, "Sở Tài chính và Ủy ban
    # nhân dân các xã, thị trấn" was one recipient.
    header = Header(issuer="Ủy ban nhân dân huyện Mộc Châu", province="Sơn La", district="Mộc Châu")
    body = (
        "ỦY BAN NHÂN DÂN\nHUYỆN MỘC CHÂU\nSố: 12/UBND-VP\nV/v tăng cường công tác phòng chống dịch\n\n"
        "Kính gửi: Sở Y tế, Sở Tài chính và UBND các xã, thị trấn.\n\nNội dung./.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    assert [n for n, _ in _names(body, header)][:3] == [
        "Sở Y tế tỉnh Sơn La", "Sở Tài chính tỉnh Sơn La", "Ủy ban nhân dân các xã, thị trấn",
    ]


def test_and_inside_one_name_stays():
    # A department named with "và" (no head word after it), a joint office, an organ that shares the next one's level.
    assert _split("Sở Kế hoạch và Đầu tư") == ["Sở Kế hoạch và Đầu tư"]
    assert _split("Ban Tuyên giáo và Dân vận Tỉnh ủy") == ["Ban Tuyên giáo và Dân vận Tỉnh ủy"]
    assert _split("Văn phòng Đoàn ĐBQH và HĐND tỉnh") == ["Văn phòng Đoàn ĐBQH và HĐND tỉnh"]
    assert _split("Trung tâm Công nghệ và Cổng thông tin điện tử tỉnh") == ["Trung tâm Công nghệ và Cổng thông tin điện tử tỉnh"]


# Real documents of 2025 (public pages of official documents), kept with the tests: tests/data/realdocs/SOURCES.tsv.
REALDOCS = Path(__file__).parent / "data" / "realdocs"


def _realdoc_recipients(name: str) -> list[tuple[str, str | None]]:
    from vanban.loaders.extract import extract
    from vanban.loaders.read import read_file

    path = REALDOCS / name
    return [(r.name, r.purpose) for r in bodies_named(extract(read_file(path)).recipients)]


def test_cable_addressees_and_a_list_of_places_cut_by_a_stray_mark():
    # Công điện 223/CĐ-TTg: "**THỦ TƯỚNG CHÍNH PHỦ điện:**" / "- Bí thư tỉnh ủy, Chủ tịch Ủy ban nhân dân các" / "tỉnh: Gia
    # Lai," / "- Đắk Lắk và Khánh Hòa;" / "- Các Bộ: Quốc phòng, …" read through "Như trên" (before: none of them), and
    # "Đài THVN, Đài TNVN, TTXVN", "Các Tập đoàn: EVN, VNPT, Viettel" body by body.
    names = [n for n, _ in _realdoc_recipients("15e6fb3d3f3b2644.md")]
    assert names[:7] == [
        "Bí thư Tỉnh ủy Gia Lai", "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai", "Bí thư Tỉnh ủy Đắk Lắk",
        "Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk", "Bí thư Tỉnh ủy Khánh Hòa", "Chủ tịch Ủy ban nhân dân tỉnh Khánh Hòa",
        "Bộ Quốc phòng",
    ]
    for name in ("Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam", "Tập đoàn EVN", "Tập đoàn Viettel"):
        assert name in names


def test_cable_addressee_wrapped_after_an_open_word():
    # Công điện 229/CĐ-TTg: "- Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc" / "Chính phủ;"; and "- VPCP: BTCN, PCN
    # Trịnh Mạnh Linh; Trợ lý TTgCP, TGĐ Cổng TTĐT CP;" whose part after the semicolon goes on with the office's list.
    got = _realdoc_recipients("5dbaef1b7c77d06c.md")
    names = [n for n, _ in got]
    assert "Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ" in names
    assert "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" in names
    assert "Trợ lý Thủ tướng Chính phủ" in names and "Tổng Giám đốc Cổng Thông tin điện tử Chính phủ" in names


def test_headed_lists_of_places_wrapped_inside_a_name():
    # Công văn 11654/VPCP-CN: "Kính gửi:" / "Chủ tịch Ủy ban nhân dân các tỉnh: Hưng Yên, Ninh" / "Bình, Bắc Ninh, Phú Thọ,
    # Tuyên Quang."; "- UBND các tỉnh, thành phố: Hải Phòng, …, Phú" / "Thọ, Tuyên Quang;" (each its own level); "- VPCP:
    # BTCN, các PCN," / "Trợ lý TTg, PTTg," / "Tổng GĐ CổngTTĐT," / "các Vụ: NN, KTTH, QHĐP, PL;"; "- Lưu: VT, CN(2). y".
    got = _realdoc_recipients("2c71d790ecdeb8d1.md")
    names = [n for n, _ in got]
    assert names[:5] == [f"Chủ tịch Ủy ban nhân dân tỉnh {p}" for p in ("Hưng Yên", "Ninh Bình", "Bắc Ninh", "Phú Thọ", "Tuyên Quang")]
    assert ("Thủ tướng Chính phủ", "báo cáo") in got and ("các Phó Thủ tướng Chính phủ", "báo cáo") in got
    assert "Ủy ban nhân dân thành phố Hải Phòng" in names and "Ủy ban nhân dân tỉnh Tuyên Quang" in names
    assert "Trợ lý Phó Thủ tướng Chính phủ" in names and "Tổng Giám đốc Cổng Thông tin điện tử Chính phủ" in names
    assert got[-1] == ("Lưu: VT, CN(2)", "lưu")


def test_an_article_holder_after_other_bodies_and_holders_named_after_a_dash():
    # QĐ 1617/QĐ-UBND of Chủ tịch UBND tỉnh Quảng Ngãi: "Như Điều 4" reads "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc
    # các Sở: Tư / pháp, Nông nghiệp và Môi trường; …" (before: "Chánh Văn phòng …, Giám đốc Sở Tư pháp" as one), and "-
    # Chủ tịch, PCT UBND tỉnh-Đỗ Tâm Hiển;", "- VP UBND tỉnh: CVP, PCVP-Nguyễn Đăng Trình;" name offices, not their holders.
    names = [n for n, _ in _realdoc_recipients("27009faffc98b8aa.md")]
    assert names[:3] == [
        "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Giám đốc Sở Tư pháp tỉnh Quảng Ngãi",
        "Giám đốc Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi",
    ]
    assert "Phó Chủ tịch Ủy ban nhân dân tỉnh" in names and "Phó Chánh Văn phòng Ủy ban nhân dân tỉnh" in names
    assert not any("Hiển" in n or "Trình" in n for n in names)


def test_a_departments_name_parted_by_its_commas_in_an_article():
    # QĐ 4385/QĐ-BVHTTDL: "Điều 3. Chánh Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch, Tài chính, Viện trưởng Viện Văn hóa, Nghệ /
    # thuật, Thể thao và Du lịch Việt Nam và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành …" (before: "Tài
    # chính, Viện trưởng Viện Văn hóa" as one, the Viện's name cut).
    names = [n for n, _ in _realdoc_recipients("448306af3d3a91f7.md")]
    assert names[:4] == [
        "Chánh Văn phòng Bộ", "Vụ trưởng Vụ Kế hoạch, Tài chính",
        "Viện trưởng Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam", "Thủ trưởng các cơ quan liên quan",
    ]
    # A department's comma names no new body only when the piece has no head word, office or level of its own.
    from vanban.loaders.recipients import _field_goes_on

    assert _field_goes_on("Vụ trưởng Vụ Kế hoạch", "Tài chính")
    assert not _field_goes_on("Giám đốc Sở Y tế", "Thuế tỉnh")
    assert not _field_goes_on("Giám đốc Sở Y tế", "Công an tỉnh")


def test_cable_addressees_of_provinces_and_cities_and_ministers_of_listed_ministries():
    # Công điện 228/CĐ-TTg: "- Bộ trưởng các Bộ: Tài chính, Nội vụ, Bộ Y tế." (a full stop, another item after it) / "- Bí
    # thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực" / "thuộc Trung ương: Hà Tĩnh, …, Đắk" /
    # "Lắk, Khánh Hòa, Lâm Đồng." — a city's Thành ủy and "thành phố", a province's Tỉnh ủy and "tỉnh".
    names = [n for n, _ in _realdoc_recipients("44aeb2fd86d07d4a.md")]
    assert names[:3] == ["Bộ trưởng Bộ Tài chính", "Bộ trưởng Bộ Nội vụ", "Bộ trưởng Bộ Y tế"]
    for name in (
        "Bí thư Tỉnh ủy Hà Tĩnh", "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh", "Bí thư Thành ủy Huế",
        "Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng", "Bí thư Tỉnh ủy Đắk Lắk", "Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng",
    ):
        assert name in names


def test_an_addressee_wrapped_after_the_headings_line_and_deputy_ministers():
    # Công văn 11208/BNV-KHTC: "**Kính gửi: **Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung" / "ương" (before: cut
    # at "trung"); "- TT Nguyễn Mạnh Khương;" is a deputy minister.
    got = _realdoc_recipients("c81379258ef3a44f.md")
    assert got[0] == ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", None)
    assert ("Thứ trưởng Nguyễn Mạnh Khương", None) in got
    # Công văn 6386/BVHTTDL-KHCNĐTMT: "**Kính gửi:** Các cơ sở" / "đào tạo trực thuộc Bộ".
    assert _realdoc_recipients("f0a3d9f100d0791b.md")[0] == ("Các cơ sở đào tạo trực thuộc Bộ", None)


def test_a_split_heading_and_departments_of_named_parents():
    # Công văn 5609/LS-XNC: "**Kính" / "gửi:**" / "- Cục Quản trị A, Văn" / "phòng Trung ương Đảng;" / … / "- Văn phòng Cơ
    # quan Ủy ban Trung ương Mặt trận Tổ" / "Quốc Việt Nam;" / "- Sở Ngoại vụ các tỉnh, thành phố trực thuộc Trung ương."
    # read through "Như trên" (before: none); a department of its parent written out is one body ("Cục Kiểm soát thủ tục
    # hành chính, Văn phòng Chính phủ"), as with its code ("Cục Kiểm soát TTHC, VPCP").
    names = [n for n, _ in _realdoc_recipients("ce52cc3a1def51f6.md")]
    for name in (
        "Cục Quản trị A, Văn phòng Trung ương Đảng", "Vụ Đối ngoại, Văn phòng Chủ tịch nước",
        "Văn phòng các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
        "Văn phòng Cơ quan Ủy ban Trung ương Mặt trận Tổ Quốc Việt Nam",
        "Sở Ngoại vụ các tỉnh, thành phố trực thuộc Trung ương", "Cục Kiểm soát thủ tục hành chính, Văn phòng Chính phủ",
    ):
        assert name in names
    assert _split("Cục trưởng Cục Y tế dự phòng, Bộ trưởng Bộ Y tế") != ["Cục trưởng Cục Y tế dự phòng, Bộ trưởng Bộ Y tế"]


def test_organs_of_the_place_named_last():
    # Thông báo 655/TB-VPCP: "- Tỉnh ủy, HĐND, UBND tỉnh Sơn La;" (before: "Tỉnh ủy", "Hội đồng nhân dân" of no place).
    names = [n for n, _ in _realdoc_recipients("b13aef6aad6b2169.md")]
    assert ["Tỉnh ủy Sơn La", "Hội đồng nhân dân tỉnh Sơn La", "Ủy ban nhân dân tỉnh Sơn La"] == [
        n for n in names if n.endswith("Sơn La")
    ]
    assert _split("Thường trực HĐND, UBND tỉnh") == ["Thường trực HĐND tỉnh", "UBND tỉnh"]
    # Công điện 232/CĐ-TTg: "- Bộ trưởng các Bộ: Tài chính, Nông nghiệp và Môi trường, Quốc phòng, Công an," / "Giáo dục và
    # Đào tạo, Y tế." (a list wrapped after its comma), "- Ủy ban TWMTTQ Việt Nam;".
    names = [n for n, _ in _realdoc_recipients("b2fa001677379e64.md")]
    assert "Bộ trưởng Bộ Giáo dục và Đào tạo" in names and "Bộ trưởng Bộ Y tế" in names
    assert "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" in names


def test_cable_addressees_in_a_broken_table_and_holders_of_listed_bodies():
    # Công điện 226/CĐ-TTg: "- Bộ trưởng" / "các Bộ:" / "|" / "Quốc phòng, Công an, Tài chính," / "Nông nghiệp và Môi
    # trường, Y tế." / … / "- Bí thư Tỉnh ủy, Thành ủy, Chủ tịch" / "Ủy ban nhân dân các tỉnh, …: Hà Tĩnh, …"; "- VPCP: BTCN,
    # các PCN, các Trợ lý TTg, Cổng TTĐT, các Vụ, Cục: NN, CN, KGVX," / "TH;" ("TH" a code, no purpose mark).
    got = _realdoc_recipients("858c0de43c18ce78.md")
    names = [n for n, _ in got]
    assert names[:2] == ["Bộ trưởng Bộ Quốc phòng", "Bộ trưởng Bộ Công an"]
    assert "Bí thư Thành ủy Đà Nẵng" in names and "Chủ tịch Ủy ban nhân dân tỉnh Gia Lai" in names
    assert ("Cổng Thông tin điện tử Chính phủ", None) in got and all(p != "thực hiện" for _, p in got)
    # Công điện 224/CĐ-TTg: "- Bí Thư, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;", "- Tổng giám
    # đốc: Đài truyền hình Việt Nam, Đài tiếng nói Việt Nam, Thông tấn xã" / "Việt Nam;".
    names = [n for n, _ in _realdoc_recipients("1095764e502a89b8.md")]
    assert "Bí thư Tỉnh ủy, Thành ủy các tỉnh, thành phố trực thuộc Trung ương" in names
    assert "Tổng giám đốc Thông tấn xã Việt Nam" in names
    # Công văn 5363/CT-CS: "**Kính gửi:** Các" / "Thuế tỉnh, thành phố." (a word that leaves the name open).
    assert _realdoc_recipients("28219392db3ee2e0.md")[0] == ("Các Thuế tỉnh, thành phố", None)


def test_the_decisions_block_above_several_forms():
    # QĐ 143/2025/QĐ-UBND of UBND tỉnh Đồng Tháp: its Quy chế's appendix holds two forms, each with "*Nơi nhận:*" / "- Như
    # trên;" / "- Lưu VT."; the decision's own block lies above both (before: the last form's, "Lưu VT" alone).
    got = _realdoc_recipients("fd4c4d6ec377c4d2.md")
    assert got[0] == ("Chánh Văn phòng Ủy ban nhân dân tỉnh", None)
    assert got[-1] == ("Lưu: VT, KGVX (KD)", "lưu")
    assert ("Cổng thông tin điện tử tỉnh Đồng Tháp", None) in got


def test_the_ministry_of_justices_inspection_department_and_more_codes():
    # The Nơi nhận of a province's legal documents: "- Cục KTVB&QLXLVPHC - Bộ Tư pháp;" (QĐ 143/2025/QĐ-UBND of UBND tỉnh
    # Đồng Tháp), "- Cục KTVB&QLXL VPHC-Bộ Tư pháp;" (NQ 74/2025/NQ-HĐND of HĐND thành phố Hà Nội).
    expected = "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp"
    assert expected in [n for n, _ in _realdoc_recipients("fd4c4d6ec377c4d2.md")]
    assert expected in [n for n, _ in _realdoc_recipients("90cfa0f24fcb05de.md")]
    assert "Bộ Quốc phòng" in _split("Các Bộ: YT, CA, XD, QP, TC")


def test_the_prime_minister_and_a_named_deputy_and_holders_parted_by_and():
    # The government office's letters: "- Thủ tướng, PTTg Trần Hồng Hà (để b/c);" (Công văn 91035abb…), "- TTg, PTTg Hồ Đức
    # Phớc;" (QĐ 2639/QĐ-TTg): two office-holders (before: one recipient).
    got = _realdoc_recipients("91035abb77ae0a1b.md")
    assert ("Thủ tướng Chính phủ", "báo cáo") in got and ("Phó Thủ tướng Chính phủ Trần Hồng Hà", "báo cáo") in got
    names = [n for n, _ in _realdoc_recipients("24c6583aa4c3280a.md")]
    assert "Thủ tướng Chính phủ" in names and "Phó Thủ tướng Chính phủ Hồ Đức Phớc" in names
    # A Công điện's "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Hà Tĩnh, …, Huế, Đà Nẵng, …": each
    # holder of each place, a city's Thành ủy (before: "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh").
    names = [n for n, _ in _realdoc_recipients("692e12b0ab77712a.md")]
    for name in ("Bí thư Tỉnh ủy Hà Tĩnh", "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh", "Bí thư Thành ủy Đà Nẵng",
                 "Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng"):
        assert name in names


def test_a_list_of_codes_wrapped_onto_one_code_and_bodies_of_a_group():
    # A Thông báo of Văn phòng Chính phủ: "- Các Bộ, cơ quan: NNMT, DTTG, TC, XD, YT, GDĐT, VHTTDL, NV, TP, KHCN," / "NHNNVN;"
    # (before: the block stopped there), "- Các cơ quan của QH: Hội đồng Dân tộc, Ủy ban Kinh tế và Tài chính, Ủy ban" / "Văn
    # hóa và Xã hội;" (the bodies of the group by their names), "Cổng TTĐTCP".
    names = [n for n, _ in _realdoc_recipients("05729ab54fc07c39.md")]
    for name in (
        "Bộ Nông nghiệp và Môi trường", "Bộ Dân tộc và Tôn giáo", "Bộ Khoa học và Công nghệ", "Ngân hàng Nhà nước Việt Nam",
        "Hội đồng Dân tộc", "Ủy ban Văn hóa và Xã hội", "Cổng Thông tin điện tử Chính phủ",
    ):
        assert name in names
    # A deputy chairwoman named after her city's code: "PCT UBND TP Vũ Thu Hà" (a Công văn of UBND thành phố Hà Nội).
    assert not any("Vũ Thu Hà" in n for n, _ in _realdoc_recipients("070712cd976e7f9a.md"))


def test_a_nơi_nhận_heading_split_over_two_lines():
    # Công văn 11299/VPCP-KGVX: "*Nơi" / "nhận:*" / "- Như trên;" / "- PTTg Nguyễn Chí Dũng (để b/c);" / … (before: no
    # recipient at all).
    got = _realdoc_recipients("06690fd4027d01c8.md")
    assert got[0] == ("Bộ trưởng Bộ Khoa học và Công nghệ", None)  # "Như trên": the Kính gửi's
    assert ("Bộ Quốc phòng", None) in got and got[-1][1] == "lưu"
    # "Đoàn Chủ tịch UBTWMTTQ Việt Nam", "các UV UBND tỉnh" written out.
    assert "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" in [n for n, _ in _realdoc_recipients("edfc0349ad13b2bf.md")]
    assert "các Ủy viên Ủy ban nhân dân tỉnh" in [n for n, _ in _realdoc_recipients("8fe888e498bceabd.md")]


def test_a_citys_party_boards_and_its_deputies_written_with_codes():
    # A Nghị quyết of HĐND thành phố Hà Nội: "- Đoàn ĐB Quốc hội thành phố Hà Nội;", "- Các Ban Đảng TU;" (the city's Thành ủy).
    names = [n for n, _ in _realdoc_recipients("5eaeb632f6582871.md")]
    assert "Đoàn đại biểu Quốc hội thành phố Hà Nội" in names and "Các Ban Đảng Thành ủy Hà Nội" in names


def test_more_wrapped_items_section_lines_and_shared_holders():
    # A Nghị quyết of Chính phủ: "- Thủ tướng, các Phó Thủ tướng" / "Chính phủ;" / "- Các Thành viên Chính phủ;" (before: the
    # block stopped at the wrap).
    names = [n for n, _ in _realdoc_recipients("45cc2b3cda45b66c.md")]
    assert names[:3] == ["Thủ tướng Chính phủ", "các Phó Thủ tướng Chính phủ", "Các Thành viên Chính phủ"]
    # A Kế hoạch of UBND tỉnh Đồng Tháp: "- Mục IV;" names the bodies of section IV's tasks, as "Như Mục IV" does.
    names = [n for n, _ in _realdoc_recipients("8718801c503045f9.md")]
    assert "Sở Khoa học và Công nghệ tỉnh Đồng Tháp" in names and "Mục IV" not in names
    # A Quyết định of UBND thành phố Cần Thơ: "Điều 4. Chánh Văn phòng …, Thủ trưởng / cơ quan Trung ương trên địa bàn thành
    # phố; cơ quan chuyên môn, …; ban ngành thành phố và Chủ tịch …": the holder of each piece after a semicolon.
    names = [n for n, _ in _realdoc_recipients("1a434d0a7e14dc93.md")]
    assert "Thủ trưởng ban ngành thành phố" in names and "Chủ tịch Ủy ban nhân dân xã, phường" in names
    # A Công điện: "Bí thư tỉnh ủy, thành ủy, Chủ tịch …" (the committee in lower case).
    names = [n for n, _ in _realdoc_recipients("3143124c69d932d4.md")]
    assert "Bí thư Thành ủy Đà Nẵng" in names and not any(n.startswith("Thành ủy ") for n in names)


def test_a_department_of_its_parent_after_a_dash():
    # QĐ 3617/QĐ-UBND of Chủ tịch UBND tỉnh Thanh Hóa: "- Cục Kiểm soát TTHC-VPCP (để b/c);" is one body, as "Cục Kiểm soát
    # TTHC, VPCP" is.
    assert ("Cục Kiểm soát thủ tục hành chính - Văn phòng Chính phủ", "báo cáo") in _realdoc_recipients("0a5a51958af8e293.md")


def test_a_tables_rule_after_the_last_addressee_opens_no_item():
    # A Kính gửi list in a table's cell, its last addressee ended by a full stop, the table's rule after it: the letter's
    # first line is no addressee (an addressee ending with a full stop goes on only when an item follows it).
    body = (
        "ỦY BAN NHÂN DÂN TỈNH SƠN LA\nSố: 12/UBND-KT\n| V/v tăng cường công tác | Kính gửi: |\n|  | - Sở Y tế; |\n"
        "|  | - UBND các huyện, thành phố. |\n|---|---|\nNội dung./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, KT.\n"
    )
    header = Header(issuer="Ủy ban nhân dân tỉnh Sơn La", province="Sơn La")
    assert [n for n, _ in _names(body, header)] == ["Sở Y tế tỉnh Sơn La", "Ủy ban nhân dân các huyện, thành phố", "Lưu: VT, KT"]


def test_standing_committee_code_and_a_longer_wrapped_addressee():
    # "- UBTV Quốc hội, Chính phủ;" (a Nghị quyết of HĐND thành phố Huế); "**Kính gửi:** Các" / "đồng chí Bộ trưởng, Thủ
    # trưởng cơ quan ngang Bộ" (a Thông báo of Văn phòng Chính phủ, before: "Các" alone).
    names = [n for n, _ in _realdoc_recipients("0abcf1a5292b31ec.md")]
    assert names[:2] == ["Ủy ban Thường vụ Quốc hội", "Chính phủ"]
    assert _realdoc_recipients("e42103d7f815212d.md")[0] == ("Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ", None)
