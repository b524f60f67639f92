//! Batches: texts converted chunk by chunk under the GIL while a pool works on the previous chunk.

use std::sync::{mpsc, Arc, Mutex};

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use rayon::prelude::*;

use super::text::utf16_units;
use super::{guarded, KhabarError};

/// Runs `work` over the UTF-16 units of `texts` on a pool, in chunks: while the pool works on one
/// chunk, this thread (holding the GIL) decodes the last and encodes the next, so they overlap. With one thread the
/// chunks run here, with the GIL released. Ctrl-C is checked between chunks.
pub fn pipeline<R, F>(
    texts: &[Bound<'_, PyAny>],
    threads: Option<usize>,
    work: F,
) -> PyResult<Vec<R>>
where
    R: Send + 'static,
    F: Fn(usize, &[u16]) -> R + Send + Sync + 'static,
{
    chunk_pipeline(texts, threads, move |first, chunk, parallel| {
        if parallel {
            let numbered = chunk.par_iter().enumerate();
            numbered.map(|(k, units)| work(first + k, units)).collect()
        } else {
            let numbered = chunk.iter().enumerate();
            numbered.map(|(k, units)| work(first + k, units)).collect()
        }
    })
}

/// [`pipeline`] with `work` given a whole chunk at a time: the index of its first text, each
/// text's units, and whether to spread the work over the pool (false with one thread). It gives
/// one result per text of the chunk, in order.
pub fn chunk_pipeline<R, F>(
    texts: &[Bound<'_, PyAny>],
    threads: Option<usize>,
    work: F,
) -> PyResult<Vec<R>>
where
    R: Send + 'static,
    F: Fn(usize, &[Vec<u16>], bool) -> Vec<R> + Send + Sync + 'static,
{
    let threads = crate::pool::threads(threads)?;
    let py = match texts.first() {
        Some(text) => text.py(),
        None => return Ok(Vec::new()),
    };
    let mut results = Vec::with_capacity(texts.len());
    let mut chunks = Chunks { texts, next: 0 };
    if threads == 1 {
        while let Some((first, units)) = chunks.encode_next()? {
            let done = py.detach(|| guarded(|| work(first, &units, false)))?;
            results.extend(done);
            py.check_signals()?;
        }
        return Ok(results);
    }
    // The pool has `threads` threads; this one converts strings between chunks and otherwise
    // waits, so it needs no core of its own.
    let pool = crate::pool::pool(Some(threads))?;
    let work = Arc::new(work);
    let (sender, receiver) = mpsc::channel();
    // Receiver is not Sync; the lock lets the wait run with the GIL released.
    let receiver = Mutex::new(receiver);
    let submit = |(first, units): (usize, Vec<Vec<u16>>)| {
        let (sender, work) = (sender.clone(), work.clone());
        pool.spawn(move || {
            let done = guarded(|| work(first, &units, true));
            let _ = sender.send(done);
        });
    };
    let mut in_flight = false;
    loop {
        let next = chunks.encode_next()?;
        let done = if in_flight {
            let received = py.detach(|| receiver.lock().ok()?.recv().ok());
            let done = received.ok_or_else(|| {
                KhabarError::new_err("a batch worker vanished; this is a bug in khabar")
            })?;
            Some(done?)
        } else {
            None
        };
        in_flight = next.is_some();
        if let Some(units) = next {
            submit(units);
        }
        if let Some(done) = done {
            results.extend(done);
            py.check_signals()?;
        }
        if !in_flight {
            return Ok(results);
        }
    }
}

/// Batches are cut into chunks of about this many UTF-16 units: small enough to stay in cache
/// and to notice Ctrl-C quickly, large enough that handing a chunk to the pool costs little.
const CHUNK_UNITS: usize = 1 << 20;

/// Encodes `texts` chunk by chunk.
struct Chunks<'a, 'py> {
    texts: &'a [Bound<'py, PyAny>],
    next: usize,
}

impl Chunks<'_, '_> {
    /// The next chunk: the index of its first text, and each text's UTF-16 units.
    fn encode_next(&mut self) -> PyResult<Option<(usize, Vec<Vec<u16>>)>> {
        let first = self.next;
        let mut chunk = Vec::new();
        let mut size = 0;
        while self.next < self.texts.len() && size < CHUNK_UNITS {
            let what = format!("texts[{}]", self.next);
            let units = utf16_units(&self.texts[self.next], &what)?
                .units()
                .into_owned();
            size += units.len() + 64;
            chunk.push(units);
            self.next += 1;
        }
        Ok((!chunk.is_empty()).then_some((first, chunk)))
    }
}

/// Every item of an iterable of str (a list, a tuple, a pandas Series...), in order.
pub fn texts_of<'py>(texts: &Bound<'py, PyAny>) -> PyResult<Vec<Bound<'py, PyAny>>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str, not one str; use normalize() for one text",
        ));
    }
    texts.try_iter()?.collect()
}

/// The results of a batch as one Python list per text, each result converted by `convert`.
pub fn lists<'py, R, T>(
    py: Python<'py>,
    results: Vec<Vec<R>>,
    convert: impl Fn(R) -> T,
) -> PyResult<Bound<'py, PyAny>>
where
    T: IntoPyObject<'py>,
{
    let lists = results
        .into_iter()
        .map(|found| PyList::new(py, found.into_iter().map(&convert)))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(PyList::new(py, lists)?.into_any())
}

/// Labelled spans of a batch as columns for ``pandas.DataFrame``: ``doc``, ``label``, ``start``
/// and ``end``, one row per span.
pub fn span_columns<'py, L>(
    py: Python<'py>,
    label: &str,
    results: Vec<Vec<(L, usize, usize)>>,
) -> PyResult<Bound<'py, PyAny>>
where
    L: IntoPyObject<'py>,
{
    let (mut doc, mut labels, mut start, mut end) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (index, found) in results.into_iter().enumerate() {
        for (name, from, to) in found {
            doc.push(index);
            labels.push(name);
            start.push(from);
            end.push(to);
        }
    }
    let dict = PyDict::new(py);
    dict.set_item("doc", doc)?;
    dict.set_item(label, labels)?;
    dict.set_item("start", start)?;
    dict.set_item("end", end)?;
    Ok(dict.into_any())
}

/// For the tests of the boundary: runs a batch whose work panics on the text ``"panic"``, or,
/// with ``texts`` empty, one panicking call outside a batch. Each panic must reach Python as a
/// KhabarError, never as PanicException.
#[pyfunction]
#[pyo3(signature = (texts, threads = None))]
pub fn _panic_for_tests(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    threads: Option<usize>,
) -> PyResult<usize> {
    let texts = texts_of(texts)?;
    let panic_on = |units: &[u16]| {
        if units.is_empty() || units == "panic".encode_utf16().collect::<Vec<_>>() {
            panic!("panic asked for by the tests");
        }
        units.len()
    };
    if texts.is_empty() {
        return Ok(super::detached(py, 0, || panic_on(&[]))?);
    }
    Ok(pipeline(&texts, threads, move |_, units| panic_on(units))?.len())
}
