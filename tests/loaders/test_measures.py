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
        "equipment. US export controls on AI chips were introduced in 2022. The restrictions "
        "also cover other items, and the U.S. curbs on chipmaking equipment were widened."
    )
    found = measures(ex)
    assert set(found) == {
        "U.S. limitations on chipmaking equipment (2019)",
        "U.S. export controls on AI chips (2022)",
    }
    # a mention naming goods refers to the measure on those goods, not merely the latest
    assert "U.S. curbs on chipmaking equipment" in found[
        "U.S. limitations on chipmaking equipment (2019)"]
    assert "restrictions" in found["U.S. export controls on AI chips (2022)"]


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
            {("IMPOSED", "Japanese government", "Japanese export curb on semiconductors"),
             ("RESTRICTS", "Japanese export curb on semiconductors", "semiconductors"),
             ("TARGETS", "Japanese export curb on semiconductors", "China")},
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


def test_a_state_barring_a_company_from_buying_goods_imposes_a_ban() -> None:
    ex = run("Washington barred Huawei from buying advanced chips.")
    assert {("IMPOSED", "United States", "U.S. ban on advanced chips"),
            ("RESTRICTS", "U.S. ban on advanced chips", "advanced chips"),
            ("TARGETS", "U.S. ban on advanced chips", "Huawei")} <= facts(ex, *SANCTION_TYPES)
    assert measures(run("China blocked the merger of Intel and Tower Semiconductor.")) == {}


def test_a_licence_to_ship_goods_restricts_them_and_targets_the_destination() -> None:
    ex = run("The U.S. requires a licence to ship HBM chips to China.")
    assert {("IMPOSED", "United States", "U.S. export controls on HBM"),
            ("RESTRICTS", "U.S. export controls on HBM", "HBM"),
            ("TARGETS", "U.S. export controls on HBM", "China")} <= facts(ex, *SANCTION_TYPES)


@pytest.mark.parametrize(
    "text",
    [
        "The Commerce Department added 140 Chinese companies to the Entity List, including "
        "Naura and Piotech.",
        "Washington added firms such as Naura and Piotech to the Entity List.",
    ],
)
def test_the_examples_of_a_listing_are_its_targets(text: str) -> None:
    assert {("TARGETS", "Entity List", "Naura"),
            ("TARGETS", "Entity List", "Piotech")} <= facts(run(text), "TARGETS")


def test_a_clampdown_on_access_is_a_measure_with_its_own_year_a_crackdown_on_firms_is_not() -> None:
    ex = run(
        "U.S. export controls on AI chips hurt Nvidia. The push for self-reliance intensified "
        "following the US clampdown since 2018 on China's access to key technologies, "
        "notably chips and chipmaking equipment."
    )
    found = measures(ex)
    assert set(found) == {"U.S. export controls on AI chips",
                          "U.S. clampdown on semiconductors and chipmaking equipment (2018)"}
    clampdown = "U.S. clampdown on semiconductors and chipmaking equipment (2018)"
    assert "US clampdown" in found[clampdown]
    assert {("IMPOSED", "United States", clampdown), ("TARGETS", clampdown, "China"),
            ("RESTRICTS", clampdown, "chipmaking equipment")} <= facts(ex, *SANCTION_TYPES)
    assert measures(run("Beijing's crackdown on its tech giants hit Alibaba.")) == {}


@pytest.mark.parametrize(
    ("text", "name", "imposers"),
    [
        ("With allied nations like Japan, the Netherlands, and South Korea imposing similar "
         "curbs, China began investing.", "Japanese, Dutch and South Korean curbs",
         {"Japan", "Netherlands", "South Korea"}),
        ("After U.S. export controls hit Huawei, and with allies like Japan, the Netherlands, "
         "and South Korea imposing similar curbs, China began investing.",
         "Japanese, Dutch and South Korean curbs", {"Japan", "Netherlands", "South Korea"}),
        ("Allies such as Japan and the Netherlands imposed curbs on chipmaking equipment.",
         "Japanese and Dutch curbs on chipmaking equipment", {"Japan", "Netherlands"}),
        ("The US and allied countries have imposed sanctions on Chinese machine tool firms.",
         "U.S. sanctions", {"United States"}),
    ],
)
def test_each_state_of_a_list_imposed_the_measure_whatever_the_parse(
        text: str, name: str, imposers: set[str]) -> None:
    ex = run(text)
    assert name in measures(ex)
    assert {start for _, start, end in facts(ex, "IMPOSED") if end == name} == imposers


