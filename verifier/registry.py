"""The registry of institutions' official channels and of public anti-fraud channels, loaded from TOML.

Every fact carries its ``sources`` and a ``grade``: A (an official page of the institution, a regulator,
a court or a government), B (a curated open dataset, a named news outlet, or two independent datasets
that agree) or C (an SEO or Q&A page, an unmerged user submission, or no source at all). Only A and B
facts count as official; C facts are leads, kept so that a number can be recognised, never to make a
message genuine and never shown as an official contact.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from verifier.datafiles import DataFileError, find_line, read_toml, table_lines
from verifier.types import make_frozen

Status = Literal["official", "unverified", "not_official"]
GRADES = ("A", "B", "C")
#: Grades that make a fact official: only these can earn a message a genuine verdict or be shown as a contact.
VERIFIED_GRADES = frozenset({"A", "B"})


class RegistryError(DataFileError):
    """The registry file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Fact:
    value: str
    sources: tuple[str, ...]
    grade: str = "C"
    quote: str = ""  # the words of the first source(s) that state the fact
    note: str = ""
    platform: bool = False  # a group or platform line (美团 10107888), not the lending product's own

    @property
    def unverified(self) -> bool:
        """A C fact: a lead, never evidence of official origin."""
        return self.grade not in VERIFIED_GRADES

    @property
    def source(self) -> str:
        """The first (best) source."""
        return self.sources[0]


@dataclass(frozen=True)
class Institution:
    id: str
    name: str
    name_en: str
    kind: str
    aliases: tuple[str, ...] = ()
    products: tuple[str, ...] = ()
    hotlines: tuple[Fact, ...] = ()
    sms_senders: tuple[Fact, ...] = ()
    domains: tuple[Fact, ...] = ()
    apps: tuple[Fact, ...] = ()
    wechat: tuple[Fact, ...] = ()

    def number_status(self, digits: str) -> Status:
        """Is this phone number / SMS sender one of the institution's official ones?"""
        return self._number_statuses.get(digits, "not_official")

    def host_status(self, host: str) -> Status:
        """Is this link host (or a parent domain of it) one of the institution's official domains?"""
        host = host.lower().rstrip(".")
        return _status(host, self.domains, lambda h, d: h == d or h.endswith("." + d))

    def names(self) -> tuple[str, ...]:
        """Every string that names this institution or one of its products."""
        return (self.name, *self.aliases, *self.products)

    @cached_property
    def _number_statuses(self) -> dict[str, Status]:
        """Each of its numbers' :meth:`number_status`: official when a fact of that number is verified,
        else unverified. One lookup answers, as numbers are compared whole: an SMS port such as
        1069xxxx95384 ends with the service number, but suffix matching would let any 1069 port that ends
        in 95384 pass as official."""
        facts = (*self.hotlines, *self.sms_senders)
        return {fact.value: _status(fact.value, facts, str.__eq__) for fact in facts}

    @cached_property
    def app_keys(self) -> frozenset[str]:
        """The :func:`app_key` of each name its app goes by: its verified app names, and (when it has a
        verified app) its own names, since a bank's app carries the bank's name ("登录工商银行App").
        Worked out once per institution: the app check asks for it on every message naming an app."""
        apps = {app_key(f.value) for f in self.apps if not f.unverified}
        return frozenset(apps | {app_key(n) for n in self.names()}) if apps else frozenset()

    @cached_property
    def has_verified_numbers(self) -> bool:
        """The registry knows at least one A/B hotline or sender: a number outside them is not its own."""
        return any(not f.unverified for f in (*self.hotlines, *self.sms_senders))

    @cached_property
    def has_verified_domains(self) -> bool:
        """The registry knows at least one A/B domain: a host outside them is not its own."""
        return any(not f.unverified for f in self.domains)


