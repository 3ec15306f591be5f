//! The result: the verdict in one sentence, every finding with its citation and the text behind it,
//! the converted average, the credits with a picture, what would change the result, what to do next,
//! and the ways to keep it (print, download, share). Everything here is the engine's; the page only
//! arranges it.

use yew::platform::spawn_local;
use yew::prelude::*;

use super::answers::summary_list;
use super::qr::ShareCode;
use super::step::{go_to, guide_link, use_form};
use crate::app::browser;
use crate::app::fields::ScrollRegion;
use crate::app::focus::MAIN_HEADING_ID;
use crate::app::form::Derived;
use crate::app::measures;
use crate::app::questions;
use crate::app::route::Page;
use crate::app::share;
use crate::app::state::{Action, AppContext};
use crate::app::summary;
use crate::app::text::{text, CourseColumn, CreditPart, Text};
use crate::engine::case::fixed::Tenths;
use crate::engine::case::Route;
use crate::engine::rules::changes::Change;
use crate::engine::rules::credits::Totals;
use crate::engine::rules::eligibility::{Finding, Outcome};
use crate::engine::rules::grades::Grade;
use crate::engine::rules::next_steps::{self, NextStep};
use crate::engine::rules::outlook::outlook;
use crate::engine::rules::policy::Policy;
use crate::engine::{explain, Verdict};
use crate::lang::Lang;

const GROUPS: [Outcome; 5] = [
    Outcome::Fail,
    Outcome::Review,
    Outcome::Missing,
    Outcome::Pass,
    Outcome::NotApplicable,
];

#[function_component]
pub fn ResultPage() -> Html {
    let (state, derived) = use_form();
    let t = text(state.lang);
    let lang = state.lang;
    let a = &derived.assessment;
    let policy = a.policy;
    let back = go_to(&state, Page::Answers);
    let verdict_class = match a.verdict {
        Verdict::Eligible => "verdict verdict--eligible",
        Verdict::NeedsReview => "verdict verdict--review",
        Verdict::NotEligible => "verdict verdict--not-eligible",
        Verdict::Incomplete => "verdict verdict--incomplete",
    };
    html! {
        <>
            <div class="print-only report-header">
                <p class="report-header__title">{ t.result.report_heading }</p>
                <p>{ (t.result.report_date)(&state.today.to_string()) }</p>
                <p>{ format!("{} {}", t.policy_label, (t.policy_reference)(policy)) }</p>
            </div>
            <a class="back-link no-print" href={Page::Answers.hash()} onclick={back}>{ t.form.back }</a>
            <h1 id={MAIN_HEADING_ID} tabindex="-1">{ t.result.title }</h1>
            <div class={verdict_class} role="status">
                <h2 class="verdict__heading">{ t.result.verdict_heading }</h2>
                <p class="verdict__text">{ explain::verdict(a.verdict, lang) }</p>
            </div>
            { glance(&a.credits, t) }
            <p class="notice">{ (t.result.decides)(policy) }</p>
            { input_errors(&state, &derived, t) }
            { for GROUPS.iter().map(|&o| group(o, &a.findings, policy, t, lang)) }
            { performance(&derived, t, lang) }
            { credits(&a.credits, policy, t) }
            { courses(&derived, t, lang) }
            { changes(&derived, t, lang) }
            { next_steps(&state, &derived, t) }
            { plan_links(&state, t) }
            <Keep />
            <section class="print-only">
                <h2>{ t.result.answers_heading }</h2>
                <div class="print-answers">
                    { for summary::sections(&state.case, &derived, t, lang).iter().map(|s| summary_list(s, t, None)) }
                </div>
                <div class="signature">
                    <p>{ t.result.signature }{ ": " }<span class="signature__line"></span></p>
                    <p>{ t.result.signature_date }{ ": " }<span class="signature__line signature__line--short"></span></p>
                </div>
            </section>
        </>
    }
}

