# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Train the overdue-SMS classifier
#
# Loads the corpus, shows class balance and sources, trains the classifier on the `train` families with
# the same code and settings as `verifier train` (a legit/spoofed/scam text model; one temperature for
# the combined output, fitted on out-of-fold predictions over the train families), and plots the
# confusion matrix and a calibration curve on the held-out `test` families. Kept fast for CI.

# %%
import collections
import tempfile

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

from verifier import Verifier
from verifier.training.evaluate import is_blind, metrics, top_class
from verifier.training.train import (
    DEFAULT_DATA,
    combined,
    fit_model,
    fit_temperature,
    load_rows,
    oof_probas,
    prepare,
)
from verifier.types import LABELS

rows = load_rows(DEFAULT_DATA)
print(len(rows), "rows")

# %% [markdown]
# ## Class balance and sources

# %%
balance = collections.Counter((r["split"], r["label"]) for r in rows)
for split in ("train", "test", "seed"):
    print(split, {label: balance[(split, label)] for label in LABELS})
kinds = collections.Counter(str(r["source"]).split(":")[0] for r in rows)
print("sources:", dict(kinds))
families = {s: sorted({r["family"] for r in rows if r["split"] == s}) for s in ("train", "test")}
print("held-out test families:", [f for f in families["test"] if not is_blind({"family": f})])
print("blind held-out families:", [f for f in families["test"] if is_blind({"family": f})])
assert not set(families["train"]) & set(families["test"])

# %% [markdown]
# ## Train (on `train` only), calibrate on out-of-fold predictions, score the held-out families

# %%
base = Verifier.load(use_model=False)
train_rows = [r for r in rows if r["split"] == "train"]
test_rows = [r for r in rows if r["split"] == "test" and not is_blind(r)]
msgs, evs = prepare(train_rows, base)
labels = [r["label"] for r in train_rows]
oof = oof_probas(msgs, evs, labels, [r["family"] for r in train_rows], base.rules)
temperature = fit_temperature(msgs, evs, oof, labels, base.rules)
print("temperature (out-of-fold, train families only):", temperature)
model = fit_model(msgs, evs, labels, base.rules, temperature=temperature)
tmsgs, tevs = prepare(test_rows, base)
probas = model.predict_proba(tmsgs, tevs)
full = combined(tmsgs, tevs, probas, base.rules, temperature)
y_true = [r["label"] for r in test_rows]
y_pred = [f[0] for f in full]
conf = np.array([f[1][top_class(f[1])] for f in full])  # the chosen class (unverified: genuine)
m = metrics(y_true, y_pred, [f[1] for f in full])
print("held-out macro-F1", m["macro_f1"], "scam→genuine", m["scam_as_genuine"], "ECE", m["ece"])

# %% [markdown]
# ## Confusion matrix and calibration curve (full verifier, held-out families)

# %%
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
cm = np.array(m["confusion"])
ax1.imshow(cm, cmap="Blues")
ax1.set_xticks(range(cm.shape[1]), m["labels"], rotation=30)
ax1.set_yticks(range(cm.shape[0]), m["labels"])
ax1.set_xlabel("predicted")
ax1.set_ylabel("true")
for i in range(cm.shape[0]):
    for j in range(cm.shape[1]):
        ax1.text(j, i, cm[i, j], ha="center", va="center")
correct = np.array([t == top_class(f[1]) for t, f in zip(y_true, full)], dtype=float)
bins = np.linspace(0, 1, 11)
which = np.clip(np.digitize(conf, bins) - 1, 0, 9)
xs = [conf[which == b].mean() for b in range(10) if (which == b).any()]
ys = [correct[which == b].mean() for b in range(10) if (which == b).any()]
ax2.plot([0, 1], [0, 1], "--", color="grey")
ax2.plot(xs, ys, "o-")
ax2.set_xlabel("confidence of the chosen label")
ax2.set_ylabel("fraction correct")
ax2.set_title(f"calibration (ECE {m['ece']:.3f})")
fig.tight_layout()
fig.savefig(tempfile.gettempdir() + "/classifier_eval.png")

# %% [markdown]
# ## What the model learned: top features per class (a leakage check)
#
# The model answers legit / spoofed / scam from the text alone (no metadata features).

# %%
clf = model.pipeline.named_steps["clf"]
names = model.feature_names
for k, label in enumerate(model.classes):
    pull = clf.coef_[k] - clf.coef_.mean(axis=0)
    print(label, [names[j] for j in np.argsort(-pull)[:8]])
