"""Sanction measures end to end on the real spaCy model: one node per measure, its name,
and the IMPOSED / TARGETS / RESTRICTS edges read from invented sentences."""

from __future__ import annotations

import pytest

from loaders.gazetteer import gazetteer
from loaders.measures import _names_technology, family, measure_name, without_self_imposed
from loaders.model import Extraction, Relation
from loaders.pipeline import extract
from loaders.read import document_from_text


def run(text: str) -> Extraction:
    return extract(document_from_text("measures test", text))


def measures(ex: Extraction) -> dict[str, list[str]]:
    """Sanction name -> aliases."""
    return {e.name: e.aliases for e in ex.entities if e.label == "Sanction"}


def facts(ex: Extraction, *types: str) -> set[tuple[str, str, str]]:
    """(type, start name, end name) of the edges of `types`."""
    names = {e.id: e.name for e in ex.entities}
    return {(r.type, names[r.start], names[r.end]) for r in ex.relations if r.type in types}


SANCTION_TYPES = ("IMPOSED", "TARGETS", "RESTRICTS")


def test_mentions_of_one_measure_are_one_node_named_after_imposer_and_goods() -> None:
    ex = run(
        "Beijing imposed new export restrictions on lithium and cobalt in July. "
        "The restrictions hit battery makers. Traders said these curbs would last."
    )
    found = measures(ex)
    assert list(found) == ["Chinese export restrictions on lithium and cobalt"]
    aliases = found["Chinese export restrictions on lithium and cobalt"]
    assert {"new export restrictions", "export restrictions on lithium and cobalt",
            "restrictions", "curbs"} <= set(aliases)


def test_a_measure_said_to_be_another_one_or_of_another_imposer_is_a_node_of_its_own() -> None:
    ex = run(
        "China announced a ban on exports of antimony to the United States. The ban extends "
        "earlier limits on graphite. Japan imposed similar curbs on chipmaking equipment."
    )
    assert set(measures(ex)) == {
        "Chinese ban on antimony",
        "export controls on graphite",
        "Japanese curbs on chipmaking equipment",
    }


def test_mentions_of_one_imposer_dated_to_different_years_are_different_measures() -> None:
    ex = run(
        "In 2019 the United States imposed limitations on Huawei's access to chipmaking "
        "equipment. US export controls introduced in 2022 restrict AI chips. The restrictions "
        "also cover other items, and the U.S. curbs on chipmaking equipment were widened."
    )
    assert set(measures(ex)) == {
        "U.S. limitations on chipmaking equipment (2019)",
        "U.S. export controls on chipmaking equipment (2022)",
    }


def test_a_measure_named_with_its_imposer_later_joins_the_bare_mention() -> None:
    ex = run(
        "Export controls on advanced chips took effect in October. "
        "U.S. export controls also cover chipmaking tools."
    )
    assert list(measures(ex)) == ["U.S. export controls on advanced chips"]


def test_goods_the_gazetteer_does_not_know_become_technologies_restricted() -> None:
    ex = run("China announced export controls on boron nitride and silicon carbide wafers.")
    technologies = {e.name for e in ex.entities if e.label == "Technology"}
    assert {"boron nitride", "silicon carbide wafers"} <= technologies
    name = "Chinese export controls on boron nitride and silicon carbide wafers"
    assert {("RESTRICTS", name, "boron nitride"),
            ("RESTRICTS", name, "silicon carbide wafers")} <= facts(ex, "RESTRICTS")


def test_entity_list_additions_target_every_listed_company() -> None:
    ex = run(
        "The Commerce Department added Huawei and SMIC to the Entity List on Friday. "
        "Washington blacklisted YMTC a year later."
    )
    assert list(measures(ex)) == ["Entity List"]
    found = facts(ex, *SANCTION_TYPES)
    assert {
        ("TARGETS", "Entity List", "Huawei"),
        ("TARGETS", "Entity List", "SMIC"),
        ("TARGETS", "Entity List", "YMTC"),
        ("IMPOSED", "U.S. Department of Commerce", "Entity List"),
        ("IMPOSED", "United States", "Entity List"),
    } <= found


def test_a_state_that_restricts_exports_imposes_a_measure_on_the_goods_and_destination() -> None:
    ex = run("China restricts exports of gallium and germanium to the United States.")
    name = "Chinese export restrictions on gallium and germanium"
    assert list(measures(ex)) == [name]
    assert facts(ex, *SANCTION_TYPES) == {
        ("IMPOSED", "China", name),
        ("RESTRICTS", name, "gallium"),
        ("RESTRICTS", name, "germanium"),
        ("TARGETS", name, "United States"),
    }


