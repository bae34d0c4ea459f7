"""Records tests/it/pickle_dumps/cases.rs: pickle.dumps(x, p).hex() for p in 0..5.

Run with CPython 3.11.7 from the repository root:

    python3 tests/gen/record_pickle_dumps.py > tests/it/pickle_dumps/cases.rs
    rustfmt --edition 2021 tests/it/pickle_dumps/cases.rs

Each case is (python, rust): `python` is a literal (evaluated with eval, so the
compiler merges equal constants exactly as for a typed literal) or, when it starts
with '=', a Python expression whose value is pickled as is (for values too big to
type); `rust` builds the same Value with the helpers of tests/it/pickle_dumps.rs, or
is None to derive it from the value. Long outputs are stored run-length encoded
('u*n' is the hex unit u repeated n times, tokens are separated by '|'); outputs
still longer than 2000 characters that way as '#length:FNV-1a-64 of the bytes'.
"""

import pickle
import struct
import sys

CASES = [
    # ints near every opcode boundary
    ("0", None), ("255", None), ("256", None), ("65535", None), ("65536", None),
    ("-1", None), ("-255", None), ("-256", None), ("-65536", None),
    ("2147483647", None), ("2147483648", None), ("-2147483648", None), ("-2147483649", None),
    ("4294967295", None), ("4294967296", None), ("9223372036854775807", None),
    ("9223372036854775808", None), ("-9223372036854775808", None),
    ("-9223372036854775809", None), ("18446744073709551616", None),
    ("-549755813888", None), ("-549755813889", None), ("1099511627776", None),
    ("=2**2039-1", "pow2(2039, -1)"), ("=2**2039", "pow2(2039, 0)"),
    ("=-2**2039", "neg(pow2(2039, 0))"), ("=-2**2039-1", "neg(pow2(2039, 1))"),
    ("=2**2040", "pow2(2040, 0)"), ("=-2**2047", "neg(pow2(2047, 0))"),
    # floats (protocol 0 writes repr)
    ("0.0", None), ("-0.0", None), ("0.1", None), ("2.5", None), ("100.0", None),
    ("1e16", None), ("1e15", None), ("123456789012345.67", None), ("1e-05", None),
    ("0.0001", None), ("5e-324", None), ("1.7976931348623157e308", None),
    ("1e400", None), ("-1e400", None), ("1e22", None), ("-1.5e-10", None),
    # str: escapes of protocol 0 and the length fields of 1+
    ("''", None), ("'\\\\'", None), ("'a\\nb\\rc\\x00d\\x1ae'", None),
    ("'\\x7f\\x80\\xff'", None), ("'\\u1234\\uffff'", None), ("'\\U0001f600'", None),
    ("'caf\\xe9 \\ud55c\\uad6d\\uc5b4'", None),
    ("='a'*255", "s(&\"a\".repeat(255))"), ("='a'*256", "s(&\"a\".repeat(256))"),
    ("='\\xe9'*128", "s(&\"\\u{e9}\".repeat(128))"),
    ("='\\xe9'*127+'a'", "s(&(\"\\u{e9}\".repeat(127) + \"a\"))"),
    ("='a'*65535", "s(&\"a\".repeat(65535))"), ("='a'*65536", "s(&\"a\".repeat(65536))"),
    # bytes
    ("b''", None), ("b'\\x00\\x80\\xff'", None), ("b'\\\\\\n\\r\\x1a'", None),
    ("b'latin1'", None),
    ("=b'\\x01'*255", "by(&[1; 255])"), ("=b'\\x01'*256", "by(&[1; 256])"),
    ("=b'\\x01'*65535", "by(&[1; 65535])"), ("=b'\\x01'*65536", "by(&[1; 65536])"),
    # identity: merged constants are one object, run-time containers are not
    ("['ab', 'ab']", None), ("[(1, 2), (1, 2)]", None), ("[[1], [1]]", None),
    ("{'a': 'a'}", None), ("{(1, 2): (1, 2)}", None),
    ("[(1,), (True,), (1.0,), (1,)]", None), ("[(0.0,), (-0.0,), (0.0,)]", None),
    ("[((1, 2), 3), (1, 2)]", None), ("[(1, 2), ((1, 2), 3)]", None),
    ("[('a', [1]), ('a', [1])]", None), ("[('a',), ['a'], 'a']", None),
    ("[(1, 'a', b'b'), (1, 'a', b'b'), b'b']", None),
    ("[(1, 2, 3, 4), (1, 2, 3, 4)]", None), ("[(), (), ((),), ((),)]", None),
    ("[frozenset({(1, 2)}), (1, 2)]", None), ("[{(1, 2), 3}, (1, 2)]", None),
    ("[frozenset(), frozenset()]", None), ("[set(), set()]", None),
    ("[{1, 2}, {1, 2}]", None), ("[{}, {}]", None),
    ("[b'ab', b'ab']", None), ("[b'', b'']", None), ("[b'x', b'y', b'x']", None),
    ("['latin1', b'x', b'y']", None), ("[b'x', 'latin1']", None),
    ("['Z', b'Z']", None), ("[b'Z', 'Z']", None), ("['a', b'a']", None),
    ("['\\xe9', b'\\xe9']", None), ("['xy', b'xy']", None),
    ("[b'\\x00', '\\x00', b'a']", None),
    ("[{1: 'one'}, {2: 'one'}, ('one',)]", None),
    ("=[str(i) for i in range(300)] + ['0', '299']",
     "list((0..300).map(|i| s(&i.to_string())).chain([s(\"0\"), s(\"299\")]).collect())"),
    # batches of 1000
    ("[1]", None), ("[1, 2]", None), ("{1: 2}", None), ("{1: 2, 3: 4}", None),
    ("{1}", None), ("frozenset({1})", None),
    ("=[7]*1000", "list(vec![int(7); 1000])"), ("=[7]*1001", "list(vec![int(7); 1001])"),
    ("=[7]*2000", "list(vec![int(7); 2000])"), ("=[7]*2001", "list(vec![int(7); 2001])"),
    ("=list(range(1001))", "list(ints(0..1001))"),
    ("={i: None for i in range(1000)}", "dict(ints(0..1000).into_iter().map(|k| (k, none())).collect())"),
    ("={i: None for i in range(1001)}", "dict(ints(0..1001).into_iter().map(|k| (k, none())).collect())"),
    ("=set(range(1000))", "set(ints(0..1000))"), ("=set(range(1001))", "set(ints(0..1001))"),
    ("=frozenset(range(1001))", "fset(ints(0..1001))"),
    # frames near 64 KiB
    ("=['a'*65000, 'b'*600]", "list(vec![s(&\"a\".repeat(65000)), s(&\"b\".repeat(600))])"),
    ("=['a'*65536, 1]", "list(vec![s(&\"a\".repeat(65536)), int(1)])"),
    ("=[1, 'a'*65536]", "list(vec![int(1), s(&\"a\".repeat(65536))])"),
    ("=[b'x'*30000, b'y'*30000, b'z'*30000, 1]",
     "list(vec![by(&[b'x'; 30000]), by(&[b'y'; 30000]), by(&[b'z'; 30000]), int(1)])"),
    ("=[1000]*30000", "list(vec![int(1000); 30000])"),
    ("=[[None]*40000, [None]*40000]", "list(vec![list(vec![none(); 40000]), list(vec![none(); 40000])])"),
    ("=(b'\\x01'*65530, 'abc')", "tuple(vec![by(&[1; 65530]), s(\"abc\")])"),
    ("=(b'\\x01'*65536, 'abc', b'\\x01'*65536)",
     "tuple(vec![by(&[1; 65536]), s(\"abc\"), by(&[1; 65536])])"),
    # depth: Python's recursion limit as `python3 -c` meets it
    ("=nest('list', 499)", "nest_lists(499)"), ("=nest('list', 500)", "nest_lists(500)"),
    ("=nest('tuple', 999)", "nest_tuples(999)"), ("=nest('tuple', 1000)", "nest_tuples(1000)"),
    ("=nest('dict', 499)", "nest_dicts(499)"), ("=nest('dict', 500)", "nest_dicts(500)"),
    ("=nest('frozenset', 249)", "nest_frozensets(249)"),
    ("=nest('frozenset', 250)", "nest_frozensets(250)"),
    ("=nest('set', 995)", "nest_set(995)"), ("=nest('set', 996)", "nest_set(996)"),
]


