//! Single words and names, in Chinese.

use crate::engine::case::{Body, CourseKind, Level, LiteracyCategory, Nature, Route, TestKind};
use crate::engine::catalog::Category;
use crate::engine::rules::courses::CourseOutcome;
use crate::engine::rules::eligibility::Outcome;
use crate::engine::rules::grades::{Grade, GradeLevel};
use crate::engine::Verdict;

pub fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => "根据所填信息，您符合《办法》规定的全部转学条件。",
        Verdict::NeedsReview => "您可能符合条件：部分条件需由委员会研究决定。",
        Verdict::NotEligible => "根据所填信息，至少有一项转学条件不符合。",
        Verdict::Incomplete => "尚有信息未填写：补充后即可看到结论。",
    }
}

pub fn outcome(o: Outcome) -> &'static str {
    match o {
        Outcome::Pass => "符合",
        Outcome::Fail => "不符合",
        Outcome::Review => "需委员会研究",
        Outcome::Missing => "信息缺失",
        Outcome::NotApplicable => "不适用",
    }
}

pub fn course_outcome(o: CourseOutcome) -> &'static str {
    match o {
        CourseOutcome::Recognized => "予以认定",
        CourseOutcome::Review => "待审核",
        CourseOutcome::NotRecognized => "不予认定",
    }
}

pub fn level_word(l: GradeLevel) -> &'static str {
    match l {
        GradeLevel::Excellent => "优秀",
        GradeLevel::Good => "良好",
        GradeLevel::Medium => "中等",
        GradeLevel::Pass => "及格",
        GradeLevel::Fail => "不及格",
    }
}

pub fn grade(g: Grade) -> String {
    match g {
        Grade::Percentage(v) => format!("{v}分"),
        Grade::FiveLevel(l) => level_word(l).to_owned(),
        Grade::FourLevel(l) => format!("{l}"),
        Grade::Gpa4(v) => format!("GPA {v}"),
        Grade::Ects(l) => format!("ECTS {l}"),
    }
}

pub fn route(r: Route) -> &'static str {
    match r {
        Route::Mainland => "内地高校",
        Route::Hmt => "港澳台地区高校",
        Route::SinoForeign => "中外合作办学项目",
        Route::International => "国际高校",
    }
}

pub fn level(l: Level) -> &'static str {
    match l {
        Level::Undergraduate => "本科生",
        Level::Master => "硕士研究生",
        Level::Doctoral => "博士研究生",
    }
}

pub fn body(b: Body) -> &'static str {
    match b {
        Body::Chsi => "中国高等教育学生信息网（学信网）",
        Body::HmtOffice => "教育部港澳台办",
        Body::Hkcaavq => "香港学术及职业资历评审局（HKCAAVQ）",
        Body::Gaes => "澳门高等教育局（GAES）",
        Body::TaiwanMoe => "台湾地区“教育部”",
        Body::SinoForeignPlatform => "教育部中外合作办学监管工作信息平台",
        Body::Cscse => "教育部留学服务中心（CSCSE）",
        Body::Naric => "欧盟国家学历认证中心（NARIC）",
        Body::WesUs => "美国WES",
        Body::Ece => "美国ECE",
        Body::Aqf => "澳大利亚学历资格框架（AQF）认证机构",
        Body::WesCanada => "加拿大WES",
        Body::Icas => "加拿大ICAS",
        Body::Qaa => "英国QAA",
        Body::Other => "其他机构",
    }
}

pub fn test(t: TestKind) -> &'static str {
    match t {
        TestKind::Ielts => "雅思（IELTS）",
        TestKind::ToeflIbt => "托福（TOEFL iBT）",
        TestKind::Pte => "PTE学术英语",
        TestKind::Hsk => "汉语水平考试（HSK）",
    }
}

pub fn literacy_category(c: LiteracyCategory) -> &'static str {
    match c {
        LiteracyCategory::GlobalCitizenship => "全球公民教育",
        LiteracyCategory::Ethics => "伦理与社会责任",
        LiteracyCategory::Intercultural => "跨文化交流",
        LiteracyCategory::Sustainability => "可持续发展",
    }
}

/// The category of a literacy course the college offers: one of Table A7.3.1's, or an
/// ideological-political course itself.
pub fn offered_category(c: Category) -> &'static str {
    c.in_table().map_or("思想政治教育", literacy_category)
}

pub fn nature(n: Nature) -> &'static str {
    match n {
        Nature::Compulsory => "必修",
        Nature::Elective => "选修",
    }
}

pub fn kind(k: CourseKind) -> &'static str {
    match k {
        CourseKind::Theory => "理论课",
        CourseKind::Practice => "实践课",
        CourseKind::Internship => "实习",
    }
}
