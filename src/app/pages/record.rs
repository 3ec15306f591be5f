//! Step 2: the academic record. Which parts are asked follows the engine: a part appears when the
//! conditions it serves concern the applicant (entrance exam, postgraduate papers, revocation, language).

use std::rc::Rc;

use yew::prelude::*;

use super::{concerns, use_form, Page, Step};
use crate::app::fields::{Choice, TextInput};
use crate::app::form::{Form, GradeAt};
use crate::app::state::{Action, Draft, Edit};
use crate::app::text::text;
use crate::engine::case::{
    Applicant, Body, CaseFile, Language, LanguageTest, Level, Num, Paper, Postgraduate,
    RevokedDetails, TeachingLanguage, TestKind,
};
use crate::engine::eligibility::Condition;
use crate::engine::{explain, MEASURES_2023_046};

const PAPERS: &str = "applicant.postgraduate.papers";
const TESTS: &str = "applicant.language.tests";
const TEST_KINDS: [TestKind; 4] = [
    TestKind::Ielts,
    TestKind::ToeflIbt,
    TestKind::Pte,
    TestKind::Hsk,
];

fn postgraduate(c: &mut CaseFile) -> &mut Postgraduate {
    c.applicant
        .postgraduate
        .get_or_insert_with(Default::default)
}

fn revoked_details(c: &mut CaseFile) -> &mut RevokedDetails {
    c.applicant
        .revoked_details
        .get_or_insert_with(Default::default)
}

fn language(c: &mut CaseFile) -> &mut Language {
    c.applicant.language.get_or_insert_with(Default::default)
}

fn papers(a: &Applicant) -> Option<&Vec<Paper>> {
    a.postgraduate.as_ref().and_then(|p| p.papers.as_ref())
}

fn tests(a: &Applicant) -> Option<&Vec<LanguageTest>> {
    a.language.as_ref().and_then(|l| l.tests.as_ref())
}

fn paper_mut(c: &mut CaseFile, i: usize) -> Option<&mut Paper> {
    postgraduate(c).papers.as_mut().and_then(|p| p.get_mut(i))
}

fn test_mut(c: &mut CaseFile, i: usize) -> Option<&mut LanguageTest> {
    language(c).tests.as_mut().and_then(|t| t.get_mut(i))
}

#[function_component]
pub fn Record() -> Html {
    let (state, derived) = use_form();
    let t = text(state.lang);
    let r = &t.record;
    let f = Form {
        state: &state,
        derived: &derived,
        t,
    };
    let performance = GradeAt {
        path: "applicant.performance".into(),
        get: Rc::new(|c| c.applicant.performance.as_ref()),
        set: Rc::new(|c, g| c.applicant.performance = g),
    };
    html! {
        <Step page={Page::Record} title={r.title} intro={Some(AttrValue::from(r.intro))}>
            <h2>{ r.average_heading }</h2>
            { f.grade(performance, r.system, r.average, &r.value_hints) }
            { f.yes_no("applicant.explanatory_material", r.explanatory, Some(r.explanatory_hint),
                |c| c.applicant.explanatory_material, |c, v| c.applicant.explanatory_material = v) }
            if concerns(&derived, Condition::EntranceExam) {
                { entrance_exam(&f) }
            }
            if state.case.applicant.level.is_some_and(Level::is_postgraduate) {
                { postgraduate_part(&f, &derived) }
            }
            if concerns(&derived, Condition::RevokedRatio) {
                { revoked_part(&f, &derived) }
            }
            if state.case.applicant.route.is_some() {
                { authentication(&f) }
            }
            if concerns(&derived, Condition::Language) {
                { language_part(&f) }
            }
        </Step>
    }
}

fn entrance_exam(f: &Form) -> Html {
    let r = &f.t.record;
    html! {
        <>
            <h2>{ r.exam_heading }</h2>
            { f.number("applicant.entrance_exam.score", r.exam_score, None, "input--5",
                |c| c.applicant.entrance_exam.as_ref().and_then(|e| e.score),
                |c, v| c.applicant.entrance_exam.get_or_insert_with(Default::default).score = v) }
            { f.number("applicant.entrance_exam.receiving_cutoff", r.exam_cutoff, Some(r.exam_cutoff_hint), "input--5",
                |c| c.applicant.entrance_exam.as_ref().and_then(|e| e.receiving_cutoff),
                |c, v| c.applicant.entrance_exam.get_or_insert_with(Default::default).receiving_cutoff = v) }
        </>
    }
}

