"""A real Neo4j 5 Community server for the tests, without Docker.

`scripts/deps/20-neo4j.sh` builds the launcher (tests/neo4j: an embedded Neo4j with a Bolt
connector on loopback, auth disabled). The session fixture `neo4j_uri` starts it the first time a
test asks for it, on a port the OS picks, with its data in a temp dir; it is stopped and the dir
removed at the end of the session, also when pytest dies (atexit; and the launcher shuts itself down
when its stdin closes, which happens even on SIGKILL of pytest).

Outside CI, when java or the built launcher is missing, tests that need Neo4j skip with one line;
under CI=true they fail. Set VANBAN_TEST_NEO4J_URI (and VANBAN_TEST_NEO4J_AUTH="user/password" if
the server has auth) to run the tests against a server you started yourself (docker compose up).
"""

from __future__ import annotations

import atexit
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
LAUNCHER = TESTS / "neo4j"
CLASSES = LAUNCHER / "target" / "classes"
CLASSPATH_FILE = LAUNCHER / "target" / "classpath.txt"
MAIN_CLASS = "vanban.testserver.Neo4jTestServer"
BUILD_HINT = "run `bash scripts/deps/20-neo4j.sh` (or `make test-deps`)"

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
EXTERNAL_URI = os.environ.get("VANBAN_TEST_NEO4J_URI", "")
EXTERNAL_AUTH = os.environ.get("VANBAN_TEST_NEO4J_AUTH", "")

START_TIMEOUT_S = float(os.environ.get("VANBAN_TEST_NEO4J_START_TIMEOUT", "120"))
STOP_TIMEOUT_S = 20.0
# Small: the machine has 2 shared cores and little memory. Page cache is set inside the launcher.
JVM_OPTIONS = ["-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8"]
DATA_DIR_PREFIX = "vanban-neo4j-"

# The launcher's one stdout line once Bolt accepts connections, e.g. "READY bolt://127.0.0.1:39055"
READY_LINE = re.compile(r"^READY (bolt://127\.0\.0\.1:\d+)$", re.MULTILINE)
# A stale data dir left by a killed run: "vanban-neo4j-4123-k2j3h4" (4123 = pid of its pytest)
STALE_DIR = re.compile(r"^vanban-neo4j-(\d+)-")

_started: dict[str, str] = {}  # what the terminal summary prints once


class Neo4jUnavailable(Exception):
    """The launcher is not built or cannot run here."""


class TestServer:
    """One launcher process, its data dir, and how to stop it for sure."""

    __test__ = False  # not a test class

    def __init__(self, process: subprocess.Popen[bytes], home: Path) -> None:
        self.process = process
        self.home = home
        self.uri = ""

    def log_tail(self, lines: int = 30) -> str:
        parts = []
        for name in ("launcher.err", "launcher.out", "logs/neo4j.log", "logs/debug.log"):
            path = self.home / name
            if path.is_file():
                text = path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
                if text:
                    parts.append(f"--- {name}\n" + "\n".join(text))
        return "\n".join(parts) or "(no output)"

    def stop(self) -> None:
        """Close stdin (the launcher shuts down cleanly), then TERM, then KILL its process group."""
        process = self.process
        if process.poll() is None:
            if process.stdin is not None:
                try:
                    process.stdin.close()
                except OSError:
                    pass
            try:
                process.wait(STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                for sig, wait in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
                    try:
                        os.killpg(process.pid, sig)
                    except ProcessLookupError:
                        break
                    try:
                        process.wait(wait)
                        break
                    except subprocess.TimeoutExpired:
                        continue
        shutil.rmtree(self.home, ignore_errors=True)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _remove_stale_data_dirs() -> None:
    """Data dirs of earlier runs that were SIGKILLed (their pytest pid is gone)."""
    for entry in Path(tempfile.gettempdir()).glob(DATA_DIR_PREFIX + "*"):
        match = STALE_DIR.match(entry.name)
        if match and int(match.group(1)) != os.getpid() and not _pid_alive(int(match.group(1))):
            shutil.rmtree(entry, ignore_errors=True)


def launcher_command(home: Path) -> list[str]:
    """The java command line, or Neo4jUnavailable saying in one line what is missing."""
    java = shutil.which("java")
    if java is None:
        raise Neo4jUnavailable("java is not installed (Neo4j test server needs a JDK 17+)")
    if not CLASSPATH_FILE.is_file() or not (CLASSES / "vanban" / "testserver").is_dir():
        raise Neo4jUnavailable(f"Neo4j test launcher is not built: {BUILD_HINT}")
    classpath = CLASSPATH_FILE.read_text(encoding="utf-8").strip()
    missing = [jar for jar in classpath.split(os.pathsep) if jar and not Path(jar).is_file()]
    if missing:
        raise Neo4jUnavailable(f"{len(missing)} Neo4j jars are gone from ~/.m2: {BUILD_HINT}")
    return [java, *JVM_OPTIONS, "-cp", f"{CLASSES}{os.pathsep}{classpath}", MAIN_CLASS, str(home), "0"]


def start_server() -> TestServer:
    """Start the launcher and wait for its READY line; raise RuntimeError if it does not come."""
    _remove_stale_data_dirs()
    home = Path(tempfile.mkdtemp(prefix=f"{DATA_DIR_PREFIX}{os.getpid()}-"))
    try:
        command = launcher_command(home)
    except Neo4jUnavailable:
        shutil.rmtree(home, ignore_errors=True)
        raise
    out_path = home / "launcher.out"
    with open(out_path, "wb") as out, open(home / "launcher.err", "wb") as err:
        process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,  # closing it tells the launcher to shut down
            stdout=out,
            stderr=err,
            cwd=home,
            start_new_session=True,  # own process group: killpg cannot reach pytest
        )
    server = TestServer(process, home)
    atexit.register(server.stop)
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        match = READY_LINE.search(out_path.read_text(encoding="utf-8", errors="replace"))
        if match:
            server.uri = match.group(1)
            return server
        if process.poll() is not None:
            tail = server.log_tail()
            server.stop()
            raise RuntimeError(f"Neo4j test server exited with code {process.returncode}:\n{tail}")
        time.sleep(0.1)
    tail = server.log_tail()
    server.stop()
    raise RuntimeError(f"Neo4j test server not ready after {START_TIMEOUT_S:.0f} s:\n{tail}")