def test_a_negated_act_is_no_measure() -> None:
    assert measures(run("China did not restrict exports of gallium to Japan.")) == {}


def test_the_state_requiring_permits_and_the_agency_announcing_them_imposed_it() -> None:
    ex = run("China will require permits for graphite exports, the Commerce Ministry said.")
    name = "Chinese export controls on graphite"
    assert list(measures(ex)) == [name]
    assert {
        ("IMPOSED", "China", name),
        ("IMPOSED", "Ministry of Commerce (China)", name),
        ("RESTRICTS", name, "graphite"),
    } <= facts(ex, *SANCTION_TYPES)


def test_a_ban_on_exports_to_a_country_of_goods_restricts_each_and_targets_the_country() -> None:
    ex = run(
        "China has announced a ban on exports to the United States of minerals related to "
        "gallium, germanium, and antimony that could have military applications."
    )
    name = "Chinese ban on gallium, germanium and antimony"
    aliases = measures(ex)[name]
    assert ("ban on exports to the United States of minerals related to gallium, "
            "germanium, and antimony") in aliases
    assert {("IMPOSED", "China", name), ("TARGETS", name, "United States")} | {
        ("RESTRICTS", name, mineral) for mineral in ("gallium", "germanium", "antimony")
    } <= facts(ex, *SANCTION_TYPES)


def test_access_limitations_target_the_company_and_restrict_the_goods() -> None:
    ex = run(
        "In 2019 the United States imposed limitations on Huawei's access to critical "
        "chipmaking equipment."
    )
    name = "U.S. limitations on chipmaking equipment (2019)"
    assert "limitations on Huawei's access to critical chipmaking equipment" in measures(ex)[name]
    assert {
        ("IMPOSED", "United States", name),
        ("TARGETS", name, "Huawei"),
        ("RESTRICTS", name, "chipmaking equipment"),
    } <= facts(ex, *SANCTION_TYPES)


def test_joint_imposers_each_imposed_one_measure() -> None:
    ex = run("The United States, Japan and the Netherlands imposed curbs on chipmaking equipment.")
    names = list(measures(ex))
    assert names == ["U.S., Japanese and Dutch curbs on chipmaking equipment"]
    found = facts(ex, "IMPOSED")
    assert {(country, names[0]) for country in ("United States", "Japan", "Netherlands")} == {
        (start, end) for _, start, end in found
    }


def test_the_target_of_a_measure_did_not_impose_it_nor_did_a_foreign_ministry() -> None:
    ex = run(
        "U.S. export controls imposed on China cover advanced chips. "
        "China's Commerce Ministry said the U.S. export controls hurt trade."
    )
    found = facts(ex, *SANCTION_TYPES)
    assert ("TARGETS", "U.S. export controls", "China") in found
    assert not {f for f in found if f[0] == "IMPOSED" and f[1] != "United States"}


def test_a_bare_anaphor_refers_to_the_list_when_no_other_measure_was_named() -> None:
    ex = run(
        "DJI has been added to the Entity List. Exceptions could be made to the ban for "
        "medical supplies."
    )
    assert list(measures(ex)) == ["Entity List"]
    assert "ban" in measures(ex)["Entity List"]


@pytest.mark.parametrize(
    ("kind", "expected"),
    [("export ban", "export"), ("entity listing", "listing"), ("tariffs", "tariff"),
     ("investment restriction", "investment"), ("sanctions", "sanctions")],
)
def test_measure_families(kind: str, expected: str) -> None:
    assert family(kind) == expected


