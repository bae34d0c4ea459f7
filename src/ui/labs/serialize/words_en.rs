//! The English words of the Serialize lab (pickle, JSON, pickle.loads).

use super::words::{LoadsTexts, SerializeTexts, SerializeWords};
use crate::labs::serialize::JsonLoss;
use crate::ui::i18n::LabCard;

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

pub static EN: SerializeWords = SerializeWords {
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
        not_literal: super::literal_words::not_literal_en,
        protocol_label: "pickle protocol",
        protocol_help: "Protocol 4 is the default since Python 3.8; 0 is the old text format.",
        hex_aria: "Pickle bytes in hex; use the arrow keys to move between bytes",
        dis_aria: "pickletools.dis listing; use the arrow keys to move between opcodes",
        dis_hint: "Hover or focus an opcode to light up its bytes, or a byte to find its opcode. Arrow keys move.",
        dumps_error_help: "pickle.dumps raised:",
        opcode_pick: "Pick an opcode in the listing to see it here.",
        opcodes: &super::opcode_words::OPCODES_EN,
        opcode_protocol: |p| format!("introduced in protocol {p}"),
        opcode_span: |offset, len| {
            if len == 1 {
                format!("offset {offset}, 1 byte")
            } else {
                format!("offset {offset}, {len} bytes")
            }
        },
        size_pickle: |p| format!("pickle, protocol {p}"),
        json_error_help: "json.dumps raised this TypeError: JSON has no way to write this value.",
        sizes_heading: "Sizes",
        loses_heading: "What JSON loses",
        loses_nothing: "Nothing here: this value comes back from json.loads unchanged.",
        loss,
    },
    loads: LoadsTexts {
        heading: "pickle.loads, safely",
        intro: "Paste pickle bytes in hexadecimal (from Python: pickle.dumps(x).hex()) or as Python prints them (b'\\x80\\x04...'). wirelab runs the unpickler one opcode at a time and never imports a module or calls a function: the few built-ins CPython itself writes into pickles (set, frozenset, bytearray, ...) are rebuilt from a fixed list; every other import or call is only shown.",
        input_label: "Pickle bytes (hexadecimal or b'...')",
        use_above: "Use the bytes above",
        malicious_label: "Malicious examples",
        malicious_names: [
            "os.system via GLOBAL+REDUCE, protocol 0",
            "builtins.eval via STACK_GLOBAL, protocol 4",
        ],
        empty_hint: "Paste hex, or use the bytes above.",
        hex_error_help: "These are not bytes Python can read: paste pickle.dumps(x).hex(), or the b'...' that print(pickle.dumps(x)) shows. Python says:",
        read_as_literal: "Read as a Python bytes literal (b'...'), as print(pickle.dumps(x)) shows it.",
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
        never_runs: "wirelab never runs it. Python would: pickle.loads can run any code the bytes name. The rule: only unpickle data you produced yourself or have authenticated (for example with an HMAC checked before loading); for data from others, use JSON.",
        honoured: |m, n| format!("{m}.{n}: a built-in that CPython itself writes; resolved safely."),
        stepper_heading: "Step through the unpickler",
        stepper_bytes_aria: "The bytes being unpickled; the opcode just run is highlighted",
        next_at: |n| format!("Next opcode at offset {n}"),
        last_opcode: "Opcode just run",
        stopped: "Stopped.",
        stack: "Stack",
        memo: "Memo",
        empty: "(empty)",
    },
    json: super::words_json::EN,
    pickle: super::words_pickle::EN,
};

/// The lab's card (EN), apart from its other words: the registry links only it.
pub static CARD_EN: LabCard = LabCard {
        title: "Serialize",
        nav: "Serialize",
        blurb: "The exact bytes of pickle and JSON for a Python value, opcode by opcode, and why pickle.loads on untrusted bytes runs code.",
        will_teach: &[],
    };
