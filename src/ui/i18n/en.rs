//! The English table.

use super::{LabTexts, LoadsTexts, PagesTexts, SerializeTexts, ShellTexts, SimplifyRow, Texts};
use crate::labs::serialize::JsonLoss;

fn loss(l: &JsonLoss) -> String {
    match l {
        JsonLoss::TupleBecomesList => {
            "A tuple is written as a JSON array: json.loads gives back a list.".into()
        }
        JsonLoss::KeyBecomesString(t) => {
            format!("A dict key of type {t} is written as a string: 1 comes back as '1'.")
        }
        JsonLoss::KeyRaises(t) => format!("A dict key of type {t} makes json.dumps raise."),
        JsonLoss::ValueRaises(t) => {
            format!("JSON has no {t}: json.dumps raises TypeError (pickle keeps it).")
        }
        JsonLoss::NonStandardFloat => {
            "nan and inf are written as NaN and Infinity, which strict JSON parsers reject.".into()
        }
        JsonLoss::BigIntPrecision => {
            "Python keeps this big int exact, but JavaScript's JSON.parse rounds ints beyond 2**53."
                .into()
        }
    }
}

pub const EN: Texts = Texts {
    shell: ShellTexts {
        skip_link: "Skip to content",
        tagline: "what network programs put on the wire",
        nav_label: "Labs",
        nav_serialize: "Serialize",
        nav_compress: "Compress",
        nav_sockets: "Sockets",
        nav_tls: "TLS",
        nav_exercises: "Exercises",
        nav_about: "About",
        lang_button: "한국어",
        lang_button_aria: "Switch the page to Korean (한국어로 보기)",
        theme_to_dark: "Dark theme",
        theme_to_light: "Light theme",
        footer: "Every byte on these pages is produced by the engine the page describes. Nothing leaves your browser.",
        not_found_title: "Page not found",
        not_found_text: "There is no lab at this address.",
        back_home: "Back to the labs",
    },
    pages: PagesTexts {
        home_title: "wirelab",
        home_intro: "A lab for what a network program really puts on the wire: type a Python value and see the exact bytes pickle and JSON produce, and soon zlib streams, socket errors and a TLS 1.2 handshake.",
        open_lab: "Open the lab",
        under_construction: "This lab is under construction: it comes in a later release. Here is what it will teach.",
        will_teach_heading: "What you will do here",
        about_title: "About wirelab",
        about_what: "wirelab is a browser lab for a Network Programming course. Its engines are plain Rust compiled to WebAssembly; the same engines run natively behind a command-line tool, where tests compare them byte for byte with CPython and OpenSSL.",
        principle_title: "Real, not drawn",
        principle_text: "Every byte the page shows was produced by the engine the page describes: the pickle bytes are what CPython's pickle.dumps returns, and pickle.loads here shows what an import or call would do without ever doing it.",
        safety_title: "Nothing leaves your browser",
        safety_text: "The page makes no requests to other sites and runs nothing you paste.",
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
                notes_say: "SSL is replaced by TLS",
                what_is_true: "SSL 2.0/3.0 are broken (POODLE); TLS 1.0/1.1 are retired (RFC 8996). Today: TLS 1.2 and 1.3.",
                gently: "use TLS 1.2 or 1.3",
            },
            SimplifyRow {
                notes_say: "client sends the symmetric key encrypted with the server's public key",
                what_is_true: "True for TLS 1.2 RSA key exchange: the client sends a pre-master secret, from which both sides derive the keys. ECDHE instead agrees on a secret, and TLS 1.3 only allows that (forward secrecy).",
                gently: "pre-master secret, then derived keys",
            },
        ],
    },
    serialize: SerializeTexts {
        title: "Serialize: pickle and JSON",
        intro: "Type a Python literal. wirelab evaluates it as Python would, then shows the exact bytes of pickle.dumps, the pickletools.dis listing, and what json.dumps makes of the same value.",
        literal_label: "Python literal",
        literal_help: "Results update as you type.",
        examples_label: "Examples",
        syntax_error_help: "Python cannot read this as a literal: the caret ^ marks where it stopped. Fix it and the page updates.",
        type_error_help: "The literal is valid syntax, but Python raises TypeError evaluating it (for example a list as a dict key or set member: lists are unhashable).",
        value_error_help: "Python raises ValueError evaluating this literal.",
        unsupported_help: "This is valid Python, but not a literal this lab evaluates.",
        protocol_label: "pickle protocol",
        protocol_help: "Protocol 4 is the default since Python 3.8; 0 is the old text format.",
        bytes_label: "Bytes",
        hex_aria: "Pickle bytes in hex; use the arrow keys to move between bytes",
        dis_aria: "pickletools.dis listing; use the arrow keys to move between opcodes",
        dis_hint: "Hover or focus an opcode to light up its bytes, or a byte to find its opcode. Arrow keys move.",
        dumps_error_help: "pickle.dumps raised:",
        opcode_pick: "Pick an opcode in the listing to see it here.",
        opcode_protocol: |p| format!("introduced in protocol {p}"),
        opcode_span: |offset, len| {
            if len == 1 {
                format!("offset {offset}, 1 byte")
            } else {
                format!("offset {offset}, {len} bytes")
            }
        },
        size_bytes: |n| if n == 1 { "1 byte".into() } else { format!("{n} bytes") },
        shown_of: |n, of| format!("… {n} of {of} shown."),
        size_pickle: |p| format!("pickle, protocol {p}"),
        json_error_help: "json.dumps raised this TypeError: JSON has no way to write this value.",
        sizes_heading: "Sizes",
        loses_heading: "What JSON loses",
        loses_nothing: "Nothing here: this value comes back from json.loads unchanged.",
        loss,
        copy_hex: "Copy hex",
        copy_snippet: "Copy Python",
        copied: "Copied",
        download: "Download .pickle",
    },
    loads: LoadsTexts {
        heading: "pickle.loads, safely",
        intro: "Paste pickle bytes as hex (from Python: pickle.dumps(x).hex()). wirelab runs the unpickler one opcode at a time and never imports or calls anything.",
        input_label: "Pickle bytes (hex)",
        use_above: "Use the bytes above",
        malicious_label: "Malicious examples",
        malicious_names: [
            "os.system via GLOBAL+REDUCE, protocol 0",
            "builtins.eval via STACK_GLOBAL, protocol 4",
        ],
        empty_hint: "Paste hex, or use the bytes above.",
        hex_error_help: "bytes.fromhex cannot read this hex:",
        error_help: "pickle.loads would raise:",
        repr_label: "repr() of the result",
        stop_at: |n| format!("STOP at offset {n}."),
        trailing: |n| {
            if n == 1 {
                "1 byte after STOP: Python ignores it.".into()
            } else {
                format!("{n} bytes after STOP: Python ignores them.")
            }
        },
        danger_title: "Danger: these bytes run code",
        would_import: |m, n| format!("This would import {m}.{n}."),
        would_call: |c, a| format!("This would call {c}{a}."),
        never_runs: "wirelab never runs it; pickle.loads on untrusted bytes runs code. Never unpickle data from the network.",
        honoured: |m, n| format!("{m}.{n}: a built-in that CPython itself writes; resolved safely."),
        stepper_heading: "Step through the unpickler",
        stepper_bytes_aria: "The bytes being unpickled; the opcode just run is highlighted",
        next: "Next",
        run_to_end: "Run to end",
        reset: "Reset",
        next_at: |n| format!("Next opcode at offset {n}"),
        last_opcode: "Opcode just run",
        not_started: "Not started: press Next.",
        stopped: "Stopped.",
        stack: "Stack",
        memo: "Memo",
        empty: "(empty)",
    },
    compress: super::compress_en::COMPRESS_EN,
    lab_serialize: LabTexts {
        title: "Serialize",
        blurb: "The exact bytes of pickle and JSON for a Python value, opcode by opcode, and why pickle.loads on untrusted bytes runs code.",
        will_teach: &[],
    },
    lab_compress: LabTexts {
        title: "Compress",
        blurb: "zlib streams byte by byte: header, blocks, trailer, and how decompressobj handles data that arrives in chunks.",
        will_teach: &[
            "Compress bytes with zlib and read the stream: header, deflate blocks, Adler-32 trailer.",
            "Feed the data in chunks to zlib.decompressobj and watch unconsumed_tail and unused_data.",
            "See which corruption gives which zlib.error, in Python's words.",
        ],
    },
    lab_sockets: LabTexts {
        title: "Sockets",
        blurb: "What goes wrong on a network and which Python exception tells you: connection refused, timeouts, name resolution.",
        will_teach: &[
            "Run a client and a server on a simulated network and break it on purpose.",
            "Match each failure to its exception: ConnectionRefusedError, TimeoutError, socket.gaierror.",
            "Read the exception hierarchy (MRO) to know what an except clause catches.",
        ],
    },
    lab_tls: LabTexts {
        title: "TLS",
        blurb: "A real TLS 1.2 handshake between a client and a server in your browser: keys, certificates, records, and what an eavesdropper sees.",
        will_teach: &[
            "Make a CA and a server certificate, and see that a certificate is signed, not encrypted.",
            "Run the handshake message by message and derive the master secret.",
            "Tamper with a record and watch the MAC check fail.",
        ],
    },
    lab_exercises: LabTexts {
        title: "Exercises",
        blurb: "Guided exercises with hints that check your answers against the real engines.",
        will_teach: &[
            "Predict the bytes, then check: each exercise is checked by the same engines.",
            "Hints step by step, progress saved in your browser.",
        ],
    },
};
