//! Transcripts pasted from a spreadsheet, or opened as a CSV file, read into case-file courses.
//!
//! A transcript usually already lives in a spreadsheet, and typing thirty courses into a form one
//! field at a time is where mistakes come from. [`parse`] reads what Excel, WPS or Google Sheets put
//! on the clipboard (tab-separated) and what they save as CSV (comma-separated, or semicolon-separated
//! in European locales; RFC 4180 quoting), under an English or Chinese header row. [`to_csv`] and
//! [`to_tsv`] write courses back in a form [`parse`] reads.
//!
//! Nothing is guessed. A column the transcript lacks leaves that fact `None`, which the engine treats
//! as unknown; a cell that cannot be read becomes a [`CellProblem`] with its line and column instead of
//! vanishing, so the student can correct the sheet. Ranges that validation checks anyway (credits up
//! to 100, a date not after the assessment) are left to it: it names the field.
//!
//! Three choices a reader of a pasted sheet has to make:
//!
//! - **Delimiter.** Decided once, from the header row: a tab anywhere in it means a spreadsheet paste
//!   (no one types a tab into a header cell); otherwise semicolons outnumbering commas mean a European
//!   CSV, else a comma CSV. Delimiters inside quotes are not counted.
//! - **Decimal comma.** `3,5` is read as 3.5 only when the delimiter is not a comma. In a comma CSV an
//!   unquoted `3,5` has already been split into two cells, and a quoted one is as likely a thousands
//!   separator, so it is reported. Semicolon files come from locales whose decimal separator is the
//!   comma, so there it is always decimal. Tab pastes come from any locale: a comma followed by exactly
//!   three digits (`1,200`) could be either, and is reported rather than read as 1.2 or 1200.
//! - **GPA or percentage.** Without a grading-system column, a number above 4 can only be a
//!   percentage, but 0 to 4 is a GPA or a (failing) percentage. Those need a System column, or a hint
//!   in the grade column's name (`GPA`, `绩点`, `%`, `百分制`, `Grade (ECTS)`); a hint applies to every
//!   row without a System cell. Words and letters are unambiguous: `excellent`…`fail` and
//!   `优秀`…`不及格` are five-level, `A`–`D` four-level, `E` and `F` ECTS. A System cell of `等级制`
//!   ("levels") lets the word or letter decide and only rules out numbers.

use crate::engine::case::date::Date;
use crate::engine::case::number;
use crate::engine::case::{self, CourseKind, CreditUnit, GradeSystem, GradeValue, Nature, Num};

/// The most course rows one paste may hold: a whole mistaken sheet must not freeze the browser.
pub const MAX_ROWS: usize = 500;

/// A transcript read into courses, with what could not be used.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    /// One course per non-empty row, in transcript order.
    pub courses: Vec<case::Course>,
    /// The 1-based line each course starts on, parallel to `courses`.
    pub lines: Vec<usize>,
    /// Header names that are not a known column (or repeat one), in sheet order; their cells are unused.
    pub ignored_columns: Vec<String>,
    /// Cells that could not be read; the course has that field `None`.
    pub problems: Vec<CellProblem>,
    /// The cell separator found in the header row.
    pub delimiter: Delimiter,
}

/// The cell separator of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Delimiter {
    Tab,
    Comma,
    Semicolon,
}

impl Delimiter {
    fn char(self) -> char {
        match self {
            Delimiter::Tab => '\t',
            Delimiter::Comma => ',',
            Delimiter::Semicolon => ';',
        }
    }
}

/// A column the reader knows, whatever the sheet calls it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    Title,
    Credits,
    CreditUnit,
    Kind,
    Nature,
    Grade,
    System,
    Hours,
    Completed,
    Retake,
    MatchTitle,
    MatchCredits,
    MatchHours,
    MatchNature,
    Overlap,
}

impl Column {
    /// Every column, in the order [`to_csv`] writes them.
    pub const ALL: [Column; 15] = [
        Column::Title,
        Column::Credits,
        Column::CreditUnit,
        Column::Kind,
        Column::Nature,
        Column::Grade,
        Column::System,
        Column::Hours,
        Column::Completed,
        Column::Retake,
        Column::MatchTitle,
        Column::MatchCredits,
        Column::MatchHours,
        Column::MatchNature,
        Column::Overlap,
    ];

    /// The English header [`to_csv`] writes, one of the names [`parse`] recognises.
    pub fn header(self) -> &'static str {
        match self {
            Column::Title => "Course",
            Column::Credits => "Credits",
            Column::CreditUnit => "Unit",
            Column::Kind => "Kind",
            Column::Nature => "Nature",
            Column::Grade => "Grade",
            Column::System => "System",
            Column::Hours => "Hours",
            Column::Completed => "Completed",
            Column::Retake => "Retake",
            Column::MatchTitle => "Match",
            Column::MatchCredits => "Match credits",
            Column::MatchHours => "Match hours",
            Column::MatchNature => "Match nature",
            Column::Overlap => "Overlap",
        }
    }
}

