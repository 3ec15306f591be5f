use super::*;
use crate::engine::case::problem::Problem as ValueProblem;

const CATALOG: &str = "\
institution_en,institution_zh,published_on,source_en,source_zh,contact_en,contact_zh
Example University,示例大学,2026-09-01,2026 undergraduate training programmes,2026 级本科培养方案,Academic Affairs Office,
";

const PROGRAMMES: &str = "\
id,major_code,major_en,major_zh,college_en,college_zh,level,cohort,total_credits,theory_hours_per_credit,practice_hours_per_credit,literacy_credits,rules_en,rules_zh
cs-2026,080901,Computer Science and Technology,计算机科学与技术,School of Computing,计算机学院,undergraduate,2026,160,16,32,3,,计算机学院转学实施细则
";

const COURSES: &str = "\
programme,code,title_en,title_zh,credits,hours,kind,nature,core,semester
cs-2026,MA101,Advanced Mathematics I,高等数学 I,5,80,theory,compulsory,yes,1
cs-2026,CS101,Programming,程序设计,4,64,practice,compulsory,,1
cs-2026,CS301,Machine Learning,机器学习,2.5,40,theory,elective,no,
";

const KNOWLEDGE_POINTS: &str = "\
programme,course,id,name_en,name_zh,weight
cs-2026,MA101,kp1,Limits,极限,
cs-2026,MA101,kp2,Derivatives,导数,2
cs-2026,MA101,kp3,Integrals,积分,0.5
";

const LITERACY: &str = "\
programme,code,title_en,title_zh,credits,category
cs-2026,LIT01,Ethics of Computing,计算伦理,2,ethics
";

const EQUIVALENCES: &str = "\
programme,course,from_institution,from_code,from_title,decision,overlap,decided_on
cs-2026,MA101,Old University,M1,,recognized,80%,2025-07-01
cs-2026,CS101,Old University,,Programming in C,not_recognized,0.55,2024-07-01
";

/// A catalogue that passes, each file as text.
fn good() -> BTreeMap<File, String> {
    [
        (File::Catalog, CATALOG),
        (File::Programmes, PROGRAMMES),
        (File::Courses, COURSES),
        (File::KnowledgePoints, KNOWLEDGE_POINTS),
        (File::Literacy, LITERACY),
        (File::Equivalences, EQUIVALENCES),
    ]
    .into_iter()
    .map(|(f, t)| (f, t.to_owned()))
    .collect()
}

fn sources(files: &BTreeMap<File, String>) -> Sources {
    files
        .iter()
        .map(|(f, t)| (*f, t.as_bytes().to_vec()))
        .collect()
}

/// `good()` with `file` replaced.
fn with(file: File, text: &str) -> Sources {
    let mut files = good();
    files.insert(file, text.to_owned());
    sources(&files)
}

/// `good()` with only the courses `text` holds, and without the past decisions, which name others.
fn with_courses(text: &str) -> Sources {
    let mut files = good();
    files.insert(File::Courses, text.to_owned());
    files.remove(&File::Equivalences);
    sources(&files)
}

/// `good()` with a line added to `file`.
fn plus(file: File, line: &str) -> Sources {
    let mut files = good();
    files.get_mut(&file).unwrap().push_str(line);
    files.get_mut(&file).unwrap().push('\n');
    sources(&files)
}

/// Where each problem is and what it is, briefly: `(file, line, column)`.
fn problems(s: &Sources) -> Vec<CatalogProblem> {
    read(s).expect_err("refused").problems
}

fn only(s: &Sources) -> CatalogProblem {
    let mut all = problems(s);
    assert_eq!(all.len(), 1, "{all:#?}");
    all.remove(0)
}

fn at(p: &CatalogProblem) -> (File, Option<usize>, Option<Column>) {
    (p.file, p.line, p.column)
}

fn f(s: &str) -> Fixed {
    Fixed::lit(s)
}

