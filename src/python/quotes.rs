//! `extract_quotes`, `QuoteExtractor` and the `Quote` result type for Python.

use std::sync::Arc;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use super::arrow::Columns;
use super::batch::{lists, pipeline, texts_of};
use super::dates;
use super::detached;
use super::text::utf16_units;
use crate::quotes::{self, Entity, Lexicon, Quote, Term};

/// One quote: what was said (``text``, with ``text == original[start:end]``), how (``kind``:
/// direct, indirect or mixed; the ``cue`` that reports it), and who said it (``speaker``, one
/// canonical name, with its type and side, the mention that names it and the ``role`` given
/// with it). ``fragments`` are the quoted parts of a mixed quote; ``alt_speakers`` the sources
/// a speaker relays. ``speaker_entity`` is the speaker's index in ``extract_entities`` of the
/// same text (None for a group of several, or a document alone: دراسة حديثة is no entity).
///
/// >>> q = extract_quotes("وأكد بيسكوف أن موسكو مستعدة للحوار.")[0]
/// >>> q.kind, q.text, q.cue, q.speaker
/// ('indirect', 'موسكو مستعدة للحوار', 'وأكد', 'ديمتري بيسكوف')
#[pyclass(module = "khabar._khabar", name = "Quote", frozen, eq, get_all)]
#[derive(Clone, PartialEq)]
pub struct PyQuote {
    kind: String,
    start: usize,
    end: usize,
    text: String,
    cue: Option<String>,
    cue_start: Option<usize>,
    cue_end: Option<usize>,
    cue_lemma: Option<String>,
    speaker: Option<String>,
    speaker_type: Option<String>,
    speaker_side: Option<String>,
    speaker_text: Option<String>,
    speaker_start: Option<usize>,
    speaker_end: Option<usize>,
    speaker_ref: String,
    role: Option<String>,
    alt_speakers: Vec<String>,
    fragments: Vec<(usize, usize)>,
    confidence: f64,
    speaker_entity: Option<usize>,
}

/// The fields in order, as the constructor, `to_dict` and the columns name them.
const FIELDS: [&str; 20] = [
    "kind",
    "start",
    "end",
    "text",
    "cue",
    "cue_start",
    "cue_end",
    "cue_lemma",
    "speaker",
    "speaker_type",
    "speaker_side",
    "speaker_text",
    "speaker_start",
    "speaker_end",
    "speaker_ref",
    "role",
    "alt_speakers",
    "fragments",
    "confidence",
    "speaker_entity",
];

impl From<Quote> for PyQuote {
    fn from(quote: Quote) -> Self {
        let (speaker, speaker_type, speaker_side) = match quote.speaker {
            Some(s) => (Some(s.name), Some(s.kind.to_owned()), s.side),
            None => (None, None, None),
        };
        let mention = quote.speaker_mention;
        PyQuote {
            kind: quote.kind.to_owned(),
            start: quote.content.start,
            end: quote.content.end,
            text: quote.content.text,
            cue_start: quote.cue.as_ref().map(|c| c.start),
            cue_end: quote.cue.as_ref().map(|c| c.end),
            cue: quote.cue.map(|c| c.text),
            cue_lemma: quote.cue_lemma,
            speaker,
            speaker_type,
            speaker_side,
            speaker_start: mention.as_ref().map(|m| m.start),
            speaker_end: mention.as_ref().map(|m| m.end),
            speaker_text: mention.map(|m| m.text),
            speaker_ref: quote.speaker_ref.to_owned(),
            role: quote.role.map(|r| r.text),
            alt_speakers: quote.alt_speakers,
            fragments: quote.fragments.iter().map(|f| (f.start, f.end)).collect(),
            confidence: quote.confidence,
            speaker_entity: quote.speaker_entity,
        }
    }
}

