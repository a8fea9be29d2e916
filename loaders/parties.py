"""Bodies and office-holders named as the doer of a directive sentence.

"Các cơ quan, đơn vị trong ngành y tế căn cứ tình hình thực tế, xây dựng…" -> the subject
"Các cơ quan, đơn vị trong ngành y tế"; "Giao Văn phòng Sở Y tế theo dõi…" -> the object of
Giao, "Văn phòng Sở Y tế". A name starts with a head word (``NAME_HEADS``) and ends before the
predicate (``PREDICATE_WORDS``) or a punctuation mark. The word lists are data.
"""

from __future__ import annotations

import re
from functools import lru_cache

from vanban.loaders.alternation import (
    by_first_letter,
    by_first_letter_ignorecase,
    by_first_two_letters_ignorecase,
    first_letter_groups,
)
from vanban.loaders.codes import MINISTRY_NAMES
from vanban.loaders.letters import LOWER_LETTERS, UPPER_LETTERS
from vanban.loaders.names import expand_abbreviations, expand_department_codes, join_comma_names, tidy
from vanban.loaders.kind_lists import bodies_per_place, holder_of, kind_list
from vanban.loaders.text_memos import TextMemo

# A team sent for one task, its kind in lower case: "Kết thúc đợt kiểm tra, Đoàn kiểm tra báo cáo kết quả về UBND tỉnh"
# (a Kế hoạch kiểm tra of a Sở), "Tổ giám sát tổng hợp, báo cáo Trưởng ban" (not "kiểm tra" as its predicate). Its name
# ends after TEAM_TAIL (``name_at``).
TEAM_HEADS: tuple[str, ...] = (
    "đoàn kiểm tra", "đoàn thanh tra", "đoàn giám sát", "đoàn công tác", "tổ kiểm tra", "tổ giám sát",
)
# Heads that start a body or office-holder name whatever follows (lower case).
NAME_HEADS: tuple[str, ...] = (
    "các cơ quan", "các đơn vị", "các sở", "các ban", "các ngành", "các phòng", "các khoa", "các địa phương",
    "các tổ chức", "các doanh nghiệp", "các trường", "các xã", "các phường", "các huyện", "các cấp ủy",
    "các hội", "các đoàn thể", "các bệnh viện", "các trung tâm", "các chi bộ", "các thành viên", "các tổ",
    "các cơ sở", "các chủ", "các lực lượng", "các cấp", "các thôn", "các bộ", "các ủy ban", "các ubnd",
    "mỗi cơ quan", "mỗi đơn vị", "từng cơ quan", "từng đơn vị", "cơ quan", "đơn vị",
    "lãnh đạo", "thủ trưởng", "giám đốc", "phó giám đốc", "chủ tịch", "phó chủ tịch", "người đứng đầu",
    # A party organisation: "người dự thi phải thông báo ngay cho tổ chức đảng trực thuộc để tổng hợp, báo cáo Ủy ban Kiểm
    # tra Đảng ủy" (the Thể lệ of a contest of a Đảng ủy phường).
    "tổ chức đảng", "tổ chức cơ sở đảng",
    "cấp ủy", "viên chức", "cán bộ", "công chức", "người lao động", "đảng viên", "chánh văn phòng",
    "bí thư", "ban giám đốc", "hiệu trưởng", "trưởng", "ủy ban nhân dân", "uỷ ban nhân dân", "ubnd",
    "hội đồng nhân dân", "hđnd", "mặt trận tổ quốc", "ủy ban mặt trận", "ubmttq", "mttq",
    "ban thường trực", "ban thường vụ", "ban chỉ đạo", "thường trực", "tỉnh ủy", "huyện ủy", "thành ủy",
    # The party groups in a committee or a council: "2. Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh cụ thể hóa Chương
    # trình …; hằng năm báo cáo Ban Thường vụ Tỉnh ủy" (a Chương trình hành động of a Tỉnh ủy), "Đảng đoàn HĐND tỉnh".
    "ban cán sự đảng", "đảng đoàn", "các ban cán sự đảng", "các đảng đoàn",
    "đảng ủy", "công an", "bộ chỉ huy", "bộ tư lệnh", "tỉnh đoàn", "đoàn thanh niên", "liên đoàn lao động",
    "hội liên hiệp", "ban quản lý", "kho bạc", "bảo hiểm xã hội", "thanh tra", "tổ trưởng", "tổ công tác",
    # A board's working group: "Tổ giúp việc Ban Chỉ đạo thực hiện Đề án 06 tỉnh tổng hợp, báo cáo Ban Chỉ đạo"; its
    # sub-committee: "**2. Tiểu ban giúp việc Ban Chỉ đạo 934**" (CV 6225/BVHTTDL-VP), "Tiểu ban Văn kiện".
    "tổ giúp việc", "tiểu ban giúp việc", "tiểu ban", "các tiểu ban",
    "ủy ban bầu cử", "ban bầu cử", "tổ bầu cử", "thành viên",
    # "Báo cáo Tổ đại biểu HĐND tỉnh đơn vị huyện Bắc Mê biết, giám sát" (corpus 077).
    "tổ đại biểu",
    # Bodies whose second word is written in lower case: "Sở, ban, ngành thành phố", "Ngân hàng nhà
    # nước khu vực XII", "Báo và Phát thanh, Truyền hình tỉnh", "Viện kiểm sát nhân dân thành phố".
    "sở, ban, ngành", "ngân hàng nhà nước", "báo và phát thanh", "viện kiểm sát", "tòa án", "liên minh hợp tác xã",
    "hiệp hội", "hội nông dân", "hội cựu chiến binh", "ban công tác mặt trận", "cổng thông tin điện tử",
    # The national news agency among the press: "Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam và
    # hệ thống các cơ quan báo chí …" (Công văn 11554/VPCP-V.I).
    "thông tấn xã",
    # "Đề nghị Công đoàn cơ sở, Đoàn Thanh niên Bệnh viện phối hợp…" (examples 03), "…, Tòa án nhân dân
    # tỉnh, Thuế tỉnh, Kiểm toán nhà nước khu vực II, Kho bạc nhà nước…" (corpus 002).
    "công đoàn", "thuế tỉnh", "thuế thành phố", "thuế cơ sở", "kiểm toán nhà nước",
    # "đề nghị các Thuế tỉnh, thành phố khẩn trương báo cáo, tham mưu UBND tỉnh …" (CV 5363/CT-CS of Cục Thuế).
    "các thuế tỉnh",
    # The central bodies of the Youth Union and the Women's Union: "Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam,
    # Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh, Trung ương Hội Liên hiệp Phụ nữ Việt Nam … tham gia" (QĐ
    # 23/QĐ-TTg of Thủ tướng Chính phủ).
    "trung ương đoàn", "trung ương hội",
    # A school's or a unit's Youth Union branch: "Trách nhiệm của Liên đội, Chi đoàn trường".
    "chi đoàn",
    # The provinces a central document addresses: "3. Đối với các tỉnh, thành phố trực thuộc trung ương" / "Các tỉnh,
    # thành phố trong cả nước … chủ động phát triển quan hệ liên kết" (NQ 12/NQ-CP of Chính phủ).
    "các tỉnh",
    # A school's staff and units: "Giáo viên chủ nhiệm", "Nhân viên y tế trường học", "Tổ chuyên môn",
    # "Tổng phụ trách Đội", "Liên đội".
    "giáo viên", "nhân viên", "tổ chuyên môn", "các tổ chuyên môn", "tổng phụ trách", "liên đội",
    # An office's staff by field: "7. Chuyên viên phụ trách lĩnh vực Hành chính, Văn phòng" (UBMTTQ xã).
    "chuyên viên", "các chuyên viên",
    # "Đồng chí Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban: Chỉ đạo…" (corpus 058).
    "phó trưởng",
    # The deputies of an office as a group: "5. Các Phó chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo …"
    # (a Kế hoạch of UBMTTQ xã), "Các Phó Giám đốc Sở theo lĩnh vực được phân công".
    "các phó chủ tịch", "các phó giám đốc", "các phó trưởng", "các phó hiệu trưởng",
    # A school's deputy head and its bodies: "Phó Hiệu trưởng Nguyễn Minh Trí ký ban hành Quyết định …", "6. Đoàn
    # trường, Đội TNTP và Ban đại diện Cha mẹ học sinh:" (a school's Kế hoạch giáo dục hòa nhập).
    "phó hiệu trưởng", "đoàn trường", "ban đại diện",
    "nhà trường", "thư viện",
    # The deputies as a group: "Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, các đại biểu Hội
    # đồng nhân dân tỉnh giám sát, đôn đốc …" (corpus 080).
    "các đại biểu",
    # "2. Ban vì sự tiến bộ phụ nữ các sở, ban, ngành, huyện, thị xã căn cứ Kế hoạch hành động của tỉnh …" (QĐ
    # 55/2007 of UBND tỉnh Ninh Thuận): a committee whose name goes on in lower case.
    "ban vì sự tiến bộ",
    # Party committees of the level below: "Dưới sự chỉ đạo của cấp ủy, các đảng bộ trực thuộc tiến hành tự kiểm tra và
    # báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước 30/10" (a Kế hoạch of Ban Thường vụ Tỉnh ủy Thái Nguyên).
    "các đảng bộ",
    # The same written with their kinds shared: "Các chi, đảng bộ trực thuộc tổ chức quán triệt …" (a Kế hoạch of a Đảng
    # ủy), "Các chi bộ, đảng bộ trực thuộc …".
    "các chi, đảng bộ", "các chi bộ, đảng bộ", "các đảng bộ, chi bộ",
    # A commune's or a school's office, its two fields joined by a dash: "Văn phòng - Thống kê tổng hợp số liệu, báo cáo …"
    # (the title of a commune's civil servant; PROPER_HEADS reads "Văn phòng" before a capital only).
    "văn phòng - thống kê", "văn phòng – thống kê",
    # Health facilities by their legal kind: "Cơ sở khám bệnh, chữa bệnh trên địa bàn bảo đảm …" (a Kế hoạch of a Sở Y
    # tế; "cơ sở" alone opens no name: "cơ sở dữ liệu").
    "cơ sở khám bệnh, chữa bệnh", "cơ sở khám, chữa bệnh",
    # The investor of a project, a party to its rules: "2. Chủ đầu tư hạ tầng kỹ thuật cụm công nghiệp báo cáo tình hình
    # đầu tư xây dựng … gửi Ủy ban nhân dân cấp huyện và Sở Công Thương" (a Quy chế of UBND tỉnh on industrial clusters).
    "chủ đầu tư", "nhà đầu tư", "các nhà đầu tư",
    # Traders as a group: "Bộ Công Thương thông báo các thương nhân đầu mối kinh doanh xăng dầu, thương nhân phân phối xăng
    # dầu biết, thực hiện và báo cáo tình hình thực hiện về Bộ Công Thương, Bộ Tài chính" (CV 9634/BCT-TTTN).
    "các thương nhân",
    # Commune health stations: "4. Các trạm y tế báo cáo cấp ủy, chính quyền địa phương …" (a Trung tâm Y tế's plan).
    "các trạm y tế", "trạm y tế",
    # The deputies of a province to the National Assembly and the deputies themselves: "Hội đồng Dân tộc, các Ủy ban của
    # Quốc hội, Đoàn đại biểu Quốc hội, đại biểu Quốc hội và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam … giám sát việc
    # thực hiện Nghị quyết này" (NQ 78 of Ủy ban Thường vụ Quốc hội; "Đoàn" before a lower-case word opens no name).
    "đoàn đại biểu quốc hội", "đoàn đbqh", "đại biểu quốc hội",
    # The heads of the press: "Tổng biên tập Báo Sơn La; Chủ tịch UBND các huyện, thành phố … chịu trách nhiệm thi hành
    # Quyết định này" (QĐ 3605 of UBND tỉnh Sơn La).
    "tổng biên tập", "phó tổng biên tập",
    # The heads of a ministry's departments: "Các Ông, Bà: Chánh Văn phòng Bộ, Cục trưởng Cục Quản lý Khám, chữa bệnh, Giám
    # đốc Sở Y tế các tỉnh … chịu trách nhiệm thi hành Quyết định này" (a Quyết định of Bộ Y tế; "Cục" opens a name only
    # before a capital).
    "cục trưởng", "phó cục trưởng", "vụ trưởng", "phó vụ trưởng",
    # …and of its institutes: "Chánh Văn phòng Bộ, Vụ trưởng Vụ Kế hoạch, Tài chính, Viện trưởng Viện Văn hóa, Nghệ thuật,
    # Thể thao và Du lịch Việt Nam và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này" (QĐ
    # 4385/QĐ-BVHTTDL, realdocs 448306af).
    "viện trưởng", "phó viện trưởng",
    # The head of a Sở's sub-department: "…; Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu; Chi cục trưởng Chi cục Kiểm
    # lâm và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này" (QĐ 39/2025/QĐ-UBND of UBND tỉnh
    # Quảng Trị).
    "chi cục trưởng", "phó chi cục trưởng",
    # A ministry's head, whom the government's documents address: "Thủ tướng Chính phủ đề nghị các đồng chí Bộ trưởng, Thủ
    # trưởng cơ quan ngang bộ, … thực hiện chủ động sáng tạo" (Công điện 229/CĐ-TTg).
    "bộ trưởng", "thứ trưởng",
    # The government's deputy heads and the national broadcasters written in lower case: "7. Giao Phó Thủ tướng Chính phủ
    # Trần Hồng Hà trực tiếp chỉ đạo …", "4. Đài truyền hình Việt Nam chủ trì đạo diễn …" (Công điện 224/CĐ-TTg).
    "phó thủ tướng", "đài truyền hình", "đài tiếng nói", "đài phát thanh",
    # The heads of state corporations: "Chủ tịch Hội đồng thành viên, Tổng giám đốc các Tập đoàn, Tổng Công ty" (ibid.).
    "tổng giám đốc", "phó tổng giám đốc",
    # "11. Thống đốc Ngân hàng Nhà nước Việt Nam chỉ đạo …" (a Công điện), "Điều 7. Trách nhiệm của Ủy viên thường trực",
    # "Điều 9. Trách nhiệm của các Ủy viên Ban Chỉ đạo" (a Quyết định of Thủ tướng Chính phủ on a steering committee).
    "thống đốc", "phó thống đốc", "ủy viên", "uỷ viên", "các ủy viên", "các uỷ viên",
    # "Chánh Thanh tra tỉnh; UBND các xã, phường … chịu trách nhiệm thi hành" (a Quyết định of UBND tỉnh Bắc Ninh), "Quân ủy
    # Trung ương chủ trì, chỉ đạo …" (a Quy định of Ban Bí thư).
    "chánh thanh tra", "quân ủy trung ương", "quân uỷ trung ương",
    # "9. Các Tập đoàn, Tổng Công ty nhà nước, doanh nghiệp xuất khẩu:", "10. Giao các Phó Thủ tướng Chính phủ theo nhiệm vụ
    # được phân công …" (a Công điện of Thủ tướng Chính phủ); "Giao Đảng uỷ Chính phủ lãnh đạo …" (a Party conclusion, "uỷ").
    "các tập đoàn", "các tổng công ty", "các phó thủ tướng", "đảng uỷ", "tỉnh uỷ", "huyện uỷ", "thành uỷ",
    # Councils named by their office in lower case: "báo cáo Chính phủ, Thủ tướng Chính phủ, Hội đồng quản lý bảo hiểm xã
    # hội kết quả thực hiện" (NQ 113 of Chính phủ; "quản lý" is a predicate elsewhere), a company's "Hội đồng quản trị".
    "hội đồng quản lý", "hội đồng quản trị", "hội đồng thành viên",
    # A team sent for one task (TEAM_HEADS).
    *TEAM_HEADS,
)
# What a team's name (TEAM_HEADS) may hold after its head in lower case: "Đoàn kiểm tra liên ngành", "Đoàn kiểm tra số
# 2"; a capitalised word goes on as any name does ("Đoàn kiểm tra Tỉnh ủy"). Not a verb in lower case that is no
# predicate word: "3. Đoàn kiểm tra nghe báo cáo, thẩm tra, xác minh; báo cáo kết quả với Ban Thường vụ …".
TEAM_TAIL = re.compile(r"(?:\s+(?:liên\s+ngành|chuyên\s+ngành|số\s+\d+))?")
_TEAM_HEADS = frozenset(TEAM_HEADS)
# Heads that start a name only before a capitalised word: "Sở Y tế", "Tổ Truyền thông",
# "Phòng Nội vụ" — not "Tổ chức…", "Ban hành…", "Phòng, chống…", "Báo cáo…".
PROPER_HEADS: tuple[str, ...] = (
    "sở", "phòng", "ban", "tổ", "trung tâm", "văn phòng", "bệnh viện", "bộ", "cục", "chi cục", "hội",
    "đoàn", "trường", "khoa", "viện", "đài", "báo", "ủy ban", "uỷ ban", "học viện", "ngân hàng", "quỹ",
    "tập đoàn", "tổng công ty", "công ty",
    # "Đội TNTP", "Đội Cảnh sát giao thông" (not "đội ngũ").
    "đội",
    # "Bộ phận Một cửa", "Bộ phận Tiếp nhận và Trả kết quả" (the lead unit of a task table's row).
    "bộ phận",
    # "2. Trạm Y tế xã chuẩn bị đầy đủ cơ số thuốc, vật tư y tế …" (a Công văn of UBND xã), "Trạm Khuyến nông".
    "trạm",
    # A tax office named by its place: "Thuế Đồng Nai" (the lead of a task table's row, corpus 031).
    "thuế",
    # A council named by its field: "Hội đồng Dân tộc, các Ủy ban của Quốc hội, … giám sát việc thực hiện Nghị quyết
    # này" (NQ 78 of Ủy ban Thường vụ Quốc hội), "Hội đồng Thi đua - Khen thưởng tỉnh" (not "hội đồng nhân dân", a NAME_HEAD).
    "hội đồng",
    # A ministry's department, capitalised only (``head_at``): "Vụ Giáo dục Trung học tổng hợp, báo cáo Bộ trưởng" — not
    # "vụ Đông" (a crop season), "nhiệm vụ", "Ban Thường vụ Huyện ủy".
    "vụ",
)
# Central bodies and office-holders, heads only as written (capitalised, whole words): "báo cáo Thủ tướng
# Chính phủ" (corpus 016), "báo cáo Quốc hội, Chính phủ, Thủ tướng Chính phủ theo quy định" (corpus 032),
# "Bộ Khoa học và Công nghệ và Chính phủ" (corpus 025). Not "Chính phủ số", "Quốc hội khóa XVI".
CENTRAL_HEAD = re.compile(r"(?:Thủ tướng Chính phủ|Thủ tướng|Chính phủ(?!\s+(?:số|điện tử))|Quốc hội(?!\s+khóa))(?![\wđ])")
_CENTRAL_FIRST = frozenset("TCQ")
# Words that end a name: the predicate of the sentence, or a locative that is not part of it.
PREDICATE_WORDS: tuple[str, ...] = (
    "căn cứ", "chủ trì", "chủ động", "phối hợp", "tổ chức", "triển khai", "thực hiện", "xây dựng",
    "theo dõi", "làm", "là", "có", "chịu", "tiếp tục", "tăng cường", "thường xuyên", "nghiêm túc",
    "quan tâm", "lồng ghép", "tiến hành", "đẩy mạnh", "hướng dẫn", "tham mưu", "rà soát", "kiểm tra",
    "đôn đốc", "nghiên cứu", "bố trí", "cần", "phải", "cử", "tập trung", "khẩn trương", "nâng cao",
    "đảm bảo", "bảo đảm", "kịp thời", "duy trì", "ban hành", "chỉ đạo", "quán triệt", "phổ biến",
    "tuyên truyền", "giám sát", "báo cáo", "gửi", "đăng ký", "xử lý", "giải quyết", "phát huy", "trình",
    "hoàn thành", "sử dụng", "cung cấp", "thống kê", "tổng hợp", "vận động", "chấp hành", "nắm",
    "thẩm định", "phê duyệt", "ưu tiên", "tích cực", "thực thi", "đề xuất", "đồng thời", "giúp",
    "hỗ trợ", "tạo điều kiện", "dành", "nhanh chóng", "thành lập", "thông báo", "sớm", "yêu cầu", "đề nghị",
    "được", "sẽ", "đã", "đang", "theo", "trên địa bàn", "trong phạm vi", "với", "để", "nhằm", "tiếp nhận",
    "rà", "đánh giá", "kiện toàn", "củng cố", "phân công", "cập nhật", "công khai", "quản lý", "vận hành",
    "khảo sát", "điều tra", "huy động", "bổ sung", "sửa đổi", "hoàn thiện", "xác định",
    "đổi mới", "chuẩn bị", "phát động", "biểu dương", "khen thưởng", "tiếp xúc",
    "đối thoại", "lắng nghe", "tham gia", "tham dự", "đăng tải", "niêm yết", "mời", "xem xét", "rút kinh nghiệm",
    "trước", "chậm nhất", "hạn cuối", "hạn chót", "định kỳ", "hằng năm", "hàng năm", "hằng tháng", "hàng tháng", "hằng quý",
    "hàng quý", "về", "tại", "ngày", "ngay", "kết quả", "tình hình", "đối với", "việc", "thu thập", "lựa chọn",
    # Acting for another: "Giao Bộ trưởng Bộ Nội vụ thừa ủy quyền Thủ tướng Chính phủ thay mặt Chính phủ ký báo cáo …" (NQ
    # 393/NQ-CP).
    "thừa ủy quyền", "thừa uỷ quyền", "thay mặt",
    # Talking a matter over, getting in touch: "đề nghị Thuế thành phố Hà Nội trao đổi cụ thể với Cục Thi hành án dân sự
    # …" (CV 5529/CT-CS of Cục Thuế), "đề nghị Công ty liên hệ với Bộ Khoa học và Công nghệ …" (CV 39209/CHQ-GSQL).
    "trao đổi", "liên hệ",
    # A part of the bodies singled out: "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó
    # trọng tâm là các tỉnh: …" (Công điện 234/CĐ-TTg).
    "trong đó",
    # Refusing or answering: "Kiến nghị của cử tri có nội dung liên quan đến bảo vệ bí mật nhà nước … thì các cơ quan, đơn vị
    # từ chối trả lời hoặc trả lời tuân theo quy trình … báo cáo kết quả giải quyết kiến nghị" (QĐ 98/2025/QĐ-UBND of UBND
    # tỉnh Nghệ An).
    "từ chối", "trả lời",
    # One of the bodies singled out: "yêu cầu các bộ, ngành, cơ quan chủ quản, nhất là ACV cần khẩn trương …" (Thông báo
    # 627/TB-VPCP).
    "nhất là",
    # On what ground a body acts: "Văn phòng Chính phủ trên cơ sở chức năng, nhiệm vụ … kịp thời báo cáo …" (Công điện
    # 229/CĐ-TTg of a storm).
    "trên cơ sở",
    # What a minister rules: "Bộ trưởng Bộ Tài chính quy định số lần nộp dần …" (a law quoted in a Công văn of Cục Thuế).
    "quy định",
    "xác minh", "trả lời", "nộp", "lấy", "thi đua", "xem xét", "cho ý kiến", "tiếp thu",
    "chấn chỉnh", "phát hiện", "ngăn chặn", "tuân thủ", "lưu ý", "thực hành", "học tập", "góp phần",
    "luôn", "cùng", "đều", "trực tiếp", "thì", "gương mẫu", "kiên quyết", "chịu trách nhiệm",
    # A route or an object after an addressee: "về Ban Chỉ huy Phòng thủ dân sự tỉnh qua Văn phòng…",
    # "báo cáo UBND tỉnh những khó khăn, vướng mắc".
    "qua", "thông qua", "những",
    # "Báo cáo Tổ đại biểu HĐND tỉnh đơn vị huyện Bắc Mê biết, giám sát" (corpus 077): informed, not named.
    "biết",
    # "Ban Thường trực Ủy ban MTTQ Việt Nam cấp xã lập báo cáo…", "UBND cấp xã chú trọng công bố các
    # dữ liệu…", "Hội đồng nhân dân tỉnh giao Thường trực…", "Các cơ sở đào tạo … mở thêm chuyên ngành".
    "lập", "giao", "chú trọng", "công bố", "mở thêm", "mở rộng", "mở",
    # Verbs a name ran on into: "Sở Nội vụ sơ kết, báo cáo UBND tỉnh" (read 'Sở Nội vụ sơ kết'), "Ban cán sự đảng UBND
    # tỉnh cụ thể hóa Chương trình …", "Sở Tư pháp soạn thảo, hoàn chỉnh báo cáo …", "Sở Y tế kiến nghị, báo cáo …".
    "sơ kết", "tổng kết", "cụ thể hóa", "cụ thể hoá", "soạn thảo", "hoàn chỉnh", "kiến nghị",
    # A letter's courtesy before its verb: "Ủy ban nhân dân tỉnh Lâm Đồng kính báo cáo Bộ Tài chính …", "… kính trình".
    "kính báo cáo", "kính trình", "kính đề nghị", "xin báo cáo",
    # A time or a condition after the subject: "Các sở, ngành sau mỗi đợt kiểm tra báo cáo kết quả …", "Các khoa
    # khi phát hiện sự cố phải báo cáo ngay …".
    "sau mỗi", "sau khi", "khi",
    # Agreement after the subject of a conclusion: "1. Ban Thường vụ Tỉnh ủy cơ bản đồng ý với nội dung Báo cáo số …",
    # "Ủy ban nhân dân tỉnh thống nhất với đề xuất …", "Thường trực Tỉnh ủy nhất trí …".
    "cơ bản đồng ý", "cơ bản thống nhất", "cơ bản nhất trí", "đồng ý", "nhất trí", "thống nhất với",
    # "Chánh Văn phòng còn phải thực hiện các nhiệm vụ sau đây" (not "còn" alone: "các xã còn lại").
    "còn phải",
    # Acting for another: "Giao Bộ trưởng Bộ Nội vụ thừa ủy quyền Thủ tướng Chính phủ thay mặt Chính phủ ký báo cáo …" (NQ
    # 393/NQ-CP of Chính phủ), "… thừa lệnh …"; "xin" of a letter's courtesy: "Cục Lãnh sự Bộ Ngoại giao xin trân trọng thông
    # báo" (Công văn 5609/LS-XNC).
    "thừa ủy quyền", "thừa uỷ quyền", "thừa lệnh", "thay mặt", "xin", "trân trọng",
    # Verbs a name ran on into in the government's documents: "Bộ Xây dựng đẩy nhanh tiến độ" (Thông báo of Văn phòng
    # Chính phủ), "Chính phủ điều chỉnh mức doanh thu", "Ban Bí thư ghi nhận …".
    "đẩy nhanh", "điều chỉnh", "ghi nhận",
    # "Ủy ban nhân dân thành phố Hà Nội xét tặng, gồm …" (NQ of HĐND thành phố Hà Nội), "Các Bộ, cơ quan thống nhất chỉ
    # đạo …", "Cấp ủy trực thuộc chú ý …", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố nêu tại Điều 1 …".
    "xét tặng", "xét duyệt", "xét chọn", "thống nhất", "chú ý", "nêu tại",
    # "Bộ trưởng Bộ Tài chính quy định số lần …" (a Luật's text quoted in a Công văn of Cục Thuế), "Chủ tịch Ủy ban nhân dân
    # các tỉnh, thành phố nêu trên chỉ đạo …" (a Công điện of Thủ tướng Chính phủ).
    "quy định", "nêu trên",
    # A copy to another body: "báo cáo kết quả thực hiện về UBND tỉnh, đồng gửi Sở Nội vụ".
    "đồng gửi",
    # "… các cơ quan, đơn vị, tổ chức, doanh nghiệp phản hồi về Sở Tài chính" (corpus 047); a negated
    # predicate: "Nếu cơ quan, tổ chức, đơn vị không có cấp trên trực tiếp…" (corpus 061).
    "phản hồi", "phản ánh", "không", "chưa",
    # Digital work after the subject: "Phòng Nội vụ số hóa hồ sơ, tài liệu lưu trữ", "Trung tâm Phục vụ hành chính công
    # số hóa hồ sơ …", "Văn phòng nâng cấp hệ thống một cửa điện tử".
    "số hóa", "số hoá", "nâng cấp",
    # A time or a condition after an addressee: "báo cáo ngay cho Ban Giám hiệu khi phát hiện…",
    # "báo cáo Hiệu trưởng hằng tuần".
    "khi", "nếu", "hằng tuần", "hàng tuần", "hằng ngày", "hàng ngày",
    # "Sở Tài chính cân đối, bố trí kinh phí…", "Sở Tài chính phân bổ…", "Sở Nội vụ tập huấn…".
    "cân đối", "phân bổ", "tập huấn", "mua sắm", "trang bị",
    # Goods of the national reserve given out: "8. Bộ Tài chính xuất cấp, hỗ trợ gạo, vật tư theo đề nghị của các địa
    # phương …" (a Công điện of Thủ tướng Chính phủ on the floods in Trung Bộ; read 'Bộ Tài chính xuất cấp').
    "xuất cấp",
    # A relative clause after a body, no part of its name: "cơ quan mà …" ("đã", "đang" above; "nơi …" is cut by
    # names.canonical_org, which leaves the body of another place unqualified).
    "mà",
    # Taking charge: "3. Cơ quan, tổ chức, đoàn thể đứng ra tổ chức lễ cưới tập thể tại …" (QĐ 87/2025/QĐ-UBND of UBND tỉnh
    # Lai Châu on weddings and funerals; read 'Cơ quan, tổ chức, đoàn thể đứng ra').
    "đứng ra",
    # An object after an addressee: "báo cáo Thường trực HĐND tỉnh các nội dung có liên quan…".
    "các nội dung", "các vấn đề", "các kết quả", "các khó khăn", "các kiến nghị", "các thông tin",
    # "kịp thời báo cáo và kiến nghị Chính phủ, Thủ tướng Chính phủ các biện pháp cần thiết …" (NQ 100/NQ-CP).
    "các biện pháp", "các giải pháp",
    # The manner after an addressee: "báo cáo kết quả về Chủ tịch UBND tỉnh bằng văn bản trước ngày 20.7.2020"
    # (a Công văn of UBND tỉnh Quảng Nam).
    "bằng",
    # Signing: "Phó Hiệu trưởng Nguyễn Minh Trí ký ban hành Quyết định miễn, giảm …", "Giám đốc Sở ký duyệt".
    "ký",
    # A time after a name: "Cán bộ, công chức, viên chức trong quá trình theo dõi giải quyết công việc … phải thực
    # hiện nghiêm chỉnh …" (a Quy định of UBND tỉnh Bình Phước).
    "trong quá trình",
    # Meeting: "1. Uỷ ban nhân dân huyện họp thường kỳ mỗi tháng một lần.", "2. Chủ tịch Uỷ ban nhân dân huyện triệu
    # tập phiên họp thường kỳ …" (a Quy chế làm việc of UBND huyện Mai Châu).
    "họp", "triệu tập",
    # Receiving: "2. Các cơ quan, đơn vị thuộc Bộ nhận báo cáo định kỳ của các cơ quan, tổ chức, cá nhân có trách nhiệm …"
    # (Thông tư 02/2023/TT-BTTTT; "tiếp nhận" is above).
    "nhận",
    # "- Uỷ ban nhân dân cấp tỉnh, cấp xã đưa các chỉ tiêu bao phủ về bảo hiểm y tế vào nghị quyết, chương trình, kế hoạch
    # phát triển kinh tế - xã hội hằng năm" (QĐ 844 of Thủ tướng Chính phủ; the name ran on to "bao phủ").
    "đưa",
)
# Two-word nouns whose first or second word is a PREDICATE_WORD: "Ban Chỉ đạo các Chương trình
# mục tiêu quốc gia", "Tổ bầu cử", "đơn vị sự nghiệp công lập", "cơ quan giao thông".
COMPOUND_NOUNS: frozenset[str] = frozenset({
    "chương trình", "công trình", "quy trình", "lộ trình", "lịch trình", "giáo trình", "quá trình",
    "bầu cử", "ứng cử", "tuyển cử", "công lập", "độc lập", "giao thông", "giao dịch", "giao lưu",
    "bàn giao", "chuyển giao", "hàng không",
    # "giao" in a ministry's name: "gửi về Bộ Ngoại giao để tổng hợp, báo cáo Thủ tướng Chính phủ" (NQ 100/NQ-CP).
    "ngoại giao",
    # "bằng" in a noun: "Ban Chỉ đạo … vùng đồng bằng sông Cửu Long", "văn bằng".
    "đồng bằng", "công bằng", "văn bằng",
    # "ký" in a title: "Thư ký Hội đồng", "Ban Thư ký".
    "thư ký",
})
# Two-word nouns that end a body's name and whose second word is also the first half of a COMPOUND_NOUNS noun: then the
# predicate after them is a verb, not the second half of that noun. "Sở Văn hóa, Thể thao và Du lịch trình báo cáo …"
# ("Du lịch", not "lịch trình"), "Ban Tôn giáo trình …", "Ban Tuyên giáo trình Ban Thường vụ …" (not "giáo trình").
NAME_END_NOUNS: frozenset[str] = frozenset({"du lịch", "tôn giáo", "tuyên giáo"})
# Predicates that start a new line in capitals after a name heading: "Sở Y tế" / "Phối hợp với…".
# Only words that never begin part of a body's name ("Ban Chỉ đạo", "Sở Xây dựng" are names).
CAPITAL_PREDICATES: tuple[str, ...] = (
    "Chủ trì", "Phối hợp", "Tăng cường", "Khẩn trương", "Theo dõi", "Tiếp tục", "Thực hiện", "Triển khai",
    "Chịu trách nhiệm", "Căn cứ", "Đẩy mạnh", "Nghiên cứu", "Rà soát", "Tham mưu", "Chủ động", "Thường xuyên",
    "Bố trí", "Là", "Có trách nhiệm", "Làm", "Hướng dẫn", "Tổ chức thực hiện", "Tổ chức triển khai",
    # A new sentence after a heading line with no mark: "3. Tổ chuyên môn" / "Các tổ trưởng chuyên môn
    # chỉ đạo…", "4. Nhân viên y tế trường học" / "Tổng hợp tình hình, báo cáo Hiệu trưởng hằng tuần."
    "Các", "Tổng hợp", "Báo cáo", "Đôn đốc",
)
# Directive words whose object is the doer: "Giao Phòng Nội vụ huyện: …", "Yêu cầu các cơ quan…",
# "Phấn đấu mỗi cơ quan, đơn vị tổ chức…".
DIRECTIVE_WORDS: tuple[str, ...] = (
    "giao cho", "giao", "yêu cầu", "đề nghị", "phấn đấu", "chỉ đạo",
    # A delegation, its object the doer: "Điều 1. Ủy quyền cho Chánh Văn phòng Ủy ban nhân dân tỉnh công bố thủ tục hành
    # chính …" (QĐ 3617/QĐ-UBND of Chủ tịch UBND tỉnh Thanh Hóa), "Ủy quyền Giám đốc Sở Nông nghiệp và Môi trường thực hiện
    # nhiệm vụ …" (QĐ 1617/QĐ-UBND of Chủ tịch UBND tỉnh Quảng Ngãi).
    "ủy quyền cho", "ủy quyền", "uỷ quyền cho", "uỷ quyền",
)
# A title before an office-holder, read past as a directive word is: "1. Đồng chí Trưởng Ban xây dựng
# Đảng - Trưởng Tiểu ban: Phụ trách chung…" (corpus 058), "Đồng chí Chủ tịch UBND xã chỉ đạo chung".
HONORIFIC_WORDS: tuple[str, ...] = (
    "đồng chí",
    # "1. Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ …" (a Thông báo of Văn phòng Chính phủ).
    "các đồng chí",
    # The courtesy of a decision's executing article: "Điều 3. Các ông (bà) Trưởng phòng Tổ chức - Hành chính, Trưởng
    # các khoa, phòng … chịu trách nhiệm thi hành Quyết định này" (a hospital's Quyết định).
    "các ông (bà)", "ông (bà)", "các ông/bà", "ông/bà", "các ông, bà",
)
# Directive words whose object is the doer only when they open the item: "6. Khuyến khích Liên
# đoàn Lao động tỉnh … xây dựng kế hoạch" (inside an item, "khuyến khích các doanh nghiệp …" mobilises).
ITEM_DIRECTIVE_WORDS: tuple[str, ...] = ("khuyến khích",)
# Openers after which a clause's subject follows a comma (or "thì"): "Trên cơ sở …, các đơn vị tiến
# hành…", "Kết thúc cuộc bầu cử, Ban Thường trực Ủy ban MTTQ …", "Trong thời gian giữa hai kỳ họp,
# Thường trực HĐND …", "Đối với vụ việc ở nơi công tác thì cơ quan, tổ chức, đơn vị …".
INTRO_WORDS: tuple[str, ...] = (
    "trên cơ sở", "căn cứ", "để", "trong quá trình", "sau khi", "khi", "từ nay", "đối với", "kết thúc",
    "trong thời gian", "trường hợp", "nếu", "trước khi", "ngay sau khi",
    # "Ngoài việc thực hiện theo các khoản 1 và 2 Điều này, Chánh Văn phòng còn phải thực hiện các nhiệm vụ sau đây:"
    # (a Quy chế làm việc of a Ban Quản lý dự án of Thành phố Hồ Chí Minh), "Ngoài ra, các đơn vị …".
    "ngoài việc", "ngoài ra",
    # "Riêng đối với việc xóa một phần hoặc toàn bộ nợ vay, Giám đốc Quỹ Bảo vệ môi trường báo cáo Hội đồng Quản lý Quỹ …"
    # (the Điều lệ of a provincial fund, QĐ 2696/QĐ-UBND Quảng Trị).
    "riêng đối với",
    # "Trong trường hợp cơ quan, tổ chức, đơn vị không có người đủ điều kiện … thì người đứng đầu cơ quan, tổ
    # chức, đơn vị kịp thời báo cáo …" (corpus 055).
    "trong trường hợp",
    # A short opening before the subject: "Sau kiểm tra, UBND huyện yêu cầu các xã, thị trấn …" (a Công văn
    # of UBND huyện Mộc Châu), "Qua kiểm tra, …", "Sau đó, các đơn vị …".
    "sau", "qua",
    # Under whose direction: "Dưới sự chỉ đạo của cấp ủy, các đảng bộ trực thuộc tiến hành tự kiểm tra …".
    "dưới sự chỉ đạo", "dưới sự lãnh đạo",
    # A letter's closing: "Nhận được công văn này, Bộ Giáo dục và Đào tạo đề nghị các sở giáo dục và đào tạo
    # chỉ đạo …" (CV 6435/BGDĐT-CTHSSV).
    "nhận được",
    # At the end of each period: "Cuối mỗi học kỳ và kết thúc năm học, Ban Giám hiệu tổ chức họp sơ kết, …; đồng thời báo
    # cáo kết quả thực hiện về Sở Giáo dục và Đào tạo" (a school's Kế hoạch).
    "cuối mỗi", "cuối năm", "cuối kỳ",
    # The year a duty starts: "Từ năm 2026, Sở Y tế báo cáo kết quả thực hiện về UBND tỉnh trước ngày 15/12 hằng năm".
    "từ năm", "kể từ năm", "bắt đầu từ năm",
    # The year, the term or the day a duty falls in, and the end of the work: "Năm 2026, Sở Y tế báo cáo …", "Giai đoạn
    # 2026 - 2030, Sở Xây dựng báo cáo UBND tỉnh hằng năm", "Ngày 15/12 hằng năm, các đơn vị gửi báo cáo về Sở Y tế", "Hết
    # thời gian thực hiện, Sở Tài chính báo cáo UBND tỉnh".
    "năm", "trong năm", "đến năm", "giai đoạn", "ngày", "từ ngày", "hết thời gian", "hết thời hạn",
    # An ordinal that numbers a conclusion's points: "*Thứ tư,* các địa phương cần chủ động, quyết liệt hơn nữa …; khi gặp
    # khó khăn, vướng mắc phải chủ động đề xuất, báo cáo cấp có thẩm quyền …" (TB 627/TB-VPCP).
    "thứ nhất", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "thứ tám", "thứ chín", "thứ mười",
)
# A period opening a clause, then a comma and its subject: "Định kỳ 6 tháng, các cơ quan, đơn vị báo
# cáo…", "Hằng năm, Sở Y tế tổng hợp…", "Định kỳ hằng quý, UBND các xã…".
# Its time limit may follow in brackets: "Định kỳ hằng tháng (trước ngày 20), các sở, ngành báo cáo…"; each period of a
# list its own: "Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12), các sở, ngành báo cáo…".
# The count of months may be written out in brackets, and the reports asked for at need joined with "hoặc": "Định kỳ 06
# (sáu) tháng hoặc đột xuất, Văn phòng UBND tỉnh báo cáo UBND tỉnh, Chủ tịch UBND tỉnh …" (QĐ 98/2025/QĐ-UBND of UBND tỉnh
# Nghệ An); "Định kỳ hoặc đột xuất, …" too.
_OPENING_LIMIT = r"(?:\s*\([^()]{1,40}\))?"
_OPENING_PERIOD = r"(?:(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)|(?:0?[1-9]|1[0-2])(?:\s*\([^()]{1,10}\))?\s+tháng|sáu\s+tháng)"
PERIOD_OPENING = re.compile(
    r"(?:(?:định kỳ\s+)?" + _OPENING_PERIOD + r"|định kỳ(?=\s+(?:hoặc|và)\s+đột xuất))" + _OPENING_LIMIT
    + r"(?:\s*(?:,|và|hoặc)\s*(?:" + _OPENING_PERIOD + r"|một năm|cả năm|năm|đột xuất)"
    + _OPENING_LIMIT + r")*\s*,\s+",
    re.IGNORECASE,
)
# A deadline opening a clause, then a comma and its subject: "Trước ngày 15/12 hàng năm, các cơ quan, đơn vị
# tổng hợp, báo cáo UBND tỉnh…", "Chậm nhất ngày 30/11/2025, Ủy ban nhân dân các xã báo cáo…".
# A time window too: "từ ngày 5 đến ngày 10 hằng tháng, Phòng Kế hoạch - Đầu tư kiểm tra, … tổng hợp báo cáo …"
# (a Quy chế of Sở Giao thông công chánh).
# The day with its month written out, after "vào": "Chậm nhất vào ngày 16 tháng 12 hằng năm, Ủy ban nhân dân cấp huyện có
# trách nhiệm báo cáo Sở Xây dựng …; chậm nhất vào ngày 20 tháng 12 hằng năm, Sở Xây dựng báo cáo …" (Thông tư
# 02/2019/TT-BXD).
DEADLINE_OPENING = re.compile(
    # "Định kỳ" before it: "3. Định kỳ trước ngày 31 tháng 12 hằng năm, Văn phòng Ban Chỉ đạo tổng hợp báo cáo …" (a Quy chế of
    # the Ban Chỉ đạo nhà nước về du lịch).
    r"(?:định\s+kỳ\s+)?"
    r"(?:(?:trước|chậm nhất(?:\s+là)?)\s+(?:vào\s+)?(?:ngày\s+)?\d{1,2}"
    r"(?:\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?|\s+tháng\s+\d{1,2}(?:\s*,?\s*năm\s+\d{4})?)"
    r"|từ\s+ngày\s+\d{1,2}(?:\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)?\s+đến\s+(?:ngày\s+)?\d{1,2}(?:\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?)?"
    # A period the work falls in: "c) Trong quý I của năm liền kề đánh giá, Sở Nội vụ chủ trì, … báo cáo về Ủy ban nhân dân
    # thành phố …" (QĐ 2519/QĐ-UBND of UBND thành phố Cần Thơ), "Trong tháng 12/2025, …".
    r"|trong\s+(?:quý|tháng|năm|tuần)(?:\s+[^,;.:()]{1,40}?)?"
    # A time limit counted in days from an event: "1. Chậm nhất là 30 ngày, trước ngày khai mạc kỳ họp thường lệ của HĐND
    # tỉnh, các sở, ban, ngành có Báo cáo tổng hợp, … báo cáo Chủ tịch UBND tỉnh." (QĐ 98/2025/QĐ-UBND of UBND tỉnh Nghệ
    # An), "Trong thời hạn 10 ngày làm việc kể từ ngày nhận được kiến nghị, các sở, ban, ngành …".
    r"|(?:chậm\s+nhất(?:\s+là)?|trong(?:\s+thời\s+hạn)?)\s+\d{1,3}\s+ngày(?:\s+làm\s+việc)?"
    r"(?:\s*,?\s*(?:trước|sau|kể\s+từ)\s+(?:ngày\s+)?[^,;.:()]{1,60}?)?)"
    r"(?:\s+(?:hằng|hàng)\s+(?:năm|quý|tháng))?\s*,\s+",
    re.IGNORECASE,
)
# The course of the work opening a clause, its subject a group right after it, with or without a comma: "Quá trình thực
# hiện các cấp, các ngành, các đơn vị phát hiện thấy có những vấn đề chưa phù hợp …, báo cáo Ủy ban nhân dân Thành phố
# qua Sở Nội vụ" (QĐ 35/2024/QĐ-UBND of UBND thành phố Hà Nội), "Trong quá trình thực hiện Kế hoạch này các đơn vị …".
PROCESS_OPENING = re.compile(
    r"(?:trong\s+)?quá\s+trình\s+(?:tổ\s+chức\s+)?(?:triển\s+khai\s+)?thực\s+hiện"
    r"(?:\s+(?:Kế\s+hoạch|Quy\s+chế|Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Chương\s+trình)(?:\s+này)?)?\s*,?\s+(?=(?:các|mỗi|từng)\s)",
    re.IGNORECASE,
)
# Openers after a comma that start a new subject: ", đặc biệt các cơ quan, đơn vị phụ trách xã…".
COMMA_OPENERS: tuple[str, ...] = ("đặc biệt", "đồng thời", "trong đó")
# Parent bodies that follow a unit as an apposition: "Phòng Tổ chức - Hành chính, Sở Y tế".
PARENT_HEADS: tuple[str, ...] = ("sở", "bộ", "bệnh viện", "ủy ban nhân dân", "ubnd", "trung tâm")
UNIT_HEADS: tuple[str, ...] = ("phòng", "văn phòng", "khoa", "tổ", "ban", "bộ phận")
# One office serving two bodies, named with "và": "Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh"
# (corpus 002), "Văn phòng HĐND và UBND huyện".
# The office's first body is named without its level, which the second gives for both.
# Its head too: "Chánh văn phòng HĐND và UBND tỉnh" (QĐ 29/2002/QĐ-UB of UBND tỉnh Hưng Yên).
OFFICE_OF_ORGAN = re.compile(r"(?:chánh )?văn phòng (?:đoàn đại biểu quốc hội|hđnd|ubnd|hội đồng nhân dân|(?:ủy|uỷ) ban nhân dân)")
OFFICE_SERVED: tuple[str, ...] = ("hđnd", "ubnd", "hội đồng nhân dân", "ủy ban nhân dân", "uỷ ban nhân dân")
# A unit that names its owner already, after which a department is a body of its own, no parent: "Văn phòng UBND tỉnh, Sở
# Công Thương, Sở Văn hóa, Thể thao và Du lịch" (QĐ 471 of UBND tỉnh Bắc Ninh), not "Phòng Tổ chức - Hành chính, Sở Y tế".
OWNER_NAMED = re.compile(r"\s(?:UBND|HĐND|Ủy ban|Uỷ ban|Hội đồng|Sở|Bộ|Tỉnh ủy|Huyện ủy|Thành ủy|Đảng ủy)(?![\wđ])")
# Names that alone say nothing: "Đơn vị chủ trì…" is a label, not a doer.
BARE_NAMES = frozenset({
    "đơn vị", "cơ quan", "thành viên", "trưởng", "lãnh đạo", "cán bộ", "thường trực",
    # A title cut from its unit: "Trưởng Ban" of "Trưởng Ban xây dựng Đảng" (corpus 058, "xây dựng"
    # written in lower case ends the name).
    "trưởng ban", "phó trưởng ban", "trưởng phòng", "phó trưởng phòng", "trưởng khoa",
})


