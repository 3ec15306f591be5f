//! The documents checklist: what this applicant hands in, grouped, each with what it must show and
//! the passage that asks for it, and a tick box saved with the case. The engine decides the list;
//! this page only shows it and records the ticks.

use yew::prelude::*;

use super::result::{citation, ruling};
use super::step::{comparison_link, go_to, guide_link, use_form};
use crate::app::browser;
use crate::app::focus::MAIN_HEADING_ID;
use crate::app::route::Page;
use crate::app::state::Action;
use crate::app::text::text;
use crate::engine::case::{DocumentId, Route};
use crate::engine::explain;
use crate::engine::planning::documents::{Document, Group, Need};

const GROUPS: [Group; 4] = [
    Group::Basic,
    Group::Route,
    Group::Reason,
    Group::Conditional,
];

#[function_component]
pub fn DocumentsPage() -> Html {
    let (state, derived) = use_form();
    let t = text(state.lang);
    let p = &t.plan;
    let lang = state.lang;
    let a = &derived.assessment;
    let list = &a.documents;
    let missing = a.documents_missing();
    let back = go_to(&state, Page::Timeline);
    let international = state.case.applicant.route == Some(Route::International);
    let print = Callback::from(|_: MouseEvent| browser::print());
    let item = |d: &Document| {
        let id = d.id;
        let ready = a.documents_ready.contains(&id);
        let guide = match id {
            DocumentId::AuthenticationReport if international => Some(guide_link(&state, t)),
            DocumentId::CourseCompatibility => Some(comparison_link(&state)),
            _ => None,
        };
        let state = state.clone();
        let onchange = Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::SetDocumentReady(id, input.checked()));
        });
        let box_id = format!("document-{}", id as u8);
        html! {
            <li class={classes!("document", ready.then_some("document--ready"))}>
                <div class="checkboxes__item">
                    <input class="checkboxes__input" type="checkbox" id={box_id.clone()} checked={ready} {onchange}
                        aria-describedby={format!("{box_id}-shows")} />
                    <label class="checkboxes__label" for={box_id.clone()}>
                        <span class="document__name">{ explain::document_name(id, lang) }</span>
                        <span class="visually-hidden">{ p.have_it }</span>
                    </label>
                </div>
                <p class="document__shows" id={format!("{box_id}-shows")}>
                    if d.need == Need::Conditional {
                        <span class="tag tag--review">{ p.only_if }</span>{ " " }
                    }
                    { explain::document_shows(d, lang) }
                </p>
                <div class="document__cites">
                    { citation(d.cite.id()) }
                    { for d.cites.iter().map(|c| citation(c.id())) }
                    { for d.ruling.iter().map(|r| ruling(r.id())) }
                </div>
                { guide.unwrap_or_default() }
            </li>
        }
    };
    // A date of issue counts back from the day of handing in, which may be an estimate (P5, P12).
    let estimated = a
        .timeline
        .as_ref()
        .is_some_and(|t| t.window.submitted_estimated());
    let groups = GROUPS.iter().enumerate().map(|(i, g)| {
        let in_group: Vec<&Document> = list.iter().filter(|d| d.group() == *g).collect();
        if in_group.is_empty() {
            return Html::default();
        }
        let dated = in_group.iter().any(|d| d.issued_on_or_after.is_some());
        html! {
            <section>
                <h2>{ p.groups[i] }</h2>
                <ul class="documents">{ for in_group.into_iter().map(item) }</ul>
                if dated && estimated {
                    <p class="hint plan-estimated">{ explain::counted_back_from_estimate(lang) }</p>
                }
            </section>
        }
    });
    html! {
        <>
            <a class="back-link no-print" href={Page::Timeline.hash()} onclick={back}>{ t.form.back }</a>
            <h1 id={MAIN_HEADING_ID} tabindex="-1">{ p.documents_title }</h1>
            <p class="lead">{ p.documents_intro }</p>
            <p class="documents__count" role="status">{
                if missing == 0 { p.all_ready.to_owned() } else { (p.missing)(missing, list.len()) }
            }</p>
            { for groups }
            <div class="button-group no-print">
                <button type="button" class="button button--secondary" onclick={print}>{ p.print_list }</button>
            </div>
        </>
    }
}
