//! The CSCSE certification of a diploma from outside China: facts of the published procedure, held as
//! dated data rather than rules (`docs/cscse.md`), the procedure's ten steps and the scans it asks
//! for, and the last day to start it so that its report is ready when the submission window closes
//! (P9). `guide` says which of them concern a case.

pub mod guide;
pub mod scan;

use serde::{Deserialize, Serialize};

use crate::engine::case::date::Date;

pub use guide::{Guide, Part, Studies};

/// The published procedure's figures, with the day they were recorded and where to confirm them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Procedure {
    pub fee_yuan: u32,
    /// Calendar days the certification takes, about.
    pub processing_days: u32,
    /// The day these facts were taken from the published guide.
    pub as_of: Date,
    /// The service item's name on CSCSE's site, in Chinese as the site shows it.
    pub service_item: &'static str,
    /// Where a user confirms the figures before relying on them.
    pub site: &'static str,
    pub phone: &'static str,
    /// Upload limits in megabytes, by scan; a scan not listed has no published limit.
    pub upload_limits: &'static [(Scan, u32)],
}

pub static PROCEDURE: Procedure = Procedure {
    fee_yuan: 360,
    processing_days: 30,
    as_of: match Date::new(2026, 12, 1) {
        Some(d) => d,
        None => panic!("bad date"),
    },
    service_item: "国境外学历学位认证",
    site: "https://www.cscse.edu.cn",
    phone: "+86 10 6267 7800",
    upload_limits: &[
        (Scan::PassportPhoto, 1),
        (Scan::ConsentForm, 1),
        (Scan::Diploma, 5),
    ],
};

impl Procedure {
    /// The published limit of a scan, in megabytes.
    pub fn limit_mb(&self, scan: Scan) -> Option<u32> {
        self.upload_limits
            .iter()
            .find(|(s, _)| *s == scan)
            .map(|&(_, mb)| mb)
    }
}

/// A step of the published procedure, in its order; the guide's ticks are saved with the case
/// (`plan.cscse_done`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CscseStep {
    ArchivalCertificate,
    WarnUniversity,
    Register,
    PersonalAccount,
    ChooseService,
    DiplomaForm,
    OtherEducationForm,
    UploadScans,
    Pay,
    Outcome,
}

impl CscseStep {
    pub const ALL: [CscseStep; 10] = [
        CscseStep::ArchivalCertificate,
        CscseStep::WarnUniversity,
        CscseStep::Register,
        CscseStep::PersonalAccount,
        CscseStep::ChooseService,
        CscseStep::DiplomaForm,
        CscseStep::OtherEducationForm,
        CscseStep::UploadScans,
        CscseStep::Pay,
        CscseStep::Outcome,
    ];

    /// The step's number in the published procedure, from 1.
    pub fn number(self) -> usize {
        CscseStep::ALL.iter().position(|&s| s == self).unwrap_or(0) + 1
    }
}

/// A scan the procedure asks to upload (step 8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scan {
    PassportPhoto,
    ConsentForm,
    /// The diploma itself; its supplement is optional.
    Diploma,
    /// The first page of the passport held during the studies.
    StudyPassport,
    /// Documents of a change of name, surname or citizenship.
    NameChange,
    /// The first page of the current passport.
    CurrentPassport,
}

impl Scan {
    pub const ALL: [Scan; 6] = [
        Scan::PassportPhoto,
        Scan::ConsentForm,
        Scan::Diploma,
        Scan::StudyPassport,
        Scan::NameChange,
        Scan::CurrentPassport,
    ];

    /// A photograph of a face rather than a scanned page: it must be an image, not a PDF.
    pub fn is_photo(self) -> bool {
        self == Scan::PassportPhoto
    }
}

