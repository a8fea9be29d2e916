"""Markdown markup that stands for plain characters or line breaks, read back before extraction.

Documents converted to markdown by RAG and chatbot tools carry three kinds of markup that no
reader of the text should have to know about:

- backslash escapes of punctuation (Google Docs' "Download as Markdown", pandoc, markdownify):
  "Số: 64/2024/QĐ\\-UBND", "Độc lập \\- Tự do \\- Hạnh phúc", "\\- Như trên;", "**Điều 1\\.**";
- HTML character references left by an HTML or docx conversion: "Sở LĐ-TB&amp;XH", "Hà&nbsp;Nội";
- HTML line breaks, mostly inside the cells of a header or signature table written on one row:
  "| BỘ GIÁO DỤC VÀ ĐÀO TẠO<br><br>**TRƯỜNG ĐẠI HỌC NAM CẦN THƠ** | **CỘNG HÒA …**<br>**Độc lập …** |";
- what web pages and PDF-to-markdown tools leave around the text: links ("[Nghị định số
  15/2020/NĐ-CP](https://…)", "[…](#)"), images ("![](images/3f2a….jpg)" where a seal or a
  signature was), HTML tags ('<p style="…">', "<strong>", "</div>"), a backslash hard line break
  at the end of a line ("Số: 141/KH-UBND\\"), blockquote marks ("> - Như trên;").

``plain_markdown`` writes the escaped or referenced character itself, and a table row whose
cells hold line breaks as one row per line of its cells (the n-th line of every cell on the n-th
row), which is how the header and Nơi nhận readers see a table written one line per row. A line
break outside a table is a line break. Each pass is gated on a literal ("\\\\", "&", "<br", "<", "](", ">") found with ``str.find``.
Emphasis marks ("**KẾ HOẠCH**", "*Hà Giang, ngày …*") are kept: the gold quotes them verbatim.
"""

from __future__ import annotations

import re
from html import unescape
from itertools import zip_longest

# A backslash escape of ASCII punctuation (CommonMark), but not of "|": an escaped bar is a bar
# inside a table cell, and read back it would split the cell. "QĐ\\-UBND" -> "QĐ-UBND",
# "Điều 1\\." -> "Điều 1.", "\\*\\*\\*" -> "***".
MARKDOWN_ESCAPE = re.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{}~])")
# An HTML character reference of the few kinds converters write, closed by ";" (a bare "&" is text:
# "TB&XH", "PT&TH"): "&amp;", "&nbsp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#39;", "&#x2013;", and the
# typographic ones of web pages: "&ndash;", "&mdash;", "&hellip;", "&ldquo;", "&rsquo;", "&shy;", "&thinsp;".
CHARACTER_REFERENCE = re.compile(
    r"&(?:amp|nbsp|lt|gt|quot|apos|ndash|mdash|hellip|[lr]dquo|[lr]squo|[lr]aquo|bull|shy|ensp|emsp|thinsp|zwn?j"
    r"|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});"
)
# An HTML line break: "<br>", "<br/>", "<br />", "<BR>".
LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
# A bar between two cells of a table row, not an escaped one: "|" in "| a | b \\| c |".
CELL_BAR = re.compile(r"(?<!\\)\|")
# A backslash hard line break (pandoc, markdownify): the backslash ending "Số: 141/KH-UBND\\", or a
# line of a pandoc grid table's cell, before the spaces that pad the cell to its bar ("| **BAN CHẤP HÀNH
# TRUNG ƯƠNG\\       | **ĐẢNG CỘNG SẢN VIỆT NAM**\\ |") or the line's end. An escaped bar ("\\|") is no
# break: no space stands between the backslash and it.
HARD_LINE_BREAK = re.compile(r"\\(?=[ \t]*\n|[ \t]+\|)")
# An image: "![](images/3f2a9c.jpg)", "![image](media/image1.png)", "![Ảnh: con dấu](seal.png "dấu")".
IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
# A link, read as its text: "[Nghị định số 15/2020/NĐ-CP](https://thuvienphapluat.vn/…)" ->
# "Nghị định số 15/2020/NĐ-CP", "[Kế hoạch số 14-KH/TU](#)", "[Luật Đất đai](/van-ban/… "Luật")".
LINK = re.compile(r"\[([^\[\]\n]*)\]\([^)\s]*(?:[ \t]+\"[^\"\n]*\")?\)")
# An HTML block tag, read as a line break: "<p>", '<p style="text-align:justify">', "</p>",
# '<div align="right">', "</td>", "<tr>", "<h2>", "<li>", "<hr/>".
BLOCK_TAG = re.compile(
    r"</?(?:p|div|h[1-6]|li|ul|ol|table|thead|tbody|tr|td|th|blockquote|section|article|center|hr)\b[^<>\n]*>",
    re.I,
)
# An HTML inline tag or comment, read as nothing: "<strong>", "</span>", '<span lang="VI">', "<o:p>",
# "<!-- page 2 -->". A "<" that opens no such tag is text: "< 5%", "<= 10 ngày".
INLINE_TAG = re.compile(
    r"</?(?:span|strong|b|em|i|u|s|strike|sup|sub|font|a|small|big|mark|o:p|img|col|colgroup)\b[^<>\n]*>|<!--.*?-->",
    re.I | re.S,
)
# Blockquote marks at the start of a line, after the line break they follow: "\n> - Như trên;",
# "\n> > Kính gửi:" (a text's first line is given a line break to match).
BLOCKQUOTE = re.compile(r"\n[ \t]{0,3}>(?:[ \t]?>)*[ \t]?")
# A table row (a line starting with "|") holding a line break tag.
BROKEN_TABLE_ROW = re.compile(r"^[ \t]*\|[^\n]*<br\s*/?>[^\n]*$", re.M | re.I)


