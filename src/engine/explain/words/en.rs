//! Single words and names, in English.

use crate::engine::case::{Body, CourseKind, Level, LiteracyCategory, Nature, Route, TestKind};
use crate::engine::catalog::Category;
use crate::engine::rules::courses::CourseOutcome;
use crate::engine::rules::eligibility::Outcome;
use crate::engine::rules::grades::{Grade, GradeLevel};
use crate::engine::Verdict;

pub fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => {
            "On the facts given, you meet every condition the Measures set for a transfer."
        }
        Verdict::NeedsReview => {
            "You may be eligible: some conditions need a committee's judgement."
        }
        Verdict::NotEligible => {
            "On the facts given, at least one condition for a transfer is not met."
        }
        Verdict::Incomplete => "Some facts are still missing: give them to see a verdict.",
    }
}

pub fn outcome(o: Outcome) -> &'static str {
    match o {
        Outcome::Pass => "Met",
        Outcome::Fail => "Not met",
        Outcome::Review => "Committee decides",
        Outcome::Missing => "Missing information",
        Outcome::NotApplicable => "Does not apply",
    }
}

pub fn course_outcome(o: CourseOutcome) -> &'static str {
    match o {
        CourseOutcome::Recognized => "Recognized",
        CourseOutcome::Review => "In review",
        CourseOutcome::NotRecognized => "Not recognized",
    }
}

pub fn level_word(l: GradeLevel) -> &'static str {
    match l {
        GradeLevel::Excellent => "Excellent",
        GradeLevel::Good => "Good",
        GradeLevel::Medium => "Medium",
        GradeLevel::Pass => "Pass",
        GradeLevel::Fail => "Fail",
    }
}

pub fn grade(g: Grade) -> String {
    match g {
        Grade::Percentage(v) => format!("{v} points"),
        Grade::FiveLevel(l) => level_word(l).to_owned(),
        Grade::FourLevel(l) => format!("{l}"),
        Grade::Gpa4(v) => format!("GPA {v}"),
        Grade::Ects(l) => format!("ECTS {l}"),
    }
}

pub fn route(r: Route) -> &'static str {
    match r {
        Route::Mainland => "mainland",
        Route::Hmt => "Hong Kong, Macao and Taiwan",
        Route::SinoForeign => "Sino-foreign programme",
        Route::International => "international",
    }
}

pub fn level(l: Level) -> &'static str {
    match l {
        Level::Undergraduate => "undergraduate",
        Level::Master => "master's",
        Level::Doctoral => "doctoral",
    }
}

pub fn body(b: Body) -> &'static str {
    match b {
        Body::Chsi => "CHSI",
        Body::HmtOffice => "the MOE Hong Kong, Macao and Taiwan Affairs Office",
        Body::Hkcaavq => "HKCAAVQ",
        Body::Gaes => "the Macao Higher Education Bureau (GAES)",
        Body::TaiwanMoe => "Taiwan region's \"Ministry of Education\"",
        Body::SinoForeignPlatform => {
            "the MOE Sino-foreign Cooperative Education Supervision Platform"
        }
        Body::Cscse => "CSCSE",
        Body::Naric => "an EU NARIC",
        Body::WesUs => "WES (United States)",
        Body::Ece => "ECE (United States)",
        Body::Aqf => "an AQF certification body (Australia)",
        Body::WesCanada => "WES Canada",
        Body::Icas => "ICAS (Canada)",
        Body::Qaa => "QAA (United Kingdom)",
        Body::Other => "another body",
    }
}

pub fn test(t: TestKind) -> &'static str {
    match t {
        TestKind::Ielts => "IELTS",
        TestKind::ToeflIbt => "TOEFL iBT",
        TestKind::Pte => "PTE Academic",
        TestKind::Hsk => "HSK",
    }
}

pub fn literacy_category(c: LiteracyCategory) -> &'static str {
    match c {
        LiteracyCategory::GlobalCitizenship => "global citizenship",
        LiteracyCategory::Ethics => "ethics and social responsibility",
        LiteracyCategory::Intercultural => "cross-cultural communication",
        LiteracyCategory::Sustainability => "sustainable development",
    }
}

/// The category of a literacy course the college offers: one of Table A7.3.1's, or an
/// ideological-political course itself.
pub fn offered_category(c: Category) -> &'static str {
    c.in_table()
        .map_or("ideological and political education", literacy_category)
}

pub fn nature(n: Nature) -> &'static str {
    match n {
        Nature::Compulsory => "compulsory",
        Nature::Elective => "elective",
    }
}

pub fn kind(k: CourseKind) -> &'static str {
    match k {
        CourseKind::Theory => "theory",
        CourseKind::Practice => "practice",
        CourseKind::Internship => "internship",
    }
}
