//! Wire copies: articles that repeat another's text (one agency dispatch run by several outlets).
//!
//! Each article is a set of 5-word shingles summarised by a MinHash signature; signatures are cut
//! into bands, and two articles that agree on a whole band are candidates (locality-sensitive
//! hashing), so no pair of articles is compared unless they probably share much of their text.
//! A candidate is a copy when its estimated Jaccard similarity reaches `COPY_SIMILARITY`.

use rustc_hash::FxHashMap;

/// Words per shingle.
const SHINGLE: usize = 5;
/// Hash functions in a signature, as `BANDS` bands of `ROWS`: pairs at Jaccard 0.5 share a band
/// with probability 1 − (1 − 0.5⁴)¹⁶ ≈ 0.64, at 0.7 with 0.98, at 0.3 with 0.12.
const BANDS: usize = 16;
const ROWS: usize = 4;
pub const HASHES: usize = BANDS * ROWS;
/// The estimated share of shingles two articles must have in common to be copies.
pub const COPY_SIMILARITY: f32 = 0.5;
/// Articles looked at in one bucket, newest first.
const BUCKET_SCAN: usize = 64;
/// Articles of fewer shingles say too little to be called copies.
const MIN_SHINGLES: usize = 20;

pub type Signature = [u64; HASHES];

/// Words of an article's body whose 3-word shingles are its lead (see [`lead`]).
pub const LEAD_WORDS: usize = 25;
/// Words per shingle of a lead: short, since a lead is short.
const LEAD_SHINGLE: usize = 3;
/// The share of lead shingles two articles of one outlet need in common to be copies. An
/// outlet repeats a piece of its own (a re-post) from its start; one that repeats an earlier
/// piece of its own further down, under a lead of its own, writes a new development on the
/// same affair with the earlier text as background (the charge after the arrest, the other
/// party's reply), and is no copy however much text the two share.
pub const OWN_COPY_LEAD: f32 = 0.2;

/// The hashed 3-word shingles of the first `LEAD_WORDS` of `words` (an article's body), sorted.
pub fn lead(words: &[u64]) -> Vec<u64> {
    let first = &words[..words.len().min(LEAD_WORDS)];
    let mut shingles: Vec<u64> = first
        .windows(LEAD_SHINGLE)
        .map(|w| w.iter().fold(SEED, |h, &x| mix(h ^ x)))
        .collect();
    shingles.sort_unstable();
    shingles.dedup();
    shingles
}

/// The Jaccard similarity of two leads (sorted shingle sets); 0 when either is empty.
pub fn lead_similarity(a: &[u64], b: &[u64]) -> f32 {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - shared;
    if union == 0 {
        0.0
    } else {
        shared as f32 / union as f32
    }
}

/// The MinHash signature of an article's words, or None when it is too short.
pub fn signature(words: &[u64]) -> Option<Signature> {
    if words.len() < SHINGLE + MIN_SHINGLES {
        return None;
    }
    // the minimums of 64 hashes a shingle are a sixth of the story index's work: four at a time
    // where the processor can (the same signature, the same integer operations)
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the processor has AVX2, the one requirement of `minimums_avx2`
        return Some(unsafe { minimums_avx2(words) });
    }
    Some(minimums(words))
}

/// [`minimums`] compiled for processors with AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn minimums_avx2(words: &[u64]) -> Signature {
    minimums(words)
}

/// The signature of an article's words: for each of the `HASHES` hash functions, the least hash
/// of its shingles.
#[inline(always)]
fn minimums(words: &[u64]) -> Signature {
    let mut minimum = [u64::MAX; HASHES];
    for window in words.windows(SHINGLE) {
        let shingle = window
            .iter()
            .fold(0x9e37_79b9_7f4a_7c15u64, |h, &w| mix(h ^ w));
        // the k-th hash of a shingle is a + k·b (double hashing): one mix per shingle, not 64
        let (a, b) = (mix(shingle), mix(shingle ^ SEED) | 1);
        let mut hashed = a;
        for slot in minimum.iter_mut() {
            *slot = (*slot).min(hashed);
            hashed = hashed.wrapping_add(b);
        }
    }
    minimum
}