/// What a cell should have held, so that each language can phrase the problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Expected {
    /// A number, 0 or more, such as `4` or `3.5`.
    Number,
    /// A number whose comma is not possibly a thousands separator (`1,200`).
    UnambiguousNumber,
    /// `local` or `ECTS`.
    CreditUnit,
    /// `theory`, `practice` or `internship`.
    Kind,
    /// `compulsory` or `elective`.
    Nature,
    /// A grade of the given system, or of any system when it is not known.
    Grade(Option<GradeSystem>),
    /// The name of a grading system.
    GradingSystem,
    /// A five-level word or a letter, under a system that says "levels" (`等级制`).
    LevelGrade,
    /// A number from 0 to 4 with nothing saying whether it is a GPA or a percentage.
    SystemForLowNumber,
    /// A date in year-month-day order.
    Date,
    /// Yes or no.
    YesNo,
    /// A fraction from 0 to 1 or a percentage up to 100%.
    Overlap,
}

/// One cell that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellProblem {
    /// 1-based line of the row in the pasted text.
    pub line: usize,
    pub column: Column,
    /// The column's name as the sheet wrote it.
    pub header: String,
    /// The cell as written.
    pub raw: String,
    pub expected: Expected,
}

/// Why the text could not be read as a transcript at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TranscriptError {
    /// Nothing but blank lines.
    Empty,
    /// The first row lacks a course-title column or lacks both a grade and a credits column.
    NoHeader {
        found: Vec<String>,
        has_title: bool,
        has_grade_or_credits: bool,
    },
    /// A header and no course rows.
    NoRows,
    /// More than [`MAX_ROWS`] course rows.
    TooManyRows { limit: usize },
    /// A quoted cell is never closed, which would swallow the rest of the text.
    UnterminatedQuote { line: usize },
}

/// The columns a header row lacks, of those a transcript needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lacking {
    TitleAndGradeOrCredits,
    Title,
    GradeOrCredits,
}

impl TranscriptError {
    /// What a header that could not be used lacks; `None` for any other error.
    pub fn lacking(&self) -> Option<Lacking> {
        match self {
            TranscriptError::NoHeader {
                has_title: false,
                has_grade_or_credits: false,
                ..
            } => Some(Lacking::TitleAndGradeOrCredits),
            TranscriptError::NoHeader {
                has_title: false, ..
            } => Some(Lacking::Title),
            TranscriptError::NoHeader { .. } => Some(Lacking::GradeOrCredits),
            _ => None,
        }
    }
}

/// Reads a pasted or CSV transcript whose first non-empty row is the header.
pub fn parse(text: &str) -> Result<Parsed, TranscriptError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let delimiter = detect_delimiter(text);
    let mut reader = Reader::new(text, delimiter);
    let header = loop {
        match reader.next_record()? {
            None => return Err(TranscriptError::Empty),
            Some(record) if record.is_blank() => {}
            Some(record) => break record,
        }
    };
    let layout = Layout::from_header(&header.cells)?;
    let mut parsed = Parsed {
        courses: Vec::new(),
        lines: Vec::new(),
        ignored_columns: layout.ignored.clone(),
        problems: Vec::new(),
        delimiter,
    };
    while let Some(record) = reader.next_record()? {
        // A row with text only under ignored columns (a term heading, a subtotal) is no course.
        if !layout.has_data(&record) {
            continue;
        }
        if parsed.courses.len() == MAX_ROWS {
            return Err(TranscriptError::TooManyRows { limit: MAX_ROWS });
        }
        let course = layout.course(&record, delimiter, &mut parsed.problems);
        parsed.courses.push(course);
        parsed.lines.push(record.line);
    }
    if parsed.courses.is_empty() {
        return Err(TranscriptError::NoRows);
    }
    Ok(parsed)
}

// ---------------------------------------------------------------------------------------------------
// Splitting text into records

fn detect_delimiter(text: &str) -> Delimiter {
    let (mut tabs, mut commas, mut semicolons) = (0usize, 0usize, 0usize);
    let mut quoted = false;
    for b in first_content_line(text).bytes() {
        match b {
            // An escaped "" toggles twice, which leaves the state as it was.
            b'"' => quoted = !quoted,
            _ if quoted => {}
            b'\t' => tabs += 1,
            b',' => commas += 1,
            b';' => semicolons += 1,
            b'\r' | b'\n' => break,
            _ => {}
        }
    }
    if tabs > 0 {
        Delimiter::Tab
    } else if semicolons > commas {
        Delimiter::Semicolon
    } else {
        Delimiter::Comma
    }
}

/// The text from the first line with something other than separators on it: a spreadsheet's blank
/// leading rows come out as `,,,,` and say nothing about the header's delimiter.
fn first_content_line(text: &str) -> &str {
    let mut rest = text;
    loop {
        let end = rest.find(['\r', '\n']).unwrap_or(rest.len());
        let blank = rest[..end]
            .chars()
            .all(|c| c.is_whitespace() || matches!(c, ',' | ';' | '"'));
        if !blank || end == rest.len() {
            return rest;
        }
        rest = &rest[end + 1..];
    }
}

