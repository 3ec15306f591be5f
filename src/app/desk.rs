//! The cases of this device as the desk shows them (each read and assessed), the file of all cases,
//! and scenarios: a copy of a case with one thing changed. Only the cases' pages use it, so it is code
//! of the pages' module.

use std::rc::Rc;

use serde_json::{json, Value};

use super::cases::{self, Entry, Scenario, Store};
use super::form::Derived;
use super::opened;
use super::saved::{self, Restored};
use super::state::Drafts;
use super::text::{desk, text};
use crate::engine::assessment::glance::Glance;
use crate::engine::case::date::Date;
use crate::engine::case::json::{from_word, to_value};
use crate::engine::case::validate::{check, read_value, FieldError};
use crate::engine::case::{CaseFile, Route};
use crate::engine::catalog::{choice, Catalog};
use crate::engine::transcript::MAX_ROWS;
use crate::lang::Lang;

/// A case of the list: its entry, and what its save holds once read.
#[derive(Clone, Debug, PartialEq)]
pub struct Listed {
    pub entry: Entry,
    pub read: Option<Read>,
}

/// A readable case and what the engine finds.
#[derive(Clone, Debug, PartialEq)]
pub struct Read {
    pub case: Rc<CaseFile>,
    pub drafts: Drafts,
    pub glance: Glance,
}

/// Every case of the store, read and assessed on `today`; a case the index does not name yet is
/// shown as "Case n" in `lang`. The tab's own case, `here`, is taken as it stands rather than read:
/// its save may be a change behind.
pub fn listed(
    store: &impl Store,
    today: Date,
    catalog: Option<&Catalog>,
    lang: Lang,
    here: Option<(&str, &Rc<CaseFile>, &Drafts)>,
) -> Vec<Listed> {
    let mut entries = cases::list(store);
    cases::named(&mut entries, &text(lang).default_case_name);
    entries
        .into_iter()
        .map(|entry| {
            let read = match here.filter(|(id, ..)| *id == entry.id) {
                Some((_, case, drafts)) => Some((case.clone(), drafts.clone())),
                None => restored(cases::read(store, &entry.id).as_deref())
                    .map(|(case, drafts)| (Rc::new(case), drafts)),
            };
            let read = read.map(|(case, drafts)| Read::of(case, drafts, today, catalog));
            Listed { entry, read }
        })
        .collect()
}

impl Read {
    /// A case and what the engine finds of it on `today`.
    pub fn of(case: Rc<CaseFile>, drafts: Drafts, today: Date, catalog: Option<&Catalog>) -> Read {
        let derived = Derived::with_catalog(&case, &drafts, today, catalog);
        Read {
            glance: Glance::of(&derived.assessment, today),
            case,
            drafts,
        }
    }
}

/// The catalogue's programmes the listed cases chose, each once.
pub fn chosen_programmes(list: &[Listed]) -> Vec<String> {
    let mut ids: Vec<String> = list
        .iter()
        .filter_map(|l| l.read.as_ref())
        .filter_map(|r| choice::chosen_id(&r.case).map(str::to_owned))
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// The case and drafts of a save, if it can be read.
pub fn restored(raw: Option<&str>) -> Option<(CaseFile, Drafts)> {
    match saved::unwrap(raw) {
        Restored::Current { case, drafts } | Restored::Migrated { case, drafts, .. } => {
            Some((case, drafts))
        }
        Restored::Nothing | Restored::Unreadable => None,
    }
}

/// The verdict in a word or two, for a list and a table.
pub fn verdict_word(v: crate::engine::Verdict, lang: Lang) -> &'static str {
    use crate::engine::Verdict::*;
    let words = desk(lang).verdicts;
    match v {
        Eligible => words[0],
        NeedsReview => words[1],
        NotEligible => words[2],
        Incomplete => words[3],
    }
}

/// A programme of the site's catalogue by its name in `index`; its id while the index is not read.
pub fn programme_name(
    index: Option<&crate::engine::catalog::site::Index>,
    id: &str,
    lang: Lang,
) -> String {
    let entry = index.and_then(|i| i.programmes.iter().find(|e| e.id == id));
    match entry {
        Some(e) => (text(lang).programme.programme_name)(e.major.get(lang), e.cohort),
        None => id.to_owned(),
    }
}

