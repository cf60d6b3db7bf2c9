"""Count words the way Microsoft Word does.

A word is a run of non-space characters; a run made only of punctuation or symbols (a
lone dash, a bullet, an ampersand) is not a word. So "well-being", "3,000", "35%" and a
URL are one word each, and " – " is none.
"""

import re

# A run of non-space characters holding at least one letter or number (Unicode categories L
# and N: exactly the characters `[^\W_]` matches), found once per run.
_WORD = re.compile(r"\S*[^\W_]\S*")


def count_words(text: str | None) -> int:
    """Return the number of words in `text`."""
    if not text:
        return 0
    return len(_WORD.findall(text))


def over_limit(text: str | None, limit: int | None) -> int:
    """Return by how many words `text` exceeds `limit` (0 when it fits or has no limit)."""
    if limit is None:
        return 0
    return max(count_words(text) - limit, 0)