def _longest_first(words) -> list[str]:
    return sorted(words, key=len, reverse=True)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in _longest_first(words))


_W = r"(?![\wĐđ])"  # end of a word
# A name's head at a position: "Các cơ quan, đơn vị…", "Sở Y tế", "UBND huyện".
# Grouped under their first two letters (same matches as the plain alternation, PLAIN_HEAD in
# tests/test_speed_prefixes.py; ~2.5x faster at a clause start than the plain form, and the second letter
# saves a fifth again: most heads open with "c", "các …").
HEAD = re.compile(rf"(?:{by_first_two_letters_ignorecase(_longest_first(NAME_HEADS))}){_W}", re.IGNORECASE)
# A head that must be followed by a capitalised word (checked in code): "Sở Y tế", not "Sở, ngành".
PROPER_HEAD = re.compile(rf"(?:{by_first_letter_ignorecase(_longest_first(PROPER_HEADS))}) (?=\w)", re.IGNORECASE)
# A word that ends the name, in lower case as predicates are written ("Tổ chức" in a name is not one).
# The word lists are grouped under their first letter (same matches, faster scans).
# "tự" before a verb, doing it oneself: "Các khoa, phòng tự kiểm tra, đánh giá …", "các đơn vị tự rà soát". Not "tự" in a
# name or a kind of body: "Tổ tự quản", "đơn vị sự nghiệp tự bảo đảm chi thường xuyên", "Ban Chỉ huy Tự vệ".
REFLEXIVE_VERBS: tuple[str, ...] = (
    "kiểm tra", "đánh giá", "rà soát", "chấm điểm", "tổ chức", "xây dựng", "chịu trách nhiệm", "thực hiện",
    "triển khai", "giám sát", "khắc phục", "chấn chỉnh", "nghiên cứu", "học tập", "bố trí", "cân đối",
)
# What follows the "t" of "tự" (the fast PREDICATE reads the first letter apart).
_REFLEXIVE_AFTER_T = rf"ự\s+(?=(?:{_alternation(REFLEXIVE_VERBS)}){_W})"
REFLEXIVE = "t" + _REFLEXIVE_AFTER_T
#
# Its plain form, "(?<![\wđ])(?:predicate words){_W}|(?<=\s)(?:capital predicates){_W}|(?<!Ban )(?<=\s)Chỉ
# đạo(?![\wđ])" (PLAIN_PREDICATE), opens with lookbehinds: the regex engine tried it at every character
# of the span searched. Here every alternative opens with a word's first letter and checks what lies
# before the word one character on ("(?<![\wđ].)" after the letter is "(?<![\wđ])" before it): the
# engine skips at C speed to the next letter that can open a word (a character set prefix). The words
# of the three alternatives open with distinct letters (lower case; capitals; "C" of "Chỉ đạo" last
# among the capitals), so the same alternatives are tried in the same order at every place: the same
# matches.
PLAIN_PREDICATE = re.compile(
    rf"(?<![\wđ])(?:{by_first_letter(_longest_first(PREDICATE_WORDS))}){_W}"
    rf"|(?<![\wđ]){REFLEXIVE}"
    rf"|(?<=\s)(?:{by_first_letter(_longest_first(CAPITAL_PREDICATES))}){_W}"
    r"|(?<!Ban )(?<=\s)Chỉ đạo(?![\wđ])"
)
# The words before "tổng hợp" that make it part of a department's name, not the verb "compile": a hospital's "Phòng
# Kế hoạch tổng hợp" ("gửi báo cáo về Phòng Kế hoạch tổng hợp trước ngày 15/12/2025"), and the hyphenated "Phòng Kế
# hoạch - Tổng hợp", "Phòng Hành chính - Tổng hợp". Not "Phòng Hành chính tổng hợp, báo cáo …" (the verb may follow).
COMPILING_DEPARTMENT_BEFORE = re.compile(r"(?:[Pp]hòng\s+Kế\s+hoạch\s+|(?:Kế\s+hoạch|Hành\s+chính)\s*[-–]\s*)$")
_COMPILE_WORDS = frozenset(("tổng hợp", "Tổng hợp"))


