"""Prints the case tables of tests/it/literal.rs.

Run with CPython 3.11.7: PYTHONHASHSEED=0 python3 tests/gen/gen_literal_cases.py
Each source is compiled with compile(src.lstrip(' \t'), '<literal>', 'eval') (what
eval() does) and evaluated; the table records repr(value) or the exception.
"""
import os, sys
assert os.environ.get('PYTHONHASHSEED') == '0', 'set orders need PYTHONHASHSEED=0'

VALID = [
    'None', 'True', 'False', '0', '00', '0_0', '1_000_000', '-1', '+1', '--1', '- 1', '-(1)',
    '+True', '-True', '-False', '0x_1f', '0X1F', '0B1', '0O7', '0o_7', '0b1010', '0x' + 'deadbeef' * 3,
    '12345678901234567890123456789', '-0', '1.', '.5', '1e3', '1E3', '1_0.5', '1.e5', '0.', '00.5',
    '0e0', '1e5_0', '1e309', '-1e309', '1e-400', '-0.0', '0.1', '1.5e-7', '3.141592653589793',
    '2.5e-05', '1e16', '1e15', "''", '""', "'a'", '"a"', "'''a\nb'''", '"""x"""', "'it\\'s'",
    '"it\'s"', "u'x'", "U'x'", "r'\\x'", "R'\\n'", "b''", "b'a'", "B'a'", "br'\\x'", "rb'\\x'",
    "Rb'a'", "bR'a'", "'a' 'b'", "b'a' b'b'", "'a' r'\\n'", "('a'\n'b')", "'\\a\\b\\f\\n\\r\\t\\v'",
    "'\\0'", "'\\7'", "'\\77'", "'\\777'", "'\\400'", "'\\8'", "'\\q'", "'\\x41'", "'\\u00e9'",
    "'\\U0001F600'", "'\\u1234'", "'\\\\'", "'\\''", "'\\\"'", "'a\\\nb'", "'안녕하세요'", "'\\안'",
    "b'\\x00\\xff'", "b'\\777'", "b'\\u1234'", "b'\\q'", "'é'", "'\\xe9'", '[]', '[1]', '[1,]',
    '[1, 2, 3]', '()', '(1,)', '(1, 2)', '(1)', '((1,),)', '1,', '1, 2', '1,2,', '{}', "{'a': 1}",
    "{1: 2,}", "{'a' 'b': 1}", "{1: 'a', True: 'b'}", "{1.0: 'x', 1: 'y'}", "{True: 1, 1.0: 2, 1: 3}",
    '{1, True, 1.0}', '{1, 2, 3}', '{3, 2, 1}', '{1, 2}', '{2, 1}', '{-1, -2, -3}', '{0, -1, 2}',
    '{1.5, 2.5, 0.5}', "{'a', 'b', 'c'}", "{'안녕', '하세요', 'x'}", "{(1, 2), (3, 4), 5}",
    "{b'a', b'b', b'c'}", '{1, 2, 3, 4}', 'set()', 'frozenset()', 'set([1])',
    'set([3, 2, 1])', 'set((1, 2, 3))', "set('abc')", "set(b'abc')", 'set({1: 2, 3: 4})',
    'frozenset([1, 2])', 'frozenset({4})', 'frozenset({1, 2, 3, 4, 5})', 'frozenset((5, 4, 3, 2, 1))',
    'set({1, 2, 3, 4, 5, 6, 7, 8, 9, 10})', 'frozenset(frozenset([1, 2]))', '{frozenset({1, 2}), 3, 4}',
    '{100, 200, 300, 400, 500, 600, 700}', '{-100, 7, 2305843009213693951, 2305843009213693952}',
    '{' + ', '.join(str(i * 37) for i in range(40)) + '}',
    '{' + ', '.join(repr(str(i)) for i in range(30)) + '}',
    '{' + ', '.join(str(i * 0.5) for i in range(25)) + '}',
    '{' + ', '.join(str(-(2 ** i)) for i in range(0, 70, 3)) + '}',
    '[1, # c\n 2]', '[1,\n2]', '1 # c', '1\n', '\n1', '1\n\n', '[1,\\\n2]', '  1', '\t[1]',
    "{'name': 'Kim', 'scores': [90, 85], 'ok': True}", '[[[[[]]]]]', '(' * 199 + ')' * 199,
    '[' * 200 + ']' * 200, '{(1, (2, 3)): [4, {5: 6}]}', '-' * 1000 + '1', '-(-(1))',
    '- - -1.5', '+-+-0.0', '{-(-1), -2, 3}', "[1.0, -2, 'three', b'four', None, (5,)]",
]
ERRORS = [
    '', '   ', '[1, 2', '[1, 2)', ')', '1 2', '01', '0_0_1', '007', '1_', '1__0', '0x', '0xg', '0x_',
    '1a', '1e', '1e+', '1e_5', '1.5e', '1.5_', '1._5', '1.real', '0b', '0o', '0b102', '0o8', '09',
    "'abc", '"""abc', "'a\nb'", "'''a\nb", "'\\x'", "'\\x4'", "'\\xg1'", "'ab\\x4'", "'\\u12'",
    "'\\U1234567'", "'\\U00110000'", "'\\N'", "'\\N{'", "'\\N{}'", "'안\\x'", "'a\\\\안\\x'",
    "b'é'", "b'\\x'", "b'a\\x1'", "'a' b'b'", "b'a' 'b'", "'\\x' b'a'", "'\\x' 1", "1 '\\x'",
    '1\n2', '[1,\n 2,\n  3', '(1,\n2\n', '[\n1,\n2)', '1\t2', '[\t1 2]', '[(1, 2]', '[1, (2',
    '[1\n, (2', '[1,\n (2, 3]', "'안녕' 1", "['안녕' 1]", "['안녕', 01]", "('안녕', 'x", '[1, 2]]',
    '[1,2]\n)', '-', '[-]', '(,)', '(1 2)', '{1 2}', '{1: 2 3: 4}', '{1: 2, 3: 4 5}', '{1:}',
    '{:1}', '{1:2:3}', '[1:2]', '1 ,, 2', '1;', '1 1 1', '[1 if]', '[1, 2, 3 4, 5]', '{,}', '[,]',
    '{1:2, 3}', '{1, 2:3}', '[1 2]', '[1,,2]', '# c', '$', '?', '1 $', '€', '[1, €]', '\ufeff1',
    '-\n', '1,,', '\n\n-', '[1 2', '[1 (', '{1:2, 3 4}', '{1 2: 3}', '[True 1]', '1 +', '[1 +]',
    '(1 + 2 3)', '1 2 +', '[1, 2 +', '(', '[', '{', "'", '[1 2] )', '[1 2 "abc', '1.2.3', '..5',
    '.e5', '(]', '{)', '[1]]', '1\n 2', '[1,\\n2]', '1 \\ 2', "'abc\\", '(' * 201 + ')' * 201,
    '[' * 200 + '1' + ']' * 199, '1' * 4301, "{[]}", "{(1, []): 1}", "{1, [2]}", "{[]: 1}",
    "-'a'", "-None", "-[1]", "+b'a'", "-(1,)", "set(1)", "frozenset(None)", "set([[]])",
    "set(1, 2)", "frozenset([1], [2])", '[1, 2, x 3]', '(1)(2)', '1()', '()()', 'x.5{',
    "(('a'[])", "{[][, '''t'''", '([]1-, ()', "(1. [u'z',], .5, None)", "'\\\n", "''\n ",
    '1안', "x'\\x4'", "rx'\\x'", "(True u'z')", "{b'c', ([(None)x, ()]\n,), 1e5}", 'x[]',
    "[[{{안', r'\\x'}}]", "{.5: 안', set(): '안', 'a': True}", '[1 -]', '{1: 2, 3}',
    '\n ', '[[\n0] et()]', '"b"x{-', "((0,\n {[]}, {}, 1.5)\\", "[Tru\ne\\, None, 'a',]",
    "1'a'{", "''t''{", '[0, ' + '1' * 4301 + ']', '# c\n 1', '[1, 2,\n 3 4]', "'''a\nb''' 1", "[b'''\né''']",
]
UNSUPPORTED = [
    'x', 'f(1)', '1+2', '1j', '1e5j', '0j', "float('inf')", "float('nan')", '~1', 'not 1',
    '1 if 2 else 3', '[*[1]]', '{**{}}', 'x.y', '1 .real', 'True.real', '[1, 2][0]',
    "f'x'", "'\\ud800'", "'\\N{LATIN SMALL LETTER A}'", '...', 'print', '[x]',
    '[1 for x in y]', 'lambda: 1', '안녕', '[1, x, 3]', '-' * 6000 + '1',
]

