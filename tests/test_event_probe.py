"""Event coding specifications, eighth round: a probe for generalisation with hand-written news
sentences over the 16 PLOVER types and the ways a report names the recipient (objects, datives,
"against"/"on"/"with"/"to" phrases, passives, nominal predicates, appositions, pronouns).

Written from the PLOVER 2.0 type and mode definitions, not from any gold set. Each row is the
main event of the sentence, as `newsgraph eval events` reads a one-event sentence (the predicate
nearest the root; for a text of two sentences, of the last sentence with events), with the exact
actor and recipient codes. Rows marked xfail are misses left, each with its reason; they are
strict, so one that starts to pass must be moved into the table.

The ninth round adds `PROBES_9` / `MISSES_9` (at the end), written the same way for the lexicon
rows and the general recipient and actor rules of that round.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsgraph.eval.events import main_event
from newsgraph.extract.events import extract_events
from newsgraph.lexicons import Lexicons
from newsgraph.nlp import to_parsed_doc
from newsgraph.types import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    return Lexicons.load()


@pytest.fixture
def main(nlp, lex):
    def run(text: str, published: str = "2023-06-15"):
        day = datetime.fromisoformat(published).replace(tzinfo=UTC)
        doc = to_parsed_doc(nlp(text), Article(id="t", text=text, published=day))
        found = extract_events(doc, lex)
        last = max((e.sentence for e in found), default=0)
        return main_event(doc, [e for e in found if e.sentence == last])

    return run


def _miss(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


# (text, type, actors, recipients[, publication date])
PROBES = [
    # COERCE
    (
        "Police in Belarus detained more than 200 protesters on Sunday.",
        "COERCE",
        {"BLRCOP"},
        {"BLRCVL"},
    ),
    (
        "Chinese authorities detained two Canadian citizens in December.",
        "COERCE",
        {"CHNGOV"},
        {"CANCVL"},
    ),
    ("Iran arrested a French tourist on spying charges.", "COERCE", {"IRN"}, {"FRACVL"}),
    ("The Taliban banned women from attending universities.", "COERCE", {"AFGREB"}, {"AFGCVL"}),
    ("Saudi Arabia deported hundreds of Ethiopian migrants.", "COERCE", {"SAU"}, {"ETHREF"}),
    (
        "Turkish police arrested dozens of journalists in Istanbul.",
        "COERCE",
        {"TURCOP"},
        {"TURMED"},
    ),
    (
        "Authorities in Nicaragua confiscated the property of the Jesuit university.",
        "COERCE",
        {"NICGOV"},
        {"NICEDU"},
    ),
    # SANCTION (expelling diplomats: CAMEO 166)
    ("Russia expelled ten German diplomats on Monday.", "SANCTION", {"RUS"}, {"DEUGOV"}),
    ("Russia expelled diplomats from several European countries.", "SANCTION", {"RUS"}, {"---GOV"}),
    # RETREAT
    ("Israel withdrew its forces from the Gaza Strip on Sunday.", "RETREAT", {"ISR"}, {"PSE"}),
    ("The Houthis released 14 Saudi prisoners on Friday.", "RETREAT", {"YEMREB"}, {"SAUCVL"}),
    ("Ukraine's defence minister resigned on Tuesday.", "RETREAT", {"UKRGOV"}, set()),
    (
        "Armenia returned the bodies of 30 Azerbaijani soldiers to Baku.",
        "RETREAT",
        {"ARM"},
        {"AZE", "AZEMIL"},
    ),
    ("Russian forces pulled out of the city of Kherson on Friday.", "RETREAT", {"RUSMIL"}, set()),
    # CONSULT
    (
        "Blinken met his Chinese counterpart Wang Yi in Bali on Saturday.",
        "CONSULT",
        {"USAGOV"},
        {"CHNGOV"},
        "2022-07-10",
    ),
    (
        "Talks between Serbia and Kosovo ended without agreement in Brussels.",
        "CONSULT",
        {"SRB", "KSV"},
        set(),
    ),
    (
        "French President Emmanuel Macron spoke by phone with Vladimir Putin on Sunday.",
        "CONSULT",
        {"FRAGOV"},
        {"RUSGOV"},
    ),
    (
        "The Egyptian foreign minister arrived in Ankara for talks with his Turkish counterpart.",
        "CONSULT",
        {"EGYGOV"},
        {"TURGOV"},
    ),
    (
        "Indian and Chinese military commanders held a new round of talks on Sunday.",
        "CONSULT",
        {"INDMIL", "CHNMIL"},
        set(),
    ),
    ("Hungary's prime minister visited Kyiv on Tuesday.", "CONSULT", {"HUNGOV"}, {"UKR"}),
    ("The UN envoy for Yemen met Houthi leaders in Sanaa.", "CONSULT", {"UNGOV"}, {"YEMREB"}),
    (
        "Sergei Lavrov, Russia's foreign minister, met Antony Blinken in Geneva.",
        "CONSULT",
        {"RUSGOV"},
        {"USAGOV"},
        "2022-01-21",
    ),
    (
        "China's foreign minister arrived in Moscow on Monday.  He met Lavrov the next day.",
        "CONSULT",
        {"CHNGOV"},
        {"RUSGOV"},
    ),
    # AID
    ("The IMF approved a $3 billion loan to Pakistan.", "AID", {"IMF"}, {"PAK"}),
    ("Turkey supplied armed drones to Ukraine.", "AID", {"TUR"}, {"UKR"}),
    (
        "The EU provided 50 million euros in emergency assistance to Pakistan after the floods.",
        "AID",
        {"EU"},
        {"PAK"},
    ),
    ("China donated a million vaccine doses to the Philippines.", "AID", {"CHN"}, {"PHL"}),
    ("Ecuador granted asylum to the Australian journalist.", "AID", {"ECU"}, {"AUSMED"}),
    ("Washington gave Kyiv another $2 billion in military aid.", "AID", {"USA"}, {"UKR"}),
    # CONCEDE
    ("The United States eased sanctions on Venezuela's oil sector.", "CONCEDE", {"USA"}, {"VEN"}),
    ("Kazakhstan lifted the curfew in Almaty on Saturday.", "CONCEDE", {"KAZ"}, {"KAZ"}),
    ("The government pardoned 300 political prisoners in Cuba.", "CONCEDE", {"CUBGOV"}, {"CUBCVL"}),
    ("Japan relaxed export restrictions on South Korea.", "CONCEDE", {"JPN"}, {"KOR"}),
    # SUPPORT
    (
        "Germany welcomed the agreement between Serbia and Kosovo.",
        "SUPPORT",
        {"DEU"},
        {"SRB", "KSV"},
    ),
    ("The Arab League praised Saudi Arabia's mediation efforts.", "SUPPORT", {"ARL"}, {"SAU"}),
    (
        "Britain's parliament ratified the free trade agreement with Australia.",
        "SUPPORT",
        {"GBRLEG"},
        {"AUS"},
    ),
    ("The European Commission endorsed Ukraine's bid for membership.", "SUPPORT", {"EU"}, {"UKR"}),
    # REQUEST
    ("Ukraine asked Germany for Leopard tanks.", "REQUEST", {"UKR"}, {"DEU"}),
    (
        "The UN Secretary-General called on both sides to declare a humanitarian ceasefire.",
        "REQUEST",
        {"UNGOV"},
        set(),
    ),
    ("Lebanon appealed to the World Bank for emergency aid.", "REQUEST", {"LBN"}, {"WBK"}),
    (
        "The United States demanded that Russia release the detained reporter.",
        "REQUEST",
        {"USA"},
        {"RUS"},
    ),
    ("Kenya sought help from the United Nations to fight the drought.", "REQUEST", {"KEN"}, {"UN"}),
    # REJECT
    ("Israel rejected a UN call for a ceasefire in Gaza.", "REJECT", {"ISR"}, {"UN"}),
    ("North Korea dismissed Seoul's offer of talks.", "REJECT", {"PRK"}, {"KOR"}),
    ("Ukraine ruled out any territorial concessions to Moscow.", "REJECT", {"UKR"}, {"RUS"}),
    (
        "Tehran turned down a French proposal to revive the nuclear deal.",
        "REJECT",
        {"IRN"},
        {"FRA"},
    ),
    ("Serbia refused to recognise Kosovo's independence.", "REJECT", {"SRB"}, {"KSV"}),
    # ACCUSE
    (
        "China accused the United States of spreading disinformation about the virus.",
        "ACCUSE",
        {"CHN"},
        {"USA"},
    ),
    (
        "Amnesty International condemned the execution of four men in Iran.",
        "ACCUSE",
        {"AMN"},
        {"IRNCVL"},
    ),
    (
        "Prosecutors charged a former Nigerian oil minister with bribery.",
        "ACCUSE",
        {"NGAJUD"},
        {"NGAGOV"},
    ),
    ("Poland blamed Belarus for the migrant crisis on the border.", "ACCUSE", {"POL"}, {"BLR"}),
    (
        "The Philippines lodged a diplomatic protest against China over the water cannon incident.",
        "ACCUSE",
        {"PHL"},
        {"CHN"},
    ),
    (
        "Armenia's premier criticised Russian peacekeepers for failing to stop the blockade.",
        "ACCUSE",
        {"ARMGOV"},
        {"RUSMIL"},
    ),
    # THREATEN
    (
        "North Korea threatened to launch more missiles if the drills continued.",
        "THREATEN",
        {"PRK"},
        set(),
    ),
    (
        "Beijing threatened countermeasures against Lithuania over Taiwan's representative office.",
        "THREATEN",
        {"CHN"},
        {"LTU"},
    ),
    (
        "The European Union threatened Hungary with the suspension of its voting rights.",
        "THREATEN",
        {"EU"},
        {"HUN"},
    ),
    ("Iran threatened to close the Strait of Hormuz.", "THREATEN", {"IRN"}, set()),
    (
        "Erdogan warned Greece against militarising islands in the Aegean.",
        "THREATEN",
        {"TURGOV"},
        {"GRC"},
    ),
    (
        "Biden spoke with Putin on Thursday.  He warned him that the US would impose sanctions.",
        "THREATEN",
        {"USAGOV"},
        {"RUSGOV"},
        "2021-12-31",
    ),
    # PROTEST
    (
        "Thousands of Georgians rallied in Tbilisi against the foreign agents law.",
        "PROTEST",
        {"GEO"},
        {"GEO"},
    ),
    (
        "Farmers blocked highways across France to protest against fuel prices.",
        "PROTEST",
        {"FRACVL"},
        {"FRA"},
    ),
    (
        "Hundreds of Palestinians protested outside the Israeli embassy in Amman.",
        "PROTEST",
        {"PSE"},
        {"ISRGOV"},
    ),
    ("A jailed Bahraini activist began a hunger strike.", "PROTEST", {"BHRCVL"}, {"BHRGOV"}),
    ("Students in Tehran demonstrated against the government.", "PROTEST", {"IRNEDU"}, {"IRNGOV"}),
    # SANCTION
    (
        "The EU imposed sanctions against Iranian officials over the crackdown.",
        "SANCTION",
        {"EU"},
        {"IRNGOV"},
    ),
    ("Washington froze the assets of three Russian businessmen.", "SANCTION", {"USA"}, {"RUSBUS"}),
    ("Mali's junta expelled the French ambassador.", "SANCTION", {"MLIMIL"}, {"FRAGOV"}),
    ("Niger cut diplomatic ties with Ukraine.", "SANCTION", {"NER"}, {"UKR"}),
    (
        "Britain's sanctions against Russian banks took effect on Monday.",
        "SANCTION",
        {"GBR"},
        {"RUSBUS"},
    ),
    # MOBILIZE
    ("Russia massed more than 100,000 troops near Ukraine's border.", "MOBILIZE", {"RUS"}, {"UKR"}),
    ("China deployed warships near Taiwan.", "MOBILIZE", {"CHN"}, {"TWN"}),
    # COOPERATE
    (
        "India and Pakistan exchanged lists of nuclear installations.",
        "COOPERATE",
        {"IND", "PAK"},
        set(),
    ),
    # AGREE
    ("Israel and Hamas agreed to a four-day truce.", "AGREE", {"ISR", "PSEREB"}, set()),
    ("Iran promised to cooperate with the IAEA.", "AGREE", {"IRN"}, {"IAEA"}),
    # ASSAULT
    (
        "Israeli jets bombed Hamas targets in Gaza overnight.",
        "ASSAULT",
        {"ISRMIL"},
        {"PSE", "PSEREB"},
    ),
    (
        "Gunmen abducted 80 students from a school in northwest Nigeria.",
        "ASSAULT",
        {"NGAUAF"},
        {"NGAEDU"},
    ),
    (
        "Azerbaijan launched an offensive against Armenian forces in Nagorno-Karabakh.",
        "ASSAULT",
        {"AZE"},
        {"ARMMIL"},
    ),
    ("Houthi rebels fired drones at a Saudi oil facility.", "ASSAULT", {"YEMREB"}, {"SAU"}),
    (
        "Hamas, the militant group that controls Gaza, fired rockets at Tel Aviv.",
        "ASSAULT",
        {"PSEREB"},
        {"ISR"},
    ),
    # a place named after a country is no party; a common-noun alias gives way to a name
    (
        "The United States and the Philippines held joint naval exercises in the South China Sea.",
        "COOPERATE",
        {"USA", "PHL"},
        set(),
    ),
    ("The bloc imposed sanctions on Belarus.", "SANCTION", {"EU"}, {"BLR"}),
    # leaving an organisation or a treaty is SANCTION withdraw; leaving a place stays RETREAT
    ("Burkina Faso withdrew from the ECOWAS bloc.", "SANCTION", {"BFA"}, {"ECOWAS"}),
    ("The United States pulled out of the nuclear deal with Iran.", "SANCTION", {"USA"}, {"IRN"}),
    ("Russia withdrew its troops from Syria.", "RETREAT", {"RUS"}, {"SYR"}),
    # what an attack did is that attack: one event with the attack's parties
    (
        "Ukraine's drone attack on a Russian air base killed three soldiers.",
        "ASSAULT",
        {"UKR"},
        {"RUS"},
    ),
    ("A Russian missile strike on Kyiv killed three people.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("The attack killed three Ukrainian soldiers.", "ASSAULT", set(), {"UKRMIL"}),
    # the state a person is sent to is the party, the person moved is not
    ("Colombia extradited a drug lord to the United States.", "COOPERATE", {"COL"}, {"USA"}),
    ("Mexico deported hundreds of migrants to Guatemala.", "COERCE", {"MEX"}, {"GTM"}),
    # the party a thing is shared with or given to
    (
        "Britain shared intelligence with Ukraine about Russian troop movements.",
        "COOPERATE",
        {"GBR"},
        {"UKR"},
    ),
    # the actor's own country beside another party is where the act leads
    ("Macron invited Modi to Paris for Bastille Day.", "AGREE", {"FRAGOV"}, {"INDGOV"}),
    # light verbs of declaring and going on; things sent as aid; shutdowns; trade bans
    (
        "Ethiopia's government declared a unilateral ceasefire in Tigray.",
        "RETREAT",
        {"ETHGOV"},
        set(),
    ),
    ("Nurses in England went on strike over pay.", "PROTEST", {"GBRHLH"}, {"GBRGOV"}),
    ("Germany sent 5,000 helmets to Ukraine.", "AID", {"DEU"}, {"UKR"}),
    (
        "Indian authorities shut down mobile internet across Kashmir.",
        "COERCE",
        {"INDGOV"},
        {"INDCVL"},
    ),
    ("Russia banned imports of Moldovan wine.", "SANCTION", {"RUS"}, {"MDA"}),
    # a state that obstructs restricts; protesters who obstruct protest
    (
        "Russia's media regulator blocked access to independent news websites.",
        "COERCE",
        {"RUSGOV"},
        {"RUSMED"},  # ninth round: news websites are media (agents.tsv)
    ),
    ("Israel blocked access to Gaza for aid convoys.", "COERCE", {"ISR"}, {"PSE"}),
    (
        "Protesters blocked access to the parliament building in Tbilisi.",
        "PROTEST",
        {"GEOCVL"},
        {"GEOLEG"},
    ),
    # agents: a charity worker works for an NGO, an opposition leader leads the opposition
    ("Iran freed a detained British charity worker.", "RETREAT", {"IRN"}, {"GBRNGO"}),
    (
        "Belarus freed the jailed opposition leader after two years in prison.",
        "RETREAT",
        {"BLR"},
        {"BLROPP"},
    ),
    # the country across a border faces a force sent to it
    ("Poland sent 10,000 soldiers to its border with Belarus.", "MOBILIZE", {"POL"}, {"BLR"}),
    (
        "Serbia put its army on high alert along the border with Kosovo.",
        "MOBILIZE",
        {"SRB"},
        {"KSV"},
    ),
    # a past-tense verb the parser hangs on the first noun phrase has it as subject
    ("FARC rebels handed over their weapons to the United Nations.", "RETREAT", {"COLREB"}, {"UN"}),
    # a law-enforcement raid is COERCE seize; a military one stays ASSAULT
    (
        "Egyptian security forces raided the offices of an independent newspaper.",
        "COERCE",
        {"EGYCOP"},
        {"EGYMED"},
    ),
    (
        "Police raided the home of the opposition leader in Harare.",
        "COERCE",
        {"ZWECOP"},
        {"ZWEOPP"},
    ),
    # organisations and office holders added to the dictionaries
    (
        "Pakistan requested a $1.5 billion loan from the Asian Development Bank.",
        "REQUEST",
        {"PAK"},
        {"ADB"},
    ),
    ("The World Food Programme delivered food to Yemen.", "AID", {"WFP"}, {"YEM"}),
    ("Pope Francis commended Mozambique's peace efforts.", "SUPPORT", {"VATREL"}, {"MOZ"}),
    # second probe: datives, phrases, passives, nominal predicates, appositions, pronouns
    ("Japan offered Ukraine $5.5 billion in financial assistance.", "AGREE", {"JPN"}, {"UKR"}),
    (
        "The United States granted Taiwan a $80 million military aid package.",
        "AID",
        {"USA"},
        {"TWN"},
    ),
    ("Germany promised Poland more Patriot missile systems.", "AGREE", {"DEU"}, {"POL"}),
    ("China lent Sri Lanka $1 billion last year.", "AID", {"CHN"}, {"LKA"}),
    (
        "Canada filed a complaint against China at the World Trade Organization.",
        "ACCUSE",
        {"CAN"},
        {"CHN"},
    ),
    (
        "The United States slapped tariffs on Chinese electric vehicles.",
        "SANCTION",
        {"USA"},
        {"CHN"},
    ),
    (
        "Ukraine's president held talks with Polish officials on grain imports.",
        "CONSULT",
        {"UKRGOV"},
        {"POLGOV"},
    ),
    ("Venezuela broke off diplomatic relations with Panama.", "SANCTION", {"VEN"}, {"PAN"}),
    ("Saudi Arabia restored diplomatic relations with Syria.", "SUPPORT", {"SAU"}, {"SYR"}),
    ("The Kremlin issued a warning to Finland over its NATO bid.", "THREATEN", {"RUS"}, {"FIN"}),
    (
        "Australia lodged a formal complaint with Beijing over the sonar incident.",
        "ACCUSE",
        {"AUS"},
        {"CHN"},
    ),
    (
        "Two Indian soldiers were killed by Chinese troops in the Galwan Valley.",
        "ASSAULT",
        {"CHNMIL"},
        {"INDMIL"},
    ),
    ("Sanctions were imposed on North Korea by the Security Council.", "SANCTION", {"UN"}, {"PRK"}),
    ("A British journalist was detained by police in Hong Kong.", "COERCE", {"HKGCOP"}, {"GBRMED"}),
    (
        "The Russian ambassador was summoned by the Polish foreign ministry.",
        "ACCUSE",
        {"POLGOV"},
        {"RUSGOV"},
    ),
    ("The aid convoy was attacked by Houthi fighters.", "ASSAULT", {"YEMREB"}, set()),
    (
        "Russia's invasion of Ukraine began on February 24.",
        "ASSAULT",
        {"RUS"},
        {"UKR"},
        "2022-03-01",
    ),
    (
        "Talks between Israel and Lebanon on the maritime border ended on Thursday.",
        "CONSULT",
        {"ISR", "LBN"},
        set(),
    ),
    ("The EU's sanctions against Belarus were extended for a year.", "SANCTION", {"EU"}, {"BLR"}),
    ("Israel's strikes on Gaza killed dozens of people.", "ASSAULT", {"ISR"}, {"PSE"}),
    ("Iran's seizure of a Greek tanker in the Gulf angered Athens.", "COERCE", {"IRN"}, {"GRC"}),
    (
        "Jens Stoltenberg, the NATO secretary general, visited Ankara on Monday.",
        "CONSULT",
        {"NATO"},
        {"TUR"},
    ),
    (
        "The Wagner Group, a Russian mercenary force, attacked a Malian village.",
        "ASSAULT",
        {"RUSUAF"},
        {"MLI"},
    ),
    (
        "Olaf Scholz, the German chancellor, called Xi Jinping on Friday.",
        "CONSULT",
        {"DEUGOV"},
        {"CHNGOV"},
    ),
    (
        "China's foreign ministry summoned the Lithuanian envoy.  It accused him of meddling.",
        "ACCUSE",
        {"CHNGOV"},
        {"LTUGOV"},
    ),
    (
        "Erdogan hosted Putin in Istanbul.  He urged him to extend the grain deal.",
        "REQUEST",
        {"TURGOV"},
        {"RUSGOV"},
        "2022-10-15",
    ),
    (
        "Pakistan's army chief visited Beijing on Monday.  He met Chinese defence officials.",
        "CONSULT",
        {"PAKMIL"},
        {"CHNGOV"},
    ),
    ("Kenya agreed to send 1,000 police officers to Haiti.", "AGREE", {"KEN"}, {"HTI"}),
    (
        "Sudan's army chief agreed to a seven-day truce with the Rapid Support Forces.",
        "AGREE",
        {"SDNMIL"},
        {"SDNREB"},
    ),
    (
        "Russia and Ukraine exchanged prisoners of war on Saturday.",
        "RETREAT",
        {"RUS", "UKR"},
        set(),
    ),
    ("Israel released 39 Palestinian prisoners on Friday.", "RETREAT", {"ISR"}, {"PSECVL"}),
    ("Iraq asked the United States to withdraw its troops.", "REQUEST", {"IRQ"}, {"USA"}),
    (
        "The Philippines summoned China's ambassador over the collision.",
        "ACCUSE",
        {"PHL"},
        {"CHNGOV"},
    ),
    ("Hungary blocked EU aid to Ukraine.", "REJECT", {"HUN"}, {"EU", "UKR"}),
    ("Israel sealed off the West Bank after the attack.", "COERCE", {"ISR"}, {"PSE"}),
    ("Brazil and Argentina signed a trade agreement on Monday.", "SUPPORT", {"BRA", "ARG"}, set()),
    ("Egypt mediated between Israel and Hamas.", "CONSULT", {"EGY"}, {"ISR", "PSEREB"}),
    ("Armenia accused Azerbaijan of shelling its border villages.", "ACCUSE", {"ARM"}, {"AZE"}),
    ("Russia suspended grain exports from Ukrainian ports.", "SANCTION", {"RUS"}, {"UKR"}),
    ("Russia conducted nuclear drills in Belarus.", "MOBILIZE", {"RUS"}, {"BLR"}),
    # a party's word that it would meet on a condition is willingness to meet (AGREE 036)
    (
        "Iran's president said he would meet Biden if Washington lifted sanctions.",
        "AGREE",
        {"IRNGOV"},
        {"USAGOV"},
    ),
    (
        "Zelensky said he would meet Putin if Russia withdrew its troops.",
        "AGREE",
        {"UKRGOV"},
        {"RUSGOV"},
    ),
    ("Putin will meet Erdogan next week.", "CONSULT", {"RUSGOV"}, {"TURGOV"}),
    # former names stand for the successor state; a surname alias is no one's first name
    (
        "Vietnamese forces fired rockets at Kampuchean guerrilla camps.",
        "ASSAULT",
        {"VNMMIL"},
        {"KHMREB"},
    ),
    ("Soviet troops withdrew from Afghanistan in 1989.", "RETREAT", {"RUSMIL"}, {"AFG"}),
    ("The European Community imposed an arms embargo on Yugoslavia.", "SANCTION", {"EU"}, {"SRB"}),
    # General Michel Aoun is in office_holders.tsv since round 13 (the army commander who led
    # Lebanon's military government in 1988-1990): his troops are Lebanese forces
    ("The troops of General Michel Aoun shelled Beirut.", "ASSAULT", {"LBNMIL"}, {"LBN"}),
    # a force of no named country that a refused or promised act moves: where it goes is meant
    ("Pakistan has refused to deploy peacekeepers in Iraq.", "REJECT", {"PAK"}, {"IRQ"}),
    ("Germany refused to send troops to Mali.", "REJECT", {"DEU"}, {"MLI"}),
    # authorities acting against a protest coerce; a "by" phrase on an acting verb is its
    # object's author; the means ("by expelling") has the clause's doer
    (
        "Turkish police prevented a demonstration by students in Sivas.",
        "COERCE",
        {"TURCOP"},
        {"TUREDU"},
    ),
    (
        "Police broke up a rally by opposition supporters in Minsk.",
        "COERCE",
        {"BLRCOP"},
        {"BLRCVL"},
    ),
    ("Russia responded by expelling ten diplomats.", "SANCTION", {"RUS"}, {"---GOV"}),
    ("China retaliated by imposing sanctions on Lithuania.", "SANCTION", {"CHN"}, {"LTU"}),
    # the noun of a phrasal verb is its act; the content clause of a demand names who is asked
    ("The UN repeated its call for Russia to withdraw its troops.", "REQUEST", {"UN"}, {"RUS"}),
    (
        "The International Labor Office reiterated its demand that Israel ease restrictions.",
        "REQUEST",
        {"ILO"},
        {"ISR"},
    ),
    (
        "Biden's call with Putin on Sunday lasted an hour.",
        "CONSULT",
        {"USAGOV"},
        {"RUSGOV"},
        "2021-12-31",
    ),
    # letting international bodies in is RETREAT access; other permissions stay CONCEDE
    ("Sudan allowed UN aid workers into Darfur.", "RETREAT", {"SDN"}, {"UNNGO"}),
    ("The Taliban allowed the Red Cross to visit detainees.", "RETREAT", {"AFGREB"}, {"ICRC"}),
    ("The government allowed opposition parties to register.", "CONCEDE", {"---GOV"}, {"---PTY"}),
    # third probe: requests, aid, concessions, support
    (
        "The United Nations appealed for $4 billion in aid for Afghanistan.",
        "REQUEST",
        {"UN"},
        {"AFG"},
    ),
    (
        "Moldova asked the European Union for help with its energy crisis.",
        "REQUEST",
        {"MDA"},
        {"EU"},
    ),
    ("Sri Lanka sought an emergency loan from India.", "REQUEST", {"LKA"}, {"IND"}),
    (
        "The Netherlands pledged 2.5 billion euros in military aid to Ukraine.",
        "AGREE",
        {"NLD"},
        {"UKR"},
    ),
    ("The World Bank approved a $500 million loan for Egypt.", "AID", {"WBK"}, {"EGY"}),
    ("Russia provided weapons to Armenia.", "AID", {"RUS"}, {"ARM"}),
    ("Norway granted asylum to three Russian deserters.", "AID", {"NOR"}, {"RUSMIL"}),
    ("The United States lifted sanctions on Belarusian potash.", "CONCEDE", {"USA"}, {"BLR"}),
    ("Iran freed two French citizens held since 2022.", "RETREAT", {"IRN"}, {"FRACVL"}),
    (
        "The Chinese government praised Pakistan's efforts to protect Chinese workers.",
        "SUPPORT",
        {"CHNGOV"},
        {"PAK"},
    ),
    (
        "The African Union endorsed the peace deal between Ethiopia and the Tigray rebels.",
        "SUPPORT",
        {"AU"},
        {"ETH", "ETHREB"},
    ),
    (
        "Germany and France signed a defence cooperation agreement.",
        "SUPPORT",
        {"DEU", "FRA"},
        set(),
    ),
    ("Japan and South Korea agreed to resume security talks.", "AGREE", {"JPN", "KOR"}, set()),
    ("China's coast guard seized a Philippine fishing boat.", "COERCE", {"CHNMIL"}, {"PHL"}),
    (
        "Venezuelan authorities arrested an American citizen on terrorism charges.",
        "COERCE",
        {"VENGOV"},
        {"USACVL"},
    ),
    (
        "Serbian President Aleksandar Vucic put the army on full combat alert.",
        "MOBILIZE",
        {"SRBGOV"},
        set(),
    ),
    ("The Kremlin accused Kyiv of attacking the Crimean bridge.", "ACCUSE", {"RUS"}, {"UKR"}),
]


@pytest.mark.parametrize("row", PROBES, ids=[r[0][:48] for r in PROBES])
def test_event_probe_main_event(main, row):
    text, etype, actors, recipients = row[:4]
    ev = main(text, *row[4:])
    assert ev is not None, text
    assert (ev.type, set(ev.actors), set(ev.recipients)) == (etype, actors, recipients)


# Misses left after this round, each with why. Strict: one that starts to pass must move into
# PROBES above.
MISSES = [
    pytest.param(
        "Kazakhstan's president declared a state of emergency in Almaty.",
        "COERCE",
        {"KAZGOV"},
        {"KAZ"},
        marks=_miss(
            "'state of emergency' is a noun with an 'of' phrase; the lexicon keys two words"
        ),
    ),
    pytest.param(
        "Brazil recognised the new government in Bolivia.",
        "SUPPORT",
        {"BRA"},
        {"BOLGOV"},
        marks=_miss(
            "a bare agent takes the last-named country; reading its 'in' place was tried "
            "and lowered the sample dev actor agreement"
        ),
    ),
    pytest.param(
        "India voiced support for Sri Lanka's request for an IMF bailout.",
        "SUPPORT",
        {"IND"},
        {"LKA"},
        marks=_miss(
            "owners of supported acts as recipients were tried in the sixth round and dropped"
        ),
    ),
    pytest.param(
        "Tehran turned down a European proposal to revive the nuclear deal.",
        "REJECT",
        {"IRN"},
        {"EU"},
        marks=_miss("'European' is a continent's adjective, not the EU's"),
    ),
    pytest.param(
        "The International Criminal Court opened an investigation into war crimes in Ukraine.",
        "ACCUSE",
        {"ICC"},
        {"UKR"},
        marks=_miss("an 'in' phrase is read as a place, not a party"),
    ),
    pytest.param(
        "Russia offered to host talks between Armenia and Azerbaijan.",
        "AGREE",
        {"RUS"},
        {"ARM", "AZE"},
        marks=_miss("the parties of a meeting offered are not the offer's recipients"),
    ),
    pytest.param(
        "North Korea test-fired two short-range ballistic missiles on Thursday.",
        "MOBILIZE",
        {"PRK"},
        set(),
        marks=_miss("the small model parses 'test-fired' as an adjective of 'missiles'"),
    ),
    pytest.param(
        "Myanmar's military seized power in a coup on Monday.",
        "COERCE",
        {"MMRMIL"},
        set(),
        marks=_miss("the small model parses the sentence as one noun phrase"),
    ),
    pytest.param(
        "Qatar handed the Taliban a list of demands.",
        "REQUEST",
        {"QAT"},
        {"AFGREB"},
        marks=_miss("'hand' carries no act, and the act is the object's 'of' phrase"),
    ),
    pytest.param(
        "Indian police fired tear gas at protesting farmers near Delhi.",
        "ASSAULT",
        {"INDCOP"},
        {"INDAGR"},
        marks=_miss("'protesting' is parsed as the 'at' object and 'farmers' as its object"),
    ),
    pytest.param(
        "Turkey's support for Azerbaijan angered Armenia.",
        "ACCUSE",
        {"ARM"},
        {"TUR"},
        marks=_miss("being angered is not coded as an act"),
    ),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), MISSES)
def test_event_probe_misses_left(main, text, etype, actors, recipients):
    ev = main(text)
    assert ev is not None and (ev.type, set(ev.actors), set(ev.recipients)) == (
        etype,
        actors,
        recipients,
    )


# Ninth round: a probe for generalisation written from the PLOVER 2.0 type and mode definitions
# and the CAMEO code descriptions (new lexicon rows for COERCE, RETREAT, AID, SUPPORT, CONSULT,
# SANCTION, CONCEDE) and general recipient and actor patterns: the "between" phrase of a mediated
# act, what a withdrawal leaves, an announced act noun, an aspect verb whose subject is the act,
# people from abroad, subnational names that hold a country word. Not from any gold set.
PROBES_9 = [
    (
        "A Moscow court placed the opposition politician under house arrest.",
        "COERCE",
        {"RUSJUD"},
        {"RUSOPP"},
    ),
    ("Egypt imposed new restrictions on foreign journalists.", "COERCE", {"EGY"}, {"---MED"}),
    ("Uganda criminalised same-sex relations in May.", "COERCE", {"UGA"}, set()),
    ("Iran's authorities silenced dissident writers.", "COERCE", {"IRNGOV"}, {"IRNCVL"}),
    (
        "The electoral commission barred the opposition leader from the election.",
        "COERCE",
        {"---GOV"},
        {"---OPP"},
    ),
    ("Thai authorities disqualified the opposition candidate.", "COERCE", {"THAGOV"}, {"THAOPP"}),
    ("Chinese police harassed Uyghur activists abroad.", "COERCE", {"CHNCOP"}, {"CHNCVL"}),
    ("The army commandeered private trucks in Kherson.", "COERCE", {"---MIL"}, set()),
    ("The ICC issued an arrest warrant for Vladimir Putin.", "COERCE", {"ICC"}, {"RUSGOV"}),
    ("Chinese hackers breached US government networks.", "COERCE", {"CHNCRM"}, {"USAGOV"}),
    ("Police arrested foreign journalists in Cairo.", "COERCE", {"EGYCOP"}, {"---MED"}),
    ("Police in Kenya arrested dozens of refugees.", "COERCE", {"KENCOP"}, {"---REF"}),
    ("Israel's withdrawal from Gaza was completed in 2005.", "RETREAT", {"ISR"}, {"PSE"}),
    ("Russia announced the withdrawal of its troops from Syria.", "RETREAT", {"RUSMIL"}, {"SYR"}),
    ("Israel paroled two Palestinian prisoners.", "RETREAT", {"ISR"}, {"PSECVL"}),
    ("Sudan let in United Nations aid workers on Tuesday.", "RETREAT", {"SDN"}, {"UNNGO"}),
    ("Hamas observed the ceasefire with Israel.", "RETREAT", {"PSEREB"}, {"ISR"}),
    ("Armenia handed over four villages to Azerbaijan.", "RETREAT", {"ARM"}, {"AZE"}),
    ("The World Bank disbursed $500 million to Pakistan.", "AID", {"WBK"}, {"PAK"}),
    ("The United States sold weapons to Taiwan.", "AID", {"USA"}, {"TWN"}),
    ("Turkey hosts 3.6 million Syrian refugees.", "AID", {"TUR"}, {"SYRREF"}),
    ("Italy rescued 500 migrants off Lampedusa.", "AID", {"ITA"}, {"---REF"}),
    ("The United States announced a new aid package for Ukraine.", "AID", {"USA"}, {"UKR"}),
    ("Kenya acclaimed the African Union's mediation.", "SUPPORT", {"KEN"}, {"AU"}),
    ("Kyiv appreciated Turkey's role in the grain deal.", "SUPPORT", {"UKR"}, {"TUR"}),
    ("Ukraine expressed its gratitude to Britain for the tanks.", "SUPPORT", {"UKR"}, {"GBR"}),
    ("Israel and the UAE finalised a free trade agreement.", "SUPPORT", {"ARE", "ISR"}, set()),
    ("Turkey and Armenia mended ties in 2022.", "SUPPORT", {"ARM", "TUR"}, set()),
    ("China and Australia improved relations last year.", "SUPPORT", {"AUS", "CHN"}, set()),
    ("Biden and Xi shook hands in Bali.", "CONSULT", {"CHNGOV", "USAGOV"}, set()),
    (
        "Qatar arbitrated between the Taliban and the United States.",
        "CONSULT",
        {"QAT"},
        {"AFGREB", "USA"},
    ),
    (
        "Egypt brokered a truce between Israel and Islamic Jihad.",
        "CONSULT",
        {"EGY"},
        {"ISR", "PSEREB"},
    ),
    ("Egypt mediated a ceasefire between Israel and Hamas.", "CONSULT", {"EGY"}, {"ISR", "PSEREB"}),
    (
        "Peace talks between Ethiopia and the Tigrayan rebels resumed in Pretoria.",
        "CONSULT",
        {"ETH", "ETHREB"},
        set(),
    ),
    (
        "The United States revoked the visas of Nicaraguan officials.",
        "SANCTION",
        {"USA"},
        {"NICGOV"},
    ),
    ("Washington cut aid to Niger after the coup.", "SANCTION", {"USA"}, {"NER"}),
    (
        "The United States imposed a travel ban on Ugandan officials.",
        "SANCTION",
        {"USA"},
        {"UGAGOV"},
    ),
    ("Britain's exit from the European Union took effect in 2020.", "SANCTION", {"GBR"}, {"EU"}),
    ("The government bowed to pressure from protesters.", "CONCEDE", {"---GOV"}, {"---CVL"}),
    ("Beijing rolled back its zero-Covid restrictions.", "CONCEDE", {"CHN"}, set()),
    ("The government met the demands of the striking teachers.", "CONCEDE", {"---GOV"}, {"---EDU"}),
    ("Serbia heeded calls from the EU to de-escalate.", "CONCEDE", {"SRB"}, {"EU"}),
    ("The United States exempted Iraq from sanctions.", "CONCEDE", {"USA"}, {"IRQ"}),
    (
        "Somali forces launched a military operation against al-Shabaab.",
        "ASSAULT",
        {"SOMMIL"},
        {"SOMREB"},
    ),
    ("Iraq asked the US-led coalition to leave the country.", "REQUEST", {"IRQ"}, {"USAMIL"}),
    ("Germany will send two Patriot batteries to Ukraine.", "AGREE", {"DEU"}, {"UKR"}),
    # a weapon its owner's name marks is used by that country's forces; with no owner, UAF
    ("Ukrainian drones struck an oil refinery in southern Russia.", "ASSAULT", {"UKRMIL"}, {"RUS"}),
    ("Russian missiles struck Kyiv overnight.", "ASSAULT", {"RUSMIL"}, {"UKR"}),
    ("A drone struck a convoy in Syria.", "ASSAULT", {"SYRUAF"}, {"SYR"}),
    # the place a force faces, named on the verb that carries the alert
    ("Serbia placed its army on high alert near Kosovo.", "MOBILIZE", {"SRB"}, {"KSV"}),
    ("China put its forces on high alert near Taiwan.", "MOBILIZE", {"CHN"}, {"TWN"}),
    # a government does not protest against itself
    ("Russian diplomats walked out of the UN meeting.", "PROTEST", {"RUSGOV"}, set()),
    # leaders of states outside the G20 often in the news
    (
        "Kim Jong Un threatened the United States with nuclear weapons.",
        "THREATEN",
        {"PRKGOV"},
        {"USA"},
    ),
    ("Assad met Putin in Moscow.", "CONSULT", {"SYRGOV"}, {"RUSGOV"}),
    ("Khamenei warned Israel against any attack.", "THREATEN", {"IRNGOV"}, {"ISR"}),
    # lexicon rows from the CAMEO descriptions of criticism, rejection, threats, appeals
    ("China chided the Philippines over its naval drills.", "ACCUSE", {"CHN"}, {"PHL"}),
    ("Iran rounded on the IAEA after the report.", "ACCUSE", {"IRN"}, {"IAEA"}),
    ("Hungary stonewalled the EU's sanctions package.", "REJECT", {"HUN"}, {"EU"}),
    ("The United States encouraged Israel to show restraint.", "REQUEST", {"USA"}, {"ISR"}),
    ("Russia menaced its neighbours with nuclear drills.", "THREATEN", {"RUS"}, set()),
    # "introduce" and "give" carry an act or a thing given
    ("Ukraine introduced conscription for men over 25.", "MOBILIZE", {"UKR"}, set()),
    ("The US introduced new sanctions against Iran.", "SANCTION", {"USA"}, {"IRN"}),
    ("Germany gave Ukraine another air defence system.", "AID", {"DEU"}, {"UKR"}),
    # a country the tagger does not tag as a place still places a threatened act
    ("ECOWAS threatened military intervention in Niger.", "THREATEN", {"ECOWAS"}, {"NER"}),
    # "inside"/"within" phrases place an act like "in"
    ("Pakistan carried out air strikes inside Iran.", "ASSAULT", {"PAK"}, {"IRN"}),
    # the named owner of what is rejected or criticised is the one it is aimed at
    ("Turkey blocked Sweden's accession to NATO.", "REJECT", {"TUR"}, {"SWE"}),
    (
        "The Kremlin's spokesman criticised Finland's decision to join NATO.",
        "ACCUSE",
        {"RUSGOV"},
        {"FIN"},
    ),
    # sector words: a central bank is the state's; state media, mercenaries, destroyers
    ("Washington froze Afghanistan's central bank reserves.", "SANCTION", {"USA"}, {"AFGGOV"}),
    ("Chinese state media accused Japan of provocation.", "ACCUSE", {"CHNMED"}, {"JPN"}),
    ("A US destroyer shot down Houthi missiles.", "ASSAULT", {"USAMIL"}, {"YEMREB"}),
    ("Greek coastguard officers rescued 80 migrants.", "AID", {"GRCMIL"}, {"---REF"}),
    # COERCE acts from the CAMEO descriptions of administrative sanctions and censorship
    ("Nicaragua stripped 94 critics of their citizenship.", "COERCE", {"NIC"}, {"NICCVL"}),
    ("Tunisia's president dissolved parliament.", "COERCE", {"TUNGOV"}, {"TUNLEG"}),
    ("Belarus shut down independent news sites.", "COERCE", {"BLR"}, {"BLRMED"}),
    ("Japan restricted exports of chipmaking equipment to China.", "SANCTION", {"JPN"}, {"CHN"}),
    # visitors who come for a meeting meet the host of the place they come to
    ("A Chinese delegation arrived in Pyongyang for talks.", "CONSULT", {"CHNGOV"}, {"PRK"}),
    # a promise of force or punishment is a threat
    ("Hezbollah vowed to attack Israel.", "THREATEN", {"LBNREB"}, {"ISR"}),
    (
        "Hezbollah vowed to retaliate for the killing of its commander.",
        "THREATEN",
        {"LBNREB"},
        set(),
    ),
    ("Japan pledged to support Ukraine.", "AGREE", {"JPN"}, {"UKR"}),
    # hostages exchanged like prisoners; the ELN
    ("Israel and Hamas exchanged hostages for prisoners.", "RETREAT", {"ISR", "PSEREB"}, set()),
    (
        "Colombia's government and the ELN declared a bilateral ceasefire.",
        "RETREAT",
        {"COLGOV", "COLREB"},
        set(),
    ),
    # a name before "-backed" names the backer, not whose the group is
    (
        "Russian-backed separatists shelled a kindergarten in Stanytsia Luhanska.",
        "ASSAULT",
        {"---REB"},
        set(),
    ),
    # weapons flown are given; a response or a speech delivered is no aid
    ("Britain flew anti-tank weapons to Ukraine.", "AID", {"GBR"}, {"UKR"}),
    ("NATO delivered an ultimatum to Serbia.", "THREATEN", {"NATO"}, {"SRB"}),
    # a building a meeting is held at is its place: "the People" in its name is no party
    ("Xi Jinping greeted Lula at the Great Hall of the People.", "CONSULT", {"CHNGOV"}, {"BRAGOV"}),
]


@pytest.mark.parametrize("row", PROBES_9, ids=[r[0][:48] for r in PROBES_9])
def test_event_probe_ninth_round(main, row):
    text, etype, actors, recipients = row
    ev = main(text)
    assert ev is not None, text
    assert (ev.type, set(ev.actors), set(ev.recipients)) == (etype, actors, recipients)


MISSES_9 = [
    pytest.param(
        "Canada decriminalised drugs in British Columbia.",
        "CONCEDE",
        {"CAN"},
        set(),
        marks=_miss("a place in the actor's own country is read as the recipient"),
    ),
    pytest.param(
        "Russia spread disinformation about Ukraine's army.",
        "COERCE",
        {"RUS"},
        {"UKRMIL"},
        marks=_miss("an 'about' phrase of a nominal act names no recipient"),
    ),
    pytest.param(
        "Washington scaled back its military presence in Niger.",
        "RETREAT",
        {"USA"},
        {"NER"},
        marks=_miss("an 'in' phrase is read as a place, not a party"),
    ),
    pytest.param(
        "Norway's sovereign wealth fund divested from Israeli companies.",
        "SANCTION",
        {"NOR"},
        {"ISRBUS"},
        marks=_miss("the small model parses 'divested' as a clause of 'fund'"),
    ),
    pytest.param(
        "Mexico sent a protest note to Washington.",
        "ACCUSE",
        {"MEX"},
        {"USA"},
        marks=_miss("'send' carries only forces and aid, not a note"),
    ),
    pytest.param(
        "Germany's delivery of tanks to Ukraine angered Moscow.",
        "AID",
        {"DEU"},
        {"UKR"},
        marks=_miss("'delivery' is not an act noun (gas deliveries are trade)"),
    ),
    pytest.param(
        "Syria's ally Russia praised the agreement.",
        "SUPPORT",
        {"RUS"},
        set(),
        marks=_miss("the possessive of an apposed title wins over the name"),
    ),
    pytest.param(
        "Ethiopia's government declared a state of emergency.",
        "COERCE",
        {"ETHGOV"},
        set(),
        marks=_miss("'state of emergency' has three words; lexicon keys have two"),
    ),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), MISSES_9)
def test_event_probe_ninth_round_misses_left(main, text, etype, actors, recipients):
    ev = main(text)
    assert ev is not None and (ev.type, set(ev.actors), set(ev.recipients)) == (
        etype,
        actors,
        recipients,
    )


def test_event_probe_what_a_text_would_do_is_no_act(nlp, lex):
    """ "draft treaties that would bar Ukraine from joining NATO": the content of a proposed
    text, not a COERCE by anyone."""
    text = "Moscow published draft treaties that would bar Ukraine from joining NATO."
    day = datetime(2021, 12, 18, tzinfo=UTC)
    doc = to_parsed_doc(nlp(text), Article(id="t", text=text, published=day))
    assert not [e for e in extract_events(doc, lex) if e.type == "COERCE"]


def test_event_probe_a_speech_delivered_is_no_aid(nlp, lex):
    text = "Putin delivered a speech to parliament."
    day = datetime(2022, 2, 21, tzinfo=UTC)
    doc = to_parsed_doc(nlp(text), Article(id="t", text=text, published=day))
    assert not extract_events(doc, lex)


# Tenth round: recipients. Each row pins a general rule or data row of that round; the sentences
# are ours, written for the rule, none taken from a gold set.
PROBES_10 = [
    # A part of a society acted on by one country's police, courts or government is of that
    # country, however many other countries the sentence names.
    (
        "Turkish police detained students who staged a protest against the deployment of troops "
        "to Iraq.",
        "COERCE",
        {"TURCOP"},
        {"TUREDU"},
    ),
    (
        "Cuban authorities arrested dissidents ahead of the visit by the US envoy.",
        "COERCE",
        {"CUBGOV"},
        {"CUBOPP"},
    ),
    (
        "An Iranian court sentenced a journalist to prison for reporting on the war in Syria.",
        "COERCE",
        {"IRNJUD"},
        {"IRNMED"},
    ),
    (
        "The Egyptian government banned the opposition party before talks with Israel.",
        "COERCE",
        {"EGYGOV"},
        {"EGYPTY"},
    ),
    (
        "Nigerian police arrested protesters ahead of the summit with Ghana.",
        "COERCE",
        {"NGACOP"},
        {"NGACVL"},
    ),
    # ... but not people from abroad, nor the targets of armed forces
    (
        "Egyptian police detained foreign journalists covering the talks on Gaza.",
        "COERCE",
        {"EGYCOP"},
        {"---MED"},
    ),
    (
        "Israeli troops arrested five Palestinians in Hebron.",
        "COERCE",
        {"ISRMIL"},
        {"PSE"},
    ),
    # "up to N" read by the parser as a particle and a phrase is still the object
    (
        "Police arrested up to 300 Georgian protesters.",
        "COERCE",
        {"GEOCOP"},
        {"GEOCVL"},
    ),
    # a content clause hung on the carrying verb after a date word is the demand noun's
    (
        "The WHO reiterated its demand today that Israel ease restrictions.",
        "REQUEST",
        {"WHO"},
        {"ISR"},
    ),
    (
        "The UN renewed its offer yesterday that Sudan receive peacekeepers.",
        "AGREE",
        {"UN"},
        {"SDN"},
    ),
    # a passive agent hung on the object of the verb's own phrase
    (
        "The minister was charged with fraud by Kenyan prosecutors.",
        "ACCUSE",
        {"KENJUD"},
        {"KENGOV"},
    ),
    (
        "The journalist was sentenced to ten years by an Iranian court.",
        "COERCE",
        {"IRNJUD"},
        {"IRNMED"},
    ),
    # an agent noun coordinated after a party of a named country is of that country, before
    # any earlier actor of the sentence (was GBRREB, UNREB, QATREB)
    (
        "Britain urged the Ethiopian government and the rebels to agree a ceasefire.",
        "REQUEST",
        {"GBR"},
        {"ETHGOV", "ETHREB"},
    ),
    (
        "The UN called on the Syrian government and rebels to stop fighting.",
        "REQUEST",
        {"UN"},
        {"SYRGOV", "SYRREB"},
    ),
    (
        "Qatar mediated between the Sudanese army and paramilitaries.",
        "CONSULT",
        {"QAT"},
        {"SDNMIL", "SDNREB"},
    ),
    # a demonstration held to protest against a party is aimed at it, not at where it is held
    (
        "Farmers marched in Paris to protest against Spain's decision to cut water for French "
        "growers.",
        "PROTEST",
        {"---CVL"},
        {"ESP"},
    ),
    (
        "Thousands rallied in Tbilisi to protest against Russia's occupation of Abkhazia.",
        "PROTEST",
        set(),
        {"RUS"},
    ),
    ("Protesters marched in Berlin on Saturday.", "PROTEST", {"DEUCVL"}, {"DEU"}),
    # the named owner of the act protested against is the target, not whom it concerns
    (
        "Hundreds demonstrated against Denmark's move to expel Iraqi asylum seekers.",
        "PROTEST",
        set(),
        {"DNK"},
    ),
    (
        "Fishermen protested against Norway's plan to close the fjord to Russian trawlers.",
        "PROTEST",
        {"---CVL"},
        {"NOR"},
    ),
    # the phrases of a verb-object collocation's object are the act's own
    ("Iran launched drones towards Israel.", "ASSAULT", {"IRN"}, {"ISR"}),
    ("The Houthis fired drones toward Saudi Arabia.", "ASSAULT", {"YEMREB"}, {"SAU"}),
    ("Israel fired shots at Lebanese soldiers.", "ASSAULT", {"ISR"}, {"LBNMIL"}),
    (
        "Argentina voiced anger over Britain's military drills near the Falklands.",
        "ACCUSE",
        {"ARG"},
        {"GBR"},
    ),
    ("China expressed outrage at Japan's decision.", "ACCUSE", {"CHN"}, {"JPN"}),
    ("Pakistan voiced concern about India's missile test.", "ACCUSE", {"PAK"}, {"IND"}),
    # the owner of a decision, plan or move to act is who acts
    (
        "Canada's decision to expel Indian diplomats angered New Delhi.",
        "SANCTION",
        {"CAN"},
        {"INDGOV"},
    ),
    (
        "Spain's decision to recognise Palestine angered Israel.",
        "SUPPORT",
        {"ESP"},
        {"PSE"},
    ),
    # the named leader of a "-led" war, mission or operation is its owner
    ("Turkey refused to join the US-led mission.", "REJECT", {"TUR"}, {"USA"}),
    ("Germany declined to join the British-led operation.", "REJECT", {"DEU"}, {"GBR"}),
    # the actor's own act, answered (lifted, eased), names no author to aim at
    ("The US lifted its ban on arms sales to Vietnam.", "CONCEDE", {"USA"}, {"VNM"}),
    ("Turkey lifted its veto on Sweden's membership.", "CONCEDE", {"TUR"}, {"SWE"}),
    ("China eased its restrictions on Australian wine.", "CONCEDE", {"CHN"}, {"AUS"}),
    ("Kenya rejected Uganda's offer of talks.", "REJECT", {"KEN"}, {"UGA"}),
    # a thing given as aid, received from a giver, is the giver's aid to the receiver
    ("Ukraine received fighter jets from Denmark.", "AID", {"DNK"}, {"UKR"}),
    ("Kyiv received tanks from Germany.", "AID", {"DEU"}, {"UKR"}),
    ("Jordan received $500 million in aid from the EU.", "AID", {"EU"}, {"JOR"}),
    ("Ukraine received a loan from the IMF.", "AID", {"IMF"}, {"UKR"}),
    # ... and a person or delegation received is still a visit hosted
    ("Macron received Scholz in Paris.", "CONSULT", {"FRAGOV"}, {"DEUGOV"}),
]


@pytest.mark.parametrize("row", PROBES_10, ids=[r[0][:48] for r in PROBES_10])
def test_event_probe_tenth_round(main, row):
    text, etype, actors, recipients = row
    ev = main(text)
    assert ev is not None, text
    assert (ev.type, set(ev.actors), set(ev.recipients)) == (etype, actors, recipients)


MISSES_10 = [
    pytest.param(
        "Niger ordered French troops to leave.",
        "COERCE",
        {"NER"},
        {"FRAMIL"},
        marks=_miss("'order X to' is no act of its own; the ordered act has no party named"),
    ),
    pytest.param(
        "Israel received a shipment of bombs from the United States.",
        "AID",
        {"USA"},
        {"ISR"},
        marks=_miss("'bomb' is no thing the lexicon gives or sends, so this is a visit hosted"),
    ),
    pytest.param(
        "China criticised the visit to Taiwan by a US delegation.",
        "ACCUSE",
        {"CHN"},
        {"USAGOV"},
        marks=_miss("the place the criticised visit goes to is read as a party beside its author"),
    ),
    pytest.param(
        "Kenyan police dispersed the demonstration organised by opposition supporters over the "
        "election in Somalia.",
        "ASSAULT",
        {"KENCOP"},
        {"KENCVL"},
        marks=_miss("the country in the phrase of what was protested is read as a party"),
    ),
]


@pytest.mark.parametrize(("text", "etype", "actors", "recipients"), MISSES_10)
def test_event_probe_tenth_round_misses_left(main, text, etype, actors, recipients):
    ev = main(text)
    assert ev is not None and (ev.type, set(ev.actors), set(ev.recipients)) == (
        etype,
        actors,
        recipients,
    )
