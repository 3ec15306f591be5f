//! The interface in Chinese (简体中文).

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

pub(super) const ZH: Text = Text {
    question,
    hint,
    duration,
    code_word,
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
    // The Measures are published in English only: the number is the English text's, and said to be.
    policy_reference: |p| format!("《办法》（英文文本编号 {}），自 {}起施行", p.number, date_zh(p.in_force)),
    frame: FrameText {
        skip_link: "跳到主要内容",
        present: "演示模式",
        end_present: "退出演示",
        nav_label: "自查步骤",
        steps: |v| match v {
            Page::Start => "开始",
            Page::About => "转学途径与学籍",
            Page::Record => "学业情况",
            Page::Courses => "课程",
            Page::Programme => "拟转入专业",
            Page::Answers => "核对您的回答",
            Page::Result => "结果",
            Page::Left => "尚需修读的课程",
            Page::Comparison => "课程对照表",
            Page::Timeline => "时间安排",
            Page::Documents => "提交材料清单",
            Page::Cscse => "留学服务中心学历认证",
        },
        step_of: |n, m| format!("第 {n} 步，共 {m} 步"),
        has_errors: "（有错误）",
        loading: "正在载入…",
        page_failed_title: "无法载入此页",
        page_failed: "您的回答不会丢失。请确认本设备已联网，然后重试；如仍失败，请刷新页面。",
        try_again: "重试",
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
        not_a_number: |example| format!("请输入数字，例如 {example}"),
        apply_before_courses: |n, latest| format!("有 {n} 门课程的完成日期晚于此日期（最晚为 {latest}）：请选择更晚的日期，或在课程页更正这些完成日期"),
        not_a_date: "这不是一个真实的日期：请检查年、月、日",
        ambiguous_comma: "请不要使用千位分隔符：写作 1200，若是小数则写作 1.2",
        summary_entry: |place, message| format!("{place}：{message}"),
        course_named: |n, title| if title.is_empty() { format!("第 {n} 门课程") } else { format!("第 {n} 门课程（{title}）") },
        sections_incomplete: "请填写全部四项单项分",
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
        confirm_example_heading: |name| format!("打开示例“{name}”？"),
        confirm_example_accept: "用示例替换我的回答",
        confirm_start_again_heading: "清空回答并重新开始？",
        confirm_start_again_accept: "清空我的回答并重新开始",
        confirm_replace_text: "您在本设备上的回答将被替换，且无法恢复。如需保留，请先在结果页下载案例文件。",
        confirm_delete_heading: "从本设备删除您的数据？",
        confirm_delete_text: "您的回答、已另存的内容以及语言选择将从本浏览器中删除，且无法恢复。",
    },
    about: AboutText {
        title: "转学途径与学籍情况",
        intro: "这些回答决定《办法》中哪些规定适用于您。",
        routes: |v| match v {
            Route::Mainland => "内地高校",
            Route::Hmt => "港澳台地区高校",
            Route::SinoForeign => "中外合作办学项目",
            Route::International => "境外高校",
        },
        levels: |v| match v {
            Level::Undergraduate => "本科生",
            Level::Master => "硕士研究生",
            Level::Doctoral => "博士研究生",
        },
        reasons: |v| match v {
            Reason::Health => ("健康原因", |p| format!("需提供二级甲等及以上医院近 {}内出具的诊断证明。", duration(p.diagnosis_certificate_max_age.value))),
            Reason::Family => ("家庭特殊困难", |_| "需提供户籍所在地街道办或乡镇政府出具的证明。".to_owned()),
            Reason::Academic => ("学业发展需要", |_| "需提供原学校专业负责人推荐信及专业适配说明。".to_owned()),
            Reason::Revoked => ("原学校被撤销学位授予权", |_| "仅限确已被正式撤销的情形。".to_owned()),
        },
        statuses: |v| match v {
            Status::Normal => "正常",
            Status::Suspended => "休学",
            Status::AdmissionRetained => "保留入学资格",
            Status::ExpulsionProposed => "拟开除学籍",
            Status::Expelled => "已开除学籍",
        },
    },
    record: RecordText {
        title: "您的学业情况",
        intro: "您在原学校的平均成绩，以及支持申请的各项材料。",
        average_heading: "平均成绩",
        system: "平均成绩的记分制",
        systems: |v| match v {
            GradeSystem::Percentage => "百分制（0–100）",
            GradeSystem::FiveLevel => "五级制（优秀至不及格）",
            GradeSystem::FourLevel => "四级制（A 至 D）",
            GradeSystem::Gpa4 => "4.0 绩点制",
            GradeSystem::Ects => "ECTS 等级（A 至 F）",
        },
        value_hints: |v| match v {
            GradeSystem::Percentage => "0 到 100 之间的数字，例如 78.5",
            GradeSystem::FiveLevel => "",
            GradeSystem::FourLevel => "",
            GradeSystem::Gpa4 => "0 到 4.0 之间的数字，例如 3.2",
            GradeSystem::Ects => "",
        },
        exam_heading: "高考成绩",
        postgraduate_heading: "研究生条件",
        paper_n: |n| format!("论文 {n}"),
        add_paper: "添加一篇论文",
        remove_paper: |n| format!("删除论文 {n}"),
        revoked_heading: "原学校被撤销学位授予权",
        authentication_heading: "学历认证",
        language_heading: "语言",
        teaching_languages: |v| match v {
            TeachingLanguage::English => "英语",
            TeachingLanguage::Chinese => "中文",
        },
        test_n: |n| format!("考试成绩 {n}"),
        sections: "单项分",
        sections_hint: "听力、阅读、写作、口语。",
        section_names: ["听力", "阅读", "写作", "口语"],
        add_test: "添加一项考试成绩",
        remove_test: |n| format!("删除考试成绩 {n}"),
    },
    courses: CoursesText {
        title: "您的课程",
        intro: "请逐门填写成绩单上的课程，以及它对应的拟转入专业课程。每一行会立即显示能否获得认定。",
        origin_heading: "原学校的学分计算标准",
        origin_hint: "每学分对应的学时。如原学校没有明确标准请留空：学分将按 1:1 计算。",
        ects_regions: |v| match v {
            EctsRegion::Eu => "欧盟成员国",
            EctsRegion::NonEu => "欧盟以外",
        },
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
        columns: |v| match v {
            CourseColumn::Course => "课程",
            CourseColumn::Credits => "学分",
            CourseColumn::Grade => "成绩",
            CourseColumn::Match => "对应课程",
            CourseColumn::Status => "认定情况",
            CourseColumn::Converted => "换算学分",
            CourseColumn::ReceivingGrade => "接收学校成绩",
            CourseColumn::Actions => "操作",
        },
        no_courses: "尚未添加课程。可以逐门添加，也可以粘贴成绩单。",
        add_course: "添加一门课程",
        edit: |n, title| format!("修改第 {n} 门课程：{title}"),
        duplicate: |n, title| format!("复制第 {n} 门课程：{title}"),
        remove: |n, title| format!("删除第 {n} 门课程：{title}"),
        duplicate_short: "复制",
        remove_short: "删除",
        not_counted: "无（不予认定）",
        close_course: |n, title| format!("收起第 {n} 门课程：{title}"),
        close: "收起",
        course_n: |n| format!("第 {n} 门课程"),
        course_heading: |n, title| format!("第 {n} 门课程：{title}"),
        untitled: "未命名",
        credits: "学分",
        credits_n: |n| format!("{n} 学分"),
        units: |v| match v {
            CreditUnit::Local => "原学校学分",
            CreditUnit::Ects => "ECTS 学分",
        },
        kinds: |v| match v {
            CourseKind::Theory => "理论课",
            CourseKind::Practice => "实践课",
            CourseKind::Internship => "实习",
        },
        natures: |v| match v {
            Nature::Compulsory => "必修",
            Nature::Elective => "选修",
        },
        grade_system: "记分制",
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
        choose_heading: "查找您的专业",
        choose_intro: "学校公布了各专业的培养方案。选择您的专业后，相关数字将按培养方案自动填写。",
        search_label: "按专业、学院或专业代码搜索",
        search_hint: "中英文均可，例如“计算机”或“computer”。",
        shown: |n| format!("共 {n} 个专业"),
        none_found: "没有符合的专业。请换个词试试，或在下方自行填写各项数字。",
        loading: "正在载入学校的专业列表…",
        programme_name: |major, cohort| format!("{major}（{cohort} 级）"),
        choose: |name| format!("选择{name}"),
        from: |institution, source, date| format!("来自{institution}：{source}，发布于 {date}。"),
        figures_heading: "该专业的各项数字",
        change_programme: "选择其他专业",
        not_listed: "列表中没有我的专业",
        typed_note: "请按您所选专业的培养方案填写以下数字。",
        unknown: |id| format!("您的回答中的专业（{id}）不在本网站的专业列表中：将使用您自己填写的数字，您的回答均未改变。"),
        newer: |date| format!("您选择专业后，学校重新公布了专业列表（新列表发布于 {date}）：您的专业数字已按新列表计算，请核对。"),
        older: |date| format!("您的回答所依据的专业列表比本网站的更新（本网站列表发布于 {date}）：将使用本网站列表中的数字。"),
        left_intro: "您所选专业中尚未被已认定课程覆盖的课程，核心课程在前，并列出培养方案建议的修读学期。",
        left_needs_programme: "请先从学校的专业列表中选择您的专业，即可看到尚需修读哪些课程。",
        left_choose: "选择您的专业",
        left_caption: "尚未被已认定课程覆盖的课程",
        left_columns: ["课程代码", "课程名称", "学分", "课程性质", "建议修读学期"],
        core: "核心课程",
        exemptions_heading: "可申请免修的课程",
        literacy_heading: "学院开设的素养课程",
    },
    answers: AnswersText {
        title: "核对您的回答",
        intro: "可以修改任何一项回答，结果会随之更新。",
        change: "修改",
        not_answered: "未回答",
        today: "今天",
        see_result: "查看结果",
        none: "无",
    },
    result: ResultText {
        title: "自查结果",
        verdict_heading: "结论",
        decides: |p| format!("本结果为依据《办法》（英文文本编号 {}，自 {}起施行）所作的自我评估，最终由学校相关委员会决定。", p.number, date_zh(p.in_force)),
        input_errors: |n| format!("有 {n} 项回答需要更正；更正之前，按未填写处理。"),
        groups: |v| match v {
            Outcome::Fail => "不符合的条件",
            Outcome::Review => "需委员会研究的条件",
            Outcome::Missing => "尚缺的信息",
            Outcome::Pass => "符合的条件",
            Outcome::NotApplicable => "不适用于您的条件",
        },
        rule: "条款",
        show_text: |id| format!("{id} 原文"),
        ruling: "本工具的理解",
        measures_note: "《办法》以英文文本为准，以下为英文原文。",
        unknown_unit: "暂无此条款原文。",
        loading_text: "正在载入原文…",
        text_unavailable: "无法载入原文：本设备处于离线状态，且尚未保存原文。请在联网时再次打开。",
        performance_heading: "您的平均成绩在接收学校的换算",
        performance: |grade, low, high, level| {
            if low == high {
                format!("{grade} 相当于 {low} 分：{level}。")
            } else {
                format!("{grade} 相当于 {low}–{high} 分：{level}。")
            }
        },
        performance_as_is: |grade, level| format!("{grade}，即按接收学校的百分制计：{level}。"),
        performance_unconverted: "确定转学途径后才能换算您的平均成绩。",
        no_performance: "您尚未填写平均成绩。",
        credits_heading: "学分",
        glance: |counted, left, total| format!("所需 {total} 学分中，可计入 {counted} 学分；尚需修读 {left} 学分。"),
        glance_literacy: |counted, left, literacy, total| format!("所需 {total} 学分中，可计入 {counted} 学分；尚需修读 {left} 学分，其中素养课程 {literacy} 学分。"),
        glance_beyond: |counted, total| format!("可计入 {counted} 学分，超过专业所需的 {total} 学分：无需再修读学分，多出的学分不会进一步缩短学业。"),
        glance_beyond_literacy: |counted, total, literacy| format!("可计入 {counted} 学分，超过专业所需的 {total} 学分，但仍需修读素养课程 {literacy} 学分：其他课程不能代替。"),
        chart_label: |recognized, literacy, shortfall, total| {
            format!("共 {total} 学分：认定 {recognized}，素养替代 {literacy}，尚需修读 {shortfall}")
        },
        chart_label_literacy: |recognized, literacy, left, literacy_left, total| {
            format!("共 {total} 学分：认定 {recognized}，素养替代 {literacy}，尚需修读 {left}（其中素养课程 {literacy_left}）")
        },
        credit_parts: |v| match v {
            CreditPart::Recognized => "认定学分",
            CreditPart::Literacy => "素养课程替代",
            CreditPart::LiteracyToTake => "尚需修读的素养学分",
            CreditPart::Shortfall => "尚需修读",
            CreditPart::OtherToStudy => "尚需修读的其他学分",
            CreditPart::InReview => "待审核",
        },
        credits_required: |total| format!("该专业毕业需 {total} 学分。"),
        credits_no_total: "填写拟转入专业的总学分后，即可看到还需修读多少学分。",
        internship_capped: |c, pct| format!("超过 {pct}% 上限、不予计入的实习学分：{c}（A7.1.3.b，R9）。"),
        literacy_remaining: |c| format!("尚需在接收学校修读的素养课程学分：{c}（A12.2.3）。"),
        courses_heading: "课程",
        changes_heading: "怎样才能改变结果",
        changes_none: "您填写的数字都没有妨碍任何条件。",
        changes_blockers: |list| format!("以下条件未满足，且无法通过任何数字改变：{list}。在此情况下，下列变化都不能使您符合转学条件。"),
        changes_verdict: "可改变结论的变化",
        changes_credits: "可增加学分的变化（结论不取决于此）",
        changes_explanatory: "您的平均成绩低于标准。如提供特殊说明材料，将由委员会研究您的情况，而非直接不予认定（A5.6）。",
        changes_expired: |list, years| format!("以下课程完成已超过 {years} 年，除非能证明此后持续学习，否则不予计入（A8.2）：{list}。"),
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
            appeal: |p| format!("如对学校的认定结果有异议，可在收到结果后 {}内提出书面申诉（{}）。", duration(p.objection_window.value), p.objection_window.cite),
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
    plan: PlanText {
        vacations: "接收学校的寒暑假",
        vacation_n: |n| format!("假期 {n}"),
        timeline_title: "时间安排",
        timeline_intro: "何时提交材料，以及各部门须在何时答复。工作日不含周末、法定节假日；常规转学还不含学校寒暑假。",
        needs_route: "请先回答转学途径以及原校是否被撤销学位授予权，才能计算日期。",
        needs_semester_start: "请填写申请转入学期的第一个教学日，才能计算日期。",
        needs_revocation_date: "请填写撤销学位授予权的公告日期，才能计算日期。",
        window_heading: "提交时间",
        opens_in: |n| format!("{n} 天后开始。"),
        closes_in: |n| format!("进行中：{n} 天后截止。"),
        closes_today: "进行中：今天截止。",
        closed: "已截止。",
        steps_heading: "提交之后的各个环节",
        chart_label: "各环节时间图，从提交之日至最后日期",
        no_limit: "无时限：随下一次校长办公会进行。",
        due_on: |day, earliest| if earliest { format!("届满日：最早 {day}") } else { format!("届满日：{day}") },
        chart_step: |name, day, earliest| match (day, earliest) {
            (Some(day), true) => format!("{name} · 最早 {day}"),
            (Some(day), false) => format!("{name} · {day}"),
            (None, _) => name.to_owned(),
        },
        counted_from: |days, from| format!("（自 {from} 起 {days}）"),
        skipped: |parts| format!("未计入：{}", parts.join("；")),
        days_span: |first, last| format!("{first} 至 {last}"),
        skipped_weekends: |n| format!("周末 {n} 天"),
        skipped_vacation: |n| format!("假期 {n} 天"),
        skipped_holiday: |name, days| format!("{name}（{days}）"),
        adjusted_counted: |days| format!("按国务院调休安排计为工作日：{days}"),
        later_heading: "此后",
        cscse_heading: "留学服务中心学历认证",
        calendar_heading: "添加到日历",
        download_calendar: "下载日期（.ics）",
        copy_dates: "以文本复制日期",
        copied: "日期已复制。",
        copy_failed: "此浏览器不允许复制：请选中下面的日期并复制。",
        calendar_file: "转学日期.ics",
        vacations_hint: "常规转学的工作日不含假期。请填写学校的寒暑假，第一天和最后一天均包括在内。",
        add_vacation: "添加假期",
        remove_vacation: |n| format!("删除假期 {n}"),
        guess_vacations: "填入典型的寒暑假",
        guess_note: "这些假期是估计的：请按学校校历更正。",
        documents_title: "提交材料清单",
        documents_intro: "根据您的回答须提交的材料，每项附所依据的条文。请勾选已备齐的材料：勾选会随您的案例一并保存。",
        groups: ["所有申请人", "按转学途径和层次", "按转学理由", "由您的回答引出"],
        have_it: "（已备齐）",
        missing: |missing, total| format!("共 {total} 项，尚缺 {missing} 项。"),
        all_ready: "清单上的材料已全部备齐。",
        print_list: "打印清单",
        only_if: "仅在适用时",
        result_plan_heading: "规划您的申请",
        result_plan_text: "查看提交截止日期和须准备的材料。",
    },
    cscse: CscseText {
        gap: "",
        title: "通过中国留学服务中心认证境外学历",
        intro: "国际学生须提交学历学位认证报告。多数申请人可获得的是教育部留学服务中心（CSCSE）对境外学历学位的认证。本指南依据其公布的办理流程。",
        not_legalization: "该认证不是对您文件的领事认证（合法化），而是留学服务中心出具的认证书，在中国与经合法化的副本同样被接受。",
        studies: |v| match v {
            Studies::InProgress => "您仍在原学校就读，尚未获得该校的学历证书，而下面的留学服务中心流程是为学历证书编写的。毕业之前，请先询问拟转入学校的国际合作部门：对在读的学业，《办法》接受哪一种经认证的报告，报告须涵盖哪些内容。该部门指明的文件就是您要认证的文件，下面的步骤和扫描件都针对它。",
            Studies::CompletedWithoutDegree => "您原学校的学位授予权已被撤销，您没有该校的学历证书，而下面的留学服务中心流程是为学历证书编写的。请先询问拟转入学校的国际合作部门：对已修完但未获学位的学业，《办法》接受哪一种经认证的报告，报告须涵盖哪些内容。该部门指明的文件就是您要认证的文件，下面的步骤和扫描件都针对它。",
            Studies::NotSaid => "如您仍在就读：您尚无学历证书，而本流程是为学历证书编写的。毕业之前，请先询问拟转入学校的国际合作部门，对在读的学业，《办法》接受哪一种经认证的报告，再认证该部门指明的文件。",
        },
        service_item: "在留学服务中心网站上，该服务名为：",
        start_heading: "何时开始",
        start_by: |day, closes, processing, mail| if mail == 0 {
            format!("请最晚于 {day} 开始：您的材料须于 {closes} 前提交，认证约需 {processing} 天。")
        } else {
            format!("请最晚于 {day} 开始：您的材料须于 {closes} 前提交，认证约需 {processing} 天，另留 {mail} 天邮寄档案证明。")
        },
        days_left: |n| match n {
            0 => "就是今天。".to_owned(),
            1 => "就是明天。".to_owned(),
            n => format!("距今天还有 {n} 天。"),
        },
        too_late: |day| format!("已难以按时完成：最晚开始日期是 {day}。今天开始的认证可能无法在截止日期前完成。"),
        too_late_do: [
            "请立即询问拟转入学校的国际合作部门，是否接受稍后送达的报告，或认证正在办理中的证明。",
            "请询问 A4.4.2.a 认可的其他机构能否更快出具报告：欧盟各国的国家学术认可信息中心（NARIC）、美国的 WES 或 ECE、澳大利亚学历资格框架（AQF）认证机构、加拿大的 WES Canada 或 ICAS，或英国的 QAA。",
        ],
        start_rule: |days| format!("请至少在截止日期前 {days} 天开始，并加上档案证明邮寄所需的时间。"),
        start_needs_route: "当您的回答表明您以国际学生身份申请时，这里会显示最晚开始日期。",
        start_needs_date: "请在时间安排页填写学期开始日期，以查看最晚开始日期。",
        to_timeline: "前往时间安排",
        facts_heading: "费用与时间",
        facts: |fee, days| format!("根据公布的办理流程，费用为 {fee} 元，可用微信支付或支付宝支付，认证约需 {days} 天；个人账户中会显示预计完成日期。"),
        confirm: |as_of| format!("以上数字于 {as_of} 摘自一份公开的办理指南。使用前请核实："),
        phone: "电话",
        kazakhstan: "哈萨克斯坦公民适用简化程序；公开指南未说明细节，请向留学服务中心咨询。",
        steps_heading: "十个步骤",
        steps_intro: "每完成一步就勾选：勾选会随您的案例一起保存。",
        steps_done: |done, total| if done == total { "所有步骤均已完成。".to_owned() } else { format!("已完成 {done} / {total} 步。") },
        step_names: |v, studies| match v {
            CscseStep::ArchivalCertificate => "向原学校申请档案证明",
            CscseStep::WarnUniversity => "告知原学校将有来自中国的核验请求",
            CscseStep::Register => "在留学服务中心服务网站注册",
            CscseStep::PersonalAccount => "填写个人账户信息",
            CscseStep::ChooseService => "选择服务事项",
            CscseStep::DiplomaForm => match studies {
                Studies::NotSaid => "填写学历学位申请表",
                Studies::InProgress | Studies::CompletedWithoutDegree => "填写所认证文件的申请表",
            },
            CscseStep::OtherEducationForm => "填写其他教育经历表",
            CscseStep::UploadScans => "上传扫描件",
            CscseStep::Pay => "缴费",
            CscseStep::Outcome => "等待结果",
        },
        step_needs: |v, guide| match v {
            CscseStep::ArchivalCertificate => match guide.studies {
                Studies::NotSaid => "学校以邮寄方式寄出。请核对其与学历证书完全一致：如学校曾更名，不一致可能导致核验请求发错地方。",
                Studies::InProgress | Studies::CompletedWithoutDegree => "学校以邮寄方式寄出。请申请关于您所认证文件的档案证明，并核对其与该文件完全一致：如学校曾更名，不一致可能导致核验请求发错地方。",
            },
            CscseStep::WarnUniversity => "告知学校办公室和综合部门，以免其屏蔽来自中国的邮件。",
            CscseStep::Register => "一个电子邮箱和一个手机号码。",
            CscseStep::PersonalAccount => if guide.shows(Part::PassportSeries) {
                "英文全名、国籍、性别、出生日期、身份证件（护照）类型、系列号（如有）及号码、用于接收通知的手机和电子邮箱。"
            } else {
                "英文全名、国籍、性别、出生日期、身份证件（护照）类型及号码、用于接收通知的手机和电子邮箱。"
            },
            CscseStep::ChooseService => "选择以下服务事项，即境外获得的学历学位：",
            CscseStep::DiplomaForm => match guide.studies {
                Studies::NotSaid => "所认证学历证书的信息。",
                Studies::InProgress | Studies::CompletedWithoutDegree => "国际合作部门所指明文件的信息。",
            },
            CscseStep::OtherEducationForm => "通常为中学。",
            CscseStep::UploadScans => "下列扫描件，不超过各自的上限。请先在本页检查。",
            CscseStep::Pay => "微信支付或支付宝。随后会收到电子邮件，确认申请正在办理。",
            CscseStep::Outcome => "通过电话和电子邮件通知补充意见或办结。请在个人账户中下载意见函或认证书。",
        },
        done: "已完成",
        degrees_heading: "俄罗斯学位层次",
        degrees_intro: "根据 1995 年《中俄相互承认学历、学位证书的协议》第六条，俄罗斯学历证书的各层次在中国可用于：",
        degree_level: "层次",
        degree_allows: "可用于",
        degree_names: |v| match v {
            RussianDegree::Bachelor => "学士",
            RussianDegree::GraduateSpecialist => "毕业专家（证书上注明专业）",
            RussianDegree::Specialist => "专家（注明培养方向）",
            RussianDegree::Master => "硕士",
        },
        work_only: "仅可从事职业活动。",
        work_and_study: "可就业，可继续攻读研究生。",
        equals_master: "视同硕士学位：留学服务中心的认证书将专家等同于硕士。",
        degrees_note: "学历获得承认并不意味着中国的用人单位必须录用您，用人单位可以要求进一步的资格证明。",
        scans_heading: "在本设备上检查扫描件",
        scans_private: "您的文件不会离开本设备：只在您的浏览器中读取，不会上传、存储或发送。每个文件只读取开头部分。",
        scans_types: "公布的流程未列出文件类型。本检查接受 JPEG 和 PNG 图片，页面类扫描件还接受 PDF：这些是此类上传表单所接受的类型。",
        scan_names: |v, studies| match v {
            Scan::PassportPhoto => "护照照片",
            Scan::ConsentForm => "签字的个人数据处理同意书",
            Scan::Diploma => match studies {
                Studies::NotSaid => "学历证书",
                Studies::InProgress | Studies::CompletedWithoutDegree => "所认证的文件",
            },
            Scan::StudyPassport => "学习期间所持护照的首页",
            Scan::NameChange => "姓名或国籍变更的证明文件",
            Scan::CurrentPassport => "现持护照的首页",
        },
        scan_hints: |v, studies| match (v, studies) {
            (Scan::PassportPhoto, _) => "近期护照规格照片。",
            (Scan::ConsentForm, _) => "在留学服务中心网站下载模板，签字后扫描。",
            (Scan::Diploma, Studies::NotSaid) => "学历证书原件；附件可选。",
            (Scan::Diploma, Studies::InProgress | Studies::CompletedWithoutDegree) => "国际合作部门所指明的文件，用原件扫描。",
            (Scan::StudyPassport, Studies::NotSaid) => "如该护照遗失：原学校出具的证明您在该校毕业的档案证明；如您仍在就读，则为证明您在该校就读的档案证明。",
            (Scan::StudyPassport, Studies::InProgress) => "如该护照遗失：原学校出具的证明您在该校就读的档案证明。",
            (Scan::StudyPassport, Studies::CompletedWithoutDegree) => "如该护照遗失：原学校出具的证明您曾在该校就读的档案证明。",
            (Scan::NameChange, _) => "仅当您的姓名或国籍有变更时。",
            (Scan::CurrentPassport, _) => "带照片的一页。",
        },
        scan_limit: |mb| match mb {
            Some(mb) => format!("不超过 {mb} MB（按 {} 字节计）。", crate::engine::explain::grouped(u64::from(mb) * 1_000_000)),
            None => "未公布大小上限。".to_owned(),
        },
        choose_file: "选择文件",
        drop_here: "或将文件拖放到这里",
        checking: |name| format!("正在检查 {name}…"),
        verdict_fine: |name| format!("{name}：可以上传。"),
        verdict_warning: |name| format!("{name}：上传前请检查以下事项。"),
        verdict_problem: |name| format!("{name}：上传时会被拒绝。"),
        unreadable: |name| format!("无法读取 {name}。请重新选择；如文件在云盘中，请先下载到本设备。"),
        one_file: "请一次拖放一个文件。",
        comments_heading: "如收到补充意见",
        comments: [
            "补充意见必须答复：请在个人账户中阅读意见函，并按要求补交材料。",
            "如要求提供学习期间使用的签证，请提交学习期间有效的每本护照每一页（包括空白页）的复印件：这也能证明您当时身在学习所在国。",
            "如某份文件缺失或不一致，请通过个人账户重新提交，提交前先在本页检查。",
        ],
        guide_heading: "境外学历认证",
        open_guide: "留学服务中心学历认证指南",
        guide_link_hint: "如何从留学服务中心获得报告、何时开始，以及扫描件检查。",
    },
    opened: OpenedText {
        not_json: |line, column, ends_early| {
            let end = if ends_early { "，文件在此处像被截断一样结束" } else { "" };
            format!("这不是案例文件：其内容不是本工具保存的格式（在第 {line} 行第 {column} 个字符处出错{end}）。请打开从本工具下载的案例文件（.json）。")
        },
        not_a_case_file: "这不是本工具的案例文件。请打开从本工具下载的案例文件（.json）。",
        no_version: "文件未注明案例文件的版本，无法读取。",
        other_version: |found, reads| format!("该文件是第 {found} 版案例文件；本版本只能读取第 {reads} 版。"),
        unknown_field: |name| format!("文件中有“{name}”，本版本不询问此项"),
        missing_field: |name| format!("文件缺少“{name}”，此回答需要它"),
        unknown_word: |found, answers| format!("“{found}”不是此问题的选项；选项为{answers}"),
        either: |answers| match answers {
            [] => String::new(),
            [one] => format!("“{one}”"),
            [rest @ .., last] => format!(
                "{}或“{last}”",
                rest.iter().map(|a| format!("“{a}”")).collect::<Vec<_>>().join("、")
            ),
        },
        wrong_kind: |expected, found| {
            let expected = match expected {
                ValueKind::Number => "数字",
                ValueKind::Text => "文本",
                ValueKind::YesNo => "是或否（true 或 false）",
                ValueKind::Object | ValueKind::ListOfObjects => "一组回答",
                ValueKind::List => "列表",
                ValueKind::NumberOrWord => "数字或成绩等级",
            };
            let found = match found {
                Found::Text(t) => format!("文本“{t}”"),
                Found::Number(n) => format!("数字 {n}"),
                Found::Bool(b) => (if *b { "是（true）" } else { "否（false）" }).to_owned(),
                Found::Object => "一组回答".to_owned(),
                Found::List => "列表".to_owned(),
                Found::Null => "空值".to_owned(),
            };
            format!("应为{expected}，文件中为{found}")
        },
        unreadable: "文件的这一部分无法读取",
    },
    notices: NoticesText {
        storage_unavailable: "本浏览器不允许保存。您的回答仅保留在当前标签页中；如需保留，请下载案例文件。",
        save_migrated: |from| format!("您保存的回答来自较早的版本（保存格式 {from}），已更新为当前格式。"),
        save_set_aside: "您保存的回答无法读取，已另行保留而未删除。现在从空白回答开始。",
        download_set_aside: "下载无法读取的保存内容",
        import_rejected: |file| format!("无法打开 {file}。您的回答没有改变。"),
        too_many_bytes: |size, max| format!("该文件为 {} MB；最多可打开 {} MB 的案例文件。", megabytes(size), megabytes(max)),
        too_many_courses: |count, max| format!("文件中有 {count} 门课程；与粘贴相同，每次最多打开 {max} 门。"),
        save_too_large: |bytes| format!("您的回答（{} MB）过大，本浏览器无法保存。它们仅保留在当前标签页中；之前保存的回答已删除，不会再出现。如需保留，请下载案例文件。", megabytes(bytes)),
        imported: |file| format!("已打开 {file}。"),
        example_loaded: |name| format!("已载入示例：{name}。"),
        example_unavailable: |name| format!("无法载入示例“{name}”：本设备处于离线状态，且尚未保存该示例。您的回答未被更改。"),
        update_ready: "转学资格自查有新版本。切换后您的回答仍会保留。",
        update_now: "切换到新版本",
        data_deleted: "您的数据已从本设备删除。",
        share_unreadable: "无法读取分享链接，可能在复制时被截断。",
        share_loaded: "已打开分享的案例。",
    },
};

pub(super) fn date_zh(d: Date) -> String {
    format!("{} 年 {} 月 {} 日", d.year(), d.month(), d.day())
}

fn duration(d: Duration) -> String {
    let n = d.count();
    match d {
        Duration::WorkingDays(_) => format!("{n} 个工作日"),
        Duration::CalendarDays(_) => format!("{n} 天"),
        Duration::Weeks(_) => format!("{n} 周"),
        Duration::Months(_) => format!("{n} 个月"),
        Duration::Years(_) => format!("{n} 年"),
    }
}

fn code_word(code: &str) -> Option<&'static str> {
    if code == crate::engine::case::Field::AssessedOn.path() {
        return Some("申请日期");
    }
    Some(match code {
        "review" => "提交委员会研究",
        "not_recognized" => "不予认定",
        "fail" => "不符合",
        "revoked: true" => "原学校学位授予权已被撤销",
        "revoked" => "原学校学位授予权被撤销",
        "consistent: false" => "认证内容与学籍信息不一致",
        "explanatory_material" => "特殊说明材料",
        "match" => "转入专业的对应课程",
        "shortfall" => "尚需修读的学分",
        "literacy_remaining" => "尚需修读的素养学分",
        "literacy_credits_required" => "专业要求的素养学分",
        "internship_capped" => "超出上限的实习学分",
        "practice_certificate" => "实习单位证明",
        "continuous_study" => "持续学习证明",
        "content_ok" => "内容符合类别要求",
        "assessment_ok" => "考核合格",
        "policy/measures-2023-046.md" => "《办法》",
        _ => return None,
    })
}