/// Where the plan goes on: the dates and the documents.
fn plan_links(state: &AppContext, t: &Text) -> Html {
    let p = &t.plan;
    html! {
        <section class="no-print">
            <h2>{ p.result_plan_heading }</h2>
            <p>{ p.result_plan_text }</p>
            <ul class="list">
                <li><a href={Page::Timeline.hash()} onclick={go_to(state, Page::Timeline)}>{ t.step(Page::Timeline) }</a></li>
                <li><a href={Page::Documents.hash()} onclick={go_to(state, Page::Documents)}>{ t.step(Page::Documents) }</a></li>
            </ul>
            if state.case.applicant.route == Some(Route::International) {
                { guide_link(state, t) }
            }
        </section>
    }
}

/// The credit figures in one line under the verdict.
fn glance(c: &Totals, t: &Text) -> Html {
    let (Some(required), Some(left)) = (c.required, c.still_to_study()) else {
        return Html::default();
    };
    let r = &t.result;
    let (counted, total) = (c.counted().to_string(), required.to_string());
    let literacy = left.literacy.to_string();
    let sentence = match (c.beyond_required(), left.literacy > Tenths::ZERO) {
        (true, false) => (r.glance_beyond)(&counted, &total),
        (true, true) => (r.glance_beyond_literacy)(&counted, &total, &literacy),
        (false, false) => (r.glance)(&counted, &left.total().to_string(), &total),
        (false, true) => {
            (r.glance_literacy)(&counted, &left.total().to_string(), &literacy, &total)
        }
    };
    html! { <p class="glance">{ sentence }</p> }
}

/// Answers that need correcting count as not given; this says so and leads to the first one.
fn input_errors(state: &AppContext, derived: &Derived, t: &Text) -> Html {
    let Some(first) = derived.errors.first() else {
        return Html::default();
    };
    let path = first.path();
    let page = questions::page_of(&path).unwrap_or(Page::About);
    let state = state.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        state.dispatch(Action::Go {
            page,
            focus: Some(path),
        });
    });
    html! {
        <div class="warning-text" role="alert">
            <p>
                <a href={page.hash()} {onclick}>{ (t.result.input_errors)(derived.errors.len()) }</a>
            </p>
        </div>
    }
}

fn group(outcome: Outcome, findings: &[Finding], policy: &Policy, t: &Text, lang: Lang) -> Html {
    let index = GROUPS.iter().position(|&o| o == outcome).unwrap_or(0);
    let items: Vec<&Finding> = findings.iter().filter(|f| f.outcome == outcome).collect();
    if items.is_empty() {
        return Html::default();
    }
    let heading_id = format!("findings-{index}");
    let list = html! {
        <ul class={classes!("findings", format!("findings--{index}"))} aria-labelledby={heading_id.clone()}>
            { for items.iter().map(|f| finding(f, policy, lang)) }
        </ul>
    };
    // What is met or does not apply is there to check, not to act on: folded away.
    if matches!(outcome, Outcome::Pass | Outcome::NotApplicable) {
        return html! {
            <details class="details">
                <summary class="details__summary"><span id={heading_id}>{ t.outcome_group(outcome) }</span>{ format!(" ({})", items.len()) }</summary>
                { list }
            </details>
        };
    }
    html! {
        <section>
            <h2 id={heading_id}>{ t.outcome_group(outcome) }{ format!(" ({})", items.len()) }</h2>
            { list }
        </section>
    }
}

fn finding(f: &Finding, policy: &Policy, lang: Lang) -> Html {
    let cites: Vec<&str> = std::iter::once(f.rule)
        .chain(f.cites.iter().copied())
        .map(|c| c.id())
        .collect();
    html! {
        <li class="finding">
            <p class="finding__condition">{ explain::condition(f.condition, lang) }</p>
            <p class="finding__message">{ explain::finding(f, policy, lang) }</p>
            <div class="finding__cites">
                { for cites.iter().map(|id| citation(id)) }
                { for f.rulings.iter().map(|r| ruling(r.id())) }
            </div>
        </li>
    }
}

/// A citation id that opens the exact text of the Measures behind it.
pub fn citation(id: &str) -> Html {
    html! { <Citation id={AttrValue::from(id.to_owned())} ruling={false} /> }
}

