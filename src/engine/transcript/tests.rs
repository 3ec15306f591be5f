use super::*;

// Writing courses back as a table: only the round-trip tests need it (a reader's best proof is
// that it reads what a spreadsheet would hold).
/// The courses as CSV (RFC 4180, CRLF) under an English header, for a file download.
pub fn to_csv(courses: &[case::Course]) -> String {
    write_table(courses, Delimiter::Comma)
}

/// The courses tab-separated under an English header, for the clipboard: spreadsheets paste this
/// into cells directly, whatever their locale's list separator.
pub fn to_tsv(courses: &[case::Course]) -> String {
    write_table(courses, Delimiter::Tab)
}

fn write_table(courses: &[case::Course], delimiter: Delimiter) -> String {
    let delimiter = delimiter.char();
    let mut out = String::new();
    push_row(
        &mut out,
        delimiter,
        Column::ALL.map(|c| c.header().to_owned()),
    );
    for course in courses {
        push_row(
            &mut out,
            delimiter,
            Column::ALL.map(|c| cell_text(course, c)),
        );
    }
    out
}

fn push_row(out: &mut String, delimiter: char, cells: [String; Column::ALL.len()]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(delimiter);
        }
        if cell.contains([delimiter, '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    out.push_str("\r\n");
}

fn cell_text(course: &case::Course, column: Column) -> String {
    let matched = course.matched.as_ref();
    let text = match column {
        Column::Title => course.title.as_deref().map(guard_formula),
        Column::Credits => course.credits.map(num),
        Column::CreditUnit => course.credit_unit.map(|u| credit_unit_name(u).to_owned()),
        Column::Kind => course.kind.map(|k| kind_name(k).to_owned()),
        Column::Nature => course.nature.map(|n| nature_name(n).to_owned()),
        Column::Grade => course.grade.as_ref().map(|g| match &g.value {
            GradeValue::Number(n) => num(Num(*n)),
            GradeValue::Word(w) => w.clone(),
        }),
        Column::System => course
            .grade
            .as_ref()
            .map(|g| system_name(g.system).to_owned()),
        Column::Hours => course.hours.map(num),
        Column::Completed => course.completed_on.clone(),
        Column::Retake => course
            .retake
            .map(|r| if r { "yes" } else { "no" }.to_owned()),
        Column::MatchTitle => matched.and_then(|m| m.title.as_deref()).map(guard_formula),
        Column::MatchCredits => matched.and_then(|m| m.credits).map(num),
        Column::MatchHours => matched.and_then(|m| m.hours).map(num),
        Column::MatchNature => matched
            .and_then(|m| m.nature)
            .map(|n| nature_name(n).to_owned()),
        Column::Overlap => matched.and_then(|m| m.overlap).map(num),
    };
    text.unwrap_or_default()
}

/// Rust prints the shortest text that reads back as the same number, never in exponent form.
fn num(n: Num) -> String {
    n.0.to_string()
}

fn guard_formula(title: &str) -> String {
    if title.starts_with(FORMULA_STARTS) {
        format!("'{title}")
    } else {
        title.to_owned()
    }
}

fn credit_unit_name(unit: CreditUnit) -> &'static str {
    match unit {
        CreditUnit::Local => "local",
        CreditUnit::Ects => "ects",
    }
}

fn kind_name(kind: CourseKind) -> &'static str {
    match kind {
        CourseKind::Theory => "theory",
        CourseKind::Practice => "practice",
        CourseKind::Internship => "internship",
    }
}

fn nature_name(nature: Nature) -> &'static str {
    match nature {
        Nature::Compulsory => "compulsory",
        Nature::Elective => "elective",
    }
}

/// The case file's own names, so an exported sheet reads like the JSON.
fn system_name(system: GradeSystem) -> &'static str {
    match system {
        GradeSystem::Percentage => "percentage",
        GradeSystem::FiveLevel => "five_level",
        GradeSystem::FourLevel => "four_level",
        GradeSystem::Gpa4 => "gpa4",
        GradeSystem::Ects => "ects",
    }
}

fn pct(v: f64) -> Option<case::Grade> {
    Some(case::Grade {
        system: GradeSystem::Percentage,
        value: GradeValue::Number(v),
    })
}

fn word(system: GradeSystem, w: &str) -> Option<case::Grade> {
    Some(case::Grade {
        system,
        value: GradeValue::Word(w.to_owned()),
    })
}

