"""Classes of wording for technologies, products and firms, each in several invented
wordings (real spaCy model): a technology written out before its acronym and head noun,
chemistries and compounds longer than the element they contain, "<what>-based" kinds,
a technology named by its trade ("chip supply deal"), HBM generations as products,
rule titles and control instruments that the NER reads as firms; a field named only as a
modifier ("AI data centers"), product generations that are no network generations,
cathode/anode materials as kinds of battery materials, honorifics before names, and a
product family before its model at a sentence's end."""

from __future__ import annotations

import pytest
from extracted import found


def ids(text: str) -> set[str]:
    return {entity.id for entity in found(text).values()}


@pytest.mark.parametrize(("text", "surface", "entity_id"), [
    ("Malaysia requires permits for high-performance artificial intelligence (AI) chips.",
     "artificial intelligence (AI) chips", "technology:ai-chips"),
    ("SK On's electric vehicle (EV) battery venture with Ford opened.",
     "electric vehicle (EV) battery", "technology:ev-batteries"),
    ("Japan tightened exports of extreme ultraviolet (EUV) resists to Korea.",
     "extreme ultraviolet (EUV) resists", "technology:euv-resists"),
    ("ASML ships extreme ultraviolet (EUV) lithography machines to TSMC.",
     "extreme ultraviolet (EUV) lithography machines", "technology:euv-lithography"),
    ("Samsung supplies high bandwidth memory (HBM) chips to Nvidia.",
     "high bandwidth memory (HBM) chips", "technology:hbm"),
])
def test_a_technology_written_out_before_its_acronym_and_head_is_one_mention(
    text: str, surface: str, entity_id: str
) -> None:
    result = found(text)
    assert result[surface].id == entity_id
    head = surface.rsplit(" ", 1)[-1]
    assert not any(s != surface and s in surface and s != head for s in result)  # no pieces


def test_an_acronym_in_parentheses_before_a_non_technology_changes_nothing() -> None:
    result = found("Semiconductor Manufacturing International Corporation (SMIC) chips sold.")
    assert result["Semiconductor Manufacturing International Corporation"].id == "company:smic"


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    ("Japan restricted exports of resists, hydrogen fluoride and fluorinated polyimide.",
     {"technology:hydrogen-fluoride", "technology:fluorinated-polyimide", "technology:resists"},
     {"technology:hydrogen"}),
    ("The catalog covers lithium manganese iron phosphate (LMFP) cathodes.",
     {"technology:lithium-manganese-iron-phosphate"}, {"technology:manganese"}),
    ("Korea imports high-purity hydrogen fluoride used to etch wafers.",
     {"technology:hydrogen-fluoride"}, {"technology:hydrogen"}),
    ("Most lithium-ion batteries for cars use nickel manganese cobalt cathodes.",
     {"technology:lithium-ion-batteries", "technology:nickel-cobalt-manganese-batteries"},
     {"technology:ev-batteries", "technology:manganese"}),
    ("Tesla buys NCA batteries, while BYD prefers lithium titanate and LFP.",
     {"technology:nickel-cobalt-aluminum-batteries", "technology:lithium-titanate"}, set()),
    ("LG will supply energy storage systems built with Li-ion batteries.",
     {"technology:energy-storage", "technology:lithium-ion-batteries"}, set()),
])
def test_compounds_and_chemistries_are_named_whole(
    text: str, expected: set[str], not_expected: set[str]
) -> None:
    result = ids(text)
    assert expected <= result
    assert not not_expected & result


@pytest.mark.parametrize("text", [
    "China resists U.S. pressure on chips.",
    "The company resists calls to sell its stake.",
    "Beijing firmly resists any attempt to contain it.",
])
def test_resists_as_a_verb_is_no_technology(text: str) -> None:
    assert not any(e.label == "Technology" and s.lower() == "resists"
                   for s, e in found(text).items())


def test_a_materials_plural_noun_resists_is_a_technology() -> None:
    assert found("JSR and Shin-Etsu make resists used in chipmaking.")["resists"].label == (
        "Technology")


