//! Every string the interface shows, one table per language.
//!
//! Components never hold visible text themselves: they ask `text(lang)` and pick a field, so a missing
//! translation is a compile error rather than an English word on a Chinese page. Sentences with numbers
//! in them are functions, because word order differs between the languages. Words for what the engine
//! decided (findings, reasons, grade levels, bodies) come from `engine::explain`, in the same two
//! languages.

use crate::lang::Lang;

mod en;
mod keyed;
mod table;

mod zh;

pub use table::*;

use en::{COMPARISON_EN, DESK_EN, EN, MATCHING_EN, SHARE_CODE_EN};

use zh::{COMPARISON_ZH, DESK_ZH, MATCHING_ZH, SHARE_CODE_ZH, ZH};

/// The string table for `lang`.
pub fn text(lang: Lang) -> &'static Text {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}

/// The strings of matching a course with the chosen programme's courses, in `lang`: apart from
/// [`text`], so that only the pages' module, which shows them, carries them.
pub fn matching(lang: Lang) -> &'static MatchingText {
    match lang {
        Lang::En => &MATCHING_EN,
        Lang::Zh => &MATCHING_ZH,
    }
}

/// The strings of the course comparison table, in `lang`, apart as [`matching`]'s are.
pub fn comparison(lang: Lang) -> &'static ComparisonText {
    match lang {
        Lang::En => &COMPARISON_EN,
        Lang::Zh => &COMPARISON_ZH,
    }
}

/// The strings of the share link's QR code, in `lang`, apart as [`matching`]'s are.
pub fn share_code(lang: Lang) -> &'static ShareCodeText {
    match lang {
        Lang::En => &SHARE_CODE_EN,
        Lang::Zh => &SHARE_CODE_ZH,
    }
}

