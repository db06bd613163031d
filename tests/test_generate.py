"""Tests of the corpus generator and of the shipped corpus (data/corpus/)."""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

import pytest

from verifier.corpus import generate as gen
from verifier.registry import Registry

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus" / gen.CORPUS_FILE
SEEDS = ROOT / "data" / "corpus" / "seeds.jsonl"
SHIPPED_REGISTRY = gen.GENERATOR_REGISTRY

N = 40  # rows per family for the fast tests


@lru_cache(maxsize=1)
def _registry() -> Registry:
    return Registry.load(SHIPPED_REGISTRY)


@lru_cache(maxsize=1)
def _rows() -> tuple[dict, ...]:
    return tuple(gen.generate(N, seed=0, registry=_registry()))


def _norm(text: str) -> str:
    """A small, fixed normalisation for these checks (independent of verifier.normalize as it evolves):
    drop zero-width characters, NFKC, lowercase, traditional → simplified."""
    text = "".join(c for c in text if c not in "\u200b\u200c\u200d\u2060\ufeff")
    return gen._opencc()[1].convert(unicodedata.normalize("NFKC", text).lower())


_PHONE = re.compile(r"(?<![\d.,¥])(?>\d[\d\- ]*\d|\d)(?![.,]\d|元|号)")
_HOST = re.compile(r"(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})")
_IP = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
_WECHAT_QQ = re.compile(r"微\s?信|薇信|v信|vx|威信|徽信|qq")


def _phones(norm: str) -> list[str]:
    """Digit runs of 5+ digits (hyphens/spaces allowed inside) that are not amounts."""
    out = []
    for m in _PHONE.finditer(norm):
        digits = re.sub(r"\D", "", m.group(0))
        if len(digits) >= 5:
            out.append(digits)
    return out


def _official_numbers(inst_id: str) -> set[str]:
    inst = _registry().institutions[inst_id]
    return {f.value for f in (*inst.hotlines, *inst.sms_senders) if not f.unverified}


#: Public numbers a genuine notice may cite besides the institution's own channels: only the court
#: litigation service hotline (registry channel ``court_12368``), for checking a claimed court case.
_PUBLIC_NUMBERS_OK_IN_GENUINE = frozenset({"12368"})

#: "您的紧急联系人" (the recipient's *own* emergency contacts) is said to the borrower, not to a third
#: party; only this exact phrase is set aside before :data:`gen.THIRD_PARTY_RE` is applied.
_OWN_CONTACTS = re.compile(r"您的紧急联系人")


def _third_party_wording(norm: str) -> re.Match | None:
    return gen.THIRD_PARTY_RE.search(_OWN_CONTACTS.sub("", norm))


def _pinyin_names_in(text: str) -> set[tuple[str, str]]:
    """(SURNAME, GIVEN) pinyin of pool names found in the text ("ZHANG WEIMING", "Weiming Zhang")."""
    letters = re.sub(r"[^A-Z]", "", text.upper())
    found = set()
    for n in gen.fake_names():
        py = gen.pinyin_name(n)
        if py and (py[0] + py[1] in letters or py[1] + py[0] in letters):
            found.add(py)
    return found


def _names_in(norm: str) -> tuple[set[str], set[str]]:
    """(full fake names, surnames of masked / honorific forms) found in normalised text."""
    full = {n for n in gen.fake_names() if n in norm}
    surnames = set(re.findall(rf"([{gen.SURNAMES}])(?:\*\*|\*[\u4e00-\u9fff]|先生|女士)", norm))
    return full, surnames


# ------------------------------------------------------------------------------------------ the generator


def test_deterministic_for_a_seed():
    assert gen.generate(N, seed=0, registry=_registry()) == list(_rows())
    assert gen.generate(N, seed=1, registry=_registry()) != list(_rows())


def test_row_schema():
    for r in _rows():
        assert tuple(r) == gen.ROW_KEYS
        assert r["label"] in gen.LABELS
        assert r["split"] in ("train", "test")
        assert r["source"] == f"gen:{r['family']}"
        assert r["has_account"] in (True, False, None)
        assert r["institution"] in _registry().institutions
        assert r["sender"] is None or r["sender"].isdigit()
        if r["received_at"] is not None:
            assert r["received_at"].endswith("+08:00")


