//! The eligibility findings, in English.

use super::super::words::en::{body, grade, level, route, test};
use super::super::{carries, percent, rate};
use crate::engine::case::{Body, Level, Reason, Route, Status, TeachingLanguage, TestKind};
use crate::engine::rules::eligibility::{
    Because, Condition, Detail, Fact, Finding, LanguageDetail, Outcome, PostgraduateDetail,
    RevokedDocument, TestResult, TestVerdict,
};
use crate::engine::rules::grades::Grade;
use crate::engine::rules::policy::Policy;

pub fn fact(f: Fact) -> &'static str {
    match f {
        Fact::Route => "where you are transferring from (route)",
        Fact::Level => "your level of study",
        Fact::Revoked => "whether your institution's degree-awarding authority was revoked",
        Fact::SemestersCompleted => "the number of semesters completed",
        Fact::InFinalYear => "whether you are in the final year",
        Fact::Status => "your student status",
        Fact::DisciplinaryRecord => "whether you have a disciplinary record",
        Fact::Reason => "the reason for the transfer",
        Fact::Quota => "whether the receiving major has quota left",
        Fact::SpecialEnrollment => "whether you were admitted through a special type of enrollment",
        Fact::FromLowerLevel => "whether you are moving up from a lower level",
        Fact::ExplanatoryMaterial => "whether you have special explanatory material",
        Fact::EntranceScore => "your college entrance examination score",
        Fact::EntranceCutoff => "the receiving major's admission score",
        Fact::Performance => "your average grade",
        Fact::Papers => "your papers",
        Fact::AdmissionStandard => "whether your original admission standard is not lower",
        Fact::CompletedCredits => "the credits you completed",
        Fact::OriginalTotalCredits => "your original major's total graduation credits",
        Fact::RevocationDocument => "whether you have the revocation document",
        Fact::CompletedStudiesCertificate => {
            "whether you have the certificate of completed studies"
        }
        Fact::ResearchProgressCertificate => "whether you have the research progress certificate",
        Fact::AuthenticationBody => "which body authenticated your record",
        Fact::AuthenticationConsistent => "whether the authentication matches your student record",
        Fact::TeachingLanguage => "the receiving major's teaching language",
        Fact::EnglishSpeakingCountry => "whether you come from an English-speaking country",
        Fact::ExemptionCertificate => "whether you have a language exemption certificate",
        Fact::LanguageTests => "your language test results",
    }
}

