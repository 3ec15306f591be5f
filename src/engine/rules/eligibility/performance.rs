//! The average (A4.3, A5.6; R2, R4, R11) and, for postgraduates, the papers and admission standard
//! (A4.3.2).

use super::finding::{
    missing, not_applicable, pass_if, Because, Condition, Detail, Fact, Finding, Outcome,
    PostgraduateDetail, Tri,
};
use crate::engine::case::fixed::Fixed;
use crate::engine::case::model::{Applicant, Paper};
use crate::engine::case::{Level, Route};
use crate::engine::rules::cite::{Cite, Ruling};
use crate::engine::rules::grades::Grade;
use crate::engine::rules::policy::{Param, Policy};

pub(super) fn performance(a: &Applicant, p: &Policy) -> Finding {
    match a.level {
        None => missing(Condition::Performance, Cite::A4_3, Fact::Level),
        Some(Level::Undergraduate) => undergraduate_performance(a, p),
        Some(level) => postgraduate_performance(a, level, p),
    }
}

/// An average's minimum and the passage that sets it, whether it is met, the finding's rule and
/// rulings.
struct Threshold {
    minimum: Grade,
    minimum_cite: Cite,
    meets: bool,
    rule: Cite,
    rulings: &'static [Ruling],
}

impl Threshold {
    /// `value` against the policy's minimum `min` on one grading scale (`scale` writes a value of
    /// that scale as a grade), with the minimum's passage as the finding's rule and R11 applied.
    fn of<T: PartialOrd + Copy>(value: T, min: Param<T>, scale: fn(T) -> Grade) -> Threshold {
        Threshold {
            minimum: scale(min.value),
            minimum_cite: min.cite,
            meets: value >= min.value,
            rule: min.cite,
            rulings: &[Ruling::R11],
        }
    }
}

fn undergraduate_performance(a: &Applicant, p: &Policy) -> Finding {
    let c = Condition::Performance;
    let rule = match a.route {
        Some(Route::International) => Cite::A4_3_1_b,
        Some(_) => Cite::A4_3_1_a,
        None => Cite::A4_3_1,
    };
    let Some(grade) = a.performance else {
        return missing(c, rule, Fact::Performance);
    };
    let threshold = match (grade, a.route) {
        // R2, R11: an ECTS letter is judged by A4.3.1.b's "C or above" on every route.
        (Grade::Ects(g), _) => Threshold {
            rulings: &[Ruling::R11, Ruling::R2],
            ..Threshold::of(g, p.ug_min_ects, Grade::Ects)
        },
        (_, None) => return missing(c, rule, Fact::Route),
        (Grade::Gpa4(v), Some(Route::International)) => {
            Threshold::of(v, p.ug_min_gpa_international, Grade::Gpa4)
        }
        (other, Some(Route::International)) => {
            return Finding::new(
                c,
                rule,
                Outcome::Review,
                Detail::AverageToConvert {
                    grade: other,
                    level: Level::Undergraduate,
                },
            )
            .ruling(Ruling::R11)
        }
        (Grade::Percentage(v), Some(_)) => Threshold::of(v, p.ug_min_percentage, Grade::Percentage),
        (Grade::FiveLevel(g), Some(_)) => Threshold::of(g, p.ug_min_five_level, Grade::FiveLevel),
        (Grade::FourLevel(g), Some(_)) => Threshold::of(g, p.ug_min_four_level, Grade::FourLevel),
        // A domestic GPA's minimum is set beside A4.3.1.a, which stays the finding's rule.
        (Grade::Gpa4(v), Some(_)) => Threshold {
            rule: Cite::A4_3_1_a,
            ..Threshold::of(v, p.ug_min_gpa_domestic, Grade::Gpa4)
        },
    };
    let Threshold {
        minimum,
        minimum_cite,
        meets,
        rule,
        rulings,
    } = threshold;
    let a7_2_band = !meets
        && a.route == Some(Route::International)
        && matches!(grade, Grade::Gpa4(v) if v >= p.a7_2_undergraduate_band_from.value);
    let detail = Detail::Average {
        grade,
        minimum,
        minimum_cite,
        meets,
        explanatory_material: a.explanatory_material,
        a7_2_band,
    };
    let mut f = rulings
        .iter()
        .fold(Finding::new(c, rule, Outcome::Pass, detail), |f, r| {
            f.ruling(*r)
        });
    if matches!(grade, Grade::Gpa4(_)) && a.route != Some(Route::International) {
        f = f.cite(p.ug_min_gpa_domestic.cite);
    }
    if a7_2_band {
        f = f.cite(p.a7_2_undergraduate_band_from.cite);
    }
    below_threshold(f, meets, a.explanatory_material)
}

/// R4 (A4.3, A5.6): below the threshold, explanatory material sends the case to review; without it,
/// the condition fails. Not knowing whether there is such material leaves the finding missing.
fn below_threshold(mut f: Finding, meets: bool, explanatory: Option<bool>) -> Finding {
    if meets {
        return f;
    }
    f = f.ruling(Ruling::R4).cite(Cite::A5_6);
    f.outcome = match explanatory {
        Some(true) => Outcome::Review,
        Some(false) => Outcome::Fail,
        None => Outcome::Missing,
    };
    f
}

