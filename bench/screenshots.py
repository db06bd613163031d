"""Rendered SMS-app screenshots with their true text: ``python bench/screenshots.py OUT_DIR [-n 40]``.

Each conversation is drawn as HTML/CSS (an iOS-like and an Android-like messages app, light and dark,
simplified or traditional Chinese) by headless Debian Chromium (driven by Playwright; no browser download)
with Debian's Noto CJK fonts, at a phone's 390×844 CSS pixels and device scale 2 (780×1688 PNG). A screen
holds the status bar, the conversation header with the sender number, timestamps, one or two incoming
messages (from the project's corpus, test split, so long ones wrap), the reader's reply and the input bar.
A "photo of the screen" copy of each (perspective, blur, brightness falloff, noise, JPEG at low quality)
is written beside it with ``--degraded``.

``truth.jsonl`` holds one line per image: file, sender number shown in the header, the incoming bubbles'
text in order, the reply, style and whether it is a degraded copy. Deterministic for a given ``--seed``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.helpers import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

REPLIES = ["这是真的吗？", "我没有在你们这里借过钱", "好的，知道了", "你们是哪位？", "已经还了", "怎么核实？"]
STAMPS = ["今天 09:41", "昨天 下午3:20", "星期三 14:02", "2024年5月3日 10:12", "上午 8:05", "周五 19:47"]
# Carrier-independent UI words per style and script: (title under the number, input placeholder, send).
UI = {
    ("ios", "s"): ("短信", "短信", "发送"),
    ("ios", "t"): ("簡訊", "簡訊", "傳送"),
    ("android", "s"): ("", "文字消息", "发送"),
    ("android", "t"): ("", "文字訊息", "傳送"),
}

CSS = """
* { box-sizing: border-box; margin: 0; padding: 0; }
body { width: 390px; height: 844px; overflow: hidden; position: relative; background: var(--bg);
       font-family: "Noto Sans CJK SC", "Noto Sans CJK TC", sans-serif; color: var(--fg); }
.status { height: 44px; display: flex; justify-content: space-between; align-items: center; padding: 0 26px;
          font-size: 15px; font-weight: 600; }