pub fn finding(f: &Finding, p: &Policy) -> String {
    let o = f.outcome;
    match &f.detail {
        Detail::Missing { fact: x } => format!("Not given yet: {fact}.", fact = fact(*x)),
        Detail::NotApplicable { because } => not_applicable(*because).to_owned(),
        Detail::Semesters { completed, min } => match o {
            Outcome::Pass => format!("{completed} semesters completed (excluding suspension or retention), at least the {min} required."),
            _ => format!("{completed} semesters completed; at least {min} must be completed at the original institution."),
        },
        Detail::FinalYear { .. } => match o {
            Outcome::Pass => "Not yet in the final year of studies.".to_owned(),
            _ => "Students in the final year of studies cannot transfer.".to_owned(),
        },
        Detail::Status { status } => status_text(*status),
        Detail::Discipline { record } => if *record {
            "A disciplinary punishment of warning or above rules out a transfer.".to_owned()
        } else {
            "No disciplinary punishment of warning or above.".to_owned()
        },
        Detail::Reason { reason, revoked } => reason_text(*reason, *revoked),
        Detail::Quota { has_quota } => if *has_quota {
            "The receiving major has enrollment quota left.".to_owned()
        } else {
            "The receiving major has no enrollment quota left.".to_owned()
        },
        Detail::SpecialEnrollment { special } => if *special {
            "Students admitted through targeted, minority preparatory or national or local special programmes cannot transfer.".to_owned()
        } else {
            "Not admitted through a special type of enrollment.".to_owned()
        },
        Detail::LowerLevel { lower } => if *lower {
            "A transfer from a lower level (such as junior college) to a higher one is not allowed.".to_owned()
        } else {
            "Not a transfer from a lower level of study.".to_owned()
        },
        Detail::EntranceExam { score, cutoff } => match o {
            Outcome::Pass => format!("Entrance examination score {score} is not below the receiving major's admission score of {cutoff}."),
            _ => format!("Entrance examination score {score} is below the receiving major's admission score of {cutoff}."),
        },
        Detail::Average { grade: g, minimum, meets, explanatory_material, a7_2_band, .. } => {
            let mut s = average_text(*g, *minimum, *meets);
            if *a7_2_band {
                let (from, min) = (p.a7_2_undergraduate_band_from.value, p.ug_min_gpa_international.value);
                s.push_str(&format!(" Table A7.2 lists GPA {from}-{min} as eligible for undergraduates, but the {min} of A4.3.1.b governs."));
            }
            if !meets {
                s.push_str(&explanatory(*explanatory_material, f));
            }
            s
        }
        Detail::AverageToConvert { grade: g, .. } => format!("An average of {grade} is in a system A4.3.1.b does not name (it names a 4.0 GPA and ECTS grades): the committee converts it.", grade = grade(*g)),
        Detail::Postgraduate(d) => postgraduate_text(d, f),
        Detail::AdmissionStandard { not_lower } => if *not_lower {
            "The original major's admission standard is not lower than the receiving institution's.".to_owned()
        } else {
            "The original major's admission standard is lower than the receiving institution's.".to_owned()
        },
        Detail::RevokedRatio { completed, total, min, level: l } => {
            let share = percent(*completed, *total, *min);
            match o {
                Outcome::Pass => format!("{completed} of {total} credits completed ({share}), at least the {min} required of {level} students.", min = rate(*min), level = level(*l)),
                _ => format!("{completed} of {total} credits completed ({share}) is below the {min} required of {level} students.", min = rate(*min), level = level(*l)),
            }
        }
        Detail::Document { document, provided } => document_text(*document, *provided),
        Detail::Authentication { route: r, body: b, listed, consistent } => authentication_text(*r, *b, *listed, *consistent, p),
        Detail::Language(d) => language_text(d, o, p),
    }
}

fn not_applicable(b: Because) -> &'static str {
    match b {
        Because::Postgraduate => "Applies to undergraduates only.",
        Because::InternationalRoute => "Does not apply to international transfers (R14).",
        Because::NotMaster => "Applies to master's students only.",
        Because::NotRevoked => {
            "Applies only when the original institution's degree-awarding authority was revoked."
        }
        Because::Undergraduate => "Applies to postgraduates only.",
        Because::NotInternational => "Applies to international transfers only.",
    }
}

fn status_text(s: Status) -> String {
    match s {
        Status::Normal => "Student status is normal.",
        Status::Suspended => "Students whose studies are suspended cannot transfer.",
        Status::AdmissionRetained => "Students whose admission is retained cannot transfer.",
        Status::ExpulsionProposed => "A proposed expulsion rules out a transfer.",
        Status::Expelled => "An expulsion decision rules out a transfer.",
    }
    .to_owned()
}

fn reason_text(r: Reason, revoked: bool) -> String {
    match r {
        Reason::Health => "Health: a diagnosis certificate from a Grade II Class A or higher hospital within the past 6 months is needed.",
        Reason::Family => "Special family difficulties: a certificate from the street office or township government is needed.",
        Reason::Academic => "Academic development: a recommendation from the head of the original major and a compatibility statement are needed.",
        Reason::Revoked if revoked => "The original institution's degree-awarding authority was revoked.",
        Reason::Revoked => "The revocation reason needs an original institution whose degree-awarding authority was revoked.",
    }
    .to_owned()
}

fn average_text(g: Grade, min: Grade, meets: bool) -> String {
    let (average, min) = (grade(g), grade(min));
    let mut s = if meets {
        format!("Average {average} meets the minimum of {min}.")
    } else {
        format!("Average {average} is below the minimum of {min}.")
    };
    if matches!(g, Grade::Ects(_)) {
        s.push_str(ECTS_NOTE);
    }
    s
}

/// R2: the discrepancy between A4.3.1.b and Table A7.1.2 is always pointed out for ECTS averages.
const ECTS_NOTE: &str = " The letter governs: A4.3.1.b pairs \"C\" with 60-69 points, while Table A7.1.2 converts C to 70-79 and D to 60-69.";

