#!/usr/bin/env python3
"""Measures article extraction on tests/fixtures/extraction/ for syndiff
and for Python trafilatura (pip install trafilatura lxml_html_clean), as
tests/extraction.rs does: words as bags, furniture blocks (as syndiff tags
them) set apart on every side. Needs a built syndiff (cargo build)."""
import collections, json, pathlib, re, subprocess, sys, tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests/fixtures/extraction"
SYNDIFF = ROOT / "target/debug/syndiff"

def compare_json(path):
    out = subprocess.run([str(SYNDIFF), "compare", "--format", "json", str(path), str(path)],
                         capture_output=True, text=True, check=False).stdout
    return json.loads(out)

def article(text):
    """The text less the blocks syndiff tags as furniture."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write(text)
    d = compare_json(f.name)
    raw = d["left"]["text"].encode()
    keep = [u for u in d["units"] if not u.get("boilerplate")]
    blocks = d["left"]["blocks"]
    parts = [raw[blocks[i][0]:blocks[i][1]].decode() for u in keep for i in range(*u["left_blocks"])]
    return "\n\n".join(parts)

def bag(t):
    return collections.Counter(re.findall(r"\w+", t.lower()))

def main():
    import trafilatura
    tools = {
        "syndiff": lambda p: compare_json(p)["left"]["text"],
        "trafilatura": lambda p: trafilatura.extract(p.read_text(), include_comments=False) or "",
    }
    # Rust ports, when a small program printing their text is given:
    # EXTRACTORS=/path/to/bin, called as `bin NAME page.html`.
    import os
    rust = os.environ.get("EXTRACTORS")
    if rust:
        for name in ("rs-trafilatura", "trafilatura-rs"):
            tools[name] = (lambda n: lambda p: subprocess.run([rust, n, str(p)], capture_output=True,
                                                            text=True).stdout)(name)
    sums = collections.defaultdict(lambda: [0, 0, 0])
    for page in sorted(PAGES.glob("*.html")):
        layout = page.stem.split("-", 1)[1]
        want = bag(article(page.with_suffix(".txt").read_text()))
        for name, extract in tools.items():
            got = bag(article(extract(page)))
            for key in (layout, "all"):
                s = sums[(key, name)]
                s[0] += sum((got & want).values()); s[1] += sum(got.values()); s[2] += sum(want.values())
    for (key, name), (both, got, expected) in sorted(sums.items()):
        p, r = both / max(got, 1), both / max(expected, 1)
        print(f"{key:9} {name:12} precision {p:.3f} recall {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}")

if __name__ == "__main__":
    sys.exit(main())
