//! `extract_numbers` and its result types for Python.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyInt, PyList, PyString, PyTuple};
use std::sync::Arc;

use super::arrow::{rows_by_doc, Columns};
use super::batch::{lists, pipeline, texts_of};
use super::dates;
use super::detached;
use super::text::utf16_units;
use crate::numbers::{self, Noun, NumericFact};

/// The noun a number counts or an ordinal orders, with its span and singular lemma.
#[pyclass(module = "khabar._khabar", name = "CountedNoun", frozen, eq, get_all)]
#[derive(Clone, PartialEq)]
pub struct PyCountedNoun {
    text: String,
    start: usize,
    end: usize,
    lemma: String,
}

#[pymethods]
impl PyCountedNoun {
    #[new]
    fn new(text: String, start: usize, end: usize, lemma: String) -> Self {
        PyCountedNoun {
            text,
            start,
            end,
            lemma,
        }
    }

    fn __getnewargs__(&self) -> (String, usize, usize, String) {
        (self.text.clone(), self.start, self.end, self.lemma.clone())
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let repr = |s: &str| -> PyResult<String> { Ok(PyString::new(py, s).repr()?.to_string()) };
        Ok(format!(
            "CountedNoun(text={}, start={}, end={}, lemma={})",
            repr(&self.text)?,
            self.start,
            self.end,
            repr(&self.lemma)?
        ))
    }
}

impl From<Noun> for PyCountedNoun {
    fn from(noun: Noun) -> Self {
        PyCountedNoun {
            text: noun.text,
            start: noun.start,
            end: noun.end,
            lemma: noun.lemma,
        }
    }
}

/// A numeric fact: where it stands in the original text (``text[start:end]``), what kind it
/// is, its value and unit, its qualifier, the noun it counts, and for dates and times their ISO
/// form with ``X`` for what the text leaves unknown; for a Hijri date, ``hijri`` keeps it as
/// written and ``resolved`` gives its Gregorian day (Umm al-Qura).
///
/// >>> fact = extract_numbers("استمرت لأكثر من ساعة ونصف")[0]
/// >>> fact.kind, fact.value, fact.unit, fact.qualifier
/// ('duration', 1.5, 'hour', 'more_than')
#[pyclass(module = "khabar._khabar", name = "NumericFact", frozen, eq, get_all)]
#[derive(Clone, PartialEq)]
pub struct PyNumericFact {
    start: usize,
    end: usize,
    text: String,
    kind: String,
    value: Option<f64>,
    value_max: Option<f64>,
    unit: Option<String>,
    qualifier: Option<String>,
    counted_noun: Option<PyCountedNoun>,
    resolved: Option<String>,
    granularity: Option<String>,
    timezone: Option<String>,
    note: Option<String>,
    hijri: Option<String>,
}

impl From<NumericFact> for PyNumericFact {
    fn from(fact: NumericFact) -> Self {
        PyNumericFact {
            start: fact.start,
            end: fact.end,
            text: fact.text,
            kind: fact.kind.to_owned(),
            value: fact.value,
            value_max: fact.value_max,
            unit: fact.unit.map(str::to_owned),
            qualifier: fact.qualifier,
            counted_noun: fact.counted_noun.map(PyCountedNoun::from),
            resolved: fact.resolved,
            granularity: fact.granularity.map(str::to_owned),
            timezone: fact.timezone,
            note: fact.note.map(str::to_owned),
            hijri: fact.hijri,
        }
    }
}

/// The fields in order, as `to_dict` and the columns name them.
const FIELDS: [&str; 14] = [
    "start",
    "end",
    "text",
    "kind",
    "value",
    "value_max",
    "unit",
    "qualifier",
    "counted_noun",
    "resolved",
    "granularity",
    "timezone",
    "note",
    "hijri",
];

