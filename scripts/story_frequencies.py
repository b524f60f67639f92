"""Count in how many articles of a corpus each story term stands: the background that tells
khabar's story index which words are rare in news (`lexicons/stories/document_frequencies.tsv`).

    python scripts/story_frequencies.py ant.jsonl > lexicons/stories/document_frequencies.tsv

The bundled file counts the ANT corpus v2.1 (30,337 articles of 2018, made by
`scripts/ant_corpus.py`), keeping terms in at least MIN_ARTICLES articles: rarer ones count as
absent, which is what they are to a comparison of stories.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from khabar import story_terms

MIN_ARTICLES = 10

if __name__ == "__main__":
    counts: Counter[str] = Counter()
    articles = 0
    with open(sys.argv[1], encoding="utf-8") as lines:
        for line in lines:
            counts.update(story_terms(json.loads(line)["text"]))
            articles += 1
    print("# Document frequencies of story terms (khabar.story_terms) in the ANT corpus v2.1;")
    print("# made by scripts/story_frequencies.py. Cite ANT: Chouigui, Ben Khiroun and Elayeb, AJSE 46(8), 2021.")
    print(f"# articles: {articles}")
    for term, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        if n >= MIN_ARTICLES:
            print(f"{term}\t{n}")
