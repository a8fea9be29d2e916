"""The command line as a new user reads it (session 15): documents known only from an unnumbered
citation are named as people write them, not by their machine key; the key stays in JSON and is
accepted back as DOC, and so is the name; a số ký hiệu one letter off lists the documents of its
number; the named queries that walk IMPLEMENTS paths answer on a store of realistic size.
Real examples, seeds, corpus and realdocs throughout."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from vanban.cli import app
from vanban.queries.doc_name import document_name

runner = CliRunner()

# The Luật the Sơn La plans cite without a number, and its key (type | issuer | year | name).
LAW_2015 = "Luật | ? | 2015 | luật tổ chức chính quyền địa phương"
LAW_2015_NAME = "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"
# The Nà Chì hospital's unnumbered plan (seed) and the Sở Y tế plan it cites without a number.
NA_CHI_FILE = "001_55beccb8d9239905.txt"
NA_CHI_KEY = "Kế hoạch | Bệnh viện Đa khoa Nà Chì | ? | triển khai công tác dân vận trong bệnh viện năm 2023"
SYT_PLAN_KEY = "Kế hoạch | Sở Y tế tỉnh Hà Giang | ? | kế hoạch dân vận năm 2023 của sở y tế hà giang"


def _run(*args: str, columns: int = 200):
    return runner.invoke(app, list(args), env={"COLUMNS": str(columns), "NEO4J_URI": ""})


@pytest.fixture(scope="module")
def examples_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("q24ex") / "store"
    r = _run("load", "examples", "--store", str(path))
    assert r.exit_code == 0, r.output
    return str(path)


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory, seeds_dir):
    path = tmp_path_factory.mktemp("q24seeds") / "store"
    r = _run("load", "examples", str(seeds_dir), "--store", str(path))
    assert r.exit_code == 0, r.output
    return str(path)


# ---------------------------------------------------------------- names people read


def test_trace_names_an_unnumbered_law_as_cited_and_json_keeps_its_key(examples_store):
    r = _run("trace", "58/KH-BVĐK", "--store", examples_store)
    assert r.exit_code == 0, r.output
    # Before: "-> Luật | ? | 2015 | luật tổ chức chính quyền địa phương".
    assert f"-> {LAW_2015_NAME}\n" in r.stdout
    assert " | ? | " not in r.stdout
    j = _run("trace", "58/KH-BVĐK", "--store", examples_store, "--format", "json")
    data = json.loads(j.stdout)
    assert LAW_2015 in {h["target"] for p in data["paths"] for h in p}
    assert data["documents"][LAW_2015]["name"] == LAW_2015_NAME
    assert data["documents"]["Chỉ thị 33/CT-TTg 2021"]["name"] == "Chỉ thị 33/CT-TTg 2021"


def test_the_key_and_the_name_pasted_back_find_the_same_document(examples_store):
    for doc in (LAW_2015, LAW_2015_NAME, "Luật tổ chức chính quyền địa phương 2015"):
        r = _run("show", doc, "--store", examples_store, "--format", "json")
        assert r.exit_code == 0, (doc, r.output)
        assert json.loads(r.stdout)["document"]["key"] == LAW_2015, doc


def test_an_unnumbered_plan_is_named_with_its_issuer_in_trace_and_implementers(seeds_store):
    r = _run("trace", NA_CHI_FILE, "--store", seeds_store)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    # The loaded plan without a number: its type, issuer and title; the Sở Y tế plan it cites
    # without a number: as the hospital wrote it.
    assert lines[0] == "Kế hoạch của Bệnh viện Đa khoa Nà Chì: Triển khai công tác Dân vận trong bệnh viện năm 2023"
    assert "  -> Kế hoạch dân vận năm 2023 của Sở Y tế Hà Giang Giang" in lines
    assert not any(" | ? | " in line for line in lines)
    r = _run("implementers", "33/CT-TTg", "--store", seeds_store)
    assert r.exit_code == 0, r.output
    assert "<- Kế hoạch của Bệnh viện Đa khoa Nà Chì: Triển khai công tác Dân vận trong bệnh viện năm 2023" in r.stdout
    assert " | ? | " not in r.stdout
    j = json.loads(_run("implementers", "33/CT-TTg", "--store", seeds_store, "-f", "json").stdout)
    assert NA_CHI_KEY in {h["source"] for p in j["paths"] for h in p}


def test_show_reports_and_deadlines_name_documents_without_a_number(seeds_store):
    r = _run("show", SYT_PLAN_KEY, "--store", seeds_store)
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines()[:2] == [f"key: {SYT_PLAN_KEY}", "name: Kế hoạch dân vận năm 2023 của Sở Y tế Hà Giang Giang"]
    assert "│ IMPLEMENTS ← │ Kế hoạch của Bệnh viện Đa khoa Nà Chì: Triển khai công tác Dân vận trong bệnh viện năm 2023 │" in r.stdout
    r = _run("reports", "Sở Y tế tỉnh Hà Giang", "--store", seeds_store, columns=250)
    assert r.exit_code == 0, r.output
    assert "Kế hoạch của Sở Y tế tỉnh Hà Giang ngày 3/10/2022: Triển khai" in r.stdout
    assert " | ? | " not in r.stdout
    j = json.loads(_run("reports", "Sở Y tế tỉnh Hà Giang", "--store", seeds_store, "-f", "json").stdout)
    assert any(" | ? | " in h["evidence_source"] for h in j)  # programs keep the keys
    r = _run("deadlines", "--from", "2022-11", "--to", "2022-11", "--store", seeds_store, columns=250)
    assert r.exit_code == 0, r.output
    assert "Kế hoạch của Sở Y tế tỉnh Hà Giang ngày" in r.stdout and " | ? | " not in r.stdout


def test_ambiguous_doc_lists_names_with_the_keys_to_paste(seeds_store):
    r = _run("trace", "bệnh viện đa khoa", "--store", seeds_store)
    assert r.exit_code == 2
    assert "is ambiguous" in r.stderr
    assert "  Kế hoạch 58/KH-BVĐK 2025 Bệnh viện Đa khoa tỉnh Sơn La\n" in r.stderr  # a numbered key is its name
    assert f"Kế hoạch của Bệnh viện Đa khoa Nà Chì: Triển khai công tác Dân vận trong bệnh viện năm 2023  (key: {NA_CHI_KEY})" in r.stderr
    # The number the hospital cited without its year (a space in "33- CT/TTg" aside).
    assert "Chỉ thị 33/CT-TTg (year not given)  (key: Chỉ thị 33/CT-TTg ? [in Kế hoạch 58/KH-BVĐK" in r.stderr


def test_a_misspelt_symbol_lists_the_documents_of_its_number(seeds_store):
    r = _run("trace", "58/KH-BVĐ", "--store", seeds_store)
    assert r.exit_code == 2
    lines = r.stderr.splitlines()
    assert lines[0] == "vanban: no document matches '58/KH-BVĐ'; documents numbered 58:"
    assert lines[1] == "  Kế hoạch 58/KH-BVĐK 2025 Bệnh viện Đa khoa tỉnh Sơn La"
    r = _run("show", "Chỉ thị 99/CT-TTg", "--store", seeds_store)
    assert r.exit_code == 2 and r.stderr.strip() == "vanban: no document matches 'Chỉ thị 99/CT-TTg'"


def test_a_named_query_without_its_parameter_says_how_to_give_it(seeds_store):
    r = _run("query", "cited_by", "--store", seeds_store)
    assert r.exit_code == 2
    assert "missing parameter doc: give --param doc=…" in r.stderr


def test_document_name_of_real_keys():
    # Numbered and identified: the key.
    assert document_name({"key": "Kế hoạch 45/KH-UBND 2025 Ủy ban nhân dân tỉnh Sơn La"}) == "Kế hoạch 45/KH-UBND 2025 Ủy ban nhân dân tỉnh Sơn La"
    # Scoped to the citing document: what is missing, said.
    assert document_name({"key": "Chỉ thị 33/CT-TTg ? [in Kế hoạch 58/KH-BVĐK 2025 Bệnh viện Đa khoa tỉnh Sơn La]"}) == "Chỉ thị 33/CT-TTg (year not given)"
    assert document_name({"key": "Công văn 01/CV ? ? [in Công văn 3257/TNI-QLDN1 2025 Thuế tỉnh Tây Ninh]"}) == "Công văn 01/CV (year and issuer not given)"
    assert document_name({"key": "Báo cáo 878/BC-UBND 2025 ? [in Thông báo | Văn phòng Chính phủ | ? | kết luận]"}) == "Báo cáo 878/BC-UBND 2025 (issuer not given)"
    # Cited without a number: the year the words leave out is added; a label cut at 80 characters
    # is made whole from the surface it was cut from.
    assert document_name({"key": "Luật | ? | 2015 | luật bầu cử", "label": "Luật Bầu cử", "year": 2015, "status": "placeholder"}) == "Luật Bầu cử năm 2015"
    surface = "Chương trình phối hợp và thống nhất hành động của Ủy ban Trung ương MTTQ Việt Nam"
    cut = {"key": "Chương trình | Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam | ? | chương trình phối hợp",
           "label": surface[:80], "issuer": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "status": "placeholder",
           "surfaces": [surface]}
    assert document_name(cut) == surface  # the issuer it names, abbreviated, not named again
    # The issuer the words do not name is said.
    plan = {"key": "Kế hoạch | Sở Y tế tỉnh Hà Giang | ? | kế hoạch dân vận năm 2023", "label": "Kế hoạch dân vận năm 2023",
            "issuer": "Sở Y tế tỉnh Hà Giang", "status": "placeholder"}
    assert document_name(plan) == "Kế hoạch dân vận năm 2023 của Sở Y tế tỉnh Hà Giang"
    # Loaded without a number or title: type, issuer, date and file.
    letter = {"key": "Công văn | Bộ Công Thương | ? | 0ef954a9d915b261 md", "label": "0ef954a9d915b261.md", "doc_type": "Công văn",
              "issuer": "Bộ Công Thương", "date": "2025-11-12", "status": "loaded", "file": "0ef954a9d915b261.md"}
    assert document_name(letter) == "Công văn của Bộ Công Thương ngày 12/11/2025 (0ef954a9d915b261.md)"


def test_viz_heads_an_unnumbered_law_by_its_name(examples_store, tmp_path):
    page = tmp_path / "lineage.html"
    r = _run("viz", "58/KH-BVĐK", "-o", str(page), "--store", examples_store)
    assert r.exit_code == 0, r.output
    # Before: the tooltip's heading was the bare type, "Luật".
    assert f'"head":"{LAW_2015_NAME}"' in page.read_text(encoding="utf-8")


# ---------------------------------------------------------------- named queries at realistic size


@pytest.fixture(scope="module")
def large_store(tmp_path_factory, seeds_dir, corpus_dir):
    path = tmp_path_factory.mktemp("q24large") / "store"
    r = _run("load", "examples", str(seeds_dir), str(corpus_dir), "tests/data/realdocs", "--store", str(path))
    assert r.exit_code == 0, r.output
    return str(path)


def test_implementers_and_lineage_up_answer_on_a_store_of_800_documents(large_store):
    # Before: LadybugDB planned "WHERE is_acyclic(p)" into a join that lost every property on
    # this store: one row of empty strings, depth 0, stated true.
    r = _run("query", "implementers", "-p", "doc=33/CT-TTg", "--store", large_store, "-f", "json")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert all(row["implementer"] and row["depth"] >= 1 and row["path"].startswith("Chỉ thị 33/CT-TTg 2021 ← ") for row in rows)
    assert {"Kế hoạch 45/KH-UBND 2025 Ủy ban nhân dân tỉnh Sơn La", NA_CHI_KEY} <= {row["implementer"] for row in rows}
    r = _run("query", "lineage_up", "-p", "doc=58/KH-BVĐK", "--store", large_store, "-f", "json")
    rows = json.loads(r.stdout)
    assert rows and all(row["root"] and row["depth"] == len(row["bases"]) for row in rows)
    assert "Chỉ thị 33/CT-TTg 2021" in {row["root"] for row in rows}


def test_the_command_list_is_whole_and_every_doc_argument_says_how_to_write_it():
    top = _run("--help", columns=80)
    listing = top.stdout.split("Commands:")[1]
    # Before: "extract       Extract each document into a record: header, citations,..."
    assert "..." not in listing
    assert "  trace         A document's lineage up to its root directives.\n" in listing
    for command in ("trace", "implementers", "show", "coverage"):
        doc_help = " ".join(_run(command, "--help", columns=80).stdout.split("Arguments:")[1].split("Options:")[0].split())
        assert '"Chỉ thị 33", "33/CT-TTg", a file name, a few title words, or a key or name as printed' in doc_help, command


def test_a_document_known_only_from_citations_says_why_it_has_no_lineage(examples_store, tmp_path):
    r = _run("trace", LAW_2015, "--store", examples_store)
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines() == [LAW_2015_NAME, "  (no recorded lineage: it is known only from citations; load it to see what it "
                                     "implements, or see `vanban implementers` for what implements it)"]
    directive = _run("trace", "Chỉ thị 33", "--store", examples_store)  # numbered, cited only: the same hint
    assert "known only from citations" in directive.stdout
    r = _run("viz", LAW_2015, "-o", str(tmp_path / "law.html"), "--store", examples_store)
    assert r.exit_code == 0 and r.stderr.splitlines()[-1] == "  (nothing recorded above it: --down also draws the documents that implement it)"
    r = _run("viz", LAW_2015, "--down", "-o", str(tmp_path / "law.html"), "--store", examples_store)
    assert "nothing recorded above it" not in r.stderr and "Kế hoạch 45/KH-UBND" in (tmp_path / "law.html").read_text(encoding="utf-8")


def test_an_empty_org_says_what_to_give(seeds_store):
    r = _run("reports", " ", "--store", seeds_store)
    assert r.exit_code == 2
    assert r.stderr == "vanban reports: ORG is empty: give a body's name (\"Sở Y tế tỉnh Hà Giang\", \"so y te ha giang\")\n"


def test_document_name_does_not_name_an_issuer_twice():
    # Corpus: Kon Tum's congress resolution, cited by its kind of body; a Công văn whose placeless
    # issuer is scoped by its own file.
    congress = {"key": "Nghị quyết | Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI | ? | nghị quyết đại hội",
                "label": "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI", "issuer": "Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI",
                "status": "placeholder"}
    assert document_name(congress) == "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI"
    letter = {"key": "Công văn | Ủy ban nhân dân thành phố (Công văn 88b7667d728aef13.md) | ? | 88b7667d728aef13 md",
              "doc_type": "Công văn", "issuer": "Ủy ban nhân dân thành phố (Công văn 88b7667d728aef13.md)", "status": "loaded",
              "file": "88b7667d728aef13.md"}
    assert document_name(letter) == "Công văn của Ủy ban nhân dân thành phố (Công văn 88b7667d728aef13.md)"


def test_a_printed_name_quoting_numbers_finds_its_document_not_the_numbered_one(seeds_store):
    # The Kon Tum health plan (seed) has no number; its printed name quotes Chỉ thị 33's.
    kon_tum = _run("show", "003_578b41203705c0f3.txt", "--store", seeds_store, "-f", "json")
    doc = json.loads(kon_tum.stdout)["document"]
    assert doc["name"].startswith("Kế hoạch của Sở Y tế tỉnh Kon Tum") and "33/CT-TTg" in doc["name"]
    r = _run("show", doc["name"], "--store", seeds_store, "-f", "json")
    assert r.exit_code == 0 and json.loads(r.stdout)["document"]["key"] == doc["key"]
    # The số ký hiệu with its type and date as cited is still the directive.
    r = _run("show", "Chỉ thị số 33/CT-TTg ngày 26/11/2021", "--store", seeds_store, "-f", "json")
    assert json.loads(r.stdout)["document"]["key"] == "Chỉ thị 33/CT-TTg 2021"


def test_a_number_among_words_is_read_with_the_words(large_store):
    # Before: "Kế hoạch 01" alone was looked up, and three plans numbered 01 were listed.
    r = _run("show", "Kế hoạch 01 Tỉnh ủy Kon Tum", "--store", large_store, "-f", "json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["document"]["key"] == "Kế hoạch 01-KH/TU 2015 Tỉnh ủy Kon Tum"
    r = _run("show", "Kế hoạch 01", "--store", large_store)
    assert r.exit_code == 2 and "'Kế hoạch 01' is ambiguous: 3 documents match" in r.stderr