/// R4 (A5.6); cited here only where the finding does not carry the citations itself.
fn explanatory(material: Option<bool>, f: &Finding) -> String {
    let cite = if carries(f, "R4") && carries(f, "A5.6") {
        ""
    } else {
        " (R4, A5.6)"
    };
    match material {
        Some(true) => format!(" With special explanatory material, the committee decides{cite}."),
        Some(false) => {
            format!(" Without special explanatory material this rules out a transfer{cite}.")
        }
        None => format!(" Say whether you have special explanatory material{cite}."),
    }
}

fn postgraduate_text(d: &PostgraduateDetail, f: &Finding) -> String {
    let doctoral = d.level == Level::Doctoral;
    let papers = if doctoral {
        format!("{min_papers} first-author Web of Science core papers in the relevant field, at least {min_high_impact_papers} with an impact factor of {min_impact_factor} or more", min_papers = d.min_papers, min_high_impact_papers = d.min_high_impact_papers, min_impact_factor = d.min_impact_factor)
    } else {
        format!("{min_papers} first-author Web of Science core paper with an impact factor of {min_impact_factor} or more", min_papers = d.min_papers, min_impact_factor = d.min_impact_factor)
    };
    let gpa_part = match d.grade {
        Some(Grade::Gpa4(v)) if v >= d.min_gpa => format!("GPA {v} meets the {level} minimum of {min_gpa}.", level = level(d.level), min_gpa = d.min_gpa),
        Some(Grade::Gpa4(v)) => format!("GPA {v} is below the {level} minimum of {min_gpa}.", level = level(d.level), min_gpa = d.min_gpa),
        Some(g) => format!("An average of {grade} is not on the 4.0 GPA scale the postgraduate thresholds use: the committee converts it.", grade = grade(g)),
        None => format!("No GPA given (the minimum is {min_gpa}).", min_gpa = d.min_gpa),
    };
    let paper_part = if !d.papers_given {
        format!(" Papers not given; {papers} would also qualify.")
    } else if doctoral {
        format!(" Papers: {qualifying_papers} qualifying, {high_impact_papers} of them with an impact factor of {min_impact_factor} or more; {papers} qualify.", qualifying_papers = d.qualifying_papers, high_impact_papers = d.high_impact_papers, min_impact_factor = d.min_impact_factor)
    } else {
        format!(
            " Papers: {qualifying_papers} qualifying; {papers} qualifies.",
            qualifying_papers = d.qualifying_papers
        )
    };
    let uncertain = if d.uncertain_papers > 0 {
        format!(" {uncertain_papers} paper(s) lack a fact (authorship, indexing, field or impact factor).", uncertain_papers = d.uncertain_papers)
    } else {
        String::new()
    };
    let mut s = format!("{gpa_part}{paper_part}{uncertain}");
    if f.outcome == Outcome::Pass {
        return s;
    }
    if !matches!(d.grade, Some(g) if !matches!(g, Grade::Gpa4(_))) {
        s.push_str(&explanatory(d.explanatory_material, f));
    }
    s
}

fn document_text(d: RevokedDocument, provided: bool) -> String {
    match (d, provided) {
        (RevokedDocument::RevocationDocument, true) => "The official revocation document of the education department is provided.",
        (RevokedDocument::RevocationDocument, false) => "The official revocation document of the provincial or higher education department is required.",
        (RevokedDocument::CompletedStudiesCertificate, true) => "The certificate of completed academic studies is provided.",
        (RevokedDocument::CompletedStudiesCertificate, false) => "The certificate of completed academic studies (courses, credits and grades) is required.",
        (RevokedDocument::ResearchProgressCertificate, true) => "The research progress certificate is provided; the academic committee evaluates the continuity of the research.",
        (RevokedDocument::ResearchProgressCertificate, false) => "Postgraduates from a revoked institution need the research progress certificate (thesis proposal or mid-term assessment).",
    }
    .to_owned()
}

