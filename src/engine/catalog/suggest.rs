//! Which of the chosen programme's courses a course of the case may match, as the app offers them
//! before the whole list (`docs/catalog.md`, section 5): the course with the same code, the courses a
//! published past decision concerns for the applicant's institution and course, then the courses with a
//! title alike in either language. A suggestion is a place to start looking, never a verdict.

use super::{folded, Course, Original, Precedent, Programme, Query};

/// Why a course of the programme is offered first.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Why<'a> {
    /// It has the course's own code.
    SameCode,
    /// A decision about it was published for a student of the same institution and course.
    Precedent(&'a Precedent),
    /// Its title, in either language, is alike the course's.
    SimilarTitle,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Suggestion<'a> {
    pub course: &'a Course,
    pub why: Why<'a>,
}

/// Titles alike: at least this share of their pairs of letters in common (Dice's coefficient, in
/// percent), which holds "Linear Algebra" beside "Linear Algebra and Geometry" and "线性代数" beside
/// "线性代数（理工）", but not "Data Structures" beside "Database Systems".
const ALIKE_PERCENT: usize = 60;

/// At most this many courses are offered for their titles alone.
const MOST_ALIKE: usize = 3;

/// The courses of `programme` to offer first for the course `of` describes, each once, in the order
/// the module's summary gives; alike titles most alike first, then in the programme's order.
pub fn suggestions<'a>(programme: &'a Programme, of: &Original) -> Vec<Suggestion<'a>> {
    let mut offered: Vec<Suggestion<'a>> = Vec::new();
    let offer = |course: &'a Course, why: Why<'a>, offered: &mut Vec<Suggestion<'a>>| {
        if !offered.iter().any(|s| s.course.code == course.code) {
            offered.push(Suggestion { course, why });
        }
    };
    if let Some(code) = of.code.map(folded).filter(|c| !c.is_empty()) {
        for course in programme.courses.iter().filter(|c| folded(&c.code) == code) {
            offer(course, Why::SameCode, &mut offered);
        }
    }
    let mut decided: Vec<(&Course, &Precedent)> = programme
        .courses
        .iter()
        .filter_map(|course| {
            let about = Original {
                receiving: Some(&course.code),
                ..*of
            };
            programme.precedent(&about).map(|p| (course, p))
        })
        .collect();
    decided.sort_by_key(|d| std::cmp::Reverse(d.1.decided_on));
    for (course, precedent) in decided {
        offer(course, Why::Precedent(precedent), &mut offered);
    }
    let title = folded(of.title);
    let mut alike: Vec<(usize, &Course)> = programme
        .courses
        .iter()
        .map(|c| (likeness(&title, c), c))
        .filter(|(score, _)| *score >= ALIKE_PERCENT)
        .collect();
    alike.sort_by_key(|a| std::cmp::Reverse(a.0));
    for (_, course) in alike.into_iter().take(MOST_ALIKE) {
        offer(course, Why::SimilarTitle, &mut offered);
    }
    offered
}

/// How alike a folded title is to a course's title in the closer of its two languages, in percent.
fn likeness(title: &str, course: &Course) -> usize {
    [&course.title.en, &course.title.zh]
        .into_iter()
        .map(|t| dice(title, &folded(t)))
        .max()
        .unwrap_or(0)
}

/// Dice's coefficient of two texts' pairs of adjacent letters, spaces and punctuation left out, in
/// percent: 100 for the same letters in the same order, 0 for nothing in common.
fn dice(a: &str, b: &str) -> usize {
    let pairs = |s: &str| -> Vec<(char, char)> {
        let letters: Vec<char> = s.chars().filter(|&c| letter(c)).collect();
        letters.windows(2).map(|w| (w[0], w[1])).collect()
    };
    let (ours, mut theirs) = (pairs(a), pairs(b));
    if ours.is_empty() || theirs.is_empty() {
        return usize::from(!a.is_empty() && a == b) * 100;
    }
    let total = ours.len() + theirs.len();
    let mut shared = 0;
    for pair in &ours {
        if let Some(at) = theirs.iter().position(|p| p == pair) {
            theirs.swap_remove(at);
            shared += 1;
        }
    }
    shared * 2 * 100 / total
}