#[pymethods]
impl PyNumericFact {
    #[new]
    #[pyo3(signature = (start, end, text, kind, value=None, value_max=None, unit=None,
        qualifier=None, counted_noun=None, resolved=None, granularity=None, timezone=None,
        note=None, hijri=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        start: usize,
        end: usize,
        text: String,
        kind: String,
        value: Option<f64>,
        value_max: Option<f64>,
        unit: Option<String>,
        qualifier: Option<String>,
        counted_noun: Option<Bound<'_, PyCountedNoun>>,
        resolved: Option<String>,
        granularity: Option<String>,
        timezone: Option<String>,
        note: Option<String>,
        hijri: Option<String>,
    ) -> Self {
        let counted_noun = counted_noun.map(|noun| noun.get().clone());
        PyNumericFact {
            start,
            end,
            text,
            kind,
            value,
            value_max,
            unit,
            qualifier,
            counted_noun,
            resolved,
            granularity,
            timezone,
            note,
            hijri,
        }
    }

    fn __getnewargs__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let values: Vec<Bound<'py, PyAny>> = self.values(py)?;
        PyTuple::new(py, values)
    }

    /// The fields as a dict (the counted noun as a dict too), ready for JSON or pandas.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        for (field, value) in FIELDS.iter().zip(self.values(py)?) {
            if *field == "counted_noun" {
                let noun = self.counted_noun.as_ref().map(|n| {
                    [
                        (
                            "text",
                            n.text.clone().into_pyobject(py).map(Bound::into_any),
                        ),
                        ("start", n.start.into_pyobject(py).map(Bound::into_any)),
                        ("end", n.end.into_pyobject(py).map(Bound::into_any)),
                        (
                            "lemma",
                            n.lemma.clone().into_pyobject(py).map(Bound::into_any),
                        ),
                    ]
                });
                match noun {
                    Some(items) => {
                        let inner = PyDict::new(py);
                        for (key, value) in items {
                            inner.set_item(key, value?)?;
                        }
                        dict.set_item(field, inner)?;
                    }
                    None => dict.set_item(field, py.None())?,
                }
            } else {
                dict.set_item(field, value)?;
            }
        }
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let mut parts = Vec::new();
        for (field, value) in FIELDS.iter().zip(self.values(py)?) {
            if !value.is_none() {
                parts.push(format!("{field}={}", value.repr()?));
            }
        }
        Ok(format!("NumericFact({})", parts.join(", ")))
    }
}

impl PyNumericFact {
    fn values<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let any = |v: Bound<'py, PyAny>| v;
        Ok(vec![
            any(self.start.into_pyobject(py)?.into_any()),
            any(self.end.into_pyobject(py)?.into_any()),
            any(self.text.clone().into_pyobject(py)?.into_any()),
            any(self.kind.clone().into_pyobject(py)?.into_any()),
            self.value.into_pyobject(py)?,
            self.value_max.into_pyobject(py)?,
            self.unit.clone().into_pyobject(py)?,
            self.qualifier.clone().into_pyobject(py)?,
            self.counted_noun.clone().into_pyobject(py)?,
            self.resolved.clone().into_pyobject(py)?,
            self.granularity.clone().into_pyobject(py)?,
            self.timezone.clone().into_pyobject(py)?,
            self.note.clone().into_pyobject(py)?,
            self.hijri.clone().into_pyobject(py)?,
        ])
    }
}

/// The numeric facts of ``text``: numbers in digits and words, durations, counts with the noun
/// they count, ranges, fractions, qualifiers, percentages, money, dates, weekdays, clock times
/// and ordinals. Dates resolve against ``reference_date`` (a ``datetime.date`` or an ISO
/// string: the publication date) when given; otherwise unknown parts stay ``X``.
///
/// >>> [f.text for f in extract_numbers("أفرجت عن 175 أسيرًا في 19 مارس")]
/// ['175 أسيرًا', '19 مارس']
/// >>> extract_numbers("في 19 مارس", reference_date="2025-03-18")[0].resolved
/// '2025-03-19'
#[pyfunction]
#[pyo3(signature = (text, reference_date = None))]
pub fn extract_numbers<'py>(
    text: &Bound<'py, PyAny>,
    reference_date: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    let reference = dates::reference_date(reference_date)?;
    let facts = {
        // borrowed from the encoded str: no copy of the text, and let go before the facts
        // become Python objects
        let encoded = utf16_units(text, "text")?;
        let units = encoded.units();
        detached(text.py(), units.len(), || {
            numbers::extract_utf16(&units, reference)
        })?
    };
    PyList::new(text.py(), facts.into_iter().map(PyNumericFact::from))
}

/// ``extract_numbers`` over many texts, on ``threads`` threads with the GIL released.
/// ``reference_dates`` gives one date (or None) per text. With ``as_columns=True`` the result is
/// a dict of equal-length lists with a ``doc`` column (the text's index), ready for
/// ``pandas.DataFrame``; with ``as_arrow=True`` the same columns as a ``pyarrow.RecordBatch``,
/// built without a Python object per value; otherwise one list of facts per text.
///
/// >>> extract_numbers_batch(["لمدة 30 يوماً", "لا شيء"], as_columns=True)["value"]
/// [30.0]
#[pyfunction]
#[pyo3(signature = (texts, reference_dates = None, threads = None, as_columns = false, as_arrow = false))]
pub fn extract_numbers_batch<'py>(
    texts: &Bound<'py, PyAny>,
    reference_dates: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
    as_columns: bool,
    as_arrow: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let py = texts.py();
    let texts = texts_of(texts)?;
    let references = dates::reference_dates(reference_dates, texts.len())?;
    let references = Arc::new(references);
    let results = pipeline(&texts, threads, move |index, units| {
        numbers::extract_utf16(units, references[index])
    })?;
    if as_arrow {
        return arrow_columns(py, results);
    }
    if !as_columns {
        return lists(py, results, PyNumericFact::from);
    }
    columns(py, results)
}

