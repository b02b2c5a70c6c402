"""Relationship extraction on the real spaCy model, with sentences written for these tests.

Entity spans are built by hand (name -> label) so each test controls exactly which
mentions exist; a few tests run the real entity recogniser end to end.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from graph.schema import REL_TYPES, allowed
from loaders.entities import entity_spans
from loaders.model import Entity, EntitySpan, Relation
from loaders.nlp import get_nlp
from loaders.relation_rules import RELATIONS_DIR, RuleError, load_rules
from loaders.relations import extract_relations

DOC = "document:test"


def entity(name: str, label: str) -> Entity:
    """A test entity with a predictable id ("Company", "TSMC" -> "company:tsmc")."""
    slug = re.sub(r"[^a-z0-9+]+", "-", name.lower()).strip("-")
    return Entity(f"{label.lower()}:{slug}", label, name)


def spans_for(text: str, names: dict[str, str]) -> list[EntitySpan]:
    """Every whole-word occurrence of each name (longest names first, no overlaps)."""
    spans: list[EntitySpan] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?!\w)", text):
            if not any(m.start() < s.end and s.start < m.end() for s in spans):
                spans.append(EntitySpan(entity(name, names[name]), m.start(), m.end(), "gazetteer"))
    return spans


def run(text: str, names: dict[str, str]) -> list[Relation]:
    return extract_relations(get_nlp()(text), spans_for(text, names), DOC)


def facts(relations: list[Relation]) -> set[tuple[str, str, str]]:
    return {(r.type, r.start, r.end) for r in relations}


C, A, P, T, S, N, K, D = (
    "Company",
    "Agency",
    "Plan",
    "Technology",
    "Sanction",
    "Country",
    "Person",
    "Product",
)

DIRECTION_CASES = [
    # (sentence, entities, expected fact)
    (
        "Xiaomi ordered 80,000 image sensors from OmniVision in March.",
        {"Xiaomi": C, "OmniVision": C},
        ("SUPPLIES", "company:omnivision", "company:xiaomi"),
    ),
    (
        "Samsung sells memory chips to Nvidia.",
        {"Samsung": C, "Nvidia": C},
        ("SUPPLIES", "company:samsung", "company:nvidia"),
    ),
    (
        "Apple buys most of its processors from TSMC.",
        {"Apple": C, "TSMC": C},
        ("SUPPLIES", "company:tsmc", "company:apple"),
    ),
    (
        "The battery packs are supplied to Tesla by CATL.",
        {"Tesla": C, "CATL": C},
        ("SUPPLIES", "company:catl", "company:tesla"),
    ),
    (
        "Hua Hong depends on Tokyo Electron for etching tools.",
        {"Hua Hong": C, "Tokyo Electron": C},
        ("DEPENDS_ON", "company:hua-hong", "company:tokyo-electron"),
    ),
    (
        "Japan imports rare earths from China.",
        {"Japan": N, "China": N},
        ("DEPENDS_ON", "country:japan", "country:china"),
    ),
    (
        "Europe's reliance on gallium remains high.",
        {"Europe": N, "gallium": T},
        ("DEPENDS_ON", "country:europe", "technology:gallium"),
    ),
    (
        "Cambricon designs neural processing units.",
        {"Cambricon": C, "neural processing units": T},
        ("DEVELOPS", "company:cambricon", "technology:neural-processing-units"),
    ),
    (
        "The Kunlun chip was developed by Baidu.",
        {"Kunlun chip": D, "Baidu": C},
        ("DEVELOPS", "company:baidu", "product:kunlun-chip"),
    ),
    (
        "YMTC, a subsidiary of Tsinghua Unigroup, makes flash memory.",
        {"YMTC": C, "Tsinghua Unigroup": C},
        ("SUBSIDIARY_OF", "company:ymtc", "company:tsinghua-unigroup"),
    ),
    (
        "Alibaba's chip unit T-Head released a new processor.",
        {"Alibaba": C, "T-Head": C},
        ("SUBSIDIARY_OF", "company:t-head", "company:alibaba"),
    ),
    (
        "Wingtech acquired Nexperia in 2019.",
        {"Wingtech": C, "Nexperia": C},
        ("SUBSIDIARY_OF", "company:nexperia", "company:wingtech"),
    ),
    (
        "The foundry is run by Samsung-owned Harman.",
        {"Samsung": C, "Harman": C},
        ("SUBSIDIARY_OF", "company:harman", "company:samsung"),
    ),
    (
        "AMD competes with Intel in server processors.",
        {"AMD": C, "Intel": C},
        ("COMPETES_WITH", "company:amd", "company:intel"),
    ),
    (
        "Rapidus is headquartered in Japan.",
        {"Rapidus": C, "Japan": N},
        ("BASED_IN", "company:rapidus", "country:japan"),
    ),
    (
        "Shares of Netherlands-based ASM International fell.",
        {"Netherlands": N, "ASM International": C},
        ("BASED_IN", "company:asm-international", "country:netherlands"),
    ),
    (
        "Japan tightened export controls last July.",
        {"Japan": N, "export controls": S},
        ("IMPOSED", "country:japan", "sanction:export-controls"),
    ),
    (
        "The Bureau of Industry and Security added Sugon to the Entity List.",
        {"Bureau of Industry and Security": A, "Sugon": C, "Entity List": S},
        ("TARGETS", "sanction:entity-list", "company:sugon"),
    ),
    (
        "Beijing announced export restrictions on gallium.",
        {"Beijing": N, "export restrictions": S, "gallium": T},
        ("RESTRICTS", "sanction:export-restrictions", "technology:gallium"),
    ),
    (
        "The new rules restrict exports of high-bandwidth memory to China.",
        {"new rules": S, "high-bandwidth memory": T, "China": N},
        ("TARGETS", "sanction:new-rules", "country:china"),
    ),
    (
        "The National Development and Reform Commission unveiled the Digital Economy Plan.",
        {"National Development and Reform Commission": A, "Digital Economy Plan": P},
        (
            "ISSUED",
            "agency:national-development-and-reform-commission",
            "plan:digital-economy-plan",
        ),
    ),
    (
        "The Digital Economy Plan calls for breakthroughs in quantum computing.",
        {"Digital Economy Plan": P, "quantum computing": T},
        ("PRIORITIZES", "plan:digital-economy-plan", "technology:quantum-computing"),
    ),
    (
        "The Big Fund has invested heavily in Hua Hong.",
        {"Big Fund": P, "Hua Hong": C},
        ("SUPPORTS", "plan:big-fund", "company:hua-hong"),
    ),
    (
        "The strategy was drawn up in response to the Entity List.",
        {"strategy": P, "Entity List": S},
        ("RESPONDS_TO", "plan:strategy", "sanction:entity-list"),
    ),
    (
        "The CAC licensed Zhipu to release its chatbot.",
        {"CAC": A, "Zhipu": C},
        ("REGULATES", "agency:cac", "company:zhipu"),
    ),
    (
        "Lisa Su, the chief executive of AMD, spoke in Taipei.",
        {"Lisa Su": K, "AMD": C},
        ("AFFILIATED_WITH", "person:lisa-su", "company:amd"),
    ),
    (
        "Liang Wenfeng, who founded DeepSeek, rarely gives interviews.",
        {"Liang Wenfeng": K, "DeepSeek": C},
        ("AFFILIATED_WITH", "person:liang-wenfeng", "company:deepseek"),
    ),
]


@pytest.mark.parametrize(("text", "names", "expected"), DIRECTION_CASES)
def test_direction(text: str, names: dict[str, str], expected: tuple[str, str, str]) -> None:
    found = facts(run(text, names))
    assert expected in found
    reverse = (expected[0], expected[2], expected[1])
    if expected[0] != "COMPETES_WITH":
        assert reverse not in found


def test_every_type_has_a_direction_case() -> None:
    assert {case[2][0] for case in DIRECTION_CASES} == set(REL_TYPES)


def test_lists_expand_to_one_edge_per_member() -> None:
    rels = run(
        "Xiaomi, Oppo and Vivo are developing their own smartphone chips.",
        {"Xiaomi": C, "Oppo": C, "Vivo": C, "smartphone chips": T},
    )
    assert facts(rels) == {
        ("DEVELOPS", f"company:{name}", "technology:smartphone-chips")
        for name in ("xiaomi", "oppo", "vivo")
    }


def test_conjuncts_on_both_sides() -> None:
    rels = run(
        "Lenovo and Inspur buy server chips from Intel and AMD.",
        {"Lenovo": C, "Inspur": C, "Intel": C, "AMD": C},
    )
    assert facts(rels) == {
        ("SUPPLIES", s, b)
        for s in ("company:intel", "company:amd")
        for b in ("company:lenovo", "company:inspur")
    }


def test_list_introduced_by_a_bare_noun() -> None:
    rels = run(
        "The rules hit companies such as Sugon and Inspur.",
        {"rules": S, "Sugon": C, "Inspur": C},
    )
    assert facts(rels) == {
        ("TARGETS", "sanction:rules", "company:sugon"),
        ("TARGETS", "sanction:rules", "company:inspur"),
    }


def test_apposition_does_not_spread_over_a_list() -> None:
    rels = run(
        "Key players include Nio, XPeng, CATL (the largest battery maker) and BYD.",
        {"Nio": C, "XPeng": C, "CATL": C, "BYD": C, "battery": T},
    )
    assert all(r.start == "company:catl" for r in rels if r.type == "DEVELOPS")


@pytest.mark.parametrize(
    "text",
    [
        "Micron reportedly supplies memory chips to Lenovo.",
        "Micron is expected to supply memory chips to Lenovo.",
        "Micron may supply memory chips to Lenovo.",
        "Micron is said to supply memory chips to Lenovo.",
        "Micron plans to supply memory chips to Lenovo.",
    ],
)
def test_hedges_lower_confidence(text: str) -> None:
    names = {"Micron": C, "Lenovo": C}
    plain = run("Micron supplies memory chips to Lenovo.", names)
    hedged = run(text, names)
    key = ("SUPPLIES", "company:micron", "company:lenovo")
    assert facts(plain) == facts(hedged) == {key}
    assert hedged[0].evidence[0].confidence < plain[0].evidence[0].confidence
    assert hedged[0].evidence[0].confidence == pytest.approx(
        plain[0].evidence[0].confidence * load_rules().modifiers.hedge_factor, abs=1e-4
    )  # confidences are kept to 4 decimals


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Micron does not supply Lenovo.", {"Micron": C, "Lenovo": C}),
        ("Micron no longer supplies Lenovo.", {"Micron": C, "Lenovo": C}),
        ("Micron stopped supplying Lenovo in 2023.", {"Micron": C, "Lenovo": C}),
        ("Micron denied that it supplies Lenovo.", {"Micron": C, "Lenovo": C}),
        ("Lenovo ended its reliance on Micron.", {"Micron": C, "Lenovo": C}),
        ("Washington lifted the sanctions on ZTE.", {"Washington": N, "sanctions": S, "ZTE": C}),
        ("Sugon was removed from the Entity List.", {"Sugon": C, "Entity List": S}),
        ("The regulator never licensed Zhipu.", {"regulator": A, "Zhipu": C}),
        ("Chen, a former chairman of SMIC, retired.", {"Chen": K, "SMIC": C}),
    ],
)
def test_negation_and_reversal_block_the_edge(text: str, names: dict[str, str]) -> None:
    blocked = {"SUPPLIES", "DEPENDS_ON", "TARGETS", "REGULATES", "AFFILIATED_WITH"}
    assert not [r for r in run(text, names) if r.type in blocked]


def test_coreference_spans_count_as_mentions() -> None:
    text = "Huawei is under pressure. It relies on SMIC for advanced chips."
    huawei, smic = entity("Huawei", C), entity("SMIC", C)
    it = text.index("It")
    spans = [
        EntitySpan(huawei, 0, 6, "gazetteer"),
        EntitySpan(huawei, it, it + 2, "coref"),
        EntitySpan(smic, text.index("SMIC"), text.index("SMIC") + 4, "gazetteer"),
    ]
    rels = extract_relations(get_nlp()(text), spans, DOC)
    assert facts(rels) == {("DEPENDS_ON", "company:huawei", "company:smic")}
    assert rels[0].evidence[0].sentence == "It relies on SMIC for advanced chips."


def test_domain_and_range_pick_the_type_or_drop_the_edge() -> None:
    launched = run(
        "The ministry launched the Chip Plan. Huawei launched the Mate X phone.",
        {"ministry": A, "Chip Plan": P, "Huawei": C, "Mate X phone": D},
    )
    assert facts(launched) == {
        ("ISSUED", "agency:ministry", "plan:chip-plan"),
        ("DEVELOPS", "company:huawei", "product:mate-x-phone"),
    }
    # An agency cannot SUPPLY, a person cannot DEPEND_ON: nothing is written.
    assert run("The grid office supplies Huawei.", {"grid office": A, "Huawei": C}) == []
    assert run("Lisa Su relies on TSMC.", {"Lisa Su": K, "TSMC": C}) == []


def test_sanction_reach_type_follows_the_label() -> None:
    rels = run(
        "The controls on Huawei took effect. Then came controls on EUV lithography.",
        {"controls": S, "Huawei": C, "EUV lithography": T},
    )
    assert facts(rels) == {
        ("TARGETS", "sanction:controls", "company:huawei"),
        ("RESTRICTS", "sanction:controls", "technology:euv-lithography"),
    }


def test_every_edge_respects_the_ontology_and_has_evidence() -> None:
    text = (
        "Washington imposed export controls on Huawei. HiSilicon, a unit of Huawei, "
        "depends on TSMC. The Big Fund backs SMIC. Nvidia CEO Jensen Huang visited Beijing."
    )
    names = {
        "Washington": N,
        "export controls": S,
        "Huawei": C,
        "HiSilicon": C,
        "TSMC": C,
        "Big Fund": P,
        "SMIC": C,
        "Nvidia": C,
        "Jensen Huang": K,
        "Beijing": N,
    }
    doc = get_nlp()(text)
    spans = spans_for(text, names)
    rels = extract_relations(doc, spans, DOC)
    labels = {s.entity.id: s.entity.label for s in spans}
    assert len(rels) >= 6
    for r in rels:
        assert allowed(r.type, labels[r.start], labels[r.end])
        for ev in r.evidence:
            assert ev.doc == DOC
            assert text[ev.start : ev.end] == ev.sentence
            assert 0 < ev.confidence <= 1
            assert re.fullmatch(r"(dep|surface):[a-z_]+", ev.method)
    roles = {r.start: r.properties.get("role") for r in rels if r.type == "AFFILIATED_WITH"}
    assert roles == {"person:jensen-huang": "CEO"}


def test_one_relation_per_fact_with_one_evidence_per_sentence() -> None:
    text = "Samsung supplies Apple. Samsung also sells displays to Apple, and it ships chips to it."
    rels = run(text, {"Samsung": C, "Apple": C})
    assert facts(rels) == {("SUPPLIES", "company:samsung", "company:apple")}
    assert [e.sentence for e in rels[0].evidence] == [
        "Samsung supplies Apple.",
        "Samsung also sells displays to Apple, and it ships chips to it.",
    ]


def test_competitors_are_written_in_one_canonical_direction() -> None:
    one = run("Zeekr competes with Tesla.", {"Zeekr": C, "Tesla": C})
    other = run("Tesla competes with Zeekr.", {"Zeekr": C, "Tesla": C})
    assert facts(one) == facts(other) == {("COMPETES_WITH", "company:tesla", "company:zeekr")}


def test_no_edge_from_mere_co_occurrence() -> None:
    text = "Huawei, TSMC and the Entity List were all discussed at the conference in China."
    assert run(text, {"Huawei": C, "TSMC": C, "Entity List": S, "China": N}) == []


def test_demonym_stands_for_a_country_the_document_names() -> None:
    text = "Dutch firm ASML sells scanners to TSMC. The Netherlands joined the controls."
    names = {"ASML": C, "TSMC": C, "Netherlands": N}
    assert ("BASED_IN", "company:asml", "country:netherlands") in facts(run(text, names))
    # Without the country named in the document, the adjective alone makes no edge.
    alone = "Dutch firm ASML sells scanners to TSMC."
    assert not [r for r in run(alone, {"ASML": C, "TSMC": C}) if r.type == "BASED_IN"]


def test_surface_rules_work_without_a_parser() -> None:
    text = "U.S.-based Micron cut prices."
    doc = get_nlp(rule_based=True)(text)
    rels = extract_relations(doc, spans_for(text, {"U.S.": N, "Micron": C}), DOC)
    assert facts(rels) == {("BASED_IN", "company:micron", "country:u-s")}


def test_output_is_deterministic() -> None:
    text = "Samsung and SK Hynix ship memory to Nvidia, which competes with AMD."
    names = {"Samsung": C, "SK Hynix": C, "Nvidia": C, "AMD": C}
    assert run(text, names) == run(text, names)


def test_end_to_end_with_the_entity_recogniser() -> None:
    text = "ByteDance ordered 200,000 AI chips from Cambricon, the Shanghai Daily reported."
    doc = get_nlp()(text)
    rels = extract_relations(doc, entity_spans(doc), DOC)
    supplies = [r for r in rels if r.type == "SUPPLIES"]
    assert [(r.start, r.end) for r in supplies] == [("company:cambricon", "company:bytedance")]


def test_malformed_rule_files_are_rejected_with_the_file_named(tmp_path: Path) -> None:
    for name in ("paths.json", "rules.json", "surface.json", "config.json"):
        shutil.copy(RELATIONS_DIR / name, tmp_path / name)
    rules = json.loads((tmp_path / "rules.json").read_text())
    rules["rules"][0]["types"] = ["OWNS"]
    (tmp_path / "rules.json").write_text(json.dumps(rules))
    with pytest.raises(RuleError, match="types"):
        load_rules(tmp_path)
    (tmp_path / "rules.json").write_text("{not json")
    with pytest.raises(RuleError, match="rules.json"):
        load_rules(tmp_path)
    rules = json.loads((RELATIONS_DIR / "rules.json").read_text())
    rules["rules"].append(dict(rules["rules"][0]))
    (tmp_path / "rules.json").write_text(json.dumps(rules))
    with pytest.raises(RuleError, match=f"two rules are named '{rules['rules'][0]['name']}'"):
        load_rules(tmp_path)


def test_parentheses_name_a_country_or_the_fields_of_a_company() -> None:
    text = "Rohm (Japan) and Soitec (silicon wafers, power chips) grew."
    names = {"Rohm": C, "Japan": N, "Soitec": C, "silicon wafers": T, "power chips": T}
    assert facts(run(text, names)) == {
        ("BASED_IN", "company:rohm", "country:japan"),
        ("DEVELOPS", "company:soitec", "technology:silicon-wafers"),
        ("DEVELOPS", "company:soitec", "technology:power-chips"),
    }


def test_a_name_opening_with_a_country_gives_based_in() -> None:
    text = "Korea Zinc refines germanium. Korea is a major producer."
    rels = run(text, {"Korea Zinc": C, "Korea": N, "germanium": T})
    assert ("BASED_IN", "company:korea-zinc", "country:korea") in facts(rels)


def test_a_predicate_noun_stands_for_the_subject() -> None:
    text = "Biren is one of the startups developing GPUs."
    assert facts(run(text, {"Biren": C, "GPUs": T})) == {
        ("DEVELOPS", "company:biren", "technology:gpus")
    }


def test_no_possessive_edge_across_another_entity() -> None:
    text = "Demand rose at leaders like Taiwan's TSMC or South Korea's Samsung."
    names = {"Taiwan": N, "TSMC": C, "South Korea": N, "Samsung": C}
    found = facts(run(text, names))
    assert ("BASED_IN", "company:tsmc", "country:taiwan") in found
    assert ("BASED_IN", "company:samsung", "country:taiwan") not in found
    assert ("BASED_IN", "company:tsmc", "country:south-korea") not in found


def test_a_sanction_mention_names_its_imposer_and_object() -> None:
    text = (
        "Beijing announced Chinese export controls on graphite and tungsten. "
        "Graphite and tungsten feed battery plants in Japan. Japan buys graphite."
    )
    names = {
        "Chinese export controls on graphite and tungsten": S,
        "graphite": T,
        "Graphite": T,
        "tungsten": T,
        "China": N,
        "Japan": N,
    }
    text_with_china = text + " China mines most of it."
    found = facts(run(text_with_china, names))
    sanction = "sanction:chinese-export-controls-on-graphite-and-tungsten"
    assert ("RESTRICTS", sanction, "technology:graphite") in found
    assert ("RESTRICTS", sanction, "technology:tungsten") in found
    assert ("IMPOSED", "country:china", sanction) in found
    assert ("TARGETS", sanction, "country:japan") not in found


def test_a_sanction_mention_names_its_target_after_the_object_word() -> None:
    text = "Shipments stopped under the ban on Huawei. Huawei protested."
    found = facts(run(text, {"ban on Huawei": S, "Huawei": C}))
    assert ("TARGETS", "sanction:ban-on-huawei", "company:huawei") in found


def test_an_object_only_inside_the_sanction_mention_gives_no_edge() -> None:
    text = "Beijing announced export controls on graphite."
    assert run(text, {"export controls on graphite": S}) == []


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        (
            "The tariffs not only hit electric vehicles but also batteries.",
            {"tariffs": S, "electric vehicles": T, "batteries": T},
            ("RESTRICTS", "sanction:tariffs", "technology:batteries"),
        ),
        (
            "The Entity List includes Huawei and SMIC.",
            {"Entity List": S, "Huawei": C, "SMIC": C},
            ("TARGETS", "sanction:entity-list", "company:smic"),
        ),
        (
            "The US imposed sweeping export controls, targeting China's ability to make chips.",
            {"US": N, "export controls": S, "China": N},
            ("TARGETS", "sanction:export-controls", "country:china"),
        ),
        (
            "The Big Fund invests in SMIC.",
            {"Big Fund": P, "SMIC": C},
            ("SUPPORTS", "plan:big-fund", "company:smic"),
        ),
        (
            "Made in China 2025 focuses on robotics and semiconductors.",
            {"Made in China 2025": P, "robotics": T, "semiconductors": T},
            ("PRIORITIZES", "plan:made-in-china-2025", "technology:semiconductors"),
        ),
        (
            "Made in China 2025 calls for breakthroughs in semiconductors.",
            {"Made in China 2025": P, "semiconductors": T},
            ("PRIORITIZES", "plan:made-in-china-2025", "technology:semiconductors"),
        ),
    ],
)
def test_sanction_and_plan_phrasings(
    text: str, names: dict[str, str], expected: tuple[str, str, str]
) -> None:
    assert expected in facts(run(text, names))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The tariffs do not hit electric vehicles.", {"tariffs": S, "electric vehicles": T}),
        ("The Big Fund does not invest in SMIC.", {"Big Fund": P, "SMIC": C}),
    ],
)
def test_negated_sanction_and_plan_phrasings_give_no_edge(text: str, names: dict[str, str]) -> None:
    assert not {f for f in facts(run(text, names)) if f[0] in ("RESTRICTS", "SUPPORTS")}


def test_a_measure_shares_the_object_of_the_noun_it_is_coordinated_with() -> None:
    text = (
        "In the wake of trade tensions and export restrictions on high-tech components, "
        "particularly batteries, Germany has prioritized the development of a strong "
        "battery industry."
    )
    found = facts(run(text, {"export restrictions": S, "batteries": T}))
    assert ("RESTRICTS", "sanction:export-restrictions", "technology:batteries") in found
    own = "Sanctions on Huawei and tariffs on steel rose."
    assert ("TARGETS", "sanction:tariffs", "company:huawei") not in facts(
        run(own, {"Sanctions": S, "tariffs": S, "Huawei": C, "steel": T})
    )


DEVELOPS_RECALL_CASES = [
    (
        "Kilo continues to lead Korea's innovation in robotics and drones.",
        {"Kilo": C, "Korea": N, "robotics": T},
        ["robotics"],
    ),
    (
        "Kilo has accelerated R&D in photonics and optics.",
        {"Kilo": C, "photonics": T},
        ["photonics"],
    ),
    ("Buyers need Kilo's (Korea) lidar sensors.", {"Kilo": C, "Korea": N, "lidar": T}, ["lidar"]),
    (
        "Kilo dominates global lidar, drones, and robotics.",
        {"Kilo": C, "lidar": T, "drones": T, "robotics": T},
        ["lidar", "drones", "robotics"],
    ),
    ("Kilo, which makes lidar sensors, grew fast.", {"Kilo": C, "lidar": T}, ["lidar"]),
    ("Kilo is a leading maker of lidar sensors.", {"Kilo": C, "lidar": T}, ["lidar"]),
    (
        "Kilo and Zeta are pioneers in drone technology.",
        {"Kilo": C, "Zeta": C, "drone": T},
        ["drone"],
    ),
    ("The Orion chip, developed by Kilo, ships next year.", {"Kilo": C, "Orion": D}, ["Orion"]),
    ("Kilo unveiled the Orion chip on Monday.", {"Kilo": C, "Orion": D}, ["Orion"]),
    ("Kilo launched its Orion phone.", {"Kilo": C, "Orion": D}, ["Orion"]),
    ("Demand for Kilo's lidar sensors fell.", {"Kilo": C, "lidar": T}, ["lidar"]),
    (
        "Kilo, for instance, has invested heavily in photonics and robotics.",
        {"Kilo": C, "photonics": T, "robotics": T},
        ["photonics", "robotics"],
    ),
    (
        "Kilo and Zeta have played key roles in speeding up the development of 6G.",
        {"Kilo": C, "Zeta": C, "6G": T},
        ["6G"],
    ),
    (
        "Kilo Co. Ltd. is a Korean company focused on developing its own chips.",
        {"Kilo": C, "chips": T},
        ["chips"],
    ),
    (
        "Kilo is one of Korea's tech giants that is ramping up efforts to develop its own chips.",
        {"Kilo": C, "Korea": N, "chips": T},
        ["chips"],
    ),
    (
        "Sanctions have spurred firms like Kilo to ramp up domestic chip development.",
        {"Kilo": C, "chip": T},
        ["chip"],
    ),
]


@pytest.mark.parametrize(("text", "names", "ends"), DEVELOPS_RECALL_CASES)
def test_develops_recall_classes(text: str, names: dict[str, str], ends: list[str]) -> None:
    found = facts(run(text, names))
    for end in ends:
        assert ("DEVELOPS", "company:kilo", entity(end, names[end]).id) in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Kilo sued the maker of lidar sensors.", {"Kilo": C, "lidar": T}),
        ("Kilo leads the decline in lidar stocks.", {"Kilo": C, "lidar": T}),
        ("Kilo ordered lidar sensors from a vendor.", {"Kilo": C, "lidar": T}),
        ("Kilo is a customer of the maker of lidar sensors.", {"Kilo": C, "lidar": T}),
        ("Kilo is not developing its own chips.", {"Kilo": C, "chips": T}),
        ("Kilo announced AI guidelines for its staff.", {"Kilo": C, "AI": T}),
    ],
)
def test_develops_recall_rules_keep_precision(text: str, names: dict[str, str]) -> None:
    assert not {f for f in facts(run(text, names)) if f[0] == "DEVELOPS"}


def test_plan_priorities_listed_after_including() -> None:
    text = "The Ten-Year Plan pledges to speed up progress in sectors including robotics and lidar."
    found = facts(run(text, {"Ten-Year Plan": P, "robotics": T, "lidar": T}))
    assert {
        ("PRIORITIZES", "plan:ten-year-plan", f"technology:{t}") for t in ("robotics", "lidar")
    } <= found


def test_country_possessive_before_a_measure_is_not_based_in() -> None:
    names = {"Washington": N, "Huawei": C}
    assert not facts(run("Washington's Huawei ban hurt chip sales.", names))
    kept = facts(run("Washington's Huawei remains strong.", names))
    assert ("BASED_IN", "company:huawei", "country:washington") in kept