/// Whether a character of a folded title counts as a letter: ASCII letters and digits, and every
/// other character but CJK punctuation (`、`, `《`) and the middle dot. Unicode's tables of letters
/// would weigh more in the browser's module than this whole file.
fn letter(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (!c.is_ascii() && !('\u{3000}'..='\u{303f}').contains(&c) && c != '·')
}

/// The courses of `programme` whose code or title, in either language, contains every word of `query`,
/// ignoring case and full-width forms, in the programme's order; all of them for an empty query.
pub fn search<'a>(programme: &'a Programme, query: &str) -> Vec<&'a Course> {
    let query = Query::new(query);
    programme
        .courses
        .iter()
        .filter(|c| query.matches(&format!("{} {} {}", c.code, c.title.en, c.title.zh)))
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::engine::catalog::read::read_dir;
    use crate::engine::catalog::Catalog;

    fn sample() -> Catalog {
        read_dir(std::path::Path::new("catalog")).expect("the sample passes")
    }

    fn offered(of: Original) -> Vec<(String, &'static str)> {
        let catalog = sample();
        let cs = catalog.programme("cs-2026").unwrap();
        suggestions(cs, &of)
            .into_iter()
            .map(|s| {
                let why = match s.why {
                    Why::SameCode => "code",
                    Why::Precedent(_) => "precedent",
                    Why::SimilarTitle => "title",
                };
                (s.course.code.clone(), why)
            })
            .collect()
    }

    fn original<'a>(
        institution: Option<&'a str>,
        code: Option<&'a str>,
        title: &'a str,
    ) -> Original<'a> {
        Original {
            institution,
            code,
            title,
            receiving: None,
        }
    }

    #[test]
    fn the_same_code_comes_first_then_a_precedent_then_alike_titles() {
        let got = offered(original(
            Some("northbridge university"),
            Some("COMP1021"),
            "Data Structures and Algorithms",
        ));
        assert_eq!(got[0], ("CS201".to_owned(), "precedent"));
        let got = offered(original(None, Some("ｃｓ２０４"), "Operating Systems"));
        assert_eq!(
            got,
            [("CS204".to_owned(), "code")],
            "offered once, for its code"
        );
        let got = offered(original(None, None, "Linear Algebra"));
        assert_eq!(got[0], ("MA103".to_owned(), "title"));
    }

    #[test]
    fn titles_are_alike_in_either_language_and_unlike_ones_are_not_offered() {
        assert_eq!(offered(original(None, None, "数据结构"))[0].0, "CS201");
        assert_eq!(
            offered(original(None, None, "Computer Networking"))[0].0,
            "CS301"
        );
        assert!(offered(original(None, None, "Ancient Greek Poetry")).is_empty());
        assert!(offered(original(None, None, "")).is_empty());
        let got = offered(original(None, None, "Data Structures"));
        assert!(
            !got.iter().any(|(code, _)| code == "CS205"),
            "not Database Systems: {got:?}"
        );
    }

    #[test]
    fn a_not_recognized_decision_is_offered_too_as_a_fact() {
        let catalog = sample();
        let cs = catalog.programme("cs-2026").unwrap();
        let of = original(
            Some("Northbridge University"),
            Some("COMP2011"),
            "Operating Systems Concepts",
        );
        let first = suggestions(cs, &of)[0];
        assert_eq!(first.course.code, "CS204");
        assert!(
            matches!(first.why, Why::Precedent(p) if p.decision == crate::engine::catalog::Decision::NotRecognized)
        );
    }

    #[test]
    fn search_finds_by_code_or_title_in_either_language() {
        let catalog = sample();
        let cs = catalog.programme("cs-2026").unwrap();
        let codes = |q: &str| {
            search(cs, q)
                .into_iter()
                .map(|c| c.code.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(codes("").len(), cs.courses.len());
        assert_eq!(codes("cs204"), ["CS204"]);
        assert_eq!(codes("操作系统"), ["CS204"]);
        assert_eq!(codes("ALGORITHM design"), ["CS203"]);
        assert!(codes("astronomy").is_empty());
    }

    #[test]
    fn dice_counts_shared_pairs() {
        assert_eq!(dice("abc", "abc"), 100);
        assert_eq!(dice("ab", "cd"), 0);
        assert_eq!(dice("a", "a"), 100);
        assert_eq!(dice("night", "nacht"), 25);
    }
}