fn postgraduate_performance(a: &Applicant, level: Level, p: &Policy) -> Finding {
    let doctoral = level == Level::Doctoral;
    let (min_gpa, min_papers, min_if) = if doctoral {
        (
            p.doctoral_min_gpa,
            p.doctoral_min_papers,
            p.doctoral_min_impact_factor,
        )
    } else {
        (
            p.master_min_gpa,
            p.master_min_papers,
            p.master_min_impact_factor,
        )
    };
    let rule = min_gpa.cite;
    // The GPA arm: R11's postgraduate thresholds are on the 4.0 scale.
    let gpa = match a.performance {
        None => Tri::Unknown,
        Some(Grade::Gpa4(v)) => Tri::of(Some(v >= min_gpa.value)),
        Some(_) => Tri::No,
    };
    let other_system = a.performance.is_some_and(|g| !matches!(g, Grade::Gpa4(_)));
    let papers = paper_count(a.postgraduate.papers.as_deref(), doctoral, min_if.value);
    let papers_arm = match &a.postgraduate.papers {
        None => Tri::Unknown,
        Some(_) => papers.arm(
            min_papers.value,
            doctoral.then_some(p.doctoral_min_high_impact_papers.value),
        ),
    };
    let detail = Detail::Postgraduate(Box::new(PostgraduateDetail {
        level,
        grade: a.performance,
        min_gpa: min_gpa.value,
        papers_given: a.postgraduate.papers.is_some(),
        qualifying_papers: papers.qualifying,
        uncertain_papers: papers.uncertain,
        min_papers: min_papers.value,
        min_impact_factor: min_if.value,
        high_impact_papers: papers.high_impact,
        min_high_impact_papers: p.doctoral_min_high_impact_papers.value,
        explanatory_material: a.explanatory_material,
        below_impact_factor: papers.below_impact_factor.clone(),
    }));
    let f = Finding::new(Condition::Performance, rule, Outcome::Pass, detail).ruling(Ruling::R11);
    match (gpa, papers_arm) {
        (Tri::Yes, _) | (_, Tri::Yes) => f,
        // A grade in another system is for the committee to convert, unless the papers settle it.
        _ if other_system => Finding {
            outcome: Outcome::Review,
            ..f
        },
        (Tri::Unknown, _) | (_, Tri::Unknown) => Finding {
            outcome: Outcome::Missing,
            ..f
        },
        (Tri::No, Tri::No) => below_threshold(f, false, a.explanatory_material),
    }
}

struct PaperCount {
    qualifying: u32,
    uncertain: u32,
    high_impact: u32,
    /// Whether any certain or uncertain paper may reach the impact factor.
    high_impact_possible: bool,
    below_impact_factor: Vec<usize>,
}

impl PaperCount {
    fn arm(&self, min_papers: u32, min_high_impact: Option<u32>) -> Tri {
        let enough_high = min_high_impact.is_none_or(|n| self.high_impact >= n);
        if self.qualifying >= min_papers && enough_high {
            Tri::Yes
        } else if self.qualifying + self.uncertain < min_papers
            || (min_high_impact.is_some() && !self.high_impact_possible)
        {
            Tri::No
        } else {
            Tri::Unknown
        }
    }
}

/// Master's papers qualify as first-author Web of Science core papers at the impact factor
/// (A4.3.2.a); doctoral papers as first-author core papers in the relevant field, of which enough
/// reach the impact factor (A4.3.2.b).
fn paper_count(papers: Option<&[Paper]>, doctoral: bool, min_if: Fixed) -> PaperCount {
    let mut count = PaperCount {
        qualifying: 0,
        uncertain: 0,
        high_impact: 0,
        high_impact_possible: false,
        below_impact_factor: Vec::new(),
    };
    for (i, paper) in papers.unwrap_or(&[]).iter().enumerate() {
        let core = Tri::of(paper.first_author).and(Tri::of(paper.wos_core));
        let high = Tri::at_least(paper.impact_factor, min_if);
        let field = if doctoral {
            Tri::of(paper.relevant_field)
        } else {
            Tri::Yes
        };
        if core.and(field) == Tri::Yes && high != Tri::Yes {
            count.below_impact_factor.push(i);
        }
        let qualifies = if doctoral {
            core.and(Tri::of(paper.relevant_field))
        } else {
            core.and(high)
        };
        match qualifies {
            Tri::Yes => count.qualifying += 1,
            Tri::Unknown => count.uncertain += 1,
            Tri::No => continue,
        }
        if qualifies == Tri::Yes && high == Tri::Yes {
            count.high_impact += 1;
        }
        if high != Tri::No {
            count.high_impact_possible = true;
        }
    }
    count
}

pub(super) fn admission_standard(a: &Applicant) -> Finding {
    const RULE: Cite = Cite::A4_3_2_a;
    let c = Condition::AdmissionStandard;
    match a.level {
        None => missing(c, RULE, Fact::Level),
        Some(Level::Master) => match a.postgraduate.admission_standard_not_lower {
            None => missing(c, RULE, Fact::AdmissionStandard),
            Some(not_lower) => Finding::new(
                c,
                RULE,
                pass_if(not_lower),
                Detail::AdmissionStandard { not_lower },
            )
            .ruling(Ruling::R11),
        },
        Some(_) => not_applicable(c, RULE, Because::NotMaster),
    }
}
