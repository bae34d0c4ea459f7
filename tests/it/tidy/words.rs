//! Tidy rules about words: no file names a path outside the repository, and the
//! engines the page reads hand it keys, not English sentences (issue 7, section 2).

use super::{source_tree, SourceFile};
use std::path::Path;

/// Absolute paths that can only be a machine's, never the repository's.
const OUTSIDE_ROOTS: &[&str] = &["/work/", "/home/", "/root/", "/Users/"];
/// The repository's neighbours, named relative to it.
const NEIGHBOURS: &[&str] = &["../shared", "../notes"];
/// This file, which must spell the patterns it looks for.
const SELF: &str = "tests/it/tidy/words.rs";

/// Engine folders whose values the page shows as they are: their string literals
/// may be zlib's or Python's own texts, never wirelab's English prose.
const PAGE_ENGINES: &[&str] = &["src/labs/", "src/zlib/anatomy/"];
/// The CLI's English renderings of engine keys (`Display` of the keys, `render`).
const CLI_RENDERINGS: &[&str] = &["src/zlib/anatomy/meaning.rs", "src/zlib/anatomy/text.rs"];

// ---- rule: no path outside the repository --------------------------------------------

/// Files that name a path outside the repository: a machine's absolute path, a
/// neighbour folder, or more `../` than the file is deep.
pub(super) fn outside_paths(files: &[SourceFile]) -> Vec<String> {
    let mut bad = Vec::new();
    for (path, text) in files.iter().filter(|(p, _)| p != SELF) {
        let depth = path.matches('/').count();
        for (n, line) in text.lines().enumerate() {
            let named = OUTSIDE_ROOTS
                .iter()
                .chain(NEIGHBOURS)
                .find(|p| line.contains(*p))
                .map(|p| p.to_string());
            let escape = max_parent_run(line)
                .filter(|&ups| ups > depth)
                .map(|ups| "../".repeat(ups));
            if let Some(p) = named.or(escape) {
                bad.push(format!(
                    "{path}:{}: names `{p}`, outside the repository",
                    n + 1
                ));
            }
        }
    }
    bad
}

/// The longest run of `../` in `line`.
fn max_parent_run(line: &str) -> Option<usize> {
    let mut best = None;
    let mut rest = line;
    while let Some(at) = rest.find("../") {
        let run = rest.as_bytes()[at..]
            .chunks(3)
            .take_while(|c| *c == b"../")
            .count();
        best = best.max(Some(run));
        rest = &rest[at + run * 3..];
    }
    best
}

// ---- rule: no English prose for the page in engines -----------------------------------

/// String literals in `PAGE_ENGINES` (outside tests and `CLI_RENDERINGS`) that read
/// as English prose: three lowercase words in a row. Python's texts (`ValueError:
/// ...`, `zlib.error: ...`) and zlib's words handed to `Zlib(...)` are not prose.
pub(super) fn page_prose_in_engines(files: &[SourceFile]) -> Vec<String> {
    let mut bad = Vec::new();
    for (path, text) in files {
        let in_scope = PAGE_ENGINES.iter().any(|d| path.starts_with(d))
            && !CLI_RENDERINGS.contains(&path.as_str())
            && !path.ends_with("/tests.rs");
        if !in_scope {
            continue;
        }
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for lit in string_literals(code) {
            let foreign = is_python_text(&lit.text) || lit.before.ends_with("Zlib(");
            if !foreign && is_prose(&lit.text) {
                bad.push(format!("{path}:{}: English prose {:?}", lit.line, lit.text));
            }
        }
    }
    bad
}

/// Three words of two or more lowercase letters in a row.
fn is_prose(s: &str) -> bool {
    let words: Vec<&str> = s.split(' ').collect();
    words.windows(3).any(|w| {
        w.iter()
            .all(|x| x.len() >= 2 && x.bytes().all(|b| b.is_ascii_lowercase()))
    })
}

/// Python's own text: `SomeError: ...` or `zlib.error: ...`.
fn is_python_text(s: &str) -> bool {
    let head = s.split(':').next().unwrap_or("");
    s.contains(':')
        && !head.contains(' ')
        && (head.ends_with("Error") || head.ends_with(".error") || head.ends_with("Exception"))
}

/// A string literal, its 1-based line and the code just before it (spaces dropped).
struct Literal {
    line: usize,
    text: String,
    before: String,
}

