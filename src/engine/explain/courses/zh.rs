//! Why a course was or was not recognized, in Chinese.

use super::super::words::zh::{grade, kind, literacy_category, nature};
use super::super::{needed_hours, percent, rate};
use crate::engine::case::fixed::Fixed;
use crate::engine::rules::courses::{CourseDetail, CourseFact, CourseReason, Gauge};
use crate::engine::rules::credits::{Conversion, HoursSource};
use crate::lang::Lang;

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
        CourseDetail::Unknown { fact } => format!("未填写：{fact}；由学院核实。", fact = course_fact(*fact)),
        CourseDetail::NoOfficialTranscript => "无加盖教务部门公章、注明课程名称及学分的正式成绩单。".to_owned(),
        CourseDetail::NotTranslated => "非中英文材料且未附公证处或认证机构的翻译件。".to_owned(),
        CourseDetail::IrregularInstitution => "非正规高等学校（如职业培训学校、语言学校）颁发的学分不予认定。".to_owned(),
        CourseDetail::Expired { completed_on, limit, years } => format!("于{completed_on}修读完成，距申请已超过{years}年（期限至{limit}），且无持续学习证明。"),
        CourseDetail::FailingGrade { grade: g, pass, .. } => format!("成绩{grade}，低于{pass}分或同等及格标准。", grade = grade(*g)),
        CourseDetail::Retake { postgraduate: false } => "补考或重修后通过：附原学校说明后，本科生可由委员会酌情认定（R7）。".to_owned(),
        CourseDetail::Retake { postgraduate: true } => "补考或重修后通过：研究生不予认定（R7）。".to_owned(),
        CourseDetail::FailedBeforeRevocation => "原学校在被撤销学位授予权前已认定为不及格。".to_owned(),
        CourseDetail::NoMatch => "转入专业培养方案中没有对应课程，学分暂不计入；学院仍可对其进行评估（A10.2.2.a）。".to_owned(),
        CourseDetail::NatureDiffers { course, receiving } => format!("该课程为{course}课，而对应课程为{receiving}课：课程性质须一致。", course = nature(*course), receiving = nature(*receiving)),
        CourseDetail::OverlapBelow { overlap, min, .. } => format!("知识点重合率{overlap}，低于{min}的要求。", overlap = rate(*overlap), min = rate(*min)),
        CourseDetail::OverlapRelaxed { overlap, min, relaxed, .. } => format!("知识点重合率{overlap}，低于{min}，但不低于原学校被撤销学位授予权时放宽的{relaxed}：须经学术委员会表决，同意票不少于2/3（R6）。", overlap = rate(*overlap), min = rate(*min), relaxed = rate(*relaxed)),
        CourseDetail::HoursBelow { hours, source, receiving, min_ratio } => format!("{hours}为对应课程{receiving}学时的{share}，低于{min_ratio}的要求；按实际学时比较（R6）。", hours = hours_text(*hours, *source), share = percent(*hours, *receiving, *min_ratio), min_ratio = rate(*min_ratio)),
        CourseDetail::PracticeCertificate => "已完成的实践类课程，提供了实习单位证明及成果报告：直接认定学分。".to_owned(),
        CourseDetail::OverlapCounted { covered, total, overlap } => format!("按学院规定的方法以对应课程的知识点计算重合率：所涵盖知识点权重 {covered}，全部 {total}，重合率{overlap}。", overlap = rate(*overlap)),
        CourseDetail::Matched { title, overlap, hours, receiving_hours } => {
            let title = title.as_ref().map_or("对应课程", |t| t.get(Lang::Zh));
            format!("对应{title}：课程性质一致，知识点重合率{overlap}，学时{hours}/{receiving_hours}。", overlap = rate(*overlap))
        }
        CourseDetail::Passed { grade: g } => format!("成绩{grade}，达到及格标准。", grade = grade(*g)),
        CourseDetail::Converted { from, conversion, credits } => match conversion {
            Conversion::Ects { factor } => format!("{from} ECTS × {factor} = {credits}学分。"),
            Conversion::Hours { kind: k, from: h_from, to } => format!("{from}学分 × {h_from}学时 / {to}学时（{kind}）= {credits}学分，保留一位小数（R5）。", kind = kind(*k)),
            Conversion::OneToOne => format!("{credits}学分按1:1认定，因双方每学分学时标准未全部知晓（R5）。"),
        },
        CourseDetail::LiteracyTooFewCredits { credits, min, .. } => format!("换算后{credits}学分，低于素养课程要求的{min}学分。"),
        CourseDetail::LiteracyContent => "教学内容不符合该类别要求。".to_owned(),
        CourseDetail::LiteracyAssessment => "未达到考核要求（课程论文、实践环节或项目）。".to_owned(),
        CourseDetail::LiteracySubstitutes { category, credits, category_max } => format!("作为{category}课程，替代思政课{credits}学分（该类别最多{category_max}学分）（R8）。", category = literacy_category(*category)),
        CourseDetail::LiteracyRemainder { remainder } => format!("本课程其余{remainder}学分不计入：素养课程学分仅用于替代，且以上限为限。"),
        CourseDetail::LiteracyCapped { substituted, cap } => format!("仅计{substituted}学分：本情形素养课程替代学分上限为{cap}学分（R8）。"),
    }
}

