"""Tests of the registry loader (verifier/registry.py) and of the shipped data/institutions.toml."""

from __future__ import annotations

import random
import re
import textwrap
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from verifier.datafiles import read_toml
from verifier.normalize import normalize
from verifier.registry import Channel, Institution, Registry, RegistryError, longest_first
from verifier.training.train import DEFAULT_DATA, load_rows

SHIPPED = Path(str(resources.files("verifier.data") / "institutions.toml"))
FACT_KEYS = ("hotlines", "sms_senders", "domains", "apps", "wechat")
KINDS = {"bank", "credit_card_centre", "consumer_finance", "platform", "microloan"}


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


@pytest.fixture(scope="module")
def raw() -> dict:
    return read_toml(SHIPPED)[0]


# --------------------------------------------------------------------------- shipped data


def test_shipped_has_at_least_30_institutions(registry):
    assert len(registry.institutions) >= 30


def test_shipped_ids_unique_and_ascii_snake(raw):
    ids = [e["id"] for e in raw["institution"]]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", i) for i in ids), ids


def test_shipped_required_fields_and_kinds(raw):
    for entry in raw["institution"]:
        for key in ("id", "name", "name_en", "kind", "aliases", "products", "hotlines"):
            assert key in entry, (entry.get("id"), key)
        assert entry["kind"] in KINDS, entry["id"]


def test_every_fact_has_a_grade_and_sources(raw):
    for entry in raw["institution"]:
        for key in FACT_KEYS:
            for fact in entry.get(key, []):
                assert isinstance(fact, dict), (entry["id"], key, fact)
                assert isinstance(fact.get("value"), str) and fact["value"].strip(), (entry["id"], key)
                assert fact.get("grade") in ("A", "B", "C"), (entry["id"], key, fact)
                assert fact.get("sources") and all(isinstance(x, str) and x.strip() for x in fact["sources"])


SOURCE_FORMS = ("https://", "http://", "github:")


def test_verified_facts_cite_a_source_and_quote_it(registry):
    # A/B facts make messages genuine and are shown to frightened people: each names where it comes
    # from (a page or a file of a public repository) and the words there that state it.
    for inst in registry.institutions.values():
        for key in FACT_KEYS:
            for fact in getattr(inst, key):
                if not fact.unverified:
                    assert all(x.startswith(SOURCE_FORMS) for x in fact.sources), (inst.id, key, fact)
                    assert fact.quote.strip(), (inst.id, key, fact.value)


# SEO and Q&A farms: a fact that rests on them alone is a lead (grade C), never official.
SEO_HOSTS = ("ksepay.com", "xincainet.com", "yunzhuji.net", "mlfjj.com", "xunmei365.com", "xiaoyuxitong.com")


def test_no_verified_fact_rests_on_an_seo_page_alone(registry):
    for inst in registry.institutions.values():
        for key in FACT_KEYS:
            for fact in getattr(inst, key):
                if not fact.unverified:
                    solid = [x for x in fact.sources if not any(h in x for h in SEO_HOSTS)]
                    assert solid, (inst.id, key, fact.value, fact.sources)


SHARED_REGISTRY = Path(__file__).resolve().parents[2] / "shared" / "registry" / "sourced-channels.toml"
# The shared file's ids, where the project's registry kept its older ones.
SHARED_IDS = {"ant": "antgroup", "jd": "jd_finance", "douyin": "douyin_fxj", "zhaolian": "mucfc",
              "mashang": "msxf", "boc_cfc": "bocfc", "nanyin_bnp": "sbpf_cfc", "zhongyuan_cfc": "zyxj",
              "harbin_cfc": "hrbb_cfc", "ningyin_cfc": "nbcb_cfc"}  # fmt: skip


