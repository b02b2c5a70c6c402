"""The embedded engine's own parameter encoding: the same text as the FalkorDB client's
encoder, the same refusals, and values that round-trip through the real server."""

from __future__ import annotations

from typing import Any

import pytest
from falkordb.helpers import stringify_param_value

from graph.base import GraphEngine, InvalidValue
from graph.embedded import MAX_NESTING, with_parameters

VALUES: list[Any] = [
    "plain", "", 'quo"te', "back\\slash", "new\nline\ttab", "é€😀", "'single'",
    0, -7, 2**62, 1.5, -0.0, 1e300, True, False, None,
    [], [1, "a", None, [2.5, ["deep"]]], {"k": "v", "n": {"m": [1, {"x": None}]}},
    ("tuple", 1), {"id": "company:a", "props": {}, "docs": ["d1", "d2"]},
]


def _nested(depth: int) -> object:
    value: object = 1
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize("value", VALUES)
def test_header_is_the_clients_text(value: Any) -> None:
    assert with_parameters("RETURN $v", {"v": value}) == (
        f"CYPHER `v`={stringify_param_value(value)} RETURN $v"
    )


def test_no_parameters_leave_the_statement_as_is() -> None:
    assert with_parameters("RETURN 1", None) == "RETURN 1"
    assert with_parameters("RETURN 1", {}) == "RETURN 1"


@pytest.mark.parametrize(("params", "message"), [
    ({"v": "a\x00b"}, "parameter 'v' contains a NUL"),
    ({"v": ["ok", {"k": "\x00"}]}, "parameter 'v' contains a NUL"),
    ({"v": {"": 1}}, "map key name '' is empty"),
    ({"v": [{"a`b": 1}]}, "map key name 'a`b'"),
    ({"a`b": 1}, "parameter name 'a`b'"),
    ({"": 1}, "parameter name '' is empty"),
    ({"v": _nested(MAX_NESTING + 1)}, "nested deeper than"),
])
def test_unsendable_parameters_are_named(params: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidValue, match=message):
        with_parameters("RETURN 1", params)


def test_nul_in_the_statement_is_refused() -> None:
    with pytest.raises(InvalidValue, match="statement contains a NUL"):
        with_parameters("RETURN 1 //\x00", {"v": 1})


def test_deepest_allowed_nesting_is_sent() -> None:
    assert with_parameters("RETURN $v", {"v": _nested(MAX_NESTING)}).count("[") == MAX_NESTING


def test_values_round_trip_through_the_server(engine: GraphEngine) -> None:
    for value in VALUES:
        expected = list(value) if isinstance(value, tuple) else value
        assert engine.read("RETURN $v AS v", {"v": value}) == [{"v": expected}], value


def test_float_parameters_the_reply_cannot_tell_apart(engine: GraphEngine) -> None:
    """FalkorDB writes a reply's doubles with 15 significant digits; a float parameter that
    needs more is recognised in the reply and given back exactly, unless two parameters
    round to the same 15 digits: then both come back with the reply's rounding."""
    apart = engine.read("RETURN $a AS a, $b AS b", {"a": 2.0**53, "b": 0.1 + 0.2})
    assert apart == [{"a": 2.0**53, "b": 0.1 + 0.2}]
    alike = engine.read("RETURN $a AS a, $b AS b", {"a": 2.0**53, "b": 2.0**53 + 2})
    assert alike == [{"a": 9007199254740990.0, "b": 9007199254740990.0}]
    assert alike[0]["a"] == pytest.approx(2.0**53, rel=1e-15)
