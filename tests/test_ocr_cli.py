"""Screenshots on the command line: ``verifier check --image`` and ``verifier score FOLDER``."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from verifier.cli import main

SHOTS = Path(__file__).resolve().parent / "fixtures" / "screenshots"


def test_check_image_prints_what_was_read_and_each_verdict():
    res = CliRunner().invoke(main, ["check", "--image", str(SHOTS / "shot_000.png")])
    assert res.exit_code == 0, res.output
    assert "截图中的发送方: 95559" in res.output
    assert "短信 1/2" in res.output and "短信 2/2" in res.output
    assert res.output.count("结论:") == 2
    assert "(你的回复) 怎么核实" in res.output  # the reader's reply is shown apart, never checked


def test_check_image_json_has_a_verdict_per_incoming_bubble():
    res = CliRunner().invoke(main, ["check", "--image", str(SHOTS / "shot_002.png"), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["sender"] == "17197804265"
    sides = [(b["side"], "verdict" in b) for b in data["bubbles"]]
    assert sides == [("incoming", True), ("outgoing", False)]
    assert data["bubbles"][0]["verdict"]["label"] in {"spoofed", "scam"}  # a personal mobile, a link


def test_check_needs_text_or_image_and_refuses_a_non_image(tmp_path):
    assert CliRunner().invoke(main, ["check"]).exit_code == 2
    junk = tmp_path / "x.png"
    junk.write_bytes(b"hello")
    res = CliRunner().invoke(main, ["check", "--image", str(junk)])
    assert res.exit_code == 2 and "not_image" in res.output


def test_score_a_folder_of_screenshots_one_row_per_image(tmp_path):
    folder = tmp_path / "shots"
    folder.mkdir()
    for name in ("shot_000.png", "shot_001_photo.jpg", "shot_002.png"):
        shutil.copy(SHOTS / name, folder / name)
    (folder / "broken.png").write_bytes(b"not an image")
    (folder / "notes.txt").write_text("ignored: not an image suffix")
    out = tmp_path / "out.csv"
    res = CliRunner().invoke(main, ["score", str(folder), "-o", str(out)])
    assert res.exit_code == 0, res.output
    df = pd.read_csv(out, encoding="utf-8-sig")
    assert df["image"].tolist() == ["broken.png", "shot_000.png", "shot_001_photo.jpg", "shot_002.png"]
    rows = df.set_index("image")
    assert rows.loc["broken.png", "label"] == "error"
    assert rows.loc["broken.png", "error"].startswith("not_image")
    assert rows.loc["shot_000.png", "bubbles"] == 2
    assert rows.loc["shot_001_photo.jpg", "sender"] == 95561
    assert "兴业银行" in rows.loc["shot_001_photo.jpg", "text"]
    # the row reports the riskiest message of the screenshot
    assert rows.loc["shot_002.png", "label"] in {"spoofed", "scam"}
    # an existing output is not overwritten silently
    assert CliRunner().invoke(main, ["score", str(folder), "-o", str(out)]).exit_code != 0
