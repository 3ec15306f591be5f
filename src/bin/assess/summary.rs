//! `assess --summary`: one CSV row per case file, in the order given, for an office that assesses
//! many: the file, its verdict, route and level, the converted average, the recognized credits, the
//! credit shortfall, the documents still missing and the submission deadline. UTF-8 with a byte-order
//! mark, so that a spreadsheet opens names in Chinese as they are. Words are the assessment's codes
//! (`eligible`, `mainland`), as in the JSON.

use serde::Serialize;
use transfer_check::engine::case::model::Case;
use transfer_check::engine::Assessment;

/// What a spreadsheet needs to read the file as UTF-8.
pub const BOM: &str = "\u{feff}";

pub const HEADER: [&str; 9] = [
    "file",
    "verdict",
    "route",
    "level",
    "average",
    "recognized_credits",
    "shortfall",
    "documents_missing",
    "deadline",
];

/// The verdict of a file that could not be read or is not a valid case file (its errors go to
/// stderr).
pub const INVALID: &str = "invalid";

/// The row of a case and its assessment.
pub fn row(file: &str, case: &Case, a: &Assessment) -> [String; 9] {
    let average = a.performance.and_then(|p| p.band).map(|b| match b.range() {
        [low, high] if low == high => low.to_string(),
        [low, high] => format!("{low}-{high}"),
    });
    let missing = a.documents_missing();
    let deadline = a.timeline.as_ref().map(|t| t.window.closes.to_string());
    [
        file.to_owned(),
        code(&a.verdict),
        case.applicant.route.as_ref().map(code).unwrap_or_default(),
        case.applicant.level.as_ref().map(code).unwrap_or_default(),
        average.unwrap_or_default(),
        a.credits.recognized.to_string(),
        a.credits
            .shortfall
            .map(|s| s.to_string())
            .unwrap_or_default(),
        missing.to_string(),
        deadline.unwrap_or_default(),
    ]
}

/// The row of a file without an assessment.
pub fn invalid_row(file: &str) -> [String; 9] {
    let mut row: [String; 9] = Default::default();
    row[0] = file.to_owned();
    row[1] = INVALID.to_owned();
    row
}

/// A word as the assessment's JSON writes it.
fn code<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// One CSV line (RFC 4180: a cell with a comma, a quote or a line break is quoted; lines end in CRLF).
pub fn line(cells: &[String]) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to memory cannot fail.
    let _ = writer.write_record(cells);
    writer.into_inner().unwrap_or_default()
}