def rs(s):
    out = ''
    for c in s:
        if c == '"': out += '\\"'
        elif c == '\\': out += '\\\\'
        elif c == '\n': out += '\\n'
        elif c == '\t': out += '\\t'
        elif c.isprintable(): out += c
        else: out += '\\u{%x}' % ord(c)
    return '"' + out + '"'

def run(src):
    code = compile(src.lstrip(' \t'), '<literal>', 'eval')
    return eval(code)

print('/// (source, repr of the value).')
print('const VALID: &[(&str, &str)] = &[')
for src in VALID:
    v = run(src)
    print('    (%s, %s),' % (rs(src), rs(repr(v))))
print('];')
print()
print('/// (source, exception, message, lineno, offset, end_lineno, end_offset); a place')
print('/// CPython leaves unset (None or -1) is 0.')
print('const ERRORS: &[(&str, &str, &str, usize, usize, usize, usize)] = &[')
import warnings
warnings.simplefilter('ignore')
for src in ERRORS:
    try:
        run(src)
        sys.exit('no error: %r' % src)
    except SyntaxError as e:
        z = lambda x: 0 if x is None or x < 0 else x
        print('    (%s, %s, %s, %d, %d, %d, %d),' % (rs(src), rs(type(e).__name__), rs(e.msg),
              z(e.lineno), z(e.offset), z(e.end_lineno), z(e.end_offset)))
    except (TypeError, ValueError) as e:
        print('    (%s, %s, %s, 0, 0, 0, 0),' % (rs(src), rs(type(e).__name__), rs(str(e))))
