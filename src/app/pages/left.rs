//! What is left to take: the chosen programme's courses that no recognized course covers, core
//! courses first (A12.1, A16), the exemptions a revoked institution's applicant may ask for (A12.1)
//! and the literacy courses the college offers (A12.2.3). The engine lists them and words them; this
//! page only shows them.

use yew::prelude::*;

use super::result::citation;
use super::step::{comparison_link, go_to, use_form};
use crate::app::focus::MAIN_HEADING_ID;
use crate::app::form::show_number;
use crate::app::route::Page;
use crate::app::text::{text, Text};
use crate::engine::case::Num;
use crate::engine::explain;
use crate::engine::rules::programme::{Remaining, RemainingCourse};
use crate::lang::Lang;

#[function_component]
pub fn LeftPage() -> Html {
    let (state, derived) = use_form();
    let t = text(state.lang);
    let p = &t.programme;
    let lang = state.lang;
    let a = &derived.assessment;
    let back = go_to(&state, Page::Result);
    let body = match &a.remaining {
        None => html! {
            <>
                <p class="notice">{ p.left_needs_programme }</p>
                <a class="button" href={Page::Programme.hash()} role="button"
                   onclick={go_to(&state, Page::Programme)}>{ p.left_choose }</a>
            </>
        },
        Some(remaining) => html! {
            <>
                <p>{ explain::remaining(remaining, lang) }{ " " }{ citation("A12.1") }{ citation("A16") }</p>
                { table(remaining, t, lang) }
                { comparison_link(&state) }
                { exemptions(remaining, t, lang) }
                if !a.literacy_options.is_empty() {
                    <section aria-labelledby="left-literacy">
                        <h2 id="left-literacy">{ p.literacy_heading }</h2>
                        <ul class="list">
                            { for a.literacy_options.iter().map(|o| html! { <li>{ explain::literacy_option(o, lang) }</li> }) }
                        </ul>
                        { citation("A12.2.3") }
                    </section>
                }
            </>
        },
    };
    html! {
        <>
            <a class="back-link" href={Page::Result.hash()} onclick={back}>{ t.form.back }</a>
            <h1 id={MAIN_HEADING_ID} tabindex="-1">{ t.step(Page::Left) }</h1>
            <p class="lead">{ p.left_intro }</p>
            { body }
        </>
    }
}

fn table(remaining: &Remaining, t: &Text, lang: Lang) -> Html {
    if remaining.courses.is_empty() {
        return Html::default();
    }
    let p = &t.programme;
    let row = |c: &RemainingCourse| {
        let nature = (t.courses.natures)(c.nature);
        html! {
            <tr key={c.code.clone()}>
                <td>{ c.code.clone() }</td>
                <td>{ c.title.get(lang).to_owned() }</td>
                <td class="num">{ show_number(Num(c.credits.to_f64())) }</td>
                <td>
                    { nature }
                    if c.core {
                        { " · " }<strong>{ p.core }</strong>
                    }
                </td>
                <td class="num">{ c.semester.map(|s| s.to_string()).unwrap_or_default() }</td>
            </tr>
        }
    };
    html! {
        <div class="table-wrap" tabindex="0" role="region" aria-label={p.left_caption}>
            <table class="table left-table">
                <caption class="visually-hidden">{ p.left_caption }</caption>
                <thead><tr>{ for p.left_columns.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr></thead>
                <tbody>{ for remaining.courses.iter().map(row) }</tbody>
            </table>
        </div>
    }
}

/// The remaining courses a revoked institution's applicant may be exempted from (A12.1).
fn exemptions(remaining: &Remaining, t: &Text, lang: Lang) -> Html {
    let candidates: Vec<&RemainingCourse> = remaining
        .courses
        .iter()
        .filter(|c| c.exemption.is_some())
        .collect();
    if candidates.is_empty() {
        return Html::default();
    }
    html! {
        <section aria-labelledby="left-exemptions">
            <h2 id="left-exemptions">{ t.programme.exemptions_heading }</h2>
            <ul class="list">
                { for candidates.iter().filter_map(|c| {
                    let e = c.exemption.as_ref()?;
                    Some(html! {
                        <li><strong>{ format!("{} {}", c.code, c.title.get(lang)) }</strong>{ ": " }{ explain::exemption(e, lang) }</li>
                    })
                }) }
            </ul>
            { citation("A12.1") }
        </section>
    }
}
