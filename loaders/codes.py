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
    "QyĐ": "Quy định",
    "NQLT": "Nghị quyết liên tịch",
    # A decree of the President of 1945-1959: "Sắc lệnh số 226/SL ngày 28/11/1946".
    "SL": "Sắc lệnh",
    # Plans, programmes and rules that bodies sign together (JOINT_TYPE_CODES), each its base type, as "kế hoạch hành
    # động" is a Kế hoạch (the joint legal types, NQLT and TTLT, keep their own): "Kế hoạch liên tịch số
    # 05/KHLT-SGDĐT-TĐTN", "Chương trình phối hợp số 01/CTPH-MTTQ-UBND", "Quy chế phối hợp số 02/QCPH-UBND-LĐLĐ" (the type
    # word and its qualifier read as a qualified type, whose symbol's code must name that type), "Hướng dẫn liên tịch số
    # 03/HDLT-…", "Thông báo liên tịch số …/TBLT-…", "Kế hoạch phối hợp số …/KHPH-…".
    "KHLT": "Kế hoạch",
    "KHPH": "Kế hoạch",
    "CTPH": "Chương trình",
    "CTrPH": "Chương trình",
    "CTLT": "Chương trình",
    "QCPH": "Quy chế",
    "QCLT": "Quy chế",
    "HDLT": "Hướng dẫn",
    "TBLT": "Thông báo",
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
    "tờ trình": "Tờ trình",
    "báo cáo": "Báo cáo",
    "thông báo kết luận": "Thông báo",
    "nghị quyết liên tịch": "Nghị quyết liên tịch",
    # "Triển khai Kế hoạch hành động số 328-KH/TU ngày 24/4/2025 của Ban chấp hành Đảng bộ tỉnh":
    # a Kế hoạch (as "Thông báo kết luận" is a Thông báo).
    "kế hoạch hành động": "Kế hoạch",
    "chương trình hành động": "Chương trình",
    # "Căn cứ Thông tri số 04/TT-MTTW-BTT Ngày 04/11/2025 của Uỷ ban MTTQ Việt Nam…" (a Party/Front circular).
    "thông tri": "Thông tri",
    # "Căn cứ Văn bản hợp nhất số 10/VBHN-BGDĐT ngày 14 tháng 3 năm 2014 của Bộ Giáo dục và Đào tạo".
    "văn bản hợp nhất": "Văn bản hợp nhất",
    "điều lệ": "Điều lệ",
    "chiến lược": "Chiến lược",
    # The President's decrees of 1945-1959, cited by the decrees of their ministries: "Chiểu Sắc lệnh số
    # 226/SL ngày 28/11/1946 của Chủ tịch Chính phủ tổ chức Bộ Lao động;".
    "sắc lệnh": "Sắc lệnh",
}

# The ministries and ministry-level bodies of the Government as they write their names, those of today and those the
# reorganisation of 1 March 2025 (Nghị quyết 176/2025/QH15) merged into others (graph.orgs.MINISTRY_SUCCESSORS says
# into which). A ministry's field is its name after "Bộ " (parties.MINISTRY_FIELD: "Bộ: Tài chính, Y tế").
MINISTRY_NAMES: tuple[str, ...] = (
    "Bộ Quốc phòng",
    "Bộ Công an",
    "Bộ Ngoại giao",
    "Bộ Nội vụ",
    "Bộ Tư pháp",
    "Bộ Tài chính",
    "Bộ Công Thương",
    "Bộ Nông nghiệp và Môi trường",
    "Bộ Xây dựng",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Khoa học và Công nghệ",
    "Bộ Giáo dục và Đào tạo",
    "Bộ Y tế",
    "Bộ Dân tộc và Tôn giáo",
    "Ngân hàng Nhà nước Việt Nam",
    "Thanh tra Chính phủ",
    "Bộ Kế hoạch và Đầu tư",
    "Bộ Giao thông vận tải",
    "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Thông tin và Truyền thông",
    "Bộ Tài nguyên và Môi trường",
    "Bộ Nông nghiệp và Phát triển nông thôn",
    "Ủy ban Dân tộc",
)

# Type codes that name their issuer by themselves, in a symbol that has no body code: "226/SL" (a Sắc lệnh, which
# only the President issued, 1945-1959).
ISSUER_OF_TYPE_CODES: dict[str, str] = {"SL": "Chủ tịch nước"}

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
    "BTP": "Bộ Tư pháp",
    "BCA": "Bộ Công an",
    "BQP": "Bộ Quốc phòng",
    "BCT": "Bộ Công Thương",
    "BXD": "Bộ Xây dựng",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BNNMT": "Bộ Nông nghiệp và Môi trường",
    # Written with "&" as the ministries' own abbreviations: "515/KH-BCA-BNN&MT" (corpus 043).
    "BNN&MT": "Bộ Nông nghiệp và Môi trường",
    # The short code of the Bộ Nông nghiệp và Phát triển nông thôn's letters until its merger in March 2025 (the
    # merged ministry's are "BNNMT"): "Bộ Nông nghiệp và Phát triển nông thôn (nay là Bộ Nông nghiệp và Môi trường)
    # đã có Văn bản số 375/BNN-TC" (realdocs edfc0349), "Quyết định số 4255/QĐ-BNN-KHCN" (corpus 018).
    "BNN": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BGD&ĐT": "Bộ Giáo dục và Đào tạo",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    "BGTVT": "Bộ Giao thông vận tải",
    # "Cục Lãnh sự Bộ Ngoại giao" (realdocs ce52cc3a), "123/BNG-LS"; the ministry founded in 2025.
    "BNG": "Bộ Ngoại giao",
    "BDTTG": "Bộ Dân tộc và Tôn giáo",
    "NHNN": "Ngân hàng Nhà nước Việt Nam",
    "NHNNVN": "Ngân hàng Nhà nước Việt Nam",
    "TTCP": "Thanh tra Chính phủ",
    # The Party's central boards, each its own code before "TW": "Văn bản số 9671-CV/BTCTW ngày 17/9/2025" (realdocs
    # 5d3180cef1d254d0), "Hướng dẫn số 06-HD/BTCTW-BTGTW" (realdocs aa9bb822); the Ban Tuyên giáo and the Ban Dân vận
    # merged in 2025 into the Ban Tuyên giáo và Dân vận ("907-QĐ/BTGDVTW"), each old code naming its old board.
    "BTCTW": "Ban Tổ chức Trung ương",
    "BTGTW": "Ban Tuyên giáo Trung ương",
    "BDVTW": "Ban Dân vận Trung ương",
    "BTGDVTW": "Ban Tuyên giáo và Dân vận Trung ương",
    "UBKTTW": "Ủy ban Kiểm tra Trung ương",
    "BNCTW": "Ban Nội chính Trung ương",
    "VPTW": "Văn phòng Trung ương Đảng",
    # The Front's central bodies, named in the symbols of the resolutions they sign with the state's: "Nghị quyết liên
    # tịch số 102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN" (corpus 051, 061: the Ủy ban Thường vụ Quốc hội, the Chính phủ
    # and the Đoàn Chủ tịch of the Front's Central Committee, as corpus 055 writes them), "…/NQLT-CP-UBTWMTTQVN".
    "ĐCTUBTWMTTQVN": "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "UBTWMTTQVN": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    # The central bodies of the courts, procuracy and police that conclude together: "Kết luận liên ngành tư pháp Trung
    # ương số 23/KL-LNTPTW ngày 21 tháng 11 năm 2024" (corpus 004).
    "LNTPTW": "Liên ngành tư pháp Trung ương",
    # National bodies whose letters the review documents cite by these codes (their issuer written there): "Quyết định số
    # 1357/QĐ-TCHQ" of the Tổng cục Hải quan (realdocs 8aae102c; "các công văn số 695/TCHQ-GSQL …" in fresh15 4768df91),
    # its successor of 2025 ("39712/CHQ-GSQL"), "Thông báo số 4387/TB-VPQH", "Nghị quyết số 40/NQ-HĐBCQG" (corpus 051).
    "TCHQ": "Tổng cục Hải quan",
    "CHQ": "Cục Hải quan",
    "VPQH": "Văn phòng Quốc hội",
    "HĐBCQG": "Hội đồng bầu cử quốc gia",
    "ĐU": None,  # Đảng ủy <body>
    "SNV": None,  # Sở Nội vụ <province>
    "SGDĐT": None,
    "BCĐ": None,
}