#[test]
fn a_good_catalogue_is_read_whole() {
    let c = read(&sources(&good())).expect("passes");
    assert_eq!(c.publication.institution.zh, "示例大学");
    assert_eq!(c.publication.published_on.to_string(), "2026-09-01");
    assert_eq!(
        c.publication.contact.en.as_deref(),
        Some("Academic Affairs Office")
    );
    assert_eq!(c.publication.contact.zh, None);
    let p = &c.programmes[0];
    assert_eq!(p.id, "cs-2026");
    assert_eq!(p.major_code.as_deref(), Some("080901"));
    assert_eq!(p.level, Level::Undergraduate);
    assert_eq!(p.cohort, 2026);
    assert_eq!(p.total_credits, f("160"));
    assert_eq!(
        p.hours_per_credit,
        HoursPerCredit {
            theory: f("16"),
            practice: f("32")
        }
    );
    assert_eq!(p.literacy_credits, f("3"));
    assert_eq!(p.rules.en, None);
    assert_eq!(p.rules.zh.as_deref(), Some("计算机学院转学实施细则"));
    let codes: Vec<&str> = p.courses.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["MA101", "CS101", "CS301"]);
    let ma = &p.courses[0];
    assert_eq!(
        (ma.credits, ma.hours, ma.kind),
        (f("5"), f("80"), ClassKind::Theory)
    );
    assert_eq!((ma.core, ma.semester), (true, Some(1)));
    let weights: Vec<Fixed> = ma.knowledge_points.iter().map(|k| k.weight).collect();
    assert_eq!(weights, [f("1"), f("2"), f("0.5")], "an empty weight is 1");
    let cs = &p.courses[1];
    assert_eq!(
        (cs.core, cs.kind),
        (false, ClassKind::Practice),
        "core: default no"
    );
    assert!(cs.is_core(), "compulsory courses are core courses (A16)");
    let ml = &p.courses[2];
    assert_eq!(
        (ml.credits, ml.semester, ml.is_core()),
        (f("2.5"), None, false)
    );
    assert_eq!(p.literacy[0].category, Category::Ethics);
    assert_eq!(p.precedents.len(), 2);
    assert_eq!(p.precedents[0].overlap, Some(f("0.8")), "80% is 0.8");
    assert_eq!(p.precedents[0].from_title, None);
    assert_eq!(p.precedents[1].decision, Decision::NotRecognized);
    assert_eq!(
        c.counts(),
        super::super::Counts {
            programmes: 1,
            courses: 3,
            knowledge_points: 3
        }
    );
}

#[test]
fn the_catalogue_goes_to_json_and_back() {
    let c = read(&sources(&good())).unwrap();
    let json = serde_json::to_string(&c).unwrap();
    let back: Catalog = serde_json::from_str(&json).unwrap();
    assert_eq!(back, c);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["programmes"][0]["courses"][2]["credits"], 2.5);
    assert_eq!(value["programmes"][0]["level"], "undergraduate");
}

#[test]
fn headers_may_be_chinese_columns_in_any_order_and_unknown_ones_ignored() {
    let courses = "\
备注,课程代码,培养方案,课程名称,英文课程名称,学时,学分,课程性质,课程类型,核心课程,建议修读学期
first,MA101,cs-2026,高等数学 I,Advanced Mathematics I,80,5,必修,理论,是,1
,CS101,cs-2026,程序设计,Programming,64,4,必修,实践,,1
,CS301,cs-2026,机器学习,Machine Learning,40,2.5,选修,理论,否,
";
    let english = read(&sources(&good())).unwrap();
    let chinese = read(&with(File::Courses, courses)).unwrap();
    assert_eq!(chinese, english);
    let knowledge = "培养方案,课程代码,编号,英文名称,名称,权重\ncs-2026,MA101,kp1,Limits,极限,\n";
    let read_back = read(&with(File::KnowledgePoints, knowledge)).unwrap();
    assert_eq!(read_back.programmes[0].courses[0].knowledge_points.len(), 1);
    let precedents = "培养方案,本校课程代码,原院校,原课程代码,原课程名称,结论,重合率,认定日期\n\
                      cs-2026,MA101,Old University,M1,,认定,80%,2025-07-01\n";
    let read_back = read(&with(File::Equivalences, precedents)).unwrap();
    assert_eq!(
        read_back.programmes[0].precedents[0].decision,
        Decision::Recognized
    );
}

#[test]
fn english_headers_and_words_are_read_in_any_case_and_cells_trimmed() {
    let courses = "Programme,CODE,Title_En,title_zh,credits,hours,kind,nature\n\
                   cs-2026 , MA101,Advanced Mathematics I,高等数学 I, 5 ,80,Theory,COMPULSORY\n";
    let c = read(&with_courses(courses)).unwrap();
    let course = &c.programmes[0].courses[0];
    assert_eq!((course.code.as_str(), course.credits), ("MA101", f("5")));
    assert_eq!(course.nature, Nature::Compulsory);
}

