//! In a course's editor, once a programme of the catalogue is chosen: which of its courses the course
//! matches (suggestions first, a search of the rest, or none), the receiving course's knowledge points
//! to tick, and where the match stands against A6.2.1's minimums as they are ticked. The engine
//! suggests, counts and judges; this part shows what it says and dispatches the choices.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::step::use_form;
use crate::app::fields::{error_html, Item, Radios};
use crate::app::focus::field_id;
use crate::app::form::{show_number, Form};
use crate::app::questions;
use crate::app::state::{Action, AppContext};
use crate::app::text::Text;
use crate::engine::case::field::FieldPath;
use crate::engine::case::{Course as Ours, Field, Num};
use crate::engine::catalog::suggest::{search, suggestions, Why};
use crate::engine::catalog::{choice, Course, Decision, Original, Programme};
use crate::engine::explain;
use crate::engine::rules::courses::{Gauge, Standing};
use crate::lang::Lang;

/// At most this many courses found by a search are listed; typing more narrows them.
const MOST_FOUND: usize = 8;

#[derive(Properties, PartialEq)]
pub struct MatchProps {
    pub index: usize,
}

#[function_component]
pub fn MatchChooser(p: &MatchProps) -> Html {
    let (state, derived) = use_form();
    let f = Form {
        state: &state,
        derived: &derived,
        t: crate::app::text::text(state.lang),
    };
    let (Some(programme), Some(ours)) = (state.chosen_programme(), state.case.courses.get(p.index))
    else {
        return Html::default();
    };
    let m = crate::app::text::matching(f.lang());
    let lang = state.lang;
    let i = p.index;
    let code = ours.matched.as_ref().and_then(|m| m.code.clone());
    let receiving = code.as_deref().and_then(|c| programme.course(c));
    let heading_id = format!("match-{i}-heading");
    let name = (f.t.programme.programme_name)(programme.major.get(lang), programme.cohort);
    let typed = ours
        .matched
        .as_ref()
        .filter(|m| m.code.is_none())
        .and_then(|m| m.title.clone());
    let gauge = derived.course(i).and_then(|r| r.gauge);
    html! {
        <section class="match" aria-labelledby={heading_id.clone()}>
            <h4 id={heading_id}>{ (m.heading)(&name) }</h4>
            <p class="hint">{ m.intro }</p>
            if let Some(title) = typed {
                <p class="notice">{ (m.typed)(&title) }</p>
            }
            { choice_of(&f, i, ours, programme) }
            <Search index={i} />
            if let Some(receiving) = receiving {
                { points(&f, i, receiving) }
            }
            if let Some(gauge) = gauge {
                { gauge_html(&gauge, lang) }
            }
        </section>
    }
}

/// A receiving course as a choice names it: code, title, credits, hours, nature and whether it is a
/// core course.
fn course_label(c: &Course, t: &Text, lang: Lang) -> String {
    let m = crate::app::text::matching(lang);
    let mut label = format!(
        "{} {} · {} · {} · {}",
        c.code,
        c.title.get(lang),
        (t.courses.credits_n)(&show_number(Num(c.credits.to_f64()))),
        (m.hours_n)(&show_number(Num(c.hours.to_f64()))),
        (t.courses.natures)(c.nature)
    );
    if c.is_core() {
        label.push_str(" · ");
        label.push_str(m.core);
    }
    label
}

