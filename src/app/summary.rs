//! Every answer as a question and its answer in words, grouped by the page that asks it: the "Check your
//! answers" page and the printed report both list these.

use super::form::{grade_word_label, GRADE_SYSTEMS};
use super::pages::Page;
use super::text::Text;
use crate::engine::case::{CaseFile, Grade, GradeValue, Num};
use crate::engine::explain;
use crate::lang::Lang;

/// One answer: the question, the answer in words, and the path of the field that changes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub question: String,
    pub answer: Option<String>,
    pub path: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub page: Page,
    pub heading: &'static str,
    pub rows: Vec<Row>,
}

struct Rows<'a> {
    t: &'static Text,
    rows: Vec<Row>,
    _case: &'a CaseFile,
}

impl Rows<'_> {
    fn add(&mut self, path: impl Into<String>, question: &str, answer: Option<String>) {
        self.rows.push(Row {
            question: question.to_owned(),
            answer,
            path: path.into(),
        });
    }

    /// A row only when answered: a question that is asked only in some situations.
    fn add_given(&mut self, path: impl Into<String>, question: &str, answer: Option<String>) {
        if answer.is_some() {
            self.add(path, question, answer);
        }
    }

    fn yes_no(&self, b: Option<bool>) -> Option<String> {
        b.map(|b| if b { self.t.form.yes } else { self.t.form.no }.to_owned())
    }
}

fn number(n: Option<Num>) -> Option<String> {
    n.map(|n| n.0.to_string())
}

/// A grade in words: "78.5 (Percentage (0 to 100))", "Good (Five levels ...)".
pub fn grade(g: &Grade, t: &Text, lang: Lang) -> String {
    let system = GRADE_SYSTEMS
        .iter()
        .position(|&s| s == g.system)
        .map(|i| t.record.systems[i])
        .unwrap_or_default();
    let value = match &g.value {
        GradeValue::Number(n) => n.to_string(),
        GradeValue::Word(w) => grade_word_label(g.system, w, lang),
    };
    format!("{value} · {system}")
}

