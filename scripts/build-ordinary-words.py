"""Write src/selfassess/review/data/ordinary_words.txt: the names that are also English words.

A name written in lower case ("aoife kavanagh") is only looked for among names that are never
ordinary words, so "grace", "will" and "general ward" are left alone. The English words come from
SCOWL's word lists as Debian packages them (`apt-get install wbritish wamerican`): a lower-case
entry there is an ordinary word. Run it after changing the name lists.
"""

from pathlib import Path

DICTIONARIES = ("/usr/share/dict/british-english", "/usr/share/dict/american-english")
DATA = Path(__file__).resolve().parent.parent / "src" / "selfassess" / "review" / "data"
NOTICE = """\
# Names (given_names.txt, surnames.txt) that are also ordinary English words, in lower case.
# Built by scripts/build-ordinary-words.py from SCOWL (Spell Checker Oriented Word Lists),
# Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell
# these word lists, the associated scripts, the output created from the scripts, and its
# documentation for any purpose is hereby granted without fee, provided that the above copyright
# notice appears in all copies and that both that copyright notice and this permission notice
# appear in supporting documentation. Kevin Atkinson makes no representations about the
# suitability of this array for any purpose. It is provided "as is" without express or implied
# warranty.
"""


def main() -> None:
    english: set[str] = set()
    for path in DICTIONARIES:
        for line in Path(path).read_text("utf-8", errors="ignore").splitlines():
            if line.isalpha() and line.islower():
                english.add(line)
    names: set[str] = set()
    for filename in ("given_names.txt", "surnames.txt"):
        for line in (DATA / filename).read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                names.add(line.strip().lower())
    ordinary = sorted(names & english)
    (DATA / "ordinary_words.txt").write_text(NOTICE + "\n".join(ordinary) + "\n", "utf-8")
    print(f"{DATA / 'ordinary_words.txt'}: {len(ordinary)} words")


if __name__ == "__main__":
    main()
