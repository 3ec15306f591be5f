//! Binds form fields to the case: each question names the case-file path it answers, reads its value
//! from the case and writes it back through the reducer. Every page's questions are built with these,
//! so they all behave the same: typed text kept, errors from the engine shown at the field.

use std::rc::Rc;

use yew::prelude::*;

use super::fields::{Choice, Item, Radios, Select, SummaryItem, TextInput};
use super::state::{Action, AppContext, Draft, Drafts, Edit};
use super::text::Text;
use crate::engine::case::{self, CaseFile, GradeSystem, GradeValue, Num};
use crate::engine::changes::{what_would_change, Change};
use crate::engine::courses::CourseOutcome;
use crate::engine::date::Date;
use crate::engine::validate::{check_partial, FieldError};
use crate::engine::{self, explain, Assessment, MEASURES_2023_046};
use crate::lang::Lang;

/// What is wrong with a field as the user filled it.
#[derive(Clone, Debug, PartialEq)]
pub enum InputError {
    /// The engine's check of the value.
    Checked(FieldError),
    /// Text in a number field that is not a number: the engine never sees it.
    NotANumber { path: String },
    /// Some but not all of a test's four section scores.
    SectionsIncomplete { path: String },
}

impl InputError {
    pub fn path(&self) -> &str {
        match self {
            InputError::Checked(e) => &e.path,
            InputError::NotANumber { path } | InputError::SectionsIncomplete { path } => path,
        }
    }

    pub fn message(&self, t: &Text, lang: Lang) -> String {
        match self {
            InputError::Checked(e) => explain::problem(&e.problem, lang),
            InputError::NotANumber { .. } => t.form.not_a_number.to_owned(),
            InputError::SectionsIncomplete { .. } => t.form.sections_incomplete.to_owned(),
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
        let (model, checked) = check_partial(case, today);
        let mut errors: Vec<InputError> = checked.into_iter().map(InputError::Checked).collect();
        errors.extend(drafts.iter().filter_map(|(path, draft)| match draft {
            Draft::Text(text) if parse_number(text).is_err() => {
                Some(InputError::NotANumber { path: path.clone() })
            }
            _ => None,
        }));
        errors.extend(incomplete_sections(case, drafts));
        let assessment = engine::assess(&model, &MEASURES_2023_046);
        let changes = what_would_change(&model, &assessment, &MEASURES_2023_046);
        Derived {
            assessment,
            errors,
            changes,
        }
    }

    pub fn error_at(&self, path: &str) -> Option<&InputError> {
        self.errors.iter().find(|e| e.path() == path)
    }

    /// The course outcome at an index, for the live status of a row.
    pub fn course(&self, index: usize) -> Option<&engine::courses::CourseResult> {
        self.assessment.courses.get(index)
    }

    pub fn course_outcome(&self, index: usize) -> Option<CourseOutcome> {
        self.course(index).map(|c| c.outcome)
    }
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
        .map(|(i, _)| format!("applicant.language.tests[{i}].sections"))
        .filter(|path| drafts.keys().any(|k| k.starts_with(&format!("{path}["))))
        .map(|path| InputError::SectionsIncomplete { path })
        .collect()
}

/// Text that is not a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotANumber;

/// Reads a number as people type it: spaces around it are ignored and the full-width digits of
/// Chinese input methods count as digits. `Ok(None)` is an empty field.
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
    // Rust also reads "inf", "NaN" and "1e3"; a form takes plain decimals only.
    let plain = ascii
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || c == '.' || (i == 0 && c == '-'));
    match ascii.parse::<f64>() {
        Ok(n) if plain && n.is_finite() => Ok(Some(n)),
        _ => Err(NotANumber),
    }
}