def test_measure_names_and_self_imposed_edges() -> None:
    assert measure_name([], "export controls", []) == "export controls"
    assert measure_name(["European Union"], "tariffs", ["EVs"]) == "EU tariffs on EVs"
    kept = without_self_imposed([
        Relation("IMPOSED", "country:china", "sanction:x", []),
        Relation("IMPOSED", "country:japan", "sanction:x", []),
        Relation("TARGETS", "sanction:x", "country:china", []),
    ])
    assert [(r.type, r.start) for r in kept] == [("IMPOSED", "country:japan"),
                                                 ("TARGETS", "sanction:x")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "China's Ministry of Commerce said on Tuesday it would restrict exports of gallium "
            "and germanium from August 1.",
            {("IMPOSED", "Ministry of Commerce (China)",
              "Chinese export restrictions on gallium and germanium"),
             ("RESTRICTS", "Chinese export restrictions on gallium and germanium", "gallium")},
        ),
        (
            "Beijing retaliated with a ban on sales of Micron products to operators of "
            "critical infrastructure.",
            {("IMPOSED", "China", "Chinese ban on Micron"),
             ("TARGETS", "Chinese ban on Micron", "Micron")},
        ),
        (
            "Nvidia said the U.S. government informed it that the H20 chip would require a "
            "license for export to China.",
            {("IMPOSED", "U.S. government", "U.S. export controls"),
             ("RESTRICTS", "U.S. export controls", "H20"),
             ("TARGETS", "U.S. export controls", "China")},
        ),
        (
            "The new rules bar Chinese firms from buying advanced AI chips from U.S. suppliers.",
            {("RESTRICTS", "export controls", "AI chips")},
        ),
        (
            "The U.S. imposed new curbs aimed at China's chip industry.",
            {("IMPOSED", "United States", "U.S. curbs on semiconductors"),
             ("TARGETS", "U.S. curbs on semiconductors", "China")},
        ),
        (
            "The rules, which target SMIC and Huawei, took effect on Friday.",
            {("TARGETS", "export controls", "SMIC"), ("TARGETS", "export controls", "Huawei")},
        ),
        (
            "The Commerce Department's new rule restricts the sale of HBM chips to Chinese firms.",
            {("IMPOSED", "U.S. Department of Commerce", "U.S. export controls"),
             ("RESTRICTS", "U.S. export controls", "HBM")},
        ),
        (
            "Under rules issued by BIS, ASML can no longer ship DUV machines to China.",
            {("IMPOSED", "Bureau of Industry and Security", "U.S. export controls")},
        ),
        (
            "China's internet regulator has ordered its biggest tech companies to stop buying "
            "Nvidia's artificial intelligence chips.",
            {("IMPOSED", "Cyberspace Administration of China", "Chinese ban on AI chips"),
             ("RESTRICTS", "Chinese ban on AI chips", "AI chips")},
        ),
        (
            "The Chinese regime has placed new export restrictions on antimony.",
            {("IMPOSED", "Chinese regime", "Chinese export restrictions on antimony"),
             ("RESTRICTS", "Chinese export restrictions on antimony", "antimony")},
        ),
        (
            "A chip export curb to China will take effect in July, the Japanese government said.",
            {("IMPOSED", "Japanese government", "Japanese export curb"),
             ("RESTRICTS", "Japanese export curb", "semiconductors"),
             ("TARGETS", "Japanese export curb", "China")},
        ),
        (
            "Japan will restrict exports of 23 types of chipmaking equipment starting July.",
            {("IMPOSED", "Japan", "Japanese export restrictions on chipmaking equipment"),
             ("RESTRICTS", "Japanese export restrictions on chipmaking equipment",
              "chipmaking equipment")},
        ),
    ],
)
def test_measure_phrasings(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= facts(run(text), *SANCTION_TYPES)


def test_a_state_pressing_others_to_act_imposes_nothing_itself() -> None:
    assert measures(run("Washington has pressed allies to restrict sales of chipmaking tools "
                        "to China.")) == {}


def test_the_year_a_measure_was_changed_in_does_not_make_it_another_measure() -> None:
    ex = run(
        "The Biden administration imposed sweeping restrictions on exports of AI chips to "
        "China in October 2022. The curbs were tightened in 2023."
    )
    found = measures(ex)
    assert list(found) == ["U.S. restrictions on AI chips (2022)"]
    assert "curbs" in found["U.S. restrictions on AI chips (2022)"]


def test_tariffs_are_measures_wherever_named_and_a_listing_refers_to_the_list() -> None:
    ex = run(
        "Huawei was added to the Entity List in 2019. The listing bars U.S. firms from "
        "selling chips to Huawei. Carmakers moved production to avoid tariffs."
    )
    found = measures(ex)
    assert set(found) == {"Entity List", "tariffs"}
    assert "listing" in found["Entity List"]


def test_bare_sanctions_of_one_imposer_are_its_export_controls() -> None:
    ex = run(
        "US sanctions hurt Chinese chipmakers. In October the US Commerce Department passed "
        "a sweeping set of regulations that restrict access to advanced AI chips."
    )
    found = measures(ex)
    assert list(found) == ["U.S. sanctions"]
    assert {"US sanctions", "sweeping set of regulations"} <= set(found["U.S. sanctions"])
    assert ("RESTRICTS", "U.S. sanctions", "AI chips") in facts(ex, "RESTRICTS")


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. could restrict exports of HBM chips to China.",
        "Washington is considering whether to ban exports of HBM chips to China.",
        "Lawmakers urged the Commerce Department to restrict sales of HBM chips to China.",
    ],
)
def test_a_possible_or_wanted_act_is_no_measure(text: str) -> None:
    assert measures(run(text)) == {}


