"""Reading and cleaning documents: every format, every bad-input case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from loaders.model import SourceDocument
from loaders.read import (
    DocumentError,
    clean_text,
    document_from_text,
    documents_from_upload,
    read_path,
)

ARTICLE = "Nvidia sells H20 chips to Alibaba.\nThe company expects more orders.\n"


def docs_and_errors(path: Path, **kw: int) -> tuple[list[SourceDocument], list[DocumentError]]:
    items = list(read_path(path, **kw))
    return (
        [i for i in items if isinstance(i, SourceDocument)],
        [i for i in items if isinstance(i, DocumentError)],
    )


def test_txt_title_id_sha(tmp_path: Path) -> None:
    f = tmp_path / "Chip Story.txt"
    f.write_text("Chip curbs widen\n\n" + ARTICLE, encoding="utf-8")
    [doc] = list(read_path(f))
    assert isinstance(doc, SourceDocument)
    assert doc.id == "document:chip-story-txt"
    assert doc.title == "Chip curbs widen"
    assert "Nvidia sells H20 chips" in doc.text
    assert len(doc.sha256) == 64


def test_id_is_stable_across_content_changes_but_sha_is_not(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(ARTICLE)
    [first] = list(read_path(f))
    f.write_text(ARTICLE + "A new paragraph.\n")
    [second] = list(read_path(f))
    assert isinstance(first, SourceDocument) and isinstance(second, SourceDocument)
    assert first.id == second.id
    assert first.sha256 != second.sha256


def test_markdown(tmp_path: Path) -> None:
    f = tmp_path / "note.md"
    f.write_text("# Gallium curbs\n\n**Beijing** limited [gallium](http://x.org/g) exports.\n"
                 "![chart](c.png)\n")
    [doc] = list(read_path(f))
    assert isinstance(doc, SourceDocument)
    assert doc.title == "Gallium curbs"
    assert "Beijing limited gallium exports." in doc.text
    assert "http" not in doc.text and "chart" not in doc.text


def test_html_keeps_the_article_body_only(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>Site | ASML curbs</title><style>p{color:red}</style></head><body>"
        "<nav><a>Home</a><a>World</a></nav><header>Global News Network</header>"
        "<article><h1>ASML faces new curbs</h1><!-- tracking comment -->"
        "<p>ASML cannot ship <b>EUV</b> machines to China.</p>"
        "<p>The Dutch government agreed.</p><script>var x = 1;</script></article>"
        "<aside>Most read: celebrity news</aside><footer>Copyright 2025</footer></body></html>"
    )
    [doc] = list(read_path(f))
    assert isinstance(doc, SourceDocument)
    assert doc.title == "ASML faces new curbs"
    assert "ASML cannot ship EUV machines to China." in doc.text
    assert "The Dutch government agreed." in doc.text
    for noise in ("Home", "Global News Network", "tracking", "var x", "celebrity", "Copyright"):
        assert noise not in doc.text


def test_jsonl_lines_and_a_bad_line_that_fails_alone(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": ARTICLE, "title": "One", "url": "https://news.example/one"}),
        "{not json",
        json.dumps({"text": 42, "title": "Wrong type"}),
        json.dumps({"text": "Lynas ships rare earths to Japan.", "published": "2025-01-02"}),
        json.dumps({"text": "x", "title": ["list"]}),
        json.dumps({"text": ARTICLE, "url": "\u0000"}),
        json.dumps({"text": ARTICLE, "title": "A\n\ttitle", "published": "2025\u001b"}),
    ]
    f.write_text("\n".join(lines) + "\n")
    docs, errors = docs_and_errors(f)
    assert [d.title for d in docs] == ["One", "Lynas ships rare earths to Japan."]
    assert docs[0].id == "document:https-news-example-one"
    assert docs[0].url == "https://news.example/one"
    assert docs[1].id == "document:feed-jsonl-4"
    assert docs[1].source == f"{f.resolve()}#4"
    assert docs[1].published == "2025-01-02"
    assert [(e.source, e.line) for e in errors] == [("feed.jsonl", 2), ("feed.jsonl", 3),
                                                    ("feed.jsonl", 5), ("feed.jsonl", 6),
                                                    ("feed.jsonl", 7)]
    assert "malformed JSON" in str(errors[0]) and "feed.jsonl line 2" in str(errors[0])
    assert "'text' must be a non-empty string" in str(errors[1])
    assert "'title' must be a string" in str(errors[2])
    assert "'url' contains a control character ('\\x00')" in str(errors[3])
    assert "'published' contains a control character ('\\x1b')" in str(errors[4])


def test_directory_is_recursive_sorted_and_named_relative(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Intel builds fabs in Ohio.")
    (tmp_path / "a.md").write_text("# A\nTSMC builds fabs in Arizona.")
    (tmp_path / "skip.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / ".hidden.txt").write_text("Hidden file.")
    docs, errors = docs_and_errors(tmp_path)
    assert [d.source for d in docs] == [str(tmp_path.resolve() / n) for n in ("a.md", "b/z.txt")]
    assert [d.id for d in docs] == ["document:a-md", "document:b-z-txt"]
    assert errors == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty document"),
        (b"   \n\n\t ", "empty document"),
        (b"ELF\x00\x01\x02binary", "binary content"),
        (b"caf\xe9 \xff\xfe\xfd text", "not UTF-8"),
        (b"Read more\n3 Comments\nuser1\nnice", "no text left"),
    ],
)
def test_bad_files_fail_alone_with_a_clear_message(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    (tmp_path / "bad.txt").write_bytes(content)
    (tmp_path / "good.txt").write_text(ARTICLE)
    docs, errors = docs_and_errors(tmp_path)
    assert [d.id for d in docs] == ["document:good-txt"]
    [error] = errors
    assert error.source == "bad.txt"
    assert reason in str(error) and str(error).startswith("bad.txt: ")


def test_over_the_size_limit(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("Huawei makes chips. " * 200)
    (tmp_path / "small.txt").write_text(ARTICLE)
    docs, errors = docs_and_errors(tmp_path, max_bytes=1024)
    assert [d.id for d in docs] == ["document:small-txt"]
    assert "too large" in str(errors[0]) and "1024" in str(errors[0])


def test_missing_path_and_unsupported_file(tmp_path: Path) -> None:
    [missing] = list(read_path(tmp_path / "nope"))
    assert isinstance(missing, DocumentError) and "no such file" in str(missing)
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    [unsupported] = list(read_path(tmp_path / "x.pdf"))
    assert isinstance(unsupported, DocumentError) and "unsupported file type .pdf" in str(
        unsupported
    )


def test_cleaning_repairs_mojibake_and_drops_boilerplate() -> None:
    raw = (
        "China\u00e2\u20ac\u2122s export curbs [para. 12] hit gallium [3].\n"
        "Sign up for our newsletter\n"
        "Subscribe to both papers for the price of one.\n"
        "Unlock exclusive discounts with a group subscription\n"
        "Related: other stories\n"
        "Teaser headline\n"
        "A teaser snippet that trails off...\n"
        "Read more\n"
        "@someone #tag #another\n"
        "BEIJING, Oct 9 (Reuters) - Mofcom said the rules start in December.\n"
        "12 Comments\n"
        "dragon88\n"
        "Huawei will win.\n"
    )
    text = clean_text(raw)
    assert text == (
        "China's export curbs hit gallium.\nReuters\nMofcom said the rules start in December."
    )


def test_short_items_under_a_colon_line_become_one_sentence() -> None:
    raw = (
        "The full list includes:\n\n1. Shield AI Inc.\n2) Sierra Nevada Corporation;\n"
        "- Huawei Technologies Co., Ltd.\n\nThe ministry said the firms harm security.\n"
    )
    assert clean_text(raw) == (
        "The full list includes: Shield AI Inc.; Sierra Nevada Corporation and Huawei"
        " Technologies Co., Ltd.\n\nThe ministry said the firms harm security."
    )


def test_html_list_items_join_their_intro() -> None:
    html = (
        "<article><p>Companies added:</p><ul><li>Naura</li><li>Piotech Inc.</li></ul>"
        "<p>They protested.</p></article>"
    )
    [doc] = documents_from_upload("list.html", html.encode())
    assert doc.text == "Companies added: Naura and Piotech Inc.\nThey protested."


@pytest.mark.parametrize(
    "lines",
    [
        ["Key points:", "- The rules take effect on Dec. 2.", "- China vowed to retaliate."],
        ["Watch:", "1. Naura", "Next."],  # one short item and a sentence: not a list
        ["The companies:", "naura and piotech", "lam research"],  # not names
        ["No colon here", "1. Naura", "2. Piotech"],
    ],
)
def test_sentences_and_lone_lines_are_not_folded(lines: list[str]) -> None:
    assert clean_text("\n".join(lines)) == "\n".join(lines)


def test_document_from_text_and_upload() -> None:
    doc = document_from_text(None, "BYD builds a plant in Hungary.", source="api/upload-1")
    assert doc.id == "document:api-upload-1"
    assert doc.title == "BYD builds a plant in Hungary."
    assert document_from_text("BYD\n\t in  Hungary ", "BYD builds a plant.").title == (
        "BYD in Hungary"
    )
    [up] = documents_from_upload("story.html", b"<p>CATL supplies Tesla.</p>")
    assert up.id == "document:story-html" and up.text == "CATL supplies Tesla."
    many = documents_from_upload(
        "f.jsonl", b'{"text": "A one."}\n{"text": "B two.", "url": "https://x.test/b"}\n'
    )
    assert [d.id for d in many] == ["document:f-jsonl-1", "document:https-x-test-b"]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("a.txt", b"", "empty document"),
        ("a.txt", b"\x00\x01", "binary"),
        ("a.exe", b"MZ", "unsupported file type"),
        ("a.jsonl", b'{"text": "ok"}\n[1, 2]\n', "line 2: expected a JSON object"),
        ("a.txt", b"x" * 2048, "too large"),
    ],
)
def test_upload_errors(name: str, data: bytes, reason: str) -> None:
    with pytest.raises(DocumentError, match=reason):
        documents_from_upload(name, data, max_bytes=1024)


def test_a_document_is_identified_by_its_source(tmp_path: Path) -> None:
    plain = document_from_text("Daily briefing", ARTICLE)
    assert plain.source == "sha256:" + plain.sha256 and plain.id == "document:daily-briefing"
    assert document_from_text("T", ARTICLE, url="https://x.test/a").source == "https://x.test/a"
    given = document_from_text("T", ARTICLE, url="https://x.test/a", source="feed:acme/1")
    assert (given.source, given.id) == ("feed:acme/1", "document:feed-acme-1")
    [up] = documents_from_upload("report.txt", ARTICLE.encode())
    assert (up.id, up.source) == ("document:report-txt", "sha256:" + up.sha256)
    rows = b'{"text": "A one."}\n{"text": "B two.", "source": "wire/7"}\n'
    one, seven = documents_from_upload("f.jsonl", rows)
    assert (one.id, one.source) == ("document:f-jsonl-1", "sha256:" + one.sha256)
    assert (seven.id, seven.source) == ("document:wire-7", "wire/7")
    f = tmp_path / "f.jsonl"
    f.write_bytes(rows + b'{"text": "C.", "source": 3}\n')
    docs, [error] = docs_and_errors(f)
    assert [d.source for d in docs] == [f"{f}#1", "wire/7"]
    assert "'source' must be a string" in str(error) and error.line == 3