fn gpa(v: f64) -> Option<case::Grade> {
    Some(case::Grade {
        system: GradeSystem::Gpa4,
        value: GradeValue::Number(v),
    })
}

fn titled(title: &str) -> case::Course {
    case::Course {
        title: Some(title.to_owned()),
        ..case::Course::default()
    }
}

fn ok(text: &str) -> Parsed {
    parse(text).unwrap_or_else(|e| panic!("{e:?}"))
}

/// The grade one single-row sheet with this header and grade cell yields, or the expected of its problem.
fn grade_of(header: &str, cell: &str) -> Result<case::Grade, Expected> {
    let parsed = ok(&format!("Course\t{header}\nX\t{cell}\n"));
    match parsed.problems.first() {
        Some(p) => Err(p.expected),
        None => Ok(parsed.courses[0].grade.clone().expect("a grade")),
    }
}

#[test]
fn english_tab_paste() {
    let text = "Course title\tCredits\tType\tNature\tGrade\tHours\tCompleted on\tRetake\tMatched course\tMatch hours\tOverlap\n\
                Calculus I\t4\ttheory\tcompulsory\t82\t64\t2025-01-15\tno\tAdvanced Mathematics I\t68\t0.75\n\
                Physics Lab\t1.5\tPractice\tElective\tgood\t32\t2025/6/30\tyes\t\t\t\n";
    let parsed = ok(text);
    assert_eq!(parsed.delimiter, Delimiter::Tab);
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    assert!(parsed.ignored_columns.is_empty());
    assert_eq!(parsed.lines, vec![2, 3]);
    let calculus = case::Course {
        title: Some("Calculus I".into()),
        credits: Some(Num(4.0)),
        kind: Some(CourseKind::Theory),
        nature: Some(Nature::Compulsory),
        grade: pct(82.0),
        hours: Some(Num(64.0)),
        completed_on: Some("2025-01-15".into()),
        retake: Some(false),
        matched: Some(case::Match {
            title: Some("Advanced Mathematics I".into()),
            hours: Some(Num(68.0)),
            overlap: Some(Num(0.75)),
            ..case::Match::default()
        }),
        ..case::Course::default()
    };
    let lab = case::Course {
        title: Some("Physics Lab".into()),
        credits: Some(Num(1.5)),
        kind: Some(CourseKind::Practice),
        nature: Some(Nature::Elective),
        grade: word(GradeSystem::FiveLevel, "good"),
        hours: Some(Num(32.0)),
        completed_on: Some("2025-06-30".into()),
        retake: Some(true),
        ..case::Course::default()
    };
    assert_eq!(parsed.courses, vec![calculus, lab]);
}

#[test]
fn chinese_header_paste_with_full_width_digits() {
    let text = "课程名称\t学分\t学分类型\t课程类别\t课程性质\t成绩\t学时\t完成日期\t重修\t对应课程\t对应学时\t重合度\t备注\n\
                高等数学（一）\t５\t本地\t理论\t必修\t８５．５\t８０\t2024年1月15日\t否\t高等数学A\t90\t80%\t无\n\
                大学英语\t3\t本地\t理论\t选修\t良好\t48\t2024.01.10\t是\t大学英语I\t48\t0.9\t\n\
                毕业实习\t２\tECTS\t实习\t必修\t优秀\t\t２０２４／０６／３０\t√\t\t\t\t\n";
    let parsed = ok(text);
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    assert_eq!(parsed.ignored_columns, vec!["备注".to_owned()]);
    let [maths, english, internship] = &parsed.courses[..] else {
        panic!("three courses: {:?}", parsed.courses);
    };
    assert_eq!(maths.title.as_deref(), Some("高等数学（一）"));
    assert_eq!(maths.credits, Some(Num(5.0)));
    assert_eq!(maths.credit_unit, Some(CreditUnit::Local));
    assert_eq!(maths.grade, pct(85.5));
    assert_eq!(maths.hours, Some(Num(80.0)));
    assert_eq!(maths.completed_on.as_deref(), Some("2024-01-15"));
    assert_eq!(maths.retake, Some(false));
    let m = maths.matched.as_ref().expect("a match");
    assert_eq!((m.hours, m.overlap), (Some(Num(90.0)), Some(Num(0.8))));
    assert_eq!(english.nature, Some(Nature::Elective));
    assert_eq!(english.grade, word(GradeSystem::FiveLevel, "good"));
    assert_eq!(english.completed_on.as_deref(), Some("2024-01-10"));
    assert_eq!(english.retake, Some(true));
    assert_eq!(
        english.matched.as_ref().and_then(|m| m.overlap),
        Some(Num(0.9))
    );
    assert_eq!(internship.kind, Some(CourseKind::Internship));
    assert_eq!(internship.credit_unit, Some(CreditUnit::Ects));
    assert_eq!(internship.grade, word(GradeSystem::FiveLevel, "excellent"));
    assert_eq!(internship.completed_on.as_deref(), Some("2024-06-30"));
    assert_eq!(internship.retake, Some(true));
    assert_eq!(internship.matched, None);
}

