//! `extract_batch`: the readers of an analysis (numeric facts, quotes, event words) over one
//! preparation of each text, rather than one each.

use std::sync::Arc;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};

use rayon::prelude::*;

use super::batch::{chunk_pipeline, span_columns, texts_of};
use super::dates;
use super::quotes::PyQuote;
use super::terms::PyTermFinder;
use chrono::NaiveDate;

use crate::quotes::Lexicon;
use crate::terms::Terms;
use crate::tokens::{decode_utf16, Document};
use crate::{article, numbers, quotes};

/// ``extract_numbers_batch``, ``extract_quotes_batch`` (both ``as_arrow=True``) and
/// ``finder.find_batch`` (``as_columns=True``) of the same texts in one call, which gives what the
/// three give: each text is normalized once for the three readers (see ``Document`` in the core),
/// and each reader reads a chunk of texts in turn. Returns the three results as a
/// tuple (facts, quotes, terms). ``finder`` may be a list of finders, each finding in the same
/// prepared texts: terms is then a list of their columns, in order. ``reference_dates`` gives
/// one date (or None) per text. With ``keep_search=True`` a fourth item, the texts as search
/// normalization wrote them (``SearchTexts``), for ``StoryIndex.add`` to read rather than
/// normalize each again. With ``parts=True`` each text's article parts are read from its prepared
/// text too, and a text with no reference date (None in ``reference_dates``) is read for the day
/// its dateline states, else for its item of ``fallback_dates``: two items come before the search
/// texts, the parts (as ``article_parts_batch(..., as_arrow=True)`` gives them) and each text's
/// reference as (ISO day or None, where it comes from: "published" for a date given, "dateline",
/// "inferred" for a fallback date, or None).
///
/// >>> facts, quotes, terms = extract_batch(["قال بوتين إن المكالمة استمرت 30 دقيقة."], TermFinder({"call": ["مكالمة"]}))
/// >>> facts.column("value").to_pylist(), quotes.column("speaker").to_pylist(), terms["term"]
/// ([30.0], ['فلاديمير بوتين'], ['call'])
#[pyfunction]
#[pyo3(signature = (texts, finder, reference_dates = None, threads = None, keep_search = false, parts = false, fallback_dates = None))]
pub fn extract_batch<'py>(
    texts: &Bound<'py, PyAny>,
    finder: &Bound<'py, PyAny>,
    reference_dates: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
    keep_search: bool,
    parts: bool,
    fallback_dates: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyTuple>> {
    let py = texts.py();
    if fallback_dates.is_some_and(|dates| !dates.is_none()) && !parts {
        // the fallback serves the dateline, which only the parts read: never ignore it silently
        return Err(PyValueError::new_err(
            "fallback_dates is read with parts=True only (a text's dateline comes first)",
        ));
    }
    let texts = texts_of(texts)?;
    let days = Arc::new(dates::reference_dates(reference_dates, texts.len())?);
    let fallbacks = dates::reference_dates(fallback_dates, texts.len())?;
    let read_parts = parts;
    let lexicon = Lexicon::builtin();
    let (finders, one_finder) = finders_of(finder)?;
    let terms: Vec<Arc<Terms>> = finders.iter().map(|f| f.get().terms.clone()).collect();
    // a chunk's texts prepared once, then each reader over the whole chunk in turn, so that its
    // tables and code stay in cache (read by turns, text by text, the three take more time than
    // apart, for fewer instructions)
    let results = chunk_pipeline(&texts, threads, move |first, chunk, parallel| {
        let documents: Vec<Option<Document>> =
            each(parallel, chunk.len(), |k| Document::new(&chunk[k]));
        // the parts first: a page's dateline may give the day its text is read for
        let parts = each(parallel, chunk.len(), |k| {
            match (&documents[k], read_parts) {
                (_, false) => Vec::new(),
                (Some(document), true) => article::parts_document(document),
                (None, true) => article::parts(&decode_utf16(&chunk[k])),
            }
        });
        let references: Vec<Reference> = (0..chunk.len())
            .map(|k| match days[first + k] {
                Some(day) => (Some(day), Some("published")),
                None if !read_parts => (None, None),
                None => match article::dateline_day(&chunk[k], &parts[k]) {
                    Some(day) => (Some(day), Some("dateline")),
                    None => (
                        fallbacks[first + k],
                        fallbacks[first + k].map(|_| "inferred"),
                    ),
                },
            })
            .collect();
        let day = |k: usize| references[k].0;
        // (a text too long to align: each reader as it reads it alone)
        let facts = each(parallel, chunk.len(), |k| match &documents[k] {
            Some(document) => numbers::extract_document(document, day(k)),
            None => numbers::extract_utf16(&chunk[k], day(k)),
        });
        let quotes = each(parallel, chunk.len(), |k| match &documents[k] {
            Some(document) => quotes::extract_document(document, &lexicon, day(k)),
            None => quotes::extract_utf16(&chunk[k], &lexicon, day(k)),
        });
        let matches = each(parallel, chunk.len(), |k| {
            let find = |terms: &Arc<Terms>| match &documents[k] {
                Some(document) => terms.find_document(document),
                None => terms.find_utf16(&chunk[k]),
            };
            terms.iter().map(find).collect::<Vec<_>>()
        });
        // search's text moved out of each document, not copied
        let search = documents.into_iter().map(|document| {
            document
                .filter(|_| keep_search)
                .map(|d| d.search.normalized)
        });
        let read = parts.into_iter().zip(references);
        let found = facts
            .into_iter()
            .zip(quotes)
            .zip(matches)
            .zip(search)
            .zip(read);
        found
            .map(|((((f, q), m), s), r)| (f, q, m, s, r))
            .collect::<Vec<_>>()
    })?;
    let (mut facts, mut found) = (Vec::new(), Vec::new());
    // per finder, each text's matches
    let mut matches: Vec<Vec<_>> = finders.iter().map(|_| Vec::new()).collect();
    let mut search = Vec::with_capacity(if keep_search { results.len() } else { 0 });
    let (mut parts, mut references) = (Vec::new(), Vec::new());
    for (doc, (numeric, quoted, terms, normalized, (read, reference))) in
        results.into_iter().enumerate()
    {
        if read_parts {
            parts.push(read);
            let (day, from) = reference;
            references.push((day.map(|d| d.format("%Y-%m-%d").to_string()), from));
        }
        facts.push(numeric);
        found.extend(quoted.into_iter().map(|q| (doc, PyQuote::from(q))));
        for (of_finder, hits) in matches.iter_mut().zip(terms) {
            of_finder.push(hits?);
        }
        if keep_search {
            search.push(normalized);
        }
    }
    let facts = super::numbers::arrow_columns(py, facts)?;
    let quotes = super::quotes::arrow_columns(py, &found)?;
    let mut columns = Vec::with_capacity(finders.len());
    for (finder, hits) in finders.iter().zip(matches) {
        columns.push(span_columns(py, "term", finder.get().triples(hits))?);
    }
    let terms = match columns.pop() {
        Some(only) if one_finder => only,
        last => PyList::new(py, columns.into_iter().chain(last))?.into_any(),
    };
    let mut items = vec![facts, quotes, terms];
    if read_parts {
        items.push(super::article::arrow_columns(py, &parts)?);
        items.push(PyList::new(py, references)?.into_any());
    }
    if keep_search {
        items.push(Bound::new(py, PySearchTexts { texts: search })?.into_any());
    }
    PyTuple::new(py, items)
}