def test_texts_non_empty_and_short():
    for r in _rows():
        assert r["text"].strip()
        assert len(r["text"]) < 500


def test_no_family_in_both_splits():
    splits = defaultdict(set)
    for r in _rows():
        splits[r["family"]].add(r["split"])
    assert all(len(s) == 1 for s in splits.values())
    assert splits.keys() == {f.id for f in gen.FAMILIES}


def test_split_is_fixed_by_family_id_not_seed():
    a = {r["family"]: r["split"] for r in _rows()}
    b = {r["family"]: r["split"] for r in gen.generate(3, seed=7, registry=_registry())}
    assert a == b == gen.family_splits()


def test_every_label_has_enough_families_in_both_splits():
    """The hashed ~70/30 split of the ordinary families (the blind families are extra test families)."""
    by_label = defaultdict(lambda: defaultdict(set))
    for f in gen.FAMILIES:
        if not f.blind:
            by_label[f.label][gen.family_splits()[f.id]].add(f.id)
    assert set(by_label) == set(gen.LABELS)
    for label, splits in by_label.items():
        assert len(splits["train"]) + len(splits["test"]) >= 8, label
        assert splits["train"] and splits["test"], label
        assert len(splits["test"]) / (len(splits["train"]) + len(splits["test"])) == pytest.approx(
            0.3, abs=0.1
        )
    assert {r["label"] for r in _rows()} == set(gen.LABELS)


def test_family_ids_unique_and_prefixed_by_label():
    ids = [f.id for f in gen.FAMILIES]
    assert len(ids) == len(set(ids))
    for f in gen.FAMILIES:
        assert f.blind == f.id.startswith(gen.BLIND_PREFIXES), f.id
        fid = f.id
        for prefix in gen.BLIND_PREFIXES:
            fid = fid.removeprefix(prefix)
        assert fid[0] == {"genuine": "g", "spoofed": "s", "mistaken": "m", "scam": "c"}[f.label]


def test_genuine_uses_only_verified_official_channels_of_the_claimed_institution():
    reg = _registry()
    numbers_seen = hosts_seen = 0
    for r in _rows():
        if r["label"] != "genuine":
            continue
        official = _official_numbers(r["institution"])
        numbers_seen += len(_phones(_norm(r["text"])))
        hosts_seen += len(_HOST.findall(_norm(r["text"])))
        assert r["sender"] is None or r["sender"] in official, r
        norm = _norm(r["text"])
        for digits in _phones(norm):
            assert digits in official or digits in _PUBLIC_NUMBERS_OK_IN_GENUINE, (digits, r["text"])
        for host in _HOST.findall(norm):
            assert reg.institutions[r["institution"]].host_status(host) == "official", (host, r["text"])
        assert not _IP.search(norm)
        assert r["has_account"] in (True, None)
    assert numbers_seen and hosts_seen  # the checks above are not vacuous


def test_phone_and_host_extraction_used_by_these_tests():
    norm = _norm(
        "请于2024/03/15前致电４００-８２０-５５５５，应还32,181.46元或¥7567.55，访问 https://www.cmbchina.com/x"
    )
    assert _phones(norm) == ["4008205555"]
    assert _HOST.findall(norm) == ["www.cmbchina.com"]


def test_the_exemptions_used_by_these_tests_stay_narrow():
    assert _PUBLIC_NUMBERS_OK_IN_GENUINE <= _registry().public_numbers
    assert not _third_party_wording(_norm("已停止联系您的紧急联系人"))
    for text in ("您是张伟的紧急联系人", "您的联系人张伟已逾期", "请转告您的紧急联系人", "紧急联系人：王芳"):
        assert _third_party_wording(_norm(text)), text


