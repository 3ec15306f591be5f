//! The answers saved in the browser: a versioned envelope around the case file and the field drafts.
//! Reading a save never loses it: one that cannot be read is handed back whole to be set aside, and one
//! from an earlier format is brought up to date.

use serde_json::{json, Map, Value};

use super::state::{Draft, Drafts};
use crate::engine::case::date::Date;
use crate::engine::case::field::FieldPath;
use crate::engine::case::json::{from_word, to_value};
use crate::engine::case::model::by_insertion;
use crate::engine::case::validate::read_value;
use crate::engine::case::CaseFile;

/// Where the answers are kept.
pub const KEY: &str = "transfer-check.answers";
/// Where a save that could not be read is moved, so that nothing is silently dropped.
pub const SET_ASIDE_KEY: &str = "transfer-check.answers.unreadable";
/// The envelope's format. 0 was a bare case file under the same key, without drafts.
pub const SCHEMA: u32 = 1;
const APP: &str = "transfer-check";

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

/// The save for a case and its drafts: `{"app", "schema", "saved_on", "case", "drafts"}`, each draft
/// under its field's path as `{"text": "7O"}`, `{"system": "gpa4"}`, `{"not_a_date": true}` or
/// `{"ticked": "CS201:kp1,kp3"}`.
pub fn wrap(case: &CaseFile, drafts: &Drafts, saved_on: Date) -> String {
    let saved: Map<String, Value> = by_insertion(drafts.iter().map(|(path, d)| {
        let draft = match d {
            Draft::Text(t) => json!({ "text": t }),
            Draft::System(s) => json!({ "system": s }),
            Draft::NotADate => json!({ "not_a_date": true }),
            Draft::Ticked(t) => json!({ "ticked": t }),
        };
        (path.to_string(), draft)
    }));
    // Built field by field: `json!` would copy the case's whole tree once more, on every keystroke.
    let mut envelope = Map::new();
    envelope.insert("app".to_owned(), APP.into());
    envelope.insert("schema".to_owned(), SCHEMA.into());
    envelope.insert("saved_on".to_owned(), saved_on.to_string().into());
    envelope.insert("case".to_owned(), to_value(case));
    envelope.insert("drafts".to_owned(), Value::Object(saved));
    Value::Object(envelope).to_string()
}

/// Reads what was saved, if anything.
pub fn unwrap(raw: Option<&str>) -> Restored {
    let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else {
        return Restored::Nothing;
    };
    let Ok(value) = serde_json::from_str::<Value>(raw) else {
        return Restored::Unreadable;
    };
    // Format 0: the case file itself.
    if let Ok(case) = read_value(&value) {
        return Restored::Migrated {
            case,
            drafts: Drafts::new(),
            from: 0,
        };
    }
    envelope(&value).unwrap_or(Restored::Unreadable)
}

/// The current format, read whole or not at all: a draft that cannot be read makes the save
/// unreadable, as a damaged case does.
fn envelope(value: &Value) -> Option<Restored> {
    let map = value.as_object()?;
    let text = |name: &str| map.get(name).and_then(Value::as_str);
    let schema = map.get("schema").and_then(Value::as_u64);
    if text("app")? != APP || schema? != u64::from(SCHEMA) || text("saved_on").is_none() {
        return None;
    }
    let case = read_value(map.get("case")?).ok()?;
    let none = Map::new();
    let saved = match map.get("drafts") {
        None => &none,
        Some(d) => d.as_object()?,
    };
    let mut drafts = Drafts::new();
    for (path, d) in saved {
        let draft = draft(d)?;
        // A draft of a field this version no longer has is dropped; the case keeps its answers.
        if let Some(path) = FieldPath::parse(path) {
            drafts.insert(path, draft);
        }
    }
    Some(Restored::Current { case, drafts })
}