// Long but whole: one arm for every field and no wildcard, so a new field does not compile unworded.
/// The question that asks a field.
fn question(field: Field) -> &'static str {
    match field {
        Field::Route => "您目前在哪里就读？",
        Field::Level => "您目前的学历层次是？",
        Field::Revoked => "您的学校是否已被正式撤销学位授予权？",
        Field::Reason => "您申请转学的原因是？",
        Field::Status => "您的学籍状态是？",
        Field::SemestersCompleted => "您已完成几个学期？",
        Field::InFinalYear => "您是否已进入最后一学年？",
        Field::DisciplinaryRecord => "您是否受过警告及以上纪律处分？",
        Field::Quota => "拟转入专业是否还有转学名额？",
        Field::SpecialEnrollment => "您是否通过特殊类型招生入学？",
        Field::FromLowerLevel => "转学是否属于由低学历层次转入高学历层次（例如专科转本科）？",
        Field::AssessedOn => "您提出申请的日期",
        Field::Performance | Field::PerformanceValue => "平均成绩",
        Field::ExplanatoryMaterial => "如果平均成绩未达标准，您是否有特殊说明材料？",
        Field::EntranceScore | Field::EntranceExam => "您的高考成绩",
        Field::EntranceCutoff => "拟转入专业的录取分数",
        Field::AdmissionStandard | Field::Postgraduate => {
            "您原专业的录取标准是否不低于拟转入专业？"
        }
        Field::Papers | Field::Paper => "您是否发表过学术论文？",
        Field::PaperFirstAuthor => "您是否为第一作者？",
        Field::PaperWosCore => "是否被 Web of Science 核心合集收录？",
        Field::PaperImpactFactor => "期刊影响因子",
        Field::PaperRelevantField => "是否属于拟转入专业的相关领域？",
        Field::RevocationDocument | Field::RevokedDetails => "您是否有撤销学位授予权的正式公告？",
        Field::CompletedStudiesCertificate => "您是否有原学校出具的《已完成学业证明》？",
        Field::CompletedCredits => "您已完成的学分",
        Field::OriginalTotalCredits => "原专业毕业所需总学分",
        Field::ResearchProgressCertificate => "您是否有科研进展证明？",
        Field::AuthenticationBody | Field::Authentication => {
            "您的学籍核验或学历认证报告由哪个机构出具？"
        }
        Field::AuthenticationConsistent => "认证报告是否与您在原学校的学籍信息一致？",
        Field::TeachingLanguage | Field::Language => "拟转入专业使用哪种语言授课？",
        Field::EnglishSpeakingCountry => "您是否来自英语国家？",
        Field::ExemptionCertificate => "您是否有正式的语言免试证明？",
        Field::LanguageTests | Field::Test => "您是否有语言考试成绩？",
        Field::TestKind => "考试",
        Field::TestOverall => "总分",
        Field::TestSections => ZH.record.sections,
        Field::TestLevel => "HSK 等级",
        Field::OriginTheoryHours | Field::OriginCreditHours => "每个理论课学分的学时",
        Field::OriginPracticeHours => "每个实践课学分的学时",
        Field::EctsRegion => "如果原学校使用 ECTS 学分，学校位于？",
        Field::OriginInstitution => "原学校名称（与成绩单一致）",
        Field::Courses => (ZH.frame.steps)(Page::Courses),
        Field::Plan | Field::SemesterStart => "申请转入学期的第一个教学日",
        Field::RevocationAnnouncedOn => "撤销学位授予权的公告日期",
        Field::SubmittedOn => "提交（或拟提交）材料的日期",
        Field::Vacations | Field::Vacation => ZH.plan.vacations,
        Field::VacationFrom => "第一天",
        Field::VacationTo => "最后一天",
        Field::InformedOn => "获知结果的日期",
        Field::TuitionPerYear => "接收学校每学年学费（元）",
        Field::ArchivalCertificateDays => "档案证明邮寄到达所需天数",
        Field::DocumentsReady => "已备齐的材料",
        Field::RussianDiploma => "您的学历证书是否由（或将由）俄罗斯联邦颁发？",
        Field::CscseDone => ZH.cscse.steps_heading,
        Field::Course | Field::CourseTitle => "课程名称",
        Field::CourseCode => "课程代码",
        Field::CourseCredits => ZH.courses.credits,
        Field::CourseCreditUnit => "学分计量方式",
        Field::CourseKind => "课程类型",
        Field::CourseNature => "必修还是选修？",
        Field::CourseGrade | Field::CourseGradeValue => "成绩",
        Field::CourseHours => "学时",
        Field::CourseWeeklyHours => "周学时",
        Field::CourseWeeks => "周数",
        Field::CourseCompletedOn => "完成日期",
        Field::CourseRetake => "是否为补考或重修后通过？",
        Field::CourseOfficialTranscript => "是否列于加盖公章的正式成绩单上，并注明课程名称和学分？",
        Field::CourseTranslated => "成绩单是否为中文或英文，或附有正式译文？",
        Field::CourseRegularInstitution => "是否在正规高等学校修读？",
        Field::CourseContinuousStudy => "您是否有持续学习的证明？",
        Field::CourseFailedBeforeRevocation => "撤销学位授予权之前，该课程是否被认定为不及格？",
        Field::CoursePracticeCertificate => "您是否有实习单位证明和成果报告？",
        Field::CourseLiteracy => "这是一门素养课程",
        Field::CourseLiteracyCategory => "素养课程类别",
        Field::CourseLiteracyContent => "课程内容是否符合该类别的要求？",
        Field::CourseLiteracyAssessment => "是否通过了考核（含课程论文或实践环节）？",
        Field::CourseMatch => "它对应拟转入专业的一门课程",
        Field::CourseMatchTitle => "对应课程",
        Field::CourseMatchCode => "对应课程代码",
        Field::CourseMatchCredits => "对应课程学分",
        Field::CourseMatchHours => "对应课程学时",
        Field::CourseMatchNature => "对应课程是必修还是选修？",
        Field::CourseMatchOverlap => "知识点重合率",
        Field::CourseMatchCovered => "所涵盖的知识点",
        Field::ProgramCatalog | Field::CatalogProgramme => "拟转入的培养方案",
        Field::CatalogPublishedOn => "培养方案目录的发布日期",
        Field::ProgramTotalCredits => "毕业所需总学分",
        Field::ProgramTheoryHours | Field::ProgramCreditHours => "每个理论课学分的学时",
        Field::ProgramPracticeHours => "每个实践课学分的学时",
        Field::LiteracyRequired => "要求的思想政治或素养课程学分",
        Field::Format | Field::Version => "案例文件",
    }
}