/// The day a text is read for, and where it comes from.
type Reference = (Option<NaiveDate>, Option<&'static str>);

/// The texts of a batch as search normalization writes them, made by ``extract_batch`` with
/// ``keep_search=True``: ``StoryIndex.add(texts, normalized=...)`` reads them rather than
/// normalizing each text again. Opaque: it holds them in Rust, and ``len()`` is their number.
#[pyclass(module = "khabar._khabar", name = "SearchTexts", frozen)]
pub struct PySearchTexts {
    /// Per text (None for one too long to prepare: the index normalizes it itself).
    pub texts: Vec<Option<String>>,
}

#[pymethods]
impl PySearchTexts {
    fn __len__(&self) -> usize {
        self.texts.len()
    }
}

/// The finders `finder` names (one, or a sequence of them), and whether it was one.
fn finders_of<'py>(finder: &Bound<'py, PyAny>) -> PyResult<(Vec<Bound<'py, PyTermFinder>>, bool)> {
    if let Ok(one) = finder.cast::<PyTermFinder>() {
        return Ok((vec![one.clone()], true));
    }
    let refused = || PyTypeError::new_err("finder must be a TermFinder or a list of them");
    let mut finders = Vec::new();
    for item in finder.try_iter().map_err(|_| refused())? {
        finders.push(item?.cast_into::<PyTermFinder>().map_err(|_| refused())?);
    }
    Ok((finders, false))
}

/// `work` for each of `0..n`, in order, on the pool when `parallel`.
fn each<T: Send>(parallel: bool, n: usize, work: impl Fn(usize) -> T + Sync + Send) -> Vec<T> {
    if parallel {
        (0..n).into_par_iter().map(work).collect()
    } else {
        (0..n).map(work).collect()
    }
}
