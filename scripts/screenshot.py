"""Screenshots of the page for the README: ``python scripts/screenshot.py [docs/]``.

Starts the page as the README does (``streamlit run app.py``: ``.streamlit/config.toml`` applies) on a free
port, and in headless Debian Chromium (driven by Playwright's Python package; no browser download):

* ``screenshot.png`` — desktop, 1280 px wide: a spoofed notice checked, the whole result page;
* ``screenshot_phone.png`` — phone, 390×844: what a person sees right after tapping 开始核验 on a notice
  whose origin cannot be confirmed (the verdict must be on screen without scrolling).

The server is always stopped.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.helpers import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

SPOOFED = "【工商银行】您的信用卡已逾期，请速回电4008123456处理，否则将影响您的征信。"
UNCONFIRMED = "【招联消费金融】您的好期贷已逾期3天，请登录招联金融App还款，如已还款请忽略。"
SHOTS = [  # file, viewport, message, sender, whole page?
    ("screenshot.png", (1280, 900), SPOOFED, "17088889999", True),
    ("screenshot_phone.png", (390, 844), UNCONFIRMED, "1069088812345", False),
]  # fmt: skip


def serve() -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port)]
    server = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.read().strip() == b"ok":
                    return server, url
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise SystemExit(f"streamlit did not start on {url}") from None
            time.sleep(0.3)


def main(folder: Path) -> None:
    server, url = serve()
    try:
        with sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
            for name, (width, height), text, sender, whole in SHOTS:
                browser = pw.chromium.launch_persistent_context(
                    f"{profile}/{width}", executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
                    viewport={"width": width, "height": height},
                )  # fmt: skip
                try:
                    page = browser.new_page()
                    page.set_default_timeout(30_000)
                    page.goto(url)
                    page.locator("textarea").first.wait_for()
                    page.locator("textarea").first.fill(text)
                    page.locator('input[type="text"]').nth(1).fill(sender)  # 0 = example picker, 1 = sender
                    page.locator('input[type="text"]').nth(1).blur()
                    page.wait_for_timeout(500)
                    page.get_by_role("button", name="开始核验").click()
                    page.get_by_text("各结论的可能性").wait_for()
                    page.wait_for_timeout(1000)  # the scroll to the verdict, and fonts
                    if whole:  # the page scrolls inside its main block: grow the window to all of it
                        tall = page.evaluate(
                            'document.querySelector("[data-testid=stMainBlockContainer]").scrollHeight'
                        )
                        page.set_viewport_size({"width": width, "height": int(tall) + 40})
                        page.wait_for_timeout(300)
                    folder.mkdir(parents=True, exist_ok=True)
                    page.screenshot(path=str(folder / name))
                    print(f"wrote {folder / name}")
                finally:
                    browser.close()
    finally:
        server.kill()
        server.wait(timeout=10)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs")
