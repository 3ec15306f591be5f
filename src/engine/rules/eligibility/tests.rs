use super::*;
use crate::engine::case::fixed::Fixed;
use crate::engine::case::model::Language;
use crate::engine::case::model::{Applicant, LanguageTest, Paper, Postgraduate};
use crate::engine::case::{Body, Level, Reason, Route, Status, TeachingLanguage};
use crate::engine::rules::cite::{Cite, Ruling};
use crate::engine::rules::grades::Ects;
use crate::engine::rules::grades::Grade;
use crate::engine::rules::policy::MEASURES_2023_046 as P;

fn find(a: &Applicant, c: Condition) -> Finding {
    findings(a, &P)
        .into_iter()
        .find(|f| f.condition == c)
        .unwrap()
}

fn outcome(a: &Applicant, c: Condition) -> Outcome {
    find(a, c).outcome
}

fn n(s: &str) -> Option<Fixed> {
    Some(Fixed::lit(s))
}

fn undergraduate(route: Route) -> Applicant {
    Applicant {
        route: Some(route),
        level: Some(Level::Undergraduate),
        ..Applicant::default()
    }
}

fn postgraduate(level: Level, gpa: &str, papers: Vec<Paper>) -> Applicant {
    Applicant {
        route: Some(Route::Mainland),
        level: Some(level),
        performance: Some(Grade::Gpa4(Fixed::lit(gpa))),
        postgraduate: Postgraduate {
            papers: Some(papers),
            ..Postgraduate::default()
        },
        explanatory_material: Some(false),
        ..Applicant::default()
    }
}

fn paper(impact_factor: &str, relevant_field: bool) -> Paper {
    Paper {
        first_author: Some(true),
        wos_core: Some(true),
        impact_factor: n(impact_factor),
        relevant_field: Some(relevant_field),
    }
}

#[test]
fn every_fact_is_a_top_level_field() {
    for fact in [
        Fact::Route,
        Fact::Papers,
        Fact::LanguageTests,
        Fact::CompletedCredits,
    ] {
        assert_eq!(fact.field().list(), None, "{fact:?}");
    }
    assert_eq!(
        Fact::EntranceCutoff.field().path(),
        "applicant.entrance_exam.receiving_cutoff"
    );
}

#[test]
fn findings_come_one_per_condition_in_order() {
    let all = findings(&Applicant::default(), &P);
    let conditions: Vec<Condition> = all.iter().map(|f| f.condition).collect();
    assert_eq!(conditions.len(), 17);
    assert_eq!(conditions[0], Condition::Semesters);
    assert_eq!(conditions[16], Condition::Language);
    assert!(all.iter().all(|f| f.outcome == Outcome::Missing));
}

#[test]
fn one_completed_semester_is_enough() {
    let mut a = Applicant::default();
    assert_eq!(
        find(&a, Condition::Semesters).detail,
        Detail::Missing {
            fact: Fact::SemestersCompleted
        }
    );
    a.semesters_completed = Some(0);
    assert_eq!(outcome(&a, Condition::Semesters), Outcome::Fail);
    a.semesters_completed = Some(1);
    let f = find(&a, Condition::Semesters);
    assert_eq!((f.outcome, f.rule), (Outcome::Pass, Cite::A4_1));
    assert_eq!(f.rulings, [Ruling::R14]);
}

#[test]
fn a_status_other_than_normal_fails_under_its_own_passage() {
    let mut a = Applicant::default();
    for (status, rule) in [
        (Status::Normal, Cite::A4_1),
        (Status::Suspended, Cite::A4_5),
        (Status::Expelled, Cite::A5_3),
    ] {
        a.status = Some(status);
        let f = find(&a, Condition::Status);
        assert_eq!(f.rule, rule, "{status:?}");
        assert_eq!(f.outcome == Outcome::Pass, status == Status::Normal);
    }
}

#[test]
fn the_revocation_reason_needs_a_revoked_institution() {
    let mut a = Applicant {
        reason: Some(Reason::Revoked),
        ..Applicant::default()
    };
    assert_eq!(
        find(&a, Condition::Reason).detail,
        Detail::Missing {
            fact: Fact::Revoked
        }
    );
    a.revoked = Some(false);
    assert_eq!(outcome(&a, Condition::Reason), Outcome::Fail);
    a.revoked = Some(true);
    assert_eq!(outcome(&a, Condition::Reason), Outcome::Pass);
    a.reason = Some(Reason::Health);
    a.revoked = None;
    assert_eq!(outcome(&a, Condition::Reason), Outcome::Pass);
}

