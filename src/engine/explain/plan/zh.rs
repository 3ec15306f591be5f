//! 计划的中文表述：材料清单、提交期限、各环节和后续节点。

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
        ApplicationForm => "跨校转学生资格认定申请表",
        StudentStatusCertificate => "学籍证明",
        OfficialTranscript => "原校官方成绩单",
        CourseCompatibility => "课程匹配说明材料",
        ChsiReportAndAdmissionRoster => "学信网学籍在线验证报告及高考录取名册",
        HmtAuthenticationAndRanking => "港澳台学历学位认证书及成绩排名证明",
        SinoForeignRecordAndReport => "中外合作办学备案证明及学历认证报告",
        AuthenticationReport => "学历认证报告",
        LanguageCertificate => "语言能力证明",
        FinancialProof => "经济担保证明",
        ResearchAchievements => "科研成果证明",
        SupervisorRecommendation => "原校导师推荐信",
        MajorRecommendationLetter => "专业兴趣与特长推荐材料",
        DiagnosisCertificate => "疾病诊断证明",
        FamilyDifficultyCertificate => "特殊困难证明",
        RevocationAnnouncement => "撤销学位授予权的公告",
        CompletedStudiesStatement => "已完成学业情况说明",
        ClosedInstitutionProofs => "原校已关闭时的在读证明材料",
        ResearchProgressCertificate => "科研进展证明",
        LiteracyCourseMaterials => "素养课程材料",
        EctsTranscriptOfRecords => "ECTS 成绩记录（Transcript of Records）",
        EctsImplementationRules => "原校 ECTS 学分实施细则",
        GpaMethodExplanation => "GPA 计算方法说明",
        PracticeCertificates => "实践或实习证明",
        ContinuousStudyProof => "连续在读证明",
        RetakeExplanation => "重修课程说明",
        ExplanatoryMaterial => "学业成绩特殊说明材料",
        Translations => "翻译件",
    }
}

/// 清单中的一项：材料名称及其须载明的内容。
pub fn document(d: &Document) -> String {
    format!("{}：{}", document_name(d.id), document_shows(d))
}

/// 材料须载明的内容，以及日期和金额。
pub fn document_shows(d: &Document) -> String {
    use DocumentId::*;
    let text = match d.id {
        ApplicationForm => "本人签字，并加盖原校教务处公章（原校已关闭的，由接收学校加盖公章）",
        StudentStatusCertificate => "载明入学时间、专业、学籍状态，并注明“无违纪处分记录”",
        OfficialTranscript => "载明各门课程名称、学分、成绩及成绩评定方式；国际学生须附学历认证报告",
        CourseCompatibility => "已修课程教学大纲（教学目标、教学内容、考核方式）及与拟转入专业培养方案的对照表，素养课程单独说明；国际课程须附中文或英文译本",
        ChsiReportAndAdmissionRoster => "学信网学籍在线验证报告，及加盖省级教育考试机构或原校招生办公章的高考录取名册复印件",
        HmtAuthenticationAndRanking => "学历学位认证书，及载明专业总人数和本人排名的成绩排名证明",
        SinoForeignRecordAndReport => "教育部中外合作办学监管平台备案证明，及项目举办方出具的学历认证报告",
        AuthenticationReport => "由《办法》认可的机构出具，且在有效期内",
        LanguageCertificate => "雅思、托福、PTE 或汉语水平考试成绩，在考试机构规定的有效期内；免试证明可作为语言能力证明",
        FinancialProof => "足以支付至少一学年的学费和生活费",
        ResearchAchievements => "论文附检索报告、期刊封面和目录，专利附专利证书复印件，均须经原校导师签字确认",
        SupervisorRecommendation => "说明学术能力、科研进展及转学的合理性；国际学生须附译本",
        MajorRecommendationLetter => "证明本人对拟转入专业确有兴趣和专长",
        DiagnosisCertificate => "由二级甲等及以上医院出具，含治疗建议及“不适宜在原校学习”的结论",
        FamilyDifficultyCertificate => "由户籍所在地街道办事处或乡镇人民政府出具，并附低保证明、重大疾病诊断证明等佐证材料",
        RevocationAnnouncement => "省级及以上教育行政部门发布的正式公告复印件（加盖公章）",
        CompletedStudiesStatement => "由原校（或接收学校）出具，载明已完成学分比例、未修课程清单及无法授予学位的原因",
        ClosedInstitutionProofs => "仅在原校已关闭时提供：学费缴费凭证、在读期间学生证复印件等",
        ResearchProgressCertificate => "载明科研进展情况，适用于原校被撤销学位授予权的研究生",
        LiteracyCourseMaterials => "每门素养课程的教学大纲及考核方式，供学院确认是否符合要求",
        EctsTranscriptOfRecords => "ECTS 成绩记录",
        EctsImplementationRules => "原校授予 ECTS 学分的实施细则",
        GpaMethodExplanation => "原校 GPA 的计算方法",
        PracticeCertificates => "每门实践或实习课程的证明",
        ContinuousStudyProof => "证明学业未曾中断，较早的课程仍可计入",
        RetakeExplanation => "说明哪些本科课程成绩为重修成绩",
        ExplanatoryMaterial => "说明学业成绩低于标准原因的材料",
        Translations => "仅适用于非中文、非英文的材料：逐份提供译本",
    };
    let mut out = text.to_owned();
    if let Some(amount) = d.min_amount_yuan {
        out.push_str(&format!("；金额不少于 {amount} 元"));
    }
    if let Some(day) = d.issued_on_or_after {
        out.push_str(&format!("；开具日期不早于 {day}"));
    }
    out.push('。');
    if d.need == Need::Conditional && !out.starts_with("仅") {
        out.push_str("仅在适用于您时提供。");
    }
    out
}