/// The hint under a question, if it has one; figures of the Measures come from `policy`.
fn hint(field: Field, policy: &Policy) -> Option<String> {
    let fixed = match field {
        Field::Revoked => "由省级及以上教育行政部门撤销。",
        Field::SemestersCompleted => "休学、保留学籍期间不计入。",
        Field::InFinalYear => "研究生指最后一个学年。",
        Field::SpecialEnrollment => "定向就业、少数民族预科、国家专项或地方专项计划等。",
        Field::AssessedOn => {
            return Some({
                let years = policy.grade_validity_years.value;
                format!("在此日期已超过 {years} 年的课程成绩不予认定。留空则按今天计算。")
            })
        }
        Field::ExplanatoryMaterial => {
            "有说明材料的，由委员会研究（A5.6）；没有的，成绩未达标即不予认定。"
        }
        Field::EntranceCutoff => "与您同一生源地、同一年份。",
        Field::Papers => "论文可以代替绩点满足条件。",
        Field::RevocationDocument => "由省级及以上教育行政部门发布。",
        Field::ResearchProgressCertificate => "例如硕士论文开题报告或博士中期考核结果。",
        Field::AuthenticationBody => "仅列出《办法》对您的转学途径认可的机构。",
        Field::ExemptionCertificate => "由原学校出具，注明以英语授课。",
        Field::TestSections => ZH.record.sections_hint,
        Field::EctsRegion => {
            return Some({
                let pct = policy.internship_percent();
                format!("欧盟以外的学校，实习学分不得超过认定学分总数的 {pct}%。")
            })
        }
        Field::CourseHours => "如没有学时数，请填写周学时和周数。",
        Field::OriginInstitution => "选填。填写后，会优先提示曾为您学校学生公布的认定结果。",
        Field::CourseCode => "选填，与成绩单一致，例如 COMP1021。",
        Field::CourseRegularInstitution => "不包括培训学校、语言学校等。",
        Field::CourseContinuousStudy => {
            return Some({
                let years = policy.grade_validity_years.value;
                format!("成绩超过 {years} 年的需要提供，例如后续相关课程的成绩。")
            })
        }
        Field::CourseLiteracy => {
            "全球公民、伦理与社会责任、跨文化交流或可持续发展课程，可替代思想政治课学分。"
        }
        Field::CourseMatch => "即拟转入专业培养方案中可认定为的那门课程。",
        Field::CourseMatchOverlap => "0 到 1 之间的小数：0.75 表示 75%。",
        Field::ProgramTotalCredits => "例如 160。",
        Field::ProgramTheoryHours => "例如 18 和 36。",
        Field::LiteracyRequired => {
            return Some({
                let p = policy;
                format!("一般不少于 {} 学分。", p.literacy_programme_credits.value)
            })
        }
        Field::ArchivalCertificateDays => {
            "原学校档案证明邮寄到您手中所需的天数（第 1 步）。最晚开始日期会相应提前。"
        }
        _ => return None,
    };
    Some(fixed.to_owned())
}

