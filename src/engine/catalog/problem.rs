//! What can be wrong with a catalogue folder, as data: the files and columns of the contract
//! (`docs/catalog.md`, section 1) and each problem found, where it is. Worded by
//! [`crate::engine::explain::catalog_problem`] as `FILE:LINE:COLUMN: message`.

use crate::engine::case::fixed::Fixed;
use crate::engine::case::problem::Problem as ValueProblem;

/// A file of the catalogue folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum File {
    Catalog,
    Programmes,
    Courses,
    KnowledgePoints,
    Literacy,
    Equivalences,
}

/// Whether a column must be in a file's header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    Required,
    Optional,
}

use Column as C;
use Need::{Optional as O, Required as R};

impl File {
    /// In the order they are read: each file names rows of the files before it.
    pub const ALL: [File; 6] = [
        File::Catalog,
        File::Programmes,
        File::Courses,
        File::KnowledgePoints,
        File::Literacy,
        File::Equivalences,
    ];

    pub fn name(self) -> &'static str {
        match self {
            File::Catalog => "catalog.csv",
            File::Programmes => "programmes.csv",
            File::Courses => "courses.csv",
            File::KnowledgePoints => "knowledge_points.csv",
            File::Literacy => "literacy.csv",
            File::Equivalences => "equivalences.csv",
        }
    }

    /// Whether the folder must hold the file: only the past decisions are optional.
    pub fn required(self) -> bool {
        self != File::Equivalences
    }

    /// The file's columns, in the contract's order.
    pub fn columns(self) -> &'static [(Column, Need)] {
        match self {
            File::Catalog => &[
                (C::InstitutionEn, R),
                (C::InstitutionZh, R),
                (C::PublishedOn, R),
                (C::SourceEn, R),
                (C::SourceZh, R),
                (C::ContactEn, O),
                (C::ContactZh, O),
            ],
            File::Programmes => &[
                (C::Id, R),
                (C::MajorCode, O),
                (C::MajorEn, R),
                (C::MajorZh, R),
                (C::CollegeEn, R),
                (C::CollegeZh, R),
                (C::Level, R),
                (C::Cohort, R),
                (C::TotalCredits, R),
                (C::TheoryHoursPerCredit, R),
                (C::PracticeHoursPerCredit, R),
                (C::LiteracyCredits, R),
                (C::RulesEn, O),
                (C::RulesZh, O),
            ],
            File::Courses => &[
                (C::Programme, R),
                (C::Code, R),
                (C::TitleEn, R),
                (C::TitleZh, R),
                (C::Credits, R),
                (C::Hours, R),
                (C::Kind, R),
                (C::Nature, R),
                (C::Core, O),
                (C::Semester, O),
            ],
            File::KnowledgePoints => &[
                (C::Programme, R),
                (C::Course, R),
                (C::Id, R),
                (C::NameEn, R),
                (C::NameZh, R),
                (C::Weight, O),
            ],
            File::Literacy => &[
                (C::Programme, R),
                (C::Code, R),
                (C::TitleEn, R),
                (C::TitleZh, R),
                (C::Credits, R),
                (C::Category, R),
            ],
            // `from_code` and `from_title`: at least one of the two.
            File::Equivalences => &[
                (C::Programme, R),
                (C::Course, R),
                (C::FromInstitution, R),
                (C::FromCode, O),
                (C::FromTitle, O),
                (C::Decision, R),
                (C::Overlap, O),
                (C::DecidedOn, R),
            ],
        }
    }
}

/// A column of a catalogue file, whatever language its header is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Column {
    InstitutionEn,
    InstitutionZh,
    PublishedOn,
    SourceEn,
    SourceZh,
    ContactEn,
    ContactZh,
    Id,
    MajorCode,
    MajorEn,
    MajorZh,
    CollegeEn,
    CollegeZh,
    Level,
    Cohort,
    TotalCredits,
    TheoryHoursPerCredit,
    PracticeHoursPerCredit,
    LiteracyCredits,
    RulesEn,
    RulesZh,
    Programme,
    Code,
    TitleEn,
    TitleZh,
    Credits,
    Hours,
    Kind,
    Nature,
    Core,
    Semester,
    Course,
    NameEn,
    NameZh,
    Weight,
    Category,
    FromInstitution,
    FromCode,
    FromTitle,
    Decision,
    Overlap,
    DecidedOn,
}

