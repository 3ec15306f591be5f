#![cfg(not(target_arch = "wasm32"))]
//! Golden tests: a hand-computed table of cases in `tests/golden/*.json`, each checked against
//! `transfer_check::engine::assess_json`, plus a check of every one-click example in `examples/`.
//!
//! A golden file is `{ "about": "...", "case": {...}, "expect": {...} }` or, for an invalid case,
//! `{ "about": "...", "case": {...}, "expect_error": "courses[2].grade.value" }`. A case assessed in
//! a programme catalogue names its folder, from the crate's root:
//! `"catalog": "tests/fixtures/catalog-mini"` (`docs/catalog.md`).
//!
//! Comparison rules (only what `expect` lists is checked):
//! - `findings`: an object keyed by condition; each listed condition must appear in the actual
//!   `findings` array (matched by its `condition` field) with the listed fields equal.
//! - `courses`: compared by index; same length as the actual list; only the listed keys per course;
//!   for `rules` the expected list must be a subset of the actual list; an object (`precedent`)
//!   compares its listed keys.
//! - `documents`: compared by index; same length as the actual list; only the listed keys per entry
//!   (`id`, `cite`, `status`, `issued_on_or_after`, ...), so an entry need not spell its message; a
//!   listed key whose expected value is `null` must be absent or `null` (the report leaves out an
//!   optional field it has no value for, such as `min_amount_yuan` without a tuition).
//! - `timeline`: `null` asserts that the assessment has no timeline; otherwise an object whose
//!   `calendar` and `window` objects compare their listed keys only, and whose `steps` array is
//!   compared by index, same length as the actual list, listed keys only per step (`step`, `cite`,
//!   `working_days`, `from`, `due`, `estimated`, `after_open_step`, ...); any other listed key of
//!   the timeline (`later`) is compared like a top-level key.
//! - `cscse`: `null` asserts that the assessment has no `cscse`; otherwise its listed keys are equal.
//! - `remaining`: `null` asserts that it is null; otherwise its listed keys, with `courses` compared
//!   by index like `documents` (listed keys per entry, same length).
//! - `literacy_options`: compared by index, same length, listed keys per entry.
//! - everything else (`verdict`, `performance`, `credits`, ...): the listed keys are equal.
//! - numbers compare with a tolerance of 1e-9.
//! - `expect_error`: the call must fail with a message that starts with that field path.

use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use transfer_check::engine::catalog::Catalog;
use transfer_check::engine::explain;
use transfer_check::lang::Lang;

const TODAY: &str = "2026-09-01";
const TOLERANCE: f64 = 1e-9;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn show(v: &Value) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "<unprintable>".into())
}

/// Deep equality with a numeric tolerance. Objects must have the same keys.
fn same(expected: &Value, actual: &Value) -> bool {
    match (expected, actual) {
        (Value::Number(e), Value::Number(a)) => match (e.as_f64(), a.as_f64()) {
            (Some(e), Some(a)) => (e - a).abs() <= TOLERANCE,
            _ => false,
        },
        (Value::Array(e), Value::Array(a)) => {
            e.len() == a.len() && e.iter().zip(a).all(|(e, a)| same(e, a))
        }
        (Value::Object(e), Value::Object(a)) => {
            e.len() == a.len()
                && e.iter()
                    .all(|(k, ev)| a.get(k).is_some_and(|av| same(ev, av)))
        }
        _ => expected == actual,
    }
}

struct Report {
    file: String,
    lines: Vec<String>,
}

impl Report {
    fn mismatch(&mut self, path: &str, expected: &Value, actual: Option<&Value>) {
        let actual = actual.map(show).unwrap_or_else(|| "<absent>".into());
        self.lines.push(format!(
            "  {path}\n      expected: {}\n      actual:   {actual}",
            show(expected)
        ));
    }
    fn note(&mut self, path: &str, text: String) {
        self.lines.push(format!("  {path}\n      {text}"));
    }
}

