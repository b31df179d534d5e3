#!/usr/bin/env python3
"""Article extraction on real pages: ../shared/extraction-eval/ (or the
folder SYNDIFF_EXTRACTION_EVAL names), scored as its README says, for
syndiff and for Python trafilatura in the same run (pip install
trafilatura lxml_html_clean; skipped when missing), per kind of site.

syndiff's figures come from tests/extraction_real.rs (run here with its
per-page dump), so they are exactly what the test asserts: the page loaded
as the app loads a saved page, furniture blocks set apart. trafilatura is
`trafilatura.extract(html)` with its defaults, as the corpus README says.

  python3 scripts/extraction-real.py [--no-peers] [--failures]
"""
import collections, gzip, json, os, pathlib, re, subprocess, sys, tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
EVAL = pathlib.Path(os.environ.get("SYNDIFF_EXTRACTION_EVAL", ROOT.parent / "shared/extraction-eval"))

BLOG = re.compile(r"blog|wordpress|medium\.com|tumblr|/\d{4}/\d{2}/[^/]+/?$")
NEWS = re.compile(r"news|zeitung|times|post|herald|tribune|guardian|bbc|cnn|spiegel|zeit\.de|faz\.net"
                  r"|nzz|tagblatt|dailymail|welt\.de|sueddeutsche|latimes|reuters|telegraph|journal"
                  r"|standard|express|independent|nytimes|lemonde|lefigaro|corriere|repubblica|elpais"
                  r"|stern\.de|focus\.de|heise|golem|taz\.de|n-tv|tagesschau|merkur|rp-online|abendblatt"
                  r"|/article|/story|/politik/|/wirtschaft/|/sport/")


def kind(url):
    """A rough kind of site from the address: blog, news or other."""
    if BLOG.search(url):
        return "blog"
    if NEWS.search(url):
        return "news"
    return "other"


def fold(text):
    return " ".join(text.split())


def counts(text, case):
    text = fold(text)
    tp = sum(fold(s) in text for s in case["with"])
    fp = sum(fold(s) in text for s in case["without"])
    return [tp, len(case["with"]) - tp, fp, len(case["without"]) - fp]


def syndiff_counts(cases):
    """Per-page counts from the Rust test's dump."""
    with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as f:
        dump = f.name
    env = dict(os.environ, SYNDIFF_EXTRACTION_DUMP=dump, SYNDIFF_EXTRACTION_EVAL=str(EVAL))
    env.setdefault("CARGO_TARGET_DIR", str(ROOT / "target"))
    subprocess.run(["cargo", "test", "--release", "--no-default-features", "--test", "extraction_real",
                    "--", "--nocapture"], cwd=ROOT, env=env, check=False)
    out = {}
    for line in pathlib.Path(dump).read_text().splitlines():
        page = json.loads(line)
        case = cases[page["url"]]
        missed, kept = len(page["missed"]), len(page["kept"])
        out[page["url"]] = [len(case["with"]) - missed, missed, kept, len(case["without"]) - kept]
    return out, {json.loads(l)["url"]: json.loads(l) for l in pathlib.Path(dump).read_text().splitlines()}


def trafilatura_counts(cases):
    try:
        import trafilatura
    except ImportError:
        print("trafilatura not installed: pip install trafilatura lxml_html_clean", file=sys.stderr)
        return None
    out = {}
    for url, case in cases.items():
        html = gzip.decompress((EVAL / "pages" / case["file"]).read_bytes())
        out[url] = counts(trafilatura.extract(html) or "", case)
    return out


def figures(c):
    tp, fn, fp, tn = c
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return p, r, 2 * p * r / max(p + r, 1e-9), (tp + tn) / max(sum(c), 1)


def main():
    if not (EVAL / "cases.json").is_file():
        print(f"skipped: corpus not found at {EVAL}")
        return 0
    cases = json.loads((EVAL / "cases.json").read_text())
    tools = {}
    tools["syndiff"], pages = syndiff_counts(cases)
    if "--no-peers" not in sys.argv:
        peer = trafilatura_counts(cases)
        if peer:
            tools["trafilatura"] = peer
    sums = collections.defaultdict(lambda: [0, 0, 0, 0])
    for name, per_page in tools.items():
        for url, c in per_page.items():
            for key in (kind(url), "all"):
                sums[(key, name)] = [a + b for a, b in zip(sums[(key, name)], c)]
    npages = collections.Counter(kind(u) for u in cases)
    npages["all"] = len(cases)
    print(f"{'kind':6} {'pages':>5} {'tool':12} precision recall    F1 accuracy")
    for (key, name), c in sorted(sums.items()):
        p, r, f1, acc = figures(c)
        print(f"{key:6} {npages[key]:5} {name:12} {p:9.3f} {r:6.3f} {f1:5.3f} {acc:8.3f}")
    if "--failures" in sys.argv:
        peer = tools.get("trafilatura", {})
        for url, page in sorted(pages.items()):
            lost = page["with"] and len(page["missed"]) == page["with"]
            if lost or page["kept"]:
                better = " (trafilatura keeps some)" if lost and peer.get(url, [0])[0] else ""
                print(f"{'LOST' if lost else 'kept'} {url}{better}: missed {page['missed']} kept {page['kept']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