#[test]
fn a_byte_order_mark_is_allowed() {
    let mut files = sources(&good());
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(PROGRAMMES.as_bytes());
    files.insert(File::Programmes, bytes);
    assert_eq!(read(&files).unwrap(), read(&sources(&good())).unwrap());
}

#[test]
fn a_file_that_is_not_utf_8_is_gb18030() {
    // The course file as a Chinese spreadsheet saves it: 课程名称, 高等数学, 理论, 必修 in GB18030.
    let gb18030: &[u8] = b"programme,code,title_en,\xbf\xce\xb3\xcc\xc3\xfb\xb3\xc6,credits,hours,kind,nature\n\
cs-2026,MA101,Advanced Mathematics I,\xb8\xdf\xb5\xc8\xca\xfd\xd1\xa7,5,80,\xc0\xed\xc2\xdb,\xb1\xd8\xd0\xde\n";
    assert_eq!(
        decode(gb18030).unwrap().lines().nth(1),
        Some("cs-2026,MA101,Advanced Mathematics I,高等数学,5,80,理论,必修")
    );
    let mut files = sources(&good());
    files.insert(File::Courses, gb18030.to_vec());
    files.insert(
        File::KnowledgePoints,
        b"programme,course,id,name_en,name_zh\n".to_vec(),
    );
    files.insert(
        File::Equivalences,
        b"programme,course,from_institution,from_code,decision,decided_on\n".to_vec(),
    );
    let c = read(&files).unwrap();
    let course = &c.programmes[0].courses[0];
    assert_eq!(course.title.zh, "高等数学");
    assert_eq!(
        (course.kind, course.nature),
        (ClassKind::Theory, Nature::Compulsory)
    );
    // UTF-8 wins where the bytes are valid as both.
    assert_eq!(decode("高等数学".as_bytes()).unwrap(), "高等数学");
}

#[test]
fn text_in_neither_encoding_is_refused() {
    let mut files = sources(&good());
    files.insert(File::Literacy, b"programme,code\n\xff\xff\n".to_vec());
    let p = only(&files);
    assert_eq!(
        (at(&p), p.problem),
        ((File::Literacy, None, None), Problem::NotText)
    );
}

#[test]
fn quoted_cells_follow_rfc_4180_and_lines_count_their_line_breaks() {
    let courses = "programme,code,title_en,title_zh,credits,hours,kind,nature\n\
                   cs-2026,MA101,\"Mathematics, \"\"advanced\"\"\nI\",高等数学,5,80,theory,compulsory\n\
                   cs-2026,MA102,Analysis,分析,\"4,5\",80,theory,compulsory\n";
    let p = only(&with_courses(courses));
    assert_eq!(at(&p), (File::Courses, Some(4), Some(Column::Credits)));
    assert_eq!(p.problem, Problem::NotANumber { text: "4,5".into() });
    let fixed = courses.replace("\"4,5\"", "4");
    let c = read(&with_courses(&fixed)).unwrap();
    assert_eq!(
        c.programmes[0].courses[0].title.en,
        "Mathematics, \"advanced\"\nI"
    );
}

#[test]
fn every_required_file_must_be_there_and_equivalences_may_be_left_out() {
    let mut files = good();
    files.remove(&File::Equivalences);
    assert!(read(&sources(&files)).is_ok());
    files.remove(&File::KnowledgePoints);
    files.remove(&File::Catalog);
    let all = problems(&sources(&files));
    let found: Vec<_> = all.iter().map(|p| (at(p), p.problem.clone())).collect();
    assert_eq!(
        found,
        [
            ((File::Catalog, None, None), Problem::MissingFile),
            ((File::KnowledgePoints, None, None), Problem::MissingFile),
        ]
    );
}

