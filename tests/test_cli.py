"""The command line, through click's CliRunner and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata

import click
import pytest
from click.testing import CliRunner

from verifier.cli import main

SCAM = "您的微粒贷已逾期，已启动立案程序，请于今日18点前将欠款转入以下账户：6222021234567890123 户名张三"


def test_check_json_matches_the_api(verifier):
    result = CliRunner().invoke(main, ["check", SCAM, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["label"] == "scam" == verifier.check(SCAM).label
    assert data["scores"]["scam"] >= 0.9


def test_check_text_output_in_both_languages():
    zh = CliRunner().invoke(
        main, ["check", "【工商银行】您的信用卡已逾期，请登录工行App还款。", "--sender", "95588"]
    )
    assert zh.exit_code == 0 and "真实通知" in zh.output and "95588" in zh.output
    en = CliRunner().invoke(main, ["check", SCAM, "--lang", "en"])
    assert en.exit_code == 0 and "Verdict: scam" in en.output and "96110" in en.output
    assert "rough guide" not in en.output and "仅供参考" not in zh.output


def test_check_says_when_the_text_is_no_debt_notice():
    out = CliRunner().invoke(main, ["check", "您的快递已到菜鸟驿站，请凭取件码领取"])
    assert out.exit_code == 0 and "不是借款类短信" in out.output and "不是借款、还款或催收通知" in out.output
    assert "%" not in out.output  # no class probabilities for a text the classes do not apply to


def test_check_says_when_origin_cannot_be_confirmed():
    text = "【招联消费金融】您的好期贷已逾期3天，请登录招联金融App还款。"
    out = CliRunner().invoke(main, ["check", text])
    assert out.exit_code == 0 and "无法确认来源" in out.output and "真实通知" not in out.output
    en = CliRunner().invoke(main, ["check", text, "--lang", "en"])
    assert "unverified" in en.output and "Origin cannot be confirmed" in en.output


def test_check_reads_stdin_and_rejects_empty():
    ok = CliRunner().invoke(main, ["check", "-", "--json"], input=SCAM)
    assert json.loads(ok.output)["label"] == "scam"
    bad = CliRunner().invoke(main, ["check", "   "])
    assert bad.exit_code == 2 and "empty" in bad.output


def test_python_dash_m_runs_the_same_cli():
    out = subprocess.run(
        [sys.executable, "-m", "verifier", "check", SCAM, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(out.stdout)["label"] == "scam"


def test_every_command_has_help():
    ctx = click.Context(main)
    for name in main.list_commands(ctx):
        command = main.get_command(ctx, name)
        assert command.help, f"command {name} has no help text"
        assert CliRunner().invoke(main, [name, "--help"]).exit_code == 0


def test_english_output_names_the_institution_in_english_and_aligns_columns():
    out = CliRunner().invoke(main, ["check", "【工商银行】您的信用卡已逾期，详询95588。", "--lang", "en"])
    assert "Claims to be: Industrial and Commercial Bank of China" in out.output
    zh = CliRunner().invoke(main, ["check", "【招联消费金融】您的好期贷已逾期3天，请登录招联金融App还款。"])
    rows = [line for line in zh.output.splitlines() if line.rstrip().endswith("%")]
    widths = {sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in r.rstrip()) for r in rows}
    assert len(rows) == 4 and len(widths) == 1, rows  # every percentage ends in the same column


@pytest.mark.parametrize("name", ["Wang Fang", "fang wang", "WANG FANG", "王芳"])
def test_recipient_name_in_pinyin_matches_a_han_greeting(name):
    text = "【工商银行】尊敬的王芳女士，您尾号1234的信用卡已逾期，请尽快通过工行手机银行还款，详询95588。"
    out = CliRunner().invoke(main, ["check", text, "--sender", "95588", "--recipient-name", name, "--json"])
    assert json.loads(out.output)["label"] == "genuine", out.output


def test_score_report_uses_the_columns_it_was_given(tmp_path):
    import pandas as pd

    inp = tmp_path / "in.csv"
    rows = ["【微众银行】您的微粒贷已逾期，请致电专员17012345678处理。"] * 3
    pd.DataFrame({"短信内容": rows, "号码": ["13900001111"] * 3}).to_csv(inp, index=False)
    args = ["score", str(inp), "-o", str(tmp_path / "o.csv"), "--no-model", "--text-col", "短信内容"]
    out = CliRunner().invoke(main, [*args, "--sender-col", "号码", "--report", str(tmp_path / "r.md")])
    assert out.exit_code == 0, out.output
    md = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "13900001111" in md and "17012345678" in md  # campaign sender and callback tables are filled
    no_text = CliRunner().invoke(main, ["report", str(tmp_path / "o.csv"), "-o", str(tmp_path / "x.md")])
    assert no_text.exit_code == 2 and "no text column" in no_text.output


def test_a_recipient_column_under_a_usual_name_is_masked_without_an_option(tmp_path):
    import pandas as pd

    inp = tmp_path / "in.csv"
    pd.DataFrame({"text": ["王芳客户：您的借款已逾期"], "姓名": ["王芳"]}).to_csv(inp, index=False)
    out = CliRunner().invoke(
        main, ["score", str(inp), "-o", str(tmp_path / "o.csv"), "--no-model", "--mask-pii"]
    )
    assert out.exit_code == 0, out.output
    got = pd.read_csv(tmp_path / "o.csv", dtype=str, encoding="utf-8-sig")
    assert got.loc[0, "姓名"] == "王*" and got.loc[0, "text"] == "王*客户：您的借款已逾期"