def _predicate_pattern() -> str:
    lower = first_letter_groups(_longest_first(PREDICATE_WORDS))
    upper = first_letter_groups(_longest_first(CAPITAL_PREDICATES))
    assert all(f.islower() for f in lower) and all(f.isupper() for f in upper)
    branches = [
        # "tự" before a verb (REFLEXIVE) is tried after the words of its letter, as in the plain form.
        rf"{re.escape(f)}(?<![\wđ].)(?:(?:{rests}){_W}" + (f"|{_REFLEXIVE_AFTER_T})" if f == "t" else ")")
        for f, rests in lower.items()
    ]
    if "t" not in lower:
        branches.append(rf"t(?<![\wđ].){_REFLEXIVE_AFTER_T}")
    for f, rests in upper.items():
        tail = r"|(?<!Ban .)(?<=\s.)hỉ đạo(?![\wđ])" if f == "C" else ""
        branches.append(rf"{re.escape(f)}(?:(?<=\s.)(?:{rests}){_W}{tail})")
    if "C" not in upper:
        branches.append(r"C(?<!Ban .)(?<=\s.)hỉ đạo(?![\wđ])")
    return "|".join(branches)


PREDICATE = re.compile(_predicate_pattern())
# Punctuation that ends a name: "Giao Phòng Nội vụ huyện: Làm đầu mối", "… xã, thị trấn;".
# Bold closed and reopened around a space ("Chủ tịch** **Ủy ban nhân dân các xã", corpus 042) is
# markup, not an end. A table's cell bar too: "Báo cáo kết quả … gửi UBND tỉnh | Văn phòng HĐND và UBND xã |"
# (a row of a task table).
# Written as one character class then what follows its "*" (the "*" of "**" read first, the lookbehind
# one character on), so that the regex engine skips at C speed to the next of those characters (a
# character set prefix), where "[:;.()\[\]]|(?<!\*\* )\*\*(?! \*\*)" was tried at every character: the same
# matches.
# Bold closed and reopened around a list's comma or "và" is markup too: "**Thủ trưởng các sở, ban, ngành**, **Chủ tịch UBND
# các huyện** báo cáo …", "báo cáo **Bộ Y tế** và **UBND tỉnh**" (a list of bodies, each in bold; the marks are taken out of
# the name read, ``name_at``).
# The dot of a city's mark, "TP." before its name, is no end: "Sở GDĐT TP. Hồ Chí Minh chủ trì" (read to "TP" before).
CITY_MARK_DOT = rf"(?!(?<=\b[Tt][Pp]\.) ?[{UPPER_LETTERS}])"
NAME_END = re.compile(
    r"[:;.()\[\]|*](?:(?<!\*)" + CITY_MARK_DOT + r"|(?<!\*\* \*)(?<!\*\*, \*)(?<!\*\* và \*)\*(?! \*\*)(?!, \*\*)(?! và \*\*))"
)
# A list item's letter mark at a name's end, its bracket after it (``name_at``): "… Môi trường a" in "… Môi trường a) Chủ trì".
ITEM_MARK_TAIL = re.compile(r"\s+[a-zđ]$")
# The most characters a name runs from its first word ("name_at").
NAME_SPAN = 400
# A directive word at a clause start: "Giao Văn phòng Sở Y tế theo dõi", "Yêu cầu các cơ quan".
DIRECTIVE = re.compile(rf"(?:{_alternation(DIRECTIVE_WORDS + HONORIFIC_WORDS)})\s+", re.IGNORECASE)
# A directive verb after a subject, whose object is the doer: "HĐND tỉnh giao Thường trực HĐND tỉnh…",
# "UBND tỉnh yêu cầu các sở, ngành…".
ASSIGNING = re.compile(r"(?:giao cho|giao|yêu cầu|đề nghị)\s+")
ITEM_DIRECTIVE = re.compile(rf"(?:{_alternation(ITEM_DIRECTIVE_WORDS)})\s+", re.IGNORECASE)
# A letter's courtesy between its subject and its verb: "trân trọng" in "Cục Lãnh sự trân trọng đề nghị …", "xin trân trọng",
# "kính".
COURTESY_BEFORE_VERB = re.compile(r"(?:xin\s+)?(?:trân\s+trọng|kính)\s+|xin\s+")
# The courtesy before the object of such a verb: "các đồng chí" in "Thủ tướng Chính phủ đề nghị các đồng chí Bộ trưởng, …".
HONORIFIC_OBJECT = re.compile(rf"(?:các\s+)?(?:{_alternation(HONORIFIC_WORDS)})\s+", re.IGNORECASE)
INTRO = re.compile(rf"(?:{_alternation(INTRO_WORDS)}){_W}", re.IGNORECASE)
# "Chính phủ" (or "Thủ tướng Chính phủ") asking at a clause's start, up to its directive (``doers``): "Chính phủ trân trọng
# đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam …", "Chính phủ yêu cầu các bộ, ngành …" (not "Chính phủ quyết nghị:").
GOVERNMENT_ASKS = re.compile(r"Chính\s+phủ\s+(?:(?:xin\s+)?trân\s+trọng\s+)?(?=(?:đề\s+nghị|yêu\s+cầu|giao)\s)")
COMMA_OPENER = re.compile(rf",\s+(?:(?:{_alternation(COMMA_OPENERS)})\s+|(?=(?:phấn đấu|giao|yêu cầu|đề nghị)\s))")
# A subject in capitals after a comma, the directive verb after it (ASSIGNING), whose object is the doer: "Thủ tướng Chính
# phủ" in "Đây là nhiệm vụ rất quan trọng, cấp bách, …, Thủ tướng Chính phủ đề nghị các đồng chí Bộ trưởng, … thực hiện
# chủ động sáng tạo" (Công điện 229/CĐ-TTg): a clause starts at the subject.
SUBJECT_DIRECTIVE_AFTER_COMMA = re.compile(rf",\s+(?=[{UPPER_LETTERS}][^,;:.()]{{2,60}}?\s(?:giao|yêu cầu|đề nghị)\s)")
# Where the subject starts after an opening phrase: after its first comma ("Kết thúc cuộc bầu cử,
# Ban Thường trực …"; ", thì cơ quan X" too) or after its "thì" ("Đối với vụ việc … thì cơ quan, …").
OPENING_END = re.compile(r",[*_]*\s+(?:thì\s+)?|\s+thì\s+")
_OPENING_SPAN = 160
# Conditions, whose own words may list bodies ("trường hợp xác minh người ứng cử là đảng viên thuộc
# diện Bộ Chính trị, Ban Bí thư quản lý, … thì …"): the subject follows their "thì", or a comma
# after a short condition ("Trường hợp phát sinh vướng mắc, các đơn vị báo cáo…").
CONDITION = re.compile(r"(?:trường hợp|nếu)(?![\wđ])", re.IGNORECASE)
# The "thì" that closes a condition, ahead in its opening.
THEN_AHEAD = re.compile(r"t(?<![\wđ].)hì(?![\wđ])")  # "t" first, the lookbehind one character on: the engine skips to each "t"


def _then_ahead(s: str, i: int, brk: re.Match | None) -> bool:
    """Whether a "thì" follows s[i] in its clause (up to ``brk``, else to the next clause break however far: "trường
    hợp xác minh người ứng cử là đảng viên thuộc diện Bộ Chính trị, Ban Bí thư quản lý, đảng viên thuộc diện … theo
    Quy định số 296-QĐ/TW … thì …", corpus 055)."""
    if brk is None:
        brk = CLAUSE_BREAK.search(s, i)
    return THEN_AHEAD.search(s, i, brk.start() if brk else len(s)) is not None
