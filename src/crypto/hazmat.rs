//! ⚠ HAZMAT: textbook RSA with small numbers, for the lesson "c = m^e mod n".
//!
//! This is NOT encryption anyone should use: no padding (it is deterministic and
//! malleable), numbers small enough to factor by hand. It exists so a learner can
//! follow every step with a calculator. `src/tls` never uses it (a tidy test checks);
//! the real thing is `crate::tls::pki` (RustCrypto `rsa`, PKCS#1 v1.5, OAEP, PSS).

use core::fmt;

/// Why a toy key or message was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ToyRsaError {
    /// p or q is not prime (or is below 3).
    NotPrime(u64),
    /// p and q must differ, or n would be a square and easy to factor.
    SamePrimes,
    /// p and q must be below 2^31 so that n fits and products never overflow.
    TooLarge(u64),
    /// e must be coprime to φ(n) = (p-1)(q-1) and between 1 and φ(n).
    BadExponent {
        /// The exponent given.
        e: u64,
        /// φ(n).
        phi: u64,
    },
    /// The message (or ciphertext) must be smaller than n.
    MessageTooLarge {
        /// The number given.
        m: u64,
        /// The modulus.
        n: u64,
    },
}

impl fmt::Display for ToyRsaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ToyRsaError::NotPrime(x) => write!(f, "{x} is not a prime"),
            ToyRsaError::SamePrimes => write!(f, "p and q must be different primes"),
            ToyRsaError::TooLarge(x) => {
                write!(f, "{x} is too large for the toy (use primes below 2^31)")
            }
            ToyRsaError::BadExponent { e, phi } => {
                write!(
                    f,
                    "e = {e} must be between 2 and φ(n) = {phi} and share no factor with it"
                )
            }
            ToyRsaError::MessageTooLarge { m, n } => write!(f, "{m} is not smaller than n = {n}"),
        }
    }
}

/// A textbook RSA key pair with every number visible.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ToyRsa {
    /// First prime.
    pub p: u64,
    /// Second prime.
    pub q: u64,
    /// Modulus n = p·q.
    pub n: u64,
    /// φ(n) = (p-1)(q-1).
    pub phi: u64,
    /// Public exponent.
    pub e: u64,
    /// Private exponent d = e^-1 mod φ(n).
    pub d: u64,
}

impl ToyRsa {
    /// Builds the key pair from two small primes and a public exponent.
    pub fn new(p: u64, q: u64, e: u64) -> Result<Self, ToyRsaError> {
        for x in [p, q] {
            if x >= 1 << 31 {
                return Err(ToyRsaError::TooLarge(x));
            }
            if !is_prime(x) {
                return Err(ToyRsaError::NotPrime(x));
            }
        }
        if p == q {
            return Err(ToyRsaError::SamePrimes);
        }
        let n = p * q;
        let phi = (p - 1) * (q - 1);
        if e < 2 || e >= phi {
            return Err(ToyRsaError::BadExponent { e, phi });
        }
        let d = mod_inverse(e, phi).ok_or(ToyRsaError::BadExponent { e, phi })?;
        Ok(ToyRsa { p, q, n, phi, e, d })
    }

    /// c = m^e mod n.
    pub fn encrypt(&self, m: u64) -> Result<u64, ToyRsaError> {
        self.check(m)?;
        Ok(mod_pow(m, self.e, self.n))
    }

    /// m = c^d mod n.
    pub fn decrypt(&self, c: u64) -> Result<u64, ToyRsaError> {
        self.check(c)?;
        Ok(mod_pow(c, self.d, self.n))
    }

    fn check(&self, m: u64) -> Result<(), ToyRsaError> {
        if m >= self.n {
            return Err(ToyRsaError::MessageTooLarge { m, n: self.n });
        }
        Ok(())
    }
}

/// base^exp mod modulus by square-and-multiply (u128 products never overflow).
pub fn mod_pow(base: u64, mut exp: u64, modulus: u64) -> u64 {
    if modulus <= 1 {
        return 0;
    }
    let m = u128::from(modulus);
    let mut result: u128 = 1;
    let mut b = u128::from(base) % m;
    while exp > 0 {
        if exp & 1 == 1 {
            result = result * b % m;
        }
        b = b * b % m;
        exp >>= 1;
    }
    result as u64
}

