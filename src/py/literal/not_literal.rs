//! Why valid Python is not a literal this lab evaluates, as data: the page words it
//! in English or Korean; `Display` gives the CLI's English (`LiteralError::message`).

use std::fmt;

/// What a learner wrote that Python accepts but that is code, or a value this lab
/// does not model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotLiteral {
    /// A name other than True, False, None (`x`).
    Name(String),
    /// `*x` or `**x` (the operator).
    Unpacking(String),
    /// `lambda` or `yield` (the keyword).
    Keyword(String),
    /// `:=`.
    Walrus,
    /// `x if c else y`.
    Conditional,
    /// `x[i]`.
    Subscript,
    /// `x.name` (the access, with its dot).
    Attribute(String),
    /// A unary or binary operator (`+`, `not`, `<`...).
    Operator(String),
    /// `...`.
    Ellipsis,
    /// A complex number (as written).
    Complex(String),
    /// A call other than `set(...)` / `frozenset(...)` (the callee's name).
    Call(String),
    /// `float('...')` (the string), the usual way to write inf and nan.
    FloatCall(String),
    /// `(x for x in y)`.
    Generator,
    /// `[x for x in y]` and the other comprehensions.
    Comprehension,
    /// `f'...'`.
    FString,
    /// A `\ud800`-style surrogate, which a Rust string cannot hold (the code point).
    LoneSurrogate(u32),
    /// `\N{...}` (the name): wirelab has no Unicode name table.
    UnicodeName(String),
    /// Nesting deeper than CPython's compiler accepts.
    TooDeep,
    /// More prefix operators than CPython's parser accepts.
    TooManyPrefixes,
}

/// The CLI's English (`wirelab: ...` after the error's name).
impl fmt::Display for NotLiteral {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const CODE: &str = "is code, not a literal";
        match self {
            NotLiteral::Name(n) => write!(
                f,
                "'{n}' is a name, not a literal: only True, False and None may be spelled out"
            ),
            NotLiteral::Unpacking(op) => write!(f, "'{op}' unpacking {CODE}"),
            NotLiteral::Keyword(k) => write!(f, "'{k}' {CODE}"),
            NotLiteral::Walrus => write!(f, "':=' {CODE}"),
            NotLiteral::Conditional => {
                write!(f, "a conditional expression (x if c else y) {CODE}")
            }
            NotLiteral::Subscript => write!(f, "a subscript (x[i]) {CODE}"),
            NotLiteral::Attribute(a) => write!(f, "the attribute access '{a}' {CODE}"),
            NotLiteral::Operator(op) => write!(f, "the operator '{op}' {CODE}"),
            NotLiteral::Ellipsis => write!(f, "Ellipsis (...) {CODE}"),
            NotLiteral::Complex(n) => write!(
                f,
                "the complex number {n} (wirelab models int, float, str, bytes and containers) {CODE}"
            ),
            NotLiteral::Call(n) => write!(
                f,
                "calling {n}() {CODE} (only set() and frozenset() calls are read)"
            ),
            NotLiteral::FloatCall(s) => write!(
                f,
                "float('{s}') {CODE} (only set() and frozenset() calls are read)"
            ),
            NotLiteral::Generator => write!(f, "a generator expression {CODE}"),
            NotLiteral::Comprehension => write!(f, "a comprehension {CODE}"),
            NotLiteral::FString => {
                write!(f, "an f-string {CODE}: wirelab does not evaluate it")
            }
            NotLiteral::LoneSurrogate(v) => write!(
                f,
                "the lone surrogate \\u{v:04x} cannot be held in a wirelab str"
            ),
            NotLiteral::UnicodeName(name) => write!(
                f,
                "\\N{{{name}}}: wirelab has no Unicode name table; write the character or a \\u escape"
            ),
            NotLiteral::TooDeep => f.write_str("too deeply nested for Python's compiler"),
            NotLiteral::TooManyPrefixes => {
                f.write_str("too many prefix operators for Python's parser")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::NotLiteral;
    use crate::py::literal::{parse, ErrorKind};

    fn why(src: &str) -> (Option<NotLiteral>, String) {
        match parse(src) {
            Err(e) if e.kind == ErrorKind::Unsupported => (e.not_literal, e.message),
            other => panic!("{src:?}: want Unsupported, got {other:?}"),
        }
    }

    #[test]
    fn every_unsupported_error_carries_its_key_and_the_key_s_english() {
        let cases = [
            ("x", NotLiteral::Name("x".into())),
            ("float('inf')", NotLiteral::FloatCall("inf".into())),
            ("print(1)", NotLiteral::Call("print".into())),
            ("f'{x}'", NotLiteral::FString),
            ("'\\ud800'", NotLiteral::LoneSurrogate(0xd800)),
            ("'\\N{DASH}'", NotLiteral::UnicodeName("DASH".into())),
            ("1j", NotLiteral::Complex("1j".into())),
            ("1 + 2", NotLiteral::Operator("+".into())),
            ("[1][0]", NotLiteral::Subscript),
            ("...", NotLiteral::Ellipsis),
            ("[x for x in y]", NotLiteral::Comprehension),
            ("{**a}", NotLiteral::Unpacking("**".into())),
            ("lambda: 1", NotLiteral::Keyword("lambda".into())),
        ];
        for (src, key) in cases {
            let (got, message) = why(src);
            assert_eq!(got.as_ref(), Some(&key), "{src}");
            assert_eq!(message, key.to_string(), "{src}");
        }
    }

    #[test]
    fn a_string_s_reason_is_said_once() {
        // Before the key, the string's reason was wrapped again ("... is code, not a literal").
        assert_eq!(
            why("f'{x}'").1,
            "an f-string is code, not a literal: wirelab does not evaluate it"
        );
        assert_eq!(
            why("'\\ud800'").1,
            "the lone surrogate \\ud800 cannot be held in a wirelab str"
        );
    }
}
