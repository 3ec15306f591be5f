//! The words for what the engine decided, in every language the product speaks. Phrasing reads only
//! the data of a finding or course reason; it never decides anything again. The assessment file
//! carries the English; the app shows the user's language.

use super::case::{
    self, Body, CourseKind, GradeSystem, Level, LiteracyCategory, Nature, Reason, Route, Status,
    TeachingLanguage, TestKind,
};
use super::courses::{CourseDetail, CourseFact, CourseOutcome, CourseReason};
use super::credits::{Conversion, HoursSource};
use super::eligibility::{
    Because, Condition, Detail, Document, Fact, Finding, LanguageDetail, Outcome,
    PostgraduateDetail, TestResult, TestVerdict,
};
use super::fixed::Fixed;
use super::grades::{Ects, FourLevel, Grade, GradeLevel};
use super::policy::Policy;
use super::problem::{Problem, Scale};
use super::Verdict;
use crate::lang::Lang;

/// Picks the sentence for a language; both templates take the same arguments.
macro_rules! tr {
    ($lang:expr, $en:literal, $zh:literal $(, $arg:expr)* $(,)?) => {
        match $lang {
            Lang::En => format!($en $(, $arg)*),
            Lang::Zh => format!($zh $(, $arg)*),
        }
    };
}

/// Picks a fixed word for a language.
fn w(lang: Lang, en: &'static str, zh: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

pub fn verdict(v: Verdict, lang: Lang) -> &'static str {
    match v {
        Verdict::Eligible => w(
            lang,
            "On the facts given, you meet every condition the Measures set for a transfer.",
            "根据所填信息，你符合《办法》规定的全部转学条件。",
        ),
        Verdict::NeedsReview => w(
            lang,
            "You may be eligible: some conditions need a committee's judgement.",
            "你可能符合条件：部分条件需由委员会研究决定。",
        ),
        Verdict::NotEligible => w(
            lang,
            "On the facts given, at least one condition for a transfer is not met.",
            "根据所填信息，至少有一项转学条件不符合。",
        ),
        Verdict::Incomplete => w(
            lang,
            "Some facts are still missing: give them to see a verdict.",
            "尚有信息未填写：补充后即可看到结论。",
        ),
    }
}

pub fn outcome(o: Outcome, lang: Lang) -> &'static str {
    match o {
        Outcome::Pass => w(lang, "Met", "符合"),
        Outcome::Fail => w(lang, "Not met", "不符合"),
        Outcome::Review => w(lang, "Committee decides", "需委员会研究"),
        Outcome::Missing => w(lang, "Missing information", "信息缺失"),
        Outcome::NotApplicable => w(lang, "Does not apply", "不适用"),
    }
}

pub fn course_outcome(o: CourseOutcome, lang: Lang) -> &'static str {
    match o {
        CourseOutcome::Recognized => w(lang, "Recognized", "予以认定"),
        CourseOutcome::Review => w(lang, "In review", "待审核"),
        CourseOutcome::NotRecognized => w(lang, "Not recognized", "不予认定"),
    }
}

/// What is wrong with a field of a case file, in a sentence that follows its path.
pub fn problem(p: &Problem, lang: Lang) -> String {
    match p {
        Problem::NotJson {
            line,
            column,
            what,
            ends_early,
        } => {
            let early = if *ends_early {
                w(lang, " (the file ends too early)", "（文件过早结束）")
            } else {
                ""
            };
            tr!(
                lang,
                "not valid JSON: line {}, column {}: {}{}",
                "不是有效的 JSON：第 {} 行第 {} 列：{}{}",
                line,
                column,
                what,
                early
            )
        }
        Problem::NotAnObject => tr!(
            lang,
            "not a case file: expected a JSON object ({{ ... }})",
            "不是案例文件：应为一个 JSON 对象（{{ ... }}）"
        ),
        Problem::FormatRequired => tr!(
            lang,
            "required; a case file starts with \"format\": \"{}\"",
            "必填；案例文件以 \"format\": \"{}\" 开头",
            case::FORMAT
        ),
        Problem::NotACaseFile { found } => tr!(
            lang,
            "{} is not a case file; expected \"{}\"",
            "{} 不是案例文件；应为 \"{}\"",
            found,
            case::FORMAT
        ),
        Problem::VersionRequired => tr!(
            lang,
            "required; this tool reads version {}",
            "必填；本工具读取第 {} 版",
            case::VERSION
        ),
        Problem::VersionText { found } => tr!(
            lang,
            "{} is text; write the number {}",
            "{} 是文本；请写数字 {}",
            found,
            case::VERSION
        ),
        Problem::VersionUnsupported { found } => tr!(
            lang,
            "{} is not supported; this tool reads version {}",
            "不支持第 {} 版；本工具读取第 {} 版",
            found,
            case::VERSION
        ),
        Problem::Shape(text) => tr!(lang, "{}", "文件格式有误：{}", text),
        Problem::TooPrecise { raw } => tr!(
            lang,
            "{} has more than three decimal places",
            "{} 的小数超过三位",
            raw
        ),
        Problem::NotUsable { raw } => {
            tr!(lang, "{} is not a usable number", "{} 不是可用的数字", raw)
        }
        Problem::Negative { value } => tr!(lang, "{} is negative", "{} 是负数", value),
        Problem::BelowMin {
            value,
            min,
            scale: Some(s),
        } => tr!(
            lang,
            "{} is below {}'s minimum of {}",
            "{} 低于{}的最小值 {}",
            value,
            scale_name(*s, lang),
            min
        ),
        Problem::BelowMin {
            value,
            min,
            scale: None,
        } => tr!(
            lang,
            "{} is below the minimum of {}",
            "{} 低于最小值 {}",
            value,
            min
        ),
        Problem::AboveMax {
            value,
            max,
            scale: Some(s),
        } => tr!(
            lang,
            "{} is above {}'s maximum of {}",
            "{} 超过{}的最大值 {}",
            value,
            scale_name(*s, lang),
            max
        ),
        Problem::AboveMax {
            value,
            max,
            scale: None,
        } => tr!(
            lang,
            "{} is above the maximum of {}",
            "{} 超过最大值 {}",
            value,
            max
        ),
        Problem::Zero => tr!(
            lang,
            "0 is not allowed; it must be greater than 0",
            "不能为 0，必须大于 0"
        ),
        Problem::NotWhole { value } => tr!(lang, "{} is not a whole number", "{} 不是整数", value),
        Problem::OffStep { value, step, scale } => {
            let on = scale.map_or(w(lang, "the scale", "该分制"), |s| scale_name(s, lang));
            tr!(
                lang,
                "{} is not on {}'s steps of {}",
                "{} 不符合{}以 {} 为单位的分档",
                value,
                on,
                step
            )
        }
        Problem::NotADate { text } => tr!(
            lang,
            "\"{}\" is not a date; write it as YYYY-MM-DD",
            "\"{}\" 不是日期；请按 YYYY-MM-DD 格式填写",
            text
        ),
        Problem::AfterAssessment { date, assessed_on } => tr!(
            lang,
            "{} is after the assessment date {}; a course counts once it is completed",
            "{} 晚于评估日期 {}；课程完成后才能计入",
            date,
            assessed_on
        ),
        Problem::NotAGradeWord { text, system } => {
            let (what, words) = grade_words(*system, lang);
            tr!(
                lang,
                "\"{}\" is not {}; expected one of {}",
                "\"{}\" 不是{}；应为以下之一：{}",
                text,
                what,
                words
            )
        }
        Problem::NotANumber { text, system } => {
            let max = if *system == GradeSystem::Gpa4 {
                "4.0"
            } else {
                "100"
            };
            tr!(
                lang,
                "\"{}\" is not a number; expected a number from 0 to {}",
                "\"{}\" 不是数字；应为 0 到 {} 之间的数字",
                text,
                max
            )
        }
        Problem::NumberForWord { value } => tr!(
            lang,
            "{} is a number; this grading system takes a word",
            "{} 是数字；该记分制应填写等级",
            value
        ),
        Problem::NoLevel { test: t } => tr!(
            lang,
            "{} has no level; give its overall score",
            "{}没有等级；请填写总分",
            test(*t, lang)
        ),
        Problem::SectionsNotUsed { test: t } => tr!(
            lang,
            "{} section scores are not used; leave them out",
            "{}不使用单项分；请删除",
            test(*t, lang)
        ),
        Problem::SectionCount { test: t, given } => tr!(
            lang,
            "{} has 4 section scores (listening, reading, writing, speaking); {} given",
            "{}有 4 项单项分（听、读、写、说）；此处填写了 {} 项",
            test(*t, lang),
            given
        ),
        Problem::MoreThanTotal { completed, total } => tr!(
            lang,
            "{} is more than the original total of {} credits",
            "{} 超过原专业总学分 {}",
            completed,
            total
        ),
    }
}

