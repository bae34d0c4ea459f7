//! The median of the timings (the input is `wirelab::zlib::sample::text_like`,
//! the same bytes `benches/zlib.rs` measures).

/// The median of `samples` in milliseconds (the mean of the middle two for an even
/// count); `None` for no samples.
pub fn median(samples: &[f64]) -> Option<f64> {
    let mut sorted = samples.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    match sorted.len() {
        0 => None,
        n if n % 2 == 1 => sorted.get(mid).copied(),
        _ => Some((sorted.get(mid - 1)? + sorted.get(mid)?) / 2.0),
    }
}
