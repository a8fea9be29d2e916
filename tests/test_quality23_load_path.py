"""The load path outside the extractor (session 14): the writer's structures made cheaper with the
same results. A key's proposals are tallied as whole proposals and merged by field only when the
key is merged; the places one letter from a misspelt place name are found by an index of the known
places' one-letter deletions. Names are those of real documents (../shared/corpus, the collected
documents: a Hà Giang plan cited as "UBND tỉnh Hà Giag", a Quảng Ninh commune)."""

from __future__ import annotations

import pytest

from vanban.graph import orgs
from vanban.graph.incremental import Proposals, _proposal, _ORG_FIELD_DEFAULTS, _ORG_LIST_FIELDS, merge_org


# ---------------------------------------------------------------- places one letter apart

def _brute(written: str, level: str) -> set[str]:
    return {k for plain, k in orgs._plain_places(level) if orgs._one_letter_apart(written, plain)}


@pytest.mark.parametrize(("written", "level", "place"), [
    ("ha giag", "tỉnh", "Hà Giang"),  # "của UBND tỉnh Hà Giag" (a letter dropped)
    ("quang nih", "tỉnh", "Quảng Ninh"),  # "xã Lương Minh, tỉnh Quảng Nih"
    ("ha giangg", "tỉnh", "Hà Giang"),  # a letter more
    ("ha giung", "tỉnh", "Hà Giang"),  # a letter changed
])
def test_a_misspelt_province_is_the_one_place_one_letter_from_it(written, level, place):
    assert orgs._places_one_letter_from(written, level) == {place} == _brute(written, level)


@pytest.mark.parametrize("level", ["tỉnh", "thành phố", "huyện", "quận", "thị xã"])
def test_the_index_finds_what_comparing_with_every_place_finds(level):
    # Every one-letter variant of a sample of the level's places (dropped, doubled, changed to
    # another letter or a space), and the places themselves (none is one letter from itself).
    known = orgs._plain_places(level)
    words: set[str] = set()
    for plain, _ in known[:: max(1, len(known) // 60)]:
        words.add(plain)
        for i in range(len(plain) + 1):
            words.add(plain[:i] + plain[i + 1 :])
            for c in "an ":
                words.update((plain[:i] + c + plain[i + 1 :], plain[:i] + c + plain[i:]))
    found = 0
    for w in sorted(words):
        near = orgs._places_one_letter_from(w, level)
        assert near == _brute(w, level), w
        found += bool(near)
    assert found > len(words) // 2


def test_misspelled_place_reads_a_real_misspelling():
    assert orgs.misspelled_place("Ủy ban nhân dân tỉnh Hà Giag") == "Ủy ban nhân dân tỉnh Hà Giang"
    assert orgs.misspelled_place("Ủy ban nhân dân tỉnh Hà Giang") is None


# ---------------------------------------------------------------- proposals tallied whole

def _org(name: str, **fields) -> tuple:
    return _proposal(_ORG_FIELD_DEFAULTS, _ORG_LIST_FIELDS, {"key": name, "label": name, "name": name, **fields})


BODY = "Sở Y tế tỉnh Hà Giang"


def test_a_body_takes_its_most_frequent_values_and_the_union_of_its_roles():
    # Three documents name the Sở: two as the issuer of a plan of the province, one as a recipient
    # with no level known; the tally counts each proposal, repeats included.
    props = Proposals()
    props.add(("a.txt", "1"), (_org(BODY, level="province", province="Hà Giang", roles=["issuer"]),))
    props.add(("b.txt", "2"), (_org(BODY, level="province", province="Hà Giang", roles=["issuer"]),
                               _org(BODY, province="Hà Giang", roles=["recipient"], aliases=["SYT"])))
    props.add(("c.txt", "3"), (_org(BODY, level="district", province="Hà Giang", roles=["recipient"]),))
    node = merge_org(props)
    assert node["level"] == "province" and node["province"] == "Hà Giang"
    assert node["roles"] == ["issuer", "recipient"] and node["aliases"] == ["SYT"]
    assert node["defunct"] is False
    # A document gone takes its proposals' counts with it: a tie of one each, the smaller as text.
    props.remove(("a.txt", "1"))
    props.remove(("b.txt", "2"))
    assert merge_org(props)["level"] == "district"
    assert merge_org(props)["roles"] == ["recipient"] and merge_org(props)["aliases"] == []


def test_a_tie_between_values_goes_to_the_smaller_as_text_whatever_the_order():
    one = _org(BODY, district="huyện Bắc Quang")
    other = _org(BODY, district="huyện Bắc Mê")
    for first, second in ((one, other), (other, one)):
        props = Proposals()
        props.add(("a.txt", "1"), (first,))
        props.add(("b.txt", "2"), (second,))
        assert merge_org(props)["district"] == "huyện Bắc Mê"
