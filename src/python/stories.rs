//! The binding of the story index: it keeps its state between calls, so a stream adds chunk
//! after chunk to one index.

use std::sync::Mutex;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use super::analysis::PySearchTexts;
use super::batch::texts_of;
use super::KhabarError;
use crate::stories::{Article, Settings, StoryIndex};

/// Groups articles into stories: those that report the same happening, across outlets and days.
///
/// Two articles are alike by the cosine of their terms (rare words count most, and those of
/// the title and lead most of all), fading by a factor e every ``fade_days`` between them and
/// nothing beyond ``window_days``; an article that repeats another's text (a wire copy) is that
/// one's story. Stories are the groups of average linkage: two groups join while the mean
/// likeness of their pairs is the highest left and reaches ``threshold``. The index keeps what
/// it is given, so chunks added one after another give what one call gives.
///
/// >>> index = StoryIndex()
/// >>> index.add(["مجلس الأمن يقر هدنة في الغوطة\nصوت مجلس الأمن على هدنة لمدة 30 يوما في الغوطة الشرقية",
/// ...            "برشلونة يفوز بكأس الملك\nفاز برشلونة على إشبيلية في نهائي كأس الملك",
/// ...            "هدنة الغوطة: مجلس الأمن يصوت بالإجماع\nأقر مجلس الأمن بالإجماع هدنة 30 يوما في الغوطة"])
/// >>> index.story_of()
/// [0, 1, 0]
#[pyclass(module = "khabar._khabar", name = "StoryIndex", frozen)]
pub struct PyStoryIndex {
    index: Mutex<StoryIndex>,
}

#[pymethods]
impl PyStoryIndex {
    #[new]
    #[pyo3(signature = (threshold = None, window_days = None, fade_days = None))]
    fn new(
        threshold: Option<f32>,
        window_days: Option<f32>,
        fade_days: Option<f32>,
    ) -> PyResult<Self> {
        let defaults = Settings::default();
        let settings = Settings {
            threshold: threshold.unwrap_or(defaults.threshold),
            window_days: window_days.unwrap_or(defaults.window_days),
            fade_days: fade_days.unwrap_or(defaults.fade_days),
        };
        if !(settings.fade_days > 0.0 && settings.fade_days.is_finite()) {
            return Err(PyValueError::new_err(format!(
                "fade_days must be a number of days > 0, not {}",
                settings.fade_days
            )));
        }
        if !(settings.threshold > 0.0 && settings.threshold <= 1.0) {
            return Err(PyValueError::new_err(format!(
                "threshold must be in (0, 1], not {}",
                settings.threshold
            )));
        }
        if !(settings.window_days >= 0.0 && settings.window_days.is_finite()) {
            return Err(PyValueError::new_err(format!(
                "window_days must be a number of days ≥ 0, not {}",
                settings.window_days
            )));
        }
        Ok(PyStoryIndex {
            index: Mutex::new(StoryIndex::new(settings)),
        })
    }

    /// The likeness an article needs to join a story (a cosine, 0 to 1).
    #[getter]
    fn threshold(&self) -> PyResult<f32> {
        Ok(self.lock()?.settings().threshold)
    }

    /// How many days apart two articles of one story may be.
    #[getter]
    fn window_days(&self) -> PyResult<f32> {
        Ok(self.lock()?.settings().window_days)
    }

    /// The days over which the likeness of two articles fades by a factor e.
    #[getter]
    fn fade_days(&self) -> PyResult<f32> {
        Ok(self.lock()?.settings().fade_days)
    }

    /// Adds ``texts``, with their ``titles`` when the title is not the text's first line,
    /// their publication ``times`` as POSIX seconds (None when unknown) and their ``outlets``
    /// (None when unknown: two articles of one outlet are less alike). The texts are read and
    /// compared on ``threads`` threads with the GIL released. ``normalized`` is what
    /// ``extract_batch(texts, ..., keep_search=True)`` made of the same texts (its fourth item):
    /// they are read from it rather than normalized again.
    #[pyo3(signature = (texts, titles = None, times = None, threads = None, outlets = None, normalized = None))]
    #[allow(clippy::too_many_arguments)]
    fn add(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        titles: Option<Vec<Option<String>>>,
        times: Option<Vec<Option<f64>>>,
        threads: Option<usize>,
        outlets: Option<Vec<Option<String>>>,
        normalized: Option<&Bound<'_, PySearchTexts>>,
    ) -> PyResult<()> {
        // each text's UTF-8 borrowed from its str (which keeps it once asked), not copied into
        // a String under the GIL, where the analysis makes its frames meanwhile
        let texts = texts_of(texts)?;
        let texts: Vec<&str> = texts
            .iter()
            .enumerate()
            .map(|(k, text)| {
                let utf8 = text.cast::<PyString>().ok().and_then(|t| t.to_str().ok());
                utf8.ok_or_else(|| PyValueError::new_err(format!("texts[{k}] must be str")))
            })
            .collect::<PyResult<_>>()?;
        let n = texts.len();
        for (name, given) in [
            ("titles", titles.as_ref().map(Vec::len)),
            ("times", times.as_ref().map(Vec::len)),
            ("outlets", outlets.as_ref().map(Vec::len)),
            ("normalized", normalized.map(|n| n.get().texts.len())),
        ] {
            if given.is_some_and(|len| len != n) {
                return Err(PyValueError::new_err(format!(
                    "{name} has {} items for {n} texts",
                    given.unwrap_or_default()
                )));
            }
        }
        if let Some(bad) = times.iter().flatten().flatten().find(|t| !t.is_finite()) {
            return Err(PyValueError::new_err(format!(
                "times must be finite POSIX seconds or None, not {bad}"
            )));
        }
        // (the texts themselves, free of the GIL)
        let search: Option<&PySearchTexts> = normalized.map(Bound::get);
        let pool = crate::pool::pool(threads)?;
        let mut guard = self.lock()?;
        let index: &mut StoryIndex = &mut guard;
        py.detach(|| {
            let articles: Vec<Article<'_>> = (0..n)
                .map(|k| Article {
                    text: texts[k],
                    title: titles.as_ref().and_then(|t| t[k].as_deref()),
                    time: times.as_ref().and_then(|t| t[k]),
                    outlet: outlets.as_ref().and_then(|o| o[k].as_deref()),
                })
                .collect();
            let given: Vec<Option<&str>> = search
                .map(|s| s.texts.iter().map(Option::as_deref).collect())
                .unwrap_or_default();
            pool.install(|| index.add_normalized(&articles, &given))
        });
        Ok(())
    }