_SHORT_CONDITION_WORDS = 8
# A condition word inside an opening phrase (group 1): "Trong quá trình thực hiện nếu có khó khăn, …".
# The last word of a condition's trouble run on to the subject with no comma: "nếu có khó khăn, vướng mắc các cơ quan, đơn vị
# kịp thời phản ánh …", "nếu có vướng mắc các sở, ngành báo cáo …" (the subject a plural group or a body's head).
TROUBLE_THEN_SUBJECT = re.compile(
    r"(?<![\wđ])(?:vướng\s+mắc|khó\s+khăn|phát\s+sinh)\s+(?=(?:các|Các|Sở|Ủy\s+ban|UBND|Phòng|Ban|Thủ\s+trưởng|Chủ\s+tịch)\s)"
)
INNER_CONDITION = re.compile(r"\s(nếu|trường hợp)(?![\wđ])")
# A name that asks "which one": "thì đơn vị nào có số lượng … cao hơn" is a condition, not a doer.
WHICH_END = re.compile(r"\snào$", re.IGNORECASE)
# A plural word before a predicate word makes it a noun: "và các tổ chức", "những việc"; so does
# "lĩnh vực": "Các doanh nghiệp hoạt động trong lĩnh vực xây dựng, giao thông…".
NOUN_BEFORE = re.compile(r"(?:các|những|mỗi|từng|lĩnh vực)\s+$")
# "đóng" before a locative keeps it in the name: "các cơ quan báo chí đóng trên địa bàn tỉnh",
# "cơ quan ngành dọc đóng trên địa bàn".
LOCATED_BEFORE = re.compile(r"(?<![\wđ])đóng\s+$")
# "tổ chức" as the head of a kind of organisation, a noun in a list of bodies: "Các sở, ban, ngành, tổ
# chức chính trị - xã hội, Ủy ban nhân dân các xã, phường chịu trách nhiệm …" (corpus 027), "…, tổ chức
# thành viên", "…, tổ chức đoàn thể", "các cơ quan, đơn vị, tổ chức đảng trực thuộc" (a Thể lệ of Đảng ủy phường).
# Not "tổ chức hội nghị" (organise a conference).
ORGANISATION_KIND = re.compile(r"\s+(?:chính\s+trị|thành\s+viên|đoàn\s+thể|kinh\s+tế|tín\s+dụng|xã\s+hội|[Đđ]ảng)(?![\wđ])")
# A list of nouns going on after "…, tổ chức": "cơ quan, tổ chức, đơn vị", "cơ quan, tổ chức và cá nhân".
# A locative or a time after it ends the list there: "Thủ trưởng các cơ quan, tổ chức trong phạm vi quyền hạn của mình
# có trách nhiệm chỉ đạo …" (a Quy định of UBND tỉnh Bình Phước).
LIST_GOES_ON = re.compile(r",\s|\s+và\s|\s+(?:có\s+)?liên\s+quan|\s+(?:trong\s+phạm\s+vi|trên\s+địa\s+bàn|trong\s+quá\s+trình)(?![\wđ])")
# The word before and the word after a predicate word, for COMPOUND_NOUNS.
_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_WORD_AFTER = re.compile(r"\s+(\w+)")
# The one or two words before a predicate: "Du lịch " of "… và Du lịch trình".
_TWO_WORDS_BEFORE = re.compile(r"(?:(\w+)\s+)?(\w+)\s+$")
# Function words that cannot end a name: "của cơ quan, đơn vị và gửi về…" -> "cơ quan, đơn vị";
# "3. Ban Công tác Mặt trận các" (a cut line) -> "Ban Công tác Mặt trận".
TRAILING_FUNCTION_WORDS = re.compile(r"(?:[\s,]+(?:và|hoặc|các|những|của|với|cùng))+$")
# Persons named after a list of bodies, who are no body: "Ban Thường trực Ủy ban MTTQ xã, các bộ phận chuyên môn
# thuộc Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam xã và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành
# Quyết định này" (corpus 062; the name ends at the bracket).
# Also with the courtesy's second word: "Trưởng các thôn và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành …" (a
# commune's Quyết định), "và các ông (bà)", "và ông/bà".
TRAILING_PERSONS = re.compile(r"[\s,]+(?:và|hoặc)\s+(?:các\s+)?(?:ông|bà)(?:\s*[,/]\s*bà|\s*\(\s*bà\s*\))?$")
# What a phrase ends with when TRAILING_PERSONS or TRAILING_FUNCTION_WORDS may match it ("$" also holds before a
# last newline): the regex, which tries each space of the phrase, is run only then (``_without_trailing_words``).
_PERSONS_ENDS = ("ông", "bà", ")", "\n")
_FUNCTION_WORDS_ENDS = ("và", "hoặc", "các", "những", "của", "với", "cùng", "\n")
# A label naming bodies that only cooperate: "*Đơn vị phối hợp: *Sở Nội vụ, Sở Tư pháp."
COOPERATE_LABEL = re.compile(r"phối\s+hợp(?:\s+thực\s+hiện)?\s*:[\s*_]*$", re.IGNORECASE)
# The same label read forward, and the end of its list: its sentence, a bullet, or the next label's colon ("*Đơn vị phối
# hợp: *Sở Tư pháp; các cơ quan, đơn vị, địa phương liên quan. *Thời gian thực hiện: *…", corpus 001; "- Cơ quan phối
# hợp: Các sở, ngành; Ủy ban nhân dân các xã, phường.", corpus 017): the names after its semicolons cooperate too.
COOPERATE_LABEL_AHEAD = re.compile(r"p(?<![\wđ].)hối\s+hợp(?:\s+thực\s+hiện)?\s*:", re.IGNORECASE)
COOPERATE_LIST_END = re.compile(r"\.[\s*_]|\s[-–+•]\s|:")
# Kinds of staff written in lower case, right after a semicolon: one more group of a list of the people a task is for,
# not a clause's subject ("Tổ chức tập huấn … cho cán bộ, công chức trực tiếp làm công tác việc làm thuộc ngành Nội vụ;
# cán bộ, công chức trực tiếp làm công tác phát triển kỹ năng nghề …", corpus 006; "theo từng đối tượng: Người dân;
# công chức, viên chức; người lao động trong các ngành, lĩnh vực; học sinh, sinh viên", corpus 031).
LISTED_PEOPLE = re.compile(r"(?:cán bộ|công chức|viên chức|người lao động|đảng viên|nhân viên|giáo viên|học sinh|sinh viên)(?![\wđ])")
_LISTED_PEOPLE_FIRST = frozenset({"cán", "công", "viên", "người", "đảng", "nhân", "giáo", "học", "sinh"})
# A label listing a meeting's participants, who attend, not do: "- Thành phần: Ban Thường trực Ủy ban MTTQ
# xã; Thường trực HĐND, UBND xã; Ủy ban Bầu cử xã; …" (a Kế hoạch of UBMTTQ xã Lương Minh), "Thành phần
# tham dự:", "Mời dự:". Its list runs to the end of its sentence or bullet (PARTICIPANTS_END).
PARTICIPANTS_LABEL = re.compile(
    r"(?<![\wđ])(?:[Tt]hành\s+phần(?:\s+(?:tham\s+dự|tham\s+gia|mời|dự\s+họp|hội\s+nghị|cuộc\s+họp))?|[Mm]ời\s+dự|[Kk]hách\s+mời)\s*:"
)
PARTICIPANTS_END = re.compile(r"\.[\s*_]|\s[-–+•]\s")
# A unit named by its field, whose words are predicate words in lower case: "Trưởng Ban xây dựng Đảng",
# "Trưởng ban chỉ đạo Đại hội", "Ban quản lý dự án" (FIELD_AFTER_UNIT: the word right after "Ban");
# police departments, "Cục Cảnh sát quản lý hành chính về trật tự xã hội", "Phòng Cảnh sát điều tra tội
# phạm về ma túy" (FIELD_AFTER_POLICE: the word after "Cảnh sát", and "về" after its field).
# A council named by its office the same: "báo cáo Chính phủ, Thủ tướng Chính phủ, Hội đồng quản lý bảo hiểm xã hội kết
# quả thực hiện" (NQ 113 of Chính phủ; the addressees were cut at "Hội đồng").
FIELD_AFTER_UNIT = re.compile(r"(?<![\wđ])(?:[Bb]an|Hội\s+đồng)\s+$")
FIELD_AFTER_POLICE = re.compile(r"(?<![\wđ])Cảnh\s+sát\s+$")
POLICE_FIELD_ABOUT = re.compile(r"(?<![\wđ])Cảnh\s+sát\s+[^,;:.()]{2,40}?\s(?:hành\s+chính|tội\s+phạm)\s+$")
# "xây dựng" names a field only before "Đảng" ("Ban xây dựng Đảng"); "Ban xây dựng kế hoạch" is a verb.
PARTY_AFTER = re.compile(r"\s+Đảng(?![\wđ])")
# A noun that a head word opens and that names no body: "Tổng hợp, báo cáo kịp thời các trường hợp chậm
# tiến độ" (the cases reported, not "các trường", schools); "2. Các hội nghị (bao gồm hội nghị triển khai kế
# hoạch …)" (meetings, not "các hội", associations: a Quy chế làm việc of UBND huyện Mai Châu), "các hội thảo",
# "các hội thi". Checked after a head ending with its last letter (_NOT_BODY_HEAD_LAST).
NOT_BODY_AFTER_HEAD = re.compile(r"\s+(?:hợp|nghị|thảo|thi|diễn)(?![\wđ])")
_NOT_BODY_HEAD_LAST = frozenset("gGiI")
# The field of a Party committee's board written in lower case after "Ban": "1. Ban xây dựng Đảng chủ trì tham mưu kế
# hoạch, báo cáo Thường trực Đảng ủy …" (a commune Đảng ủy's letter, 2026), "Ban xây dựng Đảng xã".
PARTY_BOARD_FIELD = re.compile(r"xây\s+dựng\s+Đảng(?![\wđ])")
# What follows "Bộ" when it is a set, not a ministry: "Bộ Luật Dân sự năm 2015, Bộ Luật Hình sự năm 2015" (a plan's list
# of laws to disseminate), "Bộ Tiêu chí quốc gia về xã nông thôn mới", "Bộ Quy tắc ứng xử", "Bộ Công cụ", "Bộ Câu hỏi".
# What follows "Vụ" when it is a crop season, not a department: "Vụ Đông Xuân 2024-2025", "Vụ Hè Thu", "Vụ Mùa".
SEASON_AFTER_VU = re.compile(r"\s+(?:Đông|Xuân|Hè|Thu|Mùa|Chiêm)(?![\wđ])")
SET_AFTER_BO = re.compile(r"\s+(?:[Ll]uật|[Tt]iêu\s+chí|[Qq]uy\s+tắc|[Cc]ông\s+cụ|[Cc]âu\s+hỏi|[Hh]ồ\s+sơ|[Cc]hỉ\s+số)(?![\wđ])")
# A capitalised head that only a capitalised name follows ("Viện", "Trung tâm", PROPER_HEADS) right
# before a capitalised predicate word: the word opens the body's name, "Viện Nghiên cứu phát triển Thành
# phố" (not "Viện" cut before "Nghiên cứu"), "Trung tâm Nghiên cứu …".
PROPER_HEAD_BEFORE = re.compile(rf"(?<![\wđ])(?:{_alternation(PROPER_HEADS)})\s+$", re.IGNORECASE)
_UNIT_FIELDS = frozenset({"xây dựng", "chỉ đạo", "quản lý"})
_POLICE_FIELDS = frozenset({"quản lý", "điều tra"})
_FIELD_WORDS = _UNIT_FIELDS | _POLICE_FIELDS | {"về"}
# The field an office-holder is in charge of, whose first word may be a predicate's: "Phó Chủ tịch phụ trách công tác xây
# dựng cơ bản báo cáo Chủ tịch UBND tỉnh", "Giám đốc Sở phụ trách công tác thi đua tham mưu …", "Phó Chủ tịch phụ trách
# công tác tổng hợp báo cáo …": the name runs to the next predicate ("báo cáo", "tham mưu"), past the field's first word
# (which cut it at "phụ trách công tác", a name with no field).
FIELD_IN_CHARGE_BEFORE = re.compile(r"(?<![\wđ])phụ\s+trách\s+(?:công\s+tác|lĩnh\s+vực|mảng)\s+$")
# The fewest characters before it: "Chủ tịch phụ trách công tác " and longer.
_FIELD_IN_CHARGE_MIN = 20


def _after_proper_head(s: str, i: int, at: int) -> bool:
    """Whether s[i:at] ends with a capitalised PROPER_HEADS word ("… Viện ")."""
    m = PROPER_HEAD_BEFORE.search(s, max(i, at - 16), at)
    return m is not None and s[m.start()].isupper()


def _names_field(s: str, i: int, pm: re.Match, endpos: int) -> bool:
    """Whether the predicate word ``pm`` inside the name that starts at s[i] names the unit's field."""
    word = pm.group(0)
    lo = max(i, pm.start() - 80)
    if word == "về":
        return POLICE_FIELD_ABOUT.search(s, lo, pm.start()) is not None
    if word in _POLICE_FIELDS and FIELD_AFTER_POLICE.search(s, lo, pm.start()):
        return True
    if word in _UNIT_FIELDS and FIELD_AFTER_UNIT.search(s, lo, pm.start()):
        return word != "xây dựng" or PARTY_AFTER.match(s, pm.end(), endpos) is not None
    if word == "xây dựng" and PROJECT_BOARD_BEFORE.search(s, lo, pm.start()):
        return True  # "Ban Quản lý dự án đầu tư xây dựng tỉnh"
    return False


# A project board named by its work, "xây dựng" part of its name: "định kỳ hằng tháng báo cáo kết quả về Ban Quản lý dự án
# đầu tư xây dựng tỉnh trước ngày 20" (a Thông báo kết luận of UBND tỉnh; the name was cut at "đầu tư").
PROJECT_BOARD_BEFORE = re.compile(r"(?<![\wđ])[Qq]uản\s+lý\s+dự\s+án\s+đầu\s+tư\s+$")


# The Party's staff organs, named by their role: "Các cơ quan tham mưu, giúp việc Huyện ủy chủ trì, phối hợp …" ("tham
# mưu" and "giúp" are verbs elsewhere).
STAFF_ORGANS_BEFORE = re.compile(r"(?<![\wđ])[Cc]ơ\s+quan\s+$")
STAFF_ORGANS_AFTER = re.compile(r"\s*,?\s*giúp\s+việc(?![\wđ])")


# A body's role after a dash, which is not part of its name: "Cục Cảnh sát Quản lý hành chính về trật tự
# xã hội - Cơ quan thường trực Tổ công tác triển khai Đề án 06" (corpus 020). A dash between two titles
# of one office-holder stays ("Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban", corpus 058).
# The office after a dash that gives its holder a second one: "Bộ trưởng Bộ Tài chính - Phó Trưởng ban Thường trực Ban Chỉ
# đạo 389 quốc gia", "Phó Thủ tướng Chính phủ - Trưởng Ban Chỉ đạo 389 quốc gia" (CV 11554/VPCP-V.I). After an owner's "của"
# ("theo chỉ đạo của Phó Thủ tướng Chính phủ - Trưởng Ban …", OWNED_BEFORE_DASH) it opens no doer (``doers``).
ROLE_AFTER_DASH = re.compile(r"(?:Phó\s+)?(?:Trưởng\s+(?:[Bb]an|[Tt]iểu\s+ban)|Tổ\s+trưởng|Chủ\s+tịch|Giám\s+đốc|Bộ\s+trưởng)\s")
OWNED_BEFORE_DASH = re.compile(r"(?<![\wđ])của\s+[^,.;:()]{3,50}$")
ROLE_APPOSITION = re.compile(r" - [Cc]ơ quan (?:thường trực|chủ trì|đầu mối)(?![\wđ])")
# Locative predicate words that "đóng" keeps in a name (LOCATED_BEFORE).
_LOCATIVES = frozenset({"trên địa bàn", "tại"})
# Where clauses start inside an item: after . ; : and bullets.
CLAUSE_BREAK = re.compile(r"(?:[.;:!?]|\.\.\.)[\s*_”\"]+|\s[-–+•]\s+")
# The lead of a label line naming the doer: "*Đơn vị chủ trì thực hiện: *Các Sở, ngành…".
LEAD_LABEL = re.compile(r"(?:Đơn vị|Cơ quan)\s+chủ\s+trì(?:\s+thực\s+hiện)?\s*:[\s*_]*", re.IGNORECASE)
# The fields an office-holder is in charge of, the end of the name, which lists them: "Các Phó chủ tịch phụ
# trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng" (one office, not "các Hội quần chúng" as a body).
FIELDS_IN_CHARGE = re.compile(r"\sphụ\s+trách\s+(?:các\s+)?lĩnh\s+vực\s")
# Conjunct boundaries inside a name: ", " or " và " before a capitalised head or a unit kind.
# One character class opens it (a comma or a space, then what follows either), so that the regex engine
# skips at C speed to the next of them (a character set prefix), where the plain form ",\s+|\s+và\s+"
# (PLAIN_CONJUNCT) was tried at every character: the same matches.
# A comma with no space after it parts the bodies the same: "báo cáo Bộ Tài nguyên và Môi trường,Chủ tịch UBND tỉnh
# trước ngày 15/4/2013" (a Công văn of Sở Tài nguyên và Môi trường tỉnh Bắc Giang).
PLAIN_CONJUNCT = re.compile(r",\s*|\s+và\s+")
CONJUNCT = re.compile(r"[,\s](?:(?<=,)\s*|(?<!,)\s*và\s+)")
# A conjunct that is a body of its own though no name's head starts it: ", đơn vị sự nghiệp công
# lập"; "Bộ, ngành" (the ministries and branches) in "gửi Sở Nông nghiệp và Môi trường và Bộ, ngành
# trực tiếp quản lý" (corpus 011).
# The departments and branches the same: "gửi về Ban Chỉ đạo các Chương trình mục tiêu quốc gia thành phố và Sở, ngành
# trực tiếp quản lý" (corpus 011).
STRONG_HEAD = re.compile(r"đơn vị sự nghiệp|(?:Bộ|Sở), ngành(?!\w)")
# An office-holder over a list of kinds of body in lower case, the whole piece: "Thủ trưởng các sở, ban, ngành" — a "đơn
# vị sự nghiệp" after it is one more kind of its list ("Thủ trưởng các sở, ban, ngành, đơn vị sự nghiệp"), not a body.
# The kinds may be capitalised: "Giám đốc các Ban, Sở, ngành có liên quan" (the Quy định of QĐ 223/2025/QĐ-UBND of UBND
# thành phố Hải Phòng), a "Sở, ngành" after it one more kind, not a body.
HOLDER_OF_KINDS = re.compile(
    r"[\s,]*(?:Thủ trưởng|Giám đốc|Lãnh đạo)\s+các\s+(?:[sS]ở|[bB]an|ngành|cơ quan|đơn vị|đoàn thể)"
    r"(?:,\s*(?:[sS]ở|[bB]an|ngành|cơ quan|đơn vị|đoàn thể))*"
)
# An office-holder written in lower case before the bodies it heads: "thủ trưởng các sở, ban, ngành", "giám đốc
# các đơn vị", "chủ tịch Ủy ban nhân dân các xã".
# The deputies of a body, in lower case, read the same: "…, Đoàn đại biểu Quốc hội, đại biểu Quốc hội và Ủy ban Trung
# ương Mặt trận Tổ quốc Việt Nam" (NQ 78 of Ủy ban Thường vụ Quốc hội); a commune's civil servant named by the field
# in capitals: "Điều 3. Văn phòng HĐND và UBND xã, công chức Lao động - Thương binh và Xã hội, Trưởng các thôn … chịu
# trách nhiệm thi hành Quyết định này" (a commune's Quyết định; not "cán bộ, công chức của xã", a kind of people).
OFFICE_HOLDER_LOWER = re.compile(
    r"(?:thủ trưởng|giám đốc|chủ tịch|người đứng đầu)\s+(?:các\s|Sở\s|Ủy ban|UBND|cơ quan|đơn vị)"
    rf"|đại biểu\s+(?:Quốc hội|Hội đồng nhân dân|HĐND)(?![\wđ])|công\s+chức\s+[{UPPER_LETTERS}]"
)
# The kinds of body and person concerned, listed after "và" in lower case: "và cơ quan, tổ chức, cá nhân có liên
# quan", "và tổ chức, cá nhân".
GENERIC_KINDS = re.compile(r"(?:cơ quan|tổ chức|đơn vị)(?:\s*,\s*(?:cơ quan|tổ chức|đơn vị|doanh nghiệp))*\s*(?:,|và)\s*cá nhân(?![\wđ])")
_LEADING = re.compile(r"^[\s*_“”\"'(\-–+•]+")
# A complement shared by the last conjunct: " các đơn vị" in "Chủ tịch công đoàn các đơn vị".
SHARED_TAIL = re.compile(r"\s(các\s.+)$")
# A council's organs named once for all at the end of a list: "Thường trực, các ban, các tổ đại biểu Hội đồng
# nhân dân tỉnh giám sát việc thực hiện" (a Nghị quyết of HĐND tỉnh Quảng Ninh) -> "Thường trực Hội đồng nhân dân
# tỉnh", "Các ban Hội đồng nhân dân tỉnh", …: ORGAN_TAIL is the council after the last conjunct's own words, and
# OFFICE_OF_COUNCIL each conjunct before it, an organ of a council without its name.
ORGAN_TAIL = re.compile(r"\s((?:Hội đồng nhân dân|HĐND|Ủy ban nhân dân|UBND|Ủy ban Mặt trận Tổ quốc|Ủy ban MTTQ)(?![\wđ]).*)$")
OFFICE_OF_COUNCIL = re.compile(r"(?:[Tt]hường trực|(?:[Cc]ác\s+)?(?:[Bb]an|[Tt]ổ đại biểu|đại biểu)|[Ll]ãnh đạo)")
# Organs named by level, written as codes, that a bare head may hold: "Chủ tịch UBND, Chủ tịch HĐND
# các xã" (the complement is theirs too).
LEVEL_ORGAN_CODES = frozenset({"UBND", "HĐND", "MTTQ", "UBMTTQ"})
_BARE_HEAD_WORDS = 3
# "mỗi"/"từng" opening a name, read as "các": "Mỗi cơ quan, đơn vị", "từng cán bộ".
EACH = re.compile(r"^(?:mỗi|từng)\s", re.IGNORECASE)
EACH_OR_ALL = re.compile(r"(?:các|mỗi|từng)\s")
_MAX_WORDS = 30
# The most words of a unit's name that is a whole heading line (``name_at``'s ``heading``): "5. Các Phó
# chủ tịch phụ trách lĩnh vực Dân tộc, Tôn giáo và các Hội quần chúng" (15 words, a Kế hoạch of UBMTTQ xã).
HEADING_NAME_WORDS = 20
# A list of bodies that a predicate ends may be longer: "Ủy ban nhân dân, Chủ tịch và các thành viên
# Ủy ban nhân dân tỉnh, các Sở, ban, ngành, Hội đồng nhân dân, Ủy ban nhân dân các huyện, thành phố
# trực thuộc tỉnh trong phạm vi nhiệm vụ…" (34 words).
_MAX_LIST_WORDS = 45
# A longer list that a predicate ends is read when it splits into several bodies, each short (a name
# run on into the sentence would be one long conjunct): "Đề nghị Văn phòng Tỉnh ủy và các Ban Xây
# dựng Đảng và Ủy ban Kiểm tra Tỉnh ủy, Văn phòng Đoàn đại biểu Quốc hội và HĐND tỉnh, …, Chi cục Hải
# quan khu vực XI tăng cường công tác bảo vệ bí mật nhà nước" (corpus 002, 62 words, 12 bodies).
_LONG_LIST_BODIES = 4
# (13 words: "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương" in "Bộ trưởng, Thủ trưởng các cơ quan ngang
# Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương, Chủ tịch Hội đồng thành
# viên, Tổng giám đốc các Tập đoàn, Tổng Công ty, đơn vị liên quan tiếp tục …", Công điện 224/CĐ-TTg; 15 words: "Thủ
# trưởng các đơn vị có liên quan thuộc Bộ Giáo dục và Đào tạo" in the execution list of TT 24/2025/TT-BGDĐT.)
_LONG_LIST_BODY_WORDS = 15