#[test]
fn a_missing_required_column_is_reported_at_line_1_once() {
    let courses = COURSES.replace(",hours,", ",teaching_hours,");
    let p = only(&with(File::Courses, &courses));
    assert_eq!(
        (at(&p), p.problem),
        (
            (File::Courses, Some(1), Some(Column::Hours)),
            Problem::MissingColumn
        )
    );
    // An optional column may be left out.
    let no_core = "programme,code,title_en,title_zh,credits,hours,kind,nature\n\
                   cs-2026,MA101,Advanced Mathematics I,高等数学 I,5,80,theory,compulsory\n";
    assert!(read(&with_courses(no_core)).is_ok());
}

#[test]
fn a_column_named_twice_is_refused() {
    let courses = COURSES.replacen("semester", "学分", 1);
    let p = only(&with(File::Courses, &courses));
    assert_eq!(at(&p), (File::Courses, Some(1), Some(Column::Credits)));
    assert_eq!(
        p.problem,
        Problem::ColumnTwice {
            first: 5,
            second: 10
        }
    );
}

#[test]
fn a_duplicate_is_reported_at_its_first_line_naming_both() {
    let mut files = good();
    let programmes = files.get_mut(&File::Programmes).unwrap();
    let row = PROGRAMMES.lines().nth(1).unwrap().to_owned();
    programmes.push_str(&row.replace("cs-2026", "ee-2026"));
    programmes.push('\n');
    programmes.push_str(&row.replace("cs-2026", "me-2026"));
    programmes.push('\n');
    programmes.push_str(&row);
    programmes.push('\n');
    let p = only(&sources(&files));
    assert_eq!(at(&p), (File::Programmes, Some(2), Some(Column::Id)));
    assert_eq!(
        p.problem,
        Problem::Twice {
            value: "cs-2026".into(),
            lines: vec![2, 5],
            within: Within::File
        }
    );
    let p = only(&plus(
        File::Courses,
        "cs-2026,CS101,Again,再次,2,32,theory,elective,,",
    ));
    assert_eq!(at(&p), (File::Courses, Some(3), Some(Column::Code)));
    assert_eq!(
        p.problem,
        Problem::Twice {
            value: "CS101".into(),
            lines: vec![3, 5],
            within: Within::Programme("cs-2026".into())
        }
    );
    let p = only(&plus(
        File::KnowledgePoints,
        "cs-2026,MA101,kp2,Again,再次,",
    ));
    assert_eq!(at(&p), (File::KnowledgePoints, Some(3), Some(Column::Id)));
    assert!(matches!(
        p.problem,
        Problem::Twice {
            within: Within::Course { .. },
            ..
        }
    ));
}

#[test]
fn the_same_code_in_two_programmes_is_two_courses() {
    let mut files = good();
    let row = PROGRAMMES
        .lines()
        .nth(1)
        .unwrap()
        .replace("cs-2026", "se-2026");
    files
        .get_mut(&File::Programmes)
        .unwrap()
        .push_str(&format!("{row}\n"));
    files
        .get_mut(&File::Courses)
        .unwrap()
        .push_str("se-2026,MA101,Advanced Mathematics I,高等数学 I,5,80,theory,compulsory,yes,1\n");
    let c = read(&sources(&files)).unwrap();
    assert_eq!(c.programme("se-2026").unwrap().courses.len(), 1);
}

#[test]
fn references_name_an_existing_programme_and_course() {
    let p = only(&plus(
        File::KnowledgePoints,
        "cs-2026,MA199,kp1,Limits,极限,",
    ));
    assert_eq!(
        at(&p),
        (File::KnowledgePoints, Some(5), Some(Column::Course))
    );
    assert_eq!(
        p.problem,
        Problem::NoCourse {
            code: "MA199".into(),
            programme: "cs-2026".into()
        }
    );
    let p = only(&plus(
        File::Courses,
        "xx-2026,MA101,A,甲,2,32,theory,elective,,",
    ));
    assert_eq!(at(&p), (File::Courses, Some(5), Some(Column::Programme)));
    assert_eq!(
        p.problem,
        Problem::NoProgramme {
            id: "xx-2026".into()
        }
    );
    let p = only(&plus(File::Literacy, "xx-2026,LIT02,A,甲,2,ethics"));
    assert_eq!(
        p.problem,
        Problem::NoProgramme {
            id: "xx-2026".into()
        }
    );
    let p = only(&plus(
        File::Equivalences,
        "cs-2026,CS999,Old University,X1,,recognized,,2025-01-01",
    ));
    assert_eq!(at(&p), (File::Equivalences, Some(4), Some(Column::Course)));
}

