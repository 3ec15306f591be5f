//! The pages of the check, in the order a student goes through them, and the layout every question
//! page shares: where it is in the flow, its error summary, and Back / Continue.

mod about;
mod answers;
mod courses;
mod programme;
mod record;
mod result;
mod start;

pub use about::About;
pub use answers::Answers;
pub use courses::Courses;
pub use programme::Programme;
pub use record::Record;
pub use result::Result;
pub use start::Start;

use std::rc::Rc;

use yew::prelude::*;

use super::fields::ErrorSummary;
use super::focus::MAIN_HEADING_ID;
use super::form::{Derived, Form};
pub use super::route::Page;
use super::state::{Action, AppContext};
use super::text::text;
use crate::engine::field::FieldPath;

/// A link's click that opens a page in the app instead of following the link's address.
pub fn go_to(state: &AppContext, page: Page) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        state.dispatch(Action::Go { page, focus: None });
    })
}

/// The derived state every page reads. Equal only to itself: a new one is derived exactly when the
/// answers change, so comparing pointers tells components all they need, without comparing assessments.
#[derive(Clone, Debug)]
pub struct DerivedContext(pub Rc<Derived>);

impl PartialEq for DerivedContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for DerivedContext {
    type Target = Derived;
    fn deref(&self) -> &Derived {
        &self.0
    }
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
