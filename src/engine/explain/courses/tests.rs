//! One test per sentence shape of a course reason, in every language, each with its whole
//! sentence.

use crate::engine::case::date::Date;
use crate::engine::case::fixed::{Fixed, Rate, Tenths};
use crate::engine::case::{CourseKind, LiteracyCategory, Nature};
use crate::engine::catalog::Text;
use crate::engine::explain::course_reason;
use crate::engine::rules::cite::Cite;
use crate::engine::rules::courses::{CourseDetail, CourseFact, CourseReason, Weight};
use crate::engine::rules::credits::{Conversion, HoursSource};
use crate::engine::rules::grades::{Grade, GradeLevel};
use crate::lang::Lang;

fn n(s: &str) -> Fixed {
    Fixed::lit(s)
}

fn t(tenths: i64) -> Tenths {
    Tenths::new(tenths)
}

/// The rule and weight are shown beside the sentence, not in it.
fn reason(detail: CourseDetail) -> CourseReason {
    CourseReason {
        rule: Cite::A6_2_1,
        weight: Weight::Reject,
        detail,
    }
}

fn check(detail: CourseDetail, en: &str, zh: &str) {
    let r = reason(detail);
    assert_eq!(course_reason(&r, Lang::En), en);
    assert_eq!(course_reason(&r, Lang::Zh), zh);
}

#[test]
fn unknown_overlap() {
    check(
        CourseDetail::Unknown {
            fact: CourseFact::Overlap,
        },
        "Not given: the content overlap with the matched course; the college checks it.",
        "未填写：与对应课程的知识点重合率；由学院核实。",
    );
}

#[test]
fn unknown_transcript() {
    check(
        CourseDetail::Unknown {
            fact: CourseFact::OfficialTranscript,
        },
        "Not given: whether it is on a sealed official transcript; the college checks it.",
        "未填写：是否有加盖公章的正式成绩单；由学院核实。",
    );
}

#[test]
fn no_official_transcript() {
    check(
        CourseDetail::NoOfficialTranscript,
        "Not on a sealed official transcript naming the course and its credits.",
        "无加盖教务部门公章、注明课程名称及学分的正式成绩单。",
    );
}

#[test]
fn not_translated() {
    check(
        CourseDetail::NotTranslated,
        "Neither in Chinese or English nor translated by a notary or listed body.",
        "非中英文材料且未附公证处或认证机构的翻译件。",
    );
}

#[test]
fn irregular_institution() {
    check(
        CourseDetail::IrregularInstitution,
        "Credits from a non-regular institution (such as a training or language school) are not recognized.",
        "非正规高等学校（如职业培训学校、语言学校）颁发的学分不予认定。",
    );
}

#[test]
fn expired() {
    check(
        CourseDetail::Expired { completed_on: Date::new(2020, 6, 30).unwrap(), limit: Date::new(2025, 6, 30).unwrap(), years: 5 },
        "Completed on 2020-06-30, more than 5 years before the application (the limit was 2025-06-30), without proof of continuous study.",
        "于2020-06-30修读完成，距申请已超过5年（期限至2025-06-30），且无持续学习证明。",
    );
}

#[test]
fn failing_grade() {
    check(
        CourseDetail::FailingGrade {
            grade: Grade::Percentage(n("55")),
            pass: n("60"),
            pass_mark: Grade::Percentage(n("60")),
            pass_cite: Cite::A6_2_2,
        },
        "Grade 55 points is below the passing standard of 60 points or its equivalent.",
        "成绩55分，低于60分或同等及格标准。",
    );
}

#[test]
fn retake_undergraduate() {
    check(
        CourseDetail::Retake { postgraduate: false },
        "Passed after a make-up exam or retake: with the original institution's explanation, the committee may recognize it for undergraduates (R7).",
        "补考或重修后通过：附原学校说明后，本科生可由委员会酌情认定（R7）。",
    );
}

#[test]
fn retake_postgraduate() {
    check(
        CourseDetail::Retake { postgraduate: true },
        "Passed after a make-up exam or retake: not recognized for postgraduates (R7).",
        "补考或重修后通过：研究生不予认定（R7）。",
    );
}

#[test]
fn failed_before_revocation() {
    check(
        CourseDetail::FailedBeforeRevocation,
        "Identified as failed by the original institution before its authority was revoked.",
        "原学校在被撤销学位授予权前已认定为不及格。",
    );
}

#[test]
fn no_match() {
    check(
        CourseDetail::NoMatch,
        "No matching course in the receiving programme, so its credits do not count here; the college may still evaluate it (A10.2.2.a).",
        "转入专业培养方案中没有对应课程，学分暂不计入；学院仍可对其进行评估（A10.2.2.a）。",
    );
}

#[test]
fn nature_differs() {
    check(
        CourseDetail::NatureDiffers {
            course: Nature::Elective,
            receiving: Nature::Compulsory,
        },
        "It is elective but the matched course is compulsory: the nature must be the same.",
        "该课程为选修课，而对应课程为必修课：课程性质须一致。",
    );
}