/// A ruling the finding applied, opening to its text in the page's language.
pub fn ruling(id: &str) -> Html {
    html! { <Citation id={AttrValue::from(id.to_owned())} ruling={true} /> }
}

#[derive(Properties, PartialEq)]
struct CitationProps {
    id: AttrValue,
    ruling: bool,
}

/// A citation, closed; opening it fetches the reference texts the first time (`measures::load`).
#[function_component]
fn Citation(props: &CitationProps) -> Html {
    let (state, _) = use_form();
    let lang = state.lang;
    let t = text(lang);
    let texts = use_state(measures::loaded);
    let failed = use_state(|| false);
    let open = {
        let (texts, failed) = (texts.clone(), failed.clone());
        Callback::from(move |_: MouseEvent| {
            if texts.is_none() {
                failed.set(false);
                let (texts, failed) = (texts.clone(), failed.clone());
                spawn_local(async move {
                    match measures::load().await {
                        Some(loaded) => texts.set(Some(loaded)),
                        None => failed.set(true),
                    }
                });
            }
        })
    };
    let id = props.id.as_str();
    let body = match (&*texts, *failed) {
        (Some(texts), _) if props.ruling => {
            html! { <p>{ texts.ruling(id, lang).unwrap_or_default().to_owned() }</p> }
        }
        (Some(texts), _) => passage(texts.passage(id), id, t),
        (None, true) => html! { <p>{ t.result.text_unavailable }</p> },
        (None, false) => html! { <p>{ t.result.loading_text }</p> },
    };
    if props.ruling {
        return html! {
            <details class="citation citation--ruling">
                <summary onclick={open}><span class="visually-hidden">{ format!("{} ", t.result.ruling) }</span><span class="cite cite--ruling">{ id.to_owned() }</span></summary>
                <div class="citation__text">
                    <p class="hint">{ t.result.ruling }</p>
                    { body }
                </div>
            </details>
        };
    }
    html! {
        <details class="citation">
            <summary onclick={open}><span class="visually-hidden">{ format!("{} ", t.result.rule) }</span><span class="cite">{ id.to_owned() }</span></summary>
            <div class="citation__text" aria-label={(t.result.show_text)(id)}>
                if lang == Lang::Zh {
                    <p class="hint">{ t.result.measures_note }</p>
                }
                { body }
            </div>
        </details>
    }
}

/// A unit of the Measures, with its table when it holds one.
fn passage(passage: Option<&measures::Passage>, id: &str, t: &Text) -> Html {
    match passage {
        Some(p) => html! {
            <blockquote lang="en">
                <p>{ p.text.clone() }</p>
                if !p.table.is_empty() {
                    <ScrollRegion label={(t.result.show_text)(id)}>
                        <table class="table table--small">
                            <thead><tr>{ for p.table[0].iter().map(|c| html! { <th scope="col">{ c.clone() }</th> }) }</tr></thead>
                            <tbody>{ for p.table[1..].iter().map(|row| html! {
                                <tr>{ for row.iter().map(|c| html! { <td>{ c.clone() }</td> }) }</tr>
                            }) }</tbody>
                        </table>
                    </ScrollRegion>
                }
            </blockquote>
        },
        None => html! { <p>{ t.result.unknown_unit }</p> },
    }
}

fn performance(derived: &Derived, t: &Text, lang: Lang) -> Html {
    let r = &t.result;
    let body = match &derived.assessment.performance {
        None => html! { <p>{ r.no_performance }</p> },
        Some(p) => match p.band {
            None => html! { <p>{ r.performance_unconverted }</p> },
            Some(b) => {
                let grade = explain::grade(p.grade, lang);
                let level = explain::level_word(b.level, lang);
                // A percentage is already on the receiving scale: no "84.5 counts as 84.5".
                let said = match p.grade {
                    Grade::Percentage(_) => (r.performance_as_is)(&grade, level),
                    _ => (r.performance)(&grade, &b.low.to_string(), &b.high.to_string(), level),
                };
                html! { <p>{ said }{ " " }{ citation(b.table.id()) }</p> }
            }
        },
    };
    html! {
        <section>
            <h2>{ r.performance_heading }</h2>
            { body }
        </section>
    }
}

