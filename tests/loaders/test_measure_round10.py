"""Round 10 challenge set of the measure relations (IMPOSED, TARGETS, RESTRICTS, REGULATES):
invented sentences written the way wire and trade-press articles state measures (verb
frames with the imposer as subject, passives, nominal measures, appositions and relative
clauses, headlines, datelines, quotes, lists of targets and goods, capitals standing for
their governments, licensing acts), about one case in four a negative or a limit.

Every case checks the exact facts of one type on the real spaCy model, so a frame that
fires too widely fails as well as one that does not fire.
"""

from __future__ import annotations

import pytest
from extracted import facts

CASES = [
    # the imposer as subject: ban / prohibit / restrict / curb / block / halt / suspend / bar
    ("The Commerce Department banned the export of advanced AI chips to China on Tuesday.",
     "IMPOSED", {("U.S. Department of Commerce", "U.S. export ban on AI chips")}),
    ("The Commerce Department banned the export of advanced AI chips to China on Tuesday.",
     "TARGETS", {("U.S. export ban on AI chips", "China")}),
    ("India prohibited the import of Chinese drones in 2022.", "TARGETS",
     {("Indian ban on drones (2022)", "China")}),
    ("Indonesia banned exports of bauxite in June 2023.", "RESTRICTS",
     {("Indonesian export ban on bauxite (2023)", "bauxite")}),
    ("Japan curbed shipments of photoresists to South Korea in 2019.", "TARGETS",
     {("Japanese export curbs on photoresists (2019)", "South Korea")}),
    ("Beijing halted exports of antimony to the United States.", "IMPOSED",
     {("China", "Chinese export ban on antimony")}),
    ("The Biden administration barred the sale of HBM chips to Chinese buyers.", "RESTRICTS",
     {("U.S. ban on HBM", "HBM")}),
    ("Washington has restricted the sale of Nvidia's most advanced chips to China, Russia and"
     " Iran.", "TARGETS",
     {("U.S. restrictions on advanced chips", "China"),
      ("U.S. restrictions on advanced chips", "Russia"),
      ("U.S. restrictions on advanced chips", "Iran")}),
    ("Beijing's commerce ministry banned exports of gallium, germanium and antimony to the"
     " United States on Tuesday.", "RESTRICTS",
     {("Chinese export ban on gallium, germanium and antimony", "gallium"),
      ("Chinese export ban on gallium, germanium and antimony", "germanium"),
      ("Chinese export ban on gallium, germanium and antimony", "antimony")}),
    ("South Korea banned exports of semiconductor equipment to Russia.", "TARGETS",
     {("South Korean export ban on chipmaking equipment", "Russia")}),
    ("The United States and Japan restricted exports of chipmaking equipment to China.",
     "IMPOSED",
     {("United States", "U.S. and Japanese export restrictions on chipmaking equipment"),
      ("Japan", "U.S. and Japanese export restrictions on chipmaking equipment")}),
    # capitals standing for their governments
    ("Jakarta banned exports of raw nickel ore in 2020.", "IMPOSED",
     {("Indonesia", "Indonesian export ban on nickel ore (2020)")}),
    ("New Delhi imposed curbs on imports of laptops in August.", "IMPOSED",
     {("India", "Indian curbs on personal computers")}),
    ("Ottawa slapped 100% duties on electric vehicles made in China.", "IMPOSED",
     {("Canada", "Canadian duties on electric vehicles")}),
    ("Ankara imposed a 40% tariff on electric vehicles from China in June.", "IMPOSED",
     {("Turkey", "Turkish tariff on electric vehicles")}),
    ("Canberra banned Huawei from its 5G network in 2018.", "IMPOSED",
     {("Australia", "Australian ban (2018)")}),
    ("Kinshasa suspended cobalt exports for four months.", "RESTRICTS",
     {("Congolese export ban on cobalt", "cobalt")}),
    ("Jakarta will ban exports of bauxite from June 2023, President Joko Widodo said.",
     "IMPOSED", {("Indonesia", "Indonesian export ban on bauxite (2023)")}),
    # import measures: the country the goods come from is the target
    ("Brazil suspended imports of lithium batteries from China last month.", "TARGETS",
     {("Brazilian ban on lithium-ion batteries", "China")}),
    ("Turkey's trade ministry imposed an additional 40% tariff on electric vehicles from"
     " China.", "TARGETS", {("Turkish tariff on electric vehicles", "China")}),
    ("Canada slapped 100% duties on electric vehicles made in China.", "TARGETS",
     {("Canadian duties on electric vehicles", "China")}),
    ("The European Union imposed tariffs of up to 35% on Chinese electric vehicles.",
     "TARGETS", {("EU tariffs on electric vehicles", "China")}),
    ("Ankara imposed a 40% tariff on electric vehicles from China in June.", "TARGETS",
     {("Turkish tariff on electric vehicles", "China")}),
    ("Brazil imposed tariffs on steel imported from China and India.", "TARGETS",
     {("Brazilian tariffs on steel", "China"), ("Brazilian tariffs on steel", "India")}),
    ("India imposed anti-dumping duties on solar glass from China and Vietnam.", "TARGETS",
     {("Indian duties on solar panels", "China"), ("Indian duties on solar panels", "Vietnam")}),
    ("Imports of solar panels from Vietnam and Malaysia were restricted by Washington.",
     "TARGETS", {("U.S. restrictions on solar panels", "Vietnam"),
                 ("U.S. restrictions on solar panels", "Malaysia")}),
    ("India announced a ban on imports of drones from China.", "TARGETS",
     {("Indian ban on drones", "China")}),
    ("The European Union banned imports of Russian steel.", "TARGETS",
     {("EU ban on steel", "Russia")}),
    # ... not the place an export ban's goods come from, nor a lifted or negated measure
    ("China banned exports of gallium from its mines.", "TARGETS", set()),
    ("The tariffs on imports from China were lifted in 2020.", "TARGETS", set()),
    ("India never banned imports of solar panels from China.", "TARGETS", set()),
    # sanctions and listings of companies
    ("The United Kingdom imposed sanctions on Kalashnikov Concern and Tactical Missiles"
     " Corporation.", "TARGETS",
     {("British sanctions on Kalashnikov Concern and Tactical Missiles Corporation",
       "Kalashnikov Concern"),
      ("British sanctions on Kalashnikov Concern and Tactical Missiles Corporation",
       "Tactical Missiles Corporation")}),
    ("The Commerce Department added Zhaoxin and Loongson to the Entity List.", "TARGETS",
     {("Entity List", "Zhaoxin"), ("Entity List", "Loongson")}),
    ("The Commerce Department placed 36 Chinese companies, including Biren Technology, on the"
     " Entity List.", "TARGETS", {("Entity List", "Biren")}),
    ("China's commerce ministry added Skydio to its unreliable entity list.", "IMPOSED",
     {("Ministry of Commerce (China)", "China's Unreliable Entity List")}),
    ("The EU imposed duties on BYD, Geely and SAIC.", "TARGETS",
     {("EU duties on BYD, Geely and SAIC Motor", "BYD"),
      ("EU duties on BYD, Geely and SAIC Motor", "Geely"),
      ("EU duties on BYD, Geely and SAIC Motor", "SAIC Motor")}),
    pytest.param(
        "The European Commission imposed anti-subsidy duties on BYD, Geely and SAIC.",
        "TARGETS",
        {("EU duties on BYD, Geely and SAIC Motor", "BYD"),
         ("EU duties on BYD, Geely and SAIC Motor", "Geely"),
         ("EU duties on BYD, Geely and SAIC Motor", "SAIC Motor")},
        marks=pytest.mark.xfail(reason="the parser attaches 'Geely and SAIC' to the verb, away"
                                " from the measure's object phrase", strict=True)),
    ("Washington blacklisted Yangtze Memory Technologies in December.", "TARGETS",
     {("U.S. blacklisting of YMTC", "YMTC")}),
    ("Britain sanctioned Veltrix Microdevices, a little-known Hong Kong chip distributor.",
     "IMPOSED", {("United Kingdom", "British sanctions on Veltrix Microdevices")}),
    ("WASHINGTON (Reuters) - The U.S. Commerce Department on Monday added Hefei Quantum"
     " Devices and Tianjin Arclight Optics to its Entity List, citing national security"
     " concerns.", "TARGETS",
     {("Entity List", "Hefei Quantum Devices"), ("Entity List", "Tianjin Arclight Optics")}),
    ("Ten Chinese entities, among them Inspur and Sugon, were added to the Entity List.",
     "TARGETS", {("Entity List", "Inspur"), ("Entity List", "Sugon")}),
    ("Huawei, which was placed on the Entity List in 2019, has since built its own chips.",
     "TARGETS", {("Entity List", "Huawei")}),
    # ... and firms "also blacklisted / added" after a listing, with no list named again
    ("The Commerce Department added Sugon to the Entity List on Monday. Hygon and Inspur were"
     " also blacklisted.", "TARGETS",
     {("Entity List", "Sugon"), ("Entity List", "Hygon"), ("Entity List", "Inspur")}),
    ("Nvidia added Sugon to its customer list. Hygon was also added.", "TARGETS", set()),
    pytest.param(
        "The sanctions, imposed by the Treasury's Office of Foreign Assets Control, target"
        " Ruixiang Trading and Hongda Logistics.", "TARGETS",
        {("U.S. sanctions", "Ruixiang Trading"), ("U.S. sanctions", "Hongda Logistics")},
        marks=pytest.mark.xfail(reason="'Ruixiang Trading', a firm the gazetteer does not know"
                                " named with no corporate suffix, is found as no company",
                                strict=True)),
    # passives and reduced relatives with the imposer in a by-phrase
    ("Exports of gallium and germanium were banned by China in December.", "IMPOSED",
     {("China", "Chinese export ban on gallium and germanium")}),
    ("Shipments of EUV machines to China have been blocked by the Dutch government since"
     " 2019.", "TARGETS", {("Dutch export ban on EUV lithography (2019)", "China")}),
    ("Quorvex Semiconductor was blacklisted by the United States last year.", "TARGETS",
     {("U.S. blacklisting of Quorvex Semiconductor", "Quorvex Semiconductor")}),
    ("Exports of advanced AI chips to the Middle East were curbed by the Biden"
     " administration.", "IMPOSED",
     {("Biden administration", "U.S. export curbs on AI chips")}),
    ("SMIC, the Chinese chipmaker blacklisted by Washington in 2020, reported record"
     " revenue.", "TARGETS", {("U.S. blacklisting of SMIC (2020)", "SMIC")}),
    ("SMIC, the Chinese chipmaker blacklisted by Washington in 2020, reported record"
     " revenue.", "IMPOSED", {("United States", "U.S. blacklisting of SMIC (2020)")}),
    ("Sugon, which was blacklisted by the United States in 2019, makes servers.", "TARGETS",
     {("U.S. blacklisting of Sugon (2019)", "Sugon")}),
    ("SMIC, which Washington blacklisted in 2020, reported record revenue.", "IMPOSED",
     {("United States", "U.S. blacklisting of SMIC (2020)")}),
    ("Hikvision, a camera maker sanctioned by the U.S. Treasury, denied wrongdoing.",
     "IMPOSED", {("U.S. Department of the Treasury", "U.S. sanctions on Hikvision")}),
    ("Gallium, which was restricted by China in 2023, is used in chips.", "RESTRICTS",
     {("Chinese restrictions on gallium (2023)", "gallium")}),
    # ... not a participle of making or backing
    ("Nvidia sells chips designed by Arm.", "IMPOSED", set()),
    ("SMIC, the chipmaker backed by Beijing, reported record revenue.", "IMPOSED", set()),
    # nominal measures
    ("A ban on exports of rare earth magnets, announced by Beijing in April, hit carmakers.",
     "RESTRICTS", {("Chinese ban on rare earth magnets", "rare earth magnets")}),
    ("The export controls on gallium and germanium, announced by China's commerce ministry,"
     " took effect in August.", "RESTRICTS",
     {("Chinese export controls on gallium and germanium", "gallium"),
      ("Chinese export controls on gallium and germanium", "germanium")}),
    ("Beijing imposed export controls on graphite, a key battery material.", "RESTRICTS",
     {("Chinese export controls on graphite", "graphite")}),
    ("India's curbs on Chinese smartphones hurt Xiaomi.", "TARGETS",
     {("Indian curbs on smartphones", "China")}),
    ("The Netherlands' export restrictions on DUV lithography tools anger Beijing.",
     "RESTRICTS",
     {("Dutch export restrictions on DUV lithography", "DUV lithography")}),
    ("The U.S. bans on sales of chipmaking tools to YMTC and CXMT took effect on Friday.",
     "TARGETS",
     {("U.S. bans on chipmaking equipment", "YMTC"),
      ("U.S. bans on chipmaking equipment", "CXMT")}),
    ("China's export restrictions on rare earths, which took effect in April, hit automakers"
     " in Europe.", "IMPOSED", {("China", "Chinese export restrictions on rare earths")}),
    # the measure as the subject of what it covers, or as the agent of what is covered
    ("China announced new export controls on Thursday. The controls apply to lithium-ion"
     " batteries and graphite anodes.", "RESTRICTS",
     {("Chinese export controls", "lithium-ion batteries"),
      ("Chinese export controls", "graphite anodes")}),
    ("Washington issued new export restrictions on Friday. The restrictions include HBM chips"
     " and chipmaking tools.", "RESTRICTS",
     {("U.S. export restrictions", "HBM"),
      ("U.S. export restrictions", "chipmaking equipment")}),
    ("Canada imposed tariffs. Products targeted by the tariffs include steel and aluminum.",
     "RESTRICTS", {("Canadian tariffs", "steel"), ("Canadian tariffs", "aluminium")}),
    ("The EU imposed sanctions on Russia. Companies hit by the sanctions include Sberbank and"
     " Gazprom.", "TARGETS",
     {("EU sanctions", "Russia"), ("EU sanctions", "Sberbank"), ("EU sanctions", "Gazprom")}),
    pytest.param(
        "China imposed export controls last year. Items covered by the controls include"
        " lasers and sensors.", "RESTRICTS",
        {("Chinese export controls", "lasers"), ("Chinese export controls", "sensors")},
        marks=pytest.mark.xfail(reason="'lasers' outside a measure phrase is found as no"
                                " technology", strict=True)),
    # ... not what is covered by anything else
    ("China imposed export controls last year. Firms covered by the news include Nvidia and"
     " AMD.", "TARGETS", set()),
    # headlines
    ("China Restricts Graphite Exports", "RESTRICTS",
     {("Chinese export restrictions on graphite", "graphite")}),
    ("EU Slaps Tariffs On Chinese Electric Vehicles", "TARGETS",
     {("EU tariffs on electric vehicles", "China")}),
    ("Japan Adds 23 Chipmaking Tools To Export Curbs", "RESTRICTS",
     {("Japanese export curbs", "chipmaking equipment")}),
    ("India Bans Exports Of Rare Earths To Japan", "TARGETS",
     {("Indian bans on rare earths", "Japan")}),
    # ... also announced with "To" and the verb's base form
    ("Japan To Curb Chip Equipment Exports To China", "IMPOSED",
     {("Japan", "Japanese curbs on chipmaking equipment")}),
    ("Japan To Curb Chip Equipment Exports To China", "TARGETS",
     {("Japanese curbs on chipmaking equipment", "China")}),
    ("China To Restrict Gallium And Germanium Exports", "RESTRICTS",
     {("Chinese restrictions on gallium and germanium", "gallium"),
      ("Chinese restrictions on gallium and germanium", "germanium")}),
    ("China To Impose Tariffs On US Chips", "TARGETS",
     {("Chinese tariffs on semiconductors", "United States")}),
    # ... not a firm's act, nor a plan
    ("Huawei To Sell Chips To Xiaomi", "IMPOSED", set()),
    ("China Plans To Ban Rare Earth Exports", "IMPOSED", set()),
    # licences and permits
    ("Japan's trade ministry said it would require licences for exports of 23 types of"
     " chipmaking equipment.", "IMPOSED",
     {("Ministry of Economy, Trade and Industry",
       "Japanese export controls on chipmaking equipment")}),
    ("Malaysia required permits for exports of U.S. AI chips in July.", "RESTRICTS",
     {("Malaysian export controls on AI chips", "AI chips")}),
    # ... and when exporters must seek or need licences to ship the goods
    ("Exporters will need licences to ship HBM chips to China.", "TARGETS",
     {("export controls on HBM", "China")}),
    ("Companies must now seek licences to export gallium to the United States.", "RESTRICTS",
     {("export controls on gallium", "gallium")}),
    # ... not when they only could
    ("Exporters could seek licences to ship gallium to China.", "RESTRICTS", set()),
    # REGULATES: orders, licences, applications
    ("Britain's business department ordered Nexperia to sell its stake in Newport Wafer Fab.",
     "REGULATES", {("Department for Business, Energy and Industrial Strategy", "Nexperia")}),
    ("The Commerce Department ordered Nvidia to stop sales of A100 chips to China.",
     "REGULATES", {("U.S. Department of Commerce", "Nvidia")}),
    ("The Commerce Department told Applied Materials to halt shipments to SMIC.", "REGULATES",
     {("U.S. Department of Commerce", "Applied Materials")}),
    ("The Dutch government required ASML to obtain a licence for shipments of DUV machines.",
     "REGULATES", {("Dutch government", "ASML")}),
    ("Applied Materials must obtain licences from the Commerce Department to ship tools to"
     " SMIC.", "REGULATES", {("U.S. Department of Commerce", "Applied Materials")}),
    ("The Commerce Department granted Samsung a licence to ship equipment to its plant in"
     " Xian.", "REGULATES", {("U.S. Department of Commerce", "Samsung Electronics")}),
    ("The Commerce Department approved Micron's application to sell chips to Huawei.",
     "REGULATES", {("U.S. Department of Commerce", "Micron")}),
    ("Nvidia needs a licence from the Commerce Department to sell H20 chips to China.",
     "REGULATES", {("U.S. Department of Commerce", "Nvidia")}),
    ("The Commerce Department revoked Intel's licence to supply Huawei.", "REGULATES",
     {("U.S. Department of Commerce", "Intel")}),
    ("The FCC rejected China Mobile's application to operate in the United States.",
     "REGULATES", {("Federal Communications Commission", "China Mobile")}),
    ("The FCC revoked China Telecom's licence to operate in the United States.", "REGULATES",
     {("Federal Communications Commission", "China Telecom")}),
    ("The Dutch government informed ASML that it needs a licence to export its 1980i"
     " machines.", "REGULATES", {("Dutch government", "ASML")}),
    ("Huawei's licence was revoked by the Commerce Department.", "REGULATES",
     {("U.S. Department of Commerce", "Huawei")}),
    ("The Commerce Department denied Nvidia's request for an export licence.", "REGULATES",
     {("U.S. Department of Commerce", "Nvidia")}),
    ("Arclight Photonics applied for a licence from the Commerce Department to export lasers"
     " to China.", "REGULATES", {("U.S. Department of Commerce", "Arclight Photonics")}),
    ("Officials at the Commerce Department told Nvidia to stop sales of H20 chips to China.",
     "REGULATES", {("U.S. Department of Commerce", "Nvidia")}),
    # ... not a licence that was not needed, nor a company's decision on another's application
    ("Intel did not need a licence from the Commerce Department.", "REGULATES", set()),
    ("Apple rejected Foxconn's application.", "REGULATES", set()),
    # divestment orders: a state orders firms to divest or sell their stakes
    ("OTTAWA (Reuters) - Canada's government on Wednesday ordered three Chinese companies,"
     " Sinomine Rare Metals, Chengze Lithium and Zangge Mining, to divest their investments"
     " in Canadian lithium miners.", "TARGETS",
     {("Canadian divestment order on Sinomine Rare Metals, Chengze Lithium and Zangge Mining",
       name) for name in ("Sinomine Rare Metals", "Chengze Lithium", "Zangge Mining")}),
    ("The UK government ordered Nexperia to sell 86% of Newport Wafer Fab.", "IMPOSED",
     {("UK government", "British divestment order on Nexperia")}),
    # ... not a firm's order or sale, an order to sell goods, nor an order only possible
    ("Apple told Foxconn to sell its stake in a supplier.", "IMPOSED", set()),
    ("The Commerce Department told Nvidia to sell more chips.", "IMPOSED", set()),
    ("Canada could order Sinomine to divest its stake in Tanco.", "IMPOSED", set()),
    ("Sinomine sold its stake in Tanco.", "IMPOSED", set()),
    # negatives and limits: proposed, threatened, possible, lifted, dropped measures
    ("The Commerce Department may add CXMT to the Entity List.", "TARGETS", set()),
    # ... while what a measure in place could do is what it is on
    ("The Commerce Department passed a sweeping set of regulations in October that could"
     " restrict access to advanced AI chips.", "RESTRICTS",
     {("U.S. export controls", "AI chips")}),
    ("Tokyo could restrict exports of photoresists to South Korea.", "IMPOSED", set()),
    ("Washington could impose tariffs on Chinese chips next year.", "IMPOSED", set()),
    ("The European Commission is weighing sanctions on Chinese drone makers.", "IMPOSED",
     set()),
    ("Japan threatened to restrict exports of photoresists to China.", "IMPOSED", set()),
    ("Beijing may ban exports of rare earth processing technology.", "RESTRICTS", set()),
    ("The United States lifted sanctions on ZTE in 2018.", "TARGETS", set()),
    ("The EU dropped its tariffs on Chinese solar panels in 2018.", "IMPOSED", set()),
    ("The U.S. is considering adding CXMT to the Entity List.", "TARGETS", set()),
    ("The Commerce Department declined to comment on whether it would blacklist Hesai.",
     "TARGETS", set()),
    ("The Commerce Department removed Kunlun Tech from the Entity List.", "TARGETS", set()),
    ("Huawei criticized the Entity List.", "IMPOSED", set()),
    # ... a firm complying with rules in general names no measure
    ("Nvidia said it complies with export controls.", "IMPOSED", set()),
    # ... the firm whose goods or exports are curbed is the seller, not a target
    ("Netherlands Curbs ASML Exports To China", "TARGETS", {("Dutch curbs", "China")}),
    ("US Bans Sale Of Nvidia H20 Chips To China", "TARGETS",
     {("U.S. bans on H20 and semiconductors", "China")}),
    ("The Netherlands, which tightened its export controls on ASML's machines last year, said"
     " more curbs were coming.", "TARGETS", set()),
    ("Intel said U.S. export controls had cut its sales to China.", "TARGETS",
     {("U.S. export controls", "China")}),
    ("The Netherlands imposed export controls on ASML's DUV machines.", "TARGETS", set()),
    # ... while a foreign seller an import ban is on is its target
    ("China banned purchases of Micron chips by operators of critical infrastructure.",
     "TARGETS", {("Chinese ban on semiconductors", "Micron")}),
    # ... a ministry that orders a firm about a merger regulates it, a firm's order does not
    ("Regulators at the State Administration for Market Regulation ordered Qualcomm to halt"
     " its acquisition.", "REGULATES",
     {("State Administration for Market Regulation", "Qualcomm")}),
    ("Apple ordered Foxconn to halt production of the iPhone.", "REGULATES", set()),
    ("The Commerce Department said Nvidia complies with its rules.", "REGULATES", set()),
]


@pytest.mark.parametrize(("text", "rel_type", "expected"), CASES)
def test_measure_challenge(text: str, rel_type: str, expected: set[tuple[str, str]]) -> None:
    assert facts(text, rel_type) == expected
