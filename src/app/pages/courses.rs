//! Step 3: the courses. An editable table whose rows show, live, what the engine made of each course;
//! a transcript can be pasted from a spreadsheet or opened as a CSV file.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::matching::MatchChooser;
use super::step::{use_form, Step};
use crate::app::fields::{error_html, ScrollRegion};
use crate::app::focus::course_button_id;
use crate::app::form::{grade_word_label, show_number, Form};
use crate::app::questions::{self, Group};
use crate::app::route::Page;
use crate::app::state::{Action, AppContext, AppState};
use crate::app::text::{text, CourseColumn, Text};
use crate::engine::case::field::{FieldPath, List};
use crate::engine::case::Field;
use crate::engine::case::{CaseFile, Course, CreditUnit, GradeValue, Num};
use crate::engine::explain;
use crate::engine::explain::{transcript_error, transcript_problem};
use crate::engine::rules::courses::{CourseOutcome, CourseResult};
use crate::engine::transcript::{self, Parsed, TranscriptError};
use crate::lang::Lang;

fn course(c: &CaseFile, i: usize) -> Option<&Course> {
    c.courses.get(i)
}

/// What the last paste or file import gave, shown until the next one.
#[derive(Clone, PartialEq)]
enum ImportOutcome {
    Added(Rc<Parsed>),
    Failed(TranscriptError),
}

/// Where a transcript came from: what it gave is said beside that control.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    Paste,
    File,
}

#[function_component]
pub fn CoursesPage() -> Html {
    let (state, derived) = use_form();
    let t = text(state.lang);
    let c = &t.courses;
    let f = Form {
        state: &state,
        derived: &derived,
        t,
    };
    let count = state.case.courses.len();
    let dispatch = state.dispatcher();
    let add = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::AddItem(List::Courses)))
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
                            <tr>{ for CourseColumn::ALL.iter().map(|&col| html! { <th scope="col">{ (c.columns)(col) }</th> }) }</tr>
                        </thead>
                        <tbody>
                            { for (0..count).map(|i| html! {
                                <key={i}>
                                    { row(&f, i, &dispatch) }
                                    // The editor opens under its own row, not below the whole table.
                                    if state.open_course == Some(i) {
                                        <tr class="course-editor-row">
                                            <td colspan="8">{ editor(&f, i) }</td>
                                        </tr>
                                    }
                                </>
                            }) }
                        </tbody>
                    </table>
                </ScrollRegion>
            }
            <button type="button" class="button button--secondary" onclick={add}>{ c.add_course }</button>
        </Step>
    }
}

fn origin(f: &Form) -> Html {
    let c = &f.t.courses;
    let ask = |field| {
        questions::question(field)
            .map(|q| f.ask(q, 0))
            .unwrap_or_default()
    };
    html! {
        <>
            <h2>{ c.origin_heading }</h2>
            <p class="hint">{ c.origin_hint }</p>
            { ask(Field::OriginInstitution) }
            <div class="inline-fields">
                { ask(Field::OriginTheoryHours) }
                { ask(Field::OriginPracticeHours) }
            </div>
            { ask(Field::EctsRegion) }
        </>
    }
}

/// A match described by hand, not chosen among the programme's courses.
fn typed_match(c: &CaseFile, i: usize) -> bool {
    course(c, i)
        .and_then(|k| k.matched.as_ref())
        .is_some_and(|m| m.code.is_none())
}

fn title_of(c: &CaseFile, i: usize, t: &Text) -> String {
    course(c, i)
        .and_then(|k| k.title.clone())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| t.courses.untitled.to_owned())
}