fn scale_name(s: Scale, lang: Lang) -> &'static str {
    match s {
        Scale::Percentage => w(lang, "the percentage scale", "百分制"),
        Scale::Gpa4 => w(lang, "the 4.0 GPA scale", "4.0 绩点制"),
        Scale::Overlap => w(lang, "the overlap rate", "重合率"),
        Scale::Ielts => w(lang, "the IELTS band scale", "雅思分数"),
        Scale::Toefl => w(lang, "the TOEFL iBT scale", "托福 iBT 总分"),
        Scale::ToeflSection => w(lang, "the TOEFL iBT section scale", "托福 iBT 单项分"),
        Scale::Pte => w(lang, "the PTE Academic scale", "PTE 学术英语分数"),
        Scale::HskLevel => w(lang, "the HSK level scale", "HSK 等级"),
        Scale::HskScore => w(lang, "the HSK score scale", "HSK 分数"),
    }
}

/// The name of a word-valued grading system and the words a case file accepts for it.
fn grade_words(system: GradeSystem, lang: Lang) -> (&'static str, String) {
    let join = |words: &mut dyn Iterator<Item = &'static str>| words.collect::<Vec<_>>().join(", ");
    match system {
        GradeSystem::FiveLevel => (
            w(lang, "a five-level grade", "五级制成绩"),
            join(&mut GradeLevel::ALL.iter().map(|g| g.word())),
        ),
        GradeSystem::FourLevel => (
            w(lang, "a four-level grade", "四级制成绩"),
            join(&mut FourLevel::ALL.iter().map(|g| g.letter())),
        ),
        _ => (
            w(lang, "an ECTS grade", "ECTS 成绩"),
            join(&mut Ects::ALL.iter().map(|g| g.letter())),
        ),
    }
}

pub fn condition(c: Condition, lang: Lang) -> &'static str {
    match c {
        Condition::Semesters => w(lang, "Semesters completed", "已修读学期"),
        Condition::FinalYear => w(lang, "Not in the final year", "未进入毕业学年"),
        Condition::Status => w(lang, "Student status", "学籍状态"),
        Condition::Discipline => w(lang, "Disciplinary record", "纪律处分"),
        Condition::Reason => w(lang, "Reason for transfer", "转学理由"),
        Condition::Quota => w(lang, "Quota in the receiving major", "转入专业招生计划余额"),
        Condition::SpecialEnrollment => w(lang, "Special type of enrollment", "特殊类型招生"),
        Condition::LowerLevel => w(
            lang,
            "Transfer from a lower level",
            "由低学历层次转入高层次",
        ),
        Condition::EntranceExam => w(lang, "College entrance examination", "高考成绩"),
        Condition::Performance => w(lang, "Academic performance", "学业成绩"),
        Condition::AdmissionStandard => w(lang, "Admission standard", "原专业录取标准"),
        Condition::RevokedRatio => w(lang, "Share of credits completed", "已修学分比例"),
        Condition::RevocationDocument => w(lang, "Revocation document", "撤销学位授予权的正式文件"),
        Condition::CompletedStudiesCertificate => {
            w(lang, "Certificate of completed studies", "已完成学业证明")
        }
        Condition::ResearchProgress => w(lang, "Research progress certificate", "科研进展证明"),
        Condition::Authentication => w(lang, "Academic authentication", "学历学位认证"),
        Condition::Language => w(lang, "Language proficiency", "语言能力"),
    }
}

