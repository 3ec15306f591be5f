//! The dated plan: the few dates it needs, the submission window against today, and each office's
//! step as a visual timeline with its working-day count and what it skipped; the dates go to a
//! calendar as an iCalendar file or as text. The engine counts every date; this page only shows them.

use yew::platform::spawn_local;
use yew::prelude::*;

use super::answers::summary_list;
use super::result::{citation, ruling};
use super::step::{guide_link, use_form, Step};
use crate::app::browser;
use crate::app::form::Form;
use crate::app::questions::Group;
use crate::app::route::Page;
use crate::app::state::{Action, AppContext};
use crate::app::summary;
use crate::app::text::{text, Text};
use crate::engine::case::date::Date;
use crate::engine::case::field::List;
use crate::engine::case::fixed::Tenths;
use crate::engine::case::Field;
use crate::engine::explain;
use crate::engine::planning::calendar::Skipped;
use crate::engine::planning::icalendar;
use crate::engine::planning::timeline::{self, OfficeStep, Timeline as Plan, Track, Window};
use crate::lang::Lang;

#[function_component]
pub fn TimelinePage() -> Html {
    let (state, derived) = use_form();
    let t = text(state.lang);
    let f = Form {
        state: &state,
        derived: &derived,
        t,
    };
    let a = &derived.assessment;
    let body = match &a.timeline {
        Some(plan) => html! {
            <>
                { window(&plan.window, state.today, t, state.lang) }
                { steps(plan, t, state.lang) }
                { later(plan, t, state.lang) }
                if let Some(c) = a.cscse {
                    <section>
                        <h2>{ t.plan.cscse_heading }</h2>
                        <p>{ explain::cscse(&c, state.lang) }</p>
                        if plan.window.estimated {
                            <p class="hint plan-estimated">{ explain::counted_back_from_estimate(state.lang) }</p>
                        }
                        { guide_link(&state, t) }
                    </section>
                }
                <AddToCalendar />
            </>
        },
        None => html! { <p class="notice">{ needs(a.plan_needs, t) }</p> },
    };
    html! {
        <Step page={Page::Timeline} title={t.plan.timeline_title} intro={Some(AttrValue::from(t.plan.timeline_intro))}>
            // On paper the answers are text: a date control prints as an empty box when not answered.
            <div class="no-print">
                { f.group(Group::Plan, 0) }
                { vacations(&state, &f, t) }
            </div>
            <div class="print-only">
                { summary_list(&summary::Section {
                    heading: t.result.answers_heading,
                    ..summary::section(Page::Timeline, &state.case, &derived, t, state.lang)
                }, t, None) }
            </div>
            { body }
        </Step>
    }
}

/// What the timeline still needs, as the engine says (P4, G10).
fn needs(need: Option<Field>, t: &Text) -> &'static str {
    match need {
        Some(Field::RevocationAnnouncedOn) => t.plan.needs_revocation_date,
        Some(Field::SemesterStart) => t.plan.needs_semester_start,
        _ => t.plan.needs_route,
    }
}

/// The receiving university's vacations, asked of regular transfers only (P1).
fn vacations(state: &AppContext, f: &Form, t: &Text) -> Html {
    if f.derived.assessment.track != Some(Track::Regular) {
        return Html::default();
    }
    let given = state.case.plan.as_ref().map_or(0, |p| p.vacations.len());
    let start = state
        .case
        .plan
        .as_ref()
        .and_then(|p| p.semester_start.as_deref())
        .and_then(Date::parse);
    let guess = start.map(timeline::typical_vacations);
    let is_guess = guess.as_ref().is_some_and(|g| {
        !g.is_empty()
            && state.case.plan.as_ref().is_some_and(|p| {
                p.vacations.len() == g.len()
                    && p.vacations.iter().zip(g).all(|(v, s)| {
                        v.from.as_deref() == Some(&s.from.to_string())
                            && v.to.as_deref() == Some(&s.to.to_string())
                    })
            })
    });
    let add = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::AddItem(List::Vacations)))
    };
    let fill = {
        let state = state.clone();
        let guess = guess.clone().unwrap_or_default();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetVacations(guess.clone())))
    };
    let items = (0..given).map(|i| {
        let state = state.clone();
        let remove = Callback::from(move |_: MouseEvent| state.dispatch(Action::RemoveItem(List::Vacations, i)));
        html! {
            <fieldset class="fieldset vacation" key={i}>
                <legend class="fieldset__legend">{ (t.plan.vacation_n)(i + 1) }</legend>
                { f.group(Group::Vacation, i) }
                <button type="button" class="button button--secondary" onclick={remove}>{ (t.plan.remove_vacation)(i + 1) }</button>
            </fieldset>
        }
    });
    html! {
        <section>
            <h2>{ t.plan.vacations }</h2>
            <p class="hint">{ t.plan.vacations_hint }</p>
            if is_guess {
                <p class="notice">{ t.plan.guess_note }</p>
            }
            { for items }
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={add}>{ t.plan.add_vacation }</button>
                if guess.is_some() && given == 0 {
                    <button type="button" class="button button--secondary" onclick={fill}>{ t.plan.guess_vacations }</button>
                }
            </div>
        </section>
    }
}

