"""Figures probe: hand-written news sentences, parsed by the live model, with the gold figures.

What it probes: `extract_figures` on 132 sentences written for this file in our own words
(war and troops, disasters and casualties, protests and crowds, money, percentages and jobs,
elections, health, refugees, sport attendance, increments such as "7,000 more troops"),
including numbers that are not figures (ages, years, times, phone numbers, street numbers,
model names, labels such as "magnitude 7.8" and "Category 4", ranks, scores, ratios), and
`group_figures` on 14 two-article stories (which figures share a measure, and which groups
are flagged as disagreeing).

Conventions, as the code represents a figure:
- a gold figure is (low, high, measures, qualifier); an exact number is (n, n); "up to" /
  "nearly" / "as much as" is (None, n); "more than" / "at least" / "above" is (n, None);
  "about" / "some" / "roughly" / "an estimated" is n give or take 10%; vague amounts are the
  ranges of figure_vague.tsv ("dozens" 24-99, "tens of thousands" 20,000-99,999);
  "between A and B" is (A, B);
- `measures` is the key of the counted noun (figure_measures.tsv: soldiers -> troops), else
  the noun as written after the number (its plural), followed by an outcome ("people killed",
  "troops wounded"); a bare number takes what the words around it say it counts ("a force of
  100,000": troops; "killing 12": people killed); money is the currency code ("usd"), any
  percentage is "percent"; a rate adds "per <noun>" ("barrels per day", "usd per hour");
- "half of the 200 staff" is the 200 staff (a fraction of a figure is not a figure);
- no figure for "one of the", "no one", "the 10 biggest", "one in five", "3-1".
A match (precision / recall) is the same range and the same measure; the per-row test also
checks the qualifier. The story rows give, per measure, the articles in the group and the
disagreement flag; ranges are read as reconcile.py documents (exact numbers widened 5% for
rounding, "up to X" closed below at 75% of X, "more than X" open above).

Measured when written (P / R of figures; story rows right, and group P / R):
- before (main): figures P 0.72 / R 0.66 on the 103 rows of the first round (60 of 83 found,
  91 gold; 37 rows wrong); stories 7 of 10, groups P / R 0.75 / 0.75. On all 120 rows: P 0.74
  / R 0.65. The 17 held-out rows (written after the first fixes, measured before changing
  anything for them): main P 0.83 / R 0.63; after the first fixes P 0.90 / R 0.79.
- after: all 120 rows P 0.99 / R 0.99 (114 of 115 found, 115 gold; held-out P 1.00 / R 0.96);
  stories 10 of 10, groups P / R 1.00 / 1.00.
Faults fixed: scale suffixes joined to the number ("$2.5bn", "£18.6bn"; scales now in
figure_scales.tsv); "per cent" and "percentage points" as units; "between A and B" and "A-B
<plural noun>" as ranges, a hyphen pair before a singular noun or none as a score; "above" /
"below" qualifiers and "several thousand" / "a few hundred"; bare numbers counted by a
collective ("a force of 100,000", "a crowd of 74,000", "police put the crowd at 60,000", "the
death toll rose to 57", "attendance reached 48,500") or an outcome ("killing 12", "120
wounded", "left 42 dead"), taking the noun of an earlier count of victims; partitives ("210 of
the 400 seats"); outcome words as the counted noun ("12 deaths": people killed); the outcome
read from the verb the counted noun is subject or object of, through coordination ("three
soldiers and two civilians were killed", "killed 2,000 people and injured 9,000"), and the
window before a figure stopping at a noun or conjunction; "hurt", "drown", "infect" as
outcomes; labels ("magnitude 7.8", "Category 4", "Nord Stream 2"), names ("10 Downing
Street"), ranks ("the 10 biggest"), ratios ("one in five"), "a 7.1 quake" and the pronoun
"one" not counted; plurals as written ("cities", "men", "staff", "aircraft") instead of
lemma + "s" ("citys", "mans", "staffs"); rates ("barrels a day", "$15 an hour").
Left (strict xfails in MISSES): a model number before a name ("737 Max jets"), and a noun
elided across "to" ("52 votes to 48").

Increments (figures.v3): 12 rows (INCREMENTS) and 4 story cases (stories 10-13), written
before the rule; two older rows changed their gold to the new key ("5,000 more troops",
"Employers added 250,000 jobs": jobs added are a change, not a level of employment).
- before (figures.v2): the 12 rows P / R 0.33 / 0.33 (the 4 that keep the old key right);
  all 132 rows P / R 0.91 / 0.91; stories 11 of 14 (10, 11, 12 wrong: the increment and the
  total were one group, flagged).
- after: the 12 rows P / R 1.00 / 1.00; all 132 rows P / R 0.99 / 0.99 (126 of 127); stories
  14 of 14.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.figures import extract_figures
from newsgraph.lexicons import Lexicons
from newsgraph.nlp import to_parsed_doc
from newsgraph.stories.reconcile import SourceInfo, group_figures
from newsgraph.types import Article

pytestmark = pytest.mark.model

LEX = Lexicons.load()


def ex(value: float, measures: str, qualifier: str = "") -> tuple:
    """An exact figure: the range is the number itself."""
    return (value, value, measures, qualifier)


def approx(value: float, measures: str, qualifier: str) -> tuple:
    """ "about" / "some" / "an estimated": the number, give or take 10%."""
    return (value * 0.9, value * 1.1, measures, qualifier)


def rng(low: float | None, high: float | None, measures: str, qualifier: str) -> tuple:
    return (low, high, measures, qualifier)


# (text, gold figures: (low, high, measures, qualifier))
PROBES: list[tuple[str, list[tuple]]] = [
    # -- war and troops
    ("Russia has massed 175,000 troops near the border.", [ex(175000, "troops")]),
    (
        "Officials said up to 100,000 soldiers could take part in the drills.",
        [rng(None, 100000, "troops", "up to")],
    ),
    (
        "Tens of thousands of troops crossed into the region overnight.",
        [rng(20000, 99999, "troops", "tens of thousands")],
    ),
    ("The army deployed about 300 tanks along the front.", [approx(300, "tanks", "about")]),
    ("Moscow sent a force of 100,000 to the frontier.", [ex(100000, "troops")]),
    ("Three soldiers died when their convoy hit a mine.", [ex(3, "troops killed")]),
    ("The strike hit a school, killing 12.", [ex(12, "people killed")]),
    (
        "At least 30 people were killed and 120 wounded in the attack.",
        [rng(30, None, "people killed", "at least"), ex(120, "people wounded")],
    ),
    (
        "More than 14,000 people have been killed since the fighting began.",
        [rng(14000, None, "people killed", "more than")],
    ),
    ("Rebels captured 40 government soldiers, the group said.", [ex(40, "troops")]),
    (
        "The alliance will send 5,000 more troops and 80 aircraft.",
        [ex(5000, "troops (added)"), ex(80, "aircraft")],
    ),
    ("An air strike wounded 25 civilians in the market.", [ex(25, "civilians wounded")]),
    ("The ministry said 2,500 servicemen had been deployed.", [ex(2500, "troops")]),
    ("Some 1,200 marines landed on the island.", [approx(1200, "marines", "some")]),
    ("Nearly 500 fighters surrendered to the army.", [rng(None, 500, "fighters", "nearly")]),
    ("The death toll rose to 57 on Tuesday.", [ex(57, "people killed")]),
    ("Two helicopters were shot down near the city.", [ex(2, "helicopters")]),
    ("It was one of the deadliest attacks of the war.", []),
    ("The 10 biggest cities were placed under curfew.", []),
    (
        "The brigade lost dozens of armoured vehicles.",
        [rng(24, 99, "vehicles", "dozens")],
    ),
    (
        "Three soldiers and two civilians were killed in the shelling.",
        [ex(3, "troops killed"), ex(2, "civilians killed")],
    ),
    ("One of the soldiers was killed by a sniper.", []),
    # -- disasters and casualties
    (
        "The earthquake killed more than 2,000 people and injured 9,000.",
        [rng(2000, None, "people killed", "more than"), ex(9000, "people wounded")],
    ),
    (
        "Floods have displaced an estimated 1.5 million people.",
        [approx(1.5e6, "people displaced", "an estimated")],
    ),
    ("No one was hurt in the fire.", []),
    ("Rescuers pulled 14 survivors from the rubble.", [ex(14, "survivors")]),
    ("The storm left 200,000 homes without power.", [ex(200000, "homes")]),
    (
        "Hundreds of people are still missing after the landslide.",
        [rng(200, 999, "people missing", "hundreds")],
    ),
    ("At least 1,000 houses were destroyed.", [rng(1000, None, "houses", "at least")]),
    ("The blaze has burned 40,000 hectares of forest.", [ex(40000, "hectares")]),
    ("Officials evacuated 6,000 residents from the coast.", [ex(6000, "residents evacuated")]),
    ("The magnitude 7.8 earthquake was felt in three countries.", [ex(3, "countries")]),
    ("Officials said 15 people drowned when the boat capsized.", [ex(15, "people killed")]),
    ("The death toll from the outbreak has reached 230.", [ex(230, "people killed")]),
    ("A 7.1 quake shook the capital on Friday.", []),
    # -- protests and crowds
    (
        "Between 3,000 and 5,000 people joined the march on Saturday.",
        [rng(3000, 5000, "people", "between")],
    ),
    (
        "Organisers said 250,000 people took part, while police put the crowd at 60,000.",
        [ex(250000, "people"), ex(60000, "people")],
    ),
    ("Police arrested 112 protesters after the rally.", [ex(112, "protesters arrested")]),
    (
        "Hundreds of thousands of people marched through the capital.",
        [rng(200000, 999999, "people", "hundreds of thousands")],
    ),
    (
        "Several thousand students gathered outside parliament.",
        [rng(3000, 9999, "students", "several thousand")],
    ),
    (
        "Dozens of people were injured in clashes with police.",
        [rng(24, 99, "people wounded", "dozens")],
    ),
    ("Around 40 officers were hurt.", [approx(40, "officers wounded", "around")]),
    (
        "Nearly 2 million people signed the petition.",
        [rng(None, 2e6, "people", "nearly")],
    ),
    ("A crowd of 74,000 watched the final.", [ex(74000, "people")]),
    # -- economy: money, percentages, jobs
    ("The company raised $2.5bn from investors.", [ex(2.5e9, "usd")]),
    ("The EU pledged €40 million in aid.", [ex(4e7, "eur")]),
    ("Inflation rose to 9.1% in June.", [ex(9.1, "percent")]),
    ("The firm will cut 3,000 jobs by the end of the year.", [ex(3000, "jobs")]),
    ("The field produces 1.2 million barrels a day.", [ex(1.2e6, "barrels per day")]),
    ("The economy grew by 2.3 per cent last year.", [ex(2.3, "percent")]),
    ("Some 60 per cent of voters backed the plan.", [approx(60, "percent", "some")]),
    ("Shares fell 12% after the announcement.", [ex(12, "percent")]),
    ("Britain will spend £3 billion on new roads.", [ex(3e9, "gbp")]),
    ("The bank posted a 10% rise in profit.", [ex(10, "percent")]),
    ("Unemployment fell to 4.2% in March, the lowest since 2008.", [ex(4.2, "percent")]),
    ("The government borrowed £18.6bn in April.", [ex(1.86e10, "gbp")]),
    ("Employers added 250,000 jobs last month.", [ex(250000, "jobs (added)")]),
    ("The deal is worth 5 billion dollars.", [ex(5e9, "usd")]),
    ("The carmaker sold 1.3 million vehicles last year.", [ex(1.3e6, "vehicles")]),
    ("Half of the 200 staff were laid off.", [ex(200, "staff")]),
    ("The minimum wage will rise to $15 an hour.", [ex(15, "usd per hour")]),
    ("Oil climbed above $90 a barrel.", [rng(90, None, "usd per barrel", "above")]),
    (
        "The central bank raised rates by 0.75 percentage points.",
        [ex(0.75, "percentage points")],
    ),
    ("Exports were worth roughly €12bn.", [approx(1.2e10, "eur", "roughly")]),
    # -- elections
    (
        "Turnout was 67 per cent, up from 59 per cent in 2019.",
        [ex(67, "percent"), ex(59, "percent")],
    ),
    ("She won 52.4% of the vote.", [ex(52.4, "percent")]),
    ("The party secured 326 seats in the 650-seat parliament.", [ex(326, "seats")]),
    ("More than 30 million votes were cast.", [rng(3e7, None, "votes", "more than")]),
    ("The incumbent beat his rival by 12,000 votes.", [ex(12000, "votes")]),
    ("Voters in 14 states go to the polls on Tuesday.", [ex(14, "states")]),
    ("The 45-year-old candidate was first elected in 2010.", []),
    ("Polls open at 7am and close at 10pm.", []),
    (
        "About 1.4 million postal ballots were returned.",
        [approx(1.4e6, "ballots", "about")],
    ),
    # -- health
    ("The ministry reported 4,500 new cases on Monday.", [ex(4500, "cases")]),
    (
        "The virus has killed more than 6 million people worldwide.",
        [rng(6e6, None, "people killed", "more than")],
    ),
    ("Five patients died at the hospital overnight.", [ex(5, "patients killed")]),
    (
        "Cholera has infected nearly 10,000 people in the region.",
        [rng(None, 10000, "people infected", "nearly")],
    ),
    (
        "The hospital has 300 beds and 12 ventilators.",
        [ex(300, "beds"), ex(12, "ventilators")],
    ),
    ("Deaths from the disease fell by 20 percent.", [ex(20, "percent")]),
    ("Only one in five adults has been vaccinated.", []),
    ("Dozens of doctors went on strike.", [rng(24, 99, "doctors", "dozens")]),
    ("A 3-year-old girl and her 70-year-old grandmother were treated.", []),
    # -- refugees
    (
        "More than 1.5 million refugees have fled to neighbouring countries.",
        [rng(1.5e6, None, "refugees displaced", "more than")],
    ),
    ("The camp shelters about 40,000 people.", [approx(40000, "people", "about")]),
    (
        "Some 8,000 migrants crossed the sea in small boats this year.",
        [approx(8000, "migrants", "some")],
    ),
    (
        "The agency says 6.5 million people are internally displaced.",
        [ex(6.5e6, "people displaced")],
    ),
    ("Germany took in 1 million asylum seekers in 2015.", [ex(1e6, "seekers")]),
    (
        "Hundreds of families were evacuated from the village.",
        [rng(200, 999, "families evacuated", "hundreds")],
    ),
    # -- sport
    ("Arsenal won 3-1 on Saturday.", []),
    ("The club's 2-0 win lifted it to fourth place.", []),
    ("Attendance reached 48,500, a record for the ground.", [ex(48500, "people")]),
    ("The striker, 28, has scored 15 goals this season.", [ex(15, "goals")]),
    ("Tickets cost £45 each.", [ex(45, "gbp")]),
    ("The marathon drew 40,000 runners.", [ex(40000, "runners")]),
    (
        "The team finished third in the league, 10 points behind the leaders.",
        [ex(10, "points")],
    ),
    # -- numbers that are not figures
    ("Call 0800 555 0199 for advice.", []),
    ("He lives at 221 Baker Street.", []),
    ("The meeting is at 10 Downing Street on 3 May.", []),
    ("Boeing grounded its 737 Max jets.", []),
    ("The talks ended at 4.30pm.", []),
    ("She was ranked number 1 in the world.", []),
    ("The minister survived the vote in 2021.", []),
    ("Hurricane Ian made landfall as a Category 4 storm.", []),
]

# Written after the first round of fixes, and measured before any change for them, as a check
# that the fixes are general (see the module docstring for the numbers).
HELD_OUT: list[tuple[str, list[tuple]]] = [
    (
        "Gunmen killed 23 villagers and abducted 40 others in the raid.",
        [ex(23, "villagers killed"), ex(40, "others")],
    ),
    (
        "The navy has deployed two aircraft carriers and 6,000 sailors to the gulf.",
        [ex(2, "carriers"), ex(6000, "sailors")],
    ),
    (
        "Aid groups say about 300,000 people have fled the fighting since March.",
        [approx(300000, "people displaced", "about")],
    ),
    (
        "The typhoon destroyed more than 5,000 homes and left 42 dead.",
        [rng(5000, None, "homes", "more than"), ex(42, "people killed")],
    ),
    ("Police estimated the crowd at about 15,000.", [approx(15000, "people", "about")]),
    ("Roughly a third of the 1,500 workers will lose their jobs.", [ex(1500, "workers")]),
    (
        "The retailer will close 120 stores and cut up to 4,000 jobs.",
        [ex(120, "stores"), rng(None, 4000, "jobs", "up to")],
    ),
    (
        "Property prices have fallen by as much as 20% in some areas.",
        [rng(None, 20, "percent", "as much as")],
    ),
    ("The government will borrow an extra £9bn a year.", [ex(9e9, "gbp per year")]),
    ("Nearly 70% of registered voters cast a ballot.", [rng(None, 70, "percent", "nearly")]),
    ("The ruling party won 210 of the 400 seats.", [ex(210, "seats"), ex(400, "seats")]),
    (
        "Health officials confirmed 12 new deaths and 340 new infections.",
        [ex(12, "people killed"), ex(340, "infections")],
    ),
    ("The 24-year-old forward scored twice as his side won 4-2.", []),
    ("A crowd of 61,000 saw the home side lose 1-0.", [ex(61000, "people")]),
    ("The bill passed by 52 votes to 48.", [ex(52, "votes"), ex(48, "votes")]),
    (
        "The plant employs 8,500 people and produces 300,000 cars a year.",
        [ex(8500, "people"), ex(300000, "cars per year")],
    ),
    ("The factory fire killed three workers, the fire brigade said.", [ex(3, "workers killed")]),
]
PROBES += HELD_OUT

# Increments: a count said to add to an earlier one ("an additional 7,000 troops", "7,000 more
# troops", "another 7,000", "a further 40", "added 7,000 troops", "grew by 2,000 soldiers")
# measures the change, not the total, and takes the key "<measure> (added)", so that it is
# never compared with a total ("more than 150,000 troops"). The word has to relate the count
# to another count: "new" describes the things counted ("120 new homes", "4,500 new cases")
# and an arrival says where they went ("7,000 troops arrived"), which a total can do as well
# ("150,000 troops have arrived at the border"): neither marks an increment. Money and
# percentages keep their bare unit ("an extra £9bn": gbp), whose groups are never flagged.
# Written before the rule existed (all failed then except the ones that keep the old key).
INCREMENTS: list[tuple[str, list[tuple]]] = [
    (
        "An additional 7,000 troops reached the border this week.",
        [ex(7000, "troops (added)")],
    ),
    ("NATO will send 3,000 extra soldiers to Romania.", [ex(3000, "troops (added)")]),
    ("Another 2,500 soldiers landed on Friday.", [ex(2500, "troops (added)")]),
    ("A further 40 people were killed overnight.", [ex(40, "people killed (added)")]),
    (
        "Russia has added as many as 7,000 troops near the border.",
        [rng(None, 7000, "troops (added)", "as many as")],
    ),
    ("Rescuers pulled 12 more bodies from the rubble.", [ex(12, "bodies (added)")]),
    ("Three more soldiers died of their wounds.", [ex(3, "troops killed (added)")]),
    ("The garrison grew by 2,000 soldiers in a month.", [ex(2000, "troops (added)")]),
    (
        "The region now holds more than 150,000 troops, officials said.",
        [rng(150000, None, "troops", "more than")],
    ),
    ("Some 7,000 troops arrived at the base on Monday.", [approx(7000, "troops", "some")]),
    ("The donors pledged a further $2 billion in aid.", [ex(2e9, "usd")]),
    ("The city built 120 new homes last year.", [ex(120, "homes")]),
]
PROBES += INCREMENTS

# Rows the extractor still gets wrong, each with its reason (strict: a fixed one must move up).
MISSES: dict[str, str] = {
    "Boeing grounded its 737 Max jets.": "a model number before a name and a noun reads like a"
    " count of the noun ('3,000 Amazon workers' is written the same way); telling them apart"
    " needs knowledge of the names",
    "The bill passed by 52 votes to 48.": "the second number of 'N votes to M' elides the noun"
    " of the first across 'to'; no rule here reads an elided noun after a preposition",
}


def _figures(nlp, text: str, article_id: str = "t"):
    doc = to_parsed_doc(nlp(text), Article(id=article_id, text=text))
    return extract_figures(doc, LEX)


def _found(nlp, text: str) -> list[tuple]:
    return [(f.low, f.high, f.measures, f.qualifier) for f in _figures(nlp, text)]


def _same_range(a: tuple, b: tuple) -> bool:
    def eq(x, y):
        return (
            x is None
            and y is None
            or (x is not None and y is not None and abs(x - y) <= 1e-6 * max(1.0, abs(y)))
        )

    return eq(a[0], b[0]) and eq(a[1], b[1]) and a[2] == b[2]


def _rows():
    for text, gold in PROBES:
        marks = [pytest.mark.xfail(reason=MISSES[text], strict=True)] if text in MISSES else []
        yield pytest.param(text, gold, marks=marks, id=text[:60])


@pytest.mark.parametrize(("text", "gold"), list(_rows()))
def test_figures_probe(nlp, text, gold):
    found = _found(nlp, text)
    assert len(found) == len(gold), found
    for f, g in zip(found, gold, strict=True):
        assert _same_range(f, g) and f[3] == g[3], (found, gold)


def score(nlp, rows=None) -> tuple[float, float, int, int, int]:
    """(precision, recall, true positives, found, gold) over all rows; a match is the same
    range and the same measure (the qualifier is not scored)."""
    tp = n_found = n_gold = 0
    for text, gold in PROBES if rows is None else rows:
        found = _found(nlp, text)
        n_found += len(found)
        n_gold += len(gold)
        left = list(gold)
        for f in found:
            hit = next((g for g in left if _same_range(f, g)), None)
            if hit is not None:
                left.remove(hit)
                tp += 1
    return tp / max(n_found, 1), tp / max(n_gold, 1), tp, n_found, n_gold


def test_figures_probe_scores(nlp):
    # Measured when written: 0.99 / 0.99 over all rows (see the module docstring).
    precision, recall, *_ = score(nlp)
    assert precision >= 0.97 and recall >= 0.97


# -- story level: grouping by measure and disagreement flags

SOURCES = {"a": SourceInfo("Northern Post"), "b": SourceInfo("Harbour Daily")}

# (article a, article b, {measures: (articles in the group, disagreement)})
STORIES = [
    (
        "Russia has massed 175,000 troops near the border.",
        "Officials said up to 100,000 troops could take part.",
        {"troops": (2, True)},
    ),
    (
        # 14,000 (widened 5% for rounding) lies within "more than 13,000": no disagreement
        "Some 14,000 people have been killed, the ministry said.",
        "More than 13,000 people have been killed, the agency said.",
        {"people killed": (2, False)},
    ),
    (
        "14,000 people have been killed in the war.",
        "More than 13,000 people have been killed in the war.",
        {"people killed": (2, False)},
    ),
    (
        "Russia has massed 175,000 troops near the border.",
        "Satellite images show 1,200 tanks near the border.",
        {"troops": (1, False), "tanks": (1, False)},
    ),
    (
        "At least 30 people were killed in the blast.",
        "Some 120 people were wounded in the blast.",
        {"people killed": (1, False), "people wounded": (1, False)},
    ),
    (
        "Between 3,000 and 5,000 people joined the march.",
        "About 20,000 people joined the march.",
        {"people": (2, True)},
    ),
    (
        "Tens of thousands of troops crossed the border.",
        "Russia has massed 175,000 troops near the border.",
        {"troops": (2, True)},
    ),
    (
        "A force of 100,000 was massed near the border.",
        "Officials said up to 100,000 troops could take part.",
        {"troops": (2, False)},
    ),
    (
        "The strike hit a school, killing 12.",
        "Twelve people were killed when the strike hit a school.",
        {"people killed": (2, False)},
    ),
    (
        "The death toll rose to 57 on Tuesday.",
        "At least 30 people were killed in the blast.",
        {"people killed": (2, False)},
    ),
    # Increments (see INCREMENTS): an increment and a total are different measures, two
    # increments are the same measure and can disagree.
    (
        "Russia has added as many as 7,000 troops and now has more than 150,000 troops there.",
        "An additional 7,000 troops arrived, officials said; the total is over 150,000 troops.",
        {"troops (added)": (2, False), "troops": (2, False)},
    ),
    (
        "A further 40 people were killed overnight.",
        "The death toll rose to 57 on Tuesday.",
        {"people killed (added)": (1, False), "people killed": (1, False)},
    ),
    (
        "An additional 7,000 troops reached the border this week.",
        "Up to 2,000 more troops reached the border this week.",
        {"troops (added)": (2, True)},
    ),
    # One article giving both values does not make them agree: a crowd counted by the police
    # and by the organisers is a disagreement reported within one article.
    (
        "Police said 10,000 people marched, but organisers said 50,000 people took part.",
        "About 50,000 people marched through the city, organisers said.",
        {"people": (2, True)},
    ),
]

STORY_MISSES: dict[int, str] = {}


def _stories():
    for n, row in enumerate(STORIES):
        marks = (
            [pytest.mark.xfail(reason=STORY_MISSES[n], strict=True)] if n in STORY_MISSES else []
        )
        yield pytest.param(*row, marks=marks, id=f"story{n}")


def _groups(nlp, a: str, b: str) -> dict[str, tuple[int, bool]]:
    figures = _figures(nlp, a, "a") + _figures(nlp, b, "b")
    return {
        g.measures: (g.counts.articles, g.disagreement) for g in group_figures(figures, SOURCES)
    }


@pytest.mark.parametrize(("a", "b", "expected"), list(_stories()))
def test_figures_probe_story(nlp, a, b, expected):
    assert _groups(nlp, a, b) == expected