# Symbol codes of a body's standing committee -> (the body's name, its standing committee's):
# "Thông báo số 17/TB-TTHĐND … của HĐND xã Lương Minh" is the Thường trực HĐND's.
STANDING_BODY_CODES: dict[str, tuple[str, str]] = {
    "TTHĐND": ("Hội đồng nhân dân", "Thường trực Hội đồng nhân dân"),
    "TTHĐ": ("Hội đồng nhân dân", "Thường trực Hội đồng nhân dân"),
}

# Type codes of instruments that several bodies issue together: their symbol names each body
# ("102/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN", "35/2014/TTLT-BGDĐT-BTC"), so no one issuer is inferred from it.
JOINT_TYPE_CODES: frozenset[str] = frozenset({"NQLT", "TTLT", "KHLT", "KHPH", "CTPH", "CTrPH", "CTLT", "QCPH", "QCLT", "HDLT", "TBLT"})

# The qualifiers of a type word that make it a joint instrument whatever its symbol: "Kế hoạch liên tịch số
# 05/KH-SGDĐT-TĐTN", "Chương trình phối hợp số 01/CTr-MTTQ-UBND" (their issuers read as a joint instrument's).
JOINT_QUALIFIERS: frozenset[str] = frozenset({"liên tịch", "phối hợp"})

# Body codes that several bodies share, so the symbol alone does not name the issuer:
# a "…/TW" instrument may be the Central Committee's, the Politburo's or the Secretariat's.
SHARED_BODY_CODES: frozenset[str] = frozenset({"TW"})

# Body codes of the Party (symbol "06-CT/TU": number-TYPE/BODY); the others are the state's
# ("17/CT-UBND": number/TYPE-BODY). A list head "của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân
# tỉnh" gives each item the body of its own side.
PARTY_BODY_CODES: frozenset[str] = frozenset({
    "TW", "TU", "HU", "ĐU", "QU", "TƯ", "BCSĐ", "ĐĐ", "BTCTW", "BTGTW", "BDVTW", "BTGDVTW", "UBKTTW", "BNCTW", "VPTW",
})


def _folded_codes() -> dict[str, str]:
    """FOLDED_CODES, built from the tables above."""
    known = {*TYPE_CODES, *BODY_CODES, *PARTY_BODY_CODES, *STANDING_BODY_CODES}
    found: dict[str, set[str]] = {}
    for code in known:
        if "Đ" in code:
            found.setdefault(code.replace("Đ", "D"), set()).add(code)
    return {folded: next(iter(cs)) for folded, cs in found.items() if len(cs) == 1 and folded not in known}


# The codes written with "Đ" as a copy without Vietnamese letters writes them (OCR, a keyboard, a web form
# that folds letters to ASCII): "QD" in "Quyết định số 23/2007/QD-UBND" is "QĐ", "SGDDT" in "KH-SGDDT" is
# "SGDĐT", "HDND" is "HĐND". Only a folded form that is no code of its own and folds one code alone.
FOLDED_CODES: dict[str, str] = _folded_codes()

# Words that mark a name as a Party body ("Ban Thường vụ Tỉnh ủy", "Bộ Chính trị").
PARTY_NAME_WORDS: tuple[str, ...] = ("ủy", "uỷ", "Đảng", "Bộ Chính trị", "Ban Bí thư", "Trung ương")

# Types whose name comes between the type word and the number:
# "Luật Tổ chức chính quyền địa phương số 72/2025/QH15", "Báo cáo thẩm tra số 292/BC-HĐND".
NAMED_TYPE_WORDS: tuple[str, ...] = ("luật", "bộ luật", "pháp lệnh", "báo cáo", "tờ trình", "thông báo")

# Types cited by name without a number: "Luật Tiếp công dân", "Hiến pháp năm 2013".
LAW_TYPE_WORDS: tuple[str, ...] = ("luật", "bộ luật", "pháp lệnh", "hiến pháp")

# Words that follow "Luật" without naming a law: "Luật sư", "Luật này", "đại học Luật hoặc …".
NOT_LAW_NAME_WORDS: frozenset[str] = frozenset(
    {"sư", "gia", "này", "hoặc", "và", "của", "các", "để", "là", "thì", "định", "pháp", "học", "trên", "trong", "theo",
     "thuộc", "bao", "vào", "được", "có", "đã", "sẽ", "cho", "về", "khi", "mới", "đó", "chuyên", "hiện", "sửa", "nêu",
     # A future instrument that replaces one, no law's name: "khi có Luật thay thế", "Pháp lệnh thay thế".
     "thay"}
)
# Law names whose first words are a stop phrase, as written in lower case: "Cân cứ Luật ban hành văn
# bản quy phạm pháp luật năm 2015" (the capitalised "Luật Ban hành …" is read as any name is).
LAW_NAMES_OPENING_WITH_A_STOP: tuple[str, ...] = ("ban hành văn bản",)
# Law names whose first word is one of NOT_LAW_NAME_WORDS: "Luật Các tổ chức tín dụng năm 2024" (lower-case keys).
LAW_NAMES_OPENING_WITH_A_NOT_NAME_WORD: tuple[str, ...] = ("các tổ chức tín dụng",)

# Short names of laws that no law has as its own name, and the start of the full name they stand for (lower-case keys,
# as citation_groups.name_key writes them): "Luật Bầu cử" for "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng
# nhân dân" (the one law on elections since 2015).
LAW_SHORT_NAMES: dict[str, str] = {"luật bầu cử": "luật bầu cử đại biểu"}
# Law names written with a word left out, and the name they stand for (lower-case keys, as LAW_SHORT_NAMES):
# "Luật bầu cử đại biểu Quốc hội và Hội đồng nhân dân" is "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân".
LAW_NAME_VARIANTS: dict[str, str] = {
    "luật bầu cử đại biểu quốc hội và hội đồng nhân dân": "luật bầu cử đại biểu quốc hội và đại biểu hội đồng nhân dân",
    # "Luật Thực hiện dân chủ cơ sở" for "Luật Thực hiện dân chủ ở cơ sở" (Luật số 10/2022/QH15).
    "luật thực hiện dân chủ cơ sở": "luật thực hiện dân chủ ở cơ sở",
}
# Codes in capitals that stand for words of a law's name, and those words (in lower case, as name keys write them):
# "Luật NSNN năm 2015" (corpus 022) is "Luật Ngân sách nhà nước", "Luật Ban hành VBQPPL" "Luật Ban hành văn bản quy phạm
# pháp luật", "Luật Tổ chức CQĐP 2025" "Luật Tổ chức chính quyền địa phương", "Luật XLVPHC" "Luật Xử lý vi phạm hành
# chính".
LAW_NAME_CODES: dict[str, str] = {
    "NSNN": "ngân sách nhà nước", "VBQPPL": "văn bản quy phạm pháp luật", "QPPL": "quy phạm pháp luật",
    "CQĐP": "chính quyền địa phương", "XLVPHC": "xử lý vi phạm hành chính",
    # The taxes' codes: "Luật Thuế TNCN (sửa đổi)" for "Luật Thuế thu nhập cá nhân (TNCN)" (realdocs 944fbe74).
    "TNCN": "thu nhập cá nhân", "TNDN": "thu nhập doanh nghiệp", "GTGT": "giá trị gia tăng", "TTĐB": "tiêu thụ đặc biệt",
    # Insurance: "Luật BHYT" and "Luật Bảo hiểm y tế" in one letter (realdocs 070712cd, which writes "BHXH" for bảo hiểm
    # xã hội).
    "BHYT": "bảo hiểm y tế", "BHXH": "bảo hiểm xã hội",
}

