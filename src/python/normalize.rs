//! `Normalizer` and `Normalized` for Python.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyList, PyString, PyTuple};

use super::batch::{pipeline, texts_of};
use super::detached;
use super::text::{str_from_utf16, utf16_units};
use crate::normalize::{Alignment, AlignmentParts, Normalizer, Options, StepValue};

/// Arabic normalization, one switch per step, that can keep an alignment to the original.
///
/// ``preset`` is the starting point: ``"search"`` (every step, for matching and counting),
/// ``"display"`` (only invisible and decorative characters: bidi marks, zero-width characters,
/// tatweel) or ``"none"``. Each keyword then turns one step on (``True``), off (``False``) or to a
/// variant: ``alef``, ``hamza`` (``"hamza"``: ؤ ئ → ء; ``"carrier"``: → و ي), ``alef_maqsura``
/// (``"ya"``: ى → ي; ``"alef_maqsura"``: word-final ي → ى), ``teh_marbuta``, ``diacritics``,
/// ``tatweel``, ``digits``, ``letter_forms``, ``presentation_forms``, ``invisibles``,
/// ``punctuation``, ``quotes`` (``True`` or the canonical mark, e.g. ``"«"``), ``whitespace``,
/// ``case_fold``.
///
/// >>> n = Normalizer("search")
/// >>> n.normalize("أعلنَ الكرملينُ، أنّ بوتين وافق")
/// 'اعلن الكرملين, ان بوتين وافق'
/// >>> Normalizer("display", diacritics=True).normalize("أعلنَ الكرملينُ")
/// 'أعلن الكرملين'
#[pyclass(module = "khabar._khabar", name = "Normalizer", frozen)]
pub struct PyNormalizer {
    preset: String,
    normalizer: Normalizer,
}

#[pymethods]
impl PyNormalizer {
    #[new]
    #[pyo3(signature = (preset = "search", **steps))]
    fn new(preset: &str, steps: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let mut options = Options::preset(preset)?;
        for (step, value) in steps.into_iter().flatten() {
            let step: String = step.extract()?;
            let value = if value.is_none() {
                continue;
            } else if let Ok(on) = value.cast::<PyBool>() {
                StepValue::Switch(on.is_true())
            } else if let Ok(name) = value.cast::<PyString>() {
                StepValue::Variant(name.to_str()?.to_owned())
            } else {
                return Err(PyTypeError::new_err(format!(
                    "step '{step}' takes True, False, None or a str, not {}",
                    value.get_type().name()?
                )));
            };
            options.set(&step, value)?;
        }
        Ok(PyNormalizer {
            preset: preset.to_owned(),
            normalizer: Normalizer::new(options),
        })
    }

    /// The preset this normalizer started from.
    #[getter]
    fn preset(&self) -> &str {
        &self.preset
    }