def test_an_intended_act_is_a_mention_of_a_measure_only_when_the_text_asserts_it() -> None:
    asserted = run("Japan plans to curb exports of chips and quantum computing technology. "
                   "Japan expanded its export controls on Friday.")
    name = "Japanese export curbs on semiconductors and quantum computing"
    assert list(measures(asserted)) == [name]
    assert "its export controls" in measures(asserted)[name]  # not "... on Friday"
    assert {("RESTRICTS", name, "semiconductors"),
            ("RESTRICTS", name, "quantum computing")} <= facts(asserted, "RESTRICTS")
    assert measures(run("Japan plans to curb exports of chips and quantum computing "
                        "technology. Chipmakers said they were worried.")) == {}


def test_a_company_blacklisted_as_it_is_the_target_the_measure_is_named_after() -> None:
    ex = run("YMTC is China's biggest memory chipmaker. However, it was blacklisted by the "
             "United States in 2022.")
    name = "U.S. blacklisting of YMTC (2022)"
    assert list(measures(ex)) == [name]
    assert {("IMPOSED", "United States", name), ("TARGETS", name, "YMTC")} <= facts(
        ex, *SANCTION_TYPES)


def test_the_package_refers_back_to_a_package_of_measures_only() -> None:
    ex = run("The White House unveiled a new package of chip export controls. The Commerce "
             "Department published the package on the Federal Register.")
    found = measures(ex)
    assert len(found) == 1
    [(name, aliases)] = found.items()
    assert "package" in aliases and not any("Register" in a for a in aliases)
    assert ("IMPOSED", "U.S. Department of Commerce", name) in facts(ex, "IMPOSED")
    assert measures(run("China unveiled a support package for chipmakers. The package is "
                        "worth 40 billion dollars.")) == {}


def test_a_measure_noun_after_its_goods_is_a_measure_named_after_them() -> None:
    ex = run("HBM curbs took effect on Friday, the Commerce Department said.")
    assert measures(ex) == {"U.S. curbs on HBM": ["curbs", "HBM curbs"]}
    assert {("IMPOSED", "U.S. Department of Commerce", "U.S. curbs on HBM"),
            ("RESTRICTS", "U.S. curbs on HBM", "HBM")} <= facts(ex, *SANCTION_TYPES)
    # goods named before the measure noun name it, they do not split it from a later mention
    ex = run("Critical mineral export bans worry carmakers. China announced a ban on exports "
             "of gallium and germanium.")
    assert list(measures(ex)) == ["Chinese export bans on gallium and germanium"]


def test_a_demonstrative_before_a_measure_noun_is_kept_in_an_alias() -> None:
    ex = run("China imposed export controls on HBM chips. These restrictions will last, and "
             "these controls cover chips.")
    [aliases] = measures(ex).values()
    assert {"These restrictions", "these controls"} <= set(aliases)


def test_a_stopped_activity_is_a_measure_only_when_it_is_trade() -> None:
    assert measures(run("The US ceased mining tungsten in 2015.")) == {}
    ex = run("China halted exports of gallium to the US.")
    assert {("IMPOSED", "China", "Chinese export ban on gallium"),
            ("RESTRICTS", "Chinese export ban on gallium", "gallium"),
            ("TARGETS", "Chinese export ban on gallium", "United States")} <= facts(
        ex, *SANCTION_TYPES)


