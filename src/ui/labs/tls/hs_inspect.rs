//! The selected record, opened: what it is for, the course note's correction beside
//! it, its bytes and fields (the kit's HexView and FieldList, each highlighting the
//! other), and for an encrypted handshake message or alert what the ends read inside.

use std::rc::Rc;

use super::hs_words::HandshakeWords;
use crate::labs::tls::hs_annotate::annotated;
use crate::labs::tls::hs_summary::{HandshakeSummary, MsgType};
use crate::ui::kit::{opt, FieldList, HexView};
use yew::prelude::*;

/// Which field (`part`) and byte (`byte`) of the record the pointer or keyboard is on.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    pub part: Option<usize>,
    pub byte: Option<usize>,
}

/// Message `i` of `s`, opened; `cursor` and `on_cursor` link the hex and the fields.
pub fn inspect(
    t: &HandshakeWords,
    s: &HandshakeSummary,
    i: usize,
    cursor: Cursor,
    on_cursor: &Callback<Cursor>,
) -> Html {
    let Some(m) = s.messages.get(i) else {
        return html! {};
    };
    let data = Rc::new(annotated(&m.wire, &m.fields));
    let on_part = on_cursor.reform(|p: usize| Cursor {
        part: Some(p),
        byte: None,
    });
    let on_byte = {
        let data = data.clone();
        on_cursor.reform(move |b: usize| Cursor {
            part: data.field_at(b),
            byte: Some(b),
        })
    };
    let resumed = m.connection > 0 && m.typ == MsgType::ServerHello;
    let cert = (m.typ == MsgType::Certificate)
        .then(|| (t.cert)(&s.server_cert.subject, &s.server_cert.issuer));
    let inner = m.inner.as_ref().map(|(bytes, fields)| {
        let data = Rc::new(annotated(bytes, fields));
        html! {
            <>
                <p>{ t.inner_heading }</p>
                <div class="bytes-and-listing">
                    <HexView data={data.clone()} label={t.wire_aria} />
                    <FieldList data={data} selected={None::<usize>} on_select={Callback::noop()}
                        label={t.fields_aria} id_prefix="hs-inner" />
                </div>
            </>
        }
    });
    html! {
        <section class="hs-inspect" aria-labelledby="hs-inspect-heading" data-testid="hs-inspect"
            data-type={m.typ.as_str()}>
            <h3 id="hs-inspect-heading">{ (t.inspect)(i + 1, m.typ.as_str()) }</h3>
            <p data-testid="hs-explain">{ (t.explain)(m.typ) }</p>
            { opt(cert.map(|c| html! { <p>{ c }</p> })) }
            { opt(resumed.then(|| html! { <p class="notice">{ t.resumed_note }</p> })) }
            { opt((t.note)(m.typ).map(|n| html! {
                <aside class="notice hs-note" data-testid="hs-note">
                    <strong>{ t.note_heading }</strong>{ " " }{ n }
                </aside>
            })) }
            { opt(m.tampered.as_ref().map(|_| html! { <p class="notice">{ t.tampered }</p> })) }
            <div class="bytes-and-listing">
                <HexView data={data.clone()} highlight={cursor.part} cursor={cursor.byte}
                    on_hover={on_byte.clone()} on_cursor={on_byte} label={t.wire_aria}
                    testid="hs-hex" />
                <FieldList data={data} selected={cursor.part} on_hover={on_part.clone()}
                    on_select={on_part} label={t.fields_aria} id_prefix="hs-field" testid="hs-fields" />
            </div>
            { opt(inner) }
        </section>
    }
}
