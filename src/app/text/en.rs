//! The interface in English.

use super::table::*;
use crate::engine::date::Date;
use crate::engine::policy::Duration;

pub(super) const EN: Text = Text {
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
        "Which of your credits can be recognised",
    ],
    policy_label: "Rules applied:",
    policy_reference: |p| format!("{}, in force from {}", p.number, date_en(p.in_force)),
    frame: FrameText {
        file: "The case file",
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
        not_a_number: |example| format!("Enter a number, for example {example}"),
        apply_before_courses: |n, latest| {
            let courses = if n == 1 { "1 of your courses was".to_owned() } else { format!("{n} of your courses were") };
            format!("{courses} completed after this date, the latest on {latest}: choose a later date, or correct the dates on the courses page")
        },
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
            ("Health", |p| format!("You will need a diagnosis certificate from a Grade II Class A or higher hospital, issued within the past {}.", duration(p.diagnosis_certificate_max_age.value))),
            ("Special family difficulties", |_| "You will need a certificate from the street office or township government where your household is registered.".to_owned()),
            ("Academic development", |_| "You will need a recommendation from the head of your major and a statement on how the majors fit.".to_owned()),
            ("My university's degree-awarding authority was revoked", |_| "Only if it was formally revoked.".to_owned()),
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
        literacy_hint: |p| format!("Generally at least {}.", p.literacy_programme_credits.value),
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
        glance: |counted, left, total| format!("{counted} of the {total} credits you need would count, leaving {left} to study."),
        glance_literacy: |counted, left, literacy, total| {
            format!("{counted} of the {total} credits you need would count, leaving {left} to study, including {}.", literacy_credits(literacy))
        },
        glance_beyond: |counted, total| format!("{counted} credits would count, more than the {total} the programme needs: no credits are left to study, and the extra shortens nothing."),
        glance_beyond_literacy: |counted, total, literacy| {
            format!("{counted} credits would count, more than the {total} the programme needs, yet {} must still be studied: other courses cannot stand in for literacy.", literacy_credits(literacy))
        },
        chart_label: |recognized, literacy, shortfall, total| {
            format!("{recognized} recognised, {literacy} literacy substituted and {shortfall} still to study, of {total} credits")
        },
        chart_label_literacy: |recognized, literacy, left, literacy_left, total| {
            format!("{recognized} recognised, {literacy} literacy substituted and {left} still to study, of which {literacy_left} literacy, of {total} credits")
        },
        credit_parts: [
            "Recognised",
            "Literacy substituted",
            "Literacy still to take",
            "Still to study",
            "Other credits still to study",
            "In review",
        ],
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
            courses_review: "Courses in review count only once the college recognises them.",
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
        semester_start: "First teaching day of the semester you apply for",
        revocation_announced_on: "Date the revocation was announced",
        submitted_on: "Day you hand in (or will hand in) your materials",
        vacations: "The receiving university's winter and summer vacations",
        vacation_n: |n| format!("Vacation {n}"),
        vacation_from: "First day",
        vacation_to: "Last day",
        informed_on: "Day you were told a result",
        tuition: "The receiving university's tuition per year, in yuan",
        archival_days: "Days the archival certificate takes to arrive by mail",
        documents_ready: "Documents you have ready",
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
    if code == crate::engine::field::Field::AssessedOn.path() {
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
