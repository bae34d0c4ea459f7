//! The network the program runs on: this computer (loopback), each host with its
//! address, DNS names, link and the servers on its ports, and the DNS table as an
//! editable hosts file (it travels with the job, and stays in the URL).

use super::words::SocketsWords;
use crate::sockets::net::{Host, Link};
use crate::sockets::Network;
use crate::ui::kit::opt;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// A host's row: address and names (code), link, ports.
fn host_row(t: &SocketsWords, h: &Host) -> [String; 4] {
    let link = match h.link {
        Link::Up => (t.link_up)(h.latency_ms),
        Link::Silent => t.link_silent.to_owned(),
        Link::Down => t.link_down.to_owned(),
    };
    let ports: Vec<String> = h
        .ports
        .iter()
        .map(|p| format!("{} {}", p.port, (t.server)(p.server)))
        .collect();
    let ports = match ports.is_empty() {
        true => t.no_ports.to_owned(),
        false => ports.join(", "),
    };
    [h.addr.clone(), h.names.join(" "), link, ports]
}

pub(super) fn network_panel(
    t: &SocketsWords,
    net: &Network,
    hosts: &str,
    error: Option<Html>,
    on_hosts: Callback<String>,
    default_hosts: String,
) -> Html {
    let loopback = [
        "127.0.0.1".to_owned(),
        "localhost".to_owned(),
        t.loopback.to_owned(),
        t.loopback_ports.to_owned(),
    ];
    let rows = std::iter::once(loopback)
        .chain(net.hosts.iter().map(|h| host_row(t, h)))
        .map(|cells| {
            let cells = cells.into_iter().enumerate().map(|(i, text)| {
                html! { <td class={(i < 2).then_some("code")}>{ text }</td> }
            });
            html! { <tr>{ for cells }</tr> }
        });
    let heads = t
        .net_columns
        .iter()
        .map(|h| html! { <th scope="col">{ *h }</th> });
    let oninput = on_hosts.reform(|e: InputEvent| {
        e.target_dyn_into::<HtmlTextAreaElement>()
            .map(|a| a.value())
            .unwrap_or_default()
    });
    let on_reset = on_hosts.reform(move |_: MouseEvent| default_hosts.clone());
    html! {
        <section class="panel" aria-labelledby="sock-net-heading">
            <h2 id="sock-net-heading">{ t.network_heading }</h2>
            <p>{ t.network_intro }</p>
            <table class="sock-net" data-testid="sock-net">
                <thead><tr>{ for heads }</tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <label for="sock-hosts"><h3>{ t.dns_label }</h3></label>
            <p id="sock-hosts-help" class="hint">{ t.dns_help }</p>
            <textarea id="sock-hosts" data-testid="sock-hosts" class="code" rows="5"
                spellcheck="false" autocapitalize="off" autocomplete="off"
                aria-describedby="sock-hosts-help" value={hosts.to_owned()} {oninput} />
            { opt(error) }
            <div class="actions">
                <button type="button" data-testid="sock-hosts-reset" onclick={on_reset}>{ t.dns_reset }</button>
            </div>
        </section>
    }
}
