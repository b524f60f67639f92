//! `extract_entities` and the `Entity` result type for Python.

use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};

use super::batch::{lists, pipeline, texts_of};
use super::dates;
use super::detached;
use super::text::utf16_units;
use crate::quotes::{self, DocumentEntity, Lexicon};

/// One referent of a document: a person, an institution, a medium, a group or a place, named once by
/// ``name`` (the fullest name the text gives it), with ``type``, ``side`` (the government it
/// speaks for, when known), the first ``role`` the text gives it, and every mention of it:
/// ``mentions`` are ``(start, end)`` spans of the text (``text[start:end]`` is the mention),
/// ``mention_kinds`` say how each points at it (name, title, description) and ``forms`` are
/// the different ways it is written. ``id`` is its index in the list, which
/// ``Quote.speaker_entity`` points at.
///
/// >>> e = extract_entities("قال وزير الزراعة الكيني جون موانغي إن المحصول جيد. وأكد موانغي أن الأسعار ستنخفض.")[0]
/// >>> e.name, e.type, e.role, e.forms
/// ('جون موانغي', 'person', 'وزير الزراعة الكيني', ['جون موانغي', 'موانغي'])
#[pyclass(module = "khabar._khabar", name = "Entity", frozen, eq, get_all)]
#[derive(Clone, PartialEq)]
pub struct PyEntity {
    id: usize,
    name: String,
    r#type: String,
    side: Option<String>,
    role: Option<String>,
    mentions: Vec<(usize, usize)>,
    mention_kinds: Vec<String>,
    forms: Vec<String>,
}

/// The fields in order, as the constructor, `to_dict` and the columns name them.
const FIELDS: [&str; 8] = [
    "id",
    "name",
    "type",
    "side",
    "role",
    "mentions",
    "mention_kinds",
    "forms",
];

impl PyEntity {
    fn from_core(id: usize, entity: DocumentEntity) -> Self {
        let mut mentions = Vec::with_capacity(entity.mentions.len());
        let mut mention_kinds = Vec::with_capacity(entity.mentions.len());
        let mut forms: Vec<String> = Vec::new();
        for mention in entity.mentions {
            mentions.push((mention.span.start, mention.span.end));
            mention_kinds.push(mention.how.to_owned());
            if !forms.contains(&mention.span.text) {
                forms.push(mention.span.text);
            }
        }
        PyEntity {
            id,
            name: entity.name,
            r#type: entity.kind.to_owned(),
            side: entity.side,
            role: entity.role,
            mentions,
            mention_kinds,
            forms,
        }
    }

    fn all(found: Vec<DocumentEntity>) -> Vec<PyEntity> {
        found
            .into_iter()
            .enumerate()
            .map(|(id, e)| PyEntity::from_core(id, e))
            .collect()
    }

    fn values<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyAny>>> {
        Ok(vec![
            self.id.into_pyobject(py)?.into_any(),
            self.name.clone().into_pyobject(py)?.into_any(),
            self.r#type.clone().into_pyobject(py)?.into_any(),
            self.side.clone().into_pyobject(py)?,
            self.role.clone().into_pyobject(py)?,
            PyList::new(py, &self.mentions)?.into_any(),
            PyList::new(py, &self.mention_kinds)?.into_any(),
            PyList::new(py, &self.forms)?.into_any(),
        ])
    }
}

#[pymethods]
impl PyEntity {
    #[new]
    #[pyo3(signature = (id, name, r#type, side=None, role=None, mentions=Vec::new(),
        mention_kinds=Vec::new(), forms=Vec::new()))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        id: usize,
        name: String,
        r#type: String,
        side: Option<String>,
        role: Option<String>,
        mentions: Vec<(usize, usize)>,
        mention_kinds: Vec<String>,
        forms: Vec<String>,
    ) -> Self {
        PyEntity {
            id,
            name,
            r#type,
            side,
            role,
            mentions,
            mention_kinds,
            forms,
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
            if !value.is_none() {
                parts.push(format!("{field}={}", value.repr()?));
            }
        }
        Ok(format!("Entity({})", parts.join(", ")))
    }
}

fn entities_with(
    text: &Bound<'_, PyAny>,
    reference_date: Option<&Bound<'_, PyAny>>,
    lexicon: &Arc<Lexicon>,
) -> PyResult<Vec<PyEntity>> {
    let day = dates::reference_date(reference_date)?;
    let units = utf16_units(text, "text")?.units().into_owned();
    let found = detached(text.py(), units.len(), || {
        quotes::entities_utf16(&units, lexicon, day)
    })?;
    Ok(PyEntity::all(found))
}

/// The entities of ``text``: every person, institution, medium and group it mentions, one per
/// referent, with the spans of all its mentions. Names no lexicon knows are found after a
/// title, in apposition and before a reporting verb; a surname or first name alone, a title
/// alone, a description (الوكالة) and a spelling variant join the entity they refer to; an
/// organisation named inside a person's title (المتحدث باسم الجيش) is a mention of it, a
/// document (وأضاف التقرير) is none of its issuer's. A title alone that the lexicon knows names
/// whoever held it on ``reference_date`` (the publication date), today's holder when it is
/// None.
///
/// >>> [(e.name, e.type) for e in extract_entities("وأعلن الكرملين أن بوتين سيزور الصين.")]
/// [('الكرملين', 'institution'), ('فلاديمير بوتين', 'person'), ('الصين', 'place')]
#[pyfunction]
#[pyo3(signature = (text, reference_date = None))]
pub fn extract_entities(
    text: &Bound<'_, PyAny>,
    reference_date: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<PyEntity>> {
    entities_with(text, reference_date, &Lexicon::builtin())
}

/// ``extract_entities`` over many texts, on ``threads`` threads with the GIL released. With
/// ``as_columns=True`` the result is a dict of equal-length lists with a ``doc`` column (the
/// text's index), ready for ``pandas.DataFrame``; otherwise one list of entities per text.
/// ``reference_dates`` gives one date (or None) per text.
///
/// >>> extract_entities_batch(["قال بوتين إن الحوار مستمر.", "لا شيء"], as_columns=True)["name"]
/// ['فلاديمير بوتين']
#[pyfunction]
#[pyo3(signature = (texts, threads = None, as_columns = false, reference_dates = None))]
pub fn extract_entities_batch<'py>(
    texts: &Bound<'py, PyAny>,
    threads: Option<usize>,
    as_columns: bool,
    reference_dates: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = texts.py();
    let texts = texts_of(texts)?;
    let days = Arc::new(dates::reference_dates(reference_dates, texts.len())?);
    let lexicon = Lexicon::builtin();
    let results = pipeline(&texts, threads, move |index, units| {
        quotes::entities_utf16(units, &lexicon, days[index])
    })?;
    let results: Vec<Vec<PyEntity>> = results.into_iter().map(PyEntity::all).collect();
    if !as_columns {
        return lists(py, results, |e| e);
    }
    let dict = PyDict::new(py);
    let docs: Vec<usize> = results
        .iter()
        .enumerate()
        .flat_map(|(doc, found)| std::iter::repeat_n(doc, found.len()))
        .collect();
    dict.set_item("doc", docs)?;
    let mut columns: Vec<Vec<Bound<'py, PyAny>>> = FIELDS.iter().map(|_| Vec::new()).collect();
    for entity in results.iter().flatten() {
        for (column, value) in columns.iter_mut().zip(entity.values(py)?) {
            column.push(value);
        }
    }
    for (field, column) in FIELDS.iter().zip(columns) {
        dict.set_item(field, PyList::new(py, column)?)?;
    }
    Ok(dict.into_any())
}
