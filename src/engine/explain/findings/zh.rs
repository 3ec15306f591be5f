//! The eligibility findings, in Chinese.

use super::super::words::zh::{body, grade, level, route, test};
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
        Fact::Route => "转学类型（生源）",
        Fact::Level => "学历层次",
        Fact::Revoked => "原学校是否被撤销学位授予权",
        Fact::SemestersCompleted => "已修读学期数",
        Fact::InFinalYear => "是否已进入毕业学年",
        Fact::Status => "学籍状态",
        Fact::DisciplinaryRecord => "是否受过纪律处分",
        Fact::Reason => "转学理由",
        Fact::Quota => "转入专业是否有招生计划余额",
        Fact::SpecialEnrollment => "是否通过特殊类型招生录取",
        Fact::FromLowerLevel => "是否由低学历层次转入",
        Fact::ExplanatoryMaterial => "是否有特殊说明材料",
        Fact::EntranceScore => "高考成绩",
        Fact::EntranceCutoff => "转入专业录取分数线",
        Fact::Performance => "平均成绩",
        Fact::Papers => "发表论文情况",
        Fact::AdmissionStandard => "原专业录取标准是否不低于转入学校",
        Fact::CompletedCredits => "已修学分",
        Fact::OriginalTotalCredits => "原专业毕业总学分",
        Fact::RevocationDocument => "是否有撤销学位授予权的正式文件",
        Fact::CompletedStudiesCertificate => "是否有已完成学业证明",
        Fact::ResearchProgressCertificate => "是否有科研进展证明",
        Fact::AuthenticationBody => "认证机构",
        Fact::AuthenticationConsistent => "认证内容是否与学籍信息一致",
        Fact::TeachingLanguage => "转入专业的授课语言",
        Fact::EnglishSpeakingCountry => "是否来自英语国家",
        Fact::ExemptionCertificate => "是否有语言免试证明",
        Fact::LanguageTests => "语言考试成绩",
    }
}

pub fn finding(f: &Finding, p: &Policy) -> String {
    let o = f.outcome;
    match &f.detail {
        Detail::Missing { fact: x } => format!("尚未填写：{fact}。", fact = fact(*x)),
        Detail::NotApplicable { because } => not_applicable(*because).to_owned(),
        Detail::Semesters { completed, min } => match o {
            Outcome::Pass => format!("已修读{completed}个学期（不含休学、保留学籍期间），不少于要求的{min}个。"),
            _ => format!("已修读{completed}个学期；须在原学校至少修读{min}个学期。"),
        },
        Detail::FinalYear { .. } => match o {
            Outcome::Pass => "尚未进入毕业学年。".to_owned(),
            _ => "已进入毕业学年的学生不能转学。".to_owned(),
        },
        Detail::Status { status } => status_text(*status),
        Detail::Discipline { record } => if *record {
            "受过警告及以上纪律处分的，不能转学。".to_owned()
        } else {
            "未受过警告及以上纪律处分。".to_owned()
        },
        Detail::Reason { reason, revoked } => reason_text(*reason, *revoked),
        Detail::Quota { has_quota } => if *has_quota {
            "转入专业尚有招生计划余额。".to_owned()
        } else {
            "转入专业没有招生计划余额。".to_owned()
        },
        Detail::SpecialEnrollment { special } => if *special {
            "通过定向、少数民族预科、国家及地方专项计划等特殊类型招生录取的学生不能转学。".to_owned()
        } else {
            "非特殊类型招生录取。".to_owned()
        },
        Detail::LowerLevel { lower } => if *lower {
            "不能由低学历层次（如专科）转入高学历层次。".to_owned()
        } else {
            "非由低学历层次转入。".to_owned()
        },
        Detail::EntranceExam { score, cutoff } => match o {
            Outcome::Pass => format!("高考成绩{score}分，不低于转入专业录取分数{cutoff}分。"),
            _ => format!("高考成绩{score}分，低于转入专业录取分数{cutoff}分。"),
        },
        Detail::Average { grade: g, minimum, meets, explanatory_material, a7_2_band, .. } => {
            let mut s = average_text(*g, *minimum, *meets);
            if *a7_2_band {
                let (from, min) = (p.a7_2_undergraduate_band_from.value, p.ug_min_gpa_international.value);
                s.push_str(&format!("表A7.2将GPA {from}-{min}列为本科生可转学，但以A4.3.1.b规定的{min}为准。"));
            }
            if !meets {
                s.push_str(&explanatory(*explanatory_material, f));
            }
            s
        }
        Detail::AverageToConvert { grade: g, .. } => format!("平均成绩{grade}所用的计分制不在A4.3.1.b所列（仅列4.0制GPA和ECTS等级）之内，由委员会换算认定。", grade = grade(*g)),
        Detail::Postgraduate(d) => postgraduate_text(d, f),
        Detail::AdmissionStandard { not_lower } => if *not_lower {
            "原专业录取标准不低于转入学校。".to_owned()
        } else {
            "原专业录取标准低于转入学校。".to_owned()
        },
        Detail::RevokedRatio { completed, total, min, level: l } => {
            let share = percent(*completed, *total, *min);
            match o {
                Outcome::Pass => format!("已修{completed}学分，占原专业总学分{total}的{share}，不低于{level}要求的{min}。", min = rate(*min), level = level(*l)),
                _ => format!("已修{completed}学分，占原专业总学分{total}的{share}，低于{level}要求的{min}。", min = rate(*min), level = level(*l)),
            }
        }
        Detail::Document { document, provided } => document_text(*document, *provided),
        Detail::Authentication { route: r, body: b, listed, consistent } => authentication_text(*r, *b, *listed, *consistent, p),
        Detail::Language(d) => language_text(d, o, p),
    }
}

