//! Which normalization steps run: one switch per step, and named presets.

use crate::error::{Error, Result};

/// Where the hamza carriers ؤ ئ go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Hamza {
    /// ؤ → و, ئ → ي
    Carrier,
    /// ؤ ئ → ء, so that the spellings مسؤول and مسئول meet.
    Hamza,
}

/// Which way alef maqsura and yeh are unified.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AlefMaqsura {
    /// ى → ي everywhere.
    Ya,
    /// word-final ي → ى (Egyptian spelling writes فى, على as ى).
    AlefMaqsura,
}

/// The value of one step as users spell it: a switch, or a named variant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepValue {
    Switch(bool),
    Variant(String),
}

/// One switch per normalization step. `Options::preset` gives the named starting points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Options {
    pub alef: bool,
    pub hamza: Option<Hamza>,
    pub alef_maqsura: Option<AlefMaqsura>,
    pub teh_marbuta: bool,
    pub diacritics: bool,
    pub tatweel: bool,
    pub digits: bool,
    pub letter_forms: bool,
    pub presentation_forms: bool,
    pub invisibles: bool,
    pub punctuation: bool,
    /// The canonical double quotation mark, or None to leave quotation marks alone.
    pub quotes: Option<char>,
    pub whitespace: bool,
    pub case_fold: bool,
}

/// The steps in the order users see them.
pub const STEPS: [&str; 14] = [
    "alef",
    "hamza",
    "alef_maqsura",
    "teh_marbuta",
    "diacritics",
    "tatweel",
    "digits",
    "letter_forms",
    "presentation_forms",
    "invisibles",
    "punctuation",
    "quotes",
    "whitespace",
    "case_fold",
];

/// The named presets.
pub const PRESETS: [&str; 3] = ["display", "search", "none"];

impl Options {
    /// Every step off.
    pub const NONE: Options = Options {
        alef: false,
        hamza: None,
        alef_maqsura: None,
        teh_marbuta: false,
        diacritics: false,
        tatweel: false,
        digits: false,
        letter_forms: false,
        presentation_forms: false,
        invisibles: false,
        punctuation: false,
        quotes: None,
        whitespace: false,
        case_fold: false,
    };

    /// For display: removes only what cannot be seen or only decorates.
    pub const DISPLAY: Options = Options {
        tatweel: true,
        invisibles: true,
        ..Options::NONE
    };

    /// For search and matching: every step on.
    pub const SEARCH: Options = Options {
        alef: true,
        hamza: Some(Hamza::Hamza),
        alef_maqsura: Some(AlefMaqsura::Ya),
        teh_marbuta: true,
        diacritics: true,
        tatweel: true,
        digits: true,
        letter_forms: true,
        presentation_forms: true,
        invisibles: true,
        punctuation: true,
        quotes: Some('"'),
        whitespace: true,
        case_fold: true,
    };

    pub fn preset(name: &str) -> Result<Options> {
        match name {
            "display" => Ok(Options::DISPLAY),
            "search" => Ok(Options::SEARCH),
            "none" => Ok(Options::NONE),
            _ => Err(Error::UnknownPreset(name.to_owned(), PRESETS.join(", "))),
        }
    }