/// Compares the listed keys of an expected object with the actual object.
fn compare_listed(r: &mut Report, path: &str, expected: &Value, actual: Option<&Value>) {
    match (expected, actual) {
        (Value::Object(e), Some(Value::Object(a))) => {
            for (k, ev) in e {
                let av = a.get(k);
                if !av.is_some_and(|av| same(ev, av)) {
                    r.mismatch(&format!("{path}.{k}"), ev, av);
                }
            }
        }
        (Value::Object(_), _) => r.mismatch(path, expected, actual),
        _ => {
            if !actual.is_some_and(|a| same(expected, a)) {
                r.mismatch(path, expected, actual);
            }
        }
    }
}

fn compare_findings(r: &mut Report, expected: &Value, actual: Option<&Value>) {
    let Some(expected) = expected.as_object() else {
        r.note(
            "expect.findings",
            "must be an object keyed by condition".into(),
        );
        return;
    };
    let Some(list) = actual.and_then(Value::as_array) else {
        r.mismatch("findings", &Value::Object(expected.clone()), actual);
        return;
    };
    for (condition, fields) in expected {
        let found: Vec<&Value> = list
            .iter()
            .filter(|f| f.get("condition").and_then(Value::as_str) == Some(condition.as_str()))
            .collect();
        let path = format!("findings[{condition}]");
        match found.as_slice() {
            [] => r.mismatch(&path, fields, None),
            [one] => compare_listed(r, &path, fields, Some(one)),
            many => r.note(
                &path,
                format!(
                    "{} findings with this condition (the contract says one each)",
                    many.len()
                ),
            ),
        }
    }
}

/// How an entry's listed key is compared with the actual entry's.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Entries {
    /// Course results: `rules` is a subset of the actual list, every other key is equal.
    Courses,
    /// Documents: an expected `null` also matches an absent key.
    Documents,
    /// Timeline steps: every listed key is equal.
    Steps,
}

/// Compares an expected list of entries with the actual list by index: same length, and only the
/// listed keys of each expected entry.
fn compare_entries(
    r: &mut Report,
    path: &str,
    kind: Entries,
    expected: &Value,
    actual: Option<&Value>,
) {
    let (Some(expected), Some(list)) = (expected.as_array(), actual.and_then(Value::as_array))
    else {
        r.mismatch(path, expected, actual);
        return;
    };
    if expected.len() != list.len() {
        r.note(
            path,
            format!(
                "expected {} entries, actual {}: {}",
                expected.len(),
                list.len(),
                show(actual.unwrap())
            ),
        );
        return;
    }
    for (i, (e, a)) in expected.iter().zip(list).enumerate() {
        let Some(e) = e.as_object() else {
            r.note(&format!("expect.{path}[{i}]"), "must be an object".into());
            continue;
        };
        for (k, ev) in e {
            let key_path = format!("{path}[{i}].{k}");
            let av = a.get(k);
            if kind == Entries::Courses && ev.is_object() {
                compare_listed(r, &key_path, ev, av);
            } else if kind == Entries::Courses && k == "rules" {
                let ok = match (ev.as_array(), av.and_then(Value::as_array)) {
                    (Some(want), Some(have)) => want.iter().all(|w| have.contains(w)),
                    _ => false,
                };
                if !ok {
                    r.note(
                        &key_path,
                        format!(
                            "expected a superset of {}\n      actual:   {}",
                            show(ev),
                            av.map(show).unwrap_or_else(|| "<absent>".into())
                        ),
                    );
                }
            } else if kind == Entries::Documents && ev.is_null() {
                if !av.is_none_or(Value::is_null) {
                    r.mismatch(&key_path, ev, av);
                }
            } else if !av.is_some_and(|av| same(ev, av)) {
                r.mismatch(&key_path, ev, av);
            }
        }
    }
}

/// `null` asserts absence; anything else is compared by `compare`.
fn compare_optional(
    r: &mut Report,
    path: &str,
    expected: &Value,
    actual: Option<&Value>,
    compare: fn(&mut Report, &str, &Value, Option<&Value>),
) {
    match (expected, actual) {
        (Value::Null, None | Some(Value::Null)) => {}
        (Value::Null, Some(_)) => r.note(
            path,
            format!(
                "expected no {path}\n      actual:   {}",
                actual.map(show).unwrap_or_default()
            ),
        ),
        (_, None | Some(Value::Null)) => r.mismatch(path, expected, None),
        _ => compare(r, path, expected, actual),
    }
}