# The first and the second words of the COMPOUND_NOUNS: a predicate word is looked at with the
# word before it only when it is a second word ("trình" of "chương trình"), with the word after
# it only when it is a first word ("giao" of "giao thông").
_COMPOUND_FIRSTS = frozenset(n.split()[0] for n in COMPOUND_NOUNS)
_COMPOUND_SECONDS = frozenset(n.split()[1] for n in COMPOUND_NOUNS)


def _in_compound(s: str, pm: re.Match, endpos: int) -> bool:
    """Whether the predicate word ``pm`` is one half of a COMPOUND_NOUNS noun ('Chương trình'),
    s read up to ``endpos``."""
    words = pm.group(0).split()
    if words[0].lower() in _COMPOUND_SECONDS:
        before = _TWO_WORDS_BEFORE.search(s, max(0, pm.start() - 24), pm.start())
        if (
            before
            and f"{before.group(2)} {words[0]}".lower() in COMPOUND_NOUNS
            and f"{before.group(1)} {before.group(2)}".lower() not in NAME_END_NOUNS
        ):
            return True
    if words[-1].lower() not in _COMPOUND_FIRSTS:
        return False
    after = _WORD_AFTER.match(s, pm.end(), endpos)
    return bool(after and f"{words[-1]} {after.group(1)}".lower() in COMPOUND_NOUNS)


def _without_trailing_words(phrase: str) -> str:
    """``TRAILING_FUNCTION_WORDS.sub("", TRAILING_PERSONS.sub("", phrase))``, each regex run only on a phrase
    whose end it may match (_PERSONS_ENDS, _FUNCTION_WORDS_ENDS)."""
    if phrase.endswith(_PERSONS_ENDS):
        phrase = TRAILING_PERSONS.sub("", phrase)
    return TRAILING_FUNCTION_WORDS.sub("", phrase) if phrase.endswith(_FUNCTION_WORDS_ENDS) else phrase


def head_at(s: str, i: int, endpos: int | None = None) -> re.Match | None:
    """The head word of a name at s[i]: 'Các cơ quan', 'UBND', or 'Sở' before a capital.
    ``endpos``: s is read as if it ended there, as ``re.Pattern.match`` reads it."""
    endpos = len(s) if endpos is None else min(endpos, len(s))
    m = HEAD.match(s, i, endpos)
    if m:
        if m.group(0)[-1:] in _NOT_BODY_HEAD_LAST and NOT_BODY_AFTER_HEAD.match(s, m.end(), endpos):
            return None  # "các trường hợp chậm tiến độ": cases, not schools
        return m
    m = PROPER_HEAD.match(s, i, endpos)
    if m and s[i] == "B" and m.end() - i == 4 and s.startswith("xây", m.end()) and PARTY_BOARD_FIELD.match(s, m.end(), endpos):
        return m  # "Ban xây dựng Đảng chủ trì tham mưu …": the Party's board, its field in lower case
    if m and m.end() < endpos and s[m.end()].isupper():
        if s[i] in "Bb" and m.end() - i == 3 and SET_AFTER_BO.match(s, m.end() - 1, endpos):
            return None  # "Bộ Luật Dân sự năm 2015", "Bộ Tiêu chí quốc gia": a code, a set, no ministry
        if s[i] in "Vv" and m.end() - i == 3 and (s[i] == "v" or SEASON_AFTER_VU.match(s, m.end() - 1, endpos)):
            return None  # "vụ Đông", "Thường vụ Huyện ủy", "Vụ Đông Xuân": a season, a word's end, no department
        return m
    if i < endpos and s[i] in _CENTRAL_FIRST:
        return CENTRAL_HEAD.match(s, i, endpos)
    return None


# The two predicates that open a lead's clause, glued by a PDF copy to the name's last word: "Phòng Tổ chức - Hành
# chínhchủ trì, phối hợp với các khoa …". No Vietnamese word holds "chủ trì" or "phối hợp" after letters of its own.
# Written with its first letter first, the lookbehind one character on, so that the regex engine skips at C speed to the
# next "c" or "p" (the plain "(?<=[^\W\d_])(?:chủ\s+trì|phối\s+hợp)" opens with a lookbehind, tried at every character).
GLUED_PREDICATE = re.compile(r"[cp](?<=[^\W\d_][cp])(?:(?<=c)hủ\s+trì|(?<=p)hối\s+hợp)(?![\wđ])")


# Party groups, whose verb is "lãnh đạo" (a noun in other names: "Thủ trưởng, lãnh đạo các đơn vị").
_PARTY_GROUP_HEADS = frozenset({"ban cán sự đảng", "đảng đoàn", "các ban cán sự đảng", "các đảng đoàn", "đảng ủy", "đảng uỷ"})


# "có liên quan" before the body the units belong to, inside a name: "Thủ trưởng các đơn vị có liên quan thuộc Bộ Giáo dục
# và Đào tạo, Chủ tịch Ủy ban nhân dân tỉnh, thành phố, … chịu trách nhiệm thi hành Thông tư này" (TT 24/2025/TT-BGDĐT):
# the name goes on past it (as past "liên quan thuộc"), where "có" read as the predicate ended it and the list after it.
RELATED_UNDER = re.compile(r"có\s+liên\s+quan(?=\s+(?:trực\s+)?thuộc\s)")


def name_at(s: str, i: int, endpos: int | None = None, heading: bool = False) -> tuple[str, int] | None:
    """The name that starts at s[i] and the offset where it ends, or None.

    'Các đơn vị thuộc và trực thuộc Sở Y tế tổ chức…' -> 'Các đơn vị thuộc và trực thuộc Sở Y tế'.
    ``endpos``: the name is read in s as if s ended there, the answer of ``name_at(s[:endpos], i)``
    without copying s up to there (every regex is given ``endpos``, so no lookahead sees past it).
    ``heading``: s is an item's heading line, all of it a unit's name when no predicate ends it first
    ("3. Cán bộ phụ trách lĩnh vực giám sát và phản biện xã hội" / "- Tham mưu …"): a name that runs to
    its end is whole up to HEADING_NAME_WORDS words, not a sentence run on.
    """
    endpos = len(s) if endpos is None else min(endpos, len(s))
    m = head_at(s, i, endpos)
    if not m:
        return None
    # NAME_END is looked for only as far as a name may run (NAME_SPAN), and the few characters its
    # lookahead reads past a match: searched to ``endpos``, it scanned the rest of the text at every
    # name when none lay ahead (a copy without punctuation: quadratic). The answer is the same.
    stop_p = NAME_END.search(s, m.end(), min(endpos, i + NAME_SPAN + 8))
    limit = min(stop_p.start() if stop_p else endpos, i + NAME_SPAN)
    if m.group(0).lower() in _PARTY_GROUP_HEADS:
        leads = s.find(" lãnh đạo", m.end(), limit)
        if leads >= 0 and not s[leads + 9 : leads + 10].isalnum():  # " lãnh đạo " or " lãnh đạo, chỉ đạo"
            limit = leads  # "Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh …": the group leads the body named after
    if m.group(0).lower() in _TEAM_HEADS:
        tail = TEAM_TAIL.match(s, m.end(), limit).end()
        k = tail
        while k < limit and s[k] in " *_":
            k += 1
        if k < limit and not s[k].isupper():
            limit = tail  # "Đoàn kiểm tra nghe báo cáo": the team, then its verb
    role = s.find(", phụ trách ", m.end(), limit)
    if role >= 0:
        limit = role  # "Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát …": the office, not its field
    dash = s.find(" - ", m.end(), limit)
    while dash >= 0:
        if ROLE_APPOSITION.match(s, dash, limit):
            limit = dash  # "Cục Cảnh sát … - Cơ quan thường trực Tổ công tác …": the body, not its role
            break
        dash = s.find(" - ", dash + 3, limit)
    pos = m.end()
    while True:
        pm = PREDICATE.search(s, pos, limit)
        if pm is None:
            end = limit
            break
        if NOUN_BEFORE.search(s, max(0, pm.start() - 10), pm.start()) or _in_compound(s, pm, endpos):
            pos = pm.end()  # "các tổ chức chính trị - xã hội": a noun, not the predicate
            continue
        if pm.group(0) == "tổ chức" and s.endswith(", ", 0, pm.start()) and (
            LIST_GOES_ON.match(s, pm.end(), endpos) or ORGANISATION_KIND.match(s, pm.end(), endpos)
        ):
            pos = pm.end()  # "thì cơ quan, tổ chức, đơn vị nơi người ứng cử công tác": a noun in a list
            continue
        if pm.group(0) == "có" and (related := RELATED_UNDER.match(s, pm.start(), endpos)) is not None:
            pos = related.end()  # "Thủ trưởng các đơn vị có liên quan thuộc Bộ …": whose units, not a verb "có"
            continue
        if pm.group(0) in _LOCATIVES and LOCATED_BEFORE.search(s, max(0, pm.start() - 8), pm.start()):
            pos = pm.end()  # "đóng trên địa bàn": where the body sits, part of its name
            continue
        if pm.group(0)[:1].isupper() and _after_proper_head(s, i, pm.start()):
            pos = pm.end()  # "Viện Nghiên cứu phát triển Thành phố": the name's first word
            continue
        if pm.group(0) in _COMPILE_WORDS and COMPILING_DEPARTMENT_BEFORE.search(s, max(0, pm.start() - 24), pm.start()):
            pos = pm.end()  # "Phòng Kế hoạch tổng hợp", "Phòng Hành chính - Tổng hợp": a department's name, no verb
            continue
        if pm.group(0) == "tham mưu" and STAFF_ORGANS_BEFORE.search(s, max(0, pm.start() - 10), pm.start()):
            helping = STAFF_ORGANS_AFTER.match(s, pm.end(), endpos)
            if helping:
                pos = helping.end()  # "Các cơ quan tham mưu, giúp việc Huyện ủy": the Party's staff organs, no verb
                continue
        if pm.group(0) in _FIELD_WORDS and _names_field(s, i, pm, endpos):
            pos = pm.end()  # "Ban xây dựng Đảng", "Cục Cảnh sát quản lý hành chính về trật tự xã hội"
            continue
        if (
            pm.start() - i > _FIELD_IN_CHARGE_MIN and s.find("trách", max(i, pm.start() - 30), pm.start()) >= 0
            and FIELD_IN_CHARGE_BEFORE.search(s, max(i, pm.start() - 30), pm.start())
        ):
            pos = pm.end()  # "Phó Chủ tịch phụ trách công tác xây dựng cơ bản": the field's first word, no verb
            continue
        end = pm.start()
        break
    phrase = _without_trailing_words(s[i:end].rstrip(" ,*_–-")).rstrip(" ,*_–-")
    # A predicate inside the name is one the copy glued on (a free one would have ended it): searched only then.
    if ("hủ trì" in phrase or "hối hợp" in phrase) and (glued := GLUED_PREDICATE.search(s, m.end(), end)):
        end = glued.start()  # "Phòng Tổ chức - Hành chínhchủ trì, phối hợp …"
        phrase = _without_trailing_words(s[i:end].rstrip(" ,*_–-")).rstrip(" ,*_–-")
    if not phrase:
        return None
    if phrase[:4] in ("Phó ", "Thủ ") and (named := DEPUTY_PRIME_MINISTER_NAMED.match(phrase)) is not None:
        phrase = named.group(0)  # "Phó Thủ tướng Chính phủ Bùi Thanh Sơn chương trình kiểm tra …": the person's name ends it
    end_at = i + len(phrase)
    if s.startswith(")", end_at) and (mark := ITEM_MARK_TAIL.search(phrase)) is not None:
        # The next item's mark read on, its line joined: "1.\nSở Nông nghiệp và Môi trường\n\na)\nChủ trì …" (QĐ
        # 96/2025/QĐ-UBND of UBND tỉnh Quảng Ninh) -> 'Sở Nông nghiệp và Môi trường', not '… Môi trường a'.
        phrase, end_at = phrase[: mark.start()], i + mark.start()
    if "**" in phrase and ("**, **" in phrase or "** và **" in phrase):
        phrase = " ".join(phrase.replace("*", "").split())  # "Bộ Y tế** và **UBND tỉnh" -> "Bộ Y tế và UBND tỉnh"
    words = len(phrase.split())
    if words > (_MAX_LIST_WORDS if end < limit else _MAX_WORDS) and not (end < limit and _long_list(phrase)):
        return None
    if stop_p is None and end == limit and limit == endpos and words > (HEADING_NAME_WORDS if heading else 12):
        return None
    if (phrase.lower() in BARE_NAMES and not _office_bound(s, phrase, end_at, endpos)) or WHICH_END.search(phrase):
        return None
    if s.startswith(":", end_at) and (listed := listed_after_kind(s, i, end_at, endpos)) is not None:
        if len(s[listed[0] : listed[1]].split()) <= _LISTED_WORDS:
            # One name, the kind and its list as written: "Ủy ban nhân dân các tỉnh Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng"
            # (a report's sender), the colon left out.
            return f"{phrase} {s[listed[0] : listed[1]]}", listed[1]
    return phrase, end_at


# Bodies of one kind named by a list after a colon: "Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng khẩn
# trương gửi Báo cáo về Văn phòng Chính phủ và các Bộ: Tài chính, Nông nghiệp và Môi trường trước 17 giờ …" (Công điện
# 232/CĐ-TTg): places (kind_lists) or ministries (MINISTRIES_KIND, _ministries_listed). ``name_at`` reads the kind and
# its list as one name (_LISTED_WORDS words of list at most), ``assignees`` one body per place or ministry. Not a label's
# colon before its work ("1. Các sở, ban, ngành: căn cứ chức năng …": no list follows), nor "các Sở:", whose fields
# assignees give one department each (_listed_departments).
_LISTED_WORDS = 16
# A plural kind of ministries right before a colon: "các Bộ" in "Bộ trưởng các Bộ:", "Các Bộ:", "Các Bộ, cơ quan:" ("Các
# Bộ, cơ quan: Tài chính, Xây dựng, …, Ngoại giao, Tập đoàn Điện lực Việt Nam theo chức năng, nhiệm vụ được giao khẩn
# trương rà soát …", TB 648/TB-VPCP), "các Tập đoàn:" ("đề nghị các Tập đoàn: Bưu chính Viễn thông Việt Nam, Công nghiệp -
# Viễn thông Quân đội tổ chức triển khai …", TB 634/TB-VPCP): the kind each field is named with (LISTED_KIND_WORD).
MINISTRIES_KIND = re.compile(r"(?<![\wđ])[Cc]ác\s+(?:[Bb]ộ(?:\s*,\s*(?:cơ\s+quan|ngành))?|[Tt]ập\s+đoàn)[\s*_]*$")
_MINISTRIES_KIND_BACK = 24


def listed_after_kind(s: str, start: int, colon: int, endpos: int | None = None) -> tuple[int, int] | None:
    """Where the list that a kind's colon (at s[colon], the kind after ``start``) opens starts and ends: places
    (kind_lists.kind_list) or ministries (_ministries_listed); None when no kind stands before the colon or no list
    follows it."""
    endpos = len(s) if endpos is None else min(endpos, len(s))
    places = kind_list(s, colon, endpos)
    if places is not None:
        return (places.places[0].start, places.end) if places.kind_start >= start else None
    if MINISTRIES_KIND.search(s, max(start, colon - _MINISTRIES_KIND_BACK), colon) is None:
        return None
    ministries = _ministries_listed(s, colon, endpos)
    return ministries[1:] if ministries is not None else None



# A (deputy) Prime Minister and his name, capitalised words only: "Phó Thủ tướng Chính phủ Bùi Thanh Sơn" in "… báo cáo
# Phó Thủ tướng Chính phủ Bùi Thanh Sơn chương trình kiểm tra …" (a Thông báo of Văn phòng Chính phủ).
DEPUTY_PRIME_MINISTER_NAMED = re.compile(rf"(?:Phó\s+)?Thủ\s+tướng(?:\s+Chính\s+phủ)?(?:\s+[{UPPER_LETTERS}][^\s,;:.()]*){{2,4}}(?=\s+[{LOWER_LETTERS}])")
# Office titles that are whole as the subject of a duty: "Trưởng phòng phải thực hiện đầy đủ chế độ thông tin báo cáo
# gồm: …" (in a Quy chế làm việc of a Sở, the heads of its departments). Cut from its unit by a lower-case word, the title
# says nothing: "Trưởng Ban xây dựng Đảng" (corpus 058).
BOUND_OFFICES = frozenset({"trưởng phòng", "phó trưởng phòng", "trưởng khoa", "trưởng ban", "phó trưởng ban"})
# The duty right after the title: "phải", "có trách nhiệm", "chịu trách nhiệm".
DUTY_AFTER_OFFICE = re.compile(r"\s+(?:phải|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm)(?![\wđ])")


def _office_bound(s: str, phrase: str, end: int, endpos: int) -> bool:
    """Whether a bare office title is the subject of a duty that follows it (DUTY_AFTER_OFFICE), capitalised as a
    sentence's first word."""
    return phrase[:1].isupper() and phrase.lower() in BOUND_OFFICES and DUTY_AFTER_OFFICE.match(s, end, endpos) is not None


def _long_list(phrase: str) -> bool:
    """Whether a phrase longer than _MAX_LIST_WORDS is a list of bodies (_LONG_LIST_BODIES or more,
    none longer than _LONG_LIST_BODY_WORDS words)."""
    names = split_names(phrase)
    return len(names) >= _LONG_LIST_BODIES and all(len(n.split()) <= _LONG_LIST_BODY_WORDS for n in names)


# A minister after "và", whose name stays joined to the one before it: "Bộ trưởng Bộ Tài chính và Bộ trưởng Bộ Giao thông
# vận tải" (the joint issuers of a Thông tư liên tịch; "bộ trưởng" opens a name, NAME_HEADS, as a doer's does).
MINISTER_AFTER_AND = re.compile(r"(?:Bộ|Thứ)\s+trưởng\s")


def split_names(phrase: str) -> list[str]:
    """'Cấp ủy đảng, Thủ trưởng, Chủ tịch công đoàn các đơn vị' -> one name per body.

    Splits at ', '/' và ' before a strong head; keeps an apposition ('Phòng Tổ chức - Hành chính,
    Sở Y tế'); gives a shared complement ('… các đơn vị') to every conjunct.
    """
    # Memoised (a new list each call, which callers may change): a document names its doers again and again
    # ("Sở Y tế", "UBND các xã, phường" in item after item), and half the calls repeat one of its earlier phrases.
    return list(_split_names(phrase))