def test_genuine_is_addressed_to_the_recipient():
    for r in _rows():
        if r["label"] != "genuine":
            continue
        norm = _norm(r["text"])
        assert not _third_party_wording(norm), r["text"]
        if r["recipient_name"]:
            full, surnames = _names_in(norm)
            assert full <= {r["recipient_name"]}, r
            assert surnames <= {r["recipient_name"][0]}, r


def test_mistaken_has_a_wrong_person_signal():
    for r in _rows():
        if r["label"] != "mistaken":
            continue
        norm = _norm(r["text"])
        full, surnames = _names_in(norm)
        rec = r["recipient_name"]
        mismatch = bool(rec) and (
            bool(full - {rec})
            or bool(surnames - {rec[0]})
            or bool(_pinyin_names_in(norm) - {gen.pinyin_name(rec)})
        )
        assert r["has_account"] is False or gen.THIRD_PARTY_RE.search(norm) or mismatch, r
        # a mistaken notice still comes through official channels
        assert r["sender"] is None or r["sender"] in _official_numbers(r["institution"]), r
        for digits in _phones(norm):
            assert digits in _official_numbers(r["institution"]), (digits, r["text"])


def test_spoofed_has_a_non_official_channel():
    reg = _registry()
    for r in _rows():
        if r["label"] != "spoofed":
            continue
        inst = reg.institutions[r["institution"]]
        official = _official_numbers(r["institution"])
        norm = _norm(r["text"])
        bad_sender = r["sender"] is not None and r["sender"] not in official
        bad_number = any(d not in official for d in _phones(norm))
        bad_host = any(inst.host_status(h) != "official" for h in _HOST.findall(norm)) or bool(
            _IP.search(norm)
        )
        assert bad_sender or bad_number or bad_host or _WECHAT_QQ.search(norm), r


def test_fake_numbers_never_collide_with_registry_numbers():
    taken = {f.value for i in _registry().institutions.values() for f in (*i.hotlines, *i.sms_senders)}
    for r in _rows():
        if r["label"] not in ("spoofed", "scam"):
            continue
        official = _official_numbers(r["institution"])
        numbers = _phones(_norm(r["text"])) + ([r["sender"]] if r["sender"] else [])
        for n in numbers:
            assert n in official or n not in taken, (n, r)


def test_names_survive_traditional_round_trip():
    assert len(gen.fake_names()) > 100
    assert all(len(n) == 3 for n in gen.fake_names())


# ---------------------------------------------------------------------------------------- blind families


def _blind() -> list:
    return [f for f in gen.FAMILIES if f.blind]


def test_blind_families_exist_for_every_label():
    per_label = defaultdict(list)
    for f in _blind():
        per_label[f.label].append(f.id)
    assert set(per_label) == set(gen.LABELS)
    assert all(len(ids) >= 3 for ids in per_label.values()), per_label
    # the same number per label, so the corpus stays balanced
    assert len({len(ids) for ids in per_label.values()}) == 1
    assert len(_blind()) >= 12


def test_blind_families_are_held_out_until_their_round_is_trained_on():
    splits = gen.family_splits()
    for f in _blind():
        assert splits[f.id] == ("train" if f.id.startswith(gen.TRAINED_BLIND_PREFIXES) else "test"), f.id
    assert not set(gen.BLIND_PREFIXES[-2:]) & set(gen.TRAINED_BLIND_PREFIXES)
    for r in _rows():
        if r["family"].startswith(gen.BLIND_PREFIXES):
            assert r["split"] == splits[r["family"]], r


def test_blind_row_counts():
    counts = defaultdict(int)
    for r in _rows():
        counts[r["family"]] += 1
    for f in gen.FAMILIES:
        expected = gen.blind_rows_per_family(N) if f.blind else N
        assert counts[f.id] == expected, f.id


def test_blind_families_leave_the_other_families_unchanged(monkeypatch):
    """Adding the blind families must not change a byte of the ordinary families' rows, nor their split."""
    ordinary = tuple(f for f in gen.FAMILIES if not f.blind)
    rows = list(_rows())
    monkeypatch.setattr(gen, "FAMILIES", ordinary)
    without = gen.generate(N, seed=0, registry=_registry())
    assert without == [r for r in rows if not r["family"].startswith(gen.BLIND_PREFIXES)]
    assert gen.family_splits(ordinary) == {
        k: v for k, v in gen.family_splits().items() if not k.startswith(gen.BLIND_PREFIXES)
    }


