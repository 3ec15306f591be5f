//! Benchmarks of the rules engine on one large case: 200 courses, the examples' own 45 and 155
//! generated ones. Each stage is measured alone (parse and check, assess, report with its messages)
//! and then `assess_json` end to end. Target: `assess` under 50 µs.
//!
//! The case is built here so that the benchmark needs no fixture: the international example's
//! applicant (GPA table A7.2, literacy cap 6, language tests), an origin with an hours standard so
//! local credits convert by hours, and a non-EU ECTS region so that the R9 internship cap runs.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use serde_json::{json, Value};
use std::hint::black_box;
use transfer_check::engine::case::date::Date;
use transfer_check::engine::rules::courses::CourseOutcome;
use transfer_check::engine::{assess, assess_json, assessment::report, parse, MEASURES_2023_046};
use transfer_check::lang::Lang;

const TODAY: &str = "2026-09-01";
const COURSES: usize = 200;

const EXAMPLES: [&str; 5] = [
    include_str!("../examples/doctoral.json"),
    include_str!("../examples/international-ects.json"),
    include_str!("../examples/mainland-undergraduate.json"),
    include_str!("../examples/masters.json"),
    include_str!("../examples/revoked-institution.json"),
];

/// A course varied by its number: every unit, kind, grading system and literacy category, with
/// overlaps, hours ratios and completion dates on both sides of their thresholds.
fn generated(i: usize) -> Value {
    let pick = |options: &[&'static str], k: usize| options[(i / k) % options.len()];
    let every = |n: usize| i.is_multiple_of(n);
    let ects = every(3);
    let kind = pick(
        &[
            "theory",
            "theory",
            "practice",
            "theory",
            "internship",
            "theory",
        ],
        1,
    );
    // Halves and tenths from integers, so that every number has a short decimal form.
    let credits = if ects {
        (5 + i % 11) as f64 / 2.0
    } else {
        (2 + i % 9) as f64 / 2.0
    };
    let per_credit = match (ects, kind) {
        (true, _) => 25.0,
        (false, "theory") => 16.0,
        (false, _) => 32.0,
    };
    let hours = credits * per_credit;
    // The receiving course's hours, so that the 90% test (R6) goes both ways.
    let ratio = [0.85, 0.889, 0.9, 0.95, 1.0, 1.1][i % 6];
    let receiving = (hours / ratio).round();
    let grade = match i % 5 {
        0 => json!({"system": "percentage", "value": 50 + (i * 7) % 51}),
        1 => {
            json!({"system": "five_level", "value": pick(&["excellent", "good", "medium", "pass", "fail"], 5)})
        }
        2 => json!({"system": "four_level", "value": pick(&["A", "B", "C", "D"], 5)}),
        3 => json!({"system": "gpa4", "value": (15 + (i * 13) % 26) as f64 / 10.0}),
        _ => json!({"system": "ects", "value": pick(&["A", "B", "C", "D", "E", "F"], 5)}),
    };
    let mut course = json!({
        "title": format!("Generated course {i}"),
        "credits": credits,
        "credit_unit": if ects { "ects" } else { "local" },
        "kind": kind,
        "nature": "compulsory",
        "grade": grade,
        "completed_on": pick(&["2021-08-31", "2021-09-01", "2023-01-15", "2025-06-20", "2026-06-30"], 7),
        "retake": every(19),
        "official_transcript": !every(31),
        "translated_or_official_language": true,
        "regular_institution": true,
        "continuous_study": every(2),
    });
    if i % 3 == 1 {
        // Weekly hours x weeks stands in for written hours (A6.2.4.a).
        course["weekly_hours"] = json!(4);
        course["weeks"] = json!((hours / 4.0).ceil());
    } else {
        course["hours"] = json!(hours);
    }
    if every(17) {
        let category = pick(
            &[
                "global_citizenship",
                "ethics",
                "intercultural",
                "sustainability",
            ],
            17,
        );
        course["literacy"] =
            json!({"category": category, "content_ok": true, "assessment_ok": !every(34)});
    } else if !every(23) {
        let overlap = [0.65, 0.69, 0.7, 0.72, 0.8, 0.95][(i / 2) % 6];
        let nature = if every(29) { "elective" } else { "compulsory" };
        course["match"] = json!({
            "title": format!("Receiving course {i}"),
            "credits": credits,
            "hours": receiving,
            "nature": nature,
            "overlap": overlap,
        });
    }
    course
}

/// The 200-course case file as JSON text.
fn case_json() -> String {
    let mut case: Value = serde_json::from_str(EXAMPLES[1]).expect("the example is JSON");
    let mut courses: Vec<Value> = EXAMPLES
        .iter()
        .flat_map(|e| {
            let v: Value = serde_json::from_str(e).expect("the example is JSON");
            v["courses"].as_array().cloned().unwrap_or_default()
        })
        .collect();
    let examples = courses.len();
    courses.extend((0..COURSES - examples).map(generated));
    case["courses"] = Value::Array(courses);
    case["origin"] =
        json!({"credit_hours": {"theory": 16, "practice": 32}, "ects_region": "non_eu"});
    serde_json::to_string(&case).expect("a case serializes")
}

fn engine(c: &mut Criterion) {
    let json = case_json();
    let today = Date::parse(TODAY).expect("a date");
    let case = parse(&json, today).expect("the benchmark case is valid");
    let a = assess(&case, &MEASURES_2023_046, None);
    // The case must exercise the rules it claims to: every course status, literacy, the R9 cap.
    assert_eq!(a.courses.len(), COURSES);
    for status in [
        CourseOutcome::Recognized,
        CourseOutcome::Review,
        CourseOutcome::NotRecognized,
    ] {
        assert!(a.courses.iter().any(|r| r.outcome == status), "{status:?}");
    }
    assert!(a.credits.literacy_substituted.get() > 0);
    assert!(a.credits.internship_capped.get() > 0);

    let mut g = c.benchmark_group("200 courses");
    g.throughput(Throughput::Elements(COURSES as u64));
    g.bench_function("parse", |b| b.iter(|| parse(black_box(&json), today)));
    g.bench_function("assess", |b| {
        b.iter(|| assess(black_box(&case), &MEASURES_2023_046, None))
    });
    for lang in [Lang::En, Lang::Zh] {
        g.bench_function(format!("report {}", lang.tag()), |b| {
            b.iter(|| serde_json::to_string(&report::report(black_box(&a), lang)))
        });
    }
    g.bench_function("assess_json", |b| {
        b.iter(|| assess_json(black_box(&json), TODAY))
    });
    g.finish();
}

criterion_group!(benches, engine);
criterion_main!(benches);
