//! Exact decimals. Case files carry numbers with up to three decimal places (journal impact factors
//! have three); credits are reported in tenths. Everything is integer arithmetic underneath, so that
//! 0.1 + 0.2 credits is 0.3 and a ratio of exactly 0.6 is exactly 0.6 (R5).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::{Add, AddAssign, Sub};

/// A decimal with three places, stored as thousandths.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Fixed(i64);

/// Why a JSON number is not a [`Fixed`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FixedError {
    NotFinite,
    TooLarge,
    TooPrecise,
}

impl Fixed {
    pub const ZERO: Fixed = Fixed(0);
    const SCALE: i64 = 1000;
    /// Far above any value a case file may hold, far below where products of two values overflow.
    const LIMIT: f64 = 1.0e9;

    pub const fn from_milli(milli: i64) -> Fixed {
        Fixed(milli)
    }

    pub const fn int(n: i64) -> Fixed {
        Fixed(n * Self::SCALE)
    }

    /// A decimal literal known at compile time, such as `"2.5"`: the policy's parameters are written
    /// as the Measures print them.
    pub const fn lit(s: &str) -> Fixed {
        let b = s.as_bytes();
        let mut i = 0;
        let mut milli: i64 = 0;
        let mut decimals: i32 = -1;
        while i < b.len() {
            let c = b[i];
            if c == b'.' {
                assert!(decimals < 0, "two decimal points");
                decimals = 0;
            } else {
                assert!(c.is_ascii_digit(), "not a decimal literal");
                milli = milli * 10 + (c - b'0') as i64;
                if decimals >= 0 {
                    decimals += 1;
                }
            }
            i += 1;
        }
        assert!(decimals <= 3, "more than three decimal places");
        let mut d = if decimals < 0 { 0 } else { decimals };
        while d < 3 {
            milli *= 10;
            d += 1;
        }
        Fixed(milli)
    }

    /// The exact value of a JSON number, which must have at most three decimal places.
    pub fn from_f64(x: f64) -> Result<Fixed, FixedError> {
        if !x.is_finite() {
            return Err(FixedError::NotFinite);
        }
        if x.abs() > Self::LIMIT {
            return Err(FixedError::TooLarge);
        }
        let scaled = x * Self::SCALE as f64;
        let milli = scaled.round();
        // A JSON "0.1" arrives as the nearest binary value, a few units in the last place away from
        // the decimal; a fourth decimal place is at least a tenth of a thousandth away, however
        // large the number (below the limit).
        let representation_error = (scaled.abs() * 8.0 * f64::EPSILON).max(1e-9);
        if (scaled - milli).abs() > representation_error {
            return Err(FixedError::TooPrecise);
        }
        Ok(Fixed(milli as i64))
    }

    pub const fn milli(self) -> i64 {
        self.0
    }

    pub fn to_f64(self) -> f64 {
        self.0 as f64 / Self::SCALE as f64
    }

    pub fn is_integer(self) -> bool {
        self.0 % Self::SCALE == 0
    }

    /// Whole units, for values validated to be integers.
    pub fn whole(self) -> i64 {
        self.0 / Self::SCALE
    }

    pub fn is_multiple_of(self, step: Fixed) -> bool {
        step.0 != 0 && self.0 % step.0 == 0
    }

    /// `self / of >= ratio`, compared exactly by cross-multiplication; `of` must be positive.
    pub fn ratio_at_least(self, of: Fixed, ratio: Fixed) -> bool {
        i128::from(self.0) * i128::from(Self::SCALE) >= i128::from(of.0) * i128::from(ratio.0)
    }

    /// `self * factor`, rounded half-up to tenths (R5).
    pub fn times_to_tenths(self, factor: Fixed) -> Tenths {
        Tenths::from_ratio(
            i128::from(self.0) * i128::from(factor.0),
            i128::from(Self::SCALE) * i128::from(Self::SCALE),
        )
    }

    /// `self * num / den`, rounded half-up to tenths (R5); `den` must be positive.
    pub fn scale_to_tenths(self, num: Fixed, den: Fixed) -> Tenths {
        Tenths::from_ratio(
            i128::from(self.0) * i128::from(num.0),
            i128::from(den.0) * i128::from(Self::SCALE),
        )
    }

    pub fn checked_mul(self, other: Fixed) -> Option<Fixed> {
        let p = i128::from(self.0) * i128::from(other.0) / i128::from(Self::SCALE);
        i64::try_from(p).ok().map(Fixed)
    }
}

impl fmt::Display for Fixed {
    /// Shortest exact form: `70`, `78.5`, `3.45`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let (int, mut frac) = (abs / 1000, abs % 1000);
        if frac == 0 {
            return write!(f, "{sign}{int}");
        }
        let mut width = 3;
        while frac % 10 == 0 {
            frac /= 10;
            width -= 1;
        }
        write!(f, "{sign}{int}.{frac:0width$}")
    }
}

impl Serialize for Fixed {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.is_integer() {
            s.serialize_i64(self.whole())
        } else {
            s.serialize_f64(self.to_f64())
        }
    }
}

