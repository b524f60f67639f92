//! Batch results as Arrow: the columns are built here and handed to pyarrow through the Arrow
//! PyCapsule interface, so a million facts cost no Python object per value.

use std::sync::Arc;

use arrow_array::builder::{Int64Builder, ListBuilder, StringBuilder};
use arrow_array::{ArrayRef, Float64Array, Int64Array, RecordBatch, StringArray};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3_arrow::PyRecordBatch;

/// Each found item with the number of the text it was found in, in order: the rows of a
/// batch's columns.
pub fn rows_by_doc<T>(results: &[Vec<T>]) -> Vec<(usize, &T)> {
    results
        .iter()
        .enumerate()
        .flat_map(|(doc, found)| found.iter().map(move |item| (doc, item)))
        .collect()
}

/// Named columns of equal length, in order.
#[derive(Default)]
pub struct Columns {
    columns: Vec<(&'static str, ArrayRef)>,
}

impl Columns {
    pub fn integers(self, name: &'static str, values: impl IntoIterator<Item = usize>) -> Self {
        let array = Int64Array::from_iter_values(values.into_iter().map(|v| v as i64));
        self.with(name, Arc::new(array))
    }

    pub fn optional_integers(
        self,
        name: &'static str,
        values: impl IntoIterator<Item = Option<usize>>,
    ) -> Self {
        let array: Int64Array = values.into_iter().map(|v| v.map(|v| v as i64)).collect();
        self.with(name, Arc::new(array))
    }

    pub fn floats(self, name: &'static str, values: impl IntoIterator<Item = Option<f64>>) -> Self {
        let array: Float64Array = values.into_iter().collect();
        self.with(name, Arc::new(array))
    }

    pub fn strings<'a>(
        self,
        name: &'static str,
        values: impl IntoIterator<Item = Option<&'a str>>,
    ) -> Self {
        let array: StringArray = values.into_iter().collect();
        self.with(name, Arc::new(array))
    }

    /// A list of strings per row.
    pub fn string_lists<'a>(
        self,
        name: &'static str,
        rows: impl IntoIterator<Item = &'a [String]>,
    ) -> Self {
        let mut lists = ListBuilder::new(StringBuilder::new());
        for row in rows {
            for value in row {
                lists.values().append_value(value);
            }
            lists.append(true);
        }
        self.with(name, Arc::new(lists.finish()))
    }

    /// A list of (start, end) spans per row, each span a list of two integers.
    pub fn span_lists<'a>(
        self,
        name: &'static str,
        rows: impl IntoIterator<Item = &'a [(usize, usize)]>,
    ) -> Self {
        let mut lists = ListBuilder::new(ListBuilder::new(Int64Builder::new()));
        for row in rows {
            for &(start, end) in row {
                let span = lists.values();
                span.values().append_value(start as i64);
                span.values().append_value(end as i64);
                span.append(true);
            }
            lists.append(true);
        }
        self.with(name, Arc::new(lists.finish()))
    }

    fn with(mut self, name: &'static str, array: ArrayRef) -> Self {
        self.columns.push((name, array));
        self
    }

    /// The columns as a ``pyarrow.RecordBatch``.
    pub fn into_pyarrow(self, py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
        let batch = RecordBatch::try_from_iter(self.columns)
            .map_err(|error| PyValueError::new_err(format!("columns of a batch: {error}")))?;
        if py.import("pyarrow").is_err() {
            return Err(pyo3::exceptions::PyImportError::new_err(
                "as_arrow=True needs pyarrow, which is not installed: pip install pyarrow",
            ));
        }
        PyRecordBatch::new(batch).into_pyarrow(py)
    }
}
