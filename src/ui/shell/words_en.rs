//! The English words of the shell: header, footer, home, about, not found.

use super::words::{PagesTexts, ShellTexts, ShellWords, SimplifyRow};

pub static EN: ShellWords = ShellWords {
    shell: ShellTexts {
        skip_link: "Skip to content",
        tagline: "what network programs put on the wire",
        nav_label: "Labs",
        nav_about: "About",
        lang_button: "한국어",
        lang_button_hint: ": switch the page to Korean",
        theme_to_dark: "Dark theme",
        theme_to_light: "Light theme",
        footer: "Every byte on these pages is produced by the engine the page describes. Nothing leaves your browser.",
        not_found_title: "Page not found",
        not_found_text: "There is no lab at this address.",
        back_home: "Back to the labs",
        lab_loading: "Loading the lab…",
        lab_load_failed: "This lab could not be loaded. Check the connection and reload the page.",
    },
    pages: PagesTexts {
        home_title: "wirelab",
        home_intro: "A lab for what a network program really puts on the wire: type a Python value and see the exact bytes pickle and JSON produce, take a zlib stream apart and feed it to decompressobj in chunks as a socket delivers it, and make an RSA key in your browser. The socket-errors lab, the TLS 1.2 handshake and the guided exercises are being built.",
        open_lab: "Open the lab",
        under_construction: "This lab is under construction: it comes in a later release. Here is what it will teach.",
        will_teach_heading: "What you will do here",
        about_title: "About wirelab",
        about_what: "wirelab is a browser lab for a Network Programming course. Its engines are plain Rust compiled to WebAssembly; the same engines run natively behind a command-line tool, where tests compare them byte for byte with CPython and OpenSSL.",
        principle_title: "Real, not drawn",
        principle_text: "Every byte the page shows was produced by the engine the page describes: the pickle bytes are what CPython's pickle.dumps returns, and pickle.loads here shows what an import or call would do without ever doing it.",
        safety_title: "Nothing leaves your browser",
        safety_text: "The page makes no requests to other sites and runs nothing you paste.",
        not_title: "What this lab is not",
        not_items: &[
            "Keys and certificates made here are for learning only: never use them to protect anything real.",
            "The rsa crate behind the RSA keys has a known timing side channel (RUSTSEC-2023-0071, the Marvin attack): fine on your own machine, not for a server anyone can time.",
            "SSL 3.0, TLS 1.0 and TLS 1.1 are retired (RFC 7568, RFC 8996). The lab shows TLS 1.2 because its handshake is readable; real servers should offer TLS 1.3.",
        ],
        bench_title: "How fast is it?",
        bench_text: "A separate bench page times the engines against what the browser has built in: zlib against CompressionStream, RSA key generation against WebCrypto, and a whole TLS 1.2 session in memory.",
        bench_link: "Open the bench page",
        simplify_title: "What the course notes simplify",
        simplify_intro: "Notes have to be short. Where they simplify, the labs say what really happens, beside them:",
        col_notes_say: "The notes say",
        col_what_is_true: "What is true",
        col_gently: "In short",
        simplify_rows: &[
            SimplifyRow {
                notes_say: "인증서는 CA의 개인키로 암호화되어 있음",
                what_is_true: "The certificate is signed: the CA signs a hash of its body with its private key. The body is readable by anyone.",
                gently: "signing ≠ encryption",
            },
            SimplifyRow {
                notes_say: "CA는 클라이언트에게 본인의 개인키를 제공",
                what_is_true: "Browsers and operating systems ship CA public keys as root certificates. A CA's private key never leaves the CA.",
                gently: "root certificates hold public keys",
            },
            SimplifyRow {
                notes_say: "Client는 CA의 공개키로 인증서를 복호화",
                what_is_true: "The client verifies the signature with the CA's public key.",
                gently: "verify, not decrypt",
            },
            SimplifyRow {
                notes_say: "현재는 TLS로 대체됨",
                what_is_true: "SSL 2.0/3.0 are broken (POODLE); TLS 1.0/1.1 are retired (RFC 8996). Today: TLS 1.2 and 1.3.",
                gently: "use TLS 1.2 or 1.3",
            },
            SimplifyRow {
                notes_say: "Client는 대칭키를 생성한 후 서버의 공개키로 이를 암호화함",
                what_is_true: "True for TLS 1.2 RSA key exchange: the client sends a pre-master secret, from which both sides derive the keys. ECDHE instead agrees on a secret, and TLS 1.3 only allows that (forward secrecy).",
                gently: "pre-master secret, then derived keys",
            },
        ],
    },
};