/// The course matching part of a course's editor; a table of its own, read only by the pages' module.
pub(super) const MATCHING_ZH: MatchingText = MatchingText {
    heading: |programme| format!("在{programme}中对应的课程"),
    intro:
        "请选择这门课程可认定为接收专业的哪门课程。建议项排在前面，仅供查找参考，不代表认定结果。",
    legend: "这门课程对应专业的哪门课程？",
    suggested: |why| format!("建议：{why}"),
    same_code: "课程代码相同",
    similar_title: "课程名称相近",
    decided: |recognized, date| {
        if recognized {
            format!("曾于{date}对您学校一名学生的此课程予以认定")
        } else {
            format!("曾于{date}对您学校一名学生的此课程不予认定")
        }
    },
    no_match: "没有对应的课程",
    no_match_hint: "没有对应课程的课程不予认定（A6.2.1）。",
    search_label: "查找专业的其他课程",
    search_hint: "按课程代码或名称查找，中英文均可。",
    found: |n| format!("找到 {n} 门课程"),
    none_found: "专业中没有这个代码或名称的课程。",
    more: |n| format!("另有 {n} 门：请输入更多代码或名称以缩小范围。"),
    hours_n: |h| format!("{h} 学时"),
    core: "专业核心课程",
    points_legend: |title| format!("您的课程讲授过这些内容吗？{title}的知识点"),
    points_hint: "请勾选您的课程讲授过的每个知识点。学院按这些知识点计算重合率（A18）。",
    weight: |w| format!("（权重 {w}）"),
    no_points: "学院未列出这门课程的知识点：请填写您估计的重合率。",
    standing: |s| match s {
        Standing::Met => "已达到",
        Standing::Vote => "学术委员会表决",
        Standing::Below => "低于下限",
        Standing::Unknown => "尚无法判断",
    },
    gauge_label: "对照下限",
    typed: |title| {
        format!("对应课程是您自己填写的（{title}）。如果专业列有这门课程，请在下方选择它，以使用专业公布的数据；如果没有，请选择“没有对应的课程”。")
    },
};

