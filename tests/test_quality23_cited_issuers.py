"""The issuers of cited instruments: joint issuers written once after a list or joined by dashes, joint symbols whose
codes name every body, and old codes of bodies renamed or merged in 2025 (session 14). Fragments quoted from the review
documents named by their files' first hex digits (realdocs: the public repository tnt305/tai_lieu_noi_bo,
src/etl/dataset/<name>.md)."""

from __future__ import annotations

from vanban.loaders.citation_issuers import FOOTNOTE_MARK, MINISTRIES_DASH, written_joint_bodies
from vanban.loaders.citations import find_citations
from vanban.loaders.records import Header
from vanban.loaders.symbol_issuers import joint_symbol_bodies
from vanban.loaders.text import make_text

NATIONAL = Header(issuer="Bộ Nội vụ")
DONG_NAI = Header(issuer="Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai", province="Đồng Nai")


def _by_number(body: str, header: Header = NATIONAL) -> dict[str, object]:
    raw = "CÔNG VĂN\nx\n\n" + body + "\n"
    return {c.number: c for c in find_citations(make_text(raw), header)}


def test_a_list_of_conclusions_of_the_politburo_and_secretariat_gives_both_to_each():
    # realdocs 6a58c855 (a Bộ Tài chính letter)
    got = _by_number(
        "Thực hiện Kết luận số 186-KL/TW ngày 29/8/2025\nvà Kết luận số 195-KL/TW ngày 26/9/2025 của Bộ Chính trị, Ban "
        "Bí thư về tình\nhình, kết quả hoạt động của bộ máy hệ thống chính trị và chính quyền địa phương\n2 cấp,"
    )
    both = "Bộ Chính trị, Ban Bí thư Trung ương Đảng"
    assert got["186"].issuer == both
    assert got["195"].issuer == both
    # realdocs e42103d7: a third body after them (a steering committee) is no issuer of theirs
    got = _by_number(
        "Thực hiện Kết luận số 192-KL/TW, ngày 19/9/2025 và\nKết luận số 221-KL/TW, ngày 28/11/2025 của Bộ Chính trị, "
        "Ban Bí thư, Ban Chỉ đạo\nthực hiện sắp xếp, tổ chức lại đơn vị hành chính các cấp;"
    )
    assert got["192"].issuer == both
    assert got["221"].issuer == both


def test_a_joint_circulars_ministries_joined_by_dashes_are_each_named():
    # realdocs 24ac05c2 (a Đồng Nai decision)
    got = _by_number(
        "Sửa đổi khoản 4 Điều 5 Thông tư\nliên tịch số 07/2016/TTTLT-BYT-BTC- BLĐTBXH ngày 15/4/2016 của Bộ Y tế - Bộ "
        "Tài\nchính - Bộ Lao động - Thương binh và Xã hội về quy định chi tiết Nghị định số\n39/2015/NĐ-CP ngày "
        "27/4/2015 của Chính phủ;",
        DONG_NAI,
    )
    assert got["07"].issuer == "Bộ Y tế, Bộ Tài chính, Bộ Lao động - Thương binh và Xã hội"
    # The dash inside one ministry's name splits nothing.
    assert MINISTRIES_DASH.split("Bộ Lao động - Thương binh và Xã hội") == ["Bộ Lao động - Thương binh và Xã hội"]


def test_liên_bộ_names_the_ministries_its_symbol_codes_give():
    # realdocs 0ef954a9 (a Bộ Công Thương letter)
    got = _by_number(
        "Căn cứ Thông tư liên tịch số 39/2014/TTLT-BCT-BTC\nngày 29 tháng 10 năm 2014 của Liên Bộ Công Thương - Tài "
        "chính quy định về\nphương pháp tính giá cơ sở;"
    )
    assert got["39"].issuer == "Bộ Công Thương, Bộ Tài chính"
    # Not when the name does not write each one's field: kept as written.
    assert written_joint_bodies("Liên Bộ Công Thương - Tài chính", "2014/TTLT-BCT-BYT") == ["Liên Bộ Công Thương - Tài chính"]


def test_a_joint_symbol_infers_each_body_when_the_text_names_none():
    # realdocs a69069ae (a Government resolution)
    got = _by_number(
        "b) Rà soát, tổng hợp đầy đủ,\nchính xác thiệt hại do thiên tai theo quy định tại Thông tư liên tịch số\n"
        "43/2015/TTLT-BNNPTNT-BKHĐT ngày 23 tháng 11 năm 2015, gửi Bộ Tài chính, Bộ Nông\nnghiệp và Môi trường trước "
        "ngày 08 tháng 12 năm 2025."
    )
    # The ministries of 2015, by their names then, not the Bộ Nông nghiệp và Môi trường nor the Bộ Tài chính of 2025.
    assert got["43"].issuer == "Bộ Nông nghiệp và Phát triển nông thôn, Bộ Kế hoạch và Đầu tư"
    assert got["43"].note == "issuer not written; inferred from the symbol codes BNNPTNT, BKHĐT"
    # A local code, whose body depends on a place the symbol does not give: nothing inferred (a joint plan of a Sở and
    # the Đoàn; round 24 names the Front's central codes, so corpus 055's joint resolution is inferred now).
    assert joint_symbol_bodies("05/KHLT-SGDĐT-TĐTN") == ()


