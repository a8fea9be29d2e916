"""The Neo4j test server answers the real Python driver: constraints, parameterized MERGE, read-back."""

from __future__ import annotations

import pytest

# Real text from a seed plan (Sở Y tế Hà Giang, 2022), plus ASCII quotes and backslashes that would
# break any query built by string concatenation.
TITLE = "Triển khai “Tháng Dân vận” năm 2022 trong ngành Y tế"
MOTTO = 'tinh thần "Dân biết, dân bàn, dân làm, dân kiểm tra" và \'Vì nhân dân phục vụ\''
PATHLIKE = r"Số: 233/KH-UBND \ ngày 22/9/2022 \\ C:\vanban\n\t (không phải xuống dòng)"

MERGE_DOCUMENT = """
UNWIND $rows AS row
MERGE (d:TestDocument {key: row.key})
SET d.title = row.title, d.note = row.note
"""


def test_server_uri_is_loopback_bolt(neo4j_uri: str) -> None:
    assert neo4j_uri.startswith("bolt://127.0.0.1:")
    port = int(neo4j_uri.rsplit(":", 1)[1])
    assert 0 < port < 65536


def test_round_trip_with_constraint(neo4j_empty) -> None:
    import neo4j.exceptions

    driver = neo4j_empty
    driver.execute_query(
        "CREATE CONSTRAINT test_document_key IF NOT EXISTS "
        "FOR (d:TestDocument) REQUIRE d.key IS UNIQUE"
    )
    records, _, _ = driver.execute_query(
        "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties "
        "WHERE name = 'test_document_key' RETURN type, labelsOrTypes, properties"
    )
    assert [dict(r) for r in records] == [
        {"type": "UNIQUENESS", "labelsOrTypes": ["TestDocument"], "properties": ["key"]}
    ]

    rows = [
        {"key": "233/KH-UBND", "title": TITLE, "note": MOTTO},
        {"key": "KH\\SYT \"2022\"", "title": MOTTO, "note": PATHLIKE},
    ]
    driver.execute_query(MERGE_DOCUMENT, rows=rows)
    # MERGE again with a changed title: updates in place, creates nothing.
    rows[0] = {**rows[0], "title": TITLE + " (sửa đổi)"}
    summary = driver.execute_query(MERGE_DOCUMENT, rows=rows).summary
    assert summary.counters.nodes_created == 0

    records, _, _ = driver.execute_query(
        "MATCH (d:TestDocument) RETURN d.key AS key, d.title AS title, d.note AS note ORDER BY key"
    )
    got = {r["key"]: (r["title"], r["note"]) for r in records}
    assert got == {
        "233/KH-UBND": (TITLE + " (sửa đổi)", MOTTO),
        'KH\\SYT "2022"': (MOTTO, PATHLIKE),
    }
    # Exact code points came back: the curly quotes, the backslashes, the diacritics.
    assert "\\\\" in got['KH\\SYT "2022"'][1]
    assert got["233/KH-UBND"][0].startswith("Triển khai “Tháng Dân vận”")

    with pytest.raises(neo4j.exceptions.ConstraintError):
        driver.execute_query("CREATE (:TestDocument {key: $key})", key="233/KH-UBND")
    records, _, _ = driver.execute_query(
        "MATCH (d:TestDocument {key: $key}) RETURN count(d) AS n", key="233/KH-UBND"
    )
    assert records[0]["n"] == 1


def test_empty_fixture_clears_previous_test(neo4j_empty) -> None:
    records, _, _ = neo4j_empty.execute_query("MATCH (n) RETURN count(n) AS n")
    assert records[0]["n"] == 0
    records, _, _ = neo4j_empty.execute_query("SHOW CONSTRAINTS YIELD name")
    assert records == []


def test_compose_runs_the_same_neo4j_as_the_tests() -> None:
    """docker-compose.yml pins the Neo4j release the test server is built from, on loopback only."""
    import re
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]
    pom = (repo / "tests" / "neo4j" / "pom.xml").read_text(encoding="utf-8")
    compose = (repo / "docker-compose.yml").read_text(encoding="utf-8")
    version = re.search(r"<neo4j\.version>([\d.]+)</neo4j\.version>", pom).group(1)
    assert version.startswith("5.26.")
    assert re.search(rf"^\s*image: neo4j:{re.escape(version)}-community\s*$", compose, re.M)
    published = re.findall(r'^\s*- "([\d.]+):(\d+):(\d+)"', compose, re.M)
    assert sorted(published) == [("127.0.0.1", "7474", "7474"), ("127.0.0.1", "7687", "7687")]
    env_example = (repo / ".env.example").read_text(encoding="utf-8")
    assert re.search(r"^NEO4J_AUTH=neo4j/\S{8,}$", env_example, re.M)
