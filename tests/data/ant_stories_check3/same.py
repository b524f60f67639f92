import sys, json, difflib
from lib import docs
D=docs(); a,b=D[sys.argv[1]],D[sys.argv[2]]
print(a['text']==b['text'], a['title']==b['title'], a['time'], b['time'], len(a['text']), len(b['text']), round(difflib.SequenceMatcher(None,a['text'],b['text']).ratio(),3))