#[test]
fn csv_with_quotes_crlf_and_bom() {
    let text = "\u{feff}Course,Credits,Grade,Match\r\n\
                \"Linear Algebra, Part 1\",3,91,\"Linear Algebra \"\"A\"\"\"\r\n\
                \"Writing\r\nand Rhetoric\",2,pass,\r\n\
                Ethics,2,\"88\",\r\n";
    let parsed = ok(text);
    assert_eq!(parsed.delimiter, Delimiter::Comma);
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    assert_eq!(parsed.lines, vec![2, 3, 5]);
    let titles: Vec<_> = parsed.courses.iter().map(|c| c.title.clone()).collect();
    assert_eq!(
        titles,
        vec![
            Some("Linear Algebra, Part 1".to_owned()),
            Some("Writing and Rhetoric".to_owned()),
            Some("Ethics".to_owned()),
        ]
    );
    assert_eq!(
        parsed.courses[0]
            .matched
            .as_ref()
            .and_then(|m| m.title.clone()),
        Some("Linear Algebra \"A\"".to_owned())
    );
    assert_eq!(
        parsed.courses[1].grade,
        word(GradeSystem::FiveLevel, "pass")
    );
    assert_eq!(parsed.courses[2].grade, pct(88.0));
}

#[test]
fn lone_cr_line_ends_and_no_final_line_end() {
    let parsed = ok("Course,Credits\rA,1\rB,2");
    assert_eq!(parsed.courses.len(), 2);
    assert_eq!(parsed.lines, vec![2, 3]);
    assert_eq!(parsed.courses[1].credits, Some(Num(2.0)));
}

#[test]
fn semicolon_csv_with_decimal_commas() {
    let text = "Module;Credits (ECTS);Grade;Scale;Overlap rate\n\
                Analysis I;7,5;B;ECTS;0,75\n\
                \"Statistik; angewandt\";2,5;87,5;percentage;72,5%\n";
    let parsed = ok(text);
    assert_eq!(parsed.delimiter, Delimiter::Semicolon);
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    let [analysis, stats] = &parsed.courses[..] else {
        panic!("two courses");
    };
    assert_eq!(analysis.credits, Some(Num(7.5)));
    assert_eq!(analysis.credit_unit, Some(CreditUnit::Ects));
    assert_eq!(analysis.grade, word(GradeSystem::Ects, "B"));
    assert_eq!(analysis.matched.as_ref().unwrap().overlap, Some(Num(0.75)));
    assert_eq!(stats.title.as_deref(), Some("Statistik; angewandt"));
    assert_eq!(stats.credits, Some(Num(2.5)));
    assert_eq!(stats.grade, pct(87.5));
    assert_eq!(stats.matched.as_ref().unwrap().overlap, Some(Num(0.725)));
}

#[test]
fn names_compared_by_key_are_in_ascii_case_or_caseless() {
    // `key` folds ASCII case only; a name with another cased letter would never match.
    let names = GENERIC_NAMES
        .iter()
        .chain(COLUMN_NAMES.iter().map(|(n, _)| n))
        .chain(SYSTEM_NAMES.iter().map(|(n, _)| n));
    for name in names {
        let caseless = |c: char| c.is_ascii() || (c.is_lowercase() == c.is_uppercase());
        assert!(name.chars().all(caseless), "{name}");
        assert_eq!(key(name), *name, "{name} is not written as its key");
    }
    assert_eq!(key("Course Title"), "coursetitle");
    assert_eq!(key("ＧＰＡ"), "gpa");
}

