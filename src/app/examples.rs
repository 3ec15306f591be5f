//! The example situations of `examples/`, built into the app so that one click fills in a whole case.

use crate::engine::case::CaseFile;
use crate::engine::validate::{read, CaseError};

/// Each example's file name and text, in the order the start page lists them (and the string tables
/// name them).
pub const FILES: [(&str, &str); 5] = [
    (
        "mainland-undergraduate.json",
        include_str!("../../examples/mainland-undergraduate.json"),
    ),
    (
        "international-ects.json",
        include_str!("../../examples/international-ects.json"),
    ),
    (
        "revoked-institution.json",
        include_str!("../../examples/revoked-institution.json"),
    ),
    ("masters.json", include_str!("../../examples/masters.json")),
    (
        "doctoral.json",
        include_str!("../../examples/doctoral.json"),
    ),
];

/// The example at `index`, read as any case file is.
pub fn load(index: usize) -> Option<Result<CaseFile, CaseError>> {
    FILES.get(index).map(|(_, json)| read(json))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::date::Date;
    use crate::engine::validate::check;

    #[test]
    fn every_example_reads_and_checks() {
        let today = Date::new(2026, 9, 1).unwrap();
        for (i, (name, _)) in FILES.iter().enumerate() {
            let case = load(i).unwrap().unwrap_or_else(|e| panic!("{name}: {e}"));
            check(&case, today).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        assert!(load(FILES.len()).is_none());
    }
}
