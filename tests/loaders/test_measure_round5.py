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
]


@pytest.mark.parametrize(("text", "rel_type", "expected"), CASES)
def test_measure_class(text: str, rel_type: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, rel_type) == expected
