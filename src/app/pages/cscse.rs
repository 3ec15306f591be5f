//! The guide to CSCSE's certification of a foreign diploma: when to start (P9), the published
//! procedure's fee, time and ten steps as a checklist saved with the case, a check of the scans on this
//! device, and what to do about comments. The engine holds the facts, counts the day and says what
//! concerns the case (`Guide`: no diploma yet for an applicant still studying, the Russian and Kazakh
//! items only with a Russian diploma); this page only shows them and records the ticks.

mod scans;

use yew::prelude::*;

use super::result::{citation, ruling};
use super::step::{go_to, use_form};
use crate::app::focus::MAIN_HEADING_ID;
use crate::app::form::Form;
use crate::app::questions::Group;
use crate::app::route::Page;
use crate::app::state::{Action, AppContext};
use crate::app::text::{text, Text};
use crate::engine::case::date::Date;
use crate::engine::case::Route;
use crate::engine::cscse::{CscseStep, Guide, Part, RussianDegree, StartBy, PROCEDURE};
use crate::engine::explain;

#[function_component]
pub fn CscsePage() -> Html {
    let (state, derived) = use_form();
    let t = text(state.lang);
    let f = Form {
        state: &state,
        derived: &derived,
        t,
    };
    let c = &t.cscse;
    let international = state.case.applicant.route == Some(Route::International);
    // A visitor who came for the guide alone goes back to the start page.
    let back = if international {
        Page::Documents
    } else {
        Page::Start
    };
    let guide = Guide::of(&state.case);
    let studies_class = if guide.studies.without_diploma() {
        "notice"
    } else {
        "hint"
    };
    html! {
        <>
            <a class="back-link" href={back.hash()} onclick={go_to(&state, back)}>{ t.form.back }</a>
            <h1 id={MAIN_HEADING_ID} tabindex="-1">{ c.title }</h1>
            <p class="lead">{ c.intro }{ " " }{ citation("A4.4.2.a") }{ ruling("R13") }</p>
            <p class={classes!("cscse-studies", studies_class)}>{ (c.studies)(guide.studies) }{ " " }{ citation("A4.4.2") }</p>
            <p>{ c.not_legalization }</p>
            <p>{ c.service_item }{ c.gap }<strong class="service-item" lang="zh-CN">{ PROCEDURE.service_item }</strong></p>
            <section aria-labelledby="cscse-start">
                <h2 id="cscse-start">{ c.start_heading }</h2>
                { start(derived.assessment.cscse, international, &state, t) }
                if derived.assessment.cscse.is_some()
                    && derived.assessment.timeline.as_ref().is_some_and(|p| p.window.estimated)
                {
                    <p class="hint plan-estimated">{ explain::counted_back_from_estimate(state.lang) }</p>
                }
                { f.group(Group::Cscse, 0) }
            </section>
            { facts(guide, t) }
            <Steps {guide} />
            <section aria-labelledby="cscse-degrees">
                <h2 id="cscse-degrees">{ c.degrees_heading }</h2>
                { f.group(Group::Diploma, 0) }
                if guide.shows(Part::RussianDegreeLevels) {
                    { degrees(t) }
                }
            </section>
            <scans::Scans studies={guide.studies} />
            <section aria-labelledby="cscse-comments">
                <h2 id="cscse-comments">{ c.comments_heading }</h2>
                <ul class="list">{ for c.comments.iter().map(|s| html! { <li>{ *s }</li> }) }</ul>
            </section>
        </>
    }
}

/// The last day to start, or why there is none yet, or "too late" with what to do then.
fn start(start_by: Option<StartBy>, international: bool, state: &AppContext, t: &Text) -> Html {
    let c = &t.cscse;
    let Some(s) = start_by else {
        let to_timeline = go_to(state, Page::Timeline);
        return html! {
            <>
                <p>{ (c.start_rule)(PROCEDURE.processing_days) }</p>
                if international {
                    <p class="notice">
                        { c.start_needs_date }{ c.gap }
                        <a href={Page::Timeline.hash()} onclick={to_timeline}>{ c.to_timeline }</a>
                    </p>
                } else {
                    <p class="hint">{ c.start_needs_route }</p>
                }
            </>
        };
    };
    let today: Date = state.today;
    let day = s.start_by.to_string();
    if s.too_late(today) {
        return html! {
            <div class="notice notice--warning cscse-start" role="status">
                <p>{ (c.too_late)(&day) }</p>
                <ul class="list">{ for c.too_late_do.iter().map(|s| html! { <li>{ *s }</li> }) }</ul>
            </div>
        };
    }
    let left = s.start_by.unix_days() - today.unix_days();
    html! {
        <p class="notice cscse-start" role="status">
            { (c.start_by)(&day, &s.closes.to_string(), s.procedure.processing_days, s.archival_certificate_days) }
            { c.gap }{ (c.days_left)(left) }{ " " }{ ruling("P9") }
        </p>
    }
}