NEST = {"list": "[x]", "tuple": "(x,)", "dict": "{0: x}", "frozenset": "frozenset({x})",
        "set": "(x,)"}


def nest_source(kind, n):
    """Module-level code that builds n nested containers around 0 (set: n tuples
    around {1}); built and pickled at module level, as `python3 -c` would."""
    core = "{1}" if kind == "set" else "0"
    return f"x = {core}\nfor _ in range({n}):\n    x = {NEST[kind]}\n"


def rust(v):
    """A Rust expression building v with the test helpers."""
    if v is None:
        return "none()"
    if v is True or v is False:
        return f"boolean({str(v).lower()})"
    if isinstance(v, int):
        return f"int({v})" if -2**63 <= v < 2**63 else f'big("{v}")'
    if isinstance(v, float):
        return f"float(f64::from_bits(0x{struct.unpack('>Q', struct.pack('>d', v))[0]:016x}))"
    if isinstance(v, str):
        body = ''.join(c if ' ' <= c <= '~' and c not in '"\\' else f"\\u{{{ord(c):x}}}" for c in v)
        return f's("{body}")'
    if isinstance(v, bytes):
        return "by(b\"" + ''.join(chr(c) if 32 <= c < 127 and chr(c) not in '"\\' else f"\\x{c:02x}" for c in v) + "\")"
    items = lambda xs: ", ".join(rust(x) for x in xs)
    if isinstance(v, list):
        return f"list(vec![{items(v)}])"
    if isinstance(v, tuple):
        return f"tuple(vec![{items(v)}])"
    if isinstance(v, dict):
        return "dict(vec![" + ", ".join(f"({rust(k)}, {rust(x)})" for k, x in v.items()) + "])"
    if isinstance(v, set):
        return f"set(vec![{items(v)}])"
    if isinstance(v, frozenset):
        return f"fset(vec![{items(v)}])"
    raise TypeError(type(v))


