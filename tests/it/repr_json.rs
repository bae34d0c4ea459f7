//! Integration tests: `repr` and `json.dumps` against CPython 3.11.7.

use wirelab::py::repr::{bytes_repr, float_repr, repr, str_repr};
use wirelab::py::Value;

// Recorded with `python3 tests/gen/gen_repr_cases.py` (CPython 3.11.7).
const FLOATS: &[(u64, &str)] = &[
    (0x0000000000000000, "0.0"),
    (0x8000000000000000, "-0.0"),
    (0x3ff0000000000000, "1.0"),
    (0xbff8000000000000, "-1.5"),
    (0x3fb999999999999a, "0.1"),
    (0x3fd3333333333334, "0.30000000000000004"),
    (0x4341c37937e08000, "1e+16"),
    (0x430c6bf526340000, "1000000000000000.0"),
    (0x437b69b4ba630f35, "1.2345678901234568e+17"),
    (0x3f1a36e2eb1c432d, "0.0001"),
    (0x3ee4f8b588e368f1, "1e-05"),
    (0x3f202e4b6ce5dc68, "0.00012345"),
    (0x3e8421f5f40d8376, "1.5e-07"),
    (0x7e37e43c8800759c, "1e+300"),
    (0xfe37e43c8800759c, "-1e+300"),
    (0x0000000000000001, "5e-324"),
    (0x7fefffffffffffff, "1.7976931348623157e+308"),
    (0x3efa36e2eb1c432d, "2.5e-05"),
    (0x40c81cd6c8b43958, "12345.678"),
    (0x4059000000000000, "100.0"),
    (0x4480f0cf064dd592, "1e+22"),
    (0x44b52d02c7e14af6, "1e+23"),
    (0x4340000000000000, "9007199254740992.0"),
    (0x7ff0000000000000, "inf"),
    (0xfff0000000000000, "-inf"),
    (0x3fe0000000000000, "0.5"),
    (0x400921fb54442d18, "3.141592653589793"),
    (0xf2a74de452e6b438, "-1.989032661366619e+244"),
    (0x6513270e269e0d37, "7.761117632285041e+178"),
    (0x0c5c7fd0a6a3a450, "3.980498358697587e-249"),
    (0xd23f0824128b2f33, "-1.5432835417340557e+88"),
    (0x1818e811892f902b, "1.3647584518757569e-192"),
    (0x9531985d5d9dc9f8, "-1.3701135617873088e-206"),
    (0xe8e25d940ed90475, "-1.7160537630466207e+197"),
    (0x36f675cc81e74ef5, "6.294675241195386e-44"),
    (0x1600a35a099950d8, "1.0613447212142254e-202"),
    (0x6b0d549b6f03675a, "4.708325160387546e+207"),
    (0x3d9c172411e20b8f, "6.387016158513563e-12"),
    (0x8d116ece1738f7d9, "-9.973130378568733e-246"),
    (0x0f21ddb66cad4a26, "8.779753225680271e-236"),
    (0x90c192cfd3ac94af, "-5.795503248498993e-228"),
    (0xf28c105d1fb17c23, "-5.988180159386011e+243"),
    (0xa170b33839263059, "-1.306052388527796e-147"),
    (0x953f48f1a09f76b5, "-2.436117699484841e-206"),
    (0x0fd630f1f29d0da9, "2.233386999150174e-232"),
    (0x95e60af593bd04cf, "-3.51527970626667e-203"),
    (0x0cb1e29c658cda14, "1.5987381841032883e-247"),
    (0x3898d190f9ebdacc, "4.6678633181812096e-36"),
    (0x8e81973e0becd7b0, "-8.441872792105456e-239"),
    (0x2217beaddbc496cb, "1.9015657400796622e-144"),
    (0x6b4cb2424a23d596, "7.370437700706684e+208"),
    (0x8a6a63ec24ede6a4, "-1.7163996725272777e-258"),
    (0x922766581e27a1c0, "-3.2367190832119987e-221"),
    (0x8f6d05584ef8aa38, "-2.2818334634712625e-234"),
    (0xae97ba94d0eda82f, "-3.0536383926309363e-84"),
    (0x1a61dbe22e44158b, "1.3449551894627777e-181"),
    (0x923a736994e3bf91, "-7.317495976062606e-221"),
    (0x301850c5a38fd547, "5.249822308814304e-77"),
    (0x18f135d25f557203, "1.5450754142984396e-188"),
    (0xb64ce4228c38fb29, "-3.953625698224792e-47"),
    (0x907a70c31012f037, "-2.72491267476498e-229"),
    (0x9e7769b10f4205b4, "-6.505141861548772e-162"),
    (0x7f15052434b9b5df, "1.441484839555994e+304"),
    (0x881ed162ae2eb154, "-1.4583679262758548e-269"),
    (0xc6f877186d76b07e, "-7.939416668807721e+33"),
    (0x7731af10506bf2ef, "1.4255183989699612e+266"),
    (0xec66a78795e761d1, "-1.525315701232403e+214"),
];
const STRS: &[(&str, &str)] = &[
    ("", "''"),
    ("hello", "'hello'"),
    ("it's", "\"it's\""),
    ("say \"hi\"", "'say \"hi\"'"),
    ("both ' and \"", "'both \\' and \"'"),
    ("\\", "'\\\\'"),
    ("tab\u{9}nl\u{a}ret\u{d}", "'tab\\tnl\\nret\\r'"),
    (
        "\u{0}\u{1f}\u{7f}\u{80}\u{9f}\u{a0}\u{ad}ÿ",
        "'\\x00\\x1f\\x7f\\x80\\x9f\\xa0\\xadÿ'",
    ),
    ("안녕하세요", "'안녕하세요'"),
    ("é", "'é'"),
    ("\u{2028}\u{200b}\u{feff}", "'\\u2028\\u200b\\ufeff'"),
    ("😀", "'😀'"),
    ("\u{e0001}", "'\\U000e0001'"),
    ("\u{10ffff}", "'\\U0010ffff'"),
    ("\u{e000}", "'\\ue000'"),
    ("a\u{378}b", "'a\\u0378b'"),
    ("\u{3000} ", "'\\u3000 '"),
    ("'\"'", "'\\'\"\\''"),
];
const BYTES: &[(&[u8], &str)] = &[
    (&[], "b''"),
    (&[97, 98, 99], "b'abc'"),
    (&[105, 116, 39, 115], "b\"it's\""),
    (&[34], "b'\"'"),
    (&[39, 34], "b'\\'\"'"),
    (
        &[0, 1, 255, 9, 10, 13, 92],
        "b'\\x00\\x01\\xff\\t\\n\\r\\\\'",
    ),
    (
        &[30, 31, 32, 33, 126, 127, 128],
        "b'\\x1e\\x1f !~\\x7f\\x80'",
    ),
];
const JSON: &[(&str, &str)] = &[
    ("{1.5: 1, True: 2, None: 3, 2: 4, -0.0: 5, 1e309: 6, 'k': 7}", "{\"1.5\": 1, \"true\": 2, \"null\": 3, \"2\": 4, \"-0.0\": 5, \"Infinity\": 6, \"k\": 7}"),
    ("[1e309, -1e309, 1e16, 1e-05]", "[Infinity, -Infinity, 1e+16, 1e-05]"),
    ("'\\x00\\x1f\\x7f\\x80 \\\\ \" / \\u2028 안녕 \\U0001f600 \\b\\f\\n\\r\\t'", "\"\\u0000\\u001f\\u007f\\u0080 \\\\ \\\" / \\u2028 \\uc548\\ub155 \\ud83d\\ude00 \\b\\f\\n\\r\\t\""),
    ("(1, (2, (3,)))", "[1, [2, [3]]]"),
    ("{'a': [1, b'x'], (1,): 2}", "TypeError: Object of type bytes is not JSON serializable"),
    ("{(1,): b'x'}", "TypeError: keys must be str, int, float, bool or None, not tuple"),
    ("[{1, 2}, b'x']", "TypeError: Object of type set is not JSON serializable"),
    ("{'a': {'b': frozenset()}}", "TypeError: Object of type frozenset is not JSON serializable"),
    ("{b'k': 1}", "TypeError: keys must be str, int, float, bool or None, not bytes"),
    ("{1: 2, 1.0: 3}", "{\"1\": 3}"),
    ("[True, False, None]", "[true, false, null]"),
    ("123456789012345678901234567890", "123456789012345678901234567890"),
    ("{'é': 'é'}", "{\"\\u00e9\": \"\\u00e9\"}"),
    ("[[], {}, ()]", "[[], {}, []]"),
    ("{'x': set()}", "TypeError: Object of type set is not JSON serializable"),
    ("{frozenset(): 1}", "TypeError: keys must be str, int, float, bool or None, not frozenset"),
];

