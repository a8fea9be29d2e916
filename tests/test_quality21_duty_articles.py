"""Articles of duties ("Nhiệm vụ, quyền hạn", "Nhiệm vụ và quyền hạn của X") whose items name no holder: the holder is the
body the article's title or lead sentence names (tasks._article_lead, parties.RESPONSIBLE_HEAD, tasks.HOLDS_DUTIES)."""

from __future__ import annotations

from pathlib import Path

from vanban.loaders.extract import extract
from vanban.loaders.parties import RESPONSIBLE_HEAD, addressed_doer
from vanban.loaders.read import read_file
from vanban.loaders.tasks import HOLDS_DUTIES

REALDOCS = Path(__file__).parent / "data" / "realdocs"


def test_duties_and_powers_joined_by_and():
    # "**Điều 2. Nhiệm vụ, quyền hạn của** / **Ban Quản lý**" (QĐ of Thủ tướng Chính phủ founding Ban Quản lý Khu kinh tế
    # mở Chu Lai), and its "và" spelling.
    assert addressed_doer("Nhiệm vụ, quyền hạn của Ban Quản lý", RESPONSIBLE_HEAD) == "Ban Quản lý"
    assert addressed_doer("Nhiệm vụ và quyền hạn của Ban Quản lý", RESPONSIBLE_HEAD) == "Ban Quản lý"
    assert addressed_doer("Nhiệm vụ và giải pháp", RESPONSIBLE_HEAD) is None


def test_the_lead_sentence_names_the_holder():
    # "Trung tâm Bảo tồn Di sản Văn hóa thế giới Hội An thực hiện nhiệm vụ, quyền hạn theo quy định …, cụ thể như sau:" (a
    # Quyết định of UBND thành phố Đà Nẵng), "Trung tâm Phục vụ hành chính công thành phố thực hiện nhiệm vụ, quyền hạn …".
    lead = "Trung tâm Bảo tồn Di sản Văn hóa thế giới Hội An thực hiện nhiệm vụ, quyền hạn theo quy định"
    assert HOLDS_DUTIES.match(lead, len("Trung tâm Bảo tồn Di sản Văn hóa thế giới Hội An"))
    assert HOLDS_DUTIES.match(" có các nhiệm vụ, quyền hạn sau:")
    assert not HOLDS_DUTIES.match(" thực hiện các nội dung sau:")


def test_items_of_an_article_of_duties_take_the_lead_s_holder():
    # QĐ of UBND thành phố Cần Thơ on its Trung tâm Phục vụ hành chính công: "Điều 2. Nhiệm vụ, quyền hạn" / "Trung tâm
    # Phục vụ hành chính công thành phố thực hiện nhiệm vụ, quyền hạn theo quy định tại Nghị định số 118/2025/NĐ-CP …, cụ
    # thể như sau:" / … / "3. Thực hiện những nhiệm vụ khác do Ủy ban nhân dân, Chủ tịch Ủy ban nhân dân thành phố …
    # giao." (before: no holder).
    tasks = {t.section: t.assigned_to for t in extract(read_file(REALDOCS / "1813348fc14ac2b7.md")).tasks}
    assert tasks["Điều 2.3"] == ["Trung tâm Phục vụ hành chính công thành phố"]
