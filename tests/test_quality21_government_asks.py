"""The government asking at a clause's start: its object is the doer, "Chính phủ" none (parties.GOVERNMENT_ASKS)."""

from __future__ import annotations

from vanban.loaders.parties import GOVERNMENT_ASKS, doers

# A Nghị quyết of Chính phủ on the storms' aftermath (the twelfth session's review collection), its last item.
ASKED = (
    "Chính phủ trân trọng đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên, các tổ chức "
    "chính trị xã hội, Hội Chữ thập đỏ Việt Nam, theo nhiệm vụ, quyền hạn của mình chủ động thúc đẩy hợp tác quốc tế, "
    "tiếp tục đẩy mạnh vận động, kêu gọi ủng hộ."
)


def test_the_bodies_asked_are_the_doers():
    assert GOVERNMENT_ASKS.match(ASKED) and GOVERNMENT_ASKS.match("Chính phủ yêu cầu các bộ")
    names = [n for n, _, _ in doers(ASKED, opening=True)]
    assert len(names) == 1 and names[0].startswith("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")
    assert names[0].endswith("Hội Chữ thập đỏ Việt Nam")


def test_the_government_resolving_opens_no_clause():
    # A Nghị quyết's resolving line, then its first article's doers.
    resolving = "Chính phủ quyết nghị: Các bộ, ngành tiếp tục thực hiện."
    assert not GOVERNMENT_ASKS.match(resolving)
    assert [n for n, _, _ in doers(resolving, opening=True)] == ["Các bộ, ngành"]
