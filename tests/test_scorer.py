"""``model/scorer.npz``: the bundled model's numbers without pickle or scikit-learn give the pipeline's own
feature rows and logits, on both the one-message and the batch path; its hash is checked like the
artefact's; and loading the verifier and checking a message imports neither scikit-learn nor pandas."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import numpy as np
import pytest

from tests.helpers import corpus_records
from verifier import Verifier
from verifier.linear import LinearScorer, _normalize_rows_l2
from verifier.model import ARTEFACT, MANIFEST, SCORER, ModelError, TrainedModel, load_model
from verifier.training.export import export
from verifier.training.train import DEFAULT_MODEL_DIR

#: Every 53rd corpus row: a few hundred messages across the families.
STEP, LIMIT = 53, 400
ODD = ["", " ", "a", "\ud800甲\udfff", "𠀀𠀁 中  文\t\n 1 23", "逾期" * 60, "【】。，,,"]
ODD += ["逾期\x00还款 \x00\x00 1\x002"]  # the separator of batch texts (verifier.linear._SEPARATOR)


@pytest.fixture(scope="module")
def bundled() -> Verifier:
    v = Verifier.load()
    if v.model is None:
        pytest.skip("no bundled model")
    return v


@pytest.fixture(scope="module")
def sample(bundled) -> list[dict]:
    return corpus_records(bundled, STEP, LIMIT, ODD)


def test_the_bundled_model_scores_from_the_npz_and_unpickles_only_when_asked(bundled):
    model = bundled.model
    assert isinstance(model, TrainedModel)
    assert "pipeline" not in model.__dict__  # not unpickled by load() or check()
    bundled.check("您的借款已逾期，请登录App还款。", sender="95384")
    assert "pipeline" not in model.__dict__
    scorer = model.scorer()
    assert scorer is not None and model.classes == scorer.classes == ("legit", "scam", "spoofed")
    pipeline = model.pipeline  # now unpickled, checked against the manifest first
    assert type(pipeline).__name__ == "Pipeline" and model.scorer() is scorer


def test_npz_holds_exactly_what_the_pipeline_gives(bundled):
    """The bundled scorer.npz is the export of the bundled verifier.joblib, byte for byte."""
    model = bundled.model
    rebuilt = LinearScorer.from_pipeline(model.pipeline, model.temperature)
    loaded = model.scorer()
    got, want = loaded.arrays(), rebuilt.arrays()
    assert got.keys() == want.keys()
    for name in want:
        assert got[name].dtype == want[name].dtype and np.array_equal(got[name], want[name]), name
    names = model.pipeline.named_steps["features"].get_feature_names_out()
    assert [loaded.feature_name(j) for j in range(len(names))] == names.tolist()


def test_one_message_rows_and_logits_are_the_pipelines(bundled, sample):
    model = bundled.model
    scorer, pipeline = model.scorer(), model.pipeline
    x = pipeline.named_steps["features"].transform(sample).tocsr()
    x.sort_indices()
    expected = pipeline.decision_function(sample)
    reference = LinearScorer.from_pipeline(pipeline, model.temperature)  # the path before scorer.npz
    for i, record in enumerate(sample):
        row = scorer.row(record)
        lo, hi = x.indptr[i], x.indptr[i + 1]
        assert np.array_equal(row.indices, x.indices[lo:hi]), record["text"]
        assert np.allclose(row.data, x.data[lo:hi], rtol=0, atol=1e-12), record["text"]
        logits = scorer.logits(row)
        assert np.allclose(logits, expected[i], rtol=0, atol=1e-9)
        ref = reference.row(record)
        assert np.array_equal(row.data, ref.data) and np.array_equal(logits, reference.logits(ref))


def test_batch_matrix_is_the_pipelines_bit_for_bit_and_its_logits_to_1e9(bundled, sample):
    model = bundled.model
    scorer, pipeline = model.scorer(), model.pipeline
    clf = pipeline.named_steps["clf"]
    # The corpus rows alone are cut as one text, with the texts' new blocks cut together (arraycut); a
    # batch where a text holds the separator (NUL) is cut text by text.
    for batch in (sample, sample[: -len(ODD)], sample[:1], sample[-len(ODD) :]):
        scorer.forget()  # every block of the batch is new to the scorer
        slow, fast = model.features(batch), scorer.transform(batch)  # scipy's CSR; numpy's arrays of it
        assert slow.shape == fast.shape and slow.dtype == fast.dtype
        assert np.array_equal(slow.indptr, fast.indptr)
        assert np.array_equal(slow.indices, fast.indices)
        assert np.array_equal(slow.data, fast.data)
        for i in range(0, len(batch), 7):  # the row an explanation reads
            assert np.array_equal(fast[i].indices, slow[i].indices) and np.array_equal(
                fast[i].data, slow[i].data
            )
        logits = scorer.logits_many(fast)
        scipys = np.asarray(slow @ clf.coef_.T) + clf.intercept_  # what predict computed with scipy
        assert np.allclose(logits, scipys, rtol=0, atol=1e-9)
        assert np.allclose(logits, pipeline.decision_function(batch), rtol=0, atol=1e-9)
        assert np.allclose(scorer.logits_of(batch), logits, rtol=0, atol=1e-12)  # check_many's, unstacked


@pytest.mark.parametrize("density", [0.05, 0.5])
def test_row_normalisation_is_scikit_learns(density):
    # Rows of very different lengths (summed longest first) and magnitudes, where any other order of
    # adding the squares would round differently.
    import scipy.sparse as sp
    from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

    rng = np.random.default_rng(7)
    x = sp.random(300, 500, density=density, format="csr", random_state=rng) * 1e3
    x = x.multiply(10.0 ** rng.integers(-4, 5, size=(300, 1))).tocsr()
    x = sp.vstack([x[:5], sp.csr_matrix((1, 500)), x[5:250:3], x[250:]], format="csr")  # an empty row
    mine = x.data.copy()
    _normalize_rows_l2(mine, x.indptr)
    inplace_csr_row_normalize_l2(x)
    assert np.array_equal(mine, x.data)
    for empty in (sp.csr_matrix((0, 4)), sp.csr_matrix((3, 4))):  # no rows; rows without values
        _normalize_rows_l2(empty.data, empty.indptr)


def _copy(model_dir: Path, folder: Path) -> Path:
    shutil.copytree(model_dir, folder, ignore=shutil.ignore_patterns("__pycache__"))
    return folder


def _flip(path: Path, at: int = 1000) -> None:
    with open(path, "r+b") as fh:
        fh.seek(at)
        byte = fh.read(1)
        fh.seek(at)
        fh.write(bytes([byte[0] ^ 0xFF]))


def test_tampered_scorer_is_refused(tmp_path):
    folder = _copy(DEFAULT_MODEL_DIR, tmp_path / "model")
    assert load_model(folder).scorer() is not None
    _flip(folder / SCORER)
    with pytest.raises(ModelError, match="does not match"):
        load_model(folder)
    with pytest.raises(ModelError, match="re-export"):
        Verifier.load(model_dir=folder)
    (folder / SCORER).unlink()
    with pytest.raises(ModelError, match="has none"):
        load_model(folder)


def test_scorer_of_another_artefact_is_refused(tmp_path):
    folder = _copy(DEFAULT_MODEL_DIR, tmp_path / "model")
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    manifest["scorer"]["exported_from"] = "0" * 64
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ModelError, match="not exported from"):
        load_model(folder)


def test_the_bundled_scorer_must_match_the_hash_pinned_in_the_package(monkeypatch):
    import verifier.bundled_model as pinned

    manifest = json.loads((DEFAULT_MODEL_DIR / MANIFEST).read_text(encoding="utf-8"))
    assert pinned.SCORER_SHA256 == manifest["scorer"]["sha256"]  # `verifier train` / export write both
    assert manifest["scorer"]["exported_from"] == manifest["sha256"] == pinned.SHA256
    monkeypatch.setattr(pinned, "SCORER_SHA256", "0" * 64)
    with pytest.raises(ModelError, match="reinstall"):
        load_model()


def test_a_folder_without_a_scorer_loads_through_the_pickle_then_export_adds_it(tmp_path, bundled):
    folder = _copy(DEFAULT_MODEL_DIR, tmp_path / "model")
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    card = (folder / "MODEL_CARD.md").read_text(encoding="utf-8")
    (folder / SCORER).unlink()
    old = {k: v for k, v in manifest.items() if k != "scorer"}
    (folder / MANIFEST).write_text(json.dumps(old, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"python -m verifier\.training\.export"):
        model = load_model(folder)
    assert "pipeline" in model.__dict__  # the pickled model itself
    text = "【某某金融】您的借款已逾期3天，请于今日登录App还款，详询95384。"
    msg = bundled.message(text, sender="95384")
    ev = bundled.rules.evaluate(msg, bundled.registry)
    want, _ = bundled.model.score(msg, ev)
    assert model.score(msg, ev)[0] == want

    entry = export(folder)
    assert entry == manifest["scorer"]  # the same bytes as the bundled export
    assert json.loads((folder / MANIFEST).read_text(encoding="utf-8")) == manifest
    assert (folder / "MODEL_CARD.md").read_text(encoding="utf-8") == card
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        again = load_model(folder)
    assert "pipeline" not in again.__dict__ and again.score(msg, ev)[0] == want


def test_a_scorer_file_that_is_not_one_is_a_model_error(tmp_path):
    folder = _copy(DEFAULT_MODEL_DIR, tmp_path / "model")
    np.savez(folder / SCORER, format=np.array(99))
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    from verifier.model import sha256

    manifest["scorer"]["sha256"] = sha256(folder / SCORER)
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ModelError, match=r"not a scorer\.npz"):
        load_model(folder)
    assert (folder / ARTEFACT).exists()


def test_load_and_check_import_neither_scikit_learn_nor_pandas():
    code = textwrap.dedent(
        """
        import sys
        from verifier import Verifier
        v = Verifier.load()
        assert v.model is not None
        verdict = v.check("【某某金融】您的借款已逾期，请登录App还款。", sender="95384")
        assert any(e.source == "model" for e in verdict.evidence)
        heavy = ("sklearn", "pandas", "scipy.stats", "scipy.sparse", "joblib")
        print(sorted(m for m in heavy if m in sys.modules))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stderr


def test_check_many_imports_neither_scipy_scikit_learn_nor_pandas():
    # Batch workers are lean processes: the batch path scores with numpy alone (verifier.csr).
    code = textwrap.dedent(
        f"""
        import sys
        from tests.helpers import corpus_rows
        from verifier import Verifier
        v = Verifier.load()
        assert v.model is not None
        rows = corpus_rows(step={STEP}, limit=300)
        verdicts = v.check_many(rows)
        assert len(verdicts) == 300 and len({{verdict.label for verdict in verdicts}}) > 1
        heavy = ("scipy", "sklearn", "pandas", "joblib")
        print(sorted(m for m in heavy if m in sys.modules))
        """
    )
    root = str(Path(__file__).resolve().parents[1])
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "[]", out.stderr


def test_export_command_reports_a_bad_folder(tmp_path, capsys):
    from verifier.training.export import main

    assert main([]) == 2
    assert main([str(tmp_path / "typo")]) == 1
    assert "does not exist" in capsys.readouterr().err
