//! Benchmarks (not timed tests) of the pickle engines on a ~1 MB pickle.

use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use wirelab::py::pickle::dis::dis;
use wirelab::py::pickle::machine::loads;

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
    name = loads_benches;
    config = Criterion::default().sample_size(10);
    targets = bench_dis, bench_loads
}
criterion_main!(loads_benches);