@dataclass(frozen=True)
class Channel:
    """A public channel (96110, 12321, 110, 12378, 12368 …)."""

    id: str
    value: str
    name_zh: str
    name_en: str
    purpose_zh: str
    purpose_en: str
    sources: tuple[str, ...]
    grade: str = "C"
    quote: str = ""

    @property
    def source(self) -> str:
        return self.sources[0]


@dataclass(frozen=True)
class Mention:
    institution: str
    start: int
    end: int
    alias: str


@dataclass
class Registry:
    institutions: dict[str, Institution]
    channels: dict[str, Channel]
    path: str = "<memory>"
    _alias_re: Any = field(default=None, repr=False)
    _alias_owner: dict[str, str] = field(default_factory=dict, repr=False)
    _number_owners: dict[str, list[str]] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Registry:
        """Load ``data/institutions.toml`` (or ``path``); raise RegistryError naming file and line."""
        if path is None:
            path = resources.files("verifier.data") / "institutions.toml"
        raw, text, name = read_toml(path, RegistryError)
        where = _Locator(text, name)
        insts: dict[str, Institution] = {}
        alias_owner: dict[str, str] = {}
        for index, entry in enumerate(_entries(raw, "institution", where)):
            inst = _institution(entry, where.block("institution", index), where)
            if inst.id in insts:
                line = where.line(where.block("institution", index), r"^\s*id\s*=")
                raise RegistryError(f"{name}:{line}: duplicate institution id {inst.id!r}")
            for alias in inst.names():
                key = _alias_key(alias)
                if alias_owner.setdefault(key, inst.id) != inst.id:
                    line = where.line(where.block("institution", index), _quoted(alias))
                    raise RegistryError(
                        f"{name}:{line}: alias {alias!r} of {inst.id!r} already names {alias_owner[key]!r}"
                    )
            insts[inst.id] = inst
        channels: dict[str, Channel] = {}
        for index, entry in enumerate(_entries(raw, "channel", where)):
            ch = _channel(entry, where.block("channel", index), where)
            if ch.id in channels:
                line = where.line(where.block("channel", index), r"^\s*id\s*=")
                raise RegistryError(f"{name}:{line}: duplicate channel id {ch.id!r}")
            channels[ch.id] = ch
        return cls(insts, channels, name)

    def __post_init__(self) -> None:
        # Verified numbers -> owners, looked up for every phone in every message.
        for inst in self.institutions.values():
            for fact in (*inst.hotlines, *inst.sms_senders):
                owners = self._number_owners.setdefault(fact.value, []) if not fact.unverified else None
                if owners is not None and inst.id not in owners:
                    owners.append(inst.id)
        owner: dict[str, str] = {}
        for inst in self.institutions.values():
            for alias in inst.names():
                if _alias_key(alias):
                    owner.setdefault(_alias_key(alias), inst.id)
        self._alias_owner = owner
        self._alias_re = re.compile(longest_first(owner)) if owner else None

    def mentions(self, normalized_text: str) -> list[Mention]:
        """Institution names, aliases and products found in normalised text, longest match first."""
        if self._alias_re is None:
            return []
        owner = self._alias_owner
        found = []
        for m in self._alias_re.finditer(normalized_text):
            alias = m.group()  # read once: it is both the key and the value
            start, end = m.span()
            fields = {"institution": owner[alias], "start": start, "end": end, "alias": alias}
            found.append(make_frozen(Mention, fields))  # Mention(...) without the frozen __init__
        return found

    def owners_of_number(self, digits: str) -> list[str]:
        """Institutions for which this number is a verified official hotline or sender."""
        return list(self._number_owners.get(digits, ()))

    @cached_property
    def public_numbers(self) -> frozenset[str]:
        """The numbers of the public channels (96110, 12321 …)."""
        return frozenset(c.value for c in self.channels.values())

    @cached_property
    def _all_domains(self) -> frozenset[str]:
        return frozenset(d.value for inst in self.institutions.values() for d in inst.domains)

    def names_host(self, host: str) -> bool:
        """Whether ``host`` is under a domain of any institution, verified or not: the same as some
        institution's ``host_status(host)`` not being ``not_official``, without asking each one."""
        host = host.lower().rstrip(".")
        domains = self._all_domains
        return host in domains or any(host[i + 1 :] in domains for i, c in enumerate(host) if c == ".")

    @cached_property
    def domain_labels(self) -> re.Pattern[str] | None:
        """Finds the first label, if 4+ characters long, of any institution's domain ("webank" of
        webank.com) anywhere in a string; None when there is none."""
        labels = {
            label
            for inst in self.institutions.values()
            for d in inst.domains
            if len(label := d.value.split(".")[0]) >= 4
        }
        return re.compile("|".join(map(re.escape, sorted(labels)))) if labels else None

    def owners_of_host(self, host: str) -> list[str]:
        """Institutions for which this host is under a verified official domain."""
        return [i.id for i in self.institutions.values() if i.host_status(host) == "official"]

    def channel(self, channel_id: str) -> Channel:
        return self.channels[channel_id]