#[test]
fn a_row_in_error_still_names_its_programme_and_course() {
    // The course's credits are wrong: its knowledge points are not told it does not exist.
    let courses = COURSES.replace(",5,80,", ",five,80,");
    let p = only(&with(File::Courses, &courses));
    assert_eq!(at(&p), (File::Courses, Some(2), Some(Column::Credits)));
}

#[test]
fn required_cells_ids_and_words() {
    let p = only(&plus(
        File::Courses,
        "cs-2026,CS401,,数据库,2,32,theory,elective,,",
    ));
    assert_eq!(
        (at(&p), p.problem),
        (
            (File::Courses, Some(5), Some(Column::TitleEn)),
            Problem::Required
        )
    );
    let p = only(&plus(
        File::Courses,
        "cs-2026,CS 401,Databases,数据库,2,32,theory,elective,,",
    ));
    assert_eq!(
        p.problem,
        Problem::NotAnId {
            text: "CS 401".into(),
            pattern: IdPattern::Code
        }
    );
    let programmes = PROGRAMMES.replace("cs-2026,", "CS-2026,");
    let all = problems(&with(File::Programmes, &programmes));
    assert!(matches!(
        &all[0].problem,
        Problem::NotAnId {
            pattern: IdPattern::Programme,
            ..
        }
    ));
    let p = only(&plus(
        File::Courses,
        "cs-2026,CS401,Databases,数据库,2,32,lecture,elective,,",
    ));
    assert_eq!(at(&p), (File::Courses, Some(5), Some(Column::Kind)));
    assert!(matches!(&p.problem, Problem::NotAWord { text, .. } if text == "lecture"));
    let p = only(&plus(File::Literacy, "cs-2026,LIT02,Art,艺术,2,art"));
    assert!(matches!(&p.problem, Problem::NotAWord { words, .. } if words.len() == 5));
    let programmes = PROGRAMMES.replace(",undergraduate,", ",bachelor,");
    let p = only(&with(File::Programmes, &programmes));
    assert_eq!(at(&p), (File::Programmes, Some(2), Some(Column::Level)));
    let programmes = PROGRAMMES.replace(",undergraduate,", ",硕士,");
    assert_eq!(
        read(&with(File::Programmes, &programmes))
            .unwrap()
            .programmes[0]
            .level,
        Level::Master
    );
}

#[test]
fn numbers_are_exact_and_in_range() {
    let value = |line: &str| only(&plus(File::Courses, line)).problem;
    assert_eq!(
        value("cs-2026,CS401,Databases,数据库,2.25,32,theory,elective,,"),
        Problem::OneDecimal { value: f("2.25") }
    );
    assert_eq!(
        value("cs-2026,CS401,Databases,数据库,0,32,theory,elective,,"),
        Problem::Value(ValueProblem::Zero)
    );
    assert_eq!(
        value("cs-2026,CS401,Databases,数据库,2,-32,theory,elective,,"),
        Problem::Value(ValueProblem::Negative {
            value: Fixed::from_milli(-32_000)
        })
    );
    assert_eq!(
        value("cs-2026,CS401,Databases,数据库,2,32,theory,elective,,13"),
        Problem::Value(ValueProblem::AboveMax {
            value: f("13"),
            max: f("12"),
            scale: None
        })
    );
    assert_eq!(
        value("cs-2026,CS401,Databases,数据库,2,32,theory,elective,,2.5"),
        Problem::Value(ValueProblem::NotWhole { value: f("2.5") })
    );
    assert_eq!(
        value("cs-2026,CS401,Databases,数据库,2,1e3,theory,elective,,"),
        Problem::NotANumber { text: "1e3".into() }
    );
    let weight = only(&plus(
        File::KnowledgePoints,
        "cs-2026,MA101,kp4,Series,级数,0",
    ))
    .problem;
    assert_eq!(weight, Problem::Value(ValueProblem::Zero));
    let programmes = PROGRAMMES.replace(",2026,160,", ",2026.5,160,");
    let p = only(&with(File::Programmes, &programmes));
    assert_eq!(at(&p), (File::Programmes, Some(2), Some(Column::Cohort)));
}

