//! The binding of the article reader: parts as (kind, start, end) triples.

use pyo3::prelude::*;
use pyo3::types::PyList;

use super::arrow::{rows_by_doc, Columns};
use super::batch::{lists, pipeline, span_columns, texts_of};
use super::detached;
use super::text::utf16_units;
use crate::article::{parts, Part};

fn parts_of_units(units: &[u16]) -> Vec<Part> {
    parts(&crate::tokens::decode_utf16(units))
}

fn triple(part: Part) -> (&'static str, usize, usize) {
    (part.kind.name(), part.start, part.end)
}

/// The parts of a scraped article, in order, as ``(kind, start, end)`` in code points: title,
/// headline, section, duplicate_title, body, subheading, and the page furniture (dateline,
/// source, caption, reading_time, related, link, cookies, taxonomy, navigation).
///
/// >>> article_parts("العنوان\nقال الرئيس إن المحادثات جيدة.\nإقرأ أيضاً:\nخبر آخر")
/// [('title', 0, 7), ('body', 8, 37), ('related', 38, 57)]
#[pyfunction]
pub fn article_parts<'py>(text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    let found = {
        let units = utf16_units(text, "text")?;
        let units = units.units();
        detached(text.py(), units.len(), || parts_of_units(&units))?
    };
    PyList::new(text.py(), found.into_iter().map(triple))
}

/// ``article_parts`` over many texts, on ``threads`` threads with the GIL released; with
/// ``as_columns=True`` a dict of lists (doc, kind, start, end) for ``pandas.DataFrame``, with
/// ``as_arrow=True`` the same columns as a ``pyarrow.RecordBatch``.
#[pyfunction]
#[pyo3(signature = (texts, threads = None, as_columns = false, as_arrow = false))]
pub fn article_parts_batch<'py>(
    texts: &Bound<'py, PyAny>,
    threads: Option<usize>,
    as_columns: bool,
    as_arrow: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let py = texts.py();
    let texts = texts_of(texts)?;
    let results = pipeline(&texts, threads, |_, units| parts_of_units(units))?;
    if as_arrow {
        return arrow_columns(py, &results);
    }
    if !as_columns {
        return lists(py, results, triple);
    }
    let triples = results
        .into_iter()
        .map(|found| found.into_iter().map(triple).collect())
        .collect();
    span_columns(py, "kind", triples)
}

/// Each text's parts as a ``pyarrow.RecordBatch`` of doc, kind, start and end.
pub fn arrow_columns<'py>(py: Python<'py>, results: &[Vec<Part>]) -> PyResult<Bound<'py, PyAny>> {
    let rows = rows_by_doc(results);
    Columns::default()
        .integers("doc", rows.iter().map(|(doc, _)| *doc))
        .strings("kind", rows.iter().map(|(_, p)| Some(p.kind.name())))
        .integers("start", rows.iter().map(|(_, p)| p.start))
        .integers("end", rows.iter().map(|(_, p)| p.end))
        .into_pyarrow(py)
}
