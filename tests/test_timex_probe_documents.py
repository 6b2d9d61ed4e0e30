# ruff: noqa: E501 - a document's frozen parse is one token string a line
"""Specifications of the time-expression extractor, fifteenth round (issue 4): a probe of
whole documents. The single-sentence probes pass at 94-100 % while MEANTIME's held-out half
stays lower, so the gap was looked for where a sentence cannot show it: the headline line
and the date line at the top of a Wikinews article, expressions anchored on a date told in
an earlier sentence ("a day later", "that week", "the following month", "the same day"),
stories told in the past whose reference time has moved away from the publication date,
quotes with their own time frame, and reported speech about the future.

Each document is a short news article of our own in MEANTIME's shape (a headline line, a
date line, then one sentence a line, tokens separated by spaces), with the TIMEX3 spans,
types and values the TimeML 1.2.1 / TIMEX3 guidelines give its expressions, in the
conventions of the earlier probes (a day-anchored "a week earlier" is a day, "decades" is
PXY). Written to measure generalisation, not taken from any corpus.

Each document carries the parse the repository's model gives it ("lemma/TAG/head/dep/entity"
a token, "-" for no entity, a line break is a token whose lemma is written "NL") and the
model's sentence starts, frozen here so that the test needs no model; tests/helpers.py
`frozen_parse_timexes` rebuilds the document from them.

Measured when written (40 documents, 277 expressions): 32 documents (266 expressions) passed
on main before this round, 37 (272) after the general faults the probe found were fixed: a
clock time or "a week earlier" anchored on a coarser point named in an aside instead of the
day of the story, "earlier in the summer", "the following day" in a future clause anchored on
a past date, "a year earlier" after a period reported and the day of the report. The 3 left
are strict xfails with their reasons ('festival': a rule that read "was due to" + verb as past
was tried and reverted, since wire copy also writes "talks were due to resume on Monday,
officials said" of a Monday still to come). Headline and date lines gave no fault here.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import frozen_parse_timexes
from tests.test_timex import LEX

DOCUMENTS = [
    pytest.param(
        datetime(2008, 10, 10, 12, tzinfo=UTC),
        "Icelandic bank shares suspended as crisis deepens\n"
        "October 10 , 2008\n"
        "Trading in shares of Iceland 's three largest banks was suspended on Thursday .\n"
        "The government took control of Kaupthing a day later , officials said .\n"
        "On Monday , the prime minister had warned that the economy could collapse .\n"
        "Finance ministers will meet in Washington on Saturday to discuss the crisis .\n"
        "The central bank said the krona had lost half its value since January .",
        "icelandic/JJ/2/amod/- bank/NN/2/compound/- share/NNS/23/nsubjpass/- suspend/VBN/2/acl/- as/IN/3/prep/- crisis/NN/6/compound/- deepen/NNS/4/pobj/- NL/_SP/6/dep/- "
        "October/NNP/6/appos/DATE 10/CD/8/nummod/DATE ,/,/8/punct/DATE 2008/CD/13/nummod/DATE NL/_SP/11/dep/- "
        "trading/NN/23/nsubjpass/- in/IN/13/prep/- share/NNS/14/pobj/- of/IN/15/prep/- Iceland/NNP/21/poss/GPE 's/POS/17/case/- three/CD/21/nummod/CARDINAL large/JJS/21/amod/- bank/NNS/16/pobj/- be/VBD/23/auxpass/- suspend/VBN/23/ROOT/- on/IN/23/prep/- Thursday/NNP/24/pobj/DATE ././23/punct/- NL/_SP/26/dep/- "
        "the/DT/29/det/- government/NN/30/nsubj/- take/VBD/39/ccomp/- control/NN/30/dobj/- of/IN/31/prep/- Kaupthing/NNP/32/pobj/GPE a/DT/35/det/- day/NN/36/npadvmod/- later/RB/30/advmod/- ,/,/39/punct/- official/NNS/39/nsubj/- say/VBD/39/ROOT/- ././39/punct/- NL/_SP/40/dep/- "
        "on/IN/49/prep/- Monday/NNP/42/pobj/DATE ,/,/49/punct/- the/DT/47/det/- prime/JJ/47/compound/- minister/NN/49/nsubj/- have/VBD/49/aux/- warn/VBN/49/ROOT/- that/IN/54/mark/- the/DT/52/det/- economy/NN/54/nsubj/- could/MD/54/aux/- collapse/VB/49/ccomp/- ././49/punct/- NL/_SP/55/dep/- "
        "finance/NN/58/compound/- minister/NNS/60/nsubj/- will/MD/60/aux/- meet/VB/60/ROOT/- in/IN/60/prep/- Washington/NNP/61/pobj/GPE on/IN/60/prep/- Saturday/NNP/63/pobj/DATE to/TO/66/aux/- discuss/VB/60/advcl/- the/DT/68/det/- crisis/NN/66/dobj/- ././60/punct/- NL/_SP/69/dep/- "
        "the/DT/73/det/- central/JJ/73/amod/- bank/NN/74/nsubj/- say/VBD/74/ROOT/- the/DT/76/det/- krona/NN/78/nsubj/ORG have/VBD/78/aux/- lose/VBN/74/ccomp/- half/PDT/81/predet/CARDINAL its/PRP$/81/poss/- value/NN/78/dobj/- since/IN/78/prep/- January/NNP/82/pobj/DATE ././74/punct/-",
        "0 28 42 57 71",
        [
            ("October 10 , 2008", "DATE", "2008-10-10"),
            ("Thursday", "DATE", "2008-10-09"),
            ("a day later", "DATE", "2008-10-10"),
            ("Monday", "DATE", "2008-10-06"),
            ("Saturday", "DATE", "2008-10-11"),
            ("January", "DATE", "2008-01"),
        ],
        id="iceland",
    ),
    pytest.param(
        datetime(2009, 3, 4, 12, tzinfo=UTC),
        "Flooding forces thousands from homes in Queensland\n"
        "Wednesday , March 4 , 2009\n"
        "Heavy rain began falling across northern Queensland on Sunday .\n"
        "By Monday evening , the river had risen four metres .\n"
        "Emergency crews evacuated 3,000 residents the same day .\n"
        "The rain eased on Tuesday , but forecasters expect more storms later this week .\n"
        "The state premier said the cleanup would take about two months .",
        "flooding/NN/1/amod/- force/NNS/17/nsubj/- thousand/NNS/1/dobj/CARDINAL from/IN/2/prep/- home/NNS/3/pobj/- in/IN/4/prep/- Queensland/NNP/5/pobj/GPE NL/_SP/6/dep/- "
        "Wednesday/NNP/1/npadvmod/DATE ,/,/8/punct/DATE March/NNP/8/appos/DATE 4/CD/10/nummod/DATE ,/,/17/punct/DATE 2009/CD/16/nummod/DATE NL/_SP/13/dep/- "
        "heavy/JJ/16/compound/- rain/NN/17/nsubj/- begin/VBD/17/ROOT/- fall/VBG/17/xcomp/- across/IN/18/prep/- northern/JJ/21/amod/- Queensland/NNP/19/pobj/GPE on/IN/18/prep/- Sunday/NNP/22/pobj/DATE ././17/punct/- NL/_SP/24/dep/- "
        "by/IN/33/prep/- Monday/NNP/28/compound/DATE evening/NN/26/pobj/TIME ,/,/33/punct/- the/DT/31/det/- river/NN/33/nsubj/- have/VBD/33/aux/- rise/VBN/33/ROOT/- four/CD/35/nummod/QUANTITY metre/NNS/33/npadvmod/QUANTITY ././33/punct/- NL/_SP/36/dep/- "
        "emergency/NN/39/compound/- crew/NNS/40/nsubj/- evacuate/VBD/40/ROOT/- 3,000/CD/42/nummod/CARDINAL resident/NNS/40/dobj/- the/DT/45/det/DATE same/JJ/45/amod/DATE day/NN/40/npadvmod/DATE ././40/punct/- NL/_SP/46/dep/- "
        "the/DT/49/det/- rain/NN/50/nsubj/- ease/VBD/50/ROOT/- on/IN/50/prep/- Tuesday/NNP/51/pobj/DATE ,/,/50/punct/- but/CC/50/cc/- forecaster/NNS/56/nsubj/- expect/VBP/50/conj/- more/JJR/58/amod/- storm/NNS/56/dobj/- later/RB/61/advmod/DATE this/DT/61/det/DATE week/NN/56/npadvmod/DATE ././56/punct/- NL/_SP/62/dep/- "
        "the/DT/66/det/- state/NN/66/compound/- premier/NN/67/nsubj/- say/VBD/67/ROOT/- the/DT/69/det/- cleanup/NN/71/nsubj/- would/MD/71/aux/- take/VB/67/ccomp/- about/RB/73/advmod/DATE two/CD/74/nummod/DATE month/NNS/71/dobj/DATE ././67/punct/-",
        "0 26 38 48 64",
        [
            ("Wednesday , March 4 , 2009", "DATE", "2009-03-04"),
            ("Sunday", "DATE", "2009-03-01"),
            ("Monday evening", "TIME", "2009-03-02TEV"),
            ("the same day", "DATE", "2009-03-02"),
            ("Tuesday", "DATE", "2009-03-03"),
            ("later this week", "DATE", "2009-W10"),
            ("about two months", "DURATION", "P2M"),
        ],
        id="queensland",
    ),
    pytest.param(
        datetime(2007, 6, 18, 12, tzinfo=UTC),
        "Federer reaches Wimbledon seeding as grass season opens\n"
        "June 18 , 2007\n"
        "Roger Federer was named top seed for Wimbledon on Monday .\n"
        "The Swiss player won the tournament in 2003 and has not lost there since .\n"
        "Last year he beat Rafael Nadal in the final .\n"
        "The championships begin on June 25 and last two weeks .\n"
        "Federer said he would practise on Wednesday .",
        "federer/NN/1/nsubj/ORG reach/VBZ/1/ROOT/- Wimbledon/NNP/3/compound/- seeding/NN/1/dobj/- as/IN/3/prep/- grass/NN/6/compound/- season/NN/4/pobj/DATE open/VBZ/1/dep/- NL/_SP/7/dep/- "
        "June/NNP/7/npadvmod/DATE 18/CD/9/nummod/DATE ,/,/9/punct/DATE 2007/CD/9/appos/DATE NL/_SP/12/dep/- "
        "Roger/NNP/15/compound/PERSON Federer/NNP/17/nsubjpass/PERSON be/VBD/17/auxpass/- name/VBN/1/conj/- top/JJ/19/amod/- seed/NN/17/oprd/- for/IN/17/prep/- Wimbledon/NNP/20/pobj/EVENT on/IN/17/prep/- Monday/NNP/22/pobj/DATE ././17/punct/- NL/_SP/24/dep/- "
        "the/DT/28/det/- swiss/JJ/28/amod/NORP player/NN/29/nsubj/- win/VBD/29/ROOT/- the/DT/31/det/- tournament/NN/29/dobj/- in/IN/29/prep/- 2003/CD/32/pobj/DATE and/CC/29/cc/- have/VBZ/37/aux/- not/RB/37/neg/- lose/VBN/29/conj/- there/RB/37/advmod/- since/RB/37/advmod/- ././29/punct/- NL/_SP/40/dep/- "
        "last/JJ/43/amod/DATE year/NN/45/npadvmod/DATE he/PRP/45/nsubj/- beat/VBD/45/ROOT/- Rafael/NNP/47/compound/PERSON Nadal/NNP/45/dobj/PERSON in/IN/45/prep/- the/DT/50/det/- final/NN/48/pobj/- ././45/punct/- NL/_SP/51/dep/- "
        "the/DT/54/det/- championship/NNS/55/nsubj/- begin/VBP/55/ROOT/- on/IN/55/prep/- June/NNP/56/pobj/DATE 25/CD/57/nummod/DATE and/CC/57/cc/DATE last/JJ/62/amod/DATE two/CD/62/nummod/DATE week/NNS/57/conj/DATE ././55/punct/- NL/_SP/63/dep/- "
        "Federer/NNP/66/nsubj/PERSON say/VBD/66/ROOT/- he/PRP/69/nsubj/- would/MD/69/aux/- practise/VB/66/ccomp/- on/IN/69/prep/- Wednesday/NNP/70/pobj/DATE ././66/punct/-",
        "0 26 42 53 65",
        [
            ("June 18 , 2007", "DATE", "2007-06-18"),
            ("Monday", "DATE", "2007-06-18"),
            ("2003", "DATE", "2003"),
            ("Last year", "DATE", "2006"),
            ("June 25", "DATE", "2007-06-25"),
            ("two weeks", "DURATION", "P2W"),
            ("Wednesday", "DATE", "2007-06-20"),
        ],
        id="tennis",
    ),
    pytest.param(
        datetime(2010, 1, 29, 12, tzinfo=UTC),
        "Aid reaches remote Haitian towns\n"
        "January 29 , 2010\n"
        "The earthquake struck Haiti on January 12 .\n"
        "Two days later , the first aid flights landed in the capital .\n"
        "That week , rescuers pulled dozens of people from the rubble .\n"
        "The following week , the United Nations appealed for 575 million dollars .\n"
        "Officials now say aid has reached most towns in the south .\n"
        "A donor conference is planned for March .",
        "aid/VB/1/nsubj/- reach/VBZ/1/ROOT/- remote/JJ/4/amod/- haitian/JJ/4/amod/NORP town/NNS/1/dobj/- NL/_SP/4/dep/- "
        "January/NNP/4/appos/DATE 29/CD/6/nummod/DATE ,/,/4/punct/DATE 2010/CD/4/appos/DATE NL/_SP/9/dep/- "
        "the/DT/12/det/- earthquake/NN/13/nsubj/- strike/VBD/13/ROOT/- Haiti/NNP/13/dobj/GPE on/IN/13/prep/- January/NNP/15/pobj/DATE 12/CD/16/nummod/DATE ././13/punct/- NL/_SP/18/dep/- "
        "two/CD/21/nummod/DATE day/NNS/22/npadvmod/DATE later/RBR/28/advmod/DATE ,/,/28/punct/- the/DT/27/det/- first/JJ/27/amod/ORDINAL aid/NN/27/compound/- flight/NNS/28/nsubj/- land/VBD/28/ROOT/- in/IN/28/prep/- the/DT/31/det/- capital/NN/29/pobj/- ././28/punct/- NL/_SP/32/dep/- "
        "that/DT/35/det/DATE week/NN/38/npadvmod/DATE ,/,/38/punct/- rescuer/NNS/38/nsubj/- pull/VBD/38/ROOT/- dozen/NNS/38/dobj/CARDINAL of/IN/39/prep/- people/NNS/40/pobj/- from/IN/41/prep/- the/DT/44/det/- rubble/NN/42/pobj/- ././38/punct/- NL/_SP/45/dep/- "
        "the/DT/49/det/DATE following/JJ/49/amod/DATE week/NN/54/npadvmod/DATE ,/,/54/punct/- the/DT/53/det/ORG United/NNP/53/compound/ORG Nations/NNP/54/nsubj/ORG appeal/VBD/54/ROOT/- for/IN/54/prep/- 575/CD/57/compound/MONEY million/CD/58/nummod/MONEY dollar/NNS/55/pobj/MONEY ././54/punct/- NL/_SP/59/dep/- "
        "official/NNS/63/nsubj/- now/RB/63/advmod/- say/VBP/63/ROOT/- aid/NN/66/nsubj/- have/VBZ/66/aux/- reach/VBN/63/ccomp/- most/JJS/68/amod/- town/NNS/66/dobj/- in/IN/66/prep/- the/DT/71/det/- south/NN/69/pobj/- ././63/punct/- NL/_SP/72/dep/- "
        "a/DT/76/det/- donor/NN/76/compound/- conference/NN/78/nsubjpass/- be/VBZ/78/auxpass/- plan/VBN/78/ROOT/- for/IN/78/prep/- March/NNP/79/pobj/DATE ././78/punct/-",
        "0 11 20 34 47 61 74",
        [
            ("January 29 , 2010", "DATE", "2010-01-29"),
            ("January 12", "DATE", "2010-01-12"),
            ("Two days later", "DATE", "2010-01-14"),
            ("That week", "DATE", "2010-W02"),
            ("The following week", "DATE", "2010-W03"),
            ("now", "DATE", "PRESENT_REF"),
            ("March", "DATE", "2010-03"),
        ],
        id="haiti",
    ),
    pytest.param(
        datetime(2008, 12, 23, 12, tzinfo=UTC),
        "Airport workers end strike before Christmas\n"
        "December 23 , 2008\n"
        "Baggage handlers at Dublin Airport ended their strike on Monday night .\n"
        "The walkout began on December 15 , when talks over pay broke down .\n"
        "Four days later , the union rejected an offer from management .\n"
        "Talks resumed on Saturday and lasted 14 hours .\n"
        "Flights will operate normally on Christmas Eve , the airport said .",
        "airport/NN/1/compound/- worker/NNS/2/nsubj/- end/VBP/2/ROOT/- strike/NN/2/dobj/- before/IN/2/prep/- Christmas/NNP/7/compound/DATE NL/_SP/5/dep/DATE "
        "December/NNP/4/pobj/DATE 23/CD/7/nummod/DATE ,/,/7/punct/DATE 2008/CD/13/nummod/DATE NL/_SP/10/dep/- "
        "Baggage/NNP/13/compound/- handler/NNS/17/nsubj/- at/IN/13/prep/- Dublin/NNP/16/compound/FAC Airport/NNP/14/pobj/FAC end/VBD/2/advcl/- their/PRP$/19/poss/- strike/NN/17/dobj/- on/IN/17/prep/- Monday/NNP/22/compound/TIME night/NN/20/pobj/TIME ././17/punct/- NL/_SP/23/dep/- "
        "the/DT/26/det/- walkout/NN/27/nsubj/- begin/VBD/27/ROOT/- on/IN/27/prep/- December/NNP/28/pobj/DATE 15/CD/29/nummod/DATE ,/,/29/punct/- when/WRB/36/advmod/- talk/NNS/36/nsubj/- over/IN/33/prep/- pay/NN/34/pobj/- break/VBD/29/relcl/- down/RP/36/prt/- ././27/punct/- NL/_SP/38/dep/- "
        "four/CD/41/nummod/DATE day/NNS/42/npadvmod/DATE later/RBR/46/advmod/DATE ,/,/46/punct/- the/DT/45/det/- union/NN/46/nsubj/- reject/VBD/46/ROOT/- an/DT/48/det/- offer/NN/46/dobj/- from/IN/48/prep/- management/NN/49/pobj/- ././46/punct/- NL/_SP/51/dep/- "
        "talk/NNS/54/nsubj/- resume/VBD/54/ROOT/- on/IN/54/prep/- Saturday/NNP/55/pobj/DATE and/CC/54/cc/- last/VBD/54/conj/- 14/CD/60/nummod/TIME hour/NNS/58/npadvmod/TIME ././54/punct/- NL/_SP/61/dep/- "
        "flight/NNS/65/nsubj/- will/MD/65/aux/- operate/VB/73/ccomp/- normally/RB/65/advmod/- on/IN/65/prep/- Christmas/NNP/69/compound/DATE Eve/NNP/67/pobj/DATE ,/,/73/punct/- the/DT/72/det/- airport/NN/73/nsubj/- say/VBD/73/ROOT/- ././73/punct/-",
        "0 25 40 53 63",
        [
            ("Christmas", "DATE", "2008-12-25"),
            ("December 23 , 2008", "DATE", "2008-12-23"),
            ("Monday night", "TIME", "2008-12-22TNI"),
            ("December 15", "DATE", "2008-12-15"),
            ("Four days later", "DATE", "2008-12-19"),
            ("Saturday", "DATE", "2008-12-20"),
            ("14 hours", "DURATION", "PT14H"),
            ("Christmas Eve", "DATE", "2008-12-24"),
        ],
        id="strike",
    ),
    pytest.param(
        datetime(2011, 5, 2, 12, tzinfo=UTC),
        "Crowds gather outside White House\n"
        "May 2 , 2011\n"
        "Crowds gathered outside the White House late on Sunday night after the announcement .\n"
        "The president spoke to the nation at 11:35 p.m. .\n"
        "The operation had been planned for months .\n"
        "Officials first received information about the compound last August .\n"
        "On Monday , markets in Asia rose .",
        "crowd/NNS/1/nsubj/- gather/VBP/1/ROOT/- outside/IN/1/prep/- White/NNP/4/compound/ORG House/NNP/2/pobj/ORG NL/_SP/4/dep/- "
        "May/NNP/1/npadvmod/DATE 2/CD/6/nummod/DATE ,/,/6/punct/DATE 2011/CD/11/nummod/DATE NL/_SP/9/dep/- "
        "crowd/NNS/12/nsubj/- gather/VBD/1/conj/- outside/IN/12/prep/- the/DT/16/det/- White/NNP/16/compound/ORG House/NNP/13/pobj/ORG late/RB/12/advmod/- on/IN/12/prep/- Sunday/NNP/20/compound/TIME night/NN/18/pobj/TIME after/IN/12/prep/- the/DT/23/det/- announcement/NN/21/pobj/- ././12/punct/- NL/_SP/24/dep/- "
        "the/DT/27/det/- president/NN/28/nsubj/- speak/VBD/28/ROOT/- to/IN/28/prep/- the/DT/31/det/- nation/NN/29/pobj/- at/IN/28/prep/- 11:35/CD/34/nummod/TIME p.m./NN/32/pobj/TIME ././28/punct/- NL/_SP/35/dep/- "
        "the/DT/38/det/- operation/NN/41/nsubjpass/- have/VBD/41/aux/- be/VBN/41/auxpass/- plan/VBN/41/ROOT/- for/IN/41/prep/- month/NNS/42/pobj/DATE ././41/punct/- NL/_SP/44/dep/- "
        "official/NNS/48/nsubj/- first/RB/48/advmod/ORDINAL receive/VBD/48/ROOT/- information/NN/48/dobj/- about/IN/49/prep/- the/DT/52/det/- compound/NN/50/pobj/- last/JJ/54/amod/DATE August/NNP/52/npadvmod/DATE ././48/punct/- NL/_SP/55/dep/- "
        "on/IN/63/prep/- Monday/NNP/57/pobj/DATE ,/,/63/punct/- market/NNS/63/nsubj/- in/IN/60/prep/- Asia/NNP/61/pobj/LOC rise/VBD/63/ROOT/- ././63/punct/-",
        "0 26 37 46 57",
        [
            ("May 2 , 2011", "DATE", "2011-05-02"),
            ("late on Sunday night", "TIME", "2011-05-01TNI"),
            ("11:35 p.m.", "TIME", "2011-05-01T23:35"),
            ("months", "DURATION", "PXM"),
            ("last August", "DATE", "2010-08"),
            ("Monday", "DATE", "2011-05-02"),
        ],
        id="bin-laden",
    ),
    pytest.param(
        datetime(2009, 7, 6, 12, tzinfo=UTC),
        "Mexico 's ruling party loses ground in midterm vote\n"
        "July 6 , 2009\n"
        "Mexicans voted on Sunday in elections for the lower house of Congress .\n"
        "Preliminary results released early on Monday showed the opposition ahead .\n"
        "The campaign had begun in May .\n"
        "At the time , polls gave the ruling party a narrow lead .\n"
        "The new Congress will sit from September 1 for three years .",
        "Mexico/NNP/3/poss/GPE 's/POS/0/case/- rule/VBG/3/amod/- party/NN/4/nsubj/- lose/VBZ/4/ROOT/- ground/NN/4/dobj/- in/IN/4/prep/- midterm/NN/8/compound/- vote/NN/6/pobj/- NL/_SP/8/dep/- "
        "July/NNP/6/pobj/DATE 6/CD/10/nummod/DATE ,/,/16/punct/DATE 2009/CD/15/nummod/DATE NL/_SP/13/dep/- "
        "Mexicans/NNPS/16/nsubj/NORP vote/VBD/4/conj/- on/IN/16/prep/- Sunday/NNP/17/pobj/DATE in/IN/16/prep/- election/NNS/19/pobj/- for/IN/20/prep/- the/DT/24/det/- low/JJR/24/amod/- house/NN/21/pobj/- of/IN/24/prep/- Congress/NNP/25/pobj/ORG ././16/punct/- NL/_SP/27/dep/- "
        "preliminary/JJ/30/amod/- result/NNS/35/nsubj/- release/VBN/30/acl/- early/RB/31/advmod/- on/IN/31/prep/- Monday/NNP/33/pobj/DATE show/VBD/35/ROOT/- the/DT/37/det/- opposition/NN/35/dobj/- ahead/RB/35/advmod/- ././35/punct/- NL/_SP/39/dep/- "
        "the/DT/42/det/- campaign/NN/44/nsubj/- have/VBD/44/aux/- begin/VBN/44/ROOT/- in/IN/44/prep/- May/NNP/45/pobj/DATE ././44/punct/- NL/_SP/47/dep/- "
        "at/IN/54/prep/- the/DT/51/det/- time/NN/49/pobj/- ,/,/54/punct/- poll/NNS/54/nsubj/- give/VBD/54/ROOT/- the/DT/57/det/- rule/VBG/57/amod/- party/NN/54/dative/- a/DT/60/det/- narrow/JJ/60/amod/- lead/NN/54/dobj/- ././54/punct/- NL/_SP/61/dep/- "
        "the/DT/65/det/- new/JJ/65/amod/- Congress/NNP/67/nsubj/ORG will/MD/67/aux/- sit/VB/67/ROOT/- from/IN/67/prep/- September/NNP/68/pobj/DATE 1/CD/69/nummod/DATE for/IN/67/prep/- three/CD/73/nummod/DATE year/NNS/71/pobj/DATE ././67/punct/-",
        "0 29 41 49 63",
        [
            ("July 6 , 2009", "DATE", "2009-07-06"),
            ("Sunday", "DATE", "2009-07-05"),
            ("early on Monday", "DATE", "2009-07-06"),
            ("May", "DATE", "2009-05"),
            ("September 1", "DATE", "2009-09-01"),
            ("three years", "DURATION", "P3Y"),
        ],
        id="election-mx",
    ),
    pytest.param(
        datetime(2006, 9, 18, 12, tzinfo=UTC),
        "Pope expresses regret over speech\n"
        "September 18 , 2006\n"
        "Pope Benedict XVI said on Sunday he was deeply sorry about reactions to a speech he gave last week .\n"
        "The lecture , delivered on September 12 in Regensburg , quoted a 14th century emperor .\n"
        "Protests broke out across the Muslim world the following day .\n"
        "On Friday , the Vatican issued a statement .\n"
        "Two days later , the Pope spoke in person .\n"
        "Muslim leaders said on Monday that the apology was not enough .",
        "Pope/NNP/1/nsubj/- express/VBZ/1/ROOT/- regret/NN/1/dobj/- over/IN/2/prep/- speech/NN/3/pobj/- NL/_SP/4/dep/- "
        "September/NNP/2/npadvmod/DATE 18/CD/6/nummod/DATE ,/,/6/punct/DATE 2006/CD/6/conj/DATE NL/_SP/9/dep/- "
        "Pope/NNP/13/compound/- Benedict/NNP/13/compound/PERSON XVI/NNP/14/nsubj/PERSON say/VBD/14/ROOT/- on/IN/14/prep/- Sunday/NNP/15/pobj/DATE he/PRP/18/nsubj/- be/VBD/14/ccomp/- deeply/RB/20/advmod/- sorry/JJ/18/acomp/- about/IN/20/prep/- reaction/NNS/21/pobj/- to/IN/22/prep/- a/DT/25/det/- speech/NN/23/pobj/- he/PRP/27/nsubj/- give/VBD/25/relcl/- last/JJ/29/amod/DATE week/NN/27/npadvmod/DATE ././14/punct/- NL/_SP/30/dep/- "
        "the/DT/33/det/- lecture/NN/42/nsubj/- ,/,/33/punct/- deliver/VBN/33/acl/- on/IN/35/prep/- September/NNP/36/pobj/DATE 12/CD/37/nummod/DATE in/IN/35/prep/- Regensburg/NNP/39/pobj/GPE ,/,/42/punct/- quote/VBD/42/ROOT/- a/DT/46/det/- 14th/JJ/45/amod/DATE century/NN/46/compound/DATE emperor/NN/42/dobj/- ././42/punct/- NL/_SP/47/dep/- "
        "protest/NNS/50/nsubj/NORP break/VBD/50/ROOT/- out/RP/50/prt/- across/IN/50/prep/- the/DT/55/det/- muslim/JJ/55/amod/NORP world/NN/52/pobj/- the/DT/58/det/- follow/VBG/58/amod/- day/NN/50/npadvmod/- ././50/punct/- NL/_SP/59/dep/- "
        "on/IN/66/prep/- Friday/NNP/61/pobj/DATE ,/,/66/punct/- the/DT/65/det/- Vatican/NNP/66/nsubj/FAC issue/VBD/66/ROOT/- a/DT/68/det/- statement/NN/66/dobj/- ././66/punct/- NL/_SP/69/dep/- "
        "two/CD/72/nummod/DATE day/NNS/73/npadvmod/DATE later/RBR/77/advmod/DATE ,/,/77/punct/- the/DT/76/det/- Pope/NNP/77/nsubj/- speak/VBD/77/ROOT/- in/IN/77/prep/- person/NN/78/pobj/- ././77/punct/- NL/_SP/80/dep/- "
        "muslim/JJ/83/amod/NORP leader/NNS/84/nsubj/- say/VBD/84/ROOT/- on/IN/84/prep/- Monday/NNP/85/pobj/DATE that/IN/90/mark/- the/DT/89/det/- apology/NN/90/nsubj/- be/VBD/84/ccomp/- not/RB/90/neg/- enough/JJ/90/acomp/- ././84/punct/-",
        "0 11 32 49 61 71 82",
        [
            ("September 18 , 2006", "DATE", "2006-09-18"),
            ("Sunday", "DATE", "2006-09-17"),
            ("last week", "DATE", "2006-W37"),
            ("September 12", "DATE", "2006-09-12"),
            ("14th century", "DATE", "13"),
            ("the following day", "DATE", "2006-09-13"),
            ("Friday", "DATE", "2006-09-15"),
            ("Two days later", "DATE", "2006-09-17"),
            ("Monday", "DATE", "2006-09-18"),
        ],
        id="pope",
    ),
    pytest.param(
        datetime(2012, 2, 27, 12, tzinfo=UTC),
        "Retailer to close 40 stores\n"
        "February 27 , 2012\n"
        "The clothing chain said on Monday that it will close 40 stores by the end of June .\n"
        "Sales fell 8 % in the three months to January 31 .\n"
        "The company last reported a profit in 2009 .\n"
        "Its chief executive resigned in November and has not been replaced .\n"
        "Staff will be told on Wednesday which stores are affected .",
        "Retailer/NNP/2/nsubj/PERSON to/TO/2/aux/- close/VB/14/ccomp/- 40/CD/4/nummod/CARDINAL store/NNS/2/dobj/- NL/_SP/4/dep/- "
        "February/NNP/2/npadvmod/DATE 27/CD/6/nummod/DATE ,/,/6/punct/DATE 2012/CD/6/nummod/DATE NL/_SP/9/dep/- "
        "the/DT/13/det/- clothing/NN/13/compound/- chain/NN/14/nsubj/- say/VBD/14/ROOT/- on/IN/14/prep/- Monday/NNP/15/pobj/DATE that/IN/20/mark/- it/PRP/20/nsubj/- will/MD/20/aux/- close/VB/14/ccomp/- 40/CD/22/nummod/CARDINAL store/NNS/20/dobj/- by/IN/20/prep/- the/DT/25/det/DATE end/NN/23/pobj/DATE of/IN/25/prep/DATE June/NNP/26/pobj/DATE ././14/punct/- NL/_SP/28/dep/- "
        "sale/NNS/31/nsubj/- fall/VBD/31/ROOT/- 8/CD/33/nummod/PERCENT %/NN/31/npadvmod/PERCENT in/IN/31/prep/- the/DT/37/det/DATE three/CD/37/nummod/DATE month/NNS/34/pobj/DATE to/IN/37/prep/DATE January/NNP/38/pobj/DATE 31/CD/39/nummod/DATE ././31/punct/- NL/_SP/41/dep/- "
        "the/DT/44/det/- company/NN/46/nsubj/- last/RB/46/advmod/- report/VBD/46/ROOT/- a/DT/48/det/- profit/NN/46/dobj/- in/IN/46/prep/- 2009/CD/49/pobj/DATE ././46/punct/- NL/_SP/51/dep/- "
        "its/PRP$/55/poss/- chief/JJ/55/amod/- executive/NN/56/nsubj/- resign/VBD/56/ROOT/- in/IN/56/prep/- November/NNP/57/pobj/DATE and/CC/56/cc/- have/VBZ/63/aux/- not/RB/63/neg/- be/VBN/63/auxpass/- replace/VBN/56/conj/- ././56/punct/- NL/_SP/64/dep/- "
        "Staff/NNP/69/nsubjpass/- will/MD/69/aux/- be/VB/69/auxpass/- tell/VBN/69/ROOT/- on/IN/69/prep/- Wednesday/NNP/70/pobj/DATE which/WDT/75/dobj/- store/NNS/75/nsubjpass/- be/VBP/75/auxpass/- affect/VBN/69/ccomp/- ././69/punct/-",
        "0 30 43 53 66",
        [
            ("February 27 , 2012", "DATE", "2012-02-27"),
            ("Monday", "DATE", "2012-02-27"),
            ("the end of June", "DATE", "2012-06"),
            ("the three months", "DURATION", "P3M"),
            ("January 31", "DATE", "2012-01-31"),
            ("2009", "DATE", "2009"),
            ("November", "DATE", "2011-11"),
            ("Wednesday", "DATE", "2012-02-29"),
        ],
        id="leap",
    ),
    pytest.param(
        datetime(2008, 11, 5, 12, tzinfo=UTC),
        "Obama wins US presidential election\n"
        "November 5 , 2008\n"
        "Barack Obama was elected president of the United States on Tuesday .\n"
        "He will take office on January 20 .\n"
        "Obama declared his candidacy in February 2007 in Springfield , Illinois .\n"
        "Last night , he spoke to a crowd of 240,000 in Chicago .\n"
        "Turnout was the highest in decades .",
        "Obama/NNP/1/nsubj/PERSON win/VBZ/1/ROOT/- US/NNP/4/nmod/GPE presidential/JJ/4/amod/- election/NN/6/compound/- NL/_SP/4/dep/- "
        "November/NNP/14/npadvmod/DATE 5/CD/6/nummod/DATE ,/,/6/punct/DATE 2008/CD/12/nummod/DATE NL/_SP/9/dep/- "
        "Barack/NNP/12/compound/PERSON Obama/NNP/14/nsubjpass/PERSON be/VBD/14/auxpass/- elect/VBN/1/ccomp/- president/NN/14/oprd/- of/IN/15/prep/- the/DT/19/det/GPE United/NNP/19/compound/GPE States/NNP/16/pobj/GPE on/IN/14/prep/- Tuesday/NNP/20/pobj/DATE ././1/punct/- NL/_SP/22/dep/- "
        "he/PRP/26/nsubj/- will/MD/26/aux/- take/VB/26/ROOT/- office/NN/26/dobj/- on/IN/26/prep/- January/NNP/28/pobj/DATE 20/CD/29/nummod/DATE ././26/punct/- NL/_SP/31/dep/- "
        "Obama/NNP/34/nsubj/PERSON declare/VBD/34/ROOT/- his/PRP$/36/poss/- candidacy/NN/34/dobj/- in/IN/34/prep/- February/NNP/37/pobj/DATE 2007/CD/38/nummod/DATE in/IN/34/prep/- Springfield/NNP/40/pobj/GPE ,/,/41/punct/- Illinois/NNP/41/appos/GPE ././34/punct/- NL/_SP/44/dep/- "
        "last/JJ/47/amod/- night/NN/50/npadvmod/- ,/,/50/punct/- he/PRP/50/nsubj/- speak/VBD/50/ROOT/- to/IN/50/prep/- a/DT/53/det/- crowd/NN/51/pobj/- of/IN/53/prep/- 240,000/CD/54/pobj/CARDINAL in/IN/53/prep/- Chicago/NNP/56/pobj/GPE ././50/punct/- NL/_SP/58/dep/- "
        "Turnout/NNP/61/nsubj/PERSON be/VBD/61/ROOT/- the/DT/63/det/- high/JJS/61/attr/- in/IN/63/prep/- decade/NNS/64/pobj/DATE ././61/punct/-",
        "0 24 33 46 60",
        [
            ("November 5 , 2008", "DATE", "2008-11-05"),
            ("Tuesday", "DATE", "2008-11-04"),
            ("January 20", "DATE", "2009-01-20"),
            ("February 2007", "DATE", "2007-02"),
            ("Last night", "TIME", "2008-11-04TNI"),
            ("decades", "DURATION", "PXY"),
        ],
        id="election-us",
    ),
    pytest.param(
        datetime(2009, 4, 7, 12, tzinfo=UTC),
        "Death toll rises after Italian earthquake\n"
        "April 7 , 2009\n"
        "An earthquake struck the city of L'Aquila early on Monday , killing at least 200 people .\n"
        "The quake hit at 3:32 a.m. local time .\n"
        "Smaller tremors had shaken the region for weeks .\n"
        "A week earlier , a local scientist had warned of a large quake .\n"
        "Rescuers pulled survivors from the ruins on Tuesday .\n"
        "Funerals will be held on Friday .",
        "death/NN/1/compound/- toll/NN/2/nsubj/- rise/VBZ/2/ROOT/- after/IN/2/prep/- italian/JJ/5/amod/NORP earthquake/NN/7/compound/- NL/_SP/5/dep/- "
        "April/NNP/3/pobj/DATE 7/CD/7/nummod/DATE ,/,/7/punct/DATE 2009/CD/7/appos/DATE NL/_SP/10/dep/- "
        "an/DT/13/det/- earthquake/NN/14/nsubj/- strike/VBD/14/ROOT/- the/DT/16/det/- city/NN/14/dobj/- of/IN/16/prep/- L'Aquila/NNP/17/pobj/GPE early/RB/20/advmod/- on/IN/14/prep/- Monday/NNP/20/pobj/DATE ,/,/14/punct/- kill/VBG/14/advcl/- at/RB/25/advmod/CARDINAL least/RBS/26/advmod/CARDINAL 200/CD/27/nummod/CARDINAL people/NNS/23/dobj/- ././14/punct/- NL/_SP/28/dep/- "
        "the/DT/31/det/- quake/NN/32/nsubj/- hit/VBD/32/ROOT/- at/IN/32/prep/- 3:32/CD/35/nummod/TIME a.m./NN/33/pobj/TIME local/JJ/37/amod/- time/NN/33/pobj/- ././32/punct/- NL/_SP/38/dep/- "
        "small/JJR/41/amod/- tremor/NNS/43/nsubj/- have/VBD/43/aux/- shake/VBN/43/ROOT/- the/DT/45/det/- region/NN/43/dobj/- for/IN/43/prep/- week/NNS/46/pobj/DATE ././43/punct/- NL/_SP/48/dep/- "
        "a/DT/51/det/DATE week/NN/52/npadvmod/DATE early/RBR/58/advmod/DATE ,/,/58/punct/- a/DT/56/det/- local/JJ/56/amod/- scientist/NN/58/nsubj/- have/VBD/58/aux/- warn/VBN/58/ROOT/- of/IN/58/prep/- a/DT/62/det/- large/JJ/62/amod/- quake/NN/59/pobj/- ././58/punct/- NL/_SP/63/dep/- "
        "rescuer/NNS/66/nsubj/- pull/VBD/66/ROOT/- survivor/NNS/66/dobj/- from/IN/66/prep/- the/DT/70/det/- ruin/NNS/68/pobj/- on/IN/66/prep/- Tuesday/NNP/71/pobj/DATE ././66/punct/- NL/_SP/73/dep/- "
        "funeral/NNS/78/nsubjpass/- will/MD/78/aux/- be/VB/78/auxpass/- hold/VBN/78/ROOT/- on/IN/78/prep/- Friday/NNP/79/pobj/DATE ././78/punct/-",
        "0 12 30 40 50 65 75",
        [
            ("April 7 , 2009", "DATE", "2009-04-07"),
            ("early on Monday", "DATE", "2009-04-06"),
            ("3:32 a.m.", "TIME", "2009-04-06T03:32"),
            ("weeks", "DURATION", "PXW"),
            ("A week earlier", "DATE", "2009-03-30"),
            ("Tuesday", "DATE", "2009-04-07"),
            ("Friday", "DATE", "2009-04-10"),
        ],
        id="earthquake-it",
    ),
    pytest.param(
        datetime(2008, 9, 29, 12, tzinfo=UTC),
        "Private rocket reaches orbit\n"
        "September 29 , 2008\n"
        "A privately built rocket reached orbit on Sunday for the first time .\n"
        "The company 's three earlier launches had failed , the last of them in August .\n"
        "The rocket lifted off at 4:15 p.m. and reached orbit nine minutes later .\n"
        "The company now plans to launch a satellite early next year .",
        "private/JJ/1/amod/- rocket/NN/2/nsubj/- reach/VBZ/2/ROOT/- orbit/NN/2/dobj/- NL/_SP/3/dep/- "
        "September/NNP/2/npadvmod/DATE 29/CD/5/nummod/DATE ,/,/5/punct/DATE 2008/CD/5/appos/DATE NL/_SP/8/dep/- "
        "a/DT/13/det/- privately/RB/12/advmod/- build/VBN/13/amod/- rocket/NN/14/nsubj/- reach/VBD/14/ROOT/- orbit/NN/14/dobj/- on/IN/14/prep/- Sunday/NNP/16/pobj/DATE for/IN/14/prep/- the/DT/21/det/- first/JJ/21/amod/ORDINAL time/NN/18/pobj/- ././14/punct/- NL/_SP/22/dep/- "
        "the/DT/25/det/- company/NN/29/poss/- 's/POS/25/case/- three/CD/29/nummod/CARDINAL early/JJR/29/amod/- launch/NNS/31/nsubj/- have/VBD/31/aux/- fail/VBN/31/ROOT/- ,/,/31/punct/- the/DT/34/det/- last/JJ/31/npadvmod/- of/IN/34/prep/- they/PRP/35/pobj/- in/IN/34/prep/- August/NNP/37/pobj/DATE ././31/punct/- NL/_SP/39/dep/- "
        "the/DT/42/det/- rocket/NN/43/nsubj/- lift/VBD/43/ROOT/- off/RP/43/prt/- at/IN/43/prep/- 4:15/CD/47/nummod/TIME p.m./NN/45/pobj/TIME and/CC/43/cc/- reach/VBD/43/conj/- orbit/NN/49/dobj/- nine/CD/52/nummod/TIME minute/NNS/53/npadvmod/TIME later/RB/49/advmod/TIME ././43/punct/- NL/_SP/54/dep/- "
        "the/DT/57/det/- company/NN/59/nsubj/- now/RB/59/advmod/- plan/VBZ/59/ROOT/- to/TO/61/aux/- launch/VB/59/xcomp/- a/DT/63/det/- satellite/NN/61/dobj/- early/RB/66/advmod/DATE next/JJ/66/amod/DATE year/NN/61/npadvmod/DATE ././59/punct/-",
        "0 10 24 41 56",
        [
            ("September 29 , 2008", "DATE", "2008-09-29"),
            ("Sunday", "DATE", "2008-09-28"),
            ("August", "DATE", "2008-08"),
            ("4:15 p.m.", "TIME", "2008-09-28T16:15"),
            ("nine minutes later", "TIME", "2008-09-28T16:24"),
            ("now", "DATE", "PRESENT_REF"),
            ("early next year", "DATE", "2009"),
        ],
        id="spacex",
    ),
    pytest.param(
        datetime(2010, 11, 12, 12, tzinfo=UTC),
        "Former mayor jailed for fraud\n"
        "November 12 , 2010\n"
        "A former mayor was sentenced on Friday to six years in prison for fraud .\n"
        "He was arrested in March 2008 and charged a month later .\n"
        "His trial opened in September and lasted five weeks .\n"
        "The jury found him guilty on October 20 .\n"
        "His lawyer said he would appeal within 30 days .",
        "former/JJ/1/amod/- mayor/NN/1/ROOT/- jail/VBN/1/acl/- for/IN/2/prep/- fraud/NN/3/pobj/- NL/_SP/4/dep/- "
        "November/NNP/2/npadvmod/DATE 12/CD/6/nummod/DATE ,/,/6/punct/DATE 2010/CD/6/conj/DATE NL/_SP/9/dep/- "
        "a/DT/13/det/- former/JJ/13/amod/- mayor/NN/15/nsubjpass/- be/VBD/15/auxpass/- sentence/VBN/15/ROOT/- on/IN/15/prep/- Friday/NNP/16/pobj/DATE to/IN/15/prep/DATE six/CD/20/nummod/DATE year/NNS/18/pobj/DATE in/IN/20/prep/- prison/NN/21/pobj/- for/IN/15/prep/- fraud/NN/23/pobj/- ././15/punct/- NL/_SP/25/dep/- "
        "he/PRP/29/nsubjpass/- be/VBD/29/auxpass/- arrest/VBN/29/ROOT/- in/IN/29/prep/- March/NNP/30/pobj/DATE 2008/CD/31/nummod/DATE and/CC/29/cc/- charge/VBD/29/conj/- a/DT/36/det/DATE month/NN/37/npadvmod/DATE later/RB/34/advmod/DATE ././29/punct/- NL/_SP/38/dep/- "
        "his/PRP$/41/poss/- trial/NN/42/nsubj/- open/VBD/42/ROOT/- in/IN/42/prep/- September/NNP/43/pobj/DATE and/CC/42/cc/- last/VBD/42/conj/- five/CD/48/nummod/DATE week/NNS/46/npadvmod/DATE ././42/punct/- NL/_SP/49/dep/- "
        "the/DT/52/det/- jury/NN/53/nsubj/- find/VBD/53/ROOT/- he/PRP/55/nsubj/- guilty/JJ/53/ccomp/- on/IN/55/prep/- October/NNP/56/pobj/DATE 20/CD/57/nummod/DATE ././53/punct/- NL/_SP/59/dep/- "
        "his/PRP$/62/poss/- lawyer/NN/63/nsubj/- say/VBD/63/ROOT/- he/PRP/66/nsubj/- would/MD/66/aux/- appeal/VB/63/ccomp/- within/IN/66/prep/- 30/CD/69/nummod/DATE day/NNS/67/pobj/DATE ././63/punct/-",
        "0 11 27 40 51 61",
        [
            ("November 12 , 2010", "DATE", "2010-11-12"),
            ("Friday", "DATE", "2010-11-12"),
            ("six years", "DURATION", "P6Y"),
            ("March 2008", "DATE", "2008-03"),
            ("a month later", "DATE", "2008-04"),
            ("September", "DATE", "2010-09"),
            ("five weeks", "DURATION", "P5W"),
            ("October 20", "DATE", "2010-10-20"),
            ("30 days", "DURATION", "P30D"),
        ],
        id="court",
    ),
    pytest.param(
        datetime(2008, 8, 25, 12, tzinfo=UTC),
        "Beijing Olympics close with fireworks\n"
        "August 25 , 2008\n"
        "The Beijing Olympic Games ended on Sunday with a closing ceremony .\n"
        "The Games opened on August 8 .\n"
        "Over the 16 days , athletes set 43 world records .\n"
        "The Paralympic Games will begin on September 6 .\n"
        "London will host the next Games in 2012 .",
        "Beijing/NNP/1/compound/ORG Olympics/NNPS/1/ROOT/ORG close/RB/1/amod/- with/IN/2/prep/- firework/NNS/6/compound/- NL/_SP/4/dep/- "
        "August/NNP/3/pobj/DATE 25/CD/6/nummod/DATE ,/,/6/punct/DATE 2008/CD/6/appos/DATE NL/_SP/9/dep/- "
        "the/DT/14/det/EVENT Beijing/NNP/14/compound/EVENT Olympic/NNP/14/compound/EVENT Games/NNPS/15/nsubj/EVENT end/VBD/15/ROOT/- on/IN/15/prep/- Sunday/NNP/16/pobj/DATE with/IN/15/prep/- a/DT/21/det/- closing/NN/21/compound/- ceremony/NN/18/pobj/- ././15/punct/- NL/_SP/22/dep/- "
        "the/DT/25/det/- Games/NNPS/26/nsubj/FAC open/VBD/26/ROOT/- on/IN/26/prep/- August/NNP/27/pobj/DATE 8/CD/28/nummod/DATE ././26/punct/- NL/_SP/30/dep/- "
        "over/IN/38/prep/- the/DT/35/det/DATE 16/CD/35/nummod/DATE day/NNS/32/pobj/DATE ,/,/38/punct/- athlete/NNS/38/nsubj/- set/VBD/38/ROOT/- 43/CD/41/nummod/CARDINAL world/NN/41/compound/- record/NNS/38/dobj/- ././38/punct/- NL/_SP/42/dep/- "
        "the/DT/46/det/LAW Paralympic/NNP/46/compound/LAW Games/NNPS/48/nsubj/LAW will/MD/48/aux/- begin/VB/48/ROOT/- on/IN/48/prep/- September/NNP/49/pobj/DATE 6/CD/50/nummod/DATE ././48/punct/- NL/_SP/52/dep/- "
        "London/NNP/56/nsubj/GPE will/MD/56/aux/- host/VB/56/ROOT/- the/DT/59/det/- next/JJ/59/amod/- Games/NNPS/56/dobj/- in/IN/56/prep/- 2012/CD/60/pobj/DATE ././56/punct/-",
        "0 11 24 32 44 54",
        [
            ("August 25 , 2008", "DATE", "2008-08-25"),
            ("Sunday", "DATE", "2008-08-24"),
            ("August 8", "DATE", "2008-08-08"),
            ("the 16 days", "DURATION", "P16D"),
            ("September 6", "DATE", "2008-09-06"),
            ("2012", "DATE", "2012"),
        ],
        id="olympics",
    ),
    pytest.param(
        datetime(2009, 6, 1, 12, tzinfo=UTC),
        "General Motors files for bankruptcy\n"
        "June 1 , 2009\n"
        "General Motors filed for bankruptcy protection on Monday morning .\n"
        "The carmaker had received 19.4 billion dollars in government loans since December .\n"
        "On Thursday , bondholders agreed to swap their debt for shares .\n"
        "The same day , the government said it would take a 60 % stake .\n"
        "GM expects to leave bankruptcy within 90 days .\n"
        "Chrysler filed for bankruptcy on April 30 .",
        "General/NNP/1/compound/ORG Motors/NNP/2/compound/ORG file/NNS/13/nsubj/- for/IN/2/prep/- bankruptcy/NN/3/pobj/- NL/_SP/4/dep/- "
        "June/NNP/4/npadvmod/DATE 1/CD/6/nummod/DATE ,/,/13/punct/DATE 2009/CD/12/nummod/DATE NL/_SP/9/dep/- "
        "General/NNP/12/compound/ORG Motors/NNPS/13/nsubj/ORG file/VBD/13/ROOT/- for/IN/13/prep/- bankruptcy/NN/16/compound/- protection/NN/14/pobj/- on/IN/13/prep/- Monday/NNP/19/compound/DATE morning/NN/17/pobj/TIME ././13/punct/- NL/_SP/20/dep/- "
        "the/DT/23/det/- carmaker/NN/25/nsubj/- have/VBD/25/aux/- receive/VBN/25/ROOT/- 19.4/CD/27/compound/MONEY billion/CD/28/nummod/MONEY dollar/NNS/25/dobj/MONEY in/IN/25/prep/- government/NN/31/compound/- loan/NNS/29/pobj/- since/IN/25/prep/- December/NNP/32/pobj/DATE ././25/punct/- NL/_SP/34/dep/- "
        "on/IN/40/prep/- Thursday/NNP/36/pobj/DATE ,/,/40/punct/- bondholder/NNS/40/nsubj/- agree/VBD/40/ROOT/- to/TO/42/aux/- swap/VB/40/xcomp/- their/PRP$/44/poss/- debt/NN/42/dobj/- for/IN/42/prep/- share/NNS/45/pobj/- ././40/punct/- NL/_SP/47/dep/- "
        "the/DT/51/det/DATE same/JJ/51/amod/DATE day/NN/55/npadvmod/DATE ,/,/55/punct/- the/DT/54/det/- government/NN/55/nsubj/- say/VBD/55/ROOT/- it/PRP/58/nsubj/- would/MD/58/aux/- take/VB/55/ccomp/- a/DT/62/det/- 60/CD/61/nummod/PERCENT %/NN/62/compound/PERCENT stake/NN/58/dobj/- ././55/punct/- NL/_SP/63/dep/- "
        "GM/NNP/66/nsubj/ORG expect/VBZ/66/ROOT/- to/TO/68/aux/- leave/VB/66/xcomp/- bankruptcy/NN/68/dobj/- within/IN/68/prep/- 90/CD/72/nummod/DATE day/NNS/70/pobj/DATE ././66/punct/- NL/_SP/73/dep/- "
        "Chrysler/NNP/76/nsubj/ORG file/VBD/76/ROOT/- for/IN/76/prep/- bankruptcy/NN/77/pobj/- on/IN/76/prep/- April/NNP/79/pobj/DATE 30/CD/80/nummod/DATE ././76/punct/-",
        "0 22 36 49 65 75",
        [
            ("June 1 , 2009", "DATE", "2009-06-01"),
            ("Monday morning", "TIME", "2009-06-01TMO"),
            ("December", "DATE", "2008-12"),
            ("Thursday", "DATE", "2009-05-28"),
            ("The same day", "DATE", "2009-05-28"),
            ("90 days", "DURATION", "P90D"),
            ("April 30", "DATE", "2009-04-30"),
        ],
        id="gm",
    ),
    pytest.param(
        datetime(2006, 7, 20, 12, tzinfo=UTC),
        "Heatwave breaks British temperature record\n"
        "July 20 , 2006\n"
        "Temperatures reached 36.5 degrees in London on Wednesday , the highest temperature on record .\n"
        "The previous record was set in 1911 .\n"
        "Forecasters say the heat will continue until the weekend .\n"
        "On Tuesday , railway lines buckled in the heat .\n"
        "The Met Office said temperatures would fall next week .",
        "Heatwave/NNP/1/nsubj/- break/VBZ/1/ROOT/- british/JJ/4/amod/NORP temperature/NN/4/compound/- record/NN/6/compound/- NL/_SP/4/dep/- "
        "July/NNP/1/npadvmod/DATE 20/CD/6/nummod/DATE ,/,/6/punct/DATE 2006/CD/11/nummod/DATE NL/_SP/9/dep/- "
        "temperature/NNS/12/nsubj/- reach/VBD/1/ccomp/- 36.5/CD/14/nummod/QUANTITY degree/NNS/12/dobj/QUANTITY in/IN/12/prep/- London/NNP/15/pobj/GPE on/IN/12/prep/- Wednesday/NNP/17/pobj/DATE ,/,/12/punct/- the/DT/22/det/- high/JJS/22/amod/- temperature/NN/14/appos/- on/IN/22/prep/- record/NN/23/pobj/- ././12/punct/- NL/_SP/25/dep/- "
        "the/DT/29/det/- previous/JJ/29/amod/- record/NN/31/nsubjpass/- be/VBD/31/auxpass/- set/VBN/31/ROOT/- in/IN/31/prep/- 1911/CD/32/pobj/DATE ././31/punct/- NL/_SP/34/dep/- "
        "forecaster/NNS/37/nsubj/- say/VBP/37/ROOT/- the/DT/39/det/- heat/NN/41/nsubj/- will/MD/41/aux/- continue/VB/37/ccomp/- until/IN/41/prep/- the/DT/44/det/DATE weekend/NN/42/pobj/DATE ././37/punct/- NL/_SP/45/dep/- "
        "on/IN/52/prep/- Tuesday/NNP/47/pobj/DATE ,/,/52/punct/- railway/NN/51/compound/- line/NNS/52/nsubj/- buckle/VBN/52/ROOT/- in/IN/52/prep/- the/DT/55/det/- heat/NN/53/pobj/- ././52/punct/- NL/_SP/56/dep/- "
        "the/DT/60/det/ORG Met/NNP/60/compound/ORG Office/NNP/61/nsubj/ORG say/VBD/61/ROOT/- temperature/NNS/64/nsubj/- would/MD/64/aux/- fall/VB/61/ccomp/- next/JJ/66/amod/DATE week/NN/64/npadvmod/DATE ././61/punct/-",
        "0 27 36 47 58",
        [
            ("July 20 , 2006", "DATE", "2006-07-20"),
            ("Wednesday", "DATE", "2006-07-19"),
            ("1911", "DATE", "1911"),
            ("the weekend", "DATE", "2006-W29-WE"),
            ("Tuesday", "DATE", "2006-07-18"),
            ("next week", "DATE", "2006-W30"),
        ],
        id="heatwave",
    ),
    pytest.param(
        datetime(2010, 10, 14, 12, tzinfo=UTC),
        "All 33 Chilean miners rescued\n"
        "October 14 , 2010\n"
        "The last of the 33 miners trapped in a Chilean mine was brought to the surface on Wednesday night .\n"
        "The men had been trapped since August 5 , when the mine collapsed .\n"
        "For 17 days , nobody knew if they were alive .\n"
        "On August 22 , a drill reached them and found them alive .\n"
        "The rescue took almost 24 hours .\n"
        "The president said the mine would not reopen .",
        "all/DT/1/quantmod/- 33/CD/3/nummod/CARDINAL chilean/JJ/3/amod/NORP miner/NNS/4/nsubj/- rescue/VBD/4/ROOT/- NL/_SP/4/dep/- "
        "October/NNP/4/npadvmod/DATE 14/CD/6/nummod/DATE ,/,/6/punct/DATE 2010/CD/6/appos/DATE NL/_SP/9/dep/- "
        "the/DT/12/det/- last/JJ/23/nsubjpass/- of/IN/12/prep/- the/DT/16/det/- 33/CD/16/nummod/CARDINAL miner/NNS/13/pobj/- trap/VBN/16/acl/- in/IN/17/prep/- a/DT/21/det/- Chilean/NNP/21/compound/NORP mine/NN/18/pobj/- be/VBD/23/auxpass/- bring/VBN/23/ROOT/- to/IN/23/prep/- the/DT/26/det/- surface/NN/24/pobj/- on/IN/23/prep/- Wednesday/NNP/29/compound/TIME night/NN/27/pobj/TIME ././23/punct/- NL/_SP/30/dep/- "
        "the/DT/33/det/- man/NNS/36/nsubjpass/- have/VBD/36/aux/- be/VBN/36/auxpass/- trap/VBN/36/ROOT/- since/IN/36/prep/- August/NNP/37/pobj/DATE 5/CD/38/nummod/DATE ,/,/38/punct/- when/WRB/44/advmod/- the/DT/43/det/- mine/NN/44/nsubj/- collapse/VBD/38/relcl/- ././36/punct/- NL/_SP/45/dep/- "
        "for/IN/52/prep/- 17/CD/49/nummod/DATE day/NNS/47/pobj/DATE ,/,/52/punct/- nobody/NN/52/nsubj/- know/VBD/52/ROOT/- if/IN/55/mark/- they/PRP/55/nsubj/- be/VBD/52/ccomp/- alive/JJ/55/acomp/- ././52/punct/- NL/_SP/57/dep/- "
        "on/IN/65/prep/- August/NNP/59/pobj/DATE 22/CD/60/nummod/DATE ,/,/65/punct/- a/DT/64/det/- drill/NN/65/nsubj/- reach/VBD/65/ROOT/- they/PRP/65/dobj/- and/CC/65/cc/- find/VBD/65/conj/- they/PRP/70/nsubj/- alive/JJ/68/ccomp/- ././65/punct/- NL/_SP/71/dep/- "
        "the/DT/74/det/- rescue/NN/75/nsubj/- take/VBD/75/ROOT/- almost/RB/77/advmod/TIME 24/CD/78/nummod/TIME hour/NNS/75/dobj/TIME ././75/punct/- NL/_SP/79/dep/- "
        "the/DT/82/det/- president/NN/83/nsubj/- say/VBD/83/ROOT/- the/DT/85/det/- mine/NN/88/nsubj/- would/MD/88/aux/- not/RB/88/neg/- reopen/VB/83/ccomp/- ././83/punct/-",
        "0 11 32 47 59 73 81",
        [
            ("October 14 , 2010", "DATE", "2010-10-14"),
            ("Wednesday night", "TIME", "2010-10-13TNI"),
            ("August 5", "DATE", "2010-08-05"),
            ("17 days", "DURATION", "P17D"),
            ("August 22", "DATE", "2010-08-22"),
            ("almost 24 hours", "DURATION", "PT24H"),
        ],
        id="mining",
    ),
    pytest.param(
        datetime(2009, 3, 20, 12, tzinfo=UTC),
        "Irish government prepares emergency budget\n"
        "March 20 , 2009\n"
        "The Irish government will present an emergency budget on April 7 .\n"
        "The finance minister announced the date on Thursday .\n"
        "Tax revenue fell 23 % in January and February .\n"
        "In February , the government cut public sector pay .\n"
        "Opposition parties have called for an election this year .",
        "irish/JJ/1/amod/NORP government/NN/2/nsubj/- prepare/VBZ/2/ROOT/- emergency/NN/4/compound/- budget/NN/2/dobj/- NL/_SP/4/dep/- "
        "March/NNP/2/npadvmod/DATE 20/CD/6/nummod/DATE ,/,/6/punct/DATE 2009/CD/6/appos/DATE NL/_SP/9/dep/- "
        "the/DT/13/det/- irish/JJ/13/amod/NORP government/NN/15/nsubj/- will/MD/15/aux/- present/VB/15/ROOT/- an/DT/18/det/- emergency/NN/18/compound/- budget/NN/15/dobj/- on/IN/15/prep/- April/NNP/19/pobj/DATE 7/CD/20/nummod/DATE ././15/punct/- NL/_SP/22/dep/- "
        "the/DT/26/det/- finance/NN/26/compound/- minister/NN/27/nsubj/- announce/VBD/27/ROOT/- the/DT/29/det/- date/NN/27/dobj/- on/IN/27/prep/- Thursday/NNP/30/pobj/DATE ././27/punct/- NL/_SP/32/dep/- "
        "tax/NN/35/compound/- revenue/NN/36/nsubj/- fall/VBD/36/ROOT/- 23/CD/38/nummod/PERCENT %/NN/36/npadvmod/PERCENT in/IN/36/prep/- January/NNP/39/pobj/DATE and/CC/40/cc/- February/NNP/40/conj/DATE ././36/punct/- NL/_SP/43/dep/- "
        "in/IN/50/prep/- February/NNP/45/pobj/DATE ,/,/50/punct/- the/DT/49/det/- government/NN/50/nsubj/- cut/VBD/50/ROOT/- public/JJ/52/amod/- sector/NN/53/compound/- pay/NN/50/dobj/- ././50/punct/- NL/_SP/54/dep/- "
        "opposition/NN/57/compound/- party/NNS/59/nsubj/- have/VBP/59/aux/- call/VBN/59/ROOT/- for/IN/59/prep/- an/DT/62/det/DATE election/NN/60/pobj/DATE this/DT/64/det/DATE year/NN/59/npadvmod/DATE ././59/punct/-",
        "0 11 24 34 45 56",
        [
            ("March 20 , 2009", "DATE", "2009-03-20"),
            ("April 7", "DATE", "2009-04-07"),
            ("Thursday", "DATE", "2009-03-19"),
            ("January", "DATE", "2009-01"),
            ("February", "DATE", "2009-02"),
            ("February", "DATE", "2009-02"),
            ("this year", "DATE", "2009"),
        ],
        id="budget",
    ),
    pytest.param(
        datetime(2009, 7, 1, 12, tzinfo=UTC),
        "Ronaldo completes move to Real Madrid\n"
        "July 1 , 2009\n"
        "Cristiano Ronaldo completed his move to Real Madrid on Wednesday .\n"
        "The clubs agreed the fee in June .\n"
        "Ronaldo joined Manchester United in 2003 and scored 118 goals in six years .\n"
        "He will be presented to fans at the Bernabeu on Monday .\n"
        "Madrid signed Kaka earlier in the summer .",
        "Ronaldo/NNP/1/compound/PERSON complete/NNS/2/nsubj/- move/VBP/2/ROOT/- to/IN/2/prep/- Real/NNP/5/compound/ORG Madrid/NNP/3/pobj/ORG NL/_SP/5/dep/- "
        "July/NNP/3/pobj/DATE 1/CD/7/nummod/DATE ,/,/7/punct/DATE 2009/CD/7/nummod/DATE NL/_SP/10/dep/- "
        "Cristiano/NNP/14/nsubj/ORG Ronaldo/NNP/14/nsubj/ORG complete/VBD/2/conj/- his/PRP$/16/poss/- move/NN/14/dobj/- to/IN/16/prep/- Real/NNP/19/compound/ORG Madrid/NNP/17/pobj/ORG on/IN/14/prep/- Wednesday/NNP/20/pobj/DATE ././14/punct/- NL/_SP/22/dep/- "
        "the/DT/25/det/- club/NNS/26/nsubj/- agree/VBD/26/ROOT/- the/DT/28/det/- fee/NN/26/dobj/- in/IN/26/prep/- June/NNP/29/pobj/DATE ././26/punct/- NL/_SP/31/dep/- "
        "Ronaldo/NNP/34/nsubj/PERSON join/VBD/34/ROOT/- Manchester/NNP/36/compound/PERSON United/NNP/34/dobj/PERSON in/IN/34/prep/- 2003/CD/37/pobj/DATE and/CC/34/cc/- score/VBD/34/conj/- 118/CD/42/nummod/CARDINAL goal/NNS/40/dobj/- in/IN/40/prep/- six/CD/45/nummod/DATE year/NNS/43/pobj/DATE ././34/punct/- NL/_SP/46/dep/- "
        "he/PRP/51/nsubjpass/- will/MD/51/aux/- be/VB/51/auxpass/- present/VBN/51/ROOT/- to/IN/51/prep/- fan/NNS/52/pobj/- at/IN/53/prep/- the/DT/56/det/- Bernabeu/NNP/54/pobj/PERSON on/IN/51/prep/- Monday/NNP/57/pobj/DATE ././51/punct/- NL/_SP/59/dep/- "
        "Madrid/NNP/62/nsubj/GPE sign/VBD/62/ROOT/- Kaka/NNP/62/dobj/PERSON early/RBR/62/advmod/- in/IN/64/prep/- the/DT/67/det/DATE summer/NN/65/pobj/DATE ././62/punct/-",
        "0 24 33 48 61",
        [
            ("July 1 , 2009", "DATE", "2009-07-01"),
            ("Wednesday", "DATE", "2009-07-01"),
            ("June", "DATE", "2009-06"),
            ("2003", "DATE", "2003"),
            ("six years", "DURATION", "P6Y"),
            ("Monday", "DATE", "2009-07-06"),
            ("earlier in the summer", "DATE", "2009-SU"),
        ],
        id="transfer",
    ),
    pytest.param(
        datetime(2008, 5, 8, 12, tzinfo=UTC),
        "Burma cyclone death toll passes 20,000\n"
        "May 8 , 2008\n"
        "Cyclone Nargis hit the coast of Burma on Friday night .\n"
        "By Saturday morning , the storm had reached Rangoon .\n"
        "The government announced the first casualty figures on Sunday .\n"
        "The next day , it asked for foreign aid .\n"
        "A referendum on a new constitution will still take place on Saturday , state radio said .",
        "Burma/NNP/3/nmod/GPE cyclone/NN/3/compound/- death/NN/3/compound/- toll/NN/4/nsubj/- pass/VBZ/4/ROOT/- 20,000/CD/7/nummod/CARDINAL NL/_SP/5/dep/- "
        "May/NNP/4/npadvmod/DATE 8/CD/7/nummod/DATE ,/,/7/punct/DATE 2008/CD/13/nummod/DATE NL/_SP/10/dep/- "
        "Cyclone/NNP/13/compound/PRODUCT Nargis/NNP/14/nsubj/PRODUCT hit/VBD/4/conj/- the/DT/16/det/- coast/NN/14/dobj/- of/IN/16/prep/- Burma/NNP/17/pobj/GPE on/IN/14/prep/- Friday/NNP/21/compound/TIME night/NN/19/pobj/TIME ././14/punct/- NL/_SP/22/dep/- "
        "by/IN/31/prep/- Saturday/NNP/26/compound/DATE morning/NN/24/pobj/TIME ,/,/31/punct/- the/DT/29/det/- storm/NN/31/nsubj/- have/VBD/31/aux/- reach/VBN/31/ROOT/- Rangoon/NNP/31/dobj/FAC ././31/punct/- NL/_SP/33/dep/- "
        "the/DT/36/det/- government/NN/37/nsubj/- announce/VBD/37/ROOT/- the/DT/41/det/- first/JJ/41/amod/ORDINAL casualty/NN/41/compound/- figure/NNS/37/dobj/- on/IN/41/prep/- Sunday/NNP/42/pobj/DATE ././37/punct/- NL/_SP/44/dep/- "
        "the/DT/48/det/DATE next/JJ/48/amod/DATE day/NN/51/npadvmod/DATE ,/,/51/punct/- it/PRP/51/nsubj/- ask/VBD/51/ROOT/- for/IN/51/prep/- foreign/JJ/54/amod/- aid/NN/52/pobj/- ././51/punct/- NL/_SP/55/dep/- "
        "a/DT/58/det/- referendum/NN/65/nsubj/- on/IN/58/prep/- a/DT/62/det/- new/JJ/62/amod/- constitution/NN/59/pobj/- will/MD/65/aux/- still/RB/65/advmod/- take/VB/72/ccomp/- place/NN/65/dobj/- on/IN/65/prep/- Saturday/NNP/67/pobj/DATE ,/,/72/punct/- state/NN/71/compound/- radio/NN/72/nsubj/- say/VBD/72/ROOT/- ././72/punct/-",
        "0 24 35 46 57",
        [
            ("May 8 , 2008", "DATE", "2008-05-08"),
            ("Friday night", "TIME", "2008-05-02TNI"),
            ("Saturday morning", "TIME", "2008-05-03TMO"),
            ("Sunday", "DATE", "2008-05-04"),
            ("The next day", "DATE", "2008-05-05"),
            ("Saturday", "DATE", "2008-05-10"),
        ],
        id="cyclone",
    ),
    pytest.param(
        datetime(2008, 11, 19, 12, tzinfo=UTC),
        "Automakers ask Congress for loans\n"
        "November 19 , 2008\n"
        "The heads of the three largest US carmakers appeared before the Senate on Tuesday .\n"
        '" We need this money now , " said one chief executive .\n'
        '" Without it , we could run out of cash by the end of the year . "\n'
        "The House will hear from the executives on Wednesday .\n"
        "Congress is expected to vote on the loans next month .",
        "automaker/NNS/1/nsubj/- ask/VBP/1/ROOT/- Congress/NNP/1/dobj/ORG for/IN/1/prep/- loan/NNS/3/pobj/- NL/_SP/4/dep/- "
        "November/NNP/19/npadvmod/DATE 19/CD/6/nummod/DATE ,/,/6/punct/DATE 2008/CD/6/nummod/DATE NL/_SP/9/dep/- "
        "the/DT/12/det/- head/NNS/19/nsubj/- of/IN/12/prep/- the/DT/18/det/- three/CD/18/nummod/CARDINAL large/JJS/18/amod/- US/NNP/18/compound/GPE carmaker/NNS/13/pobj/- appear/VBD/1/ccomp/- before/IN/19/prep/- the/DT/22/det/- Senate/NNP/20/pobj/ORG on/IN/19/prep/- Tuesday/NNP/23/pobj/DATE ././1/punct/- NL/_SP/25/dep/- "
        "\"/``/1/punct/- we/PRP/29/nsubj/- need/VBP/35/ccomp/- this/DT/31/det/- money/NN/29/dobj/- now/RB/29/advmod/- ,/,/35/punct/- \"/''/35/punct/- say/VBD/35/ROOT/- one/CD/38/nummod/CARDINAL chief/NN/38/amod/- executive/NN/35/nsubj/- ././35/punct/- NL/_SP/39/dep/- "
        '"/``/47/punct/- without/IN/47/prep/- it/PRP/42/pobj/- ,/,/47/punct/- we/PRP/47/nsubj/- could/MD/47/aux/- run/VB/47/ROOT/- out/IN/47/prep/- of/IN/48/prep/- cash/NN/49/pobj/- by/IN/47/prep/- the/DT/53/det/DATE end/NN/51/pobj/DATE of/IN/53/prep/DATE the/DT/56/det/DATE year/NN/54/pobj/DATE ././47/punct/- "/``/63/punct/- NL/_SP/58/dep/- '
        "the/DT/61/det/- House/NNP/63/nsubj/ORG will/MD/63/aux/- hear/VB/63/ROOT/- from/IN/63/prep/- the/DT/66/det/- executive/NNS/64/pobj/- on/IN/63/prep/- Wednesday/NNP/67/pobj/DATE ././63/punct/- NL/_SP/69/dep/- "
        "Congress/NNP/73/nsubjpass/ORG be/VBZ/73/auxpass/- expect/VBN/73/ROOT/- to/TO/75/aux/- vote/VB/73/xcomp/- on/IN/75/prep/- the/DT/78/det/- loan/NNS/76/pobj/- next/IN/80/amod/DATE month/NN/75/npadvmod/DATE ././73/punct/-",
        "0 28 41 58 71",
        [
            ("November 19 , 2008", "DATE", "2008-11-19"),
            ("Tuesday", "DATE", "2008-11-18"),
            ("now", "DATE", "PRESENT_REF"),
            ("the end of the year", "DATE", "2008"),
            ("Wednesday", "DATE", "2008-11-19"),
            ("next month", "DATE", "2008-12"),
        ],
        id="quote",
    ),
    pytest.param(
        datetime(2008, 7, 3, 12, tzinfo=UTC),
        "Betancourt freed after six years\n"
        "July 3 , 2008\n"
        "Colombian troops freed Ingrid Betancourt and 14 other hostages on Wednesday .\n"
        "She was kidnapped by FARC rebels in February 2002 while campaigning for the presidency .\n"
        "A year later , the rebels released a video of her .\n"
        "The rescue operation took 22 minutes .\n"
        "Betancourt said she would fly to France on Friday .",
        "Betancourt/NNP/1/nsubj/- free/VBD/13/ccomp/- after/IN/1/prep/- six/CD/4/nummod/DATE year/NNS/2/pobj/DATE NL/_SP/4/dep/DATE "
        "July/NNP/4/npadvmod/DATE 3/CD/6/nummod/DATE ,/,/6/punct/DATE 2008/CD/12/nummod/DATE NL/_SP/9/dep/- "
        "colombian/JJ/12/amod/NORP troop/NNS/13/nsubj/- free/VBD/13/ROOT/- Ingrid/NNP/15/compound/PERSON Betancourt/NNP/13/dobj/PERSON and/CC/15/cc/- 14/CD/19/nummod/CARDINAL other/JJ/19/amod/- hostage/NNS/15/conj/- on/IN/19/prep/- Wednesday/NNP/20/pobj/DATE ././13/punct/- NL/_SP/22/dep/- "
        "she/PRP/26/nsubjpass/- be/VBD/26/auxpass/- kidnap/VBN/26/ROOT/- by/IN/26/agent/- FARC/NNS/29/compound/ORG rebel/NNS/27/pobj/- in/IN/26/prep/- February/NNP/30/pobj/DATE 2002/CD/31/nummod/DATE while/IN/34/mark/- campaign/VBG/26/advcl/- for/IN/34/prep/- the/DT/37/det/- presidency/NN/35/pobj/- ././26/punct/- NL/_SP/38/dep/- "
        "a/DT/41/det/DATE year/NN/42/npadvmod/DATE later/RB/46/advmod/DATE ,/,/46/punct/- the/DT/45/det/- rebel/NNS/46/nsubj/- release/VBD/46/ROOT/- a/DT/48/det/- video/NN/46/dobj/- of/IN/48/prep/- she/PRP/49/pobj/- ././46/punct/- NL/_SP/51/dep/- "
        "the/DT/55/det/- rescue/NN/55/compound/- operation/NN/56/nsubj/- take/VBD/56/ROOT/- 22/CD/58/nummod/TIME minute/NNS/56/dobj/TIME ././56/punct/- NL/_SP/59/dep/- "
        "Betancourt/NNP/62/nsubj/PERSON say/VBD/62/ROOT/- she/PRP/65/nsubj/- would/MD/65/aux/- fly/VB/62/ccomp/- to/IN/65/prep/- France/NNP/66/pobj/GPE on/IN/65/prep/- Friday/NNP/68/pobj/DATE ././62/punct/-",
        "0 24 40 53 61",
        [
            ("six years", "DURATION", "P6Y"),
            ("July 3 , 2008", "DATE", "2008-07-03"),
            ("Wednesday", "DATE", "2008-07-02"),
            ("February 2002", "DATE", "2002-02"),
            ("A year later", "DATE", "2003"),
            ("22 minutes", "DURATION", "PT22M"),
            ("Friday", "DATE", "2008-07-04"),
        ],
        id="hostage",
    ),
    pytest.param(
        datetime(2007, 6, 29, 12, tzinfo=UTC),
        "iPhone goes on sale in the United States\n"
        "June 29 , 2007\n"
        "Apple 's iPhone goes on sale today at 6 p.m. .\n"
        "Customers began queuing outside stores on Monday .\n"
        "Apple announced the phone in January at a conference in San Francisco .\n"
        "The company hopes to sell 10 million phones in 2008 .\n"
        "The phone will reach Europe later this year .",
        "iPhone/NNP/1/nsubj/- go/VBZ/1/ROOT/- on/IN/1/prep/- sale/NN/2/pobj/- in/IN/3/prep/- the/DT/7/det/GPE United/NNP/7/compound/GPE States/NNP/4/pobj/GPE NL/_SP/7/dep/- "
        "June/NNP/4/pobj/DATE 29/CD/9/nummod/DATE ,/,/9/punct/DATE 2007/CD/16/nummod/DATE NL/_SP/12/dep/- "
        "Apple/NNP/16/poss/ORG 's/POS/14/case/- iPhone/NNP/17/nsubj/- go/VBZ/1/conj/- on/IN/17/prep/- sale/NN/18/pobj/- today/NN/17/npadvmod/DATE at/IN/17/prep/- 6/CD/23/nummod/TIME p.m./NN/21/pobj/TIME ././17/punct/- NL/_SP/24/dep/- "
        "customer/NNS/27/nsubj/- begin/VBD/27/ROOT/- queue/VBG/27/xcomp/- outside/IN/28/advmod/- store/NNS/28/dobj/- on/IN/28/prep/- Monday/NNP/31/pobj/DATE ././27/punct/- NL/_SP/33/dep/- "
        "Apple/NNP/36/nsubj/ORG announce/VBD/36/ROOT/- the/DT/38/det/- phone/NN/36/dobj/- in/IN/36/prep/- January/NNP/39/pobj/DATE at/IN/36/prep/- a/DT/43/det/- conference/NN/41/pobj/- in/IN/43/prep/- San/NNP/46/compound/GPE Francisco/NNP/44/pobj/GPE ././36/punct/- NL/_SP/47/dep/- "
        "the/DT/50/det/- company/NN/51/nsubj/- hop/VBZ/51/ROOT/- to/TO/53/aux/- sell/VB/51/xcomp/- 10/CD/55/compound/CARDINAL million/CD/56/nummod/CARDINAL phone/NNS/53/dobj/- in/IN/53/prep/- 2008/CD/57/pobj/DATE ././51/punct/- NL/_SP/59/dep/- "
        "the/DT/62/det/- phone/NN/64/nsubj/- will/MD/64/aux/- reach/VB/64/ROOT/- Europe/NNP/64/dobj/LOC later/RB/68/advmod/DATE this/DT/68/det/DATE year/NN/64/npadvmod/DATE ././64/punct/-",
        "0 26 35 49 61",
        [
            ("June 29 , 2007", "DATE", "2007-06-29"),
            ("today", "DATE", "2007-06-29"),
            ("6 p.m.", "TIME", "2007-06-29T18:00"),
            ("Monday", "DATE", "2007-06-25"),
            ("January", "DATE", "2007-01"),
            ("2008", "DATE", "2008"),
            ("later this year", "DATE", "2007"),
        ],
        id="launch",
    ),
    pytest.param(
        datetime(2009, 11, 27, 12, tzinfo=UTC),
        "Trial of pirates adjourned\n"
        "November 27 , 2009\n"
        "The trial of five men accused of piracy was adjourned on Thursday until December 10 .\n"
        "The men were captured in the Gulf of Aden on April 12 .\n"
        "Their ship had attacked a tanker two days earlier .\n"
        "Prosecutors said the hearing on Thursday lasted only an hour .",
        "trial/NN/3/nsubj/- of/IN/0/prep/- pirate/NNS/1/pobj/- adjourn/VBD/3/ROOT/- NL/_SP/3/dep/- "
        "November/NNP/3/dobj/DATE 27/CD/5/nummod/DATE ,/,/5/punct/DATE 2009/CD/5/nummod/DATE NL/_SP/8/dep/- "
        "the/DT/11/det/- trial/NN/19/nsubjpass/- of/IN/11/prep/- five/CD/14/nummod/CARDINAL man/NNS/12/pobj/- accuse/VBN/14/acl/- of/IN/15/prep/- piracy/NN/16/pobj/- be/VBD/19/auxpass/- adjourn/VBN/19/ROOT/- on/IN/19/prep/- Thursday/NNP/20/pobj/DATE until/IN/19/prep/- December/NNP/22/pobj/DATE 10/CD/23/nummod/DATE ././19/punct/- NL/_SP/25/dep/- "
        "the/DT/28/det/- man/NNS/30/nsubjpass/- be/VBD/30/auxpass/- capture/VBN/30/ROOT/- in/IN/30/prep/- the/DT/33/det/LOC Gulf/NNP/31/pobj/LOC of/IN/33/prep/LOC Aden/NNP/34/pobj/LOC on/IN/30/prep/- April/NNP/36/pobj/DATE 12/CD/37/nummod/DATE ././30/punct/- NL/_SP/39/dep/- "
        "their/PRP$/42/poss/- ship/NN/44/nsubj/- have/VBD/44/aux/- attack/VBN/44/ROOT/- a/DT/46/det/DATE tanker/NN/44/dobj/DATE two/CD/48/nummod/DATE day/NNS/49/npadvmod/DATE early/RBR/44/advmod/DATE ././44/punct/- NL/_SP/50/dep/- "
        "prosecutor/NNS/53/nsubj/- say/VBD/53/ROOT/- the/DT/55/det/- hearing/NN/58/nsubj/- on/IN/55/prep/- Thursday/NNP/56/pobj/DATE last/VBD/53/ccomp/- only/RB/61/advmod/TIME an/DT/61/det/TIME hour/NN/58/npadvmod/TIME ././53/punct/-",
        "0 10 27 41 52",
        [
            ("November 27 , 2009", "DATE", "2009-11-27"),
            ("Thursday", "DATE", "2009-11-26"),
            ("December 10", "DATE", "2009-12-10"),
            ("April 12", "DATE", "2009-04-12"),
            ("two days earlier", "DATE", "2009-04-10"),
            ("Thursday", "DATE", "2009-11-26"),
            ("an hour", "DURATION", "PT1H"),
        ],
        id="trial-adj",
    ),
    pytest.param(
        datetime(2008, 10, 16, 12, tzinfo=UTC),
        "Bank reports loss for third quarter\n"
        "October 16 , 2008\n"
        "The bank reported a loss of 1.2 billion dollars for the third quarter on Thursday .\n"
        "A year earlier , it had earned 800 million dollars .\n"
        "Its shares have fallen 60 % this year .\n"
        "The bank will cut 3,000 jobs over the next 12 months .\n"
        "Its chief executive said the second half of 2009 would be better .",
        "Bank/NNP/1/nsubj/- report/VBZ/1/ROOT/- loss/NN/1/dobj/- for/IN/2/prep/- third/JJ/5/amod/DATE quarter/NN/3/pobj/DATE NL/_SP/5/dep/DATE "
        "October/NNP/5/appos/DATE 16/CD/7/nummod/DATE ,/,/7/punct/DATE 2008/CD/7/appos/DATE NL/_SP/10/dep/- "
        "the/DT/13/det/- bank/NN/14/nsubj/- report/VBD/14/ROOT/- a/DT/16/det/- loss/NN/14/dobj/- of/IN/16/prep/- 1.2/CD/19/compound/MONEY billion/CD/20/nummod/MONEY dollar/NNS/17/pobj/MONEY for/IN/16/prep/- the/DT/24/det/DATE third/JJ/24/amod/DATE quarter/NN/21/pobj/DATE on/IN/14/prep/- Thursday/NNP/25/pobj/DATE ././14/punct/- NL/_SP/27/dep/- "
        "a/DT/30/det/DATE year/NN/31/npadvmod/DATE early/RBR/35/advmod/DATE ,/,/35/punct/- it/PRP/35/nsubj/- have/VBD/35/aux/- earn/VBN/35/ROOT/- 800/CD/37/compound/MONEY million/CD/38/nummod/MONEY dollar/NNS/35/dobj/MONEY ././35/punct/- NL/_SP/39/dep/- "
        "its/PRP$/42/poss/- share/NNS/44/nsubj/- have/VBP/44/aux/- fall/VBN/44/ROOT/- 60/CD/46/nummod/PERCENT %/NN/44/npadvmod/PERCENT this/DT/48/det/DATE year/NN/44/npadvmod/DATE ././44/punct/- NL/_SP/49/dep/- "
        "the/DT/52/det/- bank/NN/54/nsubj/- will/MD/54/aux/- cut/VB/54/ROOT/- 3,000/CD/56/nummod/CARDINAL job/NNS/54/dobj/- over/IN/54/prep/- the/DT/61/det/DATE next/JJ/61/amod/DATE 12/CD/61/nummod/DATE month/NNS/57/pobj/DATE ././54/punct/- NL/_SP/62/dep/- "
        "its/PRP$/66/poss/- chief/JJ/66/amod/- executive/NN/67/nsubj/- say/VBD/67/ROOT/- the/DT/70/det/DATE second/JJ/70/amod/DATE half/NN/74/nsubj/DATE of/IN/70/prep/DATE 2009/CD/71/pobj/DATE would/MD/74/aux/- be/VB/67/ccomp/- well/JJR/74/acomp/- ././67/punct/-",
        "0 12 29 41 51 64",
        [
            ("third quarter", "DATE", "2008-Q3"),
            ("October 16 , 2008", "DATE", "2008-10-16"),
            ("the third quarter", "DATE", "2008-Q3"),
            ("Thursday", "DATE", "2008-10-16"),
            ("A year earlier", "DATE", "2007-Q3"),
            ("this year", "DATE", "2008"),
            ("the next 12 months", "DURATION", "P12M"),
            ("the second half of 2009", "DATE", "2009-H2"),
        ],
        id="quarterly",
    ),
    pytest.param(
        datetime(2010, 4, 21, 12, tzinfo=UTC),
        "European airspace reopens after ash cloud\n"
        "April 21 , 2010\n"
        "Flights resumed across most of Europe on Tuesday after six days of closures .\n"
        "The Icelandic volcano erupted on April 14 .\n"
        "The next morning , Britain closed its airspace .\n"
        "By the weekend , most of northern Europe had followed .\n"
        "Airlines say the closures cost them 200 million dollars a day .\n"
        "Some airports may close again in the coming days .",
        "european/JJ/1/amod/NORP airspace/NN/2/nsubj/- reopen/VBZ/2/ROOT/- after/IN/2/prep/- ash/NNP/5/compound/- cloud/NN/3/pobj/- NL/_SP/5/dep/- "
        "April/NNP/5/appos/DATE 21/CD/7/nummod/DATE ,/,/2/punct/DATE 2010/CD/12/nummod/DATE NL/_SP/10/dep/- "
        "flight/NNS/13/nsubj/- resume/VBD/2/conj/- across/IN/13/prep/- most/JJS/14/pobj/- of/IN/15/prep/- Europe/NNP/16/pobj/LOC on/IN/13/prep/- Tuesday/NNP/18/pobj/DATE after/IN/13/prep/- six/CD/22/nummod/DATE day/NNS/20/pobj/DATE of/IN/22/prep/- closure/NNS/23/pobj/- ././13/punct/- NL/_SP/25/dep/- "
        "the/DT/29/det/- icelandic/JJ/29/amod/NORP volcano/NN/30/nsubj/- erupt/VBD/30/ROOT/- on/IN/30/prep/- April/NNP/31/pobj/DATE 14/CD/32/nummod/DATE ././30/punct/- NL/_SP/34/dep/- "
        "the/DT/38/det/- next/JJ/38/amod/- morning/NN/41/npadvmod/- ,/,/41/punct/- Britain/NNP/41/nsubj/GPE close/VBD/41/ROOT/- its/PRP$/43/poss/- airspace/NN/41/dobj/- ././41/punct/- NL/_SP/44/dep/- "
        "by/IN/55/prep/- the/DT/48/det/DATE weekend/NN/46/pobj/DATE ,/,/55/punct/- most/JJS/55/nsubj/- of/IN/50/prep/- northern/JJ/53/amod/- Europe/NNP/51/pobj/LOC have/VBD/55/aux/- follow/VBN/55/ROOT/- ././55/punct/- NL/_SP/56/dep/- "
        "airline/NNS/59/nsubj/- say/VBP/59/ROOT/- the/DT/61/det/- closure/NNS/62/nsubj/- cost/VBP/59/ccomp/- they/PRP/62/dative/- 200/CD/65/compound/MONEY million/CD/66/nummod/MONEY dollar/NNS/62/dobj/MONEY a/DT/68/det/- day/NN/66/npadvmod/- ././59/punct/- NL/_SP/69/dep/- "
        "some/DT/72/det/- airport/NNS/74/nsubj/- may/MD/74/aux/- close/VB/74/ROOT/- again/RB/74/advmod/- in/IN/74/prep/- the/DT/79/det/DATE come/VBG/79/amod/DATE day/NNS/76/pobj/DATE ././74/punct/-",
        "0 27 36 46 58 71",
        [
            ("April 21 , 2010", "DATE", "2010-04-21"),
            ("Tuesday", "DATE", "2010-04-20"),
            ("six days", "DURATION", "P6D"),
            ("April 14", "DATE", "2010-04-14"),
            ("The next morning", "TIME", "2010-04-15TMO"),
            ("the weekend", "DATE", "2010-W15-WE"),
            ("a day", "SET", "P1D"),
            ("the coming days", "DATE", "FUTURE_REF"),
        ],
        id="volcano",
    ),
    pytest.param(
        datetime(2009, 10, 9, 12, tzinfo=UTC),
        "Obama wins Nobel Peace Prize\n"
        "October 9 , 2009\n"
        "The Norwegian Nobel Committee awarded the Peace Prize to Barack Obama on Friday .\n"
        "He had been in office for less than nine months .\n"
        "Nominations closed on February 1 , 12 days after he took office .\n"
        "Obama will receive the prize in Oslo on December 10 .\n"
        "The president said this morning that he was surprised .",
        "Obama/NNP/1/nsubj/PERSON win/VBZ/1/ROOT/- Nobel/NNP/4/compound/WORK_OF_ART Peace/NNP/4/compound/WORK_OF_ART Prize/NNP/1/dobj/WORK_OF_ART NL/_SP/4/dep/- "
        "October/NNP/4/appos/DATE 9/CD/6/nummod/DATE ,/,/4/punct/DATE 2009/CD/4/appos/DATE NL/_SP/9/dep/- "
        "the/DT/14/det/ORG norwegian/JJ/14/amod/ORG Nobel/NNP/14/compound/ORG Committee/NNP/15/nsubj/ORG award/VBD/15/ROOT/- the/DT/18/det/WORK_OF_ART Peace/NNP/18/compound/WORK_OF_ART Prize/NNP/15/dobj/WORK_OF_ART to/IN/15/dative/- Barack/NNP/21/compound/PERSON Obama/NNP/19/pobj/PERSON on/IN/15/prep/- Friday/NNP/22/pobj/DATE ././15/punct/- NL/_SP/24/dep/- "
        "he/PRP/28/nsubj/- have/VBD/28/aux/- be/VBN/28/ROOT/- in/IN/28/prep/- office/NN/29/pobj/- for/IN/28/prep/- less/JJR/34/amod/DATE than/IN/34/quantmod/DATE nine/CD/35/nummod/DATE month/NNS/31/pobj/DATE ././28/punct/- NL/_SP/36/dep/- "
        "nomination/NNS/39/nsubj/ORG close/VBD/39/ROOT/- on/IN/39/prep/- February/NNP/40/pobj/DATE 1/CD/41/nummod/DATE ,/,/41/punct/- 12/CD/45/nummod/DATE day/NNS/48/npadvmod/DATE after/IN/48/mark/- he/PRP/48/nsubj/- take/VBD/39/advcl/- office/NN/48/dobj/- ././39/punct/- NL/_SP/50/dep/- "
        "Obama/NNP/54/nsubj/PERSON will/MD/54/aux/- receive/VB/54/ROOT/- the/DT/56/det/- prize/NN/54/dobj/- in/IN/56/prep/- Oslo/NNP/57/pobj/GPE on/IN/54/prep/- December/NNP/59/pobj/DATE 10/CD/60/nummod/DATE ././54/punct/- NL/_SP/62/dep/- "
        "the/DT/65/det/- president/NN/66/nsubj/- say/VBD/66/ROOT/- this/DT/68/det/TIME morning/NN/66/npadvmod/TIME that/IN/71/mark/- he/PRP/71/nsubj/- be/VBD/66/ccomp/- surprised/JJ/71/acomp/- ././66/punct/-",
        "0 11 26 38 52 64",
        [
            ("October 9 , 2009", "DATE", "2009-10-09"),
            ("Friday", "DATE", "2009-10-09"),
            ("less than nine months", "DURATION", "P9M"),
            ("February 1", "DATE", "2009-02-01"),
            ("12 days", "DURATION", "P12D"),
            ("December 10", "DATE", "2009-12-10"),
            ("this morning", "TIME", "2009-10-09TMO"),
        ],
        id="nobel",
    ),
    pytest.param(
        datetime(2008, 4, 14, 12, tzinfo=UTC),
        "Kenyan wins London Marathon\n"
        "April 14 , 2008\n"
        "Martin Lel won the London Marathon on Sunday .\n"
        "It was his third win in the race , after victories in 2005 and 2007 .\n"
        "Lel had missed the Boston Marathon a week earlier with an injury .\n"
        "He will now prepare for the Olympic marathon in August .",
        "Kenyan/NNP/1/amod/NORP win/VBZ/3/compound/- London/NNP/3/compound/FAC Marathon/NNP/12/nsubj/FAC NL/_SP/3/dep/- "
        "April/NNP/3/appos/DATE 14/CD/5/nummod/DATE ,/,/5/punct/DATE 2008/CD/11/nummod/DATE NL/_SP/8/dep/- "
        "Martin/NNP/11/compound/PERSON Lel/NNP/12/nsubj/PERSON win/VBD/12/ROOT/- the/DT/15/det/EVENT London/NNP/15/compound/EVENT Marathon/NNP/12/dobj/EVENT on/IN/12/prep/- Sunday/NNP/16/pobj/DATE ././12/punct/- NL/_SP/18/dep/- "
        "it/PRP/21/nsubj/- be/VBD/21/ROOT/- his/PRP$/24/poss/- third/JJ/24/amod/ORDINAL win/NN/21/attr/- in/IN/24/prep/- the/DT/27/det/- race/NN/25/pobj/- ,/,/21/punct/- after/IN/21/prep/- victory/NNS/29/pobj/- in/IN/30/prep/- 2005/CD/31/pobj/DATE and/CC/32/cc/- 2007/CD/32/conj/DATE ././21/punct/- NL/_SP/35/dep/- "
        "Lel/NNP/39/nsubj/PERSON have/VBD/39/aux/- miss/VBN/39/ROOT/- the/DT/42/det/EVENT Boston/NNP/42/compound/EVENT Marathon/NNP/39/dobj/EVENT a/DT/44/det/DATE week/NN/45/npadvmod/DATE early/RBR/39/advmod/DATE with/IN/39/prep/- an/DT/48/det/- injury/NN/46/pobj/- ././39/punct/- NL/_SP/49/dep/- "
        "he/PRP/54/nsubj/- will/MD/54/aux/- now/RB/54/advmod/- prepare/VB/54/ROOT/- for/IN/54/prep/- the/DT/58/det/- olympic/JJ/58/amod/EVENT marathon/NN/55/pobj/- in/IN/54/prep/- August/NNP/59/pobj/DATE ././54/punct/-",
        "0 20 37 51",
        [
            ("April 14 , 2008", "DATE", "2008-04-14"),
            ("Sunday", "DATE", "2008-04-13"),
            ("2005", "DATE", "2005"),
            ("2007", "DATE", "2007"),
            ("a week earlier", "DATE", "2008-04-06"),
            ("now", "DATE", "PRESENT_REF"),
            ("August", "DATE", "2008-08"),
        ],
        id="marathon",
    ),
    pytest.param(
        datetime(2008, 9, 22, 12, tzinfo=UTC),
        "South African president resigns\n"
        "Monday , September 22 , 2008\n"
        "Thabo Mbeki announced his resignation in a televised address on Sunday evening .\n"
        "The ruling party had asked him to step down the day before .\n"
        "A judge ruled on September 12 that he may have interfered in a corruption case .\n"
        "Parliament will elect a new president on Thursday .\n"
        "Mbeki has been president since 1999 .",
        "south/JJ/1/amod/NORP african/JJ/2/amod/NORP president/NN/3/nsubj/- resign/VBZ/14/ccomp/- NL/_SP/3/dep/- "
        "Monday/NNP/3/npadvmod/DATE ,/,/5/punct/DATE September/NNP/5/appos/DATE 22/CD/7/nummod/DATE ,/,/5/punct/DATE 2008/CD/13/nummod/DATE NL/_SP/10/dep/- "
        "Thabo/NNP/13/compound/GPE Mbeki/NNP/14/nsubj/GPE announce/VBD/14/ROOT/- his/PRP$/16/poss/- resignation/NN/14/dobj/- in/IN/14/prep/- a/DT/20/det/- televise/VBN/20/amod/- address/NN/17/pobj/- on/IN/20/prep/- Sunday/NNP/23/compound/DATE evening/NN/21/pobj/TIME ././14/punct/- NL/_SP/24/dep/- "
        "the/DT/28/det/- rule/VBG/28/amod/- party/NN/30/nsubj/- have/VBD/30/aux/- ask/VBN/30/ROOT/- he/PRP/30/dobj/- to/TO/33/aux/- step/VB/30/xcomp/- down/RP/33/prt/- the/DT/36/det/DATE day/NN/33/npadvmod/DATE before/RB/36/advmod/DATE ././30/punct/- NL/_SP/38/dep/- "
        "a/DT/41/det/- judge/NN/42/nsubj/- rule/VBD/42/ROOT/- on/IN/42/prep/- September/NNP/43/pobj/DATE 12/CD/44/nummod/DATE that/IN/50/dobj/- he/PRP/50/nsubj/- may/MD/50/aux/- have/VB/50/aux/- interfere/VBN/42/ccomp/- in/IN/50/prep/- a/DT/54/det/- corruption/NN/54/compound/- case/NN/51/pobj/- ././42/punct/- NL/_SP/55/dep/- "
        "Parliament/NNP/59/nsubj/ORG will/MD/59/aux/- elect/VB/59/ROOT/- a/DT/62/det/- new/JJ/62/amod/- president/NN/59/dobj/- on/IN/59/prep/- Thursday/NNP/63/pobj/DATE ././59/punct/- NL/_SP/65/dep/- "
        "Mbeki/NNP/69/nsubj/- have/VBZ/69/aux/- be/VBN/69/ROOT/- president/NN/69/attr/- since/IN/69/prep/- 1999/CD/71/pobj/DATE ././69/punct/-",
        "0 26 40 57 67",
        [
            ("Monday , September 22 , 2008", "DATE", "2008-09-22"),
            ("Sunday evening", "TIME", "2008-09-21TEV"),
            ("the day before", "DATE", "2008-09-20"),
            ("September 12", "DATE", "2008-09-12"),
            ("Thursday", "DATE", "2008-09-25"),
            ("1999", "DATE", "1999"),
        ],
        id="resign",
    ),
    pytest.param(
        datetime(2007, 8, 3, 12, tzinfo=UTC),
        "Minneapolis bridge collapse kills seven\n"
        "Friday , August 3 , 2007\n"
        "The bridge collapsed into the Mississippi River on Wednesday evening .\n"
        "Divers recovered two more bodies on Thursday .\n"
        "The bridge was built in 1967 and had been inspected last year .\n"
        "Investigators will spend months studying the wreckage .\n"
        "A new bridge could open by the end of 2008 , officials said .",
        "Minneapolis/NNP/2/compound/GPE bridge/NN/2/compound/- collapse/NN/3/nsubj/- kill/VBZ/3/ROOT/- seven/CD/6/nummod/CARDINAL NL/_SP/4/dep/- "
        "Friday/NNP/3/npadvmod/DATE ,/,/6/punct/DATE August/NNP/6/appos/DATE 3/CD/8/nummod/DATE ,/,/6/punct/DATE 2007/CD/6/appos/DATE NL/_SP/11/dep/- "
        "the/DT/14/det/- bridge/NN/15/nsubj/- collapse/VBD/15/ROOT/- into/IN/15/prep/- the/DT/19/det/LOC Mississippi/NNP/19/compound/LOC River/NNP/16/pobj/LOC on/IN/15/prep/- Wednesday/NNP/22/compound/DATE evening/NN/20/pobj/TIME ././15/punct/- NL/_SP/23/dep/- "
        "diver/NNS/26/nsubj/- recover/VBD/26/ROOT/- two/CD/29/nummod/CARDINAL more/JJR/29/amod/- body/NNS/26/dobj/- on/IN/26/prep/- Thursday/NNP/30/pobj/DATE ././26/punct/- NL/_SP/32/dep/- "
        "the/DT/35/det/- bridge/NN/37/nsubjpass/- be/VBD/37/auxpass/- build/VBN/37/ROOT/- in/IN/37/prep/- 1967/CD/38/pobj/DATE and/CC/37/cc/- have/VBD/43/aux/- be/VBN/43/auxpass/- inspect/VBN/37/conj/- last/JJ/45/amod/DATE year/NN/43/npadvmod/DATE ././37/punct/- NL/_SP/46/dep/- "
        "investigator/NNS/50/nsubj/- will/MD/50/aux/- spend/VB/50/ROOT/- month/NNS/50/dobj/DATE study/VBG/50/xcomp/- the/DT/54/det/- wreckage/NN/52/dobj/- ././50/punct/- NL/_SP/55/dep/- "
        "a/DT/59/det/- new/JJ/59/amod/- bridge/NN/61/nsubj/- could/MD/61/aux/- open/VB/69/ccomp/- by/IN/61/prep/- the/DT/64/det/DATE end/NN/62/pobj/DATE of/IN/64/prep/DATE 2008/CD/65/pobj/DATE ,/,/69/punct/- official/NNS/69/nsubj/- say/VBD/69/ROOT/- ././69/punct/-",
        "0 13 25 34 48 57",
        [
            ("Friday , August 3 , 2007", "DATE", "2007-08-03"),
            ("Wednesday evening", "TIME", "2007-08-01TEV"),
            ("Thursday", "DATE", "2007-08-02"),
            ("1967", "DATE", "1967"),
            ("last year", "DATE", "2006"),
            ("months", "DURATION", "PXM"),
            ("the end of 2008", "DATE", "2008"),
        ],
        id="bridge",
    ),
    pytest.param(
        datetime(2009, 11, 30, 12, tzinfo=UTC),
        "Drug makers complete merger\n"
        "November 30 , 2009\n"
        "The merger of two of Europe 's largest drug makers was completed on Monday .\n"
        "The deal was first announced in March .\n"
        "Regulators in Brussels approved it in October , and US regulators followed the following month .\n"
        "The combined company will report its first results in February .\n"
        "Its chairman said in an interview last week that 2010 would be a difficult year .",
        "drug/NN/1/compound/- maker/NNS/2/nsubj/- complete/VBP/2/ROOT/- merger/NN/5/compound/- NL/_SP/3/dep/- "
        "November/NNP/2/dobj/DATE 30/CD/5/nummod/DATE ,/,/5/punct/DATE 2009/CD/5/nummod/DATE NL/_SP/8/dep/- "
        "the/DT/11/det/- merger/NN/21/nsubjpass/- of/IN/11/prep/- two/CD/12/pobj/CARDINAL of/IN/13/prep/- Europe/NNP/19/poss/LOC 's/POS/15/case/- large/JJS/19/amod/- drug/NN/19/compound/- maker/NNS/14/pobj/- be/VBD/21/auxpass/- complete/VBN/21/ROOT/- on/IN/21/prep/- Monday/NNP/22/pobj/DATE ././21/punct/- NL/_SP/24/dep/- "
        "the/DT/27/det/- deal/NN/30/nsubjpass/- be/VBD/30/auxpass/- first/RB/30/advmod/ORDINAL announce/VBN/30/ROOT/- in/IN/30/prep/- March/NNP/31/pobj/DATE ././30/punct/- NL/_SP/33/dep/- "
        "regulator/NNS/38/nsubj/- in/IN/35/prep/- Brussels/NNP/36/pobj/GPE approve/VBD/38/ROOT/- it/PRP/38/dobj/- in/IN/38/prep/- October/NNP/40/pobj/DATE ,/,/38/punct/- and/CC/38/cc/- US/NNP/45/compound/GPE regulator/NNS/46/nsubj/- follow/VBD/38/conj/- the/DT/49/det/DATE follow/VBG/49/amod/DATE month/NN/46/dobj/DATE ././46/punct/- NL/_SP/50/dep/- "
        "the/DT/54/det/- combined/JJ/54/amod/- company/NN/56/nsubj/- will/MD/56/aux/- report/VB/56/ROOT/- its/PRP$/59/poss/- first/JJ/59/amod/ORDINAL result/NNS/56/dobj/- in/IN/56/prep/- February/NNP/60/pobj/DATE ././56/punct/- NL/_SP/62/dep/- "
        "its/PRP$/65/poss/- chairman/NN/66/nsubj/- say/VBD/66/ROOT/- in/IN/66/prep/- an/DT/69/det/DATE interview/NN/67/pobj/DATE last/JJ/71/amod/DATE week/NN/69/npadvmod/DATE that/IN/75/mark/- 2010/CD/75/nsubj/DATE would/MD/75/aux/- be/VB/66/ccomp/- a/DT/78/det/DATE difficult/JJ/78/amod/DATE year/NN/75/attr/DATE ././66/punct/-",
        "0 10 26 35 52 64",
        [
            ("November 30 , 2009", "DATE", "2009-11-30"),
            ("Monday", "DATE", "2009-11-30"),
            ("March", "DATE", "2009-03"),
            ("October", "DATE", "2009-10"),
            ("the following month", "DATE", "2009-11"),
            ("February", "DATE", "2010-02"),
            ("last week", "DATE", "2009-W48"),
            ("2010", "DATE", "2010"),
        ],
        id="merger",
    ),
    pytest.param(
        datetime(2010, 3, 15, 12, tzinfo=UTC),
        "Former astronaut dies at 79\n"
        "March 15 , 2010\n"
        "A former astronaut who walked in space in 1966 died on Saturday at his home in Texas .\n"
        "He joined the space programme in 1962 .\n"
        "Four years later , he spent two hours outside his capsule .\n"
        "He left NASA in 1970 and then ran a company in Houston .\n"
        "His family said a funeral would be held on Thursday .",
        "former/JJ/1/amod/- astronaut/NN/2/nsubj/- die/VBZ/2/ROOT/- at/IN/2/prep/- 79/CD/6/nummod/CARDINAL NL/_SP/4/dep/- "
        "March/NNP/3/pobj/DATE 15/CD/6/nummod/DATE ,/,/6/punct/DATE 2010/CD/2/npadvmod/DATE NL/_SP/9/dep/- "
        "a/DT/13/det/- former/JJ/13/amod/- astronaut/NN/20/nsubj/- who/WP/15/nsubj/- walk/VBD/13/relcl/- in/IN/15/prep/- space/NN/16/pobj/- in/IN/15/prep/- 1966/CD/18/pobj/DATE die/VBD/20/ROOT/- on/IN/20/prep/- Saturday/NNP/21/pobj/DATE at/IN/20/prep/- his/PRP$/25/poss/- home/NN/23/pobj/- in/IN/25/prep/- Texas/NNP/26/pobj/GPE ././20/punct/- NL/_SP/28/dep/- "
        "he/PRP/31/nsubj/- join/VBD/31/ROOT/- the/DT/34/det/- space/NN/34/compound/- programme/NN/31/dobj/- in/IN/31/prep/- 1962/CD/35/pobj/DATE ././31/punct/- NL/_SP/37/dep/- "
        "four/CD/40/nummod/DATE year/NNS/41/npadvmod/DATE later/RB/44/advmod/DATE ,/,/44/punct/- he/PRP/44/nsubj/- spend/VBD/44/ROOT/- two/CD/46/nummod/TIME hour/NNS/47/npadvmod/TIME outside/IN/44/prep/- his/PRP$/49/poss/- capsule/NN/47/pobj/- ././44/punct/- NL/_SP/50/dep/- "
        "he/PRP/53/nsubj/- leave/VBD/53/ROOT/- NASA/NNP/53/dobj/ORG in/IN/53/prep/- 1970/CD/55/pobj/DATE and/CC/53/cc/- then/RB/59/advmod/- run/VBD/53/conj/- a/DT/61/det/- company/NN/59/dobj/- in/IN/59/prep/- Houston/NNP/62/pobj/GPE ././53/punct/- NL/_SP/64/dep/- "
        "his/PRP$/67/poss/- family/NN/68/nsubj/- say/VBD/68/ROOT/- a/DT/70/det/- funeral/NN/73/nsubjpass/- would/MD/73/aux/- be/VB/73/auxpass/- hold/VBN/68/ccomp/- on/IN/73/prep/- Thursday/NNP/74/pobj/DATE ././68/punct/-",
        "0 11 30 39 52 66",
        [
            ("March 15 , 2010", "DATE", "2010-03-15"),
            ("1966", "DATE", "1966"),
            ("Saturday", "DATE", "2010-03-13"),
            ("1962", "DATE", "1962"),
            ("Four years later", "DATE", "1966"),
            ("two hours", "DURATION", "PT2H"),
            ("1970", "DATE", "1970"),
            ("Thursday", "DATE", "2010-03-18"),
        ],
        id="memoir",
    ),
    pytest.param(
        datetime(2009, 4, 3, 12, tzinfo=UTC),
        "G20 leaders agree on rescue plan\n"
        "April 3 , 2009\n"
        "Leaders of the G20 agreed on Thursday to give 1.1 trillion dollars to the IMF and other bodies .\n"
        "The summit in London lasted two days .\n"
        "The leaders met for the first time in Washington last November .\n"
        "They will meet again in September in the United States .\n"
        '" Today the world came together , " the British prime minister said after the meeting .',
        "G20/NNP/1/compound/- leader/NNS/2/nsubj/- agree/VBP/2/ROOT/- on/IN/2/prep/- rescue/NN/5/compound/- plan/NN/3/pobj/- NL/_SP/5/dep/- "
        "April/NNP/2/npadvmod/DATE 3/CD/7/nummod/DATE ,/,/7/punct/DATE 2009/CD/12/nummod/DATE NL/_SP/10/dep/- "
        "leader/NNS/16/nsubj/- of/IN/12/prep/- the/DT/15/det/- G20/NNP/13/pobj/ORG agree/VBD/2/ccomp/- on/IN/16/prep/- Thursday/NNP/17/pobj/DATE to/TO/20/aux/- give/VB/16/xcomp/- 1.1/CD/22/compound/MONEY trillion/CD/23/nummod/MONEY dollar/NNS/20/dobj/MONEY to/IN/20/dative/- the/DT/26/det/- IMF/NNP/24/pobj/ORG and/CC/26/cc/- other/JJ/29/amod/- body/NNS/26/conj/- ././16/punct/- NL/_SP/30/dep/- "
        "the/DT/33/det/- summit/NN/36/nsubj/- in/IN/33/prep/- London/NNP/34/pobj/GPE last/VBD/36/ROOT/- two/CD/38/nummod/DATE day/NNS/36/npadvmod/DATE ././36/punct/- NL/_SP/39/dep/- "
        "the/DT/42/det/- leader/NNS/43/nsubj/- meet/VBD/43/ROOT/- for/IN/43/prep/- the/DT/47/det/- first/JJ/47/amod/ORDINAL time/NN/44/pobj/- in/IN/47/prep/- Washington/NNP/48/pobj/GPE last/JJ/51/amod/DATE November/NNP/47/npadvmod/DATE ././43/punct/- NL/_SP/52/dep/- "
        "they/PRP/56/nsubj/- will/MD/56/aux/- meet/VB/56/ROOT/- again/RB/56/advmod/- in/IN/56/prep/- September/NNP/58/pobj/DATE in/IN/56/prep/- the/DT/63/det/GPE United/NNP/63/compound/GPE States/NNP/60/pobj/GPE ././56/punct/- NL/_SP/64/dep/- "
        "\"/``/70/punct/- today/NN/70/npadvmod/DATE the/DT/69/det/- world/NN/70/nsubj/- come/VBD/78/ccomp/- together/RB/70/advmod/- ,/,/78/punct/- \"/''/78/punct/- the/DT/77/det/- british/JJ/77/amod/NORP prime/JJ/77/compound/- minister/NN/78/nsubj/- say/VBD/78/ROOT/- after/IN/78/prep/- the/DT/81/det/- meeting/NN/79/pobj/- ././78/punct/-",
        "0 32 41 54 66",
        [
            ("April 3 , 2009", "DATE", "2009-04-03"),
            ("Thursday", "DATE", "2009-04-02"),
            ("two days", "DURATION", "P2D"),
            ("last November", "DATE", "2008-11"),
            ("September", "DATE", "2009-09"),
            ("Today", "DATE", "2009-04-02"),
        ],
        id="summit",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'Today' in a quote said after a meeting of Thursday is the day of the saying, not the publication date",
        ),
    ),
    pytest.param(
        datetime(2008, 10, 1, 12, tzinfo=UTC),
        "Senate to vote on rescue plan\n"
        "October 1 , 2008\n"
        "The Senate will vote on a revised rescue plan for the banks on Wednesday evening .\n"
        "The House of Representatives rejected the first plan on Monday .\n"
        "Shares fell sharply that day .\n"
        "Leaders said the House could vote again on Friday .\n"
        "The treasury secretary said the plan must pass this week .",
        "Senate/NNP/2/nsubj/ORG to/TO/2/aux/- vote/VB/2/ROOT/- on/IN/2/prep/- rescue/NN/5/compound/- plan/NN/3/pobj/- NL/_SP/5/dep/- "
        "October/NNP/5/appos/DATE 1/CD/7/nummod/DATE ,/,/7/punct/DATE 2008/CD/7/nummod/DATE NL/_SP/10/dep/- "
        "the/DT/13/det/- Senate/NNP/15/nsubj/ORG will/MD/15/aux/- vote/VB/2/conj/- on/IN/15/prep/- a/DT/20/det/- revise/VBN/20/amod/- rescue/NN/20/compound/- plan/NN/16/pobj/- for/IN/20/prep/- the/DT/23/det/- bank/NNS/21/pobj/- on/IN/15/prep/- Wednesday/NNP/26/compound/DATE evening/NN/24/pobj/TIME ././15/punct/- NL/_SP/27/dep/- "
        "the/DT/30/det/ORG House/NNP/33/nsubj/ORG of/IN/30/prep/ORG Representatives/NNPS/31/pobj/ORG reject/VBD/33/ROOT/- the/DT/36/det/- first/JJ/36/amod/ORDINAL plan/NN/33/dobj/- on/IN/36/prep/- Monday/NNP/37/pobj/DATE ././33/punct/- NL/_SP/39/dep/- "
        "share/NNS/42/nsubj/- fall/VBD/42/ROOT/- sharply/RB/42/advmod/- that/DT/45/det/DATE day/NN/42/npadvmod/DATE ././42/punct/- NL/_SP/46/dep/- "
        "leader/NNS/49/nsubj/- say/VBD/49/ROOT/- the/DT/51/det/- House/NNP/53/nsubj/ORG could/MD/53/aux/- vote/VB/49/ccomp/- again/RB/53/advmod/- on/IN/53/prep/- Friday/NNP/55/pobj/DATE ././49/punct/- NL/_SP/57/dep/- "
        "the/DT/61/det/- treasury/NN/61/compound/ORG secretary/NN/62/nsubj/- say/VBD/62/ROOT/- the/DT/64/det/- plan/NN/66/nsubj/- must/MD/66/aux/- pass/VB/62/ccomp/- this/DT/68/det/DATE week/NN/66/npadvmod/DATE ././62/punct/-",
        "0 29 41 48 59",
        [
            ("October 1 , 2008", "DATE", "2008-10-01"),
            ("Wednesday evening", "TIME", "2008-10-01TEV"),
            ("Monday", "DATE", "2008-09-29"),
            ("that day", "DATE", "2008-09-29"),
            ("Friday", "DATE", "2008-10-03"),
            ("this week", "DATE", "2008-W40"),
        ],
        id="vote-future",
    ),
    pytest.param(
        datetime(2007, 7, 23, 12, tzinfo=UTC),
        "Floods force festival to close\n"
        "July 23 , 2007\n"
        "Organisers of a music festival in Gloucestershire cancelled the event on Sunday after heavy rain .\n"
        "The festival was due to run from Friday to Sunday .\n"
        "Rain began on Thursday night and continued for 36 hours .\n"
        "By Saturday afternoon , the site was under water .\n"
        "The organisers said the festival would return next summer .",
        "flood/NNS/1/compound/- force/NN/2/compound/- festival/NN/4/nsubj/- to/TO/4/aux/- close/VB/4/ROOT/- NL/_SP/4/dep/- "
        "July/NNP/4/npadvmod/DATE 23/CD/6/nummod/DATE ,/,/6/punct/DATE 2007/CD/11/nummod/DATE NL/_SP/9/dep/- "
        "organiser/NNS/18/nsubj/- of/IN/11/prep/- a/DT/15/det/- music/NN/15/compound/- festival/NN/12/pobj/- in/IN/15/prep/- Gloucestershire/NNP/16/pobj/WORK_OF_ART cancel/VBD/4/conj/- the/DT/20/det/- event/NN/18/dobj/- on/IN/18/prep/- Sunday/NNP/21/pobj/DATE after/IN/18/prep/- heavy/JJ/25/amod/- rain/NN/23/pobj/- ././18/punct/- NL/_SP/26/dep/- "
        "the/DT/29/det/- festival/NN/30/nsubj/- be/VBD/30/ROOT/- due/JJ/30/acomp/- to/TO/33/aux/- run/VB/31/xcomp/- from/IN/33/prep/- Friday/NNP/34/pobj/DATE to/IN/33/prep/DATE Sunday/NNP/36/pobj/DATE ././30/punct/- NL/_SP/38/dep/- "
        "rain/NN/41/nsubj/- begin/VBD/41/ROOT/- on/IN/41/prep/- Thursday/NNP/44/compound/DATE night/NN/42/pobj/TIME and/CC/41/cc/- continue/VBD/41/conj/- for/IN/46/prep/- 36/CD/49/nummod/TIME hour/NNS/47/pobj/TIME ././41/punct/- NL/_SP/50/dep/- "
        "by/IN/58/prep/- Saturday/NNP/54/compound/DATE afternoon/NN/52/pobj/TIME ,/,/58/punct/- the/DT/57/det/- site/NN/58/nsubj/- be/VBD/58/ROOT/- under/IN/58/prep/- water/NN/59/pobj/- ././58/punct/- NL/_SP/61/dep/- "
        "the/DT/64/det/- organiser/NNS/65/nsubj/- say/VBD/65/ROOT/- the/DT/67/det/- festival/NN/69/nsubj/- would/MD/69/aux/- return/VB/65/ccomp/- next/JJ/71/amod/DATE summer/NN/69/npadvmod/DATE ././65/punct/-",
        "0 28 40 52 63",
        [
            ("July 23 , 2007", "DATE", "2007-07-23"),
            ("Sunday", "DATE", "2007-07-22"),
            ("Friday", "DATE", "2007-07-20"),
            ("Sunday", "DATE", "2007-07-22"),
            ("Thursday night", "TIME", "2007-07-19TNI"),
            ("36 hours", "DURATION", "PT36H"),
            ("Saturday afternoon", "TIME", "2007-07-21TAF"),
            ("next summer", "DATE", "2008-SU"),
        ],
        id="festival",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'was due to run from Friday to Sunday': 'due' makes the clause look ahead even when told in the past",
        ),
    ),
    pytest.param(
        datetime(2009, 1, 16, 12, tzinfo=UTC),
        "Plane lands on Hudson River\n"
        "January 16 , 2009\n"
        "An airliner landed on the Hudson River in New York on Thursday afternoon .\n"
        "The plane had taken off from LaGuardia Airport at 3:26 p.m. .\n"
        "Two minutes later , it struck a flock of birds .\n"
        "All 155 people on board were rescued within an hour .\n"
        "Investigators will begin examining the engines on Saturday .",
        "plane/NN/1/compound/ORG land/NNS/1/ROOT/- on/IN/1/prep/- Hudson/NNP/4/compound/LOC River/NNP/6/compound/LOC NL/_SP/4/dep/- "
        "January/NNP/2/pobj/DATE 16/CD/6/nummod/DATE ,/,/6/punct/DATE 2009/CD/6/appos/DATE NL/_SP/9/dep/- "
        "an/DT/12/det/- airliner/NN/13/nsubj/- land/VBD/13/ROOT/- on/IN/13/prep/- the/DT/17/det/LOC Hudson/NNP/17/compound/LOC River/NNP/14/pobj/LOC in/IN/17/prep/- New/NNP/20/compound/GPE York/NNP/18/pobj/GPE on/IN/13/prep/- Thursday/NNP/23/compound/DATE afternoon/NN/21/pobj/TIME ././13/punct/- NL/_SP/24/dep/- "
        "the/DT/27/det/- plane/NN/29/nsubj/- have/VBD/29/aux/- take/VBN/29/ROOT/- off/RP/29/prt/- from/IN/29/prep/- LaGuardia/NNP/33/compound/FAC Airport/NNP/31/pobj/FAC at/IN/29/prep/- 3:26/CD/36/nummod/TIME p.m./NN/34/pobj/TIME ././29/punct/- NL/_SP/37/dep/- "
        "two/CD/40/nummod/TIME minute/NNS/41/npadvmod/TIME later/RB/44/advmod/TIME ,/,/44/punct/- it/PRP/44/nsubj/- strike/VBD/44/ROOT/- a/DT/46/det/- flock/NN/44/dobj/- of/IN/46/prep/- bird/NNS/47/pobj/- ././44/punct/- NL/_SP/49/dep/- "
        "all/DT/52/advmod/- 155/CD/53/nummod/CARDINAL people/NNS/57/nsubjpass/- on/IN/53/prep/- board/NN/54/pobj/- be/VBD/57/auxpass/- rescue/VBN/57/ROOT/- within/IN/57/prep/- an/DT/60/det/TIME hour/NN/58/pobj/TIME ././57/punct/- NL/_SP/61/dep/- "
        "investigator/NNS/65/nsubj/- will/MD/65/aux/- begin/VB/65/ROOT/- examine/VBG/65/xcomp/- the/DT/68/det/- engine/NNS/66/dobj/- on/IN/66/prep/- Saturday/NNP/69/pobj/DATE ././65/punct/-",
        "0 11 26 39 51 63",
        [
            ("January 16 , 2009", "DATE", "2009-01-16"),
            ("Thursday afternoon", "TIME", "2009-01-15TAF"),
            ("3:26 p.m.", "TIME", "2009-01-15T15:26"),
            ("Two minutes later", "TIME", "2009-01-15T15:28"),
            ("an hour", "DURATION", "PT1H"),
            ("Saturday", "DATE", "2009-01-17"),
        ],
        id="plane",
    ),
    pytest.param(
        datetime(2009, 5, 19, 12, tzinfo=UTC),
        "Speaker of the House of Commons resigns\n"
        "May 19 , 2009\n"
        "The Speaker of the House of Commons said on Tuesday that he would step down on June 21 .\n"
        "He has been Speaker since October 2000 .\n"
        "The expenses scandal began on May 8 , when a newspaper published the first details .\n"
        "A new Speaker will be elected the following day .",
        "Speaker/NNP/6/nsubj/- of/IN/0/prep/- the/DT/3/det/ORG House/NNP/1/pobj/ORG of/IN/3/prep/ORG Commons/NNP/4/pobj/ORG resign/VBZ/6/ROOT/- NL/_SP/6/dep/- "
        "May/NNP/6/dobj/DATE 19/CD/8/nummod/DATE ,/,/8/punct/DATE 2009/CD/8/nummod/DATE NL/_SP/11/dep/- "
        "the/DT/14/det/- Speaker/NNP/20/nsubj/- of/IN/14/prep/- the/DT/17/det/ORG House/NNP/15/pobj/ORG of/IN/17/prep/ORG Commons/NNP/18/pobj/ORG say/VBD/20/ROOT/- on/IN/20/prep/- Tuesday/NNP/21/pobj/DATE that/IN/26/mark/- he/PRP/26/nsubj/- would/MD/26/aux/- step/VB/20/ccomp/- down/RP/26/prt/- on/IN/26/prep/- June/NNP/28/pobj/DATE 21/CD/29/nummod/DATE ././20/punct/- NL/_SP/31/dep/- "
        "he/PRP/35/nsubj/- have/VBZ/35/aux/- be/VBN/35/ROOT/- Speaker/NNP/35/attr/- since/IN/35/prep/- October/NNP/37/pobj/DATE 2000/CD/38/nummod/DATE ././35/punct/- NL/_SP/40/dep/- "
        "the/DT/43/det/- expense/NNS/44/compound/- scandal/NN/45/nsubj/- begin/VBD/45/ROOT/- on/IN/45/prep/- May/NNP/46/pobj/DATE 8/CD/47/nummod/DATE ,/,/47/punct/- when/WRB/53/advmod/- a/DT/52/det/- newspaper/NN/53/nsubj/- publish/VBD/47/relcl/- the/DT/56/det/- first/JJ/56/amod/ORDINAL detail/NNS/53/dobj/- ././45/punct/- NL/_SP/57/dep/- "
        "a/DT/61/det/- new/JJ/61/amod/- Speaker/NNP/64/nsubjpass/- will/MD/64/aux/- be/VB/64/auxpass/- elect/VBN/64/ROOT/- the/DT/67/det/DATE following/JJ/67/amod/DATE day/NN/64/oprd/DATE ././64/punct/-",
        "0 13 33 42 59",
        [
            ("May 19 , 2009", "DATE", "2009-05-19"),
            ("Tuesday", "DATE", "2009-05-19"),
            ("June 21", "DATE", "2009-06-21"),
            ("October 2000", "DATE", "2000-10"),
            ("May 8", "DATE", "2009-05-08"),
            ("the following day", "DATE", "2009-06-22"),
        ],
        id="scandal",
    ),
    pytest.param(
        datetime(2008, 6, 23, 12, tzinfo=UTC),
        "Ferry capsizes in Philippine typhoon\n"
        "June 23 , 2008\n"
        "A passenger ferry capsized off the central Philippines on Saturday afternoon as a typhoon swept the islands .\n"
        "The ship had left Manila on Friday evening .\n"
        "Rescuers found four survivors on Sunday morning .\n"
        "The coast guard said on Monday that divers would try to reach the hull later this week .\n"
        "The typhoon is expected to reach Taiwan on Tuesday .",
        "ferry/NN/1/nsubj/PRODUCT capsize/VBZ/1/ROOT/PRODUCT in/IN/1/prep/- philippine/JJ/4/amod/NORP typhoon/NN/2/pobj/- NL/_SP/4/dep/- "
        "June/NNP/4/appos/DATE 23/CD/6/nummod/DATE ,/,/6/punct/DATE 2008/CD/1/punct/DATE NL/_SP/9/dep/- "
        "a/DT/13/det/- passenger/NN/13/compound/- ferry/NN/14/nsubj/- capsize/VBD/1/ccomp/- off/IN/14/prep/- the/DT/18/det/- central/JJ/18/amod/- Philippines/NNP/15/pobj/GPE on/IN/14/prep/- Saturday/NNP/21/compound/DATE afternoon/NN/19/pobj/TIME as/IN/25/mark/- a/DT/24/det/- typhoon/NN/25/nsubj/- sweep/VBD/14/advcl/- the/DT/27/det/- island/NNS/25/dobj/- ././1/punct/- NL/_SP/28/dep/- "
        "the/DT/31/det/- ship/NN/33/nsubj/- have/VBD/33/aux/- leave/VBN/33/ROOT/- Manila/NNP/33/dobj/GPE on/IN/33/prep/- Friday/NNP/37/compound/DATE evening/NN/35/pobj/TIME ././33/punct/- NL/_SP/38/dep/- "
        "rescuer/NNS/41/nsubj/- find/VBD/41/ROOT/- four/CD/43/nummod/CARDINAL survivor/NNS/41/dobj/- on/IN/41/prep/- Sunday/NNP/46/compound/TIME morning/NN/44/pobj/TIME ././41/punct/- NL/_SP/47/dep/- "
        "the/DT/51/det/- coast/NN/51/compound/- guard/NN/52/nsubj/- say/VBD/52/ROOT/- on/IN/52/prep/- Monday/NNP/53/pobj/DATE that/IN/58/mark/- diver/NNS/58/nsubj/- would/MD/58/aux/- try/VB/52/ccomp/- to/TO/60/aux/- reach/VB/58/xcomp/- the/DT/62/det/- hull/NN/60/dobj/- later/RB/65/advmod/DATE this/DT/65/det/DATE week/NN/60/npadvmod/DATE ././52/punct/- NL/_SP/66/dep/- "
        "the/DT/69/det/- typhoon/NN/71/nsubjpass/- be/VBZ/71/auxpass/- expect/VBN/71/ROOT/- to/TO/73/aux/- reach/VB/71/xcomp/- Taiwan/NNP/73/dobj/GPE on/IN/73/prep/- Tuesday/NNP/75/pobj/DATE ././71/punct/-",
        "0 30 40 49 68",
        [
            ("June 23 , 2008", "DATE", "2008-06-23"),
            ("Saturday afternoon", "TIME", "2008-06-21TAF"),
            ("Friday evening", "TIME", "2008-06-20TEV"),
            ("Sunday morning", "TIME", "2008-06-22TMO"),
            ("Monday", "DATE", "2008-06-23"),
            ("later this week", "DATE", "2008-W26"),
            ("Tuesday", "DATE", "2008-06-24"),
        ],
        id="ferry",
    ),
    pytest.param(
        datetime(2011, 5, 27, 12, tzinfo=UTC),
        "Court clears former minister of corruption\n"
        "May 27 , 2011\n"
        "A court in Athens cleared a former minister of corruption on Thursday .\n"
        "He had been charged in 2009 , shortly after he left office .\n"
        "During the trial , which began last October , prosecutors called 40 witnesses .\n"
        "At the time of his arrest , he was a member of parliament .\n"
        "The prosecution has 10 days to appeal .\n"
        "The minister said he would return to politics next year .",
        "Court/NNP/1/nsubj/ORG clear/VBZ/1/ROOT/- former/JJ/3/amod/- minister/NN/1/dobj/- of/IN/3/prep/- corruption/NN/4/pobj/- NL/_SP/5/dep/- "
        "May/NNP/1/npadvmod/DATE 27/CD/7/nummod/DATE ,/,/7/punct/DATE 2011/CD/7/nummod/DATE NL/_SP/10/dep/- "
        "a/DT/13/det/- court/NN/16/nsubj/- in/IN/13/prep/- Athens/NNP/14/pobj/GPE clear/VBD/16/ROOT/- a/DT/19/det/- former/JJ/19/amod/- minister/NN/16/dobj/- of/IN/19/prep/- corruption/NN/20/pobj/- on/IN/16/prep/- Thursday/NNP/22/pobj/DATE ././16/punct/- NL/_SP/24/dep/- "
        "he/PRP/29/nsubjpass/- have/VBD/29/aux/- be/VBN/29/auxpass/- charge/VBN/29/ROOT/- in/IN/29/prep/- 2009/CD/30/pobj/DATE ,/,/29/punct/- shortly/RB/36/advmod/- after/IN/36/mark/- he/PRP/36/nsubj/- leave/VBD/29/advcl/- office/NN/36/dobj/- ././29/punct/- NL/_SP/38/dep/- "
        "during/IN/50/prep/- the/DT/42/det/- trial/NN/40/pobj/- ,/,/40/punct/- which/WDT/45/nsubj/- begin/VBD/42/relcl/- last/JJ/47/amod/DATE October/NNP/45/npadvmod/DATE ,/,/50/punct/- prosecutor/NNS/50/nsubj/- call/VBD/50/ROOT/- 40/CD/52/nummod/CARDINAL witness/NNS/50/dobj/- ././50/punct/- NL/_SP/53/dep/- "
        "at/IN/63/prep/- the/DT/57/det/- time/NN/55/pobj/- of/IN/57/prep/- his/PRP$/60/poss/- arrest/NN/58/pobj/- ,/,/63/punct/- he/PRP/63/nsubj/- be/VBD/63/ROOT/- a/DT/65/det/- member/NN/63/attr/- of/IN/65/prep/- parliament/NN/66/pobj/- ././63/punct/- NL/_SP/68/dep/- "
        "the/DT/71/det/- prosecution/NN/72/nsubj/- have/VBZ/72/ROOT/- 10/CD/74/nummod/DATE day/NNS/72/dobj/DATE to/TO/76/aux/- appeal/VB/74/relcl/- ././72/punct/- NL/_SP/77/dep/- "
        "the/DT/80/det/- minister/NN/81/nsubj/- say/VBD/81/ROOT/- he/PRP/84/nsubj/- would/MD/84/aux/- return/VB/81/ccomp/- to/IN/84/prep/- politic/NNS/85/pobj/- next/JJ/88/amod/DATE year/NN/84/npadvmod/DATE ././81/punct/-",
        "0 12 26 40 55 70 79",
        [
            ("May 27 , 2011", "DATE", "2011-05-27"),
            ("Thursday", "DATE", "2011-05-26"),
            ("2009", "DATE", "2009"),
            ("last October", "DATE", "2010-10"),
            ("10 days", "DURATION", "P10D"),
            ("next year", "DATE", "2012"),
        ],
        id="acquittal",
    ),
    pytest.param(
        datetime(2010, 5, 7, 12, tzinfo=UTC),
        "Britain faces hung parliament\n"
        "May 7 , 2010\n"
        "No party won a majority in Thursday 's general election , results showed on Friday .\n"
        "Polls closed at 10 p.m. , and the first result came an hour later .\n"
        "The last time an election produced a hung parliament was in February 1974 .\n"
        "Party leaders began talks this afternoon .\n"
        "A new government could be formed within days .\n"
        "The prime minister will remain in office until then .",
        "Britain/NNP/1/nsubj/GPE face/VBZ/1/ROOT/- hung/JJ/3/amod/- parliament/NN/5/compound/- NL/_SP/3/dep/- "
        "May/NNP/1/dobj/DATE 7/CD/5/nummod/DATE ,/,/5/punct/DATE 2010/CD/11/nummod/DATE NL/_SP/8/dep/- "
        "no/DT/11/det/- party/NN/12/nsubj/- win/VBD/1/conj/- a/DT/14/det/- majority/NN/12/dobj/- in/IN/12/prep/- Thursday/NNP/19/poss/DATE 's/POS/16/case/- general/JJ/19/amod/- election/NN/15/pobj/- ,/,/22/punct/- result/NNS/22/nsubj/- show/VBD/1/conj/- on/IN/22/prep/- Friday/NNP/23/pobj/DATE ././22/punct/- NL/_SP/25/dep/- "
        "poll/NNS/28/nsubj/- close/VBD/28/ROOT/- at/IN/28/prep/- 10/CD/31/nummod/TIME p.m./NN/29/pobj/TIME ,/,/28/punct/- and/CC/28/cc/- the/DT/36/det/- first/JJ/36/amod/ORDINAL result/NN/37/nsubj/- come/VBD/28/conj/- an/DT/39/det/TIME hour/NN/40/npadvmod/TIME later/RB/37/advmod/TIME ././37/punct/- NL/_SP/41/dep/- "
        "the/DT/45/det/- last/JJ/45/amod/- time/NN/52/nsubj/- an/DT/47/det/- election/NN/48/nsubj/- produce/VBD/45/relcl/- a/DT/51/det/- hung/JJ/51/amod/- parliament/NN/48/dobj/- be/VBD/52/ROOT/- in/IN/52/prep/- February/NNP/53/pobj/DATE 1974/CD/54/nummod/DATE ././52/punct/- NL/_SP/56/dep/- "
        "Party/NNP/59/compound/- leader/NNS/60/nsubj/- begin/VBD/60/ROOT/- talk/NNS/60/dobj/- this/DT/63/det/TIME afternoon/NN/61/npadvmod/TIME ././60/punct/- NL/_SP/64/dep/- "
        "a/DT/68/det/- new/JJ/68/amod/- government/NN/71/nsubjpass/- could/MD/71/aux/- be/VB/71/auxpass/- form/VBN/71/ROOT/- within/IN/71/prep/- day/NNS/72/pobj/DATE ././71/punct/- NL/_SP/74/dep/- "
        "the/DT/78/det/- prime/JJ/78/amod/- minister/NN/80/nsubj/- will/MD/80/aux/- remain/VB/80/ROOT/- in/IN/80/prep/- office/NN/81/pobj/- until/IN/80/prep/- then/RB/83/pcomp/- ././80/punct/-",
        "0 27 43 58 66 76",
        [
            ("May 7 , 2010", "DATE", "2010-05-07"),
            ("Thursday", "DATE", "2010-05-06"),
            ("Friday", "DATE", "2010-05-07"),
            ("10 p.m.", "TIME", "2010-05-06T22:00"),
            ("an hour later", "TIME", "2010-05-06T23:00"),
            ("February 1974", "DATE", "1974-02"),
            ("this afternoon", "TIME", "2010-05-07TAF"),
            ("days", "DURATION", "PXD"),
        ],
        id="hung",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a past clock time with no day ('Polls closed at 10 p.m.') takes the day named last, the day the results were reported (Friday), not the day of the event named before it ('Thursday 's general election')",
        ),
    ),
]


@pytest.mark.parametrize(("published", "text", "parse", "sents", "expected"), DOCUMENTS)
def test_timex_probe_document(published, text, parse, sents, expected):
    assert frozen_parse_timexes(text, parse, published, LEX, sents=sents) == expected
