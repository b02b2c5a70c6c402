"""Page chrome and boilerplate that must not reach the extractor: sidebars, menus and comment
threads of HTML pages without <article>/<main>, and in text the comment sections, headline
lists ("Most Popular"), paywall prompts and inline "Read more:" links."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.base import GraphEngine
from loaders.model import SourceDocument
from loaders.pipeline import load_paths
from loaders.read import clean_text, html_to_text, read_path

BODY = "The Dutch government took control of Nexperia. Wingtech owns Nexperia."

PAGE_WITHOUT_ARTICLE = f"""<html><head><title>Chip news | Example Times</title></head><body>
<div class="menu"><p>Markets</p><p>Tech</p></div>
<div class="sidebar"><h3>Trending</h3><p>Intel supplies chips to Apple.</p></div>
<div class="content">
<h1>Nexperia dispute escalates</h1>
<p>{BODY}</p>
<div class="ad-slot"><p>Micron sells memory to Dell.</p></div>
</div>
<div id="comments"><h4>12 Comments</h4>
<div><b>techguy77</b><p>Qualcomm supplies modems to Xiaomi.</p></div></div>
<div id="disqus_thread"><p>chip_bro: Broadcom supplies Wi-Fi chips to Apple.</p></div>
<div id="most-popular"><ol><li>Texas Instruments sells analog chips to Bosch.</li></ol></div>
</body></html>"""

NOISE = ("Intel", "Qualcomm", "Broadcom", "Micron", "Texas Instruments", "Markets", "Trending")


def test_html_chrome_is_found_by_class_or_id_without_an_article_element() -> None:
    title, body = html_to_text(PAGE_WITHOUT_ARTICLE)
    assert title == "Nexperia dispute escalates"
    assert body.splitlines() == ["Nexperia dispute escalates", BODY]


@pytest.mark.parametrize("wrapper", [
    '<body class="single has-sidebar comments-open">{}</body>',
    '<div class="page layout-with-sidebar">{}</div>',
    '<article class="post related-to-chips">{}</article>',
])
def test_a_chrome_word_on_the_body_or_its_wrapper_keeps_the_body(wrapper: str) -> None:
    inner = f'<h1>Nexperia</h1><p>{BODY}</p><div class="sidebar"><p>Intel sells chips.</p></div>'
    _, body = html_to_text(f"<html>{wrapper.format(inner)}</html>")
    assert body.splitlines() == ["Nexperia", BODY]


def test_the_audit_page_loads_only_the_body_facts(engine: GraphEngine, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE_WITHOUT_ARTICLE, encoding="utf-8")
    summary = load_paths(engine, [page], progress=False)
    assert summary.loaded == 1, summary.report()
    names = {row["name"] for row in engine.read("MATCH (n:Entity) RETURN n.name AS name")}
    assert "Nexperia" in names and "Wingtech" in names
    assert not names & {"Intel", "Apple", "Qualcomm", "Xiaomi", "Broadcom", "Bosch", "Dell"}


@pytest.mark.parametrize("heading", [
    "Comments (3)", "3 Comments", "(3) Comments", "Comments: 3", "Comments",
])
def test_a_comment_section_ends_the_text(heading: str) -> None:
    text = f"{BODY}\n\n{heading}\nchipfan99: Broadcom supplies Wi-Fi chips to Apple.\n"
    assert clean_text(text) == BODY


@pytest.mark.parametrize("heading", [
    "Most Popular", "Trending", "Trending now", "Related", "Related stories:", "Recommended",
    "More from Reuters", "You may also like",
])
@pytest.mark.parametrize("items", [
    "1. Intel sells chips to Dell\n2. Qualcomm supplies modems to Xiaomi",
    "- Intel sells chips to Dell.\n\n- Qualcomm supplies modems to Xiaomi.",
    "Intel sells chips to Dell\n\nQualcomm supplies modems to Xiaomi",
])
def test_a_headline_list_is_dropped_with_its_heading(heading: str, items: str) -> None:
    text = f"Nexperia row deepens\n\n{BODY}\n\n{heading}\n{items}\n\nSMIC owns a fab in Beijing."
    lines = [line for line in clean_text(text).splitlines() if line]
    assert lines == ["Nexperia row deepens", BODY, "SMIC owns a fab in Beijing."]


def test_a_headline_list_ends_at_the_next_sentence() -> None:
    text = f"Trending\n1. Intel sells chips to Dell\n{BODY}\nExport curbs widen\nSMIC grew."
    assert clean_text(text).splitlines() == [BODY, "Export curbs widen", "SMIC grew."]


@pytest.mark.parametrize("prompt", [
    "Already a subscriber? Log in",
    "This content is for subscribers only.",
    "This article is only available to paying subscribers.",
    "To read the full article, subscribe.",
    "To continue reading this story, create a free account.",
    "You have reached your free article limit.",
    "Become a member today",
])
def test_paywall_prompts_are_dropped(prompt: str) -> None:
    assert clean_text(f"{BODY}\n{prompt}\nSMIC grew.") == f"{BODY}\nSMIC grew."


@pytest.mark.parametrize("link", [
    "\u2026 Read more: Intel sells chips to Dell.",
    ". READ MORE: Intel sells chips to Dell",
    ". See also: Intel sells chips to Dell.",
])
def test_an_inline_read_more_is_cut_to_the_end_of_its_line(link: str) -> None:
    text = f"Wingtech owns Nexperia{link}\nSMIC grew."
    kept = clean_text(text).splitlines()
    assert kept[0].startswith("Wingtech owns Nexperia") and "Intel" not in kept[0]
    assert kept[1] == "SMIC grew."


@pytest.mark.parametrize("sentence", [
    "Analysts said the curbs are related: chips and tools.",
    "Dell said it would read more: chips, tools and software.",
    "The trending topic was export controls.",
    "Comments from the ministry were brief.",
    "Subscribers to the service include Dell.",
])
def test_article_sentences_with_the_same_words_are_kept(sentence: str) -> None:
    assert clean_text(f"{BODY}\n{sentence}") == f"{BODY}\n{sentence}"


def test_the_audit_text_keeps_only_its_article(tmp_path: Path) -> None:
    f = tmp_path / "t.txt"
    f.write_text(
        "Nexperia row deepens\n\nWingtech owns Nexperia. The Dutch government took control of "
        "Nexperia in October.\n\nAlready a subscriber? Log in\nThis content is for subscribers "
        "only.\n\nMost Popular\n1. Intel sells chips to Dell\n2. Qualcomm supplies modems to "
        "Xiaomi\n\nComments (3)\nchipfan99: Broadcom supplies Wi-Fi chips to Apple.\n",
        encoding="utf-8",
    )
    [doc] = list(read_path(f))
    assert isinstance(doc, SourceDocument)
    assert doc.text == ("Nexperia row deepens\n\nWingtech owns Nexperia. The Dutch government "
                        "took control of Nexperia in October.")
    for noise in NOISE:
        assert noise not in doc.text