@pytest.mark.parametrize(("text", "surface"), [
    ("It makes silicon-based anodes.", "silicon-based anodes"),
    ("The rules cover phosphate-based cathode precursors.",
     "phosphate-based cathode precursors"),
    ("CATL is developing sodium-based batteries for cheap cars.", "sodium-based batteries"),
])
def test_a_material_based_on_something_is_a_kind_of_its_own(text: str, surface: str) -> None:
    entity = found(text)[surface]
    assert (entity.label, entity.name) == ("Technology", surface)


def test_based_on_does_not_make_a_field_a_kind_of_its_own() -> None:
    assert found("They sell cloud-based AI to banks.")["AI"].id == (
        "technology:artificial-intelligence")


@pytest.mark.parametrize(("text", "surface"), [
    ("Samsung and Tesla announced a $16.5 billion chip supply deal.", "chip supply"),
    ("Tesla signed a chip deal with Samsung.", "chip deal"),
    ("The global chip shortage hit carmakers.", "chip shortage"),
    ("TSMC opened a chip plant in Arizona.", "chip plant"),
])
def test_a_technology_named_by_its_trade_is_that_technology(text: str, surface: str) -> None:
    assert found(text)[surface].id == "technology:semiconductors"


@pytest.mark.parametrize(("text", "surface"), [
    ("Samsung's HBM3E has yet to pass Nvidia's tests.", "HBM3E"),
    ("SK Hynix began mass production of HBM4 chips.", "HBM4 chips"),
    ("Micron sells HBM3 memory to AMD.", "HBM3 memory"),
])
def test_hbm_generations_are_technologies_like_ddr5(text: str, surface: str) -> None:
    assert found(text)[surface].label == "Technology"


@pytest.mark.parametrize("text", [
    "Exports now need a permit under the Catch-All Control, the ministry said.",
    "The Catalog of Technologies Prohibited or Restricted from Export was updated.",
    "Firms must apply for a Strategic Trade Permit before shipping.",
])
def test_rule_titles_and_control_instruments_are_no_firms(text: str) -> None:
    assert not [s for s, e in found(text).items() if e.label in {"Company", "Organization"}]


@pytest.mark.parametrize(("text", "names"), [
    ("Huang thanked Amphenol, Vertiv, SK Hynix and Micron, along with Taiwanese companies "
     "KYEC, Foxconn, Quanta and Wiwynn.", {"Amphenol", "Vertiv", "KYEC", "Wiwynn"}),
    ("According to South Korean media outlets including Segye Ilbo and Business Post, "
     "shipments began.", {"Segye Ilbo", "Business Post"}),
    ("BlueOval SK will be headquartered in Georgia.", {"BlueOval SK"}),
])
def test_well_known_suppliers_media_and_ventures_are_firms(text: str, names: set[str]) -> None:
    result = found(text)
    assert all(result[name].label == "Company" for name in names), result


def test_malaysias_trade_ministry_with_a_comma_in_its_name_is_one_agency() -> None:
    result = found("The Investment, Trade and Industry Ministry (Miti) imposed a permit rule.")
    entity = result["Investment, Trade and Industry Ministry"]
    assert entity.id == "agency:ministry-of-investment-trade-and-industry-malaysia"


@pytest.mark.parametrize(("text", "names"), [
    ("Huang thanked Taiwanese companies Zylotek, Foxconn, Quanta and Marvona for their work.",
     {"Zylotek", "Marvona"}),
    ("The partners include Dell, Brightline, HP and Lenovo.", {"Brightline"}),
    ("Orders went to TSMC, Amkor, Kestrel Micro, and other packaging houses.",
     {"Kestrel Micro"}),
])
def test_unknown_names_listed_among_firms_are_firms(text: str, names: set[str]) -> None:
    result = found(text)
    assert all(result[name].label == "Company" for name in names), result


@pytest.mark.parametrize(("text", "not_firms"), [
    ("Orders went to TSMC and Samsung, Jensen Huang said.", {"Jensen Huang"}),
    ("Apple, Qualcomm, Arizona and Texas benefit.", {"Arizona", "Texas"}),
    ("Huawei, China and Germany signed the deal.", {"China", "Germany"}),
])
def test_people_places_and_countries_in_a_list_of_firms_stay_what_they_are(
    text: str, not_firms: set[str]
) -> None:
    result = found(text)
    assert not any(result[name].label == "Company" for name in not_firms if name in result)


