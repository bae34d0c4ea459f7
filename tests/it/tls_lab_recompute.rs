//! Integration tests: "Recompute it yourself". For every suite, the Python the page
//! gives (hmac and hashlib only) prints exactly the session's value when run by the
//! real python3, and the check tells a right value, a wrong one and non-hex apart.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use wirelab::labs::tls::hs_recompute::{check, recomputables, RecomputeWhat, Verdict};
use wirelab::labs::tls::hs_summary::{Scenario, SUITES};

use super::tls_lab_handshake::run;

fn python(code: &str) -> String {
    let out = Command::new("python3")
        .arg("-c")
        .arg(code)
        .output()
        .expect("python3");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

#[test]
fn the_python_snippets_print_the_sessions_values() {
    for suite in SUITES {
        let s = run(suite, Scenario::Normal, Some(7));
        let r = recomputables(&s);
        let whats: Vec<_> = r.iter().map(|x| x.what).collect();
        assert_eq!(whats, RecomputeWhat::ALL, "{suite}");
        for x in &r {
            let printed = python(&x.python);
            assert_eq!(
                printed,
                wirelab::hex::encode(&x.expected),
                "{suite} {:?}",
                x.what
            );
            assert_eq!(check(&x.expected, &printed), Verdict::Match);
        }
    }
}

#[test]
fn the_check_tells_right_wrong_and_invalid_apart() {
    let s = run(SUITES[0], Scenario::Normal, Some(7));
    let ms = &recomputables(&s)[0].expected;
    assert_eq!(ms.len(), 48);
    let hex = wirelab::hex::encode(ms);
    assert_eq!(check(ms, &hex), Verdict::Match);
    assert_eq!(
        check(ms, &format!("  {} ", hex.to_uppercase())),
        Verdict::Match
    );
    let mut wrong = ms.clone();
    wrong[47] ^= 1;
    assert_eq!(check(ms, &wirelab::hex::encode(&wrong)), Verdict::Mismatch);
    assert_eq!(check(ms, &hex[..94]), Verdict::Mismatch);
    assert_eq!(check(ms, "zz").as_str(), "invalid");
}

#[test]
fn nothing_to_recompute_without_keys() {
    let s = run(SUITES[0], Scenario::NoSharedSuite, Some(7));
    assert!(recomputables(&s).is_empty());
}
