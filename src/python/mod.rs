//! The Python binding: the only code that knows about Python. It converts, releases the GIL
//! around the work, and maps errors; everything else is the core's.

mod analysis;
mod arrow;
mod article;
mod batch;
mod dates;
mod entities;
mod normalize;
mod numbers;
mod quotes;
mod stories;
mod terms;
mod text;

use std::any::Any;
use std::panic::{catch_unwind, AssertUnwindSafe};

use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyValueError};
use pyo3::prelude::*;

use crate::error::Error;

create_exception!(
    khabar._khabar,
    KhabarError,
    PyException,
    "The base of khabar's own errors (bad arguments raise ValueError or TypeError)."
);

impl From<Error> for PyErr {
    fn from(error: Error) -> PyErr {
        match error {
            Error::ThreadPool(_) | Error::Panic(_) => KhabarError::new_err(error.to_string()),
            _ => PyValueError::new_err(error.to_string()),
        }
    }
}

/// Runs core work and turns a panic (always a bug in khabar) into [`Error::Panic`], so that it
/// reaches Python as a KhabarError: pyo3 would raise PanicException, a BaseException that
/// ``except Exception`` does not catch.
fn guarded<T>(work: impl FnOnce() -> T) -> Result<T, Error> {
    catch_unwind(AssertUnwindSafe(work)).map_err(|payload| Error::Panic(panic_message(&*payload)))
}

/// What a panic said, when it said it with a string (as `panic!`, `unwrap` and indexing do).
fn panic_message(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "no message".to_owned())
}

/// Texts longer than this (in UTF-16 units) are read with the GIL released; for shorter ones
/// releasing it costs more than it frees.
const DETACH_ABOVE: usize = 1 << 16;

/// Runs `work` on a text of `units` UTF-16 units, with the GIL released if the text is long; a
/// panic becomes a KhabarError.
fn detached<T: Send>(
    py: Python<'_>,
    units: usize,
    work: impl FnOnce() -> T + Send,
) -> Result<T, Error> {
    if units > DETACH_ABOVE {
        py.detach(|| guarded(work))
    } else {
        guarded(work)
    }
}

#[pymodule(name = "_khabar")]
fn khabar_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("KhabarError", m.py().get_type::<KhabarError>())?;
    m.add("STEPS", crate::normalize::STEPS.to_vec())?;
    m.add("PRESETS", crate::normalize::PRESETS.to_vec())?;
    m.add_class::<normalize::PyNormalizer>()?;
    m.add_class::<normalize::PyNormalized>()?;
    m.add_function(wrap_pyfunction!(normalize::rebuild_normalized, m)?)?;
    m.add_function(wrap_pyfunction!(default_threads, m)?)?;
    m.add_function(wrap_pyfunction!(batch::_panic_for_tests, m)?)?;
    m.add_class::<numbers::PyNumericFact>()?;
    m.add_class::<numbers::PyCountedNoun>()?;
    m.add_function(wrap_pyfunction!(numbers::extract_numbers, m)?)?;
    m.add_function(wrap_pyfunction!(numbers::extract_numbers_batch, m)?)?;
    m.add_function(wrap_pyfunction!(numbers::number_to_words, m)?)?;
    m.add_class::<quotes::PyQuote>()?;
    m.add_class::<quotes::PyQuoteExtractor>()?;
    m.add_function(wrap_pyfunction!(quotes::extract_quotes, m)?)?;
    m.add_function(wrap_pyfunction!(quotes::extract_quotes_batch, m)?)?;
    m.add_function(wrap_pyfunction!(quotes::name_key, m)?)?;
    m.add_class::<entities::PyEntity>()?;
    m.add_function(wrap_pyfunction!(entities::extract_entities, m)?)?;
    m.add_function(wrap_pyfunction!(entities::extract_entities_batch, m)?)?;
    m.add("QUOTE_LEXICONS", crate::quotes::FILES.to_vec())?;
    m.add_function(wrap_pyfunction!(article::article_parts, m)?)?;
    m.add_function(wrap_pyfunction!(article::article_parts_batch, m)?)?;
    m.add_class::<terms::PyTermFinder>()?;
    m.add_class::<stories::PyStoryIndex>()?;
    m.add_function(wrap_pyfunction!(stories::story_terms, m)?)?;
    m.add_function(wrap_pyfunction!(analysis::extract_batch, m)?)?;
    m.add_class::<analysis::PySearchTexts>()?;
    m.add("PROCLITICS", crate::terms::PROCLITICS.to_vec())?;
    Ok(())
}

/// The number of threads batch calls use by default: ``RAYON_NUM_THREADS`` if set, else the
/// number of cores.
///
/// >>> default_threads() >= 1
/// True
#[pyfunction]
fn default_threads() -> usize {
    crate::pool::default_threads()
}