/// One row of cells and the line it starts on.
struct Record {
    line: usize,
    cells: Vec<String>,
}

impl Record {
    fn is_blank(&self) -> bool {
        self.cells.iter().all(|c| c.trim().is_empty())
    }
}

/// An RFC 4180 reader over any of the three delimiters. Lenient where spreadsheets are: a quote in the
/// middle of an unquoted cell is text, text after a closing quote is kept, spaces before an opening
/// quote are skipped, and CR, LF and CRLF all end a row. All the bytes it looks for are ASCII, so
/// slicing at them never splits a UTF-8 character.
struct Reader<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
    delimiter: u8,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str, delimiter: Delimiter) -> Reader<'a> {
        Reader {
            text,
            pos: 0,
            line: 1,
            delimiter: delimiter.char() as u8,
        }
    }

    fn next_record(&mut self) -> Result<Option<Record>, TranscriptError> {
        if self.pos >= self.text.len() {
            return Ok(None);
        }
        let line = self.line;
        let mut cells = Vec::new();
        loop {
            let (cell, more) = self.cell()?;
            cells.push(cell);
            if !more {
                return Ok(Some(Record { line, cells }));
            }
        }
    }

    /// One cell, and whether another cell of the same row follows it.
    fn cell(&mut self) -> Result<(String, bool), TranscriptError> {
        let bytes = self.text.as_bytes();
        let mut cell = String::new();
        let after_spaces = self.pos + bytes[self.pos..].iter().take_while(|&&b| b == b' ').count();
        if bytes.get(after_spaces) == Some(&b'"') {
            self.pos = after_spaces + 1;
            self.quoted(&mut cell)?;
        }
        let start = self.pos;
        while self.pos < bytes.len() && !self.at_cell_end(bytes[self.pos]) {
            self.pos += 1;
        }
        cell.push_str(&self.text[start..self.pos]);
        Ok((cell, self.finish_cell()))
    }

    fn at_cell_end(&self, b: u8) -> bool {
        b == self.delimiter || b == b'\r' || b == b'\n'
    }

    /// The rest of a quoted cell after its opening quote, up to and including the closing one.
    fn quoted(&mut self, cell: &mut String) -> Result<(), TranscriptError> {
        let opened_on = self.line;
        loop {
            let Some(quote) = self.text[self.pos..].find('"') else {
                return Err(TranscriptError::UnterminatedQuote { line: opened_on });
            };
            let chunk = &self.text[self.pos..self.pos + quote];
            self.line += line_breaks(chunk);
            cell.push_str(chunk);
            self.pos += quote + 1;
            if self.text.as_bytes().get(self.pos) == Some(&b'"') {
                cell.push('"');
                self.pos += 1;
            } else {
                return Ok(());
            }
        }
    }

    /// Steps over the delimiter or line end after a cell; `true` when the row goes on.
    fn finish_cell(&mut self) -> bool {
        let bytes = self.text.as_bytes();
        match bytes.get(self.pos) {
            Some(&b) if b == self.delimiter => {
                self.pos += 1;
                true
            }
            Some(b'\r') => {
                self.pos += 1;
                if bytes.get(self.pos) == Some(&b'\n') {
                    self.pos += 1;
                }
                self.line += 1;
                false
            }
            Some(b'\n') => {
                self.pos += 1;
                self.line += 1;
                false
            }
            _ => false,
        }
    }
}

/// Line ends inside a quoted cell, so that later rows keep their true line numbers.
fn line_breaks(chunk: &str) -> usize {
    let bytes = chunk.as_bytes();
    bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count()
}

// ---------------------------------------------------------------------------------------------------
// The header

/// Which cell feeds which column, learnt from the header.
struct Layout {
    /// Cell index of each column, indexed by `Column as usize`.
    index: [Option<usize>; Column::ALL.len()],
    headers: Vec<String>,
    ignored: Vec<String>,
    /// The grading system the grade column's name implies (`GPA`, `成绩（百分制）`).
    grade_hint: Option<GradeSystem>,
    /// The credits column's name says ECTS (`ECTS credits`, `学分(ECTS)`).
    ects_credits: bool,
}

