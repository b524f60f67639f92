//! The binding of the term finder: matches as (term, start, end) triples.

use std::sync::Arc;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple};

use super::batch::{lists, pipeline, span_columns, texts_of};
use super::detached;
use super::text::utf16_units;
use crate::terms::{TermMatch, Terms};

/// Finds terms in texts, however they are spelled: each term a name with the wordings that stand
/// for it (a list of words makes each word its own term). Terms and texts are search-normalized,
/// a term matches whole words with a proclitic or none (و ف ب ل ال), and spans are offsets into
/// the original text.
///
/// >>> finder = TermFinder({"truce": ["هدنة", "وقف إطلاق النار"], "call": ["مكالمة"]})
/// >>> finder.find("اتفقا على الهدنة بعد المكالمة، ووقف اطلاق النار")
/// [('truce', 10, 16), ('call', 21, 29), ('truce', 31, 47)]
#[pyclass(module = "khabar._khabar", name = "TermFinder", frozen)]
pub struct PyTermFinder {
    wordings: Vec<(String, Vec<String>)>,
    pub(super) terms: Arc<Terms>,
}

impl PyTermFinder {
    /// Each text's matches as (term, start, end), for [`span_columns`].
    pub(super) fn triples(&self, results: Vec<Vec<TermMatch>>) -> Vec<Vec<(&str, usize, usize)>> {
        let names = self.terms.names();
        results
            .into_iter()
            .map(|found| {
                found
                    .into_iter()
                    .map(|m| (names[m.term].as_str(), m.start, m.end))
                    .collect()
            })
            .collect()
    }
}

#[pymethods]
impl PyTermFinder {
    #[new]
    fn new(terms: &Bound<'_, PyAny>) -> PyResult<Self> {
        let wordings = wordings_of(terms)?;
        let compiled = super::guarded(|| {
            Terms::new(
                wordings
                    .iter()
                    .map(|(name, words)| (name.clone(), words.clone())),
            )
        })??;
        Ok(PyTermFinder {
            wordings,
            terms: Arc::new(compiled),
        })
    }

    /// The terms' names, in order.
    #[getter]
    fn terms(&self) -> Vec<String> {
        self.terms.names().to_vec()
    }

    /// Where the terms stand in ``text``: (term, start, end), in order.
    fn find(&self, text: &Bound<'_, PyAny>) -> PyResult<Vec<(String, usize, usize)>> {
        let units = utf16_units(text, "text")?;
        let units = units.units();
        let found = detached(text.py(), units.len(), || self.terms.find_utf16(&units))??;
        Ok(found.into_iter().map(|m| self.triple(m)).collect())
    }

    /// ``find`` over many texts, on ``threads`` threads with the GIL released; with
    /// ``as_columns=True`` a dict of lists (doc, term, start, end) for ``pandas.DataFrame``.
    #[pyo3(signature = (texts, threads = None, as_columns = false))]
    fn find_batch<'py>(
        &self,
        texts: &Bound<'py, PyAny>,
        threads: Option<usize>,
        as_columns: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = texts.py();
        let texts = texts_of(texts)?;
        let terms = self.terms.clone();
        let results = pipeline(&texts, threads, move |_, units| terms.find_utf16(units))?
            .into_iter()
            .collect::<crate::Result<Vec<_>>>()?;
        if !as_columns {
            return lists(py, results, |m| self.triple(m));
        }
        span_columns(py, "term", self.triples(results))
    }

    fn __getnewargs__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let terms = PyDict::new(py);
        for (name, words) in &self.wordings {
            terms.set_item(name, words)?;
        }
        PyTuple::new(py, [terms])
    }

    fn __repr__(&self) -> String {
        format!("TermFinder({} terms)", self.wordings.len())
    }
}

impl PyTermFinder {
    fn triple(&self, found: TermMatch) -> (String, usize, usize) {
        (
            self.terms.names()[found.term].clone(),
            found.start,
            found.end,
        )
    }
}

/// (name, wordings) pairs from a mapping of names to wordings, or from a list of words.
fn wordings_of(terms: &Bound<'_, PyAny>) -> PyResult<Vec<(String, Vec<String>)>> {
    let refused =
        || PyTypeError::new_err("terms must map names to lists of wordings, or be a list of words");
    if terms.is_instance_of::<PyString>() {
        return Err(refused());
    }
    if let Ok(mapping) = terms.cast::<PyDict>() {
        return mapping
            .iter()
            .map(|(name, words)| {
                let name: String = name.extract().map_err(|_| refused())?;
                if words.is_instance_of::<PyString>() {
                    return Err(refused());
                }
                let words: Vec<String> = words.extract().map_err(|_| refused())?;
                Ok((name, words))
            })
            .collect();
    }
    let words: Vec<String> = terms.extract().map_err(|_| refused())?;
    Ok(words
        .into_iter()
        .map(|word| (word.clone(), vec![word]))
        .collect())
}
