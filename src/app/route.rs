//! The pages of the check, in the order a student goes through them, and their addresses: each page
//! is a hash route (`#/record`), so Back and Forward move between pages and a page can be bookmarked.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    Start,
    About,
    Record,
    Courses,
    Programme,
    Answers,
    Result,
    /// The chosen programme's courses not covered by a recognized course (A12.1, A16).
    Left,
    /// The course comparison table handed in with the application (A9.2.c).
    Comparison,
    /// The dated plan: the submission window and each office's step (A9.3-A14, A19).
    Timeline,
    /// The documents checklist (A9).
    Documents,
    /// The guide to CSCSE's certification of a foreign diploma, with the check of its scans.
    Cscse,
    /// The cases kept on this device.
    Cases,
    /// Two to four cases of this device side by side.
    Compare,
}

impl Page {
    pub const ALL: [Page; 14] = [
        Page::Start,
        Page::About,
        Page::Record,
        Page::Courses,
        Page::Programme,
        Page::Answers,
        Page::Result,
        Page::Left,
        Page::Comparison,
        Page::Timeline,
        Page::Documents,
        Page::Cscse,
        Page::Cases,
        Page::Compare,
    ];

    /// The pages with questions, numbered "step n of m".
    pub const QUESTIONS: [Page; 4] = [Page::About, Page::Record, Page::Courses, Page::Programme];

    /// The pages of the case: the steps and what follows from them, as the overview lists them. The
    /// cases of the device and cases side by side are about every case, not the one shown.
    pub fn of_the_case(self) -> bool {
        !matches!(self, Page::Cases | Page::Compare)
    }

    pub fn index(self) -> usize {
        Page::ALL.iter().position(|&p| p == self).unwrap_or(0)
    }

    /// The page's address after `#/`; the start page is the bare address.
    pub fn slug(self) -> &'static str {
        match self {
            Page::Start => "",
            Page::About => "about",
            Page::Record => "record",
            Page::Courses => "courses",
            Page::Programme => "programme",
            Page::Answers => "answers",
            Page::Result => "result",
            Page::Left => "left",
            Page::Comparison => "comparison",
            Page::Timeline => "timeline",
            Page::Documents => "documents",
            Page::Cscse => "cscse",
            Page::Cases => "cases",
            Page::Compare => "compare",
        }
    }

    pub fn hash(self) -> String {
        format!("#/{}", self.slug())
    }

    /// The page a location hash names; `None` for anything else (a share link, an old bookmark).
    pub fn from_hash(hash: &str) -> Option<Page> {
        let slug = hash.strip_prefix('#').unwrap_or(hash);
        let slug = slug.strip_prefix('/').unwrap_or(slug);
        Page::ALL.into_iter().find(|p| p.slug() == slug)
    }

    pub fn next(self) -> Page {
        Page::ALL.get(self.index() + 1).copied().unwrap_or(self)
    }

    pub fn previous(self) -> Page {
        self.index().checked_sub(1).map_or(self, |i| Page::ALL[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_round_trip_through_their_hash() {
        for page in Page::ALL {
            assert_eq!(Page::from_hash(&page.hash()), Some(page));
        }
        assert_eq!(Page::from_hash(""), Some(Page::Start));
        assert_eq!(Page::from_hash("#case=abc"), None);
    }

    #[test]
    fn pages_follow_each_other() {
        assert_eq!(Page::Start.previous(), Page::Start);
        assert_eq!(Page::About.next(), Page::Record);
        assert_eq!(Page::Result.next(), Page::Left);
        assert_eq!(Page::Left.next(), Page::Comparison);
        assert_eq!(Page::Comparison.next(), Page::Timeline);
        assert_eq!(Page::Documents.next(), Page::Cscse);
        assert_eq!(Page::Compare.next(), Page::Compare);
    }
}
