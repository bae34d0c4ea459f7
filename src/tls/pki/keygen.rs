//! RSA key generation with our own prime search: a small-prime sieve, then
//! Miller-Rabin base 2 and a strong Lucas test (Baillie-PSW), then
//! `RsaPrivateKey::from_p_q` with e = 65537.
//!
//! The search is a stepper ([`KeyGeneration::step`]) so the page can run it a slice at
//! a time and draw [`KeygenProgress`]; [`generate_rsa_key`] runs it to the end.

use crypto_bigint::{BoxedUint, Odd};
use crypto_primes::hazmat::{lucas_test, AStarBase, LucasCheck, MillerRabin, Primality};
use rand_core::CryptoRng;
use rsa::PrivateKey as RsaPrivateKey;
use serde::{Deserialize, Serialize};

use super::KeyError;

/// The public exponent every key gets (F4, as OpenSSL and every CA use).
pub const PUBLIC_EXPONENT: u32 = 65537;

/// Candidates examined after one random start before drawing a new one (2^16 odd
/// numbers: a prime gap that wide is vanishingly rare at these sizes).
const WINDOW: u32 = 1 << 17;

/// Odd primes below this bound sieve candidates before any modular exponentiation.
const SIEVE_BOUND: u32 = 1 << 15;

/// Where the generation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum KeygenPhase {
    /// Searching for the first prime, p.
    SearchingP,
    /// Searching for the second prime, q.
    SearchingQ,
    /// Computing n = pq, d, dP, dQ, qInv and checking the key.
    Assembling,
    /// The key is ready.
    Done,
}

/// Counters the page draws while the key is generated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeygenProgress {
    /// The current phase.
    pub phase: KeygenPhase,
    /// Odd candidates looked at so far.
    pub candidates_tried: u64,
    /// Candidates the small-prime sieve threw out without any exponentiation.
    pub sieved_out: u64,
    /// Candidates that went to Miller-Rabin (the expensive test).
    pub primality_tests: u64,
    /// Primes found so far (0, 1 or 2).
    pub primes_found: u32,
}

/// A key generation in progress: call [`KeyGeneration::step`] until it returns a key.
#[derive(Clone, Debug)]
pub struct KeyGeneration {
    bits: usize,
    progress: KeygenProgress,
    small_primes: Vec<u32>,
    window: Option<Window>,
    p: Option<BoxedUint>,
}

/// One random odd start and the residues of `start + offset` modulo the small primes.
#[derive(Clone, Debug)]
struct Window {
    start: Vec<u8>,
    offset: u32,
    residues: Vec<u32>,
    /// `(start + offset) mod 65537`: p - 1 must not be a multiple of e.
    residue_e: u32,
}

impl KeyGeneration {
    /// Starts generating an RSA key of `bits` bits (a multiple of 16 from 1024 to 4096).
    pub fn new(bits: usize) -> Result<Self, KeyError> {
        Self::with_sieve_bound(bits, SIEVE_BOUND)
    }

    /// As [`KeyGeneration::new`], sieving with the odd primes below `sieve_bound`
    /// (at most 2^16; 3 or less turns the sieve off): for the bench and the page's
    /// "what does the sieve buy" comparison. Same rng, same key, whatever the bound.
    pub fn with_sieve_bound(bits: usize, sieve_bound: u32) -> Result<Self, KeyError> {
        if !(1024..=4096).contains(&bits) || !bits.is_multiple_of(16) {
            return Err(KeyError::UnsupportedKeySize(bits));
        }
        Ok(KeyGeneration {
            bits,
            progress: KeygenProgress {
                phase: KeygenPhase::SearchingP,
                candidates_tried: 0,
                sieved_out: 0,
                primality_tests: 0,
                primes_found: 0,
            },
            small_primes: odd_primes_below(sieve_bound.min(1 << 16)),
            window: None,
            p: None,
        })
    }

    /// The counters so far.
    pub fn progress(&self) -> KeygenProgress {
        self.progress
    }

    /// Examines at most `budget` candidates; returns the key once both primes are found.
    pub fn step<R: CryptoRng + ?Sized>(
        &mut self,
        rng: &mut R,
        budget: u32,
    ) -> Result<Option<RsaPrivateKey>, KeyError> {
        for _ in 0..budget.max(1) {
            if let Some(prime) = self.next_candidate(rng) {
                self.progress.primes_found += 1;
                self.window = None;
                match self.p.take() {
                    None => {
                        self.p = Some(prime);
                        self.progress.phase = KeygenPhase::SearchingQ;
                    }
                    Some(p) if p == prime => self.p = Some(p),
                    Some(p) => {
                        self.progress.phase = KeygenPhase::Assembling;
                        let key = assemble(p, prime)?;
                        self.progress.phase = KeygenPhase::Done;
                        return Ok(Some(key));
                    }
                }
            }
        }
        Ok(None)
    }