# A list item's letter at the start of a cell's line: "b) " in "b) Tuyên truyền …", "c. " (a line of its own).
CELL_LIST_ITEM = re.compile(r"\w[.)]")
_CLAUSE_END_CHARS = (";", ".", ":")


def _cell_lines(cell: str) -> list[str]:
    """The lines of a cell: its pieces between line break tags, blank ones dropped, and a piece that goes
    on with the one before joined to it with a space — one that starts with a lower-case letter, no list
    item's (CELL_LIST_ITEM), after a piece that ends no clause (no ";", ".", ":" at its end): "Kế hoạch số
    45/KH-SYT<br>ngày 02/02/2024 của Sở Y tế" is one line, so a citation wrapped in its cell keeps its date
    and issuer."""
    lines: list[str] = []
    for p in LINE_BREAK_TAG.split(cell):
        p = p.strip()
        if not p:
            continue
        if lines and p[0].islower() and not CELL_LIST_ITEM.match(p) and not lines[-1].endswith(_CLAUSE_END_CHARS):
            lines[-1] += " " + p
        else:
            lines.append(p)
    return lines


def _row_per_line(row: re.Match) -> str:
    """'| A<br><br>B | C<br>D |' -> '| A | C |\\n| B | D |': blank pieces (from "<br><br>") are
    dropped, so a cell's lines stay together; the row's indentation is kept on every new row. A piece
    that goes on with the one before is not a line of its own (see ``_cell_lines``)."""
    line = row.group()
    indent = line[: len(line) - len(line.lstrip())]
    body = line.strip()
    closed = body.endswith("|") and len(body) > 1
    cells = CELL_BAR.split(body[1 : -1 if closed else None])
    pieces = [_cell_lines(cell) for cell in cells]
    rows = zip_longest(*pieces, fillvalue="")
    return "\n".join(indent + "| " + " | ".join(r) + (" |" if closed else "") for r in rows)


def plain_markdown(text: str) -> str:
    """The markdown ``text`` with escapes and character references read back, line break and block
    tags made line breaks, links read as their text, and images, inline tags, hard line break
    backslashes and blockquote marks dropped."""
    if text.find("<br") >= 0 or text.find("<BR") >= 0:
        text = BROKEN_TABLE_ROW.sub(_row_per_line, text)
        text = LINE_BREAK_TAG.sub("\n", text)
    if text.find("<") >= 0:
        text = INLINE_TAG.sub("", BLOCK_TAG.sub("\n", text))
    if text.find("](") >= 0:
        text = LINK.sub(r"\1", IMAGE.sub("", text))
    if text.find(">") >= 0:
        text = BLOCKQUOTE.sub("\n", "\n" + text)[1:]
    if text.find("&") >= 0:
        # A non-breaking space is a space, as ``text.normalize`` makes the character itself.
        text = CHARACTER_REFERENCE.sub(lambda m: unescape(m.group()).replace("\u00a0", " "), text)
    if text.find("\\") >= 0:
        text = HARD_LINE_BREAK.sub("", MARKDOWN_ESCAPE.sub(r"\1", text))
    return text