# Phrases read whole inside a law's name though they hold stop words ("có", "với"): "Pháp lệnh Ưu đãi
# người có công với cách mạng" (lower-case keys).
LAW_NAME_PHRASES: tuple[str, ...] = (
    "người có công với cách mạng", "hàng không",
    # "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam" (realdocs 04e0c7e1).
    "tại việt nam",
    # "Luật Đầu tư theo phương thức đối tác công tư" (Luật số 64/2020/QH14, realdocs 448306af).
    "theo phương thức đối tác công tư",
    # "Luật Khoa học, Công nghệ và Đổi mới sáng tạo số 93/2025/QH15" (fresh15 e3cc9683, a tax letter; "mới" ends a name
    # elsewhere: read "Luật Khoa học, Công nghệ và Đổi" before).
    "đổi mới sáng tạo",
)

# Phrases that end a law's name besides NAME_STOP_WORDS: "Luật Đầu tư công và pháp luật …".
LAW_NAME_STOP_WORDS: tuple[str, ...] = (
    "về", "ban hành", "và pháp luật", "và các", "quy định", "hướng dẫn", "bảo đảm", "đảm bảo", "thuộc", "ước",
    # A provision of another instrument after the name: "… Điều 40 Luật Ban hành văn bản quy phạm pháp luật" / "và khoản 1
    # Điều 21 Nghị định số 78/2025/NĐ-CP" (realdocs 944fbe74).
    "và khoản", "và điểm", "và điều",
    "nhiệm kỳ", "phải", "đúng", "hiện hành", "bằng", "tiếp tục", "mới", "sẽ", "các cấp",
    # How a law is applied, never words of its title: "Luật Phòng, chống ma túy sát với thực tiễn",
    # "… Luật Giao thông đường bộ một cách nghiêm túc" ("sát" alone would cut "Viện kiểm sát").
    "sát với", "sát thực tế", "sát thực tiễn", "phù hợp", "kịp thời", "nghiêm túc", "một cách", "đầy đủ",
    "sâu rộng", "rộng rãi", "có hiệu quả", "hiệu lực", "đi vào",
    # A negated verb after the name: "Luật Ban hành VBQPPL không phân định thứ bậc hiệu lực" (a letter
    # commenting on a draft); "hàng không" inside a name is read whole (LAW_NAME_PHRASES).
    "không",
    # An adverb or a body that opens the next clause: "Luật Hôn nhân và gia đình cũng được tuyên truyền", "… Luật
    # Giáo dục nhà trường …".
    "cũng", "đang", "nhà trường",
    # A deadline after the name: "… thực hiện Luật Tổ chức Hội đồng nhân dân chậm nhất ngày …" (a copy may run "dân"
    # and "chậm" together: law_names reads them apart).
    "chậm nhất",
    # A verb of the clause after the name, never a word of a law's title: "thực hiện Luật Phát triển đô thị và xem
    # xét …", "triển khai Luật Phát triển đô thị" / "Đề nghị các Ban HĐND …" (a heading, then the next paragraph).
    "xem xét", "đề nghị", "đề xuất", "kiến nghị", "yêu cầu", "chỉ đạo", "báo cáo", "triển khai", "phối hợp",
    "rà soát", "tuyên truyền", "quán triệt", "tổ chức thực hiện", "tổ chức triển khai", "cần",
    # "… quy định tại Điều 2 Luật Bảo hiểm xã hội tham gia bảo hiểm xã hội tự nguyện" (a Thông tư's heading).
    "tham gia",
)

# Type abbreviations written before "số" in place of the type word, as party, commune and school
# documents write them: "NQ số 44-NQ/TW", "KH số 45/KH-UBND", "CV số 120/UBND-VP" (case-sensitive;
# read only before "số", and only when the symbol's own type code, if any, agrees).
TYPE_ABBREVIATIONS: dict[str, str] = {
    "NQ": "Nghị quyết",
    "KH": "Kế hoạch",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "CV": "Công văn",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "KL": "Kết luận",
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "CTr": "Chương trình",
    "ĐA": "Đề án",
}

# Ways "số" (number) is written before a number, typos included: "Chỉ thị so 41-CT/TW",
# "Quyết định sô 1234/QĐ-UBND" (a tone mark lost).
NUMBER_WORDS: tuple[str, ...] = ("số", "so", "sô")

# Hyphens PDFs and web pages put inside symbols, as the plain "-" they stand for: "296‑QĐ/TW".
HYPHENS: dict[str, str] = {"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-"}

# Types cited by a descriptive name and their issuer, without a number, after "Thực hiện"/"theo":
# "Thực hiện Kế hoạch dân vận năm 2023 của Sở Y tế Hà Giang Giang".
NAMED_PLAN_TYPE_WORDS: tuple[str, ...] = ("kế hoạch", "đề án", "chương trình", "chỉ thị", "nghị quyết", "hướng dẫn", "quy chế")

# Word pairs written with a comma inside a name (the word before the comma, the word after):
# "Luật Phòng, chống thiên tai", "Luật Quản lý, sử dụng tài sản công", "Luật Thi đua, khen
# thưởng", "Luật Khám bệnh, chữa bệnh", "Luật Tín ngưỡng, tôn giáo", "Luật Xuất cảnh, nhập cảnh
# của công dân Việt Nam", "Luật Cán bộ, công chức".
COMMA_NAME_PAIRS: tuple[tuple[str, str], ...] = (
    ("phòng", "chống"), ("lý", "sử"), ("đua", "khen"), ("bệnh", "chữa"), ("ngưỡng", "tôn"), ("cảnh", "nhập"),
    ("bộ", "công"),
    # "Luật Trật tự, an toàn giao thông đường bộ", "Luật An toàn, vệ sinh lao động", "Luật Phổ biến, giáo dục
    # pháp luật", "Luật Thực hành tiết kiệm, chống lãng phí", "Luật Bảo vệ, chăm sóc và giáo dục trẻ em",
    # "Luật Khiếu nại, tố cáo", "Luật Quản lý, sử dụng vũ khí, vật liệu nổ…", "Luật Phòng, chống tác hại của rượu, bia".
    ("tự", "an"), ("toàn", "vệ"), ("biến", "giáo"), ("kiệm", "chống"), ("vệ", "chăm"), ("nại", "tố"),
    ("khí", "vật"), ("rượu", "bia"),
    # A Party committee's "Chương trình kiểm tra, giám sát năm 2026 của Ban Thường vụ Đảng uỷ xã".
    ("tra", "giám"),
    # The ministry's former name written with a comma: "Bộ Lao động, Thương binh và Xã hội" in "Công văn số
    # 2928/LĐTBXH-BVCSTE ngày 12/8/2014 của Bộ Lao động, Thương binh và Xã hội về việc …" (a Kon Tum plan).
    ("động", "thương"),
    # The department of culture and its law written with a comma: "Sở Văn hóa, Thể thao và Du lịch" in "Kế hoạch số
    # 25/KH-SVHTTDL … của Sở Văn hóa, Thể thao và Du lịch" (read "Sở Văn hóa" before), "Luật Thể dục, thể thao".
    ("hóa", "thể"), ("hoá", "thể"), ("dục", "thể"),
    # "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ" (Luật số 55/2024/QH15, read "Luật Phòng cháy" before), "Luật
    # Khoa học, công nghệ và đổi mới sáng tạo" (Luật số 93/2025/QH15).
    ("cháy", "chữa"), ("nạn", "cứu"), ("học", "công"),
    # "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam" (realdocs 04e0c7e1, read "Luật
    # Nhập cảnh" before).
    ("cảnh", "xuất"), ("cảnh", "quá"), ("cảnh", "cư"),
    # A minister who heads an office, titled with both: "Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Bộ
    # trưởng, Chủ nhiệm Văn phòng Chính phủ" (realdocs 0a5a5195, 24ac05c2; read "Bộ trưởng" before).
    ("trưởng", "chủ"),
)
# Words that cannot end a name: "Luật Bầu cử … Hội đồng nhân dân và" -> drop "và".
NAME_TRAILING_WORDS: frozenset[str] = frozenset({"và", "-", "–", "các", "về"})