#[test]
fn a_rows_problems_are_reported_in_the_sheets_column_order() {
    // Hours and credits are read after the grading system; the sheet puts them first.
    let parsed =
        ok("Course\tHours\tCredits\tSystem\tGrade\nA\tmany\tthree\tstars\t9\nB\tx\t2\tgpa\t3\n");
    let seen: Vec<(usize, &str)> = parsed
        .problems
        .iter()
        .map(|p| (p.line, p.header.as_str()))
        .collect();
    assert_eq!(
        seen,
        [(2, "Hours"), (2, "Credits"), (2, "System"), (3, "Hours")],
        "{:?}",
        parsed.problems
    );
}

#[test]
fn decimal_comma_only_where_the_comma_is_not_the_delimiter() {
    let csv = ok("Course,Credits\nA,\"3,5\"\n");
    assert_eq!(csv.courses[0].credits, None);
    assert_eq!(csv.problems[0].expected, Expected::Number);
    let tsv = ok("Course\tCredits\tHours\nA\t3,5\t1,200\n");
    assert_eq!(tsv.courses[0].credits, Some(Num(3.5)));
    assert_eq!(tsv.courses[0].hours, None);
    assert_eq!(tsv.problems[0].expected, Expected::UnambiguousNumber);
    assert_eq!(tsv.problems[0].raw, "1,200");
    // A European file's comma is its decimal point, three decimals or not.
    let semicolon = ok("Course;Credits;Overlap\nA;1;0,750\nB;1;1,500\n");
    assert_eq!(
        semicolon.courses[0].matched.as_ref().unwrap().overlap,
        Some(Num(0.75))
    );
    // Above 1, so a percentage: 1.5%.
    assert_eq!(
        semicolon.courses[1].matched.as_ref().unwrap().overlap,
        Some(Num(0.015))
    );
    // "0,750" cannot be a thousands separator.
    let tab = ok("Course\tCredits\tOverlap\nA\t1\t0,750\n");
    assert_eq!(
        tab.courses[0].matched.as_ref().unwrap().overlap,
        Some(Num(0.75))
    );
}

#[test]
fn delimiter_detection() {
    assert_eq!(detect_delimiter("a\tb,c;d"), Delimiter::Tab);
    assert_eq!(detect_delimiter("a;b;c,d"), Delimiter::Semicolon);
    assert_eq!(detect_delimiter("a,b;c"), Delimiter::Comma);
    assert_eq!(detect_delimiter("\"a;b;c\",d"), Delimiter::Comma);
    assert_eq!(detect_delimiter(",,,\r\n;;\na;b\n"), Delimiter::Semicolon);
    assert_eq!(detect_delimiter(""), Delimiter::Comma);
}

#[test]
fn grade_inference() {
    use GradeSystem::*;
    type Want = Result<Option<case::Grade>, Expected>;
    let cases: &[(&str, &str, Want)] = &[
        ("Grade", "82", Ok(pct(82.0))),
        ("Grade", "4.5", Ok(pct(4.5))),
        ("Grade", "100", Ok(pct(100.0))),
        ("Grade", "3.5", Err(Expected::SystemForLowNumber)),
        ("Grade", "4", Err(Expected::SystemForLowNumber)),
        ("Grade", "3%", Ok(pct(3.0))),
        ("Grade", "130", Err(Expected::Grade(Some(Percentage)))),
        ("Grade", "Excellent", Ok(word(FiveLevel, "excellent"))),
        ("Grade", "不及格", Ok(word(FiveLevel, "fail"))),
        ("Grade", "中等", Ok(word(FiveLevel, "medium"))),
        ("Grade", "b", Ok(word(FourLevel, "B"))),
        ("Grade", "Ｃ", Ok(word(FourLevel, "C"))),
        ("Grade", "E", Ok(word(Ects, "E"))),
        ("Grade", "F", Ok(word(Ects, "F"))),
        ("Grade", "Z", Err(Expected::Grade(None))),
        ("Grade", "A+", Err(Expected::Grade(None))),
        ("GPA", "3.5", Ok(gpa(3.5))),
        ("绩点", "3.7", Ok(gpa(3.7))),
        ("Grade (GPA)", "4", Ok(gpa(4.0))),
        ("GPA", "85", Err(Expected::Grade(Some(Gpa4)))),
        ("Score %", "3", Ok(pct(3.0))),
        ("成绩（百分制）", "2.5", Ok(pct(2.5))),
        ("Grade (ECTS)", "A", Ok(word(Ects, "A"))),
        ("Grade (ECTS)", "G", Err(Expected::Grade(Some(Ects)))),
    ];
    for (header, cell, want) in cases {
        let got = grade_of(header, cell).map(Some);
        assert_eq!(&got, want, "{header}: {cell}");
    }
}