@lru_cache(maxsize=4096)
def _split_names(phrase: str) -> tuple[str, ...]:
    """``split_names``, as a tuple."""
    pieces: list[str] = []
    seps: list[str] = []
    last = 0
    fields = FIELDS_IN_CHARGE.search(phrase) if "phụ trách" in phrase else None
    for m in CONJUNCT.finditer(phrase, 0, fields.start() if fields else len(phrase)):
        rest = phrase[m.end() :]
        # "… và các tổ chức thành viên", "Thường trực HĐND tỉnh, các Ban HĐND tỉnh": a new body.
        plural = rest.startswith("các ") and head_at(rest, 0)
        # "…, thủ trưởng các sở, ban, ngành" (an office-holder in lower case, QĐ 15/2006/QĐ-UBND of UBND tỉnh Hưng
        # Yên); "… các huyện, thành phố Hà Giang và cơ quan, tổ chức, cá nhân có liên quan" (QĐ 18/2016/QĐ-UBND of UBND
        # tỉnh Hà Giang): a new body.
        lower_holder = rest[:1].islower() and OFFICE_HOLDER_LOWER.match(rest) is not None
        generic = m.group(0).strip() == "và" and GENERIC_KINDS.match(rest) is not None
        if rest[:1] in "BT" and m.group(0).strip() == "và" and MINISTER_AFTER_AND.match(rest) and MINISTER_AFTER_AND.match(
            phrase, last
        ):
            continue  # "Bộ trưởng Bộ Tài chính và Bộ trưởng Bộ Giao thông vận tải": two ministers issuing one instrument
        if rest[:1] in "đSB" and HOLDER_OF_KINDS.fullmatch(phrase, last, m.start()) is not None and STRONG_HEAD.match(rest):
            continue  # "Thủ trưởng các sở, ban, ngành, đơn vị sự nghiệp" (QĐ 35/2025/QĐ-UBND of UBND thành phố Cần Thơ): one list
        if STRONG_HEAD.match(rest) or plural or lower_holder or generic or (rest[:1].isupper() and head_at(rest, 0)):
            pieces.append(phrase[last : m.start()])
            seps.append(m.group(0).strip())
            last = m.end()
    pieces.append(phrase[last:])
    merged: list[str] = [pieces[0]]
    for sep, p in zip(seps, pieces[1:]):
        prev = merged[-1].lower()
        if sep == "," and prev.startswith(UNIT_HEADS) and p.lower().startswith(PARENT_HEADS) and not OWNER_NAMED.search(merged[-1]):
            merged[-1] = f"{merged[-1]}, {p}"
        elif sep == "và" and OFFICE_OF_ORGAN.fullmatch(prev) and p.lower().startswith(OFFICE_SERVED):
            merged[-1] = f"{merged[-1]} và {p}"  # one office serving two bodies
        else:
            merged.append(p)
    if len(merged) > 1:
        tail = SHARED_TAIL.search(merged[-1])
        if tail and all(_bare_head(x) for x in merged[:-1]):
            merged = [f"{x} {tail.group(1)}" for x in merged[:-1]] + [merged[-1]]
        else:
            organ = ORGAN_TAIL.search(merged[-1])
            # A first conjunct that names the council itself takes nothing: "Thường trực Hội đồng nhân dân tỉnh, các Ban,
            # các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh" (a Nghị quyết of HĐND tỉnh).
            own = 1 if organ and len(merged) > 2 and ORGAN_TAIL.search(merged[0]) else 0
            if organ and all(OFFICE_OF_COUNCIL.fullmatch(x.strip(" ,")) for x in merged[own:-1]):
                merged = merged[:own] + [f"{x.strip(' ,')} {organ.group(1)}" for x in merged[own:-1]] + [merged[-1]]
    if len(merged) > 1 and merged[0][:4] in ("Các ", "các ") and (kind := KIND_OF_FIELDS.match(merged[0])) is not None:
        merged = _fields_of_kind(kind, merged)
    if ", cơ quan " in phrase:
        merged = [y for x in merged for y in _holder_of_each_office(x)]
    return tuple(p for p in (x.strip(" ,") for x in merged) if p)


# One office-holder over two offices of one kind, the kind said again: "Thủ trưởng cơ quan Kho bạc nhà nước, cơ quan Thuế
# tại tỉnh Đồng Tháp" (QĐ 139/2025/QĐ-UBND of UBND tỉnh Đồng Tháp) -> "Thủ trưởng cơ quan Kho bạc nhà nước", "Thủ trưởng cơ
# quan Thuế tại tỉnh Đồng Tháp". Not "Thủ trưởng các cơ quan, đơn vị" (kinds, no office named).
HOLDER_OF_EACH_OFFICE = re.compile(
    rf"(?P<holder>(?:Thủ\s+trưởng|Giám\s+đốc|Lãnh\s+đạo)\s+cơ\s+quan\s)(?P<first>[{UPPER_LETTERS}][^,]*?),\s*cơ\s+quan\s+"
    rf"(?P<second>[{UPPER_LETTERS}].*)"
)


def _holder_of_each_office(name: str) -> list[str]:
    """``name`` as one name per office its holder heads (HOLDER_OF_EACH_OFFICE), or whole."""
    m = HOLDER_OF_EACH_OFFICE.fullmatch(name.strip(" ,"))
    if m is None:
        return [name]
    holder = " ".join(m.group("holder").split())
    return [f"{holder} {m.group('first').strip()}", f"{holder} {m.group('second').strip()}"]


# A plural kind before the field of its first member, the others' fields after it: "Các Bộ Quốc phòng, Công an: Chỉ đạo
# các đơn vị trực thuộc …", "Các Bộ Xây dựng và Công an: Phối hợp …" (Công điện of Thủ tướng Chính phủ on the floods in
# Trung Bộ) -> "Bộ Quốc phòng", "Bộ Công an" (not "Các Bộ Quốc phòng" and the police "Công an").
KIND_OF_FIELDS = re.compile(rf"[Cc]ác\s+(?P<kind>Bộ|Sở)\s+(?=[{UPPER_LETTERS}])")


def _fields_of_kind(kind: re.Match, merged: list[str]) -> list[str]:
    """Each field of a plural kind's list its own body (KIND_OF_FIELDS), when every conjunct after the first is a bare
    capitalised field, no body's head of its own but the one the field's name opens with ("Công an")."""
    rest = [x.strip(" ,") for x in merged[1:]]
    if not all(x[:1].isupper() and not x.startswith(("Bộ ", "Sở ", "Các ", "Ủy ban", "UBND")) and len(x.split()) <= 6 for x in rest):
        return merged
    word = kind.group("kind")
    return [f"{word} {merged[0][kind.end() :].strip(' ,')}", *(f"{word} {x}" for x in rest)]


def _bare_head(name: str) -> bool:
    """Whether a conjunct is a head without a name of its own, which a complement said once at the
    end completes: "Cấp ủy đảng", "Thủ trưởng" in "Cấp ủy đảng, Thủ trưởng, Chủ tịch công đoàn các đơn
    vị"; not "Sở Tài chính" in "Sở Tài chính và Ủy ban nhân dân các xã, phường" (corpus 027), a body
    named in full (a capitalised word after its head)."""
    words = name.split()
    if len(words) > _BARE_HEAD_WORDS or " các " in f" {name.lower()} ":
        return False
    if len(words) > 1 and words[-1] in _OWN_LEVEL_WORDS:
        return False  # "Thanh tra tỉnh" in "Thanh tra tỉnh, UBND các xã, phường" (realdocs 2e037ff2): the province's, whole
    return all(not w[:1].isupper() or w in LEVEL_ORGAN_CODES for w in words[1:])


# The level words that end a body's name written by its level, which no complement after the list completes: "Thanh tra
# tỉnh", "Công an huyện".
_OWN_LEVEL_WORDS = frozenset({"tỉnh", "huyện"})


@lru_cache(maxsize=8192)
def normalize_name(name: str) -> str:
    """Abbreviations expanded, markdown removed, 'mỗi'/'từng' read as 'các', first letter capital.
    Pure, so memoised: the same doers recur in the items of a plan and across plans."""
    s = tidy(expand_abbreviations(expand_department_codes(tidy(name))))
    s = EACH.sub("các ", s)
    return s[:1].upper() + s[1:] if s else s


# First words that can open a doer's name, a directive or an introductory phrase (lower case).
_FIRST_WORDS = frozenset(
    w.split()[0] for w in NAME_HEADS + PROPER_HEADS + DIRECTIVE_WORDS + HONORIFIC_WORDS + ITEM_DIRECTIVE_WORDS + INTRO_WORDS
) | {"định", "hằng", "hàng", "trước", "chậm", "từ", "trong", "quá"}  # PERIOD_OPENING, DEADLINE_OPENING, PROCESS_OPENING
# A slash ends a word: "Trưởng/phụ trách các phòng có trách nhiệm báo cáo …" (a Quy chế làm việc of a Ban QLDA)
# opens with "Trưởng".
_FIRST_WORD = re.compile(r"[^\s,;:.()*_“”\"/]+")


# The bodies a doer works with, a list that semicolons may carry on: "Giao Sở Công Thương chủ trì, phối hợp với các Sở,
# ban, ngành của tỉnh; Ủy ban nhân dân các xã, phường; các cơ quan, đơn vị và các doanh nghiệp, hợp tác xã có liên quan
# triển khai thực hiện Kế hoạch này" (corpus 048): the bodies after each semicolon are cooperated with, not doers.
# Written "p" first, the lookbehind one character on, so that the regex engine skips at C speed to the next "p"
# (the plain "(?<![\wđ])phối…" opens with a lookbehind, tried at every character): the same matches.
COOPERATION_LIST = re.compile(r"p(?<![\wđ].)hối\s+hợp\s+với\s+")
_SEMICOLON_THEN = re.compile(r"[\s*_]*;[\s*_]+")


def _cooperation_lists(s: str) -> list[tuple[int, int]]:
    """The spans of the names after a semicolon that carry on a list opened by COOPERATION_LIST: each name after the
    first one, as long as the name before it ends at a semicolon."""
    spans: list[tuple[int, int]] = []
    for m in COOPERATION_LIST.finditer(s):
        if s.find(";", m.end()) < 0:  # no semicolon carries the list on: its first name need not be read
            break
        got = name_at(s, m.end())
        while got is not None:
            sc = _SEMICOLON_THEN.match(s, got[1])
            if sc is None:
                break
            nxt = name_at(s, sc.end())
            if nxt is None:
                break
            spans.append((sc.end(), nxt[1]))
            got = nxt
    return spans


def _first_words(words: tuple[str, ...]) -> frozenset[str]:
    """The first word of each phrase as _FIRST_WORD reads it ("sở, ban, ngành" -> "sở")."""
    return frozenset(_FIRST_WORD.match(w).group(0) for w in words)


# The first words (lower case) that can open each reading of a clause start, a subset of
# _FIRST_WORDS each: a reading's regex is tried only at a clause start whose first word opens it
# ("Chủ trì, phối hợp…" opens no period, directive or introductory phrase, and "Tiếp tục…" no name).
_PERIOD_FIRST = frozenset({"định", "hằng", "hàng", "trước", "chậm", "từ", "trong", "quá"})  # and PROCESS_OPENING
_DIRECTIVE_FIRST = _first_words(DIRECTIVE_WORDS + HONORIFIC_WORDS)
_INTRO_FIRST = _first_words(INTRO_WORDS)
_HEAD_FIRST = _first_words(NAME_HEADS + PROPER_HEADS) | {"thủ", "chính", "quốc"}  # and CENTRAL_HEAD's
# The first words of the readings other than a name's, each of which may move a clause start on to a name.
_OTHER_READINGS_FIRST = _PERIOD_FIRST | _DIRECTIVE_FIRST | _INTRO_FIRST


def _head_rests() -> dict[str, re.Pattern[str]]:
    """For each first word that opens only heads of two words or more (and, for PROPER_HEADS of one word,
    a capital after a space), the rest of those heads after the word: 'chủ' -> ' tịch', 'tổ' -> ' chức
    đảng', ' trưởng', … (IGNORECASE, as HEAD reads them). A first word that is a NAME_HEADS head alone,
    or opens CENTRAL_HEAD, has none: any word may follow it."""
    rests: dict[str, list[str]] = {}
    alone: set[str] = {"thủ", "chính", "quốc"}
    for h in NAME_HEADS + PROPER_HEADS:
        w = _FIRST_WORD.match(h).group(0)
        if h == w:
            if h in NAME_HEADS:
                alone.add(w)
            continue
        rests.setdefault(w, []).append(h[len(w) :])
    return {
        w: re.compile(f"(?:{_alternation(r)})", re.IGNORECASE) for w, r in rests.items() if w not in alone
    }


# The first words of _HEAD_FIRST whose heads need more words after them (_head_rests): at a clause start
# "Chủ động …", "Thường xuyên …", "Tập trung …", "Tổ chức tập huấn …" (three in four of the places that
# open with a head's first word) no head opens, and no name is read there.
_HEAD_RESTS = _head_rests()
_PROPER_ALONE = frozenset(h for h in PROPER_HEADS if " " not in h)


def _head_may_open(s: str, word: str, end: int) -> bool:
    """Whether a head (``head_at``) may open at the first word ``word`` (lower case) that ends at s[end]: false
    only when the word opens no head alone and none of its heads' rests (_HEAD_RESTS) follows it, nor, for a
    PROPER_HEADS word, a space and a capital."""
    rest = _HEAD_RESTS.get(word)
    if rest is None or rest.match(s, end):
        return True
    if word == "ban" and PARTY_BOARD_FIELD.match(s, end + 1):
        return True  # "Ban xây dựng Đảng", the board's field in lower case, as head_at reads it
    return word in _PROPER_ALONE and s[end : end + 1] == " " and s[end + 1 : end + 2].isupper()


# CLAUSE_BREAK found from its mark, the character it holds first ("." of ". ", "... ", ";** ") or
# the bullet after its space ("-" of " - ", "•" of " • "): the same ends. A pattern that opens with
# one character class is skipped through at C speed to its next mark, where CLAUSE_BREAK itself
# (three alternatives, one opening with a space) is tried at every character. The lookbehinds
# tell the marks apart: "..." then spaces or markup, one of ". ; : ! ?" then spaces or markup, or
# a bullet after a space then spaces.
_BREAK_MARKS = ".;:!?-–+•"
_BREAK_AFTER_MARK = r"(?:(?<=\.)\.\.[\s*_”\"]+|(?<=[.;:!?])[\s*_”\"]+|(?<=\s[-–+•])\s+)"
_BREAK_FROM_MARK = re.compile(rf"[{re.escape(_BREAK_MARKS)}]{_BREAK_AFTER_MARK}")
_BULLETS = frozenset("-–+•")
# _BREAK_FROM_MARK for each mark alone ("\.(?:(?<=\.)\.\.[\s*_”\"]+|…)"): a pattern that opens with one
# literal is scanned for it at memchr speed, where the engine tests each character against a class of
# nine (~50 instructions a character). No break holds a mark after its first character but the dots of a
# "...", which the scan for "." reads as the whole pattern does: the marks' scans together find
# _BREAK_FROM_MARK's matches, none overlapping another (tests/test_quality19_speed.py).
_BREAKS_BY_MARK = tuple((c, re.compile(re.escape(c) + _BREAK_AFTER_MARK)) for c in _BREAK_MARKS)
# A match's end, as a function of the match: mapped over a scan's matches without a Python step per match.
_MATCH_END = re.Match.end


def _clause_starts(s: str) -> list[int]:
    """0 and the end of every CLAUSE_BREAK in ``s``, as ``CLAUSE_BREAK.finditer`` finds them.

    Found with ``_BREAK_FROM_MARK``, whose bullet breaks start one character after CLAUSE_BREAK's
    (at the bullet, not its space): one whose space ends the break before it (". - ", " - - ")
    overlaps that break, and CLAUSE_BREAK.finditer would not find it.
    """
    # A break is dropped only where a bullet follows the end of the break before (at 0 no bullet break
    # starts: its lookbehind needs a space before the bullet). Where no bullet follows any break's end,
    # every break is kept: one list comprehension, no Python step per break.
    ends: list[int] = []
    for c, pattern in _BREAKS_BY_MARK:
        if c in s:
            ends += map(_MATCH_END, pattern.finditer(s))
    ends.sort()
    for e in ends:
        if s[e : e + 1] in _BULLETS:
            break
    else:
        return [0, *ends]
    starts = [0]
    pos = 0  # where the last break ended: breaks do not overlap
    for m in _BREAK_FROM_MARK.finditer(s):
        if m.start() == pos and s[pos] in _BULLETS:
            continue  # its space is the end of the break before
        pos = m.end()
        starts.append(pos)
    return starts


# The capitalised word that ends a name before a dash, which joins the name's parts, not bullets: a place pair ("Khu Dự trữ
# sinh quyển thế giới Cù Lao Chàm - Hội An", whose "Hội An" is no association), a unit and its parent ("Cục Quản lý giá -
# Bộ Tài chính"). A bullet that a copy runs into the line before follows a sentence's end or a word in lower case.
NAME_DASH_BEFORE = re.compile(rf"(?<![\w&])[{UPPER_LETTERS}][\w&]*$")


def _name_word_before(s: str, end: int) -> bool:
    """Whether the word that ends at s[end] is capitalised (NAME_DASH_BEFORE)."""
    return NAME_DASH_BEFORE.search(s, max(0, end - 24), end) is not None


def _after_semicolon(s: str, i: int) -> bool:
    """Whether a semicolon comes right before s[i], spaces and emphasis between."""
    k = i - 1
    while k >= 0 and s[k] in " *_":
        k -= 1
    return k >= 0 and s[k] == ";"


def _skip_spaces(s: str, i: int) -> int:
    """The offset after the spaces, commas and emphasis marks at s[i]: "**Sở Tài chính** chủ trì" reads its predicate
    after the closing "**"."""
    while i < len(s) and s[i] in _SKIPPED_AFTER_NAME:
        i += 1
    return i


# What lies between a name and the word after it: spaces, commas, markdown emphasis ("**", "*", "_").
_SKIPPED_AFTER_NAME = frozenset(" ,*_")
# Markdown emphasis opening a name after a directive or an opening: "Giao **Sở Tài chính** chủ trì, …", "Đề nghị *Sở Y
# tế* tổng hợp, báo cáo …" (a Thông báo kết luận written in markdown).
_EMPHASIS = frozenset("*_")


def _skip_emphasis(s: str, i: int) -> int:
    """The offset after the emphasis marks at s[i] (_EMPHASIS)."""
    while i < len(s) and s[i] in _EMPHASIS:
        i += 1
    return i


# An assignment in brackets after an item's words (a plan's task list): "Hoàn thiện thể chế, chính sách về chuyển đổi số
# (Giao Sở Thông tin và Truyền thông chủ trì)", "(Sở Tư pháp chủ trì, phối hợp Sở Nội vụ)", "(do Sở Y tế chủ trì)". The bracket opens a clause
# only when "Giao" follows it, or a name and BRACKET_LEAD_VERB closing its clause: "(Sở Y tế)", "(gồm Sở Y tế, Sở Tài
# chính)" name no doer, nor "(UBND thành phố, Bộ Nông nghiệp và Môi trường và các Bộ, cơ quan trung ương chủ trì dự án, …)"
# (corpus 011: the bodies a report goes to, those that preside over the projects).
BRACKET_OPEN = re.compile(r"\([\s*_]*(?:do\s+(?=\S))?")
BRACKET_LEAD_VERB = re.compile(r"[\s*_]*(?:chủ\s+trì|thực\s+hiện)[\s*_]*(?=[),;]|$)")
BRACKET_ASSIGNING = re.compile(r"[Gg]iao(?:\s+cho)?\s+(?=\S)")


# The body that carries out an item's work, named after a comma at its end: "Tổ chức tập huấn cho cán bộ y tế cơ sở, do Sở
# Y tế chủ trì thực hiện." Only before BY_LEAD_VERB: not "…, do Sở Y tế ban hành" (whose document), "…, do Sở Y tế" alone,
# nor a cause ("do Sở Y tế chưa gửi báo cáo"). The work made passive as a clause's subject too: "Nội dung này do Sở Tài
# chính thực hiện, báo cáo …", "- Nhiệm vụ do Sở Nội vụ chủ trì, báo cáo kết quả về …"; not a noun's relative clause
# ("các dự án do Bộ Công an chủ trì", "Tổ kiểm kê do Thủ trưởng … quyết định": the work, not the item's doer).
BY_BODY = re.compile(
    r"(?:,\s+|(?:^|(?<=[.;:]\s)|(?<=\s[-–+•]\s))(?:[Nn]ội\s+dung|[Nn]hiệm\s+vụ|[Cc]ông\s+việc|[Hh]oạt\s+động|[Vv]iệc)"
    r"(?:\s+(?:này|trên|nêu\s+trên))?\s+)do\s+(?=\S)"
)
BY_LEAD_VERB = re.compile(r"[\s*_]*(?:chủ\s+trì|thực\s+hiện|phụ\s+trách)(?![\wđ])")


def _by_body_starts(s: str) -> list[int]:
    """Where a passage names, after "do", the body that carries its work out (BY_BODY)."""
    starts: list[int] = []
    for m in BY_BODY.finditer(s):
        got = name_at(s, m.end())
        if got is not None and BY_LEAD_VERB.match(s, got[1]):
            starts.append(m.end())
    return starts