pub fn fact(f: Fact, lang: Lang) -> &'static str {
    match f {
        Fact::Route => w(
            lang,
            "where you are transferring from (route)",
            "转学类型（生源）",
        ),
        Fact::Level => w(lang, "your level of study", "学历层次"),
        Fact::Revoked => w(
            lang,
            "whether your institution's degree-awarding authority was revoked",
            "原学校是否被撤销学位授予权",
        ),
        Fact::SemestersCompleted => w(lang, "the number of semesters completed", "已修读学期数"),
        Fact::InFinalYear => w(
            lang,
            "whether you are in the final year",
            "是否已进入毕业学年",
        ),
        Fact::Status => w(lang, "your student status", "学籍状态"),
        Fact::DisciplinaryRecord => w(
            lang,
            "whether you have a disciplinary record",
            "是否受过纪律处分",
        ),
        Fact::Reason => w(lang, "the reason for the transfer", "转学理由"),
        Fact::Quota => w(
            lang,
            "whether the receiving major has quota left",
            "转入专业是否有招生计划余额",
        ),
        Fact::SpecialEnrollment => w(
            lang,
            "whether you were admitted through a special type of enrollment",
            "是否通过特殊类型招生录取",
        ),
        Fact::FromLowerLevel => w(
            lang,
            "whether you are moving up from a lower level",
            "是否由低学历层次转入",
        ),
        Fact::ExplanatoryMaterial => w(
            lang,
            "whether you have special explanatory material",
            "是否有特殊说明材料",
        ),
        Fact::EntranceScore => w(lang, "your college entrance examination score", "高考成绩"),
        Fact::EntranceCutoff => w(
            lang,
            "the receiving major's admission score",
            "转入专业录取分数线",
        ),
        Fact::Performance => w(lang, "your average grade", "平均成绩"),
        Fact::Papers => w(lang, "your papers", "发表论文情况"),
        Fact::AdmissionStandard => w(
            lang,
            "whether your original admission standard is not lower",
            "原专业录取标准是否不低于转入学校",
        ),
        Fact::CompletedCredits => w(lang, "the credits you completed", "已修学分"),
        Fact::OriginalTotalCredits => w(
            lang,
            "your original major's total graduation credits",
            "原专业毕业总学分",
        ),
        Fact::RevocationDocument => w(
            lang,
            "whether you have the revocation document",
            "是否有撤销学位授予权的正式文件",
        ),
        Fact::CompletedStudiesCertificate => w(
            lang,
            "whether you have the certificate of completed studies",
            "是否有已完成学业证明",
        ),
        Fact::ResearchProgressCertificate => w(
            lang,
            "whether you have the research progress certificate",
            "是否有科研进展证明",
        ),
        Fact::AuthenticationBody => w(lang, "which body authenticated your record", "认证机构"),
        Fact::AuthenticationConsistent => w(
            lang,
            "whether the authentication matches your student record",
            "认证内容是否与学籍信息一致",
        ),
        Fact::TeachingLanguage => w(
            lang,
            "the receiving major's teaching language",
            "转入专业的授课语言",
        ),
        Fact::EnglishSpeakingCountry => w(
            lang,
            "whether you come from an English-speaking country",
            "是否来自英语国家",
        ),
        Fact::ExemptionCertificate => w(
            lang,
            "whether you have a language exemption certificate",
            "是否有语言免试证明",
        ),
        Fact::LanguageTests => w(lang, "your language test results", "语言考试成绩"),
    }
}

pub fn level_word(l: GradeLevel, lang: Lang) -> &'static str {
    match l {
        GradeLevel::Excellent => w(lang, "Excellent", "优秀"),
        GradeLevel::Good => w(lang, "Good", "良好"),
        GradeLevel::Medium => w(lang, "Medium", "中等"),
        GradeLevel::Pass => w(lang, "Pass", "及格"),
        GradeLevel::Fail => w(lang, "Fail", "不及格"),
    }
}

pub fn grade(g: Grade, lang: Lang) -> String {
    match g {
        Grade::Percentage(v) => tr!(lang, "{} points", "{}分", v),
        Grade::FiveLevel(l) => level_word(l, lang).to_owned(),
        Grade::FourLevel(l) => tr!(lang, "{}", "{}", l),
        Grade::Gpa4(v) => format!("GPA {v}"),
        Grade::Ects(l) => format!("ECTS {l}"),
    }
}

pub fn route(r: Route, lang: Lang) -> &'static str {
    match r {
        Route::Mainland => w(lang, "mainland", "内地高校"),
        Route::Hmt => w(lang, "Hong Kong, Macao and Taiwan", "港澳台地区高校"),
        Route::SinoForeign => w(lang, "Sino-foreign programme", "中外合作办学项目"),
        Route::International => w(lang, "international", "国际高校"),
    }
}

pub fn level(l: Level, lang: Lang) -> &'static str {
    match l {
        Level::Undergraduate => w(lang, "undergraduate", "本科生"),
        Level::Master => w(lang, "master's", "硕士研究生"),
        Level::Doctoral => w(lang, "doctoral", "博士研究生"),
    }
}

pub fn body(b: Body, lang: Lang) -> &'static str {
    match b {
        Body::Chsi => w(lang, "CHSI", "中国高等教育学生信息网（学信网）"),
        Body::HmtOffice => w(
            lang,
            "the MOE Hong Kong, Macao and Taiwan Affairs Office",
            "教育部港澳台办",
        ),
        Body::Hkcaavq => w(lang, "HKCAAVQ", "香港学术及职业资历评审局（HKCAAVQ）"),
        Body::Gaes => w(
            lang,
            "the Macao Higher Education Bureau (GAES)",
            "澳门高等教育局（GAES）",
        ),
        Body::TaiwanMoe => w(
            lang,
            "Taiwan region's \"Ministry of Education\"",
            "台湾地区“教育部”",
        ),
        Body::SinoForeignPlatform => w(
            lang,
            "the MOE Sino-foreign Cooperative Education Supervision Platform",
            "教育部中外合作办学监管工作信息平台",
        ),
        Body::Cscse => w(lang, "CSCSE", "教育部留学服务中心（CSCSE）"),
        Body::Naric => w(lang, "an EU NARIC", "欧盟国家学历认证中心（NARIC）"),
        Body::WesUs => w(lang, "WES (United States)", "美国WES"),
        Body::Ece => w(lang, "ECE (United States)", "美国ECE"),
        Body::Aqf => w(
            lang,
            "an AQF certification body (Australia)",
            "澳大利亚学历资格框架（AQF）认证机构",
        ),
        Body::WesCanada => w(lang, "WES Canada", "加拿大WES"),
        Body::Icas => w(lang, "ICAS (Canada)", "加拿大ICAS"),
        Body::Qaa => w(lang, "QAA (United Kingdom)", "英国QAA"),
        Body::Other => w(lang, "another body", "其他机构"),
    }
}

pub fn test(t: TestKind, lang: Lang) -> &'static str {
    match t {
        TestKind::Ielts => w(lang, "IELTS", "雅思（IELTS）"),
        TestKind::ToeflIbt => w(lang, "TOEFL iBT", "托福（TOEFL iBT）"),
        TestKind::Pte => w(lang, "PTE Academic", "PTE学术英语"),
        TestKind::Hsk => w(lang, "HSK", "汉语水平考试（HSK）"),
    }
}

pub fn literacy_category(c: LiteracyCategory, lang: Lang) -> &'static str {
    match c {
        LiteracyCategory::GlobalCitizenship => w(lang, "global citizenship", "全球公民教育"),
        LiteracyCategory::Ethics => w(lang, "ethics and social responsibility", "伦理与社会责任"),
        LiteracyCategory::Intercultural => w(lang, "cross-cultural communication", "跨文化交流"),
        LiteracyCategory::Sustainability => w(lang, "sustainable development", "可持续发展"),
    }
}

fn nature(n: Nature, lang: Lang) -> &'static str {
    match n {
        Nature::Compulsory => w(lang, "compulsory", "必修"),
        Nature::Elective => w(lang, "elective", "选修"),
    }
}

