#![cfg(not(target_arch = "wasm32"))]
//! Every reader of outside input takes anything without panicking, and says where a rejection is: the
//! transcript reader (paste and CSV), share links, and what a browser saved (the case file reader has
//! its own families of wild input in `properties.rs`).

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::Config;
use transfer_check::app::saved::{self, Restored};
use transfer_check::app::share;
use transfer_check::engine::case::field::FieldPath;
use transfer_check::engine::transcript;

/// Text that looks enough like a spreadsheet to reach the cell readers: a header of known and unknown
/// columns, then rows of cells from every kind of value, separated by tabs, commas or semicolons.
fn sheet() -> impl Strategy<Value = String> {
    let header = prop::sample::subsequence(
        vec![
            "Course",
            "Credits",
            "Grade",
            "System",
            "Hours",
            "Completed",
            "Retake",
            "Kind",
            "Match",
            "Match hours",
            "Overlap",
            "课程名称",
            "学分",
            "成绩",
            "Teacher",
        ],
        1..8,
    );
    let cell = prop_oneof![
        Just(String::new()),
        "[0-9]{1,4}([.,][0-9]{0,4})?",
        "[A-Fa-f][+-]?",
        "(excellent|good|pass|fail|优秀|及格|yes|no|是|否|theory|elective)",
        "20[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}",
        "\"[^\"]{0,12}\"?",
        any::<String>(),
    ];
    let delimiter = prop::sample::select(vec!['\t', ',', ';']);
    (header, vec(vec(cell, 0..10), 0..12), delimiter).prop_map(|(header, rows, d)| {
        let mut text = header.join(&d.to_string());
        for row in rows {
            text.push('\n');
            text.push_str(&row.join(&d.to_string()));
        }
        text
    })
}

proptest! {
    #![proptest_config(Config { cases: 256, failure_persistence: None, ..Config::default() })]

    #[test]
    fn any_text_is_read_or_refused_as_a_transcript(text in any::<String>()) {
        let _ = transcript::parse(&text);
    }

    #[test]
    fn every_unreadable_cell_is_named_by_its_line_and_column(text in sheet()) {
        if let Ok(parsed) = transcript::parse(&text) {
            // Lines as a spreadsheet counts them: CRLF, LF or a lone CR end one.
            let lines = text.replace("\r\n", "\n").split(['\n', '\r']).count();
            for problem in &parsed.problems {
                prop_assert!(problem.line >= 1 && problem.line <= lines, "{problem:?}");
                prop_assert!(!problem.header.is_empty(), "{problem:?}");
            }
            prop_assert!(parsed.courses.len() <= transcript::MAX_ROWS);
        }
    }

    #[test]
    fn any_share_link_is_read_or_refused(hash in any::<String>(), bytes in vec(any::<u8>(), 0..300)) {
        if let Some(payload) = share::payload(&hash) {
            let _ = share::from_base64url(payload);
        }
        let text = String::from_utf8_lossy(&bytes);
        let _ = share::from_base64url(&text);
        if let Err(e) = share::case_from_json(&text) {
            for error in &e.errors {
                // A whole-file error has no path; any other names where it is.
                prop_assert!(error.path.is_empty() || !error.path.starts_with('.'), "{error:?}");
            }
        }
    }

    #[test]
    fn any_saved_state_is_restored_migrated_or_set_aside(bytes in vec(any::<u8>(), 0..400)) {
        let raw = String::from_utf8_lossy(&bytes);
        match saved::unwrap(Some(&raw)) {
            Restored::Current { drafts, .. } => {
                for path in drafts.keys() {
                    prop_assert_eq!(FieldPath::parse(&path.to_string()), Some(*path));
                }
            }
            Restored::Nothing | Restored::Migrated { .. } | Restored::Unreadable => {}
        }
    }

    #[test]
    fn any_json_value_saved_is_restored_migrated_or_set_aside(value in json()) {
        let raw = value.to_string();
        let _ = saved::unwrap(Some(&raw));
        let _ = share::case_from_json(&raw);
    }
}

/// Arbitrary JSON values, objects with the envelope's and the case file's keys among others.
fn json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(|f| serde_json::json!(f)),
        any::<i64>().prop_map(serde_json::Value::from),
        ".{0,12}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(4, 64, 6, |inner| {
        let key = prop::sample::select(vec![
            "app",
            "schema",
            "saved_on",
            "case",
            "drafts",
            "format",
            "version",
            "applicant",
            "courses",
            "route",
            "x",
        ]);
        prop_oneof![
            vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            vec((key, inner), 0..6).prop_map(|pairs| {
                serde_json::Value::Object(
                    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
                )
            }),
        ]
    })
}

#[test]
fn a_save_of_the_previous_format_is_migrated() {
    // Format 0 kept the bare case file; this one was saved so by an earlier version.
    let raw = std::fs::read_to_string("tests/fixtures/saved-format-0.json").unwrap();
    match saved::unwrap(Some(&raw)) {
        Restored::Migrated { case, drafts, from } => {
            assert_eq!(from, 0);
            assert!(drafts.is_empty());
            assert_eq!(case.courses.len(), 7);
        }
        Restored::Nothing | Restored::Current { .. } | Restored::Unreadable => {
            panic!("the save of format 0 was not migrated")
        }
    }
}
