//! Step 3: the courses. An editable table whose rows show, live, what the engine made of each course;
//! a transcript can be pasted from a spreadsheet or opened as a CSV file.

use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::{use_form, Page, Step};
use crate::app::fields::{Checkbox, Choice, ScrollRegion};
use crate::app::form::{Form, GradeAt};
use crate::app::state::{Action, Edit};
use crate::app::text::{text, transcript_error, transcript_problem, Text};
use crate::app::transcript::{self, Parsed, TranscriptError};
use crate::engine::case::{
    CaseFile, Course, CourseKind, CreditUnit, EctsRegion, GradeValue, Literacy, LiteracyCategory,
    Match, Nature,
};
use crate::engine::courses::CourseOutcome;
use crate::engine::{explain, MEASURES_2023_046};
use crate::lang::Lang;

const COURSES: &str = "courses";
const KINDS: [CourseKind; 3] = [
    CourseKind::Theory,
    CourseKind::Practice,
    CourseKind::Internship,
];
const NATURES: [Nature; 2] = [Nature::Compulsory, Nature::Elective];
const UNITS: [CreditUnit; 2] = [CreditUnit::Local, CreditUnit::Ects];
const CATEGORIES: [LiteracyCategory; 4] = [
    LiteracyCategory::GlobalCitizenship,
    LiteracyCategory::Ethics,
    LiteracyCategory::Intercultural,
    LiteracyCategory::Sustainability,
];

fn course_mut(c: &mut CaseFile, i: usize) -> Option<&mut Course> {
    c.courses.get_mut(i)
}

fn course(c: &CaseFile, i: usize) -> Option<&Course> {
    c.courses.get(i)
}

/// What the last paste or file import gave, shown until the next one.
#[derive(Clone, PartialEq)]
enum ImportOutcome {
    Added(Rc<Parsed>),
    Failed(TranscriptError),
}

#[function_component]
pub fn Courses() -> Html {
    let (state, derived) = use_form();
    let t = text(state.lang);
    let c = &t.courses;
    let f = Form {
        state: &state,
        derived: &derived,
        t,
    };
    let count = state.case.courses.len();
    let add = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let edit: Edit = Rc::new(|c: &mut CaseFile| c.courses.push(Course::default()));
            state.dispatch(Action::InsertItem {
                list: COURSES,
                index: count,
                edit,
            });
            state.dispatch(Action::Go {
                page: Page::Courses,
                focus: Some(format!("{COURSES}[{count}].title")),
            });
        })
    };
    html! {
        <Step page={Page::Courses} title={c.title} intro={Some(AttrValue::from(c.intro))}>
            { origin(&f) }
            <h2>{ c.import_heading }</h2>
            <Import />
            <h2 id="courses-heading">{ c.table_caption }</h2>
            if count == 0 {
                <p class="inset">{ c.no_courses }</p>
            } else {
                <ScrollRegion label={c.table_caption}>
                    <table class="table course-table" aria-labelledby="courses-heading">
                        <thead>
                            <tr>{ for c.columns.iter().map(|col| html! { <th scope="col">{ *col }</th> }) }</tr>
                        </thead>
                        <tbody>
                            { for (0..count).map(|i| row(&f, i)) }
                        </tbody>
                    </table>
                </ScrollRegion>
            }
            if let Some(i) = state.open_course.filter(|&i| i < count) {
                { editor(&f, i) }
            }
            <button type="button" class="button button--secondary" onclick={add}>{ c.add_course }</button>
        </Step>
    }
}

fn origin(f: &Form) -> Html {
    let c = &f.t.courses;
    let regions = [EctsRegion::Eu, EctsRegion::NonEu]
        .iter()
        .zip(c.ects_regions)
        .map(|(&r, label)| Choice::new(r, label))
        .collect();
    let hours = |c: &CaseFile| c.origin.credit_hours.clone().unwrap_or_default();
    html! {
        <>
            <h2>{ c.origin_heading }</h2>
            <p class="hint">{ c.origin_hint }</p>
            <div class="inline-fields">
                { f.number("origin.credit_hours.theory", c.theory_hours, None, "input--4",
                    move |c| hours(c).theory,
                    |c, v| c.origin.credit_hours.get_or_insert_with(Default::default).theory = v) }
                { f.number("origin.credit_hours.practice", c.practice_hours, None, "input--4",
                    move |c| hours(c).practice,
                    |c, v| c.origin.credit_hours.get_or_insert_with(Default::default).practice = v) }
            </div>
            { f.select("origin.ects_region", c.ects_region, Some(&(c.ects_region_hint)(MEASURES_2023_046.internship_percent())), regions,
                |c| c.origin.ects_region, |c, v| c.origin.ects_region = v) }
        </>
    }
}

