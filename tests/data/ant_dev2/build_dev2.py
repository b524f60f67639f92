"""Build the dev2 gold (quotes.jsonl, non_quotes.jsonl) from decisions_dev2.py: see ../quote_gold.py.

    python tests/data/ant_dev2/build_dev2.py [--write]
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from quote_gold import GoldBuilder, build  # noqa: E402

FAMOUS = {"دونالد ترامب", "دونالد ترمب", "علي خامنئي", "بنيامين نتنياهو", "تيريزا ماي", "بوريس جونسون",
          "مايك بومبيو"}
NONFINITE = {"موضحا", "موضحاً", "موضحة", "مشيراً", "مؤكداً", "معترفا", "مستدركا", "منتقدة", "قائلين", "واصفةً", "مؤكدا", "مشيرا", "مضيفا", "مضيفاً", "معتبرا", "مشددا", "لافتا", "داعياً", "قائلاً", "قائلا",
             "مضيفة", "متهما", "نافيا", "ملقية", "بقولها", "تحذيره", "إعلان", "طلب", "التنديد", "مفادها"}

build(GoldBuilder(os.path.dirname(os.path.abspath(__file__)), FAMOUS, NONFINITE), "decisions_dev2.py")
