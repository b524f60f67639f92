"""Build the check3 gold (quotes.jsonl, non_quotes.jsonl) from decisions.py: see ../quote_gold.py.

    python tests/data/ant_check3/build_check3.py [--write]
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from quote_gold import GoldBuilder, build  # noqa: E402

FAMOUS = {"دونالد ترامب", "دونالد ترمب", "علي خامنئي", "بنيامين نتنياهو", "تيريزا ماي", "بوريس جونسون",
          "مايك بومبيو", "رجب طيب أردوغان", "إيمانويل ماكرون", "أنغيلا ميركل", "أنطونيو غوتيريش",
          "إيلون موسك", "عبد الفتاح السيسي", "جوزيه مورينيو"}
NONFINITE = {"مؤكدا", "مشيرا", "مضيفا", "مضيفاً", "معتبرا", "مشددا", "لافتا", "داعياً", "قائلاً", "قائلا",
             "مضيفة", "متهما", "نافيا", "ملقية", "بقولها", "تحذيره", "إعلان", "طلب", "التنديد", "مفادها"}

build(GoldBuilder(os.path.dirname(os.path.abspath(__file__)), FAMOUS, NONFINITE), "decisions.py")
