//! The interface in English.

use super::table::*;
use crate::app::route::Page;
use crate::engine::case::date::Date;
use crate::engine::case::shape::{Found, ValueKind};
use crate::engine::case::Field;
use crate::engine::case::{
    CourseKind, CreditUnit, EctsRegion, GradeSystem, Level, Nature, Reason, Route, Status,
    TeachingLanguage,
};
use crate::engine::cscse::{CscseStep, Part, RussianDegree, Scan, Studies};
use crate::engine::rules::courses::Standing;
use crate::engine::rules::eligibility::Outcome;
use crate::engine::rules::policy::{Duration, Policy};

pub(super) const EN: Text = Text {
    question,
    hint,
    duration,
    code_word,
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
        "Which of your credits can be recognized",
    ],
    policy_label: "Rules applied:",
    policy_reference: |p| format!("{}, in force from {}", p.number, date_en(p.in_force)),
    frame: FrameText {
        skip_link: "Skip to main content",
        present: "Present",
        end_present: "End presentation",
        nav_label: "Steps of the check",
        steps: |v| match v {
            Page::Start => "Start",
            Page::About => "Route and status",
            Page::Record => "Academic record",
            Page::Courses => "Courses",
            Page::Programme => "Receiving programme",
            Page::Answers => "Check your answers",
            Page::Result => "Result",
            Page::Left => "What is left to take",
            Page::Comparison => "Course comparison table",
            Page::Timeline => "Your timeline",
            Page::Documents => "Documents to hand in",
            Page::Cscse => "CSCSE diploma certification",
        },
        step_of: |n, m| format!("Step {n} of {m}"),
        has_errors: "(has errors)",
        loading: "Loading…",
        page_failed_title: "This page could not be loaded",
        page_failed: "Your answers are safe. Check that this device is online, then try again. If it still fails, reload the page.",
        try_again: "Try again",
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
        not_a_number: |example| format!("Enter a number, for example {example}"),
        apply_before_courses: |n, latest| {
            let courses = if n == 1 { "1 of your courses was".to_owned() } else { format!("{n} of your courses were") };
            format!("{courses} completed after this date, the latest on {latest}: choose a later date, or correct the dates on the courses page")
        },
        not_a_date: "This is not a real date: check the day, month and year",
        ambiguous_comma: "Write the number without a thousands separator: 1200, or 1.2 for a decimal",
        summary_entry: |place, message| format!("{place}: {message}"),
        course_named: |n, title| if title.is_empty() { format!("Course {n}") } else { format!("Course {n} ({title})") },
        sections_incomplete: "Enter all four section scores",
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
        confirm_example_heading: |name| format!("Open the example \u{201c}{name}\u{201d}?"),
        confirm_example_accept: "Replace my answers with the example",
        confirm_start_again_heading: "Start again with no answers?",
        confirm_start_again_accept: "Clear my answers and start again",
        confirm_replace_text: "Your answers on this device will be replaced and cannot be brought back. To keep them, download the case file first (on the result page).",
        confirm_delete_heading: "Delete your data from this device?",
        confirm_delete_text: "Your answers, anything set aside and your language choice will be removed from this browser. This cannot be undone.",
    },
    about: AboutText {
        title: "Your route and status",
        intro: "These answers decide which rules of the Measures apply to you.",
        routes: |v| match v {
            Route::Mainland => "At a university in mainland China",
            Route::Hmt => "At a university in Hong Kong, Macao or Taiwan",
            Route::SinoForeign => "On a Sino-foreign cooperative programme",
            Route::International => "At a university outside China",
        },
        levels: |v| match v {
            Level::Undergraduate => "Undergraduate",
            Level::Master => "Master's",
            Level::Doctoral => "Doctoral",
        },
        reasons: |v| match v {
            Reason::Health => ("Health", |p| format!("You will need a diagnosis certificate from a Grade II Class A or higher hospital, issued within the past {}.", duration(p.diagnosis_certificate_max_age.value))),
            Reason::Family => ("Special family difficulties", |_| "You will need a certificate from the street office or township government where your household is registered.".to_owned()),
            Reason::Academic => ("Academic development", |_| "You will need a recommendation from the head of your major and a statement on how the majors fit.".to_owned()),
            Reason::Revoked => ("My university's degree-awarding authority was revoked", |_| "Only if it was formally revoked.".to_owned()),
        },
        statuses: |v| match v {
            Status::Normal => "Normal",
            Status::Suspended => "Suspended",
            Status::AdmissionRetained => "Admission qualification retained",
            Status::ExpulsionProposed => "Expulsion proposed",
            Status::Expelled => "Expelled",
        },
    },
    record: RecordText {
        title: "Your academic record",
        intro: "Your average at your current university, and the documents that support your application.",
        average_heading: "Your average",
        system: "Grading system of your average",
        systems: |v| match v {
            GradeSystem::Percentage => "Percentage (0 to 100)",
            GradeSystem::FiveLevel => "Five levels (Excellent to Fail)",
            GradeSystem::FourLevel => "Four levels (A to D)",
            GradeSystem::Gpa4 => "GPA on a 4.0 scale",
            GradeSystem::Ects => "ECTS grade (A to F)",
        },
        value_hints: |v| match v {
            GradeSystem::Percentage => "A number from 0 to 100, for example 78.5",
            GradeSystem::FiveLevel => "",
            GradeSystem::FourLevel => "",
            GradeSystem::Gpa4 => "A number from 0 to 4.0, for example 3.2",
            GradeSystem::Ects => "",
        },
        exam_heading: "College entrance examination",
        postgraduate_heading: "Postgraduate requirements",
        paper_n: |n| format!("Paper {n}"),
        add_paper: "Add a paper",
        remove_paper: |n| format!("Remove paper {n}"),
        revoked_heading: "Revocation of your university's authority",
        authentication_heading: "Academic authentication",
        language_heading: "Language",
        teaching_languages: |v| match v {
            TeachingLanguage::English => "English",
            TeachingLanguage::Chinese => "Chinese",
        },
        test_n: |n| format!("Test result {n}"),
        sections: "Section scores",
        sections_hint: "Listening, reading, writing and speaking.",
        section_names: ["Listening", "Reading", "Writing", "Speaking"],
        add_test: "Add a test result",
        remove_test: |n| format!("Remove test result {n}"),
    },
    courses: CoursesText {
        title: "Your courses",
        intro: "Enter each course from your transcript and the course of the receiving programme it matches. Each row shows at once whether it would be recognized.",
        origin_heading: "How your university counts credits",
        origin_hint: "Class hours per credit. Leave them empty if your university has no clear standard: credits then count one for one.",
        ects_regions: |v| match v {
            EctsRegion::Eu => "In the European Union",
            EctsRegion::NonEu => "Outside the European Union",
        },
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
        table_caption: "Courses and how they would be recognized",
        columns: |v| match v {
            CourseColumn::Course => "Course",
            CourseColumn::Credits => "Credits",
            CourseColumn::Grade => "Grade",
            CourseColumn::Match => "Matched with",
            CourseColumn::Status => "Status",
            CourseColumn::Converted => "Converted credits",
            CourseColumn::ReceivingGrade => "Receiving grade",
            CourseColumn::Actions => "Actions",
        },
        no_courses: "No courses yet. Add them one by one or paste your transcript.",
        add_course: "Add a course",
        edit: |n, title| format!("Change course {n}: {title}"),
        duplicate: |n, title| format!("Duplicate course {n}: {title}"),
        remove: |n, title| format!("Remove course {n}: {title}"),
        duplicate_short: "Duplicate",
        remove_short: "Remove",
        not_counted: "none (not recognized)",
        close_course: |n, title| format!("Close course {n}: {title}"),
        close: "Close",
        course_n: |n| format!("Course {n}"),
        course_heading: |n, title| format!("Course {n}: {title}"),
        untitled: "untitled",
        credits: "Credits",
        credits_n: |n| if n == "1" { "1 credit".to_owned() } else { format!("{n} credits") },
        units: |v| match v {
            CreditUnit::Local => "Your university's credits",
            CreditUnit::Ects => "ECTS credits",
        },
        kinds: |v| match v {
            CourseKind::Theory => "Theory",
            CourseKind::Practice => "Practice",
            CourseKind::Internship => "Internship",
        },
        natures: |v| match v {
            Nature::Compulsory => "Compulsory",
            Nature::Elective => "Elective",
        },
        grade_system: "Grading system",
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
        choose_heading: "Find your programme",
        choose_intro: "The university publishes its training programmes. Choose yours, and its figures are filled in from it.",
        search_label: "Search by major, college or major code",
        search_hint: "In English or Chinese, for example \u{201c}computer\u{201d} or \u{201c}计算机\u{201d}.",
        shown: |n| if n == 1 { "1 programme".to_owned() } else { format!("{n} programmes") },
        none_found: "No programme matches. Try another word, or give the figures yourself below.",
        loading: "Loading the university's programmes…",
        programme_name: |major, cohort| format!("{major}, {cohort} cohort"),
        choose: |name| format!("Choose {name}"),
        from: |institution, source, date| format!("From {institution}: {source}, published on {date}."),
        figures_heading: "The programme's figures",
        change_programme: "Choose another programme",
        not_listed: "My programme is not listed",
        typed_note: "Give the figures of your programme's training programme.",
        unknown: |id| format!("The programme your answers name ({id}) is not in this site's list of programmes: your own figures are used, and none of your answers has changed."),
        newer: |date| format!("The university has published its programmes again since you chose yours ({date} is the new list): your programme's figures are taken from the new list. Check them."),
        older: |date| format!("Your answers were made with a newer list of programmes than this site has ({date}): the figures of this site's list are used."),
        left_intro: "The courses of your programme that no recognized course of yours covers, core courses first, with the semester the training programme suggests.",
        left_needs_programme: "Choose your programme from the university's list to see which of its courses are left to take.",
        left_choose: "Choose your programme",
        left_caption: "Courses not covered by a recognized course",
        left_columns: ["Code", "Course", "Credits", "Nature", "Suggested semester"],
        core: "core course",
        exemptions_heading: "Courses you may ask to be exempted from",
        literacy_heading: "Literacy courses the college offers",
    },
    answers: AnswersText {
        title: "Check your answers",
        intro: "Change any answer: the result follows at once.",
        change: "Change",
        not_answered: "Not answered",
        today: "Today",
        see_result: "See the result",
        none: "None",
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
        groups: |v| match v {
            Outcome::Fail => "Conditions not met",
            Outcome::Review => "For the committee to decide",
            Outcome::Missing => "Information still needed",
            Outcome::Pass => "Conditions met",
            Outcome::NotApplicable => "Conditions that do not apply to you",
        },
        rule: "Article",
        show_text: |id| format!("Text of {id}"),
        ruling: "How this tool reads it",
        measures_note: "",
        unknown_unit: "This passage's text is not available.",
        loading_text: "Loading the text…",
        text_unavailable: "The text could not be loaded: this device is offline and has not kept it yet. Open it again when you are online.",
        performance_heading: "Your average in the receiving university's system",
        performance: |grade, low, high, level| {
            if low == high {
                format!("{grade} counts as {low} points: {level}.")
            } else {
                format!("{grade} counts as {low}–{high} points: {level}.")
            }
        },
        performance_as_is: |grade, level| format!("{grade}, on the receiving university's scale as it is: {level}."),
        performance_unconverted: "Your average cannot be converted until your route is known.",
        no_performance: "You have not given an average.",
        credits_heading: "Credits",
        glance: |counted, left, total| format!("{counted} of the {total} credits you need would count, leaving {left} to study."),
        glance_literacy: |counted, left, literacy, total| {
            format!("{counted} of the {total} credits you need would count, leaving {left} to study, including {}.", literacy_credits(literacy))
        },
        glance_beyond: |counted, total| format!("{counted} credits would count, more than the {total} the programme needs: no credits are left to study, and the extra shortens nothing."),
        glance_beyond_literacy: |counted, total, literacy| {
            format!("{counted} credits would count, more than the {total} the programme needs, yet {} must still be studied: other courses cannot stand in for literacy.", literacy_credits(literacy))
        },
        chart_label: |recognized, literacy, shortfall, total| {
            format!("{recognized} recognized, {literacy} literacy substituted and {shortfall} still to study, of {total} credits")
        },
        chart_label_literacy: |recognized, literacy, left, literacy_left, total| {
            format!("{recognized} recognized, {literacy} literacy substituted and {left} still to study, of which {literacy_left} literacy, of {total} credits")
        },
        credit_parts: |v| match v {
            CreditPart::Recognized => "Recognized",
            CreditPart::Literacy => "Literacy substituted",
            CreditPart::LiteracyToTake => "Literacy still to take",
            CreditPart::Shortfall => "Still to study",
            CreditPart::OtherToStudy => "Other credits still to study",
            CreditPart::InReview => "In review",
        },
        credits_required: |total| format!("The programme needs {total} credits."),
        credits_no_total: "Give the programme's total credits to see what is left to study.",
        internship_capped: |c, pct| format!("Internship credits above the {pct}% cap, which do not count: {c} (A7.1.3.b, R9)."),
        literacy_remaining: |c| format!("Literacy credits still to be taken at the receiving university: {c} (A12.2.3)."),
        courses_heading: "Courses",
        changes_heading: "What would change the result",
        changes_none: "No number you entered stands between you and a condition.",
        changes_blockers: |list| format!("Not met, and no figure changes that: {list}. While this stands, nothing below makes you eligible."),
        changes_verdict: "What would change the verdict",
        changes_credits: "What would add credits (the verdict does not depend on these)",
        changes_explanatory: "Your average is below the standard. With special explanatory material, the committee would consider your case instead of ruling it out (A5.6).",
        changes_expired: |list, years| format!("Completed more than {years} years ago, these courses count for nothing unless you have proof of continuous study since (A8.2): {list}."),
        next_heading: "What to do next",
        next: NextText {
            fix_errors: "Correct the answers marked as errors.",
            give_missing: "Give the missing information: each item above says what is needed.",
            not_eligible: "At least one condition is not met. Read each reason: if a fact was entered wrongly, change it; otherwise a transfer under these Measures is not possible.",
            review: "Some conditions are for the committee to decide. Prepare the documents that support them.",
            eligible: "Prepare your application materials and submit them in time.",
            materials: "Materials (A9): the application form, your student status certificate, a sealed transcript, the syllabi of your courses and a comparison with the receiving programme.",
            cscse: "Have your academic degree report authenticated by one of the bodies the Measures list, for example the China Service Center for Scholarly Exchange (CSCSE) (A4.4.2.a).",
            courses_review: "Courses in review count only once the college recognizes them.",
            appeal: |p| format!("If you disagree with the university's result, you may appeal in writing within {} of being told it ({}).", duration(p.objection_window.value), p.objection_window.cite),
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
    plan: PlanText {
        vacations: "The receiving university's winter and summer vacations",
        vacation_n: |n| format!("Vacation {n}"),
        timeline_title: "Your timeline",
        timeline_intro: "When to hand in your materials, and when each office must answer. Working days leave out weekends, statutory holidays and, for regular transfers, the university's vacations.",
        needs_route: "Answer your route, and whether your institution lost its degree-awarding authority, to see your dates.",
        needs_semester_start: "Give the first teaching day of the semester you apply for to see your dates.",
        needs_revocation_date: "Give the date the revocation was announced to see your dates.",
        window_heading: "When to hand in",
        opens_in: |n| if n == 1 { "Opens tomorrow.".to_owned() } else { format!("Opens in {n} days.") },
        closes_in: |n| if n == 1 { "Open: closes tomorrow.".to_owned() } else { format!("Open: closes in {n} days.") },
        closes_today: "Open: closes today.",
        closed: "Closed.",
        steps_heading: "What happens after you hand in",
        chart_label: "Timeline of the steps, from the day you hand in to the last date",
        no_limit: "No time limit: it follows the next president's office meeting.",
        due_on: |day, earliest| if earliest { format!("Due: at the earliest {day}") } else { format!("Due: {day}") },
        chart_step: |name, day, earliest| match (day, earliest) {
            (Some(day), true) => format!("{name} · at the earliest {day}"),
            (Some(day), false) => format!("{name} · {day}"),
            (None, _) => name.to_owned(),
        },
        counted_from: |days, from| format!(" ({days} after {from})"),
        skipped: |parts| format!("Not counted: {}", parts.join("; ")),
        days_span: |first, last| format!("{first} – {last}"),
        skipped_weekends: |n| if n == 1 { "1 weekend day".to_owned() } else { format!("{n} weekend days") },
        skipped_vacation: |n| if n == 1 { "1 vacation day".to_owned() } else { format!("{n} vacation days") },
        skipped_holiday: |name, days| format!("{name} ({days})"),
        adjusted_counted: |days| format!("Counted as working days by the State Council's adjustment: {days}"),
        later_heading: "Later",
        cscse_heading: "CSCSE certification",
        calendar_heading: "Add to your calendar",
        download_calendar: "Download the dates (.ics)",
        copy_dates: "Copy the dates as text",
        copied: "The dates are copied.",
        copy_failed: "This browser did not allow copying: select the dates below and copy them.",
        calendar_file: "transfer-dates.ics",
        vacations_hint: "Regular transfers do not count vacation days as working days. Give your university's winter and summer vacations, first and last day included.",
        add_vacation: "Add a vacation",
        remove_vacation: |n| format!("Remove vacation {n}"),
        guess_vacations: "Fill in a typical winter and summer vacation",
        guess_note: "These vacations are a guess: correct them to your university's calendar.",
        documents_title: "Documents to hand in",
        documents_intro: "What your answers say you must hand in, each with the passage that asks for it. Tick what you have: the ticks are saved with your case.",
        groups: ["For everyone", "For your route and level", "For your reason", "Brought in by your answers"],
        have_it: " – I have it",
        missing: |missing, total| format!("{missing} of {total} still to get."),
        all_ready: "You have everything on the list.",
        print_list: "Print the list",
        only_if: "Only if it applies",
        result_plan_heading: "Plan your application",
        result_plan_text: "See the dates to hand in by and the documents to bring.",
    },
    cscse: CscseText {
        gap: " ",
        title: "Certifying a foreign diploma with CSCSE",
        intro: "International applicants hand in an academic authentication report. The one most applicants can get is the certification of a diploma from outside China by the China Service Center for Scholarly Exchange (CSCSE) of the Ministry of Education. This guide follows its published procedure.",
        not_legalization: "The certificate is not a legalization of your documents: it is CSCSE's own certificate, accepted in China the way a legalized copy is.",
        studies: |v| match v {
            Studies::InProgress => "You are still studying at your original institution, so you have no diploma from it yet, and CSCSE's procedure below is written for a diploma. Before graduation, ask the receiving university's international cooperation office which authenticated report the Measures accept for studies in progress, and what it must cover: that is what you certify, and the steps and scans below are for it.",
            Studies::CompletedWithoutDegree => "Your original institution's authority to award degrees was revoked, so you have no diploma from it, and CSCSE's procedure below is written for a diploma. Ask the receiving university's international cooperation office which authenticated report the Measures accept for studies completed without a degree, and what it must cover: that is what you certify, and the steps and scans below are for it.",
            Studies::NotSaid => "Still studying? Then you have no diploma yet, and this procedure is written for one. Before graduation, ask the receiving university's international cooperation office which authenticated report the Measures accept for studies in progress, and certify that.",
        },
        service_item: "On CSCSE's site the service is called:",
        start_heading: "When to start",
        start_by: |day, closes, processing, mail| if mail == 0 {
            format!("Start by {day}: your materials are due on {closes}, and the certification takes about {processing} days.")
        } else {
            format!("Start by {day}: your materials are due on {closes}, the certification takes about {processing} days, and you allow {mail} days for the archival certificate by mail.")
        },
        days_left: |n| match n {
            0 => "That is today.".to_owned(),
            1 => "That is tomorrow.".to_owned(),
            n => format!("That is {n} days from today."),
        },
        too_late: |day| format!("Too late to be sure: the last day to start was {day}. A certification started today may not be ready by your deadline."),
        too_late_do: [
            "Ask the receiving university's international cooperation office now whether it accepts a report that arrives later, or a proof that the certification is under way.",
            "Ask whether another body that A4.4.2.a accepts can report sooner: a National Academic Recognition Information Centre (NARIC) in the EU, WES or ECE in the United States, an AQF certification body in Australia, WES Canada or ICAS in Canada, or the QAA in the United Kingdom.",
        ],
        start_rule: |days| format!("Start at least {days} days before your deadline, plus the time the archival certificate takes to arrive by mail."),
        start_needs_route: "Your start-by day appears here once your answers say you apply as an international student.",
        start_needs_date: "Give the semester start on your timeline to see the last day to start.",
        to_timeline: "Go to your timeline",
        facts_heading: "Fee and time",
        facts: |fee, days| format!("According to the published procedure, the fee is {fee} yuan, paid by WeChat Pay or Alipay, and the certification takes about {days} days; your personal account shows the expected day of completion."),
        confirm: |as_of| format!("These figures were taken from a published guide to the procedure on {as_of}. Confirm them before you rely on them:"),
        phone: "Phone",
        kazakhstan: "Citizens of Kazakhstan have a simplified procedure; the published guide gives no details, so ask CSCSE.",
        steps_heading: "The ten steps",
        steps_intro: "Tick each step when it is done: the ticks are saved with your case.",
        steps_done: |done, total| if done == total { "All steps are done.".to_owned() } else { format!("{done} of {total} steps done.") },
        step_names: |v, studies| match v {
            CscseStep::ArchivalCertificate => "Ask your university for an archival certificate",
            CscseStep::WarnUniversity => "Tell your university a verification request will come",
            CscseStep::Register => "Register on CSCSE's service site",
            CscseStep::PersonalAccount => "Fill in your personal account",
            CscseStep::ChooseService => "Choose the service",
            CscseStep::DiplomaForm => match studies {
                Studies::NotSaid => "Fill in the application form for the diploma",
                Studies::InProgress | Studies::CompletedWithoutDegree => "Fill in the application form for what you certify",
            },
            CscseStep::OtherEducationForm => "Fill in the form on your other education",
            CscseStep::UploadScans => "Upload the scans",
            CscseStep::Pay => "Pay",
            CscseStep::Outcome => "Wait for the outcome",
        },
        step_needs: |v, guide| match v {
            CscseStep::ArchivalCertificate => match guide.studies {
                Studies::NotSaid => "The university sends it by mail. Check that it matches your diploma exactly: if the university was renamed, a mismatch can send the verification request to the wrong place.",
                Studies::InProgress | Studies::CompletedWithoutDegree => "The university sends it by mail. Ask for one about what you certify, and check that it matches that document exactly: if the university was renamed, a mismatch can send the verification request to the wrong place.",
            },
            CscseStep::WarnUniversity => "Tell the university's office and its general department, so that they do not block mail from China.",
            CscseStep::Register => "An e-mail address and a mobile phone number.",
            CscseStep::PersonalAccount => if guide.shows(Part::PassportSeries) {
                "Your full name in English, citizenship, gender, date of birth, identity document (passport) with its series, if it has one, and its number, mobile phone and e-mail for notices."
            } else {
                "Your full name in English, citizenship, gender, date of birth, identity document (passport) and its number, mobile phone and e-mail for notices."
            },
            CscseStep::ChooseService => "Choose this item, for a degree or diploma obtained outside China:",
            CscseStep::DiplomaForm => match guide.studies {
                Studies::NotSaid => "The details of the diploma you are certifying.",
                Studies::InProgress | Studies::CompletedWithoutDegree => "The details of the document the international cooperation office named.",
            },
            CscseStep::OtherEducationForm => "Usually your secondary school.",
            CscseStep::UploadScans => "The scans listed below, within their limits. Check them on this page first.",
            CscseStep::Pay => "WeChat Pay or Alipay. An e-mail confirms that your application is being processed.",
            CscseStep::Outcome => "A phone call and an e-mail announce comments or completion. Download the comment letter or the certificate from your personal account.",
        },
        done: "Done",
        degrees_heading: "Russian degree levels",
        degrees_intro: "Under the 1995 agreement between Russia and China on mutual recognition (Article 6), each level of a Russian diploma allows the following in China.",
        degree_level: "Level",
        degree_allows: "What it allows",
        degree_names: |v| match v {
            RussianDegree::Bachelor => "Bachelor",
            RussianDegree::GraduateSpecialist => "Graduate specialist (the specialty is named on the diploma)",
            RussianDegree::Specialist => "Specialist (the direction of training is named)",
            RussianDegree::Master => "Master",
        },
        work_only: "Professional activity only.",
        work_and_study: "Work, and postgraduate study.",
        equals_master: "Treated as equal to a master's degree: CSCSE's certificate equates a specialist to a master.",
        degrees_note: "Recognition does not oblige an employer in China to hire you, and an employer may ask for more proof of qualification.",
        scans_heading: "Check your scans, on this device",
        scans_private: "Your files never leave this device: they are read here, in your browser, and nothing is uploaded, stored or sent. Only the first part of each file is read.",
        scans_types: "The published procedure lists no file types. This check passes JPEG and PNG images and, for pages, PDF: the types such upload forms take.",
        scan_names: |v, studies| match v {
            Scan::PassportPhoto => "Passport photo",
            Scan::ConsentForm => "Signed consent to the processing of personal data",
            Scan::Diploma => match studies {
                Studies::NotSaid => "Diploma",
                Studies::InProgress | Studies::CompletedWithoutDegree => "The document you certify",
            },
            Scan::StudyPassport => "First page of the passport you held during your studies",
            Scan::NameChange => "Documents of a change of name, surname or citizenship",
            Scan::CurrentPassport => "First page of your current passport",
        },
        scan_hints: |v, studies| match (v, studies) {
            (Scan::PassportPhoto, _) => "A recent passport-style photo.",
            (Scan::ConsentForm, _) => "Download the template on CSCSE's site, sign it and scan it.",
            (Scan::Diploma, Studies::NotSaid) => "The original diploma; the supplement is optional.",
            (Scan::Diploma, Studies::InProgress | Studies::CompletedWithoutDegree) => "What the international cooperation office named, scanned from the original.",
            (Scan::StudyPassport, Studies::NotSaid) => "If that passport is lost: an archival certificate from your university stating that you graduated there or, while you are still studying, that you study there.",
            (Scan::StudyPassport, Studies::InProgress) => "If that passport is lost: an archival certificate from your university stating that you study there.",
            (Scan::StudyPassport, Studies::CompletedWithoutDegree) => "If that passport is lost: an archival certificate from your university stating that you studied there.",
            (Scan::NameChange, _) => "Only if your name, surname or citizenship changed.",
            (Scan::CurrentPassport, _) => "The page with your photo.",
        },
        scan_limit: |mb| match mb {
            Some(mb) => format!("At most {mb} MB (read as {} bytes).", crate::engine::explain::grouped(u64::from(mb) * 1_000_000)),
            None => "No size limit is published.".to_owned(),
        },
        choose_file: "Choose a file",
        drop_here: "or drop the file here",
        checking: |name| format!("Checking {name}…"),
        verdict_fine: |name| format!("{name}: ready to upload."),
        verdict_warning: |name| format!("{name}: check this before you upload it."),
        verdict_problem: |name| format!("{name}: the upload will refuse it."),
        unreadable: |name| format!("{name} could not be read. Pick it again; if it is on a cloud drive, download it to this device first."),
        one_file: "Drop one file at a time.",
        comments_heading: "If comments come back",
        comments: [
            "Comments must be answered: read the comment letter in your personal account and send what it asks for.",
            "If it asks for the visas you used during your studies, send copies of every page, blank pages too, of each passport valid during your studies: they also show that you were in the country of study.",
            "If a document is missing or does not match, send it again through your personal account, checked on this page first.",
        ],
        guide_heading: "Certifying a foreign diploma",
        open_guide: "Guide to CSCSE diploma certification",
        guide_link_hint: "how to get the report from CSCSE, when to start, and a check of your scans.",
    },
    opened: OpenedText {
        not_json: |line, column, ends_early| {
            let end = if ends_early { ", where it ends as if cut off" } else { "" };
            format!("This is not a case file: its text is not the format Transfer Check saves (it goes wrong at line {line}, character {column}{end}). Open a case file (.json) downloaded from Transfer Check.")
        },
        not_a_case_file: "This is not a Transfer Check case file. Open a case file (.json) downloaded from Transfer Check.",
        no_version: "The file does not say which version of the case file it is, so it cannot be read.",
        other_version: |found, reads| format!("The file is version {found} of the case file; this version of Transfer Check reads version {reads}."),
        unknown_field: |name| format!("the file has \u{201c}{name}\u{201d}, which this version of Transfer Check does not ask"),
        missing_field: |name| format!("the file lacks \u{201c}{name}\u{201d}, which this answer needs"),
        unknown_word: |found, answers| format!("\u{201c}{found}\u{201d} is not one of this question's answers, which are {answers}"),
        either: |answers| match answers {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
        },
        wrong_kind: |expected, found| {
            let expected = match expected {
                ValueKind::Number => "a number",
                ValueKind::Text => "text",
                ValueKind::YesNo => "yes or no (true or false)",
                ValueKind::Object | ValueKind::ListOfObjects => "a group of answers",
                ValueKind::List => "a list",
                ValueKind::NumberOrWord => "a number or a grade word",
            };
            let found = match found {
                Found::Text(t) => format!("the text \u{201c}{t}\u{201d}"),
                Found::Number(n) => format!("the number {n}"),
                Found::Bool(b) => (if *b { "yes (true)" } else { "no (false)" }).to_owned(),
                Found::Object => "a group of answers".to_owned(),
                Found::List => "a list".to_owned(),
                Found::Null => "nothing".to_owned(),
            };
            format!("should be {expected}, but the file has {found}")
        },
        unreadable: "this part of the file cannot be read",
    },
    notices: NoticesText {
        storage_unavailable: "This browser does not allow saving. Your answers are kept in this tab only; download the case file to keep them.",
        save_migrated: |from| format!("Your saved answers were from an earlier version (save format {from}) and have been brought up to date."),
        save_set_aside: "Your saved answers could not be read, so they were set aside instead of deleted. You are starting with empty answers.",
        download_set_aside: "Download the unreadable save",
        import_rejected: |file| format!("{file} could not be opened. Your answers have not been changed."),
        too_many_bytes: |size, max| format!("The file is {} MB; a case file of at most {} MB opens.", megabytes(size), megabytes(max)),
        too_many_courses: |count, max| format!("It lists {count} courses; at most {max} open at a time, as with a paste."),
        save_too_large: |bytes| format!("Your answers ({} MB) are too large to keep in this browser. They stay in this tab only, and the earlier saved answers were removed so that they do not come back. Download the case file to keep them.", megabytes(bytes)),
        imported: |file| format!("Opened {file}."),
        example_loaded: |name| format!("Example loaded: {name}."),
        example_unavailable: |name| format!("The example \"{name}\" could not be loaded: this device is offline and has not kept it yet. Your answers have not been changed."),
        update_ready: "A new version of Transfer Check is ready. Your answers are kept when you switch.",
        update_now: "Switch to the new version",
        data_deleted: "Your data has been deleted from this device.",
        share_unreadable: "The share link could not be read. It may have been cut off when it was copied.",
        share_loaded: "The shared case has been opened.",
    },
};

pub(super) fn date_en(d: Date) -> String {
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

fn duration(d: Duration) -> String {
    let n = d.count();
    let unit = match d {
        Duration::WorkingDays(_) => "working day",
        Duration::CalendarDays(_) => "day",
        Duration::Weeks(_) => "week",
        Duration::Months(_) => "month",
        Duration::Years(_) => "year",
    };
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

fn code_word(code: &str) -> Option<&'static str> {
    if code == crate::engine::case::Field::AssessedOn.path() {
        return Some("the date of application");
    }
    Some(match code {
        "review" => "for the committee",
        "not_recognized" => "not recognized",
        "fail" => "not met",
        "revoked: true" => "an institution whose authority was revoked",
        "revoked" => "the revocation of the institution's authority",
        "consistent: false" => "a report that does not match the student record",
        "explanatory_material" => "special explanatory material",
        "match" => "a matched course of the receiving programme",
        "shortfall" => "the credits left to study",
        "literacy_remaining" => "the literacy credits still to take",
        "literacy_credits_required" => "the literacy credits the programme requires",
        "internship_capped" => "the internship credits over the cap",
        "practice_certificate" => "the internship unit's certificate",
        "continuous_study" => "proof of continuous study",
        "content_ok" => "content that meets its category",
        "assessment_ok" => "a passed assessment",
        "policy/measures-2023-046.md" => "the Measures",
        _ => return None,
    })
}

/// "1 literacy credit", "3 literacy credits".
fn literacy_credits(count: &str) -> String {
    if count == "1" {
        "1 literacy credit".to_owned()
    } else {
        format!("{count} literacy credits")
    }
}

// Long but whole: one arm for every field and no wildcard, so a new field does not compile unworded.
/// The question that asks a field.
fn question(field: Field) -> &'static str {
    match field {
        Field::Route => "Where are you studying now?",
        Field::Level => "At what level are you studying?",
        Field::Revoked => "Has your university's degree-awarding authority been formally revoked?",
        Field::Reason => "Why do you want to transfer?",
        Field::Status => "What is your student status?",
        Field::SemestersCompleted => "How many semesters have you completed?",
        Field::InFinalYear => "Are you in your final year of study?",
        Field::DisciplinaryRecord => "Have you received a disciplinary punishment of a warning or above?",
        Field::Quota => "Does the major you want to join have places left for transfer students?",
        Field::SpecialEnrollment => "Were you admitted through a special type of enrolment?",
        Field::FromLowerLevel => "Would the transfer move you up a level, for example from junior college to undergraduate?",
        Field::AssessedOn => "Date you will apply",
        Field::Performance | Field::PerformanceValue => "Your average",
        Field::ExplanatoryMaterial => "If your average is below the standard, do you have special explanatory material?",
        Field::EntranceScore | Field::EntranceExam => "Your score",
        Field::EntranceCutoff => "Admission score of the major you want to join",
        Field::AdmissionStandard | Field::Postgraduate => "Is the admission standard of your current major at least as high as that of the major you want to join?",
        Field::Papers | Field::Paper => "Have you published academic papers?",
        Field::PaperFirstAuthor => "Are you the first author?",
        Field::PaperWosCore => "Is it included in the Web of Science Core Collection?",
        Field::PaperImpactFactor => "Journal impact factor",
        Field::PaperRelevantField => "Is it in the field of the major you want to join?",
        Field::RevocationDocument | Field::RevokedDetails => "Do you have the official announcement of the revocation?",
        Field::CompletedStudiesCertificate => "Do you have the certificate of completed academic studies?",
        Field::CompletedCredits => "Credits you have completed",
        Field::OriginalTotalCredits => "Credits needed to graduate in your original major",
        Field::ResearchProgressCertificate => "Do you have a certificate of your research progress?",
        Field::AuthenticationBody | Field::Authentication => "Who issued your verification or authentication report?",
        Field::AuthenticationConsistent => "Does the report match your student records at your current university?",
        Field::TeachingLanguage | Field::Language => "In which language is the major you want to join taught?",
        Field::EnglishSpeakingCountry => "Are you from an English-speaking country?",
        Field::ExemptionCertificate => "Do you have an official language exemption certificate?",
        Field::LanguageTests | Field::Test => "Do you have language test results?",
        Field::TestKind => "Test",
        Field::TestOverall => "Overall score",
        Field::TestSections => EN.record.sections,
        Field::TestLevel => "HSK level",
        Field::OriginTheoryHours | Field::OriginCreditHours => "Hours per theory credit",
        Field::OriginPracticeHours => "Hours per practice credit",
        Field::EctsRegion => "If your university uses ECTS credits, where is it?",
        Field::OriginInstitution => "Name of your current university, as your transcript prints it",
        Field::Courses => (EN.frame.steps)(Page::Courses),
        Field::Plan | Field::SemesterStart => "First teaching day of the semester you apply for",
        Field::RevocationAnnouncedOn => "Date the revocation was announced",
        Field::SubmittedOn => "Day you hand in (or will hand in) your materials",
        Field::Vacations | Field::Vacation => EN.plan.vacations,
        Field::VacationFrom => "First day",
        Field::VacationTo => "Last day",
        Field::InformedOn => "Day you were told a result",
        Field::TuitionPerYear => "The receiving university's tuition per year, in yuan",
        Field::ArchivalCertificateDays => "Days the archival certificate takes to arrive by mail",
        Field::DocumentsReady => "Documents you have ready",
        Field::RussianDiploma => "Is your diploma from the Russian Federation, or will it be?",
        Field::CscseDone => EN.cscse.steps_heading,
        Field::Course | Field::CourseTitle => "Course title",
        Field::CourseCode => "Course code",
        Field::CourseCredits => EN.courses.credits,
        Field::CourseCreditUnit => "Credits are counted in",
        Field::CourseKind => "Type of course",
        Field::CourseNature => "Compulsory or elective?",
        Field::CourseGrade | Field::CourseGradeValue => "Grade",
        Field::CourseHours => "Class hours",
        Field::CourseWeeklyHours => "Hours per week",
        Field::CourseWeeks => "Weeks",
        Field::CourseCompletedOn => "Completed on",
        Field::CourseRetake => "Was it passed after a make-up exam or a retake?",
        Field::CourseOfficialTranscript => "Is it on a sealed official transcript with its name and credits?",
        Field::CourseTranslated => "Is the transcript in Chinese or English, or officially translated?",
        Field::CourseRegularInstitution => "Was it taken at a regular institution of higher education?",
        Field::CourseContinuousStudy => "Do you have proof of continuous study since?",
        Field::CourseFailedBeforeRevocation => "Was it marked as failed before the revocation?",
        Field::CoursePracticeCertificate => "Do you have the internship unit's certificate and the achievement report?",
        Field::CourseLiteracy => "This is a literacy course",
        Field::CourseLiteracyCategory => "Literacy category",
        Field::CourseLiteracyContent => "Does its content meet the category's requirement?",
        Field::CourseLiteracyAssessment => "Did you pass its assessment (with the course paper or practical part)?",
        Field::CourseMatch => "It matches a course of the receiving programme",
        Field::CourseMatchTitle => "Receiving course",
        Field::CourseMatchCode => "Receiving course's code",
        Field::CourseMatchCredits => "Its credits",
        Field::CourseMatchHours => "Its class hours",
        Field::CourseMatchNature => "Is the receiving course compulsory or elective?",
        Field::CourseMatchOverlap => "Knowledge-point overlap",
        Field::CourseMatchCovered => "Knowledge points it covered",
        Field::ProgramCatalog | Field::CatalogProgramme => "Programme you want to join",
        Field::CatalogPublishedOn => "Date its catalogue was published",
        Field::ProgramTotalCredits => "Total credits needed to graduate",
        Field::ProgramTheoryHours | Field::ProgramCreditHours => "Hours per theory credit",
        Field::ProgramPracticeHours => "Hours per practice credit",
        Field::LiteracyRequired => "Ideological, political or literacy credits required",
        Field::Format | Field::Version => "The case file",
    }
}

/// The hint under a question, if it has one; figures of the Measures come from `policy`.
fn hint(field: Field, policy: &Policy) -> Option<String> {
    let fixed = match field {
        Field::Revoked => "Revoked by the provincial or a higher education department.",
        Field::SemestersCompleted => "Do not count semesters of suspension or retained status.",
        Field::InFinalYear => "For postgraduates, the final academic year.",
        Field::SpecialEnrollment => "Targeted employment, an ethnic-minority preparatory course, or a national or local special programme.",
        Field::AssessedOn => return Some({ let years = policy.grade_validity_years.value; format!("Grades more than {years} years old on this date are not recognized. Leave it empty to use today's date.") }),
        Field::ExplanatoryMaterial => "With it, the committee considers your case (A5.6); without it, a low average rules the transfer out.",
        Field::EntranceCutoff => "For your source area in the year you were admitted.",
        Field::Papers => "Papers can qualify you instead of your GPA.",
        Field::RevocationDocument => "Issued by the provincial or a higher education department.",
        Field::ResearchProgressCertificate => "For example a master's thesis proposal or a doctoral mid-term assessment result.",
        Field::AuthenticationBody => "Only the bodies that the Measures accept for your route are listed.",
        Field::ExemptionCertificate => "Issued by your university, stating that you were taught in English.",
        Field::TestSections => EN.record.sections_hint,
        Field::EctsRegion => return Some({ let pct = policy.internship_percent(); format!("Outside the EU, internship credits may be at most {pct}% of all recognized credits.") }),
        Field::CourseHours => "If there is no class-hour figure, give hours per week and weeks instead.",
        Field::OriginInstitution => "Optional. With it, decisions published for students of your university are suggested first.",
        Field::CourseCode => "Optional, as your transcript prints it, such as COMP1021.",
        Field::CourseRegularInstitution => "Not a training school or a language school.",
        Field::CourseContinuousStudy => return Some({ let years = policy.grade_validity_years.value; format!("Needed for grades more than {years} years old, for example grades of later related courses.") }),
        Field::CourseLiteracy => "Global citizenship, ethics, intercultural communication or sustainable development: it may replace ideological and political credits.",
        Field::CourseMatch => "The course it would be recognized as, from the receiving programme's training plan.",
        Field::CourseMatchOverlap => "A decimal from 0 to 1: 0.75 means 75%.",
        Field::ProgramTotalCredits => "For example 160.",
        Field::ProgramTheoryHours => "For example 18 and 36.",
        Field::LiteracyRequired => return Some({ let p = policy; format!("Generally at least {}.", p.literacy_programme_credits.value) }),
        Field::ArchivalCertificateDays => "Days for your university's archival certificate to reach you by mail (step 1). The start-by day moves back by as many days.",
        _ => return None,
    };
    Some(fixed.to_owned())
}

/// The course matching part of a course's editor; a table of its own, read only by the pages' module.
pub(super) const MATCHING_EN: MatchingText = MatchingText {
    heading: |programme| format!("Its course in {programme}"),
    intro: "Choose the course of the receiving programme it would be recognized as. Suggestions come first; they help you look and decide nothing.",
    legend: "Which course of the programme does it match?",
    suggested: |why| format!("Suggested: {why}"),
    same_code: "Same course code",
    similar_title: "Similar title",
    decided: |recognized, date| if recognized {
        format!("Recognized on {date} for a student from your university")
    } else {
        format!("Not recognized on {date} for a student from your university")
    },
    no_match: "No matching course",
    no_match_hint: "A course without a matching course is not recognized (A6.2.1).",
    search_label: "Find another course of the programme",
    search_hint: "By code or title, in English or Chinese.",
    found: |n| if n == 1 { "1 course found".to_owned() } else { format!("{n} courses found") },
    none_found: "No course of the programme has that code or title.",
    more: |n| format!("{n} more: type more of a code or title to narrow the list."),
    hours_n: |h| format!("{h} hours"),
    core: "core course",
    points_legend: |title| format!("Did your course teach this? The knowledge points of {title}"),
    points_hint: "Tick each point your course taught. The college counts the overlap on them (A18).",
    weight: |w| format!(" (weight {w})"),
    no_points: "The college lists no knowledge points for this course: give the overlap you estimate.",
    standing: |s| match s {
        Standing::Met => "Met",
        Standing::Vote => "Committee vote",
        Standing::Below => "Below the minimum",
        Standing::Unknown => "Not known yet",
    },
    gauge_label: "Against the minimums",
    typed: |title| format!("You described its matching course yourself ({title}). If the programme lists it, choose it below to use the programme's figures; if not, choose “No matching course”."),
};

/// The course comparison table's page; a table of its own, read only by the pages' module.
pub(super) const COMPARISON_EN: ComparisonText = ComparisonText {
    intro: "Your courses beside the receiving programme's courses they match, to hand in with your application as its course compatibility explanation materials (A9.2.c). Print it on A4, or save it as a PDF.",
    programme: "Receiving programme",
    catalogue: "Training programme",
    prepared_on: "Prepared on",
    courses_caption: "Courses and their receiving courses",
    number: "No.",
    groups: ["Your course", "Receiving course", "Result"],
    columns: ["Code", "Title", "Credits", "Hours", "Nature"],
    overlap: "Overlap",
    outcome: "Outcome",
    counted: "counted on knowledge points",
    estimated: "your estimate",
    overlap_how: |rate, how| format!("{rate} ({how})"),
    no_match: "No matching course",
    literacy_caption: "Literacy courses",
    literacy_intro: "Literacy courses are not matched with a course of the programme: they may replace ideological and political credits (A7.3.1, A12.2.3).",
    literacy_columns: ["Course", "Credits", "Category", "Credits substituted", "Outcome"],
    no_courses: "You have not entered any courses yet.",
    print: "Print or save as PDF",
    signature: "Applicant's signature:",
    date: "Date:",
    open: "Open your course comparison table",
};

/// The share link's QR code; a table of its own, read only by the pages' module.
pub(super) const SHARE_CODE_EN: ShareCodeText = ShareCodeText {
    image: "QR code of the share link",
    caption: |n| {
        format!("Scan it with another device's camera to open this case there. The link is {n} characters long; the code holds it all, and nothing is sent anywhere to draw it.")
    },
    dense: "This code is dense: hold the phone close to the screen. If it does not read it, download the case file instead and open it on the other device.",
    too_large: |n| {
        format!("This case's link is {n} characters long: too long for a QR code. Download the case file instead, and open it on the other device.")
    },
};