impl Layout {
    fn from_header(cells: &[String]) -> Result<Layout, TranscriptError> {
        let headers: Vec<String> = cells.iter().map(|c| c.trim().to_owned()).collect();
        let recognised: Vec<Option<Recognised>> = headers
            .iter()
            .map(|h| if h.is_empty() { None } else { recognise(h) })
            .collect();
        let mut layout = Layout {
            index: [None; Column::ALL.len()],
            headers: Vec::new(),
            ignored: Vec::new(),
            grade_hint: None,
            ects_credits: false,
        };
        for column in Column::ALL {
            let candidates = recognised
                .iter()
                .enumerate()
                .filter_map(|(i, r)| r.filter(|r| r.column == column).map(|r| (i, r)));
            // US transcripts put a code under "Course" beside a "Title": the specific name wins.
            let chosen = candidates
                .clone()
                .find(|(_, r)| !r.generic)
                .or_else(|| candidates.clone().next());
            let Some((i, r)) = chosen else { continue };
            layout.index[column as usize] = Some(i);
            match column {
                Column::Grade => layout.grade_hint = r.hint,
                Column::Credits => layout.ects_credits = r.hint == Some(GradeSystem::Ects),
                _ => {}
            }
        }
        // Spreadsheets copy trailing empty header cells; there is nothing to report about them.
        layout.ignored = (headers.iter().enumerate())
            .filter(|&(i, h)| !h.is_empty() && !layout.index.contains(&Some(i)))
            .map(|(_, h)| h.clone())
            .collect();
        layout.headers = headers;
        let has = |c: Column| layout.index[c as usize].is_some();
        let has_title = has(Column::Title);
        let has_grade_or_credits = has(Column::Grade) || has(Column::Credits);
        if has_title && has_grade_or_credits {
            Ok(layout)
        } else {
            let found = layout.headers.iter().filter(|h| !h.is_empty()).cloned();
            Err(TranscriptError::NoHeader {
                found: found.collect(),
                has_title,
                has_grade_or_credits,
            })
        }
    }

    /// The trimmed cell of `column`, if the sheet has that column and the cell is not blank.
    fn raw<'r>(&self, record: &'r Record, column: Column) -> Option<&'r str> {
        let cell = record.cells.get(self.index[column as usize]?)?.trim();
        (!cell.is_empty()).then_some(cell)
    }

    fn has_data(&self, record: &Record) -> bool {
        Column::ALL.iter().any(|&c| self.raw(record, c).is_some())
    }

    fn course(
        &self,
        record: &Record,
        delimiter: Delimiter,
        problems: &mut Vec<CellProblem>,
    ) -> case::Course {
        let first_problem = problems.len();
        let course = self.read_course(record, delimiter, problems);
        // Read in dependency order (system before grade); reported in the sheet's column order. A row
        // has a few problems at most: each goes in after those of its column and the columns before
        // (a stable insertion, without a sort compiled for this one type).
        let place = |p: &CellProblem| self.index[p.column as usize];
        for p in problems.split_off(first_problem) {
            let after = problems[first_problem..].partition_point(|q| place(q) <= place(&p));
            problems.insert(first_problem + after, p);
        }
        course
    }

    fn read_course(
        &self,
        record: &Record,
        delimiter: Delimiter,
        problems: &mut Vec<CellProblem>,
    ) -> case::Course {
        let mut row = Row {
            layout: self,
            record,
            problems,
        };
        let number = |t: &str| number(t, delimiter).map(Num);
        let credit_unit = match row.raw(Column::CreditUnit) {
            Some(_) => row.read(Column::CreditUnit, |t| {
                credit_unit(t).ok_or(Expected::CreditUnit)
            }),
            None => self.ects_credits.then_some(CreditUnit::Ects),
        };
        let grade = row.grade(delimiter);
        let matched = case::Match {
            title: row.raw(Column::MatchTitle).map(title),
            credits: row.read(Column::MatchCredits, number),
            hours: row.read(Column::MatchHours, number),
            nature: row.read(Column::MatchNature, |t| nature(t).ok_or(Expected::Nature)),
            overlap: row.read(Column::Overlap, |t| overlap(t, delimiter).map(Num)),
            ..case::Match::default()
        };
        case::Course {
            title: row.raw(Column::Title).map(title),
            credits: row.read(Column::Credits, number),
            credit_unit,
            kind: row.read(Column::Kind, |t| kind(t).ok_or(Expected::Kind)),
            nature: row.read(Column::Nature, |t| nature(t).ok_or(Expected::Nature)),
            grade,
            hours: row.read(Column::Hours, number),
            completed_on: row.read(Column::Completed, |t| date(t).ok_or(Expected::Date)),
            retake: row.read(Column::Retake, |t| yes_no(t).ok_or(Expected::YesNo)),
            matched: (matched != case::Match::default()).then_some(matched),
            ..case::Course::default()
        }
    }
}

/// Reading the cells of one row, collecting what cannot be read.
struct Row<'a> {
    layout: &'a Layout,
    record: &'a Record,
    problems: &'a mut Vec<CellProblem>,
}

