"""Independent check of this set's quotes.jsonl and non_quotes.jsonl: see ../verify_quote_gold.py."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from verify_quote_gold import verify  # noqa: E402

verify(os.path.dirname(os.path.abspath(__file__)))
