//! The timeline's dates as an iCalendar file (RFC 5545) for a phone's or desktop's calendar, and as
//! plain text for browsers that cannot download: one all-day event per date, titled in the user's
//! language, with UIDs that stay the same for the same case and step so that importing again updates
//! the events instead of doubling them. An estimated date's event says so in its description, since
//! a calendar shows each event alone; the text marks each estimated date and says what that means
//! once, at its end (P5).

use crate::engine::case::date::Date;
use crate::engine::explain;
use crate::engine::planning::timeline::{OfficeStep, Timeline};
use crate::lang::Lang;

/// RFC 5545 3.1: content lines are folded at 75 octets.
const LINE_OCTETS: usize = 75;

/// One all-day event.
struct Event {
    /// Stable within the case: the step's name as the assessment writes it.
    key: String,
    date: Date,
    title: String,
    description: String,
    estimated: bool,
}

fn events(t: &Timeline, lang: Lang) -> Vec<Event> {
    let w = &t.window;
    let mut list = vec![Event {
        key: "window_closes".to_owned(),
        date: w.closes,
        title: explain::window_closes(lang).to_owned(),
        description: explain::window(w, lang),
        estimated: w.estimated,
    }];
    list.extend(t.steps.iter().filter_map(|s| step_event(s, lang)));
    list
}

fn step_event(s: &OfficeStep, lang: Lang) -> Option<Event> {
    Some(Event {
        key: step_key(s),
        date: s.due?,
        title: explain::step_name(s.step, lang).to_owned(),
        description: explain::step(s, lang),
        estimated: s.estimated,
    })
}

/// The step's id as the assessment spells it (`preliminary_verification`).
fn step_key(s: &OfficeStep) -> String {
    serde_json::to_value(s.step)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The iCalendar file. `case_key` identifies the case (its window's anchor date and route, say), so
/// that the same case gives the same UIDs; `stamp` is the day the file is made.
pub fn calendar_file(t: &Timeline, lang: Lang, case_key: &str, stamp: Date) -> String {
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Transfer Check//Application plan//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    let uid_base = fnv1a(case_key);
    for e in events(t, lang) {
        let description = if e.estimated {
            format!("{} {}", e.description, explain::estimated(lang))
        } else {
            e.description
        };
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(
            &mut out,
            &format!("UID:{}-{uid_base:016x}@transfer-check", e.key),
        );
        push_line(&mut out, &format!("DTSTAMP:{}T000000Z", compact(stamp)));
        push_line(&mut out, &format!("DTSTART;VALUE=DATE:{}", compact(e.date)));
        // All-day events end on the next day, exclusive (RFC 5545 3.6.1).
        push_line(
            &mut out,
            &format!("DTEND;VALUE=DATE:{}", compact(e.date.next())),
        );
        push_line(&mut out, &format!("SUMMARY:{}", escape(&e.title)));
        push_line(&mut out, &format!("DESCRIPTION:{}", escape(&description)));
        push_line(&mut out, "TRANSP:TRANSPARENT");
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// The same dates as plain text, a line each, for copying; an estimated one marked, and what that
/// means said once, after them.
pub fn plain_text(t: &Timeline, lang: Lang) -> String {
    let list = events(t, lang);
    let mut out: String = list
        .iter()
        .map(|e| {
            if e.estimated {
                let mark = explain::estimated_mark(lang);
                format!("{} ({mark})  {}\n", e.date, e.description)
            } else {
                format!("{}  {}\n", e.date, e.description)
            }
        })
        .collect();
    if list.iter().any(|e| e.estimated) {
        out.push_str(&format!("\n{}\n", explain::estimated(lang)));
    }
    out
}

fn compact(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folded at 75 octets without splitting a UTF-8 character, with CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut octets = 0;
    for c in line.chars() {
        // A continuation line starts with a space, which counts toward its 75.
        if octets + c.len_utf8() > LINE_OCTETS {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// A stable 64-bit hash (FNV-1a): the same on every machine and in every build, unlike std's.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_fold_at_75_octets_between_characters() {
        let mut out = String::new();
        let title = format!("SUMMARY:{}", "学院评估".repeat(10));
        push_line(&mut out, &title);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(
                line.len() <= LINE_OCTETS,
                "{line:?} is {} octets",
                line.len()
            );
        }
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, title);
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }

    #[test]
    fn estimated_dates_are_marked_in_the_text_and_explained_once() {
        use crate::engine::case::model::{Applicant, Plan};
        use crate::engine::case::Route;
        use crate::engine::planning::timeline::timeline;
        let applicant = Applicant {
            route: Some(Route::Mainland),
            revoked: Some(false),
            ..Applicant::default()
        };
        let plan_from = |start: &str| Plan {
            semester_start: Date::parse(start),
            ..Plan::default()
        };
        let policy = &crate::engine::MEASURES_2023_046;
        // 2027 has no notice in the data: the window's last day and the 6 dated steps are estimated.
        let t = timeline(&applicant, &plan_from("2027-02-22"), policy).unwrap();
        for lang in [Lang::En, Lang::Zh] {
            let text = plain_text(&t, lang);
            let note = explain::estimated(lang);
            assert_eq!(text.matches(note).count(), 1, "{text}");
            assert!(text.trim_end().ends_with(note));
            let mark = format!("({})", explain::estimated_mark(lang));
            assert_eq!(text.lines().filter(|l| l.contains(&mark)).count(), 7);
            // A calendar shows each event alone: each says it.
            let file = calendar_file(&t, lang, "case", Date::parse("2026-09-01").unwrap());
            let unfolded = file.replace("\r\n ", "");
            assert_eq!(unfolded.matches(&escape(note)).count(), 7);
        }
        let known = timeline(&applicant, &plan_from("2026-09-07"), policy).unwrap();
        let text = plain_text(&known, Lang::En);
        assert!(!text.contains(explain::estimated(Lang::En)) && !text.contains("(estimated)"));
    }

    #[test]
    fn the_hash_is_stable() {
        assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
