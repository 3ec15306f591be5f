//! The course comparison table (A9.2.c): the applicant's courses beside the receiving courses they
//! match, with credits, hours, nature, overlap and outcome, and the literacy courses apart; printable
//! on A4 and handed in with the application. The engine draws the table up
//! (`engine::planning::comparison`); this page lays it out.

use yew::prelude::*;

use super::step::{go_to, use_form};
use crate::app::browser;
use crate::app::fields::ScrollRegion;
use crate::app::focus::MAIN_HEADING_ID;
use crate::app::form::show_number;
use crate::app::route::Page;
use crate::app::text::Text;
use crate::engine::case::Num;
use crate::engine::explain;
use crate::engine::planning::comparison::{self, Comparison, LiteracyRow, Row, Side};
use crate::engine::rules::courses::OverlapFrom;
use crate::lang::Lang;

#[function_component]
pub fn ComparisonPage() -> Html {
    let (state, derived) = use_form();
    let t = crate::app::text::text(state.lang);
    let lang = state.lang;
    let c = crate::app::text::comparison(lang);
    let a = &derived.assessment;
    let table = comparison::of(&state.case, &a.courses, state.chosen_programme());
    let print = Callback::from(|_: MouseEvent| browser::print());
    let programme = a.programme.major.as_ref().map(|major| {
        let name = match a.programme.cohort {
            Some(cohort) => (t.programme.programme_name)(major.get(lang), cohort),
            None => major.get(lang).to_owned(),
        };
        match &a.programme.publication {
            Some(p) => format!("{name}, {}", p.institution.get(lang)),
            None => name,
        }
    });
    let source = a
        .programme
        .publication
        .as_ref()
        .map(|p| format!("{} ({})", p.source.get(lang), p.published_on));
    html! {
        <div class="comparison">
            <a class="back-link no-print" href={Page::Documents.hash()} onclick={go_to(&state, Page::Documents)}>{ t.form.back }</a>
            <h1 id={MAIN_HEADING_ID} tabindex="-1">{ t.step(Page::Comparison) }</h1>
            <p class="lead">{ c.intro }</p>
            <dl class="comparison__about">
                if let Some(programme) = programme {
                    <div><dt>{ c.programme }</dt><dd>{ programme }</dd></div>
                }
                if let Some(source) = source {
                    <div><dt>{ c.catalogue }</dt><dd>{ source }</dd></div>
                }
                <div><dt>{ c.prepared_on }</dt><dd>{ a.assessed_on.to_string() }</dd></div>
            </dl>
            if table == Comparison::default() {
                <p class="notice">{ c.no_courses }</p>
                <a class="button no-print" href={Page::Courses.hash()} role="button"
                   onclick={go_to(&state, Page::Courses)}>{ t.step(Page::Courses) }</a>
            } else {
                { courses(&table.rows, t, lang) }
                { literacy(&table.literacy, lang) }
                <div class="comparison__sign">
                    <p>{ c.signature }</p>
                    <p>{ c.date }</p>
                </div>
            }
            <div class="button-group no-print">
                <button type="button" class="button button--secondary" onclick={print}>{ c.print }</button>
            </div>
        </div>
    }
}

fn number(n: Option<Num>) -> String {
    n.map(show_number).unwrap_or_default()
}

fn credits(side: &Side) -> String {
    let n = number(side.credits);
    if side.ects && !n.is_empty() {
        format!("{n} ECTS")
    } else {
        n
    }
}

fn title(side: &Side, lang: Lang) -> String {
    side.title
        .as_ref()
        .map(|t| t.get(lang).to_owned())
        .unwrap_or_default()
}

/// A side's cells, each labelled for the stacked layout of a narrow screen.
fn side_cells(side: Option<&Side>, group: &str, t: &Text, lang: Lang) -> Html {
    let c = crate::app::text::comparison(lang);
    let label = |column: usize| format!("{group}: {}", after_colon(c.columns[column], lang));
    let Some(side) = side else {
        return html! {
            <td class="comparison__none" colspan="5" data-label={group.to_owned()}>{ c.no_match }</td>
        };
    };
    html! {
        <>
            <td class="comparison__code" data-label={label(0)}>{ side.code.clone().unwrap_or_default() }</td>
            <td data-label={label(1)}>{ title(side, lang) }</td>
            <td class="comparison__number" data-label={label(2)}>{ credits(side) }</td>
            <td class="comparison__number" data-label={label(3)}>{ number(side.hours) }</td>
            <td data-label={label(4)}>{ side.nature.map(|n| (t.courses.natures)(n)).unwrap_or_default() }</td>
        </>
    }
}