/// A level of a Russian higher-education diploma, under the 1995 Russia-China agreement on mutual
/// recognition (art. 6), as the published guide states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RussianDegree {
    Bachelor,
    /// The specialty is named on the diploma.
    GraduateSpecialist,
    /// The direction of training is named.
    Specialist,
    Master,
}

/// What a degree level entitles its holder to in China.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entitles {
    pub work: bool,
    pub postgraduate_study: bool,
    /// CSCSE's certificate treats the diploma as a master's degree.
    pub equal_to_master: bool,
}

impl RussianDegree {
    pub const ALL: [RussianDegree; 4] = [
        RussianDegree::Bachelor,
        RussianDegree::GraduateSpecialist,
        RussianDegree::Specialist,
        RussianDegree::Master,
    ];

    pub fn entitles(self) -> Entitles {
        match self {
            // Professional activity only.
            RussianDegree::Bachelor => Entitles {
                work: true,
                postgraduate_study: false,
                equal_to_master: false,
            },
            RussianDegree::GraduateSpecialist | RussianDegree::Specialist => Entitles {
                work: true,
                postgraduate_study: true,
                equal_to_master: true,
            },
            RussianDegree::Master => Entitles {
                work: true,
                postgraduate_study: true,
                equal_to_master: false,
            },
        }
    }
}

/// When to start the certification for a window that closes on `closes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StartBy {
    pub start_by: Date,
    pub procedure: Procedure,
    /// Calendar days the plan allows for the archival certificate by mail.
    pub archival_certificate_days: u32,
    /// The submission deadline it was counted back from.
    pub closes: Date,
}

impl StartBy {
    /// Whether the start-by day has passed on `today`.
    pub fn too_late(&self, today: Date) -> bool {
        today > self.start_by
    }
}

/// P9: the closing day, less the processing days and the mail's days, in calendar days.
pub fn start_by(closes: Date, archival_certificate_days: Option<u32>) -> StartBy {
    let mail = archival_certificate_days.unwrap_or(0);
    let days = i64::from(PROCEDURE.processing_days) + i64::from(mail);
    StartBy {
        start_by: closes.plus_days(-days),
        procedure: PROCEDURE,
        archival_certificate_days: mail,
        closes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn p9_counts_back_in_calendar_days() {
        let closes = d("2027-01-22");
        assert_eq!(start_by(closes, None).start_by, d("2026-12-23"));
        let with_mail = start_by(closes, Some(21));
        assert_eq!(with_mail.start_by, d("2026-12-02"));
        assert_eq!(with_mail.procedure.fee_yuan, 360);
    }

    #[test]
    fn too_late_only_after_the_start_by_day() {
        let c = start_by(d("2027-01-22"), Some(21));
        assert!(!c.too_late(d("2026-12-01")));
        assert!(!c.too_late(d("2026-12-02")));
        assert!(c.too_late(d("2026-12-03")));
    }

    #[test]
    fn the_published_limits() {
        assert_eq!(PROCEDURE.limit_mb(Scan::PassportPhoto), Some(1));
        assert_eq!(PROCEDURE.limit_mb(Scan::ConsentForm), Some(1));
        assert_eq!(PROCEDURE.limit_mb(Scan::Diploma), Some(5));
        assert_eq!(PROCEDURE.limit_mb(Scan::StudyPassport), None);
    }

    #[test]
    fn steps_are_numbered_as_published() {
        assert_eq!(CscseStep::ArchivalCertificate.number(), 1);
        assert_eq!(CscseStep::ChooseService.number(), 5);
        assert_eq!(CscseStep::Outcome.number(), 10);
    }

    #[test]
    fn a_specialist_is_equal_to_a_master_and_a_bachelor_may_only_work() {
        assert!(RussianDegree::Specialist.entitles().equal_to_master);
        assert!(
            RussianDegree::GraduateSpecialist
                .entitles()
                .postgraduate_study
        );
        let b = RussianDegree::Bachelor.entitles();
        assert!(b.work && !b.postgraduate_study);
    }
}
