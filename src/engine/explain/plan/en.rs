//! The plan in English: documents, the window, the steps and later milestones.

use crate::engine::case::DocumentId;
use crate::engine::cscse::StartBy;
use crate::engine::planning::documents::{Document, Need};
use crate::engine::planning::timeline::{
    Milestone, MilestoneId, OfficeStep, StepId, Window, WindowStatus,
};
use crate::engine::rules::policy::Duration;

pub fn document_name(id: DocumentId) -> &'static str {
    use DocumentId::*;
    match id {
        ApplicationForm => "Application form for transfer qualification recognition",
        StudentStatusCertificate => "Student status certificate",
        OfficialTranscript => "Official transcript",
        CourseCompatibility => "Course compatibility materials",
        ChsiReportAndAdmissionRoster => "CHSI student status report and admission roster",
        HmtAuthenticationAndRanking => {
            "Hong Kong, Macao or Taiwan degree authentication and ranking"
        }
        SinoForeignRecordAndReport => "Sino-foreign programme record and authentication report",
        AuthenticationReport => "Academic authentication report",
        LanguageCertificate => "Language proficiency certificate",
        FinancialProof => "Financial proof",
        ResearchAchievements => "Proof of research achievements",
        SupervisorRecommendation => "Supervisor's letter of recommendation",
        MajorRecommendationLetter => "Recommendation for a strong academic interest",
        DiagnosisCertificate => "Diagnosis certificate",
        FamilyDifficultyCertificate => "Certificate of special family difficulties",
        RevocationAnnouncement => "Announcement of the revocation",
        CompletedStudiesStatement => "Statement on completed academic studies",
        ClosedInstitutionProofs => "Proofs of study at a closed institution",
        ResearchProgressCertificate => "Research progress certificate",
        LiteracyCourseMaterials => "Literacy course materials",
        EctsTranscriptOfRecords => "ECTS transcript of records",
        EctsImplementationRules => "ECTS implementation rules of the original institution",
        GpaMethodExplanation => "Explanation of how the GPA is calculated",
        PracticeCertificates => "Practice or internship certificates",
        ContinuousStudyProof => "Proof of continuous study",
        RetakeExplanation => "Explanation of retaken courses",
        ExplanatoryMaterial => "Explanatory material on your performance",
        Translations => "Translations",
    }
}

/// The checklist's line for a document: its name, then what it must show.
pub fn document(d: &Document) -> String {
    format!("{}: {}", document_name(d.id), document_shows(d))
}

/// What the document must show, with its dates and amounts.
pub fn document_shows(d: &Document) -> String {
    use DocumentId::*;
    let text = match d.id {
        ApplicationForm => "Signed by you and sealed by the original institution's academic affairs office (by the institution that took it over, if it has closed)",
        StudentStatusCertificate => "Your admission date, major and student status, and the words \"no disciplinary record\"",
        OfficialTranscript => "Every course with its credits and grade, and how grades are awarded; international students attach the authentication report",
        CourseCompatibility => "The syllabi of your courses (objectives, content, assessment) and a table comparing them with the new programme, literacy courses marked apart; international courses with a Chinese or English translation",
        ChsiReportAndAdmissionRoster => "The online verification report of your student status from CHSI, and a copy of the entrance examination admission roster sealed by the provincial examination authority or the original institution's admission office",
        HmtAuthenticationAndRanking => "The authentication of your degree or diploma, and a certificate of your ranking: the number of students in the major and your place among them",
        SinoForeignRecordAndReport => "The record of the programme on the Ministry of Education's supervision platform, and the sponsor's academic authentication report",
        AuthenticationReport => "A report by a body the Measures accept, still valid",
        LanguageCertificate => "An IELTS, TOEFL, PTE or HSK result within the validity its test sets; an exemption certificate serves as such a certificate",
        FinancialProof => "Money for at least one academic year of tuition and living costs",
        ResearchAchievements => "For papers, the retrieval report, the journal's cover and table of contents; for patents, a copy of the certificate; all signed by your supervisor",
        SupervisorRecommendation => "Your academic ability, research progress and why the transfer makes sense; with a translation for international students",
        MajorRecommendationLetter => "A recommendation that you have a strong interest and aptitude in the new major",
        DiagnosisCertificate => "A certificate from a Grade II Class A hospital or higher, with the treatment advised and the conclusion \"not suitable for studying at the original institution\"",
        FamilyDifficultyCertificate => "A certificate from the street office or township government where your household is registered, with supporting papers such as a low-income or major illness certificate",
        RevocationAnnouncement => "A copy of the official announcement, with the seal of the provincial or higher education department",
        CompletedStudiesStatement => "Issued by the original (or taking-over) institution: the share of credits completed, the courses not finished and why no degree can be awarded",
        ClosedInstitutionProofs => "Only if the institution has closed: tuition payment receipts and a copy of your student card",
        ResearchProgressCertificate => "The progress of your research, for postgraduates of a revoked institution",
        LiteracyCourseMaterials => "For each literacy course, its syllabus and how it was assessed, so that the college can confirm it meets the requirements",
        EctsTranscriptOfRecords => "The ECTS transcript of records",
        EctsImplementationRules => "The original institution's rules for awarding ECTS credits",
        GpaMethodExplanation => "How the original institution calculates the GPA",
        PracticeCertificates => "A certificate for each practice or internship course",
        ContinuousStudyProof => "That your studies continued without a break, so that older courses still count",
        RetakeExplanation => "Which grades are retakes, for undergraduate courses",
        ExplanatoryMaterial => "The material that explains why your performance is below the threshold",
        Translations => "Only for papers neither in Chinese nor in English: a translation of each",
    };
    let mut out = text.to_owned();
    if let Some(amount) = d.min_amount_yuan {
        out.push_str(&format!(
            "; at least {} yuan",
            super::super::grouped(amount)
        ));
    }
    if let Some(day) = d.issued_on_or_after {
        out.push_str(&format!("; issued on or after {day}"));
    }
    out.push('.');
    if d.need == Need::Conditional && !out.starts_with("Only") {
        out.push_str(" Only if it applies to you.");
    }
    out
}