fn compare_timeline(r: &mut Report, path: &str, expected: &Value, actual: Option<&Value>) {
    compare_with_list(r, path, expected, actual, ("steps", Entries::Steps));
}

fn compare_remaining(r: &mut Report, path: &str, expected: &Value, actual: Option<&Value>) {
    compare_with_list(r, path, expected, actual, ("courses", Entries::Documents));
}

/// An object whose listed keys are compared, its `list` key's entries by index.
fn compare_with_list(
    r: &mut Report,
    path: &str,
    expected: &Value,
    actual: Option<&Value>,
    (list, kind): (&str, Entries),
) {
    let Some(expected) = expected.as_object() else {
        r.note(
            &format!("expect.{path}"),
            "must be an object or null".into(),
        );
        return;
    };
    for (k, ev) in expected {
        let key_path = format!("{path}.{k}");
        let av = actual.and_then(|a| a.get(k));
        if k == list {
            compare_entries(r, &key_path, kind, ev, av);
        } else {
            compare_listed(r, &key_path, ev, av);
        }
    }
}

/// The catalogue a golden file names, read once per folder.
fn catalog(dir: &str) -> Result<Catalog, String> {
    static READ: OnceLock<Mutex<BTreeMap<String, Result<Catalog, String>>>> = OnceLock::new();
    let mut read = READ.get_or_init(Default::default).lock().unwrap();
    read.entry(dir.to_owned())
        .or_insert_with(|| {
            transfer_check::engine::catalog::read::read_dir(&manifest_dir().join(dir)).map_err(
                |e| {
                    let problems: Vec<String> = e
                        .problems
                        .iter()
                        .map(|p| explain::catalog_problem(p, Lang::En))
                        .collect();
                    problems.join("; ")
                },
            )
        })
        .clone()
}

fn check_file(path: &Path) -> Report {
    let file = path.file_name().unwrap().to_string_lossy().into_owned();
    let mut r = Report {
        file,
        lines: Vec::new(),
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            r.note("<file>", format!("cannot read: {e}"));
            return r;
        }
    };
    let golden: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            r.note("<file>", format!("not JSON: {e}"));
            return r;
        }
    };
    let about = golden
        .get("about")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if about.trim().is_empty() {
        r.note("about", "missing or empty".into());
    }
    let Some(case) = golden.get("case") else {
        r.note("case", "missing".into());
        return r;
    };
    let case_json = serde_json::to_string(case).unwrap();
    let catalog = match golden.get("catalog").map(|dir| dir.as_str().map(catalog)) {
        None => None,
        Some(Some(Ok(catalog))) => Some(catalog),
        Some(Some(Err(problems))) => {
            r.note("catalog", format!("refused: {problems}"));
            return r;
        }
        Some(None) => {
            r.note("catalog", "must name a folder".into());
            return r;
        }
    };
    let result = transfer_check::engine::assess_json_with(&case_json, TODAY, catalog.as_ref());

    match (golden.get("expect"), golden.get("expect_error")) {
        (Some(_), Some(_)) | (None, None) => {
            r.note(
                "<file>",
                "needs exactly one of `expect` and `expect_error`".into(),
            );
        }
        (None, Some(want)) => {
            let want = want.as_str().unwrap_or_default();
            match result {
                Ok(v) => r.note(
                    "expect_error",
                    format!("expected an error starting with {want:?}, got an assessment with verdict {}",
                        v.get("verdict").map(show).unwrap_or_default()),
                ),
                Err(msg) if msg.starts_with(want) => {}
                Err(msg) => r.note(
                    "expect_error",
                    format!("expected an error starting with {want:?}\n      actual:   {msg:?}"),
                ),
            }
        }
        (Some(expect), None) => {
            let actual = match result {
                Ok(v) => v,
                Err(msg) => {
                    r.note("<assess>", format!("unexpected error: {msg}"));
                    return r;
                }
            };
            let Some(expect) = expect.as_object() else {
                r.note("expect", "must be an object".into());
                return r;
            };
            for (key, ev) in expect {
                let av = actual.get(key);
                match key.as_str() {
                    "findings" => compare_findings(&mut r, ev, av),
                    "courses" => compare_entries(&mut r, "courses", Entries::Courses, ev, av),
                    "documents" => compare_entries(&mut r, "documents", Entries::Documents, ev, av),
                    "timeline" => compare_optional(&mut r, key, ev, av, compare_timeline),
                    "cscse" => compare_optional(&mut r, key, ev, av, compare_listed),
                    "remaining" => compare_optional(&mut r, key, ev, av, compare_remaining),
                    "literacy_options" => compare_entries(&mut r, key, Entries::Documents, ev, av),
                    _ => compare_listed(&mut r, key, ev, av),
                }
            }
        }
    }
    r
}

