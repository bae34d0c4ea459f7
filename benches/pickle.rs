//! Benchmarks (not timed tests) of the pickle engines, one function per engine
//! (`cargo bench --bench pickle`): nothing asserts on the numbers.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use wirelab::py::literal;
use wirelab::py::pickle::dis::dis;
use wirelab::py::pickle::dumps;
use wirelab::py::pickle::machine::loads;

/// A ~1 MB literal: a list of 40,000 mixed items (str, int, float, bytes, tuples,
/// dicts with repeated keys, so the memo is busy too).
fn mixed_literal() -> String {
    let mut text = String::from("[");
    for i in 0..40_000u64 {
        let item = match i % 8 {
            0 => format!(
                "'record {i}: 안녕하세요, wire {}'",
                "x".repeat((i % 40) as usize)
            ),
            1 => format!("{}", i.wrapping_mul(0x9e37_79b9_7f4a_7c15)),
            2 => format!("{i}.25"),
            3 => format!("b'\\x00\\x01\\xff{i}'"),
            4 => format!("({i}, 'key{}', None)", i % 50),
            5 => format!("{{'id': {i}, 'tags': ['a', 'b'], 'ok': True}}"),
            6 => format!("[{i}, -{i}, {}]", i * 1_000_003),
            _ => "None".to_string(),
        };
        text.push_str(&item);
        text.push_str(", ");
    }
    text.push(']');
    text
}

/// A ~1 MB protocol-4 pickle laid out as CPython writes a list of str/int pairs:
/// `[('item0', 0), ('item1', 1), ...]` with MEMOIZE and APPENDS batches of 1000.
fn big_pickle() -> Vec<u8> {
    let mut p = vec![0x80, 4, b']', 0x94];
    let n = 45_000u32;
    for batch in 0..n.div_ceil(1000) {
        p.push(b'(');
        for i in batch * 1000..((batch + 1) * 1000).min(n) {
            let s = format!("item{i}");
            p.push(0x8c);
            p.push(s.len() as u8);
            p.extend(s.as_bytes());
            p.push(0x94);
            p.push(b'J');
            p.extend(i.to_le_bytes());
            p.push(0x86);
            p.push(0x94);
        }
        p.push(b'e');
    }
    p.push(b'.');
    p
}

/// `pickle.dumps` of the ~1 MB literal in every protocol.
fn bench_dumps(c: &mut Criterion) {
    let text = mixed_literal();
    let Ok(value) = literal::parse(&text) else {
        panic!("the benchmark literal must parse");
    };
    let mut group = c.benchmark_group(format!("pickle.dumps {} byte literal", text.len()));
    for protocol in 0..=5u8 {
        group.bench_function(format!("protocol {protocol}"), |b| {
            b.iter(|| dumps(black_box(&value), protocol))
        });
    }
    group.finish();
}

fn bench_dis(c: &mut Criterion) {
    let p = big_pickle();
    c.bench_function(&format!("pickletools.dis {} bytes", p.len()), |b| {
        b.iter(|| dis(black_box(&p)))
    });
}

fn bench_loads(c: &mut Criterion) {
    let p = big_pickle();
    c.bench_function(&format!("pickle.loads {} bytes", p.len()), |b| {
        b.iter(|| loads(black_box(&p)))
    });
}

criterion_group! {
    name = pickle_benches;
    config = Criterion::default().sample_size(10);
    targets = bench_dumps, bench_dis, bench_loads
}
criterion_main!(pickle_benches);