/// The radios: the suggested courses, the one chosen if it is not among them, and "No matching
/// course"; an unknown code of an opened case is said here, at its field.
fn choice_of(f: &Form, i: usize, ours: &Ours, programme: &Programme) -> Html {
    let (t, lang) = (f.t, f.lang());
    let m = crate::app::text::matching(lang);
    let original = Original {
        institution: f.case().origin.institution.as_deref(),
        code: ours.code.as_deref(),
        title: ours.title.as_deref().unwrap_or_default(),
        receiving: None,
    };
    let mut options: Vec<(Option<String>, Item)> = suggestions(programme, &original)
        .into_iter()
        .map(|s| {
            let why = match s.why {
                Why::SameCode => m.same_code.to_owned(),
                Why::SimilarTitle => m.similar_title.to_owned(),
                Why::Precedent(p) => (m.decided)(
                    p.decision == Decision::Recognized,
                    &p.decided_on.to_string(),
                ),
            };
            let item = Item {
                label: course_label(s.course, t, lang).into(),
                hint: Some((m.suggested)(&why).into()),
            };
            (Some(s.course.code.clone()), item)
        })
        .collect();
    let code = ours.matched.as_ref().and_then(|m| m.code.clone());
    if let Some(chosen) = code.as_deref().and_then(|c| programme.course(c)) {
        if !options
            .iter()
            .any(|(c, _)| c.as_deref() == Some(&chosen.code))
        {
            let item = Item {
                label: course_label(chosen, t, lang).into(),
                hint: None,
            };
            options.push((Some(chosen.code.clone()), item));
        }
    }
    options.push((
        None,
        Item {
            label: m.no_match.into(),
            hint: Some(m.no_match_hint.into()),
        },
    ));
    let selected = match (&ours.matched, code.as_deref()) {
        (None, _) => options.iter().position(|(c, _)| c.is_none()),
        (Some(_), Some(code)) => options.iter().position(|(c, _)| c.as_deref() == Some(code)),
        // Described by hand: none of these yet.
        (Some(_), None) => None,
    };
    let path = FieldPath::course(i, Field::CourseMatchCode);
    let codes: Vec<Option<String>> = options.iter().map(|(c, _)| c.clone()).collect();
    let onchange = {
        let state = f.state.clone();
        Callback::from(move |at: usize| {
            let code = codes.get(at).cloned().flatten();
            if let Some(change) = state.matching(i, code.as_deref()) {
                state.dispatch(Action::SetMatch(change));
            }
        })
    };
    html! {
        <Radios path={path.to_string()} legend={m.legend} error={f.error(&path)}
                error_prefix={t.form.error_prefix} items={options.into_iter().map(|(_, item)| item).collect::<Vec<_>>()}
                {selected} {onchange} />
    }
}

#[derive(Properties, PartialEq)]
struct SearchProps {
    index: usize,
}

/// The programme's other courses, found by code or title, each a button that chooses it.
#[function_component]
fn Search(p: &SearchProps) -> Html {
    let state = use_context::<AppContext>().expect("inside the app's context");
    let query = use_state(String::new);
    let Some(programme) = state.chosen_programme() else {
        return Html::default();
    };
    let t = crate::app::text::text(state.lang);
    let m = crate::app::text::matching(state.lang);
    let i = p.index;
    let id = format!("match-{i}-search");
    let oninput = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            query.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let typed = !query.trim().is_empty();
    let found = if typed {
        search(programme, &query)
    } else {
        Vec::new()
    };
    let items = found.iter().take(MOST_FOUND).map(|c| {
        let label = course_label(c, t, state.lang);
        let onclick = {
            let (state, code, query, input) =
                (state.clone(), c.code.clone(), query.clone(), id.clone());
            Callback::from(move |_: MouseEvent| {
                if let Some(change) = state.matching(i, Some(&code)) {
                    state.dispatch(Action::SetMatch(change));
                }
                query.set(String::new());
                // The button chosen goes with the list: focus goes back to the search, not to the page.
                crate::app::focus::focus_by_id(&input);
            })
        };
        html! {
            <li key={c.code.clone()}>
                <button type="button" class="link-button" {onclick}>{ label }</button>
            </li>
        }
    });
    let status = match found.len() {
        _ if !typed => String::new(),
        0 => m.none_found.to_owned(),
        n if n > MOST_FOUND => format!("{} {}", (m.found)(n), (m.more)(n - MOST_FOUND)),
        n => (m.found)(n),
    };
    html! {
        <div class="match-search">
            <div class="form-group">
                <label class="label" for={id.clone()}>{ m.search_label }</label>
                <div class="hint" id={format!("{id}-hint")}>{ m.search_hint }</div>
                <input class="input" id={id.clone()} type="search" autocomplete="off" spellcheck="false"
                       aria-describedby={format!("{id}-hint")} value={(*query).clone()} {oninput} />
            </div>
            <p class="hint" role="status">{ status }</p>
            if typed && !found.is_empty() {
                <ul class="match-search__found">{ for items }</ul>
            }
        </div>
    }
}

