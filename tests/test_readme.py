"""The README stays true: every command and option it shows exists, the commands of its "Use"
section run as written on the bundled examples, its Cypher examples answer, and its Layout table
names the folders and CLI modules there are."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from vanban.cli import app

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")
CLI = typer.main.get_command(app)
runner = CliRunner()

# A fenced block and its language: ```sh … ```
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
# A Make target at the start of a Makefile line: "demo: $(STAMP)"
MAKE_TARGET = re.compile(r"^([\w-]+):", re.MULTILINE)


def _blocks(language: str, text: str = README) -> list[str]:
    return [body for lang, body in FENCE.findall(text) if lang == language]


def _section(title: str) -> str:
    """The README from the heading ``title`` to the next heading of any level."""
    start = README.index(title)
    following = re.search(r"^#{2,3} ", README[start + len(title):], re.MULTILINE)  # code comments have one #
    return README[start: start + len(title) + following.start()] if following else README[start:]


def _vanban_lines(block: str) -> list[list[str]]:
    """The `vanban …` command lines of a shell block, as argument lists (comments dropped)."""
    commands = []
    for line in block.splitlines():
        words = shlex.split(line, comments=True)
        if words[:1] == ["vanban"]:
            commands.append(words[1:])
    return commands


def _options(command) -> set[str]:
    return {o for p in command.params for o in (*p.opts, *p.secondary_opts) if o.startswith("-")}


def _unknown(args: list[str]) -> list[str]:
    """What in ``vanban ARGS`` the CLI does not have: the command, or its options."""
    name, *rest = args
    if name.startswith("-"):
        return [] if name in _options(CLI) else [name]
    command = CLI.commands.get(name)  # type: ignore[attr-defined]
    if command is None:
        return [name]
    given = {a.split("=")[0] for a in rest if a.startswith("-") and not a[1:2].isdigit()}
    given.discard(">")
    return sorted(given - _options(command))


def test_every_command_and_option_the_readme_shows_exists():
    lines = [args for block in _blocks("sh") for args in _vanban_lines(block)]
    assert len(lines) >= 20  # the parser found the Use and Neo4j blocks
    wrong = {" ".join(args): _unknown(args) for args in lines if _unknown(args)}
    assert wrong == {}
    # Inline mentions too: `vanban load`, `--jobs`, `sync --prune` …
    for name in re.findall(r"`vanban (\w+)", README):
        assert name in CLI.commands, name  # type: ignore[attr-defined]
    every_option = set().union(*(_options(c) for c in CLI.commands.values()))  # type: ignore[attr-defined]
    for option in re.findall(r"`(?:\w+ )?(--[a-z][\w-]*)", README):
        assert option in every_option, option


def test_every_example_in_the_help_exists():
    for name, command in CLI.commands.items():  # type: ignore[attr-defined]
        for line in (command.help or "").splitlines():
            words = shlex.split(line.strip(), comments=True) if line.strip().startswith("vanban ") else []
            if words:
                assert _unknown(words[1:]) == [], f"vanban {name} --help: {line.strip()}"


def test_the_make_targets_the_readme_names_exist():
    targets = set(MAKE_TARGET.findall((REPO / "Makefile").read_text(encoding="utf-8")))
    named = set(re.findall(r"`make ([\w-]+)`", README)) | {
        w[1] for block in _blocks("sh") for line in block.splitlines() if (w := line.split())[:1] == ["make"]
    }
    assert named >= {"demo", "test"} and named <= targets
    setup = _blocks("sh", _section("## Set up"))
    assert [line.split()[:2] for line in setup[0].splitlines()] == [["make", "demo"], ["make", "test"]]


@pytest.fixture()
def newcomer(tmp_path, monkeypatch):
    """A fresh home and a working folder holding the repository's examples/."""
    home = tmp_path / "home"
    home.mkdir()
    work = tmp_path / "work"
    work.mkdir()
    (work / "examples").symlink_to(REPO / "examples")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("VANBAN_STORE", raising=False)
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.chdir(work)
    return work


def test_the_use_section_runs_as_written_on_the_examples(newcomer, monkeypatch):
    block = _blocks("sh", _section("## Use"))[0]
    ran = 0
    for line in block.splitlines():
        words = shlex.split(line, comments=True)
        if words[:1] == ["export"]:
            for assignment in words[1:]:
                name, _, value = assignment.partition("=")
                monkeypatch.setenv(name, str(Path(value).expanduser()))
            continue
        if words[:1] != ["vanban"]:
            continue
        args = words[1 : words.index(">")] if ">" in words else words[1:]
        args = [str(Path(a).expanduser()) if a.startswith("~") else a for a in args]
        r = runner.invoke(app, args)
        assert r.exit_code == 0, f"{line}\n{r.output}"
        assert r.stdout.strip() or args[0] in ("load", "viz"), line  # an answer, not an empty screen
        ran += 1
    assert ran >= 15
    assert (newcomer / "lineage.html").is_file() and (newcomer / "graph.html").is_file()


def test_the_cypher_examples_answer_on_the_examples(newcomer):
    store = newcomer / "store"
    assert runner.invoke(app, ["load", "examples", "--store", str(store)]).exit_code == 0
    statements = [s.strip() for block in _blocks("cypher") for s in re.sub(r"^//.*$", "", block, flags=re.MULTILINE).split(";")]
    statements = [s for s in statements if s]
    assert len(statements) == 4
    for statement in statements:
        r = runner.invoke(app, ["query", "--cypher", statement, "--store", str(store), "--format", "json"])
        assert r.exit_code == 0, f"{statement}\n{r.output}"
        assert r.stdout.strip() not in ("", "[]"), statement


def test_the_layout_table_names_what_is_there():
    rows = re.findall(r"^\| `([\w./-]+)` \| (.*) \|$", _section("## Layout"), re.MULTILINE)
    folders = {name for name, _ in rows}
    assert all((REPO / name).is_dir() for name in folders), folders
    packaged = {"loaders/", "graph/", "queries/", "viz/", "vanban/"}
    assert packaged <= folders
    for folder, what in rows:  # paths named in a row: from the top, or inside the row's folder
        for path in re.findall(r"`([\w/.-]+\.py|[\w/-]+/)`", what):
            assert (REPO / path).exists() or (REPO / folder / path).exists(), (folder, path)
    described = " ".join(what for _, what in rows)
    modules = {p.name for p in (REPO / "vanban").glob("*.py")} - {"__init__.py"}
    assert {m for m in modules if f"vanban/{m}" in described} == modules