#[pymethods]
impl PyQuote {
    #[new]
    #[pyo3(signature = (kind, start, end, text, cue=None, cue_start=None, cue_end=None,
        cue_lemma=None, speaker=None, speaker_type=None, speaker_side=None, speaker_text=None,
        speaker_start=None, speaker_end=None, speaker_ref="continuation".to_owned(),
        role=None, alt_speakers=Vec::new(), fragments=Vec::new(), confidence=1.0,
        speaker_entity=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        kind: String,
        start: usize,
        end: usize,
        text: String,
        cue: Option<String>,
        cue_start: Option<usize>,
        cue_end: Option<usize>,
        cue_lemma: Option<String>,
        speaker: Option<String>,
        speaker_type: Option<String>,
        speaker_side: Option<String>,
        speaker_text: Option<String>,
        speaker_start: Option<usize>,
        speaker_end: Option<usize>,
        speaker_ref: String,
        role: Option<String>,
        alt_speakers: Vec<String>,
        fragments: Vec<(usize, usize)>,
        confidence: f64,
        speaker_entity: Option<usize>,
    ) -> Self {
        PyQuote {
            kind,
            start,
            end,
            text,
            cue,
            cue_start,
            cue_end,
            cue_lemma,
            speaker,
            speaker_type,
            speaker_side,
            speaker_text,
            speaker_start,
            speaker_end,
            speaker_ref,
            role,
            alt_speakers,
            fragments,
            confidence,
            speaker_entity,
        }
    }

    fn __getnewargs__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.values(py)?)
    }

    /// The fields as a dict, ready for JSON or pandas.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        for (field, value) in FIELDS.iter().zip(self.values(py)?) {
            dict.set_item(field, value)?;
        }
        Ok(dict)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let mut parts = Vec::new();
        for (field, value) in FIELDS.iter().zip(self.values(py)?) {
            let empty = value.is_none() || value.len().is_ok_and(|n| n == 0) && *field != "text";
            if !empty {
                parts.push(format!("{field}={}", value.repr()?));
            }
        }
        Ok(format!("Quote({})", parts.join(", ")))
    }
}

impl PyQuote {
    fn values<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyAny>>> {
        Ok(vec![
            self.kind.clone().into_pyobject(py)?.into_any(),
            self.start.into_pyobject(py)?.into_any(),
            self.end.into_pyobject(py)?.into_any(),
            self.text.clone().into_pyobject(py)?.into_any(),
            self.cue.clone().into_pyobject(py)?,
            self.cue_start.into_pyobject(py)?,
            self.cue_end.into_pyobject(py)?,
            self.cue_lemma.clone().into_pyobject(py)?,
            self.speaker.clone().into_pyobject(py)?,
            self.speaker_type.clone().into_pyobject(py)?,
            self.speaker_side.clone().into_pyobject(py)?,
            self.speaker_text.clone().into_pyobject(py)?,
            self.speaker_start.into_pyobject(py)?,
            self.speaker_end.into_pyobject(py)?,
            self.speaker_ref.clone().into_pyobject(py)?.into_any(),
            self.role.clone().into_pyobject(py)?,
            PyList::new(py, &self.alt_speakers)?.into_any(),
            PyList::new(py, &self.fragments)?.into_any(),
            self.confidence.into_pyobject(py)?.into_any(),
            self.speaker_entity.into_pyobject(py)?,
        ])
    }
}

/// Finds quotes with the bundled lexicons extended by your own. ``lexicons`` maps a lexicon's
/// name (see ``QUOTE_LEXICONS``) to rows in its tab-separated format; ``entities`` adds
/// speakers, each a dict with ``name``, ``type`` (person, institution, medium or group) and
/// optionally ``side``, ``aliases``, ``roles`` and ``terms`` (when it holds its roles:
/// ``"2019-05-20.."``, ``"2014-06-07..2019-05-20"``; none: always).
///
/// >>> zelensky = {"name": "فولوديمير زيلينسكي", "type": "person", "side": "Ukraine",
/// ...             "aliases": ["زيلينسكي"]}
/// >>> extractor = QuoteExtractor(entities=[{"name": "أوليغ نيكولينكو", "type": "person",
/// ...     "side": "Ukraine", "aliases": ["نيكولينكو"]}])
/// >>> extractor.extract("وقال نيكولينكو إن كييف لن تتنازل.")[0].speaker
/// 'أوليغ نيكولينكو'
#[pyclass(module = "khabar._khabar", name = "QuoteExtractor", frozen)]
pub struct PyQuoteExtractor {
    lexicon: Arc<Lexicon>,
}