/// Read back from the number it is written as; a number of more than three decimal places is
/// refused, never rounded.
impl<'de> Deserialize<'de> for Fixed {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Fixed, D::Error> {
        let x = f64::deserialize(d)?;
        Fixed::from_f64(x).map_err(|_| serde::de::Error::custom("not a decimal of three places"))
    }
}

/// Credits in exact tenths, the precision the Measures report them in (A6.2.3).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Tenths(i64);

impl Tenths {
    pub const ZERO: Tenths = Tenths(0);

    pub const fn new(tenths: i64) -> Tenths {
        Tenths(tenths)
    }

    pub const fn get(self) -> i64 {
        self.0
    }

    /// `num / den` as a percentage to the nearest tenth (halves up), kept on the same side of
    /// `threshold` (a rate, such as 0.9) as the exact share: 89.96% against a 90% minimum shows as
    /// 89.9%, never as the 90% it falls short of. `den` is positive.
    pub fn percent_beside(num: Fixed, den: Fixed, threshold: Fixed) -> Tenths {
        let (num, den) = (i128::from(num.0), i128::from(den.0));
        let nearest = Tenths::from_ratio(num * 100, den);
        // A rate in thousandths is a percentage in tenths: 0.9 is 900 thousandths, 90.0%.
        let line = Tenths(threshold.0);
        let below = num * 1000 < i128::from(threshold.0) * den;
        if below && nearest >= line {
            line - Tenths(1)
        } else {
            nearest
        }
    }

    /// `num / den` rounded half-up to tenths, for non-negative `num` and positive `den`.
    fn from_ratio(num: i128, den: i128) -> Tenths {
        let tenths = (num * 10 * 2 + den) / (den * 2);
        Tenths(i64::try_from(tenths).unwrap_or(i64::MAX))
    }

    /// `self * num / den` rounded down to tenths (the R9 cap never rounds up).
    pub fn fraction_floor(self, num: i64, den: i64) -> Tenths {
        Tenths(self.0 * num / den)
    }

    pub fn min(self, other: Tenths) -> Tenths {
        Ord::min(self, other)
    }

    pub fn saturating_sub(self, other: Tenths) -> Tenths {
        Tenths((self.0 - other.0).max(0))
    }

    pub fn to_fixed(self) -> Fixed {
        Fixed::from_milli(self.0 * 100)
    }

    pub fn to_f64(self) -> f64 {
        self.0 as f64 / 10.0
    }
}

impl From<Fixed> for Tenths {
    /// Rounded half-up to tenths.
    fn from(f: Fixed) -> Tenths {
        Tenths::from_ratio(i128::from(f.milli()), 1000)
    }
}

impl Add for Tenths {
    type Output = Tenths;
    fn add(self, o: Tenths) -> Tenths {
        Tenths(self.0 + o.0)
    }
}

impl AddAssign for Tenths {
    fn add_assign(&mut self, o: Tenths) {
        self.0 += o.0;
    }
}

impl Sub for Tenths {
    type Output = Tenths;
    fn sub(self, o: Tenths) -> Tenths {
        Tenths(self.0 - o.0)
    }
}

impl std::iter::Sum for Tenths {
    fn sum<I: Iterator<Item = Tenths>>(iter: I) -> Tenths {
        iter.fold(Tenths::ZERO, Add::add)
    }
}

impl fmt::Display for Tenths {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_fixed().fmt(f)
    }
}

impl Serialize for Tenths {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_fixed().serialize(s)
    }
}

/// A rate from 0 to 1 in exact ten-thousandths: an overlap counted on knowledge points, rounded
/// half-up to four decimal places (`docs/catalog.md`), or a typed overlap of three.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rate(i64);

impl Rate {
    /// `num / den` rounded half-up to four decimal places, for non-negative `num` and positive `den`.
    pub fn of(num: Fixed, den: Fixed) -> Rate {
        let (num, den) = (i128::from(num.0), i128::from(den.0));
        let ten_thousandths = (num * 10_000 * 2 + den) / (den * 2);
        Rate(i64::try_from(ten_thousandths).unwrap_or(i64::MAX))
    }

    pub const fn ten_thousandths(self) -> i64 {
        self.0
    }

    /// The rate as a decimal of three places, rounded down: on the same side of every threshold of
    /// three places as the rate itself (0.6999 is below 0.7, and so is 0.699).
    pub fn floor(self) -> Fixed {
        Fixed(self.0.div_euclid(10))
    }

    fn to_f64(self) -> f64 {
        self.0 as f64 / 10_000.0
    }
}

impl From<Fixed> for Rate {
    fn from(f: Fixed) -> Rate {
        Rate(f.0 * 10)
    }
}