@pytest.mark.skipif(not SHARED_REGISTRY.exists(), reason="../shared/registry is not beside the checkout")
def test_every_sourced_hotline_of_the_shared_registry_is_an_official_contact(registry):
    from verifier.advice import official_contacts

    shared = read_toml(SHARED_REGISTRY)[0]
    for entry in shared["institution"]:
        inst = registry.institutions[SHARED_IDS.get(entry["id"], entry["id"])]
        shown = {c.value for c in official_contacts(inst) if c.kind == "hotline"}
        for fact in entry.get("hotlines", []):
            digits = re.sub(r"\D", "", re.sub(r"\(.*\)", "", fact["value"]))
            if fact["grade"] in ("A", "B") and not fact["value"].startswith("+"):
                assert digits in shown, (inst.id, fact["value"])
            elif fact["grade"] == "C":
                assert digits not in shown, (inst.id, fact["value"])


def test_leads_are_never_shown_as_official_contacts(registry):
    from verifier.advice import official_contacts

    for inst in registry.institutions.values():
        verified = {f.value for key in FACT_KEYS for f in getattr(inst, key) if not f.unverified}
        leads = {f.value for key in FACT_KEYS for f in getattr(inst, key) if f.unverified} - verified
        assert not leads & {c.value for c in official_contacts(inst)}, inst.id


def test_platform_lines_are_marked(registry):
    platform = {(i.id, f.value) for i in registry.institutions.values() for f in i.hotlines if f.platform}
    assert {("meituan", "10107888"), ("douyin_fxj", "95152"), ("ctrip_finance", "95010")} <= platform


def test_numbers_are_strings_of_digits_in_the_file_and_after_parsing(raw, registry):
    for entry in raw["institution"]:
        for key in ("hotlines", "sms_senders"):
            for fact in entry.get(key, []):
                assert isinstance(fact["value"], str), (entry["id"], fact)  # quoted, so 95588 stays a string
    for inst in registry.institutions.values():
        for fact in (*inst.hotlines, *inst.sms_senders):
            assert fact.value.isdigit() and 5 <= len(fact.value) <= 20, (inst.id, fact.value)


def test_institutions_without_a_sourced_hotline_have_no_official_one(registry):
    # 17 lenders have no sourced hotline (招联, 马上, 度小满 …): they stay without one until a source is
    # found, rather than getting a number from memory.
    for inst_id in ("mucfc", "msxf", "duxiaoman", "bocfc", "homecredit"):
        inst = registry.institutions[inst_id]
        assert not inst.has_verified_numbers, inst_id


def test_domains_are_bare_lowercase_hosts(registry):
    for inst in registry.institutions.values():
        for fact in inst.domains:
            assert re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", fact.value), (inst.id, fact.value)


def test_no_alias_is_shared_by_two_institutions(registry):
    owner: dict[str, str] = {}
    clashes = []
    for inst in registry.institutions.values():
        for alias in set(inst.names()):
            key = alias.lower()
            if key in owner and owner[key] != inst.id:
                clashes.append((alias, owner[key], inst.id))
            owner.setdefault(key, inst.id)
    assert clashes == []


def test_aliases_are_already_in_normalised_form(registry):
    # mentions() matches normalize(text): an alias in traditional or full-width form would never match.
    for inst in registry.institutions.values():
        for alias in inst.names():
            assert normalize(alias).text == alias.lower(), (inst.id, alias)


@pytest.mark.parametrize("word", ["平安", "民生", "兴业", "华夏", "中原", "马上", "白条", "金条", "放心借"])
def test_no_ambiguous_bare_aliases(registry, word):
    assert word not in {a for inst in registry.institutions.values() for a in inst.names()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("您的借呗已逾期", "antgroup"),
        ("花呗账单逾期", "antgroup"),
        ("工行信用卡中心提醒", "icbc"),
        ("您的牡丹卡已逾期", "icbc"),
        ("建行龙卡", "ccb"),
        ("招行信用卡", "cmb"),
        ("安逸花借款逾期", "msxf"),
        ("有钱花提醒您还款", "duxiaoman"),
        ("分期乐账单", "lexin"),
        ("360借条", "qifu"),
        ("美团月付", "meituan"),
        ("京东白条", "jd_finance"),
        ("民生银行信用卡", "cmbc"),
        ("中银消费金融", "bocfc"),
        ("中国银行信用卡", "boc"),
        ("拿去花", "ctrip_finance"),
        ("网商贷", "mybank"),
        ("微粒贷", "webank"),
    ],
)
def test_names_people_write_resolve_to_the_right_institution(registry, text, expected):
    found = registry.mentions(normalize(text).text)
    assert found, text
    assert found[0].institution == expected, (text, found)