fn not_applicable(b: Because) -> &'static str {
    match b {
        Because::Postgraduate => "仅适用于本科生。",
        Because::InternationalRoute => "不适用于国际转学（R14）。",
        Because::NotMaster => "仅适用于硕士研究生。",
        Because::NotRevoked => "仅适用于原学校被撤销学位授予权的情形。",
        Because::Undergraduate => "仅适用于研究生。",
        Because::NotInternational => "仅适用于国际转学。",
    }
}

fn status_text(s: Status) -> String {
    match s {
        Status::Normal => "学籍状态正常。",
        Status::Suspended => "处于休学状态的学生不能转学。",
        Status::AdmissionRetained => "处于保留入学资格状态的学生不能转学。",
        Status::ExpulsionProposed => "原学校拟给予开除学籍处分的，不能转学。",
        Status::Expelled => "原学校已作出开除学籍决定的，不能转学。",
    }
    .to_owned()
}

fn reason_text(r: Reason, revoked: bool) -> String {
    match r {
        Reason::Health => "健康原因：需提供二级甲等及以上医院近6个月内出具的诊断证明。",
        Reason::Family => "家庭特殊困难：需提供户籍所在地街道办或乡镇政府出具的证明。",
        Reason::Academic => "学业发展需要：需提供原学校专业负责人推荐信及专业适配说明。",
        Reason::Revoked if revoked => "原学校被撤销学位授予权。",
        Reason::Revoked => "以“原学校被撤销学位授予权”为理由的，原学校须确已被撤销学位授予权。",
    }
    .to_owned()
}

fn average_text(g: Grade, min: Grade, meets: bool) -> String {
    let (average, min) = (grade(g), grade(min));
    let mut s = if meets {
        format!("平均成绩{average}，达到{min}的最低要求。")
    } else {
        format!("平均成绩{average}，低于{min}的最低要求。")
    };
    if matches!(g, Grade::Ects(_)) {
        s.push_str(ECTS_NOTE);
    }
    s
}

