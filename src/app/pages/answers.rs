//! "Check your answers": every answer, with a link that goes straight to its field.

use yew::prelude::*;

use super::step::{go_to, use_form};
use crate::app::focus::MAIN_HEADING_ID;
use crate::app::route::Page;
use crate::app::state::{Action, AppContext};
use crate::app::summary::{self, Row, Section};
use crate::app::text::{text, Text};

#[function_component]
pub fn AnswersPage() -> Html {
    let (state, derived) = use_form();
    let t = text(state.lang);
    let sections = summary::sections(&state.case, &derived, t, state.lang);
    let go_result = go_to(&state, Page::Result);
    let back = go_to(&state, Page::Programme);
    html! {
        <>
            <a class="back-link" href={Page::Programme.hash()} onclick={back}>{ t.form.back }</a>
            <h1 id={MAIN_HEADING_ID} tabindex="-1">{ t.answers.title }</h1>
            <p class="lead">{ t.answers.intro }</p>
            { for sections.iter().map(|s| summary_list(s, t, Some(&state))) }
            <a class="button" href={Page::Result.hash()} role="button" onclick={go_result}>{ t.answers.see_result }</a>
        </>
    }
}

/// An answer, what is wrong with it, or that it is missing.
fn value(row: &Row, t: &Text) -> Html {
    match (&row.error, &row.answer) {
        (Some(error), _) => html! {
            <dd class="summary-list__value summary-list__value--error">
                <span class="visually-hidden">{ t.form.error_prefix }</span>{ error.clone() }
            </dd>
        },
        (None, Some(answer)) => html! { <dd class="summary-list__value">{ answer.clone() }</dd> },
        (None, None) => html! {
            <dd class="summary-list__value summary-list__value--missing">{ t.answers.not_answered }</dd>
        },
    }
}

/// A section of answers as a summary list; with the state, each row has a "Change" link.
pub fn summary_list(section: &Section, t: &Text, state: Option<&AppContext>) -> Html {
    html! {
        <>
            <h2 class="summary-heading">{ section.heading }</h2>
            <dl class="summary-list">
                { for section.rows.iter().map(|row| {
                    let change = state.map(|state| {
                        let state = state.clone();
                        let (page, path) = (section.page, row.path);
                        let onclick = Callback::from(move |e: MouseEvent| {
                            e.prevent_default();
                            state.dispatch(Action::Go { page, focus: Some(path) });
                        });
                        html! {
                            <dd class="summary-list__actions">
                                <a href={page.hash()} {onclick}>
                                    { t.answers.change }<span class="visually-hidden">{ format!(" {}", row.question) }</span>
                                </a>
                            </dd>
                        }
                    });
                    html! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{ row.question.clone() }</dt>
                            { value(row, t) }
                            { change.unwrap_or_default() }
                        </div>
                    }
                }) }
            </dl>
        </>
    }
}