#[test]
fn system_column_decides_and_overrides_the_header() {
    let text = "Course\tGrade (GPA)\tSystem\n\
                A\t3.5\t\n\
                B\t3.5\tpercentage\n\
                C\tA\tECTS\n\
                D\tB\tfour-level\n\
                E\t优秀\t五级制\n\
                F\t2\tGPA 4.0\n\
                G\t85\tfive_level\n\
                H\t85\tdecimal\n\
                I\t良好\t等级制\n\
                J\tC\t等级制\n\
                K\t85\t等级制\n";
    let parsed = ok(text);
    let grades: Vec<_> = parsed.courses.iter().map(|c| c.grade.clone()).collect();
    assert_eq!(
        grades,
        vec![
            gpa(3.5),
            pct(3.5),
            word(GradeSystem::Ects, "A"),
            word(GradeSystem::FourLevel, "B"),
            word(GradeSystem::FiveLevel, "excellent"),
            gpa(2.0),
            None,
            None,
            word(GradeSystem::FiveLevel, "good"),
            word(GradeSystem::FourLevel, "C"),
            None,
        ]
    );
    let problems: Vec<_> = parsed
        .problems
        .iter()
        .map(|p| (p.line, p.column, p.expected))
        .collect();
    assert_eq!(
        problems,
        vec![
            (
                8,
                Column::Grade,
                Expected::Grade(Some(GradeSystem::FiveLevel))
            ),
            (9, Column::System, Expected::GradingSystem),
            (12, Column::Grade, Expected::LevelGrade),
        ]
    );
}

#[test]
fn unreadable_values_are_reported_not_dropped() {
    let text = "Course\tCredits\tGrade\tCompleted\tRetake\tKind\tOverlap\n\
                \n\
                Good course\t3\t90\t2025-01-15\tno\ttheory\t0.8\n\
                Bad course\tabc\tZ\tyesterday\tmaybe\tseminar\t150\n\
                Bad date\t-2\t80\t2025-02-30\t\t\t75 %\n";
    let parsed = ok(text);
    assert_eq!(parsed.courses.len(), 3);
    assert_eq!(parsed.lines, vec![3, 4, 5]);
    let bad = &parsed.courses[1];
    assert_eq!(bad.title.as_deref(), Some("Bad course"));
    assert_eq!(
        (
            &bad.credits,
            &bad.grade,
            &bad.completed_on,
            &bad.retake,
            &bad.kind
        ),
        (&None, &None, &None, &None, &None)
    );
    assert_eq!(bad.matched, None);
    let found: Vec<_> = parsed
        .problems
        .iter()
        .map(|p| (p.line, p.column, p.raw.as_str(), p.expected))
        .collect();
    assert_eq!(
        found,
        vec![
            (4, Column::Credits, "abc", Expected::Number),
            (4, Column::Grade, "Z", Expected::Grade(None)),
            (4, Column::Completed, "yesterday", Expected::Date),
            (4, Column::Retake, "maybe", Expected::YesNo),
            (4, Column::Kind, "seminar", Expected::Kind),
            (4, Column::Overlap, "150", Expected::Overlap),
            (5, Column::Credits, "-2", Expected::Number),
            (5, Column::Completed, "2025-02-30", Expected::Date),
        ]
    );
    assert_eq!(
        parsed.courses[2].matched.as_ref().unwrap().overlap,
        Some(Num(0.75))
    );
}