#[test]
fn the_entrance_score_must_reach_the_cutoff() {
    let mut a = undergraduate(Route::Mainland);
    a.entrance_exam.receiving_cutoff = n("598");
    a.entrance_exam.score = n("598");
    assert_eq!(outcome(&a, Condition::EntranceExam), Outcome::Pass);
    a.entrance_exam.score = n("597.5");
    assert_eq!(outcome(&a, Condition::EntranceExam), Outcome::Fail);
    a.route = Some(Route::International);
    assert_eq!(outcome(&a, Condition::EntranceExam), Outcome::NotApplicable);
    a.route = Some(Route::Mainland);
    a.level = Some(Level::Master);
    assert_eq!(outcome(&a, Condition::EntranceExam), Outcome::NotApplicable);
}

#[test]
fn a_percentage_average_needs_70_and_below_it_explanatory_material_means_review() {
    let mut a = undergraduate(Route::Mainland);
    a.performance = Some(Grade::Percentage(Fixed::lit("70")));
    assert_eq!(outcome(&a, Condition::Performance), Outcome::Pass);
    a.performance = Some(Grade::Percentage(Fixed::lit("69.9")));
    assert_eq!(outcome(&a, Condition::Performance), Outcome::Missing);
    a.explanatory_material = Some(false);
    let f = find(&a, Condition::Performance);
    assert_eq!(f.outcome, Outcome::Fail);
    assert_eq!(f.rulings, [Ruling::R11, Ruling::R4]);
    assert_eq!(f.cites, [Cite::A5_6]);
    a.explanatory_material = Some(true);
    assert_eq!(outcome(&a, Condition::Performance), Outcome::Review);
}

#[test]
fn an_ects_average_is_judged_by_its_letter_on_every_route() {
    let mut a = undergraduate(Route::Mainland);
    a.explanatory_material = Some(false);
    a.performance = Some(Grade::Ects(Ects::C));
    let f = find(&a, Condition::Performance);
    assert_eq!((f.outcome, f.rule), (Outcome::Pass, Cite::A4_3_1_b));
    assert!(f.rulings.contains(&Ruling::R2));
    a.performance = Some(Grade::Ects(Ects::D));
    assert_eq!(outcome(&a, Condition::Performance), Outcome::Fail);
}

#[test]
fn an_international_gpa_just_below_2_5_is_noted_against_table_a7_2() {
    let mut a = undergraduate(Route::International);
    a.explanatory_material = Some(false);
    a.performance = Some(Grade::Gpa4(Fixed::lit("2.5")));
    assert_eq!(outcome(&a, Condition::Performance), Outcome::Pass);
    a.performance = Some(Grade::Gpa4(Fixed::lit("2.3")));
    let f = find(&a, Condition::Performance);
    assert_eq!(f.outcome, Outcome::Fail);
    assert!(f.cites.contains(&Cite::A7_2));
    a.performance = Some(Grade::Gpa4(Fixed::lit("2.29")));
    assert!(!find(&a, Condition::Performance).cites.contains(&Cite::A7_2));
    a.performance = Some(Grade::Percentage(Fixed::lit("90")));
    assert_eq!(outcome(&a, Condition::Performance), Outcome::Review);
}

#[test]
fn a_master_passes_by_gpa_or_by_one_paper_at_impact_factor_1() {
    let a = postgraduate(Level::Master, "3.0", vec![]);
    assert_eq!(outcome(&a, Condition::Performance), Outcome::Pass);
    let a = postgraduate(Level::Master, "2.99", vec![paper("1.0", false)]);
    assert_eq!(outcome(&a, Condition::Performance), Outcome::Pass);
    let a = postgraduate(Level::Master, "2.99", vec![paper("0.99", true)]);
    assert_eq!(outcome(&a, Condition::Performance), Outcome::Fail);
    let mut unknown = paper("1.5", true);
    unknown.wos_core = None;
    let a = postgraduate(Level::Master, "2.99", vec![unknown]);
    assert_eq!(outcome(&a, Condition::Performance), Outcome::Missing);
}

#[test]
fn a_doctoral_student_needs_two_relevant_papers_one_at_impact_factor_2() {
    let a = postgraduate(Level::Doctoral, "3.3", vec![]);
    assert_eq!(outcome(&a, Condition::Performance), Outcome::Pass);
    let two = vec![paper("2.0", true), paper("0.5", true)];
    let a = postgraduate(Level::Doctoral, "3.29", two);
    assert_eq!(outcome(&a, Condition::Performance), Outcome::Pass);
    let low = vec![paper("1.99", true), paper("1.5", true)];
    let a = postgraduate(Level::Doctoral, "3.29", low);
    assert_eq!(outcome(&a, Condition::Performance), Outcome::Fail);
    let irrelevant = vec![paper("3.0", true), paper("3.0", false)];
    let a = postgraduate(Level::Doctoral, "3.29", irrelevant);
    assert_eq!(outcome(&a, Condition::Performance), Outcome::Fail);
}

