"""Records tests/fixtures/json_loads.json: what CPython 3.11 does with json.loads(text).

Run with CPython 3.11.7 from the repository root:

    python3 tests/gen/record_json_loads.py > tests/fixtures/json_loads.json

Each case is {"text": TEXT, "repr": repr(json.loads(TEXT))} or, when json.loads
raises, {"text": TEXT, "exception": NAME, "message": str(exc)} where NAME is what the
traceback's last line prints (json.decoder.JSONDecodeError, RecursionError,
ValueError). The cases are run at module level, so the interpreter's stack is as deep
as in `python3 -c 'print(repr(json.loads(sys.argv[1])))'` (the wirelab CLI's
reference): the RecursionError cases depend on it.
"""

import json
import sys

assert sys.version_info[:2] == (3, 11), sys.version

DEPTH = 995  # the deepest nesting json.loads accepts at this stack depth

CASES = [
    # empty input and whitespace
    "", " ", "\t", "\n", "\r\n", "  \n\t", "\x0b1", "\x0c1", "\xa01", "\u20281", "\u30001",
    " 1", "1 ", "\t\n\r 1 \r\n\t", "\n\n\n", "\n\n  x", "1\u3000", "[1,\u00a02]",
    # BOM
    "\ufeff", "\ufeff1", "\ufeff{}", " \ufeff1", "[\ufeff]", '"\ufeff"',
    # literals and named constants
    "null", "true", "false", "NaN", "Infinity", "-Infinity", "nul", "tru", "fals", "Na",
    "Infinit", "-Infinit", "-Inf", "-NaN", "+Infinity", "None", "True", "nan", "inf",
    "NULL", "nullx", "truex", "NaNx", "Infinityx", "null null", "n", "t", "f", "N", "I",
    "[NaN, Infinity, -Infinity]", '{"n": NaN}',
    # numbers
    "0", "-0", "1", "-1", "01", "-01", "00", "1.", "-", "--1", "+1", ".5", "-.5", "1.0",
    "-0.0", "0.0", "1e5", "1E5", "1e+5", "1e-5", "1e", "1e+", "1e-", "1E+", "1.5e",
    "1.5E+", "1.5e-", "0.1e", "-0e0", "-0E-0", "0e5", "1e400", "-1e400", "1e-400",
    "2.5e-324", "5e-324", "1e308", "1.7976931348623157e308", "1.7976931348623159e308",
    "0.1", "0.30000000000000004", "123e-2", "1.5.5", "0x10", "1_000", "12345678901234567890",
    "-12345678901234567890", "123456789012345678901234567890.5", "9007199254740993",
    "9007199254740993.0", "1e22", "1e16", "1e15", "100", "1.5e300", "-1.25e-7",
    "0.000001", "1E-7", "1e" + "9" * 30, "1e-" + "9" * 30, "0." + "0" * 400 + "1",
    "1" * 4300, "-" + "1" * 4300, "1" * 4301, "-" + "1" * 4301, "1" * 5000,
    "[" + "1" * 5000 + "]", "[1, " + "1" * 4301 + ", x]", "1" * 4300 + ".5",
    "1" * 4300 + "e5", "1." + "1" * 5000, "\uff11", "１", "٣",
    # strings and escapes
    '""', '"a"', '"abc', '"', '"\\', '"\\"', '"\\""', '"\\\\"', '"\\/"', '"/"',
    '"\\n\\t\\b\\f\\r\\/\\\\\\""', '"\\x"', '"abc\\x"', '"\\a"', '"\\0"', '"\\\'"', '"\\U0001f600"',
    '"\\u"', '"\\u1"', '"\\u12"', '"\\u123"', '"\\u1234', '"\\u1234"', '"\\u12G4"',
    '"\\uD55C\\uAD6D\\uC5B4"', '"\\u0000"', '"\\u001f"', '"\\u007f"', '"\\uffff"',
    '"\\ud800"', '"\\udc00"', '"\\udc00x"', '"\\ud800\\udc00"', '"\\ud834\\udd1e"',
    '"\\uD834\\uDD1E"', '"\\udc00\\ud800"', '"\\ud800\\u0041"', '"\\ud800\\ud800"',
    '"\\ud800\\udbff"', '"\\ud834\\udd1e', '"\\ud834\\udd1', '"\\ud834\\udd1"', '"\\ud834\\u',
    '"\\ud834\\', '"\\ud834\\uzzzz"', '"\\ud834\\uzzzzzz"', '"\\ud834\\udd1ex"',
    '"\\ud834\\n"', '"\\ud834x\\udd1e"', '"\\ud834"x', '{"\\ud800": 1}',
    '"a\x00"', '"a\x01"', '"a\x1f"', '"a\x1f\\x', '"a\x7f"', '"\x80"', '"\u2028"',
    '"\t"', '"\n"', '"a\nb"', '"\\\n"', "'a'", '"it\'s"', '"say \\"hi\\""',
    '"한국어"', '"안녕하세요, 세계!"', '{"이름": "홍길동", "나이": 20}', '"\U0001f600"',
    '"\u00e9\u00a0\u00ad"', '"\\u00e9\\u00a0\\u00ad"', '"\ue000"', '"\u0301"', '"a\u200bb"',
    # arrays
    "[]", "[ ]", " [ ] ", "[", "]", "[1", "[1,", "[1,]", "[,1]", "[1,,2]", "[1 2]",
    "[1,2", "[1,\t2 ,3 ]", "[[]]", "[[1], [2, [3]]]", "[1]x", "[1] [2]", "[1]]",
    "[-]", "[01]", "[1.]", '["a" "b"]', '["a",]', "[null, true, false]", "[\n1,\n2\n]",
    "\n\n[1,\n 2,\n x]", "[1,\r\n x]",
    # objects
    "{}", "{ }", "{", "}", "{,}", '{"a"', '{"a":', '{"a" 1}', '{"a":1', '{"a":1,',
    '{"a":1,}', '{"a":1,,}', '{"a":1 "b":2}', '{1:2}', "{'a': 1}", '{"a": 1}',
    '{ "a" : 1 , "b" : 2 }', '{"a":1, "a":2, "b":3}', '{"b": 1, "a": 2, "b": 3}',
    '{"a": 1, "b": [1, 2, {"c": null}]}', '{"": 0}', '{"a": {"a": {"a": {}}}}',
    '{"a":1}\n\n  x', '{"a":1}}', '{"a" : }', '{"a":1}x', '{a:1}', '{"a":1;"b":2}',
    '{"\\u0061": 1, "a": 2}', '{"x": [], "y": {}, "z": ""}', '{"a" :\n 1}',
    '{"a": 1, "b": 2, "a": 3, "c": 4, "b": 5}', '{"1": 1, "1.0": 2, "true": 3}',
    '{"a" }', '{"a"\n,', '{"a"1}', '{"a" "b"}', '{"a"::1}', '{"a" ,1}', '["a', '{"a": "b',
    '{"a', '{"\\', '{"a\\"', '"abc\ndef', '"abc\\u00', '["\\', '[1, "', '{"a": 1, "b', '{"a"\t:\r1}',
    # extra data
    "1 2", "true false", '"a" "b"', "{} []", "1x", "0x", "[]{}", "1/", "1 /* c */",
    # nesting
    "[" * DEPTH + "]" * DEPTH,
    "[" * (DEPTH + 1) + "]" * (DEPTH + 1),
    '{"a":' * DEPTH + "1" + "}" * DEPTH,
    '{"a":' * (DEPTH + 1) + "1" + "}" * (DEPTH + 1),
    "[" * 2000,
    "[" * DEPTH,
    "[" * (DEPTH - 1) + "{}" + "]" * (DEPTH - 1),
    "[" * (DEPTH - 1) + '{"a":[]}' + "]" * (DEPTH - 1),
    "[" * (DEPTH - 1) + "[x" + "]" * (DEPTH - 1),
    "[x" + "[" * 2000,
    "[" * 500 + "1" + "]" * 499,
    "[" * 500 + "1" + "]" * 501,
]

# Every ASCII character as a document, as a string, and after a backslash.
for code in range(0x80):
    ch = chr(code)
    CASES += [ch, '"' + ch + '"', '"\\' + ch + '"']

seen = set()
cases = []
for text in CASES:
    if text in seen:
        continue
    seen.add(text)
    # Text the lab can receive: valid Unicode (no lone surrogate characters).
    text.encode("utf-8")
    try:
        result = {"repr": repr(json.loads(text))}
    except json.JSONDecodeError as exc:
        result = {"exception": "json.decoder.JSONDecodeError", "message": str(exc)}
    except (RecursionError, ValueError) as exc:
        result = {"exception": type(exc).__name__, "message": str(exc)}
    cases.append({"text": text, **result})

assert len(cases) > 150, len(cases)
json.dump(
    {
        "python": sys.version.split()[0],
        "source": "tests/gen/record_json_loads.py",
        "cases": cases,
    },
    sys.stdout,
    ensure_ascii=False,
    indent=1,
)
sys.stdout.write("\n")