fn title_of(c: &CaseFile, i: usize, t: &Text) -> String {
    course(c, i)
        .and_then(|k| k.title.clone())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| t.courses.untitled.to_owned())
}

fn grade_text(k: &Course, lang: Lang) -> String {
    match k.grade.as_ref().map(|g| (g.system, &g.value)) {
        Some((_, GradeValue::Number(n))) => n.to_string(),
        Some((system, GradeValue::Word(w))) => crate::app::form::grade_word_label(system, w, lang),
        None => String::new(),
    }
}

fn status_tag(outcome: Option<CourseOutcome>, t: &Text, lang: Lang) -> Html {
    let Some(outcome) = outcome else {
        return html! { <span class="tag">{ t.courses.not_assessed }</span> };
    };
    let class = match outcome {
        CourseOutcome::Recognized => "tag tag--pass",
        CourseOutcome::Review => "tag tag--review",
        CourseOutcome::NotRecognized => "tag tag--fail",
    };
    html! { <span {class}>{ explain::course_outcome(outcome, lang) }</span> }
}

fn row(f: &Form, i: usize) -> Html {
    let t = f.t;
    let c = &t.courses;
    let lang = f.lang();
    let Some(k) = course(f.case(), i) else {
        return Html::default();
    };
    let title = title_of(f.case(), i, t);
    let result = f.derived.course(i);
    let is_open = f.state.open_course == Some(i);
    let toggle = {
        let state = f.state.clone();
        Callback::from(move |_: MouseEvent| {
            if is_open {
                state.dispatch(Action::OpenCourse(None));
            } else {
                state.dispatch(Action::Go {
                    page: Page::Courses,
                    focus: Some(format!("{COURSES}[{i}].title")),
                });
            }
        })
    };
    let duplicate = {
        let state = f.state.clone();
        Callback::from(move |_: MouseEvent| {
            let edit: Edit = Rc::new(move |c: &mut CaseFile| {
                if let Some(copy) = c.courses.get(i).cloned() {
                    c.courses.insert(i + 1, copy);
                }
            });
            state.dispatch(Action::InsertItem {
                list: COURSES,
                index: i + 1,
                edit,
            });
            state.dispatch(Action::OpenCourse(None));
        })
    };
    let remove = {
        let state = f.state.clone();
        Callback::from(move |_: MouseEvent| {
            let edit: Edit = Rc::new(move |c: &mut CaseFile| {
                if i < c.courses.len() {
                    c.courses.remove(i);
                }
            });
            state.dispatch(Action::RemoveItem {
                list: COURSES,
                index: i,
                edit,
            });
            state.dispatch(Action::OpenCourse(None));
        })
    };
    let credits = k.credits.map(|n| {
        let unit = if k.credit_unit == Some(CreditUnit::Ects) {
            " ECTS"
        } else {
            ""
        };
        format!("{}{unit}", n.0)
    });
    let band = result.and_then(|r| r.band).map(|b| {
        (c.band)(
            &b.low.to_string(),
            &b.high.to_string(),
            explain::level_word(b.level, lang),
        )
    });
    let converted = result.and_then(|r| r.credits).map(|c| c.to_string());
    let has_errors = f
        .derived
        .errors
        .iter()
        .any(|e| e.path().starts_with(&format!("courses[{i}]")));
    let editor_id = "course-editor";
    html! {
        <>
            <tr key={i} class={classes!(has_errors.then_some("row--error"))}>
                <td data-label={c.columns[0]}>
                    <span class="course-number">{ format!("{}. ", i + 1) }</span>{ title.clone() }
                    if has_errors {
                        <span class="error-message error-message--inline">{ t.frame.has_errors }</span>
                    }
                </td>
                <td data-label={c.columns[1]}>{ credits.unwrap_or_default() }</td>
                <td data-label={c.columns[2]}>{ grade_text(k, lang) }</td>
                <td data-label={c.columns[3]}>{ k.matched.as_ref().and_then(|m| m.title.clone()).unwrap_or_default() }</td>
                <td data-label={c.columns[4]}>{ status_tag(result.map(|r| r.outcome), t, lang) }</td>
                <td data-label={c.columns[5]}>{ converted.unwrap_or_default() }</td>
                <td data-label={c.columns[6]}>{ band.unwrap_or_default() }</td>
                <td data-label={c.columns[7]} class="actions">
                    <button type="button" class="link-button" aria-expanded={is_open.to_string()}
                            aria-controls={editor_id} onclick={toggle}
                            aria-label={(c.edit)(i + 1, &title)}>
                        { if is_open { c.close } else { t.answers.change } }
                    </button>
                    <button type="button" class="link-button" onclick={duplicate}
                            aria-label={(c.duplicate)(i + 1, &title)}>{ c.duplicate_short }</button>
                    <button type="button" class="link-button link-button--warning" onclick={remove}
                            aria-label={(c.remove)(i + 1, &title)}>{ c.remove_short }</button>
                </td>
            </tr>
        </>
    }
}

