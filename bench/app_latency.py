"""Time from "submit" to verdict on the Streamlit page: ``python bench/app_latency.py [--repeat N]``.

Three figures, each after the model has been loaded once (``st.cache_resource`` does that in the app):

1. ``Verifier.check`` called directly — the first call (which also warms jieba and the lazy parts of the
   pipeline) and the median of later calls, over the page's example messages;
2. the page itself through ``streamlit.testing.v1.AppTest``: one full script run triggered by the submit
   button (check + rendering the verdict), first submit and median;
3. with ``--browser`` and /usr/bin/chromium: the real server in headless Chromium, from the click on
   「开始核验」 until the verdict box is visible.

Prints the machine (CPU count, Python, Streamlit) so the figure can be quoted with its context.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = {  # the same four messages the page offers, with the widgets they set
    "genuine": ("【工商银行】尊敬的客户，您尾号1234的信用卡已逾期，请尽快通过工行手机银行还款，"
                "详询95588。如已还款请忽略。", "95588", True, None),
    "spoofed": ("【工商银行】您的信用卡已逾期，请速回电4008123456处理，否则将影响您的征信。",
                "17088889999", None, None),
    "mistaken": ("【工商银行】尊敬的李女士，您尾号8812的信用卡已逾期，请尽快通过工行手机银行还款。"
                 "详询95588。", "95588", False, "张伟"),
    "scam": ("您的微粒貸已逾期，已啟動立案程序，請於今日18點前將欠款轉入以下帳戶："
             "6222021234567890123 戶名張三", None, None, None),
}  # fmt: skip


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def summary(what: str, times: list[float]) -> None:
    rest = times[1:] or times
    print(f"{what}: first {ms(times[0])}, then median {ms(statistics.median(rest))}, max {ms(max(rest))} "
          f"over {len(rest)} more")  # fmt: skip


def direct(repeat: int) -> None:
    from verifier import Verifier

    t0 = time.perf_counter()
    verifier = Verifier.load()
    load = time.perf_counter() - t0
    model = "bundled" if verifier.model is not None else "none, rules only"
    print(f"Verifier.load(): {ms(load)} (model: {model})")
    times = []
    for _ in range(repeat):
        for text, sender, account, name in EXAMPLES.values():
            t0 = time.perf_counter()
            verifier.check(text, sender=sender, has_account=account, recipient_name=name)
            times.append(time.perf_counter() - t0)
    summary("check() direct", times)


def apptest(repeat: int) -> None:
    from streamlit.testing.v1 import AppTest

    t0 = time.perf_counter()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    print(f"AppTest first page load (includes model load): {ms(time.perf_counter() - t0)}")
    times = []
    for _ in range(repeat):
        for label in EXAMPLES:
            at.selectbox(key="example").set_value(label).run()
            t0 = time.perf_counter()
            at.button(key="submit").click().run()
            times.append(time.perf_counter() - t0)
            assert not at.exception and (at.success or at.info or at.warning or at.error), label
    summary("AppTest submit → verdict rendered", times)


def browser(repeat: int) -> None:
    import sys

    sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # the test module imports tests.helpers
    import tempfile

    from playwright.sync_api import sync_playwright
    from test_app_browser import CHROMIUM, CHROMIUM_ARGS, streamlit_server

    with streamlit_server() as url, sync_playwright() as pw, tempfile.TemporaryDirectory() as profile:
        ctx = pw.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            page = ctx.new_page()
            page.set_default_timeout(60_000)
            t0 = time.perf_counter()
            page.goto(url)
            page.locator("textarea").first.wait_for()
            print(f"browser: page ready (includes model load) {ms(time.perf_counter() - t0)}")
            times = []
            for _ in range(repeat):
                for text, *_ in EXAMPLES.values():
                    page.locator("textarea").first.fill(text)
                    t0 = time.perf_counter()
                    page.get_by_role("button", name="开始核验").click()
                    page.locator('[data-testid="stAlert"]').first.wait_for()
                    page.get_by_text("各结论的可能性").wait_for()
                    times.append(time.perf_counter() - t0)
                    page.reload()
                    page.locator("textarea").first.wait_for()
            summary("browser click → verdict visible", times)
        finally:
            ctx.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="rounds over the four examples")
    parser.add_argument("--browser", action="store_true", help="also time the real server in Chromium")
    args = parser.parse_args()
    import streamlit

    print(f"machine: {os.cpu_count()} CPUs, {platform.processor() or platform.machine()}, "
          f"Python {platform.python_version()}, Streamlit {streamlit.__version__}")  # fmt: skip
    direct(args.repeat)
    apptest(args.repeat)
    if args.browser:
        browser(args.repeat)


if __name__ == "__main__":
    main()