def rle(data):
    """Hex with runs of a repeated 1-8 byte unit written 'u*n', '|' between tokens."""
    out, lit, i = [], [], 0
    while i < len(data):
        best = None
        for u in range(1, 9):
            unit = data[i:i + u]
            n = 1
            while data[i + n * u:i + (n + 1) * u] == unit:
                n += 1
            if n * u >= 32 and (best is None or n * u > best[0] * best[1]):
                best = (n, u)
        if best:
            if lit:
                out.append(bytes(lit).hex())
                lit = []
            n, u = best
            out.append(f"{data[i:i + u].hex()}*{n}")
            i += n * u
        else:
            lit.append(data[i])
            i += 1
    if lit:
        out.append(bytes(lit).hex())
    return '|'.join(out)


def fnv1a64(data):
    h = 0xcbf29ce484222325
    for b in data:
        h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
    return h


def store(data):
    """The run-length hex, or '#len:fnv1a64' when that is still long."""
    text = rle(data)
    return text if len(text) <= 2000 else f"#{len(data)}:{fnv1a64(data):016x}"


def outcome(src, value, proto):
    if src.startswith("=nest"):
        # Measured where `python3 -c` calls pickle.dumps: from the module frame.
        import subprocess
        code = ("import pickle\n" + eval("nest_source" + src[len("=nest"):]) +
                f"try:\n    print(pickle.dumps(x, {proto}).hex())\n"
                "except RecursionError as e:\n    print('!RecursionError:', e)\n")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True).stdout.strip()
        return out if out.startswith("!") else store(bytes.fromhex(out))
    try:
        return store(pickle.dumps(value, proto))
    except RecursionError as e:
        return f"!RecursionError: {e}"


def main():
    print("//! Generated by tests/gen/record_pickle_dumps.py (do not edit): expected "
          f"`pickle.dumps` outputs, recorded from CPython {sys.version.split()[0]}.")
    print()
    print("use super::*;")
    print()
    print("/// Every recorded case.")
    print("pub(super) fn cases() -> Vec<Case> {")
    print("    vec![")
    for src, rexpr in CASES:
        if src.startswith('=nest'):
            value = None
        elif src.startswith('='):
            # As if typed: a literal's equal constants are merged by the compiler.
            value = eval(repr(eval(src[1:])))
        else:
            value = eval(src)
        if rexpr is None:
            rexpr = rust(value)
        outs = [outcome(src, value, p) for p in range(6)]
        label = src if len(src) < 80 else src[:77] + '...'
        print("        Case {")
        print(f'            python: r#"{label}"#,')
        print(f"            value: {rexpr},")
        print("            hex: [")
        for o in outs:
            print(f'                "{o}",')
        print("            ],")
        print("        },")
    print("    ]")
    print("}")


if __name__ == "__main__":
    main()
