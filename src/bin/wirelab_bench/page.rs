//! The bench page: two buttons and one table. Rows fill in as they finish; each
//! row carries its numbers in `data-ours-ms` / `data-browser-ms` for the e2e test.

use std::rc::Rc;

use wirelab::tls::enums::CipherSuite;
use yew::prelude::*;

use crate::browser::{quick_requested, yield_to_browser};
use crate::measure::{rsa_row, tls_row, zlib_rows, Config, Measured, FULL, QUICK};
use crate::texts::{self, both, Both};

/// The rows, in table order.
const ROWS: [(&str, Both); 5] = [
    ("compress", texts::ROW_COMPRESS),
    ("decompress", texts::ROW_DECOMPRESS),
    ("rsa-keygen", texts::ROW_RSA),
    ("tls-rsa", texts::ROW_TLS_RSA),
    ("tls-ecdhe", texts::ROW_TLS_ECDHE),
];

/// What a row shows.
#[derive(Clone, Debug, PartialEq)]
enum Cell {
    Waiting,
    Done(Measured),
    Failed(String),
}

/// The page's state: one cell per row, and whether a run is going on.
#[derive(Clone, Debug, PartialEq)]
struct Bench {
    cells: Vec<Cell>,
    running: bool,
    finished: bool,
}

enum Action {
    Start,
    Set(usize, Result<Measured, String>),
    Finish,
}

impl Reducible for Bench {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Start => {
                next.cells = vec![Cell::Waiting; ROWS.len()];
                next.running = true;
                next.finished = false;
            }
            Action::Set(i, result) => {
                if let Some(cell) = next.cells.get_mut(i) {
                    *cell = match result {
                        Ok(m) => Cell::Done(m),
                        Err(e) => Cell::Failed(e),
                    };
                }
            }
            Action::Finish => {
                next.running = false;
                next.finished = true;
            }
        }
        Rc::new(next)
    }
}

/// Runs every row in order, reporting each as it finishes.
async fn run_all(cfg: Config, bench: UseReducerDispatcher<Bench>) {
    bench.dispatch(Action::Start);
    yield_to_browser().await;
    let (compress, decompress) = zlib_rows(cfg).await;
    bench.dispatch(Action::Set(0, compress));
    bench.dispatch(Action::Set(1, decompress));
    yield_to_browser().await;
    bench.dispatch(Action::Set(2, rsa_row(cfg).await));
    yield_to_browser().await;
    bench.dispatch(Action::Set(
        3,
        tls_row(cfg, CipherSuite::TlsRsaWithAes128GcmSha256),
    ));
    yield_to_browser().await;
    bench.dispatch(Action::Set(
        4,
        tls_row(cfg, CipherSuite::TlsEcdheRsaWithAes128GcmSha256),
    ));
    bench.dispatch(Action::Finish);
}

fn ms(value: f64) -> String {
    if value < 10.0 {
        format!("{value:.2}")
    } else {
        format!("{value:.0}")
    }
}

fn row(i: usize, id: &str, label: Both, cell: Option<&Cell>) -> Html {
    let testid = format!("bench-row-{id}");
    match cell {
        Some(Cell::Done(m)) => {
            let browser = m.browser_ms.map(|b| b.to_string()).unwrap_or_default();
            let ratio = m
                .browser_ms
                .filter(|b| *b > 0.0)
                .map(|b| html! { { format!("{:.2}×", m.ours_ms / b) } })
                .unwrap_or_else(|| html! { "—" });
            html! {
                <tr key={i} data-testid={testid} data-state="done"
                    data-ours-ms={m.ours_ms.to_string()} data-browser-ms={browser}>
                    <th scope="row">{ both(label) }</th>
                    <td class="num">{ ms(m.ours_ms) }</td>
                    <td class="num">{ m.browser_ms.map(ms).map(Html::from).unwrap_or_else(|| both(texts::NO_BROWSER)) }</td>
                    <td class="num">{ ratio }</td>
                    <td>{ &m.note }</td>
                </tr>
            }
        }
        Some(Cell::Failed(e)) => html! {
            <tr key={i} data-testid={testid} data-state="failed">
                <th scope="row">{ both(label) }</th>
                <td colspan="4" class="error">{ e }</td>
            </tr>
        },
        _ => html! {
            <tr key={i} data-testid={testid} data-state="waiting">
                <th scope="row">{ both(label) }</th>
                <td colspan="4">{ "…" }</td>
            </tr>
        },
    }
}

/// The bench page.
#[component]
pub fn BenchPage() -> Html {
    let bench = use_reducer(|| Bench {
        cells: Vec::new(),
        running: false,
        finished: false,
    });
    let start = |cfg: Config| {
        let dispatcher = bench.dispatcher();
        let running = bench.running;
        Callback::from(move |_: MouseEvent| {
            if !running {
                yew::platform::spawn_local(run_all(cfg, dispatcher.clone()));
            }
        })
    };
    {
        // `?quick` starts the quick run on load (for a link that just shows numbers).
        let dispatcher = bench.dispatcher();
        use_effect_with((), move |_| {
            if quick_requested() {
                yew::platform::spawn_local(run_all(QUICK, dispatcher));
            }
        });
    }
    let status = if bench.running {
        texts::RUNNING
    } else if bench.finished {
        texts::DONE
    } else {
        texts::IDLE
    };
    let state = if bench.running {
        "running"
    } else if bench.finished {
        "done"
    } else {
        "idle"
    };
    html! {
        <main class="bench">
            <h1>{ both(texts::TITLE) }</h1>
            <p class="lead">{ both(texts::INTRO) }</p>
            <p>
                <button data-testid="bench-run" disabled={bench.running} onclick={start(FULL)}>
                    { both(texts::RUN_FULL) }
                </button>
                { " " }
                <button data-testid="bench-run-quick" disabled={bench.running} onclick={start(QUICK)}>
                    { both(texts::RUN_QUICK) }
                </button>
            </p>
            <p data-testid="bench-status" data-state={state} role="status">{ both(status) }</p>
            <div class="table-wrap">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{ both(texts::COL_WHAT) }</th>
                            <th scope="col">{ both(texts::COL_OURS) }</th>
                            <th scope="col">{ both(texts::COL_BROWSER) }</th>
                            <th scope="col">{ both(texts::COL_RATIO) }</th>
                            <th scope="col">{ both(texts::COL_NOTE) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for ROWS.iter().enumerate().map(|(i, (id, label))| row(i, id, *label, bench.cells.get(i))) }
                    </tbody>
                </table>
            </div>
            <p><a href="../">{ both(texts::BACK) }</a></p>
        </main>
    }
}
