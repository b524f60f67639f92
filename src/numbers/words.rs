//! A whole number in Arabic words, the reverse of reading them: for property tests
//! (words → value → words) and for users. Masculine, nominative, as in counting.

use crate::error::{Error, Result};

const UNITS: [&str; 10] = [
    "",
    "واحد",
    "اثنان",
    "ثلاثة",
    "أربعة",
    "خمسة",
    "ستة",
    "سبعة",
    "ثمانية",
    "تسعة",
];
const TENS: [&str; 10] = [
    "",
    "عشرة",
    "عشرون",
    "ثلاثون",
    "أربعون",
    "خمسون",
    "ستون",
    "سبعون",
    "ثمانون",
    "تسعون",
];
const HUNDREDS: [&str; 10] = [
    "",
    "مئة",
    "مئتان",
    "ثلاثمئة",
    "أربعمئة",
    "خمسمئة",
    "ستمئة",
    "سبعمئة",
    "ثمانمئة",
    "تسعمئة",
];
/// (value, one, two, three to ten, eleven and up)
const SCALES: [(u64, &str, &str, &str, &str); 4] = [
    (
        1_000_000_000_000,
        "تريليون",
        "تريليونان",
        "تريليونات",
        "تريليونا",
    ),
    (1_000_000_000, "مليار", "ملياران", "مليارات", "مليارا"),
    (1_000_000, "مليون", "مليونان", "ملايين", "مليونا"),
    (1_000, "ألف", "ألفان", "آلاف", "ألفا"),
];

/// The largest number [`to_words`] writes: trillion is the largest scale it names (and the
/// largest the number reader knows), and a count of trillions is below a thousand.
pub const MAX: u64 = 999_999_999_999_999;

/// `value` in Arabic words, e.g. 2025 → ألفان وخمسة وعشرون; from 0 to [`MAX`].
pub fn to_words(value: u64) -> Result<String> {
    if value > MAX {
        return Err(Error::NumberOutOfRange(value.to_string()));
    }
    if value == 0 {
        return Ok("صفر".to_owned());
    }
    let mut parts = Vec::new();
    let mut rest = value;
    for (scale, one, two, few, many) in SCALES {
        let count = rest / scale;
        rest %= scale;
        match count {
            0 => {}
            1 => parts.push(one.to_owned()),
            2 => parts.push(two.to_owned()),
            3..=10 => parts.push(format!("{} {few}", below_thousand(count))),
            _ => parts.push(format!("{} {many}", below_thousand(count))),
        }
    }
    if rest > 0 {
        parts.push(below_thousand(rest));
    }
    Ok(parts.join(" و"))
}

fn below_thousand(value: u64) -> String {
    let (hundreds, rest) = ((value / 100) as usize, value % 100);
    let mut parts = Vec::new();
    if hundreds > 0 {
        parts.push(HUNDREDS[hundreds].to_owned());
    }
    match rest {
        0 => {}
        1..=10 => parts.push(
            if rest == 10 {
                TENS[1]
            } else {
                UNITS[rest as usize]
            }
            .to_owned(),
        ),
        11 => parts.push("أحد عشر".to_owned()),
        12 => parts.push("اثنا عشر".to_owned()),
        13..=19 => parts.push(format!("{} عشر", UNITS[rest as usize - 10])),
        _ => {
            let (tens, units) = ((rest / 10) as usize, (rest % 10) as usize);
            if units > 0 {
                parts.push(format!("{} و{}", UNITS[units], TENS[tens]));
            } else {
                parts.push(TENS[tens].to_owned());
            }
        }
    }
    parts.join(" و")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_number_up_to_the_largest_is_written_and_beyond_it_refused() {
        assert_eq!(to_words(0).unwrap(), "صفر");
        assert_eq!(to_words(2025).unwrap(), "ألفان وخمسة وعشرون");
        for value in [
            MAX,
            MAX - 1,
            10u64.pow(15) - 10u64.pow(12),
            999_000_000_000_000,
        ] {
            let words = to_words(value).unwrap();
            assert!(words.starts_with("تسعمئة وتسعة وتسعون تريليونا"), "{words}");
        }
        for value in [MAX + 1, 10u64.pow(15), u64::MAX] {
            let error = to_words(value).unwrap_err();
            assert_eq!(error, Error::NumberOutOfRange(value.to_string()));
            assert!(error.to_string().contains("999,999,999,999,999"), "{error}");
        }
    }
}
