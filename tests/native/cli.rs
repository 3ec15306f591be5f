//! The `assess` command as a user runs it: output shapes, standard input, exit codes, and every kind of
//! invalid input with the exact message that names its field.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const HEAD: &str = r#""format":"transfer-check/case","version":1"#;

fn assess(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_assess"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("assess starts");
    let mut input = child.stdin.take().unwrap();
    // A command that refuses before reading its input (a bad catalogue) may close it first.
    match input.write_all(stdin.unwrap_or("").as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        written => written.unwrap(),
    }
    drop(input);
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// A scratch file under target/, named for the test that writes it.
fn scratch(name: &str, contents: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

#[test]
fn one_file_prints_one_assessment_document() {
    let out = assess(&["examples/mainland-undergraduate.json"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty());
    let doc: Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(doc["format"], "transfer-check/assessment");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["policy"], "2023-046");
    assert_eq!(doc["verdict"], "eligible");
    assert!(doc.get("file").is_none(), "a single document is not tagged");
}

#[test]
fn several_files_print_json_lines_tagged_with_their_names() {
    let files = [
        "examples/masters.json",
        "examples/doctoral.json",
        "examples/revoked-institution.json",
    ];
    let out = assess(&files, None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    for (line, file) in lines.iter().zip(files) {
        assert_eq!(line["file"], file);
        assert_eq!(line["format"], "transfer-check/assessment");
    }
}

#[test]
fn a_dash_reads_standard_input() {
    let case = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/international-ects.json"),
    )
    .unwrap();
    let out = assess(&["--compact", "-"], Some(&case));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert_eq!(stdout.lines().count(), 1, "--compact prints one line");
    let doc: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(doc["format"], "transfer-check/assessment");
}

#[test]
fn today_fills_a_missing_assessment_date() {
    let case = format!("{{{HEAD}}}");
    let out = assess(&["--today", "2025-03-01", "-"], Some(&case));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["assessed_on"], "2025-03-01");
    assert_eq!(doc["verdict"], "incomplete");
}

#[test]
fn messages_can_be_in_chinese() {
    let out = assess(
        &["--lang", "zh-CN", "examples/mainland-undergraduate.json"],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let message = doc["findings"][0]["message"].as_str().unwrap();
    assert!(
        message
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{message}"
    );
}

#[test]
fn a_plan_brings_documents_a_timeline_and_the_cscse_day_in_both_languages() {
    let case = r#"{"format":"transfer-check/case","version":1,"assessed_on":"2026-09-01",
        "applicant":{"route":"international","level":"undergraduate","revoked":false},
        "plan":{"semester_start":"2026-11-04","tuition_per_year":30000,"archival_certificate_days":21,
            "russian_diploma":true,"cscse_done":["register","archival_certificate"]}}"#;
    for (lang, word) in [("en", "Preliminary verification"), ("zh-CN", "材料初审")] {
        let out = assess(&["--lang", lang, "-"], Some(case));
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        let proof = doc["documents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["id"] == "financial_proof")
            .unwrap();
        assert_eq!(proof["min_amount_yuan"], 45000);
        // 4 October is in the National Day holiday: the window closes on the last working day before.
        assert_eq!(doc["timeline"]["window"]["closes"], "2026-09-30");
        assert_eq!(
            doc["timeline"]["steps"][0]["step"],
            "preliminary_verification"
        );
        let message = doc["timeline"]["steps"][0]["message"].as_str().unwrap();
        assert!(message.starts_with(word), "{message}");
        // P9: 30 processing days and 21 by mail before 30 September.
        assert_eq!(doc["cscse"]["start_by"], "2026-08-10");
        // The guide's ticks come back in the procedure's order.
        assert_eq!(
            doc["cscse"]["steps_done"],
            serde_json::json!(["archival_certificate", "register"])
        );
    }
    let without = assess(&["examples/mainland-undergraduate.json"], None);
    let doc: Value = serde_json::from_slice(&without.stdout).unwrap();
    assert!(doc["documents"].as_array().is_some_and(|d| d.len() >= 5));
    assert!(doc.get("timeline").is_none() && doc.get("cscse").is_none());
}

#[test]
fn help_and_version_explain_themselves() {
    let out = assess(&["--help"], None);
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    for needle in [
        "Usage: assess",
        "JSON Lines",
        "--today",
        "--catalog",
        "Exit status",
    ] {
        assert!(help.contains(needle), "help lacks {needle}");
    }
    let out = assess(&["--version"], None);
    assert!(text(&out.stdout).contains("2023-046"));
}

#[test]
fn a_wrong_command_line_exits_2_with_a_hint() {
    for (args, message) in [
        (&[][..], "assess: no case file given"),
        (
            &["--frobnicate", "x.json"][..],
            "assess: unknown option --frobnicate",
        ),
        (
            &["--today", "tomorrow", "x.json"][..],
            "assess: --today: \"tomorrow\" is not a date (YYYY-MM-DD)",
        ),
        (
            &["--lang", "fr", "x.json"][..],
            "assess: --lang: \"fr\" is not en or zh-CN",
        ),
    ] {
        let out = assess(args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = text(&out.stderr);
        assert!(stderr.starts_with(message), "{args:?}: {stderr}");
        assert!(stderr.contains("assess --help"));
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn an_unreadable_file_exits_2() {
    let out = assess(&["no/such/case.json"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("no/such/case.json: cannot read the file:"));
}

#[test]
fn in_a_batch_an_invalid_file_gets_an_error_line_and_the_rest_are_assessed() {
    let bad = scratch(
        "batch-bad.json",
        &format!(r#"{{{HEAD},"courses":[{{"credits":-4}}]}}"#),
    );
    let bad = bad.to_str().unwrap();
    let out = assess(
        &["examples/masters.json", bad, "examples/doctoral.json"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        format!("{bad}: courses[0].credits: -4 is negative\n")
    );
    let lines: Vec<Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1]["file"], bad);
    assert_eq!(lines[1]["errors"][0]["path"], "courses[0].credits");
    assert_eq!(lines[1]["errors"][0]["message"], "-4 is negative");
    assert_eq!(lines[2]["format"], "transfer-check/assessment");
}

/// Every kind of invalid input: the case (after the header) and the exact line on stderr.
const INVALID: &[(&str, &str)] = &[
    (r#""plan":{"vacations":[{"from":"2026-07-04","to":"2026-08-30"},{"from":"2027-02-21","to":"2027-01-18"}]}"#,
     "plan.vacations[1].to: 2027-01-18 is before the first day, 2027-02-21; the last day cannot come first"),
    (r#""plan":{"submitted_on":"2027-01-05","informed_on":"2026-12-01"}"#,
     "plan.informed_on: 2026-12-01 is before the day you hand in your materials, 2027-01-05; a result is told only after the materials are in, so correct one of the two dates"),
    (r#""plan":{"semester_start":"1999-09-01"}"#,
     "plan.semester_start: 1999-09-01 is outside the dates a plan can hold, 2000-01-01 to 2100-12-31"),
    (r#""plan":{"submitted_on":"2026-02-30"}"#,
     "plan.submitted_on: 2026-02-30 does not exist: that month has 28 days"),
    (r#""plan":{"tuition_per_year":-5}"#, "plan.tuition_per_year: -5 is negative"),
    (r#""plan":{"archival_certificate_days":2.5}"#,
     "plan.archival_certificate_days: 2.5 is not a whole number"),
    (r#""plan":{"cscse_done":["pay","fax"]}"#,
     "plan.cscse_done[1]: unknown value `fax`, expected one of `archival_certificate`, `warn_university`, `register`, `personal_account`, `choose_service`, `diploma_form`, `other_education_form`, `upload_scans`, `pay`, `outcome`"),
    (r#""applicant":{"performance":{"system":"percentage","value":130}}"#,
     "applicant.performance.value: 130 is above the percentage scale's maximum of 100"),
    (r#""courses":[{},{},{"grade":{"system":"percentage","value":130}}]"#,
     "courses[2].grade.value: 130 is above the percentage scale's maximum of 100"),
    (r#""courses":[{"grade":{"system":"gpa4","value":4.3}}]"#,
     "courses[0].grade.value: 4.3 is above the 4.0 GPA scale's maximum of 4"),
    (r#""courses":[{},{"credits":-4}]"#, "courses[1].credits: -4 is negative"),
    (r#""courses":[{"match":{"overlap":1.2}}]"#,
     "courses[0].match.overlap: 1.2 is above the overlap rate's maximum of 1"),
    (r#""applicant":{"route":"moon"}"#,
     "applicant.route: unknown value `moon`, expected one of `mainland`, `hmt`, `sino_foreign`, `international`"),
    (r#""courses":[{"grade":{"system":"letters","value":"A"}}]"#,
     "courses[0].grade.system: unknown value `letters`, expected one of `percentage`, `five_level`, `four_level`, `gpa4`, `ects`"),
    (r#""applicant":{"language":{"tests":[{"test":"duolingo","overall":120}]}}"#,
     "applicant.language.tests[0].test: unknown value `duolingo`, expected one of `ielts`, `toefl_ibt`, `pte`, `hsk`"),
    (r#""courses":[{"grade":{"system":"five_level","value":"great"}}]"#,
     "courses[0].grade.value: \"great\" is not a five-level grade; expected one of excellent, good, medium, pass, fail"),
    (r#""courses":[{"grade":{"system":"four_level","value":"E"}}]"#,
     "courses[0].grade.value: \"E\" is not a four-level grade; expected one of A, B, C, D"),
    (r#""courses":[{"grade":{"system":"ects","value":"G"}}]"#,
     "courses[0].grade.value: \"G\" is not an ECTS grade; expected one of A, B, C, D, E, F"),
    (r#""courses":[{"grade":{"system":"four_level","value":80}}]"#,
     "courses[0].grade.value: 80 is a number; this grading system takes a word"),
    (r#""courses":[{"grade":{"system":"percentage","value":"A"}}]"#,
     "courses[0].grade.value: \"A\" is not a number; expected a number from 0 to 100"),
    (r#""courses":[{"literacy":{"category":"philosophy"}}]"#,
     "courses[0].literacy.category: unknown value `philosophy`, expected one of `global_citizenship`, `ethics`, `intercultural`, `sustainability`"),
    (r#""courses":[{"kind":"lecture"}]"#,
     "courses[0].kind: unknown value `lecture`, expected one of `theory`, `practice`, `internship`"),
    (r#""courses":[{"credit_unit":"ucas"}]"#,
     "courses[0].credit_unit: unknown value `ucas`, expected `local` or `ects`"),
    (r#""applicant":{"authentication":{"body":"notary"}}"#,
     "applicant.authentication.body: unknown value `notary`, expected one of `chsi`, `hmt_office`, `hkcaavq`, `gaes`, `taiwan_moe`, `sino_foreign_platform`, `cscse`, `naric`, `wes_us`, `ece`, `aqf`, `wes_canada`, `icas`, `qaa`, `other`"),
    (r#""applicant":{"status":"graduated"}"#,
     "applicant.status: unknown value `graduated`, expected one of `normal`, `suspended`, `admission_retained`, `expulsion_proposed`, `expelled`"),
    (r#""applicant":{"language":{"tests":[{"test":"ielts","overall":6.3,"sections":[6,6,6,6]}]}}"#,
     "applicant.language.tests[0].overall: 6.3 is not on the IELTS band scale's steps of 0.5"),
    (r#""applicant":{"language":{"tests":[{"test":"ielts","overall":6.5,"sections":[6,6,6]}]}}"#,
     "applicant.language.tests[0].sections: IELTS has 4 section scores (listening, reading, writing, speaking); 3 given"),
    (r#""applicant":{"language":{"tests":[{"test":"toefl_ibt","overall":90,"sections":[31,20,20,20]}]}}"#,
     "applicant.language.tests[0].sections[0]: 31 is above the TOEFL iBT section scale's maximum of 30"),
    (r#""applicant":{"language":{"tests":[{"test":"toefl_ibt","overall":80.5}]}}"#,
     "applicant.language.tests[0].overall: 80.5 is not a whole number"),
    (r#""applicant":{"language":{"tests":[{"test":"pte","overall":5}]}}"#,
     "applicant.language.tests[0].overall: 5 is below the PTE Academic scale's minimum of 10"),
    (r#""applicant":{"language":{"tests":[{"test":"hsk","level":10}]}}"#,
     "applicant.language.tests[0].level: 10 is above the HSK level scale's maximum of 9"),
    (r#""applicant":{"language":{"tests":[{"test":"pte","overall":60,"sections":[1,2,3,4]}]}}"#,
     "applicant.language.tests[0].sections: PTE Academic section scores are not used; leave them out"),
    (r#""applicant":{"language":{"tests":[{"test":"ielts","level":5}]}}"#,
     "applicant.language.tests[0].level: IELTS has no level; give its overall score"),
    (r#""applicant":{"language":{"major_teaching_language":"french"}}"#,
     "applicant.language.major_teaching_language: unknown value `french`, expected `english` or `chinese`"),
    (r#""assessed_on":"2026-9-1""#, "assessed_on: \"2026-9-1\" is not a date; write it as YYYY-MM-DD"),
    (r#""assessed_on":"2025-02-29""#, "assessed_on: 2025-02-29 does not exist: that month has 28 days"),
    (r#""assessed_on":"2026-09-01","courses":[{"completed_on":"2027-01-01"}]"#,
     "courses[0].completed_on: 2027-01-01 is after the date you will apply, 2026-09-01; a course counts once it is completed"),
    (r#""courses":[{"credits":2.1234}]"#, "courses[0].credits: 2.1234 has more than three decimal places"),
    (r#""courses":[{"weekly_hours":200}]"#, "courses[0].weekly_hours: 200 is above the maximum of 168"),
    (r#""courses":[{"match":{"hours":-1}}]"#, "courses[0].match.hours: -1 is negative"),
    (r#""program":{"credit_hours":{"theory":0}}"#,
     "program.credit_hours.theory: 0 is not allowed; it must be greater than 0"),
    (r#""origin":{"credit_hours":{"practice":-32}}"#, "origin.credit_hours.practice: -32 is negative"),
    (r#""origin":{"ects_region":"asia"}"#, "origin.ects_region: unknown value `asia`, expected `eu` or `non_eu`"),
    (r#""program":{"total_graduation_credits":0}"#,
     "program.total_graduation_credits: 0 is not allowed; it must be greater than 0"),
    (r#""program":{"literacy_credits_required":-3}"#, "program.literacy_credits_required: -3 is negative"),
    (r#""applicant":{"semesters_completed":2.5}"#, "applicant.semesters_completed: 2.5 is not a whole number"),
    (r#""applicant":{"entrance_exam":{"score":-1}}"#, "applicant.entrance_exam.score: -1 is negative"),
    (r#""applicant":{"postgraduate":{"papers":[{"impact_factor":-1}]}}"#,
     "applicant.postgraduate.papers[0].impact_factor: -1 is negative"),
    (r#""applicant":{"revoked_details":{"original_total_credits":0}}"#,
     "applicant.revoked_details.original_total_credits: 0 is not allowed; it must be greater than 0"),
    (r#""applicant":{"revoked":"yes"}"#, "applicant.revoked: found string \"yes\", expected true or false"),
    (r#""courses":{}"#, "courses: found an object, expected a list of objects"),
    (r#""courses":[{"grade":["percentage",70]}]"#, "courses[0].grade: found a list, expected an object"),
    (r#""origin":[{"theory":16},"eu"]"#, "origin: found a list, expected an object"),
    (r#""applicant":{"revoked_details":{"completed_credits":200,"original_total_credits":160}}"#,
     "applicant.revoked_details.completed_credits: 200 is more than the original total of 160 credits"),
];

#[test]
fn every_invalid_field_is_named_and_exits_2() {
    let mut wrong = Vec::new();
    for (body, expected) in INVALID {
        let case = format!("{{{HEAD},{body}}}");
        let out = assess(&["-"], Some(&case));
        let stderr = text(&out.stderr);
        let expected_line = format!("<stdin>: {expected}\n");
        if out.status.code() != Some(2) || stderr != expected_line || !out.stdout.is_empty() {
            wrong.push(format!(
                "{body}\n  exit {:?}\n  expected: {expected_line}  actual:   {stderr}",
                out.status.code()
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} cases:\n{}",
        wrong.len(),
        INVALID.len(),
        wrong.join("\n")
    );
}

#[test]
fn a_file_that_is_not_a_case_file_exits_2() {
    for (input, expected) in [
        (r#"{"version":1}"#, "format: required; a case file starts with \"format\": \"transfer-check/case\""),
        (r#"{"format":"transfer-check/case"}"#, "version: required; this tool reads version 1"),
        (r#"{"format":"something-else","version":1}"#,
         "format: \"something-else\" is not a case file; expected \"transfer-check/case\""),
        (r#"{"format":"transfer-check/case","version":2}"#, "version: 2 is not supported; this tool reads version 1"),
        (r#"{"format":"transfer-check/case","version":"1"}"#, "version: \"1\" is text; write the number 1"),
        (r#"{"format":"transfer-check/case","version":1,"#,
         "not valid JSON: line 1, column 44: EOF while parsing a value (the file ends too early)"),
        ("[1,2,3]", "not a case file: expected a JSON object ({ ... })"),
        ("", "not valid JSON: line 1, column 0: EOF while parsing a value (the file ends too early)"),
    ] {
        let out = assess(&["-"], Some(input));
        assert_eq!(out.status.code(), Some(2), "{input}");
        assert_eq!(text(&out.stderr), format!("<stdin>: {expected}\n"), "{input}");
    }
}

#[test]
fn null_objects_and_lists_mean_not_given() {
    let case =
        format!(r#"{{{HEAD},"applicant":null,"origin":null,"program":null,"courses":null}}"#);
    let out = assess(&["-"], Some(&case));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["verdict"], "incomplete");
}

#[test]
fn several_errors_in_one_file_are_all_reported() {
    let case = format!(
        r#"{{{HEAD},"applicant":{{"performance":{{"system":"gpa4","value":4.3}}}},"courses":[{{"credits":-1}}]}}"#
    );
    let out = assess(&["-"], Some(&case));
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "<stdin>: applicant.performance.value: 4.3 is above the 4.0 GPA scale's maximum of 4\n\
         <stdin>: courses[0].credits: -1 is negative\n"
    );
}

#[test]
fn courses_from_a_transcript_are_added_to_every_case() {
    let sheet = scratch(
        "transcript.csv",
        "课程名称,学分,成绩\nLinear Algebra,3,88\nPhysics II,4,72\n",
    );
    let sheet = sheet.to_str().unwrap();
    let plain = assess(&["--compact", "examples/mainland-undergraduate.json"], None);
    let plain: Value = serde_json::from_slice(&plain.stdout).unwrap();
    let out = assess(
        &[
            "--compact",
            "--courses",
            sheet,
            "examples/mainland-undergraduate.json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let (before, after) = (
        plain["courses"].as_array().unwrap(),
        doc["courses"].as_array().unwrap(),
    );
    assert_eq!(after.len(), before.len() + 2);
    assert_eq!(after[..before.len()], before[..]);
    assert_eq!(after[before.len()]["title"], "Linear Algebra");
    assert_eq!(after[before.len() + 1]["title"], "Physics II");

    let batch = assess(
        &[
            "--courses",
            sheet,
            "examples/masters.json",
            "examples/doctoral.json",
        ],
        None,
    );
    assert_eq!(batch.status.code(), Some(0), "{}", text(&batch.stderr));
    for line in text(&batch.stdout).lines() {
        let doc: Value = serde_json::from_str(line).unwrap();
        let titles: Vec<&str> = doc["courses"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|c| c["title"].as_str())
            .collect();
        assert!(
            titles.ends_with(&["Linear Algebra", "Physics II"]),
            "{titles:?}"
        );
    }
}

#[test]
fn a_transcript_cell_that_cannot_be_read_exits_2_naming_its_line_and_column() {
    let sheet = scratch(
        "bad-transcript.csv",
        "Course,Credits,Grade\nLinear Algebra,3,88\nPhysics,abc,70\n",
    );
    let sheet = sheet.to_str().unwrap();
    let out = assess(
        &["--courses", sheet, "examples/mainland-undergraduate.json"],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        out.stdout.is_empty(),
        "nothing is assessed with a bad transcript"
    );
    assert_eq!(
        text(&out.stderr),
        format!(
            "{sheet}: Line 3, column \"Credits\": could not read \"abc\"; expected a number such as 4 or 3.5.\n"
        )
    );
    let zh = assess(
        &[
            "--lang",
            "zh-CN",
            "--courses",
            sheet,
            "examples/masters.json",
        ],
        None,
    );
    assert_eq!(zh.status.code(), Some(2));
    assert_eq!(
        text(&zh.stderr),
        format!("{sheet}: 第 3 行“Credits”列：无法读取“abc”；应为数字，例如 4 或 3.5。\n")
    );

    let headless = scratch("headless.csv", "Linear Algebra,3,88\n");
    let out = assess(
        &[
            "--courses",
            headless.to_str().unwrap(),
            "examples/masters.json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("The first row should be a header"));

    let missing = assess(&["--courses", "no-such.csv", "examples/masters.json"], None);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).starts_with("no-such.csv: cannot read the file"));

    let no_value = assess(&["--courses"], None);
    assert_eq!(no_value.status.code(), Some(2));
    assert!(text(&no_value.stderr).contains("--courses needs a transcript file"));
}

// ------------------------------------------------------------------ the programme catalogue

const MINI: &str = "tests/fixtures/catalog-mini";
const FAULTS: &str = "tests/fixtures/catalog-mini-faults";

#[test]
fn a_catalogue_that_passes_is_summed_up_in_one_line() {
    let out = assess(&["--catalog", MINI, "--check"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty());
    assert_eq!(
        text(&out.stdout),
        "tests/fixtures/catalog-mini: 2 programmes, 7 courses, 13 knowledge points\n"
    );
    let out = assess(&["--check", "--lang", "zh-CN", "--catalog", MINI], None);
    assert_eq!(
        text(&out.stdout),
        "tests/fixtures/catalog-mini: 2 个培养方案，7 门课程，13 个知识点\n"
    );
}

#[test]
fn a_catalogue_in_gb18030_with_chinese_headers_passes() {
    // Its files are UTF-8 with a byte-order mark, GB18030 and plain UTF-8, each read as it is.
    let out = assess(
        &[
            "--catalog",
            "tests/fixtures/catalog-mini-gb18030",
            "--check",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).ends_with(": 1 programme, 2 courses, 2 knowledge points\n"));
}

/// Every problem of the faulty catalogue, file by file and line by line.
const FAULTS_EN: &str = "\
catalog.csv:2:published_on: \"2026-9-1\" is not a date; write it as YYYY-MM-DD
programmes.csv:2:id: cs-2026 appears twice (lines 2 and 4)
programmes.csv:2:level: \"bachelor\" is none of undergraduate, master, doctoral, 本科, 硕士, 博士
courses.csv:3:credits: \"4,5\" is not a number
courses.csv:4:title_zh: empty; a value is required
courses.csv:4:semester: 13 is above the maximum of 12
knowledge_points.csv:1:name_zh: the header has no such column (write name_zh or 名称)
knowledge_points.csv:3:course: no course MA199 in programme cs-2026
literacy.csv:2:category: \"art\" is none of global_citizenship, ethics, intercultural, sustainability, ideological_political
equivalences.csv:2:from_code: empty, and so is from_title; give the original course's code or title
";

#[test]
fn a_faulty_catalogue_exits_2_with_every_problem() {
    let out = assess(&["--catalog", FAULTS, "--check"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(text(&out.stderr), FAULTS_EN);
    let out = assess(&["--lang", "zh-CN", "--catalog", FAULTS, "--check"], None);
    let stderr = text(&out.stderr);
    assert_eq!(stderr.lines().count(), FAULTS_EN.lines().count());
    assert!(
        stderr.contains("courses.csv:3:credits: “4,5”不是数字\n"),
        "{stderr}"
    );
}

#[test]
fn a_faulty_catalogue_is_refused_before_any_case_is_read() {
    // The case file does not exist: had it been read, its own error would show.
    let out = assess(&["--catalog", FAULTS, "no/such/case.json"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(text(&out.stderr), FAULTS_EN);
    let out = assess(&["--catalog", FAULTS, "-"], Some("{}"));
    assert_eq!(text(&out.stderr), FAULTS_EN);
}

#[test]
fn a_case_is_assessed_beside_a_catalogue_that_passes() {
    let out = assess(
        &["--catalog", MINI, "examples/mainland-undergraduate.json"],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["verdict"], "eligible");
}

#[test]
fn check_goes_with_a_catalogue_and_no_case() {
    for (args, message) in [
        (
            &["--check"][..],
            "assess: --check checks the catalogue of --catalog DIR",
        ),
        (
            &["--catalog", MINI, "--check", "x.json"][..],
            "assess: --check takes no case file",
        ),
        (&["--catalog"][..], "assess: --catalog needs a folder"),
    ] {
        let out = assess(args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(text(&out.stderr).starts_with(message), "{args:?}");
    }
    let out = assess(&["--catalog", "no/such/folder", "--check"], None);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "assess: --catalog no/such/folder: not a folder\n"
    );
}

/// A case that chose cs-2026, with a course matched by code and the knowledge points it covered.
const CHOSEN: &str = r#"{"format":"transfer-check/case","version":1,"assessed_on":"2026-09-01",
    "origin":{"institution":"Old Town University","credit_hours":{"theory":16,"practice":32}},
    "program":{"catalog":{"programme":"cs-2026","published_on":"2026-09-01"}},
    "courses":[{"title":"Calculus I","code":"MATH1001","credits":5,"nature":"compulsory",
        "grade":{"system":"percentage","value":85},"hours":80,"completed_on":"2025-01-15",
        "official_transcript":true,"translated_or_official_language":true,"regular_institution":true,
        "match":{"code":"MA101","covered":["kp1","kp2","kp3"]}}]}"#;

#[test]
fn a_case_is_assessed_in_the_programme_it_chose() {
    let out = assess(&["--catalog", MINI, "-"], Some(CHOSEN));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["programme"]["status"], "used");
    assert_eq!(doc["programme"]["major"], "Computer Science and Technology");
    assert_eq!(doc["credits"]["required"], 160);
    let course = &doc["courses"][0];
    assert_eq!(course["status"], "recognized");
    assert_eq!(course["overlap"], 0.8333);
    assert_eq!(course["overlap_from"], "knowledge_points");
    assert_eq!(course["precedent"]["decided_on"], "2025-07-01");
    assert_eq!(doc["remaining"]["courses"][0]["code"], "CS101");
    assert_eq!(doc["literacy_options"].as_array().map(Vec::len), Some(4));
    // Chinese titles and names in Chinese.
    let out = assess(&["--lang", "zh-CN", "--catalog", MINI, "-"], Some(CHOSEN));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["programme"]["major"], "计算机科学与技术");
    assert_eq!(doc["remaining"]["courses"][0]["title"], "程序设计基础");
    // Without the catalogue the same case keeps its own figures.
    let out = assess(&["-"], Some(CHOSEN));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["programme"]["status"], "no_catalog");
    assert_eq!(doc["remaining"], Value::Null);
    assert_eq!(doc["courses"][0]["overlap"], Value::Null);
}

#[test]
fn a_course_the_programme_does_not_have_exits_2_naming_its_field() {
    let case = CHOSEN
        .replace("\"MA101\"", "\"MA999\"")
        .replace("\"kp3\"]", "\"kp3\",\"kp1\"]");
    let out = assess(&["--catalog", MINI, "-"], Some(&case));
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert_eq!(
        text(&out.stderr),
        "<stdin>: courses[0].match.covered[3]: kp1 appears twice in the list, first at [0]\n\
         <stdin>: courses[0].match.code: no course MA999 in programme cs-2026 of the catalogue\n"
    );
    let case = CHOSEN.replace("\"kp3\"]", "\"kp9\"]");
    let out = assess(&["--lang", "zh-CN", "--catalog", MINI, "-"], Some(&case));
    assert_eq!(
        text(&out.stderr),
        "<stdin>: courses[0].match.covered[2]: 课程 MA101 没有知识点 kp9\n"
    );
}

/// The case of a golden file, written where `assess` can read it, under `name`.
fn golden_case(golden: &str, name: &str) -> PathBuf {
    let text = std::fs::read_to_string(format!("tests/golden/{golden}.json")).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    scratch(name, &doc["case"].to_string())
}

#[test]
fn a_summary_is_one_csv_row_per_file_in_the_order_given() {
    let planned = golden_case(
        "158-timeline-international-window-moved-back-cscse",
        "申请人-158.json",
    );
    let chosen = golden_case(
        "179-catalog-programme-figures-and-knowledge-points",
        "catalogue, 179.json",
    );
    let invalid = scratch(
        "invalid.json",
        r#"{"format":"transfer-check/case","version":1,"applicant":{"route":"moon"}}"#,
    );
    let files = [
        planned.to_str().unwrap(),
        "examples/mainland-undergraduate.json",
        invalid.to_str().unwrap(),
        chosen.to_str().unwrap(),
        "examples/doctoral.json",
    ];
    let mut args = vec!["--summary", "--today", "2026-12-01", "--catalog", "catalog"];
    args.extend(files);
    let out = assess(&args, None);
    assert_eq!(
        out.status.code(),
        Some(2),
        "an invalid file makes the run fail"
    );
    assert!(
        text(&out.stderr).contains("invalid.json: applicant.route:"),
        "{}",
        text(&out.stderr)
    );
    let tmp = planned.parent().unwrap().to_str().unwrap().to_owned();
    let got = text(&out.stdout).replace(&tmp, "<tmp>");
    let expected = std::fs::read_to_string("tests/fixtures/summary.csv").unwrap();
    assert_eq!(got, expected);
}

#[test]
fn many_files_come_out_in_the_order_given_whatever_core_assessed_them() {
    // More files than a batch, in an order unlike their names', each with its own verdict.
    let examples = [
        "doctoral",
        "masters",
        "mainland-undergraduate",
        "international-ects",
    ];
    let mut files = Vec::new();
    for i in (0..1100).rev() {
        let example = examples[i % examples.len()];
        let text = std::fs::read_to_string(format!("examples/{example}.json")).unwrap();
        files.push(scratch(&format!("order-{i:04}.json"), &text));
    }
    let names: Vec<&str> = files.iter().map(|f| f.to_str().unwrap()).collect();
    let mut args = vec!["--today", "2026-12-01"];
    args.extend(&names);
    let out = assess(&args, None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let tagged: Vec<String> = text(&out.stdout)
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["file"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(tagged, names);
    let mut summary_args = vec!["--summary", "--today", "2026-12-01"];
    summary_args.extend(&names);
    let summary = text(&assess(&summary_args, None).stdout);
    let rows: Vec<&str> = summary
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap())
        .collect();
    assert_eq!(rows, names);
}
