//! Numbers read from what people type and written back as they would type them.
//!
//! core's `f64: FromStr` and `f64: Display` bring their own tables (a 10 KB table of powers of five for
//! reading, the Grisu and Dragon formatters for writing) into every wasm that uses them. The site already
//! carries serde_json's float writer (`zmij`), and the numbers people type are short decimals, so both
//! directions are done here instead, with the same results as core's for every value a case can hold.

/// Powers of ten that an `f64` holds exactly (10^22 is the largest).
const EXACT_POWERS: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Digits kept of a longer number; the rest only move the exponent.
const KEPT_DIGITS: u32 = 19;

/// A plain decimal, `-?digits[.digits]` (either side of the point may be empty, not both), as the
/// nearest `f64`; `None` for anything else, exponents, `inf` and `NaN` included.
///
/// Up to 15 significant digits and 22 decimal places (every grade, credit and score anyone types) the
/// result is exactly core's: an integer below 2^53 times or divided by an exact power of ten is
/// rounded once (Clinger's fast path). Beyond that the last bit may differ from the nearest double;
/// such a number has more digits than `Fixed` keeps, so it reads the same either way.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(body) => (true, body),
        None => (false, text),
    };
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !all_digits(int) || !all_digits(frac) {
        return None;
    }
    let frac = frac.trim_end_matches('0');
    let (mantissa, exponent) = digits(int.bytes().chain(frac.bytes()), frac.len());
    let magnitude = scale(mantissa, exponent);
    Some(if negative { -magnitude } else { magnitude })
}

/// The digits as `mantissa × 10^exponent`, with at most `KEPT_DIGITS` significant digits and no
/// trailing zeros in the mantissa.
fn digits(bytes: impl Iterator<Item = u8>, decimals: usize) -> (u64, i32) {
    let mut mantissa: u64 = 0;
    let mut kept = 0;
    let mut exponent = -i32::try_from(decimals).unwrap_or(i32::MAX);
    for b in bytes {
        let digit = u64::from(b - b'0');
        if kept == KEPT_DIGITS {
            exponent = exponent.saturating_add(1);
        } else if mantissa > 0 || digit > 0 {
            mantissa = mantissa * 10 + digit;
            kept += 1;
        }
    }
    while mantissa != 0 && mantissa.is_multiple_of(10) {
        mantissa /= 10;
        exponent = exponent.saturating_add(1);
    }
    (mantissa, exponent)
}

fn scale(mantissa: u64, exponent: i32) -> f64 {
    // Below 2^53 the mantissa converts exactly; with an exact power one operation rounds once.
    let exact = mantissa < (1 << 53);
    let m = mantissa as f64;
    match usize::try_from(exponent.unsigned_abs()) {
        _ if mantissa == 0 => 0.0,
        Ok(e) if exact && e < EXACT_POWERS.len() && exponent >= 0 => m * EXACT_POWERS[e],
        Ok(e) if exact && e < EXACT_POWERS.len() => m / EXACT_POWERS[e],
        _ => m * 10f64.powi(exponent),
    }
}

/// A number as core's `Display` writes it: the shortest digits that read back to the same `f64`,
/// never with an exponent (`4`, `84.2`, `0.0001`, `-0`). Where two forms are as short (only past 15
/// significant digits), core picks the nearer and this either one.
pub fn show(x: f64) -> String {
    if x.is_nan() {
        return "NaN".to_owned();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    let mut buffer = zmij::Buffer::new();
    plain(buffer.format_finite(x))
}

/// zmij's shortest form (`1.5`, `12340000000.0`, `1e+16`, `1.2e-7`, `-0.0`) without an exponent or a
/// `.0`. Its exponent is always a valid `i32` (at most 3 digits and a sign); the tests hold every
/// double's form to core's, so a change of zmij's format would fail them.
fn plain(shortest: &str) -> String {
    let (sign, unsigned) = match shortest.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", shortest),
    };
    let (mantissa, exponent) = match unsigned.split_once('e') {
        Some((m, e)) => (m, e.parse::<i32>().unwrap_or(0)),
        None => (unsigned, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let frac = frac.trim_end_matches('0');
    // Every digit, and where the point goes among them.
    let digits = format!("{int}{frac}");
    let point = i32::try_from(int.len()).unwrap_or(0) + exponent;
    let text = match usize::try_from(point) {
        Ok(p) if p >= digits.len() => format!("{digits}{}", "0".repeat(p - digits.len())),
        Ok(p) => format!("{}.{}", &digits[..p], &digits[p..]),
        Err(_) => format!("0.{}{digits}", "0".repeat(point.unsigned_abs() as usize)),
    };
    let text = text.trim_start_matches('0');
    let text = if text.is_empty() || text.starts_with('.') {
        format!("0{text}")
    } else {
        text.to_owned()
    };
    format!("{sign}{text}")
}

#[cfg(test)]
mod tests;