/// How a number prints in a field: `4`, `84.2`.
pub fn show_number(n: Num) -> String {
    n.0.to_string()
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

    pub fn error(&self, path: &str) -> Option<AttrValue> {
        self.derived
            .error_at(path)
            .map(|e| e.message(self.t, self.lang()).into())
    }

    /// The errors of the paths a page owns, in the order found, for its summary.
    pub fn summary(&self, owns: impl Fn(&str) -> bool) -> Vec<SummaryItem> {
        self.derived
            .errors
            .iter()
            .filter(|e| owns(e.path()))
            .map(|e| SummaryItem {
                path: e.path().to_owned(),
                message: e.message(self.t, self.lang()),
            })
            .collect()
    }

    pub fn edit(&self, edit: impl Fn(&mut CaseFile) + 'static) -> Callback<()> {
        let state = self.state.clone();
        let edit: Edit = Rc::new(edit);
        Callback::from(move |()| {
            state.dispatch(Action::Edit {
                edit: edit.clone(),
                drafts: Vec::new(),
            })
        })
    }

    /// A callback that applies `set` with the value it is given.
    pub fn setter<V: Clone + 'static>(
        &self,
        set: impl Fn(&mut CaseFile, V) + 'static,
    ) -> Callback<V> {
        let state = self.state.clone();
        let set = Rc::new(set);
        Callback::from(move |value: V| {
            let set = set.clone();
            state.dispatch(Action::Edit {
                edit: Rc::new(move |case| set(case, value.clone())),
                drafts: Vec::new(),
            })
        })
    }

    pub fn number(
        &self,
        path: impl Into<String>,
        label: &str,
        hint: Option<&str>,
        width: &'static str,
        get: impl Fn(&CaseFile) -> Option<Num>,
        set: impl Fn(&mut CaseFile, Option<Num>) + 'static,
    ) -> Html {
        let path: String = path.into();
        let value = match self.state.drafts.get(&path) {
            Some(Draft::Text(text)) => text.clone(),
            _ => get(self.case()).map(show_number).unwrap_or_default(),
        };
        let state = self.state.clone();
        let set = Rc::new(set);
        let oninput = {
            let path = path.clone();
            Callback::from(move |text: String| {
                let number = parse_number(&text);
                let set = set.clone();
                let value = number.ok().flatten().map(Num);
                // Keep the text whenever it would not print back exactly as typed.
                let keep = match number {
                    Ok(Some(n)) => n.to_string() != text,
                    Ok(None) => !text.is_empty() && !text.trim().is_empty(),
                    Err(NotANumber) => true,
                };
                state.dispatch(Action::Edit {
                    edit: Rc::new(move |case| set(case, value)),
                    drafts: vec![(path.clone(), keep.then(|| Draft::Text(text.clone())))],
                });
            })
        };
        html! {
            <TextInput path={path.clone()} label={label.to_owned()} hint={hint.map(|h| AttrValue::from(h.to_owned()))}
                       error={self.error(&path)} error_prefix={self.t.form.error_prefix}
                       value={value} {oninput} inputmode={Some("decimal")} width={Some(width)} />
        }
    }

    pub fn text(
        &self,
        path: impl Into<String>,
        label: &str,
        hint: Option<&str>,
        get: impl Fn(&CaseFile) -> Option<&str>,
        set: impl Fn(&mut CaseFile, Option<String>) + 'static,
    ) -> Html {
        self.string(path.into(), label, hint, get, set, "text", None)
    }

    /// A date, in the browser's date control: its value is always `YYYY-MM-DD` or empty.
    pub fn date(
        &self,
        path: impl Into<String>,
        label: &str,
        hint: Option<&str>,
        get: impl Fn(&CaseFile) -> Option<&str>,
        set: impl Fn(&mut CaseFile, Option<String>) + 'static,
    ) -> Html {
        self.string(
            path.into(),
            label,
            hint,
            get,
            set,
            "date",
            Some("input--10"),
        )
    }

    /// A field whose text goes into the case as written; empty means not given.
    #[allow(clippy::too_many_arguments)]
    fn string(
        &self,
        path: String,
        label: &str,
        hint: Option<&str>,
        get: impl Fn(&CaseFile) -> Option<&str>,
        set: impl Fn(&mut CaseFile, Option<String>) + 'static,
        kind: &'static str,
        width: Option<&'static str>,
    ) -> Html {
        let value = get(self.case()).unwrap_or_default().to_owned();
        let set = Rc::new(set);
        let state = self.state.clone();
        let oninput = Callback::from(move |text: String| {
            let set = set.clone();
            let value = (!text.is_empty()).then_some(text);
            state.dispatch(Action::Edit {
                edit: Rc::new(move |case| set(case, value.clone())),
                drafts: Vec::new(),
            });
        });
        html! {
            <TextInput path={path.clone()} label={label.to_owned()} hint={hint.map(|h| AttrValue::from(h.to_owned()))}
                       error={self.error(&path)} error_prefix={self.t.form.error_prefix}
                       value={value} {oninput} {kind} {width} />
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn radios<T: PartialEq + Clone + 'static>(
        &self,
        path: impl Into<String>,
        legend: &str,
        hint: Option<&str>,
        choices: Vec<Choice<T>>,
        get: impl Fn(&CaseFile) -> Option<T>,
        set: impl Fn(&mut CaseFile, Option<T>) + 'static,
        inline: bool,
    ) -> Html {
        let path: String = path.into();
        let (items, selected) = items_of(&choices, get(self.case()));
        let values: Vec<T> = choices.into_iter().map(|c| c.value).collect();
        let onchange = self.setter(move |case, i: usize| set(case, values.get(i).cloned()));
        html! {
            <Radios path={path.clone()} legend={legend.to_owned()} hint={hint.map(|h| AttrValue::from(h.to_owned()))}
                    error={self.error(&path)} error_prefix={self.t.form.error_prefix}
                    {items} {selected} {onchange} {inline} />
        }
    }

    /// A yes/no question; unanswered until the user picks one.
    pub fn yes_no(
        &self,
        path: impl Into<String>,
        legend: &str,
        hint: Option<&str>,
        get: impl Fn(&CaseFile) -> Option<bool>,
        set: impl Fn(&mut CaseFile, Option<bool>) + 'static,
    ) -> Html {
        let choices = vec![
            Choice::new(true, self.t.form.yes),
            Choice::new(false, self.t.form.no),
        ];
        self.radios(path, legend, hint, choices, get, set, true)
    }

    pub fn select<T: PartialEq + Clone + 'static>(
        &self,
        path: impl Into<String>,
        label: &str,
        hint: Option<&str>,
        choices: Vec<Choice<T>>,
        get: impl Fn(&CaseFile) -> Option<T>,
        set: impl Fn(&mut CaseFile, Option<T>) + 'static,
    ) -> Html {
        let path: String = path.into();
        let (items, selected) = items_of(&choices, get(self.case()));
        let values: Vec<T> = choices.into_iter().map(|c| c.value).collect();
        let onchange = self.setter(move |case, i: Option<usize>| {
            set(case, i.and_then(|i| values.get(i).cloned()))
        });
        html! {
            <Select path={path.clone()} label={label.to_owned()} hint={hint.map(|h| AttrValue::from(h.to_owned()))}
                    error={self.error(&path)} error_prefix={self.t.form.error_prefix}
                    none_label={self.t.form.choose} {items} {selected} {onchange} />
        }
    }
}

