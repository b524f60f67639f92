//! The one error type of the core.

/// Everything the core can refuse. Bad user input is an error here, never a panic.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error("unknown preset '{0}'; the presets are {1}")]
    UnknownPreset(String, String),
    #[error("unknown normalization step '{0}'; the steps are {1}")]
    UnknownStep(String, String),
    #[error("step '{step}' takes {expected}, not '{value}'")]
    InvalidStepValue {
        step: &'static str,
        value: String,
        expected: &'static str,
    },
    #[error("span ({start}, {end}) is not within a text of length {len}")]
    SpanOutOfRange {
        start: usize,
        end: usize,
        len: usize,
    },
    #[error("invalid alignment: {0}")]
    InvalidAlignment(&'static str),
    #[error("a text of {0} code points is longer than the 4,294,967,295 khabar can align")]
    TextTooLong(usize),
    #[error("threads must be at least 1, not {0}")]
    InvalidThreads(usize),
    #[error(
        "threads must be at most {max} (four per core on these {cores} cores, never more \
         than 256), not {threads}"
    )]
    TooManyThreads {
        threads: usize,
        max: usize,
        cores: usize,
    },
    #[error("could not start a thread pool: {0}")]
    ThreadPool(String),
    #[error(
        "number_to_words takes a whole number from 0 to 999,999,999,999,999, not {0} \
         (negative numbers and numbers of a thousand trillion or more have no words here)"
    )]
    NumberOutOfRange(String),
    #[error("bad lexicon: {0}")]
    Lexicon(String),
    /// A panic caught at the Python boundary: a bug in khabar, reported instead of crossing it.
    #[error("internal error in khabar (please report it with the input that caused it): {0}")]
    Panic(String),
}

pub type Result<T> = std::result::Result<T, Error>;
