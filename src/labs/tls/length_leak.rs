//! The length leak (the CRIME idea, 2012): a request carrying a secret cookie and
//! text the attacker chose is compressed before encryption, so the record's length,
//! which Eve sees, depends on how much of the guess repeats the secret. For each
//! guess, the exact AES-GCM record length: header 5 + explicit nonce 8 + compressed
//! length + tag 16 (GCM adds no padding). Only the compression runs in the general
//! worker (`compressed_sizes`, where zlib lives: `Job::CompressedSizes` carries bytes
//! and sizes only, so the TLS worker, which must also parse every `Job`, gains almost
//! nothing); the page builds the requests and the summary.

/// Record header (type, version, length).
pub const RECORD_HEADER: u64 = 5;
/// AES-GCM's explicit nonce, sent in each record (RFC 5288).
pub const GCM_EXPLICIT_NONCE: u64 = 8;
/// AES-GCM's tag.
pub const GCM_TAG: u64 = 16;

/// The secret of the default example (the victim's cookie).
pub const DEFAULT_SECRET: &str = "token=7391";

/// The default guesses: the right one among wrong ones of the same length.
pub const DEFAULT_GUESSES: [&str; 5] = [
    "token=1234",
    "token=7000",
    "token=7391",
    "token=9999",
    "token=4817",
];

/// The most guesses, and the longest secret or guess, a job accepts (in bytes).
pub const MAX_GUESSES: usize = 64;
pub const MAX_TEXT: usize = 256;

/// What the learner set: the victim's cookie, the attacker's guesses, and whether the
/// connection compresses (TLS compression, RFC 3749, before encryption).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeakRequest {
    pub secret: String,
    pub guesses: Vec<String>,
    pub compress: bool,
}

/// One guess: its request's plaintext length, what is encrypted, and the record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeakRow {
    pub guess: String,
    pub plain_len: u64,
    /// The compressed request (zlib, level 6), or the plaintext length without compression.
    pub sealed_len: u64,
    /// What Eve sees: the whole record's length.
    pub record_len: u64,
}

/// Every guess's record, and the one guess with the strictly shortest record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeakSummary {
    pub compress: bool,
    pub rows: Vec<LeakRow>,
    /// Index into `rows` of the only shortest record (`None` on a tie).
    pub shortest: Option<usize>,
}

/// Why the guesses cannot be tried.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeakProblem {
    NoGuesses,
    TooMany,
    TooLong,
}

/// The AES-GCM record that carries `sealed_len` bytes of plaintext (compressed or not).
pub fn gcm_record_len(sealed_len: u64) -> u64 {
    RECORD_HEADER + GCM_EXPLICIT_NONCE + sealed_len + GCM_TAG
}

/// The request the victim's browser sends: the attacker's text in the path, the
/// secret in the cookie (HTTP bytes, as on the wire).
pub fn request(secret: &str, guess: &str) -> Vec<u8> {
    format!("GET /search?q={guess} HTTP/1.1\r\nHost: bank.example\r\nUser-Agent: Mozilla/5.0\r\nAccept: text/html\r\nAccept-Language: en, ko\r\nCookie: {secret}\r\n\r\n")
        .into_bytes()
}

/// Each guess's request, as the page sends them to the worker to compress.
pub fn requests(req: &LeakRequest) -> Result<Vec<Vec<u8>>, LeakProblem> {
    if req.guesses.is_empty() {
        return Err(LeakProblem::NoGuesses);
    }
    if req.guesses.len() > MAX_GUESSES {
        return Err(LeakProblem::TooMany);
    }
    if req.secret.len() > MAX_TEXT || req.guesses.iter().any(|g| g.len() > MAX_TEXT) {
        return Err(LeakProblem::TooLong);
    }
    Ok(req
        .guesses
        .iter()
        .map(|g| request(&req.secret, g))
        .collect())
}

/// `len(zlib.compress(t, 6))` for each text (the general worker's job), or zlib's error.
pub fn compressed_sizes(texts: &[Vec<u8>]) -> Result<Vec<u64>, String> {
    texts
        .iter()
        .map(|t| {
            crate::zlib::compress(t, 6, 15)
                .map(|c| c.len() as u64)
                .map_err(|e| e.to_string())
        })
        .collect()
}

/// The records Eve sees: `sealed` is what the worker returned when compressing
/// (`None`: no compression, the plaintext is sealed as is). `None` if the sizes do not
/// answer these requests.
pub fn summarize(
    req: &LeakRequest,
    texts: &[Vec<u8>],
    sealed: Option<&[u64]>,
) -> Option<LeakSummary> {
    if texts.len() != req.guesses.len() || sealed.is_some_and(|s| s.len() != texts.len()) {
        return None;
    }
    let rows: Vec<LeakRow> = req
        .guesses
        .iter()
        .zip(texts)
        .enumerate()
        .map(|(i, (guess, text))| {
            let plain_len = text.len() as u64;
            let sealed_len = sealed.and_then(|s| s.get(i).copied()).unwrap_or(plain_len);
            LeakRow {
                guess: guess.clone(),
                plain_len,
                sealed_len,
                record_len: gcm_record_len(sealed_len),
            }
        })
        .collect();
    let min = rows.iter().map(|r| r.record_len).min();
    let at_min: Vec<usize> = (0..rows.len())
        .filter(|&i| Some(rows[i].record_len) == min)
        .collect();
    let shortest = match at_min.as_slice() {
        [one] => Some(*one),
        _ => None,
    };
    Some(LeakSummary {
        compress: sealed.is_some(),
        rows,
        shortest,
    })
}

/// The whole experiment in one call (native callers and tests: it runs zlib).
pub fn leak(req: &LeakRequest) -> Result<LeakSummary, LeakProblem> {
    let texts = requests(req)?;
    let sealed = if req.compress {
        Some(compressed_sizes(&texts).map_err(|_| LeakProblem::TooLong)?)
    } else {
        None
    };
    summarize(req, &texts, sealed.as_deref()).ok_or(LeakProblem::TooLong)
}
