//! Binds the question table to the state: one renderer for every question, which reads the answer
//! through the question's `get`, shows the text the user typed while it is not a valid answer, shows
//! the engine's error at the field, and dispatches `SetField` with the new answer.

use std::rc::Rc;

use yew::prelude::*;

use super::fields::{Checkbox, Item, Radios, Select, SummaryItem, TextInput};
use super::questions::{self, Ask, Control, Question, Width};
use super::route::Page;
use super::state::{Action, AppContext, Draft, DraftChanges, Drafts};
use super::text::Text;
use crate::engine::case::answer::{Answer, Opt};
use crate::engine::case::date::Date;
use crate::engine::case::field::{FieldPath, List};
use crate::engine::case::number;
use crate::engine::case::problem::Problem;
use crate::engine::case::validate::{against_catalog, check_partial};
use crate::engine::case::Field;
use crate::engine::case::{self, CaseFile, GradeSystem, GradeValue, Num};
use crate::engine::catalog::Catalog;
use crate::engine::rules::changes::{what_would_change, Change};
use crate::engine::{self, explain, Assessment, MEASURES_2023_046};
use crate::lang::Lang;

/// What is wrong with a field as the user filled it.
#[derive(Clone, Debug, PartialEq)]
pub enum InputError {
    /// The engine's check of the value.
    Checked { path: FieldPath, problem: Problem },
    /// Text in a number field that is not a number: the engine never sees it.
    NotANumber {
        path: FieldPath,
        why: NotANumber,
        /// A number the field would take.
        example: &'static str,
    },
    /// A date control holding what the browser cannot read as a date (30 February).
    NotADate { path: FieldPath },
    /// Some but not all of a test's four section scores.
    SectionsIncomplete { test: usize },
    /// The date of application is before some courses were completed: said once, at that date.
    ApplyBeforeCourses { courses: usize, latest: Date },
}

impl InputError {
    pub fn path(&self) -> FieldPath {
        match self {
            InputError::Checked { path, .. }
            | InputError::NotANumber { path, .. }
            | InputError::NotADate { path } => *path,
            InputError::SectionsIncomplete { test } => FieldPath::item(Field::TestSections, *test),
            InputError::ApplyBeforeCourses { .. } => Field::AssessedOn.into(),
        }
    }

    pub fn message(&self, t: &Text, lang: Lang) -> String {
        match self {
            InputError::Checked { problem, .. } => explain::problem(problem, lang),
            InputError::NotANumber {
                why: NotANumber::Text,
                example,
                ..
            } => (t.form.not_a_number)(example),
            InputError::NotANumber {
                why: NotANumber::AmbiguousComma,
                ..
            } => t.form.ambiguous_comma.to_owned(),
            InputError::NotADate { .. } => t.form.not_a_date.to_owned(),
            InputError::SectionsIncomplete { .. } => t.form.sections_incomplete.to_owned(),
            InputError::ApplyBeforeCourses { courses, latest } => {
                (t.form.apply_before_courses)(*courses, &latest.to_string())
            }
        }
    }
}

/// Everything the pages show that follows from the answers: the engine's assessment and the input
/// errors. Computed once per change of the answers, never stored.
#[derive(Clone, Debug, PartialEq)]
pub struct Derived {
    pub assessment: Assessment,
    pub errors: Vec<InputError>,
    /// What would change the result (the engine's suggestions).
    pub changes: Vec<Change>,
}

impl Derived {
    pub fn new(case: &CaseFile, drafts: &Drafts, today: Date) -> Derived {
        Derived::with_catalog(case, drafts, today, None)
    }

    /// The derivation in the site's catalogue, as far as it has been read: what a case says of its
    /// chosen programme that the catalogue contradicts is an error of its field, and the programme's
    /// figures are the ones used (`docs/catalog.md`).
    pub fn with_catalog(
        case: &CaseFile,
        drafts: &Drafts,
        today: Date,
        catalog: Option<&Catalog>,
    ) -> Derived {
        let (model, mut checked) = check_partial(case, today);
        if let Some(catalog) = catalog {
            checked.extend(against_catalog(&model, catalog));
        }
        let mut errors: Vec<InputError> = checked
            .into_iter()
            .filter_map(|e| {
                let path = FieldPath::parse(&e.path)?;
                Some(InputError::Checked {
                    path,
                    problem: e.problem,
                })
            })
            .collect();
        errors.extend(drafts.iter().filter_map(|(path, draft)| match draft {
            Draft::Text(text) => match parse_number(text) {
                Err(why) => Some(InputError::NotANumber {
                    path: *path,
                    why,
                    example: questions::example(path, case, grade_system_at(path, case, drafts)),
                }),
                Ok(_) => None,
            },
            Draft::NotADate => Some(InputError::NotADate { path: *path }),
            Draft::System(_) | Draft::Ticked(_) => None,
        }));
        errors.extend(incomplete_sections(case, drafts));
        errors.extend(apply_before_courses(&errors));
        // The one place the interface chooses the edition of the Measures; everything shown reads
        // it back from the assessment.
        let assessment = engine::assess(&model, &MEASURES_2023_046, catalog);
        let changes = what_would_change(&model, &assessment, assessment.policy);
        Derived {
            assessment,
            errors,
            changes,
        }
    }

