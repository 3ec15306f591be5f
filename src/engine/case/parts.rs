//! The checked parts of a case whose form is not the case file's: a test's scores, whose fields
//! depend on the test, and class hours per credit, the same for the original institution and the
//! receiving programme. They are checked by hand in [`super::validate`].

use super::fixed::Fixed;

/// A language test result, with the scores each test has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LanguageTest {
    Ielts {
        overall: Option<Fixed>,
        sections: Option<[Fixed; 4]>,
    },
    ToeflIbt {
        overall: Option<Fixed>,
        sections: Option<[Fixed; 4]>,
    },
    Pte {
        overall: Option<Fixed>,
    },
    Hsk {
        level: Option<u8>,
    },
}

/// Class hours per credit; validated to be above zero.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct CreditHours {
    pub theory: Option<Fixed>,
    pub practice: Option<Fixed>,
}
