"""Random literals, valid and mutated, with CPython's verdict, for the ignored
differential test in tests/it/literal.rs:

    PYTHONHASHSEED=0 python3 tests/gen/gen_diff_cases.py SEED > /tmp/cases.json
    LITERAL_DIFF_CASES=/tmp/cases.json cargo test --test it literal::differential -- --ignored --nocapture
"""
import json, random, sys, warnings
warnings.simplefilter('ignore')
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
ATOMS = ['1', '0', '01', '1.5', '1e5', '0x1f', "'a'", '"b"', "b'c'", "'안'", 'True', 'None', "r'\\x'", "'\\x4'", "'\\n'", '-1', '()', '[]', '{}', 'set()', '1_0', '.5', "u'z'", "'''t'''"]
PUNCT = ['[', ']', '(', ')', '{', '}', ',', ':', ' ', '\n', '-', '+', "'", '#', '\\', '1', 'x']
def gen_valid(d=0):
    r = random.random()
    if d > 3 or r < 0.4:
        return random.choice(ATOMS)
    n = random.randint(0, 4)
    items = [gen_valid(d + 1) for _ in range(n)]
    k = random.choice('ltds')
    if k == 'l': return '[' + ', '.join(items) + (',' if random.random() < 0.2 else '') + ']'
    if k == 't': return '(' + ', '.join(items) + (',' if n == 1 else '') + ')'
    if k == 'd': return '{' + ', '.join('%s: %s' % (random.choice(ATOMS), i) for i in items) + '}'
    return '{' + ', '.join(items or ['1']) + '}'
def mutate(s):
    cs = list(s)
    for _ in range(random.randint(1, 3)):
        at = random.randint(0, len(cs))
        if random.random() < 0.5 and at < len(cs): del cs[at]
        else: cs.insert(at, random.choice(PUNCT))
    return ''.join(cs)
out = []
for _ in range(4000):
    s = gen_valid()
    if random.random() < 0.7: s = mutate(s)
    rec = {'src': s}
    try:
        v = eval(compile(s.lstrip(' \t'), '<literal>', 'eval'))
        rec['repr'] = repr(v)
    except SyntaxError as e:
        z = lambda x: 0 if x is None or x < 0 else x
        rec['err'] = [type(e).__name__, e.msg, z(e.lineno), z(e.offset), z(e.end_lineno), z(e.end_offset)]
    except (TypeError, ValueError) as e:
        rec['err'] = [type(e).__name__, str(e), 0, 0, 0, 0]
    except Exception as e:
        rec['other'] = type(e).__name__
    out.append(rec)
json.dump(out, sys.stdout)
