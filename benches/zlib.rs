//! Compress and decompress throughput on a 2.5 MB text-like input
//! (`cargo bench --bench zlib`). The browser page compares the same engine with
//! CompressionStream / DecompressionStream; this is the native number.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use wirelab::zlib;

/// 2.5 MB of word-like text from a fixed LCG: compresses about as well as prose.
fn text_like(len: usize) -> Vec<u8> {
    const WORDS: [&str; 16] = [
        "the", "wire", "pickle", "socket", "zlib", "message", "network", "program", "data",
        "sparse", "flat", "stream", "bytes", "python", "compress", "error",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut out = Vec::with_capacity(len + 16);
    while out.len() < len {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        out.extend_from_slice(WORDS[(state >> 60) as usize].as_bytes());
        out.push(if (state >> 20).is_multiple_of(11) {
            b'\n'
        } else {
            b' '
        });
    }
    out.truncate(len);
    out
}

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