fn choice<T: PartialEq + Copy>(
    value: Option<T>,
    all: &[T],
    labels: &[&'static str],
) -> Option<String> {
    let value = value?;
    all.iter()
        .position(|&v| v == value)
        .and_then(|i| labels.get(i))
        .map(|s| (*s).to_owned())
}

/// Every section of answers.
pub fn sections(case: &CaseFile, t: &'static Text, lang: Lang) -> Vec<Section> {
    vec![
        about(case, t),
        record(case, t, lang),
        courses(case, t, lang),
        programme(case, t),
    ]
}

fn rows<'a>(case: &'a CaseFile, t: &'static Text) -> Rows<'a> {
    Rows {
        t,
        rows: Vec::new(),
        _case: case,
    }
}

fn about(case: &CaseFile, t: &'static Text) -> Section {
    use super::pages::{LEVELS, REASONS, ROUTES, STATUSES};
    let a = &case.applicant;
    let q = &t.about;
    let mut r = rows(case, t);
    r.add(
        "applicant.route",
        q.route,
        choice(a.route, &ROUTES, &q.routes),
    );
    r.add(
        "applicant.level",
        q.level,
        choice(a.level, &LEVELS, &q.levels),
    );
    r.add("applicant.revoked", q.revoked, r.yes_no(a.revoked));
    let reasons: Vec<&str> = q.reasons.iter().map(|(label, _)| *label).collect();
    r.add(
        "applicant.reason",
        q.reason,
        choice(a.reason, &REASONS, &reasons),
    );
    r.add(
        "applicant.status",
        q.status,
        choice(a.status, &STATUSES, &q.statuses),
    );
    r.add(
        "applicant.semesters_completed",
        q.semesters,
        number(a.semesters_completed),
    );
    r.add(
        "applicant.in_final_year",
        q.final_year,
        r.yes_no(a.in_final_year),
    );
    r.add(
        "applicant.disciplinary_record",
        q.discipline,
        r.yes_no(a.disciplinary_record),
    );
    r.add(
        "applicant.receiving_major_has_quota",
        q.quota,
        r.yes_no(a.receiving_major_has_quota),
    );
    r.add(
        "applicant.special_enrollment",
        q.special,
        r.yes_no(a.special_enrollment),
    );
    r.add(
        "applicant.from_lower_level",
        q.lower,
        r.yes_no(a.from_lower_level),
    );
    let applied = case
        .assessed_on
        .clone()
        .or_else(|| Some(t.answers.today.to_owned()));
    r.add("assessed_on", q.assessed_on, applied);
    Section {
        page: Page::About,
        heading: t.frame.steps[1],
        rows: r.rows,
    }
}

fn record(case: &CaseFile, t: &'static Text, lang: Lang) -> Section {
    let a = &case.applicant;
    let q = &t.record;
    let mut r = rows(case, t);
    r.add(
        "applicant.performance",
        q.average,
        a.performance.as_ref().map(|g| grade(g, t, lang)),
    );
    r.add(
        "applicant.explanatory_material",
        q.explanatory,
        r.yes_no(a.explanatory_material),
    );
    let exam = a.entrance_exam.clone().unwrap_or_default();
    r.add_given(
        "applicant.entrance_exam.score",
        q.exam_score,
        number(exam.score),
    );
    r.add_given(
        "applicant.entrance_exam.receiving_cutoff",
        q.exam_cutoff,
        number(exam.receiving_cutoff),
    );
    let pg = a.postgraduate.clone().unwrap_or_default();
    r.add_given(
        "applicant.postgraduate.admission_standard_not_lower",
        q.admission_standard,
        r.yes_no(pg.admission_standard_not_lower),
    );
    if let Some(papers) = &pg.papers {
        let answer = if papers.is_empty() {
            t.form.no.to_owned()
        } else {
            papers
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let flags = [
                        (p.first_author, q.first_author),
                        (p.wos_core, q.wos_core),
                        (p.relevant_field, q.relevant_field),
                    ]
                    .iter()
                    .filter_map(|(v, question)| r.yes_no(*v).map(|a| format!("{question} {a}")))
                    .collect::<Vec<_>>()
                    .join("; ");
                    let impact = number(p.impact_factor)
                        .map(|n| format!("; {}: {n}", q.impact_factor))
                        .unwrap_or_default();
                    format!("{}: {flags}{impact}", (q.paper_n)(i + 1))
                })
                .collect::<Vec<_>>()
                .join(" / ")
        };
        r.add("applicant.postgraduate.papers", q.has_papers, Some(answer));
    }
    let rd = a.revoked_details.clone().unwrap_or_default();
    r.add_given(
        "applicant.revoked_details.revocation_document",
        q.revocation_document,
        r.yes_no(rd.revocation_document),
    );
    r.add_given(
        "applicant.revoked_details.completed_studies_certificate",
        q.completed_certificate,
        r.yes_no(rd.completed_studies_certificate),
    );
    r.add_given(
        "applicant.revoked_details.completed_credits",
        q.completed_credits,
        number(rd.completed_credits),
    );
    r.add_given(
        "applicant.revoked_details.original_total_credits",
        q.original_total,
        number(rd.original_total_credits),
    );
    r.add_given(
        "applicant.postgraduate.research_progress_certificate",
        q.research_progress,
        r.yes_no(pg.research_progress_certificate),
    );
    let auth = a.authentication.clone().unwrap_or_default();
    r.add(
        "applicant.authentication.body",
        q.body,
        auth.body.map(|b| explain::body(b, lang).to_owned()),
    );
    r.add(
        "applicant.authentication.consistent",
        q.consistent,
        r.yes_no(auth.consistent),
    );
    if let Some(l) = &a.language {
        use crate::engine::case::TeachingLanguage as L;
        let teaching = choice(
            l.major_teaching_language,
            &[L::English, L::Chinese],
            &q.teaching_languages,
        );
        r.add_given(
            "applicant.language.major_teaching_language",
            q.teaching,
            teaching,
        );
        r.add_given(
            "applicant.language.english_speaking_country",
            q.english_country,
            r.yes_no(l.english_speaking_country),
        );
        r.add_given(
            "applicant.language.exemption_certificate",
            q.exemption,
            r.yes_no(l.exemption_certificate),
        );
        if let Some(tests) = &l.tests {
            let answer = if tests.is_empty() {
                t.form.no.to_owned()
            } else {
                tests
                    .iter()
                    .map(|test| {
                        let name = explain::test(test.test, lang);
                        let score =
                            number(test.overall.or(test.level)).unwrap_or_else(|| "–".to_owned());
                        let sections = test
                            .sections
                            .as_ref()
                            .map(|s| {
                                let s: Vec<String> = s.iter().map(|n| n.0.to_string()).collect();
                                format!(" ({})", s.join(", "))
                            })
                            .unwrap_or_default();
                        format!("{name} {score}{sections}")
                    })
                    .collect::<Vec<_>>()
                    .join(" / ")
            };
            r.add("applicant.language.tests", q.has_tests, Some(answer));
        }
    }
    Section {
        page: Page::Record,
        heading: t.frame.steps[2],
        rows: r.rows,
    }
}

