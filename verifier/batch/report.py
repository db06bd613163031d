"""``verifier report OUTPUT``: an HTML or Markdown summary of a scored file, with matplotlib plots.

What is in it: verdicts overall and per claimed institution; the most frequent unofficial sender
numbers, callback numbers and link domains in rows labelled spoofed or scam (the infrastructure of
active campaigns); and clusters of near-duplicate messages (MinHash LSH over normalised text) with
their sizes, verdict mix and an example. The output file is read in chunks; only counters, one short
normalised string per distinct message and its MinHash are kept.
"""

from __future__ import annotations

import base64
import html
import io
import re
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from verifier.types import OUTCOMES

LABEL_ORDER = (*OUTCOMES, "error")
LABEL_COLORS = {
    "genuine": "#2e7d32",
    "spoofed": "#f9a825",
    "mistaken": "#1e88e5",
    "scam": "#c62828",
    "unverified": "#8d6e63",
    "unrelated": "#bdbdbd",
    "error": "#9e9e9e",
}
SUSPECT = ("spoofed", "scam")
NUM_PERM = 64
THRESHOLD = 0.7
SHINGLE = 3
# undo the CSV formula escaping of `verifier score` (verifier.batch.tabular.escape_formulas)
_ESCAPED = re.compile(r"^'(?=[\s\u3000]*[=+\-@＝＋－＠]|[\t\r\n])")
_DIGITS = re.compile(r"\d+")
_NOISE = re.compile(r"[\W_]+")


@dataclass
class ReportData:
    source: str
    rows: int = 0
    labels: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)
    by_institution: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    senders: Counter = field(default_factory=Counter)
    callbacks: Counter = field(default_factory=Counter)
    domains: Counter = field(default_factory=Counter)
    infra_labels: dict[tuple[str, str], Counter] = field(default_factory=lambda: defaultdict(Counter))
    clusters: list[dict] = field(default_factory=list)
    seconds: float = 0.0