/// A scenario's change kept as a code, in `lang`; a programme by its name in the catalogue's index
/// (`programme_name`). A code this version does not read is shown as it is.
pub fn change_words(code: &str, lang: Lang, programme_name: impl Fn(&str) -> String) -> String {
    let Some(change) = Change::from_code(code) else {
        return code.to_owned();
    };
    let name = match &change {
        Change::Programme(id) => programme_name(id),
        _ => String::new(),
    };
    change.describe(lang, &name)
}

/// The file of all cases.
pub const FORMAT: &str = "transfer-check/cases";

/// Every readable case as one file: each its name, its case file, and for a scenario the place of its
/// case in the file and the change.
pub fn export(list: &[Listed], today: Date) -> String {
    let readable: Vec<&Listed> = list.iter().filter(|l| l.read.is_some()).collect();
    let cases: Vec<Value> = readable
        .iter()
        .filter_map(|l| {
            let read = l.read.as_ref()?;
            let mut item = json!({ "name": l.entry.name, "case": to_value(&read.case) });
            // A scenario's case by its place among the cases written.
            let of = l.entry.scenario.as_ref().and_then(|s| {
                let at = readable.iter().position(|o| o.entry.id == s.of)?;
                Some(json!({ "of": at, "change": s.change }))
            });
            if let Some(of) = of {
                item["scenario"] = of;
            }
            Some(item)
        })
        .collect();
    let file = json!({
        "format": FORMAT,
        "version": 1,
        "exported_on": today.to_string(),
        "cases": cases,
    });
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// A case of an opened file, checked as an opened case file is.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    /// Its place in the file, from 0.
    pub at: usize,
    pub name: String,
    pub case: CaseFile,
    /// A scenario's case, by its place in the file (from 0), and its change.
    pub scenario: Option<(usize, String)>,
}

/// A case of the file that was not added, by its place in the file (from 1), and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Skipped {
    pub at: usize,
    pub name: String,
    pub why: Why,
}

/// Why a case of a file was not added, as data: worded in the page's language when shown.
#[derive(Clone, Debug, PartialEq)]
pub enum Why {
    /// The file's item has no case.
    NoCase,
    /// The case file's errors, as an opened case file's are.
    Errors(Vec<FieldError>),
    /// More courses than open at a time.
    TooManyCourses(usize),
}

/// Why a case was skipped, in `lang`: its first errors, as an opened file's are worded.
pub fn why(why: &Why, lang: Lang) -> String {
    let t = text(lang);
    match why {
        Why::NoCase => t.opened.not_a_case_file.to_owned(),
        Why::Errors(errors) => {
            let words: Vec<String> = errors
                .iter()
                .take(3)
                .map(|e| opened::describe(e, t, lang))
                .collect();
            words.join(" ")
        }
        Why::TooManyCourses(count) => (t.notices.too_many_courses)(*count, MAX_ROWS),
    }
}

/// The cases of a file of cases, or of a single case file (named after the file); `None` for
/// anything else.
pub fn import(
    text: &str,
    file: &str,
    today: Date,
    lang: Lang,
) -> Option<(Vec<Imported>, Vec<Skipped>)> {
    let value: Value = serde_json::from_str(text).ok()?;
    if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
        // One case file: checked whole, as the start page opens one.
        let name = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
        let item = json!({ "name": name, "case": value });
        let (ok, skipped) = import_items(&[item], today, lang);
        return (!ok.is_empty() || value.get("format").is_some()).then_some((ok, skipped));
    }
    let items = value.get("cases")?.as_array()?;
    Some(import_items(items, today, lang))
}

fn import_items(items: &[Value], today: Date, lang: Lang) -> (Vec<Imported>, Vec<Skipped>) {
    let t = text(lang);
    let mut ok = Vec::new();
    let mut skipped = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let name = item
            .get("name")
            .and_then(Value::as_str)
            .map(|n| n.trim().chars().take(MAX_NAME).collect::<String>())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| (t.default_case_name)(i + 1));
        let checked = item
            .get("case")
            .ok_or(Why::NoCase)
            .and_then(|case| checked(case, today));
        match checked {
            Ok(case) => {
                let scenario = item.get("scenario").and_then(|s| {
                    let of = usize::try_from(s.get("of")?.as_u64()?).ok()?;
                    Some((of, s.get("change")?.as_str()?.to_owned()))
                });
                ok.push(Imported {
                    at: i,
                    name,
                    case,
                    scenario,
                });
            }
            Err(why) => skipped.push(Skipped {
                at: i + 1,
                name,
                why,
            }),
        }
    }
    (ok, skipped)
}