    pub fn error_at(&self, path: &FieldPath) -> Option<&InputError> {
        self.errors.iter().find(|e| e.path() == *path)
    }

    /// Whether any answer of course `index` is in error.
    pub fn course_has_errors(&self, index: usize) -> bool {
        self.errors
            .iter()
            .any(|e| e.path().list_item() == Some((List::Courses, index)))
    }

    /// The errors of the answers a page asks, in the order found, for its summary.
    pub fn errors_on(&self, page: Page) -> impl Iterator<Item = &InputError> {
        self.errors
            .iter()
            .filter(move |e| questions::page_of(&e.path()) == Some(page))
    }

    /// The course outcome at an index, for the live status of a row.
    pub fn course(&self, index: usize) -> Option<&engine::rules::courses::CourseResult> {
        self.assessment.courses.get(index)
    }
}

/// The grading system of the grade a value path belongs to: the grade's own, or the one chosen
/// before a value was given.
fn grade_system_at(value: &FieldPath, case: &CaseFile, drafts: &Drafts) -> Option<GradeSystem> {
    let (grade, given) = match value.field {
        Field::PerformanceValue => (
            FieldPath::from(Field::Performance),
            case.applicant.performance.as_ref(),
        ),
        Field::CourseGradeValue => (
            FieldPath {
                field: Field::CourseGrade,
                ..*value
            },
            value
                .index
                .and_then(|i| case.courses.get(i)?.grade.as_ref()),
        ),
        _ => return None,
    };
    given.map(|g| g.system).or(match drafts.get(&grade) {
        Some(Draft::System(s)) => Some(*s),
        _ => None,
    })
}

/// The courses completed after the date of application, as one error at that date: the date is what
/// the user most likely just changed.
fn apply_before_courses(errors: &[InputError]) -> Option<InputError> {
    let late: Vec<Date> = errors
        .iter()
        .filter_map(|e| match e {
            InputError::Checked {
                problem: Problem::AfterAssessment { date, .. },
                ..
            } => Some(*date),
            _ => None,
        })
        .collect();
    let latest = late.iter().max().copied()?;
    Some(InputError::ApplyBeforeCourses {
        courses: late.len(),
        latest,
    })
}

/// Tests with some section scores typed but not all four (the case keeps four or none).
fn incomplete_sections(case: &CaseFile, drafts: &Drafts) -> Vec<InputError> {
    let tests = case
        .applicant
        .language
        .as_ref()
        .and_then(|l| l.tests.as_ref());
    tests
        .into_iter()
        .flatten()
        .enumerate()
        .filter(|(_, t)| t.sections.is_none())
        .filter(|(i, _)| {
            drafts.keys().any(|k| {
                k.field == Field::TestSections && k.index == Some(*i) && k.section.is_some()
            })
        })
        .map(|(test, _)| InputError::SectionsIncomplete { test })
        .collect()
}

/// Why text is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotANumber {
    Text,
    /// `1,200`: a thousands separator or a decimal comma, so 1200 or 1.2.
    AmbiguousComma,
}

/// Reads a number as people type it: spaces around it are ignored, the full-width digits of Chinese
/// input methods count as digits, and a decimal comma is read as the transcript reader reads it
/// (`78,5`), unless it could as well separate thousands (`1,200`). `Ok(None)` is an empty field.
pub fn parse_number(text: &str) -> Result<Option<f64>, NotANumber> {
    let ascii: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' | '。' => '.',
            '－' => '-',
            c => c,
        })
        .collect();
    if ascii.is_empty() {
        return Ok(None);
    }
    let ascii = match ascii.split_once(['，', ',']) {
        Some((int, frac)) if !ascii.contains('.') && !frac.contains([',', '，']) => {
            let digits = int.trim_start_matches('-');
            if crate::engine::transcript::looks_like_thousands(digits, frac) {
                return Err(NotANumber::AmbiguousComma);
            }
            format!("{int}.{frac}")
        }
        _ => ascii,
    };
    // Plain decimals only: no "inf", "NaN" or "1e3", and nothing so long that it overflows to infinity.
    match number::parse_decimal(&ascii) {
        Some(n) if n.is_finite() => Ok(Some(n)),
        _ => Err(NotANumber::Text),
    }
}