/// The parts of the credit bar, in its order, each with its class and name; the literacy credits
/// still to take are drawn apart from the rest of what is left (G9).
fn bar_parts(c: &Totals, t: &Text) -> Vec<(Tenths, &'static str, &'static str)> {
    let left = c.still_to_study().unwrap_or_default();
    let mut parts = vec![
        (
            c.recognized,
            "bar--recognized",
            t.credit_part(CreditPart::Recognized),
        ),
        (
            c.literacy_substituted,
            "bar--literacy",
            t.credit_part(CreditPart::Literacy),
        ),
    ];
    if left.literacy > Tenths::ZERO {
        parts.push((
            left.literacy,
            "bar--literacy-left",
            t.credit_part(CreditPart::LiteracyToTake),
        ));
        parts.push((
            left.other,
            "bar--shortfall",
            t.credit_part(CreditPart::OtherToStudy),
        ));
    } else {
        parts.push((
            left.total(),
            "bar--shortfall",
            t.credit_part(CreditPart::Shortfall),
        ));
    }
    parts
}

/// The bar's accessible name: the same figures as its legend.
fn bar_label(c: &Totals, whole: Tenths, t: &Text) -> String {
    let r = &t.result;
    let left = c.still_to_study().unwrap_or_default();
    let (recognized, literacy) = (c.recognized.to_string(), c.literacy_substituted.to_string());
    if left.literacy > Tenths::ZERO {
        (r.chart_label_literacy)(
            &recognized,
            &literacy,
            &left.total().to_string(),
            &left.literacy.to_string(),
            &whole.to_string(),
        )
    } else {
        (r.chart_label)(
            &recognized,
            &literacy,
            &left.total().to_string(),
            &whole.to_string(),
        )
    }
}

/// The credit summary with a stacked bar of recognised, literacy-substituted and still-to-study credits.
fn credits(c: &Totals, policy: &Policy, t: &Text) -> Html {
    let r = &t.result;
    let parts = bar_parts(c, t);
    let drawn = parts
        .iter()
        .fold(Tenths::ZERO, |sum, (value, _, _)| sum + *value);
    // Credits beyond the programme's total, or literacy left beside them, widen the bar past it.
    let whole = c.required.map_or(drawn, |required| required.max(drawn));
    let total = whole.get().max(1);
    let percent = |tenths: i64| format!("{}%", Tenths::new(tenths * 1000 / total));
    let mut start = 0i64;
    // Percent widths as SVG attributes, not inline styles: the page's policy allows no inline style.
    let rects = parts.iter().map(|(value, class, _)| {
        let end = (start + value.get()).min(total);
        let rect = html! {
            <rect class={*class} x={percent(start)} y="0" width={percent(end - start)} height="100%" />
        };
        start = end;
        rect
    });
    let label = bar_label(c, c.required.map_or(whole, |required| required), t);
    html! {
        <section>
            <h2>{ r.credits_heading }</h2>
            if c.required.is_some() {
                <svg class="credit-bar" role="img" aria-label={label} width="100%" height="32" preserveAspectRatio="none">
                    // Literacy still to take is hatched in literacy's colour: a part of its own that
                    // does not rest on telling two colours apart.
                    <defs>
                        <pattern id="hatch-literacy-left" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                            <rect class="hatch__ground" width="8" height="8" />
                            <rect class="hatch__stripe" width="4" height="8" />
                        </pattern>
                    </defs>
                    { for rects }
                </svg>
            }
            <dl class="credit-legend">
                { for parts.iter().map(|(value, class, name)| html! {
                    <div class="credit-legend__item">
                        <dt><span class={classes!("swatch", *class)} aria-hidden="true"></span>{ *name }</dt>
                        <dd>{ value.to_string() }</dd>
                    </div>
                }) }
                if c.in_review > Tenths::ZERO {
                    <div class="credit-legend__item">
                        <dt><span class="swatch bar--review" aria-hidden="true"></span>{ t.credit_part(CreditPart::InReview) }</dt>
                        <dd>{ c.in_review.to_string() }</dd>
                    </div>
                }
            </dl>
            <p>{ match c.required {
                Some(total) => (r.credits_required)(&total.to_string()),
                None => r.credits_no_total.to_owned(),
            } }</p>
            if c.internship_capped > Tenths::ZERO {
                <p>{ (r.internship_capped)(&c.internship_capped.to_string(), policy.internship_percent()) }</p>
            }
            if let Some(left) = c.literacy_remaining.filter(|l| *l > Tenths::ZERO) {
                <p>{ (r.literacy_remaining)(&left.to_string()) }</p>
            }
        </section>
    }
}

