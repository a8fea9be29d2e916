"""Reporting duties: sender, addressee, deadline, recurrence, evidence, merging."""

from __future__ import annotations

import json

from vanban.loaders.records import Header
from vanban.loaders.reports import NOT_DUTY_BEFORE, RECURRENCE, REPORT_WORD, find_reports
from vanban.loaders.text import make_text

HA_GIANG = Header(issuer="Sở Y tế tỉnh Hà Giang", province="Hà Giang")

# Seed 000: two legs; the second said twice (III.2 without a date, IV.2 with 05/11/2022).
SEED_000 = """Thực hiện Kế hoạch số 233/KH-UBND, ngày 22/9/2022 của UBND tỉnh; Sở Y tế xây dựng kế hoạch như sau: 

II. NỘI DUNG  

1. Đẩy mạnh công tác tuyên truyền. 

 III. THỜI GIAN THỰC HIỆN 

1. Thời gian thực hiện: Thực hiện trong tháng 10/2022. 

2. Thời gian báo cáo kết quả: Báo cáo kết quả thực hiện “Tháng Dân vận” 

của các cơ quan, đơn vị trực thuộc gửi về Sở Y tế trước ngày 02/11/2022 để 

tổng hợp báo cáo UBND tỉnh. 

IV. TỔ CHỨC THỰC HIỆN 

1. Các cơ quan, đơn vị trong ngành y tế căn cứ tình hình thực tế, xây dựng 

kế hoạch. 

2. Giao Văn phòng Sở Y tế theo dõi, đôn đốc các cơ quan, đơn vị tổ chức 

thực hiện và tham mưu tổng hợp báo cáo UBND tỉnh trước ngày 05/11/2022. 

Nơi nhận:   
- UBND tỉnh (B/c); 
"""

# Seed 003 (Sở Y tế Kon Tum): deadlines without a year, one addressee for two duties,
# "Đề cương báo cáo" is not a duty, the staff unit's compiled report is the Sở's.
SEED_003 = """III. TỔ CHỨC THỰC HIỆN 

1. Các đơn vị thuộc và trực thuộc Sở Y tế tổ chức triển khai thực hiện 

công tác dân vận. Định kỳ 06 tháng và hằng năm tổ chức đánh giá kết quả 

thực hiện công tác dân vận của cơ quan, đơn vị, báo cáo 6 tháng đầu năm trước 

ngày 18 tháng 5 và báo cáo năm trước ngày 28 tháng 11 về Sở Y tế để theo 

dõi, tổng hợp(có Đề cương báo cáo kết quả công tác dân vận kèm theo). 

2. Giao Phòng Tổ chức - Hành chính, Sở Y tế thường xuyên theo dõi, đôn 

đốc các đơn vị thuộc và trực thuộc Sở trong việc triển khai thực hiện các nội 

dung trong Kế hoạch; tổng hợp, tham mưu báo cáo theo quy định./. 

Nơi nhận: 
"""

# Seed 002 (UBND huyện Đồng Văn): implicit sender, report without addressee, conditional report.
SEED_002 = """### III. THỜI GIAN

**2. Thời gian báo cáo kết quả:** Báo cáo kết quả triển khai "*Tháng dân vận*" năm 2022, gửi về Ủy ban nhân dân huyện (qua Phòng Nội vụ tổng hợp) **trước ngày 03/11/2022**.

### IV. TỔ CHỨC THỰC HIỆN

1. Các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, đơn vị sự nghiệp công lập và Ủy ban nhân dân các xã, thị trấn trên địa bàn huyện căn cứ vào Kế hoạch này, xây dựng kế hoạch.

2. Giao Phòng Nội vụ huyện: Làm đầu mối giúp UBND huyện theo dõi, kiểm tra, đôn đốc các cơ quan, đơn vị tổ chức triển khai thực hiện và tổng hợp xây dựng dự thảo báo cáo của UBND huyện về kết quả thực hiện Kế hoạch này.

Trên đây là Kế hoạch triển khai "Tháng dân vận" năm 2022 của Ủy ban nhân dân huyện Đông Văn; trong quá trình thực hiện, nếu phát sinh khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Nội vụ để được hướng dẫn hoặc tổng hợp báo cáo UBND huyện chỉ đạo, giải quyết./.

***Nơi nhận:***
"""


