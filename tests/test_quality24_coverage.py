"""`vanban coverage DOC` and the named query `coverage` give one answer (session 15): who should
carry out a document, and who has not yet.

Before, the command listed every body that reports to the document's issuer under any document
(for Chỉ thị 33: the ministries and provinces that report to the Thủ tướng about anything), while
the query listed the bodies the document names, the superiors it informs ("(B/c)") among them.
Now the query is the one definition and the command formats its rows: the bodies the document
sends to carry it out, assigns tasks to or makes report under it, and the issuers of loaded
documents implementing it directly; the wide list stays behind --issuer-reporters. The examples,
the seeds and the corpus are loaded once into LadybugDB and once into the session's Neo4j.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from plugin_neo4j import loaded_neo4j_store
from typer.testing import CliRunner

from vanban.cli import app
from vanban.graph.build import load_source
from vanban.graph.ladybug_store import LadybugStore
from vanban.queries import lineage, named

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

SON_LA_PLAN = "Kế hoạch 45/KH-UBND 2025 Ủy ban nhân dân tỉnh Sơn La"
HEALTH_PLAN = "Kế hoạch 312/KH-SYT 2025 Sở Y tế tỉnh Sơn La"
DISTRICT_PLAN = "Kế hoạch 27/KH-UBND 2025 Ủy ban nhân dân huyện Mộc Châu"
HOSPITAL_PLAN = "Kế hoạch 58/KH-BVĐK 2025 Bệnh viện Đa khoa tỉnh Sơn La"
CT33 = "Chỉ thị 33/CT-TTg 2021"
HA_GIANG_PLAN_FILE = "000_8b7031bbdbcc6e25.txt"  # Sở Y tế tỉnh Hà Giang, "Tháng Dân vận" 2022 (seed)


def _run(*args: str, columns: int = 200):
    return runner.invoke(app, list(args), env={"COLUMNS": str(columns), "NEO4J_URI": ""})


@pytest.fixture(scope="module")
def sources(seeds_dir: Path, corpus_dir: Path):
    files = sorted(seeds_dir.glob("*.txt")) + sorted(corpus_dir.glob("*.txt")) + sorted(EXAMPLES.glob("0*"))
    return [load_source(f) for f in files]


@pytest.fixture(scope="module")
def store_path(sources, tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("q24coverage") / "store"
    s = LadybugStore(path)
    s.add_documents(sources)
    s.close()
    return str(path)


@pytest.fixture(scope="module")
def neo4j_store(sources, neo4j_driver):
    with loaded_neo4j_store(neo4j_driver, sources) as store:
        yield store


@pytest.fixture(scope="module")
def ladybug(store_path):
    s = LadybugStore(Path(store_path))
    yield s
    s.close()


def _command_rows(store_path: str, doc: str, *extra: str) -> dict:
    r = _run("coverage", doc, "--store", store_path, "--format", "json", *extra)
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def _by_body(rows) -> dict[str, dict]:
    return {r["body"]: r for r in rows}


# ---------------------------------------------------------------- a provincial plan (examples/01)


def test_a_provincial_plan_names_who_carries_it_out_and_who_has(store_path, ladybug) -> None:
    cov = _by_body(_command_rows(store_path, "45/KH-UBND")["bodies"])
    # Nơi nhận: "- Thủ tướng Chính phủ (B/c); - Bộ Nội vụ (B/c); - TT Tỉnh ủy, TT HĐND tỉnh (B/c);
    # - Ban Dân vận Tỉnh ủy; - Chủ tịch, các PCT UBND tỉnh; - Các sở, ban, ngành tỉnh; - UBND các
    # huyện, thành phố; - Lưu: VT, NC." The superiors informed (B/c) and the issuer's own leaders
    # are not who carries it out; neither is the issuer.
    for informed in ("Thủ tướng Chính phủ", "Bộ Nội vụ", "Thường trực Tỉnh ủy Sơn La", "Thường trực Hội đồng nhân dân tỉnh Sơn La",
                     "Chủ tịch Ủy ban nhân dân tỉnh Sơn La", "Các Phó Chủ tịch Ủy ban nhân dân tỉnh Sơn La",
                     "Ủy ban nhân dân tỉnh Sơn La"):
        assert informed not in cov, informed
    assert cov["Ban Dân vận Tỉnh ủy Sơn La"]["received"] and not cov["Ban Dân vận Tỉnh ủy Sơn La"]["implemented"]
    # "Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thành phố … định kỳ 6 tháng … báo cáo kết
    # quả thực hiện gửi về Ủy ban nhân dân tỉnh (qua Sở Nội vụ)": sent to, tasked, and reporting.
    sectors = cov["Các sở, ban, ngành tỉnh Sơn La"]
    assert sectors["received"] and sectors["tasks"] == 1 and sectors["reports"] and not sectors["implemented"]
    # "Giao Sở Nội vụ theo dõi, đôn đốc …": not in the Nơi nhận, named by its task.
    home = cov["Sở Nội vụ tỉnh Sơn La"]
    assert not home["received"] and home["tasks"] == 1 and home["reports"]
    # "Giao Sở Y tế chỉ đạo các cơ sở khám bệnh, chữa bệnh …": and its plan 312/KH-SYT implements 45/KH-UBND.
    health = cov["Sở Y tế tỉnh Sơn La"]
    assert health["tasks"] == 1 and health["implemented"] and health["documents"] == [HEALTH_PLAN]
    # UBND huyện Mộc Châu is one of "UBND các huyện, thành phố": not named as itself, but its plan
    # 27/KH-UBND implements 45/KH-UBND directly, so it is listed as having carried it out.
    district = cov["Ủy ban nhân dân huyện Mộc Châu"]
    assert not (district["received"] or district["tasks"] or district["reports"])
    assert district["documents"] == [DISTRICT_PLAN]
    # The hospital's plan implements 45/KH-UBND only through 312/KH-SYT, and 45/KH-UBND does not name it.
    assert "Bệnh viện Đa khoa tỉnh Sơn La" not in cov
    # Not yet implemented first.
    implemented = [r["implemented"] for r in _command_rows(store_path, "45/KH-UBND")["bodies"]]
    assert implemented == sorted(implemented) and implemented.count(True) == 2


def test_a_body_implements_through_the_documents_below_it(store_path) -> None:
    # 312/KH-SYT (Sở Y tế tỉnh Sơn La) does not name Bệnh viện Đa khoa tỉnh Sơn La, whose plan
    # 58/KH-BVĐK implements it; its "Ban Giám đốc Sở Y tế" (a copy to the issuer's own directorate)
    # is not listed, its "Văn phòng Sở Y tế" with a task is.
    out = _command_rows(store_path, "312/KH-SYT")
    cov = _by_body(out["bodies"])
    assert out["document"] == HEALTH_PLAN and out["status"] == "loaded"
    assert cov["Bệnh viện Đa khoa tỉnh Sơn La"]["documents"] == [HOSPITAL_PLAN]
    assert "Ban Giám đốc Sở Y tế tỉnh Sơn La" not in cov and "Sở Y tế tỉnh Sơn La" not in cov
    assert cov["Văn phòng Sở Y tế tỉnh Sơn La"]["tasks"] >= 1
    # A body's documents are those it issued: the hospital's plan is not counted for anyone else.
    assert all(HOSPITAL_PLAN not in r["documents"] for b, r in cov.items() if b != "Bệnh viện Đa khoa tỉnh Sơn La")


# ---------------------------------------------------------------- a directive known only from citations


def test_a_directive_not_loaded_lists_who_implemented_it_not_everyone_reporting_to_its_issuer(store_path) -> None:
    out = _command_rows(store_path, "Chỉ thị 33")
    assert out["document"] == CT33 and out["status"] == "cited"
    cov = _by_body(out["bodies"])
    # Whom Chỉ thị 33 was sent to is unknown (it is not loaded): the bodies whose loaded plans
    # implement it directly ("Căn cứ Chỉ thị số 33/CT-TTg …", "Thực hiện Chỉ thị số 33/CT-TTg …").
    assert {"Ủy ban nhân dân tỉnh Sơn La", "Sở Y tế tỉnh Sơn La", "Ủy ban nhân dân huyện Mộc Châu",
            "Sở Y tế tỉnh Kon Tum", "Bệnh viện Đa khoa Nà Chì"} <= set(cov)
    assert all(r["implemented"] and not r["received"] for r in cov.values())
    assert cov["Ủy ban nhân dân tỉnh Sơn La"]["documents"] == [SON_LA_PLAN]
    # Before: every body reporting to the Thủ tướng under any document, e.g. the corpus's
    # "Ủy ban nhân dân tỉnh Đồng Nai" and (corpus 020, a plan of Hà Nội: its onward report is the Đề án 06
    # standing unit's, round 25) the Cục Cảnh sát quản lý hành chính về trật tự xã hội, unrelated to it.
    wide = _by_body(_command_rows(store_path, "Chỉ thị 33", "--issuer-reporters")["bodies"])
    unrelated = {b for b, r in wide.items() if r["reports_to_issuer"] and not r["implemented"]}
    assert {"Cục Cảnh sát quản lý hành chính về trật tự xã hội (Bộ Công an)", "Ủy ban nhân dân tỉnh Đồng Nai"} <= unrelated
    assert not unrelated & set(cov) and set(cov) <= set(wide)


def test_the_table_says_how_each_body_is_named_and_what_is_unknown(store_path) -> None:
    r = _run("coverage", "Chỉ thị 33", "--store", store_path)
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith("Coverage of Chỉ thị 33/CT-TTg 2021: 5 of 5 implemented")
    assert "not named" in r.stdout and "known only from citations" in r.stderr and "--issuer-reporters" in r.stderr
    r = _run("coverage", HA_GIANG_PLAN_FILE, "--store", store_path)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    # Five bodies named, and (session 16) the one member the graph knows of its group "Các cơ quan,
    # đơn vị trực thuộc": the Bệnh viện Đa khoa Nà Chì, under the Sở Y tế tỉnh Hà Giang (its 2023 plan
    # implements another plan, so not this one).
    assert lines[0].endswith(": 0 of 6 implemented")
    # "- Các cơ quan, đơn vị trực thuộc;" and "… các cơ quan, đơn vị trực thuộc báo cáo kết quả …".
    assert any("Các cơ quan, đơn vị trực thuộc" in line and "sent; reports; 0" in line for line in lines)
    assert any("Nà Chì" in line and "not named, one of" in line for line in lines)
    # "2. Giao Văn phòng Sở Y tế theo dõi, đôn đốc các cơ quan, đơn vị tổ chức …".
    assert any("Văn phòng Sở Y tế" in line and "1 task" in line for line in lines)
    assert "known only from citations" not in r.stderr


def test_help_gives_the_definition() -> None:
    text = " ".join(_run("coverage", "--help", columns=100).stdout.split())
    for words in ("Who should carry out DOC, and who has not yet", '"để báo cáo"', "assigns a task",
                  "report under it", "directly or through others", "--issuer-reporters", "vanban query coverage"):
        assert words in text, words


# ---------------------------------------------------------------- one definition: the command, the query, both stores


@pytest.mark.parametrize("doc", ["45/KH-UBND", "312/KH-SYT", "Chỉ thị 33", HA_GIANG_PLAN_FILE])
@pytest.mark.parametrize("issuer_reporters", [False, True])
def test_the_command_and_the_query_on_both_stores_give_the_same_rows(doc, issuer_reporters, store_path, ladybug, neo4j_store) -> None:
    extra = ("--issuer-reporters",) if issuer_reporters else ()
    command = _command_rows(store_path, doc, *extra)["bodies"]
    params = {"doc": doc, "issuer_reporters": str(int(issuer_reporters))}
    on_ladybug = named.run_named(ladybug, "coverage", params)
    on_neo4j = named.run_named(neo4j_store, "coverage", params)
    assert command and command == on_ladybug.rows == on_neo4j.rows
    assert list(command[0]) == on_ladybug.columns
    key = named.bind_params(named.get_query("coverage"), ladybug, {"doc": doc})["doc"]
    assert lineage.coverage(ladybug, key, issuer_reporters=issuer_reporters) == command


def test_vanban_query_prints_the_same_bodies(store_path) -> None:
    r = _run("query", "coverage", "--param", "doc=45/KH-UBND", "--store", store_path, "--format", "json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout) == _command_rows(store_path, "45/KH-UBND")["bodies"]
