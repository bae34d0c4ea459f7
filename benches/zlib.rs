//! Compress and decompress throughput on a 2.5 MB text-like input
//! (`cargo bench --bench zlib`). The browser page compares the same engine with
//! CompressionStream / DecompressionStream; this is the native number.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use wirelab::zlib;
use wirelab::zlib::sample::text_like;

fn bench(c: &mut Criterion) {
    let input = text_like(2_500_000);
    let mut group = c.benchmark_group("zlib");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(input.len() as u64));
    for level in [1, 6, 9] {
        group.bench_with_input(BenchmarkId::new("compress", level), &level, |b, &level| {
            b.iter(|| zlib::compress(black_box(&input), level, 15))
        });
    }
    let stream = zlib::compress(&input, 6, 15).unwrap_or_default();
    group.bench_function("decompressobj.decompress", |b| {
        b.iter(|| {
            let mut d = zlib::Decompressor::new(15).ok()?;
            d.decompress(black_box(&stream), 0).ok()
        })
    });
    group.bench_function("inflate_capped 1 MiB", |b| {
        b.iter(|| zlib::inflate_capped(black_box(&stream), 15, 1 << 20))
    });
    group.bench_function("anatomy inspect", |b| {
        b.iter(|| zlib::inspect(black_box(&stream), Some(15)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
