"""`verifier report`: verdict counts, campaign infrastructure, near-duplicate clusters, plots."""

from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner

from verifier.batch import VerifierSpec, report, score_file
from verifier.cli import main

NAMES = ["王伟明", "李秀英", "赵建华", "刘丽娟", "陈志强", "杨海燕", "黄国庆"]
CAMPAIGN = (
    "【微众银行】{name}，您的微粒贷借款已逾期{d}天，欠款{amt}元，请立即登录 http://wb-pay.top/pay 处理，"
    "或致电专员17012345678。"
)
GENUINE = "【微众银行】您的微粒贷借款已逾期3天，请登录微众银行App还款，详询95384。"
SCAM = "您的借款已逾期，已启动立案程序，请于今日18点前将欠款转入以下账户：6222021234567890123 户名张三"


@pytest.fixture(scope="module")
def scored(tmp_path_factory) -> tuple:
    tmp = tmp_path_factory.mktemp("report")
    rows = [
        {"id": f"c{i}", "text": CAMPAIGN.format(name=n, d=i + 2, amt=1000 + 37 * i), "sender": "13900001111"}
        for i, n in enumerate(NAMES)
    ]
    rows += [{"id": f"g{i}", "text": GENUINE, "sender": "95384"} for i in range(3)]
    rows += [{"id": "s0", "text": SCAM, "sender": "+8613700002222"}, {"id": "e0", "text": "", "sender": ""}]
    inp = tmp / "in.csv"
    pd.DataFrame(rows).to_csv(inp, index=False)
    out = tmp / "scored.csv"
    score_file(inp, out, spec=VerifierSpec(use_model=False))
    return tmp, out, pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def test_collect_counts_verdicts_infrastructure_and_clusters(scored):
    _, out, df = scored
    data = report.collect(out)
    assert data.rows == len(df) == 12
    assert data.labels == df["label"].value_counts().to_dict()
    assert data.errors == {"empty": 1}
    assert sum(data.by_institution["webank"].values()) == 10
    campaign = int((df["id"].str.startswith("c") & df["label"].isin(["spoofed", "scam"])).sum())
    assert campaign == len(NAMES)
    assert data.senders["13900001111"] == campaign and "95384" not in data.senders
    assert data.callbacks["17012345678"] == campaign
    assert "95384" not in data.callbacks  # official numbers are not campaign infrastructure
    assert data.domains["wb-pay.top"] == campaign
    biggest = data.clusters[0]
    assert biggest["rows"] == len(NAMES) and biggest["distinct"] == len(NAMES)
    assert "wb-pay.top" in biggest["example"]
    assert any(c["rows"] == 3 and c["distinct"] == 1 for c in data.clusters)  # the identical genuine ones


def test_markdown_report_with_png_plots(scored):
    tmp, out, _ = scored
    md = tmp / "r.md"
    report.write_report(out, md)
    text = md.read_text(encoding="utf-8")
    for needle in (
        "## Verdicts",
        "## Per claimed institution",
        "微众银行 (webank)",
        "| 13900001111 | 7 |",
        "| 17012345678 | 7 |",
        "| wb-pay.top | 7 |",
        "Near-duplicate clusters",
        "| #1 | 7 | 7 |",
        "![Verdicts](r_files/verdicts.png)",
    ):
        assert needle in text, needle
    for name in ("verdicts", "institutions", "clusters"):
        assert (tmp / "r_files" / f"{name}.png").read_bytes().startswith(b"\x89PNG")


def test_html_report_is_self_contained_and_escaped(scored):
    tmp, out, _ = scored
    result = CliRunner().invoke(main, ["report", str(out), "-o", str(tmp / "r.html")])
    assert result.exit_code == 0, result.output
    page = (tmp / "r.html").read_text(encoding="utf-8")
    assert page.count("data:image/png;base64,") == 3
    assert "<td>wb-pay.top</td>" in page and "<script" not in page


def test_report_refuses_a_file_that_was_not_scored(tmp_path):
    raw = tmp_path / "raw.csv"
    pd.DataFrame({"text": ["x"]}).to_csv(raw, index=False)
    result = CliRunner().invoke(main, ["report", str(raw)])
    assert result.exit_code == 2 and "not a `verifier score` output" in result.output


def test_cluster_key_ignores_digits_spacing_and_width():
    assert report.cluster_key("欠款 １２００元！") == report.cluster_key("欠款3400元")


def test_markdown_report_shows_message_text_as_text(tmp_path):
    evil = (
        "<img src=x onerror=alert(1)> [点我](http://evil.top) 【工商银行】您的信用卡已逾期，请致电13900001111"
    )
    inp = tmp_path / "in.csv"
    pd.DataFrame({"text": [evil] * 3, "sender": ["13900001111"] * 3}).to_csv(inp, index=False)
    out = tmp_path / "scored.csv"
    score_file(inp, out, spec=VerifierSpec(use_model=False))
    result = CliRunner().invoke(main, ["report", str(out), "-o", str(tmp_path / "r.md")])
    assert result.exit_code == 0, result.output
    md = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "<img" not in md and "&lt;img" in md
    assert "\\[点我\\](http://evil.top)" in md  # brackets escaped: text, not a link
