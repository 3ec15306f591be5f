//! Where keyboard focus goes after an action: a page's heading (so screen readers announce the page),
//! the error summary, or a field. The reducer records a `Focus`; an effect moves focus after rendering.

use wasm_bindgen::JsCast;

use crate::engine::case::field::FieldPath;

/// The id of each page's main heading.
pub const MAIN_HEADING_ID: &str = "main-heading";
/// The id of the error summary.
pub const ERROR_SUMMARY_ID: &str = "error-summary";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    Heading,
    ErrorSummary,
    Field(FieldPath),
    /// An element of the page that is neither (a notice, a question asking to confirm).
    Element(&'static str),
    /// The button that opens course `i`'s editor, where focus returns when the editor closes.
    CourseButton(usize),
}

impl Focus {
    pub fn element_id(&self) -> String {
        match self {
            Focus::Heading => MAIN_HEADING_ID.to_owned(),
            Focus::ErrorSummary => ERROR_SUMMARY_ID.to_owned(),
            Focus::Field(path) => field_id(&path.to_string()),
            Focus::Element(id) => (*id).to_owned(),
            Focus::CourseButton(i) => course_button_id(*i),
        }
    }
}

/// The id of the button that opens course `i`'s editor.
pub fn course_button_id(i: usize) -> String {
    format!("course-{i}-change")
}

/// The element id of the field at a case-file path: `courses[3].grade.value` -> `f-courses-3-grade-value`.
pub fn field_id(path: &str) -> String {
    let mut id = String::with_capacity(path.len() + 2);
    id.push_str("f-");
    let mut dash = false;
    for c in path.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            if dash {
                id.push('-');
                dash = false;
            }
            id.push(c);
        } else {
            dash = true;
        }
    }
    id
}

/// Moves focus to an element and brings it into view.
pub fn focus_element(id: &str) -> bool {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    let _ = element.focus();
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::case::Field;

    #[test]
    fn field_ids_are_safe_and_unique_per_path() {
        let id = |p: FieldPath| Focus::Field(p).element_id();
        assert_eq!(
            id(FieldPath::course(3, Field::CourseGradeValue)),
            "f-courses-3-grade-value"
        );
        assert_eq!(id(Field::Route.into()), "f-applicant-route");
        assert_eq!(
            id(FieldPath::section(0, 2)),
            "f-applicant-language-tests-0-sections-2"
        );
        assert_ne!(
            id(FieldPath::course(1, Field::CourseHours)),
            id(FieldPath::course(11, Field::CourseHours))
        );
    }
}
