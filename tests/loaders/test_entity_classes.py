"""Classes of wording that name products, plans, technologies, people and bodies (real spaCy
model): model numbers after a firm or before a product noun, unnamed state support
packages, coordinated process nodes, titled people, bodies named by their function."""

from __future__ import annotations

import json

from extracted import found, labels

from loaders.gazetteer import GAZETTEER_DIR, gazetteer


def test_model_numbers_after_a_firm_or_before_a_product_noun_are_products() -> None:
    text = (
        "Apple's M7 and M8 Pro chips power its laptops. Export licences were required for "
        "the NXT:2400 series. The US restricted ASML's 2190i and 2290i DUV immersion "
        "lithography systems, and MX900 accelerators were banned."
    )
    result = labels(text)
    for name in ("M7", "M8 Pro", "NXT:2400", "2190i", "2290i", "MX900"):
        assert result.get(name) == "Product", name


def test_numbers_dates_periods_and_units_are_no_products() -> None:
    text = (
        "In March 2025, Nvidia's Q3 revenue rose while 5G chips and 28nm chips sold well. "
        "Section 301 tariffs still apply, and G7 leaders met in 2024."
    )
    result = labels(text)
    assert not {"March 2025", "Q3", "5G", "28nm", "Section 301", "G7", "2025"} & {
        s for s, label in result.items() if label == "Product"
    }


def test_a_known_product_followed_by_a_model_number_is_that_model() -> None:
    result = labels("Huawei's Ascend 990X ships next year, after its Mate 90 Pro phones.")
    assert result.get("Ascend 990X") == "Product"
    assert result.get("Mate 90 Pro") == "Product"


def test_a_model_named_like_a_firm_or_person_is_a_product() -> None:
    result = labels("Samsung's Galaxy S30 uses new chips, and Cambricon's Siyuan 790 accelerators.")
    assert result.get("Galaxy S30") == "Product"
    assert result.get("Siyuan 790") == "Product"


def test_products_of_the_gazetteer_name_their_developer() -> None:
    gaz = gazetteer()
    h20, kirin = gaz.lookup("H20"), gaz.lookup("Kirin 9000s")
    assert h20 is not None and h20.properties["developer"] == "company:nvidia"
    assert kirin is not None and kirin.properties["developer"] == "company:hisilicon"
    rows = [json.loads(line) for line in (GAZETTEER_DIR / "products.jsonl").open()]
    developers = {row["developer"] for row in rows if "developer" in row}
    assert developers and all(gaz.entities[d].label == "Company" for d in developers)


def test_coordinated_process_nodes_share_the_head_noun() -> None:
    text = "The fabs make four-nanometer and three-nanometer chips, and 14nm, 7nm and 5nm chips."
    result = found(text)
    assert result["four-nanometer"].name == "4nm technology"
    assert "four-nanometer chips" in result["four-nanometer"].aliases
    assert result["three-nanometer chips"].name == "3nm technology"
    assert {result["14nm"].name, result["7nm"].name} == {"14nm technology", "7nm technology"}


def test_a_firm_that_opens_a_technology_phrase_is_the_firm() -> None:
    result = found("Apple uses TSMC chips. Export controls on ASML lithography machines widened.")
    assert result["TSMC"].label == "Company" and result["ASML"].label == "Company"
    assert result["lithography machines"].name == "lithography"
    assert not any(e.label == "Technology" and "TSMC" in e.name for e in result.values())


def test_people_named_after_a_title() -> None:
    text = (
        "Ford Chair Bill Ford said the plant will open. Dutch Minister of Foreign Trade and "
        "Development Reinette Klever said in a statement that the rules were needed."
    )
    result = labels(text)
    assert result.get("Bill Ford") == "Person"
    assert result.get("Reinette Klever") == "Person"
    assert result.get("Ford") == "Company"


def test_an_opening_function_word_is_no_part_of_a_name() -> None:
    result = labels("When Inspur Group was placed on the list, executives were questioned.")
    assert "When Inspur Group" not in result and result.get("Inspur Group") == "Company"


def test_unnamed_state_support_packages_are_one_plan_per_state() -> None:
    text = (
        "South Korea has unveiled a $19 billion package of incentives to bolster its chip "
        "sector. The 26 trillion won program includes tax incentives, the Korean presidential "
        "office said. Separately, the U.S. welcomed TSMC's $100 billion plan."
    )
    result = found(text)
    package = result["$19 billion package of incentives"]
    assert package.label == "Plan"
    assert result["26 trillion won program"].id == package.id
    assert "package of incentives" in package.aliases
    assert "$100 billion plan" not in result


def test_a_body_named_by_its_function_is_the_country_s_known_body() -> None:
    text = (
        "Japan will tighten export curbs on chips. Companies will need licences, economy "
        "ministry officials have said."
    )
    assert found(text)["economy ministry"].id == "agency:ministry-of-economy-trade-and-industry"


def test_plans_named_with_a_purpose_phrase() -> None:
    text = (
        "The National Development and Reform Commission released the Action Plan for "
        "High-Quality Development of the Computing Power Infrastructure on Monday."
    )
    name = "Action Plan for High-Quality Development of the Computing Power Infrastructure"
    assert labels(text).get(name) == "Plan"