#[test]
fn values_in_their_various_spellings() {
    assert_eq!(date("2025-01-15").as_deref(), Some("2025-01-15"));
    assert_eq!(date("2025/1/5").as_deref(), Some("2025-01-05"));
    assert_eq!(date("2025.12.31").as_deref(), Some("2025-12-31"));
    assert_eq!(date("2024年2月29日").as_deref(), Some("2024-02-29"));
    for bad in [
        "2023-02-29",
        "15/01/2025",
        "2025-01",
        "2025-1-15-1",
        "25-01-15",
        "2025/01-15",
    ] {
        assert_eq!(date(bad), None, "{bad}");
    }
    for yes in ["yes", "Y", "TRUE", "1", "是", "✓", "√"] {
        assert_eq!(yes_no(yes), Some(true), "{yes}");
    }
    for no in ["No", "n", "false", "0", "否", "×"] {
        assert_eq!(yes_no(no), Some(false), "{no}");
    }
    assert_eq!(overlap("0.75", Delimiter::Tab), Ok(0.75));
    assert_eq!(overlap("75%", Delimiter::Tab), Ok(0.75));
    assert_eq!(overlap("75", Delimiter::Tab), Ok(0.75));
    assert_eq!(overlap("1", Delimiter::Tab), Ok(1.0));
    assert_eq!(overlap("100", Delimiter::Tab), Ok(1.0));
    assert_eq!(overlap("0.5%", Delimiter::Tab), Ok(0.005));
    assert_eq!(overlap("101", Delimiter::Tab), Err(Expected::Overlap));
    assert_eq!(overlap("abc", Delimiter::Tab), Err(Expected::Overlap));
    assert_eq!(number("３．５", Delimiter::Comma), Err(Expected::Number));
    assert_eq!(number(&fold("３．５"), Delimiter::Comma), Ok(3.5));
    assert_eq!(number(&fold("３。５"), Delimiter::Comma), Ok(3.5));
    assert_eq!(number("4.", Delimiter::Tab), Ok(4.0));
    assert_eq!(number(".5", Delimiter::Tab), Ok(0.5));
    for bad in ["", ".", "1.2.3", "1e3", "inf", "NaN", "+3", "3 4"] {
        assert_eq!(number(bad, Delimiter::Tab), Err(Expected::Number), "{bad}");
    }
    assert_eq!(credit_unit("Ects"), Some(CreditUnit::Ects));
    assert_eq!(nature("Required"), Some(Nature::Compulsory));
    assert_eq!(nature("optional"), Some(Nature::Elective));
    assert_eq!(kind("实践"), Some(CourseKind::Practice));
}

#[test]
fn header_synonyms_and_ignored_columns() {
    let names = [
        ("Course", Column::Title),
        ("  COURSE   NAME ", Column::Title),
        ("课程", Column::Title),
        ("Cr.", Column::Credits),
        ("ECTS credits", Column::Credits),
        ("Credit unit", Column::CreditUnit),
        ("学分单位", Column::CreditUnit),
        ("Course type", Column::Kind),
        ("Compulsory/Elective", Column::Nature),
        ("必修/选修", Column::Nature),
        ("Result", Column::Grade),
        ("分数", Column::Grade),
        ("Grading system", Column::System),
        ("记分制", Column::System),
        ("Contact hours", Column::Hours),
        ("课时", Column::Hours),
        ("Term end", Column::Completed),
        ("日期", Column::Completed),
        ("Make-up", Column::Retake),
        ("补考", Column::Retake),
        ("Receiving course", Column::MatchTitle),
        ("认定课程", Column::MatchTitle),
        ("对应学时", Column::MatchHours),
        ("Matched nature", Column::MatchNature),
        ("Overlap (%)", Column::Overlap),
        ("知识点重合率", Column::Overlap),
    ];
    for (name, column) in names {
        assert_eq!(recognise(name).map(|r| r.column), Some(column), "{name}");
    }
    for column in Column::ALL {
        assert_eq!(recognise(column.header()).map(|r| r.column), Some(column));
    }
    let parsed = ok("No.\tCourse\tTeacher\tCredits\tCredit\t\t\n1\tA\tSmith\t2\t3\t\t\n");
    assert_eq!(parsed.ignored_columns, vec!["No.", "Teacher", "Credit"]);
    assert_eq!(parsed.courses[0].credits, Some(Num(2.0)));
    // A bare "Course" next to a "Title" holds codes.
    let us = ok("Course,Title,Credits\nMATH 101,Calculus I,4\n");
    assert_eq!(us.courses[0].title.as_deref(), Some("Calculus I"));
    assert_eq!(us.ignored_columns, vec!["Course"]);
    let cn = ok("课程\t课程代码\t学分\n高等数学\tMA101\t5\n");
    assert_eq!(cn.courses[0].title.as_deref(), Some("高等数学"));
    assert_eq!(cn.ignored_columns, vec!["课程代码"]);
}