    /// Every step and its value: True, False, or the name of a variant.
    #[getter]
    fn steps<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let steps = PyDict::new(py);
        for (step, value) in self.normalizer.options().steps() {
            match value {
                StepValue::Switch(on) => steps.set_item(step, on)?,
                StepValue::Variant(name) => steps.set_item(step, name)?,
            }
        }
        Ok(steps)
    }

    /// The normalized text. When nothing needs to change, ``text`` itself is returned.
    ///
    /// >>> Normalizer().normalize("بـوتين يتحدّث")
    /// 'بوتين يتحدث'
    fn normalize<'py>(&self, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyString>> {
        let py = text.py();
        let encoded = utf16_units(text, "text")?;
        let units = encoded.units();
        let normalized = detached(py, units.len(), || self.normalizer.normalize_utf16(&units))?;
        match normalized {
            None => Ok(encoded.text.clone()),
            Some(units) => str_from_utf16(py, &units),
        }
    }

    /// Normalizes many texts on ``threads`` threads (default: ``khabar.default_threads()``),
    /// with the GIL released. Ctrl-C interrupts it between chunks.
    ///
    /// >>> Normalizer().normalize_batch(["أحمد", "مُحمّد"])
    /// ['احمد', 'محمد']
    #[pyo3(signature = (texts, threads = None))]
    fn normalize_batch<'py>(
        &self,
        texts: &Bound<'py, PyAny>,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyList>> {
        let py = texts.py();
        let texts = texts_of(texts)?;
        let normalizer = self.normalizer.clone();
        let results = pipeline(&texts, threads, move |_, units| {
            normalizer.normalize_utf16(units)
        })?;
        let items = results
            .into_iter()
            .zip(&texts)
            .map(|(normalized, text)| match normalized {
                None => Ok(text.clone()),
                Some(units) => Ok(str_from_utf16(py, &units)?.into_any()),
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }

    /// The normalized text with its alignment to ``text``, as a :class:`Normalized`.
    ///
    /// >>> n = Normalizer().normalize_with_offsets("قالَ بـوتين")
    /// >>> n.text
    /// 'قال بوتين'
    /// >>> s, e = n.to_original(4, 9)
    /// >>> n.original[s:e]
    /// 'بـوتين'
    fn normalize_with_offsets(&self, text: &Bound<'_, PyAny>) -> PyResult<PyNormalized> {
        let py = text.py();
        let encoded = utf16_units(text, "text")?;
        let units = encoded.units();
        let (normalized, alignment) = detached(py, units.len(), || {
            self.normalizer.normalize_utf16_aligned(&units)
        })??;
        let original = encoded.text.clone();
        let text = match normalized {
            None => original.clone(),
            Some(units) => str_from_utf16(py, &units)?,
        };
        Ok(PyNormalized {
            original: original.unbind(),
            text: text.unbind(),
            alignment,
        })
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let repr = |s: &str| -> PyResult<String> { Ok(PyString::new(py, s).repr()?.to_string()) };
        let base = Options::preset(&self.preset)?.steps();
        let mut parts = vec![format!("preset={}", repr(&self.preset)?)];
        let steps = self.normalizer.options().steps();
        for ((step, value), (_, preset_value)) in steps.into_iter().zip(base) {
            if value != preset_value {
                parts.push(match value {
                    StepValue::Switch(on) => {
                        format!("{step}={}", if on { "True" } else { "False" })
                    }
                    StepValue::Variant(name) => format!("{step}={}", repr(&name)?),
                });
            }
        }
        Ok(format!("Normalizer({})", parts.join(", ")))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyNormalizer>()
            .is_ok_and(|other| other.get().normalizer == self.normalizer)
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        self.normalizer.options().hash(&mut hasher);
        hasher.finish()
    }

    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
        Ok((PyTuple::new(py, ["none"])?, self.steps(py)?))
    }
}

/// A normalized text that remembers where each of its characters came from.
///
/// ``original`` is the text as given (the same object), ``text`` its normalized form. Offsets are
/// Python string indices, so ``original[s:e]`` is always the span.
///
/// >>> n = Normalizer().normalize_with_offsets("أعلنَ الكرملينُ")
/// >>> n.to_original(0, 4)
/// (0, 5)
/// >>> n.to_normalized(6, 15)
/// (5, 13)
#[pyclass(module = "khabar._khabar", name = "Normalized", frozen)]
pub struct PyNormalized {
    original: Py<PyString>,
    text: Py<PyString>,
    alignment: Alignment,
}

#[pymethods]
impl PyNormalized {
    /// The text as it was given.
    #[getter]
    fn original(&self, py: Python<'_>) -> Py<PyString> {
        self.original.clone_ref(py)
    }

    /// The normalized text.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    /// The span of ``original`` that produced ``text[start:end]``: every character that went into
    /// it, including the diacritics and tatweel removed from its letters; removed invisible
    /// characters at its edges are left out.
    fn to_original(&self, start: isize, end: isize) -> PyResult<(usize, usize)> {
        let (start, end) = span(start, end, self.alignment.normalized_len())?;
        Ok(self.alignment.to_original(start, end)?)
    }