print('];')
print()
print('/// Valid Python (CPython compiles it) that is code, not a literal.')
print('const UNSUPPORTED: &[&str] = &[')
for src in UNSUPPORTED:
    try:
        compile(src, '<literal>', 'eval')
    except (SyntaxError, MemoryError) as e:
        if not src.startswith('-' * 100) and False:
            sys.exit('does not compile: %r %r' % (src, e))
    print('    %s,' % rs(src))
print('];')

HASHES = [
    'True', 'False', '0', '1', '-1', '-2', '2**61 - 1', '2**61', '-(2**61)', '2**64 + 5',
    '-(2**100)', '10**30', '0.0', '-0.0', '1.0', '1.5', '-1.5', '0.1', '1e300', '1e-300', '5e-324',
    '1e308', '1e309', '-1e309', '2.0**61', '123456.789', "''", "'a'", "'hello'",
    "'안녕하세요'", "'é'", "'\\U0001F600'", "'a\\U0001F600'", "'\\u0100'", "b''", "b'a'",
    "b'hello world, long enough'", '()', '(1,)', '(1, 2)', "(1, 'a', (2.5, False))", '((),)',
    'frozenset()', 'frozenset({1})', 'frozenset({1, 2, 3})', "frozenset({'a', (1, 2)})",
]
print()
print('/// (repr of the value, its hash) with PYTHONHASHSEED=0.')
print('const HASHES: &[(&str, i64)] = &[')
for src in HASHES:
    v = eval(src)
    shown = src if 'e309' in src else repr(v)
    print('    (%s, %d),' % (rs(shown), hash(v)))
print('];')

# Set displays and set()/frozenset() calls of random members. Strings are kept
# non-identifier (a space or Hangul): CPython interns identifier-like constants,
# and when one was interned earlier in the process the compiler rebuilds the
# constant frozenset once more, which can change the order (process-dependent).
import random
random.seed(2024)
def member():
    r = random.random()
    if r < 0.3: return random.randint(-10**6, 10**6)
    if r < 0.4: return random.choice([-1, -2, 0, 1, 2**61 - 1, 2**61, -(2**61), 2**64 + 3, -(2**70)])
    if r < 0.55: return random.choice([0.5, -2.25, 1e100, 3.0, -0.0, 1e-300, 0.1, 1e16])
    if r < 0.75: return random.choice(['안녕', '하세요', 'a b', 'x y z', '한국어 텍스트', '!', '?', 'é', '😀', '1 2'])
    if r < 0.85: return random.choice([b'a b', b'\x00', b'\xff\xfe', b'k k'])
    return (random.randint(-5, 5), random.choice(['안', 2.5, (1, 2)]))
SETS = []
for _ in range(60):
    items = [member() for _ in range(random.randint(1, 40))]
    body = ', '.join(map(repr, items))
    form = random.random()
    if form < 0.6: SETS.append('{' + body + '}')
    elif form < 0.8: SETS.append('set([' + body + '])')
    elif form < 0.9: SETS.append('frozenset((' + body + ',))')
    else: SETS.append('frozenset({' + body + '})')
print()
print('/// (source, repr) of set displays and calls, random members (PYTHONHASHSEED=0).')
print('const SETS: &[(&str, &str)] = &[')
for src in SETS:
    print('    (%s, %s),' % (rs(src), rs(repr(run(src)))))
print('];')