def _status(value: str, facts: Iterable[Fact], same) -> Status:
    status: Status = "not_official"
    for fact in facts:
        if same(value, fact.value):
            if not fact.unverified:
                return "official"
            status = "unverified"
    return status


def app_key(name: str) -> str:
    """An app's name as compared with the registry's: NFKC, lower case, no spaces, without "手机银行"."""
    return unicodedata.normalize("NFKC", name).lower().replace(" ", "").removesuffix("手机银行")


def longest_first(words: Iterable[str]) -> str:
    """A pattern matching, where one of ``words`` starts, the longest that does: the matches of
    ``"|".join(sorted(words, key=len, reverse=True))``, written as a trie (shared prefixes once), so that
    `re` tries a few branches at a position instead of every word (half the time of the plain alternation
    for the registry's aliases; tests/test_registry.py compares the two)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Where a word also ends here, the longer ones are tried first: a greedy "?" gives up only if none fits.
    return f"(?:{body})?" if "" in node else body


def _alias_key(alias: str) -> str:
    """Aliases are matched against normalised text (NFKC, lower case), so fold them the same way."""
    return unicodedata.normalize("NFKC", alias).lower().strip()


def _quoted(value: str) -> str:
    return "[\"']" + re.escape(value) + "[\"']"


_HEADER = re.compile(r"^\s*\[\[?\s*[\w.\-]+\s*\]\]?\s*(#.*)?$")


class _Locator:
    """Finds the line of an entry, or of a key or value inside it, for error messages."""

    def __init__(self, text: str, name: str) -> None:
        self.text = text
        self.name = name
        self.lines = text.split("\n")
        # Entries end where the next table header ([table] or [[table]]) begins.
        self._headers = [i + 1 for i, line in enumerate(self.lines) if _HEADER.match(line)]

    def block(self, table: str, index: int) -> tuple[int, int]:
        """(first, last) line of the ``index``-th ``[[table]]`` entry; the whole file if not found."""
        heads = table_lines(self.text, table)
        if index >= len(heads):
            return 1, len(self.lines)
        start = heads[index]
        later = [h for h in self._headers if h > start]
        return start, (later[0] - 1 if later else len(self.lines))

    def line(self, span: tuple[int, int], *patterns: str) -> int:
        """Line of the first of ``patterns`` found in order, each searched after the previous one."""
        start, end = span
        found = start
        for pattern in patterns:
            regex = re.compile(pattern)
            for number in range(found, end + 1):
                if regex.search(self.lines[number - 1]):
                    found = number
                    break
            else:
                break
        return found


def _entries(raw: dict, table: str, where: _Locator) -> list[dict]:
    entries = raw.get(table, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise RegistryError(
            f"{where.name}:{find_line(where.text, table)}: {table!r} must be an array of tables"
        )
    return entries


def _facts(entry: dict, key: str, where: _Locator, span: tuple[int, int], inst_id: str) -> tuple[Fact, ...]:
    items = entry.get(key, [])
    if not isinstance(items, list):
        line = where.line(span, rf"^\s*{key}\s*=")
        raise RegistryError(
            f"{where.name}:{line}: {inst_id}.{key} must be a list of {{ value, grade, sources }}"
        )
    facts = []
    for item in items:
        value = str(item.get("value", "")) if isinstance(item, dict) else str(item)
        line = (
            where.line(span, rf"^\s*{key}\s*=", _quoted(value))
            if value
            else where.line(span, rf"^\s*{key}\s*=")
        )
        prefix = f"{where.name}:{line}: {inst_id}.{key}"
        if not isinstance(item, dict) or "value" not in item:
            raise RegistryError(f"{prefix}: every fact is a table with a value, a grade and sources")
        if key in ("hotlines", "sms_senders"):
            value = re.sub(r"\D", "", value)
        value = value.strip()
        if not value:
            raise RegistryError(f"{prefix}: empty value")
        grade, sources, quote = _provenance(item, prefix)
        platform = item.get("platform", False)
        if not isinstance(platform, bool):
            raise RegistryError(f"{prefix}: platform must be true or false")
        facts.append(Fact(value, sources, grade, quote, str(item.get("note", "")), platform))
    return tuple(facts)


def _provenance(item: dict, prefix: str) -> tuple[str, tuple[str, ...], str]:
    """(grade, sources, quote) of a fact or channel, checked."""
    grade = item.get("grade")
    if grade not in GRADES:
        raise RegistryError(f"{prefix}: grade must be one of {', '.join(GRADES)}, not {grade!r}")
    sources = item.get("sources")
    if (
        not isinstance(sources, list)
        or not sources
        or not all(isinstance(x, str) and x.strip() for x in sources)
    ):
        raise RegistryError(f"{prefix}: sources must be a non-empty list of addresses")
    quote = item.get("quote", "")
    if not isinstance(quote, str):
        raise RegistryError(f"{prefix}: quote must be a string")
    return grade, tuple(x.strip() for x in sources), quote


def _channel(entry: dict, span: tuple[int, int], where: _Locator) -> Channel:
    for key in ("id", "value", "name_zh", "name_en", "purpose_zh", "purpose_en"):
        if key not in entry:
            raise RegistryError(f"{where.name}:{where.line(span)}: channel is missing field {key!r}")
    line = where.line(span, r"^\s*grade\s*=")
    prefix = f"{where.name}:{line}: channel {entry['id']}"
    grade, sources, quote = _provenance(entry, prefix)
    return Channel(
        id=str(entry["id"]),
        value=str(entry["value"]),
        name_zh=str(entry["name_zh"]),
        name_en=str(entry["name_en"]),
        purpose_zh=str(entry["purpose_zh"]),
        purpose_en=str(entry["purpose_en"]),
        sources=sources,
        grade=grade,
        quote=quote,
    )


def _names(entry: dict, key: str, where: _Locator, span: tuple[int, int], inst_id: str) -> tuple[str, ...]:
    names = entry.get(key, [])
    if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
        line = where.line(span, rf"^\s*{key}\s*=")
        raise RegistryError(f"{where.name}:{line}: {inst_id}.{key} must be a list of non-empty strings")
    return tuple(names)


def _institution(entry: dict, span: tuple[int, int], where: _Locator) -> Institution:
    for key in ("id", "name", "kind"):
        if key not in entry:
            raise RegistryError(f"{where.name}:{span[0]}: institution is missing field {key!r}")
    inst_id = str(entry["id"])
    return Institution(
        id=inst_id,
        name=str(entry["name"]),
        name_en=str(entry.get("name_en", entry["name"])),
        kind=str(entry["kind"]),
        aliases=_names(entry, "aliases", where, span, inst_id),
        products=_names(entry, "products", where, span, inst_id),
        **{
            k: _facts(entry, k, where, span, inst_id)
            for k in ("hotlines", "sms_senders", "domains", "apps", "wechat")
        },
    )
