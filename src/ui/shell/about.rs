//! `#/about`: what wirelab is, its principle, and what the course notes simplify.

use super::ShellWords;
use crate::ui::hooks::use_words;
use yew::prelude::*;

#[component]
pub fn About() -> Html {
    let t = &use_words::<ShellWords>().pages;
    let rows = t.simplify_rows.iter().map(|r| {
        html! {
            <tr>
                <td>{ r.notes_say }</td>
                <td>{ r.what_is_true }</td>
                <td>{ r.gently }</td>
            </tr>
        }
    });
    html! {
        <>
            <h1>{ t.about_title }</h1>
            <p class="lead">{ t.about_what }</p>
            <h2>{ t.principle_title }</h2>
            <p>{ t.principle_text }</p>
            <h2>{ t.safety_title }</h2>
            <p>{ t.safety_text }</p>
            <h2>{ t.not_title }</h2>
            <ul>{ for t.not_items.iter().map(|i| html! { <li>{ *i }</li> }) }</ul>
            <h2>{ t.bench_title }</h2>
            // A separate Trunk page (dist/bench/) with its own wasm: a plain link, not a route.
            <p>{ t.bench_text }{ " " }<a href="bench/" data-testid="about-bench-link">{ t.bench_link }</a></p>
            <h2>{ t.simplify_title }</h2>
            <p>{ t.simplify_intro }</p>
            <div class="table-wrap">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{ t.col_notes_say }</th>
                            <th scope="col">{ t.col_what_is_true }</th>
                            <th scope="col">{ t.col_gently }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
        </>
    }
}
