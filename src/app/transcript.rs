//! Transcripts pasted from a spreadsheet, or opened as a CSV file, read into case-file courses.
//!
//! A transcript usually already lives in a spreadsheet, and typing thirty courses into a form one
//! field at a time is where mistakes come from. [`parse`] reads what Excel, WPS or Google Sheets put
//! on the clipboard (tab-separated) and what they save as CSV (comma-separated, or semicolon-separated
//! in European locales; RFC 4180 quoting), under an English or Chinese header row. [`to_csv`] and
//! [`to_tsv`] write courses back in a form [`parse`] reads.
//!
//! Nothing is guessed. A column the transcript lacks leaves that fact `None`, which the engine treats
//! as unknown; a cell that cannot be read becomes a [`Problem`] with its line and column instead of
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
    pub problems: Vec<Problem>,
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
pub struct Problem {
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
        problems: &mut Vec<Problem>,
    ) -> case::Course {
        let first_problem = problems.len();
        let course = self.read_course(record, delimiter, problems);
        // Read in dependency order (system before grade); reported in the sheet's column order. A row
        // has a few problems at most: each goes in after those of its column and the columns before
        // (a stable insertion, without a sort compiled for this one type).
        let place = |p: &Problem| self.index[p.column as usize];
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
        problems: &mut Vec<Problem>,
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
    problems: &'a mut Vec<Problem>,
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
                self.problems.push(Problem {
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
mod tests {
    use super::*;

    // Writing courses back as a table: only the round-trip tests need it (a reader's best proof is
    // that it reads what a spreadsheet would hold).
    /// The courses as CSV (RFC 4180, CRLF) under an English header, for a file download.
    pub fn to_csv(courses: &[case::Course]) -> String {
        write_table(courses, Delimiter::Comma)
    }

    /// The courses tab-separated under an English header, for the clipboard: spreadsheets paste this
    /// into cells directly, whatever their locale's list separator.
    pub fn to_tsv(courses: &[case::Course]) -> String {
        write_table(courses, Delimiter::Tab)
    }

    fn write_table(courses: &[case::Course], delimiter: Delimiter) -> String {
        let delimiter = delimiter.char();
        let mut out = String::new();
        push_row(
            &mut out,
            delimiter,
            Column::ALL.map(|c| c.header().to_owned()),
        );
        for course in courses {
            push_row(
                &mut out,
                delimiter,
                Column::ALL.map(|c| cell_text(course, c)),
            );
        }
        out
    }

    fn push_row(out: &mut String, delimiter: char, cells: [String; Column::ALL.len()]) {
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                out.push(delimiter);
            }
            if cell.contains([delimiter, '"', '\r', '\n']) {
                out.push('"');
                out.push_str(&cell.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(cell);
            }
        }
        out.push_str("\r\n");
    }

    fn cell_text(course: &case::Course, column: Column) -> String {
        let matched = course.matched.as_ref();
        let text = match column {
            Column::Title => course.title.as_deref().map(guard_formula),
            Column::Credits => course.credits.map(num),
            Column::CreditUnit => course.credit_unit.map(|u| credit_unit_name(u).to_owned()),
            Column::Kind => course.kind.map(|k| kind_name(k).to_owned()),
            Column::Nature => course.nature.map(|n| nature_name(n).to_owned()),
            Column::Grade => course.grade.as_ref().map(|g| match &g.value {
                GradeValue::Number(n) => num(Num(*n)),
                GradeValue::Word(w) => w.clone(),
            }),
            Column::System => course
                .grade
                .as_ref()
                .map(|g| system_name(g.system).to_owned()),
            Column::Hours => course.hours.map(num),
            Column::Completed => course.completed_on.clone(),
            Column::Retake => course
                .retake
                .map(|r| if r { "yes" } else { "no" }.to_owned()),
            Column::MatchTitle => matched.and_then(|m| m.title.as_deref()).map(guard_formula),
            Column::MatchCredits => matched.and_then(|m| m.credits).map(num),
            Column::MatchHours => matched.and_then(|m| m.hours).map(num),
            Column::MatchNature => matched
                .and_then(|m| m.nature)
                .map(|n| nature_name(n).to_owned()),
            Column::Overlap => matched.and_then(|m| m.overlap).map(num),
        };
        text.unwrap_or_default()
    }

    /// Rust prints the shortest text that reads back as the same number, never in exponent form.
    fn num(n: Num) -> String {
        n.0.to_string()
    }

    fn guard_formula(title: &str) -> String {
        if title.starts_with(FORMULA_STARTS) {
            format!("'{title}")
        } else {
            title.to_owned()
        }
    }

    fn credit_unit_name(unit: CreditUnit) -> &'static str {
        match unit {
            CreditUnit::Local => "local",
            CreditUnit::Ects => "ects",
        }
    }

    fn kind_name(kind: CourseKind) -> &'static str {
        match kind {
            CourseKind::Theory => "theory",
            CourseKind::Practice => "practice",
            CourseKind::Internship => "internship",
        }
    }

    fn nature_name(nature: Nature) -> &'static str {
        match nature {
            Nature::Compulsory => "compulsory",
            Nature::Elective => "elective",
        }
    }

    /// The case file's own names, so an exported sheet reads like the JSON.
    fn system_name(system: GradeSystem) -> &'static str {
        match system {
            GradeSystem::Percentage => "percentage",
            GradeSystem::FiveLevel => "five_level",
            GradeSystem::FourLevel => "four_level",
            GradeSystem::Gpa4 => "gpa4",
            GradeSystem::Ects => "ects",
        }
    }

    fn pct(v: f64) -> Option<case::Grade> {
        Some(case::Grade {
            system: GradeSystem::Percentage,
            value: GradeValue::Number(v),
        })
    }

    fn word(system: GradeSystem, w: &str) -> Option<case::Grade> {
        Some(case::Grade {
            system,
            value: GradeValue::Word(w.to_owned()),
        })
    }

    fn gpa(v: f64) -> Option<case::Grade> {
        Some(case::Grade {
            system: GradeSystem::Gpa4,
            value: GradeValue::Number(v),
        })
    }

    fn titled(title: &str) -> case::Course {
        case::Course {
            title: Some(title.to_owned()),
            ..case::Course::default()
        }
    }

    fn ok(text: &str) -> Parsed {
        parse(text).unwrap_or_else(|e| panic!("{e:?}"))
    }

    /// The grade one single-row sheet with this header and grade cell yields, or the expected of its problem.
    fn grade_of(header: &str, cell: &str) -> Result<case::Grade, Expected> {
        let parsed = ok(&format!("Course\t{header}\nX\t{cell}\n"));
        match parsed.problems.first() {
            Some(p) => Err(p.expected),
            None => Ok(parsed.courses[0].grade.clone().expect("a grade")),
        }
    }

    #[test]
    fn english_tab_paste() {
        let text = "Course title\tCredits\tType\tNature\tGrade\tHours\tCompleted on\tRetake\tMatched course\tMatch hours\tOverlap\n\
                    Calculus I\t4\ttheory\tcompulsory\t82\t64\t2025-01-15\tno\tAdvanced Mathematics I\t68\t0.75\n\
                    Physics Lab\t1.5\tPractice\tElective\tgood\t32\t2025/6/30\tyes\t\t\t\n";
        let parsed = ok(text);
        assert_eq!(parsed.delimiter, Delimiter::Tab);
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        assert!(parsed.ignored_columns.is_empty());
        assert_eq!(parsed.lines, vec![2, 3]);
        let calculus = case::Course {
            title: Some("Calculus I".into()),
            credits: Some(Num(4.0)),
            kind: Some(CourseKind::Theory),
            nature: Some(Nature::Compulsory),
            grade: pct(82.0),
            hours: Some(Num(64.0)),
            completed_on: Some("2025-01-15".into()),
            retake: Some(false),
            matched: Some(case::Match {
                title: Some("Advanced Mathematics I".into()),
                hours: Some(Num(68.0)),
                overlap: Some(Num(0.75)),
                ..case::Match::default()
            }),
            ..case::Course::default()
        };
        let lab = case::Course {
            title: Some("Physics Lab".into()),
            credits: Some(Num(1.5)),
            kind: Some(CourseKind::Practice),
            nature: Some(Nature::Elective),
            grade: word(GradeSystem::FiveLevel, "good"),
            hours: Some(Num(32.0)),
            completed_on: Some("2025-06-30".into()),
            retake: Some(true),
            ..case::Course::default()
        };
        assert_eq!(parsed.courses, vec![calculus, lab]);
    }

    #[test]
    fn chinese_header_paste_with_full_width_digits() {
        let text = "课程名称\t学分\t学分类型\t课程类别\t课程性质\t成绩\t学时\t完成日期\t重修\t对应课程\t对应学时\t重合度\t备注\n\
                    高等数学（一）\t５\t本地\t理论\t必修\t８５．５\t８０\t2024年1月15日\t否\t高等数学A\t90\t80%\t无\n\
                    大学英语\t3\t本地\t理论\t选修\t良好\t48\t2024.01.10\t是\t大学英语I\t48\t0.9\t\n\
                    毕业实习\t２\tECTS\t实习\t必修\t优秀\t\t２０２４／０６／３０\t√\t\t\t\t\n";
        let parsed = ok(text);
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        assert_eq!(parsed.ignored_columns, vec!["备注".to_owned()]);
        let [maths, english, internship] = &parsed.courses[..] else {
            panic!("three courses: {:?}", parsed.courses);
        };
        assert_eq!(maths.title.as_deref(), Some("高等数学（一）"));
        assert_eq!(maths.credits, Some(Num(5.0)));
        assert_eq!(maths.credit_unit, Some(CreditUnit::Local));
        assert_eq!(maths.grade, pct(85.5));
        assert_eq!(maths.hours, Some(Num(80.0)));
        assert_eq!(maths.completed_on.as_deref(), Some("2024-01-15"));
        assert_eq!(maths.retake, Some(false));
        let m = maths.matched.as_ref().expect("a match");
        assert_eq!((m.hours, m.overlap), (Some(Num(90.0)), Some(Num(0.8))));
        assert_eq!(english.nature, Some(Nature::Elective));
        assert_eq!(english.grade, word(GradeSystem::FiveLevel, "good"));
        assert_eq!(english.completed_on.as_deref(), Some("2024-01-10"));
        assert_eq!(english.retake, Some(true));
        assert_eq!(
            english.matched.as_ref().and_then(|m| m.overlap),
            Some(Num(0.9))
        );
        assert_eq!(internship.kind, Some(CourseKind::Internship));
        assert_eq!(internship.credit_unit, Some(CreditUnit::Ects));
        assert_eq!(internship.grade, word(GradeSystem::FiveLevel, "excellent"));
        assert_eq!(internship.completed_on.as_deref(), Some("2024-06-30"));
        assert_eq!(internship.retake, Some(true));
        assert_eq!(internship.matched, None);
    }

    #[test]
    fn csv_with_quotes_crlf_and_bom() {
        let text = "\u{feff}Course,Credits,Grade,Match\r\n\
                    \"Linear Algebra, Part 1\",3,91,\"Linear Algebra \"\"A\"\"\"\r\n\
                    \"Writing\r\nand Rhetoric\",2,pass,\r\n\
                    Ethics,2,\"88\",\r\n";
        let parsed = ok(text);
        assert_eq!(parsed.delimiter, Delimiter::Comma);
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        assert_eq!(parsed.lines, vec![2, 3, 5]);
        let titles: Vec<_> = parsed.courses.iter().map(|c| c.title.clone()).collect();
        assert_eq!(
            titles,
            vec![
                Some("Linear Algebra, Part 1".to_owned()),
                Some("Writing and Rhetoric".to_owned()),
                Some("Ethics".to_owned()),
            ]
        );
        assert_eq!(
            parsed.courses[0]
                .matched
                .as_ref()
                .and_then(|m| m.title.clone()),
            Some("Linear Algebra \"A\"".to_owned())
        );
        assert_eq!(
            parsed.courses[1].grade,
            word(GradeSystem::FiveLevel, "pass")
        );
        assert_eq!(parsed.courses[2].grade, pct(88.0));
    }

    #[test]
    fn lone_cr_line_ends_and_no_final_line_end() {
        let parsed = ok("Course,Credits\rA,1\rB,2");
        assert_eq!(parsed.courses.len(), 2);
        assert_eq!(parsed.lines, vec![2, 3]);
        assert_eq!(parsed.courses[1].credits, Some(Num(2.0)));
    }

    #[test]
    fn semicolon_csv_with_decimal_commas() {
        let text = "Module;Credits (ECTS);Grade;Scale;Overlap rate\n\
                    Analysis I;7,5;B;ECTS;0,75\n\
                    \"Statistik; angewandt\";2,5;87,5;percentage;72,5%\n";
        let parsed = ok(text);
        assert_eq!(parsed.delimiter, Delimiter::Semicolon);
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        let [analysis, stats] = &parsed.courses[..] else {
            panic!("two courses");
        };
        assert_eq!(analysis.credits, Some(Num(7.5)));
        assert_eq!(analysis.credit_unit, Some(CreditUnit::Ects));
        assert_eq!(analysis.grade, word(GradeSystem::Ects, "B"));
        assert_eq!(analysis.matched.as_ref().unwrap().overlap, Some(Num(0.75)));
        assert_eq!(stats.title.as_deref(), Some("Statistik; angewandt"));
        assert_eq!(stats.credits, Some(Num(2.5)));
        assert_eq!(stats.grade, pct(87.5));
        assert_eq!(stats.matched.as_ref().unwrap().overlap, Some(Num(0.725)));
    }

    #[test]
    fn names_compared_by_key_are_in_ascii_case_or_caseless() {
        // `key` folds ASCII case only; a name with another cased letter would never match.
        let names = GENERIC_NAMES
            .iter()
            .chain(COLUMN_NAMES.iter().map(|(n, _)| n))
            .chain(SYSTEM_NAMES.iter().map(|(n, _)| n));
        for name in names {
            let caseless = |c: char| c.is_ascii() || (c.is_lowercase() == c.is_uppercase());
            assert!(name.chars().all(caseless), "{name}");
            assert_eq!(key(name), *name, "{name} is not written as its key");
        }
        assert_eq!(key("Course Title"), "coursetitle");
        assert_eq!(key("ＧＰＡ"), "gpa");
    }

    #[test]
    fn a_rows_problems_are_reported_in_the_sheets_column_order() {
        // Hours and credits are read after the grading system; the sheet puts them first.
        let parsed = ok(
            "Course\tHours\tCredits\tSystem\tGrade\nA\tmany\tthree\tstars\t9\nB\tx\t2\tgpa\t3\n",
        );
        let seen: Vec<(usize, &str)> = parsed
            .problems
            .iter()
            .map(|p| (p.line, p.header.as_str()))
            .collect();
        assert_eq!(
            seen,
            [(2, "Hours"), (2, "Credits"), (2, "System"), (3, "Hours")],
            "{:?}",
            parsed.problems
        );
    }

    #[test]
    fn decimal_comma_only_where_the_comma_is_not_the_delimiter() {
        let csv = ok("Course,Credits\nA,\"3,5\"\n");
        assert_eq!(csv.courses[0].credits, None);
        assert_eq!(csv.problems[0].expected, Expected::Number);
        let tsv = ok("Course\tCredits\tHours\nA\t3,5\t1,200\n");
        assert_eq!(tsv.courses[0].credits, Some(Num(3.5)));
        assert_eq!(tsv.courses[0].hours, None);
        assert_eq!(tsv.problems[0].expected, Expected::UnambiguousNumber);
        assert_eq!(tsv.problems[0].raw, "1,200");
        // A European file's comma is its decimal point, three decimals or not.
        let semicolon = ok("Course;Credits;Overlap\nA;1;0,750\nB;1;1,500\n");
        assert_eq!(
            semicolon.courses[0].matched.as_ref().unwrap().overlap,
            Some(Num(0.75))
        );
        // Above 1, so a percentage: 1.5%.
        assert_eq!(
            semicolon.courses[1].matched.as_ref().unwrap().overlap,
            Some(Num(0.015))
        );
        // "0,750" cannot be a thousands separator.
        let tab = ok("Course\tCredits\tOverlap\nA\t1\t0,750\n");
        assert_eq!(
            tab.courses[0].matched.as_ref().unwrap().overlap,
            Some(Num(0.75))
        );
    }

    #[test]
    fn delimiter_detection() {
        assert_eq!(detect_delimiter("a\tb,c;d"), Delimiter::Tab);
        assert_eq!(detect_delimiter("a;b;c,d"), Delimiter::Semicolon);
        assert_eq!(detect_delimiter("a,b;c"), Delimiter::Comma);
        assert_eq!(detect_delimiter("\"a;b;c\",d"), Delimiter::Comma);
        assert_eq!(detect_delimiter(",,,\r\n;;\na;b\n"), Delimiter::Semicolon);
        assert_eq!(detect_delimiter(""), Delimiter::Comma);
    }

    #[test]
    fn grade_inference() {
        use GradeSystem::*;
        type Want = Result<Option<case::Grade>, Expected>;
        let cases: &[(&str, &str, Want)] = &[
            ("Grade", "82", Ok(pct(82.0))),
            ("Grade", "4.5", Ok(pct(4.5))),
            ("Grade", "100", Ok(pct(100.0))),
            ("Grade", "3.5", Err(Expected::SystemForLowNumber)),
            ("Grade", "4", Err(Expected::SystemForLowNumber)),
            ("Grade", "3%", Ok(pct(3.0))),
            ("Grade", "130", Err(Expected::Grade(Some(Percentage)))),
            ("Grade", "Excellent", Ok(word(FiveLevel, "excellent"))),
            ("Grade", "不及格", Ok(word(FiveLevel, "fail"))),
            ("Grade", "中等", Ok(word(FiveLevel, "medium"))),
            ("Grade", "b", Ok(word(FourLevel, "B"))),
            ("Grade", "Ｃ", Ok(word(FourLevel, "C"))),
            ("Grade", "E", Ok(word(Ects, "E"))),
            ("Grade", "F", Ok(word(Ects, "F"))),
            ("Grade", "Z", Err(Expected::Grade(None))),
            ("Grade", "A+", Err(Expected::Grade(None))),
            ("GPA", "3.5", Ok(gpa(3.5))),
            ("绩点", "3.7", Ok(gpa(3.7))),
            ("Grade (GPA)", "4", Ok(gpa(4.0))),
            ("GPA", "85", Err(Expected::Grade(Some(Gpa4)))),
            ("Score %", "3", Ok(pct(3.0))),
            ("成绩（百分制）", "2.5", Ok(pct(2.5))),
            ("Grade (ECTS)", "A", Ok(word(Ects, "A"))),
            ("Grade (ECTS)", "G", Err(Expected::Grade(Some(Ects)))),
        ];
        for (header, cell, want) in cases {
            let got = grade_of(header, cell).map(Some);
            assert_eq!(&got, want, "{header}: {cell}");
        }
    }

    #[test]
    fn system_column_decides_and_overrides_the_header() {
        let text = "Course\tGrade (GPA)\tSystem\n\
                    A\t3.5\t\n\
                    B\t3.5\tpercentage\n\
                    C\tA\tECTS\n\
                    D\tB\tfour-level\n\
                    E\t优秀\t五级制\n\
                    F\t2\tGPA 4.0\n\
                    G\t85\tfive_level\n\
                    H\t85\tdecimal\n\
                    I\t良好\t等级制\n\
                    J\tC\t等级制\n\
                    K\t85\t等级制\n";
        let parsed = ok(text);
        let grades: Vec<_> = parsed.courses.iter().map(|c| c.grade.clone()).collect();
        assert_eq!(
            grades,
            vec![
                gpa(3.5),
                pct(3.5),
                word(GradeSystem::Ects, "A"),
                word(GradeSystem::FourLevel, "B"),
                word(GradeSystem::FiveLevel, "excellent"),
                gpa(2.0),
                None,
                None,
                word(GradeSystem::FiveLevel, "good"),
                word(GradeSystem::FourLevel, "C"),
                None,
            ]
        );
        let problems: Vec<_> = parsed
            .problems
            .iter()
            .map(|p| (p.line, p.column, p.expected))
            .collect();
        assert_eq!(
            problems,
            vec![
                (
                    8,
                    Column::Grade,
                    Expected::Grade(Some(GradeSystem::FiveLevel))
                ),
                (9, Column::System, Expected::GradingSystem),
                (12, Column::Grade, Expected::LevelGrade),
            ]
        );
    }

    #[test]
    fn unreadable_values_are_reported_not_dropped() {
        let text = "Course\tCredits\tGrade\tCompleted\tRetake\tKind\tOverlap\n\
                    \n\
                    Good course\t3\t90\t2025-01-15\tno\ttheory\t0.8\n\
                    Bad course\tabc\tZ\tyesterday\tmaybe\tseminar\t150\n\
                    Bad date\t-2\t80\t2025-02-30\t\t\t75 %\n";
        let parsed = ok(text);
        assert_eq!(parsed.courses.len(), 3);
        assert_eq!(parsed.lines, vec![3, 4, 5]);
        let bad = &parsed.courses[1];
        assert_eq!(bad.title.as_deref(), Some("Bad course"));
        assert_eq!(
            (
                &bad.credits,
                &bad.grade,
                &bad.completed_on,
                &bad.retake,
                &bad.kind
            ),
            (&None, &None, &None, &None, &None)
        );
        assert_eq!(bad.matched, None);
        let found: Vec<_> = parsed
            .problems
            .iter()
            .map(|p| (p.line, p.column, p.raw.as_str(), p.expected))
            .collect();
        assert_eq!(
            found,
            vec![
                (4, Column::Credits, "abc", Expected::Number),
                (4, Column::Grade, "Z", Expected::Grade(None)),
                (4, Column::Completed, "yesterday", Expected::Date),
                (4, Column::Retake, "maybe", Expected::YesNo),
                (4, Column::Kind, "seminar", Expected::Kind),
                (4, Column::Overlap, "150", Expected::Overlap),
                (5, Column::Credits, "-2", Expected::Number),
                (5, Column::Completed, "2025-02-30", Expected::Date),
            ]
        );
        assert_eq!(
            parsed.courses[2].matched.as_ref().unwrap().overlap,
            Some(Num(0.75))
        );
    }

    #[test]
    fn values_in_their_various_spellings() {
        assert_eq!(date("2025-01-15").as_deref(), Some("2025-01-15"));
        assert_eq!(date("2025/1/5").as_deref(), Some("2025-01-05"));
        assert_eq!(date("2025.12.31").as_deref(), Some("2025-12-31"));
        assert_eq!(date("2024年2月29日").as_deref(), Some("2024-02-29"));
        for bad in [
            "2023-02-29",
            "15/01/2025",
            "2025-01",
            "2025-1-15-1",
            "25-01-15",
            "2025/01-15",
        ] {
            assert_eq!(date(bad), None, "{bad}");
        }
        for yes in ["yes", "Y", "TRUE", "1", "是", "✓", "√"] {
            assert_eq!(yes_no(yes), Some(true), "{yes}");
        }
        for no in ["No", "n", "false", "0", "否", "×"] {
            assert_eq!(yes_no(no), Some(false), "{no}");
        }
        assert_eq!(overlap("0.75", Delimiter::Tab), Ok(0.75));
        assert_eq!(overlap("75%", Delimiter::Tab), Ok(0.75));
        assert_eq!(overlap("75", Delimiter::Tab), Ok(0.75));
        assert_eq!(overlap("1", Delimiter::Tab), Ok(1.0));
        assert_eq!(overlap("100", Delimiter::Tab), Ok(1.0));
        assert_eq!(overlap("0.5%", Delimiter::Tab), Ok(0.005));
        assert_eq!(overlap("101", Delimiter::Tab), Err(Expected::Overlap));
        assert_eq!(overlap("abc", Delimiter::Tab), Err(Expected::Overlap));
        assert_eq!(number("３．５", Delimiter::Comma), Err(Expected::Number));
        assert_eq!(number(&fold("３．５"), Delimiter::Comma), Ok(3.5));
        assert_eq!(number(&fold("３。５"), Delimiter::Comma), Ok(3.5));
        assert_eq!(number("4.", Delimiter::Tab), Ok(4.0));
        assert_eq!(number(".5", Delimiter::Tab), Ok(0.5));
        for bad in ["", ".", "1.2.3", "1e3", "inf", "NaN", "+3", "3 4"] {
            assert_eq!(number(bad, Delimiter::Tab), Err(Expected::Number), "{bad}");
        }
        assert_eq!(credit_unit("Ects"), Some(CreditUnit::Ects));
        assert_eq!(nature("Required"), Some(Nature::Compulsory));
        assert_eq!(nature("optional"), Some(Nature::Elective));
        assert_eq!(kind("实践"), Some(CourseKind::Practice));
    }

    #[test]
    fn header_synonyms_and_ignored_columns() {
        let names = [
            ("Course", Column::Title),
            ("  COURSE   NAME ", Column::Title),
            ("课程", Column::Title),
            ("Cr.", Column::Credits),
            ("ECTS credits", Column::Credits),
            ("Credit unit", Column::CreditUnit),
            ("学分单位", Column::CreditUnit),
            ("Course type", Column::Kind),
            ("Compulsory/Elective", Column::Nature),
            ("必修/选修", Column::Nature),
            ("Result", Column::Grade),
            ("分数", Column::Grade),
            ("Grading system", Column::System),
            ("记分制", Column::System),
            ("Contact hours", Column::Hours),
            ("课时", Column::Hours),
            ("Term end", Column::Completed),
            ("日期", Column::Completed),
            ("Make-up", Column::Retake),
            ("补考", Column::Retake),
            ("Receiving course", Column::MatchTitle),
            ("认定课程", Column::MatchTitle),
            ("对应学时", Column::MatchHours),
            ("Matched nature", Column::MatchNature),
            ("Overlap (%)", Column::Overlap),
            ("知识点重合率", Column::Overlap),
        ];
        for (name, column) in names {
            assert_eq!(recognise(name).map(|r| r.column), Some(column), "{name}");
        }
        for column in Column::ALL {
            assert_eq!(recognise(column.header()).map(|r| r.column), Some(column));
        }
        let parsed = ok("No.\tCourse\tTeacher\tCredits\tCredit\t\t\n1\tA\tSmith\t2\t3\t\t\n");
        assert_eq!(parsed.ignored_columns, vec!["No.", "Teacher", "Credit"]);
        assert_eq!(parsed.courses[0].credits, Some(Num(2.0)));
        // A bare "Course" next to a "Title" holds codes.
        let us = ok("Course,Title,Credits\nMATH 101,Calculus I,4\n");
        assert_eq!(us.courses[0].title.as_deref(), Some("Calculus I"));
        assert_eq!(us.ignored_columns, vec!["Course"]);
        let cn = ok("课程\t课程代码\t学分\n高等数学\tMA101\t5\n");
        assert_eq!(cn.courses[0].title.as_deref(), Some("高等数学"));
        assert_eq!(cn.ignored_columns, vec!["课程代码"]);
    }

    #[test]
    fn rows_without_course_data_are_skipped() {
        let text = "Term\tCourse\tGrade\n2024 autumn\t\t\n\t\t\n\tA\t90\n,,,\n";
        let parsed = ok(text);
        assert_eq!(
            parsed.courses,
            vec![case::Course {
                grade: pct(90.0),
                ..titled("A")
            }]
        );
        assert_eq!(parsed.lines, vec![4]);
    }

    #[test]
    fn whole_text_errors() {
        assert_eq!(parse(""), Err(TranscriptError::Empty));
        assert_eq!(parse("\u{feff}\r\n \n\t\t\n"), Err(TranscriptError::Empty));
        assert_eq!(
            parse("Calculus\t4\t85\nPhysics\t3\t90\n"),
            Err(TranscriptError::NoHeader {
                found: vec!["Calculus".into(), "4".into(), "85".into()],
                has_title: false,
                has_grade_or_credits: false,
            })
        );
        assert_eq!(
            parse("Course,Teacher\nA,B\n"),
            Err(TranscriptError::NoHeader {
                found: vec!["Course".into(), "Teacher".into()],
                has_title: true,
                has_grade_or_credits: false,
            })
        );
        assert_eq!(
            parse("\n\nCourse\tGrade\n\t\n"),
            Err(TranscriptError::NoRows)
        );
        assert_eq!(
            parse("Course,Grade\n\"Unclosed,90\nB,80\n"),
            Err(TranscriptError::UnterminatedQuote { line: 2 })
        );
    }

    #[test]
    fn row_limit() {
        let sheet = |rows: usize| {
            let mut text = String::from("Course\tCredits\n");
            for i in 0..rows {
                text.push_str(&format!("Course {i}\t2\n\n"));
            }
            text
        };
        assert_eq!(ok(&sheet(MAX_ROWS)).courses.len(), MAX_ROWS);
        let err = parse(&sheet(MAX_ROWS + 1)).unwrap_err();
        assert_eq!(err, TranscriptError::TooManyRows { limit: 500 });
    }

    /// Thirty courses touching every supported column and spelling.
    fn thirty_courses() -> Vec<case::Course> {
        let grades = [
            pct(82.0),
            pct(60.5),
            word(GradeSystem::FiveLevel, "excellent"),
            word(GradeSystem::FiveLevel, "fail"),
            word(GradeSystem::FourLevel, "B"),
            gpa(3.7),
            gpa(2.0),
            word(GradeSystem::Ects, "A"),
            word(GradeSystem::Ects, "E"),
            pct(3.0),
        ];
        let kinds = [
            CourseKind::Theory,
            CourseKind::Practice,
            CourseKind::Internship,
        ];
        let titles = [
            "Calculus",
            "高等数学",
            "Writing, \"Advanced\"",
            "=Formulas",
            "Ethics",
        ];
        (0..30)
            .map(|i| {
                let matched = (i % 4 != 0).then(|| case::Match {
                    title: Some(format!("Receiving {i}")),
                    credits: (i % 2 == 0).then_some(Num(3.0)),
                    hours: Some(Num(48.0 + i as f64)),
                    nature: Some(if i % 3 == 0 {
                        Nature::Elective
                    } else {
                        Nature::Compulsory
                    }),
                    overlap: (i % 5 != 0).then_some(Num([0.75, 0.7, 0.725, 1.0][i % 4])),
                });
                case::Course {
                    title: Some(format!("{} {i}", titles[i % titles.len()])),
                    credits: Some(Num([4.0, 3.5, 2.0, 0.5, 7.5][i % 5])),
                    credit_unit: (i % 3 != 0).then_some(if i % 2 == 0 {
                        CreditUnit::Ects
                    } else {
                        CreditUnit::Local
                    }),
                    kind: Some(kinds[i % 3]),
                    nature: (i % 7 != 0).then_some(if i % 2 == 0 {
                        Nature::Compulsory
                    } else {
                        Nature::Elective
                    }),
                    grade: grades[i % grades.len()].clone(),
                    hours: (i % 6 != 0).then_some(Num(16.0 * (i % 5 + 1) as f64)),
                    completed_on: Some(format!("202{}-{:02}-{:02}", i % 5, i % 12 + 1, i % 28 + 1)),
                    retake: (i % 4 != 1).then_some(i % 3 == 0),
                    matched,
                    ..case::Course::default()
                }
            })
            .collect()
    }

    /// A paste as a student's own sheet might hold it: other header words, other spellings.
    fn as_pasted_sheet(courses: &[case::Course]) -> String {
        let mut text = String::from(
            "Course title\tCredit\tCredit unit\tType\tRequired\tScore\tGrading system\tClass hours\t\
             Completed on\tMake-up\tMatched course\tMatched credits\tMatch hours\tMatched nature\t\
             Overlap rate\n",
        );
        for c in courses {
            let m = c.matched.clone().unwrap_or_default();
            let n = |n: Option<Num>| n.map(|n| n.0.to_string()).unwrap_or_default();
            let grade = c.grade.as_ref().map(|g| match &g.value {
                GradeValue::Number(n) => n.to_string(),
                GradeValue::Word(w) => w.to_uppercase(),
            });
            let system = c.grade.as_ref().map(|g| match g.system {
                GradeSystem::Percentage => "百分制",
                GradeSystem::FiveLevel => "Five-level",
                GradeSystem::FourLevel => "4-level",
                GradeSystem::Gpa4 => "GPA",
                GradeSystem::Ects => "ECTS",
            });
            let date = c.completed_on.as_ref().map(|d| d.replace('-', "/"));
            let cells = [
                // Pasted text has no formula guard: the sheet shows the title as is.
                c.title.clone().unwrap_or_default().replace('"', "\"\""),
                n(c.credits),
                c.credit_unit
                    .map(|u| {
                        if u == CreditUnit::Ects {
                            "ECTS"
                        } else {
                            "本地"
                        }
                        .to_owned()
                    })
                    .unwrap_or_default(),
                c.kind
                    .map(|k| kind_name(k).to_uppercase())
                    .unwrap_or_default(),
                c.nature
                    .map(|n| {
                        if n == Nature::Compulsory {
                            "必修"
                        } else {
                            "Optional"
                        }
                        .to_owned()
                    })
                    .unwrap_or_default(),
                grade.unwrap_or_default(),
                system.unwrap_or_default().to_owned(),
                n(c.hours),
                date.unwrap_or_default(),
                c.retake
                    .map(|r| if r { "Y" } else { "N" }.to_owned())
                    .unwrap_or_default(),
                m.title.unwrap_or_default(),
                n(m.credits),
                n(m.hours),
                m.nature
                    .map(|n| nature_name(n).to_owned())
                    .unwrap_or_default(),
                m.overlap
                    .map(|o| format!("{}%", o.0 * 100.0))
                    .unwrap_or_default(),
            ];
            let quoted: Vec<String> = cells
                .iter()
                .map(|c| {
                    if c.contains('"') {
                        format!("\"{c}\"")
                    } else {
                        c.clone()
                    }
                })
                .collect();
            text.push_str(&quoted.join("\t"));
            text.push('\n');
        }
        text
    }

    #[test]
    fn thirty_course_paste_round_trip() {
        let courses = thirty_courses();
        let parsed = ok(&as_pasted_sheet(&courses));
        assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
        assert!(parsed.ignored_columns.is_empty());
        assert_eq!(parsed.courses.len(), 30);
        assert_eq!(parsed.lines, (2..32).collect::<Vec<_>>());
        assert_eq!(parsed.courses, courses);
    }

    #[test]
    fn csv_and_tsv_exports_read_back() {
        let courses = thirty_courses();
        let csv = to_csv(&courses);
        assert!(csv.starts_with(
            "Course,Credits,Unit,Kind,Nature,Grade,System,Hours,Completed,Retake,Match,"
        ));
        assert!(csv.contains("\"Writing, \"\"Advanced\"\" 2\""));
        assert!(csv.contains("'=Formulas 3"));
        assert!(csv.ends_with("\r\n"));
        let from_csv = ok(&csv);
        assert!(from_csv.problems.is_empty(), "{:?}", from_csv.problems);
        assert_eq!(from_csv.delimiter, Delimiter::Comma);
        assert_eq!(from_csv.courses, courses);
        let from_tsv = ok(&to_tsv(&courses));
        assert_eq!(from_tsv.delimiter, Delimiter::Tab);
        assert_eq!(from_tsv.courses, courses);
    }

    #[test]
    fn exports_of_nothing_and_of_empty_courses() {
        let header = to_csv(&[]);
        assert_eq!(header.lines().count(), 1);
        assert_eq!(parse(&header), Err(TranscriptError::NoRows));
        let only_title = vec![titled("Only a title")];
        assert_eq!(ok(&to_csv(&only_title)).courses, only_title);
    }
}