#[pymethods]
impl PyQuoteExtractor {
    #[new]
    #[pyo3(signature = (lexicons = None, entities = None))]
    fn new(
        lexicons: Option<&Bound<'_, PyDict>>,
        entities: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let mut extra: Vec<(String, String)> = Vec::new();
        if let Some(lexicons) = lexicons {
            for (name, rows) in lexicons.iter() {
                let name: String = name.extract()?;
                let rows: String = if let Ok(text) = rows.cast::<PyString>() {
                    text.to_str()?.to_owned()
                } else {
                    let lines: Vec<String> = rows.extract().map_err(|_| {
                        PyTypeError::new_err(format!(
                            "lexicon '{name}' must be a string of rows or a list of rows"
                        ))
                    })?;
                    lines.join("\n")
                };
                extra.push((name, rows));
            }
        }
        let mut added = Vec::new();
        if let Some(entities) = entities {
            for item in entities.try_iter()? {
                added.push(entity(&item?)?);
            }
        }
        let borrowed: Vec<(&str, &str)> = extra
            .iter()
            .map(|(n, r)| (n.as_str(), r.as_str()))
            .collect();
        let lexicon = super::guarded(|| Lexicon::extended(&borrowed, added))??;
        Ok(PyQuoteExtractor {
            lexicon: Arc::new(lexicon),
        })
    }

    /// The quotes of one text; see ``extract_quotes``.
    #[pyo3(signature = (text, reference_date = None))]
    fn extract<'py>(
        &self,
        text: &Bound<'py, PyAny>,
        reference_date: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyList>> {
        extract_with(text, reference_date, &self.lexicon)
    }

    /// The quotes of many texts; see ``extract_quotes_batch``.
    #[pyo3(signature = (texts, threads = None, as_columns = false, as_arrow = false, reference_dates = None))]
    fn extract_batch<'py>(
        &self,
        texts: &Bound<'py, PyAny>,
        threads: Option<usize>,
        as_columns: bool,
        as_arrow: bool,
        reference_dates: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let lexicon = &self.lexicon;
        batch_with(
            texts,
            reference_dates,
            threads,
            as_columns,
            as_arrow,
            lexicon,
        )
    }

    /// The entities the extractor knows by name: (name, type, side) for each.
    fn entities(&self) -> Vec<(String, String, Option<String>)> {
        self.lexicon
            .entities
            .iter()
            .map(|e| (e.name.clone(), e.kind.clone(), e.side.clone()))
            .collect()
    }
}

/// The key under which khabar matches spellings of a name: search-normalized, with long vowels
/// dropped inside words.
///
/// >>> name_key("ترامب") == name_key("ترمب")
/// True
#[pyfunction]
pub fn name_key(name: &str) -> PyResult<String> {
    Ok(super::guarded(|| crate::quotes::lexicon::name_key(name))?)
}

/// The keys an entity dict may have.
const ENTITY_KEYS: [&str; 6] = ["name", "type", "side", "aliases", "roles", "terms"];