/// The window, and where today stands in it.
fn window(w: &Window, today: Date, t: &Text, lang: Lang) -> Html {
    let p = &t.plan;
    let days = |d: Date| d.unix_days() - today.unix_days();
    let status = match w.opens {
        Some(opens) if today < opens => (p.opens_in)(days(opens)),
        _ if today > w.closes => p.closed.to_owned(),
        _ if today == w.closes => p.closes_today.to_owned(),
        _ => (p.closes_in)(days(w.closes)),
    };
    html! {
        <section class="plan-window">
            <h2>{ p.window_heading }</h2>
            <p class="plan-window__status"><strong>{ status }</strong></p>
            <p>{ explain::window(w, lang) }{ " " }{ citation(w.cite.id()) }{ ruling("P4") }</p>
            if w.estimated {
                <p class="hint plan-estimated">{ explain::estimated(lang) }</p>
            }
            { skipped(&w.skipped, t, lang) }
        </section>
    }
}

/// The steps, each estimated one marked beside its date and the note saying what that means once,
/// under the list (P5).
fn steps(plan: &Plan, t: &Text, lang: Lang) -> Html {
    html! {
        <section>
            <h2>{ t.plan.steps_heading }</h2>
            { chart(plan, t, lang) }
            <ol class="plan-steps">
                { for plan.steps.iter().map(|s| step(s, t, lang)) }
            </ol>
            if plan.steps.iter().any(|s| s.estimated) {
                <p class="hint plan-estimated">{ explain::estimated(lang) }</p>
            }
        </section>
    }
}

fn step(s: &OfficeStep, t: &Text, lang: Lang) -> Html {
    let p = &t.plan;
    let counted = s
        .working_days
        .map(|n| (p.counted_from)(&explain::working_days(n, lang), &s.from.to_string()));
    html! {
        <li class={classes!("plan-step", s.estimated.then_some("plan-step--estimated"))}>
            <h3 class="plan-step__name">{ explain::step_name(s.step, lang) }</h3>
            <p class="plan-step__due">
                { match s.due {
                    Some(due) => html! {
                        <>
                            <strong>{ (p.due_on)(&due.to_string(), s.after_open_step) }</strong>
                            if s.estimated {
                                { " " }<span class="tag">{ explain::estimated_mark(lang) }</span>
                            }
                            { counted.unwrap_or_default() }
                        </>
                    },
                    None => html! { { p.no_limit } },
                } }
                { " " }{ citation(s.cite.id()) }
                { for s.ruling.iter().map(|r| ruling(r.id())) }
            </p>
            { skipped(&s.skipped, t, lang) }
        </li>
    }
}

/// What a count passed over, so that a user can check it by hand.
fn skipped(s: &Skipped, t: &Text, lang: Lang) -> Html {
    if s.is_empty() {
        return Html::default();
    }
    let p = &t.plan;
    let mut parts: Vec<String> = Vec::new();
    if s.weekend_days > 0 {
        parts.push((p.skipped_weekends)(s.weekend_days));
    }
    // Consecutive days of one holiday read as one span.
    let mut holidays: Vec<(&str, Date, Date)> = Vec::new();
    for h in &s.holidays {
        match holidays.last_mut() {
            Some((name, _, last)) if *name == h.name && last.next() == h.date => *last = h.date,
            _ => holidays.push((h.name, h.date, h.date)),
        }
    }
    for (name, first, last) in holidays {
        let days = if first == last {
            first.to_string()
        } else {
            (p.days_span)(&first.to_string(), &last.to_string())
        };
        parts.push((p.skipped_holiday)(explain::holiday(name, lang), &days));
    }
    if s.vacation_days > 0 {
        parts.push((p.skipped_vacation)(s.vacation_days));
    }
    let adjusted: Vec<String> = s
        .adjusted_working_days
        .iter()
        .map(Date::to_string)
        .collect();
    html! {
        <p class="plan-skipped">
            if !parts.is_empty() {
                <span>{ (p.skipped)(&parts) }</span>
            }
            if !adjusted.is_empty() {
                <span class="plan-skipped__adjusted">{ (p.adjusted_counted)(&adjusted.join(", ")) }</span>
            }
        </p>
    }
}

