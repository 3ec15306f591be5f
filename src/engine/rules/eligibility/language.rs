//! Language proficiency of international applicants (A4.3.1.b, A4.3.2.d): tests and their minimums.

use super::finding::{
    missing, not_applicable, Because, Condition, Detail, Fact, Finding, LanguageDetail, Outcome,
    TestResult, TestVerdict, Tri,
};
use crate::engine::case::fixed::Fixed;
use crate::engine::case::model::{Applicant, LanguageTest};
use crate::engine::case::{Route, TeachingLanguage, TestKind};
use crate::engine::rules::cite::{Cite, Ruling};
use crate::engine::rules::policy::Policy;

pub(super) fn language(a: &Applicant, p: &Policy) -> Finding {
    const RULE: Cite = Cite::A4_4_2_b;
    let c = Condition::Language;
    match a.route {
        None => return missing(c, RULE, Fact::Route),
        Some(Route::International) => {}
        Some(_) => return not_applicable(c, RULE, Because::NotInternational),
    }
    let l = &a.language;
    let Some(teaching) = l.major_teaching_language else {
        return missing(c, RULE, Fact::TeachingLanguage);
    };
    let tests: Option<Vec<TestResult>> = l
        .tests
        .as_ref()
        .map(|tests| tests.iter().map(|t| test_result(*t, teaching, p)).collect());
    let by_tests = match &tests {
        None => Tri::Unknown,
        Some(results)
            if results
                .iter()
                .any(|r| matches!(r.verdict, TestVerdict::Qualifies { .. })) =>
        {
            Tri::Yes
        }
        Some(results) if results.iter().any(|r| r.verdict == TestVerdict::Incomplete) => {
            Tri::Unknown
        }
        Some(_) => Tri::No,
    };
    // R12: English-taught majors ask this only of applicants from non-English-speaking countries, and
    // accept an exemption certificate instead of a test.
    let others = match teaching {
        TeachingLanguage::English => [
            Tri::of(l.english_speaking_country),
            Tri::of(l.exemption_certificate),
        ],
        TeachingLanguage::Chinese => [Tri::No, Tri::No],
    };
    let arms = [by_tests, others[0], others[1]];
    let outcome = if arms.contains(&Tri::Yes) {
        Outcome::Pass
    } else if arms.contains(&Tri::Unknown) {
        Outcome::Missing
    } else {
        Outcome::Fail
    };
    let detail = Detail::Language(Box::new(LanguageDetail {
        teaching,
        english_speaking_country: l.english_speaking_country,
        exemption_certificate: l.exemption_certificate,
        tests,
    }));
    Finding::new(c, RULE, outcome, detail).ruling(Ruling::R12)
}

fn test_result(t: LanguageTest, teaching: TeachingLanguage, p: &Policy) -> TestResult {
    let english = teaching == TeachingLanguage::English;
    let hsk_level = Fixed::int(p.hsk_min_level.value.into());
    // Each test with whether the major's teaching language calls for it and the minimums it is
    // held to; IELTS and TOEFL iBT also have sections.
    let (test, counts, min, min_section, overall, sections) = match t {
        LanguageTest::Ielts { overall, sections } => (
            TestKind::Ielts,
            english,
            p.ielts_min_overall.value,
            Some(p.ielts_min_section.value),
            overall,
            sections,
        ),
        LanguageTest::ToeflIbt { overall, sections } => (
            TestKind::ToeflIbt,
            english,
            p.toefl_min_overall.value,
            Some(p.toefl_min_section.value),
            overall,
            sections,
        ),
        LanguageTest::Pte { overall } => (
            TestKind::Pte,
            english,
            p.pte_min_overall.value,
            None,
            overall,
            None,
        ),
        LanguageTest::Hsk { level } => (
            TestKind::Hsk,
            !english,
            hsk_level,
            None,
            level.map(|l| Fixed::int(l.into())),
            None,
        ),
    };
    let verdict = match min_section {
        Some(min_section) => scored(counts, overall, sections, min, min_section),
        None if counts => at_least(overall, min),
        None => TestVerdict::NotForThisMajor,
    };
    TestResult {
        test,
        verdict,
        minimum: counts.then_some(min),
        section_minimum: min_section.filter(|_| counts),
    }
}

fn at_least(score: Option<Fixed>, min: Fixed) -> TestVerdict {
    match score {
        None => TestVerdict::Incomplete,
        Some(score) if score < min => TestVerdict::OverallBelow { score, min },
        Some(score) => TestVerdict::Qualifies { score },
    }
}

/// IELTS and TOEFL: the overall score and no section below the section minimum.
fn scored(
    english: bool,
    overall: Option<Fixed>,
    sections: Option<[Fixed; 4]>,
    min: Fixed,
    min_section: Fixed,
) -> TestVerdict {
    if !english {
        return TestVerdict::NotForThisMajor;
    }
    match at_least(overall, min) {
        TestVerdict::Qualifies { score } => {
            match sections.map(|s| s.into_iter().min().unwrap_or(score)) {
                None => TestVerdict::Incomplete,
                Some(lowest) if lowest < min_section => TestVerdict::SectionBelow {
                    section: lowest,
                    min: min_section,
                },
                Some(_) => TestVerdict::Qualifies { score },
            }
        }
        other => other,
    }
}