/// An entity from a dict with name, type, side, aliases, roles and terms. A key it does not know
/// is an error, not ignored: a misspelt "term" would silently drop the terms.
fn entity(item: &Bound<'_, PyAny>) -> PyResult<Entity> {
    let dict = item
        .cast::<PyDict>()
        .map_err(|_| PyTypeError::new_err("each entity must be a dict with 'name' and 'type'"))?;
    for key in dict.keys() {
        let known = key
            .extract::<String>()
            .is_ok_and(|k| ENTITY_KEYS.contains(&k.as_str()));
        if !known {
            return Err(PyValueError::new_err(format!(
                "an entity has no key {}; its keys are {}",
                key.repr()?,
                ENTITY_KEYS.join(", ")
            )));
        }
    }
    let get = |key: &str| -> PyResult<Option<Bound<'_, PyAny>>> {
        Ok(dict.get_item(key)?.filter(|v| !v.is_none()))
    };
    let required = |key: &str| -> PyResult<String> {
        get(key)?
            .ok_or_else(|| PyTypeError::new_err(format!("an entity needs '{key}'")))?
            .extract()
    };
    let list = |key: &str| -> PyResult<Vec<String>> {
        match get(key)? {
            Some(value) if value.is_instance_of::<PyString>() => Err(PyTypeError::new_err(
                format!("entity '{key}' must be a list of strings, not a string"),
            )),
            Some(value) => value.extract(),
            None => Ok(Vec::new()),
        }
    };
    Ok(Entity {
        name: required("name")?,
        kind: required("type")?,
        side: get("side")?.map(|s| s.extract()).transpose()?,
        aliases: list("aliases")?,
        roles: list("roles")?,
        terms: list("terms")?
            .iter()
            .map(|t| {
                Term::parse(t).ok_or_else(|| {
                    PyValueError::new_err(format!(
                        "entity term {t:?} is not like \"2017-01-20..2021-01-20\" or \"2025-01-20..\" (a first day before the last)"
                    ))
                })
            })
            .collect::<PyResult<_>>()?,
    })
}

fn extract_with<'py>(
    text: &Bound<'py, PyAny>,
    reference_date: Option<&Bound<'py, PyAny>>,
    lexicon: &Arc<Lexicon>,
) -> PyResult<Bound<'py, PyList>> {
    let day = dates::reference_date(reference_date)?;
    let found = {
        // borrowed from the encoded str: no copy of the text, and let go before the quotes
        // become Python objects
        let encoded = utf16_units(text, "text")?;
        let units = encoded.units();
        detached(text.py(), units.len(), || {
            quotes::extract_utf16(&units, lexicon, day)
        })?
    };
    PyList::new(text.py(), found.into_iter().map(PyQuote::from))
}

fn batch_with<'py>(
    texts: &Bound<'py, PyAny>,
    reference_dates: Option<&Bound<'py, PyAny>>,
    threads: Option<usize>,
    as_columns: bool,
    as_arrow: bool,
    lexicon: &Arc<Lexicon>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = texts.py();
    let texts = texts_of(texts)?;
    let days = Arc::new(dates::reference_dates(reference_dates, texts.len())?);
    let lexicon = lexicon.clone();
    let results = pipeline(&texts, threads, move |index, units| {
        quotes::extract_utf16(units, &lexicon, days[index])
    })?;
    if !as_columns && !as_arrow {
        return lists(py, results, PyQuote::from);
    }
    let quotes: Vec<(usize, PyQuote)> = results
        .into_iter()
        .enumerate()
        .flat_map(|(doc, found)| found.into_iter().map(move |q| (doc, PyQuote::from(q))))
        .collect();
    if as_arrow {
        return arrow_columns(py, &quotes);
    }
    let dict = PyDict::new(py);
    dict.set_item("doc", quotes.iter().map(|(d, _)| *d).collect::<Vec<_>>())?;
    // each quote converted once, its values dealt out to the columns
    let mut columns: Vec<Vec<Bound<'py, PyAny>>> = FIELDS
        .iter()
        .map(|_| Vec::with_capacity(quotes.len()))
        .collect();
    for (_, quote) in &quotes {
        for (column, value) in columns.iter_mut().zip(quote.values(py)?) {
            column.push(value);
        }
    }
    for (field, column) in FIELDS.iter().zip(columns) {
        dict.set_item(field, PyList::new(py, column)?)?;
    }
    Ok(dict.into_any())
}