/// How a number prints in a field: `4`, `84.2`.
pub fn show_number(n: Num) -> String {
    number::show(n.0)
}

/// Where an answer is, in the user's words: its question, and the course (numbered from 1, with its
/// title when the case is known) or the paper or test it belongs to.
pub fn place(path: FieldPath, t: &Text, case: Option<&CaseFile>) -> String {
    let question = t.question(path.field);
    match path.list_item() {
        Some((List::Courses, i)) => {
            let title = case
                .and_then(|c| c.courses.get(i))
                .and_then(|k| k.title.as_deref())
                .unwrap_or_default()
                .trim();
            let course = (t.form.course_named)(i + 1, title);
            match path.field {
                Field::Course => course,
                _ => format!("{course} – {question}"),
            }
        }
        Some((List::Papers, i)) => format!("{} – {question}", (t.record.paper_n)(i + 1)),
        Some((List::Vacations, i)) => match path.field {
            Field::Vacation => (t.plan.vacation_n)(i + 1),
            _ => format!("{} – {question}", (t.plan.vacation_n)(i + 1)),
        },
        Some((List::Tests, i)) => match path.section {
            Some(s) => format!(
                "{} – {}",
                (t.record.test_n)(i + 1),
                t.record.section_names.get(s).copied().unwrap_or(question)
            ),
            None => format!("{} – {question}", (t.record.test_n)(i + 1)),
        },
        None => question.to_owned(),
    }
}

/// Where an error of an opened file is: the place of the longest part of its path that names a
/// field, then the rest as the file writes it (an unknown field's name).
pub fn place_in_file(path: &str, t: &Text) -> String {
    let cuts = path
        .char_indices()
        .filter(|&(_, c)| c == '.' || c == '[')
        .map(|(i, _)| i)
        .chain([path.len()]);
    let known = cuts
        .rev()
        .find_map(|end| Some((FieldPath::parse(&path[..end])?, end)));
    match known {
        Some((field, end)) if end == path.len() => place(field, t, None),
        Some((field, end)) => {
            let rest = path[end..].trim_start_matches('.');
            format!("{} – {rest}", place(field, t, None))
        }
        None => path.to_owned(),
    }
}

/// The derived state every page reads. Equal only to itself: a new one is derived exactly when the
/// answers change, so comparing pointers tells components all they need, without comparing assessments.
#[derive(Clone, Debug)]
pub struct DerivedContext(pub Rc<Derived>);

impl PartialEq for DerivedContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for DerivedContext {
    type Target = Derived;
    fn deref(&self) -> &Derived {
        &self.0
    }
}

/// The questions of one page, bound to the state.
pub struct Form<'a> {
    pub state: &'a AppContext,
    pub derived: &'a Derived,
    pub t: &'static Text,
}