/// The strings of the cases on this device and of cases side by side, in `lang`, apart as
/// [`matching`]'s are.
pub fn desk(lang: Lang) -> &'static DeskText {
    match lang {
        Lang::En => &DESK_EN,
        Lang::Zh => &DESK_ZH,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_top_strings() {
        for lang in Lang::ALL {
            let t = text(lang);
            let fields = [
                t.language_name,
                t.product,
                t.language_switch,
                t.purpose,
                t.privacy,
                t.self_assessment,
                t.covers_heading,
                t.policy_label,
                t.form.continue_,
                t.form.error_summary_title,
            ];
            let steps = crate::app::route::Page::ALL.map(|page| t.step(page));
            for field in fields.iter().chain(t.covers.iter()).chain(steps.iter()) {
                assert!(!field.trim().is_empty(), "{lang:?} has an empty string");
            }
        }
    }

    #[test]
    fn tables_differ_where_the_language_shows() {
        use crate::engine::case::Route;
        assert_ne!(text(Lang::En).product, text(Lang::Zh).product);
        assert_ne!(text(Lang::En).privacy, text(Lang::Zh).privacy);
        for route in [
            Route::Mainland,
            Route::Hmt,
            Route::SinoForeign,
            Route::International,
        ] {
            assert_ne!(text(Lang::En).route(route), text(Lang::Zh).route(route));
        }
        assert_ne!(
            (text(Lang::En).frame.step_of)(2, 7),
            (text(Lang::Zh).frame.step_of)(2, 7)
        );
    }

    #[test]
    fn periods_of_the_measures_come_from_the_policy() {
        use crate::engine::case::Reason;
        use crate::engine::rules::policy::{Duration, Policy};
        use crate::engine::MEASURES_2023_046;
        let mut amended = MEASURES_2023_046.clone();
        amended.objection_window.value = Duration::WorkingDays(4);
        amended.diagnosis_certificate_max_age.value = Duration::Months(3);
        let en = text(Lang::En);
        let zh = text(Lang::Zh);
        assert!((en.result.next.appeal)(&MEASURES_2023_046).contains("within 3 working days"));
        assert!((en.result.next.appeal)(&amended).contains("within 4 working days"));
        assert!((zh.result.next.appeal)(&amended).contains("4 个工作日内"));
        let health = |t: &Text, p: &Policy| (t.reason(Reason::Health).1)(p);
        assert!(health(en, &MEASURES_2023_046).contains("within the past 6 months"));
        assert!(health(en, &amended).contains("within the past 3 months"));
        assert!(health(zh, &amended).contains("近 3 个月内"));
    }

    /// Every string table of a language, as its source text: the interface's and the engine's.
    fn tables(lang: &str) -> Vec<(&'static str, &'static str)> {
        let all = [
            ("en", "src/app/text/en.rs", include_str!("en.rs")),
            ("zh", "src/app/text/zh.rs", include_str!("zh.rs")),
            (
                "en",
                "explain/catalog/en.rs",
                include_str!("../../engine/explain/catalog/en.rs"),
            ),
            (
                "zh",
                "explain/catalog/zh.rs",
                include_str!("../../engine/explain/catalog/zh.rs"),
            ),
            (
                "en",
                "explain/changes/en.rs",
                include_str!("../../engine/explain/changes/en.rs"),
            ),
            (
                "zh",
                "explain/changes/zh.rs",
                include_str!("../../engine/explain/changes/zh.rs"),
            ),
            (
                "en",
                "explain/courses/en.rs",
                include_str!("../../engine/explain/courses/en.rs"),
            ),
            (
                "zh",
                "explain/courses/zh.rs",
                include_str!("../../engine/explain/courses/zh.rs"),
            ),
            (
                "en",
                "explain/findings/en.rs",
                include_str!("../../engine/explain/findings/en.rs"),
            ),
            (
                "zh",
                "explain/findings/zh.rs",
                include_str!("../../engine/explain/findings/zh.rs"),
            ),
            (
                "en",
                "explain/plan/en.rs",
                include_str!("../../engine/explain/plan/en.rs"),
            ),
            (
                "zh",
                "explain/plan/zh.rs",
                include_str!("../../engine/explain/plan/zh.rs"),
            ),
            (
                "en",
                "explain/problems/en.rs",
                include_str!("../../engine/explain/problems/en.rs"),
            ),
            (
                "zh",
                "explain/problems/zh.rs",
                include_str!("../../engine/explain/problems/zh.rs"),
            ),
            (
                "en",
                "explain/programme/en.rs",
                include_str!("../../engine/explain/programme/en.rs"),
            ),
            (
                "zh",
                "explain/programme/zh.rs",
                include_str!("../../engine/explain/programme/zh.rs"),
            ),
            (
                "en",
                "explain/scan/en.rs",
                include_str!("../../engine/explain/scan/en.rs"),
            ),
            (
                "zh",
                "explain/scan/zh.rs",
                include_str!("../../engine/explain/scan/zh.rs"),
            ),
            (
                "en",
                "explain/transcript/en.rs",
                include_str!("../../engine/explain/transcript/en.rs"),
            ),
            (
                "zh",
                "explain/transcript/zh.rs",
                include_str!("../../engine/explain/transcript/zh.rs"),
            ),
            (
                "en",
                "explain/words/en.rs",
                include_str!("../../engine/explain/words/en.rs"),
            ),
            (
                "zh",
                "explain/words/zh.rs",
                include_str!("../../engine/explain/words/zh.rs"),
            ),
        ];
        all.into_iter()
            .filter(|(l, _, _)| *l == lang)
            .map(|(_, name, text)| (name, text))
            .collect()
    }

    #[test]
    fn a_chinese_date_runs_into_the_words_after_it() {
        let p = &crate::engine::MEASURES_2023_046;
        let reference = (text(Lang::Zh).policy_reference)(p);
        assert!(reference.ends_with("3 月 27 日起施行"), "{reference}");
    }

    #[test]
    fn each_language_spells_its_words_one_way() {
        // English: "recognized", as the assessment writes its statuses; Chinese: 您, never 你.
        for (name, text) in tables("en") {
            assert!(
                !text.to_lowercase().contains("recognis"),
                "{name} spells recognis-"
            );
        }
        for (name, text) in tables("zh") {
            assert!(!text.contains('你'), "{name} addresses the reader as 你");
        }
    }
}
