//! `#/sockets`: the learner's program (kept in the URL and the browser), run in the Web
//! Worker on the simulated network (`Job::Sockets` through `use_compute`), then what it
//! printed, the exceptions caught and why, the packet timeline, and the network with
//! its editable DNS table. One component holds the state; plain functions draw it.

use super::network_panel::network_panel;
use super::output_view::output_view;
use super::words::SocketsWords;
use crate::labs::jobs::{Job, JobOutput};
use crate::labs::sockets::{hosts_text, network_from_hosts, Example, SocketsInputs};
use crate::sockets::Network;
use crate::ui::hooks::use_words;
use crate::ui::kit::compute::{use_compute, ComputeState, ComputeWords};
use crate::ui::kit::{opt, use_persisted, ErrorBox};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The statements and calls the lab's Python subset has (shown as code).
const SUBSET: &str = "import socket · import time · = · with · try/except/else/finally · raise · print · if · for/while · getaddrinfo · gethostbyname · create_connection · socket() · settimeout · setsockopt · bind · listen · accept · connect · connect_ex · send · sendall · recv · shutdown · close · time.sleep";

#[component]
pub fn SocketsPage() -> Html {
    let t = use_words::<SocketsWords>();
    let c = use_words::<ComputeWords>();
    let (inputs, set_inputs) = use_persisted::<SocketsInputs>(SocketsInputs::STORE_KEY);
    let net = use_memo(inputs.hosts.clone(), |h| network_from_hosts(h));
    let compute = use_compute();

    let run = {
        let (compute, net) = (compute.clone(), net.clone());
        move |program: String| {
            if let Ok(net) = &*net {
                compute.run(Job::Sockets {
                    program,
                    net: net.clone(),
                });
            }
        }
    };
    let on_run = {
        let (run, program) = (run.clone(), inputs.program.clone());
        Callback::from(move |_: MouseEvent| run(program.clone()))
    };
    let on_key = {
        let (run, program) = (run.clone(), inputs.program.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                run(program.clone());
            }
        })
    };
    let on_program = {
        let (inputs, set) = (inputs.clone(), set_inputs.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                set.emit(SocketsInputs {
                    program: area.value(),
                    ..(*inputs).clone()
                });
            }
        })
    };
    let examples = Example::ALL.iter().zip(t.examples).map(|(&ex, title)| {
        let (inputs, set, run) = (inputs.clone(), set_inputs.clone(), run.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            set.emit(SocketsInputs {
                program: ex.program().to_owned(),
                ..(*inputs).clone()
            });
            run(ex.program().to_owned());
        });
        html! {
            <li><button type="button" class="example" data-testid={format!("sock-example-{}", ex.key())}
                {onclick}>{ title }</button></li>
        }
    });
    let on_hosts = {
        let (inputs, set) = (inputs.clone(), set_inputs.clone());
        Callback::from(move |hosts: String| {
            set.emit(SocketsInputs {
                hosts,
                ..(*inputs).clone()
            })
        })
    };
    let result = match compute.state() {
        ComputeState::Idle | ComputeState::Cancelled => {
            html! { <p class="hint">{ t.output_empty }</p> }
        }
        ComputeState::Pending(_) => html! { <p role="status">{ c.working }</p> },
        ComputeState::Done(out) => match &**out {
            JobOutput::Sockets(summary) => output_view(t, summary),
            _ => html! {},
        },
        ComputeState::Failed(e) => html! { <ErrorBox help={c.error(e)} testid="sock-failed" /> },
    };
    let shown_net = match &*net {
        Ok(n) => n.clone(),
        Err(_) => Network::default_lab(),
    };
    let hosts_error = net.as_ref().as_ref().err().map(|e| (t.hosts_error)(e));
    let error_box = |testid: Option<&'static str>| {
        hosts_error
            .clone()
            .map(|help| html! { <ErrorBox {help} testid={testid.map(AttrValue::Static)} /> })
    };
    html! {
        <>
            <h1>{ t.title }</h1>
            <p class="lead">{ t.intro }</p>
            <section class="panel" aria-labelledby="sock-program-label">
                <label id="sock-program-label" for="sock-program"><h2>{ t.program_label }</h2></label>
                <p id="sock-program-help" class="hint">{ t.program_help }{ " " }<code>{ SUBSET }</code></p>
                <textarea id="sock-program" data-testid="sock-program" class="code" rows="10"
                    spellcheck="false" autocapitalize="off" autocomplete="off"
                    aria-describedby="sock-program-help" value={inputs.program.clone()}
                    oninput={on_program} onkeydown={on_key} />
                <div class="actions">
                    <button type="button" data-testid="sock-run" onclick={on_run}
                        disabled={net.is_err()}>{ t.run }</button>
                </div>
                { opt(error_box(None)) }
                <div class="examples">
                    <span id="sock-examples-label">{ t.examples_label }</span>
                    <ul aria-labelledby="sock-examples-label">{ for examples }</ul>
                </div>
            </section>
            <section class="panel" aria-labelledby="sock-output-heading">
                <h2 id="sock-output-heading">{ t.output_heading }</h2>
                { result }
            </section>
            { network_panel(t, &shown_net, &inputs.hosts, error_box(Some("sock-hosts-error")), on_hosts, hosts_text(&Network::default_lab())) }
        </>
    }
}