    /// Sets one step by name, as a user spells it (`hamza = "carrier"`, `diacritics = false`).
    pub fn set(&mut self, step: &str, value: StepValue) -> Result<()> {
        use StepValue::{Switch, Variant};
        let invalid = |step: &'static str, expected: &'static str| Error::InvalidStepValue {
            step,
            value: match &value {
                Switch(on) => on.to_string(),
                Variant(name) => name.clone(),
            },
            expected,
        };
        let switch = |step: &'static str| match value {
            Switch(on) => Ok(on),
            Variant(_) => Err(invalid(step, "True or False")),
        };
        match step {
            "alef" => self.alef = switch("alef")?,
            "teh_marbuta" => self.teh_marbuta = switch("teh_marbuta")?,
            "diacritics" => self.diacritics = switch("diacritics")?,
            "tatweel" => self.tatweel = switch("tatweel")?,
            "digits" => self.digits = switch("digits")?,
            "letter_forms" => self.letter_forms = switch("letter_forms")?,
            "presentation_forms" => self.presentation_forms = switch("presentation_forms")?,
            "invisibles" => self.invisibles = switch("invisibles")?,
            "punctuation" => self.punctuation = switch("punctuation")?,
            "whitespace" => self.whitespace = switch("whitespace")?,
            "case_fold" => self.case_fold = switch("case_fold")?,
            "hamza" => {
                const EXPECTED: &str = "True (= \"hamza\"), False, \"carrier\" or \"hamza\"";
                self.hamza = match &value {
                    Switch(false) => None,
                    Switch(true) => Some(Hamza::Hamza),
                    Variant(v) if v == "hamza" => Some(Hamza::Hamza),
                    Variant(v) if v == "carrier" => Some(Hamza::Carrier),
                    Variant(_) => return Err(invalid("hamza", EXPECTED)),
                }
            }
            "alef_maqsura" => {
                const EXPECTED: &str = "True (= \"ya\"), False, \"ya\" or \"alef_maqsura\"";
                self.alef_maqsura = match &value {
                    Switch(false) => None,
                    Switch(true) => Some(AlefMaqsura::Ya),
                    Variant(v) if v == "ya" => Some(AlefMaqsura::Ya),
                    Variant(v) if v == "alef_maqsura" => Some(AlefMaqsura::AlefMaqsura),
                    Variant(_) => return Err(invalid("alef_maqsura", EXPECTED)),
                }
            }
            "quotes" => {
                const EXPECTED: &str = "True (= '\"'), False, or one character of the BMP";
                self.quotes = match &value {
                    Switch(false) => None,
                    Switch(true) => Some('"'),
                    Variant(v) => {
                        let mut chars = v.chars();
                        match (chars.next(), chars.next()) {
                            (Some(c), None) if (c as u32) <= 0xFFFF => Some(c),
                            _ => return Err(invalid("quotes", EXPECTED)),
                        }
                    }
                }
            }
            _ => return Err(Error::UnknownStep(step.to_owned(), STEPS.join(", "))),
        }
        Ok(())
    }

    /// Every step with its value, in the order of [`STEPS`].
    pub fn steps(&self) -> Vec<(&'static str, StepValue)> {
        use StepValue::{Switch, Variant};
        let variant = |name: &str| Variant(name.to_owned());
        STEPS
            .iter()
            .map(|&step| {
                let value = match step {
                    "alef" => Switch(self.alef),
                    "hamza" => match self.hamza {
                        None => Switch(false),
                        Some(Hamza::Hamza) => variant("hamza"),
                        Some(Hamza::Carrier) => variant("carrier"),
                    },
                    "alef_maqsura" => match self.alef_maqsura {
                        None => Switch(false),
                        Some(AlefMaqsura::Ya) => variant("ya"),
                        Some(AlefMaqsura::AlefMaqsura) => variant("alef_maqsura"),
                    },
                    "teh_marbuta" => Switch(self.teh_marbuta),
                    "diacritics" => Switch(self.diacritics),
                    "tatweel" => Switch(self.tatweel),
                    "digits" => Switch(self.digits),
                    "letter_forms" => Switch(self.letter_forms),
                    "presentation_forms" => Switch(self.presentation_forms),
                    "invisibles" => Switch(self.invisibles),
                    "punctuation" => Switch(self.punctuation),
                    "quotes" => match self.quotes {
                        None => Switch(false),
                        Some(mark) => Variant(mark.to_string()),
                    },
                    "whitespace" => Switch(self.whitespace),
                    _ => Switch(self.case_fold),
                };
                (step, value)
            })
            .collect()
    }

    /// Whether the lexicon rows of `step` (and its `variant`, if any) apply.
    pub(crate) fn applies(&self, step: &str, variant: Option<&str>) -> bool {
        match (step, variant) {
            ("hamza", Some("carrier")) => self.hamza == Some(Hamza::Carrier),
            ("hamza", Some("hamza")) => self.hamza == Some(Hamza::Hamza),
            ("alef_maqsura", Some("ya")) => self.alef_maqsura == Some(AlefMaqsura::Ya),
            ("alef_maqsura", Some("alef_maqsura")) => {
                self.alef_maqsura == Some(AlefMaqsura::AlefMaqsura)
            }
            (_, Some(_)) => false,
            ("alef", None) => self.alef,
            ("teh_marbuta", None) => self.teh_marbuta,
            ("diacritics", None) => self.diacritics,
            ("tatweel", None) => self.tatweel,
            ("digits", None) => self.digits,
            ("letter_forms", None) => self.letter_forms,
            ("presentation_forms", None) => self.presentation_forms,
            ("invisibles", None) => self.invisibles,
            ("punctuation", None) => self.punctuation,
            ("quotes", None) => self.quotes.is_some(),
            ("whitespace", None) => self.whitespace,
            _ => false,
        }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options::SEARCH
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_round_trip_through_set() {
        for preset in PRESETS {
            let options = Options::preset(preset).unwrap();
            let mut rebuilt = Options::NONE;
            for (step, value) in options.steps() {
                rebuilt.set(step, value).unwrap();
            }
            assert_eq!(rebuilt, options, "{preset}");
        }
    }

    #[test]
    fn bad_values_are_refused() {
        let mut options = Options::NONE;
        assert!(options
            .set("hamza", StepValue::Variant("x".into()))
            .is_err());
        assert!(options
            .set("quotes", StepValue::Variant("«»".into()))
            .is_err());
        assert!(options
            .set("alef", StepValue::Variant("yes".into()))
            .is_err());
        assert!(options.set("nonsense", StepValue::Switch(true)).is_err());
        assert!(Options::preset("loud").is_err());
    }
}