def test_report_word_and_nouns():
    assert REPORT_WORD.search("tham mưu tổng hợp báo cáo UBND tỉnh")
    assert REPORT_WORD.search("Báo cáo kết quả thực hiện")
    assert NOT_DUTY_BEFORE.search("(có Đề cương ")
    assert NOT_DUTY_BEFORE.search("2. Thời gian ")
    assert RECURRENCE.search("Định kỳ 6 tháng, một năm báo cáo").group(0) == "Định kỳ 6 tháng, một năm"
    assert RECURRENCE.search("trước ngày 28 tháng 11 về Sở") is None


def test_two_legs_and_one_duty_said_twice():
    reports = find_reports(make_text(SEED_000), HA_GIANG)
    assert len(reports) == 2
    first, second = reports
    assert first.from_ == "Các cơ quan, đơn vị trực thuộc"
    assert first.to.startswith("Sở Y tế")
    assert first.deadline == "2022-11-02"
    assert first.evidence.startswith("Báo cáo kết quả thực hiện “Tháng Dân vận” của các cơ quan")
    assert first.evidence.endswith("trước ngày 02/11/2022")
    # The staff office compiles the Sở's report: the sender is the issuer; the dated twin is kept.
    assert second.from_ == "Sở Y tế tỉnh Hà Giang"
    assert second.to == "Ủy ban nhân dân tỉnh Hà Giang"
    assert second.deadline == "2022-11-05"
    assert second.evidence.endswith("trước ngày 05/11/2022")


def test_evidence_is_verbatim_and_spans_point_to_the_original():
    text = make_text(SEED_000)
    for r in find_reports(text, HA_GIANG):
        assert r.evidence in text.flat
        assert text.original[r.start : r.end].split()[-1] == r.evidence.split()[-1]


def test_days_without_year_go_to_recurrence():
    header = Header(issuer="Sở Y tế tỉnh Kon Tum", province="Kon Tum")
    reports = find_reports(make_text(SEED_003), header)
    assert [(r.deadline, r.recurrence) for r in reports] == [
        (None, "6 tháng (trước ngày 18/5)"),
        (None, "hằng năm (trước ngày 28/11)"),
        (None, None),
    ]
    assert [r.from_ for r in reports] == [
        "Các đơn vị thuộc và trực thuộc Sở Y tế",
        "Các đơn vị thuộc và trực thuộc Sở Y tế",
        "Sở Y tế tỉnh Kon Tum",
    ]
    assert reports[0].to == reports[1].to and reports[0].to.startswith("Sở Y tế")
    assert reports[2].to is None


def test_implicit_sender_no_addressee_and_conditional_report():
    header = Header(issuer="Ủy ban nhân dân huyện Đồng Văn", province="Hà Giang", district="Đồng Văn")
    reports = find_reports(make_text(SEED_002), header)
    assert len(reports) == 3
    a, b, c = reports
    assert a.from_ == (
        "Các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, đơn vị sự nghiệp công lập và "
        "Ủy ban nhân dân các xã, thị trấn"
    )
    assert a.to == "Ủy ban nhân dân huyện Đồng Văn"
    assert a.deadline == "2022-11-03"
    assert b.from_ == "Ủy ban nhân dân huyện Đồng Văn" and b.to is None
    assert c.from_.startswith("Phòng Nội vụ") and c.to == "Ủy ban nhân dân huyện Đồng Văn"


def test_superior_unit_kept_as_written():
    src = """III. TỔ CHỨC THỰC HIỆN 

1. Phòng Tồ chức hành chính làm đầu mối theo dõi, kiểm tra và thực hiện 

báo cáo đơn vị cấp trên theo quy định. 
"""
    reports = find_reports(make_text(src), Header(issuer="Bệnh viện Đa khoa Nà Chì", province="Hà Giang"))
    assert [(r.from_, r.to) for r in reports] == [("Bệnh viện Đa khoa Nà Chì", "Đơn vị cấp trên")]


def test_reports_match_gold_on_seeds(seeds_dir, gold_dir):
    from vanban.loaders.extract import extract
    from vanban.loaders.read import read_file

    for gpath in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        record = extract(read_file(seeds_dir / gold["file"]))
        got = record.reports_to
        assert len(got) == len(gold["reports_to"]), gold["file"]
        for g, p in zip(gold["reports_to"], got):
            assert p.deadline == g["deadline"], gold["file"]
            assert (p.to is None) == (g["to"] is None), gold["file"]
            assert p.from_ is not None, gold["file"]


def test_reports_of_the_corpus_do_not_crash(corpus_dir):
    from vanban.loaders.read import read_file

    n = 0
    for path in sorted(corpus_dir.glob("*.txt")):
        text = read_file(path)
        for r in find_reports(text, Header()):
            assert r.evidence in text.flat
            assert r.start <= r.end
            n += 1
    assert n > 50