def test_a_state_hitting_back_with_a_measure_imposes_it_and_an_agency_its_country_s() -> None:
    ex = run("China hits back at US tariffs with mineral export curbs")
    assert set(measures(ex)) == {"U.S. tariffs", "Chinese export curbs"}
    assert ("IMPOSED", "China", "Chinese export curbs") in facts(ex, "IMPOSED")
    ex = run("China's finance ministry also announced additional tariffs on US goods.")
    assert list(measures(ex)) == ["Chinese tariffs"]
    # the ministry imposed them; its country is named only as its possessor
    assert {start for _, start, _ in facts(ex, "IMPOSED")} == {"China's finance ministry"}


def test_a_measure_that_targets_a_list_of_goods_restricts_each() -> None:
    ex = run("Beijing announced new export controls. The new export controls target tungsten, "
             "tellurium, bismuth, indium, and molybdenum, the ministry said.")
    restricted = {end for _, _, end in facts(ex, "RESTRICTS")}
    assert {"tungsten", "tellurium", "bismuth", "indium", "molybdenum"} <= restricted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China Sets Restrictions on Antimony Exports",
         {("IMPOSED", "China", "Chinese restrictions on antimony"),
          ("RESTRICTS", "Chinese restrictions on antimony", "antimony")}),
        ("U.S. Restricts Export of AI Chips to China",
         {("IMPOSED", "United States", "U.S. export restrictions on AI chips"),
          ("RESTRICTS", "U.S. export restrictions on AI chips", "AI chips"),
          ("TARGETS", "U.S. export restrictions on AI chips", "China")}),
        ("US Blacklists China's YMTC in Crackdown on AI Chip Sector",
         {("IMPOSED", "United States", "U.S. blacklisting of YMTC"),
          ("TARGETS", "U.S. blacklisting of YMTC", "YMTC")}),
    ],
)
def test_a_title_case_headline_s_state_imposes_its_measure(
        text: str, expected: set[tuple[str, str, str]]) -> None:
    assert facts(run(text), *SANCTION_TYPES) == expected


def test_a_country_the_measure_is_on_is_not_its_imposer() -> None:
    ex = run("Joe Biden raises tariffs on Chinese chips and electric vehicles. The higher "
             "China tariffs take effect in August.")
    name = "tariffs on semiconductors and electric vehicles"
    assert list(measures(ex)) == [name]
    assert "China tariffs" in measures(ex)[name]
    assert not facts(ex, "IMPOSED")


def test_a_merely_possible_measure_is_named_with_its_rate_but_imposed_by_no_one() -> None:
    ex = run("Seoul seeks to avoid potential 25% U.S. tariffs amid trade talks.")
    assert "25% U.S. tariffs" in measures(ex)["U.S. tariffs"]
    assert not facts(ex, "IMPOSED")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The EU imposed tariffs on Chinese EVs.", "China"),
        ("China's finance ministry announced additional tariffs on US goods.", "United States"),
    ],
)
def test_the_origin_of_the_goods_a_measure_is_on_is_its_target(text: str, target: str) -> None:
    assert target in {end for _, _, end in facts(run(text), "TARGETS")}


@pytest.mark.parametrize(
    "text",
    [
        "The Dutch government expanded export controls on ASML chip production equipment.",
        "The Netherlands will require licences for exports of ASML's DUV machines.",
        "Under the new rules, Nvidia must obtain a license to sell its H20 chips.",
    ],
)
def test_the_maker_of_the_goods_a_measure_is_on_is_no_target(text: str) -> None:
    assert not facts(run(text), "TARGETS")


def test_the_state_of_a_relative_clause_imposed_the_measure_it_describes() -> None:
    ex = run("China criticised the export bans that the US imposed on Huawei.")
    assert facts(ex, *SANCTION_TYPES) == {
        ("IMPOSED", "United States", "U.S. export bans"),
        ("TARGETS", "U.S. export bans", "Huawei")}


