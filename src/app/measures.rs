//! The text behind every citation: the Measures as published (`policy/measures-2023-046.md`, whose
//! units carry ids such as `[A4.3.1.b]`) and the product's rulings (`policy/rulings.md`, R1-R15, with a
//! Chinese translation). Built into the app so that a citation opens its exact text offline.

use crate::lang::Lang;

const MEASURES: &str = include_str!("../../policy/measures-2023-046.md");
const RULINGS_EN: &str = include_str!("../../policy/rulings.md");
const RULINGS_ZH: &str = include_str!("../../policy/rulings.zh.md");

/// One citable unit of the Measures: its words and, for the units that hold one, its table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Passage {
    pub id: String,
    pub text: String,
    /// The table's rows, header first.
    pub table: Vec<Vec<String>>,
}

/// The unit with this citation id, such as `A4.3.1.b` or `A6.1`.
pub fn passage(id: &str) -> Option<Passage> {
    let marker = format!("[{id}]");
    let mut lines = MEASURES.lines();
    let first = lines
        .by_ref()
        .find(|l| l.trim_start().trim_start_matches("- ").starts_with(&marker))?;
    let text = first
        .trim_start()
        .trim_start_matches("- ")
        .trim_start_matches(&marker)
        .trim()
        .to_owned();
    // A unit ends where the next unit or heading starts; a table inside it belongs to it.
    let table = lines
        .take_while(|l| {
            let l = l.trim_start().trim_start_matches("- ");
            !l.starts_with("[A") && !l.starts_with('#')
        })
        .map(str::trim)
        .filter(|l| l.starts_with('|') && !l.starts_with("|---"))
        .map(|l| {
            l.trim_matches('|')
                .split('|')
                .map(|cell| cell.trim().to_owned())
                .collect()
        })
        .collect();
    Some(Passage {
        id: id.to_owned(),
        text,
        table,
    })
}

/// The text of a ruling (`R1`..`R15`) in a language.
pub fn ruling(id: &str, lang: Lang) -> Option<String> {
    let source = match lang {
        Lang::En => RULINGS_EN,
        Lang::Zh => RULINGS_ZH,
    };
    let marker = format!("{id}. ");
    source
        .split("\n\n")
        .map(str::trim)
        .find(|p| p.starts_with(&marker))
        .map(|p| {
            // Wrapped lines join with a space in English and without one in Chinese; the Markdown
            // code marks around field names are not shown.
            let joiner = if lang == Lang::Zh { "" } else { " " };
            p.lines()
                .map(str::trim)
                .collect::<Vec<_>>()
                .join(joiner)
                .replace('`', "")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_are_found_with_their_words() {
        let p = passage("A4.3.1.b").unwrap();
        assert!(p
            .text
            .starts_with("International institutions of higher education: GPA (4.0 scale) of 2.5"));
        assert!(p.table.is_empty());
        let p = passage("A4.1").unwrap();
        assert!(p.text.starts_with("(1) Student status requirement"));
        assert!(passage("A99").is_none());
    }

    #[test]
    fn tables_come_with_their_unit() {
        let p = passage("A6.1").unwrap();
        assert_eq!(p.table[0][0], "Original Institution's Grading System");
        assert_eq!(p.table.len(), 1 + 12);
        assert_eq!(p.table[9], ["GPA (4.0 Scale)", "3.5-4.0", "85-100 points", "Need to provide the explanation of the original institution's GPA calculation method (weighted/arithmetic)"]);
        let p = passage("A7.1.2").unwrap();
        assert_eq!(p.table.len(), 1 + 6);
        let p = passage("A7.2").unwrap();
        assert_eq!(p.table.len(), 1 + 8);
    }

    #[test]
    fn every_cited_id_has_its_text() {
        // The ids the engine cites (policy, findings and course reasons).
        for id in [
            "A4.1", "A4.2", "A4.3", "A4.3.1", "A4.3.1.a", "A4.3.1.b", "A4.3.1.c", "A4.3.2.a",
            "A4.3.2.b", "A4.3.2.c", "A4.4", "A4.4.1.a", "A4.4.1.b", "A4.4.1.c", "A4.4.2.a",
            "A4.4.2.b", "A4.5", "A5.1", "A5.2", "A5.3", "A5.6", "A5.7", "A5.8", "A6.1", "A6.2.1",
            "A6.2.2", "A6.2.3", "A6.2.4.a", "A6.2.4.b", "A7.1.1", "A7.1.2", "A7.1.3.b", "A7.2",
            "A7.3.1", "A7.3.3", "A8.1", "A8.2", "A8.3", "A8.4", "A8.5", "A8.6", "A12.1", "A12.2.3",
        ] {
            let p = passage(id).unwrap_or_else(|| panic!("{id}"));
            assert!(!p.text.is_empty(), "{id}");
        }
    }

    #[test]
    fn rulings_exist_in_both_languages() {
        for n in 1..=15 {
            let id = format!("R{n}");
            for lang in Lang::ALL {
                let text = ruling(&id, lang).unwrap_or_else(|| panic!("{id} {lang:?}"));
                assert!(text.len() > 20, "{id} {lang:?}");
            }
        }
        assert!(ruling("R1", Lang::En).unwrap().starts_with("R1. Bands."));
        assert!(!ruling("R4", Lang::En).unwrap().contains('`'));
        assert!(ruling("R16", Lang::En).is_none());
    }
}
