//! Every string the interface shows, one table per language.
//!
//! Components never hold visible text themselves: they ask `text(lang)` and pick a field, so a missing
//! translation is a compile error rather than an English word on a Chinese page.

use crate::lang::Lang;

/// The strings of one language.
#[derive(Debug, PartialEq, Eq)]
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
    /// Who decides: the tool only prepares the student.
    pub self_assessment: &'static str,
    /// Heading of the short list of what the check covers.
    pub covers_heading: &'static str,
    /// What the check covers, in the order the Measures treat them.
    pub covers: [&'static str; 3],
    /// Lead-in to the footer's reference to the Measures.
    pub policy_label: &'static str,
    /// The Measures' number and the date they took effect.
    pub policy_reference: &'static str,
}

const EN: Text = Text {
    language_name: "English",
    product: "Transfer Check",
    language_switch: "Language",
    purpose:
        "Find out, before you apply, whether you can transfer and how your grades and credits \
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
    policy_reference: "[2023] (T) Appraisal No. 046, in force from 27 March 2023",
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
    policy_reference: "[2023] (T) Appraisal No. 046，自 2023 年 3 月 27 日起施行",
};

/// The string table for `lang`.
pub fn text(lang: Lang) -> &'static Text {
    match lang {
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_string() {
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
                t.policy_reference,
            ];
            for field in fields.iter().chain(t.covers.iter()) {
                assert!(!field.trim().is_empty(), "{lang:?} has an empty string");
            }
        }
    }

    #[test]
    fn tables_differ_where_the_language_shows() {
        assert_ne!(text(Lang::En).product, text(Lang::Zh).product);
        assert_ne!(text(Lang::En).privacy, text(Lang::Zh).privacy);
    }
}