/// The fee and time, as facts of the published procedure with the day they were recorded, and the
/// simplified procedure of citizens of Kazakhstan where it may concern the case.
fn facts(guide: Guide, t: &Text) -> Html {
    let c = &t.cscse;
    let p = &PROCEDURE;
    html! {
        <section aria-labelledby="cscse-facts">
            <h2 id="cscse-facts">{ c.facts_heading }</h2>
            <p>{ (c.facts)(p.fee_yuan, p.processing_days) }</p>
            <p>{ (c.confirm)(&p.as_of.to_string()) }</p>
            <ul class="list">
                <li><a href={p.site} rel="noopener noreferrer" target="_blank">{ p.site.trim_start_matches("https://") }</a></li>
                <li>{ c.phone }{ ": " }<a href={format!("tel:{}", p.phone.replace(' ', ""))}>{ p.phone }</a></li>
            </ul>
            if guide.shows(Part::Kazakhstan) {
                <p class="hint">{ c.kazakhstan }</p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct StepsProps {
    guide: Guide,
}

/// The ten steps as a checklist whose ticks are saved with the case, worded for the case.
#[function_component]
fn Steps(props: &StepsProps) -> Html {
    let guide = props.guide;
    let (state, derived) = use_form();
    let c = &text(state.lang).cscse;
    let done = &derived.assessment.cscse_done;
    let item = |step: CscseStep| {
        let ticked = done.contains(&step);
        let state = state.clone();
        let onchange = Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            state.dispatch(Action::SetCscseDone(step, input.checked()));
        });
        let id = format!("cscse-step-{}", step.number());
        html! {
            <li class={classes!("document", ticked.then_some("document--ready"))}>
                <div class="checkboxes__item">
                    <input class="checkboxes__input" type="checkbox" id={id.clone()} checked={ticked} {onchange}
                        aria-describedby={format!("{id}-needs")} />
                    <label class="checkboxes__label" for={id.clone()}>
                        <span class="document__name">{ step.number() }{ ". " }{ (c.step_names)(step, guide.studies) }</span>
                        <span class="visually-hidden">{ " – " }{ c.done }</span>
                    </label>
                </div>
                <p class="document__shows" id={format!("{id}-needs")}>
                    { (c.step_needs)(step, guide) }
                    if step == CscseStep::ChooseService {
                        { " " }<strong class="service-item" lang="zh-CN">{ PROCEDURE.service_item }</strong>
                    }
                </p>
            </li>
        }
    };
    html! {
        <section aria-labelledby="cscse-steps">
            <h2 id="cscse-steps">{ c.steps_heading }</h2>
            <p>{ c.steps_intro }</p>
            <p class="documents__count" role="status">{ (c.steps_done)(done.len(), CscseStep::ALL.len()) }</p>
            <ol class="documents cscse-steps">{ for CscseStep::ALL.into_iter().map(item) }</ol>
        </section>
    }
}

/// What each Russian degree level allows, shown to holders of a Russian diploma.
fn degrees(t: &Text) -> Html {
    let c = &t.cscse;
    let rows = RussianDegree::ALL.iter().map(|&degree| {
        let e = degree.entitles();
        html! {
            <tr>
                <th scope="row">{ (c.degree_names)(degree) }</th>
                <td>
                    { if e.postgraduate_study { c.work_and_study } else { c.work_only } }
                    if e.equal_to_master {
                        { c.gap }{ c.equals_master }
                    }
                </td>
            </tr>
        }
    });
    html! {
        <div class="cscse-degrees">
            <p>{ c.degrees_intro }</p>
            <table class="table">
                <thead><tr><th scope="col">{ c.degree_level }</th><th scope="col">{ c.degree_allows }</th></tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            <p class="hint">{ c.degrees_note }</p>
        </div>
    }
}