/// What the field components show for some choices, and which one holds `value`.
fn items_of<T: PartialEq>(choices: &[Choice<T>], value: Option<T>) -> (Vec<Item>, Option<usize>) {
    let selected = value.and_then(|v| choices.iter().position(|c| c.value == v));
    (choices.iter().map(Item::from).collect(), selected)
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
    use crate::engine::grades::{Ects, FourLevel, GradeLevel};
    match system {
        GradeSystem::FiveLevel => GradeLevel::ALL.iter().map(|g| g.word()).collect(),
        GradeSystem::FourLevel => FourLevel::ALL.iter().map(|g| g.letter()).collect(),
        GradeSystem::Ects => Ects::ALL.iter().map(|g| g.letter()).collect(),
        GradeSystem::Percentage | GradeSystem::Gpa4 => Vec::new(),
    }
}

/// The label of a grade word in the interface's language (`excellent` -> "Excellent", "优秀").
pub fn grade_word_label(system: GradeSystem, word: &str, lang: Lang) -> String {
    use crate::engine::grades::GradeLevel;
    match system {
        GradeSystem::FiveLevel => GradeLevel::ALL
            .iter()
            .find(|g| g.word() == word)
            .map(|&g| capitalised(explain::level_word(g, lang)))
            .unwrap_or_else(|| word.to_owned()),
        _ => word.to_owned(),
    }
}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Reads a grade of the case.
pub type GetGrade = Rc<dyn Fn(&CaseFile) -> Option<&case::Grade>>;
/// Writes a grade of the case.
pub type SetGrade = Rc<dyn Fn(&mut CaseFile, Option<case::Grade>)>;

/// How to read and write one grade of the case (the applicant's average, a course's grade).
pub struct GradeAt {
    /// The grade's path: `applicant.performance`, `courses[2].grade`.
    pub path: String,
    pub get: GetGrade,
    pub set: SetGrade,
}