impl Form<'_> {
    pub fn case(&self) -> &CaseFile {
        &self.state.case
    }

    pub fn lang(&self) -> Lang {
        self.state.lang
    }

    pub fn error(&self, path: &FieldPath) -> Option<AttrValue> {
        self.derived
            .error_at(path)
            .map(|e| e.message(self.t, self.lang()).into())
    }

    /// The errors of a page, for its summary. Courses completed after the date of application are
    /// one entry, however many there are.
    pub fn summary(&self, page: Page) -> Vec<SummaryItem> {
        let mut late_said = false;
        self.derived
            .errors_on(page)
            .filter(|e| {
                let late = matches!(
                    e,
                    InputError::Checked {
                        problem: Problem::AfterAssessment { .. },
                        ..
                    }
                );
                let repeat = late && late_said;
                late_said |= late;
                !repeat
            })
            .map(|e| SummaryItem {
                path: e.path(),
                message: (self.t.form.summary_entry)(
                    &self.place(e.path()),
                    &e.message(self.t, self.lang()),
                ),
            })
            .collect()
    }

    /// Where an answer is, in the user's words: its question, and the course or item it belongs to.
    pub fn place(&self, path: FieldPath) -> String {
        place(path, self.t, Some(self.case()))
    }

    /// Whether a question is asked, for item `index` of its list.
    pub fn shown(&self, q: &Question, index: usize) -> bool {
        (q.shown)(&Ask {
            case: self.case(),
            assessment: &self.derived.assessment,
            index,
        })
    }

    /// The questions of `group` that are asked, each rendered.
    pub fn group(&self, group: questions::Group, index: usize) -> Html {
        html! {
            { for questions::in_group(group)
                .filter(|q| self.shown(q, index))
                .map(|q| self.ask(q, index)) }
        }
    }

    /// One question, for item `index` of its list (0 for questions outside lists). Keyed by its path:
    /// questions come and go as answers change, and a control must never be reused for another
    /// question (a radio checked for one answer would show as checked for the next).
    pub fn ask(&self, q: &'static Question, index: usize) -> Html {
        let key = q.at(index).to_string();
        html! { <key={key}>{ self.control(q, index) }</> }
    }

    fn control(&self, q: &'static Question, index: usize) -> Html {
        let path = q.at(index);
        let policy = self.derived.assessment.policy;
        let label = AttrValue::from(self.t.question(q.field));
        let hint = self.t.hint(q.field, policy).map(AttrValue::from);
        let current = q.get(self.case(), index);
        match q.kind {
            Control::Number(width) => self.number(path, label, hint, width, current),
            Control::Text | Control::Date => self.string(path, label, hint, q.kind, current),
            Control::YesNo | Control::HasItems => self.yes_no(path, label, hint, current),
            Control::Radios { options, inline } => {
                let options = options(self.case(), policy);
                self.radios(path, label, hint, options, current, inline)
            }
            Control::Select { options } => {
                let options = options(self.case(), policy);
                self.select(path, label, hint, options, current)
            }
            Control::Part => {
                let checked = current == Some(Answer::Bool(true));
                let onchange = self.setter(path, |on: bool| Some(Answer::Bool(on)));
                html! { <Checkbox path={path.to_string()} {label} {hint} {checked} {onchange} /> }
            }
            Control::Grade => self.grade(path, current),
            Control::Sections => self.sections(index),
        }
    }

    /// A callback that answers the question at `path` with what `answer` makes of its input.
    fn setter<V: 'static>(
        &self,
        path: FieldPath,
        answer: impl Fn(V) -> Option<Answer> + 'static,
    ) -> Callback<V> {
        let state = self.state.clone();
        Callback::from(move |v: V| {
            state.dispatch(Action::SetField {
                path,
                answer: answer(v),
                drafts: Vec::new(),
            })
        })
    }

    fn number(
        &self,
        path: FieldPath,
        label: AttrValue,
        hint: Option<AttrValue>,
        width: Width,
        current: Option<Answer>,
    ) -> Html {
        let value = match self.state.drafts.get(&path) {
            Some(Draft::Text(text)) => text.clone(),
            _ => match current {
                Some(Answer::Number(n)) => show_number(n),
                _ => String::new(),
            },
        };
        let state = self.state.clone();
        let oninput = Callback::from(move |text: String| {
            let (answer, draft) = typed_number(&text);
            state.dispatch(Action::SetField {
                path,
                answer: answer.map(Answer::Number),
                drafts: vec![(path, draft)],
            });
        });
        html! {
            <TextInput path={path.to_string()} {label} {hint}
                       error={self.error(&path)} error_prefix={self.t.form.error_prefix}
                       {value} {oninput} inputmode={Some("decimal")} width={Some(width_class(width))} />
        }
    }

    /// A field whose text goes into the case as written; empty means not given.
    fn string(
        &self,
        path: FieldPath,
        label: AttrValue,
        hint: Option<AttrValue>,
        kind: Control,
        current: Option<Answer>,
    ) -> Html {
        let value = match current {
            Some(Answer::Text(text)) => text,
            _ => String::new(),
        };
        let state = self.state.clone();
        let oninput = Callback::from(move |text: String| {
            state.dispatch(Action::SetField {
                path,
                answer: (!text.is_empty()).then_some(Answer::Text(text)),
                drafts: vec![(path, None)],
            })
        });
        // A date in the browser's date control: its value is always `YYYY-MM-DD` or empty, and empty
        // too when what it holds is not a date, which the draft then remembers.
        let (kind, width, onunreadable) = match kind {
            Control::Date => {
                let state = self.state.clone();
                let unreadable = Callback::from(move |()| {
                    state.dispatch(Action::SetField {
                        path,
                        answer: None,
                        drafts: vec![(path, Some(Draft::NotADate))],
                    })
                });
                ("date", Some("input--10"), Some(unreadable))
            }
            _ => ("text", None, None),
        };
        html! {
            <TextInput path={path.to_string()} {label} {hint}
                       error={self.error(&path)} error_prefix={self.t.form.error_prefix}
                       {value} {oninput} {kind} {width} {onunreadable} />
        }
    }

    fn yes_no(
        &self,
        path: FieldPath,
        legend: AttrValue,
        hint: Option<AttrValue>,
        current: Option<Answer>,
    ) -> Html {
        let items = vec![item(self.t.form.yes, None), item(self.t.form.no, None)];
        let selected = match current {
            Some(Answer::Bool(true)) => Some(0),
            Some(Answer::Bool(false)) => Some(1),
            _ => None,
        };
        let onchange = self.setter(path, |i: usize| Some(Answer::Bool(i == 0)));
        html! {
            <Radios path={path.to_string()} {legend} {hint}
                    error={self.error(&path)} error_prefix={self.t.form.error_prefix}
                    {items} {selected} {onchange} inline={true} />
        }
    }

    fn items(&self, options: &[Opt]) -> Vec<Item> {
        options
            .iter()
            .map(|&o| Item {
                label: self.t.opt(o, self.lang()).into(),
                hint: self
                    .t
                    .opt_hint(o, self.derived.assessment.policy)
                    .map(AttrValue::from),
            })
            .collect()
    }

    fn radios(
        &self,
        path: FieldPath,
        legend: AttrValue,
        hint: Option<AttrValue>,
        options: Vec<Opt>,
        current: Option<Answer>,
        inline: bool,
    ) -> Html {
        let items = self.items(&options);
        let selected = selected(&options, current);
        let onchange = self.setter(path, move |i: usize| {
            options.get(i).map(|&o| Answer::Choice(o))
        });
        html! {
            <Radios path={path.to_string()} {legend} {hint}
                    error={self.error(&path)} error_prefix={self.t.form.error_prefix}
                    {items} {selected} {onchange} {inline} />
        }
    }

    fn select(
        &self,
        path: FieldPath,
        label: AttrValue,
        hint: Option<AttrValue>,
        options: Vec<Opt>,
        current: Option<Answer>,
    ) -> Html {
        let items = self.items(&options);
        let selected = selected(&options, current);
        let onchange = self.setter(path, move |i: Option<usize>| {
            i.and_then(|i| options.get(i)).map(|&o| Answer::Choice(o))
        });
        html! {
            <Select path={path.to_string()} {label} {hint}
                    error={self.error(&path)} error_prefix={self.t.form.error_prefix}
                    none_label={self.t.form.choose} {items} {selected} {onchange} />
        }
    }

    /// The grading system shown for a grade: the grade's own, or one chosen before a value was given.
    fn grade_system(&self, path: &FieldPath, current: &Option<Answer>) -> Option<GradeSystem> {
        match current {
            Some(Answer::Grade(g)) => Some(g.system),
            _ => match self.state.drafts.get(path) {
                Some(Draft::System(s)) => Some(*s),
                _ => None,
            },
        }
    }

    /// A grade: its system, then its value as a number or one of the system's words.
    fn grade(&self, path: FieldPath, current: Option<Answer>) -> Html {
        let system = self.grade_system(&path, &current);
        let value_path = grade_value_path(path);
        let r = &self.t.record;
        let items: Vec<Item> = GRADE_SYSTEMS
            .iter()
            .map(|&s| item(self.t.grade_system(s), None))
            .collect();
        let on_system = {
            let state = self.state.clone();
            Callback::from(move |chosen: Option<usize>| {
                let chosen = chosen.and_then(|i| GRADE_SYSTEMS.get(i).copied());
                // Another system reads numbers and words differently: the old value does not carry over.
                state.dispatch(Action::SetField {
                    path,
                    answer: None,
                    drafts: vec![(path, chosen.map(Draft::System)), (value_path, None)],
                });
            })
        };
        let selected = system.and_then(|s| GRADE_SYSTEMS.iter().position(|&x| x == s));
        let label = self.t.question(path.field);
        let system_label = match path.field {
            Field::CourseGrade => self.t.courses.grade_system,
            _ => r.system,
        };
        let system_select = html! {
            <Select path={path.to_string()} label={system_label}
                error={None::<AttrValue>} error_prefix={self.t.form.error_prefix}
                none_label={self.t.form.choose} {items} {selected} onchange={on_system} />
        };
        let value = match system {
            None => Html::default(),
            Some(system) => self.grade_value(path, system, label, current),
        };
        html! { <div class="grade-question">{ system_select }{ value }</div> }
    }

    fn grade_value(
        &self,
        grade_path: FieldPath,
        system: GradeSystem,
        label: &'static str,
        current: Option<Answer>,
    ) -> Html {
        let path = grade_value_path(grade_path);
        let hint = Some(self.t.grade_value_hint(system))
            .filter(|h| !h.is_empty())
            .map(AttrValue::from);
        let current = match current {
            Some(Answer::Grade(g)) if g.system == system => Some(g.value),
            _ => None,
        };
        let words = grade_words(system);
        let state = self.state.clone();
        if words.is_empty() {
            let value = match (self.state.drafts.get(&path), current) {
                (Some(Draft::Text(text)), _) => text.clone(),
                (_, Some(GradeValue::Number(n))) => show_number(Num(n)),
                _ => String::new(),
            };
            let oninput = Callback::from(move |text: String| {
                let (number, draft) = typed_number(&text);
                let grade = number.map(|n| case::Grade {
                    system,
                    value: GradeValue::Number(n.0),
                });
                // The system stays chosen while the value is empty or not yet a number.
                let system_draft = grade.is_none().then_some(Draft::System(system));
                state.dispatch(Action::SetField {
                    path: grade_path,
                    answer: grade.map(Answer::Grade),
                    drafts: vec![(path, draft), (grade_path, system_draft)],
                });
            });
            return html! {
                <TextInput path={path.to_string()} label={label} {hint}
                           error={self.error(&path)} error_prefix={self.t.form.error_prefix}
                           {value} {oninput} inputmode={Some("decimal")} width={Some("input--5")} />
            };
        }
        let lang = self.lang();
        let items: Vec<Item> = words
            .iter()
            .map(|w| Item {
                label: grade_word_label(system, w, lang).into(),
                hint: None,
            })
            .collect();
        let selected = match &current {
            Some(GradeValue::Word(w)) => words.iter().position(|x| x == w),
            _ => None,
        };
        let onchange = Callback::from(move |i: Option<usize>| {
            let word = i.and_then(|i| words.get(i).copied());
            let grade = word.map(|w| case::Grade {
                system,
                value: GradeValue::Word(w.to_owned()),
            });
            state.dispatch(Action::SetField {
                path: grade_path,
                answer: grade.map(Answer::Grade),
                drafts: vec![(grade_path, word.is_none().then_some(Draft::System(system)))],
            });
        });
        html! {
            <Select path={path.to_string()} label={label} {hint}
                error={self.error(&path)} error_prefix={self.t.form.error_prefix}
                none_label={self.t.form.choose} {items} {selected} {onchange} />
        }
    }

    /// The four section scores of a test. The case holds all four or none (a test has four sections):
    /// until all four are numbers, what was typed stays in the drafts and the test counts as incomplete.
    fn sections(&self, test: usize) -> Html {
        let r = &self.t.record;
        let path = FieldPath::item(Field::TestSections, test);
        let error = self.error(&path);
        let id = super::focus::field_id(&path.to_string());
        let texts = self.section_texts(test);
        html! {
            <div class={classes!("form-group", error.is_some().then_some("form-group--error"))}>
                <fieldset class="fieldset" id={id.clone()} tabindex="-1" aria-describedby={format!("{id}-hint")}>
                    <legend class="fieldset__legend fieldset__legend--s">{ r.sections }</legend>
                    <div class="hint" id={format!("{id}-hint")}>{ r.sections_hint }</div>
                    if let Some(error) = error {
                        <p class="error-message"><span class="visually-hidden">{ self.t.form.error_prefix }</span>{ error }</p>
                    }
                    <div class="sections">
                        { for r.section_names.iter().enumerate().map(|(s, name)| self.section(test, s, name, &texts)) }
                    </div>
                </fieldset>
            </div>
        }
    }

    fn section(&self, test: usize, s: usize, name: &str, texts: &[String; 4]) -> Html {
        let path = FieldPath::section(test, s);
        let state = self.state.clone();
        let oninput = {
            let texts = texts.clone();
            Callback::from(move |typed: String| {
                let mut texts = texts.clone();
                texts[s] = typed;
                let (scores, drafts) = section_scores(test, &texts);
                state.dispatch(Action::SetSections {
                    test,
                    scores,
                    drafts,
                });
            })
        };
        html! {
            <TextInput path={path.to_string()} label={name.to_owned()} error={self.error(&path)}
                       error_prefix={self.t.form.error_prefix} value={texts[s].clone()} {oninput}
                       inputmode={Some("decimal")} width={Some("input--3")} />
        }
    }

    /// What each section field shows: its draft, else the case's score.
    fn section_texts(&self, test: usize) -> [String; 4] {
        let given = questions::test(self.case(), test).and_then(|t| t.sections.clone());
        std::array::from_fn(
            |k| match self.state.drafts.get(&FieldPath::section(test, k)) {
                Some(Draft::Text(text)) => text.clone(),
                _ => given
                    .as_ref()
                    .and_then(|g| g.get(k))
                    .map(|n| show_number(*n))
                    .unwrap_or_default(),
            },
        )
    }
}

