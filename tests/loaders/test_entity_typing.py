"""Entity boundaries and typing on general wordings (real spaCy model): what is a name, where
it ends, which label it gets, and which surfaces resolve to one entity."""

from __future__ import annotations

from extracted import found, labels

from loaders.entities import (
    entity_spans,
    is_place,
    lower_case_acronyms,
    node_name,
    short_form_of,
)
from loaders.gazetteer import gazetteer
from loaders.nlp import get_nlp


def test_places_datelines_and_amounts_are_not_companies() -> None:
    text = (
        "AMSTERDAM (Reuters) - Nexperia, a chipmaker based in Nijmegen, said output fell.\n"
        "A plant in Jewar, Uttar Pradesh will assemble phones, and sales hit around 8.5mn units."
    )
    result = labels(text)
    assert result.get("Nexperia") == "Company"
    assert not {"AMSTERDAM", "Nijmegen", "Uttar Pradesh", "Jewar", "8.5mn"} & set(result)
    assert is_place("Hsinchu") and not is_place("Hua Hong")


def test_a_name_is_completed_by_the_corporate_words_that_follow_it() -> None:
    text = "Toyota bought a stake in Kyushu Advanced Semiconductor Manufacturing last year."
    result = found(text)
    assert result["Kyushu Advanced Semiconductor Manufacturing"].label == "Company"
    assert "Kyushu Advanced Semiconductor" not in result


def test_a_name_that_opens_a_rule_or_list_name_is_no_agency() -> None:
    text = "The rule amends the Export Administration Regulations and takes effect on Friday."
    assert "Export Administration" not in found(text)


def test_a_programme_noun_after_a_name_makes_a_plan() -> None:
    text = "Firms applied to Vietnam's National Chip Talent scheme, which pays for training."
    result = found(text)
    assert result["National Chip Talent scheme"].label == "Plan"


def test_acronyms_of_common_nouns_are_not_entities() -> None:
    text = (
        "Both plants are validated end users (VEU) now. VEU status spares them licences. "
        "It is sold as an OEM part, said Lorvane Semiconductor (LVS), and LVS agreed. "
        "Chinese firm QXT also agreed."
    )
    result = found(text)
    assert "VEU" not in result and "OEM" not in result
    assert result["LVS"].id == result["Lorvane Semiconductor"].id
    assert result["QXT"].label == "Company"
    assert lower_case_acronyms(text) == {"VEU"}


def test_agencies_in_lower_case_and_without_their_country() -> None:
    text = (
        "The ministry of economy, trade and industry must first approve such exports. "
        "China's foreign ministry objected, and the National Bureau of Statistics said so."
    )
    result = found(text)
    meti = result["ministry of economy, trade and industry"]
    assert meti.id == "agency:ministry-of-economy-trade-and-industry"
    foreign = result["China's foreign ministry"]
    assert foreign.label == "Agency" and "foreign ministry" in foreign.aliases
    assert result["National Bureau of Statistics"].label == "Agency"


def test_long_names_with_ordinals_and_several_connectors() -> None:
    text = (
        "Also listed were the 14th Research Institute of Nanjing Radar Technology Group, "
        "the University of Electronic Science and Technology of China and the Hefei National "
        "Laboratory for Physical Sciences at the Microscale."
    )
    result = labels(text)
    assert result["14th Research Institute of Nanjing Radar Technology Group"] == "Organization"
    assert result["University of Electronic Science and Technology of China"] == "Organization"
    assert result[
        "Hefei National Laboratory for Physical Sciences at the Microscale"
    ] == "Organization"


def test_plans_with_connectors_and_missions() -> None:
    result = labels(
        "The order was made under the Availability of Goods Act. The Kenya Chip Mission and the "
        "India Semiconductor Mission fund new fabs."
    )
    assert result["Availability of Goods Act"] == "Plan"
    assert result["Kenya Chip Mission"] == "Plan"
    assert result["India Semiconductor Mission"] == "Plan"


def test_process_nodes_are_one_technology_whatever_the_wording() -> None:
    text = (
        "SMIC's 7nm technology powers a 7-nanometer processor, while Rapidus aims at "
        "2nm logic chips and TSMC ships three-nanometer chips."
    )
    result = found(text)
    assert result["7nm technology"].id == result["7-nanometer processor"].id
    assert result["7nm technology"].name == "7nm technology"
    assert result["2nm logic chips"].name == "2nm technology"
    assert result["three-nanometer chips"].name == "3nm technology"
    assert node_name("AI chips") is None


def test_advanced_chips_are_a_class_only_where_they_are_restricted() -> None:
    restricted = found("Washington imposed export controls on advanced chips in 2022.")
    plain = found("The new fab will make some of the most advanced chips available.")
    assert restricted["advanced chips"].id == "technology:advanced-chips"
    assert plain["advanced chips"].id == "technology:semiconductors"


