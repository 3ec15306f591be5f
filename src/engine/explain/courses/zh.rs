//! Why a course was or was not recognized, in Chinese.

use super::super::words::zh::{grade, kind, literacy_category, nature};
use super::super::{percent, rate};
use crate::engine::courses::{CourseDetail, CourseFact, CourseReason};
use crate::engine::credits::{Conversion, HoursSource};
use crate::engine::fixed::Fixed;

pub fn course_fact(f: CourseFact) -> &'static str {
    match f {
        CourseFact::OfficialTranscript => "是否有加盖公章的正式成绩单",
        CourseFact::Translation => "是否为中英文或附有翻译件",
        CourseFact::RegularInstitution => "是否来自正规高等学校",
        CourseFact::CompletedOn => "修读完成日期",
        CourseFact::Grade => "成绩",
        CourseFact::Credits => "学分",
        CourseFact::Nature => "课程性质（必修/选修）",
        CourseFact::MatchNature => "对应课程的性质",
        CourseFact::Overlap => "与对应课程的知识点重合率",
        CourseFact::Hours => "学时（或周学时及周数）",
        CourseFact::MatchHours => "对应课程的学时",
        CourseFact::Level => "学历层次",
        CourseFact::LiteracyCategory => "素养课程类别",
        CourseFact::LiteracyContent => "教学内容是否符合该类别要求",
        CourseFact::LiteracyAssessment => "考核要求是否达到",
    }
}

pub fn course_reason(r: &CourseReason) -> String {
    match &r.detail {
        CourseDetail::Unknown { fact } => format!("未填写：{}；由学院核实。", course_fact(*fact)),
        CourseDetail::NoOfficialTranscript => "无加盖教务部门公章、注明课程名称及学分的正式成绩单。".to_owned(),
        CourseDetail::NotTranslated => "非中英文材料且未附公证处或认证机构的翻译件。".to_owned(),
        CourseDetail::IrregularInstitution => "非正规高等学校（如职业培训学校、语言学校）颁发的学分不予认定。".to_owned(),
        CourseDetail::Expired { completed_on, limit, years } => format!("于{}修读完成，距申请已超过{}年（期限至{}），且无持续学习证明。", completed_on, years, limit),
        CourseDetail::FailingGrade { grade: g, pass, .. } => format!("成绩{}，低于{}分或同等及格标准。", grade(*g), pass),
        CourseDetail::Retake { postgraduate: false } => "补考或重修后通过：附原学校说明后，本科生可由委员会酌情认定（R7）。".to_owned(),
        CourseDetail::Retake { postgraduate: true } => "补考或重修后通过：研究生不予认定（R7）。".to_owned(),
        CourseDetail::FailedBeforeRevocation => "原学校在被撤销学位授予权前已认定为不及格。".to_owned(),
        CourseDetail::NoMatch => "转入专业培养方案中没有对应课程，学分暂不计入；学院仍可对其进行评估（A10.2.2.a）。".to_owned(),
        CourseDetail::NatureDiffers { course, receiving } => format!("该课程为{}课，而对应课程为{}课：课程性质须一致。", nature(*course), nature(*receiving)),
        CourseDetail::OverlapBelow { overlap, min, .. } => format!("知识点重合率{}，低于{}的要求。", rate(*overlap), rate(*min)),
        CourseDetail::OverlapRelaxed { overlap, min, relaxed, .. } => format!("知识点重合率{}，低于{}，但不低于原学校被撤销学位授予权时放宽的{}：须经学术委员会表决，同意票不少于2/3（R6）。", rate(*overlap), rate(*min), rate(*relaxed)),
        CourseDetail::HoursBelow { hours, source, receiving, min_ratio } => format!("{}为对应课程{}学时的{}，低于{}的要求；按实际学时比较（R6）。", hours_text(*hours, *source), receiving, percent(*hours, *receiving), rate(*min_ratio)),
        CourseDetail::PracticeCertificate => "已完成的实践类课程，提供了实习单位证明及成果报告：直接认定学分。".to_owned(),
        CourseDetail::Matched { title, overlap, hours, receiving_hours } => {
            let title = title.as_deref().unwrap_or("对应课程");
            format!("对应{}：课程性质一致，知识点重合率{}，学时{}/{}。", title, rate(*overlap), hours, receiving_hours)
        }
        CourseDetail::Passed { grade: g } => format!("成绩{}，达到及格标准。", grade(*g)),
        CourseDetail::Converted { from, conversion, credits } => match conversion {
            Conversion::Ects { factor } => format!("{} ECTS × {} = {}学分。", from, factor, credits),
            Conversion::Hours { kind: k, from: h_from, to } => format!("{}学分 × {}学时 / {}学时（{}）= {}学分，保留一位小数（R5）。", from, h_from, to, kind(*k), credits),
            Conversion::OneToOne => format!("{}学分按1:1认定，因双方每学分学时标准未全部知晓（R5）。", credits),
        },
        CourseDetail::LiteracyTooFewCredits { credits, min, .. } => format!("换算后{}学分，低于素养课程要求的{}学分。", credits, min),
        CourseDetail::LiteracyContent => "教学内容不符合该类别要求。".to_owned(),
        CourseDetail::LiteracyAssessment => "未达到考核要求（课程论文、实践环节或项目）。".to_owned(),
        CourseDetail::LiteracySubstitutes { category, credits, category_max } => format!("作为{}课程，替代思政课{credits}学分（该类别最多{category_max}学分）（R8）。", literacy_category(*category)),
        CourseDetail::LiteracyCapped { substituted, cap } => format!("仅计{}学分：本情形素养课程替代学分上限为{}学分（R8）。", substituted, cap),
    }
}

fn hours_text(hours: Fixed, source: HoursSource) -> String {
    match source {
        HoursSource::Written => format!("{}学时", hours),
        HoursSource::WeeklyTimesWeeks { weekly, weeks } => {
            format!("{}学时（周学时{} × {}周）", hours, weekly, weeks)
        }
        HoursSource::EctsCredits {
            credits,
            per_credit,
        } => format!("{}学时（{} ECTS × {}学时）", hours, credits, per_credit),
    }
}
