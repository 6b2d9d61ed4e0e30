"""Specifications of the calendar (`newsgraph calendar`, newsgraph/extract/schedule.py): a probe
of its precision and recall on news of our own.

Each row is a sentence or a short passage written for this probe (not taken from any
publisher or corpus), across diplomacy, politics, courts, business, sport, science and
weather, with its publication date (a Monday, 2023-03-06, unless said) and the calendar
entries it should give: (TimeML date value, kind, place), or none. The live spaCy model parses
each row (the `model` mark, as tests/test_event_probe.py; the 121 rows take about ten
seconds). Rows that are misses left are strict xfails with their reasons (`MISSES`).

Conventions. The calendar lists upcoming meetings and deadlines. A meeting is any gathering
with a date ahead: talks, summits, visits, sessions, votes, elections, referendums, court
hearings, trials and sentencing, ceremonies. A deadline is a date by which something must be
done ("a deadline of March 31", "expires on June 30", "due by April 14", "must be submitted
by March 17", "ordered to leave by March 20", "have until June 1 to"). The place is the venue
after "in"/"at", as the extractor has always read it ("voters in Estonia" is Estonia).
No entry for: a meeting told as past ("met on Monday", "first met" beside a future date), a
cancelled one ("has been cancelled", "called off the talks planned for Friday", "postponed"
with no new date; a new date after "postponed until", "adjourned until", "rescheduled for"
is the entry), a condition ("if", "unless", "whether", "Should the talks collapse"), a rule
("every Monday", "the first Thursday of every month"), an anniversary, a vague date ("in
the coming days", "soon": nothing to put on a calendar), a period already begun named as the
owner of its meetings ("this week's meetings" said on the Monday: the set of them, those held
included), and a date that bounds another verb ("hopes to announce by Friday a date for the
summit" puts no summit on Friday). Sports fixtures are no entries: a match is neither a
meeting of the parties the calendar follows nor a deadline, and a season's fixture list
would swamp it ("They host Cádiz next Sunday", "Liverpool meet Real Madrid in the Champions
League"); launches, earnings reports, strikes and storms are scheduled too but are neither
meetings nor deadlines, so they stay off.

Measured when written: precision 0.680 / recall 0.810 on main before (the first 79 rows; on
all 121 rows main scores 0.654 / 0.768), 0.972 / 1.000 after (121 rows; 69 entries found,
2 false). A second batch of 23 rows written after the first fixes, measured once before
further change: main 0.467 / 0.538, the branch 1.000 / 0.923 (the one miss, "were told to
hand over their weapons by Sunday", led to "tell"/"ask"/"instruct" as obligation verbs).
Faults fixed (cue words in newsgraph/data/schedule_cues.tsv and schedule_predicates.tsv):
cancelled and postponed meetings; conditional ones; a meeting verb in the simple past;
recurring rules; anniversaries; sports fixtures ("host" needs a guest, a sport word as the
competition or the object hosted); "this week's meetings" said in that week; "by DATE" under
another verb; deadlines with no deadline word (obligation + "by"/"until"); trials, sentencing,
inquests, "will be heard", adjournments; "is expected in Moscow next week" (a visit); the
timex extractor reads "rescheduled for March 20" ahead, as "scheduled for". Left: "was due
on Friday but has not been published" (the timex extractor dates it ahead), and a
cancellation told in the next sentence about "it" (needs coreference).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsgraph.extract.schedule import extract_schedule
from newsgraph.lexicons import Lexicons
from newsgraph.nlp import to_parsed_doc
from newsgraph.types import Article

pytestmark = pytest.mark.model

MON = "2023-03-06"  # a Monday: Thursday is 2023-03-09, next Tuesday 2023-03-14


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    return Lexicons.load()


def calendar_of(nlp, lex: Lexicons, text: str, published: str) -> set[tuple[str, str, str]]:
    day = datetime.fromisoformat(published).replace(hour=9, tzinfo=UTC)
    doc = to_parsed_doc(nlp(text), Article(id="t", text=text, published=day))
    return {(i.date, i.kind, i.place) for i in extract_schedule(doc, lex)}


def _miss(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=reason, strict=True)


M, D = "meeting", "deadline"

# (text, publication date, gold entries: (date value, kind, place))
PROBES = [
    # ---- diplomacy: meetings announced ahead, with and without a venue
    ("Foreign ministers of the two countries will meet in Ankara on Thursday.", MON,
     {("2023-03-09", M, "Ankara")}),
    ("The talks are set for March 20 in Doha.", MON, {("2023-03-20", M, "Doha")}),
    ("A summit of Nordic leaders is scheduled for April 4 in Oslo.", MON,
     {("2023-04-04", M, "Oslo")}),
    ("Negotiators will resume talks in Geneva on March 21, a UN spokesman said.", MON,
     {("2023-03-21", M, "Geneva")}),
    ("EU finance ministers gather in Brussels on March 14 to discuss the fiscal rules.", MON,
     {("2023-03-14", M, "Brussels")}),
    ("The Security Council will convene an emergency session on Tuesday at the request of "
     "France.", MON, {("2023-03-07", M, "")}),
    ("The minister, who will attend a conference in Rome on Friday, declined to comment.", MON,
     {("2023-03-10", M, "Rome")}),
    ("The two leaders are expected to hold talks in Washington later this month.", MON,
     {("2023-03", M, "Washington")}),
    ("The prime minister is due to visit troops in Estonia on Wednesday.", MON,
     {("2023-03-08", M, "Estonia")}),
    ("Envoys from both sides are expected to sit down for a new round of negotiations on "
     "March 14.", MON, {("2023-03-14", M, "")}),
    ("The rate-setting committee meets on Tuesday, March 14, and is widely expected to raise "
     "rates.", MON, {("2023-03-14", M, "")}),
    ("The central bank meets every six weeks; its next meeting is on March 22.", MON,
     {("2023-03-22", M, "")}),
    ("Shareholders will vote on the merger at the annual meeting on April 27.", MON,
     {("2023-04-27", M, "")}),
    ("The board is expected to announce its decision at a meeting on Friday.", MON,
     {("2023-03-10", M, "")}),
    ("OPEC+ ministers will hold an online meeting on April 3 to review output.", MON,
     {("2023-04-03", M, "")}),
    ("A ceremony to mark the anniversary will be held in Kyiv on Friday.", MON,
     {("2023-03-10", M, "Kyiv")}),
    ("President Silva will travel to Beijing next week for talks with his Chinese "
     "counterpart.", MON, {("2023-W11", M, "")}),
    # ---- politics: votes, elections, referendums
    ("Parliament is due to vote on the budget on Wednesday.", MON, {("2023-03-08", M, "")}),
    ("Presidential elections are set for October 29.", MON, {("2023-10-29", M, "")}),
    ("A referendum on the new constitution will be held on June 18.", MON,
     {("2023-06-18", M, "")}),
    ("Voters in Estonia go to the polls on Sunday in a parliamentary election.", MON,
     {("2023-03-12", M, "Estonia")}),
    ("Senators are expected to vote on the nomination on Thursday.", MON,
     {("2023-03-09", M, "")}),
    ("The vote was postponed until March 16.", MON, {("2023-03-16", M, "")}),
    ("Next year's election will be the first held under the new boundaries.", MON,
     {("2024", M, "")}),
    # ---- courts
    ("The court will hold a hearing on the request on March 15.", MON, {("2023-03-15", M, "")}),
    ("The trial of the former mayor is expected to begin on April 17.", MON,
     {("2023-04-17", M, "")}),
    ("Sentencing is scheduled for May 2.", MON, {("2023-05-02", M, "")}),
    ("The judge adjourned the case until March 30.", MON, {("2023-03-30", M, "")}),
    ("The appeal will be heard at the High Court in London on April 12.", MON,
     {("2023-04-12", M, "London")}),
    # ---- deadlines
    ("Companies must respond to the regulator by Friday.", MON, {("2023-03-10", D, "")}),
    ("The government set a deadline of March 31 for the unions to accept the offer.", MON,
     {("2023-03-31", D, "")}),
    ("The operating licence expires on June 30.", MON, {("2023-06-30", D, "")}),
    ("Applications are due by April 14.", MON, {("2023-04-14", D, "")}),
    ("The ceasefire is due to expire at midnight on Sunday.", MON, {("2023-03-12", D, "")}),
    ("The tax filing deadline is April 18.", MON, {("2023-04-18", D, "")}),
    ("Bids must be submitted by noon on March 17.", MON, {("2023-03-17", D, "")}),
    ("He was ordered to leave the country by March 20.", MON, {("2023-03-20", D, "")}),
    ("The government has given the company until Friday to pay the fine.", MON,
     {("2023-03-10", D, "")}),
    ("Lawmakers have until June 1 to raise the debt ceiling.", MON, {("2023-06-01", D, "")}),
    ("The ultimatum runs out on Wednesday.", MON, {("2023-03-08", D, "")}),
    # ---- past meetings, reports after the fact
    ("The two ministers met on Monday in Riyadh.", "2023-03-07", set()),
    ("The ministers met in Riyadh on Monday.", MON, set()),
    ("Elections were held on Sunday.", MON, set()),
    ("The deadline passed on Sunday without an agreement.", MON, set()),
    ("\"We met on Thursday and agreed nothing,\" the minister told reporters on Friday.",
     "2023-03-10", set()),
    ("Talks last week in Geneva ended without a deal.", MON, set()),
    ("The council met on Tuesday for the first time since January.", "2023-03-08", set()),
    ("Last year's summit in Madrid agreed to expand the alliance.", MON, set()),
    # ---- cancelled, postponed with no new date
    ("Thursday's summit in Prague has been cancelled.", MON, set()),
    ("Organisers called off the talks planned for Friday.", MON, set()),
    ("The meeting scheduled for next week was postponed indefinitely.", MON, set()),
    ("The summit, which was due to take place in Sofia on Thursday, has been postponed.", MON,
     set()),
    ("Friday's vote on the bill was scrapped after the coalition collapsed.", MON, set()),
    # ---- hypotheticals, conditions
    ("If the two sides meet on Friday, a deal could follow within days.", MON, set()),
    ("Should the talks collapse on Friday, fighting could resume.", MON, set()),
    ("Officials would not say whether the leaders would meet on Saturday.", MON, set()),
    # ---- recurring
    ("The cabinet meets every Monday.", MON, set()),
    ("The committee holds hearings each Tuesday during the session.", MON, set()),
    ("Ministers meet on the first Thursday of every month.", MON, set()),
    # ---- no date to put on a calendar
    ("In the coming days, the envoy will meet leaders of both parties.", MON, set()),
    ("The envoy is expected to meet both sides soon.", MON, set()),
    ("Leaders will meet again once the ceasefire holds.", MON, set()),
    # ---- anniversaries, sayings about the past dated ahead
    ("Friday marks ten years since the two leaders first met.", MON, set()),
    ("The anniversary of the talks falls on Thursday.", MON, set()),
    # ---- the week already begun
    ("Washington would wait for the results of this week's meetings before deciding on next "
     "steps.", "2022-01-10", set()),
    # ---- sport: fixtures are no meetings or deadlines
    ("They host Cádiz next Sunday, while Atlético travel to Sevilla on Saturday.",
     "2021-12-12", set()),
    ("Liverpool meet Real Madrid in the Champions League on Tuesday.", MON, set()),
    ("City will host Arsenal in the league on Saturday.", MON, set()),
    ("The two sides meet again in the final in Paris on June 10.", MON, set()),
    # ---- other scheduled things that are neither meetings nor deadlines
    ("The rocket is scheduled to launch on Saturday from Cape Canaveral.", MON, set()),
    ("The company will report quarterly results on April 25.", MON, set()),
    ("The strike is set to begin on Thursday.", MON, set()),
    ("Forecasters expect the storm to reach the coast on Thursday.", MON, set()),
    ("A red warning for heavy snow is in force until 9 a.m. on Wednesday.", MON, set()),
    ("Shares rose on Monday ahead of results due on Thursday.", MON, set()),
    # ---- passages of two sentences
    ("Ministers failed to agree on Friday. They will meet again in Luxembourg on March 20.",
     MON, {("2023-03-20", M, "Luxembourg")}),
    ("Trade talks ended in Tokyo on Saturday. The next round is planned for May in Seoul.",
     MON, {("2023-05", M, "Seoul")}),
    # ---- second batch, written after the fixes and measured once before any further change
    ("The Dutch king will visit Jakarta on Thursday, his office said.", MON,
     {("2023-03-09", M, "")}),
    ("Union leaders and ministers are scheduled to resume negotiations on Wednesday.", MON,
     {("2023-03-08", M, "")}),
    ("The inquiry will hear evidence from the former minister on March 23.", MON,
     {("2023-03-23", M, "")}),
    ("The extradition hearing, set for Thursday, was adjourned until April 5.", MON,
     {("2023-04-05", M, "")}),
    ("Members will vote on the strike in a ballot that closes on March 24.", MON,
     {("2023-03-24", M, "")}),
    ("Comments on the draft rules must be filed by April 28.", MON, {("2023-04-28", D, "")}),
    ("The rebels were told to hand over their weapons by Sunday.", MON,
     {("2023-03-12", D, "")}),
    ("Greece's bailout expires at the end of June.", MON, {("2023-06", D, "")}),
    ("The foreign minister is expected in Beijing on Tuesday.", MON,
     {("2023-03-07", M, "Beijing")}),
    ("The G20 summit in New Delhi is set for September 9 and 10.", MON,
     {("2023-09-09", M, "New Delhi")}),
    ("Talks planned for Thursday in Cairo were called off after the attack.", MON, set()),
    ("The visit, scheduled for next week, has been postponed because of the storm.", MON,
     set()),
    ("If parliament votes on Friday, the law could take effect next month.", MON, set()),
    ("Unless the sides meet by Friday, the ceasefire will collapse.", MON, set()),
    ("The governors meet on the last Wednesday of each month.", MON, set()),
    ("Saturday is the tenth anniversary of the summit.", MON, set()),
    ("Chelsea host Tottenham in a London derby on Sunday.", MON, set()),
    ("The two clubs meet in the cup final at Wembley on April 22.", MON, set()),
    ("The minister last visited Kyiv in February and plans to return in May.", MON, set()),
    ("Opposition leaders met in Nairobi on Friday and will meet again in Mombasa next "
     "month.", MON, {("2023-04", M, "Mombasa")}),
    ("The court adjourned on Monday.", MON, set()),
    ("Satellite images will be released on Thursday.", MON, set()),
    ("The regulator, which must rule by June 30, will hold a public hearing in Brussels on "
     "May 16.", MON, {("2023-06-30", D, ""), ("2023-05-16", M, "Brussels")}),
    # ---- pins added after the second batch
    ("Residents were asked to leave the area by 6 p.m. on Tuesday.", MON,
     {("2023-03-07", D, "")}),
    ("The minister told reporters the talks would end by Friday.", MON, set()),
    ("The White House hopes to announce by Friday a date for the summit.", MON, set()),
    ("Officials are hoping the two presidents could meet on the sidelines of the summit "
     "next week.", MON, {("2023-W11", M, "")}),
    # ---- pins of the limits of each rule: what a cue must not take away
    ("The talks, which were cancelled last week, have been rescheduled for March 20.", MON,
     {("2023-03-20", M, "")}),
    ("The election, which had been postponed twice, will be held on July 9.", MON,
     {("2023-07-09", M, "")}),
    ("The vote will go ahead on Thursday despite calls to delay it.", MON,
     {("2023-03-09", M, "")}),
    ("The meeting was moved to Thursday.", MON, {("2023-03-09", M, "")}),
    ("The deadline was extended to April 30.", MON, {("2023-04-30", D, "")}),
    ("Ministers met on Monday and agreed to meet again on Friday.", MON,
     {("2023-03-10", M, "")}),
    ("Had the talks gone ahead on Friday, a deal might have been signed.", MON, set()),
    ("Whether the summit goes ahead on Friday remains unclear.", MON, set()),
    ("The two sides will hold a final round of talks on Friday.", MON,
     {("2023-03-10", M, "")}),
    ("The Arab League will hold a summit in Algiers on November 1.", MON,
     {("2023-11-01", M, "Algiers")}),
    ("Trade ministers will meet in Geneva on Friday to discuss a dispute over World Cup "
     "broadcasting rights.", MON, {("2023-03-10", M, "Geneva")}),
    ("Liverpool will host the derby on Sunday.", MON, set()),
    ("Germany will host the talks on Thursday.", MON, {("2023-03-09", M, "")}),
    ("The president will host a summit of African leaders in Washington on December 13.", MON,
     {("2023-12-13", M, "Washington")}),
    ("The prime minister will host Zelensky at Downing Street on Wednesday.", MON,
     {("2023-03-08", M, "Downing Street")}),
    # a miss until feature/te3fix: an arrangement told with a past "be" ("was due on Friday")
    # now takes the nearest such day, here the Friday gone by, not the next one
    ("The report was due on Friday but has not been published.", "2023-03-13", set()),
]  # fmt: skip

# rows left, each with the reason (strict xfails: one that starts to pass moves into PROBES)
MISSES: list[tuple[str, str, set[tuple[str, str, str]], str]] = [
    ("The summit in Vilnius was due to open on Tuesday. It was cancelled on Sunday.", MON,
     set(), "the cancellation is in the next sentence, about 'it': needs coreference"),
]  # fmt: skip


def _rows():
    for text, published, gold in PROBES:
        yield pytest.param(text, published, gold, id=text[:60])
    for text, published, gold, reason in MISSES:
        yield pytest.param(text, published, gold, id=text[:60], marks=_miss(reason))


@pytest.mark.parametrize(("text", "published", "gold"), list(_rows()))
def test_schedule_probe(nlp, lex, text, published, gold):
    assert calendar_of(nlp, lex, text, published) == gold


def precision_recall(nlp, lex: Lexicons) -> tuple[float, float, int, int, int]:
    """Micro precision and recall over every row (an entry is its date, kind and place)."""
    tp = fp = fn = 0
    rows = [(t, p, g) for t, p, g in PROBES] + [(t, p, g) for t, p, g, _r in MISSES]
    for text, published, gold in rows:
        got = calendar_of(nlp, lex, text, published)
        tp += len(got & gold)
        fp += len(got - gold)
        fn += len(gold - got)
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), tp, fp, fn


if __name__ == "__main__":  # print the measure: python -m tests.test_schedule_probe
    from newsgraph.nlp import load_model, resolve_model_name

    model = load_model(resolve_model_name(""))
    lexicons = Lexicons.load()
    rows = [(t, p, g) for t, p, g in PROBES] + [(t, p, g) for t, p, g, _r in MISSES]
    for text, published, gold in rows:
        got = calendar_of(model, lexicons, text, published)
        if got != gold:
            print(f"{text}\n    got  {sorted(got)}\n    gold {sorted(gold)}")
    p, r, tp, fp, fn = precision_recall(model, lexicons)
    print(f"{len(rows)} rows: precision {p:.3f} recall {r:.3f} (tp {tp}, fp {fp}, fn {fn})")