impl Form<'_> {
    /// The grading system shown for a grade: the grade's own, or one chosen before a value was given.
    pub fn grade_system(&self, at: &GradeAt) -> Option<GradeSystem> {
        (at.get)(self.case())
            .map(|g| g.system)
            .or_else(|| match self.state.drafts.get(&at.path) {
                Some(Draft::System(s)) => Some(*s),
                _ => None,
            })
    }

    /// A grade: its system, then its value as a number or one of the system's words.
    pub fn grade(
        &self,
        at: GradeAt,
        system_label: &str,
        value_label: &str,
        hints: &[&'static str; 5],
    ) -> Html {
        let system = self.grade_system(&at);
        let choices: Vec<Choice<GradeSystem>> = GRADE_SYSTEMS
            .iter()
            .zip(self.t.record.systems)
            .map(|(&s, label)| Choice::new(s, label))
            .collect();
        let value_path = format!("{}.value", at.path);
        let on_system = {
            let state = self.state.clone();
            let (path, set) = (at.path.clone(), at.set.clone());
            let value_path = value_path.clone();
            Callback::from(move |chosen: Option<usize>| {
                let chosen = chosen.and_then(|i| GRADE_SYSTEMS.get(i).copied());
                // Another system reads numbers and words differently: the old value does not carry over.
                let set = set.clone();
                state.dispatch(Action::Edit {
                    edit: Rc::new(move |case| set(case, None)),
                    drafts: vec![
                        (path.clone(), chosen.map(Draft::System)),
                        (value_path.clone(), None),
                    ],
                });
            })
        };
        let (items, selected) = items_of(&choices, system);
        let system_select = html! {
            <Select path={at.path.clone()} label={system_label.to_owned()}
                error={None::<AttrValue>} error_prefix={self.t.form.error_prefix}
                none_label={self.t.form.choose} {items} {selected} onchange={on_system} />
        };
        let value = match system {
            None => Html::default(),
            Some(system) => {
                let hint = GRADE_SYSTEMS
                    .iter()
                    .position(|&s| s == system)
                    .map(|i| hints[i])
                    .filter(|h| !h.is_empty());
                self.grade_value(&at, system, &value_path, value_label, hint)
            }
        };
        html! { <div class="grade-question">{ system_select }{ value }</div> }
    }

    fn grade_value(
        &self,
        at: &GradeAt,
        system: GradeSystem,
        value_path: &str,
        label: &str,
        hint: Option<&str>,
    ) -> Html {
        let (get, set) = (at.get.clone(), at.set.clone());
        let grade_path = at.path.clone();
        let words = grade_words(system);
        if words.is_empty() {
            // The chosen system stays in the drafts while the value is empty.
            let number_value = move |c: &CaseFile| match get(c).map(|g| &g.value) {
                Some(GradeValue::Number(n)) => Some(Num(*n)),
                _ => None,
            };
            return self.number(
                value_path,
                label,
                hint,
                "input--5",
                number_value,
                move |c, v| {
                    set(
                        c,
                        v.map(|n| case::Grade {
                            system,
                            value: GradeValue::Number(n.0),
                        }),
                    );
                },
            );
        }
        let lang = self.lang();
        let choices: Vec<Choice<&'static str>> = words
            .into_iter()
            .map(|w| Choice::new(w, grade_word_label(system, w, lang)))
            .collect();
        let current = move |c: &CaseFile| match get(c).map(|g| &g.value) {
            Some(GradeValue::Word(w)) => grade_words(system).into_iter().find(|x| x == w),
            _ => None,
        };
        let (items, selected) = items_of(&choices, current(self.case()));
        let words: Vec<&'static str> = choices.iter().map(|c| c.value).collect();
        let state = self.state.clone();
        let onchange = Callback::from(move |i: Option<usize>| {
            let word = i.and_then(|i| words.get(i).copied());
            let set = set.clone();
            state.dispatch(Action::Edit {
                edit: Rc::new(move |case| {
                    set(
                        case,
                        word.map(|w| case::Grade {
                            system,
                            value: GradeValue::Word(w.to_owned()),
                        }),
                    )
                }),
                drafts: vec![(
                    grade_path.clone(),
                    word.is_none().then_some(Draft::System(system)),
                )],
            });
        });
        html! {
            <Select path={value_path.to_owned()} label={label.to_owned()}
                hint={hint.map(|h| AttrValue::from(h.to_owned()))}
                error={self.error(value_path)} error_prefix={self.t.form.error_prefix}
                none_label={self.t.form.choose} {items} {selected} {onchange} />
        }
    }
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
        for bad in ["abc", "1e3", "inf", "NaN", "7,5", "70%", "--1", "1-"] {
            assert_eq!(parse_number(bad), Err(NotANumber), "{bad}");
        }
    }

    #[test]
    fn typed_text_that_is_not_a_number_is_an_input_error() {
        let mut drafts = Drafts::new();
        let text = |t: &str| Draft::Text(t.to_owned());
        drafts.insert("applicant.semesters_completed".to_owned(), text("two"));
        drafts.insert("courses[0].credits".to_owned(), text("4."));
        drafts.insert(
            "courses[1].grade".to_owned(),
            Draft::System(GradeSystem::Gpa4),
        );
        let today = Date::new(2026, 9, 1).unwrap();
        let derived = Derived::new(&CaseFile::new(), &drafts, today);
        let paths: Vec<&str> = derived.errors.iter().map(InputError::path).collect();
        assert_eq!(paths, ["applicant.semesters_completed"]);
    }
}