def test_only_the_companies_a_measure_is_on_are_its_targets() -> None:
    ex = run("The U.S. imposed sanctions on Chinese tech giants like Huawei and ZTE, and a "
             "ban on Hikvision's use of Intel chips.")
    targets = {end for _, _, end in facts(ex, "TARGETS")}
    assert {"Huawei", "ZTE", "Hikvision"} <= targets
    assert "Intel" not in targets


@pytest.mark.parametrize(
    "text, generic",
    [
        ("The U.S. imposed export controls on critical software.", "software"),
        ("Washington imposed new rules that restrict exports of their outputs.", "outputs"),
        ("Exports of manufacturing tools to China have been restricted by Japan.",
         "manufacturing tools"),
    ],
)
def test_generic_goods_of_a_measure_are_no_technology(text: str, generic: str) -> None:
    ex = run(text)
    assert generic not in {e.name for e in ex.entities if e.label == "Technology"}
    assert not facts(ex, "RESTRICTS")


def test_new_goods_of_a_measure_are_technologies_by_their_head_or_a_known_material() -> None:
    ex = run("Beijing imposed export controls on sapphire wafers.")
    assert "sapphire wafers" in {e.name for e in ex.entities if e.label == "Technology"}
    gaz = gazetteer()
    assert all(_names_technology(t, gaz) for t in
               ("boron carbide", "lithium hydroxide", "tungsten powder", "photonic chips"))
    assert not any(_names_technology(t, gaz) for t in
                   ("tech components", "manufacturing tools", "advanced tech", "outputs"))


def test_its_before_a_measure_noun_is_the_state_of_the_clause_and_an_alias() -> None:
    ex = run(
        "Japan tightened its export controls on gallium. "
        "Meanwhile the US looks to close loopholes to its restrictions on sales of AI chips "
        "amid growing alarm in Washington over smuggling to China."
    )
    found = measures(ex)
    assert set(found) == {"Japanese export controls on gallium", "U.S. restrictions on AI chips"}
    assert {"its restrictions on sales of AI chips",
            "its restrictions"} <= set(found["U.S. restrictions on AI chips"])
    assert "its export controls" in found["Japanese export controls on gallium"]
    assert ("IMPOSED", "United States", "U.S. restrictions on AI chips") in facts(ex, "IMPOSED")
    assert ("TARGETS", "U.S. restrictions on AI chips", "China") not in facts(ex, "TARGETS")


def test_a_state_responding_to_a_measure_did_not_impose_it() -> None:
    ex = run("Japan imposed export controls on chipmaking equipment. "
             "China responded to the new controls with a complaint.")
    assert list(measures(ex)) == ["Japanese export controls on chipmaking equipment"]
    assert ("IMPOSED", "China", "Japanese export controls on chipmaking equipment") not in facts(
        ex, "IMPOSED")


def test_a_list_of_goods_is_the_export_measure_not_another_one() -> None:
    ex = run(
        "China imposed export curbs on rare earths in retaliation for U.S. tariffs. "
        "The list of rare earths includes samarium and terbium."
    )
    chinese = {end for _, start, end in facts(ex, "IMPOSED") if start == "China"}
    restricting = {start for _, start, end in facts(ex, "RESTRICTS") if end in ("samarium",
                                                                               "terbium")}
    assert len(chinese) == 1 and restricting == chinese


def test_a_widened_measure_restricts_what_it_now_includes_and_targets_the_destination() -> None:
    ex = run("Japan expanded its export controls to include HBM chips and EUV lithography. "
             "The Netherlands expanded export controls on DUV lithography machines to China.")
    found = facts(ex, "RESTRICTS", "TARGETS")
    japanese = next(name for name in measures(ex) if name.startswith("Japanese"))
    dutch = next(name for name in measures(ex) if name.startswith("Dutch"))
    included = {end for rel, start, end in found if rel == "RESTRICTS" and start == japanese}
    assert len(included) == 2 and "EUV lithography" in included
    assert ("TARGETS", dutch, "China") in found


def test_its_measure_after_two_states_has_no_imposer_from_the_pronoun() -> None:
    ex = run("China criticised the United States over its restrictions on AI chips.")
    assert ("IMPOSED", "China", "U.S. restrictions on AI chips") not in facts(ex, "IMPOSED")
    assert not any(start == "China" for _, start, _ in facts(ex, "IMPOSED"))


def test_its_before_a_foreign_regime_gives_no_imposer() -> None:
    ex = run("Separately, Japan is adding 40 firms to its entity list.")
    assert ("IMPOSED", "Japan", "Entity List") not in facts(ex, "IMPOSED")
