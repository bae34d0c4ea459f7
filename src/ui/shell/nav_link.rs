//! A nav link: a real `<a href="#/...">` with `aria-current` on the active page.

use crate::ui::route::Route;
use yew::prelude::*;
use yew_router::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NavLinkProps {
    pub to: Route,
    pub label: AttrValue,
    /// The e2e contract's `data-testid`.
    pub testid: AttrValue,
}

#[component]
pub fn NavLink(props: &NavLinkProps) -> Html {
    let current = use_route::<Route>();
    let navigator = use_navigator();
    let to = props.to;
    let onclick = Callback::from(move |e: MouseEvent| {
        if e.meta_key() || e.ctrl_key() || e.shift_key() || e.alt_key() {
            return;
        }
        if let Some(nav) = &navigator {
            e.prevent_default();
            nav.push(&to);
        }
    });
    let aria_current = (current == Some(to)).then_some("page");
    html! {
        <a href={to.href()} data-testid={props.testid.clone()} aria-current={aria_current} {onclick}>
            { props.label.clone() }
        </a>
    }
}
