"""POST /query gives back what it was given: parameters exactly or refused by name, one
trailing semicolon accepted, and the statement's columns named even without rows."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from fastapi.testclient import TestClient

from graph.base import GraphEngine
from queries.statement import without_trailing_semicolon


def _post(url: str, body: bytes) -> tuple[int, bytes]:
    request = urllib.request.Request(f"{url}/query", data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


# Numbers as JSON text: each must come back as the same number (parsed the same way).
EXACT = ["1.7976931348623157e308", "-1.7976931348623157e308", "0.30000000000000004",
         "9007199254740992.0", "1.2345678901234567e-5", "5e-324", "2.2250738585072014e-308",
         "0.1", "9223372036854775807", "-9223372036854775808", "123456789.12345679"]


@pytest.mark.parametrize("number", EXACT)
def test_numbers_come_back_exactly_over_http(live_server: str, number: str) -> None:
    body = (f'{{"statement": "RETURN $x AS x, [$x] AS l, {{k: $x}} AS m", '
            f'"parameters": {{"x": {number}}}}}').encode()
    status, raw = _post(live_server, body)
    assert status == 200, raw
    value = json.loads(number)
    assert json.loads(raw)["data"]["values"] == [[value, [value], {"k": value}]]


RANGE = "outside the 64-bit integer range -9223372036854775808..9223372036854775807"
FINITE = "only finite numbers can be parameters"


@pytest.mark.parametrize(("number", "detail"), [
    ("9223372036854775808", f"parameter 'x' is 9223372036854775808, {RANGE}"),
    ("-9223372036854775809", f"parameter 'x' is -9223372036854775809, {RANGE}"),
    ("NaN", f"parameter 'x' is NaN; {FINITE}"),
    ("Infinity", f"parameter 'x' is Infinity; {FINITE}"),
    ("-Infinity", f"parameter 'x' is -Infinity; {FINITE}"),
    ("1e400", f"parameter 'x' is Infinity; {FINITE}"),  # beyond the largest double
])
def test_numbers_no_engine_holds_are_422_naming_the_parameter(
    live_server: str, number: str, detail: str
) -> None:
    status, raw = _post(live_server, f'{{"statement": "RETURN $x AS x", '
                                  f'"parameters": {{"x": {number}}}}}'.encode())
    assert status == 422, raw
    assert json.loads(raw)["detail"] == detail


def test_a_number_deep_in_a_parameter_is_named_with_its_place(client: TestClient) -> None:
    r = client.post("/query", content=b'{"statement": "UNWIND $rows AS r RETURN r", '
                                      b'"parameters": {"rows": [{"n": 1}, {"n": NaN}]}}',
                    headers={"Content-Type": "application/json"})
    assert r.status_code == 422, r.text
    assert r.json()["detail"].startswith("parameter 'rows' at [1].n is NaN")


@pytest.mark.parametrize("statement", [
    "RETURN 1 AS x;",
    "RETURN 1 AS x ;  \n",
    "RETURN 1 AS x; // done",
    "RETURN 1 AS x; /* done */ \n",
    "RETURN 1 AS x // one\n;",
])
def test_one_trailing_semicolon_is_accepted(client: TestClient, statement: str) -> None:
    r = client.post("/query", json={"statement": statement})
    assert r.status_code == 200, r.text
    assert r.json()["data"] == {"fields": ["x"], "values": [[1]]}


def test_a_semicolon_in_a_string_or_comment_stays(client: TestClient) -> None:
    r = client.post("/query", json={"statement": "RETURN ';' AS s // ;"})
    assert r.status_code == 200, r.text
    assert r.json()["data"]["values"] == [[";"]]
    assert without_trailing_semicolon("RETURN ';' AS s // ;") == "RETURN ';' AS s // ;"


@pytest.mark.parametrize("statement", ["RETURN 1 AS x; RETURN 2 AS x", "RETURN 1 AS x;;"])
def test_two_statements_are_still_refused(client: TestClient, statement: str) -> None:
    r = client.post("/query", json={"statement": statement})
    assert r.status_code == 422, r.text
    assert "Cypher error" in r.json()["detail"]


@pytest.mark.parametrize(("statement", "fields"), [
    ("MATCH (n:Company) WHERE n.name = $name RETURN n.id AS id, n.name AS name",
     ["id", "name"]),
    ("MATCH (n:Company) WHERE n.name = $name RETURN n.name AS zeta, n.id AS alpha",
     ["zeta", "alpha"]),
    ("MATCH (n:Company) WHERE n.name = $name RETURN count(n) AS c, collect(n.id) AS ids",
     ["c", "ids"]),  # an aggregate answers one row even over nothing
    ("MATCH (n:Company) WHERE n.name = $name RETURN n", ["n"]),
])
def test_fields_are_named_without_rows(
    client: TestClient, chain: GraphEngine, statement: str, fields: list[str]
) -> None:
    r = client.post("/query", json={"statement": statement, "parameters": {"name": "nobody"}})
    assert r.status_code == 200, r.text
    assert r.json()["data"]["fields"] == fields
