"""Classes of measure wording found in the misses of fresh blind sets (round 5), each in
several invented wordings.

Every case checks the exact facts of one type on the real spaCy model, so a class that
fires too widely fails as well as one that does not fire; the negative cases pin its limits.
"""

from __future__ import annotations

import pytest
from extracted import facts

CASES = [
    # a tariff at another rate is another tariff, whoever imposes it
    (
        "The US imposed a 25% tariff on steel. Later it announced a 10% tariff on aluminum.",
        "RESTRICTS",
        {("U.S. tariff on steel", "steel"), ("tariff on aluminium", "aluminium")},
    ),
    (
        "The Canadian government imposed a 100 percent tariff on electric vehicles made in"
        " China. Canada also set a 25 percent tariff on Chinese steel.",
        "RESTRICTS",
        {("Canadian tariff on electric vehicles", "electric vehicles"),
         ("Canadian tariff on steel", "steel")},
    ),
    (
        "Mexico imposed 50% duties on Chinese electric vehicles. Mexico also levied 20%"
        " duties on Chinese steel.",
        "RESTRICTS",
        {("Mexican duties on electric vehicles", "electric vehicles"),
         ("Mexican duties on steel", "steel")},
    ),
    (
        "Trump announced a blanket 10% tariff on Chinese imports. US tariffs on indium and"
        " tungsten, set at 25% since last year, already weigh on importers.",
        "TARGETS",
        {("tariff", "China")},
    ),
    # ... the same rate again is the same tariff
    (
        "The US imposed a 25% tariff on steel. The 25% tariff hurt Chinese mills.",
        "RESTRICTS",
        {("U.S. tariff on steel", "steel")},
    ),
    # measures imposed jointly by other states are not the measure of the one before
    (
        "Canada imposed tariffs on Chinese steel. Weeks earlier, the United States and the"
        " European Union announced tariffs on Chinese electric vehicles.",
        "IMPOSED",
        {("Canada", "Canadian tariffs on steel"),
         ("United States", "U.S. and EU tariffs on electric vehicles"),
         ("European Union", "U.S. and EU tariffs on electric vehicles")},
    ),
    (
        "Japan restricted exports of gallium. Later, the US and the Netherlands imposed"
        " export controls on lithography equipment.",
        "RESTRICTS",
        {("Japanese export restrictions on gallium", "gallium"),
         ("U.S. and Dutch export controls on lithography", "lithography")},
    ),
    (
        "South Korea imposed export curbs on chips. Later, Japan and Taiwan announced export"
        " curbs on chipmaking tools.",
        "IMPOSED",
        {("South Korea", "South Korean export curbs on semiconductors"),
         ("Japan", "Japanese and Taiwanese export curbs on chipmaking equipment"),
         ("Taiwan", "Japanese and Taiwanese export curbs on chipmaking equipment")},
    ),
    # the body of one of the joint imposers imposes the measure too
    (
        "Britain and the Treasury Department imposed sanctions on Russia.",
        "IMPOSED",
        {("United Kingdom", "British and U.S. sanctions"),
         ("U.S. Department of the Treasury", "British and U.S. sanctions")},
    ),
    (
        "The United States and the European Commission announced plans to impose higher"
        " import tariffs on Chinese electric vehicles.",
        "IMPOSED",
        {("United States", "U.S. and EU import tariffs on electric vehicles"),
         ("European Commission", "U.S. and EU import tariffs on electric vehicles"),
         ("European Union", "U.S. and EU import tariffs on electric vehicles")},
    ),
    (
        "Japan and the U.S. Commerce Department imposed curbs on chipmaking tools.",
        "IMPOSED",
        {("Japan", "Japanese and U.S. curbs on chipmaking equipment"),
         ("United States", "Japanese and U.S. curbs on chipmaking equipment"),
         ("U.S. Department of Commerce", "Japanese and U.S. curbs on chipmaking equipment")},
    ),
    # a leader's country adjective names the state that imposes the measure
    (
        "Canadian Prime Minister Justin Trudeau announced a 25 percent tariff on Chinese steel.",
        "IMPOSED",
        {("Canada", "Canadian tariff on steel")},
    ),
    (
        "Japanese Prime Minister Fumio Kishida imposed export controls on chipmaking equipment.",
        "IMPOSED",
        {("Japan", "Japanese export controls on chipmaking equipment")},
    ),
    (
        "South Korean President Yoon Suk Yeol announced export restrictions on chips to Russia.",
        "IMPOSED",
        {("South Korea", "South Korean export restrictions on semiconductors")},
    ),
    # ... a company's country adjective does not
    ("Chinese firm Huawei announced a ban on exports of chips.", "IMPOSED", set()),
    # the state that places companies on a list, or removes them from it, keeps the list
    (
        "The United States has placed over two dozen entities on a trade blacklist.",
        "IMPOSED",
        {("United States", "Entity List")},
    ),
    (
        "Washington put six Chinese firms on the Entity List on Monday.",
        "IMPOSED",
        {("United States", "Entity List")},
    ),
    (
        "The U.S. Commerce Department has removed Canada-based Sandvine from the entity list.",
        "IMPOSED",
        {("U.S. Department of Commerce", "Entity List")},
    ),
    (
        "The Commerce Department took three Chinese companies off the Unverified List.",
        "IMPOSED",
        {("U.S. Department of Commerce", "Unverified List")},
    ),
    ("China removed Illumina from its unreliable entity list.", "IMPOSED",
     {("China", "China's Unreliable Entity List")}),
    # ... a removed company is no target; a passive removal names no state
    ("China removed Illumina from its unreliable entity list.", "TARGETS", set()),
    ("Huawei was removed from the Entity List.", "IMPOSED", set()),
    # sanctions on Russia are a state's measure like any other, named after its imposer
    (
        "The companies evaded U.S. sanctions on Russia and Iran.",
        "TARGETS",
        {("U.S. sanctions", "Russia"), ("U.S. sanctions", "Iran")},
    ),
    (
        "The EU imposed new sanctions against Russia.",
        "IMPOSED",
        {("European Union", "EU sanctions")},
    ),
    (
        "Britain and the EU imposed sanctions on Russia. Japan imposed sanctions on Iran.",
        "TARGETS",
        {("British and EU sanctions", "Russia"), ("Japanese sanctions", "Iran")},
    ),
    # a mention with its own rate is no further mention of a named regime
    (
        "Trump's reciprocal tariffs took effect this week. The retaliation includes a 34%"
        " tariff on goods imported from the U.S.",
        "TARGETS",
        {("tariff", "United States")},
    ),
    (
        "The Section 301 tariffs remain in place. A 15% tariff on Japanese cars starts in May.",
        "TARGETS",
        {("tariff", "Japan")},
    ),
    (
        "The Fentanyl tariffs took effect in March. A 15% levy on American coal followed.",
        "TARGETS",
        {("levy", "United States")},
    ),
    # ... a bare mention still is
    (
        "Trump's reciprocal tariffs took effect on Wednesday. The tariffs hit Vietnam hardest.",
        "TARGETS",
        {("Reciprocal tariffs", "Vietnam")},
    ),
    # sanctions or a blacklisting in the headline are the list the body names
    (
        "China sanctions Lockheed Martin and Raytheon\n\nChina added Lockheed Martin and"
        " Raytheon to its unreliable entity list on Friday.",
        "IMPOSED",
        {("China", "China's Unreliable Entity List")},
    ),
    (
        "US blacklists Chinese drone makers\n\nThe Commerce Department on Monday added DJI and"
        " Autel Robotics to its Entity List.",
        "IMPOSED",
        {("United States", "Entity List"), ("U.S. Department of Commerce", "Entity List")},
    ),
    (
        "China sanctions US drone makers Skydio and Insitu\n\nChina's Ministry of"
        " Commerce placed 11 companies on its unreliable entity list.",
        "TARGETS",
        {("China's Unreliable Entity List", "Skydio"), ("China's Unreliable Entity List",
                                                         "Insitu")},
    ),
    # ... another state's list is another measure
    (
        "China sanctions Lockheed Martin\n\nThe US added three Chinese firms to the Entity"
        " List.",
        "IMPOSED",
        {("China", "Chinese sanctions"), ("United States", "Entity List")},
    ),
    # a tariff or import measure TARGETS the country its goods come from
    (
        "Canada has decided to impose new tariffs on electric vehicles, steel and aluminum"
        " made in China.",
        "TARGETS",
        {("Canadian tariffs on electric vehicles, steel and aluminium", "China")},
    ),
    (
        "China announced a 34% tariff on imported goods originating from the U.S.",
        "TARGETS",
        {("Chinese tariff", "United States")},
    ),
    ("The EU imposed duties on solar panels from China.", "TARGETS",
     {("EU duties on solar panels", "China")}),
    ("India imposed an import ban on drones made in China.", "TARGETS",
     {("Indian import ban on drones", "China")}),
    # ... not the origin of an export ban's goods, nor a maker
    ("Beijing banned exports of gallium from China.", "TARGETS", set()),
    ("The US imposed tariffs on chips from Nvidia.", "TARGETS", set()),
    # companies added without naming the list go on the listing of the sentence before
    (
        "The Commerce Department expanded the Entity List on Tuesday. It added two Russian"
        " firms, Kaspersky and Sugon, for diverting chips to the military.",
        "TARGETS",
        {("Entity List", "Kaspersky"), ("Entity List", "Sugon")},
    ),
    (
        "China updated its unreliable entity list on Friday. The ministry also added Skydio"
        " and Lockheed Martin on Monday.",
        "TARGETS",
        {("China's Unreliable Entity List", "Skydio"),
         ("China's Unreliable Entity List", "Lockheed Martin")},
    ),
    (
        "Washington blacklisted Huawei in 2019. In 2020 it added SMIC as well.",
        "TARGETS",
        {("U.S. blacklisting of Huawei (2019)", "Huawei"),
         ("U.S. blacklisting of Huawei (2019)", "SMIC")},
    ),
    # ... not what a company adds, nor what goes on another list
    ("The Commerce Department expanded the Entity List on Tuesday. Nvidia added Sugon as"
     " a customer.", "TARGETS", set()),
    ("The Commerce Department expanded the Entity List on Tuesday. Analysts added Sugon to"
     " their watch lists.", "TARGETS", set()),
    # designations and asset freezes are sanctions of the state that makes them
    (
        "The Treasury Department announced new sanctions on Russian suppliers. OFAC also"
        " froze the assets of a Taiwan-based company.",
        "IMPOSED",
        {("U.S. Department of the Treasury", "U.S. sanctions"),
         ("Office of Foreign Assets Control", "U.S. sanctions")},
    ),
    (
        "The U.S. Treasury froze the assets of Sinno Electronics, which shipped chips to Iran.",
        "TARGETS",
        {("U.S. sanctions", "Sinno Electronics")},
    ),
    (
        "The Treasury designated Sugon and two Hong Kong firms on Tuesday.",
        "TARGETS",
        {("U.S. sanctions on Sugon", "Sugon")},
    ),
    # ... a role given by "designate", or a frozen non-asset, is no sanction
    ("Beijing designated SMIC as a key enterprise.", "IMPOSED", set()),
    ("China designated Huawei a national champion.", "IMPOSED", set()),
    ("The U.S. Department of the Interior has designated antimony a critical mineral.",
     "IMPOSED", set()),
    ("The Commerce Department froze hiring in March.", "IMPOSED", set()),
    # a measure word that is a verb with its own object names no measure
    ("The plan would ensure that Taiwan controls key technologies to design advanced chips.",
     "IMPOSED", set()),
    ("China controls most of the world's rare earth supply.", "RESTRICTS", set()),
    # ... the measure verbs still make their measure (and their noun reading too)
    (
        "The US curbs exports of AI chips to China.",
        "RESTRICTS",
        {("U.S. curbs", "AI chips")},
    ),
    (
        "Japan limits shipments of lithography tools to China.",
        "IMPOSED",
        {("Japan", "Japanese export controls")},
    ),
    # rules one obeys or gets round, named by no imposer and no goods, are no measure
    ("A spokesperson said the company complies with all laws, export controls and sanction"
     " regimes.", "IMPOSED", set()),
    ("Vietnam vowed to stop any attempt to circumvent export controls.", "IMPOSED", set()),
    ("The Commerce Department said the firms violated export controls.", "IMPOSED", set()),
    ("Prosecutors said the broker had breached export restrictions for years.",
     "IMPOSED", set()),
    ("Regulators fined the exporter for violations of export controls.", "IMPOSED", set()),
    # ... one that names its imposer or goods, or refers back, is still the measure
    (
        "The firms violated export controls and evaded U.S. sanctions on Russia.",
        "TARGETS",
        {("U.S. sanctions", "Russia")},
    ),
    (
        "Traders circumvented Chinese export controls on gallium.",
        "RESTRICTS",
        {("Chinese export controls on gallium", "gallium")},
    ),
    (
        "China imposed export controls on gallium. Traders circumvent the controls via"
        " Thailand.",
        "IMPOSED",
        {("China", "Chinese export controls on gallium")},
    ),
    # a measure given as an example of the steps a state takes is that state's measure
    (
        "The move is one of several actions China has announced since Wednesday, including"
        " a 34% tariff on goods from the U.S.",
        "IMPOSED",
        {("China", "Chinese tariff")},
    ),
    (
        "China announced several countermeasures on Friday, including a 15% tariff on"
        " American coal.",
        "IMPOSED",
        {("China", "Chinese tariff")},
    ),
    (
        "Japan took several steps, including a ban on exports of lithography tools.",
        "IMPOSED",
        {("Japan", "Japanese ban on lithography")},
    ),
    (
        "Beijing criticised the actions the US announced, including tariffs on Chinese steel.",
        "IMPOSED",
        {("United States", "U.S. tariffs on steel")},
    ),
    # ... not when no state takes the steps
    ("Analysts expect several measures, including tariffs on Chinese steel.", "IMPOSED",
     set()),
    # what the restricted goods are used in is not restricted
    (
        "China announced restrictions on the export of five metals used in defence, clean"
        " energy and other industries.",
        "RESTRICTS",
        set(),
    ),
    (
        "The US imposed export controls on advanced chips used in supercomputers.",
        "RESTRICTS",
        {("U.S. export controls on advanced chips", "advanced chips")},
    ),
    (
        "Japan imposed export restrictions on five materials used in semiconductors and"
        " displays.",
        "RESTRICTS",
        set(),
    ),
    (
        "Beijing announced export curbs on gallium, a metal used in chips and solar panels.",
        "RESTRICTS",
        {("Chinese export curbs on gallium", "gallium")},
    ),
    # round 6: a state's list of companies is named as that list, even after a headline
    # called it "export controls"
    (
        "Country imposes export controls on 12 Japanese firms\nChina added 12 Japanese"
        " companies, including Subaru and Mitsubishi Heavy Industries, to its export control"
        " list on Monday.",
        "TARGETS",
        {("Chinese export control list", "Subaru"),
         ("Chinese export control list", "Mitsubishi Heavy Industries")},
    ),
    (
        "China put 28 US firms, including Boeing, on its export control list.",
        "TARGETS",
        {("Chinese export control list", "Boeing")},
    ),
    # ... but a bare "the list" of a sanctions package names no list
    (
        "The Treasury Department imposed sanctions on 21 Russian entities. The list includes"
        " Mikron.",
        "TARGETS",
        {("U.S. sanctions", "Mikron")},
    ),
    # the listed companies described in a later sentence that opens on them ("Of them",
    # "Other entities, including", "The firms impacted ... also include"), as long as no
    # other measure was named in between
    (
        "The Commerce Department added 20 Chinese companies to the Entity List on Monday."
        " The companies are based in Shenzhen. Of them, Sugon is accused of supplying"
        " supercomputers to the military, and Hygon is alleged to design processors for it.",
        "TARGETS",
        {("Entity List", "Sugon"), ("Entity List", "Hygon")},
    ),
    (
        "China added 15 US companies to its unreliable entity list on Thursday. The move"
        " drew criticism. Of these, Skydio is accused of selling drones to Taiwan.",
        "TARGETS",
        {("China's Unreliable Entity List", "Skydio")},
    ),
    (
        "The US added 11 Chinese entities to the Entity List. They include universities and"
        " chipmakers. Other entities, including Inspur and Sugon, were accused of aiding the"
        " military.",
        "TARGETS",
        {("Entity List", "Inspur"), ("Entity List", "Sugon")},
    ),
    (
        "The US added 11 Chinese entities to the Entity List. The decision was expected."
        " The firms impacted by the decision also include chipmakers such as SMIC and YMTC.",
        "TARGETS",
        {("Entity List", "SMIC"), ("Entity List", "YMTC")},
    ),
    (
        "The US added 11 Chinese entities to the Entity List. Analysts expect more. Of"
        " course, Nvidia will lose sales to Huawei.",
        "TARGETS",
        set(),
    ),
    (
        "The US imposed tariffs on Chinese steel. Other companies, including Nvidia and AMD,"
        " reported strong sales.",
        "TARGETS",
        {("U.S. tariffs on steel", "China")},
    ),
    (
        "The US added Sugon to the Entity List. Later, Japan imposed export controls on"
        " chipmaking equipment. Of them, Nikon is the most affected.",
        "TARGETS",
        {("Entity List", "Sugon")},
    ),
    # "its" list of a state that owns the act ("China's decision to add ... to its list")
    (
        "China's decision to add 10 US firms, including Lockheed Martin, to its unreliable"
        " entity list drew protests.",
        "IMPOSED",
        {("China", "China's Unreliable Entity List")},
    ),
    (
        "Japan's move to tighten its export controls on chipmaking equipment angered Beijing.",
        "IMPOSED",
        {("Japan", "Japanese export controls on chipmaking equipment")},
    ),
    (
        "Nvidia's decision to comply with its export controls surprised analysts.",
        "IMPOSED",
        set(),
    ),
    (  # a state outside the clause, or one that only modifies a noun, owns no "its"
        "A spokesperson for the ministry said that China's decision to add 10 US companies,"
        " including Lockheed Martin, to its unreliable entity list is lawful.",
        "IMPOSED",
        {("China", "China's Unreliable Entity List")},
    ),
    (  # ... also when the parser hangs "to its list" on the main verb
        "A spokesperson said on Thursday that China's decision to add 10 US companies,"
        " including Lockheed Martin Missiles and Fire Control, to its unreliable entities list"
        " is in accordance with laws.",
        "IMPOSED",
        {("China", "China's Unreliable Entity List")},
    ),
    (
        "Beijing said the US looks to close loopholes in its export controls on chips.",
        "IMPOSED",
        {("United States", "U.S. export controls on semiconductors")},
    ),
    (
        "China criticised the US for its export controls on chips.",
        "IMPOSED",
        set(),
    ),
    (
        "China's criticism of the US for its export controls on chips grew.",
        "IMPOSED",
        set(),
    ),
    # a state targets, hits or punishes companies with or for a measure: the measure is on
    # them, and the state (or its agency) imposed it
    (
        "In addition to Mikron, the Treasury Department targeted two other companies for"
        " sanctions, Sugon and Inspur.",
        "TARGETS",
        {("U.S. sanctions on Sugon and Inspur", "Sugon"),
         ("U.S. sanctions on Sugon and Inspur", "Inspur")},
    ),
    (
        "Washington also targeted two Chinese chipmakers with sanctions, SMIC and YMTC.",
        "TARGETS",
        {("U.S. sanctions on SMIC and YMTC", "SMIC"), ("U.S. sanctions on SMIC and YMTC", "YMTC")},
    ),
    (
        "The Commerce Department targeted SMIC with export controls last year.",
        "IMPOSED",
        {("U.S. Department of Commerce", "U.S. export controls")},
    ),
    (
        "Washington hit Huawei with sanctions in 2019.",
        "TARGETS",
        {("U.S. sanctions (2019)", "Huawei")},
    ),
    (
        "China countered US tariffs with export controls on gallium.",
        "TARGETS",
        set(),
    ),
    (
        "Analysts targeted Huawei for criticism over sanctions.",
        "TARGETS",
        set(),
    ),
    # a measure someone says a state should impose, or should have imposed, is none
    (
        "Critics argued that the administration should have levied tariffs on chips instead.",
        "IMPOSED",
        set(),
    ),
    (
        "Lawmakers said Washington should impose export controls on HBM chips.",
        "RESTRICTS",
        set(),
    ),
    (
        "China said it would restrict exports of gallium to the United States.",
        "RESTRICTS",
        {("Chinese export restrictions on gallium", "gallium")},
    ),
    # a measure described by a clause that governs trade is on the goods of that trade
    (
        "The Commerce Department published the AI Diffusion Rule, which governs the export of"
        " AI chips.",
        "RESTRICTS",
        {("AI Diffusion Rule", "AI chips")},
    ),
    (
        "The Commerce Department published its new regulation: the AI Diffusion Rule, a"
        " sweeping framework that creates a three-tier system governing the export of"
        " advanced AI chips and model weights.",
        "RESTRICTS",
        {("AI Diffusion Rule", "AI chips"), ("AI Diffusion Rule", "AI model weights")},
    ),
    (
        "The Commerce Department issued new rules that regulate exports of HBM chips to"
        " China.",
        "RESTRICTS",
        {("U.S. export controls on HBM", "HBM")},
    ),
    (
        "Japan adopted export controls that control sales of chipmaking equipment.",
        "RESTRICTS",
        {("Japanese export controls on chipmaking equipment", "chipmaking equipment")},
    ),
    (
        "The US imposed sanctions on Mikron, a firm that controls exports of microchips.",
        "RESTRICTS",
        set(),
    ),
    (
        "The US imposed new rules that govern data centers.",
        "RESTRICTS",
        set(),
    ),
    # the companies among those facing a measure, and the countries they are registered
    # or based in, are targeted
    (
        "Huawei and ZTE are among those facing US export restrictions.",
        "TARGETS",
        {("U.S. export restrictions", "Huawei"), ("U.S. export restrictions", "ZTE")},
    ),
    (
        "A company registered in India along with others registered in Russia, China and"
        " Turkey are among those facing export restrictions.",
        "TARGETS",
        {("export restrictions", country) for country in ("India", "Russia", "China", "Turkey")},
    ),
    (
        "Nvidia, whose chips are made in Taiwan, is among those facing US export restrictions.",
        "TARGETS",
        {("U.S. export restrictions", "Nvidia")},
    ),
    (
        "Huawei and ZTE are among those criticising US export restrictions.",
        "TARGETS",
        set(),
    ),
    # a list given after a colon is named once
    (
        "The Commerce Department blacklisted three chipmakers: YMTC, CXMT and SMIC.",
        "TARGETS",
        {("U.S. blacklisting of YMTC, CXMT and SMIC", name) for name in ("YMTC", "CXMT", "SMIC")},
    ),
]


@pytest.mark.parametrize(("text", "rel_type", "expected"), CASES)
def test_measure_class(text: str, rel_type: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, rel_type) == expected
