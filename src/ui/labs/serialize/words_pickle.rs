//! The Serialize lab's words about pickle itself (what dumps and loads are, the
//! protocols, `pickle.load(f)` on a stream), English and Korean side by side.

/// One protocol row: number, the Python that introduced it, what it added.
pub struct ProtocolRow {
    pub protocol: u8,
    pub since: &'static str,
    pub what: &'static str,
}

/// What the pickle notes say.
pub struct PickleTexts {
    pub terms: &'static str,
    pub protocols_heading: &'static str,
    pub col_protocol: &'static str,
    pub col_since: &'static str,
    pub col_what: &'static str,
    pub protocol_rows: [ProtocolRow; 6],
    pub protocols_note: &'static str,
    pub stream_heading: &'static str,
    pub stream_text: &'static str,
}

pub const EN: PickleTexts = PickleTexts {
    terms: "pickle.dumps serializes (\"pickling\"): a Python object becomes a byte stream you can store or send. pickle.loads deserializes (\"unpickling\"): the bytes become an object again.",
    protocols_heading: "Protocols 0 to 5",
    col_protocol: "Protocol",
    col_since: "Since",
    col_what: "What it added",
    protocol_rows: [
        ProtocolRow { protocol: 0, since: "Python 1", what: "the original text format, readable as ASCII" },
        ProtocolRow { protocol: 1, since: "Python 1", what: "the old binary format" },
        ProtocolRow { protocol: 2, since: "Python 2.3", what: "PROTO, efficient new-style classes" },
        ProtocolRow { protocol: 3, since: "Python 3.0", what: "bytes objects; the default in 3.0-3.7" },
        ProtocolRow { protocol: 4, since: "Python 3.4", what: "FRAME, large objects, more kinds; the default in 3.8-3.13" },
        ProtocolRow { protocol: 5, since: "Python 3.8", what: "out-of-band buffers (PEP 574); the default from 3.14" },
    ],
    protocols_note: "The bytes on this page are what CPython 3.11 writes (its default is 4).",
    stream_heading: "pickle.load(f): the pickle marks its own end",
    stream_text: "A pickle ends with STOP, so a reader knows where it stops without a length in front: pickle.load reads exactly one pickle from a file or socket stream and leaves the rest. Here, with this page's pickle and more bytes after it:",
};

pub const KO: PickleTexts = PickleTexts {
    terms: "pickle.dumps는 직렬화(피클링)입니다: 파이썬 객체가 저장하거나 보낼 수 있는 바이트 스트림이 됩니다. pickle.loads는 역직렬화(언피클링)입니다: 바이트가 다시 객체가 됩니다.",
    protocols_heading: "프로토콜 0부터 5까지",
    col_protocol: "프로토콜",
    col_since: "도입",
    col_what: "추가된 것",
    protocol_rows: [
        ProtocolRow { protocol: 0, since: "Python 1", what: "처음의 텍스트 형식, ASCII로 읽힘" },
        ProtocolRow { protocol: 1, since: "Python 1", what: "예전의 바이너리 형식" },
        ProtocolRow { protocol: 2, since: "Python 2.3", what: "PROTO, 새 스타일 클래스를 효율적으로" },
        ProtocolRow { protocol: 3, since: "Python 3.0", what: "bytes 객체; 3.0-3.7의 기본값" },
        ProtocolRow { protocol: 4, since: "Python 3.4", what: "FRAME, 큰 객체, 더 많은 종류; 3.8-3.13의 기본값" },
        ProtocolRow { protocol: 5, since: "Python 3.8", what: "대역 외(out-of-band) 버퍼 (PEP 574); 3.14부터 기본값" },
    ],
    protocols_note: "이 페이지의 바이트는 CPython 3.11이 쓰는 그대로입니다 (기본값은 4).",
    stream_heading: "pickle.load(f): pickle은 스스로 끝을 표시합니다",
    stream_text: "pickle은 STOP으로 끝나므로, 앞에 길이가 없어도 읽는 쪽이 어디서 멈출지 압니다: pickle.load는 파일이나 소켓 스트림에서 pickle 하나만 정확히 읽고 나머지는 남겨 둡니다. 이 페이지의 pickle 뒤에 바이트를 더 붙이면:",
};
