//! The answers saved in the browser: a versioned envelope around the case file and the field drafts.
//! Reading a save never loses it: one that cannot be read is handed back whole to be set aside, and one
//! from an earlier format is brought up to date.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::state::{Draft, Drafts};
use crate::engine::case::{CaseFile, GradeSystem};
use crate::engine::date::Date;
use crate::engine::field::FieldPath;
use crate::engine::validate::{read, read_value};

/// Where the answers are kept.
pub const KEY: &str = "transfer-check.answers";
/// Where a save that could not be read is moved, so that nothing is silently dropped.
pub const SET_ASIDE_KEY: &str = "transfer-check.answers.unreadable";
/// The envelope's format. 0 was a bare case file under the same key, without drafts.
pub const SCHEMA: u32 = 1;
const APP: &str = "transfer-check";

#[derive(Serialize, Deserialize)]
struct Envelope {
    app: String,
    schema: u32,
    saved_on: String,
    case: serde_json::Value,
    #[serde(default)]
    drafts: BTreeMap<String, SavedDraft>,
}

/// A draft as saved: `{"text": "7O"}` or `{"system": "gpa4"}`.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum SavedDraft {
    Text(String),
    System(GradeSystem),
}

/// What was found under the key.
#[derive(Clone, Debug, PartialEq)]
pub enum Restored {
    Nothing,
    Current {
        case: CaseFile,
        drafts: Drafts,
    },
    /// Saved in an earlier format `from`, now read into the current one.
    Migrated {
        case: CaseFile,
        drafts: Drafts,
        from: u32,
    },
    /// Not readable (damaged, or written by a newer version): to be set aside as it is.
    Unreadable,
}

/// The save for a case and its drafts.
pub fn wrap(case: &CaseFile, drafts: &Drafts, saved_on: Date) -> String {
    let envelope = Envelope {
        app: APP.to_owned(),
        schema: SCHEMA,
        saved_on: saved_on.to_string(),
        case: crate::engine::case::json::to_value(case),
        drafts: drafts
            .iter()
            .map(|(path, d)| {
                let saved = match d {
                    Draft::Text(t) => SavedDraft::Text(t.clone()),
                    Draft::System(s) => SavedDraft::System(*s),
                };
                (path.to_string(), saved)
            })
            .collect(),
    };
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Reads what was saved, if anything.
pub fn unwrap(raw: Option<&str>) -> Restored {
    let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else {
        return Restored::Nothing;
    };
    // Format 0: the case file itself.
    if let Ok(case) = read(raw) {
        return Restored::Migrated {
            case,
            drafts: Drafts::new(),
            from: 0,
        };
    }
    let Ok(envelope) = serde_json::from_str::<Envelope>(raw) else {
        return Restored::Unreadable;
    };
    if envelope.app != APP || envelope.schema != SCHEMA {
        return Restored::Unreadable;
    }
    let Ok(case) = read_value(&envelope.case) else {
        return Restored::Unreadable;
    };
    let drafts = envelope
        .drafts
        .into_iter()
        .filter_map(|(path, d)| {
            let draft = match d {
                SavedDraft::Text(t) => Draft::Text(t),
                SavedDraft::System(s) => Draft::System(s),
            };
            // A draft of a field this version no longer has is dropped; the case keeps its answers.
            Some((FieldPath::parse(&path)?, draft))
        })
        .collect();
    Restored::Current { case, drafts }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::Num;

    fn today() -> Date {
        Date::new(2026, 11, 25).unwrap()
    }

    #[test]
    fn a_save_round_trips_with_its_drafts() {
        let mut case = CaseFile::new();
        case.applicant.semesters_completed = Some(Num(4.0));
        case.applicant.performance = None;
        let mut drafts = Drafts::new();
        drafts.insert(
            FieldPath::parse("applicant.entrance_exam.score").unwrap(),
            Draft::Text("6l2".into()),
        );
        drafts.insert(
            FieldPath::parse("applicant.performance").unwrap(),
            Draft::System(GradeSystem::Gpa4),
        );
        let saved = wrap(&case, &drafts, today());
        assert!(saved.contains(r#""schema":1"#), "{saved}");
        assert_eq!(unwrap(Some(&saved)), Restored::Current { case, drafts });
    }

    #[test]
    fn a_bare_case_file_is_migrated() {
        let raw = r#"{"format":"transfer-check/case","version":1,"applicant":{"route":"hmt"}}"#;
        match unwrap(Some(raw)) {
            Restored::Migrated {
                case,
                from: 0,
                drafts,
            } => {
                assert!(case.applicant.route.is_some());
                assert!(drafts.is_empty());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn damaged_or_newer_saves_are_unreadable_not_empty() {
        for raw in [
            "{not json",
            r#"{"app":"transfer-check","schema":99,"saved_on":"2030-01-01","case":{}}"#,
            r#"{"app":"other","schema":1,"saved_on":"2026-01-01","case":{}}"#,
            r#"{"app":"transfer-check","schema":1,"saved_on":"2026-01-01","case":{"format":"transfer-check/case","version":1,"applicant":{"route":"moon"}}}"#,
        ] {
            assert_eq!(unwrap(Some(raw)), Restored::Unreadable, "{raw}");
        }
        assert_eq!(unwrap(None), Restored::Nothing);
        assert_eq!(unwrap(Some("  ")), Restored::Nothing);
    }
}
