//! `extract_batch`: the readers of an analysis (numeric facts, quotes, event words) over one
//! preparation of each text, rather than one each.

use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::types::PyTuple;

use super::batch::{pipeline, span_columns, texts_of};
use super::dates;
use super::quotes::PyQuote;
use super::terms::PyTermFinder;
use crate::quotes::Lexicon;
use crate::tokens::Document;
use crate::{numbers, quotes};

/// ``extract_numbers_batch``, ``extract_quotes_batch`` (both ``as_arrow=True``) and
/// ``finder.find_batch`` (``as_columns=True``) of the same texts in one call, which gives what the
/// three give: each text is normalized once for the three readers (see ``Document`` in the core)
/// and read by them one after the other while it is in cache. Returns the three results as a
/// tuple (facts, quotes, terms). ``reference_dates`` gives one date (or None) per text.
///
/// >>> facts, quotes, terms = extract_batch(["قال بوتين إن المكالمة استمرت 30 دقيقة."], TermFinder({"call": ["مكالمة"]}))
/// >>> facts.column("value").to_pylist(), quotes.column("speaker").to_pylist(), terms["term"]
/// ([30.0], ['فلاديمير بوتين'], ['call'])
#[pyfunction]
#[pyo3(signature = (texts, finder, reference_dates = None, threads = None))]
pub fn extract_batch<'py>(
    texts: &Bound<'py, PyAny>,
    finder: &Bound<'py, PyTermFinder>,
    reference_dates: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
) -> PyResult<Bound<'py, PyTuple>> {
    let py = texts.py();
    let texts = texts_of(texts)?;
    let days = Arc::new(dates::reference_dates(reference_dates, texts.len())?);
    let lexicon = Lexicon::builtin();
    let terms = finder.get().terms.clone();
    let results = pipeline(&texts, threads, move |index, units| {
        let day = days[index];
        match Document::new(units) {
            Some(document) => (
                numbers::extract_document(&document, day),
                quotes::extract_document(&document, &lexicon, day),
                terms.find_document(&document),
            ),
            // a text too long to align: each reader as it reads it alone
            None => (
                numbers::extract_utf16(units, day),
                quotes::extract_utf16(units, &lexicon, day),
                terms.find_utf16(units),
            ),
        }
    })?;
    let (mut facts, mut found, mut matches) = (Vec::new(), Vec::new(), Vec::new());
    for (doc, (numeric, quoted, terms)) in results.into_iter().enumerate() {
        facts.push(numeric);
        found.extend(quoted.into_iter().map(|q| (doc, PyQuote::from(q))));
        matches.push(terms?);
    }
    let facts = super::numbers::arrow_columns(py, facts)?;
    let quotes = super::quotes::arrow_columns(py, &found)?;
    let terms = span_columns(py, "term", finder.get().triples(matches))?;
    PyTuple::new(py, [facts, quotes, terms])
}
