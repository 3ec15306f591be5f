//! Reading a catalogue folder (`docs/catalog.md`, section 1) into a [`Catalog`], native only: the
//! build and `assess` read the office's files; the browser gets the catalogue already read.
//!
//! Each file is decoded on its own: valid UTF-8 (a byte-order mark allowed) is UTF-8, anything else
//! GB18030, which includes GBK. Cells are RFC 4180 CSV under a header row in English or Chinese, in
//! any order; unknown columns are ignored and cells are trimmed, an empty optional cell being a value
//! not given. Every rule of the contract is checked and every problem kept, with its file, line and
//! column: a catalogue with any problem is refused as a whole.

use super::problem::{
    CatalogError, CatalogProblem, Column, File, IdPattern, Need, Problem, Within,
};
use super::{
    Catalog, Category, ClassKind, Course, Decision, HoursPerCredit, KnowledgePoint, LiteracyCourse,
    Precedent, Programme, Publication, Text,
};
use crate::engine::case::date::Date;
use crate::engine::case::fixed::Fixed;
use crate::engine::case::number;
use crate::engine::case::range::{self, Range};
use crate::engine::case::validate::{checked_date, checked_number};
use crate::engine::case::{Level, Nature};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The bytes of the files of a folder, by file; a file the folder does not hold is absent.
pub type Sources = BTreeMap<File, Vec<u8>>;

/// Reads the catalogue in folder `dir`.
pub fn read_dir(dir: &Path) -> Result<Catalog, CatalogError> {
    let mut sources = Sources::new();
    let mut reading = Reading::default();
    for file in File::ALL {
        match std::fs::read(dir.join(file.name())) {
            Ok(bytes) => {
                sources.insert(file, bytes);
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                reading.unreadable.insert(file);
                let reason = e.to_string();
                reading.whole(file, Problem::Unreadable { reason });
            }
        }
    }
    reading.catalog(&sources)
}

/// Reads a catalogue from its files' bytes.
pub fn read(sources: &Sources) -> Result<Catalog, CatalogError> {
    Reading::default().catalog(sources)
}

/// A file's text: UTF-8 when it is valid UTF-8 (without its byte-order mark), else GB18030; `None`
/// when it is neither.
pub fn decode(bytes: &[u8]) -> Option<Cow<'_, str>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(Cow::Borrowed(text)),
        Err(_) => encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(bytes),
    }
}

/// The problems found so far.
#[derive(Default)]
struct Reading {
    problems: Vec<CatalogProblem>,
    /// Files there but unreadable, already reported.
    unreadable: BTreeSet<File>,
}

/// One file's rows, with where each known column is.
struct Table {
    file: File,
    columns: BTreeMap<Column, usize>,
    rows: Vec<Row>,
}

struct Row {
    line: usize,
    cells: csv::StringRecord,
}

impl Reading {
    fn at(&mut self, file: File, line: usize, column: Option<Column>, problem: Problem) {
        self.problems.push(CatalogProblem {
            file,
            line: Some(line),
            column,
            problem,
        });
    }

    fn whole(&mut self, file: File, problem: Problem) {
        self.problems.push(CatalogProblem {
            file,
            line: None,
            column: None,
            problem,
        });
    }

    fn catalog(mut self, sources: &Sources) -> Result<Catalog, CatalogError> {
        let mut tables = BTreeMap::new();
        for file in File::ALL {
            match sources.get(&file) {
                Some(bytes) => {
                    if let Some(table) = self.table(file, bytes) {
                        tables.insert(file, table);
                    }
                }
                None if file.required() && !self.unreadable.contains(&file) => {
                    self.whole(file, Problem::MissingFile);
                }
                None => {}
            }
        }
        let empty = |file| Table {
            file,
            columns: BTreeMap::new(),
            rows: Vec::new(),
        };
        let mut table = |file| tables.remove(&file).unwrap_or_else(|| empty(file));
        let publication = self.publication(&table(File::Catalog));
        let mut programmes = self.programmes(&table(File::Programmes));
        self.courses(&table(File::Courses), &mut programmes);
        self.knowledge_points(&table(File::KnowledgePoints), &mut programmes);
        self.literacy(&table(File::Literacy), &mut programmes);
        self.precedents(&table(File::Equivalences), &mut programmes);
        match publication {
            Some(publication) if self.problems.is_empty() => Ok(Catalog {
                publication,
                programmes: programmes.list,
            }),
            _ => {
                // File by file, line by line, column by column; a file's own problems first.
                self.problems.sort_by_key(|p| (p.file, p.line, p.column));
                Err(CatalogError {
                    problems: self.problems,
                })
            }
        }
    }