#[test]
fn an_overlap_is_a_fraction_or_a_percentage() {
    let overlap = |cell: &str| {
        let line = format!("cs-2026,MA101,Other University,M2,,recognized,{cell},2025-07-01");
        read(&plus(File::Equivalences, &line))
            .map(|c| c.programmes[0].precedents[2].overlap)
            .map_err(|e| e.problems[0].problem.clone())
    };
    assert_eq!(overlap("75.5%"), Ok(Some(f("0.755"))));
    assert_eq!(overlap("0.7"), Ok(Some(f("0.7"))));
    assert_eq!(overlap(""), Ok(None));
    assert!(matches!(
        overlap("120%"),
        Err(Problem::Value(ValueProblem::AboveMax { .. }))
    ));
    assert_eq!(
        overlap("most"),
        Err(Problem::NotANumber {
            text: "most".into()
        })
    );
}

#[test]
fn a_precedent_names_the_original_course_by_code_or_title() {
    let p = only(&plus(
        File::Equivalences,
        "cs-2026,MA101,Old University,,,recognized,,2025-07-01",
    ));
    assert_eq!(
        at(&p),
        (File::Equivalences, Some(4), Some(Column::FromCode))
    );
    assert_eq!(
        p.problem,
        Problem::NeitherGiven {
            other: Column::FromTitle
        }
    );
    let header_only = "programme,course,from_institution,decision,decided_on\n";
    let p = only(&with(File::Equivalences, header_only));
    assert_eq!(
        at(&p),
        (File::Equivalences, Some(1), Some(Column::FromCode))
    );
    assert_eq!(
        p.problem,
        Problem::NeitherColumn {
            other: Column::FromTitle
        }
    );
}

#[test]
fn dates_are_real() {
    let catalog = CATALOG.replace("2026-09-01", "2026-02-30");
    let p = only(&with(File::Catalog, &catalog));
    assert_eq!(at(&p), (File::Catalog, Some(2), Some(Column::PublishedOn)));
    assert_eq!(
        p.problem,
        Problem::Value(ValueProblem::NoSuchDay {
            text: "2026-02-30".into(),
            month_length: 28
        })
    );
}

#[test]
fn the_publication_is_one_row_and_a_programme_at_least_one() {
    let second = CATALOG.lines().nth(1).unwrap();
    let p = only(&plus(File::Catalog, second));
    assert_eq!(
        (at(&p), p.problem),
        (
            (File::Catalog, Some(3), None),
            Problem::SecondRow { first: 2 }
        )
    );
    let header = CATALOG.lines().next().unwrap();
    let p = only(&with(File::Catalog, header));
    assert_eq!(
        (at(&p), p.problem),
        ((File::Catalog, None, None), Problem::NoRows)
    );
    let all = problems(&with(File::Programmes, PROGRAMMES.lines().next().unwrap()));
    assert_eq!(all[0].problem, Problem::NoRows);
    let p = only(&with(File::Literacy, ""));
    assert_eq!(p.problem, Problem::Empty);
}

#[test]
fn blank_rows_are_skipped() {
    let c = read(&plus(File::Courses, ",,,,,,,,,\n\n")).unwrap();
    assert_eq!(c.programmes[0].courses.len(), 3);
}

#[test]
fn every_problem_is_kept_file_by_file_and_line_by_line() {
    let mut files = good();
    files.insert(
        File::Courses,
        COURSES
            .replace(",80,", ",eighty,")
            .replace(",4,64,", ",4.55,64,"),
    );
    files.insert(File::Programmes, PROGRAMMES.replace(",160,", ",,"));
    files.insert(File::Literacy, LITERACY.replace(",ethics", ",ethic"));
    let found: Vec<_> = problems(&sources(&files)).iter().map(at).collect();
    assert_eq!(
        found,
        [
            (File::Programmes, Some(2), Some(Column::TotalCredits)),
            (File::Courses, Some(2), Some(Column::Hours)),
            (File::Courses, Some(3), Some(Column::Credits)),
            (File::Literacy, Some(2), Some(Column::Category)),
        ]
    );
}

#[test]
fn a_folder_is_read_from_disk() {
    let dir = std::env::temp_dir().join(format!("catalog-read-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in good() {
        std::fs::write(dir.join(file.name()), text).unwrap();
    }
    let c = read_dir(&dir);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(c.unwrap(), read(&sources(&good())).unwrap());
}
