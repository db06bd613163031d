"""``verifier eval``: macro-F1, per-class precision/recall, confusion matrix, scam→genuine count and
calibration, for the full verifier and the rules-only and classifier-only ablations.

Rows are grouped by where they come from: (a) ``generated_test`` — generator rows of the held-out
``test`` families; (a′) ``blind_dev`` — blind round 11 (ids ``k_…``), written without reading the rules,
scored once, then used for rules and design choices, so reported as a development set (rounds 1–9,
``x_…`` … ``q_…``, are training data now); (a″) ``blind_test`` — the newest blind round, never used for
any choice (ids ``h_…``, or any row with a truthy ``blind`` field);
(b) ``public`` — real public text (any source not
``gen:``/``seed:``/``hand:``); (c) ``seed`` — the templates quoted in the seed articles; plus ``all`` for
a file without such columns. Training rows (``split == "train"``) are never scored.

Systems: ``full`` is exactly what :class:`verifier.Verifier` returns (rules + model through ``combine``,
with the model's temperature); ``rules_only`` is ``Verifier.load(use_model=False)``; ``classifier_only`` is
the model's legit/spoofed/scam probabilities with the policy's legit split into genuine/mistaken and no rule
weights (so it never says ``mistaken``: who a notice reached is the rules' question).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import click
import numpy as np

from verifier.combine import model_logits
from verifier.types import LABELS, OUTCOMES

SYSTEMS = ("full", "rules_only", "classifier_only")
SYSTEM_TITLES = {
    "full": "rules + classifier (shipped)",
    "rules_only": "rules only",
    "classifier_only": "classifier only",
}
GROUPS = ("generated_test", "blind_dev", "blind_test", "public", "seed", "all")
GROUP_TITLES = {
    "generated_test": "(a) generated test families (held out from training)",
    "blind_dev": "(a′) blind families, round 11 (since used for rules and design choices: a development set)",
    "blind_test": (
        "(a″) blind families, round 12 (written without reading the rules; scored blind once, since seen for "
        "two rule fixes)"
    ),
    "public": "(b) real public text",
    "seed": "(c) seed examples from the source articles",
    "all": "all scored rows",
}
ECE_BINS = 10


#: Family-id prefixes of blind rounds 1–10: read, then trained on (split ``train`` in the corpus).
BLIND_TRAINED_PREFIXES = ("x_", "y_", "z_", "v_", "u_", "w_", "r_", "t_", "q_", "p_")
#: Family-id prefix of blind round 11, scored once and then used for rules and design choices.
BLIND_DEV_PREFIXES = ("k_",)
#: Family-id prefix of blind round 12, the untouched blind test.
BLIND_TEST_PREFIX = "h_"


def is_blind(row: Mapping[str, Any]) -> bool:
    """A row of a blind held-out family: a truthy ``blind`` field or a family id of a blind round."""
    blind = row.get("blind")
    if isinstance(blind, str):
        blind = blind.strip().lower() in ("1", "true", "yes")
    prefixes = (*BLIND_TRAINED_PREFIXES, *BLIND_DEV_PREFIXES, BLIND_TEST_PREFIX)
    return bool(blind) or str(row.get("family") or "").startswith(prefixes)


def group_of(row: Mapping[str, Any]) -> str | None:
    """Which evaluation group a row belongs to (None: a training row, not scored)."""
    split = row.get("split")
    source = str(row.get("source") or "")
    if split == "train":
        return None
    if split == "seed" or source.startswith("seed:"):
        return "seed"
    if source.startswith(("gen:", "hand:")):
        if split != "test":
            return "all"
        if not is_blind(row):
            return "generated_test"
        return "blind_dev" if str(row.get("family") or "").startswith(BLIND_DEV_PREFIXES) else "blind_test"
    if source:
        return "public"
    return "all"


def classifier_only(proba: Mapping[str, float], policy: Any) -> tuple[str, dict[str, float]]:
    """The classifier alone: its probabilities with the legit split, no rules, no temperature."""
    logits = model_logits(proba, policy)
    top = max(logits.values())
    exp = {c: float(np.exp(logits[c] - top)) for c in LABELS}
    total = sum(exp.values())
    scores = {c: exp[c] / total for c in LABELS}
    return max(LABELS, key=scores.__getitem__), scores


def predictions(rows: Sequence[dict[str, Any]], verifier: Any) -> dict[str, tuple[list[str], list[dict]]]:
    """Per system: (verdict labels, 4-class score dicts) for every row, in order."""
    from verifier.training.dataset import combined, prepare

    msgs, evidences = prepare(rows, verifier)
    out: dict[str, tuple[list[str], list[dict]]] = {}
    rules = combined(msgs, evidences, [None] * len(msgs), verifier.rules)
    out["rules_only"] = ([r[0] for r in rules], [r[1] for r in rules])
    if verifier.model is not None:
        temp = getattr(verifier.model, "temperature", None)
        probas = verifier.model.predict_proba(msgs, evidences) if msgs else []
        full = combined(msgs, evidences, probas, verifier.rules, temp)
        out["full"] = ([r[0] for r in full], [r[1] for r in full])
        alone = [classifier_only(p, verifier.rules.policy) for p in probas]
        out["classifier_only"] = ([r[0] for r in alone], [r[1] for r in alone])
    return out


def metrics(
    y_true: Sequence[str], y_pred: Sequence[str], scores: Sequence[dict[str, float]]
) -> dict[str, Any]:
    """The figures for one group and one system.

    True labels are classes (or ``unrelated``); predictions are verdict labels, which may also be
    ``unverified`` (never correct: it says the evidence was not there) or ``unrelated``. Macro-F1 is over
    the true labels present. ECE is over the rows whose true label is one of the four classes, on the
    4-class scores and their top class.
    """
    cols = [c for c in OUTCOMES]
    idx = {c: i for i, c in enumerate(cols)}
    cm = np.zeros((len(cols), len(cols)), dtype=int)
    for t, p in zip(y_true, y_pred, strict=True):
        cm[idx[t], idx[p]] += 1
    per_class = {}
    f1s = []
    for c, i in idx.items():
        tp, pred, sup = cm[i, i], cm[:, i].sum(), cm[i, :].sum()
        prec = tp / pred if pred else 0.0
        rec = tp / sup if sup else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per_class[c] = {
            "precision": round(float(prec), 4),
            "recall": round(float(rec), 4),
            "support": int(sup),
        }
        if sup:  # macro-F1 over the labels present in the data
            f1s.append(f1)
    n = len(y_true)
    classed = [k for k, t in enumerate(y_true) if t in LABELS]
    top = [top_class(scores[k]) for k in classed]
    ece = expected_calibration_error([y_true[k] for k in classed], top, [scores[k] for k in classed])
    return {
        "n": n,
        "macro_f1": round(float(np.mean(f1s)), 4) if f1s else None,
        "accuracy": round(float(np.trace(cm) / n), 4) if n else None,
        "per_class": per_class,
        "labels": cols,
        "confusion": cm.tolist(),
        "scam_as_genuine": int(cm[idx["scam"], idx["genuine"]]),
        "fraud_as_genuine": int(cm[idx["scam"], idx["genuine"]] + cm[idx["spoofed"], idx["genuine"]]),
        "genuine_as_spoofed_or_scam": int(
            cm[idx["genuine"], idx["spoofed"]] + cm[idx["genuine"], idx["scam"]]
        ),
        "unverified": int(cm[:, idx["unverified"]].sum()),
        "ece": round(ece, 4) if classed else None,
    }


def top_class(scores: Mapping[str, float]) -> str:
    """The most probable of the four classes (the verdict label may be an outcome that is not a class)."""
    return max(LABELS, key=scores.__getitem__)


def expected_calibration_error(
    y_true: Sequence[str], y_pred: Sequence[str], scores: Sequence[dict[str, float]], bins: int = ECE_BINS
) -> float:
    """Top-label ECE: Σ_bins (n_bin/n) · |accuracy − mean confidence| over equal-width confidence bins."""
    conf = np.array([s[p] for s, p in zip(scores, y_pred, strict=True)], dtype=float)
    correct = np.array([t == p for t, p in zip(y_true, y_pred, strict=True)], dtype=float)
    which = np.minimum((conf * bins).astype(int), bins - 1)
    total = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            total += mask.mean() * abs(correct[mask].mean() - conf[mask].mean())
    return float(total)


def evaluate(rows: Sequence[dict[str, Any]], verifier: Any) -> dict[str, Any]:
    """{group: {"n": …, system: metrics}} for every group; an empty group says "none available"."""
    scored = [(i, g) for i, r in enumerate(rows) if (g := group_of(r)) is not None]
    todo = [rows[i] for i, _ in scored]
    preds = predictions(todo, verifier)
    report: dict[str, Any] = {}
    for group in GROUPS:
        members = [k for k, (_, g) in enumerate(scored) if g == group]
        if not members:
            if group != "all":
                report[group] = {"n": 0, "note": "none available"}
            continue
        y_true = [todo[k]["label"] for k in members]
        entry: dict[str, Any] = {
            "n": len(members),
            "families": sorted({str(todo[k].get("family") or "?") for k in members}),
        }
        for system in SYSTEMS:
            if system in preds:
                labels, scores = preds[system]
                entry[system] = metrics(y_true, [labels[k] for k in members], [scores[k] for k in members])
        report[group] = entry
    return report


_GROUP_DATA = {
    "generated_test": "generator rows of split `test`, template families never used in training or for any "
    "design/calibration choice",
    "blind_dev": "generator rows of split `test` from blind round 11 (written without reading the rules; "
    "scored once, then its errors were read and used to improve the rules and extraction and to choose the "
    "combination's `scam_split`, so these figures are optimistic); never used in training",
    "blind_test": "generator rows of split `test` from blind round 12, written without reading the rules or "
    "the detection code; never used in training or for any choice",
    "public": "real public text (sources other than gen:/seed:/hand:)",
    "seed": "message templates quoted in the project's source articles (split `seed`); not used in training",
    "all": "every row that is not split `train`",
}


def metrics_markdown(report: dict[str, Any]) -> str:
    """The report as Markdown tables, each group saying what data it was measured on."""
    lines: list[str] = []
    for group, entry in report.items():
        lines.append(f"### {GROUP_TITLES.get(group, group)}: {entry['n']} rows")
        lines.append("")
        if not entry["n"]:
            lines += [f"{entry.get('note', 'none available')}.", ""]
            continue
        fams = entry.get("families") or []
        shown = ", ".join(f"`{f}`" for f in fams[:30]) + (" …" if len(fams) > 30 else "")
        noun = "family" if len(fams) == 1 else "families"
        lines.append(f"Measured on: {_GROUP_DATA.get(group, group)}; {len(fams)} {noun}: {shown}.")
        lines.append("")
        systems = [s for s in SYSTEMS if s in entry]
        classes = [c for c in OUTCOMES if entry[systems[0]]["per_class"][c]["support"]]
        head = (
            "| system | macro-F1 | accuracy | "
            + " | ".join(f"P/R {c}" for c in classes)
            + " | scam→genuine | genuine→spoofed/scam | unverified | ECE |"
        )
        lines += [head, "|" + "---|" * (8 + len(classes) - 1)]
        for s in systems:
            m = entry[s]
            pr = " | ".join(_pr(m["per_class"][c]) for c in classes)
            lines.append(
                f"| {SYSTEM_TITLES.get(s, s)} | {_f(m['macro_f1'])} | {_f(m['accuracy'])} | {pr} | "
                f"{m['scam_as_genuine']} | {m['genuine_as_spoofed_or_scam']} | {m['unverified']} | "
                f"{_f(m['ece'])} |"
            )
        lines.append("")
        main = "full" if "full" in entry else systems[0]
        cols = entry[main]["labels"]
        used = [j for j, c in enumerate(cols) if any(row[j] for row in entry[main]["confusion"])]
        lines.append(f"Confusion matrix ({SYSTEM_TITLES.get(main, main)}; rows = true, columns = predicted):")
        lines.append("")
        lines += [
            "| true \\ predicted | " + " | ".join(cols[j] for j in used) + " |",
            "|---|" + "---|" * len(used),
        ]
        for c, row in zip(cols, entry[main]["confusion"], strict=True):
            if any(row):
                lines.append(f"| {c} | " + " | ".join(str(row[j]) for j in used) + " |")
        lines.append("")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------ real public text

#: Real public SMS nobody on the project wrote (see its SOURCE.md), beside the checkout; not shipped.
REAL_TEXT = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "real-public" / "dev.jsonl"
_FRAUD = ("fraud_unspecified", "spoofed", "scam")


def real_text_report(rows: Sequence[dict[str, Any]], verifier: Any) -> dict[str, Any]:
    """Verdicts on real public SMS labelled by their sources (fraud_unspecified, spam, ham, genuine).

    The figures that matter on such text: fraud called genuine; off-topic texts (not about debt, not
    fraud) called ``unrelated``; real bank notices called spoofed or scam.
    """
    from verifier.training.dataset import prepare

    msgs, evidences = prepare(rows, verifier)
    out: dict[str, Any] = {"n": len(rows)}
    probas: list[Any] = [None] * len(rows)
    systems = {"rules_only": probas}
    if verifier.model is not None and rows:
        systems = {"full": verifier.model.predict_proba(msgs, evidences), **systems}
    for system, ps in systems.items():
        temp = getattr(verifier.model, "temperature", None) if system == "full" else None
        from verifier.combine import decide

        got = [
            decide(ev, verifier.rules, p, temp, m.institution is not None).label
            for m, ev, p in zip(msgs, evidences, ps, strict=True)
        ]
        table: dict[str, dict[str, int]] = {}
        for r, g in zip(rows, got, strict=True):
            table.setdefault(str(r["label"]), {}).setdefault(g, 0)
            table[str(r["label"])][g] += 1
        fraud = [g for r, g in zip(rows, got, strict=True) if r["label"] in _FRAUD]
        off = [
            g
            for r, g in zip(rows, got, strict=True)
            if not r.get("debt_related") and r["label"] not in _FRAUD
        ]
        bank = [g for r, g in zip(rows, got, strict=True) if r["label"] == "genuine"]
        out[system] = {
            "verdicts": {k: dict(sorted(v.items())) for k, v in sorted(table.items())},
            "fraud": len(fraud),
            "fraud_as_genuine": sum(g == "genuine" for g in fraud),
            "fraud_as_scam": sum(g == "scam" for g in fraud),
            "off_topic": len(off),
            "off_topic_unrelated": sum(g == "unrelated" for g in off),
            "bank_notices": len(bank),
            "bank_as_spoofed_or_scam": sum(g in ("spoofed", "scam") for g in bank),
        }
    return out


def real_text_markdown(report: dict[str, Any] | None, path: Path) -> str:
    """The real-text section: counts only (some source rows are GPL and stay outside the project)."""
    title = "### (b′) real public SMS (`../shared/corpora/real-public/dev.jsonl`)"
    if report is None:
        return (
            f"{title}\n\nSkipped: `{path}` is not present (it lives in `../shared`, beside the checkout).\n"
        )
    lines = [
        f"{title}: {report['n']} rows",
        "",
        "Measured on: real SMS written by nobody on this project (Taiwan scam, advert and code SMS; bank "
        "and 12329 notification SMS), labelled by their sources; see its SOURCE.md. No sender is given. "
        "Off-topic = not about debt and not fraud (adverts, codes, card-spending and salary notices).",
        "",
        "| system | fraud → genuine | fraud → scam | off-topic → unrelated | bank notices → spoofed/scam |",
        "|---|---|---|---|---|",
    ]
    for system in ("full", "rules_only"):
        if system in report:
            m = report[system]
            lines.append(
                f"| {SYSTEM_TITLES[system]} | {m['fraud_as_genuine']} / {m['fraud']} | "
                f"{m['fraud_as_scam']} / {m['fraud']} | {m['off_topic_unrelated']} / {m['off_topic']} | "
                f"{m['bank_as_spoofed_or_scam']} / {m['bank_notices']} |"
            )
    main = "full" if "full" in report else "rules_only"
    lines += ["", f"Verdicts by source label ({SYSTEM_TITLES[main]}):", ""]
    for label, counts in report[main]["verdicts"].items():
        lines.append(f"- `{label}`: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return "\n".join(lines) + "\n"


def load_real_text(path: Path) -> list[dict[str, Any]] | None:
    """The real-text rows, or None when the file is absent."""
    if not path.exists():
        return None
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{**r, "sender": r.get("sender")} for r in rows]


SYSTEMS_MD = (
    "Systems: **rules + classifier** is exactly what `Verifier.check` returns (the model's temperature "
    "included); **rules only** is `Verifier.load(use_model=False)`; **classifier only** is the model's "
    "legit/spoofed/scam probabilities with the policy's legit split into genuine/mistaken and no rule "
    "weights (so it never says mistaken). ECE: expected calibration error of the top-label probability, "
    f"{ECE_BINS} equal-width bins."
)


def _f(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _pr(pc: dict[str, Any]) -> str:
    return "–" if not pc["support"] else f"{pc['precision']:.2f}/{pc['recall']:.2f}"


def eval_header(path: Path, verifier: Any) -> str:
    """What was evaluated: the data file (with its hash) and the model."""
    from verifier.model import sha256

    model = verifier.model
    what = f"model temperature {model.temperature}" if model is not None else "no model: rules only"
    return (
        f"# Evaluation of `{path}`\n\n"
        f"Data: `{path}` (sha256 `{sha256(path)[:16]}…`); rows of split `train` are never scored. "
        f"Verifier: bundled rules, {what}.\n\n{SYSTEMS_MD}\n\n"
    )


@click.command("eval")
@click.option(
    "--data",
    "data",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="A .jsonl(.gz) or .csv with the corpus columns (default: data/corpus/messages.jsonl.gz).",
)
@click.option(
    "--model-dir",
    type=click.Path(file_okay=False, exists=True),
    default=None,
    help="Default: the bundled model/. Loading a model runs code from it: use only a folder you trust.",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False),
    default="out/eval",
    show_default=True,
    help="Where to write eval.json and eval.md.",
)
@click.option(
    "--real",
    "real_path",
    type=click.Path(dir_okay=False),
    default=str(REAL_TEXT),
    show_default=True,
    help="Real public SMS scored as their own group (skipped with a message when absent).",
)
def eval_command(data: str | None, model_dir: str | None, out_dir: str, real_path: str) -> None:
    """Evaluate the verifier (and its rules-only / classifier-only ablations) on labelled messages."""
    from verifier import Verifier
    from verifier.training.dataset import DEFAULT_DATA, load_rows

    path = Path(data) if data else DEFAULT_DATA
    rows = load_rows(path)
    verifier = Verifier.load(model_dir=model_dir)
    if verifier.model is None:
        click.echo(
            "no trained model found: only the rules-only figures are reported (run `verifier train`)",
            err=True,
        )
    report = evaluate(rows, verifier)
    real_rows = load_real_text(Path(real_path))
    if real_rows is None:
        click.echo(f"real public text not found at {real_path}: that group is skipped", err=True)
    real = real_text_report(real_rows, verifier) if real_rows is not None else None
    report_all = {**report, "real_text": real}
    md = (
        eval_header(path, verifier)
        + metrics_markdown(report)
        + "\n"
        + real_text_markdown(real, Path(real_path))
    )
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "eval.json").write_text(
        json.dumps(report_all, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    (out / "eval.md").write_text(md + "\n", encoding="utf-8")
    click.echo(md)
    click.echo(f"wrote {out / 'eval.json'} and {out / 'eval.md'}")