fn authentication_text(
    r: Route,
    b: Body,
    listed: bool,
    consistent: Option<bool>,
    p: &Policy,
) -> String {
    if !listed {
        let allowed: Vec<&str> = p.bodies_for(r).value.iter().map(|b| body(*b)).collect();
        let sep = ", ";
        return format!("A report by {body} is not accepted for the {route} route; it must come from {allowed}.", body = body(b), route = route(r), allowed = allowed.join(sep));
    }
    if consistent == Some(false) {
        return format!(
            "The report by {body} is inconsistent with the original student record.",
            body = body(b)
        );
    }
    format!(
        "Authenticated by {body}, consistent with the student record.",
        body = body(b)
    )
}

fn language_text(d: &LanguageDetail, o: Outcome, p: &Policy) -> String {
    if o == Outcome::Pass {
        if d.teaching == TeachingLanguage::English && d.english_speaking_country == Some(true) {
            return "From an English-speaking country: no English test is required.".to_owned();
        }
        if d.teaching == TeachingLanguage::English && d.exemption_certificate == Some(true) {
            return "An official language exemption certificate is provided.".to_owned();
        }
        if let Some(t) = d
            .tests
            .iter()
            .flatten()
            .find(|t| matches!(t.verdict, TestVerdict::Qualifies { .. }))
        {
            return test_text(t, d.teaching, p);
        }
    }
    let mut parts: Vec<String> = d
        .tests
        .iter()
        .flatten()
        .map(|t| test_text(t, d.teaching, p))
        .collect();
    if o == Outcome::Missing {
        parts.push(match d.teaching {
            TeachingLanguage::English => "Give a qualifying test result, or say whether you hold an exemption certificate or come from an English-speaking country.".to_owned(),
            TeachingLanguage::Chinese => format!("A Chinese-taught major needs HSK level {hsk_min_level} or above.", hsk_min_level = p.hsk_min_level.value),
        });
    } else if parts.is_empty() {
        parts.push("No qualifying language test result.".to_owned());
    }
    parts.join(" ")
}

fn test_text(t: &TestResult, teaching: TeachingLanguage, p: &Policy) -> String {
    let name = test(t.test);
    match t.verdict {
        TestVerdict::Qualifies { score } if t.test == TestKind::Hsk => format!(
            "HSK level {score} meets the level {hsk_min_level} minimum.",
            hsk_min_level = p.hsk_min_level.value
        ),
        TestVerdict::Qualifies { score } => {
            format!("{name} {score} meets the minimum, with no section below the section minimum.")
        }
        TestVerdict::OverallBelow { score, min } if t.test == TestKind::Hsk => {
            format!("HSK level {score} is below the level {min} minimum.")
        }
        TestVerdict::OverallBelow { score, min } => {
            format!("{name} {score} is below the {min} minimum.")
        }
        TestVerdict::SectionBelow { section, min } => {
            format!("{name} section {section} is below the {min} minimum.")
        }
        TestVerdict::Incomplete => {
            format!("{name}: give the overall score and every section score.")
        }
        TestVerdict::NotForThisMajor => match teaching {
            TeachingLanguage::English => {
                format!("{name} does not count for an English-taught major.")
            }
            TeachingLanguage::Chinese => {
                format!("{name} does not count for a Chinese-taught major.")
            }
        },
    }
}

pub fn condition(c: Condition) -> &'static str {
    match c {
        Condition::Semesters => "Semesters completed",
        Condition::FinalYear => "Final year of studies",
        Condition::Status => "Student status",
        Condition::Discipline => "Disciplinary record",
        Condition::Reason => "Reason for transfer",
        Condition::Quota => "Quota in the receiving major",
        Condition::SpecialEnrollment => "Special type of enrollment",
        Condition::LowerLevel => "Transfer from a lower level",
        Condition::EntranceExam => "College entrance examination",
        Condition::Performance => "Academic performance",
        Condition::AdmissionStandard => "Admission standard",
        Condition::RevokedRatio => "Share of credits completed",
        Condition::RevocationDocument => "Revocation document",
        Condition::CompletedStudiesCertificate => "Certificate of completed studies",
        Condition::ResearchProgress => "Research progress certificate",
        Condition::Authentication => "Academic authentication",
        Condition::Language => "Language proficiency",
    }
}