@pytest.mark.parametrize(("text", "name"), [
    ("Google's TPU and Amazon's Trainium2 chips compete.", "Trainium2"),
    ("Baidu's Kunlun3 processors power its cloud.", "Kunlun3"),
    ("Orders for Zentra5 accelerators rose at Acme.", "Zentra5"),
])
def test_a_name_with_its_model_number_glued_on_is_a_product(text: str, name: str) -> None:
    assert found(text)[name].label == "Product"


def test_a_glued_number_without_a_firm_or_product_noun_is_no_product() -> None:
    assert not any(e.label == "Product" for e in found("Covid19 cases rose in 2020.").values())


@pytest.mark.parametrize(("text", "unit"), [
    ("Jiem Cranney, chief operating officer of Ford Business Solutions, will take over.",
     "Ford Business Solutions"),
    ("Intel Foundry Services signed a deal with MediaTek.", "Intel Foundry Services"),
    ("Samsung Ventures invested in the startup.", "Samsung Ventures"),
])
def test_a_unit_named_after_a_known_firm_is_a_firm_of_its_own(text: str, unit: str) -> None:
    entity = found(text)[unit]
    assert entity.label == "Company" and entity.name == unit


@pytest.mark.parametrize(("text", "surface", "entity_id"), [
    ("TSMC still relies on standard EUV lithography.", "standard EUV lithography",
     "technology:euv-lithography"),
    ("Conventional DUV lithography tools remain exportable.", "Conventional DUV lithography",
     "technology:duv-lithography"),
    ("Most fabs use mainstream EUV lithography for now.", "mainstream EUV lithography",
     "technology:euv-lithography"),
])
def test_a_plain_qualifier_does_not_make_a_kind(text: str, surface: str, entity_id: str) -> None:
    result = found(text)
    assert any(entity.id == entity_id and surface.endswith(s) for s, entity in result.items())


@pytest.mark.parametrize(("text", "surface", "entity_id"), [
    ("ASML's High-NA EUV tools cost 350 million euros.", "High-NA EUV tools",
     "technology:high-na-euv-lithography"),
    ("Intel bought the first high-NA EUV machines.", "high-NA EUV machines",
     "technology:high-na-euv-lithography"),
    ("Samsung adopted gate-all-around (GAA) transistors first.",
     "gate-all-around (GAA) transistors", "technology:gate-all-around-transistors"),
])
def test_a_qualifier_that_names_a_kind_makes_a_distinct_technology(
    text: str, surface: str, entity_id: str
) -> None:
    assert found(text)[surface].id == entity_id


@pytest.mark.parametrize(("text", "name"), [
    ("Chinese chipmaker Zentrix said sales rose.", "Zentrix"),
    ("South Korean battery maker Kelvora signed a deal.", "Kelvora"),
    ("Beijing-based startup Moonvale raised funds.", "Moonvale"),
    ("The deal went to Dutch supplier Brakel.", "Brakel"),
])
def test_an_unknown_name_after_a_noun_describing_firms_is_a_firm(text: str, name: str) -> None:
    assert found(text)[name].label == "Company"


@pytest.mark.parametrize("text", [
    "The company Monday said it would appeal.",
    "The firm In March cut jobs.",
    "Its supplier Shenzhen shipped nothing.",
])
def test_weekdays_function_words_and_places_after_a_firm_noun_are_no_firms(text: str) -> None:
    assert not [s for s, e in found(text).items() if e.label == "Company"
                and s not in {"The company", "The firm", "Its"}]


@pytest.mark.parametrize("text", [
    "Samsung will supply memory for AMD's next-generation AI accelerators and AI data centers.",
    "Nvidia plans to spend $500 billion on AI infrastructure in the United States.",
    "The rule limits access to AI model weights and AI hardware.",
    "Intel unveiled artificial intelligence (AI) servers for cloud customers.",
    "Microsoft expanded its quantum computing lab in Denmark.",
])
def test_a_field_named_only_as_the_modifier_of_a_noun_is_no_technology(text: str) -> None:
    assert not {i for i in ids(text) if i in {
        "technology:artificial-intelligence", "technology:quantum-computing"}}


