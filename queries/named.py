"""Named Cypher queries (``queries/*.cypher``) and ad-hoc Cypher, on LadybugDB and on Neo4j 5.

A named query is one ``.cypher`` file shipped with the package. Its header comment says what it
is::

    // name: implementers
    // summary: The tree below an instrument: every document that implements it, …
    //   (a summary may go on over indented lines)
    // param doc: doc — the instrument: its key, "33/CT-TTg", a file name or a few title words
    // param min_citing: int = 1 — keep instruments cited by at least this many documents
    // example: vanban query implementers --param doc=33/CT-TTg
    // columns: implementer, status, depth (hops), path, …

and its body is the Cypher text: one text for both stores, or one section per dialect where
they differ, each opened by ``// dialect: ladybug`` or ``// dialect: neo4j``.

Parameter types: ``string``; ``int``; ``date`` (YYYY-MM-DD, passed as the ISO string the graph
stores); ``doc`` (a document as users write it, resolved to its key by
``queries.resolve_doc``); ``org`` (a body's canonical name; case and diacritics may differ).

Everything is read only: ``run_cypher`` refuses a query that writes unless ``write=True``
(the clauses are looked for outside strings and comments), and on Neo4j the transaction is
opened in READ access mode so that the server refuses writes too.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, Field

Dialect = Literal["ladybug", "neo4j"]
DIALECTS: tuple[Dialect, ...] = ("ladybug", "neo4j")
ParamType = Literal["string", "int", "date", "doc", "org"]
PACKAGE = "vanban.queries"
SUFFIX = ".cypher"

# A header line "// key: value": "// name: lineage_up", "// example: vanban query stats", and
# "// param doc: doc — the document…" (value "doc: doc — the document…").
HEADER_LINE = re.compile(r"^//\s?(name|summary|example|columns|dialect):\s*(.*)$|^//\s?(param)\s+(.*)$")
# A continuation of the previous header value, indented: "//   nothing further off the path), shortest first".
CONTINUATION_LINE = re.compile(r"^//\s{2,}(\S.*)$")
# A parameter declaration after "param ":
# "doc: doc — the document: its key, …", "min_citing: int = 1 — keep instruments cited by …".
PARAM_DECLARATION = re.compile(r"^(\w+)\s*:\s*(\w+)(?:\s*=\s*(\S+))?\s*(?:—|--|-)\s*(.*)$")
# A parenthesised remark inside the columns line: "path (keys joined by " → ", the document first)".
COLUMN_REMARK = re.compile(r"\([^)]*\)")
# An ISO date: "2022-11-05".
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Parts of Cypher where a keyword is not a clause: strings ('Sở Y tế', "CREATE"), quoted names
# (`weird name`), line comments (// DELETE later) and block comments (/* SET */).
CYPHER_NOT_CODE = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)
# A clause that writes, changes the schema, reads files or runs a procedure: "CREATE (n)",
# "DETACH DELETE n", "SET n.x = 1", "COPY Document FROM 'x.csv'", "LOAD FROM 'x.csv'", "CALL db.labels()".
# Not a clause: a property (n.set), a parameter ($create), a label (:Merge), a map key ({set: 1}).
WRITE_CLAUSE = re.compile(
    r"(?<![\w.$:])(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|ALTER|COPY|LOAD|CALL|FOREACH|INSTALL|ATTACH|"
    r"IMPORT|EXPORT|CHECKPOINT|USE|BEGIN|COMMIT|ROLLBACK)(?!\w|\s*:)",
    re.IGNORECASE,
)
# Neo4j's code for a write attempted in a READ transaction.
NEO4J_ACCESS_MODE_CODE = "Neo.ClientError.Statement.AccessMode"


class QueryError(Exception):
    """A query that cannot run as asked: unknown name, bad parameter, ambiguous document."""

    def __init__(self, message: str, candidates: list[str] | None = None) -> None:
        super().__init__(message)
        self.candidates = candidates or []


class WriteRefused(QueryError):
    """A query that would write, run without ``write=True``."""


class QueryParam(BaseModel):
    name: str
    type: ParamType
    default: str | None = None
    help: str = ""

    @property
    def required(self) -> bool:
        return self.default is None


class NamedQuery(BaseModel):
    name: str
    summary: str = ""
    params: list[QueryParam] = Field(default_factory=list)
    example: str = ""
    columns: list[str] = Field(default_factory=list)
    texts: dict[str, str] = Field(default_factory=dict)  # dialect -> Cypher

    def text(self, dialect: Dialect) -> str:
        return self.texts[dialect]


class QueryResult(BaseModel):
    columns: list[str]
    rows: list[dict[str, Any]]


@dataclass
class Neo4jTarget:
    """A Neo4j database to query: a driver (owned by the caller) and the database name."""

    driver: Any
    database: str | None = None


# ---------------------------------------------------------------- parsing


def _code(lines: list[str]) -> str:
    """Cypher without its whole-line comments."""
    return "\n".join(line for line in lines if not line.lstrip().startswith("//")).strip()


def parse_query(text: str, name: str | None = None) -> NamedQuery:
    """A ``.cypher`` file's text -> its NamedQuery (header, parameters, one text per dialect)."""
    header: dict[str, list[str]] = {}
    params: list[QueryParam] = []
    shared: list[str] = []
    sections: dict[str, list[str]] = {}
    current: list[str] = shared
    last_key: str | None = None
    in_header = True
    for raw in text.splitlines():
        line = raw.rstrip()
        m = HEADER_LINE.match(line.strip())
        key, value = (m.group(1) or m.group(3), (m.group(2) if m.group(1) else m.group(4)).strip()) if m else (None, "")
        if key == "dialect":
            dialect = value
            if dialect not in DIALECTS:
                raise ValueError(f"unknown dialect {dialect!r} (expected one of {', '.join(DIALECTS)})")
            current = sections.setdefault(dialect, [])
            in_header, last_key = False, None
            continue
        if in_header and key:
            if key == "param":
                p = PARAM_DECLARATION.match(value)
                if not p:
                    raise ValueError(f"bad param line: {value!r}")
                params.append(QueryParam(name=p.group(1), type=p.group(2), default=p.group(3), help=p.group(4).strip()))
            else:
                header.setdefault(key, []).append(value)
            last_key = key
            continue
        c = CONTINUATION_LINE.match(line.strip()) if in_header else None
        if c and last_key is not None:
            if last_key == "param":
                params[-1].help += " " + c.group(1).strip()
            else:
                header[last_key].append(c.group(1).strip())
            continue
        if line.strip() and not line.strip().startswith("//"):
            in_header = False
        current.append(line)
    query_name = " ".join(header.get("name", [])) or name
    if not query_name:
        raise ValueError("a named query needs a '// name:' line")
    if sections and _code(shared):
        raise ValueError(f"{query_name}: Cypher outside the dialect sections")
    texts = {d: _code(sections[d]) for d in sections} if sections else {d: _code(shared) for d in DIALECTS}
    missing = [d for d in DIALECTS if not texts.get(d)]
    if missing:
        raise ValueError(f"{query_name}: no Cypher for {', '.join(missing)}")
    columns_line = COLUMN_REMARK.sub("", " ".join(header.get("columns", [])))
    return NamedQuery(
        name=query_name,
        summary=" ".join(header.get("summary", [])),
        params=params,
        example=" ".join(header.get("example", [])),
        columns=[c.strip() for c in columns_line.split(",") if c.strip()],
        texts=texts,
    )


