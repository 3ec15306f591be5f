//! One test per sentence shape of a finding, in every language, each with its whole sentence.

use crate::engine::case::fixed::Fixed;
use crate::engine::case::{Body, Level, Reason, Route, Status, TeachingLanguage, TestKind};
use crate::engine::explain::{condition, finding};
use crate::engine::rules::cite::{Cite, Ruling};
use crate::engine::rules::eligibility::{
    Because, Condition, Detail, Fact, Finding, LanguageDetail, Outcome, Outcome::*,
    PostgraduateDetail, RevokedDocument, TestResult, TestVerdict,
};
use crate::engine::rules::grades::{Ects, FourLevel, Grade, GradeLevel};
use crate::engine::MEASURES_2023_046 as P;
use crate::lang::Lang;

fn n(s: &str) -> Fixed {
    Fixed::lit(s)
}

/// A finding as the rules build it: the condition and rule do not change the words, the rulings
/// and citations it carries do.
fn fd(
    outcome: Outcome,
    detail: Detail,
    rulings: &[&'static str],
    cites: &[&'static str],
) -> Finding {
    Finding {
        condition: Condition::Performance,
        rule: Cite::A4_3,
        outcome,
        detail,
        rulings: rulings.iter().map(|r| Ruling::parse(r).unwrap()).collect(),
        cites: cites.iter().map(|c| Cite::parse(c).unwrap()).collect(),
    }
}

fn average(
    grade: Grade,
    minimum: Grade,
    meets: bool,
    material: Option<bool>,
    band: bool,
) -> Detail {
    Detail::Average {
        grade,
        minimum,
        minimum_cite: Cite::A4_3_1_a,
        meets,
        explanatory_material: material,
        a7_2_band: band,
    }
}

/// A postgraduate's finding at the policy's thresholds for the level.
fn pg(
    level: Level,
    grade: Option<Grade>,
    papers_given: bool,
    qualifying: u32,
    uncertain: u32,
    high_impact: u32,
    material: Option<bool>,
) -> Detail {
    let doctoral = level == Level::Doctoral;
    Detail::Postgraduate(Box::new(PostgraduateDetail {
        level,
        grade,
        min_gpa: if doctoral {
            P.doctoral_min_gpa.value
        } else {
            P.master_min_gpa.value
        },
        papers_given,
        qualifying_papers: qualifying,
        uncertain_papers: uncertain,
        min_papers: if doctoral {
            P.doctoral_min_papers.value
        } else {
            P.master_min_papers.value
        },
        min_impact_factor: if doctoral {
            P.doctoral_min_impact_factor.value
        } else {
            P.master_min_impact_factor.value
        },
        high_impact_papers: high_impact,
        min_high_impact_papers: P.doctoral_min_high_impact_papers.value,
        explanatory_material: material,
        below_impact_factor: Vec::new(),
    }))
}

fn lang_detail(
    teaching: TeachingLanguage,
    country: Option<bool>,
    exemption: Option<bool>,
    tests: Option<Vec<TestResult>>,
) -> Detail {
    Detail::Language(Box::new(LanguageDetail {
        teaching,
        english_speaking_country: country,
        exemption_certificate: exemption,
        tests,
    }))
}

fn tr(test: TestKind, verdict: TestVerdict) -> TestResult {
    TestResult {
        test,
        verdict,
        minimum: None,
        section_minimum: None,
    }
}

fn check(f: &Finding, en: &str, zh: &str) {
    assert_eq!(finding(f, &P, Lang::En), en);
    assert_eq!(finding(f, &P, Lang::Zh), zh);
}

#[test]
fn missing() {
    check(
        &fd(
            Fail,
            Detail::Missing {
                fact: Fact::EntranceScore,
            },
            &[],
            &[],
        ),
        "Not given yet: your college entrance examination score.",
        "尚未填写：高考成绩。",
    );
}

#[test]
fn not_applicable_postgraduate() {
    check(
        &fd(
            NotApplicable,
            Detail::NotApplicable {
                because: Because::Postgraduate,
            },
            &[],
            &[],
        ),
        "Applies to undergraduates only.",
        "仅适用于本科生。",
    );
}

#[test]
fn not_applicable_international() {
    check(
        &fd(
            NotApplicable,
            Detail::NotApplicable {
                because: Because::InternationalRoute,
            },
            &[],
            &[],
        ),
        "Does not apply to international transfers (R14).",
        "不适用于国际转学（R14）。",
    );
}

#[test]
fn not_applicable_not_master() {
    check(
        &fd(
            NotApplicable,
            Detail::NotApplicable {
                because: Because::NotMaster,
            },
            &[],
            &[],
        ),
        "Applies to master's students only.",
        "仅适用于硕士研究生。",
    );
}

#[test]
fn not_applicable_not_revoked() {
    check(
        &fd(
            NotApplicable,
            Detail::NotApplicable {
                because: Because::NotRevoked,
            },
            &[],
            &[],
        ),
        "Applies only when the original institution's degree-awarding authority was revoked.",
        "仅适用于原学校被撤销学位授予权的情形。",
    );
}

#[test]
fn not_applicable_undergraduate() {
    check(
        &fd(
            NotApplicable,
            Detail::NotApplicable {
                because: Because::Undergraduate,
            },
            &[],
            &[],
        ),
        "Applies to postgraduates only.",
        "仅适用于研究生。",
    );
}

#[test]
fn not_applicable_not_international() {
    check(
        &fd(
            NotApplicable,
            Detail::NotApplicable {
                because: Because::NotInternational,
            },
            &[],
            &[],
        ),
        "Applies to international transfers only.",
        "仅适用于国际转学。",
    );
}

#[test]
fn semesters_pass() {
    check(
        &fd(
            Pass,
            Detail::Semesters {
                completed: 3,
                min: 2,
            },
            &["R14"],
            &[],
        ),
        "3 semesters completed (excluding suspension or retention), at least the 2 required.",
        "已修读3个学期（不含休学、保留学籍期间），不少于要求的2个。",
    );
}

#[test]
fn semesters_fail() {
    check(
        &fd(
            Fail,
            Detail::Semesters {
                completed: 1,
                min: 2,
            },
            &["R14"],
            &[],
        ),
        "1 semesters completed; at least 2 must be completed at the original institution.",
        "已修读1个学期；须在原学校至少修读2个学期。",
    );
}

#[test]
fn final_year_pass() {
    check(
        &fd(
            Pass,
            Detail::FinalYear {
                in_final_year: false,
            },
            &["R14"],
            &[],
        ),
        "Not yet in the final year of studies.",
        "尚未进入毕业学年。",
    );
}

#[test]
fn final_year_fail() {
    check(
        &fd(
            Fail,
            Detail::FinalYear {
                in_final_year: true,
            },
            &["R14"],
            &[],
        ),
        "Students in the final year of studies cannot transfer.",
        "已进入毕业学年的学生不能转学。",
    );
}

#[test]
fn status_normal() {
    check(
        &fd(
            Pass,
            Detail::Status {
                status: Status::Normal,
            },
            &["R14"],
            &[],
        ),
        "Student status is normal.",
        "学籍状态正常。",
    );
}

#[test]
fn status_suspended() {
    check(
        &fd(
            Fail,
            Detail::Status {
                status: Status::Suspended,
            },
            &["R14"],
            &[],
        ),
        "Students whose studies are suspended cannot transfer.",
        "处于休学状态的学生不能转学。",
    );
}

#[test]
fn status_retained() {
    check(
        &fd(
            Fail,
            Detail::Status {
                status: Status::AdmissionRetained,
            },
            &["R14"],
            &[],
        ),
        "Students whose admission is retained cannot transfer.",
        "处于保留入学资格状态的学生不能转学。",
    );
}

#[test]
fn status_expulsion_proposed() {
    check(
        &fd(
            Fail,
            Detail::Status {
                status: Status::ExpulsionProposed,
            },
            &["R14"],
            &[],
        ),
        "A proposed expulsion rules out a transfer.",
        "原学校拟给予开除学籍处分的，不能转学。",
    );
}

#[test]
fn status_expelled() {
    check(
        &fd(
            Fail,
            Detail::Status {
                status: Status::Expelled,
            },
            &["R14"],
            &[],
        ),
        "An expulsion decision rules out a transfer.",
        "原学校已作出开除学籍决定的，不能转学。",
    );
}

#[test]
fn discipline_none() {
    check(
        &fd(Pass, Detail::Discipline { record: false }, &["R14"], &[]),
        "No disciplinary punishment of warning or above.",
        "未受过警告及以上纪律处分。",
    );
}

#[test]
fn discipline_record() {
    check(
        &fd(Fail, Detail::Discipline { record: true }, &["R14"], &[]),
        "A disciplinary punishment of warning or above rules out a transfer.",
        "受过警告及以上纪律处分的，不能转学。",
    );
}

#[test]
fn reason_health() {
    check(
        &fd(Pass, Detail::Reason { reason: Reason::Health, revoked: false }, &[], &[]),
        "Health: a diagnosis certificate from a Grade II Class A or higher hospital within the past 6 months is needed.",
        "健康原因：需提供二级甲等及以上医院近6个月内出具的诊断证明。",
    );
}

#[test]
fn reason_family() {
    check(
        &fd(Pass, Detail::Reason { reason: Reason::Family, revoked: false }, &[], &[]),
        "Special family difficulties: a certificate from the street office or township government is needed.",
        "家庭特殊困难：需提供户籍所在地街道办或乡镇政府出具的证明。",
    );
}

#[test]
fn reason_academic() {
    check(
        &fd(Pass, Detail::Reason { reason: Reason::Academic, revoked: false }, &[], &[]),
        "Academic development: a recommendation from the head of the original major and a compatibility statement are needed.",
        "学业发展需要：需提供原学校专业负责人推荐信及专业适配说明。",
    );
}

#[test]
fn reason_revoked() {
    check(
        &fd(
            Pass,
            Detail::Reason {
                reason: Reason::Revoked,
                revoked: true,
            },
            &["R14"],
            &[],
        ),
        "The original institution's degree-awarding authority was revoked.",
        "原学校被撤销学位授予权。",
    );
}

#[test]
fn reason_revoked_not() {
    check(
        &fd(Fail, Detail::Reason { reason: Reason::Revoked, revoked: false }, &["R14"], &[]),
        "The revocation reason needs an original institution whose degree-awarding authority was revoked.",
        "以“原学校被撤销学位授予权”为理由的，原学校须确已被撤销学位授予权。",
    );
}

#[test]
fn quota_left() {
    check(
        &fd(Pass, Detail::Quota { has_quota: true }, &["R14"], &[]),
        "The receiving major has enrollment quota left.",
        "转入专业尚有招生计划余额。",
    );
}

#[test]
fn quota_none() {
    check(
        &fd(Fail, Detail::Quota { has_quota: false }, &["R14"], &[]),
        "The receiving major has no enrollment quota left.",
        "转入专业没有招生计划余额。",
    );
}

#[test]
fn special_enrollment_no() {
    check(
        &fd(
            Pass,
            Detail::SpecialEnrollment { special: false },
            &["R14"],
            &[],
        ),
        "Not admitted through a special type of enrollment.",
        "非特殊类型招生录取。",
    );
}

#[test]
fn special_enrollment_yes() {
    check(
        &fd(Fail, Detail::SpecialEnrollment { special: true }, &["R14"], &[]),
        "Students admitted through targeted, minority preparatory or national or local special programmes cannot transfer.",
        "通过定向、少数民族预科、国家及地方专项计划等特殊类型招生录取的学生不能转学。",
    );
}

#[test]
fn lower_level_no() {
    check(
        &fd(Pass, Detail::LowerLevel { lower: false }, &["R14"], &[]),
        "Not a transfer from a lower level of study.",
        "非由低学历层次转入。",
    );
}

#[test]
fn lower_level_yes() {
    check(
        &fd(Fail, Detail::LowerLevel { lower: true }, &["R14"], &[]),
        "A transfer from a lower level (such as junior college) to a higher one is not allowed.",
        "不能由低学历层次（如专科）转入高学历层次。",
    );
}

#[test]
fn entrance_exam_pass() {
    check(
        &fd(
            Pass,
            Detail::EntranceExam {
                score: n("612"),
                cutoff: n("598"),
            },
            &["R14"],
            &[],
        ),
        "Entrance examination score 612 is not below the receiving major's admission score of 598.",
        "高考成绩612分，不低于转入专业录取分数598分。",
    );
}

#[test]
fn entrance_exam_fail() {
    check(
        &fd(
            Fail,
            Detail::EntranceExam {
                score: n("590"),
                cutoff: n("598"),
            },
            &["R14"],
            &[],
        ),
        "Entrance examination score 590 is below the receiving major's admission score of 598.",
        "高考成绩590分，低于转入专业录取分数598分。",
    );
}

#[test]
fn average_meets() {
    check(
        &fd(
            Pass,
            average(
                Grade::Percentage(n("78.5")),
                Grade::Percentage(n("70")),
                true,
                None,
                false,
            ),
            &["R11"],
            &[],
        ),
        "Average 78.5 points meets the minimum of 70 points.",
        "平均成绩78.5分，达到70分的最低要求。",
    );
}

#[test]
fn average_below_with_material() {
    check(
        &fd(Review, average(Grade::Percentage(n("69.9")), Grade::Percentage(n("70")), false, Some(true), false), &["R11", "R4"], &["A5.6"]),
        "Average 69.9 points is below the minimum of 70 points. With special explanatory material, the committee decides.",
        "平均成绩69.9分，低于70分的最低要求。有特殊说明材料的，由委员会研究决定。",
    );
}

#[test]
fn average_below_without_material() {
    check(
        &fd(Fail, average(Grade::FiveLevel(GradeLevel::Pass), Grade::FiveLevel(GradeLevel::Medium), false, Some(false), false), &["R11", "R4"], &["A5.6"]),
        "Average Pass is below the minimum of Medium. Without special explanatory material this rules out a transfer.",
        "平均成绩及格，低于中等的最低要求。无特殊说明材料的，不能转学。",
    );
}

#[test]
fn average_below_material_unknown() {
    check(
        &fd(
            Missing,
            average(
                Grade::FourLevel(FourLevel::D),
                Grade::FourLevel(FourLevel::C),
                false,
                None,
                false,
            ),
            &["R11", "R4"],
            &["A5.6"],
        ),
        "Average D is below the minimum of C. Say whether you have special explanatory material.",
        "平均成绩D，低于C的最低要求。请说明是否有特殊说明材料。",
    );
}

#[test]
fn average_ects() {
    check(
        &fd(Pass, average(Grade::Ects(Ects::B), Grade::Ects(Ects::C), true, None, false), &["R11", "R2"], &[]),
        "Average ECTS B meets the minimum of ECTS C. The letter governs: A4.3.1.b pairs \"C\" with 60-69 points, while Table A7.1.2 converts C to 70-79 and D to 60-69.",
        "平均成绩ECTS B，达到ECTS C的最低要求。以等级字母为准：A4.3.1.b将“C”对应为60-69分，而表A7.1.2将C换算为70-79分、D为60-69分。",
    );
}

#[test]
fn average_a7_2_band() {
    check(
        &fd(Fail, average(Grade::Gpa4(n("2.4")), Grade::Gpa4(n("2.5")), false, Some(false), true), &["R11", "R4"], &["A5.6", "A7.2"]),
        "Average GPA 2.4 is below the minimum of GPA 2.5. Table A7.2 lists GPA 2.3-2.5 as eligible for undergraduates, but the 2.5 of A4.3.1.b governs. Without special explanatory material this rules out a transfer.",
        "平均成绩GPA 2.4，低于GPA 2.5的最低要求。表A7.2将GPA 2.3-2.5列为本科生可转学，但以A4.3.1.b规定的2.5为准。无特殊说明材料的，不能转学。",
    );
}

#[test]
fn average_to_convert() {
    check(
        &fd(Review, Detail::AverageToConvert { grade: Grade::Percentage(n("85")), level: Level::Undergraduate }, &["R11"], &[]),
        "An average of 85 points is in a system A4.3.1.b does not name (it names a 4.0 GPA and ECTS grades): the committee converts it.",
        "平均成绩85分所用的计分制不在A4.3.1.b所列（仅列4.0制GPA和ECTS等级）之内，由委员会换算认定。",
    );
}

#[test]
fn postgraduate_master_gpa_meets() {
    check(
        &fd(Pass, pg(Level::Master, Some(Grade::Gpa4(n("3.2"))), true, 0, 0, 0, None), &["R11"], &[]),
        "GPA 3.2 meets the master's minimum of 3. Papers: 0 qualifying; 1 first-author Web of Science core paper with an impact factor of 1 or more qualifies.",
        "GPA 3.2，达到硕士研究生3的最低要求。论文：符合条件0篇；要求为1篇以第一作者发表、被Web of Science核心合集收录且影响因子不低于1的论文。",
    );
}

#[test]
fn postgraduate_master_papers_not_given() {
    check(
        &fd(Fail, pg(Level::Master, Some(Grade::Gpa4(n("2.8"))), false, 0, 0, 0, Some(false)), &["R11", "R4"], &["A5.6"]),
        "GPA 2.8 is below the master's minimum of 3. Papers not given; 1 first-author Web of Science core paper with an impact factor of 1 or more would also qualify. Without special explanatory material this rules out a transfer.",
        "GPA 2.8，低于硕士研究生3的最低要求。未填写论文情况；1篇以第一作者发表、被Web of Science核心合集收录且影响因子不低于1的论文亦可符合条件。无特殊说明材料的，不能转学。",
    );
}

#[test]
fn postgraduate_master_below_open() {
    check(
        &fd(Missing, pg(Level::Master, Some(Grade::Gpa4(n("2.8"))), true, 0, 1, 0, None), &["R11"], &[]),
        "GPA 2.8 is below the master's minimum of 3. Papers: 0 qualifying; 1 first-author Web of Science core paper with an impact factor of 1 or more qualifies. 1 paper(s) lack a fact (authorship, indexing, field or impact factor). Say whether you have special explanatory material (R4, A5.6).",
        "GPA 2.8，低于硕士研究生3的最低要求。论文：符合条件0篇；要求为1篇以第一作者发表、被Web of Science核心合集收录且影响因子不低于1的论文。有1篇论文信息不全（作者次序、收录、领域或影响因子）。请说明是否有特殊说明材料（R4、A5.6）。",
    );
}

#[test]
fn postgraduate_doctoral_papers() {
    check(
        &fd(Review, pg(Level::Doctoral, None, true, 2, 0, 1, Some(true)), &["R11", "R4"], &["A5.6"]),
        "No GPA given (the minimum is 3.3). Papers: 2 qualifying, 1 of them with an impact factor of 2 or more; 2 first-author Web of Science core papers in the relevant field, at least 1 with an impact factor of 2 or more qualify. With special explanatory material, the committee decides.",
        "未填写GPA（最低要求3.3）。论文：符合条件2篇，其中影响因子不低于2的1篇；要求为2篇及以上以第一作者发表、被Web of Science核心合集收录的相关领域论文（至少1篇影响因子不低于2）。有特殊说明材料的，由委员会研究决定。",
    );
}

#[test]
fn postgraduate_other_system() {
    check(
        &fd(Review, pg(Level::Doctoral, Some(Grade::Percentage(n("88"))), true, 1, 0, 0, None), &["R11"], &[]),
        "An average of 88 points is not on the 4.0 GPA scale the postgraduate thresholds use: the committee converts it. Papers: 1 qualifying, 0 of them with an impact factor of 2 or more; 2 first-author Web of Science core papers in the relevant field, at least 1 with an impact factor of 2 or more qualify.",
        "平均成绩88分不是研究生标准所用的4.0制GPA，由委员会换算认定。论文：符合条件1篇，其中影响因子不低于2的0篇；要求为2篇及以上以第一作者发表、被Web of Science核心合集收录的相关领域论文（至少1篇影响因子不低于2）。",
    );
}

#[test]
fn admission_standard_not_lower() {
    check(
        &fd(
            Pass,
            Detail::AdmissionStandard { not_lower: true },
            &["R11"],
            &[],
        ),
        "The original major's admission standard is not lower than the receiving institution's.",
        "原专业录取标准不低于转入学校。",
    );
}

#[test]
fn admission_standard_lower() {
    check(
        &fd(
            Fail,
            Detail::AdmissionStandard { not_lower: false },
            &["R11"],
            &[],
        ),
        "The original major's admission standard is lower than the receiving institution's.",
        "原专业录取标准低于转入学校。",
    );
}

#[test]
fn revoked_ratio_pass() {
    check(
        &fd(Pass, Detail::RevokedRatio { completed: n("100"), total: n("157"), min: n("0.6"), level: Level::Undergraduate }, &["R11"], &[]),
        "100 of 157 credits completed (63.7%), at least the 60% required of undergraduate students.",
        "已修100学分，占原专业总学分157的63.7%，不低于本科生要求的60%。",
    );
}

#[test]
fn revoked_ratio_fail() {
    check(
        &fd(
            Fail,
            Detail::RevokedRatio {
                completed: n("3"),
                total: n("10"),
                min: n("0.5"),
                level: Level::Doctoral,
            },
            &["R11"],
            &["A5.7"],
        ),
        "3 of 10 credits completed (30%) is below the 50% required of doctoral students.",
        "已修3学分，占原专业总学分10的30%，低于博士研究生要求的50%。",
    );
}

#[test]
fn document_revocation_provided() {
    check(
        &fd(
            Pass,
            Detail::Document {
                document: RevokedDocument::RevocationDocument,
                provided: true,
            },
            &["R11"],
            &[],
        ),
        "The official revocation document of the education department is provided.",
        "已提供省级及以上教育行政部门撤销学位授予权的正式文件。",
    );
}

#[test]
fn document_revocation_missing() {
    check(
        &fd(Fail, Detail::Document { document: RevokedDocument::RevocationDocument, provided: false }, &["R11"], &["A5.7"]),
        "The official revocation document of the provincial or higher education department is required.",
        "须提供省级及以上教育行政部门撤销学位授予权的正式文件。",
    );
}

#[test]
fn document_completed_provided() {
    check(
        &fd(
            Pass,
            Detail::Document {
                document: RevokedDocument::CompletedStudiesCertificate,
                provided: true,
            },
            &["R11"],
            &[],
        ),
        "The certificate of completed academic studies is provided.",
        "已提供原学校出具的已完成学业证明。",
    );
}

#[test]
fn document_completed_missing() {
    check(
        &fd(
            Fail,
            Detail::Document {
                document: RevokedDocument::CompletedStudiesCertificate,
                provided: false,
            },
            &["R11"],
            &[],
        ),
        "The certificate of completed academic studies (courses, credits and grades) is required.",
        "须提供原学校出具的已完成学业证明（含所修课程、学分及成绩）。",
    );
}

#[test]
fn document_research_provided() {
    check(
        &fd(Pass, Detail::Document { document: RevokedDocument::ResearchProgressCertificate, provided: true }, &["R11"], &[]),
        "The research progress certificate is provided; the academic committee evaluates the continuity of the research.",
        "已提供科研进展证明；学术委员会将评估科研工作的连续性。",
    );
}

#[test]
fn document_research_missing() {
    check(
        &fd(Fail, Detail::Document { document: RevokedDocument::ResearchProgressCertificate, provided: false }, &["R11"], &[]),
        "Postgraduates from a revoked institution need the research progress certificate (thesis proposal or mid-term assessment).",
        "原学校被撤销学位授予权的研究生须提供科研进展证明（如开题报告、中期考核结果）。",
    );
}

#[test]
fn authentication_pass() {
    check(
        &fd(
            Pass,
            Detail::Authentication {
                route: Route::Mainland,
                body: Body::Chsi,
                listed: true,
                consistent: Some(true),
            },
            &["R13"],
            &[],
        ),
        "Authenticated by CHSI, consistent with the student record.",
        "已由中国高等教育学生信息网（学信网）认证，且与学籍信息一致。",
    );
}

#[test]
fn authentication_not_listed() {
    check(
        &fd(Fail, Detail::Authentication { route: Route::Hmt, body: Body::Cscse, listed: false, consistent: Some(true) }, &["R13"], &["A5.8"]),
        "A report by CSCSE is not accepted for the Hong Kong, Macao and Taiwan route; it must come from the MOE Hong Kong, Macao and Taiwan Affairs Office, HKCAAVQ, the Macao Higher Education Bureau (GAES), Taiwan region's \"Ministry of Education\".",
        "教育部留学服务中心（CSCSE）出具的报告不适用于港澳台地区高校转学；须由教育部港澳台办、香港学术及职业资历评审局（HKCAAVQ）、澳门高等教育局（GAES）、台湾地区“教育部”出具。",
    );
}

#[test]
fn authentication_inconsistent() {
    check(
        &fd(
            Fail,
            Detail::Authentication {
                route: Route::International,
                body: Body::Cscse,
                listed: true,
                consistent: Some(false),
            },
            &["R13"],
            &["A5.8"],
        ),
        "The report by CSCSE is inconsistent with the original student record.",
        "教育部留学服务中心（CSCSE）出具的认证内容与原学校学籍信息不一致。",
    );
}

#[test]
fn language_english_speaking_country() {
    check(
        &fd(
            Pass,
            lang_detail(TeachingLanguage::English, Some(true), None, None),
            &["R12"],
            &[],
        ),
        "From an English-speaking country: no English test is required.",
        "来自英语国家：无需英语考试成绩。",
    );
}

#[test]
fn language_exemption() {
    check(
        &fd(
            Pass,
            lang_detail(TeachingLanguage::English, Some(false), Some(true), None),
            &["R12"],
            &[],
        ),
        "An official language exemption certificate is provided.",
        "已提供原学校出具的语言能力免试证明。",
    );
}

#[test]
fn language_qualifying_test() {
    check(
        &fd(
            Pass,
            lang_detail(
                TeachingLanguage::English,
                Some(false),
                Some(false),
                Some(vec![tr(
                    TestKind::Ielts,
                    TestVerdict::Qualifies { score: n("6.5") },
                )]),
            ),
            &["R12"],
            &[],
        ),
        "IELTS 6.5 meets the minimum, with no section below the section minimum.",
        "雅思（IELTS）成绩6.5，达到总分及各单项要求。",
    );
}

#[test]
fn language_qualifying_hsk() {
    check(
        &fd(
            Pass,
            lang_detail(
                TeachingLanguage::Chinese,
                None,
                None,
                Some(vec![tr(
                    TestKind::Hsk,
                    TestVerdict::Qualifies { score: n("5") },
                )]),
            ),
            &["R12"],
            &[],
        ),
        "HSK level 5 meets the level 5 minimum.",
        "HSK 5级，达到5级要求。",
    );
}

#[test]
fn language_failing_tests() {
    check(
        &fd(Fail, lang_detail(TeachingLanguage::English, Some(false), Some(false), Some(vec![tr(TestKind::Ielts, TestVerdict::OverallBelow { score: n("5.5"), min: n("6") }), tr(TestKind::ToeflIbt, TestVerdict::SectionBelow { section: n("17"), min: n("18") }), tr(TestKind::Hsk, TestVerdict::NotForThisMajor)])), &["R12"], &[]),
        "IELTS 5.5 is below the 6 minimum. TOEFL iBT section 17 is below the 18 minimum. HSK does not count for an English-taught major.",
        "雅思（IELTS）总分5.5，低于6的要求。托福（TOEFL iBT）单项17，低于18的要求。汉语水平考试（HSK）不适用于英文授课专业。",
    );
}

#[test]
fn language_missing_english() {
    check(
        &fd(Missing, lang_detail(TeachingLanguage::English, None, Some(false), Some(vec![tr(TestKind::Pte, TestVerdict::Incomplete)])), &["R12"], &[]),
        "PTE Academic: give the overall score and every section score. Give a qualifying test result, or say whether you hold an exemption certificate or come from an English-speaking country.",
        "PTE学术英语：请填写总分及全部单项成绩。请填写符合要求的考试成绩，或说明是否有免试证明、是否来自英语国家。",
    );
}

#[test]
fn language_missing_chinese() {
    check(
        &fd(Missing, lang_detail(TeachingLanguage::Chinese, None, None, Some(vec![tr(TestKind::Hsk, TestVerdict::Incomplete), tr(TestKind::Ielts, TestVerdict::NotForThisMajor)])), &["R12"], &[]),
        "HSK: give the overall score and every section score. IELTS does not count for a Chinese-taught major. A Chinese-taught major needs HSK level 5 or above.",
        "汉语水平考试（HSK）：请填写总分及全部单项成绩。雅思（IELTS）不适用于中文授课专业。中文授课专业须HSK 5级及以上。",
    );
}

#[test]
fn language_no_tests() {
    check(
        &fd(
            Fail,
            lang_detail(
                TeachingLanguage::English,
                Some(false),
                Some(false),
                Some(vec![]),
            ),
            &["R12"],
            &[],
        ),
        "No qualifying language test result.",
        "没有符合要求的语言考试成绩。",
    );
}

#[test]
fn condition_headings_hold_whichever_way_the_condition_goes() {
    // A heading names the condition, not the good outcome: it stands over a failed finding too.
    assert_eq!(
        condition(Condition::FinalYear, Lang::En),
        "Final year of studies"
    );
    assert_eq!(condition(Condition::FinalYear, Lang::Zh), "毕业学年");
    for c in [
        Condition::FinalYear,
        Condition::Discipline,
        Condition::LowerLevel,
    ] {
        assert!(!condition(c, Lang::En).starts_with("Not "), "{c:?}");
        assert!(!condition(c, Lang::Zh).starts_with('未'), "{c:?}");
    }
}
