"""Bad input never escapes as an exception: every failure is a LoadError with a one-line reason.

Property tests feed random text, damaged seed documents (truncated, bytes flipped, newlines,
markdown and symbols inserted) and random bytes through read + extract (load_document). A CLI
test runs a batch of good and bad files: the good ones are extracted, each bad one gets one
line, the batch goes on, and the exit status is 1.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vanban.loaders.load import load_document
from vanban.loaders.records import DocumentRecord, LoadError

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

# What people's files are full of: line breaks, markdown, list marks, quotes, numbering, symbols.
INSERTIONS = ["\n", "\n\n", "\r\n", "**", "*", "#", "# ", "|", "|---|", "- ", "+ ", "“", "”", "…", "/", "-", "§", "Số:", "ngày", "./.", "\t", "\u00a0", "\u200b", "\ufeff", "\x00"]


@pytest.fixture(scope="module")
def seed_bytes(seeds_dir) -> list[bytes]:
    return [p.read_bytes() for p in sorted(seeds_dir.glob("*.txt"))]


@pytest.fixture(scope="module")
def scratch():
    with tempfile.TemporaryDirectory(prefix="vanban-robust-") as d:
        yield Path(d)


def check(path: Path, data: bytes) -> DocumentRecord | LoadError:
    path.write_bytes(data)
    result = load_document(path)  # must not raise
    assert isinstance(result, (DocumentRecord, LoadError))
    if isinstance(result, LoadError):
        assert result.file == str(path)
        assert result.reason and "\n" not in result.reason and "Traceback" not in result.reason
        assert str(result).startswith(f"{path}: ")
    return result


@SETTINGS
@given(text=st.text(max_size=3000))
def test_random_text(scratch, text):
    check(scratch / "random.txt", text.encode("utf-8", errors="surrogatepass"))


@SETTINGS
@given(data=st.binary(max_size=4000))
def test_random_bytes(scratch, data):
    check(scratch / "random.bin", data)


@SETTINGS
@given(data=st.data())
def test_mutated_seeds(scratch, seed_bytes, data):
    doc = bytearray(data.draw(st.sampled_from(seed_bytes)))
    for _ in range(data.draw(st.integers(0, 6))):
        op = data.draw(st.sampled_from(["truncate", "flip", "insert", "delete", "bytes"]))
        at = data.draw(st.integers(0, max(0, len(doc) - 1)))
        if op == "truncate":
            del doc[at:]
        elif op == "flip" and doc:
            doc[at] ^= data.draw(st.integers(1, 255))
        elif op == "insert":
            doc[at:at] = data.draw(st.sampled_from(INSERTIONS)).encode("utf-8") * data.draw(st.integers(1, 30))
        elif op == "delete":
            del doc[at : at + data.draw(st.integers(1, 500))]
        else:
            doc[at:at] = data.draw(st.binary(min_size=1, max_size=50))
    check(scratch / "mutated.txt", bytes(doc))


@SETTINGS
@given(data=st.data())
def test_mutated_seeds_in_other_encodings(scratch, seed_bytes, data):
    text = unicodedata.normalize("NFC", data.draw(st.sampled_from(seed_bytes)).decode("utf-8"))
    codec = data.draw(st.sampled_from(["utf-16-le", "utf-16-be", "utf-16", "utf-8-sig"]))
    doc = text.encode(codec)
    cut = data.draw(st.integers(0, len(doc)))
    result = check(scratch / "encoded.txt", doc[:cut])
    # A cut inside the BOM leaves bytes that say nothing of their encoding ("\xff" alone).
    if isinstance(result, DocumentRecord) and cut >= 4:
        assert result.source.encoding.startswith("utf-")


def test_deep_or_huge_inputs_are_values_not_crashes(scratch):
    check(scratch / "deep.md", ("> " * 5000 + "Kế hoạch số 1/KH-UBND\n").encode())
    check(scratch / "long.txt", ("1." * 50000 + "\n").encode())
    check(scratch / "lines.txt", ("-\n" * 100000).encode())


# ------------------------------------------------------------------------------------------
# The command line over a mixed batch


def _cp1258(text: str) -> bytes:
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = []
    for c in text:
        d = unicodedata.normalize("NFD", c)
        out.append(unicodedata.normalize("NFC", "".join(m for m in d if m not in tones)) + "".join(m for m in d if m in tones))
    return "".join(out).encode("cp1258")


def test_cli_batch_goes_on_past_bad_files(seeds_dir, tmp_path):
    seeds = sorted(seeds_dir.glob("*.txt"))
    text0 = seeds[0].read_text(encoding="utf-8")
    text4 = seeds[4].read_text(encoding="utf-8")
    raw0 = text0.encode("utf-8")
    batch = tmp_path / "batch"
    batch.mkdir()
    files = {
        "a_good.txt": seeds[0].read_bytes(),
        "b_empty.txt": b"  \n\n",
        "c_binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2000),
        "d_utf16.txt": codecs.BOM_UTF16_LE + text4.encode("utf-16-le"),
        "e_cp1258.txt": _cp1258(unicodedata.normalize("NFC", text4)),
        "f_truncated.txt": raw0[: raw0.index("ệ".encode()) + 1],  # cut inside "ệ"
        "g_good.md": seeds[2].read_bytes(),
    }
    for name, data in files.items():
        (batch / name).write_bytes(data)
    r = subprocess.run(
        [sys.executable, "-m", "vanban.cli", "extract", "--format", "json", str(batch)],
        capture_output=True, text=True, timeout=300,
    )
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr
    records = [json.loads(line) for line in r.stdout.splitlines()]
    assert [(x["file"], x["source"]["encoding"]) for x in records] == [
        ("a_good.txt", "utf-8"),
        ("d_utf16.txt", "utf-16-le"),
        ("e_cp1258.txt", "windows-1258"),
        ("f_truncated.txt", "utf-8 (truncated)"),
        ("g_good.md", "utf-8"),
    ]
    lines = r.stderr.strip().splitlines()
    assert lines == [
        f"error: {batch / 'b_empty.txt'}: empty file",
        f"error: {batch / 'c_binary.txt'}: binary file, not a document",
        "5 read, 0 skipped, 2 failed",
    ]