fn courses(derived: &Derived, t: &Text, lang: Lang) -> Html {
    let list = &derived.assessment.courses;
    if list.is_empty() {
        return Html::default();
    }
    let c = &t.courses;
    html! {
        <section>
            <h2 id="result-courses">{ t.result.courses_heading }</h2>
            <ScrollRegion label={t.result.courses_heading}>
                <table class="table course-table" aria-labelledby="result-courses">
                    <thead><tr>
                        <th scope="col">{ t.course_column(CourseColumn::Course) }</th>
                        <th scope="col">{ t.course_column(CourseColumn::Status) }</th>
                        <th scope="col">{ t.course_column(CourseColumn::Converted) }</th>
                        <th scope="col">{ t.course_column(CourseColumn::ReceivingGrade) }</th>
                        <th scope="col" class="col-reasons">{ c.reasons }</th>
                    </tr></thead>
                    <tbody>
                        { for list.iter().enumerate().map(|(i, r)| {
                            let title = if r.title.trim().is_empty() { c.untitled.to_owned() } else { r.title.clone() };
                            // A recognized course shows what it converts to; any other, what stands in its way.
                            let decisive: Vec<String> = r.decisive()
                                .map(|reason| format!("{} ({})", explain::course_reason(reason, lang), reason.rule))
                                .collect();
                            html! {
                                <tr>
                                    <th scope="row" data-label={t.course_column(CourseColumn::Course)}>{ format!("{}. {title}", i + 1) }</th>
                                    <td data-label={t.course_column(CourseColumn::Status)}>{ explain::course_outcome(r.outcome, lang) }</td>
                                    <td data-label={t.course_column(CourseColumn::Converted)}>{ t.converted_credits(r) }</td>
                                    <td data-label={t.course_column(CourseColumn::ReceivingGrade)}>{ r.band.map(|b| (c.band)(&b.low.to_string(), &b.high.to_string(), explain::level_word(b.level, lang))).unwrap_or_default() }</td>
                                    <td data-label={c.reasons} class="col-reasons">
                                        <ul class="reasons">{ for decisive.iter().map(|d| html! { <li>{ d.clone() }</li> }) }</ul>
                                    </td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </ScrollRegion>
        </section>
    }
}

fn changes(derived: &Derived, t: &Text, lang: Lang) -> Html {
    let r = &t.result;
    let a = &derived.assessment;
    let o = outlook(a, &derived.changes);
    let list = |changes: &[&Change]| {
        html! {
            <ul class="changes">
                { for changes.iter().map(|c| html! { <li>{ explain::change(c, lang) }</li> }) }
            </ul>
        }
    };
    let separator = if lang == Lang::Zh { "、" } else { ", " };
    let blockers: Vec<&str> = o
        .blockers
        .iter()
        .map(|&c| explain::condition(c, lang))
        .collect();
    let expired: Vec<String> = o
        .expired
        .iter()
        .filter_map(|&i| a.courses.get(i))
        .map(|k| k.title.clone())
        .collect();
    let nothing = o.verdict.is_empty()
        && o.credits.is_empty()
        && o.blockers.is_empty()
        && o.explanatory.is_empty()
        && o.expired.is_empty();
    html! {
        <section>
            <h2>{ r.changes_heading }</h2>
            if nothing {
                <p>{ r.changes_none }</p>
            }
            if !blockers.is_empty() {
                <p class="warning-text">{ (r.changes_blockers)(&blockers.join(separator)) }</p>
            }
            if !o.verdict.is_empty() {
                <h3>{ r.changes_verdict }</h3>
                { list(&o.verdict) }
            }
            if !o.explanatory.is_empty() {
                <p>{ r.changes_explanatory }</p>
            }
            if !o.credits.is_empty() {
                <h3>{ r.changes_credits }</h3>
                { list(&o.credits) }
            }
            if !expired.is_empty() {
                <p>{ (r.changes_expired)(&expired.join(separator), a.policy.grade_validity_years.value) }</p>
            }
        </section>
    }
}

fn next_steps(state: &AppContext, derived: &Derived, t: &Text) -> Html {
    let n = &t.result.next;
    let steps = next_steps::next_steps(
        &derived.assessment,
        state.case.applicant.route,
        !derived.errors.is_empty(),
    );
    let policy = derived.assessment.policy;
    let words = |step: NextStep| -> String {
        match step {
            NextStep::FixErrors => n.fix_errors.to_owned(),
            NextStep::GiveMissing => n.give_missing.to_owned(),
            NextStep::NotEligible => n.not_eligible.to_owned(),
            NextStep::Review => n.review.to_owned(),
            NextStep::Eligible => n.eligible.to_owned(),
            NextStep::Materials => n.materials.to_owned(),
            NextStep::Authentication => n.cscse.to_owned(),
            NextStep::CoursesReview => n.courses_review.to_owned(),
            NextStep::Appeal => (n.appeal)(policy),
        }
    };

    html! {
        <section>
            <h2>{ t.result.next_heading }</h2>
            <ul class="next-steps">{ for steps.into_iter().map(|s| html! { <li>{ words(s) }</li> }) }</ul>
        </section>
    }
}

/// Print, download the case file, or make a share link.
#[function_component]
fn Keep() -> Html {
    let (state, _) = use_form();
    let t = text(state.lang);
    let r = &t.result;
    let link = use_state(|| None::<String>);
    let copied = use_state(|| false);
    let print = Callback::from(|_: MouseEvent| browser::print());
    let export = {
        let case = state.case.clone();
        Callback::from(move |_: MouseEvent| {
            // Through a `Value`, as the save and the share link write it: one serializer of the case
            // in the wasm, not two.
            let value = crate::engine::case::json::to_value(&case);
            let json = serde_json::to_string_pretty(&value).unwrap_or_default();
            let _ = browser::download("transfer-check-case.json", "application/json", &json);
        })
    };
    let share = {
        let case = state.case.clone();
        let link = link.clone();
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let json = share::compact_json(&case);
            let (link, copied) = (link.clone(), copied.clone());
            spawn_local(async move {
                if let Ok(packed) = browser::deflate(json.as_bytes()).await {
                    let url = browser::address_with(&format!(
                        "{}{}",
                        share::PREFIX,
                        share::base64url(&packed)
                    ));
                    copied.set(browser::copy(&url).await);
                    link.set(Some(url));
                }
            });
        })
    };
    html! {
        <section class="no-print">
            <h2>{ r.actions_heading }</h2>
            <div class="button-group">
                <button type="button" class="button button--secondary" onclick={print}>{ r.print }</button>
                <button type="button" class="button button--secondary" onclick={export}>{ r.export }</button>
                <button type="button" class="button button--secondary" onclick={share}>{ r.share }</button>
            </div>
            if let Some(url) = &*link {
                <div class="form-group">
                    <label class="label" for="share-link">{ r.share_label }</label>
                    <div class="hint" id="share-link-hint">{ r.share_hint }</div>
                    <input class="input" id="share-link" type="text" readonly=true value={url.clone()}
                           aria-describedby="share-link-hint" />
                    if *copied {
                        <p class="hint" role="status">{ r.share_copied }</p>
                    }
                </div>
                <ShareCode link={url.clone()} lang={state.lang} />
            }
        </section>
    }
}
