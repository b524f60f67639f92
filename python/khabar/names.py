"""Speakers' names across articles: the spellings of one name joined."""

from __future__ import annotations

from collections import Counter
from typing import Any

from khabar._khabar import name_key


def one_spelling(names: list[str], types: list[Any], known: dict[str, str] | None = None) -> list[str]:
    """Each name as the most frequent spelling of its type that meets it on `spelling_key`: each
    article joins its own spellings, this joins them across articles (عبد الفتاح السيسي/
    عبدالفتاح السيسي، نيكي هيلي/نيكي هايلي). One-word names are left as they are: a skeleton of
    one word meets other words (مصادر/مصدر). ``known`` keeps the keys made, for a caller that
    joins the names of many groups (a story's entities, story by story)."""
    pairs = list(zip(names, types))
    known = {} if known is None else known
    keys = {}
    for name in set(names):
        if " " in name:
            key = known.get(name)
            if key is None:
                key = known[name] = spelling_key(name)
            keys[name] = key
    if len(set(keys.values())) == len(keys):
        # no two spellings meet (a group's names, most often): each name is its own
        return list(names)
    spelling: dict[tuple[str, Any], str] = {}
    for (name, kind), _ in Counter(pairs).most_common():
        if name in keys:
            spelling.setdefault((keys[name], kind), name)
    return [spelling[(keys[name], kind)] if name in keys else name for name, kind in pairs]


def spelling_key(name: str) -> str:
    """The skeletons of a name's words run together, the alef of each later word's article
    dropped, so a name glued or apart meets (عبدالفتاح/عبد الفتاح); a later word's own first
    letter stays (محمد أحمد is not محمد حمد, مصادر أمنية not مصادر يمنية)."""
    first, *rest = [name_key(word) for word in name.split()]
    return first + "".join("ل" + word[2:] if word.startswith("ال") else word for word in rest)
