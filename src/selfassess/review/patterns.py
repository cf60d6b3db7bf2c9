"""Tiny pieces the sentence-label patterns share (aspiration, evidence and claims).

The label patterns are compiled once at import and run on lower-cased text; `_WORD_START`
finds where a word begins, so that a long pattern can be tried only at the words it can start
with instead of at every character.
"""

import re

# The label patterns run on lower-cased text (several times faster than re.IGNORECASE).
_I = 0
_WORD_START = re.compile(r"\b[a-z]+")
