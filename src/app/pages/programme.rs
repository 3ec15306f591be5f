//! Step 4: the receiving programme. Chosen from the university's published training programmes (the
//! site's catalogue, `docs/catalog.md`), its figures come from there and are not typed over; "My
//! programme is not listed" leaves them to be typed, as on a site without a catalogue. The engine says
//! which programme applies and why (`programme.status`); this page shows it and dispatches the choice.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::platform::spawn_local;
use yew::prelude::*;

use super::answers::summary_list;
use super::step::{use_form, Step};
use crate::app::catalog::{load_index, with_programme};
use crate::app::form::Form;
use crate::app::questions::Group;
use crate::app::route::Page;
use crate::app::state::{Action, AppContext};
use crate::app::summary;
use crate::app::text::{text, Text};
use crate::engine::case::{CaseFile, Field};
use crate::engine::catalog::choice;
use crate::engine::catalog::site::Index;
use crate::engine::rules::programme::{Chosen, Status};

#[function_component]
pub fn ProgrammePage() -> Html {
    let (state, derived) = use_form();
    let t = text(state.lang);
    let f = Form {
        state: &state,
        derived: &derived,
        t,
    };
    let chosen = &derived.assessment.programme;
    let applied = chosen.status.applies();
    html! {
        <Step page={Page::Programme} title={t.programme.title} intro={Some(AttrValue::from(t.programme.intro))}>
            { status_note(chosen, t) }
            if applied {
                { chosen_programme(chosen, &state, t) }
                { summary_list(&summary::Section {
                    heading: t.programme.figures_heading,
                    ..summary::section(Page::Programme, &in_use(&state), &derived, t, state.lang)
                }, t, None) }
            } else {
                <Chooser />
                <p class="hint">{ t.programme.typed_note }</p>
                { f.group(Group::Programme, 0) }
            }
        </Step>
    }
}

/// The case with the figures in use: the chosen programme's, also where the case's copies of them are
/// of another publication (the file keeps its copies until the programme is chosen again).
fn in_use(state: &AppContext) -> CaseFile {
    let mut case = (*state.case).clone();
    if let Some(programme) = state.chosen_programme() {
        choice::copy_figures(&mut case, programme);
    }
    case
}

/// What the engine says of a programme the catalogue does not hold as the case chose it.
fn status_note(chosen: &Chosen, t: &Text) -> Html {
    let p = &t.programme;
    let published = chosen
        .publication
        .as_ref()
        .map(|p| p.published_on.to_string())
        .unwrap_or_default();
    let said = match (chosen.status, chosen.id.as_deref()) {
        (Status::Unknown, Some(id)) => (p.unknown)(id),
        (Status::NewerCatalog, _) => (p.newer)(&published),
        (Status::OlderCatalog, _) => (p.older)(&published),
        _ => return Html::default(),
    };
    html! { <p class="notice notice--warning" role="status">{ said }</p> }
}

/// The chosen programme, where its figures come from, and the ways to choose otherwise.
fn chosen_programme(chosen: &Chosen, state: &AppContext, t: &Text) -> Html {
    let p = &t.programme;
    let lang = state.lang;
    let name = match (&chosen.major, chosen.cohort) {
        (Some(major), Some(cohort)) => (p.programme_name)(major.get(lang), cohort),
        _ => chosen.id.clone().unwrap_or_default(),
    };
    let from = chosen.publication.as_ref().map(|publication| {
        (p.from)(
            publication.institution.get(lang),
            publication.source.get(lang),
            &publication.published_on.to_string(),
        )
    });
    let change = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ProgrammeNotListed))
    };
    html! {
        <section class="programme-chosen" aria-labelledby="programme-chosen">
            <h2 id="programme-chosen">{ name }</h2>
            if let Some(from) = from {
                <p class="hint">{ from }</p>
            }
            <button type="button" class="button button--secondary" onclick={change}>
                { p.change_programme }
            </button>
        </section>
    }
}

/// The list of the university's programmes, searchable in either language.
#[function_component]
fn Chooser() -> Html {
    let state = use_context::<AppContext>().expect("inside the app's context");
    let t = text(state.lang);
    let p = &t.programme;
    let index = use_state(|| None::<Option<Rc<Index>>>);
    let query = use_state(String::new);
    {
        let index = index.clone();
        use_effect_with((), move |()| {
            spawn_local(async move { index.set(Some(load_index().await)) });
        });
    }
    let body = match &*index {
        None => html! { <p class="hint" role="status">{ p.loading }</p> },
        // A site without a catalogue, or offline before it was kept: the figures are typed.
        Some(None) => return Html::default(),
        Some(Some(index)) => results(index, &query, &state, t),
    };
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    html! {
        <section class="programme-search" aria-labelledby="programme-search">
            <h2 id="programme-search">{ p.choose_heading }</h2>
            <p>{ p.choose_intro }</p>
            <div class="form-group">
                <label class="label" for="programme-query">{ p.search_label }</label>
                <div class="hint" id="programme-query-hint">{ p.search_hint }</div>
                <input class="input" id="programme-query" type="search" autocomplete="off" spellcheck="false"
                       aria-describedby="programme-query-hint" aria-controls="programme-results"
                       value={(*query).clone()} {oninput} />
            </div>
            { body }
        </section>
    }
}

/// The programmes the search finds, each a button that chooses it.
fn results(index: &Rc<Index>, query: &str, state: &AppContext, t: &Text) -> Html {
    let p = &t.programme;
    let lang = state.lang;
    let found = index.search(query);
    let items = found.iter().map(|entry| {
        let name = (p.programme_name)(entry.major.get(lang), entry.cohort);
        let onclick = {
            let (state, id) = (state.clone(), entry.id.clone());
            Callback::from(move |_: MouseEvent| {
                let (state, id) = (state.clone(), id.clone());
                spawn_local(async move {
                    if let Some(catalog) = with_programme(&id).await {
                        state.dispatch(Action::ChooseProgramme(catalog, id));
                    }
                });
            })
        };
        let about = format!("{} · {}", entry.college.get(lang), t.level(entry.level));
        html! {
            <li class="programme-list__item" key={entry.id.clone()}>
                <button type="button" class="link-button programme-list__choose" {onclick}
                        aria-label={(p.choose)(&name)}>{ name.clone() }</button>
                <span class="programme-list__about">
                    { about }
                    if let Some(code) = &entry.major_code {
                        { " · " }{ code.clone() }
                    }
                </span>
            </li>
        }
    });
    // Not listed: the figures below are the programme's, to be typed.
    let not_listed = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Reveal(Field::ProgramTotalCredits.into()))
        })
    };
    html! {
        <div id="programme-results">
            <p class="hint" role="status">{ if found.is_empty() { p.none_found.to_owned() } else { (p.shown)(found.len()) } }</p>
            <ul class="programme-list">{ for items }</ul>
            <button type="button" class="link-button" onclick={not_listed}>{ p.not_listed }</button>
        </div>
    }
}