    /// The file's header and rows; `None` when it cannot be read as CSV at all.
    fn table(&mut self, file: File, bytes: &[u8]) -> Option<Table> {
        let Some(text) = decode(bytes) else {
            self.whole(file, Problem::NotText);
            return None;
        };
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut records = Vec::new();
        for record in reader.records() {
            match record {
                Ok(cells) => {
                    let line = cells.position().map_or(1, |p| p.line() as usize);
                    records.push(Row { line, cells });
                }
                Err(e) => {
                    let line = e.position().map_or(1, |p| p.line() as usize);
                    self.at(
                        file,
                        line,
                        None,
                        Problem::NotCsv {
                            what: e.to_string(),
                        },
                    );
                    return None;
                }
            }
        }
        let mut records = records.into_iter();
        let Some(header) = records.next() else {
            self.whole(file, Problem::Empty);
            return None;
        };
        let columns = self.header(file, &header);
        let rows = records
            .filter(|r| r.cells.iter().any(|c| !c.trim().is_empty()))
            .collect();
        Some(Table {
            file,
            columns,
            rows,
        })
    }

    /// Where each of the file's columns is, with what the header lacks or repeats.
    fn header(&mut self, file: File, header: &Row) -> BTreeMap<Column, usize> {
        let mut columns = BTreeMap::new();
        for (at, cell) in header.cells.iter().enumerate() {
            let cell = cell.trim();
            let known = file
                .columns()
                .iter()
                .map(|(c, _)| *c)
                .find(|c| cell.eq_ignore_ascii_case(c.name()) || cell == c.chinese(file));
            let Some(column) = known else { continue };
            if let Some(&first) = columns.get(&column) {
                let problem = Problem::ColumnTwice {
                    first: first + 1,
                    second: at + 1,
                };
                self.at(file, header.line, Some(column), problem);
            } else {
                columns.insert(column, at);
            }
        }
        for &(column, need) in file.columns() {
            if need == Need::Required && !columns.contains_key(&column) {
                self.at(file, header.line, Some(column), Problem::MissingColumn);
            }
        }
        if file == File::Equivalences
            && !columns.contains_key(&Column::FromCode)
            && !columns.contains_key(&Column::FromTitle)
        {
            let problem = Problem::NeitherColumn {
                other: Column::FromTitle,
            };
            self.at(file, header.line, Some(Column::FromCode), problem);
        }
        columns
    }

