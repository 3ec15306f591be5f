use serde_json::json;

use super::*;

fn misfit(v: Value) -> Misfit {
    case_file(&v).expect_err("a misfit")
}

#[test]
fn every_example_reads_and_reads_back_the_same_after_writing() {
    for entry in std::fs::read_dir("examples").unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let value: Value = serde_json::from_str(&text).unwrap();
        let case = case_file(&value).unwrap_or_else(|m| panic!("{path:?}: {m:?}"));
        assert!(!case.courses.is_empty(), "{path:?}");
        let written = serde_json::to_value(&case).unwrap();
        assert_eq!(case_file(&written).unwrap(), case, "{path:?}");
    }
}

#[test]
fn a_misfit_names_its_place_with_list_positions() {
    let m =
        misfit(json!({ "courses": [{}, { "grade": { "system": "percentage", "value": true } }] }));
    assert_eq!(m.path, "courses[1].grade.value");
    assert_eq!(
        m.shape,
        Shape::WrongType {
            found: Found::Bool(true),
            expected: Kind::NumberOrWord
        }
    );
    let m = misfit(
        json!({ "applicant": { "language": { "tests": [{ "test": "ielts", "sections": "7" }] } } }),
    );
    assert_eq!(m.path, "applicant.language.tests[0].sections");
    assert_eq!(
        m.shape,
        Shape::WrongType {
            found: Found::Text("7".into()),
            expected: Kind::List
        }
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
    let m = misfit(json!({ "courses": { "title": "Calculus" } }));
    assert_eq!(
        (m.path.as_str(), m.shape),
        (
            "courses",
            Shape::WrongType {
                found: Found::Object,
                expected: Kind::ListOfObjects
            }
        )
    );
    let m = misfit(json!({ "courses": [["Calculus", 4]] }));
    assert_eq!(
        (m.path.as_str(), m.shape),
        (
            "courses[0]",
            Shape::WrongType {
                found: Found::List,
                expected: Kind::Object
            }
        )
    );
    let m = misfit(json!({ "program": 120 }));
    assert_eq!(m.path, "program");
    assert_eq!(
        m.shape,
        Shape::WrongType {
            found: Found::Number("120".into()),
            expected: Kind::Object
        }
    );
}

#[test]
fn a_grade_needs_both_its_system_and_its_value() {
    let m = misfit(json!({ "courses": [{ "grade": { "system": "gpa4" } }] }));
    assert_eq!(m.path, "courses[0].grade");
    assert_eq!(m.shape, Shape::Other("missing field `value`".into()));
}

#[test]
fn words_are_text_the_enum_knows() {
    let m = misfit(json!({ "applicant": { "route": 3 } }));
    assert_eq!(m.path, "applicant.route");
    assert_eq!(
        m.shape,
        Shape::WrongType {
            found: Found::Number("3".into()),
            expected: Kind::Text
        }
    );
    let m = misfit(json!({ "applicant": { "route": "moon" } }));
    assert_eq!(
        m.shape,
        Shape::UnknownWord {
            found: "moon".into(),
            allowed: ["mainland", "hmt", "sino_foreign", "international"]
                .map(String::from)
                .to_vec()
        }
    );
    let case = case_file(
        &json!({ "plan": { "cscse_done": ["register"], "documents_ready": ["application_form"] } }),
    );
    assert_eq!(
        case.unwrap().plan.unwrap().documents_ready,
        vec![DocumentId::ApplicationForm]
    );
}

#[test]
fn an_unknown_field_is_named_with_the_fields_that_belong_there() {
    let m = misfit(json!({ "origin": { "colour": "blue" } }));
    assert_eq!(m.path, "origin.colour");
    assert_eq!(
        m.shape,
        Shape::UnknownField {
            name: "colour".into(),
            allowed: vec!["credit_hours".into(), "ects_region".into()]
        }
    );
    // A value that does not fit is reported before a field that does not belong.
    let m = misfit(json!({ "origin": { "colour": "blue", "ects_region": "mars" } }));
    assert_eq!(m.path, "origin.ects_region");
}

#[test]
fn a_course_match_is_read_from_its_json_name() {
    let case =
        case_file(&json!({ "courses": [{ "match": { "title": "Calculus I", "overlap": 0.8 } }] }))
            .unwrap();
    let matched = case.courses[0].matched.as_ref().unwrap();
    assert_eq!(matched.title.as_deref(), Some("Calculus I"));
    assert_eq!(matched.overlap, Some(Num(0.8)));
    let m = misfit(json!({ "courses": [{ "matched": {} }] }));
    assert_eq!(m.path, "courses[0].matched");
}