fn editor(f: &Form, i: usize) -> Html {
    let t = f.t;
    let c = &t.courses;
    let lang = f.lang();
    let at = |field: &str| format!("courses[{i}].{field}");
    let get = move |cf: &CaseFile| course(cf, i).cloned().unwrap_or_default();
    let Some(k) = course(f.case(), i).cloned() else {
        return Html::default();
    };
    let revoked = f.case().applicant.revoked == Some(true);
    let units = UNITS
        .iter()
        .zip(c.units)
        .map(|(&u, l)| Choice::new(u, l))
        .collect();
    let kinds = KINDS
        .iter()
        .zip(c.kinds)
        .map(|(&u, l)| Choice::new(u, l))
        .collect();
    let natures: Vec<Choice<Nature>> = NATURES
        .iter()
        .zip(c.natures)
        .map(|(&u, l)| Choice::new(u, l))
        .collect();
    let grade = GradeAt {
        path: at("grade"),
        get: Rc::new(move |cf| course(cf, i).and_then(|k| k.grade.as_ref())),
        set: Rc::new(move |cf, g| {
            if let Some(k) = course_mut(cf, i) {
                k.grade = g;
            }
        }),
    };
    let literacy_on = f.setter(move |cf, on: bool| {
        if let Some(k) = course_mut(cf, i) {
            k.literacy = on.then(Literacy::default);
        }
    });
    let match_on = f.setter(move |cf, on: bool| {
        if let Some(k) = course_mut(cf, i) {
            k.matched = on.then(Match::default);
        }
    });
    let categories = CATEGORIES
        .iter()
        .map(|&cat| Choice::new(cat, explain::literacy_category(cat, lang)))
        .collect();
    let reasons = f
        .derived
        .course(i)
        .map(|r| r.reasons.clone())
        .unwrap_or_default();
    macro_rules! flag {
        ($field:ident, $label:expr, $hint:expr) => {
            f.yes_no(
                at(stringify!($field)),
                $label,
                $hint,
                move |cf| get(cf).$field,
                move |cf, v| {
                    if let Some(k) = course_mut(cf, i) {
                        k.$field = v
                    }
                },
            )
        };
    }
    let close = {
        let state = f.state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::OpenCourse(None)))
    };
    let title = title_of(f.case(), i, t);
    html! {
        <section class="course-editor" id="course-editor" aria-labelledby="course-editor-title">
            <h3 class="course-editor__title" id="course-editor-title">{ (c.course_heading)(i + 1, &title) }</h3>
            <div class="course-editor__grid">
                <section>
                    <h4>{ c.facts_heading }</h4>
                    { f.text(at("title"), c.course_title, None,
                        move |cf| course(cf, i).and_then(|k| k.title.as_deref()),
                        move |cf, v| if let Some(k) = course_mut(cf, i) { k.title = v }) }
                    { f.number(at("credits"), c.credits, None, "input--4",
                        move |cf| get(cf).credits,
                        move |cf, v| if let Some(k) = course_mut(cf, i) { k.credits = v }) }
                    { f.radios(at("credit_unit"), c.unit, None, units,
                        move |cf| get(cf).credit_unit,
                        move |cf, v| if let Some(k) = course_mut(cf, i) { k.credit_unit = v }, true) }
                    { f.radios(at("kind"), c.kind, None, kinds,
                        move |cf| get(cf).kind,
                        move |cf, v| if let Some(k) = course_mut(cf, i) { k.kind = v }, true) }
                    { f.radios(at("nature"), c.nature, None, natures.clone(),
                        move |cf| get(cf).nature,
                        move |cf, v| if let Some(k) = course_mut(cf, i) { k.nature = v }, true) }
                    { f.grade(grade, c.grade_system, c.grade, &t.record.value_hints) }
                    { f.number(at("hours"), c.hours, Some(c.hours_hint), "input--4",
                        move |cf| get(cf).hours,
                        move |cf, v| if let Some(k) = course_mut(cf, i) { k.hours = v }) }
                    <div class="inline-fields">
                        { f.number(at("weekly_hours"), c.weekly_hours, None, "input--3",
                            move |cf| get(cf).weekly_hours,
                            move |cf, v| if let Some(k) = course_mut(cf, i) { k.weekly_hours = v }) }
                        { f.number(at("weeks"), c.weeks, None, "input--3",
                            move |cf| get(cf).weeks,
                            move |cf, v| if let Some(k) = course_mut(cf, i) { k.weeks = v }) }
                    </div>
                    { f.date(at("completed_on"), c.completed_on, None,
                        move |cf| course(cf, i).and_then(|k| k.completed_on.as_deref()),
                        move |cf, v| if let Some(k) = course_mut(cf, i) { k.completed_on = v }) }
                </section>
                <section>
                    <h4>{ c.evidence_heading }</h4>
                    { flag!(official_transcript, c.transcript, None) }
                    { flag!(translated_or_official_language, c.translated, None) }
                    { flag!(regular_institution, c.regular, Some(c.regular_hint)) }
                    { flag!(retake, c.retake, None) }
                    { flag!(continuous_study, c.continuous, Some(&(c.continuous_hint)(MEASURES_2023_046.grade_validity_years.value))) }
                    if revoked {
                        { flag!(failed_before_revocation, c.failed_before, None) }
                        if k.kind.is_some_and(|kind| kind != CourseKind::Theory) {
                            { flag!(practice_certificate, c.practice_certificate, None) }
                        }
                    }
                </section>
            </div>
            <Checkbox path={at("literacy")} label={c.is_literacy} hint={Some(AttrValue::from(c.is_literacy_hint))}
                      checked={k.literacy.is_some()} onchange={literacy_on} />
            if k.literacy.is_some() {
                <div class="conditional">
                    { f.select(at("literacy.category"), c.category, None, categories,
                        move |cf| get(cf).literacy.and_then(|l| l.category),
                        move |cf, v| if let Some(l) = course_mut(cf, i).and_then(|k| k.literacy.as_mut()) { l.category = v }) }
                    { f.yes_no(at("literacy.content_ok"), c.content_ok, None,
                        move |cf| get(cf).literacy.and_then(|l| l.content_ok),
                        move |cf, v| if let Some(l) = course_mut(cf, i).and_then(|k| k.literacy.as_mut()) { l.content_ok = v }) }
                    { f.yes_no(at("literacy.assessment_ok"), c.assessment_ok, None,
                        move |cf| get(cf).literacy.and_then(|l| l.assessment_ok),
                        move |cf, v| if let Some(l) = course_mut(cf, i).and_then(|k| k.literacy.as_mut()) { l.assessment_ok = v }) }
                </div>
            }
            <Checkbox path={at("match")} label={c.has_match} hint={Some(AttrValue::from(c.has_match_hint))}
                      checked={k.matched.is_some()} onchange={match_on} />
            if k.matched.is_some() {
                <div class="conditional">
                    { f.text(at("match.title"), c.match_title, None,
                        move |cf| course(cf, i).and_then(|k| k.matched.as_ref()).and_then(|m| m.title.as_deref()),
                        move |cf, v| if let Some(m) = course_mut(cf, i).and_then(|k| k.matched.as_mut()) { m.title = v }) }
                    <div class="inline-fields">
                        { f.number(at("match.credits"), c.match_credits, None, "input--4",
                            move |cf| get(cf).matched.and_then(|m| m.credits),
                            move |cf, v| if let Some(m) = course_mut(cf, i).and_then(|k| k.matched.as_mut()) { m.credits = v }) }
                        { f.number(at("match.hours"), c.match_hours, None, "input--4",
                            move |cf| get(cf).matched.and_then(|m| m.hours),
                            move |cf, v| if let Some(m) = course_mut(cf, i).and_then(|k| k.matched.as_mut()) { m.hours = v }) }
                    </div>
                    { f.radios(at("match.nature"), c.match_nature, None, natures,
                        move |cf| get(cf).matched.and_then(|m| m.nature),
                        move |cf, v| if let Some(m) = course_mut(cf, i).and_then(|k| k.matched.as_mut()) { m.nature = v }, true) }
                    { f.number(at("match.overlap"), c.overlap, Some(c.overlap_hint), "input--4",
                        move |cf| get(cf).matched.and_then(|m| m.overlap),
                        move |cf, v| if let Some(m) = course_mut(cf, i).and_then(|k| k.matched.as_mut()) { m.overlap = v }) }
                </div>
            }
            if !reasons.is_empty() {
                <h4>{ c.reasons }</h4>
                <ul class="reasons">
                    { for reasons.iter().map(|r| html! {
                        <li><span class="cite">{ r.rule.id() }</span>{ " " }{ explain::course_reason(r, lang) }</li>
                    }) }
                </ul>
            }
            <button type="button" class="button button--secondary" onclick={close}>{ c.close }</button>
        </section>
    }
}

