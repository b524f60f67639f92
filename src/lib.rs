//! khabar: analyse how Arabic-language news covers an event.
//!
//! The modules here are plain Rust and know nothing of Python; the binding lives in
//! [`python`] behind the `python` feature.

pub mod article;
pub mod error;
#[cfg(any(test, feature = "fuzzing"))]
#[doc(hidden)]
pub mod fuzzing;
pub mod lexicon;
pub mod normalize;
pub mod numbers;
pub mod pool;
pub mod quotes;
pub mod stories;
pub mod terms;
pub mod tokens;

#[cfg(feature = "python")]
mod python;

pub use error::{Error, Result};
pub use normalize::{Alignment, Normalized, Normalizer, Options};
