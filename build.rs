//! Turns the statutory-holiday files of `data/holidays-cn/` and the festival dates of
//! `data/festivals-cn.json` into tables compiled into the engine, so that adding a year's State Council
//! notice is adding its file, and a malformed file stops the build instead of a student's plan; and
//! asks the linker for what the site's release build needs.

use std::fmt::Write as _;
use std::path::Path;

const DATA: &str = "data/holidays-cn";
const FESTIVALS: &str = "data/festivals-cn.json";

/// A day of the year, as month and day.
type MonthDay = (u8, u8);

/// The festival dates the estimate of a year without a notice needs (P5), each with the first and
/// last day it can fall on: a date outside is a typing error.
const FESTIVAL_FIELDS: [(&str, MonthDay, MonthDay); 4] = [
    // Lunar 1/1 falls from 21 January to 20 February.
    ("spring_festival_eve", (1, 20), (2, 19)),
    ("qingming", (4, 3), (4, 6)),
    ("dragon_boat", (5, 28), (6, 25)),
    ("mid_autumn", (9, 7), (10, 8)),
];

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
    write_out("holidays.rs", &out);
    println!("cargo:rerun-if-changed={FESTIVALS}");
    write_out("festivals.rs", &festivals(Path::new(FESTIVALS)));
}

fn write_out(name: &str, text: &str) {
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join(name);
    std::fs::write(dest, text).unwrap_or_else(|e| panic!("write {name}: {e}"));
}

fn read_json(path: &Path) -> serde_json::Value {
    let at = path.display();
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{at}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{at}: {e}"))
}

/// One entry a year, the years in a row without a gap, each date of its own year and where that
/// festival can fall.
fn festivals(path: &Path) -> String {
    let at = path.display();
    let json = read_json(path);
    let years = json["years"]
        .as_array()
        .filter(|years| !years.is_empty())
        .unwrap_or_else(|| panic!("{at}: years"));
    let mut out = String::from("pub(super) const FESTIVALS: &[Festivals] = &[\n");
    let mut previous = None;
    for entry in years {
        let year = entry["year"]
            .as_i64()
            .and_then(|y| i32::try_from(y).ok())
            .unwrap_or_else(|| panic!("{at}: {entry}: year"));
        if let Some(previous) = previous {
            assert_eq!(
                year,
                previous + 1,
                "{at}: {year} does not follow {previous}"
            );
        }
        previous = Some(year);
        write!(out, "    Festivals {{ year: {year}").unwrap();
        for (field, first, last) in FESTIVAL_FIELDS {
            let date = entry[field]
                .as_str()
                .unwrap_or_else(|| panic!("{at}: {year}: {field}"));
            let (y, m, d) = parts(date).unwrap_or_else(|| panic!("{at}: not a date: {date}"));
            assert!(
                y == year && (first..=last).contains(&(m, d)),
                "{at}: {year}: {field} cannot be {date}"
            );
            write!(out, ", {field}: ({m}, {d})").unwrap();
        }
        out.push_str(" },\n");
    }
    out.push_str("];\n");
    out
}

fn year_entry(out: &mut String, year: i32, path: &Path) {
    let at = path.display();
    let json = read_json(path);
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
    let (y, m, d): (i32, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    ((1..=12).contains(&m) && (1..=days).contains(&d)).then_some((y, m, d))
}
