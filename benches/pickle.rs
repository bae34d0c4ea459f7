//! Benchmarks of the pickle engines, one function per engine (`cargo bench --bench
//! pickle`). Not timed tests: numbers to compare, nothing asserts on them.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use wirelab::py::literal;
use wirelab::py::pickle::dumps;

/// A ~1 MB literal: a list of 20,000 mixed items (str, int, float, bytes, tuples,
/// dicts with repeated keys, so the memo is busy too).
fn mixed_literal() -> String {
    let mut text = String::from("[");
    for i in 0..20_000u64 {
        let item = match i % 8 {
            0 => format!(
                "'record {i}: 안녕하세요, wire {}'",
                "x".repeat((i % 40) as usize)
            ),
            1 => format!("{}", i.wrapping_mul(0x9e37_79b9_7f4a_7c15)),
            2 => format!("{}.25", i),
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

/// `pickle.dumps` of the ~1 MB literal in every protocol.
fn bench_dumps(c: &mut Criterion) {
    let text = mixed_literal();
    let Ok(value) = literal::parse(&text) else {
        panic!("the benchmark literal must parse");
    };
    let mut group = c.benchmark_group("pickle.dumps 1MB literal");
    group.sample_size(20);
    for protocol in 0..=5u8 {
        group.bench_function(format!("protocol {protocol}"), |b| {
            b.iter(|| dumps(black_box(&value), protocol))
        });
    }
    group.finish();
}

criterion_group!(benches, bench_dumps);
criterion_main!(benches);
