"""What a legal-texts website writes before and after the document on its page, which a copy of the page keeps:
its banner, fields and summary above the header ("Ngày 27/11/2025, Thủ tướng Chính phủ đã ban hành Công điện
232/CĐ-TTg …", "Nghị quyết 196/2025/QH15" where the text writes "Nghị quyết số 196/2025/QH15 ngày 17 tháng 05 năm
2025"); after it, the site's own notices to its members, which cite instruments of their own ("Nghị định
13/2023/NĐ-CP về Bảo vệ dữ liệu cá nhân … Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế …" on every
page of thuvienphapluat.vn). The document starts at its header and ends where the first notice starts.
"""

from __future__ import annotations

from vanban.loaders.text import Text


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


def document_start(text: Text, header_line: int) -> int:
    """Where the document's own text starts in ``text.flat``: at its header's first line ``header_line`` when a page's
    banner and summary are above it (header.header_start), else 0."""
    return text.lines[header_line].flat_start if header_line else 0