/// The columns of a batch's quotes, as Arrow: `doc` and then the fields in order.
pub(super) fn arrow_columns<'py>(
    py: Python<'py>,
    quotes: &[(usize, PyQuote)],
) -> PyResult<Bound<'py, PyAny>> {
    let rows = || quotes.iter().map(|(_, q)| q);
    Columns::default()
        .integers("doc", quotes.iter().map(|(doc, _)| *doc))
        .strings("kind", rows().map(|q| Some(q.kind.as_str())))
        .integers("start", rows().map(|q| q.start))
        .integers("end", rows().map(|q| q.end))
        .strings("text", rows().map(|q| Some(q.text.as_str())))
        .strings("cue", rows().map(|q| q.cue.as_deref()))
        .optional_integers("cue_start", rows().map(|q| q.cue_start))
        .optional_integers("cue_end", rows().map(|q| q.cue_end))
        .strings("cue_lemma", rows().map(|q| q.cue_lemma.as_deref()))
        .strings("speaker", rows().map(|q| q.speaker.as_deref()))
        .strings("speaker_type", rows().map(|q| q.speaker_type.as_deref()))
        .strings("speaker_side", rows().map(|q| q.speaker_side.as_deref()))
        .strings("speaker_text", rows().map(|q| q.speaker_text.as_deref()))
        .optional_integers("speaker_start", rows().map(|q| q.speaker_start))
        .optional_integers("speaker_end", rows().map(|q| q.speaker_end))
        .strings("speaker_ref", rows().map(|q| Some(q.speaker_ref.as_str())))
        .strings("role", rows().map(|q| q.role.as_deref()))
        .string_lists("alt_speakers", rows().map(|q| q.alt_speakers.as_slice()))
        .span_lists("fragments", rows().map(|q| q.fragments.as_slice()))
        .floats("confidence", rows().map(|q| Some(q.confidence)))
        .optional_integers("speaker_entity", rows().map(|q| q.speaker_entity))
        .into_pyarrow(py)
}

/// The quotes of ``text``: direct quotes, reported speech and attribution phrases, each with
/// its content span, its cue and its speaker resolved to one canonical entity. A title alone
/// that the lexicon knows (الرئيس الأوكراني) names whoever held it on ``reference_date`` (a
/// ``datetime.date`` or an ISO string: the publication date), today's holder when it is None.
///
/// >>> [(q.kind, q.speaker) for q in extract_quotes('وقال الكرملين: "الحوار مستمر".')]
/// [('direct', 'الكرملين')]
#[pyfunction]
#[pyo3(signature = (text, reference_date = None))]
pub fn extract_quotes<'py>(
    text: &Bound<'py, PyAny>,
    reference_date: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyList>> {
    extract_with(text, reference_date, &Lexicon::builtin())
}

/// ``extract_quotes`` over many texts, on ``threads`` threads with the GIL released. With
/// ``as_columns=True`` the result is a dict of equal-length lists with a ``doc`` column (the
/// text's index), ready for ``pandas.DataFrame``; with ``as_arrow=True`` the same columns as a
/// ``pyarrow.RecordBatch``, built without a Python object per value; otherwise one list of
/// quotes per text. ``reference_dates`` gives one date (or None) per text.
///
/// >>> extract_quotes_batch(["قال بوتين إن الحوار مستمر.", "لا شيء"], as_columns=True)["speaker"]
/// ['فلاديمير بوتين']
#[pyfunction]
#[pyo3(signature = (texts, threads = None, as_columns = false, as_arrow = false, reference_dates = None))]
pub fn extract_quotes_batch<'py>(
    texts: &Bound<'py, PyAny>,
    threads: Option<usize>,
    as_columns: bool,
    as_arrow: bool,
    reference_dates: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let lexicon = &Lexicon::builtin();
    batch_with(
        texts,
        reference_dates,
        threads,
        as_columns,
        as_arrow,
        lexicon,
    )
}