    fn cells<'t>(&mut self, table: &'t Table, row: &'t Row) -> Cells<'t, '_> {
        Cells {
            table,
            row,
            reading: self,
            failed: false,
        }
    }

    fn publication(&mut self, table: &Table) -> Option<Publication> {
        let mut rows = table.rows.iter();
        let Some(first) = rows.next() else {
            // A file that could not be read has said so already.
            if table.columns.is_empty() {
                return None;
            }
            self.whole(table.file, Problem::NoRows);
            return None;
        };
        for row in rows {
            let problem = Problem::SecondRow { first: first.line };
            self.at(table.file, row.line, None, problem);
        }
        let mut c = self.cells(table, first);
        let institution = c.pair(Column::InstitutionEn, Column::InstitutionZh);
        let published_on = c.date(Column::PublishedOn);
        let source = c.pair(Column::SourceEn, Column::SourceZh);
        let contact = c.optional_pair(Column::ContactEn, Column::ContactZh);
        Some(Publication {
            institution: institution?,
            published_on: published_on?,
            source: source?,
            contact,
        })
    }

    fn programmes(&mut self, table: &Table) -> Programmes {
        let mut found = Programmes::default();
        let mut lines = Lines::default();
        if table.rows.is_empty() && !table.columns.is_empty() {
            self.whole(table.file, Problem::NoRows);
        }
        for row in &table.rows {
            let mut c = self.cells(table, row);
            let id = c.id(Column::Id, IdPattern::Programme);
            let major_code = c.optional(Column::MajorCode);
            let major = c.pair(Column::MajorEn, Column::MajorZh);
            let college = c.pair(Column::CollegeEn, Column::CollegeZh);
            let level = c.word(Column::Level, LEVELS);
            let cohort = c.number(Column::Cohort, &range::COHORT);
            let total_credits = c.number(Column::TotalCredits, &range::POSITIVE_TOTAL);
            let theory = c.number(Column::TheoryHoursPerCredit, &range::HOURS_PER_CREDIT);
            let practice = c.number(Column::PracticeHoursPerCredit, &range::HOURS_PER_CREDIT);
            let literacy_credits = c.number(Column::LiteracyCredits, &range::LITERACY_REQUIRED);
            let rules = c.optional_pair(Column::RulesEn, Column::RulesZh);
            let failed = c.failed;
            let Some(id) = id else { continue };
            found.ids.insert(id.clone());
            if !lines.first(id.clone(), row.line) || failed {
                continue;
            }
            let programme = (|| {
                Some(Programme {
                    id,
                    major_code,
                    major: major?,
                    college: college?,
                    level: level?,
                    cohort: u16::try_from(cohort?.whole()).ok()?,
                    total_credits: total_credits?,
                    hours_per_credit: HoursPerCredit {
                        theory: theory?,
                        practice: practice?,
                    },
                    literacy_credits: literacy_credits?,
                    rules,
                    courses: Vec::new(),
                    literacy: Vec::new(),
                    precedents: Vec::new(),
                })
            })();
            found.list.extend(programme);
        }
        self.twice(table, Column::Id, lines, |_| Within::File);
        found
    }

    fn courses(&mut self, table: &Table, programmes: &mut Programmes) {
        let mut lines = Lines::default();
        for row in &table.rows {
            let mut c = self.cells(table, row);
            let listed = c.listed(programmes);
            let hours = c.number(Column::Hours, &range::CATALOG_HOURS);
            let kind = c.word(Column::Kind, KINDS);
            let nature = c.word(Column::Nature, NATURES);
            let core = c.word(Column::Core, YES_NO);
            let semester = c.number(Column::Semester, &range::SEMESTER_NUMBER);
            let failed = c.failed;
            let (Some(programme), Some(code)) = (listed.programme, listed.code) else {
                continue;
            };
            programmes.courses.insert((programme.clone(), code.clone()));
            if !lines.first((programme.clone(), code.clone()), row.line) || failed {
                continue;
            }
            let course = (|| {
                Some(Course {
                    code,
                    title: listed.title?,
                    credits: listed.credits?,
                    hours: hours?,
                    kind: kind?,
                    nature: nature?,
                    core: core.unwrap_or(false),
                    semester: semester.and_then(|s| u8::try_from(s.whole()).ok()),
                    knowledge_points: Vec::new(),
                })
            })();
            if let (Some(course), Some(p)) = (course, programmes.get(&programme)) {
                p.courses.push(course);
            }
        }
        self.twice(table, Column::Code, lines, |(programme, _)| {
            Within::Programme(programme.clone())
        });
    }

    fn knowledge_points(&mut self, table: &Table, programmes: &mut Programmes) {
        let mut lines = Lines::default();
        for row in &table.rows {
            let mut c = self.cells(table, row);
            let course = c.course(programmes);
            let id = c.id(Column::Id, IdPattern::Code);
            let name = c.pair(Column::NameEn, Column::NameZh);
            let weight = c.number(Column::Weight, &range::WEIGHT);
            let failed = c.failed;
            let (Some((programme, course)), Some(id)) = (course, id) else {
                continue;
            };
            let key = (programme.clone(), course.clone(), id.clone());
            if !lines.first(key, row.line) || failed {
                continue;
            }
            let Some(name) = name else { continue };
            let point = KnowledgePoint {
                id,
                name,
                weight: weight.unwrap_or(Fixed::int(1)),
            };
            if let Some(c) = programmes.course(&programme, &course) {
                c.knowledge_points.push(point);
            }
        }
        self.twice(table, Column::Id, lines, |(programme, course, _)| {
            Within::Course {
                programme: programme.clone(),
                course: course.clone(),
            }
        });
    }

    fn literacy(&mut self, table: &Table, programmes: &mut Programmes) {
        for row in &table.rows {
            let mut c = self.cells(table, row);
            let listed = c.listed(programmes);
            let category = c.word(Column::Category, CATEGORIES);
            if c.failed {
                continue;
            }
            let course = (|| {
                Some(LiteracyCourse {
                    code: listed.code?,
                    title: listed.title?,
                    credits: listed.credits?,
                    category: category?,
                })
            })();
            let programme = listed.programme.and_then(|p| programmes.get(&p));
            if let (Some(course), Some(p)) = (course, programme) {
                p.literacy.push(course);
            }
        }
    }

    fn precedents(&mut self, table: &Table, programmes: &mut Programmes) {
        for row in &table.rows {
            let mut c = self.cells(table, row);
            let course = c.course(programmes);
            let from_institution = c.text(Column::FromInstitution);
            let from_code = c.optional(Column::FromCode);
            let from_title = c.optional(Column::FromTitle);
            if from_code.is_none() && from_title.is_none() {
                let other = Column::FromTitle;
                c.fail(Column::FromCode, Problem::NeitherGiven { other });
            }
            let decision = c.word(Column::Decision, DECISIONS);
            let overlap = c.overlap();
            let decided_on = c.date(Column::DecidedOn);
            if c.failed {
                continue;
            }
            let (
                Some((programme, course)),
                Some(from_institution),
                Some(decision),
                Some(decided_on),
            ) = (course, from_institution, decision, decided_on)
            else {
                continue;
            };
            let precedent = Precedent {
                course,
                from_institution,
                from_code,
                from_title,
                decision,
                overlap,
                decided_on,
            };
            if let Some(p) = programmes.get(&programme) {
                p.precedents.push(precedent);
            }
        }
    }

    /// A value on more than one line: reported at its first, naming every line.
    fn twice<K>(
        &mut self,
        table: &Table,
        column: Column,
        lines: Lines<K>,
        within: impl Fn(&K) -> Within,
    ) where
        K: Ord + Clone + ValueOf,
    {
        for (key, at) in lines.0 {
            if at.len() > 1 {
                let problem = Problem::Twice {
                    value: key.value().to_owned(),
                    lines: at.clone(),
                    within: within(&key),
                };
                self.at(table.file, at[0], Some(column), problem);
            }
        }
    }
}

