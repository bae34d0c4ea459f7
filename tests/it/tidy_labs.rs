//! Integration tests: tidy for the lab kit and the registry (ARCHITECTURE.md,
//! "Invariants"). Like `tidy.rs`, each rule is a function over `(path, text)` pairs,
//! proven on fake trees below.
//!
//! - every `Lab` variant has its folder: `src/ui/labs/<lab>/` with `mod.rs`,
//!   `page.rs` and `words.rs`;
//! - nothing matches over labs with a catch-all arm (`_ =>` in a file that names
//!   `Lab::`): a forgotten lab must fail to compile, not show another lab's page;
//! - one stepper model: no stepping-action enum outside `labs::kit::replay`;
//! - a lab's components read only their own lab's words (and the kit's, the shell's).

use super::tidy::{check, SourceFile};

const REGISTRY: &str = "src/ui/labs/mod.rs";

/// The variants of `pub enum Lab { ... }` in the registry.
fn lab_variants(registry: &str) -> Vec<String> {
    let Some(start) = registry.find("pub enum Lab {") else {
        return Vec::new();
    };
    let body = &registry[start + "pub enum Lab {".len()..];
    let body = &body[..body.find('}').unwrap_or(body.len())];
    body.split(',')
        .map(|v| {
            v.lines()
                .filter(|l| !l.trim().starts_with("//"))
                .collect::<String>()
        })
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
        .collect()
}

/// `CamelCase` -> `snake_case`, as a lab's folder is named.
fn snake(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

fn labs_without_folder(files: &[SourceFile]) -> Vec<String> {
    let Some((_, registry)) = files.iter().find(|(p, _)| p == REGISTRY) else {
        return vec![format!("{REGISTRY}: missing")];
    };
    let variants = lab_variants(registry);
    if variants.is_empty() {
        return vec![format!("{REGISTRY}: no `pub enum Lab`")];
    }
    let mut bad = Vec::new();
    for v in variants {
        for file in ["mod.rs", "page.rs", "words.rs"] {
            let path = format!("src/ui/labs/{}/{file}", snake(&v));
            if !files.iter().any(|(p, _)| *p == path) {
                bad.push(format!("Lab::{v}: {path} is missing"));
            }
        }
    }
    bad
}

fn catch_all_over_labs(files: &[SourceFile]) -> Vec<String> {
    files
        .iter()
        .filter(|(p, t)| p.starts_with("src/ui/") && t.contains("Lab::") && t.contains("_ =>"))
        .map(|(p, _)| format!("{p}: a `_ =>` arm where labs are matched"))
        .collect()
}

fn second_stepper_model(files: &[SourceFile]) -> Vec<String> {
    files
        .iter()
        .filter(|(p, _)| p != "src/labs/kit/replay.rs")
        .filter(|(_, t)| {
            t.lines().any(|l| {
                let l = l.trim_start();
                l.starts_with("pub enum ") && l.contains("StepAction")
                    || l.starts_with("enum ") && l.contains("StepAction")
            })
        })
        .map(|(p, _)| format!("{p}: a stepping-action enum (use labs::kit::ReplayAction)"))
        .collect()
}

/// The words types of the labs, from the registry's folders (`SerializeWords`, ...).
fn words_types(files: &[SourceFile]) -> Vec<(String, String)> {
    files
        .iter()
        .filter_map(|(p, t)| {
            let lab = p.strip_prefix("src/ui/labs/")?.strip_suffix("/words.rs")?;
            let ty = t.lines().find_map(|l| {
                let rest = l.trim_start().strip_prefix("pub struct ")?;
                let name = rest.split(|c: char| !c.is_alphanumeric()).next()?;
                name.ends_with("Words").then(|| name.to_owned())
            })?;
            Some((lab.to_owned(), ty))
        })
        .collect()
}

fn reads_another_labs_words(files: &[SourceFile]) -> Vec<String> {
    let types = words_types(files);
    let mut bad = Vec::new();
    for (p, t) in files {
        let Some(lab) = p
            .strip_prefix("src/ui/labs/")
            .and_then(|r| r.split_once('/'))
            .map(|(lab, _)| lab)
        else {
            continue;
        };
        for (other, ty) in &types {
            if other != lab && t.contains(ty.as_str()) {
                bad.push(format!("{p}: reads {ty}, the words of lab `{other}`"));
            }
        }
    }
    bad
}

#[test]
fn every_lab_has_its_folder() {
    check(labs_without_folder);
}

#[test]
fn labs_are_matched_exhaustively() {
    check(catch_all_over_labs);
}

#[test]
fn there_is_one_stepper_model() {
    check(second_stepper_model);
}

#[test]
fn labs_read_only_their_own_words() {
    check(reads_another_labs_words);
}

// ---- the checker checked on a fake tree ---------------------------------------------

fn tree(files: &[(&str, &str)]) -> Vec<SourceFile> {
    files
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect()
}

const REGISTRY_TEXT: &str =
    "//! R.\npub enum Lab {\n    Serialize,\n    // soon\n    WireTap,\n}\n";

#[test]
fn checker_finds_a_lab_without_its_folder() {
    let mut files = tree(&[
        (REGISTRY, REGISTRY_TEXT),
        ("src/ui/labs/serialize/mod.rs", "//! S."),
        ("src/ui/labs/serialize/page.rs", "//! S."),
        ("src/ui/labs/serialize/words.rs", "//! S."),
        ("src/ui/labs/wire_tap/mod.rs", "//! W."),
    ]);
    let bad = labs_without_folder(&files);
    assert_eq!(bad.len(), 2, "{bad:?}");
    assert!(bad.iter().all(|b| b.contains("wire_tap")));
    files.push(("src/ui/labs/wire_tap/page.rs".into(), String::new()));
    files.push(("src/ui/labs/wire_tap/words.rs".into(), String::new()));
    assert!(labs_without_folder(&files).is_empty());
}

#[test]
fn checker_finds_catch_alls_second_steppers_and_borrowed_words() {
    let files = tree(&[
        (
            "src/ui/labs/mod.rs",
            "match lab { Lab::Serialize => 1, _ => 2 }",
        ),
        ("src/ui/kit/x.rs", "match n { 0 => 1, _ => 2 }"),
        ("src/labs/x.rs", "pub enum StepAction { Next }"),
        ("src/labs/kit/replay.rs", "pub enum StepAction { Next }"),
        ("src/ui/labs/a/words.rs", "pub struct AWords {}"),
        ("src/ui/labs/b/words.rs", "pub struct BWords {}"),
        ("src/ui/labs/b/page.rs", "use_words::<AWords>()"),
        ("src/ui/labs/a/page.rs", "use_words::<AWords>()"),
    ]);
    assert_eq!(catch_all_over_labs(&files).len(), 1);
    assert_eq!(
        second_stepper_model(&files),
        vec!["src/labs/x.rs: a stepping-action enum (use labs::kit::ReplayAction)"]
    );
    let borrowed = reads_another_labs_words(&files);
    assert_eq!(
        borrowed,
        vec!["src/ui/labs/b/page.rs: reads AWords, the words of lab `a`"]
    );
}