fn kind(k: CourseKind, lang: Lang) -> &'static str {
    match k {
        CourseKind::Theory => w(lang, "theory", "理论课"),
        CourseKind::Practice => w(lang, "practice", "实践课"),
        CourseKind::Internship => w(lang, "internship", "实习"),
    }
}

/// A fraction as a percentage, for display only: decisions were taken on exact values.
fn percent(num: Fixed, den: Fixed) -> String {
    if den == Fixed::ZERO {
        return "0%".to_owned();
    }
    let p = num.to_f64() / den.to_f64() * 100.0;
    let s = format!("{p:.1}");
    format!("{}%", s.strip_suffix(".0").unwrap_or(&s))
}

/// An exact rate such as 0.705 as "70.5%".
fn rate(r: Fixed) -> String {
    format!("{}%", Fixed::from_milli(r.milli() * 100))
}

pub fn finding(f: &Finding, p: &Policy, lang: Lang) -> String {
    let o = f.outcome;
    match &f.detail {
        Detail::Missing { fact: x } => tr!(lang, "Not given yet: {}.", "尚未填写：{}。", fact(*x, lang)),
        Detail::NotApplicable { because } => not_applicable(*because, lang).to_owned(),
        Detail::Semesters { completed, min } => match o {
            Outcome::Pass => tr!(lang, "{} semesters completed (excluding suspension or retention), at least the {} required.", "已修读{}个学期（不含休学、保留学籍期间），不少于要求的{}个。", completed, min),
            _ => tr!(lang, "{} semesters completed; at least {} must be completed at the original institution (R14).", "已修读{}个学期；须在原学校至少修读{}个学期（R14）。", completed, min),
        },
        Detail::FinalYear { .. } => match o {
            Outcome::Pass => w(lang, "Not yet in the final year of studies.", "尚未进入毕业学年。").to_owned(),
            _ => w(lang, "Students in the final year of studies cannot transfer (R14).", "已进入毕业学年的学生不能转学（R14）。").to_owned(),
        },
        Detail::Status { status } => status_text(*status, lang),
        Detail::Discipline { record } => if *record {
            w(lang, "A disciplinary punishment of warning or above rules out a transfer (R14).", "受过警告及以上纪律处分的，不能转学（R14）。").to_owned()
        } else {
            w(lang, "No disciplinary punishment of warning or above.", "未受过警告及以上纪律处分。").to_owned()
        },
        Detail::Reason { reason, revoked } => reason_text(*reason, *revoked, lang),
        Detail::Quota { has_quota } => if *has_quota {
            w(lang, "The receiving major has enrollment quota left.", "转入专业尚有招生计划余额。").to_owned()
        } else {
            w(lang, "The receiving major has no enrollment quota left (R14).", "转入专业没有招生计划余额（R14）。").to_owned()
        },
        Detail::SpecialEnrollment { special } => if *special {
            w(lang, "Students admitted through targeted, minority preparatory or national or local special programmes cannot transfer (R14).", "通过定向、少数民族预科、国家及地方专项计划等特殊类型招生录取的学生不能转学（R14）。").to_owned()
        } else {
            w(lang, "Not admitted through a special type of enrollment.", "非特殊类型招生录取。").to_owned()
        },
        Detail::LowerLevel { lower } => if *lower {
            w(lang, "A transfer from a lower level (such as junior college) to a higher one is not allowed (R14).", "不能由低学历层次（如专科）转入高学历层次（R14）。").to_owned()
        } else {
            w(lang, "Not a transfer from a lower level of study.", "非由低学历层次转入。").to_owned()
        },
        Detail::EntranceExam { score, cutoff } => match o {
            Outcome::Pass => tr!(lang, "Entrance examination score {} is not below the receiving major's admission score of {}.", "高考成绩{}分，不低于转入专业录取分数{}分。", score, cutoff),
            _ => tr!(lang, "Entrance examination score {} is below the receiving major's admission score of {} (R14).", "高考成绩{}分，低于转入专业录取分数{}分（R14）。", score, cutoff),
        },
        Detail::Average { grade: g, minimum, meets, explanatory_material, a7_2_band } => {
            let mut s = average_text(*g, *minimum, *meets, lang);
            if *a7_2_band {
                let (from, min) = (p.a7_2_undergraduate_band_from.value, p.ug_min_gpa_international.value);
                s.push_str(&tr!(lang, " Table A7.2 lists GPA {}-{} as eligible for undergraduates, but the {} of A4.3.1.b governs (R4).", "表A7.2将GPA {}-{}列为本科生可转学，但以A4.3.1.b规定的{}为准（R4）。", from, min, min));
            }
            if !meets {
                s.push_str(explanatory(*explanatory_material, lang));
            }
            s
        }
        Detail::AverageToConvert { grade: g, .. } => tr!(lang, "An average of {} is in a system A4.3.1.b does not name (it names a 4.0 GPA and ECTS grades): the committee converts it (R11).", "平均成绩{}所用的计分制不在A4.3.1.b所列（仅列4.0制GPA和ECTS等级）之内，由委员会换算认定（R11）。", grade(*g, lang)),
        Detail::Postgraduate(d) => postgraduate_text(d, o, lang),
        Detail::AdmissionStandard { not_lower } => if *not_lower {
            w(lang, "The original major's admission standard is not lower than the receiving institution's.", "原专业录取标准不低于转入学校。").to_owned()
        } else {
            w(lang, "The original major's admission standard is lower than the receiving institution's.", "原专业录取标准低于转入学校。").to_owned()
        },
        Detail::RevokedRatio { completed, total, min, level: l } => {
            let share = percent(*completed, *total);
            match o {
                Outcome::Pass => tr!(lang, "{} of {} credits completed ({}), at least the {} required of {} students.", "已修{0}学分，占原专业总学分{1}的{2}，不低于{4}要求的{3}。", completed, total, share, rate(*min), level(*l, lang)),
                _ => tr!(lang, "{} of {} credits completed ({}) is below the {} required of {} students (A5.7).", "已修{0}学分，占原专业总学分{1}的{2}，低于{4}要求的{3}（A5.7）。", completed, total, share, rate(*min), level(*l, lang)),
            }
        }
        Detail::Document { document, provided } => document_text(*document, *provided, lang),
        Detail::Authentication { route: r, body: b, listed, consistent } => authentication_text(*r, *b, *listed, *consistent, p, lang),
        Detail::Language(d) => language_text(d, o, p, lang),
    }
}