    /// The story of each article added, in order; stories are numbered from 0 in order of
    /// their first article.
    fn story_of(&self, py: Python<'_>) -> PyResult<Vec<u32>> {
        let index = self.lock()?;
        Ok(py.detach(|| index.stories().1))
    }

    /// The stories so far as columns for ``pandas.DataFrame``: ``story``, ``size``,
    /// ``members`` (article numbers, in the order added), ``first`` and ``last`` (POSIX
    /// seconds or None), ``key_terms`` (its heaviest normalized terms) and ``key_words`` (the
    /// same as the titles and leads wrote them).
    #[pyo3(signature = (key_terms = 8))]
    fn stories<'py>(&self, py: Python<'py>, key_terms: usize) -> PyResult<Bound<'py, PyDict>> {
        let index = self.lock()?;
        let (stories, _) = py.detach(|| index.stories());
        let columns = PyDict::new(py);
        columns.set_item("story", (0..stories.len()).collect::<Vec<_>>())?;
        columns.set_item(
            "size",
            stories.iter().map(|s| s.members.len()).collect::<Vec<_>>(),
        )?;
        columns.set_item(
            "members",
            stories
                .iter()
                .map(|s| s.members.clone())
                .collect::<Vec<_>>(),
        )?;
        columns.set_item("first", stories.iter().map(|s| s.first).collect::<Vec<_>>())?;
        columns.set_item("last", stories.iter().map(|s| s.last).collect::<Vec<_>>())?;
        let (terms, words): (Vec<Vec<&str>>, Vec<Vec<&str>>) = stories
            .iter()
            .map(|s| index.key_terms_and_words(&s.members, key_terms))
            .unzip();
        columns.set_item("key_terms", terms)?;
        columns.set_item("key_words", words)?;
        Ok(columns)
    }

    /// The likenesses the stories are grouped by: (earlier, later, likeness) for each pair of
    /// articles compared, alike in words (their faded cosine), a wire copy and its source (1),
    /// or told apart (below 0: two kinds of happening, two days, two actors). Pairs not listed
    /// count 0. What to read when two articles are in one story and should not be.
    fn likenesses(&self, py: Python<'_>) -> PyResult<Vec<(u32, u32, f32)>> {
        let index = self.lock()?;
        Ok(py.detach(|| index.likenesses().to_vec()))
    }

    /// The articles that repeat an earlier one's text: (article, source, similarity), where
    /// similarity is the estimated share of 5-word shingles they have in common.
    fn wire_copies(&self) -> PyResult<Vec<(u32, u32, f32)>> {
        Ok(self
            .lock()?
            .wire_copies()
            .iter()
            .map(|c| (c.article, c.source, c.similarity))
            .collect())
    }

    /// The number of articles added.
    fn __len__(&self) -> PyResult<usize> {
        Ok(self.lock()?.len())
    }

    fn __repr__(&self) -> PyResult<String> {
        let index = self.lock()?;
        let settings = index.settings();
        Ok(format!(
            "StoryIndex(threshold={}, window_days={}, fade_days={}) with {} articles",
            settings.threshold,
            settings.window_days,
            settings.fade_days,
            index.len()
        ))
    }
}

impl PyStoryIndex {
    fn lock(&self) -> PyResult<std::sync::MutexGuard<'_, StoryIndex>> {
        self.index
            .lock()
            .map_err(|_| KhabarError::new_err("a story index was left broken by an earlier error"))
    }
}

/// The distinct terms a text's stories are compared by (search-normalized words without the
/// article, numbers of two digits or more), sorted.
///
/// >>> story_terms("والرئيس في الرياض 2018")
/// ['2018', 'رءيس', 'رياض', 'في']
#[pyfunction]
pub fn story_terms(text: &str) -> Vec<String> {
    StoryIndex::terms_of(text)
}
