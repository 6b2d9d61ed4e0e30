#!/usr/bin/env python3
"""Rebuild the two sample feeds in examples/corpus/feeds/ (deterministic output).

  feeds/harbortimes-rss.xml        RSS 2.0, full text in content:encoded
  feeds/globaldispatch-atom.xml.gz gzipped Atom, <content type="html">

The article texts live here, not as corpus files. Run:  python examples/make_feeds.py
"""

from __future__ import annotations

import gzip
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "feeds")

RSS_ITEMS = [
    {
        "title": "US and NATO hand Moscow written replies, keep door open to Ukraine",
        "link": "https://harbortimes.example/2022/01/us-nato-written-responses",
        "pubDate": "Wed, 26 Jan 2022 22:15:00 +0000",
        "paras": [
            "WASHINGTON — The United States and NATO delivered written responses to Russia's security demands on Wednesday, rejecting Moscow's call to bar Ukraine from ever joining the alliance but offering talks on arms control and military transparency.",
            "Secretary of State Antony Blinken told reporters that the US ambassador in Moscow, John Sullivan, had handed the document to the Russian foreign ministry. \"That door is open, and it will stay open,\" the top US diplomat said of the alliance's membership policy.",
            "Blinken said the reply offered \"a real path to diplomacy if Moscow wants to take it\". He added that the text would not be published, because diplomacy had a better chance of success in private.",
            "NATO Secretary General Jens Stoltenberg said in Brussels that the alliance had sent its own proposals in parallel and was ready to listen to Russia's concerns. But he warned that NATO would not compromise on the right of every nation to choose its own path.",
            "A senior State Department official, speaking on condition of anonymity, said Washington expected Russian Foreign Minister Sergei Lavrov and Blinken to speak in the coming days, once Moscow had studied the document.",
            "The Kremlin said earlier on Wednesday that President Vladimir Putin would decide how to respond after reading the replies. Russia has massed more than 100,000 troops near Ukraine's borders but denies it plans to attack its neighbour.",
            "Moscow published its demands in two draft treaties on December 17, insisting on guarantees that NATO will not expand further east and will pull back forces from countries that joined after 1997.",
        ],
    },
    {
        "title": "Macron and Putin talk for five hours, see room for 'further steps'",
        "link": "https://harbortimes.example/2022/02/macron-putin-kremlin-talks",
        "pubDate": "Mon, 07 Feb 2022 23:50:00 +0000",
        "paras": [
            "MOSCOW — French President Emmanuel Macron and Russian President Vladimir Putin held more than five hours of talks in the Kremlin on Monday, with both men saying afterwards that some ideas for easing the standoff over Ukraine were worth pursuing.",
            "Putin told a joint news conference that several of Macron's proposals \"could serve as a basis for further joint steps\", though he said it was too early to discuss them in detail. He said he would call the French leader after Macron's visit to Kyiv.",
            "Macron said he had come to Moscow to prevent a war and to build trust. \"We have to find a way to avoid an escalation, and I believe this is possible,\" the French president told reporters.",
            "Putin repeated that Western replies to Russia's demands had ignored its main concerns. He warned that if Ukraine joined NATO and tried to retake Crimea by force, European countries would be drawn into a military conflict with Russia without wanting it.",
            "Macron travels to Kyiv on Tuesday to meet President Volodymyr Zelensky. German Chancellor Olaf Scholz met President Joe Biden at the White House on Monday and is expected in Moscow next week.",
            "Russia seized and annexed Crimea in 2014. Western officials estimate that it has massed about 130,000 troops near Ukraine, while Moscow says it has no plans to invade.",
        ],
    },
    {
        "title": "Putin recognises breakaway regions in eastern Ukraine, orders troops in",
        "link": "https://harbortimes.example/2022/02/putin-recognises-donetsk-luhansk",
        "pubDate": "Mon, 21 Feb 2022 21:05:00 +0000",
        "paras": [
            "MOSCOW — President Vladimir Putin on Monday recognised the independence of the Donetsk and Luhansk separatist regions of eastern Ukraine and ordered the Russian army to deploy there on what the Kremlin called a peacekeeping mission.",
            "In a long televised address, Putin described modern Ukraine as a creation of Bolshevik Russia and said the West was using the country as a tool against Moscow. He then signed decrees on recognition and friendship treaties with the two self-proclaimed republics.",
            "The White House said in a statement that President Joe Biden would sign an executive order banning new investment, trade and financing by Americans in the two regions, and that further measures would follow. The European Union said the move was a blatant breach of international law and promised sanctions against those involved.",
            "Ukrainian President Volodymyr Zelensky said in a late-night address that Kyiv was \"not scared of anyone\" and would not give up any territory. The UN Security Council was to hold an emergency session later on Monday at Ukraine's request.",
            "Separatists backed by Moscow have held parts of the Donbas since 2014, in a conflict that has killed more than 14,000 people. US officials say Russia now has between 169,000 and 190,000 troops in and around Ukraine.",
        ],
    },
    {
        "title": "Storm Eunice brings record gust and red warnings to southern England",
        "link": "https://harbortimes.example/2022/02/storm-eunice-record-gust",
        "pubDate": "Fri, 18 Feb 2022 17:40:00 +0000",
        "paras": [
            "LONDON — Storm Eunice battered southern Britain on Friday, with a gust of 122 mph recorded at the Needles on the Isle of Wight, provisionally the strongest ever measured in England, the Met Office said.",
            "Red weather warnings covered London, the south-east and the coast of south Wales for much of the day, and people were told to stay at home. Part of the roof of the O2 arena in London was torn off, and rail operators suspended many services.",
            "At least three people were killed in the UK and Ireland by falling trees and debris, police said.",
            "\"This is one of the most serious storms we have seen in years, and the danger is not over yet,\" a Met Office forecaster said, adding that strong winds would ease overnight but return on Sunday.",
            "Eunice arrived two days after Storm Dudley, which brought gales to Scotland and northern England on Wednesday.",
            "Hundreds of schools in the south-west and in Wales stayed closed, and transport officials urged people not to travel until Saturday morning.",
            "The Port of Dover closed for several hours and ferries were held offshore, while power cuts hit homes across southern England.",
        ],
    },
]