impl<'a> Row<'a> {
    fn raw(&self, column: Column) -> Option<&'a str> {
        self.layout.raw(self.record, column)
    }

    /// The cell read by `parse` after full-width folding, or `None` with a problem recorded.
    fn read<T>(
        &mut self,
        column: Column,
        parse: impl FnOnce(&str) -> Result<T, Expected>,
    ) -> Option<T> {
        let raw = self.raw(column)?;
        match parse(fold(raw).trim()) {
            Ok(value) => Some(value),
            Err(expected) => {
                let index = self.layout.index[column as usize].unwrap_or_default();
                self.problems.push(CellProblem {
                    line: self.record.line,
                    column,
                    header: self.layout.headers[index].clone(),
                    raw: raw.to_owned(),
                    expected,
                });
                None
            }
        }
    }

    fn grade(&mut self, delimiter: Delimiter) -> Option<case::Grade> {
        let scale = match self.raw(Column::System) {
            // An unreadable system is reported once; judging the grade without it would be a guess.
            Some(_) => {
                Some(self.read(Column::System, |t| scale(t).ok_or(Expected::GradingSystem))?)
            }
            None => self.layout.grade_hint.map(Scale::System),
        };
        self.read(Column::Grade, |t| grade(t, scale, delimiter))
    }
}

/// What a header names.
#[derive(Clone, Copy)]
struct Recognised {
    column: Column,
    /// The grading system the name implies; only the grade and credits columns use it.
    hint: Option<GradeSystem>,
    /// A name as likely to head a column of codes as of titles (`Course`, `课程`).
    generic: bool,
}

/// Names that lose to a more specific name of the same column.
const GENERIC_NAMES: [&str; 5] = ["course", "module", "subject", "课程", "科目"];

/// The column a header names and the grading system its name implies.
///
/// A name is compared without case, spaces or punctuation. A note in brackets (`Credits (ECTS)`,
/// `成绩（百分制）`) or a system word inside the name (`GPA`, `Score %`, `ECTS credits`) is a hint.
fn recognise(header: &str) -> Option<Recognised> {
    let (name, note) = split_note(&fold(header));
    let name = key(&name);
    let (column, hint_in_name) = match lookup(&name) {
        Some(column) => (column, hint_in(&name).map(|(system, _)| system)),
        None => {
            let (system, rest) = hint_in(&name)?;
            // A name that is nothing but a system (`GPA`, `绩点`) heads a grade column.
            let column = if rest.is_empty() {
                Column::Grade
            } else {
                lookup(&rest)?
            };
            (column, Some(system))
        }
    };
    let hint_in_note = hint_in(&key(&note)).map(|(system, _)| system);
    Some(Recognised {
        column,
        hint: hint_in_note.or(hint_in_name),
        generic: GENERIC_NAMES.contains(&name.as_str()),
    })
}

/// The header's text outside brackets, and inside them.
fn split_note(header: &str) -> (String, String) {
    let (mut name, mut note) = (String::new(), String::new());
    let mut depth = 0usize;
    for c in header.chars() {
        match c {
            '(' | '[' | '【' => depth += 1,
            ')' | ']' | '】' => depth = depth.saturating_sub(1),
            _ if depth > 0 => note.push(c),
            _ => name.push(c),
        }
    }
    (name, note)
}

