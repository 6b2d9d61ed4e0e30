"""Results cross process boundaries pickled: the round trip must give equal objects."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from datetime import UTC, datetime

import pytest

import newsgraph.types as types_module
from newsgraph.engines.local import process_batch
from newsgraph.nlp import resolve_model_name
from newsgraph.types import Article, Token

_DATACLASSES = [
    cls
    for cls in vars(types_module).values()
    if isinstance(cls, type)
    and dataclasses.is_dataclass(cls)
    and cls.__module__ == types_module.__name__
]


@pytest.mark.parametrize("cls", _DATACLASSES, ids=lambda c: c.__name__)
def test_every_type_pickles_as_a_constructor_call_of_all_its_fields(cls):
    # A new type or a field left out of __init__ would be pickled wrongly (or slowly).
    assert "__reduce__" in vars(cls)
    assert all(f.init for f in dataclasses.fields(cls))
    assert cls.__match_args__ == tuple(f.name for f in dataclasses.fields(cls))


@pytest.mark.model
def test_processed_article_round_trip_gives_equal_rows_of_every_kind():
    article = Article(
        id="a1",
        title="Talks in Geneva",
        text=(
            'Russian President Vladimir Putin said on Monday that "talks will resume next '
            'week" in Geneva. NATO troops attacked rebels on Tuesday, killing 12 people, '
            "Reuters reported. The ministers will meet on 12 March."
        ),
        published=datetime(2022, 2, 21, tzinfo=UTC),
        outlet="example.com",
    )
    [processed] = process_batch([article], resolve_model_name(""))
    for field in ("mentions", "events", "timexes", "quotes", "figures", "story_features"):
        assert getattr(processed, field), field  # every kind of row takes part
    again = pickle.loads(pickle.dumps(processed, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == processed
    assert type(again.events[0]) is type(processed.events[0])


@pytest.mark.parametrize("cls", _DATACLASSES, ids=lambda c: c.__name__)
def test_every_type_is_built_through_its_slots_with_the_dataclass_signature(cls):
    # `_init_through_slots` replaces the generated __init__: same parameters and defaults,
    # every field set, and the object still frozen.
    init = cls.__init__
    params = list(inspect.signature(init).parameters.values())[1:]
    fields = dataclasses.fields(cls)
    assert f"_set_{fields[0].name}" in init.__code__.co_names  # not the dataclass one
    assert [p.name for p in params] == [f.name for f in fields]
    assert [p.default for p in params] == [
        inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default for f in fields
    ]
    values = [f"v{i}" for i in range(len(fields))]
    built = cls(*values)
    assert [getattr(built, f.name) for f in fields] == values
    assert built == cls(**{f.name: v for f, v in zip(fields, values, strict=True)})
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(built, fields[0].name, "other")


def test_a_type_with_defaults_fills_them_in():
    token = Token("Talks", "talk", "NOUN", "NNS", "nsubj", 1, 0)
    assert (token.ws, token.ent_iob, token.ent_type) == (True, "O", "")
    assert dataclasses.replace(token, ws=False) == Token(
        "Talks", "talk", "NOUN", "NNS", "nsubj", 1, 0, ws=False
    )
    with pytest.raises(TypeError):
        Token("Talks", "talk", "NOUN", "NNS", "nsubj", 1)  # idx missing
