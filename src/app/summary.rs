//! Every answer as a question and its answer in words, grouped by the page that asks it: the "Check your
//! answers" page and the printed report both list these. The rows come from the question table: a
//! question is listed when it is asked or answered.

use super::form::{grade_word_label, show_number, Derived};
use super::questions::{self, Ask, Control, Question};
use super::route::Page;
use super::text::Text;
use crate::engine::case::answer::Answer;
use crate::engine::case::field::FieldPath;
use crate::engine::case::Field;
use crate::engine::case::{CaseFile, Grade, GradeValue, Num};
use crate::lang::Lang;

/// One answer: the question, the answer in words, what is wrong with it, and the field that
/// changes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub question: String,
    pub answer: Option<String>,
    /// The field's error: an answer in error is not taken, so its row says why instead.
    pub error: Option<String>,
    pub path: FieldPath,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub page: Page,
    pub heading: &'static str,
    pub rows: Vec<Row>,
}

/// A grade in words: "78.5 · Percentage (0 to 100)", "Good · Five levels ...".
pub fn grade(g: &Grade, t: &Text, lang: Lang) -> String {
    let system = t.grade_system(g.system);
    let value = match &g.value {
        GradeValue::Number(n) => show_number(Num(*n)),
        GradeValue::Word(w) => grade_word_label(g.system, w, lang),
    };
    format!("{value} · {system}")
}

/// An answer in words.
fn words(answer: &Answer, t: &Text, lang: Lang) -> String {
    match answer {
        Answer::Bool(b) => if *b { t.form.yes } else { t.form.no }.to_owned(),
        Answer::Number(n) => show_number(*n),
        Answer::Text(text) => text.clone(),
        Answer::Choice(o) => t.opt(*o, lang).to_owned(),
        Answer::Grade(g) => grade(g, t, lang),
    }
}

/// Every section of answers.
pub fn sections(case: &CaseFile, derived: &Derived, t: &'static Text, lang: Lang) -> Vec<Section> {
    Page::QUESTIONS
        .iter()
        .map(|&page| section(page, case, derived, t, lang))
        .collect()
}

/// The answers a page asks, outside its lists.
pub fn section(
    page: Page,
    case: &CaseFile,
    derived: &Derived,
    t: &'static Text,
    lang: Lang,
) -> Section {
    Section {
        page,
        heading: t.step(page),
        rows: rows(page, case, derived, t, lang),
    }
}

fn rows(page: Page, case: &CaseFile, derived: &Derived, t: &'static Text, lang: Lang) -> Vec<Row> {
    let ask = Ask {
        case,
        assessment: &derived.assessment,
        index: 0,
    };
    let mut rows: Vec<Row> = questions::on(page)
        .filter(|q| q.field.list().is_none())
        .filter_map(|q| {
            let answer = match q.kind {
                Control::HasItems => list_answer(q, case, t, lang),
                _ => q.get(case, 0).map(|a| words(&a, t, lang)),
            };
            let path = q.field.into();
            let error = derived.error_at(&path).map(|e| e.message(t, lang));
            let answer = match q.field {
                Field::AssessedOn if error.is_none() => {
                    answer.or_else(|| Some(t.answers.today.to_owned()))
                }
                _ => answer,
            };
            ((q.shown)(&ask) || answer.is_some() || error.is_some()).then(|| Row {
                question: t.question(q.field).to_owned(),
                answer,
                error,
                path,
            })
        })
        .collect();
    if page == Page::Courses {
        rows.extend(course_rows(case, t, lang));
    }
    rows
}

/// The papers or tests as one answer: "No", or each item's answers.
fn list_answer(q: &Question, case: &CaseFile, t: &Text, lang: Lang) -> Option<String> {
    let has = q.get(case, 0)?;
    if has != Answer::Bool(true) {
        return Some(words(&has, t, lang));
    }
    let group = match q.field {
        Field::Papers => questions::Group::Paper,
        _ => questions::Group::Test,
    };
    let count = match q.field {
        Field::Papers => case.applicant.postgraduate.as_ref()?.papers.as_ref()?.len(),
        _ => case.applicant.language.as_ref()?.tests.as_ref()?.len(),
    };
    let items: Vec<String> = (0..count)
        .map(|i| {
            let parts: Vec<String> = questions::in_group(group)
                .filter_map(|item| {
                    let answer = match item.field {
                        Field::TestSections => {
                            questions::test(case, i)?.sections.as_ref().map(|s| {
                                s.iter()
                                    .map(|n| show_number(*n))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            })?
                        }
                        _ => words(&item.get(case, i)?, t, lang),
                    };
                    Some(format!("{} {answer}", t.question(item.field)))
                })
                .collect();
            let name = match q.field {
                Field::Papers => (t.record.paper_n)(i + 1),
                _ => (t.record.test_n)(i + 1),
            };
            format!("{name}: {}", parts.join("; "))
        })
        .collect();
    Some(items.join(" / "))
}

