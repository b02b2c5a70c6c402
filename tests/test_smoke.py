from graph.base import GraphEngine


def test_engine_roundtrip(engine: GraphEngine) -> None:
    engine.write([("CREATE (:Entity:Company {id: 'company:x', name: 'X'})", {})])
    rows = engine.read("MATCH (n:Company) RETURN n")
    assert rows == [
        {"n": {"id": "company:x", "labels": ["Entity", "Company"],
               "properties": {"id": "company:x", "name": "X"}}}
    ]