#[test]
fn float_repr_matches_cpython() {
    for &(bits, expect) in FLOATS {
        assert_eq!(float_repr(f64::from_bits(bits)), expect, "bits {bits:#x}");
    }
    assert_eq!(float_repr(f64::NAN), "nan");
}

#[test]
fn str_repr_matches_cpython() {
    for &(s, expect) in STRS {
        assert_eq!(str_repr(s), expect, "{s:?}");
    }
}

#[test]
fn bytes_repr_matches_cpython() {
    for &(b, expect) in BYTES {
        assert_eq!(bytes_repr(b), expect, "{b:?}");
    }
}

#[test]
fn container_reprs() {
    let int = |i: i64| Value::Int(i.into());
    let cases = [
        (Value::Tuple(vec![int(1)]), "(1,)"),
        (Value::Tuple(vec![]), "()"),
        (Value::Tuple(vec![int(1), int(2)]), "(1, 2)"),
        (Value::Set(vec![]), "set()"),
        (Value::FrozenSet(vec![]), "frozenset()"),
        (Value::FrozenSet(vec![int(4)]), "frozenset({4})"),
        (Value::Set(vec![int(1), int(2)]), "{1, 2}"),
        (Value::Dict(vec![]), "{}"),
        (
            Value::Dict(vec![(
                Value::Str("a".into()),
                Value::List(vec![Value::None]),
            )]),
            "{'a': [None]}",
        ),
        (
            Value::List(vec![
                Value::Bool(true),
                Value::Float(1.0),
                Value::Bytes(b"x".to_vec()),
            ]),
            "[True, 1.0, b'x']",
        ),
    ];
    for (v, expect) in cases {
        assert_eq!(repr(&v), expect);
    }
}