/// One step of left-to-right square-and-multiply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PowStep {
    /// The exponent's bit, from the top one down.
    pub bit: bool,
    /// The result so far, squared (mod n).
    pub squared: u64,
    /// After multiplying by the base when the bit is 1 (else `squared`).
    pub result: u64,
}

/// base^exp mod modulus step by step, as by hand: for each bit of `exp` from the
/// top, square the result, and multiply by the base when the bit is 1.
pub fn mod_pow_steps(base: u64, exp: u64, modulus: u64) -> Vec<PowStep> {
    if modulus <= 1 {
        return Vec::new();
    }
    let m = u128::from(modulus);
    let b = u128::from(base) % m;
    let mut r: u128 = 1;
    let bits = u64::BITS - exp.leading_zeros();
    (0..bits)
        .rev()
        .map(|i| {
            let bit = (exp >> i) & 1 == 1;
            let squared = r * r % m;
            r = if bit { squared * b % m } else { squared };
            PowStep {
                bit,
                squared: squared as u64,
                result: r as u64,
            }
        })
        .collect()
}

/// a^-1 mod m by the extended Euclidean algorithm, if gcd(a, m) = 1.
pub fn mod_inverse(a: u64, m: u64) -> Option<u64> {
    let (mut old_r, mut r) = (i128::from(a), i128::from(m));
    let (mut old_s, mut s) = (1i128, 0i128);
    while r != 0 {
        let q = old_r / r;
        (old_r, r) = (r, old_r - q * r);
        (old_s, s) = (s, old_s - q * s);
    }
    if old_r != 1 {
        return None;
    }
    u64::try_from(old_s.rem_euclid(i128::from(m))).ok()
}

/// Trial division (the toy's numbers are small).
pub fn is_prime(x: u64) -> bool {
    if x < 3 {
        return x == 2;
    }
    if x.is_multiple_of(2) {
        return false;
    }
    let mut d = 3;
    while d * d <= x {
        if x.is_multiple_of(d) {
            return false;
        }
        d += 2;
    }
    true
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn wikipedia_example() {
        // The worked example of the RSA article: p = 61, q = 53, e = 17.
        let k = ToyRsa::new(61, 53, 17).unwrap();
        assert_eq!((k.n, k.phi, k.d), (3233, 3120, 2753));
        assert_eq!(k.encrypt(65).unwrap(), 2790);
        assert_eq!(k.decrypt(2790).unwrap(), 65);
        assert_eq!(
            k.encrypt(3233),
            Err(ToyRsaError::MessageTooLarge { m: 3233, n: 3233 })
        );
        assert_eq!(
            ToyRsa::new(61, 53, 15),
            Err(ToyRsaError::BadExponent { e: 15, phi: 3120 })
        );
        assert_eq!(ToyRsa::new(60, 53, 17), Err(ToyRsaError::NotPrime(60)));
    }

    #[test]
    fn square_and_multiply_steps_end_at_mod_pow() {
        // 65^17 mod 3233: 17 = 0b10001, five steps; the last result is the ciphertext.
        let steps = mod_pow_steps(65, 17, 3233);
        let bits: Vec<bool> = steps.iter().map(|s| s.bit).collect();
        assert_eq!(bits, [true, false, false, false, true]);
        assert_eq!(
            steps[0],
            PowStep {
                bit: true,
                squared: 1,
                result: 65
            }
        );
        assert_eq!(steps[1].squared, 65 * 65 % 3233);
        assert_eq!(steps.last().map(|s| s.result), Some(2790));
        for (m, e, n) in [
            (2790, 2753, 3233),
            (0, 5, 7),
            (6, 1, 7),
            (123_456, 65_537, 2_147_483_647),
        ] {
            assert_eq!(
                mod_pow_steps(m, e, n).last().map(|s| s.result),
                Some(mod_pow(m, e, n))
            );
        }
        assert!(mod_pow_steps(5, 0, 7).is_empty());
        assert!(mod_pow_steps(5, 3, 1).is_empty());
    }
}
