//! The Serialize lab's words for why valid Python is not a literal (the parser hands
//! over `py::literal::NotLiteral`, a key; CPython's own error texts stay verbatim).

use crate::py::literal::NotLiteral;
use crate::text::ko::{attach, Particle};

/// In English: the CLI's words (`wirelab: ...`).
pub fn not_literal_en(n: &NotLiteral) -> String {
    n.to_string()
}

/// Why valid Python is not a literal, in Korean (particles fitted to each word).
pub fn not_literal_ko(n: &NotLiteral) -> String {
    const CODE: &str = "코드이지 리터럴이 아닙니다";
    const CALLS: &str = "set(), frozenset() 호출만 읽습니다";
    let topic = |w: &str| attach(w, Particle::Topic);
    match n {
        NotLiteral::Name(name) => format!(
            "{} 이름이지 리터럴이 아닙니다: 이름으로 쓸 수 있는 값은 True, False, None뿐입니다.",
            topic(&format!("'{name}'"))
        ),
        NotLiteral::Unpacking(op) => format!("'{op}' 언패킹은 {CODE}."),
        NotLiteral::Keyword(k) => format!("{} {CODE}.", topic(&format!("'{k}'"))),
        NotLiteral::Walrus => format!("':='(대입 표현식)는 {CODE}."),
        NotLiteral::Conditional => format!("조건 표현식(x if c else y)은 {CODE}."),
        NotLiteral::Subscript => format!("인덱싱(x[i])은 {CODE}."),
        NotLiteral::Attribute(a) => format!("속성 접근 {} {CODE}.", topic(&format!("'{a}'"))),
        NotLiteral::Operator(op) => format!("연산자 {} {CODE}.", topic(&format!("'{op}'"))),
        NotLiteral::Ellipsis => format!("Ellipsis(...)는 {CODE}."),
        NotLiteral::Complex(c) => format!(
            "복소수 {} 이 실습이 다루지 않는 값입니다 (wirelab은 int, float, str, bytes와 컨테이너를 다룹니다).",
            topic(c)
        ),
        NotLiteral::Call(name) => format!("{name}() 호출은 {CODE} ({CALLS})."),
        NotLiteral::FloatCall(s) => format!("{} {CODE} ({CALLS}).", topic(&format!("float('{s}')"))),
        NotLiteral::Generator => format!("제너레이터 표현식은 {CODE}."),
        NotLiteral::Comprehension => format!("컴프리헨션은 {CODE}."),
        NotLiteral::FString => format!("f-문자열은 {CODE}: wirelab은 이를 실행하지 않습니다."),
        NotLiteral::LoneSurrogate(v) => format!(
            "짝이 없는 서로게이트 {} wirelab의 str에 담을 수 없습니다.",
            topic(&format!("\\u{v:04x}"))
        ),
        NotLiteral::UnicodeName(name) => format!(
            "\\N{{{name}}}: wirelab에는 유니코드 문자 이름 표가 없습니다. 문자를 직접 쓰거나 \\u 이스케이프를 쓰세요."
        ),
        NotLiteral::TooDeep => "파이썬 컴파일러가 받아들이기에는 너무 깊이 중첩되어 있습니다.".into(),
        NotLiteral::TooManyPrefixes => "파이썬 파서가 받아들이기에는 앞에 붙은 연산자가 너무 많습니다.".into(),
    }
}