    /// Looks at one candidate; returns it when it is a probable prime.
    fn next_candidate<R: CryptoRng + ?Sized>(&mut self, rng: &mut R) -> Option<BoxedUint> {
        let half_bits = self.bits / 2;
        let window = match self.window.take() {
            Some(w) if w.offset < WINDOW => w,
            _ => new_window(rng, half_bits, &self.small_primes),
        };
        let mut window = window;
        self.progress.candidates_tried += 1;
        let sieved = window.residues.contains(&0) || window.residue_e == 1;
        let candidate = if sieved {
            self.progress.sieved_out += 1;
            None
        } else {
            self.progress.primality_tests += 1;
            candidate_value(&window, half_bits).filter(is_probable_prime)
        };
        // Move to the next odd number: every residue grows by 2.
        window.offset += 2;
        for (r, &p) in window.residues.iter_mut().zip(&self.small_primes) {
            *r += 2;
            if *r >= p {
                *r -= p;
            }
        }
        window.residue_e = (window.residue_e + 2) % PUBLIC_EXPONENT;
        self.window = Some(window);
        candidate
    }
}

/// Generates an RSA key of `bits` bits from `rng`, reporting progress after every batch
/// of candidates. Same rng state, same key.
pub fn generate_rsa_key<R: CryptoRng + ?Sized>(
    rng: &mut R,
    bits: usize,
    mut on_progress: impl FnMut(&KeygenProgress),
) -> Result<RsaPrivateKey, KeyError> {
    let mut generation = KeyGeneration::new(bits)?;
    loop {
        let step = generation.step(rng, 64)?;
        on_progress(&generation.progress());
        if let Some(key) = step {
            return Ok(key);
        }
    }
}

/// A random odd start of `bits` bits with its top two bits set (so that n = pq has
/// exactly twice as many bits), and its residues.
fn new_window<R: CryptoRng + ?Sized>(rng: &mut R, bits: usize, small_primes: &[u32]) -> Window {
    let mut start = vec![0u8; bits.div_ceil(8)];
    rng.fill_bytes(&mut start);
    let extra = start.len() * 8 - bits;
    if let Some(first) = start.first_mut() {
        *first &= 0xff >> extra;
        *first |= 0xc0 >> extra;
    }
    if let Some(last) = start.last_mut() {
        *last |= 1;
    }
    let residues = small_primes.iter().map(|&p| residue(&start, p)).collect();
    let residue_e = residue(&start, PUBLIC_EXPONENT);
    Window {
        start,
        offset: 0,
        residues,
        residue_e,
    }
}

/// `bytes mod m`, big-endian.
fn residue(bytes: &[u8], m: u32) -> u32 {
    let m = u64::from(m);
    let r = bytes
        .iter()
        .fold(0u64, |acc, &b| ((acc << 8) | u64::from(b)) % m);
    u32::try_from(r).unwrap_or(0)
}

/// `start + offset` as a `bits`-bit integer, or None when the addition carried out of
/// the top bits (the window then simply skips it).
fn candidate_value(window: &Window, bits: usize) -> Option<BoxedUint> {
    let mut bytes = window.start.clone();
    let mut carry = u64::from(window.offset);
    for byte in bytes.iter_mut().rev() {
        if carry == 0 {
            break;
        }
        let sum = u64::from(*byte) + (carry & 0xff);
        *byte = (sum & 0xff) as u8;
        carry = (carry >> 8) + (sum >> 8);
    }
    let extra = bytes.len() * 8 - bits;
    let top_ok = bytes.first().is_some_and(|&b| b >> (6 - extra.min(6)) == 3);
    if carry != 0 || !top_ok {
        return None;
    }
    BoxedUint::from_be_slice(&bytes, u32::try_from(bits).ok()?).ok()
}

/// Baillie-PSW: Miller-Rabin to base 2, then a strong Lucas test (as FIPS 186-5 allows
/// and `crypto_primes::is_prime` does).
fn is_probable_prime(candidate: &BoxedUint) -> bool {
    let Some(odd) = Option::<Odd<BoxedUint>>::from(Odd::new(candidate.clone())) else {
        return false;
    };
    if MillerRabin::new(odd.clone()).test_base_two() == Primality::Composite {
        return false;
    }
    lucas_test(odd, AStarBase, LucasCheck::Bpsw21) != Primality::Composite
}

/// n = pq, d = e^-1 mod lcm(p-1, q-1) (as OpenSSL computes it), CRT values.
fn assemble(p: BoxedUint, q: BoxedUint) -> Result<RsaPrivateKey, KeyError> {
    // PKCS#1 and OpenSSL store p > q.
    let (p, q) = if p > q { (p, q) } else { (q, p) };
    RsaPrivateKey::from_p_q(p, q, BoxedUint::from(u64::from(PUBLIC_EXPONENT)))
        .map_err(|e| KeyError::Rsa(e.to_string()))
}

/// The odd primes below `bound` (sieve of Eratosthenes).
fn odd_primes_below(bound: u32) -> Vec<u32> {
    let n = bound as usize;
    let mut composite = vec![false; n];
    let mut primes = Vec::new();
    for i in 3..n {
        if composite[i] || i % 2 == 0 {
            continue;
        }
        primes.push(i as u32);
        let mut j = i * i;
        while j < n {
            composite[j] = true;
            j += i;
        }
    }
    primes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sieve_primes() {
        let p = odd_primes_below(30);
        assert_eq!(p, vec![3, 5, 7, 11, 13, 17, 19, 23, 29]);
    }

    #[test]
    fn residue_matches() {
        assert_eq!(residue(&[0x01, 0x00], 7), 256 % 7);
        assert_eq!(residue(&[0xff, 0xff, 0xff], 65537), 0xffffff % 65537);
    }
}