def test_the_old_agriculture_ministrys_code_names_it_by_its_old_name():
    # realdocs edfc0349 (a Bộ Nông nghiệp và Môi trường letter of 2025)
    got = _by_number(
        "ngày 10/01/2025, Bộ Nông nghiệp và Phát triển nông thôn (nay là Bộ Nông\nnghiệp và Môi trường) đã có Văn bản "
        "số 375/BNN-TC về việc tạm thời áp dụng\nkhung giá ban hành kèm theo Thông tư số 283/2016/TT-BTC ngày "
        "14/11/2016 của Bộ\nTài chính để thực hiện thu dịch vụ;"
    )
    assert got["375"].issuer == "Bộ Nông nghiệp và Phát triển nông thôn"
    assert got["283"].issuer == "Bộ Tài chính"


def test_a_central_boards_code_names_it():
    # realdocs 5d3180ce (a Bộ Nội vụ letter)
    got = _by_number(
        "Thực hiện ý kiến của Ban Tổ chức\nTrung ương tại Văn bản số 9151- CV/BTCTW ngày 29/7/2025 về triển khai các "
        "kết\nluận của Bộ Chính trị, Ban Bí thư và Văn bản số 9671-CV/BTCTW ngày 17/9/2025 về\nhoàn thiện vị trí việc "
        "làm;"
    )
    assert got["9151"].issuer == "Ban Tổ chức Trung ương"
    assert got["9671"].issuer == "Ban Tổ chức Trung ương"
    assert got["9671"].note.startswith("issuer not written; inferred from the symbol code BTCTW")


def test_a_national_issuer_is_cut_before_its_sentences_verb():
    # realdocs 0ef954a9
    got = _by_number(
        "Căn cứ Công văn số 1646/BTC-QLG ngày 19 tháng 11\nnăm 2025 của Bộ Tài chính tham gia ý kiến về phương án điều "
        "hành giá xăng dầu;"
    )
    assert got["1646"].issuer == "Bộ Tài chính"
    assert got["1646"].title == "phương án điều hành giá xăng dầu"


def test_a_footnote_mark_is_no_part_of_the_issuer():
    # realdocs fa0dcc13 (a Prime Minister's Công điện)
    got = _by_number(
        "Ngoài ra, tại Báo cáo số 2554/BC-TTCP ngày\n17/10/2025 của Thanh tra Chính phủ[3],\nUBND Thành phố Đà Nẵng rà "
        "soát, báo cáo có 215 dự án"
    )
    assert got["2554"].issuer == "Thanh tra Chính phủ"
    assert FOOTNOTE_MARK.sub("", "Bộ Y tế[12]") == "Bộ Y tế"
    assert FOOTNOTE_MARK.sub("", "Đoàn [Thanh niên]") == "Đoàn [Thanh niên]"


def test_a_joint_symbols_inferred_bodies_are_each_an_issuer_in_the_graph():
    # realdocs a69069ae's Thông tư liên tịch 43/2015: its issuer inferred from the symbol's two codes is two bodies in the
    # graph, each its own Organization with its ISSUED_BY edge, not one node named by both.
    from vanban.graph.build import build_graph, prepare
    from vanban.loaders.extract import extract

    text = make_text(
        "CHÍNH PHỦ\nSố: 12/NQ-CP\nHà Nội, ngày 01 tháng 12 năm 2025\nNGHỊ QUYẾT\nVề khắc phục hậu quả thiên tai\n"
        "b) Rà soát, tổng hợp đầy đủ,\nchính xác thiệt hại do thiên tai theo quy định tại Thông tư liên tịch số\n"
        "43/2015/TTLT-BNNPTNT-BKHĐT ngày 23 tháng 11 năm 2015, gửi Bộ Tài chính, Bộ Nông\nnghiệp và Môi trường trước "
        "ngày 08 tháng 12 năm 2025.\n",
        "nq12.txt",
    )
    g = build_graph([prepare(extract(text), text)])
    cited = [k for k, d in g.nodes(data=True) if d["kind"] == "Document" and d.get("number") == "43"]
    assert len(cited) == 1
    issuers = sorted(v for _, v, d in g.out_edges(cited[0], data=True) if d["type"] == "ISSUED_BY")
    assert issuers == ["Bộ Kế hoạch và Đầu tư", "Bộ Nông nghiệp và Phát triển nông thôn"]
