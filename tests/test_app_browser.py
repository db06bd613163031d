"""End to end: the real Streamlit server on localhost, driven by headless Chromium (Debian's package).

Skips when /usr/bin/chromium or the ``playwright`` Python package is missing. Playwright only drives the
system Chromium here; ``playwright install`` (which downloads browsers) is never needed.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.helpers import CHROMIUM, CHROMIUM_ARGS

ROOT = Path(__file__).resolve().parents[1]
SCAM = "您的微粒贷已逾期，已启动立案程序，请于今日18点前将欠款转入以下账户：6222021234567890123 户名张三"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not os.access(CHROMIUM, os.X_OK),
        reason=f"{CHROMIUM} not installed (Debian: apt-get install chromium); browser test skipped",
    ),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def streamlit_server(timeout: float = 60.0) -> Iterator[str]:
    """Start the page as the README does (``streamlit run app.py``, so ``.streamlit/config.toml`` applies),
    on a free port only; yield its URL; always stop it."""
    port = free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port)]
    log = tempfile.TemporaryFile("w+")  # a file, not a pipe: a full pipe would block the server
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"streamlit exited with {proc.returncode}:\n{log.read()}")
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                    if resp.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"streamlit did not answer on {url} within {timeout:.0f} s")
            time.sleep(0.3)
        log.seek(0)
        yield url
    finally:
        proc.kill()
        proc.wait(timeout=10)
        log.seek(0)
        startup = log.read()
        log.close()
    # headless, bound to this machine: one local URL printed, no external-IP lookup, no e-mail prompt
    assert "External URL" not in startup and "Network URL" not in startup and "Email" not in startup, startup


@contextmanager
def browser_page(tmp_path: Path, width: int, height: int) -> Iterator[tuple[object, list[str]]]:
    """A headless Chromium page of the given size, with every URL it requested."""
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="pip install playwright (no browser download)"
    )
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch_persistent_context(
            str(tmp_path / f"profile-{width}"), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
            viewport={"width": width, "height": height},
        )  # fmt: skip
        requests: list[str] = []
        try:
            page = browser.new_page()
            page.on("request", lambda request: requests.append(request.url))
            page.set_default_timeout(30_000)
            yield page, requests
        finally:
            browser.close()


SIZES = [pytest.param(1280, 900, id="desktop"), pytest.param(390, 844, id="phone")]
NOT_MINE = "【工商银行】尊敬的李女士，您尾号8812的信用卡已逾期，请尽快通过工行手机银行还款。详询95588。"


def _in_view(page, locator) -> bool:
    box = locator.bounding_box()
    height = page.viewport_size["height"]
    return box is not None and 0 <= box["y"] < height * 0.5


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_verdict_is_the_first_thing_seen_after_checking(tmp_path, width, height):
    with streamlit_server() as url, browser_page(tmp_path, width, height) as (page, requests):
        page.goto(url, wait_until="domcontentloaded")
        page.get_by_text("核验完全在本机进行").wait_for()
        page.locator("textarea").first.fill(SCAM)
        page.locator("textarea").first.blur()  # commit the text before the click, as a person's tap does
        page.get_by_role("button", name="开始核验").click()
        verdict = page.locator('[data-testid="stAlertContentError"]').first
        verdict.wait_for(timeout=90_000)  # a loaded CI machine: the first check also warms the model
        assert "诈骗" in verdict.inner_text()
        # The page scrolls right after the verdict is drawn; on a loaded machine that can take a while.
        for _ in range(50):
            if _in_view(page, verdict):
                break
            page.wait_for_timeout(200)
        assert _in_view(page, verdict), verdict.bounding_box()
        page.get_by_text("建议你这样做").wait_for()
        page.locator("mark").first.wait_for()  # the evidence spans are highlighted
        assert page.locator('[data-testid="stException"]').count() == 0
        assert page.get_by_text("Deploy", exact=True).count() == 0  # no developer menu for consumers
        outside = sorted({u for u in requests if not u.startswith((url, "data:", "about:", "blob:"))})
        assert outside == [], f"the page asked the outside world for {outside}"


def test_switching_language_in_the_browser_keeps_the_answer(tmp_path):
    with streamlit_server() as url, browser_page(tmp_path, 390, 844) as (page, _):
        page.goto(url, wait_until="domcontentloaded")
        page.get_by_text("核验完全在本机进行").wait_for()
        page.locator("textarea").first.fill(NOT_MINE)
        page.locator("textarea").first.blur()
        page.locator("input[type=text]").first.fill("95588")
        page.locator("input[type=text]").first.blur()
        page.get_by_text("没有", exact=True).click()
        page.wait_for_timeout(800)
        page.get_by_text("English").click()
        page.get_by_role("button", name="Check").wait_for()
        page.wait_for_timeout(800)
        radios = page.locator("input[type=radio]")
        assert [radios.nth(i).is_checked() for i in range(3)] == [False, True, False]
        page.get_by_role("button", name="Check").click()
        verdict = page.locator('[data-testid="stAlertContentInfo"]').first
        verdict.wait_for()
        assert "wrong person" in verdict.inner_text()


def test_the_lender_tab_audits_a_template_in_the_browser(tmp_path):
    bad = "【微众银行】你这个老赖，欠款5,000元今天不还明天上门，详询4008123456。"
    with streamlit_server() as url, browser_page(tmp_path, 1280, 900) as (page, requests):
        page.goto(url, wait_until="domcontentloaded")
        page.get_by_text("核验完全在本机进行").wait_for()
        page.get_by_text("机构自查 · Lender self-check").click()
        page.get_by_role("button", name="开始自查").wait_for()
        page.locator("textarea").first.fill(bad)
        page.locator("textarea").first.blur()
        page.get_by_role("button", name="开始自查").click()
        box = page.locator('[data-testid="stAlertContentError"]').first
        box.wait_for()
        assert "请勿发送" in box.inner_text()
        page.get_by_text("NUMBER_NOT_IN_REGISTRY").first.wait_for()
        assert page.locator("mark").count() >= 2  # the findings' spans are highlighted
        page.get_by_text("English").click()
        page.get_by_text("do not send it before fixing them").wait_for()  # the result stays, in English
        assert page.locator('[data-testid="stException"]').count() == 0
        outside = sorted({u for u in requests if not u.startswith((url, "data:", "about:", "blob:"))})
        assert outside == [], f"the page asked the outside world for {outside}"


def test_uploading_a_screenshot_fills_the_box_and_gives_the_verdict(tmp_path):
    shot = ROOT / "tests" / "fixtures" / "screenshots" / "shot_002.png"  # a personal mobile, a short link
    sync_api = pytest.importorskip("playwright.sync_api")
    with streamlit_server() as url, browser_page(tmp_path, 390, 844) as (page, requests):
        page.goto(url, wait_until="domcontentloaded")
        page.get_by_text("核验完全在本机进行").wait_for()
        page.locator("input[type=file]").first.set_input_files(str(shot))
        page.get_by_text("这是从截图里读出的文字").wait_for(timeout=90_000)  # first upload loads the OCR
        expect = sync_api.expect  # waits: the widgets below the caption arrive a moment later
        expect(page.locator("textarea").first).to_have_value(re.compile("限时活动通知"))
        expect(page.get_by_label("发送号码（手机上显示的，可不填）")).to_have_value("17197804265")
        page.get_by_role("button", name="开始核验").click()
        verdict = page.locator('[data-testid="stAlertContentWarning"], [data-testid="stAlertContentError"]')
        verdict.first.wait_for()
        assert "风险分" in verdict.first.inner_text()
        assert page.locator('[data-testid="stException"]').count() == 0
        outside = sorted({u for u in requests if not u.startswith((url, "data:", "about:", "blob:"))})
        assert outside == [], f"the page asked the outside world for {outside}"