def test_what_a_relative_clause_says_a_measure_covers_it_restricts() -> None:
    ex = run("The US imposed export controls which covered AI chips and HBM.")
    assert {("RESTRICTS", "U.S. export controls", "AI chips"),
            ("RESTRICTS", "U.S. export controls", "HBM")} <= facts(ex, "RESTRICTS")


def test_a_measure_another_is_compared_with_is_another_measure() -> None:
    ex = run("China announced new export controls on tungsten. These measures fall short of "
             "the mineral export bans that China imposed on the US in December.")
    assert set(measures(ex)) == {"Chinese export controls on tungsten", "Chinese export bans"}
    assert "These measures" in measures(ex)["Chinese export controls on tungsten"]


def test_a_measure_is_also_named_with_its_goods_as_worded_and_without_its_year() -> None:
    ex = run("The United States took steps to restrict China's access to advanced "
             "semiconductor technology in 2024.")
    [(name, aliases)] = measures(ex).items()
    assert name == "U.S. restrictions on semiconductors (2024)"
    assert {"U.S. restrictions on semiconductors",
            "U.S. restrictions on advanced semiconductor technology (2024)"} <= set(aliases)


def test_the_year_a_measure_took_effect_dates_it() -> None:
    ex = run("Beijing's export controls on gallium took effect in August 2023.")
    assert list(measures(ex)) == ["Chinese export controls on gallium (2023)"]