/// Header names, as [`key`] leaves them.
const COLUMN_NAMES: &[(&str, Column)] = &[
    ("course", Column::Title),
    ("coursetitle", Column::Title),
    ("coursename", Column::Title),
    ("title", Column::Title),
    ("module", Column::Title),
    ("moduletitle", Column::Title),
    ("modulename", Column::Title),
    ("subject", Column::Title),
    ("课程", Column::Title),
    ("课程名称", Column::Title),
    ("课程名", Column::Title),
    ("科目", Column::Title),
    ("科目名称", Column::Title),
    ("credits", Column::Credits),
    ("credit", Column::Credits),
    ("cr", Column::Credits),
    ("ects", Column::Credits),
    ("学分", Column::Credits),
    ("unit", Column::CreditUnit),
    ("creditunit", Column::CreditUnit),
    ("credittype", Column::CreditUnit),
    ("学分类型", Column::CreditUnit),
    ("学分单位", Column::CreditUnit),
    ("kind", Column::Kind),
    ("type", Column::Kind),
    ("coursetype", Column::Kind),
    ("coursekind", Column::Kind),
    ("课程类别", Column::Kind),
    ("课程类型", Column::Kind),
    ("类型", Column::Kind),
    ("类别", Column::Kind),
    ("nature", Column::Nature),
    ("coursenature", Column::Nature),
    ("compulsoryelective", Column::Nature),
    ("compulsoryorelective", Column::Nature),
    ("required", Column::Nature),
    ("requiredelective", Column::Nature),
    ("requiredoptional", Column::Nature),
    ("课程性质", Column::Nature),
    ("性质", Column::Nature),
    ("修读性质", Column::Nature),
    ("必修选修", Column::Nature),
    ("选修必修", Column::Nature),
    ("grade", Column::Grade),
    ("grades", Column::Grade),
    ("score", Column::Grade),
    ("mark", Column::Grade),
    ("marks", Column::Grade),
    ("result", Column::Grade),
    ("finalgrade", Column::Grade),
    ("finalscore", Column::Grade),
    ("成绩", Column::Grade),
    ("分数", Column::Grade),
    ("总评成绩", Column::Grade),
    ("总成绩", Column::Grade),
    ("最终成绩", Column::Grade),
    ("考试成绩", Column::Grade),
    ("课程绩点", Column::Grade),
    ("system", Column::System),
    ("gradingsystem", Column::System),
    ("gradesystem", Column::System),
    ("scale", Column::System),
    ("gradingscale", Column::System),
    ("gradescale", Column::System),
    ("成绩制", Column::System),
    ("记分制", Column::System),
    ("计分制", Column::System),
    ("评分制", Column::System),
    ("记分方式", Column::System),
    ("计分方式", Column::System),
    ("hours", Column::Hours),
    ("classhours", Column::Hours),
    ("contacthours", Column::Hours),
    ("totalhours", Column::Hours),
    ("学时", Column::Hours),
    ("课时", Column::Hours),
    ("总学时", Column::Hours),
    ("completed", Column::Completed),
    ("completedon", Column::Completed),
    ("completiondate", Column::Completed),
    ("date", Column::Completed),
    ("termend", Column::Completed),
    ("完成日期", Column::Completed),
    ("完成时间", Column::Completed),
    ("日期", Column::Completed),
    ("retake", Column::Retake),
    ("retaken", Column::Retake),
    ("makeup", Column::Retake),
    ("resit", Column::Retake),
    ("重修", Column::Retake),
    ("补考", Column::Retake),
    ("重修补考", Column::Retake),
    ("补考重修", Column::Retake),
    ("match", Column::MatchTitle),
    ("matchedcourse", Column::MatchTitle),
    ("matchcourse", Column::MatchTitle),
    ("receivingcourse", Column::MatchTitle),
    ("equivalent", Column::MatchTitle),
    ("equivalentcourse", Column::MatchTitle),
    ("对应课程", Column::MatchTitle),
    ("对应课程名称", Column::MatchTitle),
    ("认定课程", Column::MatchTitle),
    ("认定课程名称", Column::MatchTitle),
    ("matchcredits", Column::MatchCredits),
    ("matchedcredits", Column::MatchCredits),
    ("receivingcredits", Column::MatchCredits),
    ("对应学分", Column::MatchCredits),
    ("认定学分", Column::MatchCredits),
    ("matchhours", Column::MatchHours),
    ("matchedhours", Column::MatchHours),
    ("receivinghours", Column::MatchHours),
    ("对应学时", Column::MatchHours),
    ("认定学时", Column::MatchHours),
    ("matchnature", Column::MatchNature),
    ("matchednature", Column::MatchNature),
    ("receivingnature", Column::MatchNature),
    ("对应性质", Column::MatchNature),
    ("对应课程性质", Column::MatchNature),
    ("认定课程性质", Column::MatchNature),
    ("overlap", Column::Overlap),
    ("overlaprate", Column::Overlap),
    ("overlapratio", Column::Overlap),
    ("重合度", Column::Overlap),
    ("重合率", Column::Overlap),
    ("知识点重合率", Column::Overlap),
    ("知识点重合度", Column::Overlap),
];

fn lookup(name: &str) -> Option<Column> {
    COLUMN_NAMES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, column)| column)
}

/// Names of grading systems, as [`key`] leaves them: the System column's values and header hints.
const SYSTEM_NAMES: &[(&str, GradeSystem)] = &[
    ("percentage", GradeSystem::Percentage),
    ("percent", GradeSystem::Percentage),
    ("%", GradeSystem::Percentage),
    ("百分制", GradeSystem::Percentage),
    ("百分", GradeSystem::Percentage),
    ("fivelevel", GradeSystem::FiveLevel),
    ("5level", GradeSystem::FiveLevel),
    ("五级制", GradeSystem::FiveLevel),
    ("五级", GradeSystem::FiveLevel),
    ("fourlevel", GradeSystem::FourLevel),
    ("4level", GradeSystem::FourLevel),
    ("四级制", GradeSystem::FourLevel),
    ("四级", GradeSystem::FourLevel),
    ("gpa", GradeSystem::Gpa4),
    ("gpa4", GradeSystem::Gpa4),
    ("gpa40", GradeSystem::Gpa4),
    ("gradepoint", GradeSystem::Gpa4),
    ("gradepoints", GradeSystem::Gpa4),
    ("绩点", GradeSystem::Gpa4),
    ("绩点制", GradeSystem::Gpa4),
    ("ects", GradeSystem::Ects),
];

/// What a System cell or a header says about the grades under it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scale {
    System(GradeSystem),
    /// `等级制`, graded in levels: Chinese transcripts say no more, and the words or letters tell
    /// five-level from four-level; only a number would be out of place.
    Levels,
}

fn scale(text: &str) -> Option<Scale> {
    let k = key(text);
    if let Some(&(_, system)) = SYSTEM_NAMES.iter().find(|(n, _)| *n == k) {
        return Some(Scale::System(system));
    }
    matches!(k.as_str(), "等级制" | "等级" | "level" | "levels").then_some(Scale::Levels)
}

