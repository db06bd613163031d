"""Screenshot of the result page for the README: ``python scripts/screenshot.py [out.png]``.

Starts ``streamlit run app.py`` on a free localhost port, submits a spoofed example in headless Debian
Chromium (driven by Playwright's Python package; no browser download) and saves the whole result page
(default ``docs/screenshot.png``). The server is always stopped.
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
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
TEXT = "【工商银行】您的信用卡已逾期，请速回电4008123456处理，否则将影响您的征信。"
SENDER = "17088889999"


def main(out: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
        "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none", "--client.toolbarMode", "minimal",
    ]  # fmt: skip
    server = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                    if resp.read().strip() == b"ok":
                        break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"streamlit did not start on {url}") from None
                time.sleep(0.3)
        with sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
            browser = pw.chromium.launch_persistent_context(
                profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
                viewport={"width": 860, "height": 1000},
            )  # fmt: skip
            try:
                page = browser.new_page()
                page.set_default_timeout(30_000)
                page.goto(url)
                page.locator("textarea").first.wait_for()
                page.locator("textarea").first.fill(TEXT)
                page.locator('input[type="text"]').nth(1).fill(SENDER)  # 0 = example picker, 1 = sender
                page.get_by_role("button", name="开始核验").click()
                page.get_by_text("各结论的可能性").wait_for()
                page.wait_for_timeout(1000)  # let the progress bars finish animating
                height = page.evaluate(
                    'document.querySelector("[data-testid=stMainBlockContainer]").scrollHeight'
                )
                page.set_viewport_size({"width": 860, "height": int(height) + 40})
                page.wait_for_timeout(300)
                out.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(out))
            finally:
                browser.close()
    finally:
        server.kill()
        server.wait(timeout=10)
    print(f"wrote {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshot.png")