# Types cited by a name alone after a citing verb: "triển khai Đề án văn hóa công vụ trên địa bàn …".
NAMED_PROJECT_TYPE_WORDS: tuple[str, ...] = ("đề án", "chiến lược")
# Type words of instruments cited by their own name (``charter_names``): "Điều lệ Đảng", "Công ước Liên hợp quốc
# về Luật Biển năm 1982", "Hiệp định Đối tác toàn diện và tiến bộ xuyên Thái Bình Dương (CPTPP)".
# Also "Thỏa thuận Paris về biến đổi khí hậu", "Nghị định thư Kyoto", "Hiệp ước …", read only when named by an
# international party or a treaty's city (TREATY_PARTIES, TREATY_CITIES).
CHARTER_TYPE_WORDS: tuple[str, ...] = (
    "điều lệ", "công ước", "hiệp định", "thỏa thuận", "thoả thuận", "nghị định thư", "hiệp ước",
)
# The type names of the treaties among them, keyed without spaces (a charter's is TYPE_WORDS["điều lệ"]).
CHARTER_TYPE_NAMES: dict[str, str] = {
    "côngước": "Công ước", "hiệpđịnh": "Hiệp định", "thỏathuận": "Thỏa thuận", "thoảthuận": "Thỏa thuận",
    "nghịđịnhthư": "Nghị định thư", "hiệpước": "Hiệp ước",
}
# The international parties a treaty is named by, without its year: "Công ước khung của Liên hợp quốc về biến đổi
# khí hậu", "Công ước ASEAN về phòng, chống buôn bán người, đặc biệt là phụ nữ và trẻ em".
TREATY_PARTIES: tuple[str, ...] = ("Liên hợp quốc", "Liên Hợp Quốc", "LHQ", "ASEAN")
# Organisations written in capitals after a treaty's type word, which name no one treaty (an organisation makes many):
# "các Công ước ILO", "Hiệp định ASEAN" (not read as a treaty's short name, charter_names.SHORT_NAMED_TREATY).
TREATY_ORGANISATIONS: frozenset[str] = frozenset(
    {"LHQ", "ASEAN", "ILO", "WTO", "WHO", "APEC", "UNESCO", "UNICEF", "FAO", "IMO", "ICAO", "IAEA", "WIPO", "OECD"}
)
# The cities a treaty is named after: "Thỏa thuận Paris về biến đổi khí hậu", "Nghị định thư Kyoto", "Nghị định thư
# Montreal về các chất làm suy giảm tầng ô-dôn", "Công ước Viên về quan hệ ngoại giao".
TREATY_CITIES: tuple[str, ...] = (
    "Paris", "Kyoto", "Montreal", "Basel", "Stockholm", "Rotterdam", "Minamata", "Ramsar", "Viên", "Geneva",
    "Giơ-ne-vơ", "Cartagena", "Nagoya",
)
# Words that end such a name besides NAME_STOP_WORDS.
PROJECT_NAME_STOP_WORDS: tuple[str, ...] = ("trên địa bàn", "giai đoạn", "năm", "ban hành", "về")
# Word pairs read whole inside such a name, where one word alone would end it (a stop word, a capital):
# "Chiến lược Dân số Việt Nam đến năm 2030" (lower-case keys).
# "Chiến lược quốc gia về bình đẳng giới" (a Bạc Liêu plan): "về" after "quốc gia" opens the field the
# national strategy or programme is named for, not its subject.
# "số" of the digital economy and transformation, read whole: "Chiến lược phát triển công nghiệp công nghệ số Việt
# Nam", "Chiến lược quốc gia phát triển kinh tế số và xã hội số", "Đề án chuyển đổi số".
PROJECT_NAME_PAIRS: frozenset[tuple[str, str]] = frozenset(
    {("dân", "số"), ("việt", "nam"), ("gia", "về"), ("nghệ", "số"), ("tế", "số"), ("hội", "số"), ("đổi", "số")}
)
# The first words of a clause after a project's type word used as a back-reference, never of a project's name: "Kinh phí
# thực hiện Đề án thực hiện theo quy định", "… thực hiện Đề án bảo đảm đúng mục đích", "… được giao tại Đề án bằng
# cách lồng ghép …" (the document's own Đề án, the subject of the next verb); nor a preposition that opens what follows
# it: "Kinh phí thực hiện Đề án từ ngân sách nhà nước" (the decision's own Đề án, realdocs ec00bd6f).
PROJECT_NAME_NOT_FIRST: tuple[str, ...] = (
    "thực hiện", "bảo đảm", "đảm bảo", "bằng", "phải", "cần", "sẽ", "đúng",
    "từ", "trong", "tại", "cho", "với", "do", "được", "đã", "đến", "như", "theo",
)

# Words that introduce a cited instrument by its name: "Thực hiện Kế hoạch …", "theo Đề án …".
CITING_VERBS: tuple[str, ...] = ("thực hiện", "căn cứ", "theo", "triển khai", "tại")

# Party terms written in lower case in an issuer's name, beside names.CASED_TERMS: "của Ban Chấp hành
# Trung ương đảng khóa XIII" (corpus 001) -> "Ban Chấp hành Trung ương Đảng".
# "Bộ trưởng" as a minister's office is written with one capital ("của Bộ Trưởng Bộ Y tế" is the "Bộ trưởng Bộ Y tế").
ISSUER_CASED_TERMS: dict[str, str] = {
    "trung ương đảng": "Trung ương Đảng", "bộ chính trị": "Bộ Chính trị", "ban bí thư": "Ban Bí thư",
    "bộ trưởng bộ": "Bộ trưởng Bộ",
}

# Bodies whose names hold a type word, which does not end the name there: "Bộ Kế hoạch và Đầu tư",
# "Sở Kế hoạch và Đầu tư tỉnh Yên Bái", "Phòng Tài chính - Kế hoạch huyện" (lower-case keys; the
# type word and the words after it, or the words before it).
TYPE_WORDS_IN_BODY_NAMES: tuple[str, ...] = ("kế hoạch và đầu tư",)
BODY_NAME_WORDS_BEFORE_TYPE_WORDS: tuple[str, ...] = ("tài chính -", "tài chính –")
# A unit's head, which a type word goes on as the unit's name: "Kế hoạch" in "Vụ Kế hoạch - Tài chính" (realdocs
# c8137925, 295bcce4), "Phòng Kế hoạch tổng hợp", "Cục Kế hoạch - Tài chính". A head alone is no name, so the type
# word right after it is the name's.
UNIT_HEADS_BEFORE_TYPE_WORDS: frozenset[str] = frozenset({"Vụ", "Phòng", "Cục"})

# Words that end an issuer's name after "của": "của UBND tỉnh về …", "của Bộ Chính trị ban hành …".
ISSUER_STOP_WORDS: tuple[str, ...] = (
    "về", "ban hành", "thực hiện", "triển khai", "tại", "trên", "nhằm", "để", "giai đoạn", "hướng dẫn",
    "quy định", "đã", "đối với", "với", "khóa", "khoá", "ngày", "số", "năm", "theo", "trong", "là",
    "thông qua", "phê duyệt", "việc", "tiếp tục", "cho", "gửi", "được", "nay", "đến", "có", "như",
    "sửa đổi", "bổ sung", "kèm theo", "nhiệm kỳ", "lần thứ", "tăng cường", "đẩy mạnh", "v/v", "và các",
    "cùng", "hoặc", "từ",
    # The next preamble line, its line break folded: "thực hiện Kết luận số 01-KL/TW của Bộ Chính trị" (a
    # title) before "Căn cứ: - Kết luận số 01-KL/TW, …"; "về việc" glued by a PDF copy: "của Bộ Lao động,
    # Thương binh và Xã hội vềviệc triển khai …".
    "căn cứ", "vềviệc",
    # An amount or a list after the issuer: "Nghị quyết số 204/2025/QH15 ngày 17/6/2025 của Quốc hội khoảng
    # 110 tỷ đồng" (corpus 022), "… của Chính phủ gồm …".
    "khoảng", "gồm", "bao gồm",
    # What a Thông báo of the Văn phòng says: "Thông báo số 246/TB-VPCP ngày 01/6/2023 của Văn phòng Chính
    # phủ kết luận của Thủ tướng Chính phủ" (the issuer is the Văn phòng).
    "kết luận",
    # A decision's subject written without "về", its verb first: "Quyết định số 1480/QĐ-TTg ngày 03 tháng 7 năm
    # 2025 của Thủ tướng Chính phủ kiện toàn Ban Chỉ đạo Trung ương về …" (a Prime Minister's decision).
    "kiện toàn", "thành lập", "giải thể", "công bố", "phân công", "bãi bỏ", "điều chỉnh", "phân bổ", "thay thế",
)

