//! Tests of the loads view model and the stepper, against the real unpickler.

use super::*;
use crate::labs::kit::ReplayAction;

#[test]
fn bad_hex_is_fromhex_error() {
    // bytes.fromhex('80 0g') -> non-hexadecimal number found in fromhex() arg at position 4
    let v = LoadsView::new("80 0g");
    assert_eq!(
        v.bytes,
        Err(BytesTextError::Hex(crate::hex::HexError { position: 4 }))
    );
    assert_eq!(v.result, None);
    assert!(v.dangers.is_empty());
}

#[test]
fn printed_bytes_are_understood_too() {
    // print(pickle.dumps(1, 2)) shows b'\x80\x02K\x01.'
    let v = LoadsView::new("b'\\x80\\x02K\\x01.'");
    assert_eq!(v.form, Some(BytesForm::Literal));
    assert_eq!(
        v.result.and_then(Result::ok).map(|l| l.repr),
        Some("1".to_owned())
    );
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
fn the_session_replays_opcode_by_opcode() {
    // pickle.dumps(1, 2) == b'\x80\x02K\x01.': PROTO, BININT1, STOP.
    let s = UnpickleSession::new(&[0x80, 0x02, 0x4b, 0x01, 0x2e]);
    let r = s.replay();
    assert_eq!(r.total(), 3);
    let one = s.frame(r.step(ReplayAction::Next).shown());
    assert_eq!(
        one.last.as_ref().map(|st| (st.offset, st.name)),
        Some((0, "PROTO"))
    );
    let two = s.frame(2);
    assert_eq!(two.stack(), vec!["1".to_owned()]);
    assert_eq!(two.position(), 4);
    assert!(!two.done);
    let end = s.frame(r.step(ReplayAction::RunToEnd).shown());
    assert!(end.done);
    assert_eq!(
        end.outcome().cloned().and_then(Result::ok).map(|l| l.repr),
        Some("1".into())
    );
    // Back from the end is the state after two opcodes again.
    let back = s.frame(
        r.step(ReplayAction::RunToEnd)
            .step(ReplayAction::Back)
            .shown(),
    );
    assert_eq!((back.position(), back.stack()), (4, vec!["1".to_owned()]));
}

#[test]
fn frame_zero_is_the_start() {
    let s = UnpickleSession::new(&[0x80, 0x02, 0x4b, 0x01, 0x2e]);
    let start = s.frame(0);
    assert_eq!(start.position(), 0);
    assert!(start.last.is_none() && !start.done);
    assert!(start.outcome().is_none());
}

#[test]
fn a_failing_opcode_ends_the_session() {
    // BININT1 with no STOP: the last step fails with "pickle data was truncated".
    let s = UnpickleSession::new(&[0x4b, 0x01]);
    let end = s.frame(s.replay().total());
    assert!(end.done);
    assert!(matches!(end.outcome(), Some(Err(_))));
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

#[test]
fn stack_top_is_the_top_of_the_stack() {
    // protocol 0 of (1, 2): MARK, INT 1, INT 2 on the stack before TUPLE.
    let bytes = b"(I1\nI2\nt.";
    let s = UnpickleSession::new(bytes).frame(3);
    assert_eq!(s.stack(), vec!["MARK", "1", "2"]);
    assert_eq!(s.stack_len(), 3);
    assert_eq!(s.stack_top(2), vec!["1", "2"]);
}