def _clean(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    s = _ESCAPED.sub("", str(value)).strip()
    return s or None


def cluster_key(text: str) -> str:
    """Normalised text for near-duplicate detection: NFKC, lowercase, digits → 0, no punctuation or
    spaces, so that messages differing only in amounts, dates, names' punctuation or spacing collide."""
    s = unicodedata.normalize("NFKC", text).lower()
    s = _DIGITS.sub("0", s)
    return _NOISE.sub("", s)


def _signatures(keys: list[str]) -> Any:
    """MinHash signatures (len(keys) × NUM_PERM) of the character SHINGLE-grams of each key.

    The same scheme as datasketch's MinHash (universal hashing ``(a·x + b) mod p`` of each shingle,
    minimum per permutation), vectorised with numpy over many messages at once: shingles are numbered
    in order of first appearance, so the result is deterministic for a given input.
    """
    import numpy as np

    prime = np.uint64((1 << 31) - 1)
    rng = np.random.RandomState(1)
    a = rng.randint(1, int(prime), size=NUM_PERM).astype(np.uint64)[:, None]
    b = rng.randint(0, int(prime), size=NUM_PERM).astype(np.uint64)[:, None]
    vocab: dict[str, int] = {}
    sig = np.empty((len(keys), NUM_PERM), dtype=np.uint64)
    start = 0
    while start < len(keys):
        ids: list[int] = []
        offsets: list[int] = []
        stop = start
        while stop < len(keys) and len(ids) < 200_000:
            key = keys[stop]
            offsets.append(len(ids))
            # dict, not set: shingles are numbered in text order, so signatures do not depend on the
            # process's string-hash seed
            grams = dict.fromkeys(key[i : i + SHINGLE] for i in range(max(1, len(key) - SHINGLE + 1)))
            ids.extend(vocab.setdefault(g, len(vocab)) for g in grams)
            stop += 1
        x = np.asarray(ids, dtype=np.uint64)[None, :]
        hashed = (a * x + b) % prime
        sig[start:stop] = np.minimum.reduceat(hashed, np.asarray(offsets), axis=1).T
        start = stop
    return sig


def _clusters(
    keys: Counter, examples: dict[str, Counter], key_labels: dict[str, Counter], top: int
) -> list[dict]:
    """Connected components of keys that share an LSH band bucket, largest (in rows) first.

    The band layout (b bands of r rows) is datasketch's ``MinHashLSH`` optimum for THRESHOLD and NUM_PERM.
    """
    import numpy as np
    from datasketch import MinHashLSH
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    uniq = list(keys)
    if not uniq:
        return []
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    sig = _signatures(uniq)
    mult = np.random.RandomState(2).randint(1, 2**62, size=lsh.r, dtype=np.int64).astype(np.uint64)
    rows, cols = [], []
    for band in range(lsh.b):
        block = sig[:, band * lsh.r : (band + 1) * lsh.r]
        bucket = (block * mult).sum(axis=1)  # wraps mod 2**64: one number per band row
        _, first, inverse = np.unique(bucket, return_index=True, return_inverse=True)
        rows.append(np.arange(len(uniq)))
        cols.append(first[inverse])
    n = len(uniq)
    graph = coo_matrix(
        (np.ones(n * lsh.b, dtype=np.int8), (np.concatenate(rows), np.concatenate(cols))), (n, n)
    )
    _, component = connected_components(graph, directed=False)
    groups: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(component.tolist()):
        groups[c].append(i)
    out = []
    for members in groups.values():
        size = sum(keys[uniq[i]] for i in members)
        if size < 2:
            continue
        labels: Counter = Counter()
        texts: Counter = Counter()
        for i in members:
            labels.update(key_labels[uniq[i]])
            texts.update(examples[uniq[i]])
        out.append(
            {"rows": size, "distinct": len(members), "labels": labels, "example": texts.most_common(1)[0][0]}
        )
    out.sort(key=lambda c: (-c["rows"], -c["distinct"]))
    return out[:top]


class _Official:
    """Verified official numbers and domains of every institution plus the public channels."""

    def __init__(self, registry: Any) -> None:
        self.numbers = {re.sub(r"\D", "", ch.value) for ch in registry.channels.values()}
        self.domains: set[str] = set()
        for inst in registry.institutions.values():
            self.numbers.update(f.value for f in (*inst.hotlines, *inst.sms_senders) if not f.unverified)
            self.domains.update(f.value.lower() for f in inst.domains if not f.unverified)

    def number(self, digits: str) -> bool:
        return digits in self.numbers

    def host(self, host: str) -> bool:
        labels = host.lower().rstrip(".").split(".")
        return any(".".join(labels[i:]) in self.domains for i in range(len(labels)))


def collect(
    path: str | Path,
    *,
    text_col: str = "text",
    sender_col: str = "sender",
    chunk_size: int = 20000,
    top_clusters: int = 15,
) -> ReportData:
    """Read a `verifier score` output in chunks and aggregate what the report shows."""
    from verifier.batch.scoring import BatchError, Columns
    from verifier.batch.tabular import Source
    from verifier.normalize import normalize
    from verifier.registry import Registry

    started = time.perf_counter()
    source = Source(path)
    missing = [c for c in ("label", "institution") if c not in source.header]
    if missing:
        raise BatchError(f"{path} is not a `verifier score` output: no column {', '.join(missing)}")
    if text_col not in source.header:  # campaign tables and clusters need the messages: say so, not empty
        raise BatchError(
            f"{path} has no text column {text_col!r}; its columns are: {', '.join(source.header)}. "
            "Name the column holding the SMS with --text-col."
        )
    columns = Columns(text=text_col)
    has_text = True
    has_sender = sender_col in source.header
    official = _Official(Registry.load())
    data = ReportData(source=str(path))
    keys: Counter = Counter()
    examples: dict[str, Counter] = defaultdict(Counter)
    key_labels: dict[str, Counter] = defaultdict(Counter)
    suspect_texts: Counter = Counter()
    suspect_text_labels: dict[str, Counter] = defaultdict(Counter)
    for chunk in source.chunks(chunk_size, columns):
        labels = chunk["label"].tolist()
        insts = chunk["institution"].tolist()
        texts = chunk[text_col].tolist() if has_text else [None] * len(chunk)
        senders = chunk[sender_col].tolist() if has_sender else [None] * len(chunk)
        errs = chunk["error"].tolist() if "error" in chunk else [None] * len(chunk)
        for label, inst, text, sender, err in zip(labels, insts, texts, senders, errs, strict=True):
            label = _clean(label) or "error"
            data.rows += 1
            data.labels[label] += 1
            if label == "error":
                data.errors[(_clean(err) or "error").split(":", 1)[0]] += 1
                continue
            data.by_institution[_clean(inst) or "(none)"][label] += 1
            text = _clean(text)
            if text:
                key = cluster_key(text)
                keys[key] += 1
                if len(examples[key]) < 3 or text in examples[key]:
                    examples[key][text] += 1
                key_labels[key][label] += 1
                if label in SUSPECT:
                    suspect_texts[text] += 1
                    suspect_text_labels[text][label] += 1
            sender = _clean(sender)
            if label in SUSPECT and sender:
                digits = re.sub(r"\D", "", sender)
                if digits and "*" not in sender and not official.number(digits):
                    data.senders[digits] += 1
                    data.infra_labels[("sender", digits)][label] += 1
    # Callback numbers and link domains: extracted once per distinct suspect text, weighted by rows.
    from verifier.extract import find_links, find_phones

    for text, count in suspect_texts.items():
        try:
            norm = normalize(text)
            entities = [*find_phones(norm), *find_links(norm)]
        except Exception:  # a report never dies on one odd row
            continue
        seen: set[tuple[str, str]] = set()
        for ent in entities:
            if ent.kind == "phone":
                if not official.number(ent.value):
                    seen.add(("callback", ent.value))
            elif ent.kind == "link":
                host = str(ent.attrs.get("host") or ent.value).lower()
                if not official.host(host):
                    seen.add(("domain", host))
        for kind, value in seen:
            (data.callbacks if kind == "callback" else data.domains)[value] += count
            data.infra_labels[(kind, value)].update(suspect_text_labels[text])
    data.clusters = _clusters(keys, examples, key_labels, top_clusters)
    data.seconds = time.perf_counter() - started
    return data


# ============================================================================================ plots


def _cjk_font() -> str | None:
    from matplotlib import font_manager

    for name in ("Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", "WenQuanYi Zen Hei", "SimHei"):
        try:
            font_manager.findfont(name, fallback_to_default=False)
            return name
        except ValueError:
            continue
    return None


def _figures(data: ReportData, names: dict[str, str]) -> dict[str, bytes]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    font = _cjk_font()
    rc = {"font.sans-serif": [font, "DejaVu Sans"] if font else ["DejaVu Sans"], "axes.unicode_minus": False}
    pngs: dict[str, bytes] = {}
    with plt.rc_context(rc):
        fig, ax = plt.subplots(figsize=(6, 3))
        labels = [lab for lab in LABEL_ORDER if data.labels.get(lab)]
        counts = [data.labels[lab] for lab in labels]
        bars = ax.bar(labels, counts, color=[LABEL_COLORS[lab] for lab in labels])
        ax.bar_label(bars, labels=[f"{c:,}" for c in counts], fontsize=8)
        ax.set_title("Verdicts")
        ax.set_ylabel("messages")
        ax.spines[["top", "right"]].set_visible(False)
        pngs["verdicts"] = _png(fig, plt)

        insts = sorted(data.by_institution, key=lambda k: -sum(data.by_institution[k].values()))[:15]
        if insts:
            fig, ax = plt.subplots(figsize=(7, 0.35 * len(insts) + 1.2))
            left = [0] * len(insts)
            names_shown = [names.get(i, i) if font else i for i in insts]
            for lab in OUTCOMES:
                vals = [data.by_institution[i].get(lab, 0) for i in insts]
                ax.barh(names_shown, vals, left=left, color=LABEL_COLORS[lab], label=lab)
                left = [a + b for a, b in zip(left, vals, strict=True)]
            ax.invert_yaxis()
            ax.set_title("Verdicts per claimed institution")
            ax.set_xlabel("messages")
            ax.legend(fontsize=8, ncols=4, loc="lower right")
            ax.spines[["top", "right"]].set_visible(False)
            pngs["institutions"] = _png(fig, plt)

        if data.clusters:
            fig, ax = plt.subplots(figsize=(6, 3))
            sizes = [c["rows"] for c in data.clusters]
            colors = [LABEL_COLORS.get(c["labels"].most_common(1)[0][0], "#777") for c in data.clusters]
            ax.bar([f"#{i + 1}" for i in range(len(sizes))], sizes, color=colors)
            ax.set_title("Largest near-duplicate clusters (colour: main verdict)")
            ax.set_ylabel("messages")
            ax.tick_params(axis="x", labelsize=7)
            ax.spines[["top", "right"]].set_visible(False)
            pngs["clusters"] = _png(fig, plt)
    return pngs


def _png(fig: Any, plt: Any) -> bytes:
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png", dpi=110)
    plt.close(fig)
    return buf.getvalue()


# ============================================================================================ render


def _mix(c: Counter) -> str:
    return ", ".join(f"{k} {v:,}" for k, v in c.most_common())


def _tables(
    data: ReportData, names: dict[str, str], top: int
) -> list[tuple[str, list[str], list[list[str]]]]:
    total = max(1, data.rows)
    tables = [
        (
            "Verdicts",
            ["label", "messages", "share"],
            [[lab, f"{data.labels[lab]:,}", f"{data.labels[lab] / total:.1%}"] for lab in LABEL_ORDER],
        )
    ]
    if data.errors:
        tables.append(
            (
                "Rows that could not be judged",
                ["reason", "rows"],
                [[k, f"{v:,}"] for k, v in data.errors.most_common()],
            )
        )
    insts = sorted(data.by_institution, key=lambda k: -sum(data.by_institution[k].values()))[:top]
    tables.append(
        (
            "Per claimed institution",
            ["institution", "messages", *OUTCOMES],
            [
                [
                    f"{names.get(i, i)} ({i})" if i in names else i,
                    f"{sum(data.by_institution[i].values()):,}",
                    *(f"{data.by_institution[i].get(lab, 0):,}" for lab in OUTCOMES),
                ]
                for i in insts
            ],
        )
    )
    for kind, title, counter in (
        ("sender", "Unofficial sender numbers (spoofed/scam rows)", data.senders),
        ("callback", "Unofficial callback numbers in the text (spoofed/scam rows)", data.callbacks),
        ("domain", "Link domains that are not official (spoofed/scam rows)", data.domains),
    ):
        rows = [[v, f"{n:,}", _mix(data.infra_labels[(kind, v)])] for v, n in counter.most_common(top)]
        tables.append((title, ["value", "messages", "verdicts"], rows or [["—", "0", ""]]))
    clusters = [
        [f"#{i + 1}", f"{c['rows']:,}", f"{c['distinct']:,}", _mix(c["labels"]), _short(c["example"])]
        for i, c in enumerate(data.clusters)
    ]
    tables.append(
        (
            f"Near-duplicate clusters (MinHash LSH, Jaccard ≥ {THRESHOLD} on character {SHINGLE}-grams)",
            ["cluster", "messages", "distinct texts", "verdicts", "example"],
            clusters or [["—", "0", "0", "", ""]],
        )
    )
    return tables


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def render_markdown(data: ReportData, images: dict[str, str], tables: list) -> str:
    out = [
        "# Scored SMS report",
        "",
        f"Source: `{data.source}` · {data.rows:,} rows · built in {data.seconds:.1f} s",
        "",
    ]
    for key, title in (
        ("verdicts", "Verdicts"),
        ("institutions", "Per institution"),
        ("clusters", "Clusters"),
    ):
        if key in images:
            out += [f"![{title}]({images[key]})", ""]
    for title, header, rows in tables:
        out += [f"## {title}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        out += ["| " + " | ".join(_md_cell(c) for c in r) + " |" for r in rows]
        out.append("")
    return "\n".join(out)


# Markdown that message text could use to inject markup: emphasis, code, table pipes, and links and images
# (which need brackets); HTML is written as entities.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|])")


def _md_cell(value: Any) -> str:
    """A table cell as inert Markdown: HTML characters as entities, Markdown syntax backslash-escaped."""
    s = " ".join(str(value).split())  # line breaks and runs of spaces would end or split the row
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", s)


def render_html(data: ReportData, pngs: dict[str, bytes], tables: list) -> str:
    esc = html.escape
    parts = [
        "<!doctype html><html lang='zh'><head><meta charset='utf-8'><title>Scored SMS report</title>",
        "<style>body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;max-width:1100px;margin:2em auto;"
        "padding:0 1em;color:#222}table{border-collapse:collapse;margin:.5em 0 1.5em}"
        "td,th{border:1px solid #ccc;padding:.25em .6em;"
        "text-align:left;font-size:.9em}th{background:#f4f4f4}img{max-width:100%}</style>",
        "</head><body><h1>Scored SMS report</h1>",
        f"<p>Source: <code>{esc(data.source)}</code> · {data.rows:,} rows · "
        f"built in {data.seconds:.1f} s</p>",
    ]
    for key in ("verdicts", "institutions", "clusters"):
        if key in pngs:
            b64 = base64.b64encode(pngs[key]).decode("ascii")
            parts.append(f"<img alt='{key}' src='data:image/png;base64,{b64}'>")
    for title, header, rows in tables:
        parts.append(f"<h2>{esc(title)}</h2><table><tr>{''.join(f'<th>{esc(h)}</th>' for h in header)}</tr>")
        parts += ["<tr>" + "".join(f"<td>{esc(str(c))}</td>" for c in r) + "</tr>" for r in rows]
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_report(
    output_path: str | Path,
    report_path: str | Path,
    *,
    fmt: str | None = None,
    text_col: str = "text",
    sender_col: str = "sender",
    top: int = 15,
) -> ReportData:
    """Write the report of a scored file as HTML (self-contained, plots inlined) or Markdown (plots as
    PNG files in ``<report>_files/``). The format follows ``fmt`` or the report's extension."""
    from verifier.registry import Registry

    report = Path(report_path)
    fmt = fmt or ("md" if report.suffix.lower() in (".md", ".markdown") else "html")
    data = collect(output_path, text_col=text_col, sender_col=sender_col, top_clusters=top)
    names = {i: inst.name for i, inst in Registry.load().institutions.items()}
    pngs = _figures(data, names)
    tables = _tables(data, names, top)
    report.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "md":
        folder = report.with_name(report.stem + "_files")
        folder.mkdir(exist_ok=True)
        images = {}
        for key, png in pngs.items():
            (folder / f"{key}.png").write_bytes(png)
            images[key] = f"{folder.name}/{key}.png"
        report.write_text(render_markdown(data, images, tables), encoding="utf-8")
    else:
        report.write_text(render_html(data, pngs, tables), encoding="utf-8")
    return data


@click.command("report")
@click.argument("output_path", metavar="OUTPUT", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--out", "report_path", help="Report file (.html or .md) [default: OUTPUT.report.html].")
@click.option(
    "--format", "fmt", type=click.Choice(["html", "md"]), help="Default: from the report's extension."
)
@click.option("--text-col", default="text", show_default=True, help="Column holding the SMS text.")
@click.option("--sender-col", default="sender", show_default=True, help="Column with the sender number.")
@click.option("--top", default=15, show_default=True, type=click.IntRange(1), help="Rows per table.")
def report_command(
    output_path: str, report_path: str | None, fmt: str | None, text_col: str, sender_col: str, top: int
) -> None:
    """Summarise a `verifier score` OUTPUT: verdicts, campaign numbers and domains, near-duplicates."""
    if report_path is None:
        report_path = str(Path(output_path).with_suffix("")) + ".report." + (fmt or "html")
    data = write_report(output_path, report_path, fmt=fmt, text_col=text_col, sender_col=sender_col, top=top)
    click.echo(f"report: {report_path} ({data.rows:,} rows, {data.seconds:.1f} s)", err=True)
