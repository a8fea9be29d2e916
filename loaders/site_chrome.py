"""What a legal-texts website writes after the document on its page, which a copy of the page keeps: the
site's own notices to its members, which cite instruments of their own ("Nghị định 13/2023/NĐ-CP về Bảo vệ dữ
liệu cá nhân … Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế …" on every page of
thuvienphapluat.vn). The document ends where the first of them starts.
"""

from __future__ import annotations


# Lines that only the site's page chrome writes, after the document's text (found by ``str.find``): the note
# that no English version exists, the heading of its notice on members' data, and its closing thanks.
SITE_CHROME_MARKERS: tuple[str, ...] = (
    "Văn bản này chưa cập nhật nội dung Tiếng Anh",
    "về Lưu trữ, Sử dụng Thông tin Khách hàng",
    "Cảm ơn đã dùng ThuVienPhapLuat.vn",
)


def document_end(flat: str) -> int:
    """Where the document's own text ends in ``flat``: at the first site chrome marker, else its end."""
    found = [k for k in (flat.find(m) for m in SITE_CHROME_MARKERS) if k >= 0]
    return min(found, default=len(flat))