/// Paste a transcript or open a CSV file; the courses are added after the ones already entered.
#[function_component]
fn Import() -> Html {
    let (state, _) = use_form();
    let t = text(state.lang);
    let c = &t.courses;
    let lang = state.lang;
    let pasted = use_node_ref();
    let outcome = use_state(|| None::<ImportOutcome>);
    let reader = use_mut_ref(|| None::<FileReader>);
    let add = {
        let state = state.clone();
        let outcome = outcome.clone();
        Rc::new(move |text: &str| match transcript::parse(text) {
            Ok(parsed) => {
                let courses = parsed.courses.clone();
                let edit: Edit =
                    Rc::new(move |cf: &mut CaseFile| cf.courses.extend(courses.iter().cloned()));
                let index = state.case.courses.len();
                state.dispatch(Action::InsertItem {
                    list: COURSES,
                    index,
                    edit,
                });
                outcome.set(Some(ImportOutcome::Added(Rc::new(parsed))));
            }
            Err(e) => outcome.set(Some(ImportOutcome::Failed(e))),
        })
    };
    let on_paste = {
        let add = add.clone();
        let pasted = pasted.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = pasted.cast::<HtmlTextAreaElement>() {
                add(&area.value());
                area.set_value("");
            }
        })
    };
    let on_file = {
        let reader = reader.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            let add = add.clone();
            let file = gloo::file::File::from(file);
            *reader.borrow_mut() = Some(gloo::file::callbacks::read_as_text(&file, move |text| {
                if let Ok(text) = text {
                    add(&text);
                }
            }));
            input.set_value("");
        })
    };
    // The region stays in the page while empty, so that screen readers announce what appears in it.
    let report = match &*outcome {
        None => Html::default(),
        Some(ImportOutcome::Failed(e)) => html! {
            <p class="error-message">{ transcript_error(e, lang) }</p>
        },
        Some(ImportOutcome::Added(parsed)) => html! {
            <div>
                <p class="notice notice--success">{ (c.imported)(parsed.courses.len()) }</p>
                if !parsed.ignored_columns.is_empty() {
                    <p>{ (c.ignored_columns)(&parsed.ignored_columns.join(", ")) }</p>
                }
                if !parsed.problems.is_empty() {
                    <p>{ c.import_problems }</p>
                    <ul>{ for parsed.problems.iter().map(|p| html! { <li>{ transcript_problem(p, lang) }</li> }) }</ul>
                }
            </div>
        },
    };
    html! {
        <div class="import">
            <div class="form-group">
                <label class="label" for="transcript-paste">{ c.paste_label }</label>
                <div class="hint" id="transcript-paste-hint">{ c.paste_hint }</div>
                <textarea class="textarea" id="transcript-paste" rows="5" ref={pasted}
                          aria-describedby="transcript-paste-hint" spellcheck="false" />
            </div>
            <button type="button" class="button button--secondary" onclick={on_paste}>{ c.paste_button }</button>
            <div class="form-group">
                <label class="label" for="transcript-file">{ c.file_label }</label>
                <div class="hint" id="transcript-file-hint">{ c.file_hint }</div>
                <input class="file-upload" id="transcript-file" type="file" accept=".csv,.tsv,.txt,text/csv"
                       aria-describedby="transcript-file-hint" onchange={on_file} />
            </div>
            <div class="import-result" role="status">{ report }</div>
        </div>
    }
}