def test_pinyin_table_covers_the_given_names():
    assert all(gen.pinyin_name(gen.SURNAMES[0] + g) for g in gen.GIVEN)
    assert gen.pinyin_name("张伟明") == ("ZHANG", "WEIMING")
    assert _pinyin_names_in("Dear ZHANG/WEIMING, ...") == {("ZHANG", "WEIMING")}


def test_card_numbers_mix_luhn_valid_and_invalid():
    import random

    from verifier.corpus.generate import Slots, _luhn_digit

    s = Slots(random.Random(0), _registry(), gen._received_at(random.Random(0)))
    cards = [s.card() for _ in range(200)]
    valid = sum(_luhn_digit(c[:-1]) == c[-1] for c in cards)
    assert 40 < valid < 160
    assert all(c.startswith("62") and 15 <= len(c) <= 19 for c in cards)


# -------------------------------------------------------------------------------------- the shipped files


def test_seeds_file_is_well_formed():
    rows = [json.loads(x) for x in SEEDS.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert rows
    seed_files = {p.name for p in (ROOT.parent / "shared" / "seeds").glob("*.txt")}
    for s in rows:
        assert s["text"].strip() and s["label"] in gen.LABELS and s["note"].strip()
        assert s["source"].startswith("seed:")
        if seed_files:  # the seed articles live beside the repo on a developer machine
            assert s["source"].removeprefix("seed:") in seed_files


def test_shipped_corpus_matches_a_fresh_build():
    """data/corpus/messages.jsonl.gz must be exactly what the generator makes from its frozen registry.

    If this fails after a change to the generator, the seeds or data/corpus/generator_registry.toml, rebuild
    with ``python -m verifier.corpus.generate --out data/corpus/messages.jsonl.gz --seed 0``.
    """
    fresh = gen.dumps_jsonl(gen.build_corpus(seed=0, registry=_registry(), seeds_path=SEEDS))
    shipped = CORPUS.read_bytes()
    rebuild = "rebuild: python -m verifier.corpus.generate --out data/corpus/messages.jsonl.gz --seed 0"
    assert gzip.decompress(shipped).decode("utf-8") == fresh, rebuild
    assert shipped == gzip.compress(fresh.encode("utf-8"), compresslevel=9, mtime=0), rebuild  # same bytes


def test_shipped_corpus_size_and_balance():
    # Stored gzipped: a clone stays small and each rebuild adds little to the history (24.9 MB of JSONL
    # at 54,009 rows were 3.1 MB gzipped).
    assert CORPUS.stat().st_size < 6 * 1024 * 1024
    rows = gen.read_jsonl(CORPUS)
    labels = defaultdict(int)
    for r in rows:
        if r["split"] != "seed":
            labels[r["label"]] += 1
    assert set(labels) == set(gen.LABELS)
    assert max(labels.values()) == min(labels.values())
    assert any(r["split"] == "seed" for r in rows)
    blind = defaultdict(int)
    for r in rows:
        if r["family"].startswith(gen.BLIND_PREFIXES):
            assert r["split"] == ("train" if r["family"].startswith(gen.TRAINED_BLIND_PREFIXES) else "test")
            blind[r["family"]] += 1
    assert set(blind) == {f.id for f in gen.FAMILIES if f.blind}
    assert all(150 <= n <= 250 for n in blind.values()), blind


def test_cli_writes_identical_bytes(tmp_path):
    out = tmp_path / "m.jsonl"
    gen.main(["--out", str(out), "--seed", "0", "--n-per-family", "5", "--registry", str(SHIPPED_REGISTRY)])
    expected = gen.dumps_jsonl(gen.build_corpus(5, 0, _registry(), SEEDS))
    assert out.read_text(encoding="utf-8") == expected