/// The four scores when all four are numbers, and the drafts to keep for what does not print back.
fn section_scores(test: usize, texts: &[String; 4]) -> (Option<Vec<Num>>, DraftChanges) {
    let numbers: Vec<Option<f64>> = texts
        .iter()
        .map(|t| parse_number(t).ok().flatten())
        .collect();
    let complete: Option<Vec<Num>> = numbers.iter().map(|n| n.map(Num)).collect();
    let drafts = (0..4)
        .map(|k| {
            let text = &texts[k];
            let prints_back = numbers[k].is_some_and(|n| number::show(n) == *text);
            let settled = complete.is_some() && prints_back;
            let keep = !text.trim().is_empty() && !settled;
            (
                FieldPath::section(test, k),
                keep.then(|| Draft::Text(text.clone())),
            )
        })
        .collect();
    (complete, drafts)
}

/// A number as typed: its value, if it is one, and the text to keep while it would not print back
/// exactly as typed.
fn typed_number(text: &str) -> (Option<Num>, Option<Draft>) {
    let number = parse_number(text);
    let keep = match number {
        Ok(Some(n)) => number::show(n) != text,
        Ok(None) => !text.is_empty() && !text.trim().is_empty(),
        Err(_) => true,
    };
    (
        number.ok().flatten().map(Num),
        keep.then(|| Draft::Text(text.to_owned())),
    )
}

