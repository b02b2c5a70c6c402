"""Fuzzed documents: the loader never crashes, rejects what it cannot read with a message
naming the file, and a rejected document leaves the graph exactly as it was.

Hypothesis generates random bytes, random Unicode (control, format and bidi characters
included), huge single lines, deeply nested HTML and JSONL lines of wrong types; each input is
loaded next to a good document through the real loader (`load_paths`, spaCy included). The
number of inputs tried is recorded as the figure ``fuzzed_documents``.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.base import GraphEngine
from loaders.pipeline import load_paths
from reliability.support import graph_snapshot

FIXTURE_OK = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
GOOD = "Huawei buys chips from SMIC. The United States imposed export controls on Huawei.\n"
_names = itertools.count()
TRIED: list[str] = []

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
hostile_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.characters(categories=["Cc", "Cf", "Zl", "Zp"]),
        st.sampled_from(BIDI + "\ufeff\ufffd\x00"),
    ),
    max_size=400,
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | hostile_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(hostile_text, inner, max_size=3),
    max_leaves=6,
)
jsonl_lines = st.one_of(
    json_values.map(json.dumps),
    st.fixed_dictionaries(
        {"text": json_values},
        optional={"title": json_values, "url": json_values, "published": json_values},
    ).map(json.dumps),
    st.fixed_dictionaries(
        {"text": hostile_text},
        optional={"title": hostile_text, "url": hostile_text},
    ).map(lambda d: json.dumps(d, ensure_ascii=False)),
    hostile_text,
)


def _nested_html(depth: int, tag: str, text: str) -> bytes:
    return (f"<html><body>{f'<{tag}>' * depth}{text}{f'</{tag}>' * depth}</body></html>"
            .encode("utf-8", "surrogatepass"))


documents = st.one_of(
    st.tuples(st.sampled_from([".txt", ".md", ".html", ".jsonl"]), st.binary(max_size=600)),
    st.tuples(st.sampled_from([".txt", ".md", ".html"]),
              hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass"))),
    st.tuples(st.just(".jsonl"),
              st.lists(jsonl_lines, min_size=1, max_size=4).map(
                  lambda lines: "\n".join(lines).encode("utf-8", "surrogatepass"))),
    st.tuples(st.just(".html"),
              st.builds(_nested_html, st.integers(1, 3000), st.sampled_from(["div", "b", "p"]),
                        hostile_text)),
    st.tuples(st.sampled_from([".txt", ".md", ".html"]),
              st.integers(1_000, 20_000).map(lambda n: ("x" * n + " Huawei" * 3).encode())),
)


def _load_one(engine: GraphEngine, root: Path, suffix: str, data: bytes) -> None:
    """Load one hostile file next to a good one and check the loader's promises."""
    n = next(_names)
    folder = root / f"case-{n}"
    folder.mkdir()
    bad = folder / f"hostile-{n}{suffix}"
    bad.write_bytes(data)
    (folder / f"good-{n}.txt").write_text(GOOD)
    TRIED.append(bad.name)
    summary = load_paths(engine, [folder], progress=False)
    failed = {source.split(" line ")[0]: reason for source, reason in summary.failed}
    assert f"good-{n}.txt" not in failed, summary.report()
    for source, reason in summary.failed:
        assert source.startswith(bad.name), (source, reason)
        assert reason.strip(), source
    assert _stored_from(engine, folder / f"good-{n}.txt"), "the lookup finds a loaded file"
    stored = _stored_from(engine, bad)
    if bad.name in failed and suffix != ".jsonl":
        assert not stored, f"rejected {bad.name} left {stored}"


def _stored_from(engine: GraphEngine, path: Path) -> set[str]:
    """Ids of the documents read from the file at `path` (a file's source is its path as the
    loader was given it; a JSONL line's is that path, '#' and the line number)."""
    return {r["id"] for r in engine.read(
        "MATCH (d:Document) WHERE d.source STARTS WITH $p RETURN d.id AS id", {"p": str(path)})}


