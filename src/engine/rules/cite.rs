//! The passages of the Measures and the rulings the engine applies, as values rather than strings, so
//! that a citation the policy files do not define cannot be written (a test holds the ids to
//! `policy/measures-2023-046.md`, `policy/rulings.md` and `policy/rulings.zh.md`).

use serde::{Serialize, Serializer};
use std::fmt;

macro_rules! ids {
    ($(#[$doc:meta])* $name:ident { $( $variant:ident => $id:literal, )* }) => {
        $(#[$doc])*
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $variant, )*
        }

        impl $name {
            pub const ALL: &'static [$name] = &[ $( $name::$variant, )* ];

            /// The id as the policy files print it.
            pub const fn id(self) -> &'static str {
                match self {
                    $( $name::$variant => $id, )*
                }
            }

            /// The value with this id, if the engine knows it.
            pub fn parse(id: &str) -> Option<$name> {
                $name::ALL.iter().copied().find(|c| c.id() == id)
            }
        }

        // The assessment format writes ids as plain strings; the type is the engine's business only.
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.id())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.id())
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.id() == *other
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.id()
            }
        }
    };
}

ids! {
    /// A unit of the Measures, such as `A4.3.1.b`.
    Cite {
        A4_1 => "A4.1",
        A4_2 => "A4.2",
        A4_3 => "A4.3",
        A4_3_1 => "A4.3.1",
        A4_3_1_a => "A4.3.1.a",
        A4_3_1_b => "A4.3.1.b",
        A4_3_1_c => "A4.3.1.c",
        A4_3_2_a => "A4.3.2.a",
        A4_3_2_b => "A4.3.2.b",
        A4_3_2_c => "A4.3.2.c",
        A4_4 => "A4.4",
        A4_4_1_a => "A4.4.1.a",
        A4_4_1_b => "A4.4.1.b",
        A4_4_1_c => "A4.4.1.c",
        A4_4_2_a => "A4.4.2.a",
        A4_4_2_b => "A4.4.2.b",
        A4_5 => "A4.5",
        A5_1 => "A5.1",
        A5_2 => "A5.2",
        A5_3 => "A5.3",
        A5_6 => "A5.6",
        A5_7 => "A5.7",
        A5_8 => "A5.8",
        A6_1 => "A6.1",
        A6_2_1 => "A6.2.1",
        A6_2_2 => "A6.2.2",
        A6_2_3 => "A6.2.3",
        A6_2_4_a => "A6.2.4.a",
        A6_2_4_b => "A6.2.4.b",
        A7_1_1 => "A7.1.1",
        A7_1_2 => "A7.1.2",
        A7_1_3_a => "A7.1.3.a",
        A7_1_3_b => "A7.1.3.b",
        A7_2 => "A7.2",
        A7_3_1 => "A7.3.1",
        A7_3_2 => "A7.3.2",
        A7_3_3 => "A7.3.3",
        A8_1 => "A8.1",
        A8_2 => "A8.2",
        A8_3 => "A8.3",
        A8_4 => "A8.4",
        A8_5 => "A8.5",
        A8_6 => "A8.6",
        A9_1_1 => "A9.1.1",
        A9_1_2 => "A9.1.2",
        A9_1_3 => "A9.1.3",
        A9_1_4 => "A9.1.4",
        A9_2_1_a => "A9.2.1.a",
        A9_2_1_b => "A9.2.1.b",
        A9_2_1_c => "A9.2.1.c",
        A9_2_2_a => "A9.2.2.a",
        A9_2_2_b => "A9.2.2.b",
        A9_2_2_c => "A9.2.2.c",
        A9_2_3_a => "A9.2.3.a",
        A9_2_3_b => "A9.2.3.b",
        A9_2_4_a => "A9.2.4.a",
        A9_2_4_b => "A9.2.4.b",
        A9_2_4_c => "A9.2.4.c",
        A9_3_1 => "A9.3.1",
        A9_3_2 => "A9.3.2",
        A9_3_3 => "A9.3.3",
        A10_1_1 => "A10.1.1",
        A10_1_2 => "A10.1.2",
        A10_1_3 => "A10.1.3",
        A10_2 => "A10.2",
        A10_2_1 => "A10.2.1",
        A10_2_3 => "A10.2.3",
        A10_3 => "A10.3",
        A10_3_2 => "A10.3.2",
        A10_3_3 => "A10.3.3",
        A10_4 => "A10.4",
        A11_2 => "A11.2",
        A12_1 => "A12.1",
        A12_2_3 => "A12.2.3",
        A13_1 => "A13.1",
        A13_2 => "A13.2",
        A14_1 => "A14.1",
        A14_2 => "A14.2",
        A14_2_1 => "A14.2.1",
        A14_3 => "A14.3",
        A15_2_1 => "A15.2.1",
        A15_3_1 => "A15.3.1",
        A15_3_2 => "A15.3.2",
        A16 => "A16",
        A18 => "A18",
    }
}

ids! {
    /// A ruling of `policy/rulings.md`, such as `R11` or `P4`.
    Ruling {
        R1 => "R1",
        R2 => "R2",
        R3 => "R3",
        R4 => "R4",
        R5 => "R5",
        R6 => "R6",
        R7 => "R7",
        R8 => "R8",
        R9 => "R9",
        R10 => "R10",
        R11 => "R11",
        R12 => "R12",
        R13 => "R13",
        R14 => "R14",
        R15 => "R15",
        // The planning rulings: working days, windows and the documents' dates.
        P1 => "P1",
        P2 => "P2",
        P3 => "P3",
        P4 => "P4",
        P5 => "P5",
        P6 => "P6",
        P7 => "P7",
        P8 => "P8",
        P9 => "P9",
        P10 => "P10",
        P11 => "P11",
        P12 => "P12",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(path: &str) -> String {
        let at = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&at).unwrap_or_else(|e| panic!("{at}: {e}"))
    }

    #[test]
    fn every_cite_is_a_unit_of_the_measures() {
        let measures = read("policy/measures-2023-046.md");
        for c in Cite::ALL {
            assert!(
                measures.contains(&format!("[{}]", c.id())),
                "{c} is not a unit id of the Measures"
            );
        }
    }

    #[test]
    fn every_ruling_is_defined_in_both_languages() {
        for file in ["policy/rulings.md", "policy/rulings.zh.md"] {
            let text = read(file);
            for r in Ruling::ALL {
                // A ruling is defined where a line starts with its id and a full stop; "R1" must not
                // be satisfied by "R11".
                let defined = text
                    .lines()
                    .any(|line| line.starts_with(&format!("{}. ", r.id())));
                assert!(defined, "{r} is not defined in {file}");
            }
        }
    }

    #[test]
    fn ids_round_trip_and_serialize_as_strings() {
        for c in Cite::ALL {
            assert_eq!(Cite::parse(c.id()), Some(*c));
        }
        assert_eq!(Ruling::parse("R16"), None);
        assert_eq!(
            serde_json::to_string(&[Cite::A4_3_1_b]).unwrap(),
            r#"["A4.3.1.b"]"#
        );
        assert_eq!(serde_json::to_string(&Ruling::R14).unwrap(), r#""R14""#);
        assert!(Cite::A7_1_2 == "A7.1.2");
    }
}