pub fn step_name(s: StepId) -> &'static str {
    match s {
        StepId::PreliminaryVerification => "材料初审",
        StepId::CollegeEvaluation => "学院评估",
        StepId::UniversityApproval => "学校审批",
        StepId::PublicNotice => "公示",
        StepId::Filing => "资格确认与备案",
        StepId::TransferOutVerification => "原校转出审核",
        StepId::TransferOutNotice => "转出公示",
        StepId::ObjectionDeadline => "提出异议的最后一天",
        StepId::ObjectionReview => "异议复核",
        StepId::ObjectionAnswer => "复核结果反馈",
    }
}

pub fn step(s: &OfficeStep) -> String {
    let name = step_name(s.step);
    match (s.working_days, s.due) {
        (Some(n), Some(due)) => {
            let at = if s.after_open_step { "最早" } else { "" };
            format!("{name}：自 {} 起 {n} 个工作日，{at}于 {due} 届满。", s.from)
        }
        _ => format!("{name}：无时限，随下一次校长办公会进行。"),
    }
}

pub fn working_days(n: u32) -> String {
    format!("{n} 个工作日")
}

pub fn window(w: &Window) -> String {
    let period = match w.opens {
        Some(opens) => format!("{opens} 至 {}", w.closes),
        None => format!("{} 之前（含当日）", w.closes),
    };
    if w.submitted_assumed {
        return format!(
            "请于 {period} 提交材料。以下日期假定您在最后一天（{}）提交；填写您的提交日期即可据此推算。",
            w.submitted_on
        );
    }
    let status = match w.status {
        WindowStatus::OnTime => "在期限内",
        WindowStatus::Late => "已过截止日期",
        WindowStatus::Early => "早于开始日期",
    };
    format!(
        "请于 {period} 提交材料；您的提交日期 {} {status}。",
        w.submitted_on
    )
}

pub fn milestone(m: &Milestone) -> String {
    let within = m.period.map(period).unwrap_or_default();
    match m.milestone {
        MilestoneId::GraduationPreVerification => {
            format!("毕业前一学期：提交毕业预审，教务处在 {within}内出具意见。")
        }
        MilestoneId::GraduationVerification => {
            format!("完成全部毕业要求后：毕业审核在 {within}内完成。")
        }
        MilestoneId::ReExamination => {
            format!("入学后 {within}内：学校复查您的学业成绩、学历认证和科研成果。")
        }
        MilestoneId::CertificatesReverified => {
            "每学期：复核您的语言能力证明和学历认证报告。".to_owned()
        }
    }
}

fn period(d: Duration) -> String {
    match d {
        Duration::WorkingDays(n) => working_days(n),
        Duration::CalendarDays(n) => format!("{n} 天"),
        Duration::Weeks(n) => format!("{n} 周"),
        Duration::Months(n) => format!("{n} 个月"),
        Duration::Years(n) => format!("{n} 年"),
    }
}

/// 节假日名称，按通知原文。
pub fn holiday(name: &str) -> &str {
    name
}

pub fn cscse(c: &StartBy) -> String {
    format!(
        "请于 {} 之前开始办理留学服务中心学历认证：据公布的办理流程，约需 {} 天，费用 {} 元。",
        c.start_by, c.procedure.processing_days, c.procedure.fee_yuan
    )
}

pub fn window_closes() -> &'static str {
    "转学材料提交截止日"
}

pub fn estimated() -> &'static str {
    "估算：数据中尚无国务院办公厅该年度节假日安排通知，仅扣除了周末和《全国年节及纪念日放假办法》规定的法定节假日；该通知另行安排的休息日和调休上班日尚不可知。"
}

pub fn estimated_mark() -> &'static str {
    "估算"
}

pub fn counted_back_from_estimate() -> &'static str {
    "此日期由提交期限的最后一天倒推得出，而该日为估算：数据中尚无国务院办公厅该年度节假日安排通知。"
}