@settings(max_examples=70, deadline=None, suppress_health_check=FIXTURE_OK)
@given(doc=documents)
def test_hostile_documents_never_crash_the_loader(
    engine: GraphEngine, tmp_path_factory: pytest.TempPathFactory, doc: tuple[str, bytes]
) -> None:
    suffix, data = doc
    _load_one(engine, tmp_path_factory.mktemp("fuzz"), suffix, data)


@settings(max_examples=40, deadline=None, suppress_health_check=FIXTURE_OK)
@given(data=st.one_of(st.tuples(st.binary(max_size=150), st.binary(max_size=150))
                      .map(lambda ab: b"x" + ab[0] + b"\x00" + ab[1]),
                      st.just(b"\xff\xfe\x00"), st.just(b"\xc3\x28 invalid utf-8"),
                      st.just(b"   \n\t  "), st.just(b"")))
def test_rejected_documents_leave_the_graph_unchanged(
    engine: GraphEngine, tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    root = tmp_path_factory.mktemp("reject")
    n = next(_names)
    (root / f"bad-{n}.txt").write_bytes(data)
    TRIED.append(f"bad-{n}.txt")
    before = graph_snapshot(engine)
    summary = load_paths(engine, [root], progress=False)
    assert [s for s, _ in summary.failed] == [f"bad-{n}.txt"], summary.report()
    assert graph_snapshot(engine) == before


def test_a_document_longer_than_the_nlp_limit_fails_alone(
    engine: GraphEngine, tmp_path: Path
) -> None:
    """One very long single line (over spaCy's max_length) among good documents."""
    (tmp_path / "a-good.txt").write_text(GOOD)
    (tmp_path / "b-huge.txt").write_text("Nvidia-sells-chips-to-Baidu " * 40_000)
    (tmp_path / "c-good.txt").write_text(GOOD.replace("Huawei", "ZTE"))
    TRIED.append("b-huge.txt")
    summary = load_paths(engine, [tmp_path], progress=False)
    assert summary.loaded == 2, summary.report()
    assert [s for s, _ in summary.failed] == ["b-huge.txt"], summary.report()
    assert "too long" in summary.failed[0][1]
    sources = [r["source"] for r in engine.read("MATCH (d:Document) RETURN d.source AS source")]
    assert sorted(Path(s).name for s in sources) == ["a-good.txt", "c-good.txt"]


def test_the_cli_reports_every_hostile_file_and_loads_the_rest(
    tmp_path: Path, figures  # type: ignore[no-untyped-def]
) -> None:
    root = tmp_path / "docs"
    root.mkdir()
    (root / "good.txt").write_text(GOOD)
    (root / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (root / "latin1.txt").write_bytes("Caf\xe9 sells chips".encode("latin-1"))
    (root / "empty.md").write_bytes(b"")
    (root / "nested.html").write_bytes(_nested_html(5000, "div", "SMIC supplies Huawei."))
    (root / "bad.jsonl").write_bytes(b'{"text": 5}\n[1, 2]\n{"text": "ok Huawei", "title": 3}\n'
                                     b'not json\n{"text": "Baidu buys chips from Nvidia."}\n')
    big = root / "big.txt"
    big.write_bytes(b"Huawei " * (2 * 1024 * 1024 // 7 + 1))
    env = {**os.environ, "CHOKEPOINT_DATA_DIR": str(tmp_path / "data"),
           "CHOKEPOINT_MAX_DOCUMENT_BYTES": str(1024 * 1024)}
    proc = subprocess.run(
        [sys.executable, "-m", "app.cli", "load", str(root)],
        capture_output=True, text=True, env=env, timeout=300, cwd=Path(__file__).parents[2],
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "Traceback" not in out, out
    for name in ("binary.txt", "latin1.txt", "empty.md", "big.txt", "bad.jsonl line 1",
                 "bad.jsonl line 2", "bad.jsonl line 3", "bad.jsonl line 4"):
        assert f"failed: {name}" in out, (name, out)
    assert "failed: good.txt" not in out
    assert "failed: bad.jsonl line 5" not in out
    TRIED.extend(["binary", "latin1", "empty", "nested", "jsonl1", "jsonl2", "jsonl3", "jsonl4",
                  "big"])
    figures("fuzzed_documents", len(TRIED))
