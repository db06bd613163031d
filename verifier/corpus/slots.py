# ruff: noqa: E501  (template lines are Chinese text, which counts double width; splitting them hurts reading)
"""Slot pools and the :class:`Slots` machinery that template families fill (see :mod:`verifier.corpus.generate`)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
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


def official_sender(s: Slots, inst: Institution) -> str | None:
    return s.sender(inst) if s.rng.random() < 0.7 else None


def hotline_text(s: Slots, inst: Institution, fallback: str = "官方客服热线") -> str:
    return s.hotline(inst) or fallback


def make_msg(
    text: str, inst: Institution, sender: str | None, recipient: str | None, has_account: bool | None
) -> Msg:
    return {
        "text": text,
        "sender": sender,
        "recipient_name": recipient,
        "has_account": has_account,
        "inst": inst,
    }


def self_account(s: Slots) -> bool | None:
    return True if s.rng.random() < 0.5 else None