fn draft(saved: &Value) -> Option<Draft> {
    let map = saved.as_object().filter(|m| m.len() == 1)?;
    match map.iter().next()? {
        (kind, Value::String(t)) if kind == "text" => Some(Draft::Text(t.clone())),
        (kind, Value::String(s)) if kind == "system" => from_word(s).ok().map(Draft::System),
        (kind, Value::Bool(true)) if kind == "not_a_date" => Some(Draft::NotADate),
        (kind, Value::String(t)) if kind == "ticked" => Some(Draft::Ticked(t.clone())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::{GradeSystem, Num};

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
        drafts.insert(FieldPath::parse("assessed_on").unwrap(), Draft::NotADate);
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
            r#"{"app":"transfer-check","schema":1,"saved_on":"2026-01-01","case":{"format":"transfer-check/case","version":1},"drafts":{"applicant.performance":{"system":"moon"}}}"#,
            r#"{"app":"transfer-check","schema":1,"saved_on":"2026-01-01","case":{"format":"transfer-check/case","version":1},"drafts":{"applicant.performance":{"text":"7O","system":"gpa4"}}}"#,
            r#"{"app":"transfer-check","schema":1,"case":{"format":"transfer-check/case","version":1}}"#,
        ] {
            assert_eq!(unwrap(Some(raw)), Restored::Unreadable, "{raw}");
        }
        assert_eq!(unwrap(None), Restored::Nothing);
        assert_eq!(unwrap(Some("  ")), Restored::Nothing);
    }

    #[test]
    fn a_save_written_before_the_envelope_was_built_by_hand_still_reads() {
        // Exactly what the derived writer wrote (its field order; drafts externally tagged).
        let raw = r#"{"app":"transfer-check","schema":1,"saved_on":"2026-11-25","case":{"format":"transfer-check/case","version":1,"applicant":{"semesters_completed":4}},"drafts":{"applicant.entrance_exam.score":{"text":"6l2"},"applicant.performance":{"system":"gpa4"}}}"#;
        let Restored::Current { case, drafts } = unwrap(Some(raw)) else {
            panic!("not read: {raw}");
        };
        assert_eq!(case.applicant.semesters_completed, Some(Num(4.0)));
        let path = |p| FieldPath::parse(p).unwrap();
        assert_eq!(
            drafts.into_iter().collect::<Vec<_>>(),
            [
                (
                    path("applicant.entrance_exam.score"),
                    Draft::Text("6l2".into())
                ),
                (
                    path("applicant.performance"),
                    Draft::System(GradeSystem::Gpa4)
                ),
            ]
        );
    }

    #[test]
    fn points_ticked_for_other_receiving_courses_are_kept_in_the_save() {
        let path = FieldPath::parse("courses[2].match.covered").unwrap();
        let ticked = Draft::Ticked("CS201:kp1,kp3".to_owned());
        let drafts = Drafts::from([(path, ticked)]);
        let saved = wrap(&CaseFile::new(), &drafts, today());
        assert!(
            saved.contains(r#""courses[2].match.covered":{"ticked":"CS201:kp1,kp3"}"#),
            "{saved}"
        );
        let Restored::Current { drafts: back, .. } = unwrap(Some(&saved)) else {
            panic!("not read: {saved}");
        };
        assert_eq!(back, drafts);
    }

    #[test]
    fn drafts_of_fields_this_version_lacks_are_dropped() {
        let raw = r#"{"app":"transfer-check","schema":1,"saved_on":"2026-01-01","case":{"format":"transfer-check/case","version":1},"drafts":{"applicant.moon":{"text":"x"},"applicant.performance":{"system":"gpa4"}}}"#;
        let Restored::Current { drafts, .. } = unwrap(Some(raw)) else {
            panic!("not read: {raw}");
        };
        let path = FieldPath::parse("applicant.performance").unwrap();
        assert_eq!(
            drafts.into_iter().collect::<Vec<_>>(),
            [(path, Draft::System(GradeSystem::Gpa4))]
        );
    }
}
