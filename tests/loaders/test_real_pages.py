"""Classes a sweep of 42 real pages found (session 9): page chrome that is no article text
(bylines, photo credits, wire trailers, banners and prompts, datelines of an agency or a
city alone), an HTML article's own header, a country's law taking the measure imposed under
it, and possessive names ("Biden's administration"). The sentences were written for this
file in the shapes those pages have."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from extracted import facts

from loaders.model import SourceDocument
from loaders.pipeline import extract
from loaders.read import clean_text, document_from_text, html_to_text, read_path


@pytest.mark.parametrize("line", [
    "By Karen Freifeld and Alexandra Alper",
    "By David Kirton, Ryan Woo and Joe Cash",
    "REUTERS/Florence Lo",
    "Photo by Eric Prouzet on Unsplash",
    "Credit: Adobe Stock/NIST/A. Kim",
    "(Reporting by Bart Meijer and Toby Sterling, editing by Deepa Babington)",
    "Reporting by David Kirton in Shenzhen; Editing by Christopher Cushing",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "An official website of the United States government",
    "Here's how you know",
    "By subscribing, you can help us get the story right.",
    "Thank you for donating to DutchNews.nl.",
    "Media contact: Jane Doe",
    "Download PDF",
    "FILE - A customer carries a box at a store in Beijing. (AP Photo/Andy Wong, File)",
    "FILE PHOTO: A Huawei logo is seen. REUTERS/Florence Lo/Illustration/File Photo",
    "By TAKUMI WAKAI/ Staff Writer",
    "Staff Writer",
    "(END) Dow Jones Newswires",
    "Write to Mauro Orru at mauro.orru@wsj.com",
    "Want more news? Listen to today's daily briefing.",
    "Editor's Note: This story has been updated.",
    "Updated 56 minutes ago",
])
def test_a_chrome_line_is_dropped(line: str) -> None:
    assert clean_text(f"Nvidia sells chips to Dell.\n{line}\nIntel sells chips.") == (
        "Nvidia sells chips to Dell.\nIntel sells chips.")


@pytest.mark.parametrize(("line", "kept"), [
    ("Huawei grew. (Reporting by Bart Meijer; Editing by Deepa Babington)", "Huawei grew."),
    ('"We talk to partners," he said. (Reporting by Bart Meijer, editing by Deepa Babington) |',
     '"We talk to partners," he said.'),
    ("Workers at a Jiangsu Azure plant in March. | CHINA DAILY / VIA REUTERS",
     "Workers at a Jiangsu Azure plant in March."),
    ("The party backs quantum research. Credit: Treecha/Shutterstock.",
     "The party backs quantum research."),
    ("Nvidia sells chips to Dell. (Photo by John Doe/Getty Images)",
     "Nvidia sells chips to Dell."),
    ("By 2030, China wants to lead in AI.", "By 2030, China wants to lead in AI."),
    ("BEIJING - Nvidia said sales rose.", "Nvidia said sales rose."),
    ("WASHINGTON \u2022 The US added firms.", "The US added firms."),
    ("[BEIJING] China's ministry spoke.", "China's ministry spoke."),
    ("(Yicai) May 28 -- China's fund grew.", "Yicai\nChina's fund grew."),
    ("(Bloomberg) -- The US added firms.", "Bloomberg\nThe US added firms."),
    ("WASHINGTON (Sputnik) - The US added firms.", "Sputnik\nThe US added firms."),
    ("Japan curbs exports. Source: Shutterstock", "Japan curbs exports."),
    ("LG (Courtesy of Getty Images) supplies Tesla.", "LG supplies Tesla."),
    ("Write to your senator at once.", "Write to your senator at once."),
    ("ASML - the Dutch firm said sales rose.", "ASML - the Dutch firm said sales rose."),
    ("US - China trade talks resumed.", "US - China trade talks resumed."),
])
def test_a_credit_trailer_or_dateline_goes_and_the_text_stays(line: str, kept: str) -> None:
    assert clean_text(line) == kept


def test_a_countrys_law_does_not_take_the_measure_imposed_under_it() -> None:
    text = ("China's Ministry of Commerce said it will impose export controls on dysprosium "
            "and terbium under the Export Control Law.")
    assert ("Chinese export controls on dysprosium and terbium", "dysprosium") in facts(
        text, "RESTRICTS")


def test_html_keeps_the_articles_header_and_parts_words_at_a_line_break() -> None:
    page = ("<html><body><header class='site'><a>Home</a> <a>World</a></header>"
            "<article><header><h1>China curbs gallium exports</h1>"
            "<p class='standfirst'>Beijing hits back at the U.S.</p></header>"
            "<p>The Ministry of Commerce said so.<br>The General Administration of Customs "
            "agreed.</p></article></body></html>")
    title, body = html_to_text(page)
    assert title == "China curbs gallium exports"
    assert body.split("\n") == [
        "China curbs gallium exports", "Beijing hits back at the U.S.",
        "The Ministry of Commerce said so. The General Administration of Customs agreed."]


def test_a_possessive_name_is_the_same_entity() -> None:
    text = ("The Biden administration added firms to the Entity List. Biden's administration "
            "said more would follow.")
    extraction = extract(document_from_text("t", text))
    assert [e.name for e in extraction.entities if e.label == "Agency"] == [
        "Biden administration"]


@pytest.mark.parametrize("text", [
    "The Commerce Department said Hangzhou Zhongke Microelectronics Co., Ltd., Hunan Goke "
    "Microelectronics, New H3C Semiconductor Technologies Co., Ltd., Xi'an Aerospace Huaxun "
    "Technology, and Yunchip Microelectronics were placed on the Entity List.",
    "Nettrix Information Industry (Beijing) Co., Ltd., Suma Technology Co., Ltd., and "
    "Sitonholy (Tianjin) Co., Ltd. were added to the Entity List.",
])
def test_every_firm_of_a_list_cut_by_legal_forms_is_targeted(text: str) -> None:
    targeted = {end for _, end in facts(text, "TARGETS")}
    assert len(targeted) == (5 if "Hangzhou" in text else 3), targeted


def test_a_firm_named_before_a_verb_is_no_list() -> None:
    assert facts("The US targeted Huawei, ZTE said on Monday.", "TARGETS") == set()


def test_a_jsonl_title_is_read_as_the_headline(tmp_path: Path) -> None:
    line = {"title": "Canon supplies lithography tools to Rapidus", "url": "https://x.org/a",
            "text": "The deal was signed on Monday, the companies said."}
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(line) + "\n")
    [document] = read_path(path)
    assert isinstance(document, SourceDocument)
    assert document.text.startswith("Canon supplies lithography tools to Rapidus\n\n")
    relations = extract(document).relations
    assert ("company:canon", "company:rapidus") in {
        (r.start, r.end) for r in relations if r.type == "SUPPLIES"}


@pytest.mark.parametrize("text", [
    "Tesla's battery supplier, Contemporary Amperex Technology Co. Ltd., raised prices.",
    "Contemporary Amperex Technology Co., Limited supplies Tesla.",
])
def test_a_known_firms_full_legal_name_is_that_firm(text: str) -> None:
    extraction = extract(document_from_text("t", text))
    assert "CATL" in {e.name for e in extraction.entities if e.label == "Company"}


@pytest.mark.parametrize(("text", "kept_by", "listed"), [
    ("DHS added Xinjiang Daqo New Energy Co., Ltd. to the Uyghur Forced Labor Prevention Act "
     "Entity List.", "U.S. Department of Homeland Security", "Xinjiang Daqo New Energy"),
    ("Taiwan added Huawei to its Strategic High-Tech Commodities Entity List.", "Taiwan",
     "Huawei"),
])
def test_another_countrys_or_agencys_entity_list_is_not_the_bis_list(
        text: str, kept_by: str, listed: str) -> None:
    imposed = facts(text, "IMPOSED")
    assert imposed and all(measure != "Entity List" for _, measure in imposed)
    assert kept_by in {imposer for imposer, _ in imposed}
    assert listed in {target for _, target in facts(text, "TARGETS")}
