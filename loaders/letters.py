"""The letters of Vietnamese by case, as regex character-class contents.

A range such as ``À-Ỹ`` is no upper-case class: between U+00C0 and U+1EF8 lie the lower-case
letters too ("à", "ă", "ạ"…). These name each letter instead.
"""

from __future__ import annotations

# Capital letters of Vietnamese: the 26 Latin ones, Đ, and the capitals with their tone and vowel
# marks ("Ầ", "Ữ", "Ỵ"). A word glued to the one before it starts with one ("củaThủ tướng").
UPPER_LETTERS = "A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"
# The same letters in lower case: "a-zđàáảãạăắằẳẵặâấầẩẫậ…ỳýỷỹỵ".
LOWER_LETTERS = UPPER_LETTERS.lower()