/// The course comparison table's page; a table of its own, read only by the pages' module.
pub(super) const COMPARISON_ZH: ComparisonText = ComparisonText {
    intro: "您的课程与其对应的接收专业课程逐一对照，作为申请材料中的课程相容性说明材料（A9.2.c）提交。可用 A4 纸打印，或另存为 PDF。",
    programme: "接收专业",
    catalogue: "培养方案",
    prepared_on: "填表日期",
    courses_caption: "课程及其对应课程",
    number: "序号",
    groups: ["您的课程", "对应课程", "结果"],
    columns: ["课程代码", "课程名称", "学分", "学时", "课程性质"],
    overlap: "重合率",
    outcome: "结果",
    counted: "按知识点计算",
    estimated: "您的估计",
    overlap_how: |rate, how| format!("{rate}（{how}）"),
    no_match: "没有对应的课程",
    literacy_caption: "素养课程",
    literacy_intro: "素养课程不与专业课程对应：可替代思想政治类学分（A7.3.1、A12.2.3）。",
    literacy_columns: ["课程", "学分", "类别", "替代学分", "结果"],
    no_courses: "您还没有填写课程。",
    print: "打印或另存为 PDF",
    signature: "申请人签名：",
    date: "日期：",
    open: "打开您的课程对照表",
};

/// The share link's QR code; a table of its own, read only by the pages' module.
pub(super) const SHARE_CODE_ZH: ShareCodeText = ShareCodeText {
    image: "分享链接的二维码",
    caption: |n| {
        format!("用另一台设备的相机扫描，即可在那台设备上打开这个案例。链接长 {n} 个字符，二维码包含完整链接；生成二维码不会向任何地方发送内容。")
    },
    dense: "这个二维码较密：请将手机靠近屏幕扫描。如果无法识别，请改为下载案例文件，再在另一台设备上打开。",
    too_large: |n| {
        format!("这个案例的链接长 {n} 个字符，太长，无法生成二维码。请改为下载案例文件，再在另一台设备上打开。")
    },
};
