"""Command line: ``verifier check | audit | score | report | train | eval`` (also ``python -m verifier``)."""

from __future__ import annotations

import importlib
import json
import sys
import unicodedata
from typing import Any, ClassVar

import click

from verifier.types import InputError

LABEL_ZH = {
    "genuine": "真实通知",
    "spoofed": "仿冒通知",
    "mistaken": "发错了人",
    "scam": "诈骗",
    "unverified": "无法确认来源",
    "unrelated": "不是借款类短信",
}
#: One line under the verdict that says what it means for the reader.
VERDICT_NOTE = {
    "unverified": (
        "无法确认来源，请在官方App或官方电话核实。",
        "Origin cannot be confirmed: verify in the official app or at the official hotline.",
    ),
    "unrelated": (
        "这条短信不是借款、还款或催收通知，本工具不对它作真假判断。",
        "This is not a loan, repayment or collection message; the tool does not judge it.",
    ),
}


def pad(text: str, width: int) -> str:
    """``text`` left-justified to ``width`` terminal columns (a Chinese character takes two)."""
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(0, width - used)


class LazyGroup(click.Group):
    """A group whose heavier commands are imported only when run (pandas, scikit-learn start-up)."""

    lazy: ClassVar[dict[str, str]] = {
        "audit": "verifier.audit_cli:audit_command",
        "score": "verifier.batch.engine:score_command",
        "report": "verifier.batch.report:report_command",
        "train": "verifier.training.train:train_command",
        "eval": "verifier.training.evaluate:eval_command",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy:
            module, attr = self.lazy[name].split(":")
            return getattr(importlib.import_module(module), attr)
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="overdue-sms-verifier")
def main() -> None:
    """Check whether a Chinese overdue-loan SMS is genuine, spoofed, mistaken or a scam."""


@main.command()
@click.argument("text", required=False)
@click.option(
    "--image",
    type=click.Path(exists=True, dir_okay=False),
    help="A screenshot of the SMS instead of TEXT: each message received in it is checked.",
)
@click.option("--sender", help="The number the SMS came from, as shown on the phone.")
@click.option("--recipient-name", help="Your name, only to compare with the greeting.")
@click.option(
    "--has-account/--no-account",
    default=None,
    help="Whether you have a loan or card with the institution (omit if unsure).",
)
@click.option("--received-at", help="When it arrived, ISO format (2026-03-01T23:30).")
@click.option("--json", "as_json", is_flag=True, help="Print the full result as JSON.")
@click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    default="zh",
    show_default=True,
    help="Language of the text output.",
)
@click.option("--no-model", is_flag=True, help="Rules only, without the trained classifier.")
def check(
    text: str | None,
    image: str | None,
    sender: str | None,
    recipient_name: str | None,
    has_account: bool | None,
    received_at: str | None,
    as_json: bool,
    lang: str,
    no_model: bool,
) -> None:
    """Check one SMS. TEXT is the message, or - to read it from standard input; or --image a screenshot."""
    from verifier import Verifier

    if (text is None) == (image is None):
        raise click.UsageError("give the SMS TEXT or --image SCREENSHOT (one of them)")
    if text == "-":
        text = sys.stdin.read()
    verifier = Verifier.load(use_model=not no_model)
    meta = dict(
        sender=sender, recipient_name=recipient_name, has_account=has_account, received_at=received_at
    )
    try:
        if image is not None:
            from verifier.ocr_cli import echo_image_check

            echo_image_check(verifier, verifier.check_image(image, **meta), as_json, lang, echo_verdict)
            return
        verdict = verifier.check(text, **meta)
    except InputError as err:
        raise click.UsageError(f"cannot judge this input ({err.reason}): {err}") from None
    if as_json:
        click.echo(json.dumps(verdict.to_dict(), ensure_ascii=False, indent=2))
        return
    echo_verdict(verifier, verdict, lang)


def echo_verdict(verifier: Any, verdict: Any, lang: str) -> None:
    """The verdict as text: label, probabilities, evidence and advice."""
    zh = lang == "zh"
    name = LABEL_ZH[verdict.label] if zh else verdict.label
    risk = "" if verdict.label == "unrelated" else f"  ({'风险' if zh else 'risk'} {verdict.risk}/100)"
    click.echo(f"{'结论' if zh else 'Verdict'}: {name}{risk}")
    if verdict.label in VERDICT_NOTE:
        click.echo(VERDICT_NOTE[verdict.label][0 if zh else 1])
    if verdict.institution_name:
        inst = verifier.registry.institutions.get(verdict.institution or "")
        name = verdict.institution_name if zh or inst is None else inst.name_en
        click.echo(f"{'自称机构' if zh else 'Claims to be'}: {name}")
    if verdict.label != "unrelated":  # the classes do not apply to a text that is not about debt
        for label, p in sorted(verdict.scores.items(), key=lambda kv: -kv[1]):
            shown = LABEL_ZH[label] if zh else label
            if label == "genuine" and verdict.origin != "official":
                shown = "像正规通知(来源未确认)" if zh else "genuine-looking (origin unconfirmed)"
            click.echo(f"  {pad(shown, 24)} {p:6.1%}")
    if verdict.evidence:
        click.echo("依据:" if zh else "Why:")
        for ev in verdict.evidence:
            where = f" 「{ev.text}」" if ev.text else ""
            click.echo(f"  - [{ev.rule}]{where} {ev.explanation_zh if zh else ev.explanation_en}")
    click.echo("建议:" if zh else "What to do:")
    for i, action in enumerate(verdict.actions, 1):
        click.echo(f"  {i}. {action.text_zh if zh else action.text_en}")