fn golden_files() -> Vec<PathBuf> {
    let dir = manifest_dir().join("tests").join("golden");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn golden_cases() {
    let files = golden_files();
    assert!(
        !files.is_empty(),
        "tests/golden holds no case: the golden table is missing"
    );
    let mut out = String::new();
    let mut failed = 0;
    for path in &files {
        let r = check_file(path);
        if !r.lines.is_empty() {
            failed += 1;
            let _ = writeln!(out, "{}", r.file);
            for l in &r.lines {
                let _ = writeln!(out, "{l}");
            }
        }
    }
    if failed > 0 {
        panic!(
            "{failed} of {} golden cases do not hold:\n\n{out}",
            files.len()
        );
    }
}

// ------------------------------------------------------------------ the one-click examples

fn check_example(name: &str, verdict: &str) {
    let path = manifest_dir().join("examples").join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let v = transfer_check::engine::assess_json(&text, TODAY)
        .unwrap_or_else(|e| panic!("{name} does not parse: {e}"));
    assert_eq!(
        v.get("verdict").and_then(Value::as_str),
        Some(verdict),
        "{name}: verdict; findings not passing: {}",
        show(&Value::Array(
            v.get("findings")
                .and_then(Value::as_array)
                .map(|f| {
                    f.iter()
                        .filter(|f| {
                            !matches!(
                                f.get("status").and_then(Value::as_str),
                                Some("pass") | Some("not_applicable")
                            )
                        })
                        .cloned()
                        .collect()
                })
                .unwrap_or_default()
        ))
    );
}

/// The examples and the verdict each must give.
const EXAMPLES: &[(&str, &str)] = &[
    ("mainland-undergraduate.json", "eligible"),
    ("international-ects.json", "eligible"),
    ("revoked-institution.json", "eligible"),
    ("masters.json", "eligible"),
    ("doctoral.json", "eligible"),
];

fn example_verdict(name: &str) -> &'static str {
    EXAMPLES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| *v)
        .unwrap()
}

#[test]
fn example_mainland_undergraduate() {
    check_example(
        "mainland-undergraduate.json",
        example_verdict("mainland-undergraduate.json"),
    );
}

#[test]
fn example_international_ects() {
    check_example(
        "international-ects.json",
        example_verdict("international-ects.json"),
    );
}

#[test]
fn example_revoked_institution() {
    check_example(
        "revoked-institution.json",
        example_verdict("revoked-institution.json"),
    );
}

#[test]
fn example_masters() {
    check_example("masters.json", example_verdict("masters.json"));
}

#[test]
fn example_doctoral() {
    check_example("doctoral.json", example_verdict("doctoral.json"));
}

#[test]
fn every_example_is_in_the_table() {
    let dir = manifest_dir().join("examples");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    let mut listed: Vec<String> = EXAMPLES.iter().map(|(n, _)| n.to_string()).collect();
    listed.sort();
    assert_eq!(
        names, listed,
        "examples/*.json and the EXAMPLES table differ"
    );
}
