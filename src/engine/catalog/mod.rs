//! The programme catalogue (`docs/catalog.md`): the receiving institution's training programmes
//! and its colleges' implementation rules as data, published with the site. A16 makes the training
//! programme the list of core courses; A18 has each college set how the overlap of knowledge points
//! is counted and which literacy courses stand in for ideological-political ones.
//!
//! This is the catalogue as the engine reads it, in both targets: every value checked, every word an
//! enum, every credit an exact decimal. It is written and read as JSON (serde), so that a build can
//! hand each programme to the browser as it is. An office's CSV folder is read into it by [`read`],
//! native only, whose problems are [`problem`]s.

use crate::engine::case::date::Date;
use crate::engine::case::fixed::{Fixed, Rate};
use crate::engine::case::model;
use crate::engine::case::{Level, LiteracyCategory, Nature};
use crate::lang::Lang;
use serde::{Deserialize, Serialize};

pub mod choice;
#[cfg(not(target_arch = "wasm32"))]
pub mod problem;
#[cfg(not(target_arch = "wasm32"))]
pub mod read;
pub mod site;
pub mod suggest;

/// A name or a sentence in the catalogue's two languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text<T = String> {
    pub en: T,
    pub zh: T,
}

impl Text {
    /// A name typed in one language, shown as it is in both (a course as the case describes it).
    pub fn same(name: String) -> Text {
        Text {
            en: name.clone(),
            zh: name,
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Zh => &self.zh,
        }
    }
}

impl Text<Option<String>> {
    /// The text in `lang`, else in the other language; `None` when neither is given.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        let (first, second) = match lang {
            Lang::En => (&self.en, &self.zh),
            Lang::Zh => (&self.zh, &self.en),
        };
        first.as_deref().or(second.as_deref())
    }
}

/// A whole catalogue: one publication and its programmes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    pub publication: Publication,
    pub programmes: Vec<Programme>,
}

/// Who published the catalogue, when, and what it holds (`catalog.csv`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Publication {
    pub institution: Text,
    pub published_on: Date,
    /// Which training programmes and rules it holds.
    pub source: Text,
    /// The office to ask.
    pub contact: Text<Option<String>>,
}

/// A receiving programme of one cohort: a training programme (`programmes.csv`) with its courses,
/// its literacy courses and the published past decisions about them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Programme {
    /// `[a-z0-9-]{1,40}`, such as `cs-2026`.
    pub id: String,
    /// The national catalogue's major code, such as `080901`.
    pub major_code: Option<String>,
    pub major: Text,
    pub college: Text,
    pub level: Level,
    /// The training programme's year.
    pub cohort: u16,
    /// The total graduation credits (A12.1).
    pub total_credits: Fixed,
    /// Class hours per credit (A6.2.3).
    pub hours_per_credit: HoursPerCredit,
    /// The literacy credits the programme requires (A12.2.3).
    pub literacy_credits: Fixed,
    /// The title of the college's implementation rules (A18).
    pub rules: Text<Option<String>>,
    pub courses: Vec<Course>,
    /// The college's alternative literacy courses (A18, A12.2.3).
    pub literacy: Vec<LiteracyCourse>,
    /// Published past decisions about the programme's courses.
    pub precedents: Vec<Precedent>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HoursPerCredit {
    pub theory: Fixed,
    pub practice: Fixed,
}

/// A course of a programme (`courses.csv`) with its knowledge points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Course {
    /// `[A-Za-z0-9._-]{1,20}`, unique within its programme.
    pub code: String,
    pub title: Text,
    /// Above 0, at most one decimal place.
    pub credits: Fixed,
    /// Total class hours.
    pub hours: Fixed,
    pub kind: ClassKind,
    pub nature: Nature,
    /// Marked "professional core course" in the training programme (A16).
    pub core: bool,
    /// The suggested semester, 1 to 12.
    pub semester: Option<u8>,
    /// The points the college counts the overlap on (A18); none: no computable overlap.
    pub knowledge_points: Vec<KnowledgePoint>,
}

impl Course {
    /// A16: a core course is one marked professional core or compulsory in the training programme.
    pub fn is_core(&self) -> bool {
        self.core || self.nature == Nature::Compulsory
    }

    pub fn knowledge_point(&self, id: &str) -> Option<&KnowledgePoint> {
        self.knowledge_points.iter().find(|k| k.id == id)
    }

    /// The overlap of a course that taught the `covered` knowledge points: the weight of those
    /// points over the weight of all, rounded half-up to four decimal places (A18: the college's
    /// method). `None` for a course without knowledge points. An id the course does not have, or
    /// one given twice, counts for nothing (the case's check names it).
    pub fn overlap(&self, covered: &[String]) -> Option<Counted> {
        let total = self
            .knowledge_points
            .iter()
            .map(|k| k.weight)
            .fold(Fixed::ZERO, sum);
        if total == Fixed::ZERO {
            return None;
        }
        let taught = self
            .knowledge_points
            .iter()
            .filter(|k| covered.contains(&k.id))
            .map(|k| k.weight)
            .fold(Fixed::ZERO, sum);
        Some(Counted {
            covered: taught,
            total,
            overlap: Rate::of(taught, total),
        })
    }
}

fn sum(a: Fixed, b: Fixed) -> Fixed {
    Fixed::from_milli(a.milli() + b.milli())
}

/// An overlap counted on knowledge points: the weight covered, the weight of all, and their share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counted {
    pub covered: Fixed,
    pub total: Fixed,
    pub overlap: Rate,
}

