"""Entity extraction: a table per finder, positive and negative cases, spans checked in the ORIGINAL text."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import regex

from tests.helpers import assert_entities, assert_spans_consistent
from verifier import extract as X
from verifier.normalize import normalize
from verifier.registry import Registry

FIXTURES = Path(__file__).parent / "fixtures"
ZW = "\u200b"  # zero-width space


def run(finder, text: str):
    return finder(normalize(text))


# --- phone -------------------------------------------------------------------------------------------

PHONES = [
    ("如有疑问请致电95384。", [("phone", "95384", "95384")]),
    ("请拨打13812345678联系专员", [("phone", "13812345678", "13812345678")]),
    ("联系电话：138 1234 5678，", [("phone", "13812345678", "138 1234 5678")]),
    ("专员手机17012345678", [("phone", "17012345678", "17012345678")]),
    ("請撥打４００－８８８－８８８８", [("phone", "4008888888", "４００－８８８－８８８８")]),
    ("客服热线400-888-8888，", [("phone", "4008888888", "400-888-8888")]),
    ("电话：0755-82345678", [("phone", "075582345678", "0755-82345678")]),
    ("或致电+86 138 1234 5678", [("phone", "13812345678", "+86 138 1234 5678")]),
    ("来电号码0086 13812345678", [("phone", "13812345678", "0086 13812345678")]),
    ("境外来电+852 2345 6789", [("phone", "23456789", "+852 2345 6789")]),
    ("请拨打12368核实，或拨打110报警", [("phone", "12368", "12368"), ("phone", "110", "110")]),
    ("回复TD退订，发送至1069000001234", [("phone", "1069000001234", "1069000001234")]),
    (f"请拨打138{ZW}1234{ZW}5678", [("phone", "13812345678", f"138{ZW}1234{ZW}5678")]),
    # negatives: amounts, dates, cards, ID numbers, tails, codes, counts, glued digits
    ("您的欠款3000元已逾期30天", []),
    ("借款金额12000，请于2024-08-31前还款", []),
    ("卡号6222021234567890123已逾期", []),
    ("身份证110101199003074514", []),
    ("您尾号1234的卡", []),
    ("验证码123456，请勿泄露", []),
    ("订单1381234567890已发货", []),
    ("第12345期账单", []),
    ("回复1确认", []),
    ("加微信abc12345领取", []),
    ("金额3,200.50元", []),
    ("请于8月31日18点前", []),
]


@pytest.mark.parametrize(("text", "expected"), PHONES)
def test_find_phones(text, expected):
    assert_entities(text, run(X.find_phones, text), expected)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("请拨打13812345678", "mobile"),
        ("专员手机17012345678", "virtual"),
        ("专员手机16512345678", "virtual"),
        ("请致电95384", "service"),
        ("请拨打12368", "service"),
        ("请致电4008888888", "hotline_400"),
        ("请致电0755-82345678", "landline"),
        ("来电+852 2345 6789", "international"),
        ("发送至1069000001234", "sms_port"),
        ("请拨打110", "short"),
    ],
)
def test_phone_kind(text, kind):
    (e,) = run(X.find_phones, text)
    assert e.attrs["phone_kind"] == kind


def test_phone_country_attr():
    (cn,) = run(X.find_phones, "致电+86 138 1234 5678")
    (hk,) = run(X.find_phones, "致电+852 2345 6789")
    assert cn.attrs["country"] == "86" and hk.attrs["country"] == "852"
    (plain,) = run(X.find_phones, "致电13812345678")
    assert "country" not in plain.attrs


@pytest.mark.parametrize(
    ("digits", "kind"),
    [
        ("13812345678", "mobile"),
        ("19912345678", "mobile"),
        ("17012345678", "virtual"),
        ("16712345678", "virtual"),
        ("+8613812345678", "mobile"),
        ("008613812345678", "mobile"),
        ("8613812345678", "mobile"),
        ("+85223456789", "international"),
        ("95384", "service"),
        ("9555888", "service"),
        ("96110", "service"),
        ("12321", "service"),
        ("10086", "service"),
        ("4008888888", "hotline_400"),
        ("8008208820", "hotline_400"),
        ("106902195384", "sms_port"),
        ("1069000001234", "sms_port"),
        ("01082345678", "landline"),
        ("075582345678", "landline"),
        ("110", "short"),
        ("1234", "short"),
        ("12", "other"),
        ("6222021234567890123", "other"),
    ],
)
def test_classify_number(digits, kind):
    assert X.classify_number(digits) == kind


# --- link --------------------------------------------------------------------------------------------

LINKS = [
    ("点击 http://t.cn/A6xYz 查看", [("link", "t.cn", "http://t.cn/A6xYz")]),
    ("点击t.cn/A6xYz。", [("link", "t.cn", "t.cn/A6xYz")]),
    ("登录www.webank-kf.top/login处理", [("link", "www.webank-kf.top", "www.webank-kf.top/login")]),
    ("访问 webank-kf.top 处理", [("link", "webank-kf.top", "webank-kf.top")]),
    (
        "详见https://Example.COM:8443/Path?a=1，谢谢",
        [("link", "example.com", "https://Example.COM:8443/Path?a=1")],
    ),
    ("打开http://1.2.3.4/x领取", [("link", "1.2.3.4", "http://1.2.3.4/x")]),
    ("官网xn--fiqs8s.com", [("link", "xn--fiqs8s.com", "xn--fiqs8s.com")]),
    ("官网ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ", [("link", "www.example.com", "ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ")]),
    ("登錄login.testbank.com.cn查詢", [("link", "login.testbank.com.cn", "login.testbank.com.cn")]),
    (f"点击t{ZW}.cn/abc", [("link", "t.cn", f"t{ZW}.cn/abc")]),
    # negatives: amounts, rates, file names, versions, e-mail addresses, unknown TLDs
    ("借款1.5万元，年化利率3.5%", []),
    ("详见合同.pdf或report.pdf", []),
    ("请升级到v2.0版本", []),
    ("邮箱abc@qq.com", []),
    ("文件setup.apk", []),
    ("回复TD退订", []),
    # a domain before "@" is only a user name: the link goes to the host after it
    (
        "登录 https://icbc.com.cn@repay-cn.top/card 还款",
        [("link", "repay-cn.top", "https://icbc.com.cn@repay-cn.top/card")],
    ),
    ("客服邮箱kefu@icbc.com.cn", []),
]


def test_link_behind_a_domain_shaped_user_name_keeps_it_and_is_no_wallet():
    text = "请登录 https://alipay.com@bbqme.ltd/hk 核对账单"
    links = run(X.find_links, text)
    assert [(e.value, e.attrs["userinfo"]) for e in links] == [("bbqme.ltd", "alipay.com")]
    assert run(X.find_wallets, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("请致电01000043927与经办人核实", ["01000043927"]),  # local part no exchange uses, after 致电
        ("請於7日前致電027-00227096轉8713", ["02700227096"]),
        ("订单01234567890已发货", []),  # the same shape without a call word is not a number to dial
        ("请拨打临时专线：029-4990-0562。", ["02949900562"]),  # grouped 3-4-4
        ("多次联系未果，我行将于2025/04/18前安排走访", []),  # a date after a call word is no number
        ("如需查询，可编辑短信“CXQK#7588”发送至95511", ["95511"]),  # a #code is no number
    ],
)
def test_made_up_landline_counts_only_after_a_call_word(text, expected):
    assert [e.value for e in run(X.find_phones, text)] == expected


@pytest.mark.parametrize(
    ("text", "value", "latin"),
    [
        ("尊敬的萧立新：您的信用卡已逾期", "萧立新", False),
        ("【招商银行】尊敬的蔡**：您的信用卡已逾期", "蔡", False),
        ("尊敬的丁嘉欣客户，根据本行记录", "丁嘉欣", False),
        ("吕梓萱客户：您好！您名下尾号9576的贷款", "吕梓萱", False),
        ("金欣怡（尊敬的客户）：您名下尾号8022", "金欣怡", False),
        ("贷后提醒：借款人：熊*博｜证件尾号：2010", "熊博", False),
        ("逾期账务通知\n持卡人：邹**\n证件尾号：2115", "邹", False),
        ("麻烦存一下钱（借款人：余**）。", "余", False),  # a field in brackets
        ("刘**：预留手机号变更成功，今后账单将发送至本号码", "刘", False),  # masked: a name whatever follows
        ("代扣提醒：客户侯海波绑定您尾号3721账户还款", "侯海波", False),  # named in the third person
        ("我行工作人员多次致电本号码找段先生未果", "段先生", False),
        ("该房产抵押人黄*军贷款逾期", "黄军", False),
        ("通话内容：“您好，请问是孔先生吗？您的个人贷款已逾期”", "孔先生", False),
        ("我行客户沈**在申请停催协商时，登记本号码为其授权代理人", "沈", False),  # mask removed, given empty
        ("本行已收到陈永强关于信用卡的协商还款委托", "陈永强", False),
        ("杜*华的青年信用卡已逾期16天，请督促还款。", "杜华", False),  # a debtor opening the clause
        ("熊云飞同学的大学生信用卡已逾期48天", "熊云飞", False),
        ("史德华已出具《授权委托书》，委托本号码机主代为办理", "史德华", False),
        ("董**（身份证尾号168X）：根据您签署的《送达地址确认书》", "董", False),  # ID tail before the colon
        ("毛先生（身份证尾号048X）：根据您签署的《送达地址确认书》", "毛先生", False),
        ("【电子送达】\n受送达人：毛淑珍\n送达事项：信用卡逾期欠款催告", "毛淑珍", False),
        ("致黄**：您在借款合同中约定的送达号码为本号码", "黄", False),
        ("【中国银行】武**您好，您尾号6106的信用卡已逾期82天", "武", False),
        ("您好，宋玉蘭在我行的信用卡已逾期135天，您爲其登記的配偶聯繫電話。", "宋玉兰", False),
        ("程文静（登记配偶为您）信用卡逾期38,830.74元，请转告。", "程文静", False),
        ("致郑州嘉禾医药连锁有限公司苏先生：您在我行的信用卡逾期", "苏先生", False),
        ("姜国庆主任您好，您在我行办理的“公职人员消费贷”已逾期", "姜国庆", False),  # titles beyond 先生/女士
        ("【中国工商银行】孙丽萍主任，我行医护人员专属贷客户经理提醒您", "孙丽萍", False),
        ("【医护人员专属贷逾期提醒】\n客户：邵晨阳医生\n逾期金额：29285.67元", "邵晨阳", False),
        ("贵村（新庄村）村民孟海波在我行办理的惠农贷款已逾期181天", "孟海波", False),
        ("【兴业银行】尊敬的CAO/MEILING先生，您的信用卡", "cao meiling", True),
        ("Dear Zhiqiang Liu, your credit card is past due", "zhiqiang liu", True),
    ],
)
def test_addressed_names(text, value, latin):
    names = [e for e in run(X.find_names, text) if e.attrs["role"] == "greeting"]
    assert [e.value for e in names] == [value]
    assert (names[0].attrs.get("script") == "latin") is latin


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Names are tried only where a surname starts a word (extract._WORD_START_SURNAME): these start one
        ("王小明您好，您的借款已逾期", "王小明"),  # the very start of the text
        ("\n\n张先生 , 您好", "张先生"),
        ("ok王小明您好", "王小明"),  # after a letter: only a Han character keeps a greeting out
        ("🙂欧阳娜娜您好", "欧阳娜娜"),  # a compound surname after a character outside the CJK blocks
        ("逾期通知：杜*华的信用卡已逾期", "杜华"),
        ("１、吕永强尾号３２５５的信用卡", "吕永强"),  # full-width digits fold before extraction
        ("（梁*英委托的代理人）", "梁英"),
    ],
)
def test_names_where_a_word_starts(text, value):
    assert [e.value for e in run(X.find_names, text) if e.attrs["role"] == "greeting"] == [value]


@pytest.mark.parametrize("text", ["阿王小明您好", "𠀀王小明您好", "3杜*华的信用卡已逾期", "a吕永强尾号3255"])
def test_no_name_inside_a_word(text):
    # 𠀀 (U+20000) is Han outside the basic block: the candidate scan lets it through, the pattern does not
    assert [e for e in run(X.find_names, text) if e.attrs["role"] == "greeting"] == []


def test_word_start_scan_only_refuses_positions_after_han():
    # The scan's lookbehind refuses a basic CJK ideograph; all of them are \p{Han}, which the patterns
    # refuse there too, so no match is lost.
    assert all(regex.match(r"\p{Han}", chr(c)) for c in range(0x4E00, 0xA000))


@pytest.mark.parametrize(
    "text",
    [
        "温馨提示：您尾号5300的账户已逾期",
        "还款提醒：预留手机号变更成功",
        "尊敬的客户：您的账单已出",
        "客户服务热线95588",
    ],
)
def test_an_opening_heading_with_a_colon_is_no_greeting(text):
    assert [e for e in run(X.find_names, text) if e.attrs["role"] == "greeting"] == []


@pytest.mark.parametrize(
    "text",
    [
        "您在360金融的贷款已逾期",  # 金融 after a digit is no name
        "账户余额的变动以银行记录为准",  # 余额 inside a word
        "您的信用卡已逾期，请督促自己按时还款",
    ],
)
def test_a_debtor_needs_a_clause_start(text):
    assert [e for e in run(X.find_names, text) if e.attrs["role"] == "greeting"] == []


@pytest.mark.parametrize("text", ["Dear customer, your card is past due", "借款人姓名：张三，欠款5000元"])
def test_no_false_latin_name_and_borrower_field_is_no_payee(text):
    names = run(X.find_names, text)
    assert all(e.attrs["role"] != "payee" for e in names)
    assert all(e.attrs.get("script") != "latin" for e in names)


@pytest.mark.parametrize(("text", "expected"), LINKS)
def test_find_links(text, expected):
    assert_entities(text, run(X.find_links, text), expected)


def test_link_attrs():
    (e,) = run(X.find_links, "点击 http://t.cn/A6xYz 查看")
    assert e.attrs["scheme"] == "http" and e.attrs["path"] == "/A6xYz"  # path keeps its case
    assert e.attrs["is_short"] and not e.attrs["is_ip"] and not e.attrs["punycode"]
    (e,) = run(X.find_links, "打开http://1.2.3.4:8080/x领取")
    assert e.attrs["is_ip"] and e.value == "1.2.3.4" and e.attrs["port"] == "8080"
    (e,) = run(X.find_links, "官网xn--fiqs8s.com")
    assert e.attrs["punycode"] and not e.attrs["is_short"]
    (e,) = run(X.find_links, "登录login.testbank.com.cn")
    assert e.attrs["registrable"] == "testbank.com.cn"
    (e,) = run(X.find_links, "登录www.webank-kf.top/login")
    assert e.attrs["registrable"] == "webank-kf.top" and e.attrs["scheme"] == ""


def test_shortlinks_file_loaded():
    assert {"t.cn", "dwz.cn", "url.cn", "bit.ly", "tinyurl.com"} <= X.SHORTLINK_HOSTS
    (e,) = run(X.find_links, "详见w.url.cn/s/abc")
    assert e.attrs["is_short"]


# --- card --------------------------------------------------------------------------------------------

SCAM_TRANSFER = "请于今日18点前将欠款转入以下账户：6222021234567890123 户名张三"

CARDS = [
    (SCAM_TRANSFER, [("card", "6222021234567890123", "6222021234567890123")]),
    ("卡号6222021234567890123已逾期", [("card", "6222021234567890123", "6222021234567890123")]),
    (
        "卡號６２２２０２１２３４５６７８９０１２３",
        [("card", "6222021234567890123", "６２２２０２１２３４５６７８９０１２３")],
    ),
    (
        "请转至6222021234567890128",
        [("card", "6222021234567890128", "6222021234567890128")],
    ),  # Luhn, no context
    ("银行卡：6228 4800 1234 5671，", [("card", "6228480012345671", "6228 4800 1234 5671")]),
    ("银行卡6228-4800-1234-5671", [("card", "6228480012345671", "6228-4800-1234-5671")]),
    (
        f"卡号6222{ZW}0212{ZW}3456{ZW}7890{ZW}123",
        [("card", "6222021234567890123", f"6222{ZW}0212{ZW}3456{ZW}7890{ZW}123")],
    ),
    # negatives: Luhn fails without context, ID numbers, too long, too short
    ("订单编号6222021234567890123", []),
    ("身份证110101199003074514", []),
    ("身份证号码11010519491231002X", []),
    ("卡号62220212345678901234", []),
    ("卡号622202123456789", []),
    # a company account (not a card) given to pay into: any length an account number has
    ("还款请汇至对公账户：44050145000100000123", [("card", "44050145000100000123", "44050145000100000123")]),
    ("收款账号 3100 0123", []),
    ("运单号SF6222021234567890128", []),
]


@pytest.mark.parametrize(("text", "expected"), CARDS)
def test_find_cards(text, expected):
    assert_entities(text, run(X.find_cards, text), expected)


def test_card_luhn_attr():
    (bad,) = run(X.find_cards, SCAM_TRANSFER)
    (good,) = run(X.find_cards, "请转至6222021234567890128")
    assert bad.attrs["luhn"] is False and good.attrs["luhn"] is True


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("4111111111111111", True),
        ("4111111111111112", False),
        ("79927398713", True),
        ("6222021234567890128", True),
        ("6222021234567890123", False),
        ("6228480012345671", True),
        ("0", True),
        ("", False),
        ("12a4", False),
    ],
)
def test_luhn(digits, valid):
    assert X.luhn_valid(digits) is valid


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("11010519491231002X", True),
        ("110101199003074514", True),
        ("110101199003074512", False),
        ("123", False),
    ],
)
def test_id_number(number, valid):
    assert X.id_number_valid(number) is valid


# --- wallet ------------------------------------------------------------------------------------------

WALLETS = [
    ("请转账至支付宝账号：zhangsan@163.com", [("wallet", "alipay", "支付宝账号：zhangsan@163.com")]),
    ("加微信wxid_abc123处理", [("wallet", "wechat", "微信wxid_abc123")]),
    ("扫描微信收款码还款", [("wallet", "wechat", "微信收款码")]),
    ("QQ号123456789", [("wallet", "qq", "QQ号123456789")]),
    ("可用云闪付转账", [("wallet", "unionpay", "云闪付转账")]),
    ("微信号:abc_123", [("wallet", "wechat", "微信号:abc_123")]),
    ("加vx：abc_123", [("wallet", "wechat", "vx：abc_123")]),
    ("加薇信13812345678", [("wallet", "wechat", "薇信13812345678")]),
    ("QQ：88888888，", [("wallet", "qq", "QQ：88888888")]),
    ("支付寶帳號１３８１２３４５６７８", [("wallet", "alipay", "支付寶帳號１３８１２３４５６７８")]),
    # negatives: the platform named without an account to pay into
    ("可通过微信公众号查询账单", []),
    ("支持微信还款", []),
    ("访问weixin.qq.com", []),
]


@pytest.mark.parametrize(("text", "expected"), WALLETS)
def test_find_wallets(text, expected):
    assert_entities(text, run(X.find_wallets, text), expected)


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("请转账至支付宝账号：zhangsan@163.com", "zhangsan@163.com"),
        ("加微信wxid_abc123处理", "wxid_abc123"),
        ("扫描微信收款码还款", ""),
        ("微信转账10000元", ""),
        ("QQ号123456789", "123456789"),
        ("你先帮我转8000块到VXkftbswjn（专员闫建国）", "kftbswjn"),  # "VX" glued to the id
        ("本次外访差旅费300元由欠款人承担，微信转我kffdx5，今天不转明天去你单位", "kffdx5"),  # "转我" + id
    ],
)
def test_wallet_account(text, account):
    (e,) = run(X.find_wallets, text)
    assert e.attrs["account"] == account


@pytest.mark.parametrize("text", ["请登录wxpay处理", "Dear customer, qqmusic", "wxyz"])
def test_glued_vx_needs_an_id_shaped_tail(text):
    assert run(X.find_wallets, text) == []


# --- amount ------------------------------------------------------------------------------------------

AMOUNTS = [
    ("您已欠款10000元", [("amount", "10000", "10000元")]),
    ("应还¥3,200.50，", [("amount", "3200.5", "¥3,200.50")]),
    ("应还￥3,200.50", [("amount", "3200.5", "￥3,200.50")]),
    ("本期应还5,000.00元", [("amount", "5000", "5,000.00元")]),
    ("借款1.2万元已逾期", [("amount", "12000", "1.2万元")]),
    ("人民币8000元", [("amount", "8000", "人民币8000元")]),
    ("欠款3000，请尽快处理", [("amount", "3000", "3000")]),
    ("逾期金额：¥5,000", [("amount", "5000", "¥5,000")]),
    ("您的欠款３０００元", [("amount", "3000", "３０００元")]),
    ("共計3萬元", [("amount", "30000", "3萬元")]),
    (f"欠款30{ZW}00元", [("amount", "3000", f"30{ZW}00元")]),
    # negatives
    ("已逾期30天", []),
    ("年化利率3.5%", []),
    ("请拨打95384", []),
    ("请于2024年8月31日前还款", []),
    ("借款2024年到期", []),
    ("您尾号1234的卡", []),
]


@pytest.mark.parametrize(("text", "expected"), AMOUNTS)
def test_find_amounts(text, expected):
    assert_entities(text, run(X.find_amounts, text), expected)


def test_amount_currency():
    (e,) = run(X.find_amounts, "欠款10000元")
    assert e.attrs["currency"] == "CNY"


# --- date --------------------------------------------------------------------------------------------

DATES = [
    ("请于8月31日前还款", [("date", "8月31日前", "8月31日前")]),
    ("请于2024年8月31日还款", [("date", "2024年8月31日", "2024年8月31日")]),
    ("到期日2024-08-31", [("date", "2024-08-31", "2024-08-31")]),
    ("请于今日18点前处理", [("date", "今日18点前", "今日18点前")]),
    ("請於今日18點前還款", [("date", "今日18点前", "今日18點前")]),
    ("请在24小时内处理", [("date", "24小时内", "24小时内")]),
    ("3个工作日内到账", [("date", "3个工作日内", "3个工作日内")]),
    ("三个工作日内到账", [("date", "三个工作日内", "三个工作日内")]),
    ("明天将上门", [("date", "明天", "明天")]),
    ("请于18:00前处理", [("date", "18:00前", "18:00前")]),
    ("2024/8/31 12:00", [("date", "2024/8/31 12:00", "2024/8/31 12:00")]),
    (f"请于8月{ZW}31日前还款", [("date", "8月31日前", f"8月{ZW}31日前")]),
    # negatives
    ("已逾期30天", []),
    ("请拨打95384", []),
    ("您尾号1234的卡", []),
]


@pytest.mark.parametrize(("text", "expected"), DATES)
def test_find_dates(text, expected):
    assert_entities(text, run(X.find_dates, text), expected)


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("请于8月31日前还款", False),
        ("2024-08-31", False),
        ("今日18点前", True),
        ("24小时内", True),
        ("明天", True),
    ],
)
def test_date_relative(text, relative):
    (e,) = run(X.find_dates, text)
    assert e.attrs["relative"] is relative


# --- tail --------------------------------------------------------------------------------------------

TAILS = [
    ("您尾号1234的储蓄卡", [("tail", "1234", "尾号1234")]),
    ("尾号为1234的信用卡", [("tail", "1234", "尾号为1234")]),
    ("卡号后四位5678", [("tail", "5678", "后四位5678")]),
    ("您的账户****5678已冻结", [("tail", "5678", "****5678")]),
    ("卡号6222****1234", [("tail", "1234", "****1234")]),
    ("手机号138****5678", [("tail", "5678", "****5678")]),
    ("尾號１２３４", [("tail", "1234", "尾號１２３４")]),
    ("账户＊＊＊＊５６７８", [("tail", "5678", "＊＊＊＊５６７８")]),
    # negatives
    ("欠款1234元", []),
    ("尾号12", []),
]


@pytest.mark.parametrize(("text", "expected"), TAILS)
def test_find_tails(text, expected):
    assert_entities(text, run(X.find_tails, text), expected)


# --- name --------------------------------------------------------------------------------------------

NAMES = [
    ("尊敬的张先生，您好", [("name", "张先生", "张先生")]),
    ("张三您好，您的借款已逾期", [("name", "张三", "张三")]),
    ("尊敬的李女士：", [("name", "李女士", "李女士")]),
    ("王小明先生，您好！", [("name", "王小明", "王小明先生")]),
    ("【测试银行】尊敬的欧阳娜娜女士：", [("name", "欧阳娜娜", "欧阳娜娜女士")]),
    ("尊敬的張先生", [("name", "张先生", "張先生")]),
    ("尊敬的王小姐，", [("name", "王小姐", "王小姐")]),
    ("户名张三，开户行测试银行", [("name", "张三", "张三")]),
    (SCAM_TRANSFER, [("name", "张三", "张三")]),
    # negatives: generic forms of address are not names
    ("尊敬的客户，您好", []),
    ("尊敬的用户：", []),
    ("尊敬的会员您好", []),
    ("尊敬的借款人", []),
    ("尊敬的持卡人，", []),
    ("您好，您的账单已出", []),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_find_names(text, expected):
    assert_entities(text, run(X.find_names, text), expected)


def test_name_roles():
    (greeting,) = run(X.find_names, "尊敬的张先生，您好")
    (payee,) = run(X.find_names, "户名张三")
    assert greeting.attrs["role"] == "greeting" and payee.attrs["role"] == "payee"


# --- institution -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load(FIXTURES / "institutions.toml")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "【测试银行】您的测试贷已逾期",
            [("institution", "testbank", "测试银行"), ("institution", "testbank", "测试贷")],
        ),
        ("【測試銀行】您好", [("institution", "testbank", "測試銀行")]),
        ("【示例消金】账单提醒", [("institution", "examplecredit", "示例消金")]),
        ("【某某银行】账单提醒", []),
    ],
)
def test_find_institutions(registry, text, expected):
    assert_entities(text, X.find_institutions(normalize(text), registry), expected)


def test_institution_alias_and_no_registry(registry):
    (e,) = X.find_institutions(normalize("【示例消金】"), registry)
    assert e.attrs["alias"] == "示例消金"
    assert X.find_institutions(normalize("【测试银行】"), None) == []


# --- app ---------------------------------------------------------------------------------------------

APPS = [
    ("请下载测试银行App处理", [("app", "测试银行", "下载测试银行App")]),
    ("点击链接下载", [("app", "", "点击链接下载")]),
    ("请安装后登录", [("app", "", "安装")]),
    ("下载xx.apk", [("app", "", "apk")]),
    ("在应用商店搜索「测试银行」", [("app", "测试银行", "应用商店搜索「测试银行」")]),
    ("請下載「測試銀行」APP", [("app", "测试银行", "下載「測試銀行」APP")]),
    # negatives
    ("请登录网银查询", []),
    ("请按时还款", []),
]


@pytest.mark.parametrize(("text", "expected"), APPS)
def test_find_apps(text, expected):
    assert_entities(text, run(X.find_apps, text), expected)


# --- code --------------------------------------------------------------------------------------------

CODES = [
    ("验证码123456，5分钟内有效", [("code", "123456", "验证码123456")]),
    ("123456为您的验证码", [("code", "123456", "123456为您的验证码")]),
    ("動態碼：8888", [("code", "8888", "動態碼：8888")]),
    # negatives
    ("请勿向他人透露验证码", []),
    ("请拨打95384", []),
    ("验证码12", []),
]


@pytest.mark.parametrize(("text", "expected"), CODES)
def test_find_codes(text, expected):
    assert_entities(text, run(X.find_codes, text), expected)


# --- extract -----------------------------------------------------------------------------------------

FULL = (
    "【测试银行】尊敬的张先生，您尾号1234的测试贷已逾期，欠款3,200.50元，请于2024年8月31日前还款，"
    "详询95000或登录testbank.com.cn。"
)


def test_extract_all_sorted(registry):
    entities = X.extract(normalize(FULL), registry)
    assert_spans_consistent(FULL, entities)
    assert [e.start for e in entities] == sorted(e.start for e in entities)
    assert [(e.kind, e.value) for e in entities] == [
        ("institution", "testbank"),
        ("name", "张先生"),
        ("tail", "1234"),
        ("institution", "testbank"),
        ("amount", "3200.5"),
        ("date", "2024年8月31日前"),
        ("phone", "95000"),
        ("link", "testbank.com.cn"),
        ("institution", "testbank"),  # the registry alias "testbank" inside the host
    ]


def test_extract_scam_message():
    entities = X.extract(normalize(SCAM_TRANSFER))
    assert [(e.kind, e.value) for e in entities] == [
        ("date", "今日18点前"),
        ("card", "6222021234567890123"),
        ("name", "张三"),
    ]


def test_extract_without_registry_has_no_institutions():
    assert all(e.kind != "institution" for e in X.extract(normalize(FULL)))


def test_extract_accepts_plain_str():
    assert X.extract(FULL) == X.extract(normalize(FULL))


# --- regex safety ------------------------------------------------------------------------------------

ADVERSARIAL = [
    "1" * 20000,
    "a." * 10000,
    "微信" * 5000,
    "http://" + "a" * 20000,
    "*" * 20000,
    "尊敬的" + "张" * 20000,
    "1." * 10000,
    "1 " * 10000,
    "下载" * 10000,
    "-" * 20000 + "1",
]


@pytest.mark.parametrize("finder", [*X.FINDERS, X.extract], ids=lambda f: f.__name__)
@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: repr(t[:10]))
def test_finders_finish_quickly_on_adversarial_input(finder, text):
    norm = normalize(text)
    t0 = time.perf_counter()
    finder(norm)
    assert time.perf_counter() - t0 < 2.0  # a safety bound against catastrophic backtracking


@pytest.mark.parametrize(
    ("finder", "text", "found"),
    [
        # find_phones looks for international numbers only in a text with "+" or "00" (full-width too)
        (X.find_phones, "请拨打＋８５２　９１２３　４５６７", [("91234567", "international")]),
        (X.find_phones, "回电００８６１３８００１３８０００", [("13800138000", "mobile")]),
        # find_cards looks for an account number only in a text with 账 or 帐 (traditional 帳 folds to 帐)
        (X.find_cards, "對公帳戶：１２３４５６７８９０１２", [("123456789012", True)]),
        # find_dates removes spaces only from a date that has one
        (X.find_dates, "请于２０２４年８月３１日 18:00前还款", [("2024年8月31日18:00前", False)]),
        (X.find_dates, "3 天内", [("3天内", True)]),
    ],
)
def test_guarded_finders_still_find_unusual_spellings(finder, text, found):
    first_attr = {"phone": "phone_kind", "card": "context", "date": "relative"}
    assert [(e.value, e.attrs[first_attr[e.kind]]) for e in run(finder, text)] == found
