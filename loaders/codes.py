"""Code tables: document types, issuing-body codes and abbreviations. Data, not logic.

Regexes elsewhere are built from these tables; nothing here is matched by hand-typed
alternatives in a regex.
"""

from __future__ import annotations

# Type code in a symbol -> full type name. "KH" in "233/KH-UBND" is a Kế hoạch.
TYPE_CODES: dict[str, str] = {
    "KH": "Kế hoạch",
    "CT": "Chỉ thị",
    "NQ": "Nghị quyết",
    "QĐ": "Quyết định",
    "QĐi": "Quy định",
    "QC": "Quy chế",
    "KL": "Kết luận",
    "ĐA": "Đề án",
    "CV": "Công văn",
    "CĐ": "Công điện",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "NĐ": "Nghị định",
    "PA": "Phương án",
    "CTr": "Chương trình",
    "BC": "Báo cáo",
    "TTr": "Tờ trình",
    "L": "Luật",
    "PL": "Pháp lệnh",
    "QH": "Luật",
}

# Type words as written in text -> full type name (lower-case keys).
TYPE_WORDS: dict[str, str] = {
    "kế hoạch": "Kế hoạch",
    "chỉ thị": "Chỉ thị",
    "nghị quyết": "Nghị quyết",
    "quyết định": "Quyết định",
    "quy định": "Quy định",
    "quy chế": "Quy chế",
    "kết luận": "Kết luận",
    "đề án": "Đề án",
    "công văn": "Công văn",
    "công điện": "Công điện",
    "thông báo": "Thông báo",
    "hướng dẫn": "Hướng dẫn",
    "thông tư": "Thông tư",
    "thông tư liên tịch": "Thông tư liên tịch",
    "nghị định": "Nghị định",
    "phương án": "Phương án",
    "chương trình": "Chương trình",
    "luật": "Luật",
    "bộ luật": "Bộ luật",
    "hiến pháp": "Hiến pháp",
    "pháp lệnh": "Pháp lệnh",
    "văn bản": "Văn bản",
}

# Issuing-body code at the end of a symbol -> canonical body (None: depends on the province).
BODY_CODES: dict[str, str | None] = {
    "TTg": "Thủ tướng Chính phủ",
    "CP": "Chính phủ",
    "VPCP": "Văn phòng Chính phủ",
    "QH": "Quốc hội",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "TW": "Ban Chấp hành Trung ương Đảng",
    "BYT": "Bộ Y tế",
    "BNV": "Bộ Nội vụ",
    "BTC": "Bộ Tài chính",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "TU": None,  # Tỉnh ủy <province>
    "HU": None,  # Huyện ủy <district>
    "UBND": None,  # Ủy ban nhân dân <province or district>
    "HĐND": None,
    "SYT": None,  # Sở Y tế <province>
    "MTTQ": None,
}

# Abbreviations in names of bodies and people -> expansion.
ABBREVIATIONS: dict[str, str] = {
    "UBND": "Ủy ban nhân dân",
    "UBNN": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "MTTQ": "Mặt trận Tổ quốc",
    "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "BCH": "Ban Chấp hành",
    "BCHTW": "Ban Chấp hành Trung ương",
    "TW": "Trung ương",
    "BTV": "Ban Thường vụ",
    "BTVTU": "Ban Thường vụ Tỉnh ủy",
    "BGĐ": "Ban Giám đốc",
    "SYT": "Sở Y tế",
    "BYT": "Bộ Y tế",
    "BV": "Bệnh viện",
    "BVĐK": "Bệnh viện Đa khoa",
    "TTYT": "Trung tâm Y tế",
    "CCVC": "công chức viên chức",
    "PCT": "Phó Chủ tịch",
    "CT": "Chủ tịch",
    "TCCB": "Tổ chức cán bộ",
    "TCHC": "Tổ chức hành chính",
    "VP": "Văn phòng",
    "VT": "Văn thư",
    "TTg": "Thủ tướng Chính phủ",
    "TTĐT": "thông tin điện tử",
    "BCĐ": "Ban Chỉ đạo",
    "UBKT": "Ủy ban Kiểm tra",
    "LĐLĐ": "Liên đoàn Lao động",
    "VHTT": "Văn hóa - Thông tin",
    "TTVH": "Trung tâm Văn hóa",
    "TP.": "thành phố",
    "GD&ĐT": "Giáo dục và Đào tạo",
}
