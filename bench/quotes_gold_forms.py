"""Which quote forms the sample gold covers: counts per form, to check that it has them all.

PYTHONPATH=. python bench/quotes_gold_forms.py
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from newsgraph.eval.quotes import PRONOUNS, read_sample

REPO = Path(__file__).resolve().parent.parent
MARKS = {
    '"': "straight",
    "\u201c": "curly",
    "\u00ab": "guillemets",
    "'": "single",
    "\u2018": "single",
}


def main() -> None:
    forms: Counter[str] = Counter()
    for doc in read_sample(REPO / "examples" / "corpus" / "gold" / "articles"):
        for q in doc.quotes:
            forms[f"kind: {q.kind}"] += 1
            before = doc.text[q.start - 1] if q.start else ""
            after = doc.text[q.end : q.end + 1]
            if q.kind in ("direct", "mixed"):
                forms[f"marks: {MARKS.get(before, 'other')}"] += 1
                if after in ("\n", ""):
                    forms["direct: runs on into the next paragraph"] += 1
                if "'" in doc.text[q.start : q.end] or "\u2018" in doc.text[q.start : q.end]:
                    forms["direct: holds a nested quote"] += 1
            forms[f"cue: {q.cue}"] += 1
            mention = q.mention.casefold()
            if mention in PRONOUNS:
                forms["speaker: pronoun"] += 1
            elif (q.speaker or "").startswith("anonymous"):
                forms["speaker: anonymous source"] += 1
            elif q.speaker and " " in q.speaker and mention == q.speaker.split()[-1].casefold():
                forms["speaker: surname only"] += 1
            elif q.speaker and mention and q.speaker.casefold() not in mention:
                forms["speaker: description or metonym"] += 1
        forms["citations"] += len(doc.citations)
    for form, n in sorted(forms.items()):
        print(f"{n:5d}  {form}")


if __name__ == "__main__":
    main()
