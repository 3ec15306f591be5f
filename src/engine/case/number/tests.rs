use super::*;

#[test]
fn reads_plain_decimals_as_core_does() {
    for text in [
        "0",
        "-0",
        "4",
        "84.2",
        "78.5",
        "3.45",
        ".5",
        "5.",
        "-.5",
        "007",
        "0.1",
        "0.30000000000000004",
        "100.000",
        "1.000000000000000000000",
        "999999999.999",
        "123456789012345",
        "0.000001",
    ] {
        assert_eq!(parse_decimal(text), text.parse::<f64>().ok(), "{text}");
    }
}

#[test]
fn refuses_what_is_no_plain_decimal() {
    for text in [
        "", "-", ".", "-.", "1e3", "inf", "NaN", "+5", "1.2.3", "1,5", " 4", "4 ", "--4", "０",
    ] {
        assert_eq!(parse_decimal(text), None, "{text}");
    }
}

#[test]
fn very_long_numbers_stay_within_a_few_units_of_the_last_place() {
    for text in [
        "3.14159265358979323846",
        "12345678901234567890123",
        "0.1234567890123456789012345",
    ] {
        let (ours, core) = (parse_decimal(text).unwrap(), text.parse::<f64>().unwrap());
        assert!(
            (ours - core).abs() <= core.abs() * 4.0 * f64::EPSILON,
            "{text}: {ours} {core}"
        );
    }
}

#[test]
fn writes_numbers_as_core_does() {
    for x in [
        0.0,
        -0.0,
        4.0,
        84.2,
        0.1,
        0.3,
        1e16,
        1e21,
        1.2e-7,
        5e-324,
        f64::MAX,
        f64::MIN_POSITIVE,
        -2.5,
        100.0,
        0.0001,
        123_456.789,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ] {
        assert_eq!(show(x), x.to_string(), "{x:e}");
    }
}
