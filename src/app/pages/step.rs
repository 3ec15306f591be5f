//! What every page shares: reading the app's contexts, links between pages, and the layout of a
//! question page (where it is in the flow, its error summary, and Back / Continue).

use yew::prelude::*;

use crate::app::fields::ErrorSummary;
use crate::app::focus::MAIN_HEADING_ID;
use crate::app::form::{DerivedContext, Form};
use crate::app::route::Page;
use crate::app::state::{Action, AppContext};
use crate::app::text::{text, Text};
use crate::engine::case::field::FieldPath;

/// A link's click that opens a page in the app instead of following the link's address.
pub fn go_to(state: &AppContext, page: Page) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        state.dispatch(Action::Go { page, focus: None });
    })
}

/// Reads the contexts a page needs.
#[hook]
pub fn use_form() -> (AppContext, DerivedContext) {
    let state = use_context::<AppContext>().expect("pages are rendered inside the app's context");
    let derived =
        use_context::<DerivedContext>().expect("pages are rendered inside the derived context");
    (state, derived)
}

#[derive(Properties, PartialEq)]
pub struct StepProps {
    pub page: Page,
    pub title: AttrValue,
    #[prop_or_default]
    pub intro: Option<AttrValue>,
    pub children: Html,
}

/// A question page: "step n of m", the heading, the error summary when Continue found errors, the
/// questions, and Back / Continue.
#[function_component]
pub fn Step(props: &StepProps) -> Html {
    let (state, derived) = use_form();
    let t = text(state.lang);
    let form = Form {
        state: &state,
        derived: &derived,
        t,
    };
    let page = props.page;
    let errors = form.summary(page);
    let position = Page::QUESTIONS.iter().position(|&p| p == page);
    let on_continue = {
        let state = state.clone();
        let has_errors = !errors.is_empty();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if has_errors {
                state.dispatch(Action::ShowSummary(page));
            } else {
                state.dispatch(Action::Go {
                    page: page.next(),
                    focus: None,
                });
            }
        })
    };
    let on_back = go_to(&state, page.previous());
    let show_summary = state.summary_on == Some(page);
    let on_select = {
        let state = state.clone();
        Callback::from(move |path: FieldPath| state.dispatch(Action::Reveal(path)))
    };
    html! {
        <>
            <a class="back-link" href={page.previous().hash()} onclick={on_back}>{ t.form.back }</a>
            if show_summary {
                <ErrorSummary title={t.form.error_summary_title} items={errors} onselect={on_select} />
            }
            if let Some(i) = position {
                <span class="caption">{ (t.frame.step_of)(i + 1, Page::QUESTIONS.len()) }</span>
            }
            <h1 id={MAIN_HEADING_ID} tabindex="-1">{ props.title.clone() }</h1>
            if let Some(intro) = &props.intro {
                <p class="lead">{ intro.clone() }</p>
            }
            // `novalidate`: the page's own error summary reports problems, not the browser's bubbles.
            <form class="step-form" novalidate=true onsubmit={on_continue}>
                { props.children.clone() }
                <div class="button-group">
                    <button type="submit" class="button">{ t.form.continue_ }</button>
                </div>
            </form>
        </>
    }
}

/// The way to the guide from another page: a link and what it holds.
pub fn guide_link(state: &AppContext, t: &Text) -> Html {
    let c = &t.cscse;
    html! {
        <p class="guide-link no-print">
            <a href={Page::Cscse.hash()} onclick={go_to(state, Page::Cscse)}>{ c.open_guide }</a>
            <span class="hint">{ " – " }{ c.guide_link_hint }</span>
        </p>
    }
}

/// The link to the course comparison table, beside the document it is (A9.2.c).
pub fn comparison_link(state: &AppContext) -> Html {
    html! {
        <p class="guide-link no-print">
            <a href={Page::Comparison.hash()} onclick={go_to(state, Page::Comparison)}>{ crate::app::text::comparison(state.lang).open }</a>
        </p>
    }
}