# Verbs that end an issuer's name when written in lower case, after any word but "Ban": "của Ban Thường
# vụ Hội LHPN Hà Nội chỉ đạo Đại hội …" (the body is the Ban Thường vụ), not "Ban chỉ đạo 35 tỉnh" nor
# "Ban Chỉ đạo" (a steering committee's name).
# "của Ban Chấp hành Trung ương thi hành Chương VII và Chương VIII Điều lệ Đảng" (Quy định số 30-QĐ/TW): not "thi
# hành án", a body's ("Chi cục thi hành án dân sự", citation_issuers._LOWER_CASE_STOP_OBJECTS).
# "tổ chức", "ấn định": "Sắc lệnh số 226/SL ngày 28/11/1946 của Chủ tịch Chính phủ tổ chức Bộ Lao động", "Nghị định số
# 20 ngày 15/05/1948 của Bộ trưởng Bộ Lao động ấn định nhiệm vụ của các Sở …" (a decree's subject, its verb first).
ISSUER_LOWER_CASE_STOP_WORDS: tuple[str, ...] = ("chỉ đạo", "thi hành", "tổ chức", "ấn định")

# Words that end an instrument's name: "Luật Tiếp công dân, …", "Đề án văn hóa công vụ trên địa bàn …".
NAME_STOP_WORDS: tuple[str, ...] = (
    "số", "ngày", "của", "được", "nhằm", "theo", "đã", "để", "thì", "trong", "tại", "trên", "và các",
    "đối với", "với", "gắn", "cho", "là", "sửa đổi", "bổ sung", "có", "này", "đến", "hoặc", "nhưng",
)

# Section headings that end the preamble: "I. MỤC ĐÍCH, YÊU CẦU", "Điều 1.", "QUYẾT NGHỊ:".
PREAMBLE_END_WORDS: tuple[str, ...] = ("Điều 1", "QUYẾT NGHỊ", "QUYẾT ĐỊNH:", "Kính gửi", "PHẦN")

# Names of a plan's first sections, which end its preamble when numbered in arabic or by a letter and
# written in lower case: "1. Mục đích, yêu cầu", "A. Mục tiêu", "2. Nội dung" (lower-case keys).
SECTION_NAMES: tuple[str, ...] = (
    "mục đích", "mục tiêu", "yêu cầu", "nội dung", "nhiệm vụ", "giải pháp", "tổ chức thực hiện", "phạm vi",
    "đối tượng", "thời gian", "kinh phí", "quan điểm", "tình hình", "kết quả",
)

# Preamble openings whose instruments the document implements, and those it does not.
IMPLEMENTING_OPENINGS: tuple[str, ...] = (
    "Thực hiện", "Căn cứ", "Triển khai thực hiện", "Triển khai",
    # "Chiểu Sắc lệnh số 226/SL ngày 28/11/1946 …;": the "Căn cứ" of the decrees of 1945-1959.
    "Chiểu",
    "Cân cứ",  # "Cân cứ Luật ban hành văn bản quy phạm pháp luật năm 2015;": a tone mark lost
    # A purpose clause that names what the document carries out: "Để triển khai thực hiện có hiệu quả Nghị quyết
    # số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị …, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"
    # (not "Để thực hiện thắng lợi Nghị quyết Đại hội …", a goal, nor any other "Để …": OTHER_OPENINGS).
    "Để triển khai thực hiện", "Để triển khai", "Để tiếp tục triển khai thực hiện", "Để tiếp tục triển khai",
    "Để tổ chức triển khai thực hiện", "Để tổ chức triển khai",
    # The same purpose opened by "Nhằm": "Nhằm triển khai thực hiện Kế hoạch số 45/KH-UBND ngày 10/3/2024 của UBND
    # huyện …, UBND xã xây dựng Kế hoạch như sau:"; and a clause that makes an instrument concrete, which carries it
    # out: "Để cụ thể hóa Nghị quyết số 05-NQ/ĐU …, UBND xã ban hành Kế hoạch …" (not "Nhằm nâng cao nhận thức …").
    "Nhằm triển khai thực hiện", "Nhằm triển khai", "Nhằm tiếp tục triển khai thực hiện", "Nhằm tiếp tục triển khai",
    "Nhằm tổ chức triển khai thực hiện", "Nhằm tổ chức triển khai",
    "Để cụ thể hóa", "Để cụ thể hoá", "Nhằm cụ thể hóa", "Nhằm cụ thể hoá",
    "Để tiếp tục cụ thể hóa", "Để tiếp tục cụ thể hoá",
)
# "Sau khi xem xét Tờ trình số 63/TTr-UBND …": what a council's resolution weighs, not implements.
OTHER_OPENINGS: tuple[str, ...] = ("Xét", "Theo đề nghị", "Trên cơ sở", "Để", "Nhằm", "Theo", "Sau khi xem xét")


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
    # The same written with a dash: "Trung tâm VH-TT huyện", "Phòng VH-TT huyện" (a district's unit).
    "VH-TT": "Văn hóa - Thông tin",
    # The province's department of culture, sports and tourism: "Trung tâm Văn hóa Sở VHTT&DL" (without it "VHTT" was
    # read and "&DL" kept: "Văn hóa - Thông tin&DL").
    "VHTT&DL": "Văn hóa, Thể thao và Du lịch",
    "VH-TT&DL": "Văn hóa, Thể thao và Du lịch",
    "VHTTDL": "Văn hóa, Thể thao và Du lịch",
    "TTVH": "Trung tâm Văn hóa",
    "TP.": "thành phố",
    "GD&ĐT": "Giáo dục và Đào tạo",
    # "Sở GDĐT", "Phòng GDĐT huyện" (the same body written without its ampersand).
    "GDĐT": "Giáo dục và Đào tạo",
    # "SỞ GD-ĐT QUẢNG NGÃI" (a school's parent, written with a dash).
    "GD-ĐT": "Giáo dục và Đào tạo",
    "TP": "thành phố",
    # Hồ Chí Minh City by its initials: "TRƯỜNG ĐẠI HỌC KINH TẾ TP.HCM", "UBND TP. HCM", "ĐHQG-HCM".
    "TP.HCM": "thành phố Hồ Chí Minh",
    "TPHCM": "thành phố Hồ Chí Minh",
    "HCM": "Hồ Chí Minh",
    "VPCP": "Văn phòng Chính phủ",
    "VPUB": "Văn phòng Ủy ban nhân dân",
    "VPUBND": "Văn phòng Ủy ban nhân dân",
    # Glued to the city's code in a centrally-run city's Nơi nhận: "TT.HĐNDTP", "CT, các PCT UBNDTP".
    "UBNDTP": "Ủy ban nhân dân thành phố",
    "HĐNDTP": "Hội đồng nhân dân thành phố",
    "CVP": "Chánh Văn phòng",
    "PCVP": "Phó Chánh Văn phòng",
    # "Chánh VP, các PVP UBND tỉnh" (corpus 002).
    "PVP": "Phó Chánh Văn phòng",
    # "Ban TĐ-KT Trung ương" (corpus 005), "Ban TĐKT Trung ương", "Hội đồng TĐKT tỉnh" (corpus 021).
    "TĐKT": "Thi đua - Khen thưởng",
    "TĐ-KT": "Thi đua - Khen thưởng",
    "LĐVP": "Lãnh đạo Văn phòng",
    "MTTQVN": "Mặt trận Tổ quốc Việt Nam",
    "UBMTTQVN": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "ĐBQH": "đại biểu Quốc hội",
    "ĐĐBQH": "Đoàn đại biểu Quốc hội",
    "TAND": "Tòa án nhân dân",
    "VKSND": "Viện Kiểm sát nhân dân",
    "KSND": "Kiểm sát nhân dân",
    "TNCS": "Thanh niên Cộng sản",
    # Mass organisations named by their codes inside a body's name: "Ban Thường vụ Hội LHPN Hà Nội", "Hội LHTN
    # Việt Nam tỉnh" (the issuers of cited plans; RECIPIENT_ABBREVIATIONS had "LHPN" for recipient lines only).
    "LHPN": "Liên hiệp Phụ nữ",
    "LHTN": "Liên hiệp Thanh niên",
    # "Bộ Nông nghiệp và PTNT" (corpus 030).
    "PTNT": "Phát triển nông thôn",
    # Military commands: "Bộ CHQS tỉnh" (corpus 027), "BCHQS tỉnh" (corpus 023).
    "CHQS": "Chỉ huy Quân sự",
    "BCHQS": "Bộ Chỉ huy Quân sự",
    # Front committees of villages and wards: "Ban CTMT thôn", "Ban CTMT TDP" (corpus 051, 056, 062).
    "CTMT": "Công tác Mặt trận",
    "TDP": "tổ dân phố",
    # "Báo và PTTH Đắk Lắk" (corpus 035): the merged provincial newspaper and broadcaster.
    "PTTH": "Phát thanh, Truyền hình",
    # Schools: "TRƯỜNG THPT MỘC CHÂU" -> "Trường Trung học phổ thông Mộc Châu".
    "THPT": "Trung học phổ thông",
    "THCS": "Trung học cơ sở",
    "PTDTNT": "Phổ thông dân tộc nội trú",
    "PTDTBT": "Phổ thông dân tộc bán trú",
    "TH&THCS": "Tiểu học và Trung học cơ sở",
    "THCS&THPT": "Trung học cơ sở và Trung học phổ thông",
    # A law's subject written by its code: "Luật Bảo vệ BMNN năm 2018" (Luật Bảo vệ bí mật nhà nước).
    "BMNN": "bí mật nhà nước",
    # A steering committee's name as a library's field gives it: "Ban Chỉ đạo sắp xếp ĐVHC các cấp và xây dựng mô hình tổ
    # chức CQĐP 02 cấp" (realdocs e42103d7, whose page lost its letterhead).
    "ĐVHC": "đơn vị hành chính", "CQĐP": "chính quyền địa phương",
}

