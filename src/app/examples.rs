//! The example situations of `examples/`: one click fills in a whole case. They are files of the site
//! (Trunk copies the folder), fetched when one is chosen, so that they cost a first visit nothing.

use crate::engine::case::validate::{read, CaseError};
use crate::engine::case::CaseFile;

/// Each example's file name, in the order the start page lists them (and the string tables name them).
pub const NAMES: [&str; 5] = [
    "mainland-undergraduate.json",
    "international-ects.json",
    "revoked-institution.json",
    "masters.json",
    "doctoral.json",
];

/// The example at `index`, fetched from the site and read as any case file is; `None` when there is
/// no such example or it cannot be fetched (offline before the site was ever cached).
pub async fn fetch(index: usize) -> Option<Result<CaseFile, CaseError>> {
    let name = NAMES.get(index)?;
    let json = crate::app::browser::fetch_text(&format!("examples/{name}")).await?;
    Some(read(&json))
}

/// The text of the example at `index`, for tests and native tools; never built into the site's wasm.
#[cfg(any(test, not(target_arch = "wasm32")))]
pub fn text(index: usize) -> String {
    const TEXTS: [&str; 5] = [
        include_str!("../../examples/mainland-undergraduate.json"),
        include_str!("../../examples/international-ects.json"),
        include_str!("../../examples/revoked-institution.json"),
        include_str!("../../examples/masters.json"),
        include_str!("../../examples/doctoral.json"),
    ];
    TEXTS[index].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::date::Date;
    use crate::engine::case::validate::check;

    #[test]
    fn every_example_reads_and_checks() {
        let today = Date::new(2026, 9, 1).unwrap();
        for (i, name) in NAMES.iter().enumerate() {
            // The built-in text is the file the site serves under that name.
            let path = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
            assert_eq!(text(i), std::fs::read_to_string(&path).unwrap(), "{name}");
            let case = read(&text(i)).unwrap_or_else(|e| panic!("{name}: {e}"));
            check(&case, today).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
}
