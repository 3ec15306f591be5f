//! The share link as a QR code, drawn on the device as SVG: another phone's camera opens the case, and
//! nothing is sent anywhere to draw it. A link too long for a code that phones read reliably from a
//! screen is said so, with what to do instead.

use qrcodegen::{QrCode, QrCodeEcc};
use yew::prelude::*;

use crate::app::text::share_code;
use crate::lang::Lang;

/// Up to version 25 (117 modules a side, about 1,270 characters of a link at the lowest error
/// correction) a code on a screen is read by any phone; up to 40, the largest there is (about 2,950
/// characters), it is drawn larger and said to be dense; beyond, there is no code.
const READABLE_VERSION: u8 = 25;

/// The light margin around a code that readers need, in modules.
const QUIET: i32 = 4;

/// A module is a whole number of CSS pixels, at least this many (a code scaled by a fraction blurs
/// its edges), and a small code is drawn at least as wide as `SMALLEST_WIDTH`; a narrow screen scales
/// it down to fit.
const MODULE_PX: i32 = 4;
const SMALLEST_WIDTH: i32 = 288;

#[derive(Properties, PartialEq)]
pub struct ShareCodeProps {
    pub link: AttrValue,
    pub lang: Lang,
}

/// The code of a share link, or why there is none.
#[function_component]
pub fn ShareCode(p: &ShareCodeProps) -> Html {
    let s = share_code(p.lang);
    let length = p.link.chars().count();
    let Ok(code) = QrCode::encode_text(&p.link, QrCodeEcc::Low) else {
        return html! {
            <div class="share-code">
                <p class="notice notice--warning">{ (s.too_large)(length) }</p>
            </div>
        };
    };
    let side = code.size() + 2 * QUIET;
    let dense = code.version().value() > READABLE_VERSION;
    let width = side * MODULE_PX.max(SMALLEST_WIDTH / side);
    html! {
        <figure class={classes!("share-code", dense.then_some("share-code--dense"))}>
            <svg class="share-code__image" viewBox={format!("0 0 {side} {side}")} role="img"
                 width={width.to_string()} height={width.to_string()}
                 aria-label={s.image} shape-rendering="crispEdges">
                <rect width={side.to_string()} height={side.to_string()} fill="#fff" />
                <path d={modules(&code)} fill="#000" />
            </svg>
            <figcaption class="hint">{ (s.caption)(length) }</figcaption>
            if dense {
                <p class="notice notice--warning">{ s.dense }</p>
            }
        </figure>
    }
}

/// The dark modules as one path, each row's runs of dark modules one rectangle.
fn modules(code: &QrCode) -> String {
    let mut path = String::new();
    for y in 0..code.size() {
        let mut x = 0;
        while x < code.size() {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < code.size() && code.get_module(x, y) {
                x += 1;
            }
            path.push_str(&format!(
                "M{} {}h{}v1h-{}z",
                start + QUIET,
                y + QUIET,
                x - start,
                x - start
            ));
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_drawn_as_rows_of_dark_runs_inside_the_margin() {
        let code = QrCode::encode_text("https://example.org/#case=1.abc", QrCodeEcc::Low).unwrap();
        let path = modules(&code);
        let runs = path.matches('M').count();
        assert!(runs > code.size() as usize, "{runs} runs");
        // The finder pattern's top row: seven dark modules from the margin.
        assert!(
            path.starts_with(&format!("M{QUIET} {QUIET}h7v1h-7z")),
            "{path}"
        );
    }

    #[test]
    fn a_readable_code_holds_about_1270_characters_and_the_largest_about_2950() {
        let version = |n: usize| {
            QrCode::encode_text(&"a".repeat(n), QrCodeEcc::Low).map(|c| c.version().value())
        };
        assert!(version(1250).unwrap() <= READABLE_VERSION);
        assert!(version(1300).unwrap() > READABLE_VERSION);
        assert_eq!(version(2950).unwrap(), 40);
        assert!(version(3000).is_err(), "no code holds it");
    }
}