# Kinds of school written out after "Trường"; the words after the kind are a proper name,
# title-cased: "TRƯỜNG TIỂU HỌC CHIỀNG SƠN" -> "Trường Tiểu học Chiềng Sơn" (lower-case keys,
# longest first where one opens another).
SCHOOL_KINDS: tuple[str, ...] = (
    "trung học phổ thông", "trung học cơ sở", "phổ thông dân tộc nội trú", "phổ thông dân tộc bán trú",
    "tiểu học", "mầm non", "trung cấp", "cao đẳng", "đại học", "phổ thông", "chính trị",
)
# Kinds of school (and the head "học viện") whose name is a field, not a proper name: its words are
# written as the field is, "TRƯỜNG ĐẠI HỌC NGÂN HÀNG" -> "Trường Đại học Ngân hàng" (see FIELD_SCHOOLS).
FIELD_SCHOOL_KINDS: frozenset[str] = frozenset({"đại học", "cao đẳng", "trung cấp", "học viện"})
# Fields that name universities, colleges and academies (lower case -> written form; one field of a
# name is capitalised at its first word, "Y Dược" and "Nông Lâm" join two): "Trường Đại học Sư phạm
# Hà Nội", "Trường Cao đẳng Y tế Hà Tĩnh", "Học viện Ngân hàng".
FIELD_SCHOOLS: dict[str, str] = {
    f.lower(): f
    for f in (
        "Ngân hàng", "Kinh tế", "Kinh tế Quốc dân", "Luật", "Y", "Dược", "Y tế", "Y tế Công cộng", "Y học cổ truyền",
        "Điều dưỡng", "Kỹ thuật Y tế", "Sư phạm", "Sư phạm Kỹ thuật", "Bách khoa", "Khoa học", "Khoa học Tự nhiên",
        "Khoa học Xã hội và Nhân văn", "Ngoại thương", "Thương mại", "Tài chính", "Kế toán", "Xây dựng", "Kiến trúc",
        "Giao thông vận tải", "Thủy lợi", "Mỏ - Địa chất", "Nông nghiệp", "Nông Lâm", "Lâm nghiệp", "Công nghiệp",
        "Công nghệ", "Kỹ thuật", "Ngoại ngữ", "Nội vụ", "Văn hóa", "Mỹ thuật", "Nghệ thuật", "Thể dục Thể thao",
        "Lao động - Xã hội", "Tài nguyên và Môi trường", "Công đoàn", "Cảnh sát nhân dân", "An ninh nhân dân",
        "Hành chính", "Quốc gia",
    )
}

# Fields of departments and ministries written as codes in recipient lists, after "Sở"/"Bộ"/
# "Phòng" or a list head "Các Sở:": "Sở: NN&MT, TC, VH,TT&DL" -> Sở Nông nghiệp và Môi trường, …
DEPARTMENT_CODES: dict[str, str] = {
    "NN&MT": "Nông nghiệp và Môi trường",
    "NNMT": "Nông nghiệp và Môi trường",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
    "NNPTNT": "Nông nghiệp và Phát triển nông thôn",
    "TC": "Tài chính",
    "XD": "Xây dựng",
    "KH&CN": "Khoa học và Công nghệ",
    "KHCN": "Khoa học và Công nghệ",
    "YT": "Y tế",
    "NV": "Nội vụ",
    "TP": "Tư pháp",
    "CT": "Công Thương",
    "GD&ĐT": "Giáo dục và Đào tạo",
    "GDĐT": "Giáo dục và Đào tạo",
    "VH,TT&DL": "Văn hóa, Thể thao và Du lịch",
    "VHTT&DL": "Văn hóa, Thể thao và Du lịch",
    "VH-TT&DL": "Văn hóa, Thể thao và Du lịch",
    "VHTTDL": "Văn hóa, Thể thao và Du lịch",
    "KH&ĐT": "Kế hoạch và Đầu tư",
    "KHĐT": "Kế hoạch và Đầu tư",
    "TN&MT": "Tài nguyên và Môi trường",
    "TNMT": "Tài nguyên và Môi trường",
    "LĐTB&XH": "Lao động - Thương binh và Xã hội",
    "LĐTBXH": "Lao động - Thương binh và Xã hội",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội",  # "SỞ LĐ-TB&XH" in a header
    "GTVT": "Giao thông vận tải",
    "TT&TT": "Thông tin và Truyền thông",
    "TTTT": "Thông tin và Truyền thông",
    "DT&TG": "Dân tộc và Tôn giáo",
    "DTTG": "Dân tộc và Tôn giáo",
    "NG": "Ngoại vụ",
    # "Các Bộ: YT, CA, XD, QP, TC, TTCP" (a Công văn of Văn phòng Chính phủ).
    "QP": "Quốc phòng",
    # A district's Phòng Văn hóa và Thông tin (before the 2025 reorganisation): "Phòng VH&TT huyện".
    "VH&TT": "Văn hóa và Thông tin",
    # A commune's Phòng Văn hóa - Xã hội (after the 2025 reorganisation): "Phòng VH-XH xã".
    "VH-XH": "Văn hóa - Xã hội",
    "VHXH": "Văn hóa - Xã hội",
}

