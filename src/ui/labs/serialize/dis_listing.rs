//! The `pickletools.dis` listing: the kit's field list over the pickle's annotated
//! bytes (a row per opcode, its line verbatim), then pickletools' footer or error.

use super::words::SerializeWords;
use crate::labs::kit::Annotated;
use crate::labs::serialize::DIS_VIEW_MAX;
use crate::py::pickle::dis::Disassembly;
use crate::ui::hooks::use_words;
use crate::ui::kit::FieldList;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DisListingProps {
    pub listing: Rc<Disassembly>,
    /// The same bytes as annotated fields, one per listing line.
    pub data: Rc<Annotated>,
    pub selected: Option<usize>,
    pub on_select: Callback<usize>,
    pub on_hover: Callback<usize>,
    pub on_pick: Callback<usize>,
    pub on_release: Callback<()>,
    /// The selection was locked by a click (Esc releases it).
    pub locked: bool,
}

#[component]
pub fn DisListing(props: &DisListingProps) -> Html {
    let t = &use_words::<SerializeWords>().serialize;
    // Lines past the last opcode (the "highest protocol" footer).
    let tail: Vec<String> = props
        .listing
        .text
        .lines()
        .skip(props.listing.lines.len())
        .map(str::to_owned)
        .collect();
    html! {
        <FieldList data={props.data.clone()} selected={props.selected} on_select={props.on_select.clone()}
            on_hover={props.on_hover.clone()} on_pick={props.on_pick.clone()} on_release={props.on_release.clone()}
            locked={props.locked}
            label={t.dis_aria} id_prefix="dis" max_rows={DIS_VIEW_MAX} testid="dis-listing">
            { for tail.into_iter().map(|l| html! { <div class="dis-line tail">{ l }</div> }) }
            { for props.listing.error.iter().map(|e| html! { <div class="dis-line error-text">{ e.clone() }</div> }) }
        </FieldList>
    }
}