fn not_applicable(b: Because, lang: Lang) -> &'static str {
    match b {
        Because::Postgraduate => w(lang, "Applies to undergraduates only.", "仅适用于本科生。"),
        Because::InternationalRoute => w(
            lang,
            "Does not apply to international transfers (R14).",
            "不适用于国际转学（R14）。",
        ),
        Because::NotMaster => w(
            lang,
            "Applies to master's students only.",
            "仅适用于硕士研究生。",
        ),
        Because::NotRevoked => w(
            lang,
            "Applies only when the original institution's degree-awarding authority was revoked.",
            "仅适用于原学校被撤销学位授予权的情形。",
        ),
        Because::Undergraduate => w(lang, "Applies to postgraduates only.", "仅适用于研究生。"),
        Because::NotInternational => w(
            lang,
            "Applies to international transfers only.",
            "仅适用于国际转学。",
        ),
    }
}

fn status_text(s: Status, lang: Lang) -> String {
    match s {
        Status::Normal => w(lang, "Student status is normal.", "学籍状态正常。"),
        Status::Suspended => w(
            lang,
            "Students whose studies are suspended cannot transfer (R14).",
            "处于休学状态的学生不能转学（R14）。",
        ),
        Status::AdmissionRetained => w(
            lang,
            "Students whose admission is retained cannot transfer (R14).",
            "处于保留入学资格状态的学生不能转学（R14）。",
        ),
        Status::ExpulsionProposed => w(
            lang,
            "A proposed expulsion rules out a transfer (R14).",
            "原学校拟给予开除学籍处分的，不能转学（R14）。",
        ),
        Status::Expelled => w(
            lang,
            "An expulsion decision rules out a transfer (R14).",
            "原学校已作出开除学籍决定的，不能转学（R14）。",
        ),
    }
    .to_owned()
}

fn reason_text(r: Reason, revoked: bool, lang: Lang) -> String {
    match r {
        Reason::Health => w(lang, "Health: a diagnosis certificate from a Grade II Class A or higher hospital within the past 6 months is needed.", "健康原因：需提供二级甲等及以上医院近6个月内出具的诊断证明。"),
        Reason::Family => w(lang, "Special family difficulties: a certificate from the street office or township government is needed.", "家庭特殊困难：需提供户籍所在地街道办或乡镇政府出具的证明。"),
        Reason::Academic => w(lang, "Academic development: a recommendation from the head of the original major and a compatibility statement are needed.", "学业发展需要：需提供原学校专业负责人推荐信及专业适配说明。"),
        Reason::Revoked if revoked => w(lang, "The original institution's degree-awarding authority was revoked.", "原学校被撤销学位授予权。"),
        Reason::Revoked => w(lang, "The revocation reason needs an original institution whose degree-awarding authority was revoked (R14).", "以“原学校被撤销学位授予权”为理由的，原学校须确已被撤销学位授予权（R14）。"),
    }
    .to_owned()
}

fn average_text(g: Grade, min: Grade, meets: bool, lang: Lang) -> String {
    let (g, min) = (grade(g, lang), grade(min, lang));
    let mut s = if meets {
        tr!(
            lang,
            "Average {} meets the minimum of {}.",
            "平均成绩{}，达到{}的最低要求。",
            g,
            min
        )
    } else {
        tr!(
            lang,
            "Average {} is below the minimum of {}.",
            "平均成绩{}，低于{}的最低要求。",
            g,
            min
        )
    };
    if let Some(note) = ects_note(&s, lang) {
        s.push_str(note);
    }
    s
}

/// R2: the discrepancy between A4.3.1.b and Table A7.1.2 is always pointed out for ECTS averages.
fn ects_note(s: &str, lang: Lang) -> Option<&'static str> {
    s.contains("ECTS").then(|| {
        w(
            lang,
            " The letter governs (R2): A4.3.1.b pairs \"C\" with 60-69 points, while Table A7.1.2 converts C to 70-79 and D to 60-69.",
            "以等级字母为准（R2）：A4.3.1.b将“C”对应为60-69分，而表A7.1.2将C换算为70-79分、D为60-69分。",
        )
    })
}

fn explanatory(material: Option<bool>, lang: Lang) -> &'static str {
    match material {
        Some(true) => w(
            lang,
            " With special explanatory material, the committee decides (R4, A5.6).",
            "有特殊说明材料的，由委员会研究决定（R4、A5.6）。",
        ),
        Some(false) => w(
            lang,
            " Without special explanatory material this rules out a transfer (R4, A5.6).",
            "无特殊说明材料的，不能转学（R4、A5.6）。",
        ),
        None => w(
            lang,
            " Say whether you have special explanatory material (R4, A5.6).",
            "请说明是否有特殊说明材料（R4、A5.6）。",
        ),
    }
}

fn postgraduate_text(d: &PostgraduateDetail, o: Outcome, lang: Lang) -> String {
    let doctoral = d.level == Level::Doctoral;
    let papers = if doctoral {
        tr!(lang, "{} first-author Web of Science core papers in the relevant field, at least {} with an impact factor of {} or more", "{}篇及以上以第一作者发表、被Web of Science核心合集收录的相关领域论文（至少{}篇影响因子不低于{}）", d.min_papers, d.min_high_impact_papers, d.min_impact_factor)
    } else {
        tr!(
            lang,
            "{} first-author Web of Science core paper with an impact factor of {} or more",
            "{}篇以第一作者发表、被Web of Science核心合集收录且影响因子不低于{}的论文",
            d.min_papers,
            d.min_impact_factor
        )
    };
    let gpa_part = match d.grade {
        Some(Grade::Gpa4(v)) if v >= d.min_gpa => tr!(lang, "GPA {} meets the {} minimum of {}.", "GPA {}，达到{}{}的最低要求。", v, level(d.level, lang), d.min_gpa),
        Some(Grade::Gpa4(v)) => tr!(lang, "GPA {} is below the {} minimum of {}.", "GPA {}，低于{}{}的最低要求。", v, level(d.level, lang), d.min_gpa),
        Some(g) => tr!(lang, "An average of {} is not on the 4.0 GPA scale the postgraduate thresholds use: the committee converts it (R11).", "平均成绩{}不是研究生标准所用的4.0制GPA，由委员会换算认定（R11）。", grade(g, lang)),
        None => tr!(lang, "No GPA given (the minimum is {}).", "未填写GPA（最低要求{}）。", d.min_gpa),
    };
    let paper_part = if !d.papers_given {
        tr!(
            lang,
            " Papers not given; {} would also qualify.",
            "未填写论文情况；{}亦可符合条件。",
            papers
        )
    } else if doctoral {
        tr!(
            lang,
            " Papers: {} qualifying, {} of them with an impact factor of {} or more; {} qualify.",
            "论文：符合条件{}篇，其中影响因子不低于{}的{}篇；要求为{}。",
            d.qualifying_papers,
            d.high_impact_papers,
            d.min_impact_factor,
            papers
        )
    } else {
        tr!(
            lang,
            " Papers: {} qualifying; {} qualifies.",
            "论文：符合条件{}篇；要求为{}。",
            d.qualifying_papers,
            papers
        )
    };
    let uncertain = if d.uncertain_papers > 0 {
        tr!(
            lang,
            " {} paper(s) lack a fact (authorship, indexing, field or impact factor).",
            "有{}篇论文信息不全（作者次序、收录、领域或影响因子）。",
            d.uncertain_papers
        )
    } else {
        String::new()
    };
    let mut s = format!("{gpa_part}{paper_part}{uncertain}");
    if o == Outcome::Pass {
        return s;
    }
    if !matches!(d.grade, Some(g) if !matches!(g, Grade::Gpa4(_))) {
        s.push_str(explanatory(d.explanatory_material, lang));
    }
    s
}

