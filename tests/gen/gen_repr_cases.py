"""Prints the repr cases of tests/it/repr_json.rs (run with CPython 3.11.7)."""
import struct, random
random.seed(7)
def rs(s):
    out = ''
    for c in s:
        if c == '"': out += '\\"'
        elif c == '\\': out += '\\\\'
        elif c.isprintable(): out += c
        else: out += '\\u{%x}' % ord(c)
    return '"' + out + '"'
fl = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2 + 0.1, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5,
      0.00012345, 1.5e-7, 1e300, -1e300, 5e-324, 1.7976931348623157e308, 2.5e-05, 12345.678,
      100.0, 1e22, 1e23, 2.0**53, float('inf'), float('-inf'), 0.5, 3.141592653589793]
for _ in range(40):
    f = struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
    if f == f: fl.append(f)
print("const FLOATS: &[(u64, &str)] = &[")
for f in fl:
    print("    (0x%016x, %s)," % (struct.unpack('<Q', struct.pack('<d', f))[0], rs(repr(f))))
print("];")
strs = ['', 'hello', "it's", 'say "hi"', 'both \' and "', '\\', 'tab\tnl\nret\r',
        '\x00\x1f\x7f\x80\x9f\xa0\xad\xff', '안녕하세요', 'é', '\u2028\u200b\ufeff', '\U0001f600',
        '\U000e0001', '\U0010ffff', '\ue000', 'a\u0378b', '\u3000 ', "'\"'"]
print("const STRS: &[(&str, &str)] = &[")
for s in strs:
    print("    (%s, %s)," % (rs(s), rs(repr(s))))
print("];")
bs = [b'', b'abc', b"it's", b'"', b'\'"', b'\x00\x01\xff\t\n\r\\',
      bytes(range(0x1e, 0x22)) + bytes([0x7e, 0x7f, 0x80])]
print("const BYTES: &[(&[u8], &str)] = &[")
for b in bs:
    print("    (&[%s], %s)," % (', '.join(str(x) for x in b), rs(repr(b))))
print("];")

import json
JSON = ["{1.5: 1, True: 2, None: 3, 2: 4, -0.0: 5, 1e309: 6, 'k': 7}", "[1e309, -1e309, 1e16, 1e-05]",
        "'\\x00\\x1f\\x7f\\x80 \\\\ \" / \\u2028 안녕 \\U0001f600 \\b\\f\\n\\r\\t'", "(1, (2, (3,)))",
        "{'a': [1, b'x'], (1,): 2}", "{(1,): b'x'}", "[{1, 2}, b'x']", "{'a': {'b': frozenset()}}",
        "{b'k': 1}", "{1: 2, 1.0: 3}", "[True, False, None]", "123456789012345678901234567890",
        "{'é': 'é'}", "[[], {}, ()]", "{'x': set()}", "{frozenset(): 1}"]
print("const JSON: &[(&str, &str)] = &[")
for src in JSON:
    try:
        out = json.dumps(eval(src))
    except TypeError as e:
        out = 'TypeError: ' + str(e)
    print("    (%s, %s)," % (rs(src), rs(out)))
print("];")