#[test]
fn rows_without_course_data_are_skipped() {
    let text = "Term\tCourse\tGrade\n2024 autumn\t\t\n\t\t\n\tA\t90\n,,,\n";
    let parsed = ok(text);
    assert_eq!(
        parsed.courses,
        vec![case::Course {
            grade: pct(90.0),
            ..titled("A")
        }]
    );
    assert_eq!(parsed.lines, vec![4]);
}

#[test]
fn whole_text_errors() {
    assert_eq!(parse(""), Err(TranscriptError::Empty));
    assert_eq!(parse("\u{feff}\r\n \n\t\t\n"), Err(TranscriptError::Empty));
    assert_eq!(
        parse("Calculus\t4\t85\nPhysics\t3\t90\n"),
        Err(TranscriptError::NoHeader {
            found: vec!["Calculus".into(), "4".into(), "85".into()],
            has_title: false,
            has_grade_or_credits: false,
        })
    );
    assert_eq!(
        parse("Course,Teacher\nA,B\n"),
        Err(TranscriptError::NoHeader {
            found: vec!["Course".into(), "Teacher".into()],
            has_title: true,
            has_grade_or_credits: false,
        })
    );
    assert_eq!(
        parse("\n\nCourse\tGrade\n\t\n"),
        Err(TranscriptError::NoRows)
    );
    assert_eq!(
        parse("Course,Grade\n\"Unclosed,90\nB,80\n"),
        Err(TranscriptError::UnterminatedQuote { line: 2 })
    );
}

#[test]
fn row_limit() {
    let sheet = |rows: usize| {
        let mut text = String::from("Course\tCredits\n");
        for i in 0..rows {
            text.push_str(&format!("Course {i}\t2\n\n"));
        }
        text
    };
    assert_eq!(ok(&sheet(MAX_ROWS)).courses.len(), MAX_ROWS);
    let err = parse(&sheet(MAX_ROWS + 1)).unwrap_err();
    assert_eq!(err, TranscriptError::TooManyRows { limit: 500 });
}

/// Thirty courses touching every supported column and spelling.
fn thirty_courses() -> Vec<case::Course> {
    let grades = [
        pct(82.0),
        pct(60.5),
        word(GradeSystem::FiveLevel, "excellent"),
        word(GradeSystem::FiveLevel, "fail"),
        word(GradeSystem::FourLevel, "B"),
        gpa(3.7),
        gpa(2.0),
        word(GradeSystem::Ects, "A"),
        word(GradeSystem::Ects, "E"),
        pct(3.0),
    ];
    let kinds = [
        CourseKind::Theory,
        CourseKind::Practice,
        CourseKind::Internship,
    ];
    let titles = [
        "Calculus",
        "高等数学",
        "Writing, \"Advanced\"",
        "=Formulas",
        "Ethics",
    ];
    (0..30)
        .map(|i| {
            let matched = (i % 4 != 0).then(|| case::Match {
                title: Some(format!("Receiving {i}")),
                credits: (i % 2 == 0).then_some(Num(3.0)),
                hours: Some(Num(48.0 + i as f64)),
                nature: Some(if i % 3 == 0 {
                    Nature::Elective
                } else {
                    Nature::Compulsory
                }),
                overlap: (i % 5 != 0).then_some(Num([0.75, 0.7, 0.725, 1.0][i % 4])),
                ..case::Match::default()
            });
            case::Course {
                title: Some(format!("{} {i}", titles[i % titles.len()])),
                credits: Some(Num([4.0, 3.5, 2.0, 0.5, 7.5][i % 5])),
                credit_unit: (i % 3 != 0).then_some(if i % 2 == 0 {
                    CreditUnit::Ects
                } else {
                    CreditUnit::Local
                }),
                kind: Some(kinds[i % 3]),
                nature: (i % 7 != 0).then_some(if i % 2 == 0 {
                    Nature::Compulsory
                } else {
                    Nature::Elective
                }),
                grade: grades[i % grades.len()].clone(),
                hours: (i % 6 != 0).then_some(Num(16.0 * (i % 5 + 1) as f64)),
                completed_on: Some(format!("202{}-{:02}-{:02}", i % 5, i % 12 + 1, i % 28 + 1)),
                retake: (i % 4 != 1).then_some(i % 3 == 0),
                matched,
                ..case::Course::default()
            }
        })
        .collect()
}