fn course_rows(case: &CaseFile, t: &'static Text, lang: Lang) -> Vec<Row> {
    let c = &t.courses;
    let mut rows: Vec<Row> = case
        .courses
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let title = k
                .title
                .clone()
                .filter(|s| !s.trim().is_empty())
                .unwrap_or_else(|| c.untitled.to_owned());
            let credits = k.credits.map(|n| (c.credits_n)(&show_number(n)));
            let grade = k.grade.as_ref().map(|g| grade(g, t, lang));
            let matched = k
                .matched
                .as_ref()
                .and_then(|m| m.title.clone())
                .map(|m| format!("→ {m}"));
            let answer: Vec<String> = [credits, grade, matched].into_iter().flatten().collect();
            Row {
                question: format!("{}. {title}", i + 1),
                answer: (!answer.is_empty()).then(|| answer.join(" · ")),
                error: None,
                path: FieldPath::course(i, Field::CourseTitle),
            }
        })
        .collect();
    if case.courses.is_empty() {
        rows.push(Row {
            question: t.step(Page::Courses).to_owned(),
            answer: Some(t.answers.none.to_owned()),
            error: None,
            path: Field::Courses.into(),
        });
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::state::{Draft, Drafts};
    use crate::app::text::text;
    use crate::engine::case::date::Date;
    use crate::engine::case::validate::read;

    fn assess(case: &CaseFile) -> Derived {
        Derived::new(case, &Drafts::new(), Date::new(2026, 9, 1).unwrap())
    }

    #[test]
    fn every_example_lists_its_answers_in_both_languages() {
        for i in 0..crate::app::examples::NAMES.len() {
            let case = read(&crate::app::examples::text(i)).unwrap();
            for lang in Lang::ALL {
                let all = sections(&case, &assess(&case), text(lang), lang);
                assert_eq!(all.len(), 4);
                let answered = all
                    .iter()
                    .flat_map(|s| &s.rows)
                    .filter(|r| r.answer.is_some())
                    .count();
                assert!(answered > 15, "{lang:?}: only {answered} answers");
                for row in all.iter().flat_map(|s| &s.rows) {
                    assert!(questions::page_of(&row.path).is_some(), "{}", row.path);
                }
            }
        }
    }

    #[test]
    fn unanswered_questions_say_so() {
        let case = CaseFile::new();
        let t = text(Lang::En);
        let about = &sections(&case, &assess(&case), t, Lang::En)[0];
        let route = about
            .rows
            .iter()
            .find(|r| r.path == Field::Route.into())
            .unwrap();
        assert_eq!(route.answer, None);
        let date = about
            .rows
            .iter()
            .find(|r| r.path == Field::AssessedOn.into())
            .unwrap();
        assert_eq!(date.answer.as_deref(), Some("Today"));
    }

    #[test]
    fn an_answer_in_error_says_why_rather_than_what_it_would_default_to() {
        let case = CaseFile::new();
        let drafts = Drafts::from([(Field::AssessedOn.into(), Draft::NotADate)]);
        let derived = Derived::new(&case, &drafts, Date::new(2026, 9, 1).unwrap());
        let about = &sections(&case, &derived, text(Lang::En), Lang::En)[0];
        let date = about
            .rows
            .iter()
            .find(|r| r.path == Field::AssessedOn.into())
            .unwrap();
        assert_eq!(date.answer, None, "not \"Today\"");
        assert_eq!(
            date.error.as_deref(),
            Some("This is not a real date: check the day, month and year")
        );
    }

    #[test]
    fn a_course_s_credits_read_as_a_number_of_credits() {
        let mut case = CaseFile::new();
        for credits in [1.0, 4.5] {
            case.courses.push(crate::engine::case::Course {
                title: Some("Calculus".into()),
                credits: Some(crate::engine::case::Num(credits)),
                ..Default::default()
            });
        }
        let answers = |lang| {
            let all = sections(&case, &assess(&case), text(lang), lang);
            all.iter()
                .flat_map(|s| s.rows.clone())
                .filter(|r| r.path.field == Field::CourseTitle)
                .map(|r| r.answer.unwrap_or_default())
                .collect::<Vec<_>>()
        };
        assert_eq!(answers(Lang::En), ["1 credit", "4.5 credits"]);
        assert_eq!(answers(Lang::Zh), ["1 学分", "4.5 学分"]);
    }
}