fn hours_text(hours: Fixed, source: HoursSource) -> String {
    match source {
        HoursSource::Written => format!("{hours}学时"),
        HoursSource::WeeklyTimesWeeks { weekly, weeks } => {
            format!("{hours}学时（周学时{weekly} × {weeks}周）")
        }
        HoursSource::EctsCredits {
            credits,
            per_credit,
        } => format!("{hours}学时（{credits} ECTS × {per_credit}学时）"),
    }
}

/// 对照 A6.2.1（被撤销院校学生另对照 A6.2.4.a）的重合率下限，随勾选的知识点而变。
pub fn gauge_overlap(g: &Gauge) -> String {
    let min = format!(
        "至少需要{}（{}）",
        rate(g.min_overlap.value),
        g.min_overlap.cite.id()
    );
    let vote = g
        .vote_from
        .map(|v| {
            format!(
                "；不足{}但不低于{}的，由学术委员会表决（{}）",
                rate(g.min_overlap.value),
                rate(v.value),
                v.cite.id()
            )
        })
        .unwrap_or_default();
    match (g.overlap, g.counted) {
        (Some((overlap, _)), Some(c)) => format!(
            "重合率{}：已勾选的知识点权重合计{}（共{}）；{min}{vote}。",
            rate(overlap),
            c.covered,
            c.total
        ),
        (Some((overlap, _)), None) => format!("重合率{}：{min}{vote}。", rate(overlap)),
        (None, _) => format!("重合率尚无法判断：{min}{vote}。"),
    }
}

/// 课程学时对照 A6.2.1 所要求的接收课程学时比例。
pub fn gauge_hours(g: &Gauge) -> String {
    let ratio = g.min_hours_ratio;
    match (g.hours, g.receiving_hours) {
        (Some(hours), Some(receiving)) => format!(
            "学时{hours}，接收课程为{receiving}学时：至少需要其{}，即{}学时（{}）。",
            rate(ratio.value),
            needed_hours(receiving, ratio.value),
            ratio.cite.id()
        ),
        (None, Some(receiving)) => format!(
            "尚未填写您课程的学时：至少需要接收课程{receiving}学时的{}，即{}学时（{}）。",
            rate(ratio.value),
            needed_hours(receiving, ratio.value),
            ratio.cite.id()
        ),
        (_, None) => format!(
            "接收课程的学时未给出：您的课程学时须至少为其{}（{}）。",
            rate(ratio.value),
            ratio.cite.id()
        ),
    }
}