/// R2: the discrepancy between A4.3.1.b and Table A7.1.2 is always pointed out for ECTS averages.
const ECTS_NOTE: &str =
    "以等级字母为准：A4.3.1.b将“C”对应为60-69分，而表A7.1.2将C换算为70-79分、D为60-69分。";

/// R4 (A5.6); cited here only where the finding does not carry the citations itself.
fn explanatory(material: Option<bool>, f: &Finding) -> String {
    let cite = if carries(f, "R4") && carries(f, "A5.6") {
        ""
    } else {
        "（R4、A5.6）"
    };
    match material {
        Some(true) => format!("有特殊说明材料的，由委员会研究决定{cite}。"),
        Some(false) => format!("无特殊说明材料的，不能转学{cite}。"),
        None => format!("请说明是否有特殊说明材料{cite}。"),
    }
}

fn postgraduate_text(d: &PostgraduateDetail, f: &Finding) -> String {
    let doctoral = d.level == Level::Doctoral;
    let papers = if doctoral {
        format!("{min_papers}篇及以上以第一作者发表、被Web of Science核心合集收录的相关领域论文（至少{min_high_impact_papers}篇影响因子不低于{min_impact_factor}）", min_papers = d.min_papers, min_high_impact_papers = d.min_high_impact_papers, min_impact_factor = d.min_impact_factor)
    } else {
        format!("{min_papers}篇以第一作者发表、被Web of Science核心合集收录且影响因子不低于{min_impact_factor}的论文", min_papers = d.min_papers, min_impact_factor = d.min_impact_factor)
    };
    let gpa_part = match d.grade {
        Some(Grade::Gpa4(v)) if v >= d.min_gpa => {
            format!(
                "GPA {v}，达到{level}{min_gpa}的最低要求。",
                level = level(d.level),
                min_gpa = d.min_gpa
            )
        }
        Some(Grade::Gpa4(v)) => {
            format!(
                "GPA {v}，低于{level}{min_gpa}的最低要求。",
                level = level(d.level),
                min_gpa = d.min_gpa
            )
        }
        Some(g) => format!(
            "平均成绩{grade}不是研究生标准所用的4.0制GPA，由委员会换算认定。",
            grade = grade(g)
        ),
        None => format!("未填写GPA（最低要求{min_gpa}）。", min_gpa = d.min_gpa),
    };
    let paper_part = if !d.papers_given {
        format!("未填写论文情况；{papers}亦可符合条件。")
    } else if doctoral {
        format!("论文：符合条件{qualifying_papers}篇，其中影响因子不低于{min_impact_factor}的{high_impact_papers}篇；要求为{papers}。", qualifying_papers = d.qualifying_papers, min_impact_factor = d.min_impact_factor, high_impact_papers = d.high_impact_papers)
    } else {
        format!(
            "论文：符合条件{qualifying_papers}篇；要求为{papers}。",
            qualifying_papers = d.qualifying_papers
        )
    };
    let uncertain = if d.uncertain_papers > 0 {
        format!(
            "有{uncertain_papers}篇论文信息不全（作者次序、收录、领域或影响因子）。",
            uncertain_papers = d.uncertain_papers
        )
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
        (RevokedDocument::RevocationDocument, true) => {
            "已提供省级及以上教育行政部门撤销学位授予权的正式文件。"
        }
        (RevokedDocument::RevocationDocument, false) => {
            "须提供省级及以上教育行政部门撤销学位授予权的正式文件。"
        }
        (RevokedDocument::CompletedStudiesCertificate, true) => {
            "已提供原学校出具的已完成学业证明。"
        }
        (RevokedDocument::CompletedStudiesCertificate, false) => {
            "须提供原学校出具的已完成学业证明（含所修课程、学分及成绩）。"
        }
        (RevokedDocument::ResearchProgressCertificate, true) => {
            "已提供科研进展证明；学术委员会将评估科研工作的连续性。"
        }
        (RevokedDocument::ResearchProgressCertificate, false) => {
            "原学校被撤销学位授予权的研究生须提供科研进展证明（如开题报告、中期考核结果）。"
        }
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
        let sep = "、";
        return format!(
            "{body}出具的报告不适用于{route}转学；须由{allowed}出具。",
            body = body(b),
            route = route(r),
            allowed = allowed.join(sep)
        );
    }
    if consistent == Some(false) {
        return format!(
            "{body}出具的认证内容与原学校学籍信息不一致。",
            body = body(b)
        );
    }
    format!("已由{body}认证，且与学籍信息一致。", body = body(b))
}

