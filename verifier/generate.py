# ruff: noqa: E501  (template lines are Chinese text, which counts double width; splitting them hurts reading)
"""The documented corpus generator: labelled overdue-loan SMS composed from template families.

No public labelled corpus of Chinese overdue-loan SMS (genuine / spoofed / mistaken / scam) was available,
so the training and evaluation corpus is *generated*. Every message comes from a **template family**: a
distinct phrasing style and structure (not just synonyms) whose slots are filled at random — institution
(name, alias or product, taken from the registry), amounts, dates, card tails, fake names, official or fake
numbers and links, tone — and a random fraction gets evasion tricks (traditional characters, full-width
digits, zero-width spaces, "微 信"/"薇信"/"V信"). The label follows from the recipe of the family:

* genuine: official sender (a verified registry SMS sender or hotline) or none; only verified official
  hotlines / apps / domains of the claimed institution in the text; addressed to the borrower.
* spoofed: the same kind of notice, but the sender is a mobile / virtual number, or the callback number or
  link is not the institution's official one; no explicit payment-to-a-person request.
* mistaken: an official-looking notice through official channels that reached the wrong person (other name,
  ``has_account=False``, "请转告…", "如您不是…本人", "紧急联系人", recycled number).
* scam: the text itself shows fraud (personal card / 安全账户 / personal Alipay-WeChat, fees to repair credit
  or cancel campus loans, verification codes, apps and screen sharing, fake court enforcement demanding a
  transfer, "停息挂账" agents, unfreeze fees).

Whole families are assigned to ``train`` or ``test`` (about 70/30 per label, fixed by a hash of the family
id, independent of the seed), so test families are never seen in training. The *blind* families (ids
``x_…``, ``Family.blind``) were written without reading the rules or the checks and are always in ``test``;
they come after the ordinary families, so the ordinary rows do not change (see data/README.md).

All names, numbers and card numbers are made up at random; nothing is taken from real people.

Rebuild the shipped corpus (byte-identical for the same registry and seed)::

    python -m verifier.generate --out data/corpus/messages.jsonl --seed 0
    python -m verifier.generate --stats        # class balance per split of the shipped corpus
    python -m verifier.generate --families     # the family table (id, label, split, style)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from verifier.registry import Institution, Registry

LABELS = ("genuine", "spoofed", "mistaken", "scam")
DEFAULT_N_PER_FAMILY = 250
TEST_FRACTION = 0.3
MAX_TEXT = 500

#: Order of the keys in every corpus row (and so in the JSONL file).
ROW_KEYS = (
    "text",
    "sender",
    "recipient_name",
    "has_account",
    "received_at",
    "label",
    "source",
    "family",
    "split",
    "institution",
)

# ---------------------------------------------------------------------------------------------- slot pools

SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = (
    "伟明 秀英 建华 丽娟 志强 海燕 国庆 晓东 春梅 文博 子涵 雨桐 浩然 欣怡 俊杰 佳琪 宇航 思远 玉兰 桂芳 "
    "建国 红霞 立新 晓丽 家豪 梓萱 一鸣 雅婷 振宇 美玲 德华 凤英 明辉 海波 淑珍 永强 婷婷 晨阳 静怡 少华 "
    "宏伟 丽萍 小军 亚楠 天宇 若曦 嘉欣 文静 志明 云飞"
).split()

# Well-known real 95xxx service numbers never produced as "fake" numbers, whatever the registry holds.
_KNOWN_95 = frozenset(
    "95588 95533 95599 95566 95555 95559 95561 95568 95595 95528 95558 95577 95580 95501 95511 95518 95522 "
    "95519 95500 95188 95017 95016 95118 95395 95384 95516 95508 95526 95548 95530 95527 95575 95585 95596 "
    "95567 95569 95594 95386 95137 95055 95735 95777 95079 95105 95123 95138".split()
)

BANKS_FOR_CARDS = (
    "工商银行",
    "建设银行",
    "农业银行",
    "中国银行",
    "邮储银行",
    "交通银行",
    "招商银行",
    "农商银行",
)
CITIES = (
    "北京",
    "上海",
    "广州",
    "深圳",
    "杭州",
    "南京",
    "武汉",
    "成都",
    "重庆",
    "西安",
    "长沙",
    "郑州",
    "济南",
    "合肥",
)
DISTRICTS = (
    "朝阳区",
    "海淀区",
    "浦东新区",
    "天河区",
    "南山区",
    "西湖区",
    "江宁区",
    "武昌区",
    "锦江区",
    "雁塔区",
)
FAKE_APPS = ("安心借", "e企贷", "云闪还", "速清宝", "贷后服务", "金融助手", "信用管家", "惠民结清", "银保通")
MEETING_APPS = ("腾讯会议", "钉钉", "ZOOM", "云视讯")
SHORT_HOSTS = ("t.cn", "dwz.cn", "url.cn", "suo.im", "c7.gg", "3.cn")
BAD_TLDS = ("top", "cc", "xyz", "vip", "icu", "shop", "club", "site", "ltd", "work")
AGENTS = ("诚信资产管理", "鼎盛法务服务", "华信商务咨询", "汇通资产", "正和律师事务所调解中心", "金盾风控")

THIRD_PARTY_RE = re.compile(
    r"请转告|转告|紧急联系人|联系人|不是.{0,6}本人|非本人|易主|联系不上|如您认识|代为转达|登记用户|提醒其|通知其"
)


@lru_cache(maxsize=1)
def _opencc():
    import opencc

    return opencc.OpenCC("s2t"), opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def fake_names() -> tuple[str, ...]:
    """The finite pool of fake three-character names (surname + given), stable under s2t→t2s."""
    s2t, t2s = _opencc()
    names = []
    for i, s in enumerate(SURNAMES):
        for j, g in enumerate(GIVEN):
            if (i * 7 + j * 3) % 5 == 0:  # a fixed sparse subset: a few hundred names
                name = s + g
                if t2s.convert(s2t.convert(name)) == name:
                    names.append(name)
    return tuple(names)


def mask_forms(name: str) -> tuple[str, ...]:
    """How notices write a name partly hidden: 张*明, 张**, 张先生 / 张女士."""
    return (name[0] + "*" + name[-1], name[0] + "**", name[0] + "先生", name[0] + "女士")


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


# -------------------------------------------------------------------------------------------------- slots


class Slots:
    """Random slot values for one message; ``now`` is the (naive, China time) reception time."""

    def __init__(self, rng: random.Random, reg: Registry, now: datetime) -> None:
        self.rng = rng
        self.reg = reg
        self.now = now
        self._taken = {f.value for i in reg.institutions.values() for f in (*i.hotlines, *i.sms_senders)}

    # -- institution
    def pick(self, pool: list[Institution]) -> Institution:
        return self.rng.choice(pool)

    def ref(self, inst: Institution) -> str:
        cjk = [a for a in inst.aliases if re.search(r"[\u4e00-\u9fff]", a) and len(a) >= 2]
        return self.rng.choice([inst.name, inst.name, *cjk])

    def brand(self, inst: Institution) -> str:
        return inst.name

    def product(self, inst: Institution) -> str:
        if inst.products and self.rng.random() < 0.6:
            return self.rng.choice(inst.products)
        return self.ref(inst)

    def hotline(self, inst: Institution) -> str | None:
        vals = [f.value for f in inst.hotlines if not f.unverified]
        return self.fmt_number(self.rng.choice(vals)) if vals else None

    def sender(self, inst: Institution) -> str | None:
        vals = [f.value for f in inst.sms_senders if not f.unverified] or [
            f.value for f in inst.hotlines if not f.unverified
        ]
        return self.rng.choice(vals) if vals else None

    def app(self, inst: Institution) -> str:
        vals = [f.value for f in inst.apps if not f.unverified]
        return self.rng.choice(vals) if vals else inst.name

    def domain(self, inst: Institution) -> str | None:
        vals = [f.value for f in inst.domains if not f.unverified]
        return self.rng.choice(vals) if vals else None

    def official_link(self, inst: Institution) -> str | None:
        d = self.domain(inst)
        if d is None:
            return None
        path = self.rng.choice(["", "/loan", "/repay", "/m/repay", "/service"])
        return self.rng.choice(["https://www.", "https://", "www."]) + d + path

    def slug(self, inst: Institution) -> str:
        d = self.domain(inst) or next((f.value for f in inst.domains), None)
        if d:
            return d.split(".")[0]
        s = re.sub(r"[^a-z0-9]", "", inst.name_en.lower()) or re.sub(r"[^a-z0-9]", "", inst.id.lower())
        return s[:12] or "loan"

    # -- people
    def name(self, avoid: str | None = None) -> str:
        pool = fake_names()
        while True:
            n = self.rng.choice(pool)
            if avoid is None or n[0] != avoid[0]:
                return n

    def greet_form(self, name: str) -> str:
        r = self.rng.random()
        if r < 0.5:
            return name
        if r < 0.75:
            return self.rng.choice([name[0] + "*" + name[-1], name[0] + "**"])
        return name[0] + self.rng.choice(["先生", "女士"])

    def self_greeting(self) -> tuple[str, str | None]:
        """(greeting, recipient_name) for a notice addressed to the recipient (or generic)."""
        r = self.rng.random()
        if r < 0.3:
            rec = self.name() if self.rng.random() < 0.5 else None
            return self.rng.choice(["尊敬的客户", "尊敬的用户", "您好", "亲爱的客户"]), rec
        n = self.name()
        return self.greet_form(n), (n if self.rng.random() < 0.7 else None)

    def other_greeting(self) -> tuple[str, str]:
        """(greeting of someone else, recipient_name): the names differ in surname."""
        rec = self.name()
        other = self.name(avoid=rec)
        return self.greet_form(other), rec

    # -- money, time, cards
    def money(self, lo: float = 300, hi: float = 60000) -> float:
        return round(self.rng.uniform(lo, hi), 2)

    def amount(self, lo: float = 300, hi: float = 60000) -> str:
        x = self.money(lo, hi)
        return self.rng.choice([f"{x:,.2f}元", f"{x:.2f}元", f"人民币{x:.2f}元", f"{int(x)}元", f"¥{x:.2f}"])

    def days(self, lo: int = 1, hi: int = 180) -> int:
        return self.rng.randint(lo, hi)

    def date(self, offset_days: int) -> str:
        d = self.now + timedelta(days=offset_days)
        return self.rng.choice(
            [
                f"{d.month}月{d.day}日",
                f"{d.year}年{d.month}月{d.day}日",
                f"{d:%Y/%m/%d}",
                f"{d.month:02d}月{d.day:02d}日",
            ]
        )

    def tail(self) -> str:
        return f"{self.rng.randint(0, 9999):04d}"

    def card(self) -> str:
        body = "62" + "".join(str(self.rng.randint(0, 9)) for _ in range(self.rng.choice([13, 14, 16])))
        check = _luhn_digit(body)
        if self.rng.random() < 0.5:  # some Luhn-valid, some not
            check = str((int(check) + self.rng.randint(1, 9)) % 10)
        return body + check

    def spaced_card(self, card: str) -> str:
        if self.rng.random() < 0.5:
            return card
        return " ".join(card[i : i + 4] for i in range(0, len(card), 4))

    # -- numbers and links that are not official
    def fmt_number(self, digits: str) -> str:
        if len(digits) == 10 and digits.startswith(("400", "800")) and self.rng.random() < 0.6:
            return f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"
        return digits

    def _free(self, make: Callable[[], str]) -> str:
        while True:
            v = make()
            if v not in self._taken and v not in _KNOWN_95:
                return v

    def mobile(self) -> str:
        return self._free(
            lambda: "1" + self.rng.choice("3456789") + "".join(str(self.rng.randint(0, 9)) for _ in range(9))
        )

    def virtual(self) -> str:
        return self._free(
            lambda: (
                self.rng.choice(["170", "171", "162", "165", "167"])
                + "".join(str(self.rng.randint(0, 9)) for _ in range(8))
            )
        )

    def fake400(self) -> str:
        return self._free(lambda: "400" + "".join(str(self.rng.randint(0, 9)) for _ in range(7)))

    def fake95(self) -> str:
        return self._free(lambda: "95" + "".join(str(self.rng.randint(0, 9)) for _ in range(3)))

    def landline(self) -> str:
        area = self.rng.choice(["010", "021", "020", "0755", "0571", "025", "027", "028", "029", "0731"])
        return self._free(lambda: area + "".join(str(self.rng.randint(0, 9)) for _ in range(8)))

    def port1069(self) -> str:
        return self._free(
            lambda: "1069" + "".join(str(self.rng.randint(0, 9)) for _ in range(self.rng.randint(6, 10)))
        )

    def bad_sender(self) -> str:
        return self.rng.choice([self.mobile, self.mobile, self.virtual, self.virtual, self.port1069])()

    def fake_callback(self) -> str:
        f = self.rng.choice(
            [self.fake400, self.fake400, self.fake95, self.landline, self.mobile, self.virtual]
        )
        return self.fmt_number(f())

    def _rand_alnum(self, k: int) -> str:
        return "".join(
            self.rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(k)
        )

    def lookalike_link(self, inst: Institution) -> str:
        s = self.slug(inst)
        host = self.rng.choice(
            [
                f"{s}-kf.{self.rng.choice(BAD_TLDS)}",
                f"{s}-hk.{self.rng.choice(BAD_TLDS)}",
                f"{s}{self.rng.randint(1, 99)}.com",
                f"www.{s}.com.{self._rand_alnum(4).lower()}.cn",
                f"m.{s}-pay.{self.rng.choice(BAD_TLDS)}",
                f"{s}-dh.{self.rng.choice(BAD_TLDS)}",
                f"{s}.repay-{self.rng.randint(10, 99)}.com",
            ]
        )
        if self.reg.owners_of_host(host):  # never a verified host by accident
            host = f"{s}-kf.top"
        return (
            self.rng.choice(["", "http://", "https://"]) + host + self.rng.choice(["", "/h5", "/repay", "/m"])
        )

    def short_link(self) -> str:
        return f"{self.rng.choice(SHORT_HOSTS)}/{self._rand_alnum(self.rng.randint(5, 8))}"

    def ip_link(self, inst: Institution) -> str:
        ip = ".".join(str(self.rng.randint(1, 254)) for _ in range(4))
        port = self.rng.choice(["", ":8080", ":8888", ":9000"])
        return f"http://{ip}{port}/{self.slug(inst)}"

    def bad_link(self, inst: Institution) -> str:
        return self.rng.choice(
            [self.lookalike_link, self.lookalike_link, lambda _i: self.short_link(), self.ip_link]
        )(inst)

    def wxid(self) -> str:
        return (
            self.rng.choice(["kf", "dh", "fw", "zx", "jq"]) + self._rand_alnum(self.rng.randint(4, 7)).lower()
        )

    def case_no(self) -> str:
        return f"（{self.now.year}）{self.rng.choice('京沪粤浙苏鄂川渝陕湘豫鲁皖')}{self.rng.randint(100, 9999):04d}民初{self.rng.randint(1000, 99999)}号"

    def court(self) -> str:
        return self.rng.choice(CITIES) + "市" + self.rng.choice(DISTRICTS) + "人民法院"

    def code_len(self) -> int:
        return self.rng.choice([4, 6, 6])

    def opt(self, text: str, p: float = 0.5) -> str:
        return text if self.rng.random() < p else ""

    def sign(self, inst: Institution, text: str) -> str:
        """Put the 【brand】 signature at the start, at the end, or leave it out."""
        r = self.rng.random()
        if r < 0.5:
            return f"【{self.brand(inst)}】{text}"
        if r < 0.8:
            return f"{text}【{self.brand(inst)}】"
        return text


# ------------------------------------------------------------------------------------------------ families

Msg = dict[str, Any]


@dataclass(frozen=True)
class Family:
    id: str
    label: str
    style: str
    build: Callable[[Slots, dict[str, list[Institution]]], Msg]
    #: written blind (see BLIND_PREFIX): always in split "test", never part of the hashed train/test split
    blind: bool = False


def _official_sender(s: Slots, inst: Institution) -> str | None:
    return s.sender(inst) if s.rng.random() < 0.7 else None


def _hl(s: Slots, inst: Institution, fallback: str = "官方客服热线") -> str:
    return s.hotline(inst) or fallback


def _msg(
    text: str, inst: Institution, sender: str | None, recipient: str | None, has_account: bool | None
) -> Msg:
    return {
        "text": text,
        "sender": sender,
        "recipient_name": recipient,
        "has_account": has_account,
        "inst": inst,
    }


def _self_account(s: Slots) -> bool | None:
    return True if s.rng.random() < 0.5 else None


# -- genuine ------------------------------------------------------------------------------------------------


def g_due_app(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}，您的{s.product(inst)}借款本期应还{s.amount()}，已于{s.date(-s.days(1, 20))}到期未还，"
        f"请尽快登录{s.app(inst)}App完成还款{s.opt('，以免产生罚息并影响个人征信')}。如已还款请忽略。"
    )
    return _msg(s.sign(inst, text), inst, _official_sender(s, inst), rec, _self_account(s))


def g_overdue_itemized(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}您好：您在{s.ref(inst)}的借款已逾期{s.days()}天，当前应还金额{s.amount()}"
        f"（含罚息{s.money(5, 800):.2f}元）。请于{s.date(s.days(1, 7))}前还款。"
        f"详询{_hl(s, inst)}。"
    )
    return _msg(s.sign(inst, text), inst, _official_sender(s, inst), rec, _self_account(s))


def g_negotiate(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}，感谢您一直以来对{s.ref(inst)}的支持。我们留意到您有一笔贷款已经逾期，"
        f"{s.rng.choice(['如您目前还款确有困难', '若您近期经济状况发生变化', '考虑到您的实际情况'])}，"
        f"可主动联系我们协商还款方案。请拨打客服热线{_hl(s, inst)}，或通过{s.app(inst)}App在线客服咨询。"
    )
    return _msg(s.sign(inst, text), inst, _official_sender(s, inst), rec, _self_account(s))


def g_autodebit_failed(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    text = (
        f"{s.brand(inst)}提醒：{greet}，您尾号{s.tail()}的还款卡{s.date(-s.days(1, 10))}自动扣款失败，"
        f"{s.product(inst)}账单{s.amount()}已逾期。请确保卡内余额充足，或在{s.app(inst)}App主动还款。"
    )
    return _msg(text, inst, _official_sender(s, inst), rec, _self_account(s))


def g_credit_report(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    link = s.official_link(inst)
    channel = f"{s.app(inst)}App" + (f"或官网{link}" if link and s.rng.random() < 0.6 else "")
    text = (
        f"{greet}，您的借款逾期已超过{s.days(30, 120)}天，逾期信息将按规定报送金融信用信息基础数据库。"
        f"为避免对您的信用造成进一步影响，请尽快通过官方渠道还款：{channel}。"
    )
    return _msg(s.sign(inst, text), inst, _official_sender(s, inst), rec, _self_account(s))


def g_terse(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    _, rec = s.self_greeting()
    hl = s.hotline(inst)
    text = (
        f"{s.brand(inst)}：您{s.product(inst)}账单逾期{s.days(1, 60)}天，欠款{s.amount()}，请今日还款。"
        + (f"客服{hl}" if hl else "")
    )
    return _msg(text, inst, _official_sender(s, inst), rec, _self_account(s))


def g_plan_approved(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    k = s.rng.choice([3, 6, 12, 24])
    text = (
        f"{greet}，您申请的{s.rng.choice(['分期还款', '延期还款', '个性化还款'])}方案已审核通过：首期{s.amount(100, 5000)}"
        f"需于{s.date(s.days(3, 15))}前还款，共{k}期。请在{s.app(inst)}App查看详情。"
        f"{s.opt('我们不会要求您向任何个人账户转账，谨防诈骗。', 0.6)}"
    )
    return _msg(
        s.sign(inst, text), inst, _official_sender(s, inst), rec, True if s.rng.random() < 0.7 else None
    )


def g_agent_entrusted(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}您好，受{s.ref(inst)}委托，现就您{s.product(inst)}的逾期欠款{s.amount()}提醒您尽快处理。"
        f"还款请只通过{s.app(inst)}App办理，如有疑问请致电{s.ref(inst)}官方客服{_hl(s, inst)}核实。"
    )
    return _msg(text, inst, None, rec, _self_account(s))


def g_firm_legal(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}，您的借款已严重逾期{s.days(60, 365)}天，经多次提醒仍未处理。"
        f"如仍未还款，{s.rng.choice(['我行', '我司', '本机构'])}将依据借款合同约定，保留通过法律途径追收的权利。"
        f"请立即通过{s.app(inst)}App还款，或致电{_hl(s, inst)}。"
    )
    return _msg(s.sign(inst, text), inst, _official_sender(s, inst), rec, _self_account(s))


def g_push_link(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    _, rec = s.self_greeting()
    link = s.official_link(inst)
    where = f"点击{link} 或打开{s.app(inst)}App" if link else f"打开{s.app(inst)}App"
    text = f"您有一笔{s.product(inst)}待还款{s.amount()}，已逾期{s.days(1, 30)}天，{where}还款。"
    return _msg(s.sign(inst, text), inst, _official_sender(s, inst), rec, _self_account(s))


# -- spoofed -----------------------------------------------------------------------------------------------


def s_mobile_sender(s: Slots, p: dict) -> Msg:
    m = g_due_app(s, p) if s.rng.random() < 0.5 else g_overdue_itemized(s, p)
    m["sender"] = s.rng.choice([s.mobile, s.virtual])()
    return m


def s_fake_hotline(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}：您在{s.ref(inst)}的{s.product(inst)}已逾期{s.days()}天，待还{s.amount()}。"
        f"请于{s.date(s.days(1, 3))}前致电{s.rng.choice(['客服专线', '贷后服务热线', '协商专线'])}{s.fake_callback()}处理，"
        f"{s.rng.choice(['逾期将影响征信。', '以免影响您的信用记录。', '过期不候。'])}"
    )
    sender = s.rng.choice([None, s.bad_sender(), s.bad_sender()])
    return _msg(s.sign(inst, text), inst, sender, rec, _self_account(s))


def s_lookalike_link(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    _, rec = s.self_greeting()
    text = (
        f"您的{s.product(inst)}借款已逾期，{s.rng.choice(['请点击', '请登录', '请访问'])} {s.lookalike_link(inst)} "
        f"查看账单并处理，{s.rng.choice(['逾期将上报征信', '超时将影响您的信用', '否则将关闭借款额度'])}。"
    )
    sender = s.rng.choice([None, s.bad_sender()])
    return _msg(s.sign(inst, text), inst, sender, rec, _self_account(s))


def s_short_link(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    text = f"{s.ref(inst)}提醒您：{greet}，您有{s.amount()}逾期未处理，立即处理 {s.short_link()} {s.opt('回T退订', 0.6)}"
    return _msg(text.strip(), inst, s.rng.choice([None, s.bad_sender()]), rec, _self_account(s))


def s_ip_link(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    _, rec = s.self_greeting()
    text = (
        f"尊敬的{s.ref(inst)}用户，系统检测到您的账户存在逾期记录，请于{s.rng.choice(['24小时', '今日', '48小时'])}内"
        f"登录 {s.ip_link(inst)} 核实账单，否则将冻结您的额度。"
    )
    return _msg(text, inst, s.rng.choice([None, s.bad_sender()]), rec, _self_account(s))


def s_callback_officer(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    officer = s.name()[0] + s.rng.choice(["经理", "专员", "主管"])
    text = (
        f"{greet}，您{s.product(inst)}欠款{s.amount()}已转入贷后处理，请今日内回电{s.rng.choice([s.mobile, s.virtual])()}"
        f"（贷后{officer}）处理，{s.rng.choice(['否则将安排外访人员上门核实。', '否则将联系您的通讯录联系人。', '逾期不处理后果自负。'])}"
    )
    return _msg(text, inst, s.rng.choice([None, s.bad_sender()]), rec, _self_account(s))


def s_wechat_kefu(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    text = (
        f"{s.ref(inst)}贷后中心：{greet}，您的借款已逾期{s.days()}天。如需协商减免，请添加"
        f"{s.rng.choice(['客服微信', '专属客服微信', '协商专员微信'])}：{s.wxid()}，{s.opt('或QQ ' + str(s.rng.randint(10**8, 10**10)) + '，', 0.4)}"
        f"工作人员将为您核实账单。"
    )
    return _msg(text, inst, s.rng.choice([None, s.bad_sender()]), rec, _self_account(s))


def s_fake_service_port(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    _, rec = s.self_greeting()
    fake = s.fake95()
    text = (
        f"{s.ref(inst)}官方通知：您的{s.product(inst)}账户已逾期，为保障您的信用，请尽快拨打官方客服{fake}"
        f"{s.rng.choice(['转人工', '按0转人工', ''])}处理。"
    )
    return _msg(s.sign(inst, text), inst, s.rng.choice([fake, s.port1069()]), rec, _self_account(s))


def s_mixed_numbers(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}，您在{s.ref(inst)}的借款已逾期{s.days()}天。"
        f"{'查询账单请拨' + s.hotline(inst) + '，' if s.hotline(inst) else ''}"
        f"办理{s.rng.choice(['协商还款', '减免罚息', '延期还款'])}请拨专线{s.fake_callback()}。"
    )
    return _msg(
        s.sign(inst, text), inst, s.rng.choice([None, _official_sender(s, inst)]), rec, _self_account(s)
    )


def s_legal_dept(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    text = (
        f"{s.ref(inst)}法务部通知：{greet}，您的逾期案件已进入法务审核阶段，"
        f"请于{s.date(s.days(1, 3))}前致电{s.fake_callback()}说明情况，"
        f"{s.rng.choice(['逾期未回复视为放弃协商。', '否则将提交诉讼。', '以免案件升级。'])}"
    )
    return _msg(text, inst, s.rng.choice([None, s.bad_sender(), s.bad_sender()]), rec, _self_account(s))


# -- mistaken ----------------------------------------------------------------------------------------------


def m_name_mismatch(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.other_greeting()
    text = (
        f"{greet}，您的{s.product(inst)}借款本期应还{s.amount()}，已逾期{s.days(1, 30)}天，"
        f"请尽快登录{s.app(inst)}App还款。"
    )
    return _msg(s.sign(inst, text), inst, _official_sender(s, inst), rec, s.rng.choice([False, None, None]))


def m_please_relay(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    other = s.name()
    text = (
        f"您好，请转告{s.rng.choice([other, other[0] + '先生', other[0] + '女士', other[0] + '*' + other[-1]])}"
        f"尽快联系我们处理其在{s.ref(inst)}的逾期借款，客服{_hl(s, inst)}。"
    )
    rec = s.name(avoid=other) if s.rng.random() < 0.5 else None
    return _msg(s.sign(inst, text), inst, _official_sender(s, inst), rec, s.rng.choice([False, None]))


def m_if_not_self(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.other_greeting()
    text = (
        f"{greet}您好，您在{s.ref(inst)}的借款已逾期，请及时还款。"
        f"如您不是{greet}本人，请忽略本短信{s.opt('并致电' + _hl(s, inst) + '告知，我们将更新联系方式', 0.6)}。"
    )
    if s.rng.random() < 0.4:
        rec = None
    return _msg(s.sign(inst, text), inst, _official_sender(s, inst), rec, s.rng.choice([False, None]))


def m_emergency_contact(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    other = s.name()
    text = (
        f"您好，您是{other}在{s.ref(inst)}登记的紧急联系人，其借款已逾期{s.days()}天，"
        f"麻烦您提醒其尽快还款或联系{_hl(s, inst)}。"
    )
    rec = s.name(avoid=other) if s.rng.random() < 0.5 else None
    return _msg(s.sign(inst, text), inst, _official_sender(s, inst), rec, s.rng.choice([False, None]))


def m_no_account(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet = s.rng.choice(["尊敬的客户", "尊敬的用户", "您好"])
    text = (
        f"{greet}，您在{s.ref(inst)}的借款已逾期{s.days()}天，应还{s.amount()}，"
        f"请尽快通过{s.app(inst)}App还款，如有疑问请致电{_hl(s, inst)}。"
    )
    rec = s.name() if s.rng.random() < 0.5 else None
    return _msg(s.sign(inst, text), inst, _official_sender(s, inst), rec, False)


def m_masked_other(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = s.name(avoid=rec)
    text = (
        f"{other[0]}*{other[-1]}，您尾号{s.tail()}的账户于{s.date(-s.days(1, 40))}扣款失败，"
        f"您的{s.product(inst)}借款已产生逾期，请关注{s.app(inst)}App消息。"
    )
    return _msg(s.sign(inst, text), inst, _official_sender(s, inst), rec, s.rng.choice([False, None]))


def m_cannot_reach(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    other = s.name()
    text = (
        f"您好，这里是{s.ref(inst)}客服，我们联系不上{other}，如您认识{other}，"
        f"请转告其登录{s.app(inst)}App处理逾期账单。打扰了，谢谢！"
    )
    rec = s.name(avoid=other) if s.rng.random() < 0.6 else None
    return _msg(text, inst, _official_sender(s, inst), rec, s.rng.choice([False, None]))


def m_terse_other(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = s.name(avoid=rec)
    text = f"{s.brand(inst)}：{other}，您的{s.product(inst)}借款已逾期{s.days(1, 90)}天，请及时还款。"
    return _msg(text, inst, _official_sender(s, inst), rec, s.rng.choice([False, None]))


def m_recycled_number(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    other = s.name()
    text = (
        f"尊敬的用户您好，本号码登记用户{other[0]}*{other[-1]}在{s.ref(inst)}有一笔逾期借款。"
        f"若本号码已易主，请回复“非本人”{s.opt('或致电' + _hl(s, inst), 0.5)}，我们将停止发送。"
    )
    rec = s.name(avoid=other) if s.rng.random() < 0.5 else None
    return _msg(text, inst, _official_sender(s, inst), rec, s.rng.choice([False, False, None]))


def m_same_name_no_account(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    k = s.rng.randint(2, 12)
    text = (
        f"{s.greet_form(rec)}，您的{s.product(inst)}第{k}期账单{s.amount()}逾期未还，"
        f"逾期罚息按日计收，请尽快在{s.app(inst)}App处理。"
    )
    return _msg(s.sign(inst, text), inst, _official_sender(s, inst), rec, False)


# -- scam --------------------------------------------------------------------------------------------------


def _scam_sender(s: Slots, inst: Institution) -> str | None:
    r = s.rng.random()
    if r < 0.05:  # a spoofed official sender ID (fake base station): the text still gives it away
        return s.sender(inst)
    if r < 0.3:
        return None
    return s.bad_sender()


def c_personal_card(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    card = s.spaced_card(s.card())
    text = (
        f"{greet}，您在{s.ref(inst)}的欠款{s.amount()}已逾期，为避免上报征信，"
        f"请今日内将{s.rng.choice(['欠款', '结清款', '最低还款'])}转入对公专员个人账户："
        f"{s.rng.choice(BANKS_FOR_CARDS)} {card} 户名：{s.name()}，转账后截图回复本号码。"
    )
    return _msg(s.sign(inst, text), inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def c_safe_account(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}，系统检测到您的{s.product(inst)}账户存在异常逾期数据，需将账户资金转入"
        f"{s.rng.choice(['安全账户', '监管安全账户', '验资安全账户'])}{s.spaced_card(s.card())}进行核验，"
        f"核验完成后原路退回，{s.rng.choice(['请勿告知他人。', '逾期不操作将冻结账户。'])}"
    )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def c_credit_repair(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    contact = s.rng.choice([f"微信{s.wxid()}", f"电话{s.mobile()}", f"QQ{s.rng.randint(10**8, 10**10)}"])
    text = (
        f"{s.rng.choice(['征信修复', '逾期记录清除', '征信洗白'])}：内部渠道，可消除{s.ref(inst)}等机构逾期记录，"
        f"缴纳{s.money(500, 8000):.0f}元手续费{s.rng.choice(['当天出结果', '三个工作日上报撤销', '不成功全额退款'])}，"
        f"联系{contact}"
    )
    return _msg(text, inst, _scam_sender(s, inst), None, s.rng.choice([True, False, None]))


def c_campus_loan(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}，经核查您在校期间注册的{s.ref(inst)}校园贷账户未注销，根据最新监管规定须于今日注销，"
        f"否则将影响个人征信。注销需先将账户额度{s.amount(2000, 50000)}转出清零，请联系专员{s.fake_callback()}办理。"
    )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def c_verification_code(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    n = s.code_len()
    text = (
        f"{greet}，您的{s.product(inst)}逾期可申请减免罚息，已为您提交减免申请。"
        f"稍后您将收到{n}位验证码，请将验证码{s.rng.choice(['回复本号码', '告知来电专员', '发送至专员微信'])}完成身份核验，"
        f"{s.rng.choice(['超时作废。', '逾期不办理视为放弃。'])}"
    )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def c_app_screen_share(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    if s.rng.random() < 0.5:
        step = f"下载{s.rng.choice(FAKE_APPS)}App（{s.bad_link(inst)}）"
    else:
        step = f"下载{s.rng.choice(MEETING_APPS)}，加入会议号{s.rng.randint(10**8, 10**9)}并开启屏幕共享"
    text = f"{greet}，您的{s.ref(inst)}借款逾期需人工处理，请{step}，由专员远程指导您完成还款和征信更正。"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def c_court_transfer(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    amt = s.amount(3000, 90000)
    text = (
        f"【{s.court()}】{greet}，因您拖欠{s.ref(inst)}借款{amt}，本院已立案，案号{s.case_no()}，现已进入执行程序。"
        f"请于今日{s.rng.randint(15, 18)}点前将执行款转入{s.rng.choice(['法院执行专户', '执行款账户', '指定账户'])}"
        f"{s.spaced_card(s.card())}（户名{s.name()}），否则将冻结名下财产并纳入失信被执行人名单。"
    )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def c_stop_interest_agent(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    wx = s.rng.choice(["微信", "微信", "V信", "VX"])
    text = (
        f"{s.rng.choice(AGENTS)}：专业办理{s.ref(inst)}、信用卡、网贷停息挂账，协商分期{s.rng.choice([36, 48, 60])}期，"
        f"成功率99%，前期仅需缴纳服务费{s.money(300, 3000):.0f}元，{wx}：{s.wxid()}"
    )
    return _msg(text, inst, _scam_sender(s, inst), None, s.rng.choice([True, False, None]))


def c_unfreeze_fee(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}，您在{s.ref(inst)}的{s.rng.choice(['借款', '结清款', '贷款额度'])}因{s.rng.choice(['银行卡号填写错误', '逾期记录', '流水不足'])}被冻结，"
        f"需缴纳解冻金{s.money(500, 9000):.2f}元至{s.rng.choice(BANKS_FOR_CARDS)}{s.spaced_card(s.card())}后方可解冻，"
        f"解冻后连同借款一并退还。"
    )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def c_personal_wallet(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    wallet = s.rng.choice(["支付宝", "微信"])
    text = (
        f"{greet}，您{s.product(inst)}的逾期欠款现可一次性结清仅需{s.amount(200, 20000)}，可减免罚息{s.money(50, 2000):.0f}元。"
        f"请通过{wallet}转账至{s.mobile()}（{s.name()[0]}*{s.rng.choice(GIVEN)[-1]}），备注身份证后四位，转账后即可结清。"
    )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


# -- blind held-out families ---------------------------------------------------------------------------------
#
# Written "blind": from general knowledge of 2024–2026 Chinese bank / lender / agency / fraud SMS, without
# reading the project's rules, checks, extraction, normalisation or feature code, and without running the
# verifier on these messages. Their ids start with ``x_``, they are always in split ``test`` and they use
# the same slot machinery (verified official channels only for genuine / mistaken, made-up channels for
# spoofed / scam). See data/README.md, "Blind held-out families".

BLIND_PREFIX = "x_"
#: Rows per blind family, as a share of ``n_per_family`` (keeps the corpus small; equal for every label).
BLIND_SHARE = 0.8

_PINYIN_SURNAMES = dict(
    zip(
        "张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹",
        "ZHANG WANG LI ZHAO LIU CHEN YANG HUANG ZHOU WU XU SUN MA ZHU HU GUO HE LIN LUO GAO ZHENG LIANG XIE "
        "SONG TANG XU HAN FENG DENG CAO".split(),
        strict=True,
    )
)
_PINYIN_GIVEN = dict(
    zip(
        GIVEN,
        "WEIMING XIUYING JIANHUA LIJUAN ZHIQIANG HAIYAN GUOQING XIAODONG CHUNMEI WENBO ZIHAN YUTONG HAORAN "
        "XINYI JUNJIE JIAQI YUHANG SIYUAN YULAN GUIFANG JIANGUO HONGXIA LIXIN XIAOLI JIAHAO ZIXUAN YIMING "
        "YATING ZHENYU MEILING DEHUA FENGYING MINGHUI HAIBO SHUZHEN YONGQIANG TINGTING CHENYANG JINGYI "
        "SHAOHUA HONGWEI LIPING XIAOJUN YANAN TIANYU RUOXI JIAXIN WENJING ZHIMING YUNFEI".split(),
        strict=True,
    )
)


def pinyin_name(name: str) -> tuple[str, str] | None:
    """(SURNAME, GIVEN) in upper-case pinyin for a pool name, or None when not in the small table."""
    sur, given = _PINYIN_SURNAMES.get(name[0]), _PINYIN_GIVEN.get(name[1:])
    return (sur, given) if sur and given else None


_COLLECTION_FIRMS = (
    "恒信通商务服务有限公司",
    "北京佰融资产管理有限公司",
    "深圳市安合信息咨询有限公司",
    "杭州远拓金融外包服务有限公司",
    "成都嘉诚数据服务有限公司",
    "上海中和众信商务咨询有限公司",
)
_LAW_FIRMS = ("德衡正信", "金诚同泽", "华章明理", "中凯博远", "致远恒法", "广和盛世")
_PAYLATER = (
    "京东金条",
    "京东白条",
    "美团月付",
    "美团借钱",
    "抖音月付",
    "花呗",
    "借呗",
    "分期乐",
    "拿去花",
    "安逸花",
)


def _pinyin_other(s: Slots, avoid: str) -> str:
    """A pool name with a pinyin spelling whose surname (and its pinyin: 徐/许 are both XU) differs from ``avoid``."""
    mine = pinyin_name(avoid)
    while True:
        n = s.name(avoid=avoid)
        py = pinyin_name(n)
        if py and (mine is None or py[0] != mine[0]):
            return n


def _what(s: Slots, inst: Institution) -> str:
    """What the debt is called: a product of the institution, else "信用卡" / "借款" by its kind."""
    if inst.products and s.rng.random() < 0.6:
        return s.rng.choice(inst.products)
    if inst.kind == "credit_card_centre":
        return s.rng.choice(["信用卡", "信用卡账户", "个人贷款"])
    return s.rng.choice(["借款", "贷款", "消费贷款"])


_CITY_DISTRICTS = {
    "北京": ("京", ("朝阳区", "海淀区", "西城区")),
    "上海": ("沪", ("浦东新区", "闵行区", "徐汇区")),
    "广州": ("穗", ("天河区", "越秀区", "海珠区")),
    "深圳": ("深", ("南山区", "福田区", "龙岗区")),
    "杭州": ("杭", ("西湖区", "余杭区", "滨江区")),
    "南京": ("宁", ("江宁区", "鼓楼区", "建邺区")),
    "武汉": ("汉", ("武昌区", "江汉区", "洪山区")),
    "成都": ("蓉", ("锦江区", "武侯区", "高新区")),
    "西安": ("西", ("雁塔区", "未央区", "碑林区")),
    "长沙": ("长", ("岳麓区", "芙蓉区", "雨花区")),
}


def _place(s: Slots) -> tuple[str, str, str]:
    """(city, one-character abbreviation, a district of that city)."""
    city = s.rng.choice(sorted(_CITY_DISTRICTS))
    abbr, districts = _CITY_DISTRICTS[city]
    return city, abbr, s.rng.choice(districts)


def _bill_month(s: Slots) -> int:
    return (s.now.replace(day=1) - timedelta(days=1)).month


def _masked_mobile(s: Slots) -> str:
    return f"1{s.rng.choice('3578')}{s.rng.randint(0, 9)}****{s.rng.randint(0, 9999):04d}"


def _money2(x: float) -> str:
    return f"{x:,.2f}"


# -- blind: genuine


def x_g_card_statement(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    tail, total = s.tail(), s.money(800, 50000)
    minimum = round(total * s.rng.choice([0.1, 0.1, 0.05]), 2)
    if s.rng.random() < 0.5:
        text = (
            f"{greet}，您尾号{tail}的信用卡{_bill_month(s)}月账单应还款额{_money2(total)}元，"
            f"最低还款额{_money2(minimum)}元，到期还款日{s.date(-s.days(2, 25))}，截至目前尚未还足最低还款额，"
            f"已产生违约金及利息，并可能影响您的信用记录。请尽快还款"
            f"{s.opt('（可通过' + s.app(inst) + 'App“信用卡-还款”办理）', 0.6)}。如已还款请忽略。"
        )
    else:
        hl = s.hotline(inst)
        text = (
            f"{greet}：您的{s.brand(inst)}信用卡（尾号{tail}）本期账单已逾期{s.days(1, 45)}天，"
            f"请至少偿还最低还款额{_money2(minimum)}元；全额还款{_money2(total)}元可停止继续计息。"
            + (f"详询{hl}。" if hl else "")
        )
    return _msg(s.sign(inst, text), inst, _official_sender(s, inst), rec, _self_account(s))


def x_g_autodebit_notice(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    hour = s.rng.choice([10, 14, 18, 20])
    if s.rng.random() < 0.5:
        text = (
            f"{s.brand(inst)}温馨提示：{greet}，您的{_what(s, inst)}逾期款项{s.amount(200, 30000)}，"
            f"我行将于{s.rng.choice(['今日', '明日'])}{hour}点起从您尾号{s.tail()}的借记卡再次发起自动扣款，"
            f"请确保账户余额充足。如已通过{s.app(inst)}App还款，请忽略本提示。"
        )
    else:
        text = (
            f"{greet}，您尾号{s.tail()}的账户今日已扣款{s.amount(50, 3000)}，{_what(s, inst)}仍有逾期"
            f"{s.amount(100, 20000)}未结清。系统将于每日{hour}:00继续尝试扣款直至结清，"
            f"您也可登录{s.app(inst)}App主动还款，减少罚息。"
        )
        text = s.sign(inst, text)
    return _msg(text, inst, _official_sender(s, inst), rec, _self_account(s))


def x_g_extension_confirmed(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    kind = s.rng.choice(["延期还款", "还款宽限", "个性化分期"])
    if s.rng.random() < 0.6:
        text = (
            f"{greet}，根据您的申请，已为您办理{_what(s, inst)}{kind}：原{s.date(-s.days(3, 30))}到期的应还款项"
            f"{s.amount(300, 40000)}调整至{s.date(s.days(20, 90))}还款，"
            f"{s.rng.choice(['延期期间不产生罚息', '调整期间按合同约定利率计息', '办理成功后逾期状态将暂停更新'])}。"
            f"请按新还款日通过{s.app(inst)}App或网点柜面还款。"
            f"{s.opt('我行不会以任何名义要求您向个人账户转账，请谨防诈骗。', 0.5)}"
        )
    else:
        hl = s.hotline(inst)
        text = (
            f"您的{kind}申请已办理成功，新还款日{s.date(s.days(15, 60))}，当期应还{s.amount(100, 8000)}。"
            + (f"详询{hl}。" if hl else f"详情请查看{s.app(inst)}App。")
        )
    return _msg(
        s.sign(inst, text), inst, _official_sender(s, inst), rec, True if s.rng.random() < 0.8 else None
    )


def x_g_agency_named(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    firm = s.rng.choice(_COLLECTION_FIRMS)
    hl = s.hotline(inst)
    verify = f"{s.app(inst)}App" + (f"或致电{inst.name}客服{hl}" if hl else "")
    staff = f"工号{s.rng.choice('ABCDHKT')}{s.rng.randint(0, 999):03d}"
    text = (
        f"{greet}您好，{firm}受{inst.name}委托，就您{_what(s, inst)}逾期欠款{s.amount()}"
        f"（已逾期{s.days(31, 400)}天）与您联系。请通过{inst.name}官方渠道还款：{verify}，"
        f"可核实本次委托信息。本公司不以任何形式代收款项。"
        f"{s.opt('委托期限至' + s.date(s.days(30, 90)) + '。', 0.5)}{s.opt(staff, 0.5)}"
    )
    return _msg(text, inst, None, rec, _self_account(s))


def x_g_partial_received(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    greet, rec = s.self_greeting()
    text = (
        f"{greet}，您于{s.date(-s.days(0, 3))}还款{s.amount(100, 5000)}已入账。"
        f"您的{_what(s, inst)}当前仍有逾期金额{s.amount(200, 30000)}未还，"
        f"{s.rng.choice(['逾期状态将持续至全部结清', '未结清部分将继续计收罚息', '结清前逾期记录仍会正常报送'])}，"
        f"请于{s.date(s.days(1, 10))}前通过{s.app(inst)}App补足。"
    )
    return _msg(s.sign(inst, text), inst, _official_sender(s, inst), rec, _self_account(s))


# -- blind: spoofed


def x_s_landline_callback(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    number = s.landline()
    number = f"{number[:-8]}-{number[-8:]}" if s.rng.random() < 0.6 else number
    number = s.rng.choice([number, number, s.fmt_number(s.fake400())])
    ext = s.opt(f"转{s.rng.randint(8000, 8999)}", 0.5)
    card = inst.kind == "credit_card_centre"
    dept = s.rng.choice(["风险管理部", "资产保全部", "客户服务部"])
    debt = f"尾号{s.tail()}信用卡" if card else f"{_what(s, inst)}账户"
    text = (
        f"{s.brand(inst)}{'信用卡中心' if card else ''}{dept}：{greet}，"
        f"您名下{debt}已逾期{s.days(10, 200)}天，欠款{s.amount()}。"
        f"请于{s.date(s.days(1, 3))}前致电{number}{ext}与经办人核实还款安排，"
        f"{s.rng.choice(['以免影响您的信用记录。', '逾期未联系将按程序处理。', '感谢配合。'])}"
    )
    sender = s.rng.choice([None, None, s.bad_sender()])
    return _msg(text, inst, sender, rec, _self_account(s))


def _lookalike_signature(s: Slots, inst: Institution) -> str:
    name = inst.name
    short = next((a for a in inst.aliases if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", a)), name)
    return s.rng.choice(
        [
            f"【{name}-贷后】",
            f"【{name}贷后管理中心】",
            f"【{short}金融服务】",
            f"【{name}官方】",
            f"【{name} 】",
            f"【{short}客服中心】",
            f"【中国{short}】" if not name.startswith("中国") else f"【{name}总行】",
            f"[{name}]",
        ]
    )


def x_s_lookalike_signature(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    text = (
        f"{_lookalike_signature(s, inst)}{greet}，您的{_what(s, inst)}账单已逾期{s.days(1, 90)}天，"
        f"应还{s.amount()}。{s.rng.choice(['回复1申请协商延期，回复2查询账单明细', '回复Y办理分期，回复N放弃', '回复“协商”获取专属还款方案'])}，"
        f"{s.rng.choice(['24小时内有效。', '逾期未回复将上报征信。', '回T退订'])}"
    )
    return _msg(text, inst, s.bad_sender(), rec, _self_account(s))


def _official_looking_link(s: Slots, inst: Institution) -> str:
    d = next((f.value for f in inst.domains), None) or f"{s.slug(inst)}.com"
    junk = s._rand_alnum(s.rng.randint(3, 5)).lower()
    tld = s.rng.choice(BAD_TLDS)
    path = s.rng.choice(
        ["/personal/creditcard/repay", "/mobile/hk/index.html", "/xyk/yqxs", "/loan/negotiate", "/m/hk?c=1"]
    )
    host, link = s.rng.choice(
        [
            (f"{d}.{junk}.cn", None),
            (f"{d.replace('.', '-')}.{tld}", None),
            (f"{d.split('.')[0]}-{s.rng.choice(['hk', 'xs', 'dh', 'yq'])}.{tld}", None),
            (f"{junk}.{tld}", f"https://{junk}.{tld}/{d}{path}"),
            (f"{junk}.{tld}", f"https://{d}@{junk}.{tld}{path}"),
        ]
    )
    if s.reg.owners_of_host(host):
        host, link = f"{junk}-kf.top", None
    return link or (s.rng.choice(["https://", "http://", ""]) + host + path)


def x_s_official_subpath(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    _, rec = s.self_greeting()
    text = (
        f"{s.ref(inst)}：您的{_what(s, inst)}已逾期{s.days(3, 120)}天，根据《征信业管理条例》，"
        f"逾期信息将于{s.date(s.days(1, 5))}报送。请登录官方还款页面 {_official_looking_link(s, inst)} "
        f"核对账单{s.rng.choice(['并申请延期', '并提交协商申请', '', '或申请减免'])}。"
    )
    return _msg(text, inst, s.rng.choice([None, s.bad_sender()]), rec, _self_account(s))


def x_s_fake95_postloan(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    fake = s.fake95()
    text = (
        f"【{s.brand(inst)}】贷后管理部提示：{greet}，您的{_what(s, inst)}逾期欠款{s.amount()}已进入"
        f"{s.rng.choice(['委外催收审核阶段', '上门外访排期', '法务移交审核'])}。如需申请停催或个性化分期，"
        f"请于今日{s.rng.randint(15, 20)}:00前致电{fake}{s.rng.choice(['按3', '转贷后专席', '', '转人工'])}。"
    )
    sender = s.rng.choice([fake, s.port1069(), None])
    return _msg(text, inst, sender, rec, _self_account(s))


def x_s_offchannel_kefu(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    ref = s.ref(inst)
    r = s.rng.random()
    if r < 0.35:
        how = f"微信搜索小程序“{ref}{s.rng.choice(['协商还款中心', '贷后服务', '债务优化'])}”提交减免申请"
    elif r < 0.65:
        how = f"关注微信公众号“{ref}{s.rng.choice(['信用卡协商', '贷后服务中心', '个贷协商'])}”在线办理"
    else:
        mailbox = f"{s.slug(inst)}-{s.rng.choice(['xs', 'hk', 'fw'])}{s.rng.randint(1, 99)}"
        host = s.rng.choice(["163.com", "126.com", "qq.com", "sina.com"])
        how = f"将身份证正反面及收入证明发送至邮箱 {mailbox}@{host} 申请个性化分期"
    text = (
        f"{greet}，您在{ref}的{_what(s, inst)}已逾期{s.days()}天。"
        f"为避免影响征信，您可于{s.date(s.days(1, 4))}前{how}，审核通过后可停息分期。"
    )
    return _msg(s.sign(inst, text), inst, s.rng.choice([None, s.bad_sender()]), rec, _self_account(s))


# -- blind: mistaken


def x_m_recycled_statement(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = s.name(avoid=rec)
    hl = s.hotline(inst)
    text = (
        f"尊敬的{s.greet_form(other)}：截至{s.date(-1)}，您在我行的{_what(s, inst)}仍有{s.amount()}逾期未还"
        f"（逾期{s.days(5, 300)}天）。请尽快通过{s.app(inst)}App还款" + (f"或致电{hl}" if hl else "") + "。"
        f"{s.opt('本短信发送至您在我行预留的手机号' + _masked_mobile(s) + '。', 0.5)}"
    )
    return _msg(s.sign(inst, text), inst, _official_sender(s, inst), rec, s.rng.choice([False, False, None]))


def x_m_guarantor_contact(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    other = s.name()
    role = s.rng.choice(["担保人", "共同还款人", "联系人", "第一联系人"])
    hl = s.hotline(inst)
    text = (
        f"您好，{s.rng.choice([other, other[0] + '*' + other[-1]])}在{s.ref(inst)}办理{_what(s, inst)}时将您登记为{role}，"
        f"该笔借款已逾期{s.days()}天。请您协助提醒借款人及时还款，还款须由借款人本人通过{s.app(inst)}App办理。"
        + (f"如登记信息有误，请致电{hl}更正。" if hl and s.rng.random() < 0.6 else "")
    )
    rec = s.name(avoid=other) if s.rng.random() < 0.6 else None
    return _msg(s.sign(inst, text), inst, _official_sender(s, inst), rec, False)


def x_m_family_member(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    other = s.name(avoid=rec)
    who = s.rng.choice(["您的家人", "您的亲属", "您的家属"])
    text = (
        f"{s.brand(inst)}提醒：{who}{s.greet_form(other)}在我行的{_what(s, inst)}已逾期{s.days(1, 120)}天，"
        f"欠款{s.amount()}。{s.rng.choice(['麻烦您代为转达，请其尽快处理。', '烦请提醒其登录' + s.app(inst) + 'App还款。', '请告知其尽快还款，以免影响个人信用。'])}"
    )
    return _msg(text, inst, _official_sender(s, inst), rec if s.rng.random() < 0.7 else None, False)


def x_m_pinyin_name(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    sur, given = pinyin_name(_pinyin_other(s, rec))  # type: ignore[misc]
    en = s.rng.choice([f"{sur} {given}", f"{sur}/{given}", f"{given.title()} {sur.title()}"])
    tail, days, amt = s.tail(), s.days(1, 60), _money2(s.money())
    hl = s.hotline(inst)
    brand_en = re.sub(r"\s*\(.*\)", "", inst.name_en)
    if s.rng.random() < 0.5:
        text = (
            f"Dear {en}, your {brand_en} credit card ending {tail} is {days} days past due. "
            f"Amount due: CNY {amt}. Please repay via {s.app(inst)} App"
            + (f" or call {hl}." if hl else ".")
            + f" 尊敬的{en}，您尾号{tail}信用卡已逾期{days}天，应还{amt}元，请尽快还款。"
        )
    else:
        text = (
            f"尊敬的{en}{s.rng.choice(['先生', '女士', ''])}，您在{s.ref(inst)}的{_what(s, inst)}"
            f"已逾期{days}天，应还人民币{amt}元，请尽快登录{s.app(inst)}App还款。"
        )
    return _msg(s.sign(inst, text), inst, _official_sender(s, inst), rec, s.rng.choice([False, None, None]))


def x_m_same_surname_masked(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["official"])
    rec = s.name()
    same = [n for n in fake_names() if n[0] == rec[0] and n != rec and n[-1] != rec[-1]]
    other = s.rng.choice(same) if same else rec[0] + s.rng.choice([g for g in GIVEN if g[-1] != rec[-1]])
    shown = s.rng.choice([f"{other[0]}*{other[-1]}", f"{other[0]}*{other[-1]}", other])
    idtail = f"{s.rng.randint(0, 999):03d}{s.rng.choice('0123456789X')}"
    text = (
        f"{shown}您好，您（身份证尾号{idtail}）在{s.ref(inst)}的{_what(s, inst)}已逾期{s.days(1, 90)}天，"
        f"应还{s.amount()}，请尽快通过{s.app(inst)}App还款。{s.opt('本短信发送至您预留的手机号码。', 0.4)}"
    )
    return _msg(s.sign(inst, text), inst, _official_sender(s, inst), rec, False)


# -- blind: scam


def x_c_refund_claim(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    product = s.rng.choice(inst.products) if inst.products else "账户"
    why = s.rng.choice(
        [
            f"您在{s.ref(inst)}的借款年化利率超过监管上限，可申请退还多收利息{s.amount(300, 9000)}",
            f"您的{s.ref(inst)}账户因系统升级重复扣款{s.amount(100, 3000)}，现为您办理退款",
            f"您开通的{s.ref(inst)}借款保障险产生重复扣费，可申请理赔{s.amount(200, 5000)}",
        ]
    )
    how = s.rng.choice(
        [
            f"请联系退款专员{s.fake_callback()}，按指引下载{s.rng.choice(MEETING_APPS)}开启屏幕共享完成退款操作",
            f"退款前需核验收款能力，请先将{product}可借额度借出并转入退款核验账户{s.spaced_card(s.card())}（户名{s.name()}），"
            "核验后连同退款一并返还",
            f"稍后您将收到{s.code_len()}位验证码，请告知客服以完成理赔登记",
            f"请下载{s.rng.choice(FAKE_APPS)}App（{s.bad_link(inst)}）填写银行卡信息领取",
        ]
    )
    text = f"{s.ref(inst)}客服：{greet}，{why}。{how}，{s.rng.choice(['今日有效。', '逾期视为自动放弃。', '退款将原路返回。'])}"
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def x_c_cancel_paylater(s: Slots, p: dict) -> Msg:
    pool = [i for i in p["all"] if set(i.names()) & set(_PAYLATER)] or p["all"]
    inst = s.pick(pool)
    greet, rec = s.self_greeting()
    product = s.rng.choice(sorted(set(inst.names()) & set(_PAYLATER)) or [_what(s, inst)])
    head = s.rng.choice(
        ["【国家金融监督管理总局】", "【银保监会】", f"{s.ref(inst)}客服中心：", "【征信中心】"]
    )
    step = s.rng.choice(
        [
            f"关闭前需清空额度：请将{product}剩余额度全部借出并转入指定注销账户{s.spaced_card(s.card())}（户名{s.name()}），"
            "注销完成后24小时内原路退回",
            f"请添加注销专员QQ {s.rng.randint(10**8, 10**10)}，开启屏幕共享协助关闭",
            f"请致电注销专线{s.fake_callback()}，按提示提供收到的验证码完成注销",
        ]
    )
    text = (
        f"{head}{greet}，您开通的{product}服务{s.rng.choice(['为学生时期开通', '未完成实名认证', '不符合最新监管规定'])}，"
        f"需在今日内关闭，否则将{s.rng.choice(['每月扣除征信分', '每月收取服务费' + s.amount(50, 500), '影响您的个人征信'])}。{step}。"
    )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def x_c_blacklist_deposit(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    basis = s.opt("根据金融监督管理总局通报，", 0.4)
    text = (
        f"{s.ref(inst)}风控中心：{greet}，{basis}您因{_what(s, inst)}逾期已被列入"
        f"{s.rng.choice(['全国网贷黑名单', '征信黑名单', '金融失信名单'])}，名下银行卡及支付宝将于{s.date(s.days(1, 3))}起被限制使用。"
        f"如需移出名单，需缴纳信用保证金{s.money(800, 9000):.0f}元至对公账户：{s.rng.choice(BANKS_FOR_CARDS)} "
        f"{s.spaced_card(s.card())}，户名：{s.name()}（财务专员）。保证金在您还清后全额退还。"
    )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def x_c_last_window_corporate(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    text = (
        f"【{s.ref(inst)}】最后协商通知：{greet}，您的账户将于{s.date(1)} {s.rng.randint(9, 17)}:00正式报送征信并移交诉讼。"
        f"现为您开通最后一次协商窗口：一次性结清仅需{s.amount(500, 20000)}（减免{s.money(200, 8000):.0f}元）。"
        f"请于今日将款项汇入我司对公还款账户——开户行：{s.rng.choice(BANKS_FOR_CARDS)}{s.rng.choice(CITIES)}分行，"
        f"账号：{s.spaced_card(s.card())}，户名：{s.name()}。汇款备注“结清”，{s.rng.choice(['12小时内', '当日', '24小时内'])}出具结清证明。"
    )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


def x_c_legal_qr_link(s: Slots, p: dict) -> Msg:
    inst = s.pick(p["all"])
    greet, rec = s.self_greeting()
    city, abbr, district = _place(s)
    link = s.rng.choice([s.short_link(), s.bad_link(inst)])
    if s.rng.random() < 0.5:
        text = (
            f"【{city}{s.rng.choice(_LAW_FIRMS)}律师事务所】律师函：{greet}，受{s.ref(inst)}委托，就您拖欠借款{s.amount(2000, 80000)}一事向您发函。"
            f"本所已备齐起诉材料，{s.date(s.days(1, 3))}前未处理将向{city}市{district}人民法院提起诉讼。"
            f"律师函原件及和解款付款二维码请查看：{link} ，扫码缴纳和解款后本所撤回起诉。"
        )
    else:
        text = (
            f"{city}市{district}金融纠纷调解中心：{greet}，您与{s.ref(inst)}的借款合同纠纷已申请"
            f"{city}仲裁委员会仲裁（案号（{s.now.year}）{abbr}仲案字第{s.rng.randint(1000, 9999)}号）。"
            f"现提供诉前调解，调解款{s.amount(1000, 50000)}请于今日{s.rng.randint(15, 18)}点前通过调解缴费链接 {link} 缴纳，"
            f"缴纳后撤回仲裁申请；逾期将出具裁决书并申请强制执行。"
        )
    return _msg(text, inst, _scam_sender(s, inst), rec, s.rng.choice([True, False, None]))


FAMILIES: tuple[Family, ...] = (
    Family("g_due_app", "genuine", "polite due/overdue reminder, pay in the official app", g_due_app),
    Family(
        "g_overdue_itemized",
        "genuine",
        "itemised: days overdue, amount incl. penalty, deadline, hotline",
        g_overdue_itemized,
    ),
    Family(
        "g_negotiate",
        "genuine",
        "offer to negotiate a plan (the seed 微众 template), hotline or app",
        g_negotiate,
    ),
    Family(
        "g_autodebit_failed",
        "genuine",
        "auto-debit of card tail failed, top up or pay in app",
        g_autodebit_failed,
    ),
    Family(
        "g_credit_report",
        "genuine",
        "credit-bureau reporting warning, official app / official domain",
        g_credit_report,
    ),
    Family("g_terse", "genuine", "one-line terse notice, brand prefix, optional hotline", g_terse),
    Family(
        "g_plan_approved",
        "genuine",
        "instalment/extension plan approved, anti-fraud reminder",
        g_plan_approved,
    ),
    Family(
        "g_agent_entrusted",
        "genuine",
        "entrusted agent, no sender, official channels only",
        g_agent_entrusted,
    ),
    Family(
        "g_firm_legal", "genuine", "firm tone, contractual legal recourse, no transfer demand", g_firm_legal
    ),
    Family("g_push_link", "genuine", "app-push style with official link", g_push_link),
    Family(
        "s_mobile_sender",
        "spoofed",
        "genuine-looking text sent from a mobile/virtual number",
        s_mobile_sender,
    ),
    Family(
        "s_fake_hotline",
        "spoofed",
        "notice with a non-official callback number (400/95/landline)",
        s_fake_hotline,
    ),
    Family("s_lookalike_link", "spoofed", "link to a lookalike domain", s_lookalike_link),
    Family("s_short_link", "spoofed", "short marketing-style notice with a short link", s_short_link),
    Family("s_ip_link", "spoofed", "account-abnormal notice with a raw IP link, freeze threat", s_ip_link),
    Family(
        "s_callback_officer",
        "spoofed",
        "call back a named officer's mobile, home-visit threat",
        s_callback_officer,
    ),
    Family(
        "s_wechat_kefu", "spoofed", "add a personal WeChat/QQ 'customer service' to negotiate", s_wechat_kefu
    ),
    Family(
        "s_fake_service_port",
        "spoofed",
        "'official notice' from a fake 95xxx / 1069 port",
        s_fake_service_port,
    ),
    Family(
        "s_mixed_numbers",
        "spoofed",
        "official hotline for bills plus a fake 'special line' for deals",
        s_mixed_numbers,
    ),
    Family(
        "s_legal_dept", "spoofed", "'legal department' asks to call a fake number, no transfer", s_legal_dept
    ),
    Family(
        "m_name_mismatch",
        "mistaken",
        "ordinary notice greeting someone other than the recipient",
        m_name_mismatch,
    ),
    Family("m_please_relay", "mistaken", "'请转告XXX联系我们'", m_please_relay),
    Family("m_if_not_self", "mistaken", "notice with 'if you are not XXX, ignore'", m_if_not_self),
    Family("m_emergency_contact", "mistaken", "'you are XXX's emergency contact'", m_emergency_contact),
    Family(
        "m_no_account",
        "mistaken",
        "generic official notice, recipient has no account (metadata only)",
        m_no_account,
    ),
    Family("m_masked_other", "mistaken", "masked name of someone else, card tail, app", m_masked_other),
    Family("m_cannot_reach", "mistaken", "'we cannot reach XXX, if you know them…'", m_cannot_reach),
    Family("m_terse_other", "mistaken", "terse one-liner to another person's name", m_terse_other),
    Family(
        "m_recycled_number",
        "mistaken",
        "registered user of this (recycled) number, reply if changed hands",
        m_recycled_number,
    ),
    Family(
        "m_same_name_no_account",
        "mistaken",
        "recipient's own name but no account there (same name / wrong number)",
        m_same_name_no_account,
    ),
    Family("c_personal_card", "scam", "repay to an 'officer's' personal bank card", c_personal_card),
    Family("c_safe_account", "scam", "move funds to a 安全账户 for verification", c_safe_account),
    Family("c_credit_repair", "scam", "paid 征信修复 / 清除逾期记录 advert", c_credit_repair),
    Family("c_campus_loan", "scam", "cancel a campus-loan account, empty the credit line", c_campus_loan),
    Family("c_verification_code", "scam", "penalty waiver needs the verification code", c_verification_code),
    Family(
        "c_app_screen_share",
        "scam",
        "download an app or share the screen in a meeting app",
        c_app_screen_share,
    ),
    Family(
        "c_court_transfer",
        "scam",
        "fake court 立案/执行 demanding a transfer to a named account",
        c_court_transfer,
    ),
    Family(
        "c_stop_interest_agent", "scam", "停息挂账 agent asking an upfront service fee", c_stop_interest_agent
    ),
    Family("c_unfreeze_fee", "scam", "pay an unfreeze fee to a card to release a loan", c_unfreeze_fee),
    Family("c_personal_wallet", "scam", "settle at a discount via personal Alipay/WeChat", c_personal_wallet),
    Family(
        "x_g_card_statement",
        "genuine",
        "credit-card statement: bill month, amount due, minimum payment, overdue",
        x_g_card_statement,
        blind=True,
    ),
    Family(
        "x_g_autodebit_notice",
        "genuine",
        "we will retry the auto-debit of the overdue amount from card tail at HH:00",
        x_g_autodebit_notice,
        blind=True,
    ),
    Family(
        "x_g_extension_confirmed",
        "genuine",
        "'已为您办理延期还款/分期' confirmation with the new due date",
        x_g_extension_confirmed,
        blind=True,
    ),
    Family(
        "x_g_agency_named",
        "genuine",
        "named collection firm entrusted by the lender, pay only via the lender's app/hotline, no sender",
        x_g_agency_named,
        blind=True,
    ),
    Family(
        "x_g_partial_received",
        "genuine",
        "partial repayment received, remaining overdue amount, pay the rest in the app",
        x_g_partial_received,
        blind=True,
    ),
    Family(
        "x_s_landline_callback",
        "spoofed",
        "card-centre department notice, callback to a landline (with extension) or 400 not in the registry",
        x_s_landline_callback,
        blind=True,
    ),
    Family(
        "x_s_lookalike_signature",
        "spoofed",
        "look-alike 【signature】 ('-贷后', '官方', '金融服务') from a port/mobile, 'reply 1 to negotiate'",
        x_s_lookalike_signature,
        blind=True,
    ),
    Family(
        "x_s_official_subpath",
        "spoofed",
        "official domain embedded in an unofficial host or path ('cmbchina.com.xx.cn', 'x.top/cmbchina.com/…', 'd@x.top')",
        x_s_official_subpath,
        blind=True,
    ),
    Family(
        "x_s_fake95_postloan",
        "spoofed",
        "'贷后管理部' asks to call a 95xxx number that is not the lender's",
        x_s_fake95_postloan,
        blind=True,
    ),
    Family(
        "x_s_offchannel_kefu",
        "spoofed",
        "apply via a WeChat mini-program / public account or a webmail address (not official channels)",
        x_s_offchannel_kefu,
        blind=True,
    ),
    Family(
        "x_m_recycled_statement",
        "mistaken",
        "'截至…仍有…逾期' statement to another person's name at the number on file (recycled number)",
        x_m_recycled_statement,
        blind=True,
    ),
    Family(
        "x_m_guarantor_contact",
        "mistaken",
        "'XXX registered you as guarantor / co-borrower / contact', remind the borrower",
        x_m_guarantor_contact,
        blind=True,
    ),
    Family(
        "x_m_family_member",
        "mistaken",
        "'您的家人/亲属XXX' is overdue, please pass it on",
        x_m_family_member,
        blind=True,
    ),
    Family(
        "x_m_pinyin_name",
        "mistaken",
        "English / pinyin name (ZHANG WEIMING, ZHANG/WEIMING) of someone else",
        x_m_pinyin_name,
        blind=True,
    ),
    Family(
        "x_m_same_surname_masked",
        "mistaken",
        "masked name with the recipient's surname but another given name (a relative's number), no account",
        x_m_same_surname_masked,
        blind=True,
    ),
    Family(
        "x_c_refund_claim",
        "scam",
        "客服退款/理赔 (excess interest, double debit, insurance): screen sharing, code, 'verification account' or app",
        x_c_refund_claim,
        blind=True,
    ),
    Family(
        "x_c_cancel_paylater",
        "scam",
        "close 金条/月付/花呗 'to protect credit', impersonating the regulator: borrow out and transfer, QQ share, code",
        x_c_cancel_paylater,
        blind=True,
    ),
    Family(
        "x_c_blacklist_deposit",
        "scam",
        "'网贷黑名单' removal needs a deposit to a '对公账户' held by a person",
        x_c_blacklist_deposit,
        blind=True,
    ),
    Family(
        "x_c_last_window_corporate",
        "scam",
        "last negotiation window before credit reporting, settle to a '对公还款账户' whose 户名 is a person",
        x_c_last_window_corporate,
        blind=True,
    ),
    Family(
        "x_c_legal_qr_link",
        "scam",
        "law-firm letter with a payment QR code, or mediation centre + arbitration with a payment link",
        x_c_legal_qr_link,
        blind=True,
    ),
)


def family_splits(families: tuple[Family, ...] = FAMILIES) -> dict[str, str]:
    """Family id → "train" | "test": per label, the ~30 % of families first by sha256(id) go to test.

    Fixed by the ids alone (not by the seed), so the held-out families never change silently.
    """
    out: dict[str, str] = {}
    for label in LABELS:
        ids = sorted(
            (f.id for f in families if f.label == label and not f.blind),
            key=lambda i: hashlib.sha256(i.encode()).hexdigest(),
        )
        n_test = max(1, round(len(ids) * TEST_FRACTION)) if len(ids) > 1 else 0
        for k, fid in enumerate(ids):
            out[fid] = "test" if k < n_test else "train"
    for f in families:  # blind families are held out by construction
        if f.blind:
            out[f.id] = "test"
    return out


def blind_rows_per_family(n_per_family: int) -> int:
    """Rows made for each blind family: ``BLIND_SHARE`` of ``n_per_family`` (at least 1)."""
    return max(1, round(n_per_family * BLIND_SHARE))


# ------------------------------------------------------------------------------------------------ evasion

_ZW = "\u200b"
_WECHAT_TRICKS = ("微 信", "薇信", "V信", "VX", "威信", "徽信")
_SPACED_WORDS = ("逾期", "征信", "转账", "账户", "还款", "欠款", "冻结", "验证码", "安全账户")


def _fullwidth_digits(text: str) -> str:
    return "".join(chr(ord(c) - ord("0") + 0xFF10) if "0" <= c <= "9" else c for c in text)


def evade(text: str, label: str, rng: random.Random) -> str:
    """Apply evasion tricks to a random fraction of messages.

    Traditional characters and full-width digits may appear in any label (users forward and convert
    messages); zero-width spaces, spaced keywords and WeChat homoglyphs only in spoofed / scam messages,
    since official senders do not try to dodge filters.
    """
    if rng.random() < 0.08:
        text = _opencc()[0].convert(text)
    if rng.random() < 0.08:
        text = _fullwidth_digits(text)
    if label in ("spoofed", "scam"):
        if "微信" in text and rng.random() < 0.35:
            text = text.replace("微信", rng.choice(_WECHAT_TRICKS))
        if rng.random() < 0.12:
            words = [w for w in _SPACED_WORDS if w in text]
            if words:
                w = rng.choice(words)
                text = text.replace(w, rng.choice([" ", _ZW, "·"]).join(w))
        if rng.random() < 0.12:
            chars = list(text)
            for _ in range(rng.randint(1, 4)):
                pos = rng.randint(1, max(1, len(chars) - 1))
                chars.insert(pos, _ZW)
            text = "".join(chars)
    return text


# ---------------------------------------------------------------------------------------------- generation


def _pools(reg: Registry) -> dict[str, list[Institution]]:
    everyone = sorted(reg.institutions.values(), key=lambda i: i.id)
    if not everyone:
        raise ValueError("the registry has no institutions")

    def has_official(i: Institution) -> bool:
        return any(not f.unverified for f in (*i.hotlines, *i.sms_senders))

    official = [i for i in everyone if has_official(i)] or everyone
    return {"all": everyone, "official": official}


def _received_at(rng: random.Random) -> datetime:
    start = datetime(2023, 1, 1, 8, 0)
    day = start + timedelta(days=rng.randint(0, 900))
    return day.replace(hour=rng.randint(8, 21), minute=rng.randint(0, 59), second=rng.randint(0, 59))


_TZ = timezone(timedelta(hours=8))


def generate(
    n_per_family: int = DEFAULT_N_PER_FAMILY, seed: int = 0, registry: Registry | None = None
) -> list[dict]:
    """Generated rows (no seed rows), deterministic for a given seed and registry.

    Each row has the keys of :data:`ROW_KEYS`. ``institution`` is the registry id of the claimed
    institution (an addition to the brief's fields, useful to check official channels).
    """
    reg = registry if registry is not None else Registry.load()
    pools = _pools(reg)
    splits = family_splits()
    rows: list[dict] = []
    seen: set[str] = set()
    for fam in FAMILIES:
        rng = random.Random(f"{seed}:{fam.id}")
        n = blind_rows_per_family(n_per_family) if fam.blind else n_per_family
        made = attempts = 0
        while made < n and attempts < n * 20:
            attempts += 1
            now = _received_at(rng)
            slots = Slots(rng, reg, now)
            msg = fam.build(slots, pools)
            text = evade(msg["text"], fam.label, rng)
            if not text or len(text) >= MAX_TEXT or text in seen:
                continue
            seen.add(text)
            received = now.replace(tzinfo=_TZ).isoformat() if rng.random() < 0.8 else None
            rows.append(
                {
                    "text": text,
                    "sender": msg["sender"],
                    "recipient_name": msg["recipient_name"],
                    "has_account": msg["has_account"],
                    "received_at": received,
                    "label": fam.label,
                    "source": f"gen:{fam.id}",
                    "family": fam.id,
                    "split": splits[fam.id],
                    "institution": msg["inst"].id,
                }
            )
            made += 1
    return rows


# ------------------------------------------------------------------------------------------------- seeds


def default_corpus_dir() -> Path:
    return Path(str(resources.files("verifier.data"))) / "corpus"


def load_seeds(path: str | Path | None = None) -> list[dict]:
    """Seed rows (hand-extracted templates from the seed articles) in the corpus row format."""
    path = Path(path) if path is not None else default_corpus_dir() / "seeds.jsonl"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        s = json.loads(line)
        rows.append(
            {
                "text": s["text"],
                "sender": None,
                "recipient_name": None,
                "has_account": None,
                "received_at": None,
                "label": s["label"],
                "source": s["source"],
                "family": "seed",
                "split": "seed",
                "institution": s.get("institution"),
            }
        )
    return rows


def build_corpus(
    n_per_family: int = DEFAULT_N_PER_FAMILY,
    seed: int = 0,
    registry: Registry | None = None,
    seeds_path: str | Path | None = None,
) -> list[dict]:
    """The full shipped corpus: generated rows followed by the seed rows."""
    return generate(n_per_family, seed, registry) + load_seeds(seeds_path)


def dumps_jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps({k: r[k] for k in ROW_KEYS}, ensure_ascii=False) + "\n" for r in rows)


def read_jsonl(path: str | Path) -> list[dict]:
    return [json.loads(x) for x in Path(path).read_text(encoding="utf-8").splitlines() if x.strip()]


# ---------------------------------------------------------------------------------------------------- CLI


def stats_table(rows: list[dict]) -> str:
    counts = Counter((r["split"], r["label"]) for r in rows)
    fam_sets: dict[tuple[str, str], set[str]] = {}
    for r in rows:
        fam_sets.setdefault((r["split"], r["label"]), set()).add(r["family"])
    fams = Counter({k: len(v) for k, v in fam_sets.items()})
    splits = [s for s in ("train", "test", "seed") if any(k[0] == s for k in counts)]
    lines = ["| split | " + " | ".join(LABELS) + " | total |", "|---" * (len(LABELS) + 2) + "|"]
    for sp in splits:
        cells = [
            f"{counts[(sp, lab)]} ({fams[(sp, lab)]} fam.)" if sp != "seed" else str(counts[(sp, lab)])
            for lab in LABELS
        ]
        lines.append(f"| {sp} | " + " | ".join(cells) + f" | {sum(counts[(sp, lab)] for lab in LABELS)} |")
    lines.append(
        "| all | "
        + " | ".join(str(sum(counts[(sp, lab)] for sp in splits)) for lab in LABELS)
        + f" | {len(rows)} |"
    )
    return "\n".join(lines)


def families_table() -> str:
    splits = family_splits()
    lines = ["| family | label | split | style |", "|---|---|---|---|"]
    for f in FAMILIES:
        lines.append(f"| `{f.id}` | {f.label} | {splits[f.id]} | {f.style} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m verifier.generate", description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", help="write the corpus (generated + seed rows) as JSONL to this path")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--n-per-family", type=int, default=DEFAULT_N_PER_FAMILY)
    ap.add_argument("--registry", help="registry TOML (default: the shipped data/institutions.toml)")
    ap.add_argument("--seeds", help="seeds JSONL (default: data/corpus/seeds.jsonl)")
    ap.add_argument("--stats", nargs="?", const="", metavar="CORPUS", help="print class balance per split")
    ap.add_argument("--families", action="store_true", help="print the family table")
    args = ap.parse_args(argv)
    done = False
    if args.out:
        reg = Registry.load(args.registry) if args.registry else None
        rows = build_corpus(args.n_per_family, args.seed, reg, args.seeds)
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(dumps_jsonl(rows), encoding="utf-8")
        print(f"wrote {len(rows)} rows to {args.out}", file=sys.stderr)
        done = True
    if args.families:
        print(families_table())
        done = True
    if args.stats is not None:
        path = args.stats or args.out or str(default_corpus_dir() / "messages.jsonl")
        print(stats_table(read_jsonl(path)))
        done = True
    if not done:
        ap.print_help()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
