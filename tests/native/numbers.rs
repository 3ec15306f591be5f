#![cfg(not(target_arch = "wasm32"))]
//! The site reads and writes numbers without core's float machinery (`engine::number`); these hold it
//! to core's results, which tests may use freely.

use proptest::prelude::*;
use proptest::test_runner::Config;
use transfer_check::engine::case::number::{parse_decimal, show};

proptest! {
    #![proptest_config(Config { cases: 2048, failure_persistence: None, ..Config::default() })]

    /// Where two shortest forms read back alike, core picks the nearer and zmij may not: both are as
    /// short and exact, so any double is written as briefly as core writes it, and reads back.
    #[test]
    fn any_double_is_written_as_briefly_as_core_writes_it(x in any::<f64>()) {
        let (ours, core) = (show(x), x.to_string());
        prop_assert_eq!(ours.len(), core.len());
        if !x.is_nan() {
            prop_assert_eq!(ours.parse::<f64>().map(f64::to_bits), Ok(x.to_bits()));
        }
    }

    /// Every value a case can hold (at most three decimals, below 10^9) is written exactly as core
    /// writes it.
    #[test]
    fn case_values_are_written_as_core_writes_them(milli in -999_999_999_999i64..=999_999_999_999, places in 0u32..=3) {
        let x = milli as f64 / 10f64.powi(places as i32);
        prop_assert_eq!(show(x), x.to_string());
    }

    #[test]
    fn short_decimals_read_exactly_as_core_reads_them(
        negative in any::<bool>(),
        int in "[0-9]{0,9}",
        frac in proptest::option::of("[0-9]{0,6}"),
    ) {
        let text = format!("{}{int}{}", if negative { "-" } else { "" }, frac.map(|f| format!(".{f}")).unwrap_or_default());
        prop_assert_eq!(parse_decimal(&text), text.parse::<f64>().ok());
    }

    /// Every value a case can hold (at most three decimals, below 10^9) survives being shown in a field
    /// and read back.
    #[test]
    fn what_is_written_reads_back(milli in -999_999_999_999i64..=999_999_999_999, places in 0u32..=3) {
        let x = milli as f64 / 10f64.powi(places as i32);
        prop_assert_eq!(parse_decimal(&show(x)).map(f64::to_bits), Some(x.to_bits()));
    }
}
