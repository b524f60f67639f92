//! The alignment between an original text and its normalized form, in code points.
//!
//! Normalization turns the original into a sequence of atoms: runs where characters map one to one
//! (stored implicitly) and atoms that cannot be split (a letter with its removed diacritics, a
//! ligature that became two letters, a run of spaces that became one, removed invisible characters).
//! Only atom boundaries are stored, so text that normalization barely touches costs almost nothing.

use crate::error::{Error, Result};

/// Maps spans between the original text and its normalized form, both ways.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Alignment {
    /// Segment boundaries as (original, normalized) code-point offsets, from (0, 0) to the ends.
    points: Vec<(u32, u32)>,
    /// For each segment (between two consecutive points): whether it maps one to one.
    linear: Vec<bool>,
}

impl Alignment {
    /// The alignment of a text that normalization left as it was.
    pub fn identity(len: usize) -> Result<Alignment> {
        let len = u32::try_from(len).map_err(|_| Error::TextTooLong(len))?;
        Ok(if len == 0 {
            Alignment {
                points: vec![(0, 0)],
                linear: vec![],
            }
        } else {
            Alignment {
                points: vec![(0, 0), (len, len)],
                linear: vec![true],
            }
        })
    }

    /// Rebuilds an alignment from [`Alignment::parts`], checking that it is well formed.
    pub fn from_parts(points: Vec<(u32, u32)>, linear: Vec<bool>) -> Result<Alignment> {
        if points.first() != Some(&(0, 0)) || linear.len() + 1 != points.len() {
            return Err(Error::InvalidAlignment(
                "it must start at (0, 0), one flag a segment",
            ));
        }
        for (pair, &is_linear) in points.windows(2).zip(&linear) {
            let (orig, norm) = (
                pair[1].0.checked_sub(pair[0].0),
                pair[1].1.checked_sub(pair[0].1),
            );
            match (orig, norm) {
                (Some(o), Some(n)) if o > 0 && (!is_linear || o == n) => {}
                _ => return Err(Error::InvalidAlignment("segments must move forward")),
            }
        }
        Ok(Alignment { points, linear })
    }

    /// The segment boundaries and, for each segment, whether it maps one to one.
    pub fn parts(&self) -> (&[(u32, u32)], &[bool]) {
        (&self.points, &self.linear)
    }

    pub fn original_len(&self) -> usize {
        self.points.last().map_or(0, |p| p.0 as usize)
    }

    pub fn normalized_len(&self) -> usize {
        self.points.last().map_or(0, |p| p.1 as usize)
    }

    /// The span of the original text that produced `start..end` of the normalized text.
    pub fn to_original(&self, start: usize, end: usize) -> Result<(usize, usize)> {
        let len = self.normalized_len();
        check_span(start, end, len)?;
        if start == end {
            let at = if start == len {
                self.original_len()
            } else {
                self.original_start(start)
            };
            return Ok((at, at));
        }
        Ok((self.original_start(start), self.original_end(end - 1)))
    }

    /// The span of the normalized text that `start..end` of the original produced. Characters that
    /// produced nothing map to an empty span where they stood.
    pub fn to_normalized(&self, start: usize, end: usize) -> Result<(usize, usize)> {
        let len = self.original_len();
        check_span(start, end, len)?;
        if start == end {
            let at = if start == len {
                self.normalized_len()
            } else {
                self.normalized_start(start)
            };
            return Ok((at, at));
        }
        let (from, to) = (self.normalized_start(start), self.normalized_end(end - 1));
        Ok((from, to.max(from)))
    }

    /// The pieces that changed, as `(original_start, original_end, start, end)`: the atoms, and
    /// the runs of one-to-one characters that differ. `original` and `normalized` are the texts.
    pub fn changes(
        &self,
        original: &[char],
        normalized: &[char],
    ) -> Vec<(usize, usize, usize, usize)> {
        let mut changes = Vec::new();
        for (k, pair) in self.points.windows(2).enumerate() {
            let ((o0, n0), (o1, n1)) = (pair[0], pair[1]);
            let (o0, n0, o1, n1) = (o0 as usize, n0 as usize, o1 as usize, n1 as usize);
            if !self.linear[k] {
                changes.push((o0, o1, n0, n1));
                continue;
            }
            let mut i = 0;
            while i < o1 - o0 {
                let differs = |i: usize| original.get(o0 + i) != normalized.get(n0 + i);
                if !differs(i) {
                    i += 1;
                    continue;
                }
                let first = i;
                while i < o1 - o0 && differs(i) {
                    i += 1;
                }
                changes.push((o0 + first, o0 + i, n0 + first, n0 + i));
            }
        }
        changes
    }

    /// The segment holding normalized character `at`, by its index in `points`.
    fn segment_of_normalized(&self, at: usize) -> usize {
        self.points.partition_point(|p| p.1 as usize <= at) - 1
    }

    fn segment_of_original(&self, at: usize) -> usize {
        self.points.partition_point(|p| p.0 as usize <= at) - 1
    }

