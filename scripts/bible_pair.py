"""Writes a real-text benchmark pair: the King James and World English
Bibles, one verse per paragraph, whole and Genesis only.

Reads the SWORD modules installed by Debian's `sword-text-kjv` and
`sword-text-web` with the `pysword` package (see bible-pair.sh, which
installs all three). Markup is stripped: Strong's numbers, footnotes and
paragraph marks are not part of the text a reader compares.

Writes OUT_DIR/{kjv,web}{,-genesis}.txt and, beside each, a `.refs` file
with the verse reference of each paragraph.

Usage: python3 scripts/bible_pair.py OUT_DIR
"""
import os
import re
import sys

from pysword.modules import SwordModules

MODULES = {"kjv": "engKJV2006eb", "web": "engWEB2015eb"}
NOTE = re.compile(r"<note\b.*?</note>", re.S)
TAG = re.compile(r"<[^>]*>")
SPACE = re.compile(r"\s+")


def clean(verse: str) -> str:
    # A footnote glued between two words ("God<note…/>created") stood for
    # a space; elsewhere it stood for nothing.
    text = TAG.sub("", NOTE.sub("\x02", verse))
    text = re.sub(r"(?<=\w)\x02(?=\w)", " ", text).replace("\x02", "")
    return SPACE.sub(" ", text).strip()


def verses(bible, books, keep):
    """Every verse of the books named in `keep`, in order, as (reference,
    text) pairs; a reference reads `Gen.1.1`."""
    out = []
    for testament in ("ot", "nt"):
        for book in books[testament]:
            if book.osis_name not in keep:
                continue
            for chapter in range(1, book.num_chapters + 1):
                # One read per chapter; \x01 never occurs in the text.
                text = bible.get(
                    books=[book.osis_name], chapters=[chapter], clean=False, join="\x01"
                )
                for number, verse in enumerate(text.split("\x01"), start=1):
                    verse = clean(verse)
                    if verse:
                        out.append((f"{book.osis_name}.{chapter}.{number}", verse))
    return out


def main() -> None:
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    modules = SwordModules("/usr/share/sword")
    modules.parse_modules()
    bibles = {short: modules.get_bible_from_module(name) for short, name in MODULES.items()}
    # The books both translations have: the World English Bible module also
    # carries the deuterocanonical books, which the King James one lacks.
    names = [
        {b.osis_name for t in ("ot", "nt") for b in bible.get_structure().get_books()[t]}
        for bible in bibles.values()
    ]
    common = set.intersection(*names)
    for short, bible in bibles.items():
        books = bible.get_structure().get_books()
        for keep, suffix in ((common, ""), ({"Gen"}, "-genesis")):
            found = verses(bible, books, keep)
            path = os.path.join(out_dir, f"{short}{suffix}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n\n".join(text for _, text in found) + "\n")
            # The verse reference of each paragraph, one a line: the ground
            # truth of which paragraph pairs with which.
            with open(path[: -len(".txt")] + ".refs", "w", encoding="utf-8") as f:
                f.write("".join(ref + "\n" for ref, _ in found))
            print(f"{path}: {len(found)} verses")


if __name__ == "__main__":
    main()
