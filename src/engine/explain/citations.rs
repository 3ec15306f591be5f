//! Sentences leave the citations their finding or course reason carries to the interface, which
//! prints them beside the sentence: over every golden case and example, no sentence repeats one.

use crate::engine::case::date::Date;
use crate::engine::catalog::read::read_dir;
use crate::engine::catalog::Catalog;
use crate::engine::rules::cite::Cite;
use crate::engine::{assess, explain, parse_with, MEASURES_2023_046 as P};
use crate::lang::Lang;
use std::path::Path;

/// Whether a sentence cites `cite` in parentheses, alone or in a list.
fn cites(sentence: &str, cite: &str) -> bool {
    ["(", "（", ", ", "、"].iter().any(|before| {
        [")", "）", ", ", "、"]
            .iter()
            .any(|after| sentence.contains(&format!("{before}{cite}{after}")))
    })
}

/// Each case's text, with the catalogue a golden file assesses it in.
fn cases() -> Vec<(String, Option<Catalog>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in ["tests/golden", "examples"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        for file in files {
            let doc: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
            // Golden files wrap the case; examples are cases.
            let catalog = doc
                .get("catalog")
                .and_then(|dir| dir.as_str())
                .map(|dir| read_dir(&root.join(dir)).expect("the golden file's catalogue"));
            out.push((doc.get("case").unwrap_or(&doc).to_string(), catalog));
        }
    }
    out
}

#[test]
fn no_sentence_repeats_a_citation_it_carries() {
    let today = Date::new(2026, 9, 1).unwrap();
    let mut checked = 0;
    for (text, catalog) in cases() {
        // Golden files of invalid cases have no assessment.
        let Ok(case) = parse_with(&text, today, catalog.as_ref()) else {
            continue;
        };
        let a = assess(&case, &P, catalog.as_ref());
        for lang in Lang::ALL {
            for f in &a.findings {
                let s = explain::finding(f, &P, lang);
                let carried = f
                    .rulings
                    .iter()
                    .map(|r| r.id())
                    .chain(f.cites.iter().map(|c| c.id()))
                    .chain([f.rule.id()]);
                for c in carried {
                    assert!(!cites(&s, c), "{s} repeats {c}");
                }
                checked += 1;
            }
            for r in a.courses.iter().flat_map(|c| &c.reasons) {
                let s = explain::course_reason(r, lang);
                assert!(!cites(&s, r.rule.id()), "{s} repeats {}", r.rule);
                checked += 1;
            }
            // What the catalogue adds, each sentence with the passages the report carries beside it.
            let mut added = vec![(explain::programme(&a.programme, lang), vec![Cite::A18])];
            if let Some(r) = &a.remaining {
                added.push((explain::remaining(r, lang), vec![Cite::A12_1, Cite::A16]));
                let exemptions = r.courses.iter().filter_map(|c| c.exemption.as_ref());
                added.extend(exemptions.map(|e| (explain::exemption(e, lang), vec![Cite::A12_1])));
            }
            for o in &a.literacy_options {
                added.push((explain::literacy_option(o, lang), vec![Cite::A12_2_3]));
            }
            for p in a.courses.iter().filter_map(|c| c.precedent.as_ref()) {
                added.push((explain::precedent(p, lang), vec![Cite::A6_2_1]));
            }
            for (s, carried) in added {
                for c in carried {
                    assert!(!cites(&s, c.id()), "{s} repeats {c}");
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "{checked}");
}

#[test]
fn a_citation_in_a_sentence_is_found() {
    assert!(cites("Passed after a retake (R7, A8.4).", "A8.4"));
    assert!(cites("Passed after a retake (R7, A8.4).", "R7"));
    assert!(cites("补考或重修后通过（R7、A8.4）。", "A8.4"));
    assert!(!cites("but the 2.5 of A4.3.1.b governs.", "A4.3.1.b"));
}
