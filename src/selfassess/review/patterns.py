"""Tiny pieces the sentence-label patterns share (aspiration, evidence and claims).

The label patterns are compiled once at import and run on lower-cased text.
"""

# The label patterns run on lower-cased text (several times faster than re.IGNORECASE).
_I = 0
