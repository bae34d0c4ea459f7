//! Integration tests: tidy. The architecture's absences (ARCHITECTURE.md,
//! "Invariants"), checked by reading the source tree, as rust-analyzer's
//! `xtask/src/tidy.rs` does.
//!
//! Each rule is a function over `(path, text)` pairs, so the `checker_*` tests below
//! can prove on a fake tree that every rule fails when it should.

mod terms;
mod words;

use std::path::Path;

/// A source file: its path relative to the crate root (`src/py/repr.rs`) and its text.
pub(crate) type SourceFile = (String, String);

/// Crates that only the browser build may name.
const BROWSER_CRATES: &[&str] = &["yew", "web_sys", "js_sys", "gloo", "wasm_bindgen"];
/// Names that mean the clock or an operating-system RNG.
const CLOCK_AND_RNG: &[&str] = &["SystemTime", "Instant", "thread_rng", "OsRng", "getrandom"];
/// `std` modules that do I/O.
const STD_IO_MODULES: &[&str] = &["net", "fs", "process"];
/// `std::net` items that are values, not sockets.
const NET_DATA_TYPES: &[&str] = &["IpAddr", "Ipv4Addr", "Ipv6Addr", "AddrParseError"];
/// The soft size limit of STYLE.md: past it a file has two concerns.
const MAX_LINES: usize = 400;

// ---- the rules --------------------------------------------------------------------

/// Engines are everything but the UI and the two entry points.
fn is_engine(path: &str) -> bool {
    !(path.starts_with("src/ui/")
        || path == "src/ui.rs"
        || path == "src/main.rs"
        || path.starts_with("src/bin/"))
}

/// Engine files that name a browser crate.
fn browser_outside_ui(files: &[SourceFile]) -> Vec<String> {
    let mut bad = Vec::new();
    for (path, text) in files.iter().filter(|(p, _)| is_engine(p)) {
        let tokens = lex(text);
        for name in BROWSER_CRATES {
            if tokens.iter().any(|t| t == name) {
                bad.push(format!("{path}: names `{name}` outside src/ui"));
            }
        }
    }
    bad
}

/// Engine files that read the clock, an OS RNG, or do I/O through `std`.
fn clock_rng_io_in_engines(files: &[SourceFile]) -> Vec<String> {
    let mut bad = Vec::new();
    for (path, text) in files.iter().filter(|(p, _)| is_engine(p)) {
        let tokens = lex(text);
        for name in CLOCK_AND_RNG {
            if tokens.iter().any(|t| t == name) {
                bad.push(format!("{path}: uses `{name}`"));
            }
        }
        for module in std_modules_used(&tokens) {
            if STD_IO_MODULES.contains(&module.as_str()) {
                bad.push(format!("{path}: uses `std::{module}`"));
            }
        }
    }
    bad
}

/// TLS files that reach for the textbook-RSA toy (`crypto::hazmat`). Other crates'
/// `hazmat` modules (crypto_primes' primality tests) are not the toy.
fn hazmat_in_tls(files: &[SourceFile]) -> Vec<String> {
    files
        .iter()
        .filter(|(p, _)| p.starts_with("src/tls/") && !p.contains("hazmat"))
        .filter(|(_, text)| {
            let tokens = lex(text);
            tokens.windows(3).any(|w| w == ["crypto", "::", "hazmat"])
        })
        .map(|(p, _)| format!("{p}: uses the textbook-RSA `hazmat` module"))
        .collect()
}

/// Files longer than `MAX_LINES`, except generated tables (data, not code: their
/// `//!` header says "Generated").
fn too_long(files: &[SourceFile]) -> Vec<String> {
    files
        .iter()
        .filter(|(_, text)| !is_generated(text))
        .map(|(p, text)| (p, text.lines().count()))
        .filter(|(_, n)| *n > MAX_LINES)
        .map(|(p, n)| format!("{p}: {n} lines (over {MAX_LINES}: split it)"))
        .collect()
}

fn is_generated(text: &str) -> bool {
    text.lines()
        .take_while(|l| l.starts_with("//!"))
        .any(|l| l.contains("Generated"))
}

/// Files whose first line is not a `//!` module doc line.
fn missing_module_doc(files: &[SourceFile]) -> Vec<String> {
    files
        .iter()
        .filter(|(_, text)| !text.lines().next().unwrap_or("").starts_with("//!"))
        .map(|(p, _)| format!("{p}: first line is not a `//!` doc line"))
        .collect()
}

// ---- a small Rust lexer: code tokens without comments, strings or chars -------------

