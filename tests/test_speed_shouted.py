"""``parties._shouted`` (a name in capitals is a signature's or a heading's) with its letters filtered by the
string methods, against the plain form it replaces (a Python step per character): the same answer on names
as documents write them and on strings of letters of every kind (uncased, titlecase, marks, circled letters)."""

from __future__ import annotations

import random

from vanban.loaders.parties import SHOUTED_WORDS, _shouted


def _plain(name: str) -> bool:
    if len(name.split()) < SHOUTED_WORDS:
        return False
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def test_names_as_written():
    names = [
        "BAN TỔ CHỨC CUỘC THI", "Ban Tổ chức cuộc thi", "UBND tỉnh", "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG",
        "SỞ Y TẾ - 2026", "Phòng Tổ chức - Hành chính", "UBND TỈNH Hà Giang", "123 456 789", "- - -",
    ]
    assert [_shouted(n) for n in names] == [_plain(n) for n in names]
    assert _shouted("BAN TỔ CHỨC CUỘC THI") and not _shouted("UBND TỈNH Hà Giang") and not _shouted("123 456 789")


def test_letters_of_every_kind():
    rng = random.Random(9)
    pool = "aAđĐỦủ ,.-12ⓐⒶªǅ中\u0301"
    for _ in range(20000):
        s = "".join(rng.choice(pool) for _ in range(rng.randrange(0, 14)))
        assert _shouted(s) == _plain(s), s