/// Every object of tests/fixtures/pickle.json: `json.dumps` output or its TypeError.
#[test]
fn fixture_json_dumps_match_cpython() {
    use wirelab::py::json::dumps;
    use wirelab::py::literal::parse;
    let text = include_str!("../fixtures/pickle.json");
    let fixture: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
    let objects = fixture["objects"].as_array().cloned().unwrap_or_default();
    assert_eq!(objects.len(), 43);
    for o in objects {
        let literal = o["literal"].as_str().unwrap_or_default();
        let v = parse(literal).unwrap_or_else(|e| panic!("{literal}: {e}"));
        let got = dumps(&v).map_err(|e| e.to_string());
        match (o["json_dumps"].as_str(), o["json_error"].as_str()) {
            (Some(want), _) => assert_eq!(got, Ok(want.to_string()), "{literal}"),
            (None, Some(want)) => assert_eq!(got, Err(want.to_string()), "{literal}"),
            _ => panic!("fixture object without json result: {literal}"),
        }
    }
}

fn nested_lists(n: usize) -> Value {
    let mut v = Value::List(vec![]);
    for _ in 1..n {
        v = Value::List(vec![v]);
    }
    v
}

/// `python3 -c 'json.dumps(x)'` encodes 995 nested lists and refuses 996.
#[test]
fn json_recursion_limit_matches_cpython() {
    use wirelab::py::json::dumps;
    let deep = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(|| {
            let ok = dumps(&nested_lists(995)).map(|s| s.len());
            let too_deep = dumps(&nested_lists(996)).map_err(|e| e.to_string());
            (ok, too_deep)
        })
        .map(|h| h.join());
    let Ok(Ok((ok, too_deep))) = deep else {
        panic!("thread failed")
    };
    assert_eq!(ok, Ok(995 * 2));
    assert_eq!(
        too_deep,
        Err("RecursionError: maximum recursion depth exceeded while encoding a JSON object".into())
    );
}

/// repr works without recursion: a crafted pickle can nest far deeper than a literal.
#[test]
fn repr_of_deep_values_does_not_overflow() {
    let v = nested_lists(100_000);
    let text = repr(&v);
    assert_eq!(text.len(), 200_000);
    assert!(text.starts_with("[[[") && text.ends_with("]]]"));
    // Dropping such a value recurses in Rust's own drop glue; unwrap it first.
    let mut v = v;
    while let Value::List(mut items) = v {
        v = items.pop().unwrap_or(Value::None);
    }
}

#[test]
fn json_dumps_matches_cpython() {
    use wirelab::py::json::dumps;
    use wirelab::py::literal::parse;
    for &(src, expect) in JSON {
        let v = parse(src).unwrap_or_else(|e| panic!("{src}: {e}"));
        let got = match dumps(&v) {
            Ok(s) => s,
            Err(e) => e.to_string(),
        };
        assert_eq!(got, expect, "json.dumps({src})");
    }
}
