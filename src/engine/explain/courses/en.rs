//! Why a course was or was not recognized, in English.

use super::super::words::en::{grade, kind, literacy_category, nature};
use super::super::{needed_hours, percent, rate};
use crate::engine::case::fixed::Fixed;
use crate::engine::rules::courses::{CourseDetail, CourseFact, CourseReason, Gauge};
use crate::engine::rules::credits::{Conversion, HoursSource};
use crate::lang::Lang;

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
        CourseDetail::Unknown { fact } => format!("Not given: {fact}; the college checks it.", fact = course_fact(*fact)),
        CourseDetail::NoOfficialTranscript => "Not on a sealed official transcript naming the course and its credits.".to_owned(),
        CourseDetail::NotTranslated => "Neither in Chinese or English nor translated by a notary or listed body.".to_owned(),
        CourseDetail::IrregularInstitution => "Credits from a non-regular institution (such as a training or language school) are not recognized.".to_owned(),
        CourseDetail::Expired { completed_on, limit, years } => format!("Completed on {completed_on}, more than {years} years before the application (the limit was {limit}), without proof of continuous study."),
        CourseDetail::FailingGrade { grade: g, pass, .. } => format!("Grade {grade} is below the passing standard of {pass} points or its equivalent.", grade = grade(*g)),
        CourseDetail::Retake { postgraduate: false } => "Passed after a make-up exam or retake: with the original institution's explanation, the committee may recognize it for undergraduates (R7).".to_owned(),
        CourseDetail::Retake { postgraduate: true } => "Passed after a make-up exam or retake: not recognized for postgraduates (R7).".to_owned(),
        CourseDetail::FailedBeforeRevocation => "Identified as failed by the original institution before its authority was revoked.".to_owned(),
        CourseDetail::NoMatch => "No matching course in the receiving programme, so its credits do not count here; the college may still evaluate it (A10.2.2.a).".to_owned(),
        CourseDetail::NatureDiffers { course, receiving } => format!("It is {course} but the matched course is {receiving}: the nature must be the same.", course = nature(*course), receiving = nature(*receiving)),
        CourseDetail::OverlapBelow { overlap, min, .. } => format!("Content overlap {overlap} is below the {min} minimum.", overlap = rate(*overlap), min = rate(*min)),
        CourseDetail::OverlapRelaxed { overlap, min, relaxed, .. } => format!("Content overlap {overlap} is below {min} but not below the {relaxed} allowed for revoked institutions: the academic committee votes, with at least 2/3 in favour (R6).", overlap = rate(*overlap), min = rate(*min), relaxed = rate(*relaxed)),
        CourseDetail::HoursBelow { hours, source, receiving, min_ratio } => format!("{hours} are {share} of the matched course's {receiving} class hours, below the {min_ratio} minimum; hours are compared as written (R6).", hours = hours_text(*hours, *source), share = percent(*hours, *receiving, *min_ratio), min_ratio = rate(*min_ratio)),
        CourseDetail::PracticeCertificate => "A completed practical course with the internship unit's certificate and achievement report: recognized directly.".to_owned(),
        CourseDetail::OverlapCounted { covered, total, overlap } => format!("Overlap {overlap} counted on the receiving course's knowledge points: a weight of {covered} covered of {total}, by the college's method.", overlap = rate(*overlap)),
        CourseDetail::Matched { title, overlap, hours, receiving_hours } => {
            let title = title.as_ref().map_or("the receiving course", |t| t.get(Lang::En));
            format!("Matches {title}: same nature, {overlap} content overlap, {hours} of {receiving_hours} class hours.", overlap = rate(*overlap))
        }
        CourseDetail::Passed { grade: g } => format!("Grade {grade} meets the passing standard.", grade = grade(*g)),
        CourseDetail::Converted { from, conversion, credits } => match conversion {
            Conversion::Ects { factor } => format!("{from} ECTS x {factor} = {credits} credits."),
            Conversion::Hours { kind: k, from: h_from, to } => format!("{from} credits x {h_from} h / {to} h per {kind} credit = {credits} credits, rounded to one decimal (R5).", kind = kind(*k)),
            Conversion::OneToOne => format!("{credits} credits count 1:1, as the hours per credit are not known on both sides (R5)."),
        },
        CourseDetail::LiteracyTooFewCredits { credits, min, .. } => format!("{credits} converted credits are below the {min} a literacy course needs."),
        CourseDetail::LiteracyContent => "Its teaching content does not meet the category's requirements.".to_owned(),
        CourseDetail::LiteracyAssessment => "Its assessment requirement (paper, practical part or project) was not met.".to_owned(),
        CourseDetail::LiteracySubstitutes { category, credits, category_max } => format!("Substitutes {credits} ideological-political credits as {category} (at most {category_max} for this category) (R8).", category = literacy_category(*category)),
        CourseDetail::LiteracyRemainder { remainder } => {
            let credits = if remainder.to_string() == "1" { "credit" } else { "credits" };
            format!("The other {remainder} {credits} of this course do not count: literacy credits count only as substitution, within the caps.")
        }
        CourseDetail::LiteracyCapped { substituted, cap } => format!("Only {substituted} counted: literacy substitution is capped at {cap} credits here (R8)."),
    }
}

fn hours_text(hours: Fixed, source: HoursSource) -> String {
    match source {
        HoursSource::Written => format!("{hours} class hours"),
        HoursSource::WeeklyTimesWeeks { weekly, weeks } => {
            format!("{hours} class hours ({weekly} a week x {weeks} weeks)")
        }
        HoursSource::EctsCredits {
            credits,
            per_credit,
        } => format!("{hours} class hours ({credits} ECTS x {per_credit} h)"),
    }
}

/// The overlap against A6.2.1's minimum (and A6.2.4.a's, for a revoked institution), as knowledge
/// points are ticked.
pub fn gauge_overlap(g: &Gauge) -> String {
    let min = format!(
        "at least {} is needed ({})",
        rate(g.min_overlap.value),
        g.min_overlap.cite.id()
    );
    let vote = g
        .vote_from
        .map(|v| {
            format!(
                "; from {} up to it, the academic committee votes ({})",
                rate(v.value),
                v.cite.id()
            )
        })
        .unwrap_or_default();
    match (g.overlap, g.counted) {
        (Some((overlap, _)), Some(c)) => format!(
            "Overlap {}: the ticked knowledge points weigh {} of {}; {min}{vote}.",
            rate(overlap),
            c.covered,
            c.total
        ),
        (Some((overlap, _)), None) => format!("Overlap {}: {min}{vote}.", rate(overlap)),
        (None, _) => format!("Overlap not known yet: {min}{vote}."),
    }
}

/// The course's class hours against A6.2.1's share of the receiving course's.
pub fn gauge_hours(g: &Gauge) -> String {
    let ratio = g.min_hours_ratio;
    match (g.hours, g.receiving_hours) {
        (Some(hours), Some(receiving)) => format!(
            "Class hours {hours} of the receiving course's {receiving}: at least {} of them, {} hours, is needed ({}).",
            rate(ratio.value),
            needed_hours(receiving, ratio.value),
            ratio.cite.id()
        ),
        (None, Some(receiving)) => format!(
            "Your course's class hours are not given yet: at least {}, {} of the receiving course's {receiving} hours, is needed ({}).",
            rate(ratio.value),
            needed_hours(receiving, ratio.value),
            ratio.cite.id()
        ),
        (_, None) => format!(
            "The receiving course's class hours are not given: yours must be at least {} of them ({}).",
            rate(ratio.value),
            ratio.cite.id()
        ),
    }
}
