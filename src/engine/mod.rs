//! The rules engine: a case in, an assessment out. Pure Rust with no web dependency, so the browser
//! app, the `assess` command and the tests all run the same rules.
//!
//! The folders follow the path of a case (docs/architecture.md):
//! - [`case`]: the case file: its format, read and written as JSON field by field, each field's
//!   identity, checked by `validate` into the `model` the rules read, with exact numbers and dates;
//! - [`catalog`]: the programme catalogue, the receiving programmes as data, and (native only) the
//!   reader of an office's CSV folder;
//! - [`rules`]: the Measures applied, every number from `rules::policy` beside its citation;
//! - [`assessment`]: everything decided, drawn together, and its `report` (the assessment format);
//! - [`planning`]: working days, the timeline, the documents checklist, the iCalendar file;
//! - [`cscse`]: the CSCSE certification guide and the check of a scan;
//! - [`transcript`]: a transcript pasted from a spreadsheet or opened as CSV, read into courses;
//! - [`explain`]: the wording, one module per subject with one file per language.

pub mod assessment;
pub mod case;
pub mod catalog;
pub mod cscse;
pub mod explain;
pub mod planning;
pub mod rules;
pub mod transcript;

use crate::lang::Lang;
use case::date::Date;

// The assessment is in a module of its own so that `report`, which writes it, does not import this
// one back.
pub use assessment::{assess, Assessment, Performance, Verdict};
pub use case::validate::{parse, parse_with, CaseError, FieldError};
pub use rules::policy::MEASURES_2023_046;

/// Parses, checks and assesses a case file, returning the assessment (format 1) as JSON with English
/// messages; `today` (`YYYY-MM-DD`) stands in for a missing `assessed_on`.
pub fn assess_json(case_json: &str, today: &str) -> Result<serde_json::Value, String> {
    assess_json_with(case_json, today, None)
}

/// The same, in the programme the case chose of a catalogue, if one is given.
pub fn assess_json_with(
    case_json: &str,
    today: &str,
    catalog: Option<&catalog::Catalog>,
) -> Result<serde_json::Value, String> {
    let today = Date::parse(today).ok_or_else(|| format!("today: \"{today}\" is not a date"))?;
    let case = parse_with(case_json, today, catalog).map_err(|e| e.to_string())?;
    let assessment = assess(&case, &MEASURES_2023_046, catalog);
    serde_json::to_value(assessment::report::report(&assessment, Lang::En))
        .map_err(|e| e.to_string())
}