/// The longest system name inside `name`, and `name` without it.
fn hint_in(name: &str) -> Option<(GradeSystem, String)> {
    let (word, system) = SYSTEM_NAMES
        .iter()
        .filter(|(n, _)| name.contains(n))
        .max_by_key(|(n, _)| n.len())?;
    Some((*system, name.replacen(word, "", 1)))
}

// ---------------------------------------------------------------------------------------------------
// Cell values

/// Full-width forms to ASCII: Chinese input methods type `８５．５`, `Ａ` and `％`, and `。` for a
/// decimal point. Titles are never folded; they are shown as written.
fn fold(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(u32::from(c) - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            '。' => '.',
            _ => c,
        })
        .collect()
}

/// A word for comparison: folded, lower case, without spaces and the punctuation that varies between
/// spellings (`Five-level`, `five_level`, `Completed on:`). Every word it is compared with is ASCII or
/// Chinese, so ASCII case is all there is to fold (and Unicode's case tables stay out of the wasm); a
/// word with another cased letter, in a name table or a match below, would never match.
fn key(s: &str) -> String {
    fold(s)
        .chars()
        .filter(|&c| !c.is_whitespace() && !"_-.:/\\*".contains(c))
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// A title as shown: line breaks from wrapped cells and repeated spaces collapse to one space, and the
/// quote [`to_csv`] puts before a formula-like title is removed.
fn title(raw: &str) -> String {
    let raw = match raw.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => raw,
    };
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A plain decimal, 0 or more, with `.` as its point: digits and at most one `.` or decimal comma.
fn decimal(text: &str, delimiter: Delimiter) -> Result<String, Expected> {
    let separators = text.chars().filter(|&c| c == '.' || c == ',').count();
    let well_formed = text
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && text.chars().any(|c| c.is_ascii_digit())
        && separators <= 1;
    if !well_formed {
        return Err(Expected::Number);
    }
    let Some((int, frac)) = text.split_once(',') else {
        return Ok(text.to_owned());
    };
    match delimiter {
        Delimiter::Comma => Err(Expected::Number),
        Delimiter::Tab if looks_like_thousands(int, frac) => Err(Expected::UnambiguousNumber),
        _ => Ok(format!("{int}.{frac}")),
    }
}

/// `1,200`: one to three digits, not starting with 0, then exactly three.
pub(crate) fn looks_like_thousands(int: &str, frac: &str) -> bool {
    frac.len() == 3 && (1..=3).contains(&int.len()) && !int.starts_with('0')
}

fn number(text: &str, delimiter: Delimiter) -> Result<f64, Expected> {
    let d = decimal(text, delimiter)?;
    number::parse_decimal(&d).ok_or(Expected::Number)
}

/// A decimal divided by 100 by moving its point, so that `72.5` becomes exactly the number `0.725`
/// would, not the nearest result of a division.
fn percent_to_fraction(decimal: &str) -> f64 {
    let (int, frac) = decimal.split_once('.').unwrap_or((decimal, ""));
    let int = format!("{int:0>3}");
    let (whole, hundredths) = int.split_at(int.len() - 2);
    number::parse_decimal(&format!("{whole}.{hundredths}{frac}")).unwrap_or(f64::NAN)
}

/// `0.75`, `75%` or `75`: a number above 1 can only be a percentage, and no match is made at 1%.
fn overlap(text: &str, delimiter: Delimiter) -> Result<f64, Expected> {
    let (digits, percent) = match text.strip_suffix('%') {
        Some(digits) => (digits.trim_end(), true),
        None => (text, false),
    };
    let d = decimal(digits, delimiter).map_err(|e| match e {
        Expected::Number => Expected::Overlap,
        other => other,
    })?;
    let value = number::parse_decimal(&d).ok_or(Expected::Overlap)?;
    let fraction = if percent || value > 1.0 {
        percent_to_fraction(&d)
    } else {
        value
    };
    if fraction <= 1.0 {
        Ok(fraction)
    } else {
        Err(Expected::Overlap)
    }
}

fn grade(text: &str, scale: Option<Scale>, delimiter: Delimiter) -> Result<case::Grade, Expected> {
    let percent = text.strip_suffix('%').map(str::trim_end);
    match (scale, percent) {
        (Some(Scale::System(system)), None) => grade_in(system, text, delimiter),
        // `85%` is a percentage, unless the system says otherwise.
        (None | Some(Scale::System(GradeSystem::Percentage)), Some(digits)) => {
            grade_in(GradeSystem::Percentage, digits, delimiter)
        }
        (Some(Scale::System(other)), Some(_)) => Err(Expected::Grade(Some(other))),
        (Some(Scale::Levels), _) if percent.is_some() || number(text, delimiter).is_ok() => {
            Err(Expected::LevelGrade)
        }
        (Some(Scale::Levels), _) | (None, None) => infer_grade(text, delimiter),
    }
}

fn infer_grade(text: &str, delimiter: Delimiter) -> Result<case::Grade, Expected> {
    match number(text, delimiter) {
        Ok(n) if n > 4.0 => grade_in(GradeSystem::Percentage, text, delimiter),
        Ok(_) => Err(Expected::SystemForLowNumber),
        Err(Expected::UnambiguousNumber) => Err(Expected::UnambiguousNumber),
        Err(_) => {
            let system = if five_level(text).is_some() {
                GradeSystem::FiveLevel
            } else {
                match letter(text) {
                    Some('A'..='D') => GradeSystem::FourLevel,
                    Some('E' | 'F') => GradeSystem::Ects,
                    _ => return Err(Expected::Grade(None)),
                }
            };
            grade_in(system, text, delimiter)
        }
    }
}

/// A grade read strictly in `system`.
fn grade_in(
    system: GradeSystem,
    text: &str,
    delimiter: Delimiter,
) -> Result<case::Grade, Expected> {
    let wrong = Expected::Grade(Some(system));
    let value = match system {
        GradeSystem::Percentage | GradeSystem::Gpa4 => {
            let max = if system == GradeSystem::Gpa4 {
                4.0
            } else {
                100.0
            };
            let n = number(text, delimiter).map_err(|e| match e {
                Expected::UnambiguousNumber => e,
                _ => wrong,
            })?;
            if n > max {
                return Err(wrong);
            }
            GradeValue::Number(n)
        }
        GradeSystem::FiveLevel => GradeValue::Word(five_level(text).ok_or(wrong)?.to_owned()),
        GradeSystem::FourLevel | GradeSystem::Ects => {
            let last = if system == GradeSystem::Ects {
                'F'
            } else {
                'D'
            };
            match letter(text) {
                Some(l) if ('A'..=last).contains(&l) => GradeValue::Word(l.to_string()),
                _ => return Err(wrong),
            }
        }
    };
    Ok(case::Grade { system, value })
}

/// The five-level grade's case-file word.
fn five_level(text: &str) -> Option<&'static str> {
    Some(match key(text).as_str() {
        "excellent" | "优秀" | "优" => "excellent",
        "good" | "良好" | "良" => "good",
        "medium" | "中等" | "中" => "medium",
        "pass" | "及格" => "pass",
        "fail" | "不及格" => "fail",
        _ => return None,
    })
}