fn checked(value: &Value, today: Date) -> Result<CaseFile, Why> {
    let case = read_value(value).map_err(|e| Why::Errors(e.errors))?;
    check(&case, today).map_err(|e| Why::Errors(e.errors))?;
    if case.courses.len() > MAX_ROWS {
        return Err(Why::TooManyCourses(case.courses.len()));
    }
    Ok(case)
}

/// The longest name of a case, in characters.
pub const MAX_NAME: usize = 100;

/// Adds the cases of a file after those there are, each with a fresh id from `fresh_id`. Stops at
/// the first the storage refuses: how many were added, and its name.
pub fn add_imported(
    store: &impl Store,
    imported: &[Imported],
    today: Date,
    now: f64,
    fresh_id: &dyn Fn() -> String,
) -> Result<usize, (usize, String)> {
    let mut ids: Vec<String> = Vec::new();
    for item in imported {
        let id = fresh_id();
        let scenario = item.scenario.as_ref().and_then(|(of, change)| {
            // Linked only to a case of the file added before it.
            let of = imported.iter().position(|i| i.at == *of)?;
            Some(Scenario {
                of: ids.get(of)?.clone(),
                change: change.clone(),
            })
        });
        let wrapped = saved::wrap(&item.case, &Drafts::new(), today);
        if cases::insert(store, &id, item.name.clone(), &wrapped, now, scenario).is_err() {
            return Err((ids.len(), item.name.clone()));
        }
        ids.push(id);
    }
    Ok(ids.len())
}

/// What a scenario changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Programme `id` of the catalogue.
    Programme(String),
    SemesterStart(Date),
    Route(Route),
}

impl Change {
    /// Whether the case already has it.
    pub fn already(&self, case: &CaseFile) -> bool {
        match self {
            Change::Programme(id) => choice::chosen_id(case) == Some(id.as_str()),
            Change::SemesterStart(date) => {
                let start = case.plan.as_ref().and_then(|p| p.semester_start.as_deref());
                start.and_then(Date::parse) == Some(*date)
            }
            Change::Route(route) => case.applicant.route == Some(*route),
        }
    }

    /// The case with the change made: a programme takes its figures from `catalog`, which must have
    /// read it.
    pub fn apply(&self, case: &CaseFile, catalog: Option<&Catalog>) -> Option<CaseFile> {
        let mut case = case.clone();
        match self {
            Change::Programme(id) => {
                let catalog = catalog?;
                choice::choose(&mut case, &catalog.publication, catalog.programme(id)?);
            }
            Change::SemesterStart(date) => {
                case.plan
                    .get_or_insert_with(Default::default)
                    .semester_start = Some(date.to_string());
            }
            Change::Route(route) => case.applicant.route = Some(*route),
        }
        Some(case)
    }

    /// Whether the change makes what was typed at `path` moot: its draft is not copied.
    pub fn clears(&self, path: &crate::engine::case::field::FieldPath) -> bool {
        use crate::engine::case::Field;
        match self {
            // The programme's figures, which the catalogue's programme sets.
            Change::Programme(_) => matches!(
                path.field,
                Field::ProgramTotalCredits
                    | Field::ProgramCreditHours
                    | Field::ProgramTheoryHours
                    | Field::ProgramPracticeHours
                    | Field::LiteracyRequired
            ),
            Change::SemesterStart(_) => path.field == Field::SemesterStart,
            Change::Route(_) => path.field == Field::Route,
        }
    }

    /// The change as kept with the scenario, whatever the language: `programme:cs-2026`,
    /// `semester:2027-03-01`, `route:mainland`; worded when shown (`change_words`).
    pub fn code(&self) -> String {
        match self {
            Change::Programme(id) => format!("programme:{id}"),
            Change::SemesterStart(date) => format!("semester:{date}"),
            Change::Route(route) => {
                let word = serde_json::to_value(route).ok();
                format!(
                    "route:{}",
                    word.as_ref().and_then(Value::as_str).unwrap_or_default()
                )
            }
        }
    }