/// The lines each key stands on.
struct Lines<K>(BTreeMap<K, Vec<usize>>);

impl<K> Default for Lines<K> {
    fn default() -> Lines<K> {
        Lines(BTreeMap::new())
    }
}

impl<K: Ord> Lines<K> {
    /// Records `key` on `line`; whether this is its first line.
    fn first(&mut self, key: K, line: usize) -> bool {
        let at = self.0.entry(key).or_default();
        at.push(line);
        at.len() == 1
    }
}

/// The part of a unique key that a problem names: its last part.
trait ValueOf {
    fn value(&self) -> &str;
}

impl ValueOf for String {
    fn value(&self) -> &str {
        self
    }
}

impl ValueOf for (String, String) {
    fn value(&self) -> &str {
        &self.1
    }
}

impl ValueOf for (String, String, String) {
    fn value(&self) -> &str {
        &self.2
    }
}

/// The programmes read so far, and every id and course named by a row, even a row in error: a row
/// naming them is not told that they do not exist.
#[derive(Default)]
struct Programmes {
    list: Vec<Programme>,
    ids: BTreeSet<String>,
    courses: BTreeSet<(String, String)>,
}

impl Programmes {
    fn get(&mut self, id: &str) -> Option<&mut Programme> {
        self.list.iter_mut().find(|p| p.id == id)
    }