fn postgraduate_part(f: &Form, derived: &super::Derived) -> Html {
    let r = &f.t.record;
    let doctoral = f.case().applicant.level == Some(Level::Doctoral);
    let list = papers(&f.case().applicant);
    let items = list
        .into_iter()
        .flatten()
        .enumerate()
        .map(|(i, _)| paper(f, i, doctoral));
    let add = list_button(
        f,
        r.add_paper,
        PAPERS,
        list.map_or(0, Vec::len),
        Rc::new(|c: &mut CaseFile| {
            postgraduate(c)
                .papers
                .get_or_insert_with(Vec::new)
                .push(Paper::default())
        }),
        true,
    );
    html! {
        <>
            <h2>{ r.postgraduate_heading }</h2>
            if concerns(derived, Condition::AdmissionStandard) {
                { f.yes_no("applicant.postgraduate.admission_standard_not_lower", r.admission_standard, None,
                    |c| c.applicant.postgraduate.as_ref().and_then(|p| p.admission_standard_not_lower),
                    |c, v| postgraduate(c).admission_standard_not_lower = v) }
            }
            { f.yes_no(PAPERS, r.has_papers, Some(r.has_papers_hint),
                |c| papers(&c.applicant).map(|p| !p.is_empty()),
                |c, v| {
                    let papers = &mut postgraduate(c).papers;
                    match v {
                        None => *papers = None,
                        Some(false) => *papers = Some(Vec::new()),
                        Some(true) if papers.as_ref().is_none_or(Vec::is_empty) => *papers = Some(vec![Paper::default()]),
                        Some(true) => {}
                    }
                }) }
            if list.is_some_and(|p| !p.is_empty()) {
                { for items }
                { add }
            }
        </>
    }
}

fn paper(f: &Form, i: usize, doctoral: bool) -> Html {
    let r = &f.t.record;
    let at = |field: &str| format!("{PAPERS}[{i}].{field}");
    let get = move |c: &CaseFile| papers(&c.applicant).and_then(|p| p.get(i)).cloned();
    html! {
        <fieldset class="fieldset item-group" key={i}>
            <legend class="fieldset__legend fieldset__legend--m">{ (r.paper_n)(i + 1) }</legend>
            { f.yes_no(at("first_author"), r.first_author, None,
                move |c| get(c).and_then(|p| p.first_author),
                move |c, v| if let Some(p) = paper_mut(c, i) { p.first_author = v }) }
            { f.yes_no(at("wos_core"), r.wos_core, None,
                move |c| get(c).and_then(|p| p.wos_core),
                move |c, v| if let Some(p) = paper_mut(c, i) { p.wos_core = v }) }
            { f.number(at("impact_factor"), r.impact_factor, None, "input--5",
                move |c| get(c).and_then(|p| p.impact_factor),
                move |c, v| if let Some(p) = paper_mut(c, i) { p.impact_factor = v }) }
            if doctoral {
                { f.yes_no(at("relevant_field"), r.relevant_field, None,
                    move |c| get(c).and_then(|p| p.relevant_field),
                    move |c, v| if let Some(p) = paper_mut(c, i) { p.relevant_field = v }) }
            }
            { list_button(f, &(r.remove_paper)(i + 1), PAPERS, i,
                Rc::new(move |c: &mut CaseFile| {
                    if let Some(papers) = postgraduate(c).papers.as_mut() {
                        if i < papers.len() {
                            papers.remove(i);
                        }
                    }
                }), false) }
        </fieldset>
    }
}

/// A button that adds (`insert`) or removes the list item at `index`, keeping typed text in step.
pub fn list_button(
    f: &Form,
    label: &str,
    list: &'static str,
    index: usize,
    edit: Edit,
    insert: bool,
) -> Html {
    let state = f.state.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        let edit = edit.clone();
        state.dispatch(if insert {
            Action::InsertItem { list, index, edit }
        } else {
            Action::RemoveItem { list, index, edit }
        });
    });
    let class = if insert {
        "button button--secondary"
    } else {
        "button button--warning button--small"
    };
    html! { <button type="button" {class} {onclick}>{ label.to_owned() }</button> }
}

fn revoked_part(f: &Form, derived: &super::Derived) -> Html {
    let r = &f.t.record;
    let get = |c: &CaseFile| c.applicant.revoked_details.clone().unwrap_or_default();
    html! {
        <>
            <h2>{ r.revoked_heading }</h2>
            { f.yes_no("applicant.revoked_details.revocation_document", r.revocation_document, Some(r.revocation_document_hint),
                move |c| get(c).revocation_document, |c, v| revoked_details(c).revocation_document = v) }
            { f.yes_no("applicant.revoked_details.completed_studies_certificate", r.completed_certificate, None,
                move |c| get(c).completed_studies_certificate, |c, v| revoked_details(c).completed_studies_certificate = v) }
            { f.number("applicant.revoked_details.completed_credits", r.completed_credits, None, "input--5",
                move |c| get(c).completed_credits, |c, v| revoked_details(c).completed_credits = v) }
            { f.number("applicant.revoked_details.original_total_credits", r.original_total, None, "input--5",
                move |c| get(c).original_total_credits, |c, v| revoked_details(c).original_total_credits = v) }
            if concerns(derived, Condition::ResearchProgress) {
                { f.yes_no("applicant.postgraduate.research_progress_certificate", r.research_progress, Some(r.research_progress_hint),
                    |c| c.applicant.postgraduate.as_ref().and_then(|p| p.research_progress_certificate),
                    |c, v| postgraduate(c).research_progress_certificate = v) }
            }
        </>
    }
}