/// Identifiers and punctuation of `text` (`::` is one token); comments, string and
/// char literals are dropped, so prose that mentions `yew` is not a use of it.
fn lex(text: &str) -> Vec<String> {
    let c: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.len() {
        let ch = c[i];
        let next = c.get(i + 1).copied();
        if ch == '/' && next == Some('/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && next == Some('*') {
            i = skip_block_comment(&c, i);
        } else if ch == '"' {
            i = skip_string(&c, i + 1, 0);
        } else if ch == '\'' {
            i = skip_char_or_lifetime(&c, i);
        } else if ch.is_alphabetic() || ch == '_' {
            let start = i;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            let word: String = c[start..i].iter().collect();
            // Raw strings: r"..", r#".."#, br#".."#.
            if (word == "r" || word == "br") && matches!(c.get(i), Some('"') | Some('#')) {
                let mut hashes = 0;
                while c.get(i) == Some(&'#') {
                    hashes += 1;
                    i += 1;
                }
                if c.get(i) == Some(&'"') {
                    i = skip_string(&c, i + 1, hashes);
                }
            } else {
                out.push(word);
            }
        } else if ch == ':' && next == Some(':') {
            out.push("::".to_string());
            i += 2;
        } else {
            if !ch.is_whitespace() {
                out.push(ch.to_string());
            }
            i += 1;
        }
    }
    out
}

fn skip_block_comment(c: &[char], mut i: usize) -> usize {
    let mut depth = 0usize;
    while i < c.len() {
        if c[i] == '/' && c.get(i + 1) == Some(&'*') {
            depth += 1;
            i += 2;
        } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    i
}

/// Skips past the closing quote (followed by `hashes` `#` for raw strings).
fn skip_string(c: &[char], mut i: usize, hashes: usize) -> usize {
    while i < c.len() {
        if hashes == 0 && c[i] == '\\' {
            i += 2;
        } else if c[i] == '"' && (0..hashes).all(|k| c.get(i + 1 + k) == Some(&'#')) {
            return i + 1 + hashes;
        } else {
            i += 1;
        }
    }
    i
}

fn skip_char_or_lifetime(c: &[char], i: usize) -> usize {
    match (c.get(i + 1), c.get(i + 2)) {
        (Some('\\'), _) => {
            let mut j = i + 2;
            while j < c.len() && c[j] != '\'' {
                j += 1;
            }
            j + 1
        }
        (Some(_), Some('\'')) => i + 3,
        _ => i + 1, // a lifetime or label: 'a
    }
}

/// The `std` modules a token stream reaches: `std::fs::read`, `::std::net`, and every
/// name inside a `use std::{...};` group.
fn std_modules_used(tokens: &[String]) -> Vec<String> {
    let mut used = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        if t == "std" && tokens.get(k + 1).map(String::as_str) == Some("::") {
            let item = tokens.get(k + 4).map(String::as_str).unwrap_or("");
            match tokens.get(k + 2).map(String::as_str) {
                // Addresses are plain data (a SAN entry), not I/O.
                Some("net") if NET_DATA_TYPES.contains(&item) => {}
                Some("{") => {
                    let group = tokens[k + 3..].iter().take_while(|t| *t != ";");
                    used.extend(group.cloned());
                }
                Some(name) => used.push(name.to_string()),
                None => {}
            }
        }
    }
    used
}

// ---- reading the tree ---------------------------------------------------------------

fn collect(dir: &Path, root: &Path, out: &mut Vec<SourceFile>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy();
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
            out.push((rel.replace('\\', "/"), text));
        }
    }
}

pub(crate) fn source_tree() -> Vec<SourceFile> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    collect(&root.join("src"), root, &mut files);
    assert!(
        files.iter().any(|(p, _)| p == "src/lib.rs"),
        "tidy found no src/lib.rs: wrong root?"
    );
    files
}

#[track_caller]
pub(crate) fn check(rule: fn(&[SourceFile]) -> Vec<String>) {
    let bad = rule(&source_tree());
    assert!(bad.is_empty(), "tidy:\n  {}", bad.join("\n  "));
}

// ---- the checks on the real tree ----------------------------------------------------

#[test]
fn browser_crates_stay_in_ui() {
    check(browser_outside_ui);
}

#[test]
fn engines_have_no_clock_rng_or_io() {
    check(clock_rng_io_in_engines);
}

#[test]
fn tls_never_uses_textbook_rsa() {
    check(hazmat_in_tls);
}

/// Files already over the limit when this test came in, each to be split by its
/// owner (and then dropped from here). Any other long file fails the test.
const KNOWN_LONG: &[&str] = &[];

#[test]
fn files_are_small() {
    let long = too_long(&source_tree());
    let new: Vec<_> = long
        .iter()
        .filter(|l| !KNOWN_LONG.iter().any(|k| l.starts_with(&format!("{k}:"))))
        .collect();
    assert!(new.is_empty(), "tidy: split these files:\n  {new:?}");
}

#[test]
fn every_module_starts_with_a_doc_line() {
    check(missing_module_doc);
}

// ---- the checker checked on a fake tree ---------------------------------------------

fn tree(files: &[(&str, &str)]) -> Vec<SourceFile> {
    files
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect()
}