def test_evaluative_words_do_not_make_a_technology() -> None:
    result = found("Korea, the world's biggest memory chip producer, backs Samsung.")
    assert result["memory chip"].id == "technology:memory-chips"
    assert not any(surface.startswith("biggest") for surface in result)


def test_a_known_company_keeps_its_corporate_suffix_and_place_named_firms() -> None:
    text = (
        "He chairs Changxin Memory Technology, while investors Hefei Xinyi and Shanghai "
        "Lingang Capital added funds."
    )
    result = found(text)
    cxmt = result["Changxin Memory Technology"]
    assert cxmt.id == "company:cxmt" and "Changxin Memory Technology" in cxmt.aliases
    assert result["Hefei Xinyi"].label == "Company"


def test_big_fund_names_resolve_to_one_plan() -> None:
    text = (
        "The National Integrated Circuit Industry Investment Fund, known as the Big Fund, "
        "backs SMIC. The China Integrated Circuit Industry Investment Fund was set up in 2014."
    )
    result = found(text)
    assert {result[s].id for s in ("National Integrated Circuit Industry Investment Fund",
                                   "Big Fund",
                                   "China Integrated Circuit Industry Investment Fund")} == {
        "plan:big-fund"
    }


def test_gazetteer_breadth_of_the_field() -> None:
    gaz = gazetteer()
    for surface, entity_id in [
        ("JASM", "company:japan-advanced-semiconductor-manufacturing"),
        ("Denso", "company:denso"),
        ("MeitY", "agency:ministry-of-electronics-and-information-technology"),
        ("DGFT", "agency:directorate-general-of-foreign-trade"),
        ("BMWK", "agency:federal-ministry-for-economic-affairs-and-climate-action"),
        ("Biden-Harris Administration", "agency:biden-administration"),
        ("presidential office", "agency:presidential-office-south-korea"),
        ("samarium", "technology:samarium"),
        ("super-hard materials", "technology:superhard-materials"),
        ("LFP batteries", "technology:lithium-iron-phosphate-batteries"),
    ]:
        known = gaz.lookup(surface)
        assert known is not None and known.id == entity_id, surface


def test_agencies_named_by_country_and_function() -> None:
    text = (
        "Tokyo's industry ministry declined to comment, and the Dutch trade ministry said "
        "licences were needed. Canada's industry department reviewed the deal, while "
        "Apple's legal department stayed silent."
    )
    result = found(text)
    assert result["Tokyo's industry ministry"].id == "agency:ministry-of-economy-trade-and-industry"
    assert result["Dutch trade ministry"].label == "Agency"
    canada = result["Canada's industry department"]
    assert canada.label == "Agency" and "industry department" in canada.aliases
    assert not any("legal department" in surface for surface in result)


def test_the_country_that_opens_an_agency_name_is_named_too() -> None:
    text = "Japan's trade ministry and the Dutch government agreed with the Chinese Embassy."
    result = found(text)
    assert result["Japan"].id == "country:japan"
    assert result["Dutch"].id == "country:netherlands"
    assert result["Chinese"].id == "country:china"
    assert result["Dutch government"].id == "agency:dutch-government"


def test_a_one_word_agency_is_the_known_agency_it_heads() -> None:
    text = (
        "China's General Administration of Customs published the figures on Monday. "
        "Customs data showed that exports fell."
    )
    result = found(text)
    assert result["Customs"].id == result["General Administration of Customs"].id


def test_hyphenated_names_stay_whole() -> None:
    text = "The companies are Inter-Coastal Electronics and Vantor-Reed Systems of Ohio."
    result = found(text)
    assert result["Inter-Coastal Electronics"].label == "Company"
    assert "Inter" not in result and "Coastal Electronics" not in result


def test_a_body_joined_to_a_known_firm_by_and_is_split() -> None:
    result = found("Backers include the Ministry of Finance and China Development Bank Capital.")
    assert result["Ministry of Finance"].label == "Agency"
    assert result["China Development Bank Capital"].id == "company:china-development-bank-capital"


def test_credentials_on_a_byline_are_no_agency() -> None:
    text = "Senior Editor: Ana Ruiz | MBA | Bsc. Commerce | CPA\nCommerce said it would act."
    spans = [s for s in entity_spans(get_nlp()(text)) if s.entity.label == "Agency"]
    assert [text[s.start : s.end] for s in spans] == ["Commerce"]
    assert spans[0].start > text.index("\n")


def test_phases_of_the_big_fund_are_the_big_fund() -> None:
    text = (
        "Beijing set up the China Integrated Circuit Industry Investment Fund Phase III, known "
        "as Big Fund III, ten years after the first phase of the Big Fund."
    )
    result = found(text)
    assert result["Big Fund III"].id == result["Big Fund"].id == "plan:big-fund"


