"""``verifier check --image``: what was read from a screenshot, then each message's verdict."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click

from verifier.ocr import ImageCheck


def marked(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    """``text`` with its low-confidence spans in brackets: 尾号[7]978."""
    out, end = [], 0
    for a, b in spans:
        out += [text[end:a], "[", text[a:b], "]"]
        end = b
    return "".join([*out, text[end:]])


def echo_image_check(
    verifier: Any, result: ImageCheck, as_json: bool, lang: str, echo_verdict: Callable[..., None]
) -> None:
    """Print the read text (uncertain characters in brackets) and each incoming message's verdict."""
    if as_json:
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
        return
    zh = lang == "zh"
    read = result.read
    who = read.sender or read.sender_name or ("未读到" if zh else "not shown")
    click.echo(f"{'截图中的发送方' if zh else 'Sender in the screenshot'}: {who}")
    click.echo(
        "以下是识别出的文字，[ ]中的字没有把握，请对照截图核对："
        if zh
        else "This is what was read; characters in [ ] are uncertain, compare with the screenshot:"
    )
    pairs = iter(result.pairs)
    n = len(read.incoming)
    for bubble in read.bubbles:
        if bubble.side == "outgoing":
            click.echo(f"  ({'你的回复' if zh else 'your reply'}) {bubble.text}")
            continue
        _, verdict = next(pairs)
        i = read.incoming.index(bubble) + 1
        click.echo(f"\n{'短信' if zh else 'Message'} {i}/{n}: {marked(bubble.text, bubble.low_confidence)}")
        echo_verdict(verifier, verdict, lang)