# Office-holders named before the body they belong to in recipient lines: "CT, các PCT UBND
# tỉnh", "TTUB: CT, các PCT", "VPUB: CVP, các PCVP" (written form -> title).
OFFICE_TITLES: dict[str, str] = {
    "CT": "Chủ tịch",
    "PCT": "Phó Chủ tịch",
    "Chủ tịch": "Chủ tịch",
    "Phó Chủ tịch": "Phó Chủ tịch",
    "CVP": "Chánh Văn phòng",
    "CPV": "Chánh Văn phòng",  # a common typo of CVP
    "Chánh": "Chánh Văn phòng",
    "Chánh Văn phòng": "Chánh Văn phòng",
    "PCVP": "Phó Chánh Văn phòng",
    "PVP": "Phó Chánh Văn phòng",
    "Phó Chánh Văn phòng": "Phó Chánh Văn phòng",
    "LĐVP": "Lãnh đạo Văn phòng",
    "GĐ": "Giám đốc",
    "PGĐ": "Phó Giám đốc",
    "Giám đốc": "Giám đốc",
    "Phó Giám đốc": "Phó Giám đốc",
    "Bí thư": "Bí thư",
    "Phó Bí thư": "Phó Bí thư",
    "Lãnh đạo": "Lãnh đạo",
    "Trưởng ban": "Trưởng ban",
    "Phó Trưởng ban": "Phó Trưởng ban",
    # A ministry's heads: "Bộ Y tế: Bộ trưởng, các Thứ trưởng".
    "Bộ trưởng": "Bộ trưởng",
    "Thứ trưởng": "Thứ trưởng",
    # The heads of the Văn phòng Chính phủ: "VPCP: BTCN, các PCN" (its minister-chairman, his deputies).
    "BTCN": "Bộ trưởng, Chủ nhiệm",
    "PCN": "Phó Chủ nhiệm",
}
# The units and people an office names after its own code and a colon, besides its heads: "Trợ lý TTg", "TGĐ Cổng
# TTĐT", "Công báo" in "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ, Cục, Công báo" (written form -> name).
OFFICE_UNITS: dict[str, str] = {
    "Trợ lý TTg": "Trợ lý Thủ tướng Chính phủ",
    "Trợ lý Thủ tướng": "Trợ lý Thủ tướng Chính phủ",  # "TTg" written out (RECIPIENT_ABBREVIATIONS)
    "TGĐ Cổng TTĐT": "Tổng Giám đốc Cổng Thông tin điện tử Chính phủ",
    "TGĐ Cổng TTĐTCP": "Tổng Giám đốc Cổng Thông tin điện tử Chính phủ",
    "TGĐ Cổng Thông tin điện tử Chính phủ": "Tổng Giám đốc Cổng Thông tin điện tử Chính phủ",  # "TTĐTCP" written out
    # "VPCP: BTCN, các PCN, Trợ lý TTg, PTTg, Tổng GĐ CổngTTĐT, các Vụ: …" (Công văn 11654/VPCP-CN: the assistants of the
    # Prime Minister and of the Deputy Prime Ministers), "TGĐ Cổng TTĐT CP" (Công điện 229/CĐ-TTg).
    "PTTg": "Trợ lý Phó Thủ tướng Chính phủ", "Phó Thủ tướng": "Trợ lý Phó Thủ tướng Chính phủ",
    "Tổng GĐ CổngTTĐT": "Tổng Giám đốc Cổng Thông tin điện tử Chính phủ",
    "Tổng GĐ Cổng TTĐT": "Tổng Giám đốc Cổng Thông tin điện tử Chính phủ",
    "TGĐ Cổng TTĐT CP": "Tổng Giám đốc Cổng Thông tin điện tử Chính phủ",
    "Trợ lý TTgCP": "Trợ lý Thủ tướng Chính phủ", "Trợ lý Thủ tướng Chính phủ": "Trợ lý Thủ tướng Chính phủ",
    # "VPCP: BTCN, các PCN, các Trợ lý TTg, Cổng TTĐT, các Vụ, Cục: …" (Công điện 226/CĐ-TTg): the office's portal.
    "các Trợ lý Thủ tướng": "Trợ lý Thủ tướng Chính phủ", "Cổng TTĐT": "Cổng Thông tin điện tử Chính phủ",
    "Công báo": "Công báo",
}