fn language_text(d: &LanguageDetail, o: Outcome, p: &Policy) -> String {
    if o == Outcome::Pass {
        if d.teaching == TeachingLanguage::English && d.english_speaking_country == Some(true) {
            return "来自英语国家：无需英语考试成绩。".to_owned();
        }
        if d.teaching == TeachingLanguage::English && d.exemption_certificate == Some(true) {
            return "已提供原学校出具的语言能力免试证明。".to_owned();
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
            TeachingLanguage::English => {
                "请填写符合要求的考试成绩，或说明是否有免试证明、是否来自英语国家。".to_owned()
            }
            TeachingLanguage::Chinese => {
                format!(
                    "中文授课专业须HSK {hsk_min_level}级及以上。",
                    hsk_min_level = p.hsk_min_level.value
                )
            }
        });
    } else if parts.is_empty() {
        parts.push("没有符合要求的语言考试成绩。".to_owned());
    }
    parts.join("")
}

fn test_text(t: &TestResult, teaching: TeachingLanguage, p: &Policy) -> String {
    let name = test(t.test);
    match t.verdict {
        TestVerdict::Qualifies { score } if t.test == TestKind::Hsk => {
            format!(
                "HSK {score}级，达到{hsk_min_level}级要求。",
                hsk_min_level = p.hsk_min_level.value
            )
        }
        TestVerdict::Qualifies { score } => {
            format!("{name}成绩{score}，达到总分及各单项要求。")
        }
        TestVerdict::OverallBelow { score, min } if t.test == TestKind::Hsk => {
            format!("HSK {score}级，低于{min}级要求。")
        }
        TestVerdict::OverallBelow { score, min } => {
            format!("{name}总分{score}，低于{min}的要求。")
        }
        TestVerdict::SectionBelow { section, min } => {
            format!("{name}单项{section}，低于{min}的要求。")
        }
        TestVerdict::Incomplete => format!("{name}：请填写总分及全部单项成绩。"),
        TestVerdict::NotForThisMajor => match teaching {
            TeachingLanguage::English => format!("{name}不适用于英文授课专业。"),
            TeachingLanguage::Chinese => format!("{name}不适用于中文授课专业。"),
        },
    }
}

pub fn condition(c: Condition) -> &'static str {
    match c {
        Condition::Semesters => "已修读学期",
        Condition::FinalYear => "毕业学年",
        Condition::Status => "学籍状态",
        Condition::Discipline => "纪律处分",
        Condition::Reason => "转学理由",
        Condition::Quota => "转入专业招生计划余额",
        Condition::SpecialEnrollment => "特殊类型招生",
        Condition::LowerLevel => "由低学历层次转入高层次",
        Condition::EntranceExam => "高考成绩",
        Condition::Performance => "学业成绩",
        Condition::AdmissionStandard => "原专业录取标准",
        Condition::RevokedRatio => "已修学分比例",
        Condition::RevocationDocument => "撤销学位授予权的正式文件",
        Condition::CompletedStudiesCertificate => "已完成学业证明",
        Condition::ResearchProgress => "科研进展证明",
        Condition::Authentication => "学历学位认证",
        Condition::Language => "语言能力",
    }
}