def _bracket_starts(s: str) -> list[int]:
    """Where the bracketed assignments of a passage open (BRACKET_OPEN): after "(" when "Giao" or a name and "chủ
    trì"/"thực hiện" follow it."""
    starts: list[int] = []
    for m in BRACKET_OPEN.finditer(s):
        p = m.end()
        if BRACKET_ASSIGNING.match(s, p):
            starts.append(p)
            continue
        got = name_at(s, p)
        if got is not None and BRACKET_LEAD_VERB.match(s, got[1]):
            starts.append(p)
    return starts


# A clause whose only work is to cooperate, after a name: "Sở Tài chính phối hợp)", "…; Sở Nội vụ phối hợp thực hiện.".
# Not "Sở Tài chính phối hợp với Sở Y tế tổ chức …" (a clause of its own work).
COOPERATING_CLAUSE = re.compile(r"phối\s+hợp(?:\s+thực\s+hiện)?[\s*_]*(?:[).;]|$)")
# The lead's verb after a name: "Văn phòng UBND tỉnh chủ trì".
PRESIDING = re.compile(r"chủ\s+trì(?![\wđ])")


def _cooperates_with_lead(s: str, name_end: int, found: list[tuple[str, int, int]]) -> bool:
    """Whether the name ending at ``name_end`` only cooperates (COOPERATING_CLAUSE) with a doer read before it that
    presides (PRESIDING): the gold conventions list the responsible bodies, not those that help them."""
    if COOPERATING_CLAUSE.match(s, _skip_spaces(s, name_end)) is None:
        return False
    return any(PRESIDING.match(s, _skip_spaces(s, end)) for _, _, end in found)


def doers(
    s: str, opening: bool = False, heading: bool = False, first_clause: bool = False
) -> list[tuple[str, int, int]]:
    """Raw names of the doers in a passage: (phrase as written, start, end) in order.

    Looks at clause starts only (item start, after . ; :, bullets, after an introductory phrase
    and after ', đặc biệt'), so bodies that are objects ('đôn đốc các cơ quan, đơn vị…') or
    mobilised ('vận động cán bộ, công chức…') are not doers. ``opening``: ``s`` opens a
    numbered item, whose first words may be an ITEM_DIRECTIVE ("Khuyến khích Hội Nông dân…").
    ``heading``: ``s`` is the item's heading line, whose first name may run to its end (``name_at``).
    ``first_clause``: only the places of the passage's first clause, before its first CLAUSE_BREAK (the names
    are read in the whole passage all the same): the paragraph after an item's topic heading, whose later
    clauses the item's own words were read with (``tasks._task``).
    """
    found: list[tuple[str, int, int]] = []
    if first_clause:
        brk = CLAUSE_BREAK.search(s)
        until = brk.end() if brk is not None else len(s)
        positions = [0]
    else:
        until = len(s)
        positions = _clause_starts(s)
    positions += map(_MATCH_END, COMMA_OPENER.finditer(s))
    if "giao " in s or "yêu cầu " in s or "đề nghị " in s:
        for m in SUBJECT_DIRECTIVE_AFTER_COMMA.finditer(s):
            subject = name_at(s, m.end())
            if subject is not None and ASSIGNING.match(s, _skip_spaces(s, subject[1])):
                positions.append(m.end())  # the subject's name runs right to its directive ("Bộ Ngoại giao xin" does not)
    presiding = "chủ trì" in s
    if presiding:
        for m in LEAD_LABEL.finditer(s):
            positions.append(m.end())
    if "(" in s and ("iao" in s or presiding or "thực hiện" in s):
        positions += _bracket_starts(s)
    if "do " in s:
        positions += _by_body_starts(s)
    lead0 = _LEADING.match(s) if opening else None
    first = (lead0.end() if lead0 else 0) if opening else -1  # the item's first word
    has_colon = ":" in s
    blamed = "để x" in s or "để ph" in s  # LET_HAPPEN's anchor
    # The lists of participants (PARTICIPANTS_LABEL): no clause start inside them opens a doer.
    attending: list[tuple[int, int]] = []
    if has_colon and ("hành phần" in s or "ời dự" in s or "hách mời" in s):
        for lm in PARTICIPANTS_LABEL.finditer(s):
            stop = PARTICIPANTS_END.search(s, lm.end())
            attending.append((lm.end(), stop.start() if stop else len(s)))
    # The bodies cooperated with, listed by semicolons (COOPERATION_LIST): no clause start inside them opens a doer.
    if "hợp với" in s:
        attending.extend(_cooperation_lists(s))
    # The lists of a cooperation label (COOPERATE_LABEL_AHEAD), up to their ends: a name there that no predicate follows
    # is one of the bodies cooperating ("*Đơn vị phối hợp: *Sở Tư pháp; các cơ quan … liên quan."); one that a predicate
    # follows opens a clause of its own ("Đơn vị phối hợp thực hiện: Các cơ quan, đơn vị trực thuộc; Sở Y tế chủ trì.").
    cooperating: list[tuple[int, int]] = []
    if has_colon and ("hợp:" in s or "hợp thực hiện:" in s or "hợp :" in s):
        for cm in COOPERATE_LABEL_AHEAD.finditer(s):
            stop = COOPERATE_LIST_END.search(s, cm.end())
            cooperating.append((cm.end(), stop.start() if stop else len(s)))
    for p in sorted(set(positions)):
        if p >= until:
            break  # a later clause's place (``first_clause``)
        # _LEADING is anchored with "^", which holds only at the start of s: markup is skipped
        # before the first clause only (later clause starts already follow CLAUSE_BREAK's run).
        lead = _LEADING.match(s) if p == 0 else None
        if lead:
            p = lead.end()
        elif p < len(s) and s[p] in _BULLETS and s[p + 1 : p + 2].isspace():
            # A bullet right after a sentence's end, whose space that end took: "… rà soát. - Sở Y tế chủ
            # trì …", "…; - Ủy ban nhân dân xã chuẩn bị …" (lines of bullets run together in the flat text).
            p = _skip_spaces(s, p + 1)
        if p >= len(s) or (found and p < found[-1][2]):
            # Inside a name already read: "Phó Trưởng phòng Văn hóa - Xã hội - Phó Trưởng tiểu ban" (corpus
            # 058) holds a bullet-like " - ", not a new clause.
            continue
        fw = _FIRST_WORD.match(s, p)
        word = fw.group(0).lower() if fw else None
        if word == "chính" and (gov := GOVERNMENT_ASKS.match(s, p)) is not None:
            # The government asking, its object the doer: "5. Chính phủ trân trọng đề nghị Ủy ban Trung ương Mặt trận Tổ
            # quốc Việt Nam và các tổ chức thành viên, … chủ động thúc đẩy hợp tác quốc tế" (a Nghị quyết of Chính phủ).
            # "Chính phủ" opens no clause of its own ("Chính phủ quyết nghị:").
            p, word = gov.end(), "đề"
        if word not in _FIRST_WORDS:
            continue
        # Whether a name's head may open here; a place where neither a name nor another reading (a period, a
        # directive, an introductory phrase, an item's directive) opens is passed over at once, before the tests
        # below, which could only pass it over too.
        head_may = word in _HEAD_FIRST and _head_may_open(s, word, fw.end())
        if not head_may and p != first and word not in _OTHER_READINGS_FIRST:
            continue
        if word == "cơ" and found and ROLE_APPOSITION.match(s, found[-1][2]):
            continue  # the role of the body just read ("… - Cơ quan thường trực …"), not a new doer
        if p >= 4 and s[p - 2] in "-–" and s[p - 3] == " " and _name_word_before(s, p - 3):
            continue  # a dash inside a name (NAME_DASH_BEFORE): "Cù Lao Chàm - Hội An", "Cục Quản lý giá - Bộ Tài chính"
        if (
            p >= 3 and s[p - 2] in "-–" and ROLE_AFTER_DASH.match(s, p)
            and OWNED_BEFORE_DASH.search(s, max(0, p - 60), p - 3) is not None
        ):
            continue  # the second office of an owner ("theo chỉ đạo của Phó Thủ tướng Chính phủ - Trưởng Ban …")
        if attending and any(a <= p < b for a, b in attending):
            continue  # a participant of a meeting
        if word in _LISTED_PEOPLE_FIRST and s[p].islower() and _after_semicolon(s, p) and LISTED_PEOPLE.match(s, p):
            continue  # staff listed after a semicolon, in lower case: whom a task is for
        # COOPERATE_LABEL ends with a colon: searched only when one lies in its window.
        if has_colon and s.find(":", max(0, p - 40), p) >= 0 and COOPERATE_LABEL.search(s, max(0, p - 40), p):
            continue
        if cooperating and any(a <= p < b for a, b in cooperating) and word in _HEAD_FIRST:
            got = name_at(s, p)
            if got is None or PREDICATE.match(s, _skip_spaces(s, got[1])) is None:
                continue  # a body cooperating, listed after a semicolon
        # Each reading is tried where ``word`` can open it (_PERIOD_FIRST …); after a period or a
        # directive, ``moved``, the next word is another, which may open any.
        moved = False
        if word in _PERIOD_FIRST:
            period = PERIOD_OPENING.match(s, p) or DEADLINE_OPENING.match(s, p) or PROCESS_OPENING.match(s, p)
            if period:
                p, moved = _skip_emphasis(s, period.end()), True
        d = DIRECTIVE.match(s, p) if moved or word in _DIRECTIVE_FIRST else None
        if d is None and p == first:
            d = ITEM_DIRECTIVE.match(s, p)
        if d:
            p, moved = _skip_emphasis(s, d.end()), True
            if s.startswith(("đồng", "các đồng"), p) and (courtesy := HONORIFIC_OBJECT.match(s, p)) is not None:
                p = courtesy.end()  # "Giao đồng chí Bộ trưởng Bộ Xây dựng trực tiếp chỉ đạo …" (TB 627/TB-VPCP): the office-holder
        elif (moved or word in _INTRO_FIRST) and INTRO.match(s, p):
            # The first comma or "thì" after which a name and its predicate follow: "Trong quá trình
            # thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời báo cáo…" (a condition inside the
            # opening), "Đối với vụ việc … thì cơ quan, tổ chức, đơn vị …". A long condition's commas are
            # its own list's ("trường hợp … thuộc diện Bộ Chính trị, Ban Bí thư quản lý, … thì …").
            got = None
            seen_comma = False
            conditional = CONDITION.match(s, p) is not None
            cond_at = p  # where the condition whose words are counted starts
            brk = CLAUSE_BREAK.search(s, p, min(len(s), p + _OPENING_SPAN))
            if not conditional:
                # A condition inside the opening, before its first comma: "Trong quá trình thực hiện nếu
                # có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương báo cáo…" (corpus 009).
                comma = s.find(",", p, brk.start() if brk else min(len(s), p + _OPENING_SPAN))
                inner = INNER_CONDITION.search(s, p, comma) if comma > 0 else None
                if inner:
                    conditional, cond_at = True, inner.start(1)
            opening_end = brk.start() if brk else min(len(s), p + _OPENING_SPAN)
            late = None  # a long condition's last comma before a name and its predicate, when no "thì" follows
            for oe in OPENING_END.finditer(s, p, opening_end):
                is_comma = oe.group(0).startswith(",")
                if is_comma and CONDITION.match(s, oe.end()):
                    # A condition after the opening's comma: the subject follows the condition's own comma.
                    conditional, cond_at, seen_comma = True, oe.end(), False
                    continue
                # A short condition may list its own words ("nếu có khó khăn, vướng mắc, các sở …").
                if is_comma and (
                    (seen_comma and not conditional)
                    or (conditional and len(s[cond_at : oe.start()].split()) > _SHORT_CONDITION_WORDS)
                ):
                    seen_comma = True
                    if conditional and not _then_ahead(s, oe.end(), brk):
                        # A long condition that no "thì" closes ends at its last comma before a subject: "Trường hợp
                        # phát sinh khó khăn, vướng mắc vượt thẩm quyền, ảnh hưởng tiến độ, Sở Tài chính báo cáo …".
                        # A group in lower case too: "Trong quá trình thực hiện Quy chế này, nếu có khó khăn, vướng mắc, phát
                        # sinh cần sửa đổi, bổ sung, các cơ quan, tổ chức, cá nhân kịp thời báo cáo về Sở Khoa học và Công
                        # nghệ …" (a Quy chế of UBND tỉnh Đồng Tháp).
                        cand = name_at(s, oe.end())
                        if cand and (cand[0][:1].isupper() or EACH_OR_ALL.match(cand[0])) and PREDICATE.match(
                            s, _skip_spaces(s, cand[1])
                        ):
                            late = (oe.end(), cand)
                    continue
                seen_comma = seen_comma or is_comma
                at = _skip_emphasis(s, oe.end())
                got = name_at(s, at)
                # The subject of a verb: "…, Ban Thường trực … chịu trách nhiệm"; not the end of a
                # list in a heading ("b) Đối với Ủy ban Mặt trận Tổ quốc tỉnh, các tổ chức chính trị - xã hội**").
                if got and PREDICATE.match(s, _skip_spaces(s, got[1])):
                    p = at
                    break
                got = None
            if got is None and late is not None:
                p, got = late
            if (
                got is None
                and (conditional or INNER_CONDITION.search(s, p, opening_end) is not None)
                and (trouble := TROUBLE_THEN_SUBJECT.search(s, cond_at, opening_end)) is not None
            ):
                # The condition's last word run on to the subject, no comma between: "Trong quá trình thực hiện, nếu có
                # khó khăn, vướng mắc các cơ quan, đơn vị, địa phương kịp thời phản ánh về Ủy ban nhân dân tỉnh" (corpus 017).
                cand = name_at(s, trouble.end())
                if cand and PREDICATE.match(s, _skip_spaces(s, cand[1])):
                    p, got = trouble.end(), cand
            doer = _given(s, p, got) if got else None
            if doer:
                found.append(doer)
            continue
        if not moved and not head_may:
            continue  # no name's head opens here
        got = name_at(s, p, heading=heading and p == first)
        if got and found and "phối hợp" in s and _cooperates_with_lead(s, got[1], found):
            continue  # "(Văn phòng UBND tỉnh chủ trì; Sở Tài chính phối hợp)": the body the lead works with
        if got and blamed and LET_HAPPEN.match(s, _skip_spaces(s, got[1])):
            continue  # "người đứng đầu cơ quan, tổ chức, đơn vị để xảy ra … tham nhũng": whom a rule blames, no doer
        doer = _given(s, p, got) if got else None
        if doer:
            found.append(doer)
    return found


# What a body or office-holder let happen, after its name: a rule's condition that blames it, not its duty: "không đưa
# vào danh sách ứng cử … người đứng đầu cơ quan, tổ chức, đơn vị để xảy ra những vụ việc tham nhũng, lãng phí" (corpus
# 058), "… để phát sinh điểm nóng".
LET_HAPPEN = re.compile(r"để\s+(?:xảy\s+ra|xẩy\s+ra|phát\s+sinh)(?![\wđ])")


# A name written in capitals (SHOUTED_WORDS words or more) is a signature's or a heading's, not a clause's
# subject: "… thuộc thẩm quyền." / "BAN TỔ CHỨC CUỘC THI" (a Thể lệ of Đảng ủy phường Thanh Khê, signed with
# no "TM."/"KT." line). "UBND tỉnh" is no such name.
SHOUTED_WORDS = 3


def _shouted(name: str) -> bool:
    """Whether every letter of a name of SHOUTED_WORDS words or more is a capital."""
    if len(name.split()) < SHOUTED_WORDS:
        return False
    # The letters filtered and tested by the string methods themselves (no Python step per character), the test
    # ending at the first letter in lower case (a name's second one, most often).
    letters = list(filter(str.isalpha, name))
    return bool(letters) and all(map(str.isupper, letters))


# The members of a committee named by their posts in a sentence that says who holds them, its composition, not a duty:
# "kiện toàn Ban Chỉ đạo …, bao gồm: Trưởng Ban Chỉ đạo là Chủ tịch UBND tỉnh; Phó Trưởng Ban Thường trực Ban Chỉ đạo là
# Phó Chủ tịch Thường trực UBND tỉnh, …; thành viên Ban Chỉ đạo gồm đại diện lãnh đạo Sở Nội vụ, Sở Tài chính. …;
# thường trực Ban Chỉ đạo là Công an tỉnh." (corpus 002); "Thành phần đoàn: Trưởng đoàn là đại diện Lãnh đạo Ban
# Thường trực UBMTTQ xã; thành viên gồm đại diện các tổ chức thành viên …" (corpus 057). COMMITTEE_POST opens the name; COMPOSITION_VERB follows it
# ("là", "gồm") or is inside it (" gồm ", which no predicate word ends).
COMMITTEE_POST = re.compile(
    r"(?:(?:[Pp]hó\s+)?[Tt]rưởng\s+(?:[Bb]an|đoàn|[Tt]ổ)|[Tt]hành\s+viên|[Tt]hường\s+trực\s+[Bb]an|[UuỦủ][yỷ]\s+viên|[Tt]ổ\s+(?:trưởng|phó)"
    r"|[Tt]hư\s+ký)(?![\wđ])"
)
COMPOSITION_VERB = re.compile(r"(?:là|gồm|bao\s+gồm)(?![\wđ])")


def _composition(s: str, got: tuple[str, int]) -> bool:
    """Whether the name ``got`` is a committee's post whose holder the sentence names (COMMITTEE_POST, COMPOSITION_VERB)."""
    return COMMITTEE_POST.match(got[0]) is not None and (
        " gồm " in got[0] or COMPOSITION_VERB.match(s, _skip_spaces(s, got[1])) is not None
    )


# Quotation marks that open a title, whose words may open with a body's head: "“Ban Giám hiệu xanh” là mô hình …".
_OPENING_QUOTES = "“\""


def _quoted(s: str, p: int) -> bool:
    """Whether an opening quotation mark comes right before s[p], spaces and emphasis between."""
    k = p - 1
    while k >= 0 and s[k] in " *_":
        k -= 1
    return k >= 0 and s[k] in _OPENING_QUOTES


def _given(s: str, p: int, got: tuple[str, int]) -> tuple[str, int, int] | None:
    """The doer of a clause whose subject ``got`` starts at ``p``: the body the subject gives the work to
    when it does ("Hội đồng nhân dân tỉnh giao Thường trực HĐND tỉnh, các Ban HĐND tỉnh tiếp tục…", "Sau
    kiểm tra, UBND huyện yêu cầu các xã, thị trấn … báo cáo"), None when that body cannot be read (the
    subject only asks: "Ban Thường vụ Huyện ủy yêu cầu sau khi kết thúc Đại hội các đơn vị hoàn chỉnh báo
    cáo …", a Công văn of Huyện ủy Càng Long), else the subject."""
    if _shouted(got[0]):
        return None  # a signature's name in capitals run into the last item: "BAN TỔ CHỨC CUỘC THI"
    before = s[p - 3 : p] if p >= 3 else s[:p]
    if ("“" in before or '"' in before) and _quoted(s, p):
        return None  # a name in quotation marks, a title's words: "“Ban Giám hiệu xanh” là mô hình …"
    if got[0][:1] in "PpTtUuỦủ" and _composition(s, got):
        return None  # a committee's composition: "Trưởng Ban Chỉ đạo là Chủ tịch UBND tỉnh"
    after = _skip_spaces(s, got[1])
    if s.startswith(("trân", "kính", "xin"), after) and (courtesy := COURTESY_BEFORE_VERB.match(s, after)) is not None:
        # "Cục Lãnh sự trân trọng đề nghị Quý Cơ quan giúp:", "… trân trọng thông tin để Quý Cơ quan …" (Công văn
        # 5609/LS-XNC): the issuer speaking politely is no doer; the body it asks is, when it is named.
        given = ASSIGNING.match(s, courtesy.end())
        if given is None:
            return None
    else:
        given = ASSIGNING.match(s, after)
    if given is None:
        return got[0], p, got[1]
    at = _skip_emphasis(s, given.end())
    if (courtesy := HONORIFIC_OBJECT.match(s, at)) is not None:
        at = courtesy.end()  # "… đề nghị các đồng chí Bộ trưởng, …": the office-holders
    obj = name_at(s, at)
    return (obj[0], at, obj[1]) if obj else None


# An item of an organisation section headed by the bodies it addresses: "1. Đối với các bộ, ngành, cơ quan thuộc Chính
# phủ" / "Các bộ, ngành, cơ quan thuộc Chính phủ căn cứ … - … định kỳ hàng năm báo cáo kết quả thực hiện gửi Bộ Kế hoạch
# và Đầu tư …" (NQ 12/NQ-CP of Chính phủ), "2. Đối với Ủy ban nhân dân các huyện:". (In a section of criteria, "a) Đối với
# các sở, ban, ngành" names whom the criteria apply to: the callers read it in organisation sections only.)
ADDRESSED_HEAD = re.compile(r"[\s*_]*Đối\s+với\s+(?=\S)", re.IGNORECASE)
# What may follow the name on its heading line.
_ADDRESSED_TAIL = " *_:."


