//! The course comparison table an applicant hands in (A9.2.c, "course compatibility explanation
//! materials"): each course beside the receiving course it is matched with, the overlap it was judged
//! on and its outcome, and the literacy courses apart, since they replace credits instead of matching
//! a course (A7.3.1, A12.2.3). The receiving course is the catalogue's where the match names one of
//! the chosen programme's courses, else as the case describes it, as the course rules read it.

use crate::engine::case::fixed::Fixed;
use crate::engine::case::fixed::{Rate, Tenths};
use crate::engine::case::{CaseFile, Course, CreditUnit, LiteracyCategory, Nature, Num};
use crate::engine::catalog::{Programme, Text};
use crate::engine::rules::courses::{CourseOutcome, CourseResult, OverlapFrom};

/// A course on either side of the table.
#[derive(Clone, Debug, PartialEq)]
pub struct Side {
    pub code: Option<String>,
    /// In each language for a catalogue's course; the typed title in both otherwise.
    pub title: Option<Text>,
    pub credits: Option<Num>,
    pub ects: bool,
    pub hours: Option<Num>,
    pub nature: Option<Nature>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The course's place in the case, from 0.
    pub index: usize,
    pub ours: Side,
    /// `None`: no matching course.
    pub receiving: Option<Side>,
    pub overlap: Option<(Rate, OverlapFrom)>,
    pub outcome: CourseOutcome,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LiteracyRow {
    pub index: usize,
    pub ours: Side,
    pub category: Option<LiteracyCategory>,
    /// The ideological-political credits it replaces (R8).
    pub substituted: Tenths,
    pub outcome: CourseOutcome,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Comparison {
    pub rows: Vec<Row>,
    pub literacy: Vec<LiteracyRow>,
}

/// The table of a case's courses as assessed (`results`, one per course, in the case's order), in
/// the chosen programme when it is read.
pub fn of(case: &CaseFile, results: &[CourseResult], programme: Option<&Programme>) -> Comparison {
    let mut table = Comparison::default();
    for (index, (course, result)) in case.courses.iter().zip(results).enumerate() {
        let ours = side_of(course, result);
        match &course.literacy {
            Some(literacy) => table.literacy.push(LiteracyRow {
                index,
                ours,
                category: literacy.category,
                substituted: result.literacy_credits,
                outcome: result.outcome,
            }),
            None => table.rows.push(Row {
                index,
                ours,
                receiving: receiving_of(course, programme),
                overlap: result.overlap,
                outcome: result.outcome,
            }),
        }
    }
    table
}

/// A course of the case as the table shows it, with the class hours the rules read for it.
fn side_of(course: &Course, result: &CourseResult) -> Side {
    Side {
        code: course.code.clone(),
        title: course.title.clone().map(Text::same),
        credits: course.credits,
        ects: course.credit_unit == Some(CreditUnit::Ects),
        hours: result.hours.map(|h| Num(h.to_f64())),
        nature: course.nature,
    }
}

fn receiving_of(course: &Course, programme: Option<&Programme>) -> Option<Side> {
    let m = course.matched.as_ref()?;
    let listed = m.code.as_deref().and_then(|c| programme?.course(c));
    let num = |f: Fixed| Some(Num(f.to_f64()));
    Some(match listed {
        Some(c) => Side {
            code: Some(c.code.clone()),
            title: Some(c.title.clone()),
            credits: num(c.credits),
            ects: false,
            hours: num(c.hours),
            nature: Some(c.nature),
        },
        None => Side {
            code: m.code.clone(),
            title: m.title.clone().map(Text::same),
            credits: m.credits,
            ects: false,
            hours: m.hours,
            nature: m.nature,
        },
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::engine::case::date::Date;
    use crate::engine::case::validate::check;
    use crate::engine::case::{Literacy, Match};
    use crate::engine::catalog::choice;
    use crate::engine::catalog::read::read_dir;
    use crate::engine::{assess, MEASURES_2023_046};

    #[test]
    fn each_course_stands_beside_its_receiving_course_and_literacy_courses_apart() {
        let catalog = read_dir(std::path::Path::new("catalog")).expect("the sample passes");
        let cs = catalog.programme("cs-2026").unwrap();
        let mut case = CaseFile::new();
        choice::choose(&mut case, &catalog.publication, cs);
        let course = |title: &str| Course {
            title: Some(title.to_owned()),
            credits: Some(Num(4.0)),
            weekly_hours: Some(Num(4.0)),
            weeks: Some(Num(16.0)),
            nature: Some(Nature::Compulsory),
            ..Course::default()
        };
        case.courses.push(course("Data Structures and Algorithms"));
        case.courses.push(Course {
            matched: Some(Match {
                title: Some("Typed Course".into()),
                hours: Some(Num(40.0)),
                ..Match::default()
            }),
            ..course("Networks")
        });
        case.courses.push(course("Ethics in Engineering"));
        case.courses[2].literacy = Some(Literacy {
            category: Some(LiteracyCategory::Ethics),
            ..Literacy::default()
        });
        case.courses.push(course("Pottery"));
        case.courses.push(Course {
            credit_unit: Some(CreditUnit::Ects),
            credits: Some(Num(6.0)),
            weekly_hours: None,
            weeks: None,
            ..course("Statistics")
        });
        choice::match_course(
            &mut case.courses[0],
            cs.course("CS201").unwrap(),
            vec![],
            crate::lang::Lang::En,
        );
        let today = Date::new(2026, 12, 1).unwrap();
        let model = check(&case, today).expect("valid");
        let a = assess(&model, &MEASURES_2023_046, Some(&catalog));
        let table = of(&case, &a.courses, Some(cs));
        let indices: Vec<usize> = table.rows.iter().map(|r| r.index).collect();
        assert_eq!(indices, [0, 1, 3, 4]);
        let ects = &table.rows[3].ours;
        assert!(ects.ects);
        assert!(
            ects.hours.is_some(),
            "hours from ECTS credits, as the rules read them"
        );
        assert_eq!(table.literacy.len(), 1);
        assert_eq!(table.literacy[0].index, 2);
        let first = &table.rows[0];
        assert_eq!(
            first.ours.hours,
            Some(Num(64.0)),
            "weekly hours times weeks"
        );
        let receiving = first.receiving.as_ref().unwrap();
        assert_eq!(receiving.title.as_ref().unwrap().zh, "数据结构");
        assert_eq!(receiving.code.as_deref(), Some("CS201"));
        assert_eq!(
            first.overlap.map(|(_, from)| from),
            Some(OverlapFrom::KnowledgePoints)
        );
        let typed = table.rows[1].receiving.as_ref().unwrap();
        assert_eq!((typed.code.clone(), typed.hours), (None, Some(Num(40.0))));
        assert_eq!(table.rows[2].receiving, None);
        assert_eq!(table.rows[2].outcome, CourseOutcome::NotRecognized);
    }
}