impl Column {
    /// The English header, which problems name the column by.
    pub fn name(self) -> &'static str {
        match self {
            C::InstitutionEn => "institution_en",
            C::InstitutionZh => "institution_zh",
            C::PublishedOn => "published_on",
            C::SourceEn => "source_en",
            C::SourceZh => "source_zh",
            C::ContactEn => "contact_en",
            C::ContactZh => "contact_zh",
            C::Id => "id",
            C::MajorCode => "major_code",
            C::MajorEn => "major_en",
            C::MajorZh => "major_zh",
            C::CollegeEn => "college_en",
            C::CollegeZh => "college_zh",
            C::Level => "level",
            C::Cohort => "cohort",
            C::TotalCredits => "total_credits",
            C::TheoryHoursPerCredit => "theory_hours_per_credit",
            C::PracticeHoursPerCredit => "practice_hours_per_credit",
            C::LiteracyCredits => "literacy_credits",
            C::RulesEn => "rules_en",
            C::RulesZh => "rules_zh",
            C::Programme => "programme",
            C::Code => "code",
            C::TitleEn => "title_en",
            C::TitleZh => "title_zh",
            C::Credits => "credits",
            C::Hours => "hours",
            C::Kind => "kind",
            C::Nature => "nature",
            C::Core => "core",
            C::Semester => "semester",
            C::Course => "course",
            C::NameEn => "name_en",
            C::NameZh => "name_zh",
            C::Weight => "weight",
            C::Category => "category",
            C::FromInstitution => "from_institution",
            C::FromCode => "from_code",
            C::FromTitle => "from_title",
            C::Decision => "decision",
            C::Overlap => "overlap",
            C::DecidedOn => "decided_on",
        }
    }

    /// The Chinese header in `file`. The contract gives a `_zh` column the name in brackets and its
    /// `_en` column that name with 英文 in front; the course's code is 本校课程代码 where a past
    /// decision names both institutions' courses. The literacy courses' category has no name in the
    /// contract; it is 类别 here.
    pub fn chinese(self, file: File) -> &'static str {
        match self {
            C::InstitutionEn => "院校英文名",
            C::InstitutionZh => "院校名称",
            C::PublishedOn => "发布日期",
            C::SourceEn => "英文来源",
            C::SourceZh => "来源",
            C::ContactEn => "英文联系方式",
            C::ContactZh => "联系方式",
            C::Id => "编号",
            C::MajorCode => "专业代码",
            C::MajorEn => "英文专业名称",
            C::MajorZh => "专业名称",
            C::CollegeEn => "英文学院",
            C::CollegeZh => "学院",
            C::Level => "层次",
            C::Cohort => "年级",
            C::TotalCredits => "总学分",
            C::TheoryHoursPerCredit => "理论课每学分学时",
            C::PracticeHoursPerCredit => "实践课每学分学时",
            C::LiteracyCredits => "素养课学分",
            C::RulesEn => "英文实施细则",
            C::RulesZh => "实施细则",
            C::Programme => "培养方案",
            C::Code => "课程代码",
            C::TitleEn => "英文课程名称",
            C::TitleZh => "课程名称",
            C::Credits => "学分",
            C::Hours => "学时",
            C::Kind => "课程类型",
            C::Nature => "课程性质",
            C::Core => "核心课程",
            C::Semester => "建议修读学期",
            C::Course if file == File::Equivalences => "本校课程代码",
            C::Course => "课程代码",
            C::NameEn => "英文名称",
            C::NameZh => "名称",
            C::Weight => "权重",
            C::Category => "类别",
            C::FromInstitution => "原院校",
            C::FromCode => "原课程代码",
            C::FromTitle => "原课程名称",
            C::Decision => "结论",
            C::Overlap => "重合率",
            C::DecidedOn => "认定日期",
        }
    }
}

