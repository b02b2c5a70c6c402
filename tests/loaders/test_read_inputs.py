"""Input edge cases of reading and evaluating: unsupported files in a directory, a JSONL file
naming one source twice, error wording, an empty gold directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.services.documents import add_upload
from app.services.errors import InvalidRequest
from graph.base import GraphEngine
from loaders.evaluate import GoldError, gold_sets
from loaders.model import SourceDocument
from loaders.read import DocumentError, documents_from_upload, read_path, skipped_files

TIMEOUT_S = 300
REPO = Path(__file__).resolve().parents[2]


def run(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CHOKEPOINT_DATA_DIR": str(data_dir), "CHOKEPOINT_BACKEND": "embedded"}
    env.pop("CHOKEPOINT_EMBEDDED_PORT", None)
    return subprocess.run([sys.executable, "-m", "app.cli", *args], env=env, text=True,
                          capture_output=True, timeout=TIMEOUT_S, check=False, cwd=REPO)


def test_skipped_files_names_each_unsupported_file(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Intel sells chips.")
    (tmp_path / "notes.TXT").write_text("Intel sells chips.")
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "README").write_text("read me")
    (tmp_path / "sub" / "data.csv").write_text("a,b")
    (tmp_path / ".DS_Store").write_bytes(b"\x00")
    assert skipped_files(tmp_path) == [
        ("README", "unsupported file type (no extension) (.txt .md .html .jsonl are read)"),
        ("report.pdf", "unsupported file type .pdf (.txt .md .html .jsonl are read)"),
        ("sub/data.csv", "unsupported file type .csv (.txt .md .html .jsonl are read)"),
    ]
    assert skipped_files(tmp_path / "a.txt") == []


def test_cli_load_names_skipped_files_and_fails_when_nothing_is_read(tmp_path: Path) -> None:
    pdfs, mixed = tmp_path / "pdfs", tmp_path / "mixed"
    pdfs.mkdir()
    mixed.mkdir()
    (pdfs / "report.pdf").write_bytes(b"%PDF-1.4")
    (mixed / "report.pdf").write_bytes(b"%PDF-1.4")
    (mixed / "a.txt").write_text("ASML supplies EUV lithography machines to TSMC.\n")

    only_pdfs = run(["load", str(pdfs)], tmp_path / "data")
    assert only_pdfs.returncode == 1
    messages = [x for x in only_pdfs.stderr.splitlines() if x.startswith("chokepoint: ")]
    assert messages == [
        "chokepoint: skipped: report.pdf: unsupported file type .pdf "
        "(.txt .md .html .jsonl are read)",
        f"chokepoint: no document read from {pdfs} (unsupported files skipped: 1)",
    ]

    some = run(["load", str(mixed)], tmp_path / "data")
    assert some.returncode == 0, some.stderr
    assert "chokepoint: skipped: report.pdf: unsupported file type .pdf" in some.stderr
    assert some.stdout.startswith("documents: 1 (loaded 1,")
    assert "skipped: 1 (unsupported file types, named on stderr)" in some.stdout


def test_cli_eval_of_a_directory_without_gold_files_is_an_error(tmp_path: Path) -> None:
    proc = run(["eval", str(tmp_path)], tmp_path / "data")
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.strip() == (f"chokepoint: no gold files in {tmp_path} "
                                   "(expected *.json gold files below it)")


def test_gold_sets_of_an_empty_directory_names_it(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(GoldError, match="no gold files in .*empty"):
        gold_sets([tmp_path / "empty"])


def test_a_jsonl_line_repeating_a_url_fails_and_the_first_stays(tmp_path: Path) -> None:
    f = tmp_path / "dup.jsonl"
    rows = [
        {"text": "Nvidia supplies AI chips to Alibaba.", "url": "https://x/same"},
        {"text": "Lynas ships rare earths to Japan.", "source": "feed/2"},
        {"text": "ASML supplies lithography machines to TSMC.", "url": "https://x/same"},
        {"text": "Lynas ships rare earths to Japan."},
        {"text": "Lynas ships rare earths to Japan.", "source": "feed/2"},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    items = list(read_path(f))
    docs = [i for i in items if isinstance(i, SourceDocument)]
    errors = [str(i) for i in items if isinstance(i, DocumentError)]
    assert [d.source for d in docs] == ["https://x/same", "feed/2", f"{f.resolve()}#4"]
    assert docs[0].text == "Nvidia supplies AI chips to Alibaba."
    assert errors == ["dup.jsonl line 3: same url/source as line 1",
                      "dup.jsonl line 5: same url/source as line 2"]


def test_an_upload_repeating_a_text_fails_naming_the_first_line() -> None:
    data = b'{"text": "Intel sells chips."}\n{"text": "Intel sells chips."}\n'
    with pytest.raises(DocumentError, match="^up.jsonl line 2: same text as line 1$"):
        documents_from_upload("up.jsonl", data)


def test_malformed_json_message_reads_once(tmp_path: Path) -> None:
    f = tmp_path / "bad.jsonl"
    f.write_bytes(b'{"text": "a\tb"}\n')
    [error] = list(read_path(f))
    assert isinstance(error, DocumentError)
    assert str(error) == ("bad.jsonl line 1: malformed JSON "
                          "(Invalid control character at column 12)")


def test_an_upload_error_names_the_file_once(engine: GraphEngine) -> None:
    with pytest.raises(InvalidRequest) as caught:
        add_upload(engine, "binary.txt", b"\x00\x01binary")
    message = str(caught.value)
    assert message.count("binary.txt") == 1
    assert message == "not read: binary.txt: binary content (NUL bytes), not a text document"