fn grade_text(k: &Course, lang: Lang) -> String {
    match k.grade.as_ref().map(|g| (g.system, &g.value)) {
        Some((_, GradeValue::Number(n))) => show_number(Num(*n)),
        Some((system, GradeValue::Word(w))) => grade_word_label(system, w, lang),
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

/// A course's row, as its own component: a keystroke in one course's editor re-renders that row and
/// the rows whose outcome changed, not all of them (a transcript may hold 200 courses).
fn row(f: &Form, i: usize, dispatch: &UseReducerDispatcher<AppState>) -> Html {
    let Some(k) = course(f.case(), i) else {
        return Html::default();
    };
    html! {
        <Row index={i} course={k.clone()} result={f.derived.course(i).cloned()}
            title={title_of(f.case(), i, f.t)} has_errors={f.derived.course_has_errors(i)}
            open={f.state.open_course == Some(i)} lang={f.lang()} dispatch={dispatch.clone()} />
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    index: usize,
    course: Course,
    result: Option<CourseResult>,
    title: String,
    has_errors: bool,
    open: bool,
    lang: Lang,
    dispatch: UseReducerDispatcher<AppState>,
}

#[function_component]
fn Row(p: &RowProps) -> Html {
    let (i, k, lang, is_open) = (p.index, &p.course, p.lang, p.open);
    let t = text(lang);
    let c = &t.courses;
    let title = p.title.clone();
    let result = p.result.as_ref();
    let toggle = {
        let dispatch = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            if is_open {
                dispatch.dispatch(Action::OpenCourse(None));
            } else {
                dispatch.dispatch(Action::Go {
                    page: Page::Courses,
                    focus: Some(FieldPath::course(i, Field::CourseTitle)),
                });
            }
        })
    };
    let duplicate = {
        let dispatch = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::DuplicateCourse(i)))
    };
    let remove = {
        let dispatch = p.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::RemoveItem(List::Courses, i)))
    };
    let credits = k.credits.map(|n| {
        let unit = if k.credit_unit == Some(CreditUnit::Ects) {
            " ECTS"
        } else {
            ""
        };
        format!("{}{unit}", show_number(n))
    });
    let band = result.and_then(|r| r.band).map(|b| {
        (c.band)(
            &b.low.to_string(),
            &b.high.to_string(),
            explain::level_word(b.level, lang),
        )
    });
    let converted = result.map(|r| t.converted_credits(r));
    let has_errors = p.has_errors;
    let editor_id = "course-editor";
    html! {
        <>
            <tr class={classes!(has_errors.then_some("row--error"))}>
                <td data-label={t.course_column(CourseColumn::Course)}>
                    // One box, so that a card shows the number and the title together beside the label.
                    <span>
                        <span class="course-number">{ format!("{}. ", i + 1) }</span>{ title.clone() }
                        if has_errors {
                            <span class="error-message error-message--inline">{ t.frame.has_errors }</span>
                        }
                    </span>
                </td>
                <td data-label={t.course_column(CourseColumn::Credits)}>{ credits.unwrap_or_default() }</td>
                <td data-label={t.course_column(CourseColumn::Grade)}>{ grade_text(k, lang) }</td>
                <td data-label={t.course_column(CourseColumn::Match)}>{ k.matched.as_ref().and_then(|m| m.title.clone()).unwrap_or_default() }</td>
                <td data-label={t.course_column(CourseColumn::Status)}>{ status_tag(result.map(|r| r.outcome), t, lang) }</td>
                <td data-label={t.course_column(CourseColumn::Converted)}>{ converted.unwrap_or_default() }</td>
                <td data-label={t.course_column(CourseColumn::ReceivingGrade)}>{ band.unwrap_or_default() }</td>
                <td data-label={t.course_column(CourseColumn::Actions)} class="actions">
                    // The accessible name starts with the visible word (WCAG 2.5.3).
                    <button type="button" class="link-button" aria-expanded={is_open.to_string()}
                            aria-controls={editor_id} onclick={toggle} id={course_button_id(i)}
                            aria-label={if is_open { (c.close_course)(i + 1, &title) } else { (c.edit)(i + 1, &title) }}>
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
    let ask = |field| {
        questions::question(field)
            .map(|q| f.ask(q, i))
            .unwrap_or_default()
    };
    let asked = |field| questions::question(field).is_some_and(|q| f.shown(q, i));
    let reasons = f
        .derived
        .course(i)
        .map(|r| r.reasons.clone())
        .unwrap_or_default();
    let close = {
        let state = f.state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::OpenCourse(None)))
    };
    let title = title_of(f.case(), i, t);
    let part = |switch: Field, group: Group| {
        html! {
            <>
                { ask(switch) }
                if questions::in_group(group).any(|q| q.field != switch && f.shown(q, i)) {
                    <div class="conditional">
                        { for questions::in_group(group)
                            .filter(|q| q.field != switch && f.shown(q, i))
                            .map(|q| f.ask(q, i)) }
                    </div>
                }
            </>
        }
    };
    html! {
        <section class="course-editor" id="course-editor" aria-labelledby="course-editor-title">
            <h3 class="course-editor__title" id="course-editor-title">{ (c.course_heading)(i + 1, &title) }</h3>
            <div class="course-editor__grid">
                <section>
                    <h4>{ c.facts_heading }</h4>
                    { for questions::in_group(Group::CourseFacts)
                        .filter(|q| !matches!(q.field, Field::CourseWeeklyHours | Field::CourseWeeks | Field::CourseCompletedOn))
                        .map(|q| f.ask(q, i)) }
                    <div class="inline-fields">
                        { ask(Field::CourseWeeklyHours) }
                        { ask(Field::CourseWeeks) }
                    </div>
                    { ask(Field::CourseCompletedOn) }
                </section>
                <section>
                    <h4>{ c.evidence_heading }</h4>
                    { f.group(Group::CourseEvidence, i) }
                </section>
            </div>
            { part(Field::CourseLiteracy, Group::CourseLiteracy) }
            // With a programme of the catalogue, its course is chosen from the programme's; a match
            // described by hand before stays editable until then.
            // A literacy course replaces credits instead of matching a course (A7.3.1): no chooser.
            if f.state.chosen_programme().is_some() && course(f.case(), i).is_some_and(|k| k.literacy.is_none()) {
                <MatchChooser index={i} />
                if typed_match(f.case(), i) {
                    { part(Field::CourseMatch, Group::CourseMatch) }
                }
            } else {
                { part(Field::CourseMatch, Group::CourseMatch) }
            }
            if !reasons.is_empty() && asked(Field::CourseTitle) {
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
    let c = &text(state.lang).courses;
    let pasted = use_node_ref();
    let outcome = use_state(|| None::<(Source, ImportOutcome)>);
    let reader = use_mut_ref(|| None::<FileReader>);
    let on_paste = paste_into(&pasted, transcript_adder(&state, &outcome, Source::Paste));
    let on_file = read_into(&reader, transcript_adder(&state, &outcome, Source::File));
    // Each source says what it gave beside its own control, an error in its group as every field's is.
    let of = |source: Source| {
        outcome
            .as_ref()
            .filter(|(from, _)| *from == source)
            .map(|(_, o)| o)
    };
    let failed = |source: Source| match of(source) {
        Some(ImportOutcome::Failed(e)) => Some(AttrValue::from(transcript_error(e, state.lang))),
        _ => None,
    };
    let added = |source: Source| match of(source) {
        Some(ImportOutcome::Added(parsed)) => added_report(parsed, state.lang),
        _ => Html::default(),
    };
    let (paste_error, file_error) = (failed(Source::Paste), failed(Source::File));
    let error_prefix = text(state.lang).form.error_prefix;
    html! {
        <div class="import">
            <div class="import__source">
                <div class={classes!("form-group", paste_error.is_some().then_some("form-group--error"))}>
                    <label class="label" for="transcript-paste">{ c.paste_label }</label>
                    <div class="hint" id="transcript-paste-hint">{ c.paste_hint }</div>
                    <div role="status">{ error_html("transcript-paste", &paste_error, error_prefix) }</div>
                    <textarea class={classes!("textarea", paste_error.is_some().then_some("input--error"))}
                              id="transcript-paste" rows="5" ref={pasted}
                              aria-describedby={described_by("transcript-paste", paste_error.is_some())}
                              aria-invalid={paste_error.is_some().then_some("true")} spellcheck="false" />
                </div>
                <button type="button" class="button button--secondary" onclick={on_paste}>{ c.paste_button }</button>
                // The region stays in the page while empty, so that screen readers announce what appears in it.
                <div class="import-result" role="status">{ added(Source::Paste) }</div>
            </div>
            <div class="import__source">
                <div class={classes!("form-group", file_error.is_some().then_some("form-group--error"))}>
                    <label class="label" for="transcript-file">{ c.file_label }</label>
                    <div class="hint" id="transcript-file-hint">{ c.file_hint }</div>
                    <div role="status">{ error_html("transcript-file", &file_error, error_prefix) }</div>
                    <input class="file-upload" id="transcript-file" type="file" accept=".csv,.tsv,.txt,text/csv"
                           aria-describedby={described_by("transcript-file", file_error.is_some())}
                           aria-invalid={file_error.is_some().then_some("true")} onchange={on_file} />
                </div>
                <div class="import-result" role="status">{ added(Source::File) }</div>
            </div>
        </div>
    }
}

/// The hint, and the error when there is one, of a transcript's control.
fn described_by(id: &str, error: bool) -> String {
    if error {
        format!("{id}-hint {id}-error")
    } else {
        format!("{id}-hint")
    }
}

/// Adds a transcript's courses, saying whether its text could be read.
type AddTranscript = Rc<dyn Fn(&str) -> bool>;

/// Reads a transcript's text into courses and remembers what the reading gave, and from where.
fn transcript_adder(
    state: &AppContext,
    outcome: &UseStateHandle<Option<(Source, ImportOutcome)>>,
    source: Source,
) -> AddTranscript {
    let (state, outcome) = (state.clone(), outcome.clone());
    Rc::new(move |text: &str| -> bool {
        match transcript::parse(text) {
            Ok(parsed) => {
                // Appended where the list ends when the action is applied, not where it ended when
                // this callback was made: a file may finish reading after further edits.
                state.dispatch(Action::AppendCourses(parsed.courses.clone().into()));
                outcome.set(Some((source, ImportOutcome::Added(Rc::new(parsed)))));
                true
            }
            Err(e) => {
                outcome.set(Some((source, ImportOutcome::Failed(e))));
                false
            }
        }
    })
}

/// Adds the text pasted in the box.
fn paste_into(pasted: &NodeRef, add: AddTranscript) -> Callback<MouseEvent> {
    let pasted = pasted.clone();
    Callback::from(move |_: MouseEvent| {
        if let Some(area) = pasted.cast::<HtmlTextAreaElement>() {
            // Text that could not be read stays in the box, to be corrected there.
            if add(&area.value()) {
                area.set_value("");
            }
        }
    })
}

/// Adds the text of the file picked; `reader` keeps the reading alive until it ends.
fn read_into(reader: &Rc<RefCell<Option<FileReader>>>, add: AddTranscript) -> Callback<Event> {
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
}

/// What a transcript that could be read gave: the courses added, the columns left aside and the
/// rows' problems.
fn added_report(parsed: &Parsed, lang: Lang) -> Html {
    let c = &text(lang).courses;
    html! {
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
    }
}
