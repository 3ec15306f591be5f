//! Why a course was or was not recognized, in English.

use super::super::words::en::{grade, kind, literacy_category, nature};
use super::super::{percent, rate};
use crate::engine::courses::{CourseDetail, CourseFact, CourseReason};
use crate::engine::credits::{Conversion, HoursSource};
use crate::engine::fixed::Fixed;

pub fn course_fact(f: CourseFact) -> &'static str {
    match f {
        CourseFact::OfficialTranscript => "whether it is on a sealed official transcript",
        CourseFact::Translation => "whether it is in Chinese or English or translated",
        CourseFact::RegularInstitution => {
            "whether it is from a regular higher-education institution"
        }
        CourseFact::CompletedOn => "the date it was completed",
        CourseFact::Grade => "its grade",
        CourseFact::Credits => "its credits",
        CourseFact::Nature => "whether it is compulsory or elective",
        CourseFact::MatchNature => "the matched course's nature",
        CourseFact::Overlap => "the content overlap with the matched course",
        CourseFact::Hours => "its class hours (or weekly hours and weeks)",
        CourseFact::MatchHours => "the matched course's class hours",
        CourseFact::Level => "your level of study",
        CourseFact::LiteracyCategory => "the literacy category",
        CourseFact::LiteracyContent => "whether its content meets the category's requirements",
        CourseFact::LiteracyAssessment => "whether its assessment requirement was met",
    }
}

pub fn course_reason(r: &CourseReason) -> String {
    match &r.detail {
        CourseDetail::Unknown { fact } => format!("Not given: {}; the college checks it.", course_fact(*fact)),
        CourseDetail::NoOfficialTranscript => "Not on a sealed official transcript naming the course and its credits.".to_owned(),
        CourseDetail::NotTranslated => "Neither in Chinese or English nor translated by a notary or listed body.".to_owned(),
        CourseDetail::IrregularInstitution => "Credits from a non-regular institution (such as a training or language school) are not recognized.".to_owned(),
        CourseDetail::Expired { completed_on, limit, years } => format!("Completed on {}, more than {} years before the application (the limit was {}), without proof of continuous study.", completed_on, years, limit),
        CourseDetail::FailingGrade { grade: g, pass, .. } => format!("Grade {} is below the passing standard of {} points or its equivalent.", grade(*g), pass),
        CourseDetail::Retake { postgraduate: false } => "Passed after a make-up exam or retake: with the original institution's explanation, the committee may recognize it for undergraduates (R7).".to_owned(),
        CourseDetail::Retake { postgraduate: true } => "Passed after a make-up exam or retake: not recognized for postgraduates (R7).".to_owned(),
        CourseDetail::FailedBeforeRevocation => "Identified as failed by the original institution before its authority was revoked.".to_owned(),
        CourseDetail::NoMatch => "No matching course in the receiving programme, so its credits do not count here; the college may still evaluate it (A10.2.2.a).".to_owned(),
        CourseDetail::NatureDiffers { course, receiving } => format!("It is {} but the matched course is {}: the nature must be the same.", nature(*course), nature(*receiving)),
        CourseDetail::OverlapBelow { overlap, min, .. } => format!("Content overlap {} is below the {} minimum.", rate(*overlap), rate(*min)),
        CourseDetail::OverlapRelaxed { overlap, min, relaxed, .. } => format!("Content overlap {} is below {} but not below the {} allowed for revoked institutions: the academic committee votes, with at least 2/3 in favour (R6).", rate(*overlap), rate(*min), rate(*relaxed)),
        CourseDetail::HoursBelow { hours, source, receiving, min_ratio } => format!("{} are {} of the matched course's {receiving} class hours, below the {} minimum; hours are compared as written (R6).", hours_text(*hours, *source), percent(*hours, *receiving), rate(*min_ratio)),
        CourseDetail::PracticeCertificate => "A completed practical course with the internship unit's certificate and achievement report: recognized directly.".to_owned(),
        CourseDetail::Matched { title, overlap, hours, receiving_hours } => {
            let title = title.as_deref().unwrap_or("the receiving course");
            format!("Matches {}: same nature, {} content overlap, {} of {} class hours.", title, rate(*overlap), hours, receiving_hours)
        }
        CourseDetail::Passed { grade: g } => format!("Grade {} meets the passing standard.", grade(*g)),
        CourseDetail::Converted { from, conversion, credits } => match conversion {
            Conversion::Ects { factor } => format!("{} ECTS x {} = {} credits.", from, factor, credits),
            Conversion::Hours { kind: k, from: h_from, to } => format!("{} credits x {} h / {} h per {} credit = {} credits, rounded to one decimal (R5).", from, h_from, to, kind(*k), credits),
            Conversion::OneToOne => format!("{} credits count 1:1, as the hours per credit are not known on both sides (R5).", credits),
        },
        CourseDetail::LiteracyTooFewCredits { credits, min, .. } => format!("{} converted credits are below the {} a literacy course needs.", credits, min),
        CourseDetail::LiteracyContent => "Its teaching content does not meet the category's requirements.".to_owned(),
        CourseDetail::LiteracyAssessment => "Its assessment requirement (paper, practical part or project) was not met.".to_owned(),
        CourseDetail::LiteracySubstitutes { category, credits, category_max } => format!("Substitutes {} ideological-political credits as {} (at most {} for this category) (R8).", credits, literacy_category(*category), category_max),
        CourseDetail::LiteracyCapped { substituted, cap } => format!("Only {} counted: literacy substitution is capped at {} credits here (R8).", substituted, cap),
    }
}

fn hours_text(hours: Fixed, source: HoursSource) -> String {
    match source {
        HoursSource::Written => format!("{} class hours", hours),
        HoursSource::WeeklyTimesWeeks { weekly, weeks } => format!(
            "{} class hours ({} a week x {} weeks)",
            hours, weekly, weeks
        ),
        HoursSource::EctsCredits {
            credits,
            per_credit,
        } => format!(
            "{} class hours ({} ECTS x {} h)",
            hours, credits, per_credit
        ),
    }
}