def test_technology_names_match_in_either_number() -> None:
    result = found(
        "Rare earth magnet output fell, the lithium battery plant closed and each critical "
        "mineral is tracked, while cutting-edge chip-making equipment stays restricted."
    )
    assert result["Rare earth magnet"].id == "technology:rare-earth-magnets"
    assert result["lithium battery"].id == "technology:lithium-ion-batteries"
    assert result["critical mineral"].id == "technology:critical-minerals"
    assert result["chip-making equipment"].id == "technology:chipmaking-equipment"


def test_chips_for_a_technology_are_that_technology_s_chips() -> None:
    text = "The package adds curbs on high-end chips for artificial intelligence (AI)."
    result = found(text)
    assert result["high-end chips"].id == "technology:ai-chips"
    assert "high-end chips for artificial intelligence" in result["high-end chips"].aliases
    assert result["artificial intelligence"].id == "technology:artificial-intelligence"


def test_a_degree_word_before_memory_names_memory_chips() -> None:
    result = found("Micron makes advanced memory in Idaho.")
    assert result["advanced memory"].id == "technology:memory-chips"


def test_people_named_like_a_firm_of_the_document_are_firms() -> None:
    text = (
        "The chairman of Changxin Memory Technology also runs Changxin Xinqiao, which raised "
        "new capital this year."
    )
    assert found(text)["Changxin Xinqiao"].label == "Company"


def test_full_and_short_forms_of_a_firm_are_one_entity() -> None:
    text = (
        "Hefei Core Storage Electronic Ltd. was listed, and Hefei Core Storage will appeal. "
        "Kestrel Optical Systems Technology Co. said Kestrel Optical Systems would comply."
    )
    result = found(text)
    assert result["Hefei Core Storage Electronic Ltd."].id == "company:hefei-core-storage"
    kestrel = result["Kestrel Optical Systems Technology Co."]
    assert result["Kestrel Optical Systems"].id == kestrel.id
    assert not short_form_of("China Mobile", "China Mobile International Holdings")


def test_agencies_in_headline_case() -> None:
    text = (
        "Japan's Trade Ministry Tightens Rules\n\n"
        "The Chinese Government Responds As General Administration Of Customs Data Show Drop\n\n"
        "Exports fell, officials said."
    )
    ids = {entity.id for entity in found(text).values()}
    assert {"agency:ministry-of-economy-trade-and-industry", "agency:chinese-government",
            "agency:general-administration-of-customs"} <= ids


def test_long_title_case_headlines_yield_no_invented_names() -> None:
    text = (
        "Four Chipmakers Establish Joint Venture to Bring Advanced Semiconductor Manufacturing "
        "to Europe Next Year\n\nThe venture will build a fab in Dresden."
    )
    assert not any(e.label == "Company" for e in found(text).values())


def test_a_generic_one_word_body_is_no_entity_unless_it_heads_a_named_one() -> None:
    text = (
        "The Bureau declined to comment. The Commerce Department acted on Monday, and the "
        "Department said more listings would follow."
    )
    result = found(text)
    assert "Bureau" not in result
    assert result["Department"].id == result["Commerce Department"].id


def test_short_forms_of_listed_firms_are_later_mentions() -> None:
    text = (
        "The entities added are Beijing Lanxin Photonics Co., Ltd. and Hangzhou Ruixin "
        "Intelligent Technology Co., Ltd. Lanxin Photonics said it would appeal, and Ruixin "
        "Intelligent declined to comment."
    )
    result = found(text)
    assert result["Lanxin Photonics"].id == "company:beijing-lanxin-photonics"
    assert result["Ruixin Intelligent"].id == "company:hangzhou-ruixin-intelligent"
    assert not any(e.label in {"Person", "Technology"} for e in result.values())


def test_a_technology_word_that_ends_a_firm_s_name_stays_in_the_name() -> None:
    result = labels("Lanxin Photonics said it would appeal, and Qilu Optoelectronics agreed.")
    assert result["Lanxin Photonics"] == "Company"
    assert result["Qilu Optoelectronics"] == "Company"


def test_a_one_word_body_in_a_job_title_is_no_mention() -> None:
    text = (
        "Minister of Commerce Wang Wentao met Commerce Secretary Gina Raimondo. "
        "Commerce said it would act."
    )
    spans = [s for s in entity_spans(get_nlp()(text)) if s.entity.label == "Agency"]
    assert [text[s.start : s.end] for s in spans] == ["Commerce"]
    assert spans[0].start == text.rindex("Commerce")


def test_a_second_name_given_by_aka_is_the_same_firm() -> None:
    text = (
        "The additions include Suzhou Centec Communications Co., Ltd., a.k.a. Centec "
        "Networks, located in Suzhou. Centec Networks makes switch chips."
    )
    companies = {e.id for e in found(text).values() if e.label == "Company"}
    assert companies == {"company:suzhou-centec-communications"}


def test_caption_attributions_are_not_read() -> None:
    text = (
        "A graph showing R&D funding in China. Source: State Council of China.\n"
        "Huawei raised its research budget."
    )
    result = found(text)
    assert "State Council of China" not in result
    assert result["Huawei"].id == "company:huawei"