ATOM_ENTRIES = [
    {
        "title": "Lavrov: US reply leaves Russia's main concern unanswered",
        "link": "https://globaldispatch.example/2022/01/lavrov-us-reply-main-concern",
        "id": "tag:globaldispatch.example,2022:lavrov-us-reply",
        "published": "2022-01-27T14:20:00+03:00",
        "updated": "2022-01-27T16:05:00+03:00",
        "paras": [
            "MOSCOW — Russia's foreign minister, Sergei Lavrov, said on Thursday that the written US response to Moscow's security proposals offered some ground for a \"serious conversation\" on secondary issues but failed to address the main question of NATO's expansion to the east.",
            "\"On the thing that matters most to us, the answer is not positive,\" Lavrov said in a radio interview, TASS quoted him as saying.",
            "He said Putin would decide on Russia's next steps after studying the replies from Washington and NATO, which were handed over on Wednesday.",
            "\"It would be wrong to expect a fast reaction,\" said Kremlin spokesman Dmitry Peskov. Peskov told reporters that the Kremlin had read the documents and would take its time.",
            "According to the state-run RIA Novosti news agency, Lavrov also indicated that Moscow did not want a war, but would not allow its interests to be ignored.",
            "China's foreign minister, Wang Yi, told Blinken in a phone call that Russia's legitimate security concerns should be taken seriously.",
            "US Secretary of State Antony Blinken has said the response sets out a diplomatic path if Russia chooses it. Russia has deployed about 100,000 troops near Ukraine's borders.",
        ],
    },
    {
        "title": "Scholz in Moscow as Russia says some troops are heading back to base",
        "link": "https://globaldispatch.example/2022/02/scholz-moscow-partial-pullback",
        "id": "tag:globaldispatch.example,2022:scholz-moscow",
        "published": "2022-02-15T19:45:00+03:00",
        "updated": "2022-02-15T19:45:00+03:00",
        "paras": [
            "MOSCOW — German Chancellor Olaf Scholz met Vladimir Putin in the Kremlin on Tuesday, hours after Russia's defence ministry said some units that had been exercising near Ukraine were returning to their bases.",
            "After more than three hours of talks, Putin told reporters that Russia did not want a war in Europe and was ready to keep going \"along the negotiating track\" on missiles and military transparency.",
            "Scholz said leaders had an obligation to prevent a war and that the diplomatic options were \"far from exhausted\". He called the reported pullback a good sign and said he hoped more would follow.",
            "NATO Secretary General Jens Stoltenberg said there were grounds for cautious optimism, but that the alliance had so far seen no sign of de-escalation on the ground.",
            "Ukraine's foreign minister, Dmytro Kuleba, said Kyiv would believe in a de-escalation only when it saw troops leave.",
            "Also on Tuesday, Russia's lower house of parliament asked Putin to recognise the separatist regions of Donetsk and Luhansk as independent states. Scholz warned that such a step would be a political catastrophe.",
            "Western governments estimate that Russia has about 130,000 troops near Ukraine. President Joe Biden is due to speak at the White House later on Tuesday.",
        ],
    },
    {
        "title": "Nadal fights back from two sets down to win record 21st major",
        "link": "https://globaldispatch.example/2022/01/nadal-australian-open-21st-major",
        "id": "tag:globaldispatch.example,2022:nadal-21",
        "published": "2022-01-31T00:15:00+11:00",
        "updated": "2022-01-31T00:40:00+11:00",
        "paras": [
            "MELBOURNE — Rafael Nadal came back from two sets down to beat Daniil Medvedev 2-6, 6-7, 6-4, 6-4, 7-5 in the Australian Open final on Sunday, winning a record 21st Grand Slam singles title.",
            "The final lasted 5 hours and 24 minutes. Nadal, 35, moved one major ahead of Roger Federer and Novak Djokovic, who missed the tournament after being deported over his vaccination status.",
            "The Spaniard said that only a few weeks ago he had doubted whether he would ever play again because of a chronic foot injury. \"This is one of the most emotional nights of my whole career,\" he said.",
            "Medvedev, who beat Djokovic in last year's US Open final, said he had given everything and was proud of the fight.",
            "Ashleigh Barty won the women's title on Saturday, the first home champion in Melbourne for 44 years.",
            "Nadal missed the second half of 2021 with the foot problem and tested positive for Covid-19 in December. He said he would decide on his schedule for the clay-court season in the coming weeks.",
            "The victory also made him only the fourth man to win each of the four majors at least twice.",
        ],
    },
]


