//! The CSCSE certification of a diploma from outside China: facts of the published procedure, held as
//! dated data rather than rules (`spec/cscse.md`), and the last day to start it so that its report is
//! ready when the submission window closes (P9).

use super::date::Date;

/// The published procedure's figures, with the day they were recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Procedure {
    pub fee_yuan: u32,
    /// Calendar days the certification takes, about.
    pub processing_days: u32,
    pub as_of: Date,
}

pub static PROCEDURE: Procedure = Procedure {
    fee_yuan: 360,
    processing_days: 30,
    as_of: match Date::new(2026, 12, 1) {
        Some(d) => d,
        None => panic!("bad date"),
    },
};

/// When to start the certification for a window that closes on `closes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cscse {
    pub start_by: Date,
    pub procedure: Procedure,
    /// Calendar days the plan allows for the archival certificate by mail.
    pub archival_certificate_days: u32,
}

/// P9: the closing day, less the processing days and the mail's days, in calendar days.
pub fn start_by(closes: Date, archival_certificate_days: Option<u32>) -> Cscse {
    let mail = archival_certificate_days.unwrap_or(0);
    let days = i64::from(PROCEDURE.processing_days) + i64::from(mail);
    Cscse {
        start_by: closes.plus_days(-days),
        procedure: PROCEDURE,
        archival_certificate_days: mail,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn p9_counts_back_in_calendar_days() {
        let closes = Date::new(2027, 1, 22).unwrap();
        assert_eq!(
            start_by(closes, None).start_by,
            Date::new(2026, 12, 23).unwrap()
        );
        let with_mail = start_by(closes, Some(21));
        assert_eq!(with_mail.start_by, Date::new(2026, 12, 2).unwrap());
        assert_eq!(with_mail.procedure.fee_yuan, 360);
    }
}