/// The columns of `columns`, as Arrow.
pub(super) fn arrow_columns(
    py: Python<'_>,
    results: Vec<Vec<NumericFact>>,
) -> PyResult<Bound<'_, PyAny>> {
    let rows = rows_by_doc(&results);
    Columns::default()
        .integers("doc", rows.iter().map(|(doc, _)| *doc))
        .integers("start", rows.iter().map(|(_, f)| f.start))
        .integers("end", rows.iter().map(|(_, f)| f.end))
        .strings("text", rows.iter().map(|(_, f)| Some(f.text.as_str())))
        .strings("kind", rows.iter().map(|(_, f)| Some(f.kind)))
        .floats("value", rows.iter().map(|(_, f)| f.value))
        .floats("value_max", rows.iter().map(|(_, f)| f.value_max))
        .strings("unit", rows.iter().map(|(_, f)| f.unit))
        .strings(
            "qualifier",
            rows.iter().map(|(_, f)| f.qualifier.as_deref()),
        )
        .strings(
            "counted_noun",
            rows.iter()
                .map(|(_, f)| f.counted_noun.as_ref().map(|n| n.text.as_str())),
        )
        .strings(
            "counted_noun_lemma",
            rows.iter()
                .map(|(_, f)| f.counted_noun.as_ref().map(|n| n.lemma.as_str())),
        )
        .strings("resolved", rows.iter().map(|(_, f)| f.resolved.as_deref()))
        .strings("granularity", rows.iter().map(|(_, f)| f.granularity))
        .strings("timezone", rows.iter().map(|(_, f)| f.timezone.as_deref()))
        .strings("note", rows.iter().map(|(_, f)| f.note))
        .into_pyarrow(py)
}

/// The facts of many texts as columns: one list per field, plus `doc` and the noun's parts.
fn columns<'py>(py: Python<'py>, results: Vec<Vec<NumericFact>>) -> PyResult<Bound<'py, PyAny>> {
    let mut doc = Vec::new();
    let (mut start, mut end, mut text, mut kind) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut value, mut value_max, mut unit, mut qualifier) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut noun, mut noun_lemma, mut resolved, mut granularity) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let (mut timezone, mut note) = (Vec::new(), Vec::new());
    for (index, facts) in results.into_iter().enumerate() {
        for fact in facts {
            doc.push(index);
            start.push(fact.start);
            end.push(fact.end);
            text.push(fact.text);
            kind.push(fact.kind);
            value.push(fact.value);
            value_max.push(fact.value_max);
            unit.push(fact.unit);
            qualifier.push(fact.qualifier);
            noun_lemma.push(fact.counted_noun.as_ref().map(|n| n.lemma.clone()));
            noun.push(fact.counted_noun.map(|n| n.text));
            resolved.push(fact.resolved);
            granularity.push(fact.granularity);
            timezone.push(fact.timezone);
            note.push(fact.note);
        }
    }
    let dict = PyDict::new(py);
    dict.set_item("doc", doc)?;
    dict.set_item("start", start)?;
    dict.set_item("end", end)?;
    dict.set_item("text", text)?;
    dict.set_item("kind", kind)?;
    dict.set_item("value", value)?;
    dict.set_item("value_max", value_max)?;
    dict.set_item("unit", unit)?;
    dict.set_item("qualifier", qualifier)?;
    dict.set_item("counted_noun", noun)?;
    dict.set_item("counted_noun_lemma", noun_lemma)?;
    dict.set_item("resolved", resolved)?;
    dict.set_item("granularity", granularity)?;
    dict.set_item("timezone", timezone)?;
    dict.set_item("note", note)?;
    Ok(dict.into_any())
}

/// A whole number in Arabic words (masculine, as in counting), from 0 to
/// 999,999,999,999,999; a negative number or a larger one is a ValueError.
///
/// >>> number_to_words(2025)
/// 'ألفان وخمسة وعشرون'
#[pyfunction]
pub fn number_to_words(value: &Bound<'_, PyInt>) -> PyResult<String> {
    // a negative int or one past u64 fails to extract: name the value, not the conversion
    let value: u64 = value
        .extract()
        .map_err(|_| crate::Error::NumberOutOfRange(value.to_string()))?;
    Ok(super::guarded(|| numbers::words::to_words(value))??)
}
