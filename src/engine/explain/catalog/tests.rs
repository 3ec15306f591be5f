use crate::engine::case::fixed::Fixed;
use crate::engine::case::problem::Problem as ValueProblem;
use crate::engine::catalog::problem::{CatalogProblem, Column, File, IdPattern, Problem, Within};
use crate::engine::catalog::Counts;
use crate::engine::explain::{catalog_problem, catalog_summary};
use crate::lang::Lang;

fn at(file: File, line: usize, column: Column, problem: Problem) -> CatalogProblem {
    CatalogProblem {
        file,
        line: Some(line),
        column: Some(column),
        problem,
    }
}

/// The problem in English and in Chinese.
fn said(p: &CatalogProblem) -> [String; 2] {
    [catalog_problem(p, Lang::En), catalog_problem(p, Lang::Zh)]
}

fn twice(value: &str, lines: Vec<usize>, within: Within) -> Problem {
    Problem::Twice {
        value: value.into(),
        lines,
        within,
    }
}

#[test]
fn problems_are_written_where_they_are_as_the_contract_shows() {
    let en = |p: &CatalogProblem| catalog_problem(p, Lang::En);
    let credits = at(
        File::Courses,
        14,
        Column::Credits,
        Problem::NotANumber { text: "4,5".into() },
    );
    assert_eq!(
        en(&credits),
        "courses.csv:14:credits: \"4,5\" is not a number"
    );
    let course = at(
        File::KnowledgePoints,
        3,
        Column::Course,
        Problem::NoCourse {
            code: "MA101".into(),
            programme: "cs-2026".into(),
        },
    );
    assert_eq!(
        en(&course),
        "knowledge_points.csv:3:course: no course MA101 in programme cs-2026"
    );
    assert_eq!(
        catalog_problem(&course, Lang::Zh),
        "knowledge_points.csv:3:course: 培养方案 cs-2026 中没有课程 MA101"
    );
    let id = twice("cs-2026", vec![2, 5], Within::File);
    assert_eq!(
        said(&at(File::Programmes, 2, Column::Id, id)),
        [
            "programmes.csv:2:id: cs-2026 appears twice (lines 2 and 5)",
            "programmes.csv:2:id: cs-2026 出现 2 次（第 2、5 行）"
        ]
    );
}

#[test]
fn a_missing_column_is_named_in_both_languages_of_the_header() {
    let p = at(File::Courses, 1, Column::TitleEn, Problem::MissingColumn);
    assert_eq!(
        catalog_problem(&p, Lang::En),
        "courses.csv:1:title_en: the header has no such column (write title_en or 英文课程名称)"
    );
    let p = at(
        File::Equivalences,
        1,
        Column::Course,
        Problem::MissingColumn,
    );
    assert!(catalog_problem(&p, Lang::Zh).contains("本校课程代码"));
}

#[test]
fn a_value_three_times_and_within_a_course() {
    let within = Within::Course {
        programme: "cs-2026".into(),
        course: "MA101".into(),
    };
    let id = twice("kp1", vec![4, 6, 9], within);
    assert_eq!(
        said(&at(File::KnowledgePoints, 4, Column::Id, id)),
        [
            "knowledge_points.csv:4:id: kp1 appears 3 times in course MA101 of programme cs-2026 (lines 4, 6 and 9)",
            "knowledge_points.csv:4:id: kp1 在培养方案 cs-2026 的课程 MA101 中出现 3 次（第 4、6、9 行）"
        ]
    );
}

#[test]
fn a_whole_file_s_problem_has_no_line() {
    let p = CatalogProblem {
        file: File::Catalog,
        line: None,
        column: None,
        problem: Problem::MissingFile,
    };
    assert_eq!(
        catalog_problem(&p, Lang::En),
        "catalog.csv: the folder does not hold this file"
    );
}

#[test]
fn every_problem_is_said_in_both_languages() {
    let problems = [
        Problem::MissingFile,
        Problem::Unreadable {
            reason: "denied".into(),
        },
        Problem::NotText,
        Problem::NotCsv { what: "x".into() },
        Problem::Empty,
        Problem::NoRows,
        Problem::SecondRow { first: 2 },
        Problem::MissingColumn,
        Problem::NeitherColumn {
            other: Column::FromTitle,
        },
        Problem::ColumnTwice {
            first: 1,
            second: 4,
        },
        Problem::Required,
        Problem::NeitherGiven {
            other: Column::FromTitle,
        },
        Problem::NotANumber { text: "x".into() },
        Problem::Value(ValueProblem::Zero),
        Problem::OneDecimal {
            value: Fixed::lit("2.25"),
        },
        Problem::NotAWord {
            text: "x".into(),
            words: vec!["theory", "practice", "理论", "实践"],
        },
        Problem::NotAnId {
            text: "x y".into(),
            pattern: IdPattern::Code,
        },
        Problem::NoProgramme { id: "x".into() },
        Problem::NoCourse {
            code: "x".into(),
            programme: "y".into(),
        },
        twice("x", vec![2, 3], Within::Programme("y".into())),
    ];
    for problem in problems {
        let p = at(File::Courses, 2, Column::Credits, problem);
        let (en, zh) = (catalog_problem(&p, Lang::En), catalog_problem(&p, Lang::Zh));
        assert!(en.starts_with("courses.csv:2:credits: "), "{en}");
        assert!(zh.starts_with("courses.csv:2:credits: "), "{zh}");
        assert_ne!(en, zh);
        assert!(
            zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{zh}"
        );
    }
}

#[test]
fn a_summary_counts_what_the_catalogue_holds() {
    let counts = Counts {
        programmes: 1,
        courses: 12,
        knowledge_points: 40,
    };
    assert_eq!(
        catalog_summary(&counts, Lang::En),
        "1 programme, 12 courses, 40 knowledge points"
    );
    assert_eq!(
        catalog_summary(&counts, Lang::Zh),
        "1 个培养方案，12 门课程，40 个知识点"
    );
}
