"""The lender-side audit (verifier/audit.py, data/audit.toml): rule examples, templates, SMS length."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from verifier.audit import SEVERITIES, AuditRules, AuditRulesError, sms_segments, ucs2_units

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

RULES = AuditRules.load()
TEMPLATES = tomllib.loads(
    (Path(__file__).parent / "fixtures" / "audit_templates.toml").read_text(encoding="utf-8")
)["template"]


def audit(verifier, example):
    example = {"text": example} if isinstance(example, str) else dict(example)
    return verifier.audit(example.pop("text"), **example)


def _cases(kind: str):
    for rule in RULES.rules:
        for i, example in enumerate(rule.examples_match if kind == "match" else rule.examples_no_match):
            yield pytest.param(rule.id, example, id=f"{rule.id}-{kind}-{i}")


def test_every_rule_has_a_source_and_both_kinds_of_example():
    assert [r.id for r in RULES.rules if not (r.source and r.examples_match and r.examples_no_match)] == []


@pytest.mark.parametrize(("rule", "example"), list(_cases("match")))
def test_rule_fires_on_its_examples(rule, example, verifier):
    assert rule in {f.rule for f in audit(verifier, example).findings}, f"{rule} should fire on {example!r}"


@pytest.mark.parametrize(("rule", "example"), list(_cases("no_match")))
def test_rule_does_not_fire_on_its_counter_examples(rule, example, verifier):
    assert rule not in {f.rule for f in audit(verifier, example).findings}, f"{rule} fired on {example!r}"


@pytest.mark.parametrize("template", TEMPLATES, ids=[t["id"] for t in TEMPLATES])
def test_templates_get_exactly_their_errors_at_the_right_spans(template, verifier):
    t = {k: v for k, v in template.items() if k not in ("id", "errors", "expect")}
    result = audit(verifier, t)
    assert {f.rule for f in result.errors} == set(template["errors"]), [f.rule for f in result.errors]
    for rule, quoted in template["expect"]:
        spans = [f.span for f in result.findings if f.rule == rule]
        assert spans, f"{rule} missing"
        if quoted:
            assert any(s and template["text"][s[0] : s[1]] == quoted for s in spans), (rule, spans)
        else:
            assert None in spans, (rule, spans)
    for f in result.findings:  # every span is inside the text and quotes it
        assert f.span is None or template["text"][f.span[0] : f.span[1]] == f.text != ""


def test_findings_are_worst_first_and_serialise(verifier):
    result = verifier.audit(
        "【微众银行】你这个老赖，今天不还明天上门，详询4008123456。", send_at="2026-03-01T23:00"
    )
    order = [SEVERITIES.index(f.severity) for f in result.findings]
    assert order == sorted(order)
    d = result.to_dict()
    assert set(d["findings"][0]) >= {"rule", "severity", "span", "zh", "en", "fix"}
    assert d["verdict"] == result.verdict.label
    assert d["findings"][0]["severity"] == "error" and d["findings"][0]["span"] is None  # SEND_TIME


def test_a_compliant_template_gets_the_consumer_verdict_it_earns(verifier):
    result = audit(verifier, TEMPLATES[0]["text"])
    assert result.errors == () and result.verdict.label == "genuine"


@pytest.mark.parametrize(
    ("text", "units", "segments"),
    [
        ("欠" * 70, 70, 1),
        ("欠" * 71, 71, 2),  # a long SMS: 67 per part
        ("欠" * 134, 134, 2),
        ("欠" * 135, 135, 3),
        ("a" * 70, 70, 1),  # ASCII counts one in a UCS-2 message
        ("欠" * 69 + "😀", 71, 2),  # outside the BMP: two UCS-2 units
    ],
)
def test_sms_length_is_counted_as_carriers_do(text, units, segments):
    assert ucs2_units(text) == units
    assert sms_segments(units, RULES.limits) == segments


def test_unknown_institution_and_role_are_refused(verifier):
    with pytest.raises(ValueError, match="unknown institution"):
        verifier.audit("您的借款已逾期。", institution="no-such-bank")
    with pytest.raises(ValueError, match="recipient_role"):
        verifier.audit("您的借款已逾期。", recipient_role="neighbour")
    assert verifier.audit("您的借款已逾期。", institution="微众银行").institution == "webank"


def test_a_malformed_rules_file_names_its_line(tmp_path):
    bad = tmp_path / "audit.toml"
    bad.write_text(
        '[[rule]]\nid = "X"\nseverity = "fatal"\nsource = "s"\npattern = "a"\nexplanation_zh = "a"\n'
        'explanation_en = "a"\nfix_zh = "a"\nfix_en = "a"\n',
        encoding="utf-8",
    )
    with pytest.raises(AuditRulesError, match=r"audit.toml:2: rule X: severity"):
        AuditRules.load(bad)


def test_cli_json_prints_findings_and_verdict_and_exits_1_on_an_error():
    import json

    from click.testing import CliRunner

    from verifier.cli import main

    text = "【微众银行】您的借款1,234.56元已逾期，请致电4008123456处理。"
    res = CliRunner().invoke(main, ["audit", text, "--institution", "webank", "--json"])
    assert res.exit_code == 1, res.output
    out = json.loads(res.output)
    assert out["verdict"] == "spoofed"
    hit = next(f for f in out["findings"] if f["rule"] == "NUMBER_NOT_IN_REGISTRY")
    assert text[hit["span"][0] : hit["span"][1]] == "4008123456" and hit["severity"] == "error"
    ok = CliRunner().invoke(main, ["audit", TEMPLATES[0]["text"], "--send-at", "2026-03-02T10:00"])
    assert ok.exit_code == 0, ok.output


def test_cli_audits_a_template_library_one_row_per_finding(tmp_path):
    import csv

    from click.testing import CliRunner

    from verifier.cli import main

    lib = tmp_path / "templates.csv"
    with lib.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "text", "send_at"])
        w.writerow(["T1", TEMPLATES[0]["text"], "2026-03-02T10:00"])
        w.writerow(["T2", "【微众银行】你这个老赖，后果自负。", "2026-03-02T23:10"])
    out = tmp_path / "findings.csv"
    res = CliRunner().invoke(main, ["audit", str(lib), "-o", str(out)])
    assert res.exit_code == 1
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    t2 = {(r["rule"], r["text"]) for r in rows if r["template_id"] == "T2" and r["severity"] == "error"}
    assert t2 == {("SEND_TIME", ""), ("SHAMING", "老赖"), ("THREAT", "后果自负")}
    assert not [r for r in rows if r["template_id"] == "T1" and r["severity"] == "error"]


def test_readme_example_audit_is_what_the_command_prints():
    import re
    import shlex

    from click.testing import CliRunner

    from verifier.cli import main

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Auditing a template (for lenders)", 1)[1]
    block = re.search(r"```console\n\$ (verifier audit .*?)\n(.*?)```", section, re.S)
    args = shlex.split(block.group(1))[1:]
    res = CliRunner().invoke(main, args)
    assert res.output == block.group(2), res.output
    assert res.exit_code == 1  # the example has errors