/// Where a grade's value is: `applicant.performance.value`, `courses[2].grade.value`.
pub fn grade_value_path(grade: FieldPath) -> FieldPath {
    match grade.field {
        Field::CourseGrade => FieldPath {
            field: Field::CourseGradeValue,
            ..grade
        },
        _ => Field::PerformanceValue.into(),
    }
}

fn width_class(width: Width) -> &'static str {
    match width {
        Width::Narrow => "input--4",
        Width::Short => "input--4",
        Width::Medium => "input--5",
    }
}

fn item(label: &'static str, hint: Option<&'static str>) -> Item {
    Item {
        label: label.into(),
        hint: hint.map(AttrValue::from),
    }
}

fn selected(options: &[Opt], current: Option<Answer>) -> Option<usize> {
    match current {
        Some(Answer::Choice(o)) => options.iter().position(|&x| x == o),
        _ => None,
    }
}

/// The grading systems in the order forms offer them.
pub const GRADE_SYSTEMS: [GradeSystem; 5] = [
    GradeSystem::Percentage,
    GradeSystem::FiveLevel,
    GradeSystem::FourLevel,
    GradeSystem::Gpa4,
    GradeSystem::Ects,
];

/// The words a word-valued grading system takes, as the case file writes them, best first.
pub fn grade_words(system: GradeSystem) -> Vec<&'static str> {
    use crate::engine::rules::grades::{Ects, FourLevel, GradeLevel};
    match system {
        GradeSystem::FiveLevel => GradeLevel::ALL.iter().map(|g| g.word()).collect(),
        GradeSystem::FourLevel => FourLevel::ALL.iter().map(|g| g.letter()).collect(),
        GradeSystem::Ects => Ects::ALL.iter().map(|g| g.letter()).collect(),
        GradeSystem::Percentage | GradeSystem::Gpa4 => Vec::new(),
    }
}

