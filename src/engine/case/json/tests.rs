use serde_json::json;

use super::*;

/// Where the case's first misfit stands and what it is.
fn misfit(v: Value) -> (String, Shape) {
    let m = case_file(&v).expect_err("a misfit");
    (m.path, m.shape)
}

fn at(path: &str, shape: Shape) -> (String, Shape) {
    (path.to_owned(), shape)
}

fn wrong(found: Found, expected: ValueKind) -> Shape {
    Shape::WrongType { found, expected }
}

#[test]
fn every_example_reads_and_reads_back_the_same_after_writing() {
    for entry in std::fs::read_dir("examples").unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        let case = case_file(&value).unwrap_or_else(|m| panic!("{path:?}: {m:?}"));
        assert!(!case.courses.is_empty(), "{path:?}");
        let written = to_value(&case);
        assert_eq!(case_file(&written).unwrap(), case, "{path:?}");
    }
}

#[test]
fn a_misfit_names_its_place_with_list_positions() {
    let course = json!({ "grade": { "system": "percentage", "value": true } });
    assert_eq!(
        misfit(json!({ "courses": [{}, course] })),
        at(
            "courses[1].grade.value",
            wrong(Found::Bool(true), ValueKind::NumberOrWord)
        )
    );
    let test = json!({ "test": "ielts", "sections": "7" });
    assert_eq!(
        misfit(json!({ "applicant": { "language": { "tests": [test] } } })),
        at(
            "applicant.language.tests[0].sections",
            wrong(Found::Text("7".into()), ValueKind::List)
        )
    );
}

#[test]
fn null_means_left_out_for_every_kind_of_field() {
    let case = case_file(&json!({
        "assessed_on": null,
        "applicant": null,
        "courses": null,
        "plan": { "vacations": null, "documents_ready": null, "russian_diploma": null },
    }))
    .unwrap();
    assert_eq!(case.applicant, Applicant::default());
    assert!(case.courses.is_empty() && case.assessed_on.is_none());
    assert_eq!(case.plan, Some(Plan::default()));
}

#[test]
fn objects_and_lists_take_only_their_own_kind() {
    assert_eq!(
        misfit(json!({ "courses": { "title": "Calculus" } })),
        at("courses", wrong(Found::Object, ValueKind::ListOfObjects))
    );
    assert_eq!(
        misfit(json!({ "courses": [["Calculus", 4]] })),
        at("courses[0]", wrong(Found::List, ValueKind::Object))
    );
    assert_eq!(
        misfit(json!({ "program": 120 })),
        at(
            "program",
            wrong(Found::Number("120".into()), ValueKind::Object)
        )
    );
}

#[test]
fn a_grade_needs_both_its_system_and_its_value() {
    assert_eq!(
        misfit(json!({ "courses": [{ "grade": { "system": "gpa4" } }] })),
        at(
            "courses[0].grade",
            Shape::MissingField {
                name: "value".into()
            }
        )
    );
}

#[test]
fn words_are_text_the_enum_knows() {
    assert_eq!(
        misfit(json!({ "applicant": { "route": 3 } })),
        at(
            "applicant.route",
            wrong(Found::Number("3".into()), ValueKind::Text)
        )
    );
    let routes = ["mainland", "hmt", "sino_foreign", "international"];
    assert_eq!(
        misfit(json!({ "applicant": { "route": "moon" } })),
        at(
            "applicant.route",
            Shape::UnknownWord {
                found: "moon".into(),
                allowed: routes.map(String::from).to_vec()
            }
        )
    );
    let plan = json!({ "cscse_done": ["register"], "documents_ready": ["application_form"] });
    let plan = case_file(&json!({ "plan": plan })).unwrap().plan.unwrap();
    assert_eq!(plan.documents_ready, vec![DocumentId::ApplicationForm]);
    assert_eq!(plan.cscse_done, vec![CscseStep::Register]);
}

#[test]
fn an_unknown_field_is_named_with_the_fields_that_belong_there() {
    let allowed = vec![
        "institution".into(),
        "credit_hours".into(),
        "ects_region".into(),
    ];
    assert_eq!(
        misfit(json!({ "origin": { "colour": "blue" } })),
        at(
            "origin.colour",
            Shape::UnknownField {
                name: "colour".into(),
                allowed
            }
        )
    );
    // A value that does not fit is reported before a field that does not belong.
    let (path, _) = misfit(json!({ "origin": { "colour": "blue", "ects_region": "mars" } }));
    assert_eq!(path, "origin.ects_region");
}

#[test]
fn a_course_match_is_read_from_its_json_name() {
    let case =
        case_file(&json!({ "courses": [{ "match": { "title": "Calculus I", "overlap": 0.8 } }] }))
            .unwrap();
    let matched = case.courses[0].matched.as_ref().unwrap();
    assert_eq!(matched.title.as_deref(), Some("Calculus I"));
    assert_eq!(matched.overlap, Some(Num(0.8)));
    let (path, _) = misfit(json!({ "courses": [{ "matched": {} }] }));
    assert_eq!(path, "courses[0].matched");
}

#[test]
fn a_new_case_is_written_with_empty_answers_as_null_and_no_plan() {
    let empty = json!({
        "route": null, "level": null, "revoked": null, "semesters_completed": null,
        "in_final_year": null, "status": null, "disciplinary_record": null, "reason": null,
        "receiving_major_has_quota": null, "special_enrollment": null, "from_lower_level": null,
        "explanatory_material": null, "entrance_exam": null, "performance": null,
        "postgraduate": null, "revoked_details": null, "authentication": null, "language": null,
    });
    assert_eq!(
        to_value(&CaseFile::new()),
        json!({
            "format": "transfer-check/case",
            "version": 1,
            "applicant": empty,
            "origin": { "credit_hours": null, "ects_region": null },
            "program": {
                "total_graduation_credits": null, "credit_hours": null,
                "literacy_credits_required": null,
            },
            "courses": [],
        })
    );
}

#[test]
fn a_plan_and_a_test_leave_out_what_is_not_given() {
    let plan = Plan {
        documents_ready: vec![DocumentId::Translations],
        tuition_per_year: Some(Num(26000.0)),
        ..Plan::default()
    };
    assert_eq!(
        plan.to_json(),
        json!({ "tuition_per_year": 26000, "documents_ready": ["translations"] })
    );
    let test = LanguageTest {
        test: TestKind::Ielts,
        overall: Some(Num(6.5)),
        sections: None,
        level: None,
    };
    assert_eq!(test.to_json(), json!({ "test": "ielts", "overall": 6.5 }));
}

#[test]
fn a_misfit_says_what_was_found_and_what_belongs_as_data() {
    assert_eq!(
        misfit(json!({ "courses": [{ "credit_unit": "ucas" }] })),
        at(
            "courses[0].credit_unit",
            Shape::UnknownWord {
                found: "ucas".into(),
                allowed: vec!["local".into(), "ects".into()]
            }
        )
    );
    assert_eq!(
        misfit(json!({ "courses": [{ "credits": "4" }] })),
        at(
            "courses[0].credits",
            wrong(Found::Text("4".into()), ValueKind::Number)
        )
    );
    assert_eq!(
        misfit(json!({ "applicant": { "revoked": 4 } })),
        at(
            "applicant.revoked",
            wrong(Found::Number("4".into()), ValueKind::YesNo)
        )
    );
    assert_eq!(
        misfit(json!({ "courses": [{ "grade": [] }] })),
        at("courses[0].grade", wrong(Found::List, ValueKind::Object))
    );
}