.head { text-align: center; padding: 4px 0 8px; border-bottom: 1px solid var(--line); }
.avatar { width: 44px; height: 44px; border-radius: 50%; background: #a5a9b3; margin: 0 auto 4px; }
.num { font-size: 13px; }
.sub { font-size: 11px; color: var(--muted); }
.conv { padding: 8px 12px; }
.stamp { text-align: center; font-size: 11px; color: var(--muted); margin: 10px 0 6px; }
.b { width: fit-content; max-width: 74%; padding: 8px 12px; border-radius: 18px; font-size: 16px;
     line-height: 1.38; margin: 3px 0 8px; word-break: break-all; white-space: pre-wrap; }
.in { background: var(--in); color: var(--fg); }
.out { background: var(--out); color: var(--outfg); margin-left: auto; }
.bar { position: absolute; left: 0; right: 0; bottom: 0; height: 64px; display: flex; align-items: center;
       gap: 8px; padding: 0 12px 14px; background: var(--bg); }
.field { flex: 1; border: 1px solid var(--line); border-radius: 18px; padding: 6px 14px; font-size: 15px;
         color: var(--muted); }
.send { font-size: 15px; color: var(--accent); }
body.android .head { text-align: left; display: flex; align-items: center; gap: 14px; padding: 10px 16px;
                     border: none; }
body.android .avatar { width: 36px; height: 36px; margin: 0; }
body.android .num { font-size: 19px; }
body.android .back { font-size: 22px; }
body.android .b { border-radius: 20px; font-size: 16px; }
body.android .status { font-size: 14px; font-weight: 400; padding: 0 18px; height: 32px; }
"""
THEMES = {
    ("ios", False): dict(bg="#fff", fg="#000", muted="#8e8e93", line="#e5e5ea", **{"in": "#e9e9eb"},
                         out="#34c759", outfg="#fff", accent="#34c759"),
    ("ios", True): dict(bg="#000", fg="#fff", muted="#8e8e93", line="#2c2c2e", **{"in": "#26252a"},
                        out="#30d158", outfg="#fff", accent="#30d158"),
    ("android", False): dict(bg="#f8f9fb", fg="#1f1f1f", muted="#5f6368", line="#c4c7c5",
                             **{"in": "#e9eef6"}, out="#d3e3fd", outfg="#041e49", accent="#0b57d0"),
    ("android", True): dict(bg="#111318", fg="#e3e3e3", muted="#9aa0a6", line="#444746",
                            **{"in": "#282a2f"}, out="#0842a0", outfg="#d3e3fd", accent="#a8c7fa"),
}  # fmt: skip


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def page_html(style: str, dark: bool, script: str, sender: str, bubbles: list[str], reply: str, rng) -> str:
    """One conversation screen as HTML."""
    title, placeholder, send = UI[(style, script)]
    theme = ";".join(f"--{k}:{v}" for k, v in THEMES[(style, dark)].items())
    clock = f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}"
    battery = f"{rng.randint(12, 99)}%"
    head = (
        f'<div class="head"><div class="avatar"></div><div class="num">{sender}</div>'
        f'<div class="sub">{title}</div></div>'
        if style == "ios"
        else f'<div class="head"><span class="back">←</span><div class="avatar"></div>'
        f'<div class="num">{sender}</div></div>'
    )
    stamps = rng.sample(STAMPS, 2)
    conv = f'<div class="stamp">{stamps[0]}</div>'
    for i, text in enumerate(bubbles):
        if i == 1:
            conv += f'<div class="stamp">{stamps[1]}</div>'
        conv += f'<div class="b in">{esc(text)}</div>'
    if reply:
        conv += f'<div class="b out">{esc(reply)}</div>'
    return (
        f'<html><head><meta charset="utf-8"><style>{CSS}</style></head>'
        f'<body class="{style}" style="{theme}"><div class="status"><span>{clock}</span>'
        f"<span>5G {battery}</span></div>{head}<div class='conv'>{conv}</div>"
        f'<div class="bar"><div class="field">{placeholder}</div><div class="send">{send}</div></div>'
        f"</body></html>"
    )


def corpus_messages(seed: int) -> list[dict]:
    """Test-split corpus messages that carry a sender number, shuffled."""
    with gzip.open(ROOT / "data/corpus/messages.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    rows = [r for r in rows if r["split"] == "test" and r.get("sender") and 20 <= len(r["text"]) <= 160]
    random.Random(seed).shuffle(rows)
    return rows


def degrade(png: bytes, rng: random.Random) -> bytes:
    """A photo of the screen: perspective, slight blur, uneven light, sensor noise, JPEG at low quality."""
    import cv2
    import numpy as np

    img = cv2.imdecode(np.frombuffer(png, np.uint8), cv2.IMREAD_COLOR)
    h, w = img.shape[:2]
    pad = int(0.06 * w)
    canvas = np.full((h + 2 * pad, w + 2 * pad, 3), rng.randint(20, 70), np.uint8)  # the desk behind
    canvas[pad : pad + h, pad : pad + w] = img
    H, W = canvas.shape[:2]
    j = 0.035  # corner jitter, as a fraction of the side
    src = np.float32([[0, 0], [W, 0], [W, H], [0, H]])
    dst = np.float32([[x + rng.uniform(-j, j) * W, y + rng.uniform(-j, j) * H] for x, y in src])
    img = cv2.warpPerspective(canvas, cv2.getPerspectiveTransform(src, dst), (W, H), borderValue=(40, 40, 40))
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.6, 1.1))
    ramp = np.linspace(rng.uniform(0.8, 0.95), rng.uniform(1.0, 1.1), W, dtype=np.float32)[None, :, None]
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 6, img.shape).astype(np.float32)
    img = np.clip(img.astype(np.float32) * ramp + noise, 0, 255).astype(np.uint8)
    ok, jpg = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(45, 65)])
    assert ok
    return jpg.tobytes()


def render(out: Path, n: int, seed: int, degraded: bool, photos: int | None = None) -> list[dict]:
    """Render ``n`` screenshots (and degraded copies of the first ``photos``) into ``out``; the truth rows."""
    from opencc import OpenCC
    from playwright.sync_api import sync_playwright

    to_trad = OpenCC("s2t")
    rng = random.Random(seed)
    pool = corpus_messages(seed)
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
        for i in range(n):
            # One in four in traditional characters (a Hong Kong or Taiwan phone); the corpus has some too.
            style, dark, script = ("ios", "android")[i % 2], (i // 2) % 2 == 1, "t" if i % 4 == 3 else "s"
            first = pool.pop()
            # A second message from the same sender, when there is one, as in a real thread.
            same = [r for r in pool[-400:] if r["sender"] == first["sender"]]
            msgs = [first] + (same[:1] if same and rng.random() < 0.5 else [])
            for m in msgs[1:]:
                pool.remove(m)
            texts = [m["text"] for m in msgs]
            reply = rng.choice(REPLIES) if rng.random() < 0.75 else ""
            if script == "t":
                texts, reply = [to_trad.convert(t) for t in texts], to_trad.convert(reply)
            while True:  # drop the oldest message until the conversation fits above the input bar
                page.set_content(page_html(style, dark, script, first["sender"], texts, reply, rng))
                bottom = page.evaluate("Math.max(...[...document.querySelectorAll('.b')].map(e => "
                                       "e.getBoundingClientRect().bottom))")  # fmt: skip
                if bottom < 844 - 64 or len(texts) == 1:
                    break
                texts = texts[1:]
            name = f"shot_{i:03d}.png"
            png = page.screenshot()
            (out / name).write_bytes(png)
            labels = [m["label"] for m in msgs][-len(texts) :]
            row = dict(file=name, sender=first["sender"], bubbles=texts, reply=reply, style=style, dark=dark,
                       script=script, degraded=False, labels=labels)  # fmt: skip
            rows.append(row)
            if degraded and (photos is None or i < photos):
                jpg = name.replace(".png", "_photo.jpg")
                (out / jpg).write_bytes(degrade(png, rng))
                rows.append({**row, "file": jpg, "degraded": True})
        browser.close()
    with (out / "truth.jsonl").open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("-n", type=int, default=40, help="clean screenshots to render (default 40)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--degraded", action="store_true", help="also write a photo-of-the-screen copy of each")
    ap.add_argument("--photos", type=int, help="degrade only the first PHOTOS screenshots")
    args = ap.parse_args()
    rows = render(args.out, args.n, args.seed, args.degraded, args.photos)
    print(f"{len(rows)} images and truth.jsonl in {args.out}")


if __name__ == "__main__":
    main()
