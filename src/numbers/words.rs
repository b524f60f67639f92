//! A whole number in Arabic words, the reverse of reading them: for property tests
//! (words → value → words) and for users. Masculine, nominative, as in counting.

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

/// `value` in Arabic words, e.g. 2025 → ألفان وخمسة وعشرون.
pub fn to_words(value: u64) -> String {
    if value == 0 {
        return "صفر".to_owned();
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
    parts.join(" و")
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
