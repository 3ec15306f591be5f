//! The text behind every citation: the Measures as published (`policy/measures-2023-046.md`, whose
//! units carry ids such as `[A4.3.1.b]`) and the product's rulings (`policy/rulings.md`, R1-R15 and the
//! planning rulings P1-P12, with a Chinese translation). They are files of the site (Trunk copies
//! them), fetched the first time a citation is opened and kept by the service worker, so a first
//! visit does not download them and a citation still opens offline.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::engine::case::json::from_word;
use crate::engine::case::model::by_insertion;
use crate::engine::case::Body;
use crate::engine::explain;
use crate::lang::Lang;

/// Where the files are on the site, relative to the page.
pub const MEASURES_FILE: &str = "policy/measures-2023-046.md";
pub const RULINGS_FILES: [&str; 2] = ["policy/rulings.md", "policy/rulings.zh.md"];

/// The reference texts, read into indexes once.
#[derive(Debug, PartialEq)]
pub struct Texts {
    passages: BTreeMap<String, Passage>,
    rulings_en: BTreeMap<String, String>,
    rulings_zh: BTreeMap<String, String>,
}

impl Texts {
    pub fn read(measures: &str, rulings_en: &str, rulings_zh: &str) -> Texts {
        Texts {
            passages: index(measures),
            rulings_en: rulings(rulings_en, Lang::En),
            rulings_zh: rulings(rulings_zh, Lang::Zh),
        }
    }

    /// The unit with this citation id, such as `A4.3.1.b` or `A6.1`.
    pub fn passage(&self, id: &str) -> Option<&Passage> {
        self.passages.get(id)
    }

    /// The text of a ruling (`R1`..`R15`, `P1`..`P12`) in a language.
    pub fn ruling(&self, id: &str, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => &self.rulings_en,
            Lang::Zh => &self.rulings_zh,
        }
        .get(id)
        .map(String::as_str)
    }
}

thread_local! {
    static LOADED: RefCell<Option<Rc<Texts>>> = const { RefCell::new(None) };
}

/// The texts, if they have been fetched already.
pub fn loaded() -> Option<Rc<Texts>> {
    LOADED.with(|l| l.borrow().clone())
}

/// The texts, fetched from the site the first time; `None` when they cannot be had (offline before
/// the site was ever cached).
pub async fn load() -> Option<Rc<Texts>> {
    if let Some(texts) = loaded() {
        return Some(texts);
    }
    let fetch = crate::app::browser::fetch_text;
    let measures = fetch(MEASURES_FILE).await?;
    let en = fetch(RULINGS_FILES[0]).await?;
    let zh = fetch(RULINGS_FILES[1]).await?;
    let texts = Rc::new(Texts::read(&measures, &en, &zh));
    LOADED.with(|l| *l.borrow_mut() = Some(texts.clone()));
    Some(texts)
}

/// One citable unit of the Measures: its words and, for the units that hold one, its table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Passage {
    pub id: String,
    pub text: String,
    /// The table's rows, header first.
    pub table: Vec<Vec<String>>,
}

/// Every unit of the Measures by id, in one pass over the text.
fn index(text: &str) -> BTreeMap<String, Passage> {
    let mut units: BTreeMap<String, Passage> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let unit = line.trim_start().trim_start_matches("- ");
        if line.trim_start().starts_with('#') {
            current = None;
        } else if let Some((id, rest)) = unit_id(unit) {
            units.insert(
                id.to_owned(),
                Passage {
                    id: id.to_owned(),
                    text: rest.trim().to_owned(),
                    table: Vec::new(),
                },
            );
            current = Some(id.to_owned());
        } else if let Some(open) = current.as_ref().and_then(|id| units.get_mut(id)) {
            // A unit ends where the next unit or heading starts; a table inside it belongs to it.
            let row = line.trim();
            if row.starts_with('|') && !row.starts_with("|---") {
                open.table.push(
                    row.trim_matches('|')
                        .split('|')
                        .map(|cell| cell.trim().to_owned())
                        .collect(),
                );
            }
        }
    }
    units
}

/// `[A4.3.1.b] International ...` -> (`A4.3.1.b`, ` International ...`).
fn unit_id(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix("[A")?;
    let (id, text) = rest.split_once(']')?;
    Some((&line[1..id.len() + 2], text))
}

/// The rulings write terms as the case file does, in code marks (`review`, `chsi`); the interface
/// shows them in its own words, and the names of authentication bodies as the engine words them.
fn plain_words(text: &str, lang: Lang) -> String {
    let t = crate::app::text::text(lang);
    // A term in brackets right after the words for it is only a gloss: it goes.
    let text = without_glosses(text);
    text.split('`')
        .enumerate()
        .map(|(i, part)| {
            if i % 2 == 0 {
                return part.to_owned();
            }
            let body = from_word::<Body>(part).ok();
            match (body, (t.code_word)(part)) {
                (Some(b), _) => explain::body(b, lang).to_owned(),
                (None, Some(words)) => words.to_owned(),
                (None, None) => part.to_owned(),
            }
        })
        .collect()
}