# An item's heading line that names the bodies whose duties it lists: "1. Trách nhiệm của Ban Giám hiệu" / "- Xây dựng
# kế hoạch …", "3. Trách nhiệm của giáo viên chủ nhiệm", "Nhiệm vụ của Chi đoàn trường", "Trách nhiệm, nhiệm vụ của các
# khoa, phòng" (the organisation sections of a school's, a hospital's, a Đảng ủy's plans), "Điều 2. Nhiệm vụ và quyền hạn
# của Ban Quản lý" (a Quyết định that founds a body).
RESPONSIBLE_HEAD = re.compile(
    r"[\s*_]*(?:Trách\s+nhiệm|Nhiệm\s+vụ)(?:(?:\s*,\s*|\s+và\s+)(?:trách\s+nhiệm|nhiệm\s+vụ|quyền\s+hạn))?\s+của\s+(?=\S)",
    re.IGNORECASE
)
# The same heading without its "của", a plural kind or a capital right after: "3. Trách nhiệm các cơ quan, đơn vị cấp thành
# phố và Ủy ban nhân dân xã, phường" / "a) Tổ chức triển khai …" (the Quy định of QĐ 2579/QĐ-UBND of UBND thành phố Cần
# Thơ); not "Trách nhiệm thực hiện", "Nhiệm vụ trọng tâm" (no name follows).
RESPONSIBLE_HEAD_BARE = re.compile(rf"[\s*_]*(?:Trách\s+nhiệm|Nhiệm\s+vụ)\s+(?=[Cc]ác\s|[{UPPER_LETTERS}])")


def addressed_doer(line: str, head: re.Pattern = ADDRESSED_HEAD) -> str | None:
    """The bodies a heading line "Đối với <name>" (``head``; "Trách nhiệm của <name>", RESPONSIBLE_HEAD) addresses, the
    name running to the line's end; None when the line does not open so or its rest is no whole name ("Đối với vụ việc ở
    khu dân cư thì …", "Đối với Thủ đô Hà Nội" whose name has no body's head)."""
    m = head.match(line)
    if m is None:
        return None
    got = name_at(line, m.end(), heading=True)
    if got is None and head is RESPONSIBLE_HEAD:
        # A bare office whose duties the heading lists, bound by it: "Điều 5. Trách nhiệm của Trưởng ban" (the Quy chế of a
        # Ban Chỉ đạo, whose head it is), "Nhiệm vụ của Trưởng khoa" (BOUND_OFFICES).
        office = line[m.end() :].strip(_ADDRESSED_TAIL)
        return office if office.lower() in BOUND_OFFICES else None
    if got is None or line[got[1] :].strip(_ADDRESSED_TAIL):
        return None
    return got[0]


# Departments named by their fields after a colon: "Giám đốc các Sở: Lao động - Thương binh và Xã hội, Tài chính; Thủ
# trưởng các cơ quan, đơn vị liên quan … chịu trách nhiệm thi hành Quyết định này" (QĐ 64/2024/QĐ-UBND of UBND thành phố
# Hà Nội) -> "Giám đốc Sở Lao động - Thương binh và Xã hội", "Giám đốc Sở Tài chính". DEPARTMENTS_LISTED is the phrase's
# end ("các Sở", its holder before it), DEPARTMENT_FIELDS the list, up to its semicolon or full stop (a list cut where the
# passage ends, "Giám đốc các Sở: Lao động" / "- Thương binh và Xã hội, …" read as two lines, is not read).
DEPARTMENTS_LISTED = re.compile(r"^(?P<holder>.*?)\s*\bcác\s+[Ss]ở$")
DEPARTMENT_FIELDS = re.compile(rf"\s*:\s*(?P<fields>[{UPPER_LETTERS}][^;.:()]{{2,200}}?)\s*(?:;|\.(?:\s|/|$))")
# A field of at most so many words, without a word that opens another body or a predicate.
_FIELD_WORDS_MAX = 8
NOT_A_FIELD = re.compile(r"(?<![\wđ])(?:các|Thủ trưởng|Chủ tịch|Giám đốc|Chánh|chịu|thực hiện|căn cứ)(?![\wđ])")


# The join before another office-holder that ends a department list when no semicolon ends it: ", Thủ trưởng" in "Giám đốc
# các Sở: Nội vụ, Nông nghiệp và Môi trường, Tài chính, Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành
# Quyết định này" (QĐ 2696/QĐ-UBND of UBND tỉnh Quảng Trị, realdocs 1f9faa03), " và Thủ trưởng".
NEXT_HOLDER = re.compile(
    r"(?:,|\s+và)\s*(?=(?:Thủ trưởng|Chủ tịch|Giám đốc|Chánh|Tổng Giám đốc|Trưởng|Cục trưởng|Vụ trưởng|Viện trưởng)\s)"
)


# A department holder's title before a colon and departments named whole: "Giám đốc: Sở Nông nghiệp và Môi trường, Sở Nội
# vụ;" (QĐ 2568/QĐ-UBND of UBND thành phố Cần Thơ), written as "Giám đốc các Sở: Nông nghiệp và Môi trường, Nội vụ;" is
# (DEPARTMENTS_LISTED) by ``departments_by_field``.
HOLDER_BEFORE_DEPARTMENTS = re.compile(
    r"(?P<holder>Giám\s+đốc|Thủ\s+trưởng)\s*:\s*(?P<listed>Sở\s[^;.:()]{2,300}?)(?=\s*(?:;|\.(?:\s|/|$)|$))"
)
# Where a list of departments named whole parts them: ", " before the next "Sở".
NEXT_DEPARTMENT = re.compile(r"\s*,\s*(?=Sở\s)")


def departments_by_field(s: str) -> str:
    """``s`` with a holder's departments named whole after its colon written by their fields (HOLDER_BEFORE_DEPARTMENTS):
    "Giám đốc: Sở Nông nghiệp và Môi trường, Sở Nội vụ;" -> "Giám đốc các Sở: Nông nghiệp và Môi trường, Nội vụ;"."""
    if "c: Sở" not in s and "ng: Sở" not in s and "c : Sở" not in s:
        return s

    def by_field(m: re.Match) -> str:
        listed = NEXT_DEPARTMENT.split(m.group("listed"))
        return f"{m.group('holder')} các Sở: " + ", ".join(d[len("Sở ") :].strip() for d in listed)

    return HOLDER_BEFORE_DEPARTMENTS.sub(by_field, s)


def _fields_before_holder(s: str, fields: re.Match) -> tuple[int, int]:
    """Where a department list's fields end (DEPARTMENT_FIELDS' group) and the words after it start: at the join before
    a piece that opens another office-holder (NEXT_HOLDER), else both at the group's end."""
    m = NEXT_HOLDER.search(s, fields.start("fields"), fields.end("fields"))
    return (m.start(), m.end()) if m is not None else (fields.end("fields"), fields.end("fields"))


def _listed_departments(phrase: str, s: str, end: int) -> tuple[list[str], int | None] | None:
    """The departments a phrase ending "các Sở" lists after its colon (DEPARTMENTS_LISTED), each a whole field, and where
    the holder that a comma or "và" joins after the list starts (NEXT_HOLDER), if one does; None when the phrase is no
    such head or a field is not one (the phrase is kept as read)."""
    if not phrase.endswith(("các Sở", "các sở")) or not s.startswith(":", end):
        return None
    head = DEPARTMENTS_LISTED.match(phrase)
    fields = DEPARTMENT_FIELDS.match(s, end)
    if head is None or fields is None:
        return None
    cut, rest = _fields_before_holder(s, fields)
    # "Giám đốc các sở: Y tế, …, Văn hóa, Thể thao và Du lịch, …": a department's own comma kept.
    names = join_comma_names([f.strip() for f in s[fields.start("fields") : cut].split(",")])
    if any(not f or len(f.split()) > _FIELD_WORDS_MAX or NOT_A_FIELD.search(f) for f in names):
        return None
    holder = head.group("holder").strip()
    return [f"{holder} Sở {f}".strip() for f in names], (rest if rest > cut else None)


# Ministries named by their fields after a colon, the list's end where its predicate starts: "Các Bộ: Quốc phòng, Tài chính
# kịp thời xuất cấp các phương tiện …" (Công điện 223/CĐ-TTg) -> "Bộ Quốc phòng", "Bộ Tài chính".
MINISTRIES_LISTED = re.compile(
    r"^(?P<holder>.*?)\s*\b[Cc]ác\s+(?P<kind>[Bb]ộ(?:\s*,\s*(?:cơ\s+quan|ngành))?|[Tt]ập\s+đoàn)$"
)
# "theo" after a list's last field, the list ended: "…, Công nghiệp - Viễn thông Quân đội theo chức năng, nhiệm vụ và thẩm
# quyền, trao đổi …" (TB 634/TB-VPCP).
ACCORDING_AFTER_LIST = re.compile(r"\s+theo\s")
# The ministries' kind word named with each field, and the groups' ("các Tập đoàn:").
LISTED_KIND_WORD = {"b": "Bộ", "t": "Tập đoàn"}
# The last words of a name that lists ministries or groups (a quick test before MINISTRIES_LISTED), in lower case.
_LISTING_ENDS = ("các bộ", "bộ, cơ quan", "bộ, ngành", "tập đoàn")
# The end of such a list: a clause's mark or a bracket.
_LIST_END = re.compile(r"[;:.()\n]")
# A piece of a list of ministries: what stands between its commas.
COMMA_PIECE = re.compile(r"[^,]+")
# The fields of the ministries, written whole (their "và" and their words that are verbs elsewhere, "giao" in "Ngoại giao",
# "xây dựng", are no end of a list): "Các Bộ: Công Thương, Nông nghiệp và Môi trường, Ngoại giao tăng cường …" (Công điện
# 230-series of Thủ tướng Chính phủ).
MINISTRY_FIELD = re.compile(
    "(?:" + "|".join(re.escape(name[3:]) for name in MINISTRY_NAMES if name.startswith("Bộ ")) + r")(?![\wđ])"
)


def _ministries_listed(s: str, colon: int, endpos: int | None = None) -> tuple[tuple[str, ...], int, int] | None:
    """The fields of the ministries listed after the colon at s[colon], where the list starts and where it ends: up to a
    piece that opens in lower case ("lãnh đạo các Bộ: Dân tộc và Tôn giáo, Nông nghiệp và Môi trường, ý kiến của …", a
    Thông báo of Văn phòng Chính phủ), the last one's name cut where the clause's predicate starts ("Tài chính kịp thời
    xuất cấp …"); None when a piece is no ministry's field. Read once for ``name_at`` and ``assignees`` (kept in
    MINISTRY_READINGS, as kind_lists.kind_list's lists are)."""
    return MINISTRY_READINGS(s, colon, len(s) if endpos is None else min(endpos, len(s)))


def _read_ministries(s: str, colon: int, endpos: int) -> tuple[tuple[str, ...], int, int] | None:
    """``_ministries_listed``'s reading, its memo aside."""
    stop = _LIST_END.search(s, colon + 1, endpos)
    pieces: list[str] = []
    first = end = -1
    for m in COMMA_PIECE.finditer(s, colon + 1, stop.start() if stop else endpos):
        piece = m.group(0).strip()
        at = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        if pieces and not piece[:1].isupper():
            break  # "…, ý kiến của Phó Thủ tướng": the list has ended
        first = at if first < 0 else first
        known = MINISTRY_FIELD.match(piece)
        verb = (PREDICATE.search(piece) or ACCORDING_AFTER_LIST.search(piece)) if known is None else None
        if known is None and head_at(piece, 0) and (whole := name_at(piece, 0)) is not None:
            # A body named whole after the fields: "…, Ngoại giao, Tập đoàn Điện lực Việt Nam theo chức năng" (TB 648/TB-VPCP).
            piece, verb = whole[0], None
        if known is not None:
            piece = known.group(0)  # "Nông nghiệp và Môi trường", "Ngoại giao": whole, their "và" and "giao" no end
        elif verb is not None:
            piece = piece[: verb.start()].strip()  # "Tài chính kịp thời xuất cấp …": the list ends there
        pieces.append(piece)
        end = at + len(piece)
        if piece != m.group(0).strip():
            break  # "Ngoại giao tập trung …", "Tài chính kịp thời …": the field, then the clause's verb
    fields = join_comma_names(pieces)
    if not fields or any(
        # (a dash joins two words of one field, no word of its own: "Công nghiệp - Năng lượng Quốc gia Việt Nam")
        not f or not f[0].isupper() or len(f.split()) - f.count(" - ") > _FIELD_WORDS_MAX or NOT_A_FIELD.search(f)
        for f in fields
    ):
        return None
    return tuple(fields), first, end


# The lists of ministries read, by text, colon and end (text_memos.TextMemo).
MINISTRY_READINGS: TextMemo[tuple[tuple[str, ...], int, int] | None] = TextMemo(_read_ministries)


def _listed_bodies(name: str, s: str, colon: int) -> list[str] | None:
    """The bodies a name lists after its colon at s[colon]: departments ("Giám đốc các Sở: …"), ministries ("Các Bộ: …"),
    places, one body each (kind_lists: "Chủ tịch Ủy ban nhân dân các tỉnh: …"); None when it lists none. The holders a
    comma joins after a department list are read too ("…, Tài chính, Thủ trưởng các cơ quan, đơn vị liên quan chịu …")."""
    if not s.startswith(":", colon):
        return None
    low = name[-6:].lower()
    if low == "các sở":
        if (departments := _listed_departments(name, s, colon)) is None:
            return None
        listed, rest = departments
        if rest is not None:
            listed += [n for n in assignees(s[rest:], True) if n not in listed]
        return listed
    if low == "các bộ" or name[-16:].lower().endswith(_LISTING_ENDS):
        head = MINISTRIES_LISTED.match(name)
        ministries = _ministries_listed(s, colon) if head is not None else None
        if ministries is None:
            return None
        holder = head.group("holder").strip()
        kind = LISTED_KIND_WORD[head.group("kind")[0].lower()]
        # (a body named whole among the fields stays itself: "…, Ngoại giao, Tập đoàn Điện lực Việt Nam")
        return [
            f if MINISTRY_FIELD.match(f) is None and head_at(f, 0) else f"{holder} {kind} {f}".strip() for f in ministries[0]
        ]
    holder = holder_of(name)
    places = kind_list(s, colon) if holder is not None else None
    return bodies_per_place([holder], places) if places is not None else None


# The parties in general run on after the last body of a list: ", cá nhân, tổ chức" in "Chủ tịch Ủy ban nhân dân tỉnh, thành
# phố trực thuộc trung ương, cá nhân, tổ chức" (a Quyết định of Thủ tướng Chính phủ).
# Also after "và": "Văn phòng Sở và các cá nhân" in "Thủ trưởng các đơn vị: Phòng Tổ chức cán bộ, Văn phòng Sở và các cá nhân
# có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này".
GENERIC_PARTIES_TAIL = re.compile(
    r"(?:,|\s+và)\s*(?:các\s+)?(?:cá\s+nhân|tổ\s+chức)(?:\s*,\s*(?:cá\s+nhân|tổ\s+chức))*(?:\s+(?:có\s+)?liên\s+quan)?$"
)


# The parties in general named alone: "Các tổ chức, cá nhân có liên quan" is theirs whole (GENERIC_PARTIES drops it).
_GENERIC_PARTIES_FIRST = ("các tổ chức", "tổ chức", "các cá nhân", "cá nhân", "các cơ quan, tổ chức", "cơ quan, tổ chức")
# The parties an executing article names in general after its bodies, no doer (tasks._executing_task drops them): "các tổ
# chức, cá nhân" in "Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành
# Quyết định này" (QĐ 3617/QĐ-UBND of Chủ tịch UBND tỉnh Thanh Hóa), "các cơ quan, tổ chức, cá nhân" (QĐ 2536/QĐ-TTg), and
# any list of such kinds that ends with "cá nhân": "các đơn vị, tổ chức và cá nhân có liên quan" (QĐ 143/2025/QĐ-UBND of
# UBND tỉnh Đồng Tháp), "các cơ quan, đơn vị, tổ chức, cá nhân có liên quan" (QĐ 87/2025/QĐ-UBND of UBND tỉnh Lai Châu),
# households and businesses among them: "các tổ chức, hộ gia đình, cá nhân có liên quan" (QĐ 139/2025/QĐ-UBND of UBND tỉnh
# Đồng Tháp), "các cơ quan, đơn vị, tổ chức, hộ kinh doanh, cá nhân có liên quan" (NĐ 297/2025/NĐ-CP), businesses and
# communities too: "các cơ quan, tổ chức, doanh nghiệp, cá nhân có liên quan" (TT 34/2025/TT-BKHCN), "các cơ quan, đơn
# vị, tổ chức, cộng đồng dân cư, hộ gia đình, cá nhân có liên quan" (QĐ 96/2025/QĐ-UBND of UBND tỉnh Quảng Ninh: the list
# cut before its "cá nhân" ends with "hộ gia đình"), and "… khác": "các đơn vị, tổ chức, cá nhân khác có liên quan" (QĐ
# 105/2025/QĐ-UBND of UBND tỉnh Phú Thọ). A list of bodies alone ("các cơ quan, đơn vị, tổ chức") is a doer.
GENERIC_PARTIES = re.compile(
    r"(?:các\s+)?(?:(?:cơ\s+quan|đơn\s+vị|tổ\s+chức|doanh\s+nghiệp|cộng\s+đồng\s+dân\s+cư|hộ\s+gia\s+đình|hộ\s+kinh\s+doanh)"
    r"(?:\s*,\s*|\s+và\s+))*(?:cá\s+nhân|(?<=,\s)hộ\s+gia\s+đình)"
    r"(?:\s+(?:khác|(?:có\s+)?liên\s+quan))?",
    re.IGNORECASE,
)


# The heads of bodies that a colon lists by their names, the bodies the doers: "Thủ trưởng các cơ quan: Sở Tài chính, Sở Xây
# dựng và Kho bạc Nhà nước khu vực V chịu trách nhiệm thi hành Quyết định này" -> "Sở Tài chính", "Sở Xây dựng", "Kho bạc
# Nhà nước khu vực V" (not "Thủ trưởng các cơ quan" beside them; "Giám đốc các Sở: Tài chính, …", the departments by their
# fields, is ``departments_by_field``'s).
HEADS_BEFORE_BODIES = re.compile(
    rf"(?:Thủ\s+trưởng|Người\s+đứng\s+đầu)\s+các\s+(?:cơ\s+quan|đơn\s+vị)\s*:\s*(?=[{UPPER_LETTERS}])"
)


def assignees(s: str, opening: bool = False, heading: bool = False, first_clause: bool = False) -> list[str]:
    """The doers of a passage as normalized names, one per body, in order, without repeats
    (``opening``, ``heading``, ``first_clause``: as in ``doers``)."""
    out: list[str] = []
    seen: set[str] = set()
    if "(Thủ trưởng)" in s:
        s = s.replace(" (Thủ trưởng)", "")  # "Giám đốc (Thủ trưởng) các sở, ban, ngành" (realdocs d5e470b7): its other title
    s = departments_by_field(s)
    if s.find(":") >= 0 and ("các cơ quan:" in s or "các đơn vị:" in s):  # (a colon first: one quick scan)
        s = HEADS_BEFORE_BODIES.sub("", s)
    for phrase, start, end in doers(s, opening, heading, first_clause):
        if (colon := s.find(":", start, end)) != -1 and listed_after_kind(s, start, colon) is not None:
            # ``name_at`` read the list after the kind's colon into one name ("Ủy ban nhân dân các tỉnh Khánh Hòa, Đắk
            # Lắk"), as a report's sender: a task's assignees are its bodies one by one, from the phrase before the colon
            # (the list read once, kind_lists.kind_list).
            phrase, end = " ".join(s[start:colon].split()), colon
        names = split_names(phrase)
        if names and (listed := _listed_bodies(names[-1], s, end)):
            # The last name's list after the colon: "Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: Khánh Hòa, …".
            names[-1:] = listed
        for name in names:
            if (
                "cá nhân" in name and not name.lower().startswith(_GENERIC_PARTIES_FIRST)
                and GENERIC_PARTIES.fullmatch(name) is None
            ):
                name = GENERIC_PARTIES_TAIL.sub("", name)  # "…, cá nhân, tổ chức" (QĐ of Thủ tướng Chính phủ): no body
            n = normalize_name(name)
            key = n.lower()
            if n and key not in seen:
                seen.add(key)
                out.append(n)
    return out