/// The pattern an identifier must match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdPattern {
    /// A programme's id: `[a-z0-9-]{1,40}`.
    Programme,
    /// A course's code or a knowledge point's id: `[A-Za-z0-9._-]{1,20}`.
    Code,
}

impl IdPattern {
    pub fn max_len(self) -> usize {
        match self {
            IdPattern::Programme => 40,
            IdPattern::Code => 20,
        }
    }

    pub fn allows(self, c: char) -> bool {
        match self {
            IdPattern::Programme => c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-',
            IdPattern::Code => c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'),
        }
    }

    /// Whether `text` is such an identifier.
    pub fn matches(self, text: &str) -> bool {
        !text.is_empty()
            && text.chars().count() <= self.max_len()
            && text.chars().all(|c| self.allows(c))
    }

    /// The pattern as the contract writes it.
    pub fn pattern(self) -> &'static str {
        match self {
            IdPattern::Programme => "[a-z0-9-]{1,40}",
            IdPattern::Code => "[A-Za-z0-9._-]{1,20}",
        }
    }
}

/// What scope a value must be unique in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Within {
    /// The whole file.
    File,
    /// One programme (a course's code).
    Programme(String),
    /// One course of a programme (a knowledge point's id).
    Course { programme: String, course: String },
}

/// What is wrong, as data, so that each language words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// A file the folder must hold is not there.
    MissingFile,
    /// The file is there but cannot be read.
    Unreadable {
        reason: String,
    },
    /// Neither UTF-8 nor GB18030.
    NotText,
    /// The CSV reader stopped, saying why.
    NotCsv {
        what: String,
    },
    /// No header row.
    Empty,
    /// A file without the one row it must have (the publication, a programme).
    NoRows,
    /// `catalog.csv` holds one row; this is another.
    SecondRow {
        first: usize,
    },
    /// A required column that the header lacks (reported at line 1).
    MissingColumn,
    /// Neither this column nor `other`, one of which the file needs (reported at line 1).
    NeitherColumn {
        other: Column,
    },
    /// The header names the column twice, in cells `first` and `second` (counted from 1).
    ColumnTwice {
        first: usize,
        second: usize,
    },
    /// A required cell that is empty.
    Required,
    /// Neither this cell nor the cell of `other`, one of which the row needs.
    NeitherGiven {
        other: Column,
    },
    NotANumber {
        text: String,
    },
    /// A number or date out of what the column takes, as a case file's field would be told.
    Value(ValueProblem),
    /// Credits with more than one decimal place.
    OneDecimal {
        value: Fixed,
    },
    /// A word the column does not take; `words` are those it does, the English ones first.
    NotAWord {
        text: String,
        words: Vec<&'static str>,
    },
    NotAnId {
        text: String,
        pattern: IdPattern,
    },
    /// A programme `programmes.csv` does not have.
    NoProgramme {
        id: String,
    },
    /// A course the programme does not have.
    NoCourse {
        code: String,
        programme: String,
    },
    /// A value that must be unique, on each of `lines` (reported at the first).
    Twice {
        value: String,
        lines: Vec<usize>,
        within: Within,
    },
}

/// A problem and where it is: its file, its line (the header is line 1) and its column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogProblem {
    pub file: File,
    pub line: Option<usize>,
    pub column: Option<Column>,
    pub problem: Problem,
}

impl CatalogProblem {
    /// The headers of the problem's column, in English and in Chinese.
    pub fn headers(&self) -> Option<(&'static str, &'static str)> {
        self.column.map(|c| (c.name(), c.chinese(self.file)))
    }
}

/// Why a catalogue was refused: every problem found, file by file, line by line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogError {
    pub problems: Vec<CatalogProblem>,
}