fn courses(case: &CaseFile, t: &'static Text, lang: Lang) -> Section {
    let c = &t.courses;
    let mut r = rows(case, t);
    let hours = case.origin.credit_hours.clone().unwrap_or_default();
    r.add(
        "origin.credit_hours.theory",
        c.theory_hours,
        number(hours.theory),
    );
    r.add(
        "origin.credit_hours.practice",
        c.practice_hours,
        number(hours.practice),
    );
    use crate::engine::case::EctsRegion as E;
    r.add_given(
        "origin.ects_region",
        c.ects_region,
        choice(case.origin.ects_region, &[E::Eu, E::NonEu], &c.ects_regions),
    );
    for (i, k) in case.courses.iter().enumerate() {
        let title = k
            .title
            .clone()
            .filter(|s| !s.trim().is_empty())
            .unwrap_or_else(|| c.untitled.to_owned());
        let credits = number(k.credits).map(|n| format!("{n} {}", c.credits));
        let grade = k.grade.as_ref().map(|g| grade(g, t, lang));
        let matched = k
            .matched
            .as_ref()
            .and_then(|m| m.title.clone())
            .map(|m| format!("→ {m}"));
        let answer: Vec<String> = [credits, grade, matched].into_iter().flatten().collect();
        r.add(
            format!("courses[{i}].title"),
            &format!("{}. {title}", i + 1),
            (!answer.is_empty()).then(|| answer.join(" · ")),
        );
    }
    if case.courses.is_empty() {
        r.add("courses", t.frame.steps[3], Some(t.answers.none.to_owned()));
    }
    Section {
        page: Page::Courses,
        heading: t.frame.steps[3],
        rows: r.rows,
    }
}

fn programme(case: &CaseFile, t: &'static Text) -> Section {
    let p = &t.programme;
    let mut r = rows(case, t);
    let hours = case.program.credit_hours.clone().unwrap_or_default();
    r.add(
        "program.total_graduation_credits",
        p.total,
        number(case.program.total_graduation_credits),
    );
    r.add(
        "program.credit_hours.theory",
        p.theory_hours,
        number(hours.theory),
    );
    r.add(
        "program.credit_hours.practice",
        p.practice_hours,
        number(hours.practice),
    );
    r.add(
        "program.literacy_credits_required",
        p.literacy,
        number(case.program.literacy_credits_required),
    );
    Section {
        page: Page::Programme,
        heading: t.frame.steps[4],
        rows: r.rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::text::text;
    use crate::engine::validate::read;

    #[test]
    fn every_example_lists_its_answers_in_both_languages() {
        for (_, json) in crate::app::examples::FILES {
            let case = read(json).unwrap();
            for lang in Lang::ALL {
                let all = sections(&case, text(lang), lang);
                assert_eq!(all.len(), 4);
                let answered = all
                    .iter()
                    .flat_map(|s| &s.rows)
                    .filter(|r| r.answer.is_some())
                    .count();
                assert!(answered > 15, "{lang:?}: only {answered} answers");
                for row in all.iter().flat_map(|s| &s.rows) {
                    assert!(
                        Page::ALL.iter().any(|p| p.owns(&row.path)) || row.path == "courses",
                        "{}",
                        row.path
                    );
                }
            }
        }
    }

    #[test]
    fn unanswered_questions_say_so() {
        let case = CaseFile::new();
        let t = text(Lang::En);
        let about = &sections(&case, t, Lang::En)[0];
        let route = about
            .rows
            .iter()
            .find(|r| r.path == "applicant.route")
            .unwrap();
        assert_eq!(route.answer, None);
        let date = about.rows.iter().find(|r| r.path == "assessed_on").unwrap();
        assert_eq!(date.answer.as_deref(), Some("Today"));
    }
}