    /// The span of ``text`` that ``original[start:end]`` produced; empty where those characters
    /// were all removed.
    fn to_normalized(&self, start: isize, end: isize) -> PyResult<(usize, usize)> {
        let (start, end) = span(start, end, self.alignment.original_len())?;
        Ok(self.alignment.to_normalized(start, end)?)
    }

    /// The pieces normalization changed, as ``(original_start, original_end, start, end)``
    /// tuples: ``original[a:b]`` became ``text[c:d]``.
    ///
    /// >>> Normalizer().normalize_with_offsets("قالَ أن").changes()
    /// [(2, 4, 2, 3), (5, 6, 4, 5)]
    fn changes(&self, py: Python<'_>) -> PyResult<Vec<(usize, usize, usize, usize)>> {
        let original: Vec<char> = self.original.bind(py).to_cow()?.chars().collect();
        let text: Vec<char> = self.text.bind(py).to_cow()?.chars().collect();
        Ok(self.alignment.changes(&original, &text))
    }

    fn __len__(&self) -> usize {
        self.alignment.normalized_len()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Normalized(text={}, original={})",
            self.text.bind(py).repr()?,
            self.original.bind(py).repr()?
        ))
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(other) = other.cast::<PyNormalized>() else {
            return Ok(false);
        };
        let other = other.get();
        Ok(self.alignment == other.alignment
            && self.text.bind(py).as_any().eq(other.text.bind(py))?
            && self
                .original
                .bind(py)
                .as_any()
                .eq(other.original.bind(py))?)
    }

    fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
        Ok(self.text.bind(py).hash()? ^ self.original.bind(py).hash()?.rotate_left(1))
    }

    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let rebuild = py
            .import("khabar._khabar")?
            .getattr("_rebuild_normalized")?;
        let parts = self.alignment.parts();
        let bytes = |words: &[u64]| {
            let bytes: Vec<u8> = words.iter().flat_map(|w| w.to_le_bytes()).collect();
            PyBytes::new(py, &bytes)
        };
        let args = (
            self.original.clone_ref(py),
            self.text.clone_ref(py),
            bytes(&parts.produces),
            bytes(&parts.alone),
            parts.expansions,
        )
            .into_pyobject(py)?;
        Ok((rebuild, args))
    }
}

/// A span as offsets into a text of `len` code points; negative offsets are refused.
fn span(start: isize, end: isize, len: usize) -> PyResult<(usize, usize)> {
    match (usize::try_from(start), usize::try_from(end)) {
        (Ok(start), Ok(end)) => Ok((start, end)),
        _ => Err(PyValueError::new_err(format!(
            "span ({start}, {end}) is not within a text of length {len}"
        ))),
    }
}

/// Rebuilds a pickled :class:`Normalized`.
#[pyfunction(name = "_rebuild_normalized")]
pub fn rebuild_normalized(
    original: Bound<'_, PyString>,
    text: Bound<'_, PyString>,
    produces: &[u8],
    alone: &[u8],
    expansions: Vec<(u32, u32)>,
) -> PyResult<PyNormalized> {
    let words = |bytes: &[u8]| -> PyResult<Vec<u64>> {
        if bytes.len() % 8 != 0 {
            return Err(crate::Error::InvalidAlignment("bit sets come in 8-byte words").into());
        }
        Ok(bytes
            .chunks_exact(8)
            .map(|w| u64::from_le_bytes(w.try_into().expect("8 bytes")))
            .collect())
    };
    let alignment = Alignment::from_parts(AlignmentParts {
        original_len: original.len()?,
        produces: words(produces)?,
        alone: words(alone)?,
        expansions,
    })?;
    if alignment.normalized_len() != text.len()? {
        return Err(crate::Error::InvalidAlignment("its lengths do not match the texts").into());
    }
    Ok(PyNormalized {
        original: original.unbind(),
        text: text.unbind(),
        alignment,
    })
}