/// The receiving course's knowledge points as tick boxes, or the typed overlap where it has none.
fn points(f: &Form, i: usize, receiving: &Course) -> Html {
    let (t, lang) = (f.t, f.lang());
    let m = crate::app::text::matching(lang);
    if receiving.knowledge_points.is_empty() {
        return html! {
            <>
                <p class="hint">{ m.no_points }</p>
                { questions::question(Field::CourseMatchOverlap).map(|q| f.ask(q, i)).unwrap_or_default() }
            </>
        };
    }
    let covered = f
        .case()
        .courses
        .get(i)
        .map(choice::covered)
        .unwrap_or_default();
    let base = FieldPath::course(i, Field::CourseMatchCovered);
    let id = field_id(&base.to_string());
    // An opened case's unknown or repeated points are named at their place in the list.
    let errors: Vec<(String, AttrValue)> = f
        .derived
        .errors
        .iter()
        .filter(|e| {
            let p = e.path();
            p.field == Field::CourseMatchCovered && p.index == Some(i)
        })
        .map(|e| (field_id(&e.path().to_string()), e.message(t, lang).into()))
        .collect();
    let boxes = receiving.knowledge_points.iter().enumerate().map(|(n, k)| {
        // The first box carries the field's id (a summary's link to the list); the others their own,
        // apart from the ids of the list's entries in error (`…-covered-1`).
        let box_id = if n == 0 { id.clone() } else { format!("{id}-point-{n}") };
        let checked = covered.contains(&k.id);
        let onchange = {
            let (state, point) = (f.state.clone(), k.id.clone());
            Callback::from(move |e: Event| {
                let taught = e.target_unchecked_into::<HtmlInputElement>().checked();
                if let Some(change) = state.ticking(i, &point, taught) {
                    state.dispatch(Action::SetMatch(change));
                }
            })
        };
        let weight = (k.weight != crate::engine::case::fixed::Fixed::int(1))
            .then(|| (m.weight)(&show_number(Num(k.weight.to_f64()))));
        html! {
            <div class="checkboxes__item" key={k.id.clone()}>
                <input class="checkboxes__input" id={box_id.clone()} type="checkbox" {checked} {onchange} />
                <label class="checkboxes__label" for={box_id}>
                    { k.name.get(lang) }
                    if let Some(weight) = weight {
                        <span class="match-points__weight">{ weight }</span>
                    }
                </label>
            </div>
        }
    });
    let error = !errors.is_empty();
    let described = std::iter::once(format!("{id}-points-hint"))
        .chain(errors.iter().map(|(at, _)| format!("{at}-error")))
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <div class={classes!("form-group", error.then_some("form-group--error"))}>
            <fieldset class="fieldset match-points" aria-describedby={described}>
                <legend class="fieldset__legend">{ (m.points_legend)(receiving.title.get(lang)) }</legend>
                <div class="hint" id={format!("{id}-points-hint")}>{ m.points_hint }</div>
                { for errors.iter().map(|(at, message)| html! {
                    <div id={at.clone()} tabindex="-1">{ error_html(at, &Some(message.clone()), t.form.error_prefix) }</div>
                }) }
                <div class="checkboxes">{ for boxes }</div>
            </fieldset>
        </div>
    }
}

/// The overlap and the class hours against their minimums, as the engine judged them.
fn gauge_html(g: &Gauge, lang: Lang) -> Html {
    let m = crate::app::text::matching(lang);
    let line = |standing: Standing, sentence: String| {
        let class = match standing {
            Standing::Met => "tag tag--pass",
            Standing::Vote | Standing::Unknown => "tag tag--review",
            Standing::Below => "tag tag--fail",
        };
        html! { <li><span {class}>{ (m.standing)(standing) }</span>{ " " }{ sentence }</li> }
    };
    html! {
        <div class="match-gauge" role="status">
            <p class="match-gauge__label">{ m.gauge_label }</p>
            <ul class="list">
                { line(g.overlap_standing, explain::gauge_overlap(g, lang)) }
                { line(g.hours_standing, explain::gauge_hours(g, lang)) }
            </ul>
        </div>
    }
}