/// A word of a sentence as a table's cell: "Ethics and social responsibility" (the words are ASCII in
/// English; Chinese has no case).
fn as_cell(word: &str) -> String {
    let mut cell = word.to_owned();
    if let Some(first) = cell.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    cell
}

/// A column's name as it reads after "Your course: ": "credits" in English (the names are ASCII:
/// Unicode's case tables would weigh more than this page), unchanged in Chinese.
fn after_colon(name: &str, lang: Lang) -> String {
    let mut name = name.to_owned();
    if lang == Lang::En {
        if let Some(first) = name.get_mut(0..1) {
            first.make_ascii_lowercase();
        }
    }
    name
}

fn overlap_text(row: &Row, lang: Lang) -> String {
    let c = crate::app::text::comparison(lang);
    match row.overlap {
        Some((rate, from)) => {
            let how = match from {
                OverlapFrom::KnowledgePoints => c.counted,
                OverlapFrom::Typed => c.estimated,
            };
            (c.overlap_how)(&explain::overlap(rate), how)
        }
        None => String::new(),
    }
}

fn courses(rows: &[Row], t: &Text, lang: Lang) -> Html {
    if rows.is_empty() {
        return Html::default();
    }
    let c = crate::app::text::comparison(lang);
    let [ours, theirs, result] = c.groups;
    let body = rows.iter().map(|row| {
        html! {
            <tr>
                <th scope="row" data-label={c.number}>{ row.index + 1 }</th>
                { side_cells(Some(&row.ours), ours, t, lang) }
                { side_cells(row.receiving.as_ref(), theirs, t, lang) }
                <td data-label={c.overlap}>{ overlap_text(row, lang) }</td>
                <td data-label={c.outcome}>{ explain::course_outcome(row.outcome, lang) }</td>
            </tr>
        }
    });
    html! {
        <section>
            <h2 id="comparison-courses">{ c.courses_caption }</h2>
            <ScrollRegion label={c.courses_caption}>
            <table class="table comparison-table" aria-labelledby="comparison-courses">
                <thead>
                    <tr>
                        <td></td>
                        <th scope="colgroup" colspan="5">{ ours }</th>
                        <th scope="colgroup" colspan="5">{ theirs }</th>
                        <th scope="colgroup" colspan="2">{ result }</th>
                    </tr>
                    <tr>
                        <th scope="col">{ c.number }</th>
                        { for (0..2).flat_map(|_| c.columns.iter()).map(|h| html! { <th scope="col">{ *h }</th> }) }
                        <th scope="col">{ c.overlap }</th>
                        <th scope="col">{ c.outcome }</th>
                    </tr>
                </thead>
                <tbody>{ for body }</tbody>
            </table>
            </ScrollRegion>
        </section>
    }
}

fn literacy(rows: &[LiteracyRow], lang: Lang) -> Html {
    if rows.is_empty() {
        return Html::default();
    }
    let c = crate::app::text::comparison(lang);
    let [course, credits_h, category, substituted, outcome] = c.literacy_columns;
    let body = rows.iter().map(|row| {
        html! {
            <tr>
                <td data-label={course}>{ format!("{}. {}", row.index + 1, title(&row.ours, lang)) }</td>
                <td data-label={credits_h}>{ credits(&row.ours) }</td>
                <td data-label={category}>{ row.category.map(|k| as_cell(explain::literacy_category(k, lang))).unwrap_or_default() }</td>
                <td data-label={substituted}>{ row.substituted.to_string() }</td>
                <td data-label={outcome}>{ explain::course_outcome(row.outcome, lang) }</td>
            </tr>
        }
    });
    html! {
        <section>
            <h2 id="comparison-literacy">{ c.literacy_caption }</h2>
            <p>{ c.literacy_intro }</p>
            <ScrollRegion label={c.literacy_caption}>
            <table class="table comparison-table comparison-table--literacy" aria-labelledby="comparison-literacy">
                <thead>
                    <tr>{ for c.literacy_columns.iter().map(|h| html! { <th scope="col">{ *h }</th> }) }</tr>
                </thead>
                <tbody>{ for body }</tbody>
            </table>
            </ScrollRegion>
        </section>
    }
}
