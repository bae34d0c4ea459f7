//! The Serialize lab's JSON words (`json.dumps` options, `json.loads`), English and
//! Korean side by side: one typed struct, an `EN` and a `KO` value.

/// What the JSON panels say.
pub struct JsonTexts {
    pub ascii_heading: &'static str,
    pub ascii_text: &'static str,
    /// UTF-8 bytes with and without `ensure_ascii`.
    pub ascii_sizes: fn(usize, usize) -> String,
    pub encode_heading: &'static str,
    pub encode_text: &'static str,
    pub keys_heading: &'static str,
    pub keys_text: &'static str,
    pub loads_heading: &'static str,
    pub loads_intro: &'static str,
    pub loads_label: &'static str,
    pub loads_empty: &'static str,
    pub loads_use_above: &'static str,
    pub loads_repr: &'static str,
    pub loads_error_help: &'static str,
    pub loads_safe: &'static str,
}

pub const EN: JsonTexts = JsonTexts {
    ascii_heading: "ensure_ascii",
    ascii_text: "By default json.dumps writes every character outside ASCII as \\uXXXX: a Hangul syllable becomes 6 bytes instead of its 3 UTF-8 bytes. With ensure_ascii=False the text stays text.",
    ascii_sizes: |ascii, utf8| format!("ensure_ascii=True: {ascii} bytes; ensure_ascii=False, then .encode(): {utf8} bytes."),
    encode_heading: "Before sendall",
    encode_text: "json.dumps returns a str; a socket sends bytes. Encode it first: sock.sendall(json.dumps(x).encode()), and on the other side json.loads(data.decode()).",
    keys_heading: "What keys become",
    keys_text: "JSON keys are strings: True becomes 'true', None becomes 'null', 1 becomes '1', 1.5 becomes '1.5'. json.loads gives them back as those strings, not as the original values.",
    loads_heading: "json.loads",
    loads_intro: "Paste a JSON document: see the Python value json.loads returns, or the exact JSONDecodeError, with its line, column and character position.",
    loads_label: "JSON text",
    loads_empty: "Paste JSON, or use the json.dumps output above.",
    loads_use_above: "Use the json.dumps output above",
    loads_repr: "repr() of the result",
    loads_error_help: "json.loads raises this: the position counts characters from 0, lines and columns from 1.",
    loads_safe: "json.loads is safe where pickle.loads is not: JSON can only describe dicts, lists, strings, numbers, true, false and null, so reading it never imports or calls anything.",
};

pub const KO: JsonTexts = JsonTexts {
    ascii_heading: "ensure_ascii",
    ascii_text: "json.dumps는 기본적으로 ASCII 밖의 모든 문자를 \\uXXXX로 씁니다: 한글 한 음절이 UTF-8의 3바이트 대신 6바이트가 됩니다. ensure_ascii=False를 주면 글자가 그대로 남습니다.",
    ascii_sizes: |ascii, utf8| format!("ensure_ascii=True: {ascii}바이트, ensure_ascii=False 뒤 .encode(): {utf8}바이트."),
    encode_heading: "sendall 전에",
    encode_text: "json.dumps는 str을 돌려주고, 소켓은 bytes를 보냅니다. 먼저 인코딩하세요: sock.sendall(json.dumps(x).encode()), 받는 쪽에서는 json.loads(data.decode()).",
    keys_heading: "키가 바뀌는 모습",
    keys_text: "JSON의 키는 문자열입니다: True는 'true', None은 'null', 1은 '1', 1.5는 '1.5'가 됩니다. json.loads는 원래 값이 아니라 이 문자열로 돌려줍니다.",
    loads_heading: "json.loads",
    loads_intro: "JSON 문서를 붙여 넣으면 json.loads가 돌려주는 파이썬 값, 또는 줄·열·문자 위치가 담긴 JSONDecodeError를 그대로 보여 줍니다.",
    loads_label: "JSON 텍스트",
    loads_empty: "JSON을 붙여 넣거나 위의 json.dumps 결과를 사용하세요.",
    loads_use_above: "위의 json.dumps 결과 사용",
    loads_repr: "결과의 repr()",
    loads_error_help: "json.loads가 이 예외를 일으킵니다: 위치(char)는 0부터, 줄(line)과 열(column)은 1부터 셉니다.",
    loads_safe: "pickle.loads와 달리 json.loads는 안전합니다: JSON은 dict, list, 문자열, 숫자, true, false, null만 나타낼 수 있어서, 읽는 동안 어떤 것도 import하거나 호출하지 않습니다.",
};
