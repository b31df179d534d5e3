#!/usr/bin/env python3
"""Writes the article-extraction corpus: each seed story laid out as eight
kinds of news page (tests/fixtures/extraction/SEED-LAYOUT.html), with the
article text a reader expects to get back (SEED-LAYOUT.txt: headline, then
the story's paragraphs). The layouts mimic what real sites wrap around a
story: navigation and rails, live-blog entries, galleries, a paywall teaser,
reader comments, inline promotions, cookie banners and div soup without an
<article> element. Run again to rebuild; the pages are committed."""
import html, pathlib, random

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests/fixtures/extraction"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
HEADLINES = [
    "Trump and Carney agree to meet after 'extremely productive' first call",
    "Carney and Trump hold first call as tariff fight looms",
    "Trump, Carney pledge talks after Canada's April 28 election",
    "US and Canadian leaders speak for the first time since Carney took office",
    "Trump calls talk with Carney 'extremely productive'",
]
RELATED = [
    "Stocks slide as tariff deadline nears", "Ottawa weighs retaliatory levies on steel",
    "Five things to know about Canada's snap election", "Auto workers brace for new duties",
    "Opinion: What a reset in relations could look like", "Markets rally on hopes of a trade deal",
    "Poilievre steps up attacks on Liberal record", "Analysis: the 51st-state jibe, explained",
]
COMMENTS = [
    "Finally some common sense from both sides. Let's hope it lasts longer than the last truce.",
    "I don't believe a word of it. We have heard promises of productive talks many times before and nothing changed for workers here.",
    "The tariffs will hurt American consumers as much as Canadians, anyone who has bought a car recently knows this already.",
    "Great reporting as always, thank you for keeping us informed about what is happening north of the border.",
]

def paragraphs(seed):
    text = seed.read_text(encoding="utf-8")
    paras = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    return [p for p in paras if len(p.split()) >= 4]

def e(s):
    return html.escape(s, quote=False)

def ps(paras):
    return "".join(f"<p>{e(p)}</p>\n" for p in paras)

def nav():
    items = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in ["Home", "World", "Politics", "Business", "Opinion", "Sport", "Subscribe"])
    return f'<header class="masthead"><a class="logo" href="/">The Northern Ledger</a><nav class="main-nav"><ul>{items}</ul></nav></header>\n'

def footer():
    return '<footer class="site-footer"><p>© 2025 The Northern Ledger. All rights reserved.</p><ul><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/contact">Contact us</a></li></ul></footer>\n'

def rail(rng):
    items = "".join(f'<li><a href="/story/{i}">{e(t)}</a></li>' for i, t in enumerate(rng.sample(RELATED, 5)))
    return f'<aside class="rail"><h3>Most read</h3><ol>{items}</ol><div class="ad-slot">Advertisement</div></aside>\n'

def page(title, body):
    return f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{e(title)} | The Northern Ledger</title><meta property="og:title" content="{html.escape(title)}"></head>\n<body>\n{body}</body></html>\n'

def classic(h, paras, rng):
    story = f'<article><h1>{e(h)}</h1><div class="byline">By Staff Reporter · 28 March 2025</div><div class="share"><a href="#">Share on X</a> <a href="#">Share on Facebook</a></div>\n<figure><img src="/a.jpg" alt=""><figcaption>Mark Carney speaks to reporters in Ottawa. (Photo: Agency)</figcaption></figure>\n{ps(paras)}</article>\n'
    return nav() + '<div class="breadcrumb"><a href="/">Home</a> › <a href="/world">World</a></div>\n<main>' + story + rail(rng) + '</main>\n<section class="newsletter"><h3>Sign up for our morning briefing</h3><p>Get the day\'s top stories in your inbox every morning before breakfast.</p></section>\n' + footer()

def liveblog(h, paras, rng):
    entries = "".join(f'<div class="entry"><time>{9 + i}:{rng.randint(10, 59)} GMT</time><p>{e(p)}</p><button>Share this update</button></div>\n' for i, p in enumerate(paras))
    return nav() + f'<main><h1>{e(h)}</h1><div class="live-badge">LIVE</div><div class="key-events"><h3>Key events</h3><ul><li><a href="#e1">Show key events only</a></li></ul></div><div class="live-feed">\n{entries}</div><button>Load more updates</button></main>\n' + rail(rng) + footer()

