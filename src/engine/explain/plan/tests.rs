//! One test per sentence shape of the plan, in both languages.

use crate::engine::case::date::Date;
use crate::engine::case::DocumentId;
use crate::engine::cscse;
use crate::engine::explain;
use crate::engine::planning::calendar::Skipped;
use crate::engine::planning::documents::{Document, Need};
use crate::engine::planning::timeline::{
    Milestone, MilestoneId, OfficeStep, StepId, Window, WindowStatus,
};
use crate::engine::rules::cite::Cite;
use crate::engine::rules::policy::Duration;
use crate::lang::Lang;

fn d(s: &str) -> Date {
    Date::parse(s).unwrap()
}

fn document(id: DocumentId, need: Need) -> Document {
    Document {
        id,
        cite: Cite::A9_1_1,
        cites: Vec::new(),
        need,
        because: Vec::new(),
        issued_on_or_after: None,
        min_amount_yuan: None,
        ruling: None,
    }
}

#[test]
fn every_document_has_a_name_and_what_it_shows_in_both_languages() {
    for id in DocumentId::ALL {
        for lang in [Lang::En, Lang::Zh] {
            let doc = document(id, Need::Required);
            assert!(!explain::document_name(id, lang).is_empty());
            let shows = explain::document_shows(&doc, lang);
            assert!(shows.ends_with(['.', '。']), "{shows}");
        }
    }
}

#[test]
fn a_document_message_is_its_name_and_what_it_shows() {
    let doc = document(DocumentId::ApplicationForm, Need::Required);
    assert_eq!(
        explain::document(&doc, Lang::En),
        "Application form for transfer qualification recognition: Signed by you and sealed by the \
         original institution's academic affairs office (by the institution that took it over, if it \
         has closed)."
    );
    assert_eq!(
        explain::document(&doc, Lang::Zh),
        "跨校转学生资格认定申请表：本人签字，并加盖原校教务处公章（原校已关闭的，由接收学校加盖公章）。"
    );
}

#[test]
fn the_financial_proofs_amount() {
    let mut doc = document(DocumentId::FinancialProof, Need::Required);
    doc.min_amount_yuan = Some(45_000);
    assert_eq!(
        explain::document_shows(&doc, Lang::En),
        "Money for at least one academic year of tuition and living costs; at least 45,000 yuan."
    );
    assert_eq!(
        explain::document_shows(&doc, Lang::Zh),
        "足以支付至少一学年的学费和生活费；金额不少于 45000 元。"
    );
}

#[test]
fn the_diagnosis_certificates_date() {
    let mut doc = document(DocumentId::DiagnosisCertificate, Need::Required);
    doc.issued_on_or_after = Some(d("2026-09-08"));
    assert!(explain::document_shows(&doc, Lang::En).ends_with("; issued on or after 2026-09-08."));
    assert!(explain::document_shows(&doc, Lang::Zh).ends_with("；开具日期不早于 2026-09-08。"));
}

#[test]
fn a_conditional_document_says_so_once() {
    let translations = document(DocumentId::Translations, Need::Conditional);
    assert_eq!(
        explain::document_shows(&translations, Lang::En),
        "Only for papers neither in Chinese nor in English: a translation of each."
    );
    let proofs = document(DocumentId::ClosedInstitutionProofs, Need::Conditional);
    assert!(explain::document_shows(&proofs, Lang::Zh).starts_with("仅在原校已关闭时"));
    let mut other = document(DocumentId::ContinuousStudyProof, Need::Conditional);
    other.need = Need::Conditional;
    assert!(explain::document_shows(&other, Lang::En).ends_with("Only if it applies to you."));
    assert!(explain::document_shows(&other, Lang::Zh).ends_with("仅在适用于您时提供。"));
}

fn step(working_days: Option<u32>, after_open_step: bool) -> OfficeStep {
    OfficeStep {
        step: StepId::PublicNotice,
        cite: Cite::A10_3_3,
        working_days,
        from: d("2026-10-09"),
        due: working_days.map(|_| d("2026-10-15")),
        estimated: false,
        after_open_step,
        skipped: Skipped::default(),
        ruling: None,
    }
}

#[test]
fn steps_with_a_limit_without_one_and_at_the_earliest() {
    let check = |s: &OfficeStep, en: &str, zh: &str| {
        assert_eq!(explain::step(s, Lang::En), en);
        assert_eq!(explain::step(s, Lang::Zh), zh);
    };
    check(
        &step(Some(5), false),
        "Public notice: 5 working days after 2026-10-09, due 2026-10-15.",
        "公示：自 2026-10-09 起 5 个工作日，于 2026-10-15 届满。",
    );
    check(
        &step(Some(5), true),
        "Public notice: 5 working days after 2026-10-09, due at the earliest 2026-10-15.",
        "公示：自 2026-10-09 起 5 个工作日，最早于 2026-10-15 届满。",
    );
    let approval = OfficeStep {
        step: StepId::UniversityApproval,
        ..step(None, false)
    };
    check(
        &approval,
        "University approval: no time limit; it follows the next president's office meeting.",
        "学校审批：无时限，随下一次校长办公会进行。",
    );
    assert_eq!(explain::working_days(1, Lang::En), "1 working day");
}

