import sys
from lib import docs
D=docs(); n=400
args=sys.argv[1:]
if args and args[0].isdigit(): n=int(args.pop(0))
for i in args:
    d=D[i]; print('==',i,d['published'],d['time'],d['section'],len(d['text'])); print(d['text'][:n].replace('\n',' | ')); print()
