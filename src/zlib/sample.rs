//! A deterministic text-like input for benchmarks (native `cargo bench` and the
//! in-browser bench page measure the same bytes).

/// `len` bytes of word-like text from a fixed LCG: compresses about as well as prose.
pub fn text_like(len: usize) -> Vec<u8> {
    const WORDS: [&str; 16] = [
        "the", "wire", "pickle", "socket", "zlib", "message", "network", "program", "data",
        "sparse", "flat", "stream", "bytes", "python", "compress", "error",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut out = Vec::with_capacity(len.saturating_add(16));
    while out.len() < len {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let word = WORDS.get((state >> 60) as usize).copied().unwrap_or("the");
        out.extend_from_slice(word.as_bytes());
        out.push(if (state >> 20).is_multiple_of(11) {
            b'\n'
        } else {
            b' '
        });
    }
    out.truncate(len);
    out
}