    fn course(&mut self, programme: &str, code: &str) -> Option<&mut Course> {
        self.get(programme)?
            .courses
            .iter_mut()
            .find(|c| c.code == code)
    }
}

/// The words a column takes: each value with its English word and, where the contract gives one,
/// its Chinese word.
type Words<T> = [(T, &'static str, Option<&'static str>)];

const LEVELS: &Words<Level> = &[
    (Level::Undergraduate, "undergraduate", Some("本科")),
    (Level::Master, "master", Some("硕士")),
    (Level::Doctoral, "doctoral", Some("博士")),
];

const KINDS: &Words<ClassKind> = &[
    (ClassKind::Theory, "theory", Some("理论")),
    (ClassKind::Practice, "practice", Some("实践")),
];

const NATURES: &Words<Nature> = &[
    (Nature::Compulsory, "compulsory", Some("必修")),
    (Nature::Elective, "elective", Some("选修")),
];

const YES_NO: &Words<bool> = &[(true, "yes", Some("是")), (false, "no", Some("否"))];

const DECISIONS: &Words<Decision> = &[
    (Decision::Recognized, "recognized", Some("认定")),
    (Decision::NotRecognized, "not_recognized", Some("不认定")),
];

/// The contract names the categories in English only.
const CATEGORIES: &Words<Category> = &[
    (Category::GlobalCitizenship, "global_citizenship", None),
    (Category::Ethics, "ethics", None),
    (Category::Intercultural, "intercultural", None),
    (Category::Sustainability, "sustainability", None),
    (
        Category::IdeologicalPolitical,
        "ideological_political",
        None,
    ),
];

/// What a course and a literacy course both have.
struct Listed {
    programme: Option<String>,
    code: Option<String>,
    title: Option<Text>,
    credits: Option<Fixed>,
}

/// The cells of one row, read column by column; `failed` once any of them has a problem.
struct Cells<'t, 'r> {
    table: &'t Table,
    row: &'t Row,
    reading: &'r mut Reading,
    failed: bool,
}