fn authentication(f: &Form) -> Html {
    let r = &f.t.record;
    let lang = f.lang();
    let route = f.case().applicant.route;
    // The bodies the Measures accept for the route (R13), and "another body" for everything else.
    let listed = route.map_or(&[][..], |route| MEASURES_2023_046.bodies_for(route).value);
    let choices = listed
        .iter()
        .chain([&Body::Other])
        .map(|&b| Choice::new(b, explain::body(b, lang)))
        .collect();
    html! {
        <>
            <h2>{ r.authentication_heading }</h2>
            { f.select("applicant.authentication.body", r.body, Some(r.body_hint), choices,
                |c| c.applicant.authentication.as_ref().and_then(|a| a.body),
                |c, v| c.applicant.authentication.get_or_insert_with(Default::default).body = v) }
            { f.yes_no("applicant.authentication.consistent", r.consistent, None,
                |c| c.applicant.authentication.as_ref().and_then(|a| a.consistent),
                |c, v| c.applicant.authentication.get_or_insert_with(Default::default).consistent = v) }
        </>
    }
}

fn language_part(f: &Form) -> Html {
    let r = &f.t.record;
    let teaching = f
        .case()
        .applicant
        .language
        .as_ref()
        .and_then(|l| l.major_teaching_language);
    let choices = [TeachingLanguage::English, TeachingLanguage::Chinese]
        .iter()
        .zip(r.teaching_languages)
        .map(|(&l, label)| Choice::new(l, label))
        .collect();
    let list = tests(&f.case().applicant);
    let count = list.map_or(0, Vec::len);
    let lang_of = |c: &CaseFile| c.applicant.language.clone().unwrap_or_default();
    html! {
        <>
            <h2>{ r.language_heading }</h2>
            { f.radios("applicant.language.major_teaching_language", r.teaching, None, choices,
                move |c| lang_of(c).major_teaching_language, |c, v| language(c).major_teaching_language = v, true) }
            if teaching == Some(TeachingLanguage::English) {
                { f.yes_no("applicant.language.english_speaking_country", r.english_country, None,
                    move |c| lang_of(c).english_speaking_country, |c, v| language(c).english_speaking_country = v) }
                { f.yes_no("applicant.language.exemption_certificate", r.exemption, Some(r.exemption_hint),
                    move |c| lang_of(c).exemption_certificate, |c, v| language(c).exemption_certificate = v) }
            }
            if teaching.is_some() {
                { f.yes_no(TESTS, r.has_tests, None,
                    |c| tests(&c.applicant).map(|t| !t.is_empty()),
                    |c, v| {
                        let tests = &mut language(c).tests;
                        match v {
                            None => *tests = None,
                            Some(false) => *tests = Some(Vec::new()),
                            Some(true) if tests.as_ref().is_none_or(Vec::is_empty) => *tests = Some(vec![new_test(TestKind::Ielts)]),
                            Some(true) => {}
                        }
                    }) }
                if count > 0 {
                    { for (0..count).map(|i| test(f, i)) }
                    { list_button(f, r.add_test, TESTS, count,
                        Rc::new(|c: &mut CaseFile| language(c).tests.get_or_insert_with(Vec::new).push(new_test(TestKind::Ielts))),
                        true) }
                }
            }
        </>
    }
}

fn new_test(test: TestKind) -> LanguageTest {
    LanguageTest {
        test,
        overall: None,
        sections: None,
        level: None,
    }
}

