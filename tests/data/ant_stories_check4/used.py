# python3 used.py ID... -> which ids are excluded (in excluded_ids.txt, or sharing the URL of one)
import sys
from lib import is_excluded
for i in sys.argv[1:]:
    if is_excluded(i): print(i, 'excluded')