/// The label of a grade word in the interface's language (`excellent` -> "Excellent", "优秀").
pub fn grade_word_label(system: GradeSystem, word: &str, lang: Lang) -> String {
    use crate::engine::rules::grades::GradeLevel;
    match system {
        GradeSystem::FiveLevel => GradeLevel::ALL
            .iter()
            .find(|g| g.word() == word)
            .map(|&g| capitalised(explain::level_word(g, lang)))
            .unwrap_or_else(|| word.to_owned()),
        _ => word.to_owned(),
    }
}

/// The word with a capital first letter. Level words are English or Chinese, which has no capitals.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| {
            std::iter::once(first.to_ascii_uppercase())
                .chain(chars)
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_as_typed() {
        assert_eq!(parse_number(" 78.5 "), Ok(Some(78.5)));
        assert_eq!(parse_number("７８．５"), Ok(Some(78.5)));
        assert_eq!(parse_number("70."), Ok(Some(70.0)));
        assert_eq!(parse_number("-4"), Ok(Some(-4.0)));
        assert_eq!(parse_number(""), Ok(None));
        assert_eq!(parse_number("   "), Ok(None));
        for bad in [
            "abc", "1e3", "inf", "NaN", "1e309", "84.2x", "70%", "--1", "1-", "7,5,1", "7.5,1",
        ] {
            assert_eq!(parse_number(bad), Err(NotANumber::Text), "{bad}");
        }
    }

    #[test]
    fn a_decimal_comma_is_read_unless_it_could_separate_thousands() {
        assert_eq!(parse_number("78,5"), Ok(Some(78.5)));
        assert_eq!(parse_number("７８，５"), Ok(Some(78.5)));
        assert_eq!(parse_number("0,75"), Ok(Some(0.75)));
        assert_eq!(parse_number("-1,5"), Ok(Some(-1.5)));
        assert_eq!(parse_number("1,200"), Err(NotANumber::AmbiguousComma));
        assert_eq!(parse_number("0,750"), Ok(Some(0.75)));
    }

    #[test]
    fn an_error_names_its_field_and_gives_an_example_in_its_range() {
        let mut case = CaseFile::new();
        case.courses.push(case::Course {
            title: Some("Calculus I".into()),
            ..Default::default()
        });
        let t = super::super::text::text(Lang::En);
        let typed = |path: FieldPath, system: Option<GradeSystem>| {
            let mut drafts = Drafts::new();
            drafts.insert(path, Draft::Text("x".into()));
            if let Some(system) = system {
                drafts.insert(Field::Performance.into(), Draft::System(system));
            }
            let today = Date::new(2026, 9, 1).unwrap();
            Derived::new(&case, &drafts, today).errors.remove(0)
        };
        let semesters = typed(Field::SemestersCompleted.into(), None);
        assert_eq!(
            semesters.message(t, Lang::En),
            "Enter a number, for example 2"
        );
        let overlap = typed(FieldPath::course(0, Field::CourseMatchOverlap), None);
        assert_eq!(
            overlap.message(t, Lang::En),
            "Enter a number, for example 0.75"
        );
        let zh = super::super::text::text(Lang::Zh);
        assert_eq!(overlap.message(zh, Lang::Zh), "请输入数字，例如 0.75");
        let gpa = typed(Field::PerformanceValue.into(), Some(GradeSystem::Gpa4));
        assert_eq!(gpa.message(t, Lang::En), "Enter a number, for example 3.2");
    }

    #[test]
    fn typed_text_that_is_not_a_number_is_an_input_error() {
        let mut drafts = Drafts::new();
        let text = |t: &str| Draft::Text(t.to_owned());
        drafts.insert(Field::SemestersCompleted.into(), text("two"));
        drafts.insert(FieldPath::course(0, Field::CourseCredits), text("4."));
        drafts.insert(
            FieldPath::course(1, Field::CourseGrade),
            Draft::System(GradeSystem::Gpa4),
        );
        let today = Date::new(2026, 9, 1).unwrap();
        let derived = Derived::new(&CaseFile::new(), &drafts, today);
        let paths: Vec<String> = derived
            .errors
            .iter()
            .map(|e| e.path().to_string())
            .collect();
        assert_eq!(paths, ["applicant.semesters_completed"]);
    }

    #[test]
    fn an_application_date_before_courses_were_completed_is_said_once_at_that_date() {
        let mut case = CaseFile::new();
        case.assessed_on = Some("2024-09-01".into());
        for day in ["2025-01-15", "2025-06-30", "2024-06-30"] {
            case.courses.push(case::Course {
                completed_on: Some(day.into()),
                ..Default::default()
            });
        }
        let derived = Derived::new(&case, &Drafts::new(), Date::new(2026, 9, 1).unwrap());
        let at_date: Vec<&InputError> = derived.errors_on(Page::About).collect();
        assert_eq!(
            at_date,
            [&InputError::ApplyBeforeCourses {
                courses: 2,
                latest: Date::new(2025, 6, 30).unwrap()
            }]
        );
        let t = super::super::text::text(Lang::En);
        assert_eq!(
            at_date[0].message(t, Lang::En),
            "2 of your courses were completed after this date, the latest on 2025-06-30: choose a later date, or correct the dates on the courses page"
        );
        assert_eq!(derived.errors_on(Page::Courses).count(), 2);
    }

    #[test]
    fn errors_of_an_opened_file_are_placed_in_the_interface_s_words() {
        let en = super::super::text::text(Lang::En);
        let zh = super::super::text::text(Lang::Zh);
        assert_eq!(
            place_in_file("applicant.route", en),
            "Where are you studying now?"
        );
        assert_eq!(
            place_in_file("courses[2].credits", en),
            "Course 3 – Credits"
        );
        assert_eq!(
            place_in_file("courses[0].grade.value", zh),
            "第 1 门课程 – 成绩"
        );
        assert_eq!(
            place_in_file("courses[4].favourite", en),
            "Course 5 – favourite"
        );
        assert_eq!(place_in_file("courses", en), "Courses");
        assert_eq!(
            place_in_file("applicant.favourite_colour", en),
            "applicant.favourite_colour"
        );
    }
}