def test_aliases_are_found_as_the_longest_first_alternation_finds_them(registry):
    """The trie pattern of the aliases matches what the plain alternation, longest alias first, matches:
    on corpus messages and on random runs of aliases, their prefixes and other characters."""
    aliases = list(registry._alias_owner)
    plain = re.compile("|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True)))
    trie = re.compile(longest_first(aliases))
    rng = random.Random(16)
    pieces = [*aliases, *(a[: rng.randint(1, len(a))] for a in aliases), *"银行卡的 ,0"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(5000)]
    texts += [normalize(r["text"]).text for r in load_rows(DEFAULT_DATA)[::50]]
    for text in texts:
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert longest_first(["ab", "abcd", "b"]) == "(?:ab(?:cd)?|b)"  # "abc" falls back to "ab"


def test_ordinary_sentences_mention_no_institution(registry):
    text = normalize("请您放心借款，民生问题和平安出行都很重要，马上处理，打白条也不行").text
    assert registry.mentions(text) == []


def test_all_channels_present_with_their_numbers(registry):
    expected = {
        "antifraud_96110": "96110",
        "spam_12321": "12321",
        "police_110": "110",
        "court_12368": "12368",
        "finance_12378": "12378",
        "pbc_12363": "12363",
    }
    assert {cid: registry.channel(cid).value for cid in expected} == expected
    for ch in registry.channels.values():
        assert isinstance(ch, Channel)
        assert ch.grade in ("A", "B", "C") and ch.quote, ch.id
        assert all(x.startswith(SOURCE_FORMS) for x in ch.sources), ch.id
        assert ch.purpose_zh and ch.purpose_en, ch.id


def test_96110_purpose_sends_victims_to_110(registry):
    assert "110" in registry.channel("antifraud_96110").purpose_zh.replace("96110", "")


def test_big_bank_hotlines(registry):
    expected = {
        "icbc": "95588",
        "ccb": "95533",
        "abc": "95599",
        "boc": "95566",
        "bocom": "95559",
        "cmb": "95555",
        "spdb": "95528",
        "citic": "95558",
        "ceb": "95595",
        "cmbc": "95568",
        "pingan_bank": "95511",
        "cgb": "95508",
        "cib": "95561",
        "hxb": "95577",
        "psbc": "95580",
        "webank": "95384",
        "antgroup": "95188",
        "jd_finance": "95118",
    }
    for inst_id, number in expected.items():
        official = {f.value for f in registry.institutions[inst_id].hotlines if not f.unverified}
        assert number in official, inst_id


def test_owners_of_number_95588_is_icbc(registry):
    assert registry.owners_of_number("95588") == ["icbc"]


def test_unverified_shipped_numbers_are_never_official(registry):
    for inst in registry.institutions.values():
        official = {f.value for f in (*inst.hotlines, *inst.sms_senders) if not f.unverified}
        for fact in (*inst.hotlines, *inst.sms_senders):
            if fact.unverified and fact.value not in official:
                assert inst.number_status(fact.value) == "unverified", (inst.id, fact.value)
                assert inst.id not in registry.owners_of_number(fact.value)


# --------------------------------------------------------------------------- loader on small files

GOOD_ENTRY = """\
[[institution]]
id = "{id}"
name = "{name}"
name_en = "Example"
kind = "bank"
aliases = [{aliases}]
products = []
hotlines = [{{ value = "{number}", grade = "A", sources = ["https://x.cn/"], quote = "call {number}" }}]
domains = [{{ value = "{domain}", grade = "B", sources = ["https://example.com/"], quote = "{domain}" }}]
"""


def _entry(id="demo", name="示例银行", aliases='"示例"', number="95000", domain="example.com"):
    return GOOD_ENTRY.format(id=id, name=name, aliases=aliases, number=number, domain=domain)


def _write(tmp_path: Path, text: str, name: str = "reg.toml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _line_of(text: str, needle: str, occurrence: int = 1) -> int:
    lines = [i + 1 for i, line in enumerate(text.splitlines()) if needle in line]
    return lines[occurrence - 1]


def _error(path: Path) -> str:
    with pytest.raises(RegistryError) as info:
        Registry.load(path)
    return str(info.value)


def test_good_small_file_loads(tmp_path):
    reg = Registry.load(_write(tmp_path, _entry()))
    assert list(reg.institutions) == ["demo"]
    assert isinstance(reg.institutions["demo"], Institution)
    assert reg.path.endswith("reg.toml")


def test_broken_toml_names_file_and_line(tmp_path):
    text = _entry() + "\n[[institution]]\nid = \n"
    path = _write(tmp_path, text, "broken.toml")
    message = _error(path)
    assert "broken.toml" in message
    assert f"broken.toml:{_line_of(text, 'id = ', 2)}:" in message, message


def test_missing_kind_names_file_and_line_of_the_entry(tmp_path):
    second = _entry(id="second", name="第二银行", aliases='"第二"', number="95001").replace(
        'kind = "bank"\n', ""
    )
    text = _entry() + "\n" + second
    path = _write(tmp_path, text, "nokind.toml")
    message = _error(path)
    assert f"nokind.toml:{_line_of(text, '[[institution]]', 2)}:" in message, message
    assert "kind" in message


def test_fact_without_source_names_the_fact_line(tmp_path):
    text = _entry() + "\n" + _entry(id="second", name="第二银行", aliases='"第二"', number="95001")
    text = text.replace(', sources = ["https://x.cn/"], quote = "call 95001"', "")
    path = _write(tmp_path, text, "nosource.toml")
    message = _error(path)
    assert f"nosource.toml:{_line_of(text, '95001')}:" in message, message
    assert "second.hotlines" in message


def test_fact_with_blank_source_is_rejected(tmp_path):
    text = _entry().replace('sources = ["https://x.cn/"], quote = "call', 'sources = ["  "], quote = "call')
    message = _error(_write(tmp_path, text, "blank.toml"))
    assert f"blank.toml:{_line_of(text, 'hotlines')}:" in message, message


@pytest.mark.parametrize("grade", ['"D"', '"a"', "1"])
def test_fact_with_an_unknown_grade_is_rejected(tmp_path, grade):
    text = _entry().replace('grade = "A"', f"grade = {grade}")
    message = _error(_write(tmp_path, text, "grade.toml"))
    assert f"grade.toml:{_line_of(text, 'hotlines')}:" in message and "grade" in message, message


def test_duplicate_id_names_the_second_entry(tmp_path):
    text = _entry() + "\n" + _entry(name="重复银行", aliases='"重复"', number="95001")
    path = _write(tmp_path, text, "dup.toml")
    message = _error(path)
    assert f"dup.toml:{_line_of(text, 'id = ', 2)}:" in message, message
    assert "duplicate" in message and "demo" in message


def test_duplicate_id_line_is_not_fooled_by_an_alias_equal_to_the_id(tmp_path):
    # "demo" first appears quoted as an alias of another entry, before either id line.
    text = (
        _entry(id="other", name="其他银行", aliases='"demo"', number="95002")
        + "\n"
        + _entry(aliases='"示例"')
        + "\n"
        + _entry(name="重复银行", aliases='"重复"', number="95001")
    )
    message = _error(_write(tmp_path, text, "dup2.toml"))
    assert f"dup2.toml:{_line_of(text, 'id = ', 3)}:" in message, message


def test_alias_shared_by_two_institutions_is_rejected(tmp_path):
    text = _entry() + "\n" + _entry(id="second", name="第二银行", aliases='"示例"', number="95001")
    message = _error(_write(tmp_path, text, "alias.toml"))
    assert f"alias.toml:{_line_of(text, 'aliases', 2)}:" in message, message
    assert "示例" in message


def test_number_that_is_not_a_number_is_rejected(tmp_path):
    text = _entry(number="call us")
    message = _error(_write(tmp_path, text, "nan.toml"))
    assert f"nan.toml:{_line_of(text, 'call us')}:" in message, message


def test_channel_missing_field_names_the_channel(tmp_path):
    text = _entry() + textwrap.dedent(
        """
        [[channel]]
        id = "police_110"
        value = "110"
        name_zh = "报警电话"
        name_en = "Police"
        purpose_zh = "报警"
        grade = "B"
        sources = ["https://www.mps.gov.cn/"]
        """
    )
    message = _error(_write(tmp_path, text, "chan.toml"))
    assert f"chan.toml:{_line_of(text, '[[channel]]')}:" in message, message
    assert "purpose_en" in message


def test_numbers_are_normalised_to_digits(tmp_path):
    reg = Registry.load(_write(tmp_path, _entry(number="400-820-5555")))
    inst = reg.institutions["demo"]
    assert inst.hotlines[0].value == "4008205555"
    assert inst.number_status("4008205555") == "official"


UNVERIFIED = """\
[[institution]]
id = "demo"
name = "示例银行"
name_en = "Example"
kind = "bank"
aliases = ["示例"]
products = ["示例贷"]
hotlines = [
    { value = "95000", grade = "A", sources = ["https://example.com/"], quote = "call 95000" },
    { value = "4000000000", grade = "C", sources = ["https://seo.example/"] },
]
sms_senders = [{ value = "1069000095000", grade = "C", sources = ["github:someone/issues#1"] }]
domains = [
    { value = "example.com", grade = "B", sources = ["github:v2fly/domain-list-community:x"], quote = "x" },
    { value = "example-pay.cn", grade = "C", sources = ["unsourced: recalled"] },
]
"""


@pytest.fixture
def demo(tmp_path) -> Registry:
    return Registry.load(_write(tmp_path, UNVERIFIED))


def test_unverified_facts_give_unverified_never_official(demo):
    inst = demo.institutions["demo"]
    assert inst.number_status("4000000000") == "unverified"
    assert inst.number_status("1069000095000") == "unverified"
    assert inst.host_status("example-pay.cn") == "unverified"
    assert inst.host_status("www.example-pay.cn") == "unverified"
    assert demo.owners_of_number("4000000000") == []
    assert demo.owners_of_host("example-pay.cn") == []


def test_number_status(demo):
    inst = demo.institutions["demo"]
    assert inst.number_status("95000") == "official"
    assert inst.number_status("95001") == "not_official"
    # a 1069 port that merely ends with the service number is not the service number
    assert inst.number_status("1069123495000") == "not_official"
    assert inst.number_status("") == "not_official"
    assert demo.owners_of_number("95000") == ["demo"]


def test_host_status(demo):
    inst = demo.institutions["demo"]
    assert inst.host_status("example.com") == "official"
    assert inst.host_status("WWW.Example.COM.") == "official"
    assert inst.host_status("m.pay.example.com") == "official"
    for lookalike in ("example.com.cn-pay.top", "example-com.xyz", "notexample.com", "example.co", "com"):
        assert inst.host_status(lookalike) == "not_official", lookalike
    assert demo.owners_of_host("a.example.com") == ["demo"]


def test_shipped_webank_host_status(registry):
    webank = registry.institutions["webank"]
    assert webank.host_status("webank.com") == "official"
    assert webank.host_status("www.webank.com") == "official"
    for lookalike in ("webank.com.cn-pay.top", "webank-com.xyz", "mywebank.com"):
        assert webank.host_status(lookalike) == "not_official", lookalike


def test_shipped_icbc_host_status(registry):
    assert registry.owners_of_host("www.icbc.com.cn") == ["icbc"]
    assert registry.owners_of_host("icbc.com.cn-verify.top") == []


def test_mentions_finds_weilidai_with_offsets(registry):
    text = normalize("您的微粒贷已逾期").text
    found = registry.mentions(text)
    assert [(m.institution, m.start, m.end, m.alias) for m in found] == [("webank", 2, 5, "微粒贷")]
    assert text[found[0].start : found[0].end] == "微粒贷"


def test_mentions_prefers_the_longest_alias(registry):
    text = normalize("天津京东消费金融提醒您").text
    found = registry.mentions(text)
    assert [m.institution for m in found] == ["homecredit"]
    assert found[0].alias == "天津京东消费金融"


def test_mentions_are_case_and_width_insensitive(tmp_path):
    text = _entry(aliases='"WeDemo"')
    reg = Registry.load(_write(tmp_path, text))
    found = reg.mentions(normalize("来自ＷＥＤＥＭＯ的通知").text)
    assert [(m.institution, m.alias) for m in found] == [("demo", "wedemo")]


def test_registry_built_in_memory(demo):
    copy = Registry(dict(demo.institutions), dict(demo.channels))
    assert [m.institution for m in copy.mentions("示例贷逾期")] == ["demo"]
    assert Registry({}, {}).mentions("任何文字") == []


def test_names_host_agrees_with_every_institutions_host_status(registry):
    """names_host is the one-lookup form of asking every institution's host_status."""
    domains = [d.value for inst in registry.institutions.values() for d in inst.domains]
    hosts = {"example.com", "", ".", "com", "cn", "webank-kf.top", "x.y.z"}
    for d in domains:
        first, _, rest = d.partition(".")
        hosts |= {d, d.upper() + ".", f"m.{d}", f"a.b.{d}", f"x{d}", rest, f"{first}-kf.top", d[1:]}
    for host in hosts:
        expected = any(i.host_status(host) != "not_official" for i in registry.institutions.values())
        assert registry.names_host(host) == expected, host


def test_domain_labels_are_the_long_first_labels(registry):
    labels = {
        d.value.split(".")[0]
        for inst in registry.institutions.values()
        for d in inst.domains
        if len(d.value.split(".")[0]) >= 4
    }
    assert labels
    for label in labels:
        assert registry.domain_labels.search(f"x{label}-kf.top")
    assert registry.domain_labels.search("zz.top") is None
    assert Registry({}, {}).domain_labels is None


@pytest.mark.parametrize("first, then", [("A", "C"), ("C", "A"), ("C", "C"), ("B", "A")])
def test_a_number_listed_twice_is_official_when_either_listing_is_verified(first, then):
    # number_status reads one table built from the facts: a verified listing of the number wins
    # whichever of the hotlines and senders lists it, and in whatever order.
    from verifier.registry import Fact

    inst = Institution(
        id="demo",
        name="示例银行",
        name_en="Example",
        kind="bank",
        hotlines=(Fact("95000", ("https://x.cn/",), grade=first), Fact("4000000000", ("x",), grade="C")),
        sms_senders=(Fact("95000", ("https://x.cn/",), grade=then),),
    )
    expected = "official" if "A" in (first, then) or "B" in (first, then) else "unverified"
    assert inst.number_status("95000") == expected
    assert inst.number_status("4000000000") == "unverified"
    assert inst.number_status("1069000095000") == "not_official"
