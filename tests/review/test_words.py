"""Word counts follow Microsoft Word: runs of non-space characters, punctuation-only runs excluded."""

import pytest

from selfassess.review.words import count_words, over_limit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        (None, 0),
        ("Detainees feel safe", 3),
        ("well-being", 1),
        ("3,000 words", 2),
        ("35% of detainees", 3),
        ("leaders – staff — partners", 3),
        ("a - b", 2),
        ("see https://www.gov.uk/hmip for more", 4),
        ("  spaced\tout\nacross\n\nlines  ", 4),
        ("non\u00a0breaking", 2),
        ("• bullet point", 2),
        ("(ACDT)", 1),
        ("… & !!!", 0),
        ("2025/26 figures", 2),
        ("Rule 35", 2),
        ("détenus arrivés", 2),
    ],
)
def test_it_counts_words_as_word_does(text, expected):
    assert count_words(text) == expected


def test_it_says_how_far_over_a_limit_text_is():
    assert over_limit("one two three", 2) == 1
    assert over_limit("one two", 2) == 0
    assert over_limit("one two three", None) == 0
