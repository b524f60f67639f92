//! Strings across the boundary, as UTF-16.
//!
//! CPython stores Arabic text two bytes a character, so its UTF-16 codec is close to a copy,
//! and `PyUnicode_AsUTF16String` / `PyUnicode_DecodeUTF16` are in the stable ABI.

use std::borrow::Cow;

use pyo3::exceptions::{PyTypeError, PyUnicodeEncodeError, PyValueError};
use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

/// The UTF-16 code units of a Python str, checked: a non-str is a TypeError and a lone
/// surrogate a ValueError naming its position.
pub fn utf16_units<'py>(text: &Bound<'py, PyAny>, what: &str) -> PyResult<Utf16<'py>> {
    let text = text.cast::<PyString>().map_err(|_| {
        let type_name = text
            .get_type()
            .name()
            .map_or_else(|_| "?".to_owned(), |name| name.to_string());
        PyTypeError::new_err(format!("{what} must be str, not {type_name}"))
    })?;
    let py = text.py();
    // SAFETY: `text` is a valid str; the call returns a new reference or NULL with an exception set.
    let encoded = unsafe { ffi::PyUnicode_AsUTF16String(text.as_ptr()) };
    if encoded.is_null() {
        let error = PyErr::fetch(py);
        if error.is_instance_of::<PyUnicodeEncodeError>(py) {
            let position: usize = error.value(py).getattr("start")?.extract()?;
            return Err(PyValueError::new_err(format!(
                "{what} holds a lone surrogate at position {position}, which no encoding can \
                 represent; repair it first, e.g. with text.encode('utf-16', 'surrogatepass')\
                 .decode('utf-16', 'replace')"
            )));
        }
        return Err(error);
    }
    // SAFETY: non-null new reference to a bytes object.
    let bytes = unsafe { Bound::from_owned_ptr(py, encoded) }.cast_into::<PyBytes>()?;
    Ok(Utf16 {
        text: text.clone(),
        bytes,
    })
}

/// One str and its encoded form: native-endian UTF-16 after a two-byte byte-order mark.
pub struct Utf16<'py> {
    pub text: Bound<'py, PyString>,
    bytes: Bound<'py, PyBytes>,
}

impl Utf16<'_> {
    pub fn units(&self) -> Cow<'_, [u16]> {
        let data = &self.bytes.as_bytes()[2..];
        match bytemuck::try_cast_slice(data) {
            Ok(units) => Cow::Borrowed(units),
            Err(_) => Cow::Owned(
                data.chunks_exact(2)
                    .map(|pair| u16::from_ne_bytes([pair[0], pair[1]]))
                    .collect(),
            ),
        }
    }
}

/// A new Python str from UTF-16 code units.
pub fn str_from_utf16<'py>(py: Python<'py>, units: &[u16]) -> PyResult<Bound<'py, PyString>> {
    let bytes: &[u8] = bytemuck::cast_slice(units);
    let mut byte_order: std::os::raw::c_int = if cfg!(target_endian = "little") {
        -1
    } else {
        1
    };
    // SAFETY: the pointer and length describe `units`, which outlives the call; the errors
    // argument is a valid C string.
    let decoded = unsafe {
        ffi::PyUnicode_DecodeUTF16(
            bytes.as_ptr().cast(),
            bytes.len() as ffi::Py_ssize_t,
            c"surrogatepass".as_ptr(),
            &mut byte_order,
        )
    };
    if decoded.is_null() {
        return Err(PyErr::fetch(py));
    }
    // SAFETY: non-null new reference to a str.
    Ok(unsafe { Bound::from_owned_ptr(py, decoded) }.cast_into::<PyString>()?)
}