def _unavailable(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"CI needs the Neo4j test server: {reason}", pytrace=False)
    pytest.skip(reason)


def _auth() -> tuple[str, str] | None:
    if EXTERNAL_URI and EXTERNAL_AUTH:
        user, _, password = EXTERNAL_AUTH.partition("/")
        return (user, password)
    return None


@pytest.fixture(scope="session")
def neo4j_uri() -> Iterator[str]:
    """bolt://127.0.0.1:PORT of a Neo4j 5 server with auth disabled, alive for the session."""
    if EXTERNAL_URI:
        _started["summary"] = f"neo4j: using the server at {EXTERNAL_URI} (VANBAN_TEST_NEO4J_URI)"
        yield EXTERNAL_URI
        return
    began = time.monotonic()
    try:
        server = start_server()
    except Neo4jUnavailable as error:
        _unavailable(str(error))
        return
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)  # built but broken: fail everywhere, not skip
        return
    elapsed = time.monotonic() - began
    _started["summary"] = f"neo4j test server: ready in {elapsed:.1f} s at {server.uri}"
    try:
        yield server.uri
    finally:
        server.stop()


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_uri: str) -> Iterator[object]:
    """A `neo4j.Driver` connected to the session's server (connectivity verified)."""
    import neo4j

    driver = neo4j.GraphDatabase.driver(neo4j_uri, auth=_auth())
    try:
        driver.verify_connectivity()
        yield driver
    finally:
        driver.close()


@pytest.fixture
def neo4j_empty(neo4j_driver) -> object:
    """The session's driver, on a database emptied first: no nodes, constraints or indexes."""
    neo4j_driver.execute_query("MATCH (n) DETACH DELETE n")
    records, _, _ = neo4j_driver.execute_query("SHOW CONSTRAINTS YIELD name")
    for record in records:
        neo4j_driver.execute_query(f"DROP CONSTRAINT `{record['name']}` IF EXISTS")
    records, _, _ = neo4j_driver.execute_query("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")
    for record in records:
        neo4j_driver.execute_query(f"DROP INDEX `{record['name']}` IF EXISTS")
    return neo4j_driver


@contextmanager
def loaded_neo4j_store(driver, sources) -> Iterator[object]:
    """A ``Neo4jStore`` on the session's database, emptied, then loaded with ``sources``; closed after."""
    from vanban.graph.neo4j_store import Neo4jStore

    driver.execute_query("MATCH (n) DETACH DELETE n")
    store = Neo4jStore(driver=driver)
    store.add_documents(sources)
    try:
        yield store
    finally:
        store.close()


def pytest_terminal_summary(terminalreporter) -> None:
    if "summary" in _started:
        terminalreporter.write_line(_started["summary"])