impl Serialize for Rate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0 % 10_000 == 0 {
            s.serialize_i64(self.0 / 10_000)
        } else {
            s.serialize_f64(self.to_f64())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_and_display() {
        assert_eq!(Fixed::lit("2.5").milli(), 2500);
        assert_eq!(Fixed::lit("0.125").milli(), 125);
        assert_eq!(Fixed::lit("70").milli(), 70_000);
        assert_eq!(Fixed::lit("3.450").to_string(), "3.45");
        assert_eq!(Fixed::lit("70").to_string(), "70");
        assert_eq!(Fixed::from_milli(-1500).to_string(), "-1.5");
    }

    #[test]
    fn json_numbers_are_exact_to_three_places() {
        assert_eq!(Fixed::from_f64(0.1), Ok(Fixed::from_milli(100)));
        assert_eq!(Fixed::from_f64(69.9), Ok(Fixed::from_milli(69_900)));
        assert_eq!(Fixed::from_f64(1.234), Ok(Fixed::from_milli(1234)));
        assert_eq!(Fixed::from_f64(1.2345), Err(FixedError::TooPrecise));
        assert_eq!(Fixed::from_f64(598.9996), Err(FixedError::TooPrecise));
        assert_eq!(
            Fixed::from_f64(999_999_999.999_1),
            Err(FixedError::TooPrecise)
        );
        assert_eq!(
            Fixed::from_f64(999_999_999.999),
            Ok(Fixed::from_milli(999_999_999_999))
        );
        assert_eq!(
            Fixed::from_f64(123_456.789),
            Ok(Fixed::from_milli(123_456_789))
        );
        assert_eq!(Fixed::from_f64(f64::NAN), Err(FixedError::NotFinite));
        assert_eq!(Fixed::from_f64(1e12), Err(FixedError::TooLarge));
    }

    #[test]
    fn rounding_is_half_up_to_tenths() {
        // 4 credits at 16 h against 18 h: 3.555... -> 3.6 (A6.2.3).
        assert_eq!(
            Fixed::int(4).scale_to_tenths(Fixed::int(16), Fixed::int(18)),
            Tenths::new(36)
        );
        // 0.8 x 0.0625 would need four places; 0.15 x 0.8 = 0.12 -> 0.1; 0.25 x 0.8 = 0.2.
        assert_eq!(
            Fixed::lit("0.15").times_to_tenths(Fixed::lit("0.8")),
            Tenths::new(1)
        );
        assert_eq!(Tenths::from(Fixed::lit("0.05")), Tenths::new(1));
        assert_eq!(Tenths::from(Fixed::lit("0.049")), Tenths::new(0));
    }

    #[test]
    fn ratios_compare_exactly() {
        assert!(Fixed::int(96).ratio_at_least(Fixed::int(160), Fixed::lit("0.6")));
        assert!(!Fixed::lit("95.9").ratio_at_least(Fixed::int(160), Fixed::lit("0.6")));
    }

    #[test]
    fn tenths_sum_exactly() {
        let sum: Tenths = [Tenths::new(1), Tenths::new(2)].into_iter().sum();
        assert_eq!(sum, Tenths::new(3));
        assert_eq!(sum.to_string(), "0.3");
        assert_eq!(serde_json::to_string(&sum).unwrap(), "0.3");
        assert_eq!(Tenths::new(70).fraction_floor(3, 7), Tenths::new(30));
        assert_eq!(Tenths::new(1).fraction_floor(3, 7), Tenths::new(0));
    }

    #[test]
    fn a_rate_is_rounded_half_up_to_four_places() {
        let rate = |num: &str, den: &str| Rate::of(Fixed::lit(num), Fixed::lit(den));
        assert_eq!(rate("2", "3").ten_thousandths(), 6667);
        assert_eq!(rate("1", "3").ten_thousandths(), 3333);
        // 1/16 is 0.0625 exactly.
        assert_eq!(rate("1", "16").ten_thousandths(), 625);
        assert_eq!(rate("0.5", "1.5").ten_thousandths(), 3333);
        assert_eq!(rate("7", "20000").ten_thousandths(), 4, "0.00035 rounds up");
        assert_eq!(rate("6", "6"), Rate::from(Fixed::int(1)));
        assert_eq!(serde_json::to_string(&rate("2", "3")).unwrap(), "0.6667");
        assert_eq!(serde_json::to_string(&rate("3", "3")).unwrap(), "1");
        assert_eq!(rate("6999", "10000").floor(), Fixed::lit("0.699"));
        assert_eq!(Rate::from(Fixed::lit("0.7")).floor(), Fixed::lit("0.7"));
        assert!(Rate::from(Fixed::lit("0.7")) > rate("6999", "10000"));
    }

    #[test]
    fn a_shown_share_stays_on_its_side_of_the_threshold() {
        let f = Fixed::from_milli;
        let shown =
            |num, den, threshold| Tenths::percent_beside(f(num), f(den), f(threshold)).to_string();
        // Nearest tenth, halves up.
        assert_eq!(shown(48_000, 72_000, 900), "66.7");
        assert_eq!(shown(100_000, 157_000, 600), "63.7");
        assert_eq!(shown(1_000, 16_000, 900), "6.3");
        assert_eq!(shown(90_000, 100_000, 900), "90");
        // 89.96% falls short of 90%, and is shown so.
        assert_eq!(shown(89_960, 100_000, 900), "89.9");
        // 60.04% reaches 60%, and rounds down to it, not below.
        assert_eq!(shown(60_040, 100_000, 600), "60");
    }
}