def gallery(h, paras, rng):
    slides = "".join(f'<li class="slide"><img src="/g{i}.jpg"><span class="credit">Photo {i + 1} of 6 · Agency</span></li>' for i in range(6))
    return nav() + f'<main><article><h1>{e(h)}</h1><div class="gallery"><ul>{slides}</ul><button>Next</button><button>Previous</button></div>\n{ps(paras)}</article></main>\n' + rail(rng) + footer()

def paywall(h, paras, rng):
    shown = paras[:3]
    return nav() + f'<main><article><h1>{e(h)}</h1><div class="byline">By Staff Reporter</div>\n{ps(shown)}<div class="paywall"><h3>Subscribe to continue reading</h3><p>You have read all of your free articles this month. Subscribe now for unlimited access to award-winning journalism from just $1 a week.</p><a class="button" href="/subscribe">Subscribe</a> <a href="/login">Already a subscriber? Log in</a></div></article></main>\n' + footer(), shown

def comments(h, paras, rng):
    cs = "".join(f'<li class="comment"><span class="user">reader{i}</span><p>{e(c)}</p><a href="#">Reply</a> <a href="#">Report</a></li>\n' for i, c in enumerate(COMMENTS * 2))
    return nav() + f'<main><article><h1>{e(h)}</h1>\n{ps(paras)}</article>\n<section id="comments"><h2>Comments (8)</h2><ol>\n{cs}</ol></section></main>\n' + footer()

def promos(h, paras, rng):
    body = ""
    for i, p in enumerate(paras):
        body += f"<p>{e(p)}</p>\n"
        if i % 3 == 1:
            body += f'<p class="also-read"><strong>Also Read | </strong><a href="/story/x{i}">{e(rng.choice(RELATED))}</a></p>\n'
        if i % 4 == 2:
            body += '<div class="ad"><span>Advertisement</span></div>\n'
    return nav() + f'<main><article><h1>{e(h)}</h1>\n{body}<p class="tags">Topics: <a href="/t/canada">Canada</a>, <a href="/t/us">United States</a>, <a href="/t/trade">Trade</a></p></article></main>\n' + footer()

def cookie(h, paras, rng):
    banner = '<div id="consent"><p>We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. By continuing you agree to our use of cookies.</p><button>Accept all</button><button>Manage preferences</button></div>\n'
    return banner + nav() + f'<main><article><h1>{e(h)}</h1>\n{ps(paras)}</article></main>\n' + rail(rng) + footer()

def soup(h, paras, rng):
    body = "".join(f'<div class="x9f"><div class="k2">{e(p)}</div></div>\n' for p in paras)
    links = "".join(f'<div class="r7"><a href="/s/{i}">{e(t)}</a></div>' for i, t in enumerate(RELATED[:6]))
    return f'<div class="a1"><div class="b2"><a href="/">Ledger</a> <a href="/news">News</a> <a href="/sport">Sport</a></div></div>\n<div class="c3"><div class="h1x">{e(h)}</div>\n{body}</div>\n<div class="r0">{links}</div>\n<div class="f0">© 2025 Ledger Media Group</div>\n'

LAYOUTS = {"classic": classic, "liveblog": liveblog, "gallery": gallery, "paywall": paywall,
           "comments": comments, "promos": promos, "cookie": cookie, "soup": soup}

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for n, seed in enumerate(SEEDS):
        rng = random.Random(n)
        paras = paragraphs(seed)
        h = HEADLINES[n % len(HEADLINES)]
        for name, layout in LAYOUTS.items():
            made = layout(h, paras, rng)
            body, kept = made if isinstance(made, tuple) else (made, paras)
            stem = f"{seed.stem[:3]}-{name}"
            (OUT / f"{stem}.html").write_text(page(h, body), encoding="utf-8")
            (OUT / f"{stem}.txt").write_text("\n\n".join([h] + kept) + "\n", encoding="utf-8")

if __name__ == "__main__":
    main()
