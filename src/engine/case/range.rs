//! What a number field accepts: its bounds, whether it must be whole or above zero, its step, and the
//! scale its messages name. A field's range is named in its schema row (`Field::range`); the ranges
//! of a test's scores, which depend on the test, are chosen in [`super::validate`].

use crate::engine::case::fixed::Fixed;
use crate::engine::case::problem::Scale;

/// What a number field accepts.
pub struct Range {
    pub min: Fixed,
    pub max: Fixed,
    /// Zero is not allowed either (a total or an hours standard).
    pub positive: bool,
    pub integer: bool,
    pub step: Option<Fixed>,
    /// The scale named in messages, when the field is a score on one.
    pub scale: Option<Scale>,
}

const fn range(min: &str, max: &str) -> Range {
    Range {
        min: Fixed::lit(min),
        max: Fixed::lit(max),
        positive: false,
        integer: false,
        step: None,
        scale: None,
    }
}

const fn scale(min: &str, max: &str, name: Scale) -> Range {
    Range {
        scale: Some(name),
        ..range(min, max)
    }
}

const fn integer(r: Range) -> Range {
    Range { integer: true, ..r }
}

const fn positive(r: Range) -> Range {
    Range {
        positive: true,
        ..r
    }
}

pub const PERCENTAGE: Range = scale("0", "100", Scale::Percentage);
pub const GPA4: Range = scale("0", "4", Scale::Gpa4);
pub const SEMESTERS: Range = integer(range("0", "30"));
pub const EXAM_SCORE: Range = range("0", "1000");
pub const IMPACT_FACTOR: Range = range("0", "1000");
pub const CREDITS_TOTAL: Range = range("0", "1000");
pub const POSITIVE_TOTAL: Range = positive(range("0", "1000"));
pub const HOURS_PER_CREDIT: Range = positive(range("0", "200"));
pub const LITERACY_REQUIRED: Range = range("0", "100");
pub const COURSE_CREDITS: Range = range("0", "100");
pub const HOURS: Range = range("0", "10000");
pub const WEEKLY_HOURS: Range = range("0", "168");
pub const WEEKS: Range = range("0", "60");
pub const TUITION: Range = range("0", "10000000");
pub const MAIL_DAYS: Range = integer(range("0", "365"));
pub const OVERLAP: Range = scale("0", "1", Scale::Overlap);
pub const IELTS: Range = Range {
    step: Some(Fixed::lit("0.5")),
    ..scale("0", "9", Scale::Ielts)
};
pub const TOEFL: Range = integer(scale("0", "120", Scale::Toefl));
pub const TOEFL_SECTION: Range = integer(scale("0", "30", Scale::ToeflSection));
pub const PTE: Range = integer(scale("10", "90", Scale::Pte));
pub const HSK_LEVEL: Range = integer(scale("1", "9", Scale::HskLevel));
pub const HSK_SCORE: Range = integer(scale("0", "300", Scale::HskScore));

// The programme catalogue's numbers (`docs/catalog.md`), where they differ from the case file fields
// they stand for: a programme's course has credits and hours above 0.
pub const CATALOG_CREDITS: Range = positive(COURSE_CREDITS);
pub const CATALOG_HOURS: Range = positive(HOURS);
pub const SEMESTER_NUMBER: Range = integer(range("1", "12"));
pub const COHORT: Range = integer(range("1900", "2100"));
pub const WEIGHT: Range = positive(range("0", "1000"));
