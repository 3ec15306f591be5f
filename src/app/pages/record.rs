//! Step 2: the academic record. Which parts are asked follows the engine: a part appears when the
//! conditions it serves concern the applicant (entrance exam, postgraduate papers, revocation, language).

use yew::prelude::*;

use super::step::{use_form, Step};
use crate::app::form::Form;
use crate::app::questions::{self, Group};
use crate::app::route::Page;
use crate::app::state::Action;
use crate::app::text::text;
use crate::engine::case::field::List;

#[function_component]
pub fn RecordPage() -> Html {
    let (state, derived) = use_form();
    let t = text(state.lang);
    let f = Form {
        state: &state,
        derived: &derived,
        t,
    };
    html! {
        <Step page={Page::Record} title={t.record.title} intro={Some(AttrValue::from(t.record.intro))}>
            { part(&f, Group::Average, Html::default()) }
            { part(&f, Group::EntranceExam, Html::default()) }
            { part(&f, Group::Postgraduate, items(&f, List::Papers, Group::Paper)) }
            { part(&f, Group::Revoked, Html::default()) }
            { part(&f, Group::Authentication, Html::default()) }
            { part(&f, Group::Language, items(&f, List::Tests, Group::Test)) }
        </Step>
    }
}

/// A group of questions under its heading, with the list items that follow them; nothing when none
/// of its questions is asked.
fn part(f: &Form, group: Group, after: Html) -> Html {
    let asked = questions::in_group(group).any(|q| f.shown(q, 0));
    if !asked {
        return Html::default();
    }
    html! {
        <>
            if let Some(heading) = f.t.group(group) {
                <h2>{ heading }</h2>
            }
            { f.group(group, 0) }
            { after }
        </>
    }
}

/// The papers or tests, each in its own fieldset, and a button to add one.
fn items(f: &Form, list: List, group: Group) -> Html {
    let r = &f.t.record;
    let count = match list {
        List::Papers => f
            .case()
            .applicant
            .postgraduate
            .as_ref()
            .and_then(|p| p.papers.as_ref())
            .map_or(0, Vec::len),
        _ => f
            .case()
            .applicant
            .language
            .as_ref()
            .and_then(|l| l.tests.as_ref())
            .map_or(0, Vec::len),
    };
    let asked = questions::in_group(group).any(|q| f.shown(q, 0));
    if count == 0 || !asked {
        return Html::default();
    }
    type Numbered = fn(usize) -> String;
    let (legend, remove, add): (Numbered, Numbered, &str) = match list {
        List::Papers => (r.paper_n, r.remove_paper, r.add_paper),
        _ => (r.test_n, r.remove_test, r.add_test),
    };
    let on_add = {
        let state = f.state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::AddItem(list)))
    };
    html! {
        <>
            { for (0..count).map(|i| {
                let state = f.state.clone();
                let on_remove = Callback::from(move |_: MouseEvent| state.dispatch(Action::RemoveItem(list, i)));
                html! {
                    <fieldset class="fieldset item-group" key={i}>
                        <legend class="fieldset__legend fieldset__legend--m">{ legend(i + 1) }</legend>
                        { f.group(group, i) }
                        <button type="button" class="button button--warning button--small" onclick={on_remove}>
                            { remove(i + 1) }
                        </button>
                    </fieldset>
                }
            }) }
            <button type="button" class="button button--secondary" onclick={on_add}>{ add }</button>
        </>
    }
}