fn document_text(d: Document, provided: bool, lang: Lang) -> String {
    match (d, provided) {
        (Document::RevocationDocument, true) => w(lang, "The official revocation document of the education department is provided.", "已提供省级及以上教育行政部门撤销学位授予权的正式文件。"),
        (Document::RevocationDocument, false) => w(lang, "The official revocation document of the provincial or higher education department is required (A5.7).", "须提供省级及以上教育行政部门撤销学位授予权的正式文件（A5.7）。"),
        (Document::CompletedStudiesCertificate, true) => w(lang, "The certificate of completed academic studies is provided.", "已提供原学校出具的已完成学业证明。"),
        (Document::CompletedStudiesCertificate, false) => w(lang, "The certificate of completed academic studies (courses, credits and grades) is required.", "须提供原学校出具的已完成学业证明（含所修课程、学分及成绩）。"),
        (Document::ResearchProgressCertificate, true) => w(lang, "The research progress certificate is provided; the academic committee evaluates the continuity of the research.", "已提供科研进展证明；学术委员会将评估科研工作的连续性。"),
        (Document::ResearchProgressCertificate, false) => w(lang, "Postgraduates from a revoked institution need the research progress certificate (thesis proposal or mid-term assessment).", "原学校被撤销学位授予权的研究生须提供科研进展证明（如开题报告、中期考核结果）。"),
    }
    .to_owned()
}

fn authentication_text(
    r: Route,
    b: Body,
    listed: bool,
    consistent: Option<bool>,
    p: &Policy,
    lang: Lang,
) -> String {
    if !listed {
        let allowed: Vec<&str> = p
            .bodies_for(r)
            .value
            .iter()
            .map(|b| body(*b, lang))
            .collect();
        let sep = w(lang, ", ", "、");
        return tr!(
            lang,
            "A report by {} is not accepted for the {} route; it must come from {} (R13, A5.8).",
            "{}出具的报告不适用于{}转学；须由{}出具（R13、A5.8）。",
            body(b, lang),
            route(r, lang),
            allowed.join(sep)
        );
    }
    if consistent == Some(false) {
        return tr!(
            lang,
            "The report by {} is inconsistent with the original student record (A5.8).",
            "{}出具的认证内容与原学校学籍信息不一致（A5.8）。",
            body(b, lang)
        );
    }
    tr!(
        lang,
        "Authenticated by {}, consistent with the student record (R13).",
        "已由{}认证，且与学籍信息一致（R13）。",
        body(b, lang)
    )
}

fn language_text(d: &LanguageDetail, o: Outcome, p: &Policy, lang: Lang) -> String {
    if o == Outcome::Pass {
        if d.teaching == TeachingLanguage::English && d.english_speaking_country == Some(true) {
            return w(
                lang,
                "From an English-speaking country: no English test is required (R12).",
                "来自英语国家：无需英语考试成绩（R12）。",
            )
            .to_owned();
        }
        if d.teaching == TeachingLanguage::English && d.exemption_certificate == Some(true) {
            return w(
                lang,
                "An official language exemption certificate is provided (R12).",
                "已提供原学校出具的语言能力免试证明（R12）。",
            )
            .to_owned();
        }
        if let Some(t) = d
            .tests
            .iter()
            .flatten()
            .find(|t| matches!(t.verdict, TestVerdict::Qualifies { .. }))
        {
            return test_text(t, d.teaching, p, lang) + &tr!(lang, " (R12)", "（R12）");
        }
    }
    let mut parts: Vec<String> = d
        .tests
        .iter()
        .flatten()
        .map(|t| test_text(t, d.teaching, p, lang))
        .collect();
    if o == Outcome::Missing {
        parts.push(match d.teaching {
            TeachingLanguage::English => w(lang, "Give a qualifying test result, or say whether you hold an exemption certificate or come from an English-speaking country (R12).", "请填写符合要求的考试成绩，或说明是否有免试证明、是否来自英语国家（R12）。").to_owned(),
            TeachingLanguage::Chinese => tr!(lang, "A Chinese-taught major needs HSK level {} or above (R12).", "中文授课专业须HSK {}级及以上（R12）。", p.hsk_min_level.value),
        });
    } else if parts.is_empty() {
        parts.push(
            w(
                lang,
                "No qualifying language test result (R12).",
                "没有符合要求的语言考试成绩（R12）。",
            )
            .to_owned(),
        );
    }
    parts.join(w(lang, " ", ""))
}

fn test_text(t: &TestResult, teaching: TeachingLanguage, p: &Policy, lang: Lang) -> String {
    let name = test(t.test, lang);
    match t.verdict {
        TestVerdict::Qualifies { score } if t.test == TestKind::Hsk => tr!(
            lang,
            "HSK level {} meets the level {} minimum.",
            "HSK {}级，达到{}级要求。",
            score,
            p.hsk_min_level.value
        ),
        TestVerdict::Qualifies { score } => tr!(
            lang,
            "{} {} meets the minimum, with no section below the section minimum.",
            "{}成绩{}，达到总分及各单项要求。",
            name,
            score
        ),
        TestVerdict::OverallBelow { score, min } if t.test == TestKind::Hsk => tr!(
            lang,
            "HSK level {} is below the level {} minimum.",
            "HSK {}级，低于{}级要求。",
            score,
            min
        ),
        TestVerdict::OverallBelow { score, min } => tr!(
            lang,
            "{} {} is below the {} minimum.",
            "{}总分{}，低于{}的要求。",
            name,
            score,
            min
        ),
        TestVerdict::SectionBelow { section, min } => tr!(
            lang,
            "{} section {} is below the {} minimum.",
            "{}单项{}，低于{}的要求。",
            name,
            section,
            min
        ),
        TestVerdict::Incomplete => tr!(
            lang,
            "{}: give the overall score and every section score.",
            "{}：请填写总分及全部单项成绩。",
            name
        ),
        TestVerdict::NotForThisMajor => match teaching {
            TeachingLanguage::English => tr!(
                lang,
                "{} does not count for an English-taught major.",
                "{}不适用于英文授课专业。",
                name
            ),
            TeachingLanguage::Chinese => tr!(
                lang,
                "{} does not count for a Chinese-taught major.",
                "{}不适用于中文授课专业。",
                name
            ),
        },
    }
}