fn test(f: &Form, i: usize) -> Html {
    let r = &f.t.record;
    let lang = f.lang();
    let at = |field: &str| format!("{TESTS}[{i}].{field}");
    let get = move |c: &CaseFile| tests(&c.applicant).and_then(|t| t.get(i)).cloned();
    let Some(current) = get(f.case()) else {
        return Html::default();
    };
    let kinds = TEST_KINDS
        .iter()
        .map(|&k| Choice::new(k, explain::test(k, lang)))
        .collect();
    let scores = match current.test {
        TestKind::Hsk => f.number(
            at("level"),
            r.hsk_level,
            None,
            "input--4",
            move |c| get(c).and_then(|t| t.level),
            move |c, v| {
                if let Some(t) = test_mut(c, i) {
                    t.level = v
                }
            },
        ),
        TestKind::Pte => f.number(
            at("overall"),
            r.overall,
            None,
            "input--4",
            move |c| get(c).and_then(|t| t.overall),
            move |c, v| {
                if let Some(t) = test_mut(c, i) {
                    t.overall = v
                }
            },
        ),
        TestKind::Ielts | TestKind::ToeflIbt => html! {
            <>
                { f.number(at("overall"), r.overall, None, "input--4",
                    move |c| get(c).and_then(|t| t.overall),
                    move |c, v| if let Some(t) = test_mut(c, i) { t.overall = v }) }
                { sections(f, i) }
            </>
        },
    };
    html! {
        <fieldset class="fieldset item-group" key={i}>
            <legend class="fieldset__legend fieldset__legend--m">{ (r.test_n)(i + 1) }</legend>
            { f.select(at("test"), r.test, None, kinds,
                move |c| get(c).map(|t| t.test),
                move |c, v: Option<TestKind>| {
                    if let (Some(t), Some(kind)) = (test_mut(c, i), v) {
                        // Scores of one test mean nothing on another's scale.
                        *t = new_test(kind);
                    }
                }) }
            { scores }
            { list_button(f, &(r.remove_test)(i + 1), TESTS, i,
                Rc::new(move |c: &mut CaseFile| {
                    if let Some(tests) = language(c).tests.as_mut() {
                        if i < tests.len() {
                            tests.remove(i);
                        }
                    }
                }), false) }
        </fieldset>
    }
}

/// The four section scores of a test. The case holds all four or none (a test has four sections):
/// until all four are numbers, what was typed stays in the drafts and the test counts as incomplete.
fn sections(f: &Form, i: usize) -> Html {
    let r = &f.t.record;
    let path = format!("{TESTS}[{i}].sections");
    let error = f.error(&path);
    let id = crate::app::fields::field_id(&path);
    html! {
        <div class={classes!("form-group", error.is_some().then_some("form-group--error"))}>
            <fieldset class="fieldset" id={id.clone()} tabindex="-1" aria-describedby={format!("{id}-hint")}>
                <legend class="fieldset__legend fieldset__legend--s">{ r.sections }</legend>
                <div class="hint" id={format!("{id}-hint")}>{ r.sections_hint }</div>
                if let Some(error) = error {
                    <p class="error-message"><span class="visually-hidden">{ f.t.form.error_prefix }</span>{ error }</p>
                }
                <div class="sections">
                    { for r.section_names.iter().enumerate().map(|(s, name)| section(f, i, s, name)) }
                </div>
            </fieldset>
        </div>
    }
}

fn section(f: &Form, i: usize, s: usize, name: &str) -> Html {
    let path = format!("{TESTS}[{i}].sections[{s}]");
    let texts = section_texts(f, i);
    let state = f.state.clone();
    let oninput = {
        let texts = texts.clone();
        Callback::from(move |typed: String| {
            let mut texts = texts.clone();
            texts[s] = typed;
            let numbers: Vec<Option<f64>> = texts
                .iter()
                .map(|t| crate::app::form::parse_number(t).ok().flatten())
                .collect();
            let complete: Option<Vec<Num>> = numbers.iter().map(|n| n.map(Num)).collect();
            let drafts = (0..4)
                .map(|k| {
                    let text = &texts[k];
                    let prints_back = numbers[k].is_some_and(|n| n.to_string() == *text);
                    let settled = complete.is_some() && prints_back;
                    let keep = !text.trim().is_empty() && !settled;
                    (
                        format!("{TESTS}[{i}].sections[{k}]"),
                        keep.then(|| Draft::Text(text.clone())),
                    )
                })
                .collect();
            let edit: Edit = Rc::new(move |c: &mut CaseFile| {
                if let Some(t) = test_mut(c, i) {
                    t.sections = complete.clone();
                }
            });
            state.dispatch(Action::Edit { edit, drafts });
        })
    };
    html! {
        <TextInput path={path.clone()} label={name.to_owned()} error={f.error(&path)}
                   error_prefix={f.t.form.error_prefix} value={texts[s].clone()} {oninput}
                   inputmode={Some("decimal")} width={Some("input--3")} />
    }
}

/// What each section field shows: its draft, else the case's score.
fn section_texts(f: &Form, i: usize) -> [String; 4] {
    let given = tests(&f.case().applicant)
        .and_then(|t| t.get(i))
        .and_then(|t| t.sections.clone());
    std::array::from_fn(
        |k| match f.state.drafts.get(&format!("{TESTS}[{i}].sections[{k}]")) {
            Some(Draft::Text(text)) => text.clone(),
            _ => given
                .as_ref()
                .and_then(|g| g.get(k))
                .map(|n| crate::app::form::show_number(*n))
                .unwrap_or_default(),
        },
    )
}