@pytest.mark.parametrize(
    ("text", "listing", "targets"),
    [
        ("The U.S. added dozens of Chinese entities to the Entity List on Tuesday. Among them "
         "were Sugon and Hygon.", "Entity List", {"Sugon", "Hygon"}),
        ("The Commerce Department blacklisted 140 firms, among them Naura and Piotech.",
         "U.S. blacklisting of Naura and Piotech", {"Naura", "Piotech"}),
        ("Chinese firms, including Huawei, criticised the Entity List.", "Entity List", set()),
        ("The U.S. put SMIC on the Entity List. Among the firms placed on the list was DJI, "
         "Reuters reported.", "Entity List", {"SMIC", "DJI"}),
    ],
)
def test_the_examples_given_of_the_listed_companies_are_targets(
        text: str, listing: str, targets: set[str]) -> None:
    ex = run(text)
    assert listing in measures(ex)
    assert {end for _, start, end in facts(ex, "TARGETS") if start == listing} == targets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Dutch government has not allowed ASML to deliver its best EUV lithography "
         "machines to Chinese customers.",
         {("IMPOSED", "Dutch government", "Dutch export ban on EUV lithography"),
          ("RESTRICTS", "Dutch export ban on EUV lithography", "EUV lithography"),
          ("TARGETS", "Dutch export ban on EUV lithography", "China")}),
        ("Washington will no longer allow Nvidia to sell H20 chips to China.",
         {("IMPOSED", "United States", "U.S. export ban on H20"),
          ("RESTRICTS", "U.S. export ban on H20", "H20"),
          ("TARGETS", "U.S. export ban on H20", "China")}),
    ],
)
def test_a_state_denying_a_trade_bans_it(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert facts(run(text), *SANCTION_TYPES) == expected


def test_a_denied_permission_that_is_no_trade_is_no_measure() -> None:
    assert measures(run("The Chinese government did not approve the merger of Intel and "
                        "Tower Semiconductor.")) == {}


def test_states_next_to_each_other_without_and_are_no_list_of_imposers() -> None:
    ex = run("Under pressure from the United States, the Dutch government has not allowed "
             "ASML to deliver EUV lithography machines to Chinese customers.")
    assert list(measures(ex)) == ["Dutch export ban on EUV lithography"]


def test_the_companies_a_tariff_rate_is_given_for_are_its_targets() -> None:
    ex = run("The EU imposed duties on Chinese electric vehicles. As of 20 August, the rates "
             "for sampled Chinese firms were: 17% for BYD, 19.3% for Geely and 36.3% for SAIC.")
    assert {"BYD", "Geely", "SAIC Motor"} <= {end for _, _, end in facts(ex, "TARGETS")}
    assert not facts(run("BYD raised its margin to 17% for the quarter."), "TARGETS")


def test_officials_of_a_body_announcing_a_measure_make_the_body_its_imposer() -> None:
    ex = run("Exporters will need licences to ship HBM chips to China, Commerce Department "
             "officials said.")
    assert {start for _, start, _ in facts(ex, "IMPOSED")} == {"U.S. Department of Commerce"}


def test_a_possible_measure_named_by_its_noun_alone_is_the_document_s() -> None:
    ex = run("Seoul seeks to avoid potential tariffs.")
    [sanction] = [e for e in ex.entities if e.label == "Sanction"]
    assert sanction.id.startswith("sanction:tariffs-in-")


def test_goods_among_a_measure_s_additions_and_what_it_applies_to_are_restricted() -> None:
    ex = run("Japan imposed export controls on chipmaking equipment. Etching equipment is "
             "among the most recent additions.")
    assert ("RESTRICTS", "Japanese export controls on chipmaking equipment",
            "etching equipment") in facts(ex, "RESTRICTS")
    ex = run("The new regulations apply to the export of DUV lithography systems to China.")
    assert {("RESTRICTS", "export controls", "DUV lithography"),
            ("TARGETS", "export controls", "China")} <= facts(ex, *SANCTION_TYPES)


def test_companies_listed_after_a_colon_or_as_the_firms_included_are_targets() -> None:
    colon = run(
        "The Commerce Department added the following companies to the Entity List:\n\n"
        "1. Sichuan Tengden Technology\n2. Naura Technology Group Co., Ltd.\n3. Piotech Inc.\n"
    )
    assert {("TARGETS", "Entity List", name) for name in ("Naura", "Piotech")} <= facts(
        colon, "TARGETS")
    include = run(
        "The Commerce Department added 12 Chinese firms to the Entity List on Monday. "
        "The companies also include Megvii, SenseTime and iFlytek."
    )
    assert {("TARGETS", "Entity List", name) for name in ("Megvii", "SenseTime", "iFlytek")
            } <= facts(include, "TARGETS")


def test_a_state_s_own_control_list_of_companies_is_a_listing() -> None:
    ex = run(
        "China's Ministry of Commerce added 10 American companies to its export control list. "
        "The full list includes Shield AI Inc. and Huntington Ingalls Industries."
    )
    targets = {end for _, _, end in facts(ex, "TARGETS")}
    assert {"Shield AI", "Huntington Ingalls Industries"} <= targets


def test_goods_set_off_after_a_category_noun_are_what_a_verb_measure_restricts() -> None:
    ex = run(
        "China will restrict exports of two metals widely used in the production of "
        "semiconductors and electric vehicles, gallium and germanium, from Aug. 1, the "
        "commerce ministry said on Monday."
    )
    [name] = measures(ex)
    assert facts(ex, *SANCTION_TYPES) == {
        ("IMPOSED", "China", name),
        ("IMPOSED", "Ministry of Commerce (China)", name),
        ("RESTRICTS", name, "gallium"),
        ("RESTRICTS", name, "germanium"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Washington is considering new curbs on exports of AI chips to China.",
        "The U.S. could impose new tariffs on Chinese chips.",
    ],
)
def test_a_measure_only_considered_has_no_edges(sentence: str) -> None:
    ex = run(sentence)
    assert measures(ex)
    assert facts(ex, *SANCTION_TYPES) == set()


def test_a_considered_measure_is_not_merged_into_one_in_place() -> None:
    ex = run(
        "China restricted exports of gallium in July. Washington is weighing further curbs "
        "on China's access to chipmaking equipment."
    )
    assert len(measures(ex)) == 2
    assert ("TARGETS", "Chinese export restrictions on gallium", "China") not in facts(
        ex, "TARGETS")


def test_a_headline_measure_is_the_body_s_first_one_by_the_same_imposer() -> None:
    ex = run(
        "China to restrict exports of chipmaking metals from August\n\n"
        "China will restrict exports of gallium and germanium from Aug. 1, the commerce "
        "ministry said."
    )
    assert len(measures(ex)) == 1
    name, aliases = next(iter(measures(ex).items()))
    assert name == "Chinese export restrictions on gallium and germanium"
    assert "Chinese export controls on gallium and germanium" in aliases  # a synonym


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Washington imposed sanctions on dealings with Iran's central bank Bank Melli.",
         "Bank Melli"),
        ("Analysts said U.S. restrictions on trade with China's Huawei may be relaxed.",
         "Huawei"),
        ("The United States tightened its curbs on business with ZTE.", "ZTE"),
    ],
)
def test_the_partner_of_the_trade_a_measure_is_on_is_its_target(text: str, target: str) -> None:
    found = facts(run(text), "TARGETS")
    assert {end for _, _, end in found} >= {target}
    assert "China" not in {end for _, _, end in found}  # the partner's country is not aimed at


