"""Parameters and result columns, the same on every engine (embedded always, Neo4j when
NEO4J_URI is set): numbers come back exactly as given or are refused by name, and a read
names its columns even when no row comes back."""

from __future__ import annotations

import math
import sys
from typing import Any

import pytest

from graph.base import GraphEngine, InvalidValue

FLOATS = [
    0.1 + 0.2,  # 0.30000000000000004: 17 significant digits
    1 / 3,
    2.0**53,
    -(2.0**60) - 2**8,
    1.2345678901234567e-5,
    123456789.12345679,
    sys.float_info.max,  # FalkorDB's reply would make it infinite
    -sys.float_info.max,
    sys.float_info.min,
    5e-324,  # the smallest subnormal
    -0.5,
    1e300,
]
INTEGERS = [2**63 - 1, -(2**63), 2**53 + 1, 0]


@pytest.mark.parametrize("value", [*FLOATS, *INTEGERS], ids=repr)
def test_numbers_round_trip_exactly(any_engine: GraphEngine, value: float) -> None:
    rows = any_engine.read("RETURN $v AS v, [$v, 1] AS l, {k: $v} AS m", {"v": value})
    assert rows == [{"v": value, "l": [value, 1], "m": {"k": value}}]
    assert type(rows[0]["v"]) is type(value)


def test_many_floats_in_one_statement(any_engine: GraphEngine) -> None:
    assert any_engine.read("RETURN $xs AS xs", {"xs": FLOATS}) == [{"xs": FLOATS}]


def test_a_stored_float_read_back_through_its_parameter(any_engine: GraphEngine) -> None:
    """A node property set from a parameter and matched by it comes back exactly."""
    value = 0.1 + 0.2
    any_engine.write([("CREATE (:Entity:Company {id: 'company:f', name: 'F', score: $v})",
                       {"v": value})])
    rows = any_engine.read("MATCH (n:Company) WHERE n.score = $v RETURN n.score AS s, n",
                           {"v": value})
    assert rows[0]["s"] == value and rows[0]["n"]["properties"]["score"] == value


@pytest.mark.parametrize(("params", "message"), [
    ({"x": 2**63}, "parameter 'x' is 9223372036854775808, outside the 64-bit integer range"),
    ({"x": -(2**63) - 1}, "parameter 'x' is -9223372036854775809, outside"),
    ({"x": math.nan}, "parameter 'x' is NaN; only finite numbers"),
    ({"x": math.inf}, "parameter 'x' is Infinity; only finite numbers"),
    ({"x": -math.inf}, "parameter 'x' is -Infinity; only finite numbers"),
    ({"rows": [{"n": 1}, {"n": math.nan}]}, "parameter 'rows' at \\[1\\].n is NaN"),
    ({"ok": 1, "big": [[2**64]]}, "parameter 'big' at \\[0\\]\\[0\\] is 18446744073709551616"),
])
def test_numbers_no_engine_holds_are_refused_by_name(
    any_engine: GraphEngine, params: dict[str, Any], message: str
) -> None:
    names = ", ".join(f"${k} AS {k}" for k in params)
    with pytest.raises(InvalidValue, match=message):
        any_engine.read(f"RETURN {names}", params)
    with pytest.raises(InvalidValue, match=message):
        any_engine.write([("UNWIND [1] AS one CREATE (:Entity:Company {id: 'company:n', "
                           "name: 'N', v: $" + next(iter(params)) + "})", params)])
    assert any_engine.read("MATCH (n) RETURN count(n) AS c") == [{"c": 0}]


@pytest.mark.parametrize("max_rows", [None, 5])
def test_columns_without_rows(any_engine: GraphEngine, max_rows: int | None) -> None:
    table = any_engine.read_table(
        "MATCH (n:Company) WHERE n.name = $name RETURN n.name AS zeta, n.id AS alpha",
        {"name": "nobody"}, max_rows=max_rows,
    )
    assert table.rows == []
    if max_rows is None:
        assert table.columns == ["zeta", "alpha"]
    else:  # the embedded engine bounds the statement in a subquery: columns by name
        assert sorted(table.columns) == ["alpha", "zeta"]


def test_columns_with_rows_match_the_rows(any_engine: GraphEngine) -> None:
    table = any_engine.read_table("UNWIND [1, 2] AS x RETURN x * 2 AS double, x")
    assert table.columns == ["double", "x"]
    assert table.rows == [{"double": 2, "x": 1}, {"double": 4, "x": 2}]