#[test]
fn the_window_in_each_status() {
    let window = |opens: Option<&str>, status| Window {
        cite: Cite::A9_3_1,
        opens: opens.map(d),
        closes: d("2026-09-21"),
        nominal_close: d("2026-09-21"),
        submitted_on: d("2026-09-18"),
        submitted_assumed: false,
        status,
        estimated: false,
        skipped: Skipped::default(),
    };
    let on_time = window(Some("2026-09-07"), WindowStatus::OnTime);
    assert_eq!(
        explain::window(&on_time, Lang::En),
        "Hand in your materials from 2026-09-07 to 2026-09-21; the day you hand in, 2026-09-18, is within it."
    );
    assert_eq!(
        explain::window(&on_time, Lang::Zh),
        "请于 2026-09-07 至 2026-09-21 提交材料；您的提交日期 2026-09-18 在期限内。"
    );
    let late = window(None, WindowStatus::Late);
    assert_eq!(
        explain::window(&late, Lang::En),
        "Hand in your materials by 2026-09-21; the day you hand in, 2026-09-18, is after it closes."
    );
    assert!(explain::window(&late, Lang::Zh).contains("2026-09-21 之前（含当日）"));
    let early = window(Some("2026-09-07"), WindowStatus::Early);
    assert!(explain::window(&early, Lang::En).ends_with("is before it opens."));
    assert!(explain::window(&early, Lang::Zh).ends_with("早于开始日期。"));
    // With no day of handing in, the words say what the dates assume, not that it is the applicant's.
    let assumed = Window {
        submitted_on: d("2026-09-21"),
        submitted_assumed: true,
        ..window(Some("2026-09-07"), WindowStatus::OnTime)
    };
    assert_eq!(
        explain::window(&assumed, Lang::En),
        "Hand in your materials from 2026-09-07 to 2026-09-21. The dates below assume you hand in on the last day, 2026-09-21: give the day you will hand in to count from it."
    );
    assert_eq!(
        explain::window(&assumed, Lang::Zh),
        "请于 2026-09-07 至 2026-09-21 提交材料。以下日期假定您在最后一天（2026-09-21）提交；填写您的提交日期即可据此推算。"
    );
}

#[test]
fn later_milestones_read_their_periods() {
    let m = |milestone, period| Milestone {
        milestone,
        cite: Cite::A13_1,
        period,
    };
    let pre = m(
        MilestoneId::GraduationPreVerification,
        Some(Duration::WorkingDays(10)),
    );
    assert_eq!(
        explain::milestone(&pre, Lang::En),
        "In the semester before you graduate: pre-verification of graduation, answered within 10 working days."
    );
    assert_eq!(
        explain::milestone(&pre, Lang::Zh),
        "毕业前一学期：提交毕业预审，教务处在 10 个工作日内出具意见。"
    );
    let re = m(MilestoneId::ReExamination, Some(Duration::Months(1)));
    assert!(explain::milestone(&re, Lang::En).starts_with("Within 1 month of enrolling"));
    assert!(explain::milestone(&re, Lang::Zh).starts_with("入学后 1 个月内"));
    let every = m(MilestoneId::CertificatesReverified, None);
    assert!(explain::milestone(&every, Lang::En).starts_with("Every semester"));
    let done = m(
        MilestoneId::GraduationVerification,
        Some(Duration::WorkingDays(15)),
    );
    assert!(explain::milestone(&done, Lang::Zh).contains("15 个工作日内"));
}

#[test]
fn holidays_in_english_and_as_the_notice_names_them() {
    assert_eq!(explain::holiday("春节", Lang::En), "Spring Festival");
    assert_eq!(explain::holiday("国庆节", Lang::En), "National Day");
    assert_eq!(explain::holiday("春节", Lang::Zh), "春节");
    assert_eq!(explain::holiday("某节", Lang::En), "某节");
}

#[test]
fn the_cscse_start_by_day() {
    let c = cscse::start_by(d("2027-01-22"), Some(21));
    assert_eq!(
        explain::cscse(&c, Lang::En),
        "Start the CSCSE certification by 2026-12-02: it takes about 30 days and costs 360 yuan, according to the published procedure."
    );
    assert_eq!(
        explain::cscse(&c, Lang::Zh),
        "请于 2026-12-02 之前开始办理留学服务中心学历认证：据公布的办理流程，约需 30 天，费用 360 元。"
    );
}
