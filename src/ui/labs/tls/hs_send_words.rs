//! The words of "Send your own message" (`hs_send.rs`), English and Korean (terms from
//! docs/GLOSSARY.md: 응용 데이터, 레코드, 평문, 도청자).

use crate::labs::tls::hs_message::{MessageSource, MAX_APP_DATA};
use crate::ui::i18n::{Lang, Words};

/// Every word of the panel.
pub struct SendWords {
    pub heading: &'static str,
    pub intro: &'static str,
    pub source_label: &'static str,
    pub source: fn(MessageSource) -> &'static str,
    pub compress_label: &'static str,
    /// Pickle or JSON chosen, but the Serialize lab has not made it (yet).
    pub missing: &'static str,
    /// Beside the pickle and JSON options while nothing was carried.
    pub not_carried: &'static str,
    pub open_serialize: &'static str,
    /// The carried literal the message comes from.
    pub from_literal: fn(&str) -> String,
    pub compressing: &'static str,
    /// More bytes than one record carries (the length).
    pub too_long: fn(usize) -> String,
    /// Message length, compressed length (if any), what is sent, the whole record.
    pub lengths: fn(usize, Option<usize>, usize, u64) -> String,
    pub client_wrote: &'static str,
    pub server_read: &'static str,
    /// The server rejected the record: it read nothing.
    pub server_rejected: &'static str,
    /// Eve sees the record's length only (the length).
    pub eve_sees: fn(usize) -> String,
}

impl Words for SendWords {
    fn of(lang: Lang) -> &'static Self {
        match lang {
            Lang::En => &SEND_EN,
            Lang::Ko => &SEND_KO,
        }
    }
}

pub const SEND_EN: SendWords = SendWords {
    heading: "Send your own message",
    intro: "What the client sends once the handshake is done: the lab's HTTP request, or the value you made in the Serialize lab, as its pickle or its JSON. Compressing first is what an application does with zlib.compress(payload) before sendall: TLS encrypts whatever bytes it is given.",
    source_label: "The client sends",
    source: |s| match s {
        MessageSource::Http => "The HTTP request (GET /)",
        MessageSource::Pickle => "The Serialize lab's pickle",
        MessageSource::Json => "The Serialize lab's JSON (.encode())",
    },
    compress_label: "Compress first (zlib.compress)",
    missing: "Nothing to send yet: this comes from the Serialize lab, which you have not opened in this visit (or whose value has no such form).",
    not_carried: "open the Serialize lab first",
    open_serialize: "Open the Serialize lab",
    from_literal: |lit| format!("From the Serialize lab's value: {lit}"),
    compressing: "Compressing in the Web Worker…",
    too_long: |n| format!("{n} bytes: more than one TLS record can carry ({MAX_APP_DATA} bytes, 2^14). Choose a smaller value or compress it."),
    lengths: |plain, compressed, sent, record| {
        let zipped = compressed.map(|c| format!(", {c} bytes after zlib.compress")).unwrap_or_default();
        format!("Message: {plain} bytes{zipped}. The record on the wire: {record} bytes = {sent} bytes sent + {} bytes of record header and protection for this suite.", record.saturating_sub(sent as u64))
    },
    client_wrote: "The client wrote (plaintext, before encryption):",
    server_read: "The server read (after decrypting and checking it):",
    server_rejected: "The server read nothing: the record failed its check and the session ended.",
    eve_sees: |n| format!("Eve sees only an application_data record of {n} bytes, never these bytes."),
};

pub const SEND_KO: SendWords = SendWords {
    heading: "직접 만든 메시지 보내기",
    intro: "핸드셰이크가 끝난 뒤 클라이언트가 보내는 것: 실습의 HTTP 요청, 또는 직렬화 실습에서 만든 값의 pickle이나 JSON. 먼저 압축하는 것은 응용 프로그램이 sendall 전에 zlib.compress(payload)를 하는 것과 같습니다. TLS는 받은 바이트를 그대로 암호화합니다.",
    source_label: "클라이언트가 보내는 것",
    source: |s| match s {
        MessageSource::Http => "HTTP 요청(GET /)",
        MessageSource::Pickle => "직렬화 실습의 pickle",
        MessageSource::Json => "직렬화 실습의 JSON(.encode())",
    },
    compress_label: "먼저 압축하기(zlib.compress)",
    missing: "아직 보낼 것이 없습니다: 이 값은 직렬화 실습에서 옵니다. 이번 방문에서 직렬화 실습을 열지 않았습니다(또는 그 값에는 이 형식이 없습니다).",
    not_carried: "먼저 직렬화 실습을 여세요",
    open_serialize: "직렬화 실습 열기",
    from_literal: |lit| format!("직렬화 실습의 값: {lit}"),
    compressing: "웹 워커에서 압축하는 중…",
    too_long: |n| format!("{n}바이트: TLS 레코드 하나가 담을 수 있는 양({MAX_APP_DATA}바이트, 2^14)보다 깁니다. 더 작은 값을 고르거나 압축하세요."),
    lengths: |plain, compressed, sent, record| {
        let zipped = compressed.map(|c| format!(", zlib.compress 후 {c}바이트")).unwrap_or_default();
        let extra = record.saturating_sub(sent as u64);
        format!("메시지: {plain}바이트{zipped}. 전송되는 레코드: {record}바이트 = 보낸 {sent}바이트 + 이 스위트의 레코드 헤더와 보호 {extra}바이트.")
    },
    client_wrote: "클라이언트가 쓴 것(암호화 전 평문):",
    server_read: "서버가 읽은 것(복호화하고 검사한 뒤):",
    server_rejected: "서버는 아무것도 읽지 못했습니다: 레코드가 검사를 통과하지 못해 세션이 끝났습니다.",
    eve_sees: |n| format!("이브에게는 {n}바이트짜리 application_data 레코드만 보일 뿐, 이 바이트는 보이지 않습니다."),
};