@pytest.mark.parametrize("verb", ["may be relaxed", "could be eased", "might be loosened"])
def test_a_measure_whose_change_is_only_possible_is_in_place(verb: str) -> None:
    ex = run(f"Traders hope that U.S. restrictions on trade with Huawei {verb}.")
    assert ("IMPOSED", "United States", "U.S. restrictions on Huawei") in facts(ex, "IMPOSED")


def test_a_measure_with_its_own_imposer_and_target_is_not_an_imposer_less_one_aimed_elsewhere(
) -> None:
    ex = run(
        "The government will tighten export controls on semiconductor materials to South "
        "Korea. The news came as U.S. restrictions on trade with China's Huawei were eased."
    )
    names = set(measures(ex))
    assert len(names) == 2
    assert ("TARGETS", "U.S. restrictions on Huawei", "Huawei") in facts(ex, "TARGETS")
    assert not any(end == "South Korea" and "Huawei" in start
                   for _, start, end in facts(ex, "TARGETS"))


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("Japan will tighten controls on exports of resists, hydrogen fluoride and fluorinated "
         "polyimide to South Korea.", {"resists", "hydrogen fluoride", "fluorinated polyimide"}),
        ("Japan restricted exports of photoresists, hydrogen fluoride and fluorinated "
         "polyimides to South Korea.",
         {"photoresists", "hydrogen fluoride", "fluorinated polyimide"}),
        ("Beijing imposed a ban on shipments of gallium, germanium and fluorinated polyimide "
         "to the United States.", {"gallium", "germanium", "fluorinated polyimide"}),
    ],
)
def test_every_member_of_a_list_of_goods_is_restricted_however_the_parser_cut_it(
        text: str, goods: set[str]) -> None:
    assert {end for _, _, end in facts(run(text), "RESTRICTS")} == goods


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        ("Malaysia has imposed an immediate requirement for a Strategic Trade Permit on all "
         "exports of AI chips.", "requirement for a Strategic Trade Permit"),
        ("Seoul introduced a requirement for export licences on shipments of HBM chips to "
         "China.", "requirement for export licences"),
        ("Tokyo said the new requirements for licenses cover 23 types of chipmaking "
         "equipment.", "new requirements for licenses"),
    ],
)
def test_a_requirement_is_also_named_with_the_licence_it_is_for(text: str, alias: str) -> None:
    ex = run(text)
    assert any(alias in aliases for aliases in measures(ex).values())
    assert facts(ex, "IMPOSED")


def test_a_requirement_for_a_licence_restricts_what_the_licence_is_for() -> None:
    ex = run("Malaysia imposed a requirement for a permit on all exports of AI chips.")
    assert ("RESTRICTS", "Malaysian export controls on AI chips", "AI chips") in facts(
        ex, "RESTRICTS")