/// A paste as a student's own sheet might hold it: other header words, other spellings.
fn as_pasted_sheet(courses: &[case::Course]) -> String {
    let mut text = String::from(
        "Course title\tCredit\tCredit unit\tType\tRequired\tScore\tGrading system\tClass hours\t\
         Completed on\tMake-up\tMatched course\tMatched credits\tMatch hours\tMatched nature\t\
         Overlap rate\n",
    );
    for c in courses {
        let m = c.matched.clone().unwrap_or_default();
        let n = |n: Option<Num>| n.map(|n| n.0.to_string()).unwrap_or_default();
        let grade = c.grade.as_ref().map(|g| match &g.value {
            GradeValue::Number(n) => n.to_string(),
            GradeValue::Word(w) => w.to_uppercase(),
        });
        let system = c.grade.as_ref().map(|g| match g.system {
            GradeSystem::Percentage => "百分制",
            GradeSystem::FiveLevel => "Five-level",
            GradeSystem::FourLevel => "4-level",
            GradeSystem::Gpa4 => "GPA",
            GradeSystem::Ects => "ECTS",
        });
        let date = c.completed_on.as_ref().map(|d| d.replace('-', "/"));
        let cells = [
            // Pasted text has no formula guard: the sheet shows the title as is.
            c.title.clone().unwrap_or_default().replace('"', "\"\""),
            n(c.credits),
            c.credit_unit
                .map(|u| {
                    if u == CreditUnit::Ects {
                        "ECTS"
                    } else {
                        "本地"
                    }
                    .to_owned()
                })
                .unwrap_or_default(),
            c.kind
                .map(|k| kind_name(k).to_uppercase())
                .unwrap_or_default(),
            c.nature
                .map(|n| {
                    if n == Nature::Compulsory {
                        "必修"
                    } else {
                        "Optional"
                    }
                    .to_owned()
                })
                .unwrap_or_default(),
            grade.unwrap_or_default(),
            system.unwrap_or_default().to_owned(),
            n(c.hours),
            date.unwrap_or_default(),
            c.retake
                .map(|r| if r { "Y" } else { "N" }.to_owned())
                .unwrap_or_default(),
            m.title.unwrap_or_default(),
            n(m.credits),
            n(m.hours),
            m.nature
                .map(|n| nature_name(n).to_owned())
                .unwrap_or_default(),
            m.overlap
                .map(|o| format!("{}%", o.0 * 100.0))
                .unwrap_or_default(),
        ];
        let quoted: Vec<String> = cells
            .iter()
            .map(|c| {
                if c.contains('"') {
                    format!("\"{c}\"")
                } else {
                    c.clone()
                }
            })
            .collect();
        text.push_str(&quoted.join("\t"));
        text.push('\n');
    }
    text
}

#[test]
fn thirty_course_paste_round_trip() {
    let courses = thirty_courses();
    let parsed = ok(&as_pasted_sheet(&courses));
    assert!(parsed.problems.is_empty(), "{:?}", parsed.problems);
    assert!(parsed.ignored_columns.is_empty());
    assert_eq!(parsed.courses.len(), 30);
    assert_eq!(parsed.lines, (2..32).collect::<Vec<_>>());
    assert_eq!(parsed.courses, courses);
}

#[test]
fn csv_and_tsv_exports_read_back() {
    let courses = thirty_courses();
    let csv = to_csv(&courses);
    assert!(csv
        .starts_with("Course,Credits,Unit,Kind,Nature,Grade,System,Hours,Completed,Retake,Match,"));
    assert!(csv.contains("\"Writing, \"\"Advanced\"\" 2\""));
    assert!(csv.contains("'=Formulas 3"));
    assert!(csv.ends_with("\r\n"));
    let from_csv = ok(&csv);
    assert!(from_csv.problems.is_empty(), "{:?}", from_csv.problems);
    assert_eq!(from_csv.delimiter, Delimiter::Comma);
    assert_eq!(from_csv.courses, courses);
    let from_tsv = ok(&to_tsv(&courses));
    assert_eq!(from_tsv.delimiter, Delimiter::Tab);
    assert_eq!(from_tsv.courses, courses);
}

#[test]
fn exports_of_nothing_and_of_empty_courses() {
    let header = to_csv(&[]);
    assert_eq!(header.lines().count(), 1);
    assert_eq!(parse(&header), Err(TranscriptError::NoRows));
    let only_title = vec![titled("Only a title")];
    assert_eq!(ok(&to_csv(&only_title)).courses, only_title);
}
