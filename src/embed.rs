//! The engine for pages that embed it: `assess(caseFile, today?)` in JavaScript takes a case file
//! (format 1, as an object or JSON text) and returns the assessment (format 1) as an object; an invalid
//! case throws an error whose `errors` list names each field's path. The same engine as the app and
//! the `assess` command; nothing leaves the page.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::engine::case::date::Date;
use crate::engine::case::problem::Problem;
use crate::engine::case::validate::{check, read};
use crate::engine::case::CaseFile;
use crate::engine::{assess as run, assessment::report, explain, MEASURES_2023_046};
use crate::lang::Lang;

#[derive(Serialize)]
struct FieldErrorOut {
    path: String,
    message: String,
}

fn error(errors: Vec<FieldErrorOut>) -> JsValue {
    let summary = errors
        .iter()
        .map(|e| {
            if e.path.is_empty() {
                e.message.clone()
            } else {
                format!("{}: {}", e.path, e.message)
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let err = js_sys::Error::new(&summary);
    let list = to_js(&errors);
    let _ = js_sys::Reflect::set(&err, &JsValue::from_str("errors"), &list);
    err.into()
}

fn case_error(e: crate::engine::CaseError, lang: Lang) -> JsValue {
    error(
        e.errors
            .into_iter()
            .map(|e| FieldErrorOut {
                message: explain::problem(&e.problem, lang),
                path: e.path,
            })
            .collect(),
    )
}

/// One problem that is not a case file's field error, worded like them from the string tables.
fn problem_error(path: &str, problem: Problem, lang: Lang) -> JsValue {
    error(vec![FieldErrorOut {
        path: path.to_owned(),
        message: explain::problem(&problem, lang),
    }])
}

/// Assesses a case file. `today` (`YYYY-MM-DD`) stands in for a missing `assessed_on`; `lang` is
/// `en` (default) or `zh-CN` for the messages. Exported to JavaScript by the engine's own module
/// (src/bin/engine.rs), not by the app's, which never calls it.
pub fn assess(
    case_file: JsValue,
    today: Option<String>,
    lang: Option<String>,
) -> Result<JsValue, JsValue> {
    let lang = lang.as_deref().and_then(Lang::from_tag).unwrap_or(Lang::En);
    let today = match today {
        Some(t) => Date::parse(&t)
            .ok_or_else(|| problem_error("today", Problem::NotADate { text: t.clone() }, lang))?,
        None => crate::app::browser::today(),
    };
    let json = match case_file.as_string() {
        Some(text) => text,
        None => js_sys::JSON::stringify(&case_file)
            .map(String::from)
            .map_err(|_| problem_error("", Problem::NotAnObject, lang))?,
    };
    let file: CaseFile = read(&json).map_err(|e| case_error(e, lang))?;
    let case = check(&file, today).map_err(|e| case_error(e, lang))?;
    let assessment = run(&case, &MEASURES_2023_046, None);
    let out = report::report(&assessment, lang);
    Ok(to_js(&out))
}

/// A value as the plain JavaScript object its JSON describes. Through JSON text, so that the wasm
/// carries one serializer (serde_json's) rather than a second one for JavaScript values.
fn to_js(value: &impl Serialize) -> JsValue {
    serde_json::to_string(value)
        .ok()
        .and_then(|json| js_sys::JSON::parse(&json).ok())
        .unwrap_or(JsValue::NULL)
}