@pytest.mark.parametrize(
    ("text", "regime", "imposer"),
    [
        ("Miti said the measure falls under the Strategic Trade Act 2010 (STA 2010).",
         "Strategic Trade Act 2010", None),
        ("China's Ministry of Commerce unveiled an updated version of its Catalogue of "
         "Technologies Prohibited or Restricted from Export.",
         "Catalogue of Technologies Prohibited or Restricted from Export",
         "Ministry of Commerce (China)"),
        ("The Commerce Department added the chips to the Commerce Control List under the "
         "Export Administration Regulations.", "Commerce Control List", None),
        ("Japan's Ministry of Economy, Trade and Industry added 20 companies to the End User "
         "List.", "End User List", "Ministry of Economy, Trade and Industry"),
    ],
)
def test_named_national_control_regimes_are_sanctions(text: str, regime: str,
                                                      imposer: str | None) -> None:
    ex = run(text)
    assert regime in measures(ex)
    assert not [e for e in ex.entities if e.label == "Plan"]
    if imposer is not None:
        assert ("IMPOSED", imposer, regime) in facts(ex, "IMPOSED")


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("China expanded restrictions on technologies for extracting metallic lithium and "
         "gallium.", {"lithium", "gallium"}),
        ("Beijing banned exports of technology for processing rare earths.", {"rare earths"}),
        ("China restricted exports of technologies for refining gallium and germanium.",
         {"gallium", "germanium"}),
        ("The ministry imposed curbs on technologies for producing lithium and graphite.",
         {"lithium", "graphite"}),
    ],
)
def test_what_a_restricted_technology_produces_is_restricted(text: str,
                                                             goods: set[str]) -> None:
    assert {end for _, _, end in facts(run(text), "RESTRICTS")} == goods


def test_a_purpose_of_goods_is_not_what_a_measure_restricts() -> None:
    ex = run("The US imposed export controls on equipment for making chips.")
    assert ("RESTRICTS", "U.S. export controls", "semiconductors") not in facts(ex, "RESTRICTS")


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("Vietnam moved the firms onto its Strategic Goods List.", "Strategic Goods List"),
        ("The chips were added to the Dual-Use Export Control List by the ministry.",
         "Dual-Use Export Control List"),
        ("Thailand updated its Catalogue of Technologies Restricted from Export on Monday.",
         "Catalogue of Technologies Restricted from Export"),
        ("The goods are on the Controlled Items List of Ruritania.", "Controlled Items List"),
    ],
)
def test_title_case_control_lists_and_catalogues_are_named_regimes(text: str,
                                                                    regime: str) -> None:
    assert regime in measures(run(text))


@pytest.mark.parametrize("text", [
    "Forbes published its Global Rich List on Monday.",
    "The Catalogue of Modern Art opened in Paris.",
    "Ruritania published a list of approved vendors.",
])
def test_lists_and_catalogues_without_a_word_of_control_are_no_regimes(text: str) -> None:
    assert not measures(run(text))


def test_a_named_control_list_keeps_its_acronym() -> None:
    ex = run("Vietnam added the chips to its Strategic Goods List (SGL) on Monday.")
    assert "SGL" in measures(ex)["Strategic Goods List"]


@pytest.mark.parametrize("text", [
    "Countries scrambled to strike tariff agreements with Washington.",
    "Officials held tariff talks in Geneva as the tariff war escalated.",
    "Importers asked lawyers about tariff refunds and duty exemptions.",
])
def test_a_tariff_word_modifying_talk_of_tariffs_names_no_measure(text: str) -> None:
    assert not measures(run(text))