/// The `"..."` and `r#"..."#` literals of `text`, outside comments and char literals.
fn string_literals(text: &str) -> Vec<Literal> {
    let c: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut code = String::new();
    let (mut i, mut line) = (0, 1);
    while i < c.len() {
        let ch = c[i];
        let next = c.get(i + 1).copied();
        if ch == '/' && next == Some('/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
            continue;
        }
        let hashes = raw_hashes(&c, i, &code);
        if ch == '"' || hashes.is_some() {
            let h = hashes.unwrap_or(0);
            let start = if ch == '"' { i + 1 } else { i + 2 + h };
            let mut j = start;
            while j < c.len() {
                if h == 0 && hashes.is_none() && c[j] == '\\' {
                    j += 2;
                } else if c[j] == '"' && (0..h).all(|k| c.get(j + 1 + k) == Some(&'#')) {
                    break;
                } else {
                    j += 1;
                }
            }
            let body: String = c[start..j.min(c.len())].iter().collect();
            let tail: String = code
                .chars()
                .rev()
                .take(16)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            out.push(Literal {
                line,
                text: body.clone(),
                before: tail,
            });
            line += body.matches('\n').count();
            code.push_str("\"\"");
            i = j + 1 + h;
            continue;
        }
        if ch == '\'' {
            // A char literal ('x', '\n') or a lifetime ('a).
            let end = match (next, c.get(i + 2)) {
                (Some('\\'), _) => (i + 2..c.len()).find(|&k| c[k] == '\'').map(|k| k + 1),
                (Some(_), Some('\'')) => Some(i + 3),
                _ => None,
            };
            if let Some(end) = end {
                i = end;
                code.push_str("' '");
                continue;
            }
        }
        if ch == '\n' {
            line += 1;
        }
        if !ch.is_whitespace() {
            code.push(ch);
        }
        i += 1;
    }
    out
}

/// At `r"` / `r#"` (not inside an identifier): how many `#`.
fn raw_hashes(c: &[char], i: usize, code: &str) -> Option<usize> {
    if c[i] != 'r' || code.ends_with(|p: char| p.is_alphanumeric() || p == '_') {
        return None;
    }
    let h = c[i + 1..].iter().take_while(|&&x| x == '#').count();
    (c.get(i + 1 + h) == Some(&'"')).then_some(h)
}

// ---- rule: Korean particles fit the word, no "을(를)" templates -------------------------

/// Both forms of a particle written as a template, for the reader to pick.
#[rustfmt::skip]
const PARTICLE_TEMPLATES: &[&str] = &[
    "을(를)", "를(을)", "(을)를", "은(는)", "는(은)", "(은)는", "이(가)", "가(이)", "(이)가",
    "와(과)", "과(와)", "(와)과", "(으)로", "으로(로)", "로(으로)",
];

/// Source lines with a particle template (use `text::ko::particle` instead).
pub(super) fn particle_templates(files: &[SourceFile]) -> Vec<String> {
    let mut bad = Vec::new();
    for (path, text) in files.iter().filter(|(p, _)| p != SELF) {
        for (n, line) in text.lines().enumerate() {
            if let Some(t) = PARTICLE_TEMPLATES.iter().find(|t| line.contains(*t)) {
                bad.push(format!("{path}:{}: particle template `{t}`", n + 1));
            }
        }
    }
    bad
}

// ---- reading the whole repository -----------------------------------------------------

/// Folders that are built, installed or not ours.
const SKIP_DIRS: &[&str] = &[
    ".git",
    "target",
    "node_modules",
    "dist",
    "corpus",
    "artifacts",
];

fn collect_all(dir: &Path, root: &Path, out: &mut Vec<SourceFile>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name == ".git" {
            // A worktree's `.git` is a file naming the main checkout: git's, not ours.
            continue;
        }
        if path.is_dir() {
            if !SKIP_DIRS.contains(&name.as_str()) && !name.starts_with("target") {
                collect_all(&path, root, out);
            }
        } else if let Ok(text) = std::fs::read_to_string(&path) {
            let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy();
            out.push((rel.replace('\\', "/"), text));
        }
    }
}

/// Every text file of the repository (sources, tests, scripts, docs, config).
fn repository() -> Vec<SourceFile> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    collect_all(root, root, &mut files);
    assert!(
        files.iter().any(|(p, _)| p == "Cargo.toml"),
        "tidy: wrong root?"
    );
    files
}

