"""verifier.types.make_frozen builds the same objects as the dataclasses' own constructors (messages,
normalised texts, entities, registry mentions, verdicts)."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from verifier import Verifier
from verifier.extract import _entity
from verifier.normalize import normalize
from verifier.types import Entity, Verdict, make_frozen


def _rebuilt(obj: object) -> tuple[object, object]:
    """``obj`` built again by its class's constructor and by make_frozen, from its own fields."""
    fields = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}
    return type(obj)(**fields), make_frozen(type(obj), dict(fields))


def test_made_objects_are_the_objects_their_constructors_build():
    verifier = Verifier.load()
    text = "【招商银行】尊敬的张先生，您尾号1234的信用卡欠款5,000元已逾期，请明天前致电95555。"
    msg = verifier.message(text)
    mentions = verifier.registry.mentions(msg.text)
    assert msg.entities and mentions
    for obj in (msg, msg.norm, *msg.entities, *mentions):
        by_init, by_dict = _rebuilt(obj)
        assert by_dict == by_init == obj
        assert vars(by_dict) == vars(by_init)  # the same attributes, none missing or extra
        assert repr(by_dict) == repr(by_init)
        assert pickle.loads(pickle.dumps(by_dict)) == obj
    assert msg.of("amount")[0].value == "5000"  # the cached grouping by kind still works


def test_entity_helper_gives_every_field_of_entity():
    norm = normalize("欠款3000元")
    entity = _entity(norm, "amount", "3000", 2, 7, currency="CNY")
    assert list(vars(entity)) == [f.name for f in dataclasses.fields(Entity)]
    assert entity == Entity("amount", "3000", 2, 7, "3000元", {"currency": "CNY"})


def test_made_objects_stay_frozen():
    entity = make_frozen(Entity, {"kind": "k", "value": "v", "start": 0, "end": 1, "text": "t", "attrs": {}})
    with pytest.raises(dataclasses.FrozenInstanceError):
        entity.kind = "other"  # type: ignore[misc]


def test_a_verdict_has_every_field_of_verdict_in_order():
    verifier = Verifier.load()
    for text in (
        "【招商银行】尊敬的张先生，您尾号1234的信用卡欠款5,000元已逾期，请明天前致电95555。",
        "您的快递已到驿站，请凭取件码8899取件。",
    ):
        verdict = verifier.check(text, sender="95555", recipient_name="张三")
        assert list(vars(verdict)) == [f.name for f in dataclasses.fields(Verdict)]
        by_init, _ = _rebuilt(verdict)
        assert by_init == verdict and repr(by_init) == repr(verdict)