def test_a_tariff_word_modifying_its_rates_still_names_a_measure() -> None:
    assert measures(run("The US raised tariff rates on Chinese EVs to 100%."))


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("These steps fall short of the export bans that China imposed on the US in "
         "December, which included gallium, germanium and antimony.",
         {"gallium", "germanium", "antimony"}),
        ("Analysts recalled the curbs that Japan placed on South Korea in 2019, which covered "
         "hydrogen fluoride and photoresists.", {"hydrogen fluoride", "photoresists"}),
        ("Beijing imposed new curbs, which include graphite and rare earths.",
         {"graphite", "rare earths"}),
    ],
)
def test_what_a_measure_s_relative_clause_includes_is_restricted_after_a_date(
        text: str, goods: set[str]) -> None:
    assert {end for _, _, end in facts(run(text), "RESTRICTS")} >= goods


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Japan tightened export controls. Cutting-edge photoresists will be subjected to the "
         "tighter export controls.", ("RESTRICTS", "photoresists")),
        ("Japan tightened export controls. Hydrogen fluoride falls under the new export "
         "controls.", ("RESTRICTS", "hydrogen fluoride")),
        ("The US imposed sanctions on chipmakers. Huawei came under the sanctions in 2019.",
         ("TARGETS", "Huawei")),
        ("Japan tightened export controls. Gallium is now subject to the new export controls.",
         ("RESTRICTS", "gallium")),
    ],
)
def test_what_is_subject_to_or_falls_under_a_measure_is_restricted_or_targeted(
        text: str, fact: tuple[str, str]) -> None:
    assert fact in {(t, end) for t, _, end in facts(run(text), *SANCTION_TYPES)}


@pytest.mark.parametrize("text", [
    "Beijing pledged to restrict exports of gallium.",
    "Tokyo vowed to curb exports of photoresists.",
    "Washington promised to ban sales of AI chips to China.",
    "Trump has pledged to use tariffs and other tools to protect U.S. industries.",
    "Beijing plans to levy duties on U.S. chips.",
    "The White House vowed to impose tariffs on Chinese chips.",
    "Washington promised new tariffs on Chinese steel.",
])
def test_a_measure_only_pledged_or_planned_is_none(text: str) -> None:
    """By a verb ("pledged to restrict") or by its noun ("vowed to impose tariffs")."""
    assert not measures(run(text))


def test_a_pledged_measure_the_document_asserts_is_that_measure() -> None:
    ex = run("Beijing pledged to restrict exports of gallium. On Monday China restricted "
             "exports of gallium.")
    assert facts(ex, "IMPOSED") == {("IMPOSED", "China", "Chinese export restrictions on gallium")}


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("China imposed export controls on antimony. The controls require licences for "
         "exports of gallium, germanium and graphite.", {"gallium", "germanium", "graphite"}),
        ("China imposed export controls on antimony. The rules will take effect in May and "
         "require permits for shipments of gallium, germanium and graphite.",
         {"gallium", "germanium", "graphite"}),
        ("China imposed export controls on antimony. The new restrictions need an export "
         "licence for sales of gallium and germanium.", {"gallium", "germanium"}),
        ("China imposed export controls on batteries. The restrictions will take effect in "
         "May and require government licences for exports of lithium-ion batteries, "
         "specialised equipment and critical battery materials.",
         {"lithium-ion batteries", "battery materials"}),
    ],
)
def test_goods_a_measure_requires_licences_for_are_restricted_by_that_measure(
        text: str, goods: set[str]) -> None:
    ex = run(text)
    assert len(measures(ex)) == 1
    assert {end for _, _, end in facts(ex, "RESTRICTS")} >= goods


def test_a_planned_measure_noun_the_document_asserts_is_that_measure() -> None:
    ex = run("Washington plans to impose tariffs on Chinese chips. On Friday the US imposed "
             "tariffs on Chinese chips.")
    assert ("IMPOSED", "United States", "U.S. tariffs on semiconductors") in facts(ex, "IMPOSED")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("The Commerce Department published a revised edition of the Entity List.",
         ("IMPOSED", "U.S. Department of Commerce", "Entity List")),
        ("Washington announced an amendment to the Foreign Direct Product Rule.",
         ("IMPOSED", "United States", "Foreign Direct Product Rule")),
        ("The Ministry of Commerce and the Ministry of Finance unveiled an updated version of "
         "the Unreliable Entity List.",
         ("IMPOSED", "Ministry of Finance", "China's Unreliable Entity List")),
    ],
)
def test_a_state_that_issues_a_version_of_a_measure_imposed_it(
        text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts(run(text), "IMPOSED")
