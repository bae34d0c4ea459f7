//! Live comparison with `python3` (CPython 3.11) over generated documents, valid and
//! broken: each goes through `json.loads` in a python3 at module level (so its stack
//! is as deep as the CLI's reference `python3 -c`), and through our engine. Skipped
//! (with a note) where `python3` is missing.

use super::run;

/// A small deterministic generator (xorshift64*): no global RNG in tests either.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

const WS: &[&str] = &["", "", "", " ", "\n", "\t", "\r\n", "  "];
const STRS: &[&str] = &[
    "",
    "a",
    "key",
    "한국어",
    "\\n",
    "\\\"",
    "\\\\",
    "\\/",
    "\\u0041",
    "\\uD55C",
    "\\ud800",
    "\\udc00",
    "\\ud834\\udd1e",
    "\\ud834\\u0041",
    "\u{1f600}",
    "tab\\tx",
    "\u{e9}\u{a0}",
    "'",
];
const NUMS: &[&str] = &[
    "0",
    "-0",
    "1",
    "-1",
    "10",
    "0.5",
    "-0.0",
    "1e5",
    "1E-5",
    "2.5e+3",
    "1e400",
    "-1e400",
    "123456789012345678901234567890",
    "9007199254740993",
    "0.1",
    "1.7976931348623157e308",
    "5e-324",
    "NaN",
    "Infinity",
    "-Infinity",
];

fn ws(rng: &mut Rng) -> &'static str {
    rng.pick(WS)
}

/// A random valid document.
fn gen(rng: &mut Rng, depth: usize, out: &mut String) {
    let kinds = if depth == 0 { 5 } else { 8 };
    match rng.below(kinds) {
        0 => out.push_str(rng.pick(&["null", "true", "false"])),
        1 | 2 => out.push_str(rng.pick(NUMS)),
        3 | 4 => {
            out.push('"');
            out.push_str(rng.pick(STRS));
            out.push('"');
        }
        5 | 6 => {
            out.push('[');
            for i in 0..rng.below(5) {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(ws(rng));
                gen(rng, depth - 1, out);
                out.push_str(ws(rng));
            }
            out.push(']');
        }
        _ => {
            out.push('{');
            for i in 0..rng.below(5) {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(ws(rng));
                // A small key pool, so duplicate keys come up.
                out.push('"');
                out.push_str(rng.pick(&["a", "b", "\\u0061", "c", "한", "\\ud800"]));
                out.push('"');
                out.push_str(ws(rng));
                out.push(':');
                out.push_str(ws(rng));
                gen(rng, depth - 1, out);
            }
            out.push('}');
        }
    }
}

/// A document, broken half of the time: a character deleted, inserted or replaced.
fn document(rng: &mut Rng) -> String {
    let mut text = String::new();
    text.push_str(ws(rng));
    gen(rng, 4, &mut text);
    text.push_str(ws(rng));
    let mut chars: Vec<char> = text.chars().collect();
    if rng.below(2) == 0 && !chars.is_empty() {
        let at = rng.below(chars.len());
        let noise = rng.pick(&[
            '[', ']', '{', '}', ',', ':', '"', '\\', 'x', '1', ' ', '\u{1}', '.', 'e',
        ]);
        match rng.below(3) {
            0 => {
                chars.remove(at);
            }
            1 => chars.insert(at, noise),
            _ => chars[at] = noise,
        }
    }
    chars.into_iter().collect()
}

/// Token soup: mostly broken documents, for the order and position of the errors.
fn soup(rng: &mut Rng) -> String {
    const TOKENS: &[&str] = &[
        "[",
        "]",
        "{",
        "}",
        ",",
        ":",
        "\"",
        "\"a\"",
        "\\",
        "\\u",
        "\\ud834",
        "\\udd1e",
        "\\x",
        "\\n",
        " ",
        "\n",
        "\t",
        "-",
        "0",
        "1",
        "01",
        ".",
        "5",
        "e",
        "E+",
        "1.5e",
        "null",
        "nul",
        "true",
        "NaN",
        "Infinity",
        "-Infinity",
        "\u{1}",
        "\u{1f}",
        "\u{7f}",
        "한",
        "\u{feff}",
        "\u{a0}",
        "x",
        "'",
        "ab",
        "12345678901234567890",
    ];
    let mut text = String::new();
    for _ in 0..1 + rng.below(30) {
        text.push_str(rng.pick(TOKENS));
    }
    text
}

/// Numbers and nesting near CPython's limits (4300 digits, depth 995).
fn edge(rng: &mut Rng) -> String {
    let digits = 4295 + rng.below(10);
    let depth = 990 + rng.below(10);
    let num: String = std::iter::once('9')
        .chain((1..digits).map(|i| char::from(b'0' + (i % 10) as u8)))
        .collect();
    match rng.below(4) {
        0 => num,
        1 => format!("[-{num}, x]"),
        2 => format!("{}{}{}", "[".repeat(depth), num.len(), "]".repeat(depth)),
        _ => format!(
            "{}1{}",
            "{\"k\": [".repeat(depth / 2),
            "]}".repeat(depth / 2)
        ),
    }
}

/// Reads one JSON-encoded document per line; prints ["ok", repr] or
/// ["err", last traceback line] per line. Module level: no extra frames.
const RUNNER: &str = "import json, sys
for line in sys.stdin:
    text = json.loads(line)
    try:
        out = ['ok', repr(json.loads(text))]
    except json.JSONDecodeError as e:
        out = ['err', 'json.decoder.JSONDecodeError: ' + str(e)]
    except (RecursionError, ValueError) as e:
        out = ['err', type(e).__name__ + ': ' + str(e)]
    print(json.dumps(out))
";

#[test]
fn generated_documents_match_live_python3() {
    let mut rng = Rng(0x1507_da7a_2026);
    let mut docs: Vec<String> = (0..600).map(|_| document(&mut rng)).collect();
    docs.extend((0..400).map(|_| soup(&mut rng)));
    docs.extend((0..40).map(|_| edge(&mut rng)));
    let input: String = docs
        .iter()
        .map(|d| format!("{}\n", serde_json::to_string(d).unwrap()))
        .collect();
    let Some(lines) = crate::python::run_lines(RUNNER, input, &[]) else {
        eprintln!("python3 not found: live json.loads comparison skipped");
        return;
    };
    assert_eq!(lines.len(), docs.len());
    let mut failures = Vec::new();
    let mut errors = 0;
    for (doc, line) in docs.iter().zip(lines) {
        let (kind, body): (String, String) = serde_json::from_str(&line).unwrap();
        let want = if kind == "ok" { Ok(body) } else { Err(body) };
        errors += usize::from(want.is_err());
        let got = run(doc);
        if got != want {
            failures.push(format!("{doc:?}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    // Both kinds are exercised.
    assert!(
        errors > 400 && errors < 900,
        "{errors} errors of {}",
        docs.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
