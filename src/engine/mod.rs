//! The rules engine: a case in, an assessment out. Pure Rust with no web dependency, so the browser
//! app, the `assess` command and the tests all run the same rules.
//!
//! Reading order: [`case`] (the file format) -> [`validate`] -> [`model`] (checked facts) ->
//! [`eligibility`], [`courses`], [`literacy`], [`credits`] (the rules, every number from [`policy`]) ->
//! [`Assessment`] -> [`report`] (the assessment format) with words from [`explain`].

pub mod assessment;
pub mod calendar;
pub mod case;
pub mod changes;
pub mod cite;
pub mod courses;
pub mod credits;
pub mod cscse;
pub mod date;
pub mod documents;
pub mod eligibility;
pub mod explain;
pub mod field;
pub mod fixed;
pub mod grades;
pub mod icalendar;
pub mod literacy;
pub mod model;
pub mod next_steps;
pub mod number;
pub mod outlook;
pub mod policy;
pub mod problem;
pub mod report;
pub mod scales;
pub mod scan;
pub mod shape;
pub mod timeline;
pub mod validate;

use crate::lang::Lang;
use date::Date;

// The assessment is in a module of its own so that `report`, which writes it, does not import this
// one back.
pub use assessment::{assess, Assessment, Performance, Verdict};
pub use policy::MEASURES_2023_046;
pub use validate::{parse, CaseError, FieldError};

/// Parses, checks and assesses a case file, returning the assessment (format 1) as JSON with English
/// messages; `today` (`YYYY-MM-DD`) stands in for a missing `assessed_on`.
pub fn assess_json(case_json: &str, today: &str) -> Result<serde_json::Value, String> {
    let today = Date::parse(today).ok_or_else(|| format!("today: \"{today}\" is not a date"))?;
    let case = parse(case_json, today).map_err(|e| e.to_string())?;
    let assessment = assess(&case, &MEASURES_2023_046);
    serde_json::to_value(report::report(&assessment, Lang::En)).map_err(|e| e.to_string())
}
