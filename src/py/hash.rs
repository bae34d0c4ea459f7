//! CPython 3.11's `hash()` (64-bit build, `PYTHONHASHSEED=0`) and `==` for [`Value`]s:
//! what dict keys and set members are deduplicated and placed by.

use super::Value;
use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

/// `_PyHASH_MODULUS`: the Mersenne prime 2**61 - 1 that numeric hashes reduce by.
const MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: u32 = 61;
/// `_PyHASH_INF`.
const HASH_INF: i64 = 314_159;

/// What `hash(None)` printed in one run of `PYTHONHASHSEED=0 python3` (3.11.7).
/// CPython 3.11 hashes None by its address, which changes from run to run, so sets
/// holding None may iterate in another order in a given CPython process.
pub const NONE_HASH: i64 = 8_773_973_072_830;

/// A value CPython refuses to hash: `TypeError: unhashable type: 'list'`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unhashable {
    /// The type name: `list`, `dict` or `set`.
    pub type_name: &'static str,
}

impl std::fmt::Display for Unhashable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unhashable type: '{}'", self.type_name)
    }
}

impl std::error::Error for Unhashable {}

/// `hash(value)` as CPython 3.11 computes it with `PYTHONHASHSEED=0`.
pub fn hash(value: &Value) -> Result<i64, Unhashable> {
    Ok(match value {
        Value::None => NONE_HASH,
        Value::Bool(b) => i64::from(*b),
        Value::Int(i) => int_hash(i),
        Value::Float(f) => float_hash(*f),
        Value::Str(s) => str_hash(s),
        Value::SurrogateStr(cps) => code_points_hash(cps),
        Value::Bytes(b) => bytes_hash(b),
        Value::Tuple(items) => tuple_hash(items)?,
        Value::FrozenSet(items) => frozenset_hash(items)?,
        Value::List(_) | Value::Dict(_) | Value::Set(_) => {
            return Err(Unhashable {
                type_name: value.type_name(),
            })
        }
    })
}

/// `-1` is CPython's error return, so a hash of -1 becomes -2.
fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `long_hash`: |i| mod (2**61 - 1), with i's sign.
pub fn int_hash(i: &BigInt) -> i64 {
    let m = (i.magnitude() % MODULUS).to_u64().unwrap_or(0) as i64;
    fix(if i.sign() == Sign::Minus { -m } else { m })
}

/// `_Py_HashDouble`: the hash of the rational number the float is, so `hash(1.0) ==
/// hash(1)`. NaN hashes by identity in 3.11; this model gives it 0.
pub fn float_hash(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % HASH_BITS as i32
    } else {
        HASH_BITS as i32 - 1 - ((-1 - e) % HASH_BITS as i32)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (HASH_BITS - e));
    fix(x as i64 * sign)
}

/// C's `frexp`: v = m * 2**e with 0.5 <= |m| < 1.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `unicode_hash`: SipHash-1-3 of the PEP 393 representation (1, 2 or 4 bytes per
/// character, by the widest character), little-endian.
pub fn str_hash(s: &str) -> i64 {
    let cps: Vec<u32> = s.chars().map(u32::from).collect();
    code_points_hash(&cps)
}

/// `unicode_hash` of a str given as code points (lone surrogates included).
pub fn code_points_hash(cps: &[u32]) -> i64 {
    let widest = cps.iter().copied().max().unwrap_or(0);
    let data: Vec<u8> = if widest < 0x100 {
        cps.iter().map(|&c| c as u8).collect()
    } else if widest < 0x10000 {
        cps.iter().flat_map(|&c| (c as u16).to_le_bytes()).collect()
    } else {
        cps.iter().flat_map(|&c| c.to_le_bytes()).collect()
    };
    bytes_hash(&data)
}

/// `_Py_HashBytes`: 0 for empty input, else SipHash-1-3 with an all-zero key.
pub fn bytes_hash(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    fix(siphash13(0, 0, b) as i64)
}

/// SipHash-1-3 (one compression round, three finalization rounds), as CPython's
/// `Python/pyhash.c`.
fn siphash13(k0: u64, k1: u64, src: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f_6d65_7073_6575;
    let mut v1 = k1 ^ 0x646f_7261_6e64_6f6d;
    let mut v2 = k0 ^ 0x6c79_6765_6e65_7261;
    let mut v3 = k1 ^ 0x7465_6462_7974_6573;
    let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v2 = v2.rotate_left(32);
    };
    let chunks = src.chunks_exact(8);
    let tail = chunks.remainder();
    for chunk in chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let mi = u64::from_le_bytes(w);
        v3 ^= mi;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= mi;
    }
    let mut t = [0u8; 8];
    t[..tail.len()].copy_from_slice(tail);
    let b = ((src.len() as u64) << 56) | u64::from_le_bytes(t);
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    for _ in 0..3 {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    v0 ^ v1 ^ v2 ^ v3
}

/// `tuplehash`: CPython's xxHash-based combination of the item hashes.
pub fn tuple_hash(items: &[Value]) -> Result<i64, Unhashable> {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc = P5;
    for item in items {
        let lane = hash(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3_527_539));
    Ok(if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    })
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
}

/// `frozenset_hash`: order-independent, from the shuffled member hashes.
pub fn frozenset_hash(items: &[Value]) -> Result<i64, Unhashable> {
    let mut h: u64 = 0;
    for item in items {
        h ^= shuffle_bits(hash(item)? as u64);
    }
    h ^= (items.len() as u64 + 1).wrapping_mul(1_927_868_237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907_133_923);
    Ok(if h == u64::MAX { 590_923_713 } else { h as i64 })
}

/// Python's `a == b` for values a literal can build (1 == 1.0 == True, and
/// `{1} == frozenset({1})`; str never equals bytes).
pub fn py_eq(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (None, None) => true,
        (Str(x), Str(y)) => x == y,
        (SurrogateStr(x), SurrogateStr(y)) => x == y,
        (Bytes(x), Bytes(y)) => x == y,
        (List(x), List(y)) | (Tuple(x), Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| py_eq(p, q))
        }
        (Dict(x), Dict(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.iter().any(|(k2, v2)| py_eq(k, k2) && py_eq(v, v2)))
        }
        (Set(x) | FrozenSet(x), Set(y) | FrozenSet(y)) => {
            x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| py_eq(p, q)))
        }
        _ => match (number(a), number(b)) {
            (Some(x), Some(y)) => num_eq(&x, &y),
            _ => false,
        },
    }
}

enum Num {
    Int(BigInt),
    Float(f64),
}

fn number(v: &Value) -> Option<Num> {
    match v {
        Value::Bool(b) => Some(Num::Int(BigInt::from(u8::from(*b)))),
        Value::Int(i) => Some(Num::Int(i.clone())),
        Value::Float(f) => Some(Num::Float(*f)),
        _ => None,
    }
}

fn num_eq(a: &Num, b: &Num) -> bool {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => x == y,
        (Num::Float(x), Num::Float(y)) => x == y,
        (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => {
            // Exact: a float equals an int only when it is that integer.
            f.is_finite() && f.fract() == 0.0 && float_to_int(*f) == *i
        }
    }
}

/// An integral finite float as an exact BigInt.
fn float_to_int(f: f64) -> BigInt {
    if f == 0.0 {
        return BigInt::zero();
    }
    let (m, e) = frexp(f);
    // m * 2**53 is an integer; shift by the remaining exponent.
    let mant = BigInt::from((m * 9_007_199_254_740_992.0) as i64);
    let shift = e - 53;
    if shift >= 0 {
        mant << shift as usize
    } else {
        mant >> (-shift) as usize
    }
}
