//! Tests of the loads view model and the stepper, against the real unpickler.

use super::*;

#[test]
fn bad_hex_is_fromhex_error() {
    // bytes.fromhex('80 0g') -> non-hexadecimal number found in fromhex() arg at position 4
    let v = LoadsView::new("80 0g");
    assert_eq!(v.bytes, Err(HexError { position: 4 }));
    assert_eq!(v.result, None);
    assert!(v.dangers.is_empty());
}

#[test]
fn malicious_examples_match_the_fixture() {
    let fixture: serde_json::Value =
        serde_json::from_str(include_str!("../../../tests/fixtures/pickle.json"))
            .unwrap_or_default();
    let recorded: Vec<(String, String)> = fixture["malicious"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|m| (m["name"].to_string(), m["hex"].to_string()))
        .collect();
    let ours: Vec<(String, String)> = MALICIOUS
        .iter()
        .map(|(n, h)| (format!("{n:?}"), format!("{h:?}")))
        .collect();
    assert_eq!(ours, recorded);
}

#[test]
fn os_system_is_refused_and_reported() {
    // pickle.loads of this runs os.system('echo pwned') in CPython.
    let v = LoadsView::new(MALICIOUS[0].1);
    assert_eq!(
        v.dangers,
        vec![
            StepNote::WouldImport {
                module: "os".into(),
                name: "system".into()
            },
            StepNote::WouldCall {
                callable: "os.system".into(),
                args: "('echo pwned')".into()
            },
        ]
    );
    let loaded = v
        .result
        .and_then(Result::ok)
        .map(|l| (l.stop_offset, l.trailing));
    assert_eq!(loaded, Some((28, vec![])));
}

#[test]
fn stepper_walks_opcode_by_opcode() {
    // pickle.dumps(1, 2) == b'\x80\x02K\x01.': PROTO, BININT1, STOP.
    let s = Stepper::new(&[0x80, 0x02, 0x4b, 0x01, 0x2e]);
    let one = s.step(StepAction::Next);
    assert_eq!(
        one.last().map(|st| (st.offset, st.name)),
        Some((0, "PROTO"))
    );
    let two = one.step(StepAction::Next);
    assert_eq!(two.stack(), vec!["1".to_owned()]);
    assert_eq!(two.position(), 4);
    let end = two.step(StepAction::RunToEnd);
    assert!(end.done);
    assert_eq!(
        end.outcome().cloned().and_then(Result::ok).map(|l| l.repr),
        Some("1".into())
    );
    assert_eq!(end.step(StepAction::Next), end);
}

#[test]
fn reset_returns_to_the_start() {
    let bytes = [0x80, 0x02, 0x4b, 0x01, 0x2e];
    let start = Stepper::new(&bytes);
    let ran = start.step(StepAction::RunToEnd);
    assert!(ran.done);
    let again = ran.step(StepAction::Reset);
    assert_eq!(again, start);
    assert_eq!(again.position(), 0);
    assert!(again.history.is_empty() && !again.done);
}

#[test]
fn dangers_are_only_imports_and_calls() {
    assert!(!is_danger(&StepNote::Plain));
    assert!(!is_danger(&StepNote::Honoured {
        module: "builtins".into(),
        name: "set".into()
    }));
    assert!(is_danger(&StepNote::WouldImport {
        module: "os".into(),
        name: "system".into()
    }));
}