#[test]
fn overlap_below() {
    check(
        CourseDetail::OverlapBelow {
            overlap: n("0.65").into(),
            min: n("0.7"),
            pass_min: n("0.7"),
            pass_cite: Cite::A6_2_1,
        },
        "Content overlap 65% is below the 70% minimum.",
        "知识点重合率65%，低于70%的要求。",
    );
}

#[test]
fn overlap_relaxed() {
    check(
        CourseDetail::OverlapRelaxed {
            overlap: n("0.65").into(),
            min: n("0.7"),
            min_cite: Cite::A6_2_1,
            relaxed: n("0.6"),
        },
        "Content overlap 65% is below 70% but not below the 60% allowed for revoked institutions: the academic committee votes, with at least 2/3 in favour (R6).",
        "知识点重合率65%，低于70%，但不低于原学校被撤销学位授予权时放宽的60%：须经学术委员会表决，同意票不少于2/3（R6）。",
    );
}

#[test]
fn hours_below_written() {
    check(
        CourseDetail::HoursBelow { hours: n("48"), source: HoursSource::Written, receiving: n("54"), min_ratio: n("0.9") },
        "48 class hours are 88.9% of the matched course's 54 class hours, below the 90% minimum; hours are compared as written (R6).",
        "48学时为对应课程54学时的88.9%，低于90%的要求；按实际学时比较（R6）。",
    );
}

#[test]
fn hours_below_weekly() {
    check(
        CourseDetail::HoursBelow { hours: n("48"), source: HoursSource::WeeklyTimesWeeks { weekly: n("3"), weeks: n("16") }, receiving: n("72"), min_ratio: n("0.9") },
        "48 class hours (3 a week x 16 weeks) are 66.7% of the matched course's 72 class hours, below the 90% minimum; hours are compared as written (R6).",
        "48学时（周学时3 × 16周）为对应课程72学时的66.7%，低于90%的要求；按实际学时比较（R6）。",
    );
}

#[test]
fn hours_below_ects() {
    check(
        CourseDetail::HoursBelow { hours: n("50"), source: HoursSource::EctsCredits { credits: n("2"), per_credit: n("25") }, receiving: n("72"), min_ratio: n("0.9") },
        "50 class hours (2 ECTS x 25 h) are 69.4% of the matched course's 72 class hours, below the 90% minimum; hours are compared as written (R6).",
        "50学时（2 ECTS × 25学时）为对应课程72学时的69.4%，低于90%的要求；按实际学时比较（R6）。",
    );
}

#[test]
fn practice_certificate() {
    check(
        CourseDetail::PracticeCertificate,
        "A completed practical course with the internship unit's certificate and achievement report: recognized directly.",
        "已完成的实践类课程，提供了实习单位证明及成果报告：直接认定学分。",
    );
}

#[test]
fn overlap_counted() {
    check(
        CourseDetail::OverlapCounted {
            covered: n("5"),
            total: n("6"),
            overlap: Rate::of(n("5"), n("6")),
        },
        "Overlap 83.33% counted on the receiving course's knowledge points: a weight of 5 covered of 6, by the college's method.",
        "按学院规定的方法以对应课程的知识点计算重合率：所涵盖知识点权重 5，全部 6，重合率83.33%。",
    );
}

#[test]
fn matched() {
    check(
        CourseDetail::Matched {
            title: Some(Text {
                en: "Advanced Mathematics I".to_owned(),
                zh: "高等数学 I".to_owned(),
            }),
            overlap: n("0.75").into(),
            hours: n("72"),
            receiving_hours: n("72"),
        },
        "Matches Advanced Mathematics I: same nature, 75% content overlap, 72 of 72 class hours.",
        "对应高等数学 I：课程性质一致，知识点重合率75%，学时72/72。",
    );
}

#[test]
fn matched_untitled() {
    check(
        CourseDetail::Matched {
            title: None,
            overlap: n("0.8").into(),
            hours: n("66"),
            receiving_hours: n("72"),
        },
        "Matches the receiving course: same nature, 80% content overlap, 66 of 72 class hours.",
        "对应对应课程：课程性质一致，知识点重合率80%，学时66/72。",
    );
}

#[test]
fn passed() {
    check(
        CourseDetail::Passed {
            grade: Grade::FiveLevel(GradeLevel::Good),
        },
        "Grade Good meets the passing standard.",
        "成绩良好，达到及格标准。",
    );
}

#[test]
fn converted_ects() {
    check(
        CourseDetail::Converted {
            from: n("5"),
            conversion: Conversion::Ects { factor: n("0.8") },
            credits: t(40),
        },
        "5 ECTS x 0.8 = 4 credits.",
        "5 ECTS × 0.8 = 4学分。",
    );
}

#[test]
fn converted_hours() {
    check(
        CourseDetail::Converted {
            from: n("4"),
            conversion: Conversion::Hours {
                kind: CourseKind::Theory,
                from: n("16"),
                to: n("18"),
            },
            credits: t(36),
        },
        "4 credits x 16 h / 18 h per theory credit = 3.6 credits, rounded to one decimal (R5).",
        "4学分 × 16学时 / 18学时（理论课）= 3.6学分，保留一位小数（R5）。",
    );
}