#[test]
fn the_revoked_ratio_is_60_percent_for_undergraduates_and_50_for_postgraduates() {
    let mut a = undergraduate(Route::Mainland);
    assert_eq!(outcome(&a, Condition::RevokedRatio), Outcome::Missing);
    a.revoked = Some(false);
    assert_eq!(outcome(&a, Condition::RevokedRatio), Outcome::NotApplicable);
    a.revoked = Some(true);
    a.revoked_details.original_total_credits = n("160");
    a.revoked_details.completed_credits = n("96");
    assert_eq!(outcome(&a, Condition::RevokedRatio), Outcome::Pass);
    a.revoked_details.completed_credits = n("95.9");
    let f = find(&a, Condition::RevokedRatio);
    assert_eq!(f.outcome, Outcome::Fail);
    assert_eq!(f.cites, [Cite::A5_7]);
    a.level = Some(Level::Master);
    a.revoked_details.completed_credits = n("80");
    assert_eq!(outcome(&a, Condition::RevokedRatio), Outcome::Pass);
    a.revoked_details.completed_credits = n("79.9");
    assert_eq!(outcome(&a, Condition::RevokedRatio), Outcome::Fail);
}

#[test]
fn research_progress_is_asked_of_revoked_postgraduates_only() {
    let mut a = undergraduate(Route::Mainland);
    a.revoked = Some(true);
    assert_eq!(
        outcome(&a, Condition::ResearchProgress),
        Outcome::NotApplicable
    );
    a.level = Some(Level::Doctoral);
    assert_eq!(outcome(&a, Condition::ResearchProgress), Outcome::Missing);
    a.postgraduate.research_progress_certificate = Some(false);
    assert_eq!(outcome(&a, Condition::ResearchProgress), Outcome::Fail);
}

#[test]
fn authentication_needs_a_listed_body_and_a_consistent_record() {
    let mut a = undergraduate(Route::Mainland);
    a.authentication.body = Some(Body::Chsi);
    assert_eq!(outcome(&a, Condition::Authentication), Outcome::Missing);
    a.authentication.consistent = Some(true);
    let f = find(&a, Condition::Authentication);
    assert_eq!((f.outcome, f.rule), (Outcome::Pass, Cite::A4_4_1_a));
    a.authentication.consistent = Some(false);
    assert_eq!(find(&a, Condition::Authentication).cites, [Cite::A5_8]);
    a.authentication.consistent = Some(true);
    a.authentication.body = Some(Body::Cscse);
    assert_eq!(outcome(&a, Condition::Authentication), Outcome::Fail);
    a.route = Some(Route::International);
    assert_eq!(outcome(&a, Condition::Authentication), Outcome::Pass);
}

fn international(teaching: TeachingLanguage, tests: Vec<LanguageTest>) -> Applicant {
    Applicant {
        language: Language {
            major_teaching_language: Some(teaching),
            english_speaking_country: Some(false),
            exemption_certificate: Some(false),
            tests: Some(tests),
        },
        ..undergraduate(Route::International)
    }
}

fn ielts(overall: &str, lowest_section: &str) -> LanguageTest {
    let s = Fixed::lit(lowest_section);
    LanguageTest::Ielts {
        overall: n(overall),
        sections: Some([Fixed::lit("7.0"), s, Fixed::lit("7.0"), Fixed::lit("7.0")]),
    }
}

#[test]
fn ielts_needs_6_overall_and_5_5_in_every_section() {
    let english = TeachingLanguage::English;
    let a = international(english, vec![ielts("6.0", "5.5")]);
    assert_eq!(outcome(&a, Condition::Language), Outcome::Pass);
    let a = international(english, vec![ielts("6.0", "5.0")]);
    assert_eq!(outcome(&a, Condition::Language), Outcome::Fail);
    let a = international(english, vec![ielts("5.5", "6.0")]);
    assert_eq!(outcome(&a, Condition::Language), Outcome::Fail);
    let mut a = international(english, vec![]);
    a.language.english_speaking_country = Some(true);
    assert_eq!(outcome(&a, Condition::Language), Outcome::Pass);
}

#[test]
fn a_chinese_taught_major_asks_for_hsk_5() {
    let chinese = TeachingLanguage::Chinese;
    let hsk = |level| LanguageTest::Hsk { level: Some(level) };
    assert_eq!(
        outcome(&international(chinese, vec![hsk(5)]), Condition::Language),
        Outcome::Pass
    );
    assert_eq!(
        outcome(&international(chinese, vec![hsk(4)]), Condition::Language),
        Outcome::Fail
    );
    // An English test does not count for a Chinese-taught major.
    let a = international(chinese, vec![ielts("8.0", "8.0")]);
    assert_eq!(outcome(&a, Condition::Language), Outcome::Fail);
    let a = undergraduate(Route::Mainland);
    assert_eq!(outcome(&a, Condition::Language), Outcome::NotApplicable);
}
