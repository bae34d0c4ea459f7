//! Integration tests: one Korean term per idea (docs/GLOSSARY.md). The Korean words
//! (`src/**/*ko*.rs`) must not use a variant spelling of a glossary term, so a learner
//! never wonders whether 공개 키 and 공개키 are two things. Lines that quote the
//! course note (`quote:`) keep the note's own words: the lab corrects them beside it.

use super::{check, SourceFile};

/// A variant a learner would meet, and the glossary's term to write instead.
const VARIANTS: &[(&str, &str)] = &[
    ("헥스", "16진수"),
    ("16 진수", "16진수"),
    ("스테퍼", "단계별 실행"),
    ("디시리얼", "역직렬화"),
    ("직렬화 해제", "역직렬화"),
    ("비직렬화", "역직렬화"),
    ("압축해제", "압축 해제"),
    ("공개 키", "공개키"),
    ("개인 키", "개인키"),
    ("대칭 키", "대칭키"),
    ("암호 묶음", "암호 스위트"),
    ("암호화 스위트", "암호 스위트"),
    ("타임 아웃", "타임아웃"),
    ("메세지", "메시지"),
    ("핸드쉐이크", "핸드셰이크"),
    ("연산 코드", "옵코드"),
    ("오퍼코드", "옵코드"),
    ("인증기관", "인증 기관"),
    ("역 참조", "역참조"),
    ("후방 참조", "역참조"),
    ("프리 마스터", "프리마스터 시크릿"),
    ("마스터 비밀", "마스터 시크릿"),
    ("순방향 비밀", "전방 비밀성"),
    ("전방향 안전", "전방 비밀성"),
    ("세션 아이디", "세션 ID"),
];

fn is_korean_words(path: &str) -> bool {
    path.starts_with("src/")
        && path
            .rsplit('/')
            .next()
            .is_some_and(|f| f.contains("ko") && f.ends_with(".rs"))
}

fn variant_terms(files: &[SourceFile]) -> Vec<String> {
    let mut bad = Vec::new();
    for (path, text) in files.iter().filter(|(p, _)| is_korean_words(p)) {
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("quote:") {
                continue;
            }
            for (variant, term) in VARIANTS {
                if line.contains(variant) {
                    bad.push(format!("{path}:{}: `{variant}`: write `{term}`", n + 1));
                }
            }
        }
    }
    bad
}

#[test]
fn korean_words_use_one_term_per_idea() {
    check(variant_terms);
}

#[test]
fn checker_finds_a_variant_term_but_not_in_a_quote() {
    let files: Vec<SourceFile> = vec![
        (
            "src/ui/labs/tls/words_ko.rs".into(),
            "//! K.\nconst A: &str = \"공개 키로 암호화\";\n    quote: \"공유된 개인 키\",\n"
                .into(),
        ),
        (
            "src/ui/labs/tls/words_en.rs".into(),
            "//! E.\nconst A: &str = \"공개 키\";\n".into(),
        ),
    ];
    let bad = variant_terms(&files);
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert!(
        bad[0].starts_with("src/ui/labs/tls/words_ko.rs:2: `공개 키`"),
        "{bad:?}"
    );
}