pub fn course_fact(f: CourseFact, lang: Lang) -> &'static str {
    match f {
        CourseFact::OfficialTranscript => w(
            lang,
            "whether it is on a sealed official transcript",
            "是否有加盖公章的正式成绩单",
        ),
        CourseFact::Translation => w(
            lang,
            "whether it is in Chinese or English or translated",
            "是否为中英文或附有翻译件",
        ),
        CourseFact::RegularInstitution => w(
            lang,
            "whether it is from a regular higher-education institution",
            "是否来自正规高等学校",
        ),
        CourseFact::CompletedOn => w(lang, "the date it was completed", "修读完成日期"),
        CourseFact::Grade => w(lang, "its grade", "成绩"),
        CourseFact::Credits => w(lang, "its credits", "学分"),
        CourseFact::Nature => w(
            lang,
            "whether it is compulsory or elective",
            "课程性质（必修/选修）",
        ),
        CourseFact::MatchNature => w(lang, "the matched course's nature", "对应课程的性质"),
        CourseFact::Overlap => w(
            lang,
            "the content overlap with the matched course",
            "与对应课程的知识点重合率",
        ),
        CourseFact::Hours => w(
            lang,
            "its class hours (or weekly hours and weeks)",
            "学时（或周学时及周数）",
        ),
        CourseFact::MatchHours => w(lang, "the matched course's class hours", "对应课程的学时"),
        CourseFact::Level => w(lang, "your level of study", "学历层次"),
        CourseFact::LiteracyCategory => w(lang, "the literacy category", "素养课程类别"),
        CourseFact::LiteracyContent => w(
            lang,
            "whether its content meets the category's requirements",
            "教学内容是否符合该类别要求",
        ),
        CourseFact::LiteracyAssessment => w(
            lang,
            "whether its assessment requirement was met",
            "考核要求是否达到",
        ),
    }
}

pub fn course_reason(r: &CourseReason, lang: Lang) -> String {
    match &r.detail {
        CourseDetail::Unknown { fact } => tr!(lang, "Not given: {}; the college checks it.", "未填写：{}；由学院核实。", course_fact(*fact, lang)),
        CourseDetail::NoOfficialTranscript => w(lang, "Not on a sealed official transcript naming the course and its credits (A8.1).", "无加盖教务部门公章、注明课程名称及学分的正式成绩单（A8.1）。").to_owned(),
        CourseDetail::NotTranslated => w(lang, "Neither in Chinese or English nor translated by a notary or listed body (A8.1).", "非中英文材料且未附公证处或认证机构的翻译件（A8.1）。").to_owned(),
        CourseDetail::IrregularInstitution => w(lang, "Credits from a non-regular institution (such as a training or language school) are not recognized (A8.3).", "非正规高等学校（如职业培训学校、语言学校）颁发的学分不予认定（A8.3）。").to_owned(),
        CourseDetail::Expired { completed_on, limit, years } => tr!(lang, "Completed on {}, more than {} years before the application (the limit was {}), without proof of continuous study (A8.2).", "于{}修读完成，距申请已超过{}年（期限至{}），且无持续学习证明（A8.2）。", completed_on, years, limit),
        CourseDetail::FailingGrade { grade: g, pass } => tr!(lang, "Grade {} is below the passing standard of {} points or its equivalent (A8.4).", "成绩{}，低于{}分或同等及格标准（A8.4）。", grade(*g, lang), pass),
        CourseDetail::Retake { postgraduate: false } => w(lang, "Passed after a make-up exam or retake: with the original institution's explanation, the committee may recognize it for undergraduates (R7, A8.4).", "补考或重修后通过：附原学校说明后，本科生可由委员会酌情认定（R7、A8.4）。").to_owned(),
        CourseDetail::Retake { postgraduate: true } => w(lang, "Passed after a make-up exam or retake: not recognized for postgraduates (R7, A8.4).", "补考或重修后通过：研究生不予认定（R7、A8.4）。").to_owned(),
        CourseDetail::FailedBeforeRevocation => w(lang, "Identified as failed by the original institution before its authority was revoked (A8.5).", "原学校在被撤销学位授予权前已认定为不及格（A8.5）。").to_owned(),
        CourseDetail::NoMatch => w(lang, "No matching course in the receiving programme, so its credits do not count here; the college may still evaluate it (A10.2.2.a).", "转入专业培养方案中没有对应课程，学分暂不计入；学院仍可对其进行评估（A10.2.2.a）。").to_owned(),
        CourseDetail::NatureDiffers { course, receiving } => tr!(lang, "It is {} but the matched course is {}: the nature must be the same (A6.2.1).", "该课程为{}课，而对应课程为{}课：课程性质须一致（A6.2.1）。", nature(*course, lang), nature(*receiving, lang)),
        CourseDetail::OverlapBelow { overlap, min } => tr!(lang, "Content overlap {} is below the {} minimum ({}).", "知识点重合率{}，低于{}的要求（{}）。", rate(*overlap), rate(*min), r.rule),
        CourseDetail::OverlapRelaxed { overlap, min, relaxed } => tr!(lang, "Content overlap {} is below {} but not below the {} allowed for revoked institutions: the academic committee votes, with at least 2/3 in favour (R6, A6.2.4.a).", "知识点重合率{}，低于{}，但不低于原学校被撤销学位授予权时放宽的{}：须经学术委员会表决，同意票不少于2/3（R6、A6.2.4.a）。", rate(*overlap), rate(*min), rate(*relaxed)),
        CourseDetail::HoursBelow { hours, source, receiving, min_ratio } => tr!(lang, "{} are {} of the matched course's {} class hours, below the {} minimum; hours are compared as written (R6, A6.2.1).", "{}为对应课程{}学时的{}，低于{}的要求；按实际学时比较（R6、A6.2.1）。", hours_text(*hours, *source, lang), receiving, percent(*hours, *receiving), rate(*min_ratio)),
        CourseDetail::PracticeCertificate => w(lang, "A completed practical course with the internship unit's certificate and achievement report: recognized directly (A6.2.4.b).", "已完成的实践类课程，提供了实习单位证明及成果报告：直接认定学分（A6.2.4.b）。").to_owned(),
        CourseDetail::Matched { title, overlap, hours, receiving_hours } => {
            let title = title.as_deref().unwrap_or_else(|| w(lang, "the receiving course", "对应课程"));
            tr!(lang, "Matches {}: same nature, {} content overlap, {} of {} class hours (A6.2.1).", "对应{}：课程性质一致，知识点重合率{}，学时{}/{}（A6.2.1）。", title, rate(*overlap), hours, receiving_hours)
        }
        CourseDetail::Passed { grade: g } => tr!(lang, "Grade {} meets the passing standard (A6.2.2).", "成绩{}，达到及格标准（A6.2.2）。", grade(*g, lang)),
        CourseDetail::Converted { from, conversion, credits } => match conversion {
            Conversion::Ects { factor } => tr!(lang, "{} ECTS x {} = {} credits (A7.1.1).", "{} ECTS × {} = {}学分（A7.1.1）。", from, factor, credits),
            Conversion::Hours { kind: k, from: h_from, to } => tr!(lang, "{} credits x {} h / {} h per {} credit = {} credits, rounded to one decimal (R5, A6.2.3).", "{}学分 × {}学时 / {}学时（{}）= {}学分，保留一位小数（R5、A6.2.3）。", from, h_from, to, kind(*k, lang), credits),
            Conversion::OneToOne => tr!(lang, "{} credits count 1:1, as the hours per credit are not known on both sides (R5, A6.2.3).", "{}学分按1:1认定，因双方每学分学时标准未全部知晓（R5、A6.2.3）。", credits),
        },
        CourseDetail::LiteracyTooFewCredits { credits, min } => tr!(lang, "{} converted credits are below the {} a literacy course needs (A8.6).", "换算后{}学分，低于素养课程要求的{}学分（A8.6）。", credits, min),
        CourseDetail::LiteracyContent => w(lang, "Its teaching content does not meet the category's requirements (A8.6).", "教学内容不符合该类别要求（A8.6）。").to_owned(),
        CourseDetail::LiteracyAssessment => w(lang, "Its assessment requirement (paper, practical part or project) was not met (A8.6).", "未达到考核要求（课程论文、实践环节或项目）（A8.6）。").to_owned(),
        CourseDetail::LiteracySubstitutes { category, credits, category_max } => tr!(lang, "Substitutes {} ideological-political credits as {} (at most {} for this category) (R8, A7.3.1).", "作为{}课程，替代思政课{}学分（该类别最多{}学分）（R8、A7.3.1）。", credits, literacy_category(*category, lang), category_max),
        CourseDetail::LiteracyCapped { substituted, cap } => tr!(lang, "Only {} counted: literacy substitution is capped at {} credits here (R8, A7.3.3).", "仅计{}学分：本情形素养课程替代学分上限为{}学分（R8、A7.3.3）。", substituted, cap),
    }
}