def paras_html(paras):
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paras)


def rss() -> bytes:
    items = []
    for it in RSS_ITEMS:
        summary = it["paras"][0].split(" — ", 1)[-1]
        items.append(
            "  <item>\n"
            f"    <title>{html.escape(it['title'], quote=False)}</title>\n"
            f"    <link>{it['link']}</link>\n"
            f"    <guid isPermaLink=\"true\">{it['link']}</guid>\n"
            f"    <pubDate>{it['pubDate']}</pubDate>\n"
            f"    <description>{html.escape(summary, quote=False)}</description>\n"
            f"    <content:encoded><![CDATA[{paras_html(it['paras'])}]]></content:encoded>\n"
            "  </item>\n"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">\n'
        "<channel>\n"
        "  <title>Harbor Times</title>\n"
        "  <link>https://harbortimes.example/</link>\n"
        "  <description>World news from the Harbor Times</description>\n"
        "  <language>en</language>\n" + "".join(items) + "</channel>\n</rss>\n"
    ).encode("utf-8")


def atom() -> bytes:
    entries = []
    for e in ATOM_ENTRIES:
        entries.append(
            "  <entry>\n"
            f"    <title>{html.escape(e['title'], quote=False)}</title>\n"
            f'    <link rel="alternate" href="{e["link"]}"/>\n'
            f"    <id>{e['id']}</id>\n"
            f"    <published>{e['published']}</published>\n"
            f"    <updated>{e['updated']}</updated>\n"
            "    <author><name>Global Dispatch staff</name></author>\n"
            f'    <content type="html">{html.escape(paras_html(e["paras"]), quote=False)}</content>\n'
            "  </entry>\n"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">\n'
        "  <title>Global Dispatch</title>\n"
        '  <link rel="self" href="https://globaldispatch.example/feed.atom"/>\n'
        "  <id>tag:globaldispatch.example,2022:feed</id>\n"
        "  <updated>2022-02-15T19:45:00+03:00</updated>\n" + "".join(entries) + "</feed>\n"
    ).encode("utf-8")


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "harbortimes-rss.xml"), "wb") as f:
        f.write(rss())
    # mtime=0 and no file name in the gzip header: the .gz is byte-for-byte reproducible
    with open(os.path.join(OUT, "globaldispatch-atom.xml.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
            gz.write(atom())


if __name__ == "__main__":
    main()
