//! The anatomy of a stream: header fields, DEFLATE blocks, the tokens drawn over
//! the decompressed text, and the trailer, as `zlib::inspect` reads them.

use super::words::CompressWords;
use crate::labs::compress::{
    annotate_stream, token_texts, PART_BLOCK, PART_HEADER, PART_TRAILER, PART_UNUSED,
};
use crate::labs::kit::Annotated;
use crate::ui::hooks::{use_lang, use_words};
use crate::ui::kit::opt;
use crate::ui::kit::ErrorBox;
use crate::ui::kit::{FieldList, HexView};
use crate::zlib::anatomy::{BlockType, CheckKind, Field, TokenKind};
use crate::zlib::Anatomy;
use std::rc::Rc;
use yew::prelude::*;

/// Tokens drawn (a DOM node each); the rest are counted.
const TOKENS_DRAWN: usize = 3000;

#[derive(Properties, PartialEq)]
pub struct AnatomyViewProps {
    /// The stream the anatomy was read from.
    pub stream: Rc<Vec<u8>>,
    pub anatomy: Rc<Anatomy>,
}

/// The stream's parts named in the page language (the engine gives keys).
fn named_parts(t: &CompressWords, stream: &[u8], anatomy: &Anatomy) -> Annotated {
    let mut a = annotate_stream(stream, anatomy);
    for f in &mut a.fields {
        f.label = match f.meaning {
            Some(PART_HEADER) => t.part_header.to_owned(),
            Some(PART_BLOCK) => (t.part_block)(f.value.as_deref().unwrap_or("")),
            Some(PART_TRAILER) => t.part_trailer.to_owned(),
            Some(PART_UNUSED) => t.part_unused.to_owned(),
            _ => std::mem::take(&mut f.label),
        };
        f.value = None;
    }
    a
}

/// The stream's bytes beside its parts: the kit's hex view and field list.
#[component]
fn StreamBytes(props: &AnatomyViewProps) -> Html {
    let t = use_words::<CompressWords>();
    let lang = use_lang();
    let data = use_memo(
        (props.stream.clone(), props.anatomy.clone(), lang),
        |(s, a, _)| Rc::new(named_parts(t, s, a)),
    );
    let part = use_state_eq(|| None::<usize>);
    let byte = use_state_eq(|| None::<usize>);
    let on_part = {
        let (part, byte) = (part.clone(), byte.clone());
        Callback::from(move |i: usize| {
            part.set(Some(i));
            byte.set(None);
        })
    };
    let on_cursor = {
        let (part, byte, data) = (part.clone(), byte.clone(), data.clone());
        Callback::from(move |i: usize| {
            byte.set(Some(i));
            part.set(data.field_at(i));
        })
    };
    html! {
        <>
            <h3>{ t.stream_bytes_heading }</h3>
            <div class="bytes-and-listing">
                <HexView data={(*data).clone()} highlight={*part} cursor={*byte} on_hover={on_cursor.clone()} {on_cursor}
                    testid="anatomy-hex" label={t.stream_hex_aria} />
                <FieldList data={(*data).clone()} selected={*part} on_hover={on_part.clone()} on_select={on_part}
                    label={t.stream_parts_aria} id_prefix="part" testid="anatomy-parts" />
            </div>
        </>
    }
}

