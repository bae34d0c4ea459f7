//! Live comparison with `python3` (CPython 3.11) over generated values: each value
//! is written as a Python literal, which CPython evaluates and pickles in protocols
//! 0-5 and the lab parses (set order as with `PYTHONHASHSEED=0`) and pickles with
//! `dumps`. Skipped (with a note) where `python3` is missing.

use super::*;

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

/// Small pools, so that equal constants (memo gets) come up often.
const STRS: &[&str] = &[
    "",
    "a",
    "ab",
    "Z",
    "g",
    "latin1",
    "\u{e9}",
    "\n",
    "\\",
    "x\u{1234}",
    "\u{1f600}",
    " ",
    "_",
];
const BYTES: &[&[u8]] = &[
    b"", b"a", b"Z", b"g", b"xy", b"\x00", b"\xff", b"latin1", b"\\\n",
];

fn gen_int(rng: &mut Rng) -> Value {
    let edges = [
        0i64,
        1,
        -1,
        255,
        256,
        65535,
        65536,
        -256,
        i32::MAX as i64,
        i32::MIN as i64,
    ];
    match rng.below(4) {
        0 => int(rng.pick(&edges)),
        1 => int(rng.next() as i64 >> rng.below(64)),
        2 => int(rng.pick(&edges) + rng.below(3) as i64 - 1),
        _ => {
            let mut n = BigInt::from(rng.next());
            for _ in 0..rng.below(40) {
                n = n * BigInt::from(rng.next()) + 7;
            }
            Value::Int(if rng.below(2) == 0 { -n } else { n })
        }
    }
}

fn gen_float(rng: &mut Rng) -> Value {
    let specials = [0.0, -0.0, 0.1, 1e16, 1e-5, 1e22, 5e-324, f64::INFINITY, 2.5];
    if rng.below(3) == 0 {
        return float(rng.pick(&specials));
    }
    let x = f64::from_bits(rng.next());
    float(if x.is_nan() { 1.5 } else { x })
}

/// A hashable constant, for dict keys.
fn gen_key(rng: &mut Rng) -> Value {
    match rng.below(3) {
        0 => s(rng.pick(STRS)),
        1 => by(rng.pick(BYTES)),
        _ => tuple(vec![s(rng.pick(STRS)), int(rng.below(3) as i64 + 2)]),
    }
}

/// A set member: hashable, sometimes equal across types (`1`, `True`, `1.0`).
fn gen_member(rng: &mut Rng) -> Value {
    match rng.below(5) {
        0 => int(rng.below(12) as i64 - 2),
        1 => boolean(rng.below(2) == 0),
        2 => float(rng.below(4) as f64 / 2.0),
        3 => gen_int(rng),
        _ => gen_key(rng),
    }
}

fn gen(rng: &mut Rng, depth: usize) -> Value {
    let kinds = if depth == 0 { 6 } else { 12 };
    match rng.below(kinds) {
        0 => none(),
        1 => boolean(rng.below(2) == 0),
        2 => gen_int(rng),
        3 => gen_float(rng),
        4 => s(rng.pick(STRS)),
        5 => by(rng.pick(BYTES)),
        6 | 7 => tuple((0..rng.below(5)).map(|_| gen(rng, depth - 1)).collect()),
        8 => list((0..rng.below(6)).map(|_| gen(rng, depth - 1)).collect()),
        9 => {
            let mut pairs: Vec<(Value, Value)> = Vec::new();
            for _ in 0..rng.below(4) {
                let key = gen_key(rng);
                if !pairs.iter().any(|(k, _)| *k == key) {
                    pairs.push((key, gen(rng, depth - 1)));
                }
            }
            dict(pairs)
        }
        // Any order: the literal parser puts members in CPython's order.
        10 => set((0..rng.below(6)).map(|_| gen_member(rng)).collect()),
        _ => fset((0..rng.below(6)).map(|_| gen_member(rng)).collect()),
    }
}

fn py_str(text: &str) -> String {
    let body: String = text
        .chars()
        .map(|c| match c {
            ' '..='~' if c != '\\' && c != '\'' => c.to_string(),
            _ => format!("\\U{:08x}", u32::from(c)),
        })
        .collect();
    format!("'{body}'")
}

/// Python source for `value`, as a literal (so constants merge as in a typed one).
fn py(value: &Value) -> String {
    let join = |items: &[Value]| items.iter().map(py).collect::<Vec<_>>().join(", ");
    match value {
        Value::None => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) if f.is_infinite() => if *f > 0.0 { "1e400" } else { "-1e400" }.into(),
        Value::Float(f) => format!("{f:?}"),
        Value::Str(text) => py_str(text),
        Value::SurrogateStr(cps) => {
            let body: String = cps.iter().map(|cp| format!("\\U{cp:08x}")).collect();
            format!("'{body}'")
        }
        Value::Bytes(data) => {
            let body: String = data.iter().map(|b| format!("\\x{b:02x}")).collect();
            format!("b'{body}'")
        }
        Value::List(items) => format!("[{}]", join(items)),
        Value::Tuple(items) if items.len() == 1 => format!("({},)", py(&items[0])),
        Value::Tuple(items) => format!("({})", join(items)),
        Value::Dict(pairs) => {
            let body: Vec<String> = pairs
                .iter()
                .map(|(k, v)| format!("{}: {}", py(k), py(v)))
                .collect();
            format!("{{{}}}", body.join(", "))
        }
        Value::Set(items) if items.is_empty() => "set()".into(),
        Value::Set(items) => format!("{{{}}}", join(items)),
        Value::FrozenSet(items) if items.is_empty() => "frozenset()".into(),
        Value::FrozenSet(items) => format!("frozenset({{{}}})", join(items)),
    }
}

/// Reads literals from stdin, prints the six protocols' hex per line.
const RUNNER: &str = "import pickle, sys
for line in sys.stdin:
    obj = eval(line)
    print(' '.join(pickle.dumps(obj, p).hex() for p in range(6)))
";

#[test]
fn generated_values_match_live_python3() {
    let mut rng = Rng(0x05ee_d0fd_00d5);
    let literals: Vec<String> = (0..1000).map(|_| py(&gen(&mut rng, 3))).collect();
    let values: Vec<Value> = literals
        .iter()
        .map(|text| literal::parse(text).expect(text))
        .collect();
    let input: String = literals.iter().map(|text| format!("{text}\n")).collect();
    let Some(lines) = crate::python::run_lines(RUNNER, input, &[("PYTHONHASHSEED", "0")]) else {
        eprintln!("python3 not found: live pickle.dumps comparison skipped");
        return;
    };
    assert_eq!(lines.len(), values.len());
    let mut failures = Vec::new();
    for ((text, value), line) in literals.iter().zip(&values).zip(lines) {
        for (proto, want) in line.split(' ').enumerate() {
            if let Some(why) = check(value, proto as u8, want) {
                failures.push(format!("{text} protocol {proto}: {why}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