fn hours_text(hours: Fixed, source: HoursSource, lang: Lang) -> String {
    match source {
        HoursSource::Written => tr!(lang, "{} class hours", "{}学时", hours),
        HoursSource::WeeklyTimesWeeks { weekly, weeks } => tr!(
            lang,
            "{} class hours ({} a week x {} weeks)",
            "{}学时（周学时{} × {}周）",
            hours,
            weekly,
            weeks
        ),
        HoursSource::EctsCredits {
            credits,
            per_credit,
        } => tr!(
            lang,
            "{} class hours ({} ECTS x {} h)",
            "{}学时（{} ECTS × {}学时）",
            hours,
            credits,
            per_credit
        ),
    }
}

// -------------------------------------------------------------------------------------------------
// What would change the result (`engine::changes`): one sentence per suggested value, phrased from
// the change's data only.
// -------------------------------------------------------------------------------------------------

use super::changes::{Change, Quantity, Step, Value};

/// A suggestion, e.g. "An average of at least 70 points (yours: 69.9 points) would meet A4.3.1.a."
pub fn change(c: &Change, lang: Lang) -> String {
    let needed = change_value(c.needed, c.quantity, lang);
    let what = match c.quantity {
        Quantity::Semesters => tr!(
            lang,
            "At least {} semester(s) completed",
            "已修读至少{}个学期",
            needed
        ),
        Quantity::EntranceScore => tr!(
            lang,
            "An entrance examination score of at least {}",
            "高考成绩不低于{}分",
            needed
        ),
        Quantity::Average => tr!(
            lang,
            "An average of at least {}",
            "平均成绩不低于{}",
            needed
        ),
        Quantity::ImpactFactor { paper } => tr!(
            lang,
            "An impact factor of at least {} for paper {}",
            "第{1}篇论文的影响因子不低于{0}",
            needed,
            paper + 1
        ),
        Quantity::CompletedCredits { total } => tr!(
            lang,
            "At least {} of the original {} credits completed",
            "已修学分不少于{}（原专业总学分{}）",
            needed,
            total
        ),
        Quantity::TestOverall {
            kind: TestKind::Hsk,
            ..
        } => tr!(lang, "HSK level {} or above", "HSK {}级及以上", needed),
        Quantity::TestOverall { kind, .. } => tr!(
            lang,
            "An overall {} score of at least {}",
            "{}总分不低于{}",
            test(kind, lang),
            needed
        ),
        Quantity::TestSections { kind, .. } => tr!(
            lang,
            "{} section scores of at least {} each",
            "{}各单项成绩均不低于{}",
            test(kind, lang),
            needed
        ),
        Quantity::Overlap => tr!(
            lang,
            "A content overlap of at least {}",
            "知识点重合率不低于{}",
            needed
        ),
        Quantity::Hours => tr!(lang, "At least {} class hours", "学时不少于{}", needed),
        Quantity::CourseGrade => tr!(lang, "A grade of at least {}", "成绩不低于{}", needed),
        Quantity::LiteracyCredits { converted } => tr!(
            lang,
            "At least {} credits as written (converting to the {} a literacy course needs)",
            "原学分不少于{}（换算后达到素养课程要求的{}学分）",
            needed,
            converted
        ),
    };
    let yours = match (c.current, c.quantity) {
        (None, _) => w(lang, " (not given yet)", "（尚未填写）").to_owned(),
        (Some(v), Quantity::TestSections { .. }) => tr!(
            lang,
            " (your lowest: {})",
            "（目前最低为{}）",
            change_value(v, c.quantity, lang)
        ),
        (Some(v), q) => tr!(
            lang,
            " (yours: {})",
            "（目前为{}）",
            change_value(v, q, lang)
        ),
    };
    let result = match c.step {
        Step::Pass => tr!(lang, "would meet {}", "即可符合{}的要求", c.cite),
        Step::Review => tr!(
            lang,
            "would bring it to the committee's decision ({})",
            "即可提交委员会研究决定（{}）",
            c.cite
        ),
    };
    let rest = if c.alone {
        ""
    } else {
        w(
            lang,
            " Other requirements must also be met.",
            "另须满足其他要求。",
        )
    };
    tr!(
        lang,
        "{}{} {}.{}",
        "{}{}，{}。{}",
        what,
        yours,
        result,
        rest
    )
}

/// A change's value: an overlap as a percentage, a grade in its own system's words.
fn change_value(v: Value, q: Quantity, lang: Lang) -> String {
    match v {
        Value::Grade(g) => grade(g, lang),
        Value::Number(n) if q == Quantity::Overlap => rate(n),
        Value::Number(n) => n.to_string(),
    }
}