def named_queries() -> dict[str, NamedQuery]:
    """Every named query shipped with the package, by name (sorted)."""
    found: dict[str, NamedQuery] = {}
    for entry in sorted(resources.files(PACKAGE).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(SUFFIX):
            q = parse_query(entry.read_text(encoding="utf-8"), name=entry.name[: -len(SUFFIX)])
            found[q.name] = q
    return found


def get_query(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; known: {', '.join(queries)}")
    return queries[name]


# ---------------------------------------------------------------- running


def writes(text: str) -> str | None:
    """The first clause of ``text`` that writes (upper case), or None for a read-only query."""
    m = WRITE_CLAUSE.search(CYPHER_NOT_CODE.sub(" ", text))
    return m.group(1).upper() if m else None


def _neo4j_target(target: Any) -> Neo4jTarget | None:
    if isinstance(target, Neo4jTarget):
        return target
    if "neo4j" not in sys.modules:  # no driver was ever made: not Neo4j (and no 1.7 s import to find out)
        return None
    try:
        import neo4j

        from vanban.graph.neo4j_store import Neo4jStore
    except ImportError:  # pragma: no cover - neo4j is a dependency
        return None
    if isinstance(target, neo4j.Driver):
        return Neo4jTarget(target)
    if isinstance(target, Neo4jStore):
        return Neo4jTarget(target._driver, target.database)
    return None


def dialect_of(target: Any) -> Dialect:
    """'neo4j' for a Neo4j store, driver or target; 'ladybug' for any other store."""
    return "neo4j" if _neo4j_target(target) is not None else "ladybug"


def run_cypher(target: Any, text: str, params: dict[str, Any] | None = None, write: bool = False) -> list[dict[str, Any]]:
    """Run Cypher on a store (or a Neo4j driver/target); rows as dicts in column order.

    Read only unless ``write``: a query with a writing clause is refused with ``WriteRefused``
    before it reaches the database, and on Neo4j it runs in a READ transaction.
    """
    if not write:
        clause = writes(text)
        if clause:
            raise WriteRefused(f"refused: the query writes ({clause}); it runs read only unless --write is given")
    neo = _neo4j_target(target)
    if neo is None:
        return target.run(text, params or {})
    import neo4j
    from neo4j.exceptions import ClientError

    from vanban.graph.neo4j_store import plain

    routing = neo4j.RoutingControl.WRITE if write else neo4j.RoutingControl.READ
    try:
        records, _, _ = neo.driver.execute_query(text, params or {}, database_=neo.database, routing_=routing)
    except ClientError as e:
        if e.code == NEO4J_ACCESS_MODE_CODE:
            raise WriteRefused("refused by the server: the query writes; it runs read only unless --write is given") from None
        raise
    return [{k: plain(v) for k, v in r.items()} for r in records]


class _Reader:
    """``run(query, params)`` over any target, read only: what ``resolve_doc`` needs."""

    def __init__(self, target: Any) -> None:
        self.target = target

    def run(self, query: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        return run_cypher(self.target, query, params)


ALL_ORGANIZATIONS = "MATCH (o:Organization) RETURN o.key AS key, o.aliases AS aliases"
# What an empty ORG gets.
EMPTY_ORG = 'ORG is empty: give a body\'s name ("Sở Y tế tỉnh Hà Giang", "so y te ha giang")'


def resolve_org(target: Any, text: str) -> str:
    """A body as written -> its key: exact, else the one body equal or containing every word (no
    accents), a word being one of its name's or of the initials it is known by (its ``aliases``:
    "CDC Sơn La" is the "Trung tâm Kiểm soát bệnh tật tỉnh Sơn La" a document wrote "Trung tâm Kiểm
    soát bệnh tật (CDC)"); when none does, the same with its abbreviations written out ("UBND tỉnh
    Sơn La", as the tables print it, is "Ủy ban nhân dân tỉnh Sơn La")."""
    from vanban.queries.resolve_doc import plain

    if not text.strip():  # an unset shell variable: before, "no body matches ''"
        raise QueryError(EMPTY_ORG)
    rows = run_cypher(target, ALL_ORGANIZATIONS)
    keys = sorted(r["key"] for r in rows)
    if text in keys:
        return text
    aliases = {r["key"]: r["aliases"] for r in rows if r.get("aliases")}
    found = _orgs_matching(keys, plain(text), aliases)
    if not found:
        found = _orgs_matching(keys, expand_org_words(plain(text)), aliases)
    if len(found) == 1:
        return found[0]
    if not found:
        raise QueryError(f"no body matches {text!r}")
    raise QueryError(f"{text!r} is ambiguous: {len(found)} bodies match", candidates=found)


def _orgs_matching(keys: list[str], want: str, aliases: dict[str, list[str]] | None = None) -> list[str]:
    """The keys ``want`` (plain) names: the one equal to it (or to one of its ``aliases``), else
    those whose words (and their aliases') hold every word; of several, the one whose name every
    other contains, when there is one."""
    from vanban.queries.resolve_doc import plain

    aliases = aliases or {}
    same = [k for k in keys if plain(k) == want or any(plain(a) == want for a in aliases.get(k, ()))]
    if len(same) == 1:
        return same
    words = want.split()

    def words_of(k: str) -> set[str]:
        return {w for n in (k, *aliases.get(k, ())) for w in plain(n).split()}

    found = same or [k for k in keys if words and set(words) <= words_of(k)]
    # "so y te son la" matches the Sở and its units ("Văn phòng Sở Y tế tỉnh Sơn La"): the body
    # whose name every other match contains is meant (its units' duties are its own in `reports`).
    outer = [k for k in found if all(f" {plain(k)} " in f" {plain(other)} " for other in found)]
    return outer if len(found) > 1 and len(outer) == 1 else found


def expand_org_words(want: str) -> str:
    """A plain body name with its abbreviations written out, word by word: 'ubnd tinh son la' ->
    'uy ban nhan dan tinh son la', 'syt son la' -> 'so y te son la' (codes.ABBREVIATIONS)."""
    from vanban.loaders.codes import ABBREVIATIONS
    from vanban.queries.resolve_doc import plain

    full = {plain(a): plain(f) for a, f in ABBREVIATIONS.items()}
    return " ".join(full.get(w, w) for w in want.split())


def bind_params(query: NamedQuery, target: Any, given: dict[str, Any]) -> dict[str, Any]:
    """The parameters typed by the header: defaults filled, documents and bodies resolved to keys."""
    known = {p.name for p in query.params}
    unknown = sorted(set(given) - known)
    if unknown:
        allowed = ", ".join(sorted(known)) or "none"
        raise QueryError(f"{query.name}: unknown parameter {', '.join(unknown)} (parameters: {allowed})")
    out: dict[str, Any] = {}
    for p in query.params:
        value = given.get(p.name, p.default)
        if value is None:
            raise QueryError(f"{query.name}: missing parameter {p.name}: give --param {p.name}=… ({p.type}: {p.help})")
        out[p.name] = _typed(p, value, target)
    return out


def _typed(p: QueryParam, value: Any, target: Any) -> Any:
    if p.type == "int":
        try:
            return int(value)
        except (TypeError, ValueError):
            raise QueryError(f"parameter {p.name}: {value!r} is not a whole number") from None
    text = str(value).strip()
    if p.type == "date":
        if not ISO_DATE.match(text):
            raise QueryError(f"parameter {p.name}: {value!r} is not a date written YYYY-MM-DD")
        return text
    if p.type == "doc":
        from vanban.queries.resolve_doc import candidate_line, resolve_doc

        r = resolve_doc(_Reader(target), text)
        if not r.key:
            raise QueryError(f"parameter {p.name}: {r.reason}", candidates=[candidate_line(c) for c in r.candidates])
        return r.key
    if p.type == "org":
        return resolve_org(target, text)
    return text


def run_named(target: Any, name: str, params: dict[str, Any] | None = None) -> QueryResult:
    """Run a named query with its parameters (strings are typed by the header), read only."""
    query = get_query(name)
    bound = bind_params(query, target, params or {})
    rows = run_cypher(target, query.text(dialect_of(target)), bound)
    return QueryResult(columns=query.columns or (list(rows[0]) if rows else []), rows=rows)
