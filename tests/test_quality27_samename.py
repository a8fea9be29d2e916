"""Bodies of one name in one province are two bodies (issue 4: a wrong merge is worse than a missed one).

- A commune the 2025 reorganisation made and the commune of before it of the same name (xã Lương Minh
  of Quảng Ninh since 2025; xã Lương Minh of huyện Ba Chẽ before): the document's date, or the
  district it writes, tells them apart; a document that tells neither merges its mention into neither.
- Schools below upper-secondary named after a person ("Trường Tiểu học Kim Đồng"), which several
  districts of a province have: keyed with the district the name or the document gives.

The graph is built from small records: the 2025 ones are corpus 051's header and the bodies it names
(Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh, 22/12/2025: "Thông báo số 17/TB-TTHĐND ngày
12/12/2025 của HĐND xã Lương Minh", "Ủy ban bầu cử xã Lương Minh"). No document of before 2025 that
names a commune of a province that goes on is in the library (SOURCES: almost no district or commune
documents): the records of before are written as seed 002 (a district's plan, "UBND huyện Đồng Văn",
2022) is, with a commune of huyện Ba Chẽ as the units list it (vietnamadminunits).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from vanban.graph import orgs
from vanban.graph.build import DocContext, graph_from_records, qualify_org
from vanban.loaders import places
from vanban.loaders.records import Citation, DocumentRecord, Header, Recipient

ROOT = Path(__file__).resolve().parent.parent
NEW_COMMUNE = "Ủy ban nhân dân xã Lương Minh, tỉnh Quảng Ninh"
OLD_COMMUNE = "Ủy ban nhân dân xã Lương Minh, huyện Ba Chẽ, tỉnh Quảng Ninh"


def _record(file: str, issuer: str, date: str | None, names: list[str], district: str | None = None,
            cites: list[Citation] | None = None) -> DocumentRecord:
    return DocumentRecord(
        file=file,
        document=Header(doc_type="Kế hoạch", issuer=issuer, date=date, province="Quảng Ninh", district=district,
                        title="Triển khai công tác bầu cử"),
        recipients=[Recipient(name=n) for n in names],
        cites=cites or [],
    )


def _organizations(records: list[DocumentRecord]) -> dict[str, dict]:
    g = graph_from_records(records)
    return {k: d for k, d in g.nodes(data=True) if d.get("kind") == "Organization"}


def test_the_units_list_both_communes_of_the_name() -> None:
    # The data the keys read: Quảng Ninh had a xã Lương Minh in huyện Ba Chẽ, and has one since 2025.
    assert places.districts_with_ward("Lương Minh", "Quảng Ninh") == ["Ba Chẽ"]
    assert places.is_ward_since_2025("xã", "Lương Minh", "Quảng Ninh")
    # Not a ward: "phường Lương Minh" is no 2025 unit; nor is xã Nà Chì (Hà Giang's, ended) one of Tuyên Quang.
    assert not places.is_ward_since_2025("phường", "Lương Minh", "Quảng Ninh")
    assert not places.is_ward_since_2025("xã", "Nà Chì", "Tuyên Quang")


def test_a_2025_commune_and_the_one_before_it_of_that_name_are_two_bodies() -> None:
    orgs_ = _organizations([
        # Corpus 051: a commune's Front, 22 December 2025, names its commune's bodies.
        _record("051.txt", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", "2025-12-22",
                ["Ủy ban nhân dân xã Lương Minh", "Hội đồng nhân dân xã Lương Minh"]),
        # A district's plan of 2024 (huyện Ba Chẽ, before the districts ended) names its commune.
        _record("ba_che_2024.txt", "Ủy ban nhân dân huyện Ba Chẽ", "2024-03-05", ["UBND xã Lương Minh"], district="Ba Chẽ"),
        # A province's plan of June 2025 names it too, without its district: the one commune of the name then.
        _record("qn_2025_06.txt", "Ủy ban nhân dân tỉnh Quảng Ninh", "2025-06-20", ["Ủy ban nhân dân xã Lương Minh"]),
    ])
    assert NEW_COMMUNE in orgs_ and OLD_COMMUNE in orgs_
    assert orgs_[NEW_COMMUNE]["district"] is None and orgs_[OLD_COMMUNE]["district"] == "Ba Chẽ"
    # The 2025 commune's council is the 2025 commune's; the one of before is under its district.
    assert "Hội đồng nhân dân xã Lương Minh, tỉnh Quảng Ninh" in orgs_
    assert orgs.org_info(OLD_COMMUNE).parent == "Ủy ban nhân dân huyện Ba Chẽ"
    assert orgs.org_info(NEW_COMMUNE).parent == "Ủy ban nhân dân tỉnh Quảng Ninh"


def test_a_mention_whose_date_does_not_tell_merges_into_neither() -> None:
    # Dated "2025" alone (as corpus 055 and 056 are) and citing nothing of after June: which commune, not known.
    orgs_ = _organizations([
        _record("undated.txt", "Ủy ban nhân dân tỉnh Quảng Ninh", "2025", ["Ủy ban nhân dân xã Lương Minh"]),
    ])
    unsure = "Ủy ban nhân dân xã Lương Minh, tỉnh Quảng Ninh (Ủy ban nhân dân tỉnh Quảng Ninh)"
    g = graph_from_records([_record("undated.txt", "Ủy ban nhân dân tỉnh Quảng Ninh", "2025", ["Ủy ban nhân dân xã Lương Minh"])])
    assert unsure in orgs_
    # Each body it may be is a candidate (SAME_AS_CANDIDATE), never merged into.
    assert {v for _, v, d in g.out_edges(unsure, data=True) if d["type"] == "SAME_AS_CANDIDATE"} == {NEW_COMMUNE, OLD_COMMUNE}
    assert g.nodes[OLD_COMMUNE]["roles"] == ["candidate"]
    # The same document citing an instrument of after the districts ended is of the 2025 communes (corpus 055:
    # "Thông tri số 04/TT-MTTW-BTT ngày 04/11/2025"): no older than what it cites.
    later = Citation(surface="Thông tri số 04/TT-MTTW-BTT ngày 04/11/2025", doc_type="Thông tri", number="04",
                     symbol="TT-MTTW-BTT", year=2025, date="2025-11-04")
    orgs_ = _organizations([
        _record("055.txt", "Ủy ban nhân dân tỉnh Quảng Ninh", "2025", ["Ủy ban nhân dân xã Lương Minh"], cites=[later]),
    ])
    assert NEW_COMMUNE in orgs_


def test_a_name_that_writes_its_district_is_the_commune_of_before_whatever_the_date() -> None:
    ctx = DocContext(key="k", issuer="Ủy ban nhân dân tỉnh Quảng Ninh", province="Quảng Ninh", district=None, year=2025,
                     era=orgs.SINCE_2025)
    assert qualify_org("Ủy ban nhân dân xã Lương Minh, huyện Ba Chẽ", ctx) == OLD_COMMUNE
    assert qualify_org("Ủy ban nhân dân xã Lương Minh", ctx) == NEW_COMMUNE
    # A commune of one name that no 2025 commune has keeps its key without its district (communes17).
    assert orgs.with_place("Ủy ban nhân dân xã Nà Chì, huyện Xín Mần", "Hà Giang", None, orgs.UNTIL_2025) == (
        "Ủy ban nhân dân xã Nà Chì, tỉnh Hà Giang")


def test_a_cited_instruments_issuer_is_of_its_own_date() -> None:
    # A plan of 2025 (the 2025 commune's) cites a plan of 2024 of "UBND xã Lương Minh": the commune of before.
    old_plan = Citation(surface="Kế hoạch số 12/KH-UBND ngày 05/3/2024 của UBND xã Lương Minh", doc_type="Kế hoạch",
                        number="12", symbol="KH-UBND", year=2024, date="2024-03-05", issuer="Ủy ban nhân dân xã Lương Minh")
    g = graph_from_records([
        _record("051.txt", "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh", "2025-12-22", [], cites=[old_plan]),
    ])
    cited = next(k for k, d in g.nodes(data=True) if d.get("kind") == "Document" and d.get("number") == "12")
    assert cited.endswith(OLD_COMMUNE) and cited.startswith("Kế hoạch 12/KH-UBND 2024")


def test_health_stations_follow_their_commune() -> None:
    # "Trạm Y tế xã Đại Xuyên" of Hà Nội: xã Đại Xuyên of huyện Phú Xuyên before 2025, and one since.
    assert places.districts_with_ward("Đại Xuyên", "Hà Nội") == ["Phú Xuyên"]
    before = orgs.with_place("Trạm Y tế xã Đại Xuyên", "Hà Nội", None, orgs.UNTIL_2025)
    since = orgs.with_place("Trạm Y tế xã Đại Xuyên", "Hà Nội", None, orgs.SINCE_2025)
    assert before == "Trạm Y tế xã Đại Xuyên, huyện Phú Xuyên, thành phố Hà Nội" and since == "Trạm Y tế xã Đại Xuyên, thành phố Hà Nội"
    assert orgs.org_info(before).parent == "Trung tâm Y tế huyện Phú Xuyên"


def test_schools_of_one_name_in_two_districts_are_two_schools() -> None:
    ctx = {d: DocContext(key="k", issuer=f"Phòng Giáo dục và Đào tạo huyện {d}", province="Hà Giang", district=d, year=2024,
                         era=orgs.UNTIL_2025) for d in ("Quản Bạ", "Yên Minh")}
    qb = qualify_org("Trường Tiểu học Kim Đồng", ctx["Quản Bạ"])
    ym = qualify_org("Trường Tiểu học Kim Đồng", ctx["Yên Minh"])
    assert qb == "Trường Tiểu học Kim Đồng, huyện Quản Bạ, tỉnh Hà Giang" and ym == "Trường Tiểu học Kim Đồng, huyện Yên Minh, tỉnh Hà Giang"
    # Named with its district in a province's document: the same key as in its district's.
    province = DocContext(key="k", issuer="Sở Giáo dục và Đào tạo tỉnh Hà Giang", province="Hà Giang", district=None, year=2024,
                          era=orgs.UNTIL_2025)
    assert qualify_org("Trường Tiểu học Kim Đồng, huyện Quản Bạ", province) == qb
    # Without a district it is merged into neither.
    assert qualify_org("Trường Tiểu học Kim Đồng", province) == "Trường Tiểu học Kim Đồng, tỉnh Hà Giang"
    assert orgs.org_info(qb).parent == "Phòng Giáo dục và Đào tạo huyện Quản Bạ"


def test_a_school_named_after_the_one_commune_of_its_name_keeps_its_key() -> None:
    # "Trường THCS Nà Chì": xã Nà Chì is huyện Xín Mần's only, so the school is that commune's, however named.
    d = DocContext(key="k", issuer="Phòng Giáo dục và Đào tạo huyện Xín Mần", province="Hà Giang", district="Xín Mần", year=2024)
    p = DocContext(key="k", issuer="Sở Giáo dục và Đào tạo tỉnh Hà Giang", province="Hà Giang", district=None, year=2024)
    key = "Trường Trung học cơ sở Nà Chì, tỉnh Hà Giang"
    assert qualify_org("Trường Trung học cơ sở Nà Chì", d) == qualify_org("Trường Trung học cơ sở Nà Chì", p) == key
    assert qualify_org("Trường Trung học cơ sở Nà Chì, huyện Xín Mần", p) == key
    # Tả Lủng: a commune of Đồng Văn and one of Mèo Vạc; the school named after it is told apart by its district.
    mv = DocContext(key="k", issuer="Phòng Giáo dục và Đào tạo huyện Mèo Vạc", province="Hà Giang", district="Mèo Vạc", year=2024)
    assert qualify_org("Trường Trung học cơ sở Tả Lủng", mv) == "Trường Trung học cơ sở Tả Lủng, huyện Mèo Vạc, tỉnh Hà Giang"
    # An upper-secondary school is the province's: no district.
    assert qualify_org("Trường Trung học phổ thông Mèo Vạc", mv) == "Trường Trung học phổ thông Mèo Vạc, tỉnh Hà Giang"


def test_generated_plans_of_same_named_bodies_are_told_apart(tmp_path) -> None:
    # scripts/gen_corpus.py --same-names: a "Trường Tiểu học Kim Đồng" in each district, communes of 2024 and
    # of 2025 (headed "ỦY BAN NHÂN DÂN / XÃ …" from July 2025).
    out = tmp_path / "corpus"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_corpus.py"), str(out), "-n", "120", "--same-names"],
                   check=True, capture_output=True)
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    from vanban.graph.build import build_graph, load_source

    g = build_graph([load_source(out / r["file"]) for r in rows])
    schools = {(d["province"], d["district"]) for k, d in g.nodes(data=True)
               if d.get("kind") == "Organization" and k.startswith("Trường Tiểu học Kim Đồng,")}
    issued = {(r["province"], r["district"]) for r in rows if r["issuer"] == "Trường Tiểu học Kim Đồng"}
    assert issued and len({p for p, _ in issued}) < len(issued)  # several districts of one province
    assert issued <= schools


def test_the_party_committees_of_two_provinces_districts_of_one_name_are_two_bodies() -> None:
    # Huyện Bảo Lâm is Cao Bằng's and Lâm Đồng's; a commune's party committee of before 2025 is under its district's.
    cb = orgs.ancestors("Đảng ủy xã Lý Bôn, huyện Bảo Lâm, tỉnh Cao Bằng")
    assert cb[:2] == ["Huyện ủy Bảo Lâm, tỉnh Cao Bằng", "Tỉnh ủy Cao Bằng"]
    assert orgs.ancestors("Đảng ủy xã Lộc An, huyện Bảo Lâm, tỉnh Lâm Đồng")[0] == "Huyện ủy Bảo Lâm, tỉnh Lâm Đồng"
    # Named in a document of the province (the synthetic plans' "- Thường trực Huyện ủy;" of UBND huyện Chợ
    # Mới, Bắc Kạn, read with its district): keyed as its people's committee is, not by the issuer.
    ctx = DocContext(key="k", issuer="Ủy ban nhân dân huyện Chợ Mới, tỉnh Bắc Kạn", province="Bắc Kạn", district="Chợ Mới",
                     year=2019, era=orgs.UNTIL_2025)
    assert qualify_org("Thường trực Huyện ủy Chợ Mới", ctx) == "Thường trực Huyện ủy Chợ Mới, tỉnh Bắc Kạn"
    assert orgs.org_info("Thường trực Huyện ủy Chợ Mới, tỉnh Bắc Kạn").part_of == "Huyện ủy Chợ Mới, tỉnh Bắc Kạn"
    # A district only one province has needs no province: "Huyện ủy Đồng Văn".
    assert qualify_org("Huyện ủy Đồng Văn", ctx) == "Huyện ủy Đồng Văn"


def test_a_commune_document_names_its_own_communes_bodies_whatever_its_date() -> None:
    # Corpus 051's issuer (the 2025 commune's Front) names "Hội đồng nhân dân xã" and "Đảng ủy": its own commune's,
    # even in a context whose date is not known; a commune of before names its own so too.
    issuer = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Lương Minh, tỉnh Quảng Ninh"
    undated = DocContext(key="k", issuer=issuer, province="Quảng Ninh", district=None, year=None)
    assert qualify_org("Hội đồng nhân dân xã", undated) == "Hội đồng nhân dân xã Lương Minh, tỉnh Quảng Ninh"
    assert qualify_org("Ủy ban nhân dân xã Lương Minh", undated) == NEW_COMMUNE
    before = DocContext(key="k", issuer="Đảng ủy xã Lương Minh, huyện Ba Chẽ, tỉnh Quảng Ninh", province="Quảng Ninh",
                        district=None, year=None)
    assert qualify_org("Ủy ban nhân dân xã Lương Minh", before) == OLD_COMMUNE
    # Another commune's body in that document is not the issuer's: told apart by it.
    assert orgs.as_issuers_commune("Ủy ban nhân dân xã Đồn Đạc, tỉnh Quảng Ninh", issuer) is None
