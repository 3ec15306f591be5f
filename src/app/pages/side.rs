//! Two to four cases of this device side by side: what the engine finds for each (`Glance`), each row
//! where they differ marked in words, not only in colour. Printable; on a narrow screen one case at a
//! time, with the differences listed.

use yew::prelude::*;

use super::step::go_to;
use crate::app::browser;
use crate::app::desk::{self, Listed};
use crate::app::fields::{Choice, Item, Radios};
use crate::app::focus::MAIN_HEADING_ID;
use crate::app::route::Page;
use crate::app::state::AppContext;
use crate::app::text::{desk as desk_text, text, DeskText};
use crate::engine::assessment::glance::{Glance, LastDecision, Row};
use crate::engine::{explain, MEASURES_2023_046};
use crate::lang::Lang;

#[function_component]
pub fn SidePage() -> Html {
    let state = use_context::<AppContext>().expect("inside the app's context");
    let (t, d, lang) = (text(state.lang), desk_text(state.lang), state.lang);
    let shown = use_state(|| 0usize);
    let listed = super::cases::use_cases(&state, 0);
    let ids = use_state(Vec::new);
    {
        let ids = ids.clone();
        use_effect_with((), move |_| ids.set(super::cases::compared()));
    }
    let cases: Vec<Listed> = ids
        .iter()
        .filter_map(|id| {
            let list = listed.as_deref()?;
            list.iter()
                .find(|l| &l.entry.id == id && l.read.is_some())
                .cloned()
        })
        .collect();
    let back = html! {
        <a class="back-link" href={Page::Cases.hash()} onclick={go_to(&state, Page::Cases)}>{ d.back }</a>
    };
    let heading = html! { <h1 id={MAIN_HEADING_ID} tabindex="-1">{ t.step(Page::Compare) }</h1> };
    let loaded = listed.is_some();
    if state.presenting || (loaded && !(2..=4).contains(&cases.len())) {
        let say = if state.presenting {
            d.presenting
        } else {
            d.too_few
        };
        return html! { <>{ back }{ heading }<p class="lead">{ say }</p></> };
    }
    if !loaded {
        return html! { <>{ back }{ heading }</> };
    }
    let glances: Vec<Glance> = cases
        .iter()
        .filter_map(|l| l.read.as_ref().map(|r| r.glance.clone()))
        .collect();
    let print = Callback::from(|_: MouseEvent| browser::print());
    let names: Vec<Html> = cases.iter().map(|l| name(l, &cases, d, lang)).collect();
    let table = html! {
        <div class="side-table">
            <table class="table side">
                <caption>{ d.side_caption }</caption>
                <thead>
                    <tr>
                        <td></td>
                        { for names.iter().map(|n| html! { <th scope="col">{ n.clone() }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for Row::ALL.iter().enumerate().map(|(i, &row)| {
                        let differ = Glance::differ(&glances, row);
                        html! {
                            <tr class={classes!(differ.then_some("side__differs"))}>
                                <th scope="row">
                                    { d.side_rows[i] }
                                    { marker(differ, d) }
                                </th>
                                { for glances.iter().map(|g| html! { <td>{ value(row, g, d, lang) }</td> }) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    };
    let differing: Vec<(usize, Row)> = Row::ALL
        .iter()
        .enumerate()
        .filter(|(_, &row)| Glance::differ(&glances, row))
        .map(|(i, &row)| (i, row))
        .collect();
    let items: Vec<Item> = cases
        .iter()
        .map(|l| Item::from(&Choice::new((), l.entry.name.clone())))
        .collect();
    let index = (*shown).min(glances.len() - 1);
    let on_show = {
        let shown = shown.clone();
        Callback::from(move |i: usize| shown.set(i))
    };
    let one = html! {
        <div class="side-one">
            <section aria-labelledby="side-differences">
                <h2 id="side-differences">{ d.differences }</h2>
                if differing.is_empty() {
                    <p>{ d.no_differences }</p>
                } else {
                    <dl class="side-one__list">
                        { for differing.iter().map(|&(i, row)| html! {
                            <div>
                                <dt>{ d.side_rows[i] }{ marker(true, d) }</dt>
                                { for cases.iter().zip(&glances).map(|(l, g)| html! {
                                    <dd><strong>{ (d.of_case)(&l.entry.name) }</strong>{ value(row, g, d, lang) }</dd>
                                }) }
                            </div>
                        }) }
                    </dl>
                }
            </section>
            <Radios path="side-shown" legend={d.shown} error_prefix={t.form.error_prefix} items={items}
                    selected={Some(index)} onchange={on_show} />
            <section aria-labelledby="side-one-name">
                <h2 id="side-one-name">{ names[index].clone() }</h2>
                <dl class="side-one__list">
                    { for Row::ALL.iter().enumerate().map(|(i, &row)| html! {
                        <div>
                            <dt>{ d.side_rows[i] }{ marker(Glance::differ(&glances, row), d) }</dt>
                            <dd>{ value(row, &glances[index], d, lang) }</dd>
                        </div>
                    }) }
                </dl>
            </section>
        </div>
    };
    html! {
        <>
            { back }
            { heading }
            <p class="lead">{ d.side_intro }</p>
            { table }
            { one }
            <div class="button-group no-print">
                <button type="button" class="button button--secondary" onclick={print}>{ d.print }</button>
            </div>
        </>
    }
}

/// A case's name, and for a scenario its change.
fn name(l: &Listed, all: &[Listed], d: &DeskText, lang: Lang) -> Html {
    let change = l.entry.scenario.as_ref().and_then(|s| {
        let index = crate::app::catalog::index();
        let words = desk::change_words(&s.change, lang, |id| {
            desk::programme_name(index.as_deref(), id, lang)
        });
        // A scenario's name says its change, unless it was renamed or named in the other language.
        if l.entry.name.ends_with(&words) {
            return None;
        }
        let of = all.iter().find(|o| o.entry.id == s.of);
        Some(match of {
            Some(of) => (d.scenario_of)(&of.entry.name, &words),
            None => words,
        })
    });
    html! {
        <>
            { l.entry.name.clone() }
            if let Some(change) = change {
                <span class="side__change">{ change }</span>
            }
        </>
    }
}

/// "Differs", in words, where the cases differ.
fn marker(differ: bool, d: &DeskText) -> Html {
    if differ {
        html! { <>{ " " }<span class="tag tag--differs"><span aria-hidden="true">{ d.differs_mark }</span>{ d.differs }</span></> }
    } else {
        html! { <span class="visually-hidden">{ " " }{ d.same }</span> }
    }
}

/// The decisive reasons a cell lists before saying how many more there are.
const REASONS_SHOWN: usize = 5;

/// What a case has in a row.
fn value(row: Row, g: &Glance, d: &DeskText, lang: Lang) -> Html {
    let or_none = |v: Option<String>| v.unwrap_or_else(|| d.none.to_owned());
    let text = match row {
        Row::Verdict => desk::verdict_word(g.verdict, lang).to_owned(),
        Row::Reasons if g.decisive.is_empty() => d.none.to_owned(),
        Row::Reasons => {
            // Several findings may want the same fact: each sentence once, the first few.
            let mut said: Vec<String> = Vec::new();
            for f in &g.decisive {
                let sentence = explain::finding(f, &MEASURES_2023_046, lang);
                if !said.contains(&sentence) {
                    said.push(sentence);
                }
            }
            let more = said.len().saturating_sub(REASONS_SHOWN);
            return html! {
                <ul class="side__reasons">
                    { for said.into_iter().take(REASONS_SHOWN).map(|s| html! { <li>{ s }</li> }) }
                    if more > 0 {
                        <li>{ (d.more_reasons)(more) }</li>
                    }
                </ul>
            };
        }
        Row::Average => or_none(g.average.map(|b| {
            let (low, high) = (b.low.to_string(), b.high.to_string());
            (text(lang).courses.band)(&low, &high, explain::level_word(b.level, lang))
        })),
        Row::Recognized => g.recognized.to_string(),
        Row::Shortfall => or_none(g.shortfall.map(|s| s.to_string())),
        Row::CoreToTake => or_none(g.core_to_take.map(|s| s.to_string())),
        Row::DocumentsMissing => g.documents_missing.to_string(),
        Row::Deadline => or_none(g.deadline.map(|d| d.to_string())),
        Row::LastDecision => or_none(g.last_decision.map(|last| match last {
            LastDecision::By(date) => date.to_string(),
            LastDecision::NoLimit => d.no_limit.to_owned(),
        })),
    };
    html! { <span class="side__value">{ text }</span> }
}