#[test]
fn converted_one_to_one() {
    check(
        CourseDetail::Converted {
            from: n("3"),
            conversion: Conversion::OneToOne,
            credits: t(30),
        },
        "3 credits count 1:1, as the hours per credit are not known on both sides (R5).",
        "3学分按1:1认定，因双方每学分学时标准未全部知晓（R5）。",
    );
}

#[test]
fn literacy_too_few_credits() {
    check(
        CourseDetail::LiteracyTooFewCredits {
            credits: t(16),
            min: n("2"),
            min_cite: Cite::A7_3_1,
        },
        "1.6 converted credits are below the 2 a literacy course needs.",
        "换算后1.6学分，低于素养课程要求的2学分。",
    );
}

#[test]
fn literacy_content() {
    check(
        CourseDetail::LiteracyContent,
        "Its teaching content does not meet the category's requirements.",
        "教学内容不符合该类别要求。",
    );
}

#[test]
fn literacy_assessment() {
    check(
        CourseDetail::LiteracyAssessment,
        "Its assessment requirement (paper, practical part or project) was not met.",
        "未达到考核要求（课程论文、实践环节或项目）。",
    );
}

#[test]
fn literacy_substitutes() {
    check(
        CourseDetail::LiteracySubstitutes { category: LiteracyCategory::Ethics, credits: t(20), category_max: n("2") },
        "Substitutes 2 ideological-political credits as ethics and social responsibility (at most 2 for this category) (R8).",
        "作为伦理与社会责任课程，替代思政课2学分（该类别最多2学分）（R8）。",
    );
}

#[test]
fn literacy_capped() {
    check(
        CourseDetail::LiteracyCapped {
            substituted: t(10),
            cap: t(30),
        },
        "Only 1 counted: literacy substitution is capped at 3 credits here (R8).",
        "仅计1学分：本情形素养课程替代学分上限为3学分（R8）。",
    );
}

#[test]
fn literacy_remainder() {
    check(
        CourseDetail::LiteracyRemainder { remainder: t(7) },
        "The other 0.7 credits of this course do not count: literacy credits count only as substitution, within the caps.",
        "本课程其余0.7学分不计入：素养课程学分仅用于替代，且以上限为限。",
    );
}

mod gauge {
    use super::*;
    use crate::engine::catalog::Counted;
    use crate::engine::explain::{gauge_hours, gauge_overlap};
    use crate::engine::rules::courses::{Gauge, OverlapFrom, Standing};
    use crate::engine::rules::policy::Param;

    fn gauge(revoked: bool) -> Gauge {
        Gauge {
            overlap: Some((Rate::of(n("5"), n("7")), OverlapFrom::KnowledgePoints)),
            counted: Some(Counted {
                covered: n("5"),
                total: n("7"),
                overlap: Rate::of(n("5"), n("7")),
            }),
            min_overlap: Param {
                value: n("0.7"),
                cite: Cite::A6_2_1,
            },
            vote_from: revoked.then_some(Param {
                value: n("0.6"),
                cite: Cite::A6_2_4_a,
            }),
            overlap_standing: Standing::Met,
            hours: Some(n("48")),
            receiving_hours: Some(n("64")),
            min_hours_ratio: Param {
                value: n("0.9"),
                cite: Cite::A6_2_1,
            },
            hours_standing: Standing::Below,
        }
    }

    #[test]
    fn overlap_in_every_language() {
        assert_eq!(
            gauge_overlap(&gauge(false), Lang::En),
            "Overlap 71.43%: the ticked knowledge points weigh 5 of 7; at least 70% is needed (A6.2.1)."
        );
        assert_eq!(
            gauge_overlap(&gauge(true), Lang::Zh),
            "重合率71.43%：已勾选的知识点权重合计5（共7）；至少需要70%（A6.2.1）；不足70%但不低于60%的，由学术委员会表决（A6.2.4.a）。"
        );
        let unknown = Gauge {
            overlap: None,
            counted: None,
            ..gauge(false)
        };
        assert_eq!(
            gauge_overlap(&unknown, Lang::En),
            "Overlap not known yet: at least 70% is needed (A6.2.1)."
        );
    }

    #[test]
    fn hours_in_every_language() {
        assert_eq!(
            gauge_hours(&gauge(false), Lang::En),
            "Class hours 48 of the receiving course's 64: at least 90% of them, 57.6 hours, is needed (A6.2.1)."
        );
        assert_eq!(
            gauge_hours(&gauge(false), Lang::Zh),
            "学时48，接收课程为64学时：至少需要其90%，即57.6学时（A6.2.1）。"
        );
        let untold = Gauge {
            hours: None,
            ..gauge(false)
        };
        assert_eq!(
            gauge_hours(&untold, Lang::En),
            "Your course's class hours are not given yet: at least 90%, 57.6 of the receiving course's 64 hours, is needed (A6.2.1)."
        );
    }
}
