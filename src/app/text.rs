//! Every string the interface shows, one table per language.
//!
//! Components never hold visible text themselves: they ask `text(lang)` and pick a field, so a missing
//! translation is a compile error rather than an English word on a Chinese page. Sentences with numbers
//! in them are functions, because word order differs between the languages. Words for what the engine
//! decided (findings, reasons, grade levels, bodies) come from `engine::explain`, in the same two
//! languages.

use super::transcript::{Expected, Problem as TranscriptProblem, TranscriptError};
use crate::engine::date::Date;
use crate::engine::policy::Policy;
use crate::lang::Lang;

/// The strings of one language.
pub struct Text {
    /// The language's name in itself, shown on its switch button whatever the current language is.
    pub language_name: &'static str,
    /// The product's name: header, page heading and document title.
    pub product: &'static str,
    /// Accessible name of the group of language buttons.
    pub language_switch: &'static str,
    /// One line saying what the tool is for.
    pub purpose: &'static str,
    /// The privacy promise.
    pub privacy: &'static str,
    /// Who decides: the tool only prepares the student (R15).
    pub self_assessment: &'static str,
    /// Heading of the short list of what the check covers.
    pub covers_heading: &'static str,
    /// What the check covers, in the order the Measures treat them.
    pub covers: [&'static str; 3],
    /// Lead-in to the footer's reference to the Measures.
    pub policy_label: &'static str,
    /// The Measures' number and the date they took effect.
    pub policy_reference: fn(&Policy) -> String,
    pub frame: FrameText,
    pub form: FormText,
    pub start: StartText,
    pub about: AboutText,
    pub record: RecordText,
    pub courses: CoursesText,
    pub programme: ProgrammeText,
    pub answers: AnswersText,
    pub result: ResultText,
    pub notices: NoticesText,
}

pub struct FrameText {
    pub skip_link: &'static str,
    pub nav_label: &'static str,
    /// The steps' names, in order: start, route and status, record, courses, programme, answers, result.
    pub steps: [&'static str; 7],
    pub step_of: fn(usize, usize) -> String,
    pub current_step: &'static str,
    pub has_errors: &'static str,
    pub live_heading: &'static str,
    pub live_link: &'static str,
    pub live_errors: fn(usize) -> String,
    pub dismiss: &'static str,
    pub notices_label: &'static str,
}

pub struct FormText {
    pub back: &'static str,
    pub continue_: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub choose: &'static str,
    pub error_prefix: &'static str,
    pub error_summary_title: &'static str,
    pub not_a_number: &'static str,
    pub sections_incomplete: &'static str,
    pub optional: &'static str,
}

pub struct StartText {
    pub start: &'static str,
    pub resume: &'static str,
    pub resume_hint: &'static str,
    pub start_again: &'static str,
    pub examples_heading: &'static str,
    pub examples_hint: &'static str,
    /// Each example's button text and what it shows, in the order of `app::examples::ALL`.
    pub examples: [(&'static str, &'static str); 5],
    pub example_button: fn(&str) -> String,
    pub open_heading: &'static str,
    pub open_label: &'static str,
    pub open_hint: &'static str,
    pub data_heading: &'static str,
    pub data_text: &'static str,
    pub data_memory_only: &'static str,
    pub delete: &'static str,
    pub pending_heading: &'static str,
    pub pending_text: &'static str,
    pub pending_accept: &'static str,
    pub pending_decline: &'static str,
}

pub struct AboutText {
    pub title: &'static str,
    pub intro: &'static str,
    pub assessed_on: &'static str,
    /// With the years after which a grade expires (A8.2).
    pub assessed_on_hint: fn(i32) -> String,
    pub route: &'static str,
    /// mainland, hmt, sino_foreign, international
    pub routes: [&'static str; 4],
    pub level: &'static str,
    pub levels: [&'static str; 3],
    pub revoked: &'static str,
    pub revoked_hint: &'static str,
    pub reason: &'static str,
    /// health, family, academic, revoked: label and the evidence it needs.
    pub reasons: [(&'static str, &'static str); 4],
    pub status: &'static str,
    /// normal, suspended, admission retained, expulsion proposed, expelled
    pub statuses: [&'static str; 5],
    pub semesters: &'static str,
    pub semesters_hint: &'static str,
    pub final_year: &'static str,
    pub final_year_hint: &'static str,
    pub discipline: &'static str,
    pub quota: &'static str,
    pub special: &'static str,
    pub special_hint: &'static str,
    pub lower: &'static str,
}

pub struct RecordText {
    pub title: &'static str,
    pub intro: &'static str,
    pub average_heading: &'static str,
    pub system: &'static str,
    /// percentage, five_level, four_level, gpa4, ects
    pub systems: [&'static str; 5],
    pub average: &'static str,
    /// The hint for a grade's value, per system in the order of `systems`.
    pub value_hints: [&'static str; 5],
    pub explanatory: &'static str,
    pub explanatory_hint: &'static str,
    pub exam_heading: &'static str,
    pub exam_score: &'static str,
    pub exam_cutoff: &'static str,
    pub exam_cutoff_hint: &'static str,
    pub postgraduate_heading: &'static str,
    pub admission_standard: &'static str,
    pub has_papers: &'static str,
    pub has_papers_hint: &'static str,
    pub paper_n: fn(usize) -> String,
    pub first_author: &'static str,
    pub wos_core: &'static str,
    pub impact_factor: &'static str,
    pub relevant_field: &'static str,
    pub add_paper: &'static str,
    pub remove_paper: fn(usize) -> String,
    pub revoked_heading: &'static str,
    pub revocation_document: &'static str,
    pub revocation_document_hint: &'static str,
    pub completed_certificate: &'static str,
    pub completed_credits: &'static str,
    pub original_total: &'static str,
    pub research_progress: &'static str,
    pub research_progress_hint: &'static str,
    pub authentication_heading: &'static str,
    pub body: &'static str,
    pub body_hint: &'static str,
    pub consistent: &'static str,
    pub language_heading: &'static str,
    pub teaching: &'static str,
    pub teaching_languages: [&'static str; 2],
    pub english_country: &'static str,
    pub exemption: &'static str,
    pub exemption_hint: &'static str,
    pub has_tests: &'static str,
    pub test_n: fn(usize) -> String,
    pub test: &'static str,
    pub overall: &'static str,
    pub sections: &'static str,
    pub sections_hint: &'static str,
    pub section_names: [&'static str; 4],
    pub hsk_level: &'static str,
    pub add_test: &'static str,
    pub remove_test: fn(usize) -> String,
}

pub struct CoursesText {
    pub title: &'static str,
    pub intro: &'static str,
    pub origin_heading: &'static str,
    pub origin_hint: &'static str,
    pub theory_hours: &'static str,
    pub practice_hours: &'static str,
    pub ects_region: &'static str,
    /// With the internship cap in percent (A7.1.3.b).
    pub ects_region_hint: fn(i64) -> String,
    pub ects_regions: [&'static str; 2],
    pub import_heading: &'static str,
    pub paste_label: &'static str,
    pub paste_hint: &'static str,
    pub paste_button: &'static str,
    pub file_label: &'static str,
    pub file_hint: &'static str,
    pub imported: fn(usize) -> String,
    pub ignored_columns: fn(&str) -> String,
    pub import_problems: &'static str,
    pub table_caption: &'static str,
    /// Course, credits, grade, matched with, status, converted credits, receiving grade, actions.
    pub columns: [&'static str; 8],
    pub no_courses: &'static str,
    pub add_course: &'static str,
    pub edit: fn(usize, &str) -> String,
    pub duplicate: fn(usize, &str) -> String,
    pub remove: fn(usize, &str) -> String,
    pub duplicate_short: &'static str,
    pub remove_short: &'static str,
    pub close: &'static str,
    pub course_n: fn(usize) -> String,
    pub course_heading: fn(usize, &str) -> String,
    pub untitled: &'static str,
    pub course_title: &'static str,
    pub credits: &'static str,
    pub unit: &'static str,
    pub units: [&'static str; 2],
    pub kind: &'static str,
    pub kinds: [&'static str; 3],
    pub nature: &'static str,
    pub natures: [&'static str; 2],
    pub grade_system: &'static str,
    pub grade: &'static str,
    pub hours: &'static str,
    pub hours_hint: &'static str,
    pub weekly_hours: &'static str,
    pub weeks: &'static str,
    pub completed_on: &'static str,
    pub transcript: &'static str,
    pub translated: &'static str,
    pub regular: &'static str,
    pub regular_hint: &'static str,
    pub retake: &'static str,
    pub continuous: &'static str,
    pub continuous_hint: fn(i32) -> String,
    pub failed_before: &'static str,
    pub practice_certificate: &'static str,
    pub is_literacy: &'static str,
    pub is_literacy_hint: &'static str,
    pub category: &'static str,
    pub content_ok: &'static str,
    pub assessment_ok: &'static str,
    pub has_match: &'static str,
    pub has_match_hint: &'static str,
    pub match_title: &'static str,
    pub match_credits: &'static str,
    pub match_hours: &'static str,
    pub match_nature: &'static str,
    pub overlap: &'static str,
    pub overlap_hint: &'static str,
    pub reasons: &'static str,
    pub not_assessed: &'static str,
    pub band: fn(&str, &str, &str) -> String,
    pub facts_heading: &'static str,
    pub evidence_heading: &'static str,
}

pub struct ProgrammeText {
    pub title: &'static str,
    pub intro: &'static str,
    pub total: &'static str,
    pub total_hint: &'static str,
    pub theory_hours: &'static str,
    pub practice_hours: &'static str,
    pub hours_hint: &'static str,
    pub literacy: &'static str,
    pub literacy_hint: &'static str,
}

pub struct AnswersText {
    pub title: &'static str,
    pub intro: &'static str,
    pub change: &'static str,
    pub not_answered: &'static str,
    pub today: &'static str,
    pub see_result: &'static str,
    pub none: &'static str,
    pub courses_count: fn(usize) -> String,
}

pub struct ResultText {
    pub title: &'static str,
    pub verdict_heading: &'static str,
    pub decides: fn(&Policy) -> String,
    pub input_errors: fn(usize) -> String,
    /// fail, review, missing, pass, not applicable
    pub groups: [&'static str; 5],
    pub rule: &'static str,
    pub show_text: fn(&str) -> String,
    pub ruling: &'static str,
    pub measures_note: &'static str,
    pub unknown_unit: &'static str,
    pub performance_heading: &'static str,
    pub performance: fn(&str, &str, &str, &str) -> String,
    pub performance_unconverted: &'static str,
    pub no_performance: &'static str,
    pub credits_heading: &'static str,
    /// Credits counted (recognized and substituted), still to study, and required.
    pub glance: fn(&str, &str, &str) -> String,
    pub chart_label: fn(&str, &str, &str, &str) -> String,
    /// recognized, literacy substituted, still to study, in review
    pub credit_parts: [&'static str; 4],
    pub credits_required: fn(&str) -> String,
    pub credits_no_total: &'static str,
    pub internship_capped: fn(&str, i64) -> String,
    pub literacy_remaining: fn(&str) -> String,
    pub courses_heading: &'static str,
    pub changes_heading: &'static str,
    pub changes_none: &'static str,
    pub next_heading: &'static str,
    pub next: NextText,
    pub actions_heading: &'static str,
    pub print: &'static str,
    pub export: &'static str,
    pub share: &'static str,
    pub share_label: &'static str,
    pub share_hint: &'static str,
    pub share_copied: &'static str,
    pub report_heading: &'static str,
    pub report_date: fn(&str) -> String,
    pub signature: &'static str,
    pub signature_date: &'static str,
    pub answers_heading: &'static str,
}

/// What to do next, by situation.
pub struct NextText {
    pub fix_errors: &'static str,
    pub give_missing: &'static str,
    pub not_eligible: &'static str,
    pub review: &'static str,
    pub eligible: &'static str,
    pub materials: &'static str,
    pub cscse: &'static str,
    pub courses_review: &'static str,
    pub appeal: &'static str,
}

pub struct NoticesText {
    pub storage_unavailable: &'static str,
    pub save_migrated: fn(u32) -> String,
    pub save_set_aside: &'static str,
    pub download_set_aside: &'static str,
    pub import_rejected: fn(&str) -> String,
    pub imported: fn(&str) -> String,
    pub example_loaded: fn(&str) -> String,
    pub data_deleted: &'static str,
    pub share_unreadable: &'static str,
    pub share_loaded: &'static str,
}

const EN: Text = Text {
    language_name: "English",
    product: "Transfer Check",
    language_switch: "Language",
    purpose: "Find out, before you apply, whether you can transfer and how your grades and credits \
              would carry over.",
    privacy: "Nothing you enter leaves this device.",
    self_assessment: "This is a self-assessment: the university's committees make the decision.",
    covers_heading: "What the check covers",
    covers: [
        "Whether you meet the conditions to transfer",
        "How your grades convert to the receiving university's scale",
        "Which of your credits can be recognised",
    ],
    policy_label: "Rules applied:",
    policy_reference: |p| format!("{}, in force from {}", p.number, date_en(p.in_force)),
    frame: FrameText {
        skip_link: "Skip to main content",
        nav_label: "Steps of the check",
        steps: [
            "Start",
            "Route and status",
            "Academic record",
            "Courses",
            "Receiving programme",
            "Check your answers",
            "Result",
        ],
        step_of: |n, m| format!("Step {n} of {m}"),
        current_step: "(current step)",
        has_errors: "(has errors)",
        live_heading: "Result so far",
        live_link: "See the full result",
        live_errors: |n| {
            if n == 1 {
                "1 answer needs correcting.".to_owned()
            } else {
                format!("{n} answers need correcting.")
            }
        },
        dismiss: "Dismiss",
        notices_label: "Messages",
    },
    form: FormText {
        back: "Back",
        continue_: "Continue",
        yes: "Yes",
        no: "No",
        choose: "Choose…",
        error_prefix: "Error: ",
        error_summary_title: "There is a problem",
        not_a_number: "Enter a number, for example 78.5",
        sections_incomplete: "Enter all four section scores",
        optional: "(optional)",
    },
    start: StartText {
        start: "Start now",
        resume: "Continue where you left off",
        resume_hint: "Your answers from last time are still on this device.",
        start_again: "Start again with empty answers",
        examples_heading: "Try an example",
        examples_hint: "Each example fills in every answer for one situation. You can change any of them.",
        examples: [
            ("Mainland undergraduate", "Percentage grades, credits converted by class hours"),
            ("International student, ECTS", "ECTS grades and credits, IELTS, internship cap, literacy courses"),
            ("Revoked institution", "Degree-awarding authority revoked: credit ratio, documents, relaxed overlap"),
            ("Master's student", "GPA and a first-author paper"),
            ("Doctoral student", "Qualifying by papers"),
        ],
        example_button: |name| format!("Load the example: {name}"),
        open_heading: "Open a saved case file",
        open_label: "Case file",
        open_hint: "A .json file downloaded from this tool. It replaces your current answers only if it can be read.",
        data_heading: "Your data",
        data_text: "Your answers are saved in this browser as you type, so you can come back later. They are never sent anywhere.",
        data_memory_only: "This browser does not allow saving: your answers are kept in this tab only and are lost when you close it.",
        delete: "Delete my data from this device",
        pending_heading: "Open the shared case?",
        pending_text: "This link carries someone's answers. Opening it replaces the answers you have on this device.",
        pending_accept: "Replace my answers with the shared case",
        pending_decline: "Keep my answers",
    },
    about: AboutText {
        title: "Your route and status",
        intro: "These answers decide which rules of the Measures apply to you.",
        assessed_on: "Date you will apply",
        assessed_on_hint: |years| format!("Grades more than {years} years old on this date are not recognised. Leave it empty to use today's date."),
        route: "Where are you studying now?",
        routes: [
            "At a university in mainland China",
            "At a university in Hong Kong, Macao or Taiwan",
            "On a Sino-foreign cooperative programme",
            "At a university outside China",
        ],
        level: "At what level are you studying?",
        levels: ["Undergraduate", "Master's", "Doctoral"],
        revoked: "Has your university's degree-awarding authority been formally revoked?",
        revoked_hint: "Revoked by the provincial or a higher education department.",
        reason: "Why do you want to transfer?",
        reasons: [
            ("Health", "You will need a diagnosis certificate from a Grade II Class A or higher hospital, issued within the past 6 months."),
            ("Special family difficulties", "You will need a certificate from the street office or township government where your household is registered."),
            ("Academic development", "You will need a recommendation from the head of your major and a statement on how the majors fit."),
            ("My university's degree-awarding authority was revoked", "Only if it was formally revoked."),
        ],
        status: "What is your student status?",
        statuses: [
            "Normal",
            "Suspended",
            "Admission qualification retained",
            "Expulsion proposed",
            "Expelled",
        ],
        semesters: "How many semesters have you completed?",
        semesters_hint: "Do not count semesters of suspension or retained status.",
        final_year: "Are you in your final year of study?",
        final_year_hint: "For postgraduates, the final academic year.",
        discipline: "Have you received a disciplinary punishment of a warning or above?",
        quota: "Does the major you want to join have places left for transfer students?",
        special: "Were you admitted through a special type of enrolment?",
        special_hint: "Targeted employment, an ethnic-minority preparatory course, or a national or local special programme.",
        lower: "Would the transfer move you up a level, for example from junior college to undergraduate?",
    },
    record: RecordText {
        title: "Your academic record",
        intro: "Your average at your current university, and the documents that support your application.",
        average_heading: "Your average",
        system: "Grading system of your average",
        systems: [
            "Percentage (0 to 100)",
            "Five levels (Excellent to Fail)",
            "Four levels (A to D)",
            "GPA on a 4.0 scale",
            "ECTS grade (A to F)",
        ],
        average: "Your average",
        value_hints: [
            "A number from 0 to 100, for example 78.5",
            "",
            "",
            "A number from 0 to 4.0, for example 3.2",
            "",
        ],
        explanatory: "If your average is below the standard, do you have special explanatory material?",
        explanatory_hint: "With it, the committee considers your case (A5.6); without it, a low average rules the transfer out.",
        exam_heading: "College entrance examination",
        exam_score: "Your score",
        exam_cutoff: "Admission score of the major you want to join",
        exam_cutoff_hint: "For your source area in the year you were admitted.",
        postgraduate_heading: "Postgraduate requirements",
        admission_standard: "Is the admission standard of your current major at least as high as that of the major you want to join?",
        has_papers: "Have you published academic papers?",
        has_papers_hint: "Papers can qualify you instead of your GPA.",
        paper_n: |n| format!("Paper {n}"),
        first_author: "Are you the first author?",
        wos_core: "Is it included in the Web of Science Core Collection?",
        impact_factor: "Journal impact factor",
        relevant_field: "Is it in the field of the major you want to join?",
        add_paper: "Add a paper",
        remove_paper: |n| format!("Remove paper {n}"),
        revoked_heading: "Revocation of your university's authority",
        revocation_document: "Do you have the official announcement of the revocation?",
        revocation_document_hint: "Issued by the provincial or a higher education department.",
        completed_certificate: "Do you have the certificate of completed academic studies?",
        completed_credits: "Credits you have completed",
        original_total: "Credits needed to graduate in your original major",
        research_progress: "Do you have a certificate of your research progress?",
        research_progress_hint: "For example a master's thesis proposal or a doctoral mid-term assessment result.",
        authentication_heading: "Academic authentication",
        body: "Who issued your verification or authentication report?",
        body_hint: "Only the bodies that the Measures accept for your route are listed.",
        consistent: "Does the report match your student records at your current university?",
        language_heading: "Language",
        teaching: "In which language is the major you want to join taught?",
        teaching_languages: ["English", "Chinese"],
        english_country: "Are you from an English-speaking country?",
        exemption: "Do you have an official language exemption certificate?",
        exemption_hint: "Issued by your university, stating that you were taught in English.",
        has_tests: "Do you have language test results?",
        test_n: |n| format!("Test result {n}"),
        test: "Test",
        overall: "Overall score",
        sections: "Section scores",
        sections_hint: "Listening, reading, writing and speaking.",
        section_names: ["Listening", "Reading", "Writing", "Speaking"],
        hsk_level: "HSK level",
        add_test: "Add a test result",
        remove_test: |n| format!("Remove test result {n}"),
    },
    courses: CoursesText {
        title: "Your courses",
        intro: "Enter each course from your transcript and the course of the receiving programme it matches. Each row shows at once whether it would be recognised.",
        origin_heading: "How your university counts credits",
        origin_hint: "Class hours per credit. Leave them empty if your university has no clear standard: credits then count one for one.",
        theory_hours: "Hours per theory credit",
        practice_hours: "Hours per practice credit",
        ects_region: "If your university uses ECTS credits, where is it?",
        ects_region_hint: |pct| format!("Outside the EU, internship credits may be at most {pct}% of all recognised credits."),
        ects_regions: ["In the European Union", "Outside the European Union"],
        import_heading: "Paste or import a transcript",
        paste_label: "Rows copied from a spreadsheet",
        paste_hint: "The first row must name the columns, in English or Chinese, for example: Course, Credits, Grade, Hours, Completed, Match, Match hours, Overlap.",
        paste_button: "Add these courses",
        file_label: "Or choose a CSV file",
        file_hint: "Comma-, semicolon- or tab-separated, with the same header row.",
        imported: |n| {
            if n == 1 {
                "1 course added.".to_owned()
            } else {
                format!("{n} courses added.")
            }
        },
        ignored_columns: |cols| format!("Columns not used: {cols}."),
        import_problems: "Some values could not be read; those fields were left empty:",
        table_caption: "Courses and how they would be recognised",
        columns: [
            "Course",
            "Credits",
            "Grade",
            "Matched with",
            "Status",
            "Converted credits",
            "Receiving grade",
            "Actions",
        ],
        no_courses: "No courses yet. Add them one by one or paste your transcript.",
        add_course: "Add a course",
        edit: |n, title| format!("Edit course {n}: {title}"),
        duplicate: |n, title| format!("Duplicate course {n}: {title}"),
        remove: |n, title| format!("Remove course {n}: {title}"),
        duplicate_short: "Duplicate",
        remove_short: "Remove",
        close: "Close",
        course_n: |n| format!("Course {n}"),
        course_heading: |n, title| format!("Course {n}: {title}"),
        untitled: "untitled",
        course_title: "Course title",
        credits: "Credits",
        unit: "Credits are counted in",
        units: ["Your university's credits", "ECTS credits"],
        kind: "Type of course",
        kinds: ["Theory", "Practice", "Internship"],
        nature: "Compulsory or elective?",
        natures: ["Compulsory", "Elective"],
        grade_system: "Grading system",
        grade: "Grade",
        hours: "Class hours",
        hours_hint: "If there is no class-hour figure, give hours per week and weeks instead.",
        weekly_hours: "Hours per week",
        weeks: "Weeks",
        completed_on: "Completed on",
        transcript: "Is it on a sealed official transcript with its name and credits?",
        translated: "Is the transcript in Chinese or English, or officially translated?",
        regular: "Was it taken at a regular institution of higher education?",
        regular_hint: "Not a training school or a language school.",
        retake: "Was it passed after a make-up exam or a retake?",
        continuous: "Do you have proof of continuous study since?",
        continuous_hint: |years| format!("Needed for grades more than {years} years old, for example grades of later related courses."),
        failed_before: "Was it marked as failed before the revocation?",
        practice_certificate: "Do you have the internship unit's certificate and the achievement report?",
        is_literacy: "This is a literacy course",
        is_literacy_hint: "Global citizenship, ethics, intercultural communication or sustainable development: it may replace ideological and political credits.",
        category: "Literacy category",
        content_ok: "Does its content meet the category's requirement?",
        assessment_ok: "Did you pass its assessment (with the course paper or practical part)?",
        has_match: "It matches a course of the receiving programme",
        has_match_hint: "The course it would be recognised as, from the receiving programme's training plan.",
        match_title: "Receiving course",
        match_credits: "Its credits",
        match_hours: "Its class hours",
        match_nature: "Is the receiving course compulsory or elective?",
        overlap: "Knowledge-point overlap",
        overlap_hint: "A decimal from 0 to 1: 0.75 means 75%.",
        reasons: "Why",
        not_assessed: "Not assessed",
        band: |low, high, level| {
            if low == high {
                format!("{low} ({level})")
            } else {
                format!("{low}–{high} ({level})")
            }
        },
        facts_heading: "The course",
        evidence_heading: "Its evidence",
    },
    programme: ProgrammeText {
        title: "The programme you want to join",
        intro: "From the receiving major's training programme. These figures convert your credits and show what is left to study.",
        total: "Total credits needed to graduate",
        total_hint: "For example 160.",
        theory_hours: "Hours per theory credit",
        practice_hours: "Hours per practice credit",
        hours_hint: "For example 18 and 36.",
        literacy: "Ideological, political or literacy credits required",
        literacy_hint: "Generally at least 3.",
    },
    answers: AnswersText {
        title: "Check your answers",
        intro: "Change any answer: the result follows at once.",
        change: "Change",
        not_answered: "Not answered",
        today: "Today",
        see_result: "See the result",
        none: "None",
        courses_count: |n| {
            if n == 1 {
                "1 course".to_owned()
            } else {
                format!("{n} courses")
            }
        },
    },
    result: ResultText {
        title: "Your result",
        verdict_heading: "Verdict",
        decides: |p| format!("This is a self-assessment under the Measures {}, in force from {}. The university's committees make the decision.", p.number, date_en(p.in_force)),
        input_errors: |n| {
            if n == 1 {
                "1 answer needs correcting; until it is, it counts as not given.".to_owned()
            } else {
                format!("{n} answers need correcting; until they are, they count as not given.")
            }
        },
        groups: [
            "Conditions not met",
            "For the committee to decide",
            "Information still needed",
            "Conditions met",
            "Conditions that do not apply to you",
        ],
        rule: "Article",
        show_text: |id| format!("Text of {id}"),
        ruling: "How this tool reads it",
        measures_note: "",
        unknown_unit: "This passage's text is not available.",
        performance_heading: "Your average in the receiving university's system",
        performance: |grade, low, high, level| {
            if low == high {
                format!("{grade} counts as {low} points: {level}.")
            } else {
                format!("{grade} counts as {low}–{high} points: {level}.")
            }
        },
        performance_unconverted: "Your average cannot be converted until your route is known.",
        no_performance: "You have not given an average.",
        credits_heading: "Credits",
        glance: |counted, left, total| format!("{counted} of the {total} credits you need would count; {left} are left to study."),
        chart_label: |recognized, literacy, shortfall, total| {
            format!("{recognized} recognised, {literacy} literacy substituted and {shortfall} still to study, of {total} credits")
        },
        credit_parts: [
            "Recognised",
            "Literacy substituted",
            "Still to study",
            "In review",
        ],
        credits_required: |total| format!("The programme needs {total} credits."),
        credits_no_total: "Give the programme's total credits to see what is left to study.",
        internship_capped: |c, pct| format!("Internship credits above the {pct}% cap, which do not count: {c} (A7.1.3.b, R9)."),
        literacy_remaining: |c| format!("Literacy credits still to be taken at the receiving university: {c} (A12.2.3)."),
        courses_heading: "Courses",
        changes_heading: "What would change the result",
        changes_none: "No number you entered stands between you and a condition.",
        next_heading: "What to do next",
        next: NextText {
            fix_errors: "Correct the answers marked as errors.",
            give_missing: "Give the missing information: each item above says what is needed.",
            not_eligible: "At least one condition is not met. Read each reason: if a fact was entered wrongly, change it; otherwise a transfer under these Measures is not possible.",
            review: "Some conditions are for the committee to decide. Prepare the documents that support them.",
            eligible: "Prepare your application materials and submit them in time.",
            materials: "Materials (A9): the application form, your student status certificate, a sealed transcript, the syllabi of your courses and a comparison with the receiving programme.",
            cscse: "Have your academic degree report authenticated by one of the bodies the Measures list, for example the China Service Center for Scholarly Exchange (CSCSE) (A4.4.2.a).",
            courses_review: "Courses in review count only once the college recognises them.",
            appeal: "If you disagree with the university's result, you may appeal in writing within 3 working days (A14.1).",
        },
        actions_heading: "Keep or share this result",
        print: "Print or save as PDF",
        export: "Download the case file",
        share: "Create a share link",
        share_label: "Share link",
        share_hint: "The answers are inside the link itself, after the # sign: opening it sends nothing to any server.",
        share_copied: "Copied to the clipboard.",
        report_heading: "Transfer self-assessment report",
        report_date: |d| format!("Prepared on {d}"),
        signature: "Advisor's signature",
        signature_date: "Date",
        answers_heading: "Your answers",
    },
    notices: NoticesText {
        storage_unavailable: "This browser does not allow saving. Your answers are kept in this tab only; download the case file to keep them.",
        save_migrated: |from| format!("Your saved answers were from an earlier version (save format {from}) and have been brought up to date."),
        save_set_aside: "Your saved answers could not be read, so they were set aside instead of deleted. You are starting with empty answers.",
        download_set_aside: "Download the unreadable save",
        import_rejected: |file| format!("{file} could not be opened. Your answers have not been changed."),
        imported: |file| format!("Opened {file}."),
        example_loaded: |name| format!("Example loaded: {name}."),
        data_deleted: "Your data has been deleted from this device.",
        share_unreadable: "The share link could not be read. It may have been cut off when it was copied.",
        share_loaded: "The shared case has been opened.",
    },
};

const ZH: Text = Text {
    language_name: "简体中文",
    product: "转学资格自查",
    language_switch: "语言",
    purpose: "申请之前，先了解您是否符合转学条件，以及您的成绩和学分将如何转换认定。",
    privacy: "您输入的内容不会离开本设备。",
    self_assessment: "本工具仅供自我评估，最终结果由学校相关委员会决定。",
    covers_heading: "自查内容",
    covers: [
        "您是否符合转学条件",
        "您的成绩如何换算为接收学校的成绩等级",
        "您的哪些学分可以获得认定",
    ],
    policy_label: "依据：",
    policy_reference: |p| format!("{}，自 {} 起施行", p.number, date_zh(p.in_force)),
    frame: FrameText {
        skip_link: "跳到主要内容",
        nav_label: "自查步骤",
        steps: [
            "开始",
            "转学途径与学籍",
            "学业情况",
            "课程",
            "拟转入专业",
            "核对您的回答",
            "结果",
        ],
        step_of: |n, m| format!("第 {n} 步，共 {m} 步"),
        current_step: "（当前步骤）",
        has_errors: "（有错误）",
        live_heading: "当前结果",
        live_link: "查看完整结果",
        live_errors: |n| format!("有 {n} 项回答需要更正。"),
        dismiss: "关闭",
        notices_label: "提示",
    },
    form: FormText {
        back: "返回",
        continue_: "继续",
        yes: "是",
        no: "否",
        choose: "请选择…",
        error_prefix: "错误：",
        error_summary_title: "以下内容需要更正",
        not_a_number: "请输入数字，例如 78.5",
        sections_incomplete: "请填写全部四项单项分",
        optional: "（选填）",
    },
    start: StartText {
        start: "开始自查",
        resume: "从上次离开处继续",
        resume_hint: "您上次填写的内容仍保存在本设备上。",
        start_again: "清空回答，重新开始",
        examples_heading: "试用示例",
        examples_hint: "每个示例会填好一种情形的全部回答，您可以修改其中任何一项。",
        examples: [
            ("内地本科生", "百分制成绩，按学时换算学分"),
            ("国际学生（ECTS）", "ECTS 成绩与学分、雅思、实习学分上限、素养课程"),
            ("原学校被撤销学位授予权", "学分比例、证明材料、放宽的重合率"),
            ("硕士研究生", "绩点与第一作者论文"),
            ("博士研究生", "以论文满足条件"),
        ],
        example_button: |name| format!("载入示例：{name}"),
        open_heading: "打开已保存的案例文件",
        open_label: "案例文件",
        open_hint: "从本工具下载的 .json 文件。只有文件能够读取时，才会替换您当前的回答。",
        data_heading: "您的数据",
        data_text: "您填写的内容会随时保存在本浏览器中，方便您下次继续。这些内容从不发送到任何地方。",
        data_memory_only: "本浏览器不允许保存：您的回答仅保留在当前标签页中，关闭后即丢失。",
        delete: "从本设备删除我的数据",
        pending_heading: "打开分享的案例？",
        pending_text: "此链接包含他人的回答。打开后将替换您在本设备上的回答。",
        pending_accept: "用分享的案例替换我的回答",
        pending_decline: "保留我的回答",
    },
    about: AboutText {
        title: "转学途径与学籍情况",
        intro: "这些回答决定《办法》中哪些规定适用于您。",
        assessed_on: "您提出申请的日期",
        assessed_on_hint: |years| format!("在此日期已超过 {years} 年的课程成绩不予认定。留空则按今天计算。"),
        route: "您目前在哪里就读？",
        routes: [
            "内地高校",
            "港澳台地区高校",
            "中外合作办学项目",
            "境外高校",
        ],
        level: "您目前的学历层次是？",
        levels: ["本科生", "硕士研究生", "博士研究生"],
        revoked: "您的学校是否已被正式撤销学位授予权？",
        revoked_hint: "由省级及以上教育行政部门撤销。",
        reason: "您申请转学的原因是？",
        reasons: [
            ("健康原因", "需提供二级甲等及以上医院近 6 个月内出具的诊断证明。"),
            ("家庭特殊困难", "需提供户籍所在地街道办或乡镇政府出具的证明。"),
            ("学业发展需要", "需提供原学校专业负责人推荐信及专业适配说明。"),
            ("原学校被撤销学位授予权", "仅限确已被正式撤销的情形。"),
        ],
        status: "您的学籍状态是？",
        statuses: ["正常", "休学", "保留入学资格", "拟开除学籍", "已开除学籍"],
        semesters: "您已完成几个学期？",
        semesters_hint: "休学、保留学籍期间不计入。",
        final_year: "您是否已进入最后一学年？",
        final_year_hint: "研究生指最后一个学年。",
        discipline: "您是否受过警告及以上纪律处分？",
        quota: "拟转入专业是否还有转学名额？",
        special: "您是否通过特殊类型招生入学？",
        special_hint: "定向就业、少数民族预科、国家专项或地方专项计划等。",
        lower: "转学是否属于由低学历层次转入高学历层次（例如专科转本科）？",
    },
    record: RecordText {
        title: "您的学业情况",
        intro: "您在原学校的平均成绩，以及支持申请的各项材料。",
        average_heading: "平均成绩",
        system: "平均成绩的记分制",
        systems: [
            "百分制（0–100）",
            "五级制（优秀至不及格）",
            "四级制（A 至 D）",
            "4.0 绩点制",
            "ECTS 等级（A 至 F）",
        ],
        average: "平均成绩",
        value_hints: [
            "0 到 100 之间的数字，例如 78.5",
            "",
            "",
            "0 到 4.0 之间的数字，例如 3.2",
            "",
        ],
        explanatory: "如果平均成绩未达标准，您是否有特殊说明材料？",
        explanatory_hint: "有说明材料的，由委员会研究（A5.6）；没有的，成绩未达标即不予认定。",
        exam_heading: "高考成绩",
        exam_score: "您的高考成绩",
        exam_cutoff: "拟转入专业的录取分数",
        exam_cutoff_hint: "与您同一生源地、同一年份。",
        postgraduate_heading: "研究生条件",
        admission_standard: "您原专业的录取标准是否不低于拟转入专业？",
        has_papers: "您是否发表过学术论文？",
        has_papers_hint: "论文可以代替绩点满足条件。",
        paper_n: |n| format!("论文 {n}"),
        first_author: "您是否为第一作者？",
        wos_core: "是否被 Web of Science 核心合集收录？",
        impact_factor: "期刊影响因子",
        relevant_field: "是否属于拟转入专业的相关领域？",
        add_paper: "添加一篇论文",
        remove_paper: |n| format!("删除论文 {n}"),
        revoked_heading: "原学校被撤销学位授予权",
        revocation_document: "您是否有撤销学位授予权的正式公告？",
        revocation_document_hint: "由省级及以上教育行政部门发布。",
        completed_certificate: "您是否有原学校出具的《已完成学业证明》？",
        completed_credits: "您已完成的学分",
        original_total: "原专业毕业所需总学分",
        research_progress: "您是否有科研进展证明？",
        research_progress_hint: "例如硕士论文开题报告或博士中期考核结果。",
        authentication_heading: "学历认证",
        body: "您的学籍核验或学历认证报告由哪个机构出具？",
        body_hint: "仅列出《办法》对您的转学途径认可的机构。",
        consistent: "认证报告是否与您在原学校的学籍信息一致？",
        language_heading: "语言",
        teaching: "拟转入专业使用哪种语言授课？",
        teaching_languages: ["英语", "中文"],
        english_country: "您是否来自英语国家？",
        exemption: "您是否有正式的语言免试证明？",
        exemption_hint: "由原学校出具，注明以英语授课。",
        has_tests: "您是否有语言考试成绩？",
        test_n: |n| format!("考试成绩 {n}"),
        test: "考试",
        overall: "总分",
        sections: "单项分",
        sections_hint: "听力、阅读、写作、口语。",
        section_names: ["听力", "阅读", "写作", "口语"],
        hsk_level: "HSK 等级",
        add_test: "添加一项考试成绩",
        remove_test: |n| format!("删除考试成绩 {n}"),
    },
    courses: CoursesText {
        title: "您的课程",
        intro: "请逐门填写成绩单上的课程，以及它对应的拟转入专业课程。每一行会立即显示能否获得认定。",
        origin_heading: "原学校的学分计算标准",
        origin_hint: "每学分对应的学时。如原学校没有明确标准请留空：学分将按 1:1 计算。",
        theory_hours: "每个理论课学分的学时",
        practice_hours: "每个实践课学分的学时",
        ects_region: "如果原学校使用 ECTS 学分，学校位于？",
        ects_region_hint: |pct| format!("欧盟以外的学校，实习学分不得超过认定学分总数的 {pct}%。"),
        ects_regions: ["欧盟成员国", "欧盟以外"],
        import_heading: "粘贴或导入成绩单",
        paste_label: "从电子表格复制的行",
        paste_hint: "第一行须为列名（中文或英文均可），例如：课程名称、学分、成绩、学时、完成日期、对应课程、对应学时、重合率。",
        paste_button: "添加这些课程",
        file_label: "或选择 CSV 文件",
        file_hint: "以逗号、分号或制表符分隔，第一行为同样的列名。",
        imported: |n| format!("已添加 {n} 门课程。"),
        ignored_columns: |cols| format!("未使用的列：{cols}。"),
        import_problems: "部分内容无法读取，相应字段已留空：",
        table_caption: "课程及其认定情况",
        columns: [
            "课程",
            "学分",
            "成绩",
            "对应课程",
            "认定情况",
            "换算学分",
            "接收学校成绩",
            "操作",
        ],
        no_courses: "尚未添加课程。可以逐门添加，也可以粘贴成绩单。",
        add_course: "添加一门课程",
        edit: |n, title| format!("编辑第 {n} 门课程：{title}"),
        duplicate: |n, title| format!("复制第 {n} 门课程：{title}"),
        remove: |n, title| format!("删除第 {n} 门课程：{title}"),
        duplicate_short: "复制",
        remove_short: "删除",
        close: "收起",
        course_n: |n| format!("第 {n} 门课程"),
        course_heading: |n, title| format!("第 {n} 门课程：{title}"),
        untitled: "未命名",
        course_title: "课程名称",
        credits: "学分",
        unit: "学分计量方式",
        units: ["原学校学分", "ECTS 学分"],
        kind: "课程类型",
        kinds: ["理论课", "实践课", "实习"],
        nature: "必修还是选修？",
        natures: ["必修", "选修"],
        grade_system: "记分制",
        grade: "成绩",
        hours: "学时",
        hours_hint: "如没有学时数，请填写周学时和周数。",
        weekly_hours: "周学时",
        weeks: "周数",
        completed_on: "完成日期",
        transcript: "是否列于加盖公章的正式成绩单上，并注明课程名称和学分？",
        translated: "成绩单是否为中文或英文，或附有正式译文？",
        regular: "是否在正规高等学校修读？",
        regular_hint: "不包括培训学校、语言学校等。",
        retake: "是否为补考或重修后通过？",
        continuous: "您是否有持续学习的证明？",
        continuous_hint: |years| format!("成绩超过 {years} 年的需要提供，例如后续相关课程的成绩。"),
        failed_before: "撤销学位授予权之前，该课程是否被认定为不及格？",
        practice_certificate: "您是否有实习单位证明和成果报告？",
        is_literacy: "这是一门素养课程",
        is_literacy_hint: "全球公民、伦理与社会责任、跨文化交流或可持续发展课程，可替代思想政治课学分。",
        category: "素养课程类别",
        content_ok: "课程内容是否符合该类别的要求？",
        assessment_ok: "是否通过了考核（含课程论文或实践环节）？",
        has_match: "它对应拟转入专业的一门课程",
        has_match_hint: "即拟转入专业培养方案中可认定为的那门课程。",
        match_title: "对应课程",
        match_credits: "对应课程学分",
        match_hours: "对应课程学时",
        match_nature: "对应课程是必修还是选修？",
        overlap: "知识点重合率",
        overlap_hint: "0 到 1 之间的小数：0.75 表示 75%。",
        reasons: "原因",
        not_assessed: "未评估",
        band: |low, high, level| {
            if low == high {
                format!("{low}（{level}）")
            } else {
                format!("{low}–{high}（{level}）")
            }
        },
        facts_heading: "课程信息",
        evidence_heading: "证明材料",
    },
    programme: ProgrammeText {
        title: "拟转入专业",
        intro: "来自拟转入专业的培养方案。这些数字用于换算您的学分，并计算还需修读的学分。",
        total: "毕业所需总学分",
        total_hint: "例如 160。",
        theory_hours: "每个理论课学分的学时",
        practice_hours: "每个实践课学分的学时",
        hours_hint: "例如 18 和 36。",
        literacy: "要求的思想政治或素养课程学分",
        literacy_hint: "一般不少于 3 学分。",
    },
    answers: AnswersText {
        title: "核对您的回答",
        intro: "可以修改任何一项回答，结果会随之更新。",
        change: "修改",
        not_answered: "未回答",
        today: "今天",
        see_result: "查看结果",
        none: "无",
        courses_count: |n| format!("{n} 门课程"),
    },
    result: ResultText {
        title: "自查结果",
        verdict_heading: "结论",
        decides: |p| format!("本结果为依据《办法》（{}，自 {} 起施行）所作的自我评估，最终由学校相关委员会决定。", p.number, date_zh(p.in_force)),
        input_errors: |n| format!("有 {n} 项回答需要更正；更正之前，按未填写处理。"),
        groups: [
            "不符合的条件",
            "需委员会研究的条件",
            "尚缺的信息",
            "符合的条件",
            "不适用于您的条件",
        ],
        rule: "条款",
        show_text: |id| format!("{id} 原文"),
        ruling: "本工具的理解",
        measures_note: "《办法》以英文文本为准，以下为英文原文。",
        unknown_unit: "暂无此条款原文。",
        performance_heading: "您的平均成绩在接收学校的换算",
        performance: |grade, low, high, level| {
            if low == high {
                format!("{grade} 相当于 {low} 分：{level}。")
            } else {
                format!("{grade} 相当于 {low}–{high} 分：{level}。")
            }
        },
        performance_unconverted: "确定转学途径后才能换算您的平均成绩。",
        no_performance: "您尚未填写平均成绩。",
        credits_heading: "学分",
        glance: |counted, left, total| format!("所需 {total} 学分中，可计入 {counted} 学分；尚需修读 {left} 学分。"),
        chart_label: |recognized, literacy, shortfall, total| {
            format!("共 {total} 学分：认定 {recognized}，素养替代 {literacy}，尚需修读 {shortfall}")
        },
        credit_parts: ["认定学分", "素养课程替代", "尚需修读", "待审核"],
        credits_required: |total| format!("该专业毕业需 {total} 学分。"),
        credits_no_total: "填写拟转入专业的总学分后，即可看到还需修读多少学分。",
        internship_capped: |c, pct| format!("超过 {pct}% 上限、不予计入的实习学分：{c}（A7.1.3.b，R9）。"),
        literacy_remaining: |c| format!("尚需在接收学校修读的素养课程学分：{c}（A12.2.3）。"),
        courses_heading: "课程",
        changes_heading: "怎样才能改变结果",
        changes_none: "您填写的数字都没有妨碍任何条件。",
        next_heading: "下一步",
        next: NextText {
            fix_errors: "请更正标为错误的回答。",
            give_missing: "请补充缺少的信息：上文每一项都说明了需要什么。",
            not_eligible: "至少有一项条件不符合。请阅读每项原因：如有填写错误请修改；否则无法依据本《办法》转学。",
            review: "部分条件需由委员会研究决定。请准备相应的证明材料。",
            eligible: "请准备申请材料，并按时提交。",
            materials: "申请材料（A9）：申请表、原学校学籍证明、加盖公章的成绩单、所修课程的教学大纲及与拟转入专业培养方案的对照表。",
            cscse: "请由《办法》所列机构之一（例如中国留学服务中心 CSCSE）对您的学历学位报告进行认证（A4.4.2.a）。",
            courses_review: "待审核的课程须经学院认定后才计入学分。",
            appeal: "如对学校的认定结果有异议，可在收到结果后 3 个工作日内提出书面申诉（A14.1）。",
        },
        actions_heading: "保存或分享本结果",
        print: "打印或另存为 PDF",
        export: "下载案例文件",
        share: "生成分享链接",
        share_label: "分享链接",
        share_hint: "回答保存在链接本身 # 号之后：打开链接不会向任何服务器发送内容。",
        share_copied: "已复制到剪贴板。",
        report_heading: "转学资格自查报告",
        report_date: |d| format!("生成日期：{d}"),
        signature: "辅导老师签名",
        signature_date: "日期",
        answers_heading: "您的回答",
    },
    notices: NoticesText {
        storage_unavailable: "本浏览器不允许保存。您的回答仅保留在当前标签页中；如需保留，请下载案例文件。",
        save_migrated: |from| format!("您保存的回答来自较早的版本（保存格式 {from}），已更新为当前格式。"),
        save_set_aside: "您保存的回答无法读取，已另行保留而未删除。现在从空白回答开始。",
        download_set_aside: "下载无法读取的保存内容",
        import_rejected: |file| format!("无法打开 {file}。您的回答没有改变。"),
        imported: |file| format!("已打开 {file}。"),
        example_loaded: |name| format!("已载入示例：{name}。"),
        data_deleted: "您的数据已从本设备删除。",
        share_unreadable: "无法读取分享链接，可能在复制时被截断。",
        share_loaded: "已打开分享的案例。",
    },
};

fn date_en(d: Date) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = MONTHS
        .get(usize::from(d.month()) - 1)
        .copied()
        .unwrap_or_default();
    format!("{} {month} {}", d.day(), d.year())
}

fn date_zh(d: Date) -> String {
    format!("{} 年 {} 月 {} 日", d.year(), d.month(), d.day())
}

/// The string table for `lang`.
pub fn text(lang: Lang) -> &'static Text {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}

/// What a transcript cell should have held, in a language.
fn expected(e: Expected, lang: Lang) -> &'static str {
    use crate::engine::case::GradeSystem as G;
    let (en, zh) = match e {
        Expected::Number => ("a number such as 4 or 3.5", "数字，例如 4 或 3.5"),
        Expected::UnambiguousNumber => (
            "a number without a thousands separator (1,200 could be 1.2 or 1200)",
            "不含千位分隔符的数字（1,200 可能是 1.2 也可能是 1200）",
        ),
        Expected::CreditUnit => ("local or ECTS", "本地学分或 ECTS"),
        Expected::Kind => ("theory, practice or internship", "理论、实践或实习"),
        Expected::Nature => ("compulsory or elective", "必修或选修"),
        Expected::Grade(None) => (
            "a grade: a percentage, excellent/good/medium/pass/fail, or a letter from A to F",
            "成绩：百分制分数、优秀/良好/中等/及格/不及格，或 A 至 F 的字母",
        ),
        Expected::Grade(Some(G::Percentage)) => ("a percentage from 0 to 100", "0 到 100 的百分制分数"),
        Expected::Grade(Some(G::FiveLevel)) => (
            "excellent, good, medium, pass or fail",
            "优秀、良好、中等、及格或不及格",
        ),
        Expected::Grade(Some(G::FourLevel)) => ("a letter A, B, C or D", "字母 A、B、C 或 D"),
        Expected::Grade(Some(G::Gpa4)) => ("a GPA from 0 to 4", "0 到 4 的绩点"),
        Expected::Grade(Some(G::Ects)) => ("an ECTS letter from A to F", "A 至 F 的 ECTS 等级"),
        Expected::GradingSystem => (
            "percentage, five-level, four-level, GPA or ECTS",
            "百分制、五级制、四级制、绩点或 ECTS",
        ),
        Expected::LevelGrade => ("a level such as excellent, pass or B", "等级，例如优秀、及格或 B"),
        Expected::SystemForLowNumber => (
            "a grading system, since a number from 0 to 4 could be a GPA or a percentage (add a System column, or write GPA or % in the grade column's name)",
            "记分制：0 到 4 的数字可能是绩点也可能是百分制分数（请添加“记分制”列，或在成绩列名中注明“绩点”或“%”）",
        ),
        Expected::Date => ("a date such as 2025-01-15", "日期，例如 2025-01-15"),
        Expected::YesNo => ("yes or no", "是或否"),
        Expected::Overlap => ("an overlap such as 0.75 or 75%", "重合率，例如 0.75 或 75%"),
    };
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

/// One transcript cell that could not be read, in a language.
pub fn transcript_problem(p: &TranscriptProblem, lang: Lang) -> String {
    let what = expected(p.expected, lang);
    match lang {
        Lang::En => format!(
            "Line {}, column \"{}\": could not read \"{}\"; expected {what}.",
            p.line, p.header, p.raw
        ),
        Lang::Zh => format!(
            "第 {} 行“{}”列：无法读取“{}”；应为{what}。",
            p.line, p.header, p.raw
        ),
    }
}

/// Why a transcript could not be read at all, in a language.
pub fn transcript_error(e: &TranscriptError, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    match e {
        TranscriptError::Empty if zh => "成绩单是空的。".to_owned(),
        TranscriptError::NoRows if zh => "成绩单只有标题行，没有课程。".to_owned(),
        TranscriptError::TooManyRows { limit } if zh => {
            format!("成绩单超过 {limit} 行课程；每次最多粘贴 {limit} 行。")
        }
        TranscriptError::UnterminatedQuote { line } if zh => {
            format!("从第 {line} 行开始的带引号单元格没有以 \" 结束。")
        }
        TranscriptError::NoHeader {
            found,
            has_title,
            has_grade_or_credits,
        } if zh => {
            let lacks = match (has_title, has_grade_or_credits) {
                (false, false) => "课程名称列，以及成绩或学分列",
                (false, true) => "课程名称列",
                _ => "成绩或学分列",
            };
            let found = if found.is_empty() {
                "无".to_owned()
            } else {
                format!("“{}”", found.join("”、“"))
            };
            format!("第一行应为列名，且包含{lacks}；实际为：{found}。")
        }
        other => other.to_string(),
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
            for field in fields
                .iter()
                .chain(t.covers.iter())
                .chain(t.frame.steps.iter())
            {
                assert!(!field.trim().is_empty(), "{lang:?} has an empty string");
            }
        }
    }

    #[test]
    fn tables_differ_where_the_language_shows() {
        assert_ne!(text(Lang::En).product, text(Lang::Zh).product);
        assert_ne!(text(Lang::En).privacy, text(Lang::Zh).privacy);
        assert_ne!(text(Lang::En).about.routes, text(Lang::Zh).about.routes);
        assert_ne!(
            (text(Lang::En).frame.step_of)(2, 7),
            (text(Lang::Zh).frame.step_of)(2, 7)
        );
    }
}