/// The estimated Jaccard similarity of two signatures.
pub fn similarity(a: &Signature, b: &Signature) -> f32 {
    let same = a.iter().zip(b).filter(|(x, y)| x == y).count();
    same as f32 / HASHES as f32
}

/// Buckets of band hashes to the articles that have them.
#[derive(Default)]
pub struct BandIndex {
    buckets: Vec<FxHashMap<u64, Vec<u32>>>,
}

impl BandIndex {
    /// The articles indexed so far that share a band with `signature`, each once, in order:
    /// of a crowded bucket (a text run many times) the newest `BUCKET_SCAN`, which hold its
    /// copies as well as all of them would.
    pub fn candidates(&self, signature: &Signature) -> Vec<u32> {
        let mut found: Vec<u32> = Vec::new();
        for (band, bucket) in self.buckets.iter().enumerate() {
            if let Some(articles) = bucket.get(&band_hash(signature, band)) {
                found.extend(articles.iter().rev().take(BUCKET_SCAN));
            }
        }
        found.sort_unstable();
        found.dedup();
        found
    }

    pub fn insert(&mut self, article: u32, signature: &Signature) {
        if self.buckets.is_empty() {
            self.buckets = (0..BANDS).map(|_| FxHashMap::default()).collect();
        }
        for (band, bucket) in self.buckets.iter_mut().enumerate() {
            bucket
                .entry(band_hash(signature, band))
                .or_default()
                .push(article);
        }
    }
}

fn band_hash(signature: &Signature, band: usize) -> u64 {
    signature[band * ROWS..(band + 1) * ROWS]
        .iter()
        .fold(band as u64, |h, &x| mix(h ^ x))
}

/// splitmix64's finaliser: a fast, well-spread 64-bit mix.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The seed of a shingle's second hash.
const SEED: u64 = 0x243f_6a88_85a3_08d3;

#[cfg(test)]
mod tests {
    use super::*;

    /// A digest of the signature of words 0..30, as the portable loop makes it.
    const PINNED: u64 = 0xa1aa_e51d_c069_93c0;

    fn words(n: usize, offset: u64) -> Vec<u64> {
        (0..n as u64).map(|k| k + offset).collect()
    }

    #[test]
    fn a_copy_with_an_edited_end_is_found_and_another_text_is_not() {
        let original = words(200, 0);
        let mut copy = original.clone();
        copy.truncate(170);
        copy.extend(words(20, 10_000));
        let other = words(200, 50_000);
        let (a, b, c) = (
            signature(&original).unwrap(),
            signature(&copy).unwrap(),
            signature(&other).unwrap(),
        );
        assert!(similarity(&a, &b) >= COPY_SIMILARITY);
        assert!(similarity(&a, &c) < 0.1);
        let mut index = BandIndex::default();
        index.insert(0, &a);
        index.insert(2, &c);
        assert_eq!(index.candidates(&b), vec![0]);
    }

    #[test]
    fn leads_are_alike_when_they_start_alike() {
        let (a, b) = (lead(&words(40, 0)), lead(&words(40, 0)));
        assert_eq!(lead_similarity(&a, &b), 1.0);
        // a new first sentence of 20 words, then the old text
        let mut later = words(20, 900);
        later.extend(words(40, 0));
        assert!(lead_similarity(&a, &lead(&later)) < OWN_COPY_LEAD);
        assert_eq!(lead_similarity(&[], &[]), 0.0);
    }

    #[test]
    fn the_signature_is_the_same_with_avx2_or_without() {
        let mut state: u64 = 7;
        for n in [25, 26, 31, 64, 200, 1_000] {
            let words: Vec<u64> = (0..n)
                .map(|_| {
                    state = state
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1);
                    state >> 40
                })
                .collect();
            assert_eq!(signature(&words), Some(minimums(&words)), "{n} words");
        }
        // and the hashes are those every build made before (stories stay the same across versions)
        let pinned = signature(&words(30, 0)).unwrap();
        assert_eq!(pinned.iter().fold(0u64, |h, &x| mix(h ^ x)), PINNED);
    }

    #[test]
    fn short_texts_have_no_signature() {
        assert!(signature(&words(10, 0)).is_none());
    }
}
