"""The command line, through click's CliRunner and as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import click
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