/// A single letter, upper-cased.
fn letter(text: &str) -> Option<char> {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_alphabetic() => Some(c.to_ascii_uppercase()),
        _ => None,
    }
}

fn credit_unit(text: &str) -> Option<CreditUnit> {
    match key(text).as_str() {
        "local" | "本地" | "本校" => Some(CreditUnit::Local),
        "ects" => Some(CreditUnit::Ects),
        _ => None,
    }
}

fn kind(text: &str) -> Option<CourseKind> {
    match key(text).as_str() {
        "theory" | "theoretical" | "理论" | "理论课" => Some(CourseKind::Theory),
        // Chinese credit standards count laboratory courses (实验) as practice.
        "practice" | "practical" | "实践" | "实践课" | "实验" | "实验课" => {
            Some(CourseKind::Practice)
        }
        "internship" | "placement" | "实习" => Some(CourseKind::Internship),
        _ => None,
    }
}

fn nature(text: &str) -> Option<Nature> {
    match key(text).as_str() {
        "compulsory" | "required" | "必修" | "必修课" => Some(Nature::Compulsory),
        // Restricted, free and general electives (限选, 任选, 公选) are all electives to the Measures.
        "elective" | "optional" | "选修" | "选修课" | "限选" | "任选" | "公选" => {
            Some(Nature::Elective)
        }
        _ => None,
    }
}

fn yes_no(text: &str) -> Option<bool> {
    match key(text).as_str() {
        "yes" | "y" | "true" | "1" | "是" | "✓" | "✔" | "√" => Some(true),
        "no" | "n" | "false" | "0" | "否" | "✗" | "✘" | "×" => Some(false),
        _ => None,
    }
}

/// `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD` (months and days may have one digit, as spreadsheets
/// often display them) or `YYYY年M月D日`, as a real calendar date in the case file's form.
fn date(text: &str) -> Option<String> {
    let chinese = text
        .strip_suffix('日')
        .unwrap_or(text)
        .replace(['年', '月'], "-");
    let separator = chinese.chars().find(|c| matches!(c, '-' | '/' | '.'))?;
    let mut parts = chinese.split(separator);
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let digits = |s: &str, len: std::ops::RangeInclusive<usize>| -> Option<u16> {
        (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
    };
    let year = digits(y, 4..=4)?;
    let month = u8::try_from(digits(m, 1..=2)?).ok()?;
    let day = u8::try_from(digits(d, 1..=2)?).ok()?;
    Date::new(i32::from(year), month, day)?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// Characters that make Excel or WPS run a cell as a formula when it opens a CSV file; a title
/// starting with one, from a shared case, must not execute on the student's machine.
const FORMULA_STARTS: [char; 4] = ['=', '+', '-', '@'];

#[cfg(test)]
mod tests;