def test_news_outlets_and_research_bodies_are_known() -> None:
    text = (
        "The curbs took effect, according to a report by Bloomberg News and the Financial "
        "Times. The Leading-edge Semiconductor Technology Center (LSTC) will work with Imec."
    )
    result = found(text)
    assert result["Bloomberg News"].id == "company:bloomberg"
    assert result["Financial Times"].label == "Company"
    assert result["Leading-edge Semiconductor Technology Center"].label == "Organization"


def test_a_titled_person_stays_a_person_beside_a_firm_of_the_same_first_name() -> None:
    text = (
        "Robert Bosch will own 10% of the plant. German Economy Minister Robert Habeck praised "
        "the decision."
    )
    assert labels(text).get("Robert Habeck") == "Person"


def test_a_region_is_not_the_country_it_contains() -> None:
    result = labels("Honda will sell the cars in North America and Latin America from 2024.")
    assert "America" not in result


def test_a_short_plan_name_is_the_document_s_longer_plan() -> None:
    text = (
        "EU approves grant under Chips Act\n\nThe grant is the biggest state subsidy so far "
        "under the EU Chips Act."
    )
    result = found(text)
    assert result["Chips Act"].id == result["EU Chips Act"].id == "plan:european-chips-act"


def test_a_firm_name_continued_over_a_technology_word() -> None:
    text = "The partners set up a joint venture, tentatively named L-H Battery Company."
    result = found(text)
    assert result["L-H Battery Company"].label == "Company"
    assert "Battery" not in result


def test_quality_words_do_not_make_a_technology() -> None:
    result = found("We will provide top quality batteries to carmakers.")
    assert not any(e.name == "quality batteries" for e in result.values())


def test_a_technology_named_with_the_word_technology_has_both_surfaces() -> None:
    result = found("Beijing restricted exports of rare earth processing technology.")
    entity = result["rare earth processing"]
    assert "rare earth processing technology" in entity.aliases


def test_names_that_firm_nouns_introduce_or_that_rename_a_firm_are_firms() -> None:
    text = (
        "Russian firms Kremniy El and Mikron were added. Jiangsu Xinhan Technology Group, "
        "formerly known as Xinhan Optical, supplies lasers. DeepSeek is the company Liang "
        "Wenfeng founded."
    )
    result = labels(text)
    assert result.get("Kremniy El") == result.get("Mikron") == "Company"
    assert result.get("Xinhan Optical") == "Company"
    assert result.get("Liang Wenfeng") == "Person"


def test_a_firm_named_after_a_body_or_ending_in_circuit_is_a_firm() -> None:
    text = (
        "Hunan Yanxin Semiconductor is controlled by Tsinghua Holdings. Chengdu Haiguang "
        "Integrated Circuit and Chengdu Haiguang Microelectronics were listed."
    )
    result = found(text)
    assert result["Tsinghua Holdings"].label == "Company"
    assert result["Chengdu Haiguang Integrated Circuit"].label == "Company"
    assert result["Chengdu Haiguang Integrated Circuit"].id != (
        result["Chengdu Haiguang Microelectronics"].id
    )


def test_a_technology_s_sector_is_that_technology() -> None:
    result = found("Washington widened its crackdown on the AI chip sector on Monday.")
    assert not any(e.name == "AI chip sector" for e in result.values())


def test_credit_lines_name_no_entities_but_attributions_do() -> None:
    text = (
        "The ban was reported by Reuters on Monday.\n\n"
        "(Reporting by Karen Freifeld in New York; Editing by Louise Heavens)\n"
        "By Fanny Potkin\n"
    )
    assert set(labels(text)) == {"Reuters"}


def test_databases_and_platforms_are_no_organisations() -> None:
    text = "The change was posted in the National Enterprise Credit Information Publicity System."
    assert labels(text) == {}


def test_coordinated_purpose_of_chips_is_its_own_technology() -> None:
    text = "The US restricts sales of chips used for artificial intelligence applications."
    result = found(text)
    assert result["chips"].id == "technology:ai-chips"
    assert result["artificial intelligence"].id == "technology:artificial-intelligence"


def test_a_headline_s_capitals_name_no_titled_person() -> None:
    text = "Nvidia CEO Jensen Huang Says China Market Is Worth $50 Billion\n\nShares rose."
    assert "Is Worth" not in labels(text)


def test_a_version_after_a_known_product_but_no_year_or_quantity() -> None:
    text = "Google's Gemini 2.5 model beat Windows 11 tools, while iPhone 2025 sales fell."
    result = labels(text)
    assert result.get("Gemini 2.5") == "Product" and result.get("Windows 11") == "Product"
    assert "iPhone 2025" not in result and result.get("iPhone") == "Product"


def test_a_capitalised_word_between_a_firm_and_a_product_noun_is_a_product() -> None:
    text = "IBM's Heron processor and Google's Willow chip lead, unlike TSMC's Arizona chips."
    result = labels(text)
    assert result.get("Heron") == result.get("Willow") == "Product"
    assert "Arizona" not in result


def test_mixed_case_technology_names_keep_their_case() -> None:
    result = found("Japan restricts ArF immersion scanners and KrF lithography tools.")
    assert result["ArF immersion scanners"].name == "ArF immersion lithography"
    assert result["KrF lithography tools"].name == "KrF lithography"