/// `words (`term`)`, `词（`term`）` and `词，`term`）` without the bracketed term.
fn without_glosses(text: &str) -> String {
    let mut out = text.to_owned();
    for (open, close) in [(" (`", "`)"), ("（`", "`）"), ("，`", "`）")] {
        while let Some(start) = out.find(open) {
            let Some(len) = out[start + open.len()..].find(close) else {
                break;
            };
            let end = start + open.len() + len + close.len();
            // The closing bracket stays when only the term in it went.
            let keep = if open == "，`" { "）" } else { "" };
            out.replace_range(start..end, keep);
        }
    }
    out
}

fn rulings(source: &str, lang: Lang) -> BTreeMap<String, String> {
    let rulings = source.split("\n\n").map(str::trim).filter_map(|p| {
        let (id, _) = p.split_once(". ")?;
        // A ruling's id is a letter, R or P (planning), and its number.
        let number = id.strip_prefix('R').or_else(|| id.strip_prefix('P'))?;
        let numbered = !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit());
        // Wrapped lines join with a space in English and without one in Chinese; the Markdown
        // code marks around field names are not shown.
        let joiner = if lang == Lang::Zh { "" } else { " " };
        let text = plain_words(
            &p.lines().map(str::trim).collect::<Vec<_>>().join(joiner),
            lang,
        );
        numbered.then(|| (id.to_owned(), text))
    });
    by_insertion(rulings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::rules::cite::Ruling;

    const MEASURES: &str = include_str!("../../policy/measures-2023-046.md");
    const RULINGS_EN: &str = include_str!("../../policy/rulings.md");
    const RULINGS_ZH: &str = include_str!("../../policy/rulings.zh.md");

    fn texts() -> &'static Texts {
        static TEXTS: std::sync::OnceLock<Texts> = std::sync::OnceLock::new();
        TEXTS.get_or_init(|| Texts::read(MEASURES, RULINGS_EN, RULINGS_ZH))
    }

    fn passage(id: &str) -> Option<&'static Passage> {
        texts().passage(id)
    }

    fn ruling(id: &str, lang: Lang) -> Option<&'static str> {
        texts().ruling(id, lang)
    }

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
        assert_eq!(passage("A4.3.1.b").unwrap().id, "A4.3.1.b");
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
        // Every ruling the engine can cite, the planning rulings included.
        for r in Ruling::ALL {
            let id = r.id();
            for lang in Lang::ALL {
                let text = ruling(id, lang).unwrap_or_else(|| panic!("{id} {lang:?}"));
                assert!(
                    text.starts_with(&format!("{id}. ")),
                    "{id} {lang:?}: {text}"
                );
                assert!(text.len() > 20, "{id} {lang:?}");
            }
        }
        // The files hold no ruling the engine does not know.
        for lang in Lang::ALL {
            let source = if lang == Lang::Zh {
                RULINGS_ZH
            } else {
                RULINGS_EN
            };
            for id in rulings(source, lang).keys() {
                assert!(Ruling::parse(id).is_some(), "{id} {lang:?}");
            }
        }
        assert!(ruling("R1", Lang::En).unwrap().starts_with("R1. Bands."));
        assert!(!ruling("R4", Lang::En).unwrap().contains('`'));
        assert!(ruling("R16", Lang::En).is_none());
        assert!(ruling("P13", Lang::En).is_none());
    }

    #[test]
    fn planning_rulings_read_whole() {
        // A wrapped ruling reads as one paragraph, up to its last words.
        let p4 = ruling("P4", Lang::En).unwrap();
        assert!(p4.starts_with("P4. The submission window (A9.3)."), "{p4}");
        assert!(p4.contains("(art. 203)"), "{p4}");
        assert!(!p4.contains('\n'), "{p4}");
        assert!(
            p4.ends_with("or the window's closing day when the plan gives none."),
            "{p4}"
        );
        let p2 = ruling("P2", Lang::Zh).unwrap();
        assert!(p2.contains("《民法典》第二百零一条"), "{p2}");
        assert!(ruling("P12", Lang::Zh)
            .unwrap()
            .starts_with("P12. 诊断证明"));
        // The intro is not a ruling.
        assert!(!ruling("P1", Lang::En).unwrap().contains("cover planning"));
    }

    #[test]
    fn rulings_show_no_code_words() {
        // Every term in code marks, in both files, has the interface's words.
        for (source, lang) in [(RULINGS_EN, Lang::En), (RULINGS_ZH, Lang::Zh)] {
            let t = crate::app::text::text(lang);
            for code in source.split('`').skip(1).step_by(2) {
                let body = from_word::<Body>(code).is_ok();
                assert!(body || (t.code_word)(code).is_some(), "{lang:?}: `{code}`");
            }
        }
        let r13 = ruling("R13", Lang::En).unwrap();
        assert!(
            r13.contains("CHSI") || r13.contains("China Higher Education"),
            "{r13}"
        );
        assert!(!r13.contains("hmt_office"), "{r13}");
        assert!(!ruling("R4", Lang::Zh).unwrap().contains("review"));
        assert!(ruling("R4", Lang::Zh).unwrap().contains("有特殊说明材料时"));
        assert_eq!(
            without_glosses("The Measures (`policy/x.md`) contradict; 简称《办法》，`p.md`）有"),
            "The Measures contradict; 简称《办法》）有"
        );
    }
}