# Heads of recipient lists whose items are the kinds of body named after them: "Các Sở: XD, TC"
# -> "Sở Xây dựng", "Sở Tài chính"; "Thường trực: Tỉnh ủy, HĐND tỉnh" -> "Thường trực Tỉnh ủy", …
# (lower-case written head -> the word put before each item).
LIST_HEADS: dict[str, str] = {
    "sở": "Sở",
    "các sở": "Sở",
    # "Các Sở, cơ quan: Nông nghiệp và Phát triển nông thôn, Công thương, Y tế, …" (a province's Công văn).
    "các sở, cơ quan": "Sở",
    "các sở, ngành": "Sở",
    "các sở, ban, ngành": "Sở",
    "bộ": "Bộ",
    "các bộ": "Bộ",
    "phòng": "Phòng",
    "các phòng": "Phòng",
    "ban": "Ban",
    "các ban": "Ban",
    "thường trực": "Thường trực",
    "tt": "Thường trực",
    "văn phòng": "Văn phòng",
    "vp": "Văn phòng",
    "chi cục": "Chi cục",
    "các chi cục": "Chi cục",
    # "- Các Cục: Đường bộ Việt Nam, Đường sắt Việt Nam, …" (a Công điện of Bộ Xây dựng).
    "các cục": "Cục",
    # State corporations by their brands: "Các Tập đoàn: EVN, VNPT, Viettel" (Công điện 223/CĐ-TTg).
    "các tập đoàn": "Tập đoàn",
    # "Các Bộ, cơ quan: NNMT, DTTG, TC, …, NHNNVN" (a Thông báo of Văn phòng Chính phủ), "Các Bộ, ngành: …".
    "các bộ, cơ quan": "Bộ",
    "các bộ, ngành": "Bộ",
}
# Owners written as codes in front of a list of their office-holders: "TTUB: CT, các PCT"
# (the Standing Committee of the UBND: its Chairman and Vice-chairmen).
OFFICE_OWNERS: dict[str, str] = {"TTUB": "UBND", "TT UBND": "UBND", "Thường trực UBND": "UBND"}
# Abbreviations read in recipient lines only (in symbols "BTT" is a code: "HD-MTTQ-BTT"):
# "BTT Ủy ban MTTQ VN xã", "UB.MTTQVN và các Đoàn thể TP" ("UB." is read as "UB").
RECIPIENT_ABBREVIATIONS: dict[str, str] = {
    "BTT": "Ban Thường trực", "UB": "Ủy ban", "VN": "Việt Nam", "UBMT TQ": "Ủy ban Mặt trận Tổ quốc",
    # "CA tỉnh, BCHQS tỉnh" (corpus 023).
    "CA": "Công an",
    # A police document's "Đ/c Giám đốc CAT (để b/c)", "Ban Giám đốc CAT".
    "CAT": "Công an tỉnh",
    # A school's "BGH, các tổ CM" (Ban Giám hiệu, the subject teams).
    "BGH": "Ban Giám hiệu",
    # "UBMTTQVN TP và các TC CT-XH" (corpus 004).
    "TC CT-XH": "tổ chức chính trị - xã hội", "TCCT-XH": "tổ chức chính trị - xã hội",
    # The government's office-holders in a ministry's or the government office's list: "Thủ tướng,
    # PTTgTT Phạm Gia Túc (để b/c)", "Trợ lý TTg" (a symbol's "QĐ-TTg" is no recipient line's word).
    "PTTgTT": "Phó Thủ tướng Thường trực", "PTTg": "Phó Thủ tướng", "TTg": "Thủ tướng",
    # "Thủ tướng, các PTTgCP (để b/c)", "Trợ lý TTgCP" (Công văn 11654/VPCP-CN, Công điện 229/CĐ-TTg).
    "PTTgCP": "Phó Thủ tướng Chính phủ", "TTgCP": "Thủ tướng Chính phủ",
    # "Thủ tướng Chính phủ; các Phó TTCP;" (QĐ 3891/QĐ-BTC of Bộ trưởng Bộ Tài chính): a deputy of the "TTCP" is the Prime
    # Minister's (the "TTCP" alone is the Thanh tra Chính phủ, ABBREVIATIONS).
    "Phó TTCP": "Phó Thủ tướng Chính phủ",
    # The province's broadcaster: "Đài PT-TH tỉnh", "Đài PT&TH tỉnh" (Đài Phát thanh và Truyền hình).
    "PT-TH": "Phát thanh - Truyền hình", "PT&TH": "Phát thanh và Truyền hình",
    # Bodies of a province named by their codes: "Ban ATGT tỉnh", "Hội LHPN tỉnh", "BHXH tỉnh", "KBNN
    # tỉnh", "NHNN chi nhánh tỉnh", "BQL các KCN tỉnh", "Hội CCB tỉnh", "Trung tâm KSBT tỉnh".
    "ATGT": "An toàn giao thông", "LHPN": "Liên hiệp Phụ nữ", "BHXH": "Bảo hiểm xã hội", "KBNN": "Kho bạc Nhà nước",
    "NHNN": "Ngân hàng Nhà nước", "BQL": "Ban Quản lý", "KCN": "khu công nghiệp", "CCB": "Cựu chiến binh",
    "KSBT": "Kiểm soát bệnh tật",
    # "BCH BĐBP tỉnh": the border guard's provincial command (its "BCH" no Ban Chấp hành).
    "BCH BĐBP": "Bộ Chỉ huy Bộ đội Biên phòng", "BCHBĐBP": "Bộ Chỉ huy Bộ đội Biên phòng",
    "BĐBP": "Bộ đội Biên phòng",
    # "Các đoàn thể CT-XH tỉnh".
    "CT-XH": "chính trị - xã hội",
    # "Giám đốc, các PGĐ Sở" (GĐ alone is read as an office title, OFFICE_TITLES).
    "PGĐ": "Phó Giám đốc",
    # A group of comrades: "Các đ/c Tỉnh ủy viên", "Các đ/c PGĐ CAT" (one holder's "Đ/c Giám đốc"
    # keeps its capital and is dropped as an honorific, recipients.HONORIFIC).
    "đ/c": "đồng chí",
    # "Cục Kiểm soát TTHC" (the government office's department for administrative procedures).
    "TTHC": "thủ tục hành chính",
    # "Văn phòng Chính phủ (Cục KSTTHC)", "Cục KSTTHC(VP Chính phủ)" (decisions of UBND Cần Thơ, Đồng Nai, Bắc Ninh).
    "KSTTHC": "Kiểm soát thủ tục hành chính",
    # The state's banks among the bodies of a line: "- NHNNVN, Bộ TC;" / "- NHCSXH;" (a Quyết định of Thủ tướng Chính phủ).
    "NHNNVN": "Ngân hàng Nhà nước Việt Nam", "NHCSXH": "Ngân hàng Chính sách xã hội",
    # The Ministry of Justice's department written with its codes apart: "Cục Kiểm tra văn bản và QLXLVPHC (Bộ Tư pháp)"
    # (a Nghị quyết of HĐND thành phố Huế), "Bộ Tư pháp (Cục KTVB và QLXLVPHC)", "Quản lý xử lý VPHC - Bộ Tư pháp".
    "KTVB": "Kiểm tra văn bản", "QLXLVPHC": "Quản lý xử lý vi phạm hành chính", "VPHC": "vi phạm hành chính",
    # "Chủ tịch HĐTV Tập đoàn Bưu chính Viễn thông Việt Nam" (a Công điện of Thủ tướng Chính phủ).
    "HĐTV": "Hội đồng thành viên",
    # "BLĐ Thuế tỉnh" (a Công văn of Thuế tỉnh Tây Ninh), "BLĐ Sở".
    "BLĐ": "Ban Lãnh đạo",
    # The state bank's regional branch: "NH Nhà nước CN khu vực 14" (a Kế hoạch of UBND thành phố Cần Thơ).
    "NH Nhà nước": "Ngân hàng Nhà nước", "CN khu vực": "Chi nhánh khu vực",
    # "Các NHTM nơi thương nhân mở tài khoản Quỹ BOG xăng dầu" (a Công văn of Bộ Công Thương).
    "NHTM": "ngân hàng thương mại",
    # "Cục Kiểm tra VBQPPL - Bộ Tư pháp" (in every legal document's Nơi nhận).
    "VBQPPL": "văn bản quy phạm pháp luật",
    # A Party committee's members: "Các đồng chí UVBTV Tỉnh ủy", "Các đ/c UV BCH Đảng bộ tỉnh"; "Đảng
    # ủy Khối CCQ tỉnh" (Khối các cơ quan).
    "UVBTV": "Ủy viên Ban Thường vụ", "UV BTV": "Ủy viên Ban Thường vụ",
    "UVBCH": "Ủy viên Ban Chấp hành", "UV BCH": "Ủy viên Ban Chấp hành",
    "CCQ": "các cơ quan",
    # A school's subject teams: "Các tổ CM".
    "tổ CM": "tổ chuyên môn",
    # National and provincial bodies named by their codes: "VPQG về Giảm nghèo" (corpus 011, 029), "Ủy ban Quốc gia
    # VSTBPN Việt Nam", "Ban VSTBPN&BĐG thành phố" (corpus 008), "Ban Chỉ đạo PTDS Quốc gia", "Cục Quản lý đê điều và
    # PCTT" (corpus 046), "Văn phòng BCHPTDS tỉnh", "Ban CHBĐ Biên phòng" (corpus 027), "Viện VSDT Tây Nguyên" (corpus
    # 023), "Các tổ chức CTXH tỉnh" (corpus 064), "Trung tâm CB-TH" (corpus 016, Công báo - Tin học).
    "VPQG": "Văn phòng Quốc gia",
    # The national press in a ministry's or the government's Nơi nhận: "Đài THVN, Đài TNVN, TTXVN" (Công điện 223/CĐ-TTg).
    "THVN": "Truyền hình Việt Nam", "TNVN": "Tiếng nói Việt Nam", "TTXVN": "Thông tấn xã Việt Nam",
    # "Ủy ban TWMTTQ Việt Nam" (Công điện 232/CĐ-TTg).
    "TWMTTQ": "Trung ương Mặt trận Tổ quốc",
    # A city's office: "VPUBTP: PCVP Đ.Q.Hùng, NNMT, ĐT, KT, TH" (a Công văn of UBND thành phố Hà Nội).
    "VPUBTP": "Văn phòng Ủy ban nhân dân thành phố", "VPUBNDTP": "Văn phòng Ủy ban nhân dân thành phố",
    # "Đoàn Chủ tịch UBTWMTTQ Việt Nam" (a Công văn of Bộ Nông nghiệp và Môi trường), "các UV UBND tỉnh" (a Quyết định of
    # UBND tỉnh Cao Bằng: its members).
    "UBTWMTTQ": "Ủy ban Trung ương Mặt trận Tổ quốc", "UV": "Ủy viên",
    # "UBTV Quốc hội, Chính phủ" (a Nghị quyết of HĐND thành phố Huế).
    "UBTV": "Ủy ban Thường vụ",
    # "Đoàn ĐB Quốc hội thành phố" (a Nghị quyết of HĐND thành phố Hà Nội).
    "Đoàn ĐB": "Đoàn đại biểu",
    # The government's portal: "Cổng TTĐTCP" (a Thông báo of Văn phòng Chính phủ).
    "TTĐTCP": "Thông tin điện tử Chính phủ",
    "VSTBPN": "vì sự tiến bộ của phụ nữ", "VSTBPN&BĐG": "vì sự tiến bộ của phụ nữ và bình đẳng giới",
    "PTDS": "phòng thủ dân sự", "BCHPTDS": "Ban Chỉ huy phòng thủ dân sự",
    "PCTT": "phòng, chống thiên tai",
    "CHBĐ": "Chỉ huy Bộ đội",
    "VSDT": "Vệ sinh dịch tễ",
    "CTXH": "chính trị - xã hội",
    "CB-TH": "Công báo - Tin học",
}
# Codes of a body's standing committee before it in recipient lines: "TT. Tỉnh ủy", "TTr HĐND tỉnh".
STANDING_CODES: tuple[str, ...] = ("TT.", "TT", "TTr.", "TTr")
# Party committee codes in recipient lines after a standing-committee code: "TT.TU" -> "Thường trực Tỉnh ủy".
COMMITTEE_CODES: dict[str, str] = {"TU": "Tỉnh ủy", "HU": "Huyện ủy", "ĐU": "Đảng ủy", "TƯ": "Trung ương"}