/// The steps as bars on one time axis, from the day of handing in to the last date, each under its
/// name (in HTML, so that it wraps on a phone); the list below says the same in words, so the chart
/// is hidden from screen readers.
fn chart(plan: &Plan, t: &Text, lang: Lang) -> Html {
    let first_from = plan.steps.iter().map(|s| s.from).min();
    let start = first_from.map_or(plan.window.submitted_on, |f| {
        f.min(plan.window.submitted_on)
    });
    let end = plan
        .steps
        .iter()
        .filter_map(|s| s.due)
        .max()
        .unwrap_or(start)
        .max(start.next());
    let span = (end.unix_days() - start.unix_days()).max(1);
    let at = |d: Date| (d.unix_days() - start.unix_days()) * 1000 / span;
    let rows = plan.steps.iter().map(|s| {
        let from = at(s.from);
        let to = s.due.map_or(from + 8, at).max(from + 4);
        let class = classes!(
            "plan-chart__bar",
            s.estimated.then_some("plan-chart__bar--estimated"),
            s.due.is_none().then_some("plan-chart__bar--open"),
        );
        let due = s.due.map(|d| d.to_string());
        let label = (t.plan.chart_step)(
            explain::step_name(s.step, lang),
            due.as_deref(),
            s.after_open_step,
        );
        html! {
            <li class="plan-chart__row">
                <span class="plan-chart__label">{ label }</span>
                <svg class="plan-chart__track" width="100%" height="16">
                    <rect class={class} x={format!("{}%", Tenths::new(from))} y="0"
                        width={format!("{}%", Tenths::new(to - from))} height="16" />
                </svg>
            </li>
        }
    });
    html! {
        <ol class="plan-chart" aria-hidden="true">{ for rows }</ol>
    }
}

fn later(plan: &Plan, t: &Text, lang: Lang) -> Html {
    html! {
        <section>
            <h2>{ t.plan.later_heading }</h2>
            <ul class="list">
                { for plan.later.iter().map(|m| html! {
                    <li>{ explain::milestone(m, lang) }{ " " }{ citation(m.cite.id()) }</li>
                }) }
            </ul>
        </section>
    }
}

/// The dates as an iCalendar file, or as text where a browser cannot download.
#[function_component]
fn AddToCalendar() -> Html {
    let (state, derived) = use_form();
    let t = text(state.lang);
    let copied = use_state(|| None::<bool>);
    let Some(plan) = derived.assessment.timeline.clone() else {
        return Html::default();
    };
    let lang = state.lang;
    let key = case_key(&plan);
    let as_text = icalendar::plain_text(&plan, lang);
    let download = {
        let plan = plan.clone();
        let (key, today) = (key.clone(), state.today);
        Callback::from(move |_: MouseEvent| {
            let file = icalendar::calendar_file(&plan, lang, &key, today);
            let _ = browser::download(text(lang).plan.calendar_file, "text/calendar", &file);
        })
    };
    let copy = {
        let copied = copied.clone();
        let as_text = as_text.clone();
        Callback::from(move |_: MouseEvent| {
            let (copied, as_text) = (copied.clone(), as_text.clone());
            spawn_local(async move { copied.set(Some(browser::copy(&as_text).await)) });
        })
    };
    html! {
        <section class="no-print">
            <h2>{ t.plan.calendar_heading }</h2>
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={download}>{ t.plan.download_calendar }</button>
                <button type="button" class="button button--secondary" onclick={copy}>{ t.plan.copy_dates }</button>
            </div>
            <p role="status">{ match *copied {
                Some(true) => t.plan.copied,
                Some(false) => t.plan.copy_failed,
                None => "",
            } }</p>
            if *copied == Some(false) {
                <pre class="plan-dates">{ as_text }</pre>
            }
        </section>
    }
}

/// What identifies the case for the calendar's UIDs: its track and the day its window hangs on, so
/// that moving the day of handing in updates the same events.
fn case_key(plan: &Plan) -> String {
    let anchor = plan.window.opens.unwrap_or(plan.window.nominal_close);
    format!("{:?}-{anchor}", plan.track)
}