// ---- the checks on the real tree -------------------------------------------------------

#[test]
fn no_file_names_a_path_outside_the_repository() {
    let bad = outside_paths(&repository());
    assert!(bad.is_empty(), "tidy:\n  {}", bad.join("\n  "));
}

#[test]
fn korean_particles_are_chosen_not_templated() {
    let bad = particle_templates(&source_tree());
    assert!(bad.is_empty(), "tidy:\n  {}", bad.join("\n  "));
}

#[test]
fn checker_catches_particle_templates() {
    let files = tree(&[
        (
            "src/ui/a.rs",
            "//! A.\nconst X: &str = \"{m}.{n}을(를) import하려 합니다.\";\n",
        ),
        (
            "src/ui/b.rs",
            "//! B.\nconst Y: &str = \"{s}(으)로 만든\";\n",
        ),
        (
            "src/ui/c.rs",
            "//! C.\nconst Z: &str = \"스택(stack)은 바이트(byte)를 \";\n",
        ),
    ]);
    assert_eq!(
        particle_templates(&files),
        [
            "src/ui/a.rs:2: particle template `을(를)`",
            "src/ui/b.rs:2: particle template `(으)로`",
        ]
    );
}

#[test]
fn page_engines_hand_the_page_keys_not_english() {
    let bad = page_prose_in_engines(&source_tree());
    assert!(bad.is_empty(), "tidy:\n  {}", bad.join("\n  "));
}

// ---- the checkers checked on fake trees ------------------------------------------------

fn tree(files: &[(&str, &str)]) -> Vec<SourceFile> {
    files
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect()
}

#[test]
fn checker_catches_paths_outside_the_repository() {
    let files = tree(&[
        (
            "src/ui/i18n.rs",
            "//! Terms follow /work/shared/GLOSSARY.md.\n",
        ),
        ("README.md", "See ../shared/DESIGN.md.\n"),
        (
            "src/a/b.rs",
            "include_str!(\"../../../x\");\ninclude_str!(\"../../tests/x\");\n",
        ),
        (
            "tests/e2e/h.mjs",
            "path.resolve(here, '../..');\nconst x = '/home/me/x';\n",
        ),
        (
            "src/labs/unpickle/tests.rs",
            "include_str!(\"../../../tests/fixtures/p.json\")\n",
        ),
        (
            "docs/GLOSSARY.md",
            "Cited as docs/GLOSSARY.md; /tmp/x is scratch.\n",
        ),
    ]);
    assert_eq!(
        outside_paths(&files),
        [
            "src/ui/i18n.rs:1: names `/work/`, outside the repository",
            "README.md:1: names `../shared`, outside the repository",
            "src/a/b.rs:1: names `../../../`, outside the repository",
            "tests/e2e/h.mjs:2: names `/home/`, outside the repository",
        ]
    );
}

#[test]
fn checker_catches_english_prose_in_page_engines() {
    let files = tree(&[
        (
            "src/zlib/anatomy/wrapper.rs",
            "//! W.\nfn f() { g(\"window size\"); h(\"the stream ends early\"); }\n\
             // \"a comment is not a literal\"\n\
             fn e() -> E { AnatomyError::Zlib(\"incorrect header check\") }\n\
             const C: char = '\"'; const S: &str = r#\"compressor used fast \"x\"\"#;\n",
        ),
        (
            "src/labs/compress/stepper.rs",
            "//! S.\nfn p() -> String { \"ValueError: max_length must be non-negative\".into() }\n\
             fn q() -> &'static str { \"d.decompress(stream[0:8])\" }\n\
             #[cfg(test)]\nmod t { const X: &str = \"tests may say anything here\"; }\n",
        ),
        (
            "src/labs/compress/tests.rs",
            "//! T.\nconst X: &str = \"tests say what they like\";\n",
        ),
        (
            "src/zlib/anatomy/meaning.rs",
            "//! M.\nconst X: &str = \"no preset dictionary\";\n",
        ),
        (
            "src/py/pickle/opinfo.rs",
            "//! Out of scope.\nconst X: &str = \"push a list on the stack\";\n",
        ),
    ]);
    assert_eq!(
        page_prose_in_engines(&files),
        [
            "src/zlib/anatomy/wrapper.rs:2: English prose \"the stream ends early\"",
            "src/zlib/anatomy/wrapper.rs:5: English prose \"compressor used fast \\\"x\\\"\"",
        ]
    );
}