    /// The change a code names, if it names one.
    pub fn from_code(code: &str) -> Option<Change> {
        match code.split_once(':')? {
            ("programme", id) => Some(Change::Programme(id.to_owned())),
            ("semester", date) => Date::parse(date).map(Change::SemesterStart),
            ("route", word) => from_word(word).ok().map(Change::Route),
            _ => None,
        }
    }

    /// How the list names the change.
    pub fn describe(&self, lang: Lang, programme_name: &str) -> String {
        let d = desk(lang);
        match self {
            Change::Programme(_) => (d.change_programme)(programme_name),
            Change::SemesterStart(date) => (d.change_semester)(&date.to_string()),
            Change::Route(route) => (d.change_route)(crate::engine::explain::route(*route, lang)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::new(2026, 12, 5).unwrap()
    }

    fn example(name: &str) -> CaseFile {
        let text = std::fs::read_to_string(format!("examples/{name}.json")).unwrap();
        crate::engine::case::validate::read(&text).unwrap()
    }

    #[test]
    fn a_file_of_cases_names_and_skips_a_bad_case_and_keeps_the_others() {
        let good = to_value(&example("masters"));
        let file = json!({
            "format": FORMAT,
            "version": 1,
            "cases": [
                { "name": "Ana", "case": good },
                { "name": "Bob", "case": { "format": "transfer-check/case", "version": 1,
                    "applicant": { "route": "moon" } } },
                { "name": "Ana, later", "case": good, "scenario": { "of": 0, "change": "route" } },
                { "name": "  ", "case": good },
            ]
        });
        let (ok, skipped) = import(&file.to_string(), "cases.json", today(), Lang::En).unwrap();
        let names: Vec<&str> = ok.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["Ana", "Ana, later", "Case 4"]);
        assert_eq!(ok[1].scenario, Some((0, "route".to_owned())));
        assert_eq!(skipped.len(), 1);
        assert_eq!((skipped[0].at, skipped[0].name.as_str()), (2, "Bob"));
        let why = why(&skipped[0].why, Lang::En);
        assert!(why.starts_with("Where are you studying now?"), "{why}");
    }

    #[test]
    fn a_single_case_file_is_one_case_named_after_the_file() {
        let text = std::fs::read_to_string("examples/doctoral.json").unwrap();
        let (ok, skipped) = import(&text, "wang-fang.json", today(), Lang::En).unwrap();
        assert_eq!(ok.len(), 1);
        assert_eq!(ok[0].name, "wang-fang");
        assert!(skipped.is_empty());
        assert_eq!(import("not json", "x.json", today(), Lang::En), None);
        assert_eq!(import("{\"a\":1}", "x.json", today(), Lang::En), None);
    }

    #[test]
    fn a_scenario_s_change_is_kept_as_a_code_and_worded_in_either_language() {
        let changes = [
            Change::Programme("cs-2026".into()),
            Change::SemesterStart(Date::new(2027, 9, 1).unwrap()),
            Change::Route(Route::SinoForeign),
        ];
        for change in changes {
            assert_eq!(Change::from_code(&change.code()), Some(change.clone()));
        }
        assert_eq!(
            Change::Route(Route::SinoForeign).code(),
            "route:sino_foreign"
        );
        let name = |id: &str| format!("<{id}>");
        assert_eq!(
            change_words("programme:cs-2026", Lang::En, name),
            "another programme: <cs-2026>"
        );
        assert_eq!(
            change_words("semester:2027-09-01", Lang::Zh, name),
            "其他学期开始日期：2027-09-01"
        );
        assert_eq!(change_words("moon:1", Lang::En, name), "moon:1");
    }

    #[test]
    fn a_scenario_changes_one_thing() {
        let case = example("mainland-undergraduate");
        let later = Change::SemesterStart(Date::new(2027, 9, 1).unwrap());
        assert!(!later.already(&case));
        let changed = later.apply(&case, None).unwrap();
        assert!(later.already(&changed));
        assert_eq!(changed.applicant, case.applicant);
        let route = Change::Route(Route::Hmt);
        let changed = route.apply(&case, None).unwrap();
        assert_eq!(changed.applicant.route, Some(Route::Hmt));
        assert_eq!(changed.courses, case.courses);
        assert_eq!(
            Change::Programme("cs-2026".into()).apply(&case, None),
            None,
            "a programme needs the catalogue"
        );
    }
}
