//! The day a text is read for, from Python: numbers resolve dates against it, quotes and
//! entities read a title as its holder of that day.

use chrono::NaiveDate;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyFloat, PyString};

use super::batch::texts_of;

/// A reference date from None, an ISO string, or a ``datetime.date``/``datetime``; a missing
/// value as pandas writes it (NaN, NaT) is None, as a column of publication dates has them.
pub fn reference_date(value: Option<&Bound<'_, PyAny>>) -> PyResult<Option<NaiveDate>> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    if let Ok(number) = value.cast::<PyFloat>() {
        if number.value().is_nan() {
            return Ok(None);
        }
    }
    let iso: String = if let Ok(text) = value.cast::<PyString>() {
        text.to_str()?.to_owned()
    } else if value.hasattr("isoformat")? {
        value.call_method0("isoformat")?.extract()?
    } else {
        return Err(PyTypeError::new_err(format!(
            "reference_date must be a datetime.date or an ISO date string, not {}",
            value.get_type().name()?
        )));
    };
    if iso == "NaT" {
        return Ok(None);
    }
    let day = iso.get(..10).unwrap_or(&iso);
    NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| PyValueError::new_err(format!("reference_date {iso:?} is not an ISO date")))
}

/// One reference date (or None) per text: `dates` is None or as long as the batch.
pub fn reference_dates(
    dates: Option<&Bound<'_, PyAny>>,
    texts: usize,
) -> PyResult<Vec<Option<NaiveDate>>> {
    let Some(dates) = dates.filter(|d| !d.is_none()) else {
        return Ok(vec![None; texts]);
    };
    let dates = texts_of(dates)?;
    if dates.len() != texts {
        return Err(PyValueError::new_err(format!(
            "reference_dates has {} items for {texts} texts",
            dates.len()
        )));
    }
    // the item's index in the message: a column of thousands names which one is wrong
    dates
        .iter()
        .enumerate()
        .map(|(k, d)| {
            reference_date(Some(d)).map_err(|error| {
                let py = d.py();
                let message = format!("reference_dates[{k}]: {}", error.value(py));
                PyErr::from_type(error.get_type(py), message)
            })
        })
        .collect()
}