pub fn step_name(s: StepId) -> &'static str {
    match s {
        StepId::PreliminaryVerification => "Preliminary verification",
        StepId::CollegeEvaluation => "College evaluation",
        StepId::UniversityApproval => "University approval",
        StepId::PublicNotice => "Public notice",
        StepId::Filing => "Confirmation and filing",
        StepId::TransferOutVerification => "Transfer-out verification at the original institution",
        StepId::TransferOutNotice => "Transfer-out public notice",
        StepId::ObjectionDeadline => "Last day to object",
        StepId::ObjectionReview => "Review of the objection",
        StepId::ObjectionAnswer => "Answer to the objection",
    }
}

pub fn step(s: &OfficeStep) -> String {
    let name = step_name(s.step);
    match (s.working_days, s.due) {
        (Some(n), Some(due)) => {
            let days = working_days(n);
            let at = if s.after_open_step {
                "at the earliest "
            } else {
                ""
            };
            format!("{name}: {days} after {}, due {at}{due}.", s.from)
        }
        _ => format!("{name}: no time limit; it follows the next president's office meeting."),
    }
}

pub fn working_days(n: u32) -> String {
    if n == 1 {
        "1 working day".to_owned()
    } else {
        format!("{n} working days")
    }
}

pub fn window(w: &Window) -> String {
    let period = match w.opens {
        Some(opens) => format!("from {opens} to {}", w.closes),
        None => format!("by {}", w.closes),
    };
    if w.submitted_assumed {
        return format!(
            "Hand in your materials {period}. The dates below assume you hand in on the last day, {}: give the day you will hand in to count from it.",
            w.submitted_on
        );
    }
    let status = match w.status {
        WindowStatus::OnTime => "within it",
        WindowStatus::Late => "after it closes",
        WindowStatus::Early => "before it opens",
    };
    format!(
        "Hand in your materials {period}; the day you hand in, {}, is {status}.",
        w.submitted_on
    )
}

pub fn milestone(m: &Milestone) -> String {
    let within = m.period.map(period).unwrap_or_default();
    match m.milestone {
        MilestoneId::GraduationPreVerification => format!("In the semester before you graduate: pre-verification of graduation, answered within {within}."),
        MilestoneId::GraduationVerification => format!("Once every graduation requirement is met: graduation verification within {within}."),
        MilestoneId::ReExamination => format!("Within {within} of enrolling: the university re-examines your record, authentication and research."),
        MilestoneId::CertificatesReverified => "Every semester: your language certificate and authentication report are re-verified.".to_owned(),
    }
}

fn period(d: Duration) -> String {
    let (n, unit) = match d {
        Duration::WorkingDays(n) => return working_days(n),
        Duration::CalendarDays(n) => (n, "day"),
        Duration::Weeks(n) => (n, "week"),
        Duration::Months(n) => (n, "month"),
        Duration::Years(n) => (n, "year"),
    };
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// The notice's name of a holiday, in English.
pub fn holiday(name: &str) -> &str {
    match name {
        "元旦" => "New Year's Day",
        "春节" => "Spring Festival",
        "清明节" => "Qingming Festival",
        "劳动节" => "Labour Day",
        "端午节" => "Dragon Boat Festival",
        "中秋节" => "Mid-Autumn Festival",
        "国庆节" => "National Day",
        "国庆节、中秋节" | "中秋节、国庆节" => "National Day and Mid-Autumn Festival",
        other => other,
    }
}

pub fn cscse(c: &StartBy) -> String {
    format!(
        "Start the CSCSE certification by {}: it takes about {} days and costs {} yuan, according to the published procedure.",
        c.start_by, c.procedure.processing_days, c.procedure.fee_yuan
    )
}

pub fn window_closes() -> &'static str {
    "Last day to hand in your transfer materials"
}

pub fn estimated() -> &'static str {
    "Estimated: the State Council's holiday notice for that year is not yet in the data, so only weekends and the statutory holidays of the Regulations on National Annual Holidays were left out; the further days off and weekend working days its notice will set are not known yet."
}

pub fn estimated_mark() -> &'static str {
    "estimated"
}

pub fn counted_back_from_estimate() -> &'static str {
    "This date counts back from the window's last day, which is estimated: the State Council's holiday notice for that year is not yet in the data."
}