/// Whether a course is taught in class or in practice.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClassKind {
    Theory,
    Practice,
}

/// A knowledge point of a course (`knowledge_points.csv`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KnowledgePoint {
    /// `[A-Za-z0-9._-]{1,20}`, unique within its course.
    pub id: String,
    pub name: Text,
    /// Positive; 1 unless the college's method sets it (A18).
    pub weight: Fixed,
}

/// A literacy course the college offers in place of ideological-political credits (`literacy.csv`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LiteracyCourse {
    pub code: String,
    pub title: Text,
    pub credits: Fixed,
    pub category: Category,
}

/// The category of a literacy course the college offers: the four of Table A7.3.1, or an
/// ideological-political course itself. Ordered as `docs/catalog.md` lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    GlobalCitizenship,
    Ethics,
    Intercultural,
    Sustainability,
    IdeologicalPolitical,
}

impl Category {
    /// The category of Table A7.3.1 it is; `None` for an ideological-political course.
    pub fn in_table(self) -> Option<LiteracyCategory> {
        match self {
            Category::GlobalCitizenship => Some(LiteracyCategory::GlobalCitizenship),
            Category::Ethics => Some(LiteracyCategory::Ethics),
            Category::Intercultural => Some(LiteracyCategory::Intercultural),
            Category::Sustainability => Some(LiteracyCategory::Sustainability),
            Category::IdeologicalPolitical => None,
        }
    }
}

/// A published past decision (`equivalences.csv`): a fact to show, never a verdict.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Precedent {
    /// The receiving course's code.
    pub course: String,
    /// The original institution's name as printed on transcripts.
    pub from_institution: String,
    /// The original course's code and title; at least one is given.
    pub from_code: Option<String>,
    pub from_title: Option<String>,
    pub decision: Decision,
    /// From 0 to 1.
    pub overlap: Option<Fixed>,
    pub decided_on: Date,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Recognized,
    NotRecognized,
}

/// How much a catalogue holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counts {
    pub programmes: usize,
    pub courses: usize,
    pub knowledge_points: usize,
}

impl Catalog {
    pub fn programme(&self, id: &str) -> Option<&Programme> {
        self.programmes.iter().find(|p| p.id == id)
    }

    /// The programme a case chose (`program.catalog.programme`), if the catalogue has it.
    pub fn chosen(&self, program: &model::Program) -> Option<&Programme> {
        let id = program.catalog.as_ref()?.programme.as_deref()?;
        self.programme(id)
    }

    pub fn counts(&self) -> Counts {
        let courses = self.programmes.iter().flat_map(|p| &p.courses);
        Counts {
            programmes: self.programmes.len(),
            courses: courses.clone().count(),
            knowledge_points: courses.map(|c| c.knowledge_points.len()).sum(),
        }
    }
}

impl Programme {
    pub fn course(&self, code: &str) -> Option<&Course> {
        self.courses.iter().find(|c| c.code == code)
    }

    /// The past decision that concerns a course of a case (`docs/catalog.md`, section 4): the most
    /// recent of those about its receiving course (about any course, when the match names none)
    /// whose original institution is `institution` and whose original course has the course's code
    /// or, when either code is not given, its title; names compared as [`folded`]. Of two on the
    /// same day, the later in the file.
    pub fn precedent(&self, of: &Original) -> Option<&Precedent> {
        let institution = folded(of.institution?);
        let same_course = |p: &Precedent| match (p.from_code.as_deref(), of.code) {
            (Some(theirs), Some(ours)) => folded(theirs) == folded(ours),
            _ => p
                .from_title
                .as_deref()
                .is_some_and(|t| folded(t) == folded(of.title)),
        };
        self.precedents
            .iter()
            .filter(|p| of.receiving.is_none_or(|code| p.course == code))
            .filter(|p| folded(&p.from_institution) == institution && same_course(p))
            .max_by_key(|p| p.decided_on)
    }
}

/// A course of a case, as a past decision is looked up for it.
#[derive(Clone, Copy, Debug)]
pub struct Original<'a> {
    pub institution: Option<&'a str>,
    pub code: Option<&'a str>,
    pub title: &'a str,
    /// The receiving course's code (`match.code`).
    pub receiving: Option<&'a str>,
}

/// What a student typed to search the list of programmes or a programme's courses: its words, each
/// compared as names are ([`folded`]), folded once for the whole list.
pub struct Query(Vec<String>);

impl Query {
    pub fn new(typed: &str) -> Query {
        Query(typed.split_whitespace().map(folded).collect())
    }

    /// Whether `haystack` contains every word; an empty query matches all.
    pub fn matches(&self, haystack: &str) -> bool {
        let haystack = folded(haystack);
        self.0.iter().all(|word| haystack.contains(word.as_str()))
    }
}

/// A name as names are compared: trimmed, full-width forms as their ASCII forms (`ＭＡ１０１`,
/// the ideographic space) and the case of Latin letters folded. Only ASCII letters are folded
/// (`É` stays apart from `é`): Unicode's case tables would weigh more in the browser's module than
/// every other part of the catalogue's code.
pub fn folded(name: &str) -> String {
    let ascii = name.chars().map(|c| match c {
        '\u{3000}' => ' ',
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        c => c,
    });
    let folded: String = ascii.map(|c| c.to_ascii_lowercase()).collect();
    folded.trim().to_owned()
}

#[cfg(test)]
mod tests;