/// A header's or trailer's fields; `heading` names it. On a phone the table may
/// scroll sideways: its box is then a focusable region, reachable by keyboard.
fn fields_table(t: &CompressWords, heading: &'static str, fields: &[Field]) -> Html {
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby={heading}>
            <table class="fields">
                <thead><tr>
                    <th scope="col">{ t.col_bits }</th><th scope="col">{ t.col_field }</th>
                    <th scope="col">{ t.col_value }</th><th scope="col">{ t.col_meaning }</th>
                </tr></thead>
                <tbody>
                    { for fields.iter().map(|f| html! {
                        <tr>
                            // A phone may break a bit range after its `..`, nowhere else.
                            <td>{ format!("{}..", f.bits.start) }<wbr />{ f.bits.end.to_string() }</td>
                            <td><code>{ f.label }</code></td>
                            <td>{ f.value.to_string() }</td>
                            <td>{ (t.meaning)(&f.meaning) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub fn AnatomyView(props: &AnatomyViewProps) -> Html {
    let t = use_words::<CompressWords>();
    let a = &props.anatomy;
    let blocks = a.blocks.iter().enumerate().map(|(i, b)| {
        let kind = match b.btype {
            BlockType::Stored => t.block_types[0],
            BlockType::Fixed => t.block_types[1],
            BlockType::Dynamic => t.block_types[2],
            BlockType::Reserved => t.block_types[3],
        };
        let out = b.output.end.saturating_sub(b.output.start);
        let detail = match (&b.dynamic, b.stored_len) {
            (Some(d), _) => {
                let lits = d.literal_lengths.iter().filter(|&&l| l > 0).count();
                let dists = d.distance_lengths.iter().filter(|&&l| l > 0).count();
                Some((t.dynamic_summary)(d.hlit, d.hdist, d.hclen, lits, dists))
            }
            (None, Some((len, _))) => Some((t.stored_summary)(len)),
            _ => None,
        };
        html! {
            <li class="block" data-btype={format!("{:?}", b.btype)}>
                { (t.block_line)(i, b.bfinal, kind, b.bits.start, b.bits.end, out) }
                { opt(detail.map(|d| html! { <p class="hint">{ d }</p> })) }
            </li>
        }
    });
    let texts = use_memo(props.anatomy.clone(), |a| {
        let ranges: Vec<_> = a
            .tokens
            .iter()
            .take(TOKENS_DRAWN)
            .map(|tok| {
                let start = usize::try_from(tok.output.start).unwrap_or(usize::MAX);
                let end = usize::try_from(tok.output.end).unwrap_or(usize::MAX);
                start..end
            })
            .collect();
        token_texts(&a.output, &ranges)
    });
    // The copy in focus (or tapped): its length and distance in a visible panel.
    let picked = use_state_eq(|| None::<(u16, u16, String)>);
    let tokens = a.tokens.iter().take(TOKENS_DRAWN).zip(texts.iter()).map(|(tok, text)| {
        let text = text.clone();
        match tok.kind {
            TokenKind::Match { length, distance } => {
                let title = (t.match_title)(length, distance);
                let pick = {
                    let (picked, text) = (picked.clone(), text.clone());
                    move || picked.set(Some((length, distance, text.clone())))
                };
                let onfocus = {
                    let pick = pick.clone();
                    Callback::from(move |_: FocusEvent| pick())
                };
                let onclick = Callback::from(move |_: MouseEvent| pick());
                html! {
                    <span class="tok match" tabindex="0" title={title.clone()} aria-label={format!("{text}: {title}")}
                        data-length={length.to_string()} data-distance={distance.to_string()} {onfocus} {onclick}>{ text }</span>
                }
            }
            TokenKind::EndOfBlock => html! {},
            TokenKind::Literal(_) | TokenKind::Stored { .. } => html! { <span class="tok lit">{ text }</span> },
        }
    });
    let more =
        (a.tokens.len().saturating_sub(TOKENS_DRAWN) as u64).saturating_add(a.tokens_dropped);
    let trailer = a.trailer.as_ref().map(|tr| {
        let kind = match tr.kind {
            CheckKind::Adler32 => "Adler-32",
            CheckKind::Crc32 => "CRC-32",
        };
        let verdict = if tr.stored == tr.computed {
            html! { <p class="ok" data-testid="anatomy-check">{ (t.check_ok)(kind, tr.stored) }</p> }
        } else {
            html! { <p class="error-text" data-testid="anatomy-check">{ (t.check_bad)(kind, tr.stored, tr.computed) }</p> }
        };
        html! {
            <>
                <h3 id="anatomy-trailer-heading">{ t.trailer_heading }</h3>
                { fields_table(t, "anatomy-trailer-heading", &tr.fields) }
                { verdict }
            </>
        }
    });
    html! {
        <div class="anatomy" data-testid="anatomy" data-format={format!("{:?}", a.format)}
            data-blocks={a.blocks.len().to_string()}>
            <StreamBytes stream={props.stream.clone()} anatomy={props.anatomy.clone()} />
            { if a.header.is_empty() { html! {} } else { html! {
                <><h3 id="anatomy-header-heading">{ t.header_heading }</h3>
                    { fields_table(t, "anatomy-header-heading", &a.header) }</>
            } } }
            <h3>{ t.blocks_heading }</h3>
            <ul class="blocks">{ for blocks }</ul>
            <h3>{ t.tokens_heading }</h3>
            <p class="hint">{ t.tokens_help }</p>
            <p class="legend"><span class="tok lit">{ t.legend_literal }</span>{ " " }<span class="tok match">{ t.legend_match }</span></p>
            <div class="tokens code" data-testid="anatomy-tokens">{ for tokens }</div>
            <p class="token-panel" data-testid="token-panel" aria-live="polite">{
                match &*picked {
                    Some((length, distance, text)) => (t.match_panel)(*length, *distance, text),
                    None => t.match_panel_empty.to_owned(),
                }
            }</p>
            { if more > 0 { html! { <p class="hint">{ (t.tokens_more)(more) }</p> } } else { html! {} } }
            <p class="hint">{ (t.output_len)(a.output.len()) }</p>
            { opt(trailer) }
            { opt(a.unused.map(|u| html! { <p>{ (t.unused_bytes)(u.start / 8, u.end / 8) }</p> })) }
            { opt(a.error.as_ref().map(|e| match (t.anatomy_stopped)(e) {
                Some(help) => html! { <ErrorBox help={help} testid="anatomy-error" /> },
                None => html! { <ErrorBox text={e.to_string()} testid="anatomy-error" /> },
            })) }
        </div>
    }
}
