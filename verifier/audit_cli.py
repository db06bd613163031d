"""``verifier audit``: audit one collection SMS template, or a CSV library of them, before sending."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import click

from verifier.types import InputError

SEVERITY_ZH = {"error": "错误", "warning": "警告", "advice": "建议"}
CSV_FIELDS = ("template_id", "rule", "severity", "start", "end", "text", "zh", "en", "fix", "verdict")


@click.command("audit")
@click.argument("template")
@click.option(
    "--institution", help="Registry id or name the template speaks for (default: the one it names)."
)
@click.option("--send-at", help="Planned send time, ISO format (2026-03-01T21:30).")
@click.option(
    "--recipient-role",
    type=click.Choice(["borrower", "contact"]),
    default="borrower",
    show_default=True,
    help="Who receives it: the borrower, or a contact person.",
)
@click.option("--sender", help="The number it goes out from, when known.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object: findings and verdict.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="CSV mode: where to write findings.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True)
def audit_command(
    template: str,
    institution: str | None,
    send_at: str | None,
    recipient_role: str,
    sender: str | None,
    as_json: bool,
    output: str | None,
    lang: str,
) -> None:
    """Audit a collection SMS before it is sent. TEMPLATE is the text, - for standard input, or a CSV
    file (columns text and optional id, institution, send_at, recipient_role, sender) with -o findings.csv.

    Exits 1 when any finding is an error."""
    from verifier import Verifier

    verifier = Verifier.load()
    if template.endswith(".csv") and Path(template).is_file():
        errors = _audit_csv(verifier, Path(template), output, institution, send_at, recipient_role, sender)
        sys.exit(1 if errors else 0)
    text = sys.stdin.read() if template == "-" else template
    try:
        result = verifier.audit(
            text, institution=institution, send_at=send_at, recipient_role=recipient_role, sender=sender
        )
    except (InputError, ValueError) as err:
        raise click.UsageError(str(err)) from None
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print(result, lang == "zh")
    sys.exit(1 if result.errors else 0)


def _print(result, zh: bool) -> None:
    from verifier.cli import LABEL_ZH

    verdict = LABEL_ZH[result.verdict.label] if zh else result.verdict.label
    click.echo(f"{'消费者端结论' if zh else 'Consumer verdict'}: {verdict}")
    parts = (
        f"{result.units} 字 / {result.segments} 条" if zh else f"{result.units} chars / {result.segments} SMS"
    )
    click.echo(f"{'长度' if zh else 'Length'}: {parts}")
    if not result.findings:
        click.echo("未发现问题。" if zh else "No findings.")
    for f in result.findings:
        severity = SEVERITY_ZH[f.severity] if zh else f.severity
        where = f" 「{f.text}」" if f.span else ""
        click.echo(f"[{severity}] {f.rule}{where}: {f.explanation_zh if zh else f.explanation_en}")
        click.echo(f"    {'修改' if zh else 'Fix'}: {f.fix_zh if zh else f.fix_en}")


def _audit_csv(verifier, path: Path, output, institution, send_at, recipient_role, sender) -> int:
    """One output row per finding, with the template's id (its row number when there is no id column);
    options give the defaults for columns the file lacks. Returns the number of error findings."""
    if output is None:
        raise click.UsageError("a CSV library needs -o findings.csv")
    errors = 0
    with (
        path.open(encoding="utf-8-sig", newline="") as src,
        open(output, "w", encoding="utf-8", newline="") as dst,
    ):
        writer = csv.DictWriter(dst, CSV_FIELDS)
        writer.writeheader()
        for n, row in enumerate(csv.DictReader(src), 1):
            tid = row.get("id") or str(n)
            try:
                result = verifier.audit(
                    row.get("text") or "",
                    institution=row.get("institution") or institution,
                    send_at=row.get("send_at") or send_at,
                    recipient_role=row.get("recipient_role") or recipient_role,
                    sender=row.get("sender") or sender,
                )
            except (InputError, ValueError) as err:
                writer.writerow(
                    {"template_id": tid, "rule": "INPUT_ERROR", "severity": "error", "en": str(err)}
                )
                errors += 1
                continue
            errors += len(result.errors)
            for f in result.findings:
                start, end = f.span if f.span else ("", "")
                writer.writerow(
                    {
                        "template_id": tid,
                        "rule": f.rule,
                        "severity": f.severity,
                        "start": start,
                        "end": end,
                        "text": f.text,
                        "zh": f.explanation_zh,
                        "en": f.explanation_en,
                        "fix": f.fix_zh,
                        "verdict": result.verdict.label,
                    }
                )
    click.echo(f"{path}: {errors} error finding(s); findings written to {output}", err=True)
    return errors
