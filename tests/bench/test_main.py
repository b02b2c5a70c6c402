"""The bench's reuse of an imported graph: only a data dir stamped with the same size, seed
and generator counts as holding the graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import __main__ as bench_main


def test_only_a_matching_stamp_holds_the_graph(tmp_path: Path) -> None:
    assert not bench_main.holds_graph(tmp_path, "small")
    stamp = tmp_path / bench_main.STAMP
    stamp.write_text(json.dumps(bench_main.graph_stamp("small")))
    assert bench_main.holds_graph(tmp_path, "small")
    assert not bench_main.holds_graph(tmp_path, "100k")
    stamp.write_text(json.dumps({**bench_main.graph_stamp("small"), "generator": "older"}))
    assert not bench_main.holds_graph(tmp_path, "small")


def test_queries_without_writes_need_a_reusable_graph(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        bench_main.main(["--size", "small", "--only", "queries", "--reuse",
                         "--data-dir", str(tmp_path / "d")])
    assert exc.value.code == 2
    assert "--reuse with a data dir an earlier small run imported into" in capsys.readouterr().err
