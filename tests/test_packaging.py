"""The wheel carries the registry, rules and model, and works outside the source tree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    return next(out.glob("*.whl"))


@pytest.mark.slow
def test_wheel_ships_data_but_not_the_corpus(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "verifier/data/institutions.toml",
        "verifier/data/rules.toml",
        "verifier/data/advice.toml",
        "verifier/data/audit.toml",
        "verifier/data/userdict.txt",
        "verifier/data/variants.tsv",
    ):
        assert required in names
    assert not any(n.startswith("verifier/data/corpus") or n.endswith(".jsonl") for n in names)
    if (ROOT / "model" / "verifier.joblib").exists():  # the model, and the scorer that check() reads
        for required in ("verifier.joblib", "scorer.npz", "MANIFEST.json", "MODEL_CARD.md"):
            assert f"verifier/model_data/{required}" in names


@pytest.mark.slow
def test_installed_wheel_checks_from_another_directory(wheel, tmp_path):
    # The wheel alone goes into a folder of its own; its dependencies come from the interpreter running the
    # tests, whatever it is (a virtualenv, a conda env, a system Python): no second environment is built,
    # so nothing depends on what the base interpreter happens to have installed.
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    out = subprocess.run(
        [sys.executable, "-m", "verifier", "check", "请将验证码告知工作人员，欠款转入安全账户", "--json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(out.stdout)["label"] == "scam"
    where = subprocess.run(
        [sys.executable, "-c", "import verifier; print(verifier.__file__)"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert where.startswith(str(site)) and str(ROOT) not in where
    audit = subprocess.run(  # the audit rules come from the wheel's data too
        [sys.executable, "-m", "verifier", "audit", "【微众银行】你这个老赖，后果自负。", "--json"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert audit.returncode == 1 and "SHAMING" in audit.stdout, audit.stderr
