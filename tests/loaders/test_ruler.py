"""The gazetteer ruler finds what spaCy's own entity ruler finds with the same patterns."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.language import Language
from spacy.tokens import Doc

from loaders.gazetteer import gazetteer
from loaders.model import SourceDocument
from loaders.nlp import (
    PARAGRAPHS,
    RESTORE,
    RULER,
    GazetteerRuler,
    PatternError,
    build_nlp,
    data_patterns,
    gazetteer_patterns,
    get_nlp,
    is_lower_phrase,
    model_name,
)
from loaders.read import read_path

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return get_nlp()


@pytest.fixture(scope="module")
def spacy_ruler_nlp(nlp: Language) -> Language:
    """The same model and patterns with spaCy's EntityRuler (token Matcher for every list)."""
    name = model_name()
    other = spacy.load(name) if name else spacy.blank("en")
    if name:
        other.add_pipe(PARAGRAPHS, before="parser")
    else:
        other.add_pipe("sentencizer")
    config = {"phrase_matcher_attr": "ORTH", "overwrite_ents": True, "validate": True}
    ruler = other.add_pipe(
        "entity_ruler", name=RULER, config=config, before="ner" if name else None
    )
    with other.select_pipes(enable=[]):
        ruler.add_patterns(  # type: ignore[attr-defined]
            [*gazetteer_patterns(other, gazetteer()), *data_patterns()]
        )
    assert other.pipe_names == [name for name in nlp.pipe_names if name != RESTORE]
    return other


def entities(nlp: Language, text: str) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label_, e.ent_id_) for e in nlp(text).ents]


def same_matches(nlp: Language, spacy_ruler_nlp: Language, text: str) -> int:
    """Assert both rulers match the same patterns at the same places of `text` (which of
    two patterns on the same words wins is the ruler's own choice); return the count."""
    doc = nlp(text)
    ours = set(nlp.get_pipe(RULER).match(doc))  # type: ignore[attr-defined]
    assert ours == set(spacy_ruler_nlp.get_pipe(RULER).match(doc))  # type: ignore[attr-defined]
    return len(ours)


def test_the_pipeline_uses_the_gazetteer_ruler(nlp: Language) -> None:
    ruler = nlp.get_pipe(RULER)
    assert isinstance(ruler, GazetteerRuler)
    assert len(ruler.lower_matcher) > 100  # the case-insensitive gazetteer names


def test_same_matches_as_spacys_entity_ruler_on_the_corpus(
    nlp: Language, spacy_ruler_nlp: Language
) -> None:
    docs = [d for d in read_path(ROOT / "data" / "corpus") if isinstance(d, SourceDocument)]
    compared = sum(same_matches(nlp, spacy_ruler_nlp, doc.text) for doc in docs[:3])
    assert compared > 30


@pytest.mark.parametrize(
    "text",
    [
        "ASML sells EUV LITHOGRAPHY and Euv Lithography tools to TSMC.",
        "Rare earths, rare-earth magnets and RARE EARTHS: the gallium and germanium curbs.",
        "Apple buys apple juice; the Ministry of Commerce and MOFCOM restrict lithium.",
    ],
)
def test_same_matches_in_any_casing(
    nlp: Language, spacy_ruler_nlp: Language, text: str
) -> None:
    assert same_matches(nlp, spacy_ruler_nlp, text)
    assert any(ent_id for *_, ent_id in entities(nlp, text))


def test_euv_lithography_in_any_casing_is_the_gazetteer_technology(nlp: Language) -> None:
    found = entities(nlp, "ASML sells EUV LITHOGRAPHY and Euv Lithography tools.")
    assert [e[3] for e in found if e[2] == "Technology"] == [
        "technology:euv-lithography",
        "technology:euv-lithography",
    ]


@pytest.fixture(scope="module")
def labels_through_ner() -> Language:
    """The product pipeline with the ruler's own labels passed through the statistical NER,
    which then adds them to its actions: what the restored labels must equal."""
    name = model_name()
    if name is None:
        pytest.skip("no spaCy model installed")
    other = build_nlp(name)
    other.get_pipe(RULER).through_ner = False  # type: ignore[attr-defined]
    other.remove_pipe(RESTORE)
    return other


def test_ruler_entities_pass_the_ner_unchanged(
    nlp: Language, labels_through_ner: Language
) -> None:
    attrs = [ENT_IOB, ENT_TYPE, ENT_ID, ENT_KB_ID]
    docs = [d for d in read_path(ROOT / "data" / "corpus") if isinstance(d, SourceDocument)]
    for doc in docs[:2]:
        ours, theirs = nlp(doc.text), labels_through_ner(doc.text)
        assert (ours.to_array(attrs) == theirs.to_array(attrs)).all()
        assert entities_of(ours) == entities_of(theirs)
        assert {"Company", "Technology"} <= {e.label_ for e in ours.ents}
    # the NER never learnt the ruler's labels: its model keeps its size
    moves = [pipeline.get_pipe("ner").moves.n_moves  # type: ignore[attr-defined]
             for pipeline in (nlp, labels_through_ner)]
    assert moves[0] < moves[1]


def entities_of(doc: Doc) -> list[tuple[int, int, str, str, str]]:
    return [(e.start, e.end, e.label_, e.ent_id_, e.kb_id_) for e in doc.ents]


def test_lower_phrase_patterns_are_plain_lower_case_word_lists() -> None:
    assert is_lower_phrase([{"LOWER": "rare"}, {"LOWER": "earths"}])
    assert not is_lower_phrase([])
    assert not is_lower_phrase([{"LOWER": "rare", "OP": "?"}])
    assert not is_lower_phrase([{"ORTH": "Rare"}])
    assert not is_lower_phrase([{"LOWER": {"IN": ["rare", "scarce"]}}])
    assert not is_lower_phrase("rare earths")


def test_a_data_pattern_may_name_the_gazetteer_entity_it_stands_for(tmp_path: Path) -> None:
    good = '{"label": "Plan", "id": "plan:x", "pattern": [{"ORTH": "X"}]}\n'
    (tmp_path / "a.jsonl").write_text(good + '{"label": "Plan", "pattern": "Y Act"}\n')
    assert data_patterns(tmp_path) == [
        {"label": "Plan", "id": "plan:x", "pattern": [{"ORTH": "X"}]},
        {"label": "Plan", "pattern": "Y Act"},
    ]
    (tmp_path / "a.jsonl").write_text('{"label": "Plan", "id": 7, "pattern": "Y Act"}\n')
    with pytest.raises(PatternError, match=r"a\.jsonl:1: 'id' must be a gazetteer id"):
        data_patterns(tmp_path)


def test_every_id_of_the_shipped_data_patterns_is_a_gazetteer_id() -> None:
    ids = [p["id"] for p in data_patterns() if "id" in p]
    assert ids and all(i in gazetteer().entities for i in ids)