impl<'t> Cells<'t, '_> {
    fn fail(&mut self, column: Column, problem: Problem) {
        self.failed = true;
        self.reading
            .at(self.table.file, self.row.line, Some(column), problem);
    }

    /// The cell, trimmed; `None` when it is empty or its column is not in the file.
    fn optional_str(&self, column: Column) -> Option<&'t str> {
        let at = *self.table.columns.get(&column)?;
        Some(self.row.cells.get(at)?.trim()).filter(|c| !c.is_empty())
    }

    fn optional(&self, column: Column) -> Option<String> {
        self.optional_str(column).map(str::to_owned)
    }

    /// A required cell. A column the header lacks was reported once, at line 1.
    fn required(&mut self, column: Column) -> Option<&'t str> {
        let cell = self.optional_str(column);
        if cell.is_none() {
            if self.table.columns.contains_key(&column) {
                self.fail(column, Problem::Required);
            } else {
                self.failed = true;
            }
        }
        cell
    }

    fn text(&mut self, column: Column) -> Option<String> {
        self.required(column).map(str::to_owned)
    }

    fn pair(&mut self, en: Column, zh: Column) -> Option<Text> {
        let (en, zh) = (self.text(en), self.text(zh));
        Some(Text { en: en?, zh: zh? })
    }

    fn optional_pair(&self, en: Column, zh: Column) -> Text<Option<String>> {
        Text {
            en: self.optional(en),
            zh: self.optional(zh),
        }
    }

    fn id(&mut self, column: Column, pattern: IdPattern) -> Option<String> {
        let text = self.required(column)?;
        if !pattern.matches(text) {
            let text = text.to_owned();
            self.fail(column, Problem::NotAnId { text, pattern });
            return None;
        }
        Some(text.to_owned())
    }

    /// A number of `range`, required or not as its column is.
    fn number(&mut self, column: Column, range: &Range) -> Option<Fixed> {
        let text = self.given(column)?;
        let Some(raw) = number::parse_decimal(text) else {
            let text = text.to_owned();
            self.fail(column, Problem::NotANumber { text });
            return None;
        };
        self.checked(column, checked_number(raw, range))
    }

    /// The programme, code, title and credits of a course or a literacy course.
    fn listed(&mut self, programmes: &Programmes) -> Listed {
        Listed {
            programme: self.programme(programmes),
            code: self.id(Column::Code, IdPattern::Code),
            title: self.pair(Column::TitleEn, Column::TitleZh),
            credits: self.credits(),
        }
    }

    /// A course's credits: above 0 and at most one decimal place.
    fn credits(&mut self) -> Option<Fixed> {
        let credits = self.number(Column::Credits, &range::CATALOG_CREDITS)?;
        if credits.milli() % 100 != 0 {
            self.fail(Column::Credits, Problem::OneDecimal { value: credits });
            return None;
        }
        Some(credits)
    }

    /// An overlap from 0 to 1, or a percentage with `%`.
    fn overlap(&mut self) -> Option<Fixed> {
        let column = Column::Overlap;
        let text = self.given(column)?;
        let (number, scale) = match text.strip_suffix('%') {
            Some(percent) => (percent.trim_end(), 100.0),
            None => (text, 1.0),
        };
        let Some(raw) = number::parse_decimal(number) else {
            let text = text.to_owned();
            self.fail(column, Problem::NotANumber { text });
            return None;
        };
        self.checked(column, checked_number(raw / scale, &range::OVERLAP))
    }

    fn date(&mut self, column: Column) -> Option<Date> {
        let text = self.given(column)?;
        self.checked(column, checked_date(text))
    }

    /// One of `words`, in English (any case) or Chinese.
    fn word<T: Copy>(&mut self, column: Column, words: &Words<T>) -> Option<T> {
        let text = self.given(column)?;
        let found = words
            .iter()
            .find(|(_, en, zh)| en.eq_ignore_ascii_case(text) || *zh == Some(text));
        if found.is_none() {
            let english = words.iter().map(|(_, en, _)| *en);
            let problem = Problem::NotAWord {
                text: text.to_owned(),
                words: english
                    .chain(words.iter().filter_map(|(_, _, zh)| *zh))
                    .collect(),
            };
            self.fail(column, problem);
        }
        found.map(|(value, _, _)| *value)
    }

    /// The cell, required when its column is.
    fn given(&mut self, column: Column) -> Option<&'t str> {
        let need = self
            .table
            .file
            .columns()
            .iter()
            .find(|(c, _)| *c == column)
            .map_or(Need::Optional, |(_, need)| *need);
        match need {
            Need::Required => self.required(column),
            Need::Optional => self.optional_str(column),
        }
    }

    fn checked<T>(
        &mut self,
        column: Column,
        checked: Result<T, crate::engine::case::problem::Problem>,
    ) -> Option<T> {
        checked
            .map_err(|problem| self.fail(column, Problem::Value(problem)))
            .ok()
    }

    /// The row's programme, which `programmes.csv` must have.
    fn programme(&mut self, programmes: &Programmes) -> Option<String> {
        let id = self.text(Column::Programme)?;
        if !programmes.ids.contains(&id) {
            self.fail(Column::Programme, Problem::NoProgramme { id });
            return None;
        }
        Some(id)
    }

    /// The row's programme and course, which `courses.csv` must have.
    fn course(&mut self, programmes: &Programmes) -> Option<(String, String)> {
        let programme = self.programme(programmes);
        let code = self.text(Column::Course)?;
        let programme = programme?;
        if !programmes
            .courses
            .contains(&(programme.clone(), code.clone()))
        {
            let problem = Problem::NoCourse { code, programme };
            self.fail(Column::Course, problem);
            return None;
        }
        Some((programme, code))
    }
}

#[cfg(test)]
mod tests;
