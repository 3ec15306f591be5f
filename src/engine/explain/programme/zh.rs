//! The chosen programme of the catalogue, the courses still to take and the literacy courses
//! offered, in Chinese.

use super::super::grouped;
use super::super::rate;
use super::super::words::zh::offered_category;
use crate::engine::catalog::{Decision, LiteracyCourse, Precedent};
use crate::engine::rules::programme::{Chosen, Exemption, Remaining, Status};
use crate::lang::Lang;

/// Which programme is used, from which publication, and what that means for the figures.
pub fn programme(c: &Chosen) -> String {
    let Some(publication) = &c.publication else {
        return "未使用培养方案目录：培养方案的数据和课程按案例中填写的计算。".to_owned();
    };
    let catalogue = format!(
        "{}于 {} 发布的目录",
        publication.institution.get(Lang::Zh),
        publication.published_on
    );
    let programme = match (&c.major, c.cohort) {
        (Some(major), Some(cohort)) => format!("{}（{cohort} 级）", major.get(Lang::Zh)),
        _ => String::new(),
    };
    let chosen_in = c.chosen_in.map(|d| d.to_string()).unwrap_or_default();
    match (c.status, c.id.as_deref()) {
        (Status::Used, _) => format!("采用{catalogue}中的{programme}：总学分、素养课学分、每学分学时以及按课程代码对应的课程均以目录为准，重合率按学院实施细则规定的方法计算。"),
        (Status::NewerCatalog, _) => format!("采用{catalogue}中的{programme}；本案例依据的是 {chosen_in} 发布的版本，培养方案此后可能已有调整，现按最新数据计算。"),
        (Status::OlderCatalog, _) => format!("采用{catalogue}中的{programme}；本案例依据的是更新的 {chosen_in} 版本，现按本目录的数据计算。"),
        (_, Some(id)) => format!("{catalogue}中没有培养方案 {id}：按案例中填写的培养方案数据计算。"),
        (_, None) => format!("尚未选择{catalogue}中的培养方案：按案例中填写的培养方案数据计算。"),
    }
}

/// What the courses still to take list.
pub fn remaining(r: &Remaining) -> String {
    let (core, other, listed) = (r.core_credits, r.other_credits, r.listed_credits());
    match r.courses.len() {
        0 => "培养方案的所有课程均已被已认定的课程涵盖。".to_owned(),
        n => format!("培养方案中尚有 {n} 门课程未被已认定的课程涵盖：核心课程 {core} 学分，其他课程 {other} 学分，共 {listed} 学分。选修课可从中选择，仍须修读的是学分差额。"),
    }
}

/// Why a remaining course may be exempted instead of taken.
pub fn exemption(e: &Exemption) -> String {
    format!(
        "您修读的一门课程与其知识点差异不超过 {}（重合率{}），但未获认定：可申请课程免修，提交 {} 字以上的课程衔接报告代替修读。",
        rate(e.max_difference),
        rate(e.overlap),
        grouped(e.report_words)
    )
}

/// A literacy course the college offers.
pub fn literacy_option(o: &LiteracyCourse) -> String {
    format!(
        "{}（{}），{} 学分，{}：学院开设的素养课程，可用于补修尚缺的素养学分。",
        o.title.get(Lang::Zh),
        o.code,
        o.credits,
        offered_category(o.category)
    )
}

/// A past decision about the same course.
pub fn precedent(p: &Precedent) -> String {
    let course = match (p.from_title.as_deref(), p.from_code.as_deref()) {
        (Some(title), Some(code)) => format!("{title}（{code}）"),
        (Some(name), None) | (None, Some(name)) => name.to_owned(),
        (None, None) => "课程".to_owned(),
    };
    let decision = match p.decision {
        Decision::Recognized => "予以认定",
        Decision::NotRecognized => "不予认定",
    };
    let overlap = p
        .overlap
        .map(|o| format!("，重合率{}", rate(o)))
        .unwrap_or_default();
    format!(
        "{} 公布的认定结论：{}的{course}对应本校课程 {}，{decision}{overlap}。以往结论仅供参考，本案例仍单独判断。",
        p.decided_on, p.from_institution, p.course
    )
}