const CLEAN: &str = "//! Fine.\n// yew, std::fs and Instant in a comment are prose.\n\
    fn f() -> &'static str { let _c = 'x'; \"gloo::x, std::net\" }\n\
    /* wasm_bindgen /* nested */ thread_rng */ const R: &str = r#\"OsRng \"quoted\"\"#;\n\
    use std::{collections::HashMap, fmt};\n";

#[test]
fn checker_passes_a_clean_tree() {
    let files = tree(&[
        ("src/lib.rs", CLEAN),
        (
            "src/ui/app.rs",
            "//! UI.\nuse yew::prelude::*;\nuse web_sys::Window;\n",
        ),
        (
            "src/main.rs",
            "//! Entry.\nfn main() { wasm_bindgen::x(); }\n",
        ),
        (
            "src/bin/wirelab/main.rs",
            "//! CLI.\nuse std::net::TcpStream;\n",
        ),
        ("src/tls/client.rs", "//! Client.\n// not hazmat\n"),
        ("src/tls/hazmat.rs", "//! Toy.\npub mod hazmat {}\n"),
    ]);
    assert_eq!(browser_outside_ui(&files), Vec::<String>::new());
    assert_eq!(clock_rng_io_in_engines(&files), Vec::<String>::new());
    assert_eq!(hazmat_in_tls(&files), Vec::<String>::new());
    assert_eq!(too_long(&files), Vec::<String>::new());
    assert_eq!(missing_module_doc(&files), Vec::<String>::new());
}

#[test]
fn checker_catches_browser_crates_in_engines() {
    let files = tree(&[
        ("src/py/a.rs", "//! A.\nuse yew::Html;\n"),
        ("src/py/b.rs", "//! B.\n#[wasm_bindgen]\npub fn f() {}\n"),
        (
            "src/zlib/c.rs",
            "//! C.\nfn f() { let _ = web_sys::window(); }\n",
        ),
        ("src/ui.rs", "//! The UI root may.\nuse gloo::timers;\n"),
    ]);
    assert_eq!(
        browser_outside_ui(&files),
        [
            "src/py/a.rs: names `yew` outside src/ui",
            "src/py/b.rs: names `wasm_bindgen` outside src/ui",
            "src/zlib/c.rs: names `web_sys` outside src/ui",
        ]
    );
}

#[test]
fn checker_catches_clock_rng_and_io() {
    let files = tree(&[
        ("src/a.rs", "//! A.\nuse std::time::{Duration, Instant};\n"),
        ("src/b.rs", "//! B.\nfn f() { std::fs::read(\"x\"); }\n"),
        ("src/c.rs", "//! C.\nuse std::{io, net::TcpStream};\n"),
        (
            "src/d.rs",
            "//! D.\nfn f() { let r = rand::thread_rng(); }\n",
        ),
        ("src/e.rs", "//! E.\nuse ::std::process::Command;\n"),
        ("src/f.rs", "//! F.\nuse std::time::SystemTime;\n"),
        ("src/g.rs", "//! G.\nuse std::net::IpAddr;\n"),
    ]);
    assert_eq!(
        clock_rng_io_in_engines(&files),
        [
            "src/a.rs: uses `Instant`",
            "src/b.rs: uses `std::fs`",
            "src/c.rs: uses `std::net`",
            "src/d.rs: uses `thread_rng`",
            "src/e.rs: uses `std::process`",
            "src/f.rs: uses `SystemTime`",
        ]
    );
}

#[test]
fn checker_catches_hazmat_in_tls() {
    let files = tree(&[
        (
            "src/tls/kx.rs",
            "//! Kx.\nuse crate::crypto::hazmat::encrypt;\n",
        ),
        (
            "src/tls/keygen.rs",
            "//! Another crate's hazmat is not the toy.\nuse crypto_primes::hazmat::MillerRabin;\n",
        ),
        (
            "src/crypto/lesson.rs",
            "//! Lessons may.\nuse crate::crypto::hazmat;\n",
        ),
    ]);
    assert_eq!(
        hazmat_in_tls(&files),
        ["src/tls/kx.rs: uses the textbook-RSA `hazmat` module"]
    );
}

#[test]
fn checker_catches_long_files_and_missing_docs() {
    let long = format!("//! Long.\n{}", "fn f() {}\n".repeat(MAX_LINES));
    let files = tree(&[
        ("src/long.rs", &long),
        (
            "src/nodoc.rs",
            "/// Item doc, not a module doc.\nfn f() {}\n",
        ),
        ("src/empty.rs", ""),
        (
            "src/table.rs",
            &format!(
                "//! A table.\n//! Generated with CPython.\n{}",
                "(1, 2),\n".repeat(MAX_LINES)
            ),
        ),
    ]);
    assert_eq!(
        too_long(&files),
        ["src/long.rs: 401 lines (over 400: split it)"]
    );
    assert_eq!(
        missing_module_doc(&files),
        [
            "src/nodoc.rs: first line is not a `//!` doc line",
            "src/empty.rs: first line is not a `//!` doc line",
        ]
    );
}
