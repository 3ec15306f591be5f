//! Turns the statutory-holiday files of `data/holidays-cn/` into a table compiled into the engine, so
//! that adding a year's State Council notice is adding its file, and a malformed file stops the build
//! instead of a student's plan; and asks the linker for what the site's release build needs.

use std::fmt::Write as _;
use std::path::Path;

const DATA: &str = "data/holidays-cn";

fn main() {
    // Cutting the app's wasm in two (scripts/app-wasm.mjs) needs the linker's relocations.
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if wasm && std::env::var_os("CARGO_FEATURE_SPLIT").is_some() {
        println!("cargo:rustc-link-arg-bin=transfer-check=--emit-relocs");
    }
    println!("cargo:rerun-if-changed={DATA}");
    let mut files: Vec<(i32, std::path::PathBuf)> = std::fs::read_dir(DATA)
        .unwrap_or_else(|e| panic!("{DATA}: {e}"))
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let year = path.file_stem()?.to_str()?.parse().ok()?;
            (path.extension()? == "json").then_some((year, path))
        })
        .collect();
    files.sort();
    let mut out = String::from("pub(super) const YEARS: &[Year] = &[\n");
    for (year, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        year_entry(&mut out, *year, path);
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("holidays.rs");
    std::fs::write(dest, out).expect("write holidays.rs");
}

fn year_entry(out: &mut String, year: i32, path: &Path) {
    let at = path.display();
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{at}: {e}"));
    let json: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{at}: {e}"));
    assert_eq!(json["year"].as_i64(), Some(i64::from(year)), "{at}: year");
    let days = json["days"]
        .as_array()
        .unwrap_or_else(|| panic!("{at}: days"));
    let mut seen = std::collections::BTreeSet::new();
    writeln!(out, "    Year {{ year: {year}, days: &[").unwrap();
    for day in days {
        let date = day["date"]
            .as_str()
            .unwrap_or_else(|| panic!("{at}: {day}"));
        let (y, m, d) = parts(date).unwrap_or_else(|| panic!("{at}: not a date: {date}"));
        assert!(
            y == year || y == year - 1,
            "{at}: {date} is not of {year} or the year before"
        );
        assert!(seen.insert(date.to_owned()), "{at}: {date} is listed twice");
        let off = day["isOffDay"]
            .as_bool()
            .unwrap_or_else(|| panic!("{at}: {date}: isOffDay"));
        let name = day["name"]
            .as_str()
            .unwrap_or_else(|| panic!("{at}: {date}: name"));
        writeln!(
            out,
            "        Listed {{ year: {y}, month: {m}, day: {d}, off: {off}, name: {name:?} }},"
        )
        .unwrap();
    }
    out.push_str("    ] },\n");
}

fn parts(date: &str) -> Option<(i32, u8, u8)> {
    let mut it = date.split('-');
    let (y, m, d) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (m, d) = (m.parse().ok()?, d.parse().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y.parse().ok()?, m, d))
}
