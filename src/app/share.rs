//! Share links: the case in the URL fragment, which browsers never send to a server. The case is written
//! as compact JSON (no empty fields), compressed with the browser's own deflate (`browser::deflate`),
//! and base64url-encoded after a version marker: `#case=1.<data>`.

use serde_json::Value;

use crate::engine::case::validate::{read, CaseError};
use crate::engine::case::CaseFile;

/// The fragment's prefix, with the encoding's version.
pub const PREFIX: &str = "#case=1.";

/// The case as the shortest JSON that reads back the same: fields that are not given are left out.
pub fn compact_json(case: &CaseFile) -> String {
    let mut value = crate::engine::case::json::to_value(case);
    drop_nulls(&mut value);
    value.to_string()
}

fn drop_nulls(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.retain(|_, v| !v.is_null());
            map.values_mut().for_each(drop_nulls);
        }
        Value::Array(items) => items.iter_mut().for_each(drop_nulls),
        _ => {}
    }
}

/// The payload of a share fragment, if the fragment is one.
pub fn payload(hash: &str) -> Option<&str> {
    hash.strip_prefix(PREFIX)
}

/// Reads the JSON a share link carried.
pub fn case_from_json(json: &str) -> Result<CaseFile, CaseError> {
    read(json)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url without padding (RFC 4648 section 5): safe in a URL fragment as it is.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// The bytes of a base64url text; `None` if any character is outside the alphabet or the length is
/// impossible (a link cut short when it was copied).
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for c in text.bytes() {
        let v = ALPHABET.iter().position(|&a| a == c)? as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::Num;

    #[test]
    fn base64url_round_trips_every_length() {
        let data: Vec<u8> = (0..=255u8).collect();
        for len in 0..40 {
            let bytes = &data[..len];
            let text = base64url(bytes);
            assert!(text.bytes().all(|c| ALPHABET.contains(&c)));
            assert_eq!(from_base64url(&text).as_deref(), Some(bytes), "{len}");
        }
        assert_eq!(base64url(b"Man"), "TWFu");
        assert_eq!(base64url(b"Ma"), "TWE");
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn damaged_text_is_refused() {
        assert_eq!(from_base64url("TWF+"), None);
        assert_eq!(from_base64url("TWFuT"), None);
    }

    #[test]
    fn compact_json_reads_back_the_same_case() {
        let mut case = CaseFile::new();
        case.applicant.semesters_completed = Some(Num(3.0));
        case.courses.push(Default::default());
        let json = compact_json(&case);
        assert!(!json.contains("null"), "{json}");
        assert_eq!(case_from_json(&json).unwrap(), case);
    }

    #[test]
    fn only_share_fragments_have_a_payload() {
        assert_eq!(payload("#case=1.abc"), Some("abc"));
        assert_eq!(payload("#/result"), None);
    }
}