    fn original_start(&self, at: usize) -> usize {
        let k = self.segment_of_normalized(at);
        let (orig, norm) = self.points[k];
        if self.linear[k] {
            orig as usize + (at - norm as usize)
        } else {
            orig as usize
        }
    }

    fn original_end(&self, at: usize) -> usize {
        let k = self.segment_of_normalized(at);
        let (orig, norm) = self.points[k];
        if self.linear[k] {
            orig as usize + (at - norm as usize) + 1
        } else {
            self.points[k + 1].0 as usize
        }
    }

    fn normalized_start(&self, at: usize) -> usize {
        let k = self.segment_of_original(at);
        let (orig, norm) = self.points[k];
        if self.linear[k] {
            norm as usize + (at - orig as usize)
        } else {
            norm as usize
        }
    }

    fn normalized_end(&self, at: usize) -> usize {
        let k = self.segment_of_original(at);
        let (orig, norm) = self.points[k];
        if self.linear[k] {
            norm as usize + (at - orig as usize) + 1
        } else {
            self.points[k + 1].1 as usize
        }
    }
}

fn check_span(start: usize, end: usize, len: usize) -> Result<()> {
    if start <= end && end <= len {
        Ok(())
    } else {
        Err(Error::SpanOutOfRange { start, end, len })
    }
}

/// What the normalization loop reports, one original code point at a time.
pub(crate) trait Recorder {
    /// Whether it records anything (the loop takes a shortcut for removals when not).
    const ALIGNS: bool;
    /// One code point in, one out.
    fn keep(&mut self);
    /// One code point in, `units` code points out, as one atom.
    fn expand(&mut self, units: u32);
    /// One code point in, nothing out; it joins the atom of the last character written.
    fn attach(&mut self);
    /// One code point in, nothing out, belonging to nothing.
    fn drop(&mut self);
}

/// Normalization without alignment records nothing.
impl Recorder for () {
    const ALIGNS: bool = false;
    #[inline(always)]
    fn keep(&mut self) {}
    #[inline(always)]
    fn expand(&mut self, _: u32) {}
    #[inline(always)]
    fn attach(&mut self) {}
    #[inline(always)]
    fn drop(&mut self) {}
}

/// Builds an [`Alignment`] while the normalization loop runs.
pub(crate) struct AlignmentBuilder {
    points: Vec<(u32, u32)>,
    linear: Vec<bool>,
    orig: u32,
    norm: u32,
    /// Where the atom holding the last character written starts.
    last_atom: Option<(u32, u32)>,
}

impl AlignmentBuilder {
    /// A builder for an input of `units` code units; sized for a lightly diacritized text.
    pub fn new(units: usize) -> Self {
        let mut points = Vec::with_capacity(units / 4 + 2);
        points.push((0, 0));
        AlignmentBuilder {
            points,
            linear: Vec::with_capacity(units / 4 + 1),
            orig: 0,
            norm: 0,
            last_atom: None,
        }
    }

    /// Closes the one-to-one run that ends here, if any.
    fn cut(&mut self) {
        if self.points.last() != Some(&(self.orig, self.norm)) {
            self.points.push((self.orig, self.norm));
            self.linear.push(true);
        }
    }

    fn close_atom(&mut self) {
        self.points.push((self.orig, self.norm));
        self.linear.push(false);
    }

    pub fn finish(mut self) -> Alignment {
        self.cut();
        self.points.shrink_to_fit();
        self.linear.shrink_to_fit();
        Alignment {
            points: self.points,
            linear: self.linear,
        }
    }
}

impl Recorder for AlignmentBuilder {
    const ALIGNS: bool = true;
    fn keep(&mut self) {
        self.last_atom = Some((self.orig, self.norm));
        self.orig += 1;
        self.norm += 1;
    }

    fn expand(&mut self, units: u32) {
        self.cut();
        self.last_atom = Some((self.orig, self.norm));
        self.orig += 1;
        self.norm += units;
        self.close_atom();
    }

    fn attach(&mut self) {
        let Some(start) = self.last_atom else {
            return Recorder::drop(self);
        };
        // The usual cases, cheaply: a letter's first mark opens its atom; a further mark widens it.
        let n = self.points.len();
        if self.points[n - 1] < start {
            self.points.push(start);
            self.linear.push(true);
            self.orig += 1;
            return self.close_atom();
        }
        if n >= 2 && self.points[n - 2] == start && self.points[n - 1] == (self.orig, self.norm) {
            self.orig += 1;
            self.points[n - 1].0 = self.orig;
            return;
        }
        // Undo every boundary since the atom started, then close it one code point later.
        while self.points.last().is_some_and(|p| p.0 > start.0) {
            self.points.pop();
            self.linear.pop();
        }
        if self.points.last() != Some(&start) {
            self.points.push(start);
            self.linear.push(true);
        }
        self.orig += 1;
        self.close_atom();
    }

    fn drop(&mut self) {
        self.cut();
        self.orig += 1;
        self.close_atom();
    }
}