@pytest.mark.parametrize(("text", "entity_id"), [
    ("China leads in AI, and its AI chips are improving.", "technology:artificial-intelligence"),
    ("Beijing poured money into AI research at universities.",
     "technology:artificial-intelligence"),
    ("Inspur is China's leading cloud computing and big data service provider.",
     "technology:big-data"),
    ("Quantum computing could break encryption, and quantum computing startups boomed.",
     "technology:quantum-computing"),
    ("AI applications spread fast in Chinese factories.", "technology:artificial-intelligence"),
])
def test_a_field_named_itself_its_work_or_a_firm_s_trade_stays_a_technology(
    text: str, entity_id: str
) -> None:
    assert entity_id in ids(text)


@pytest.mark.parametrize("text", [
    "Samsung SDI will supply fifth-generation battery cells to BMW.",
    "Samsung's sixth-generation HBM4 uses a 4-nanometer logic process.",
    "The carmaker showed its fifth-generation electric drive.",
])
def test_a_product_generation_is_no_mobile_network_generation(text: str) -> None:
    assert not ids(text) & {"technology:5g", "technology:6g"}


@pytest.mark.parametrize(("text", "entity_id"), [
    ("Huawei builds fifth-generation networks across Europe.", "technology:5g"),
    ("China Mobile tested sixth-generation wireless technology.", "technology:6g"),
    ("The ban covers fifth-generation mobile equipment.", "technology:5g"),
])
def test_a_telecom_generation_is_its_network_technology(text: str, entity_id: str) -> None:
    assert entity_id in ids(text)


@pytest.mark.parametrize(("text", "surface", "entity_id"), [
    ("China restricts exports of cathode materials and anode materials.", "cathode materials",
     "technology:cathode-materials"),
    ("China restricts exports of cathode materials and anode materials.", "anode materials",
     "technology:anode-materials"),
    ("POSCO Future M makes battery cathode materials in Korea.", "battery cathode materials",
     "technology:cathode-materials"),
    ("Exports of graphite anode materials now need a licence.", "graphite anode materials",
     "technology:graphite-anodes"),
    ("Battery materials prices fell.", "Battery materials", "technology:battery-materials"),
])
def test_cathode_and_anode_materials_are_kinds_of_battery_materials(
    text: str, surface: str, entity_id: str
) -> None:
    assert found(text)[surface].id == entity_id


@pytest.mark.parametrize(("text", "name"), [
    ("The plant was inaugurated by Shri Gurusharan Singh, a senior official of Micron.",
     "Gurusharan Singh"),
    ("Union Minister Shri Pralhad Joshi visited the Tata fab in Dholera.", "Pralhad Joshi"),
    ("Shrimati Anandiben Patel praised the semiconductor mission.", "Anandiben Patel"),
    ("Sir Keir Starmer met chip executives in London.", "Keir Starmer"),
])
def test_an_honorific_before_a_name_is_not_part_of_the_person(text: str, name: str) -> None:
    people = {s for s, e in found(text).items() if e.label == "Person"}
    assert people == {name}


@pytest.mark.parametrize(("text", "surface"), [
    ("SK Hynix supplied GDDR memory for AMD's graphics cards.", "graphics cards"),
    ("Nvidia's RTX 4090 graphics card was banned from export to China.", "graphics card"),
    ("Gamers paid more for video cards during the shortage.", "video cards"),
])
def test_graphics_cards_are_a_technology_of_their_own(text: str, surface: str) -> None:
    assert found(text)[surface].id == "technology:graphics-cards"


@pytest.mark.parametrize(("text", "surface", "entity_id"), [
    ("Sophgo made chips matching the one found on Huawei's Ascend 910B.", "Ascend 910B",
     "product:ascend-910b"),
    ("The die matched Huawei's Ascend 910C.", "Ascend 910C", "product:ascend-910c"),
    ("TSMC made the dies for the Ascend 910B.", "Ascend 910B", "product:ascend-910b"),
])
def test_a_family_before_its_model_at_a_sentence_end_is_one_product(
    text: str, surface: str, entity_id: str
) -> None:
    products = {s: e.id for s, e in found(text).items() if e.label == "Product"}
    assert products == {surface: entity_id}
