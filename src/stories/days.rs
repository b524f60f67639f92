//! The day an article reports: what its first sentence dates its news by (أمس، اليوم، يوم
//! الأحد، مساء السبت), counted from the day it was published.
//!
//! Follow-ups on one topic a day apart share their names and most of their words: a government
//! confirms an investigation on Sunday and names the charge on Monday, a strike on Saturday night
//! and a shell on Monday. Arabic news dates its happening in its first sentence, by the weekday or
//! by أمس and اليوم; two reports of one happening on two days date it alike (قالت الشرطة أمس… the
//! day after قالت الشرطة اليوم…), two happenings on two days do not. An article whose first
//! sentence names no day, or names one after منذ قبل بعد حتى (a background), reports no day.

/// The time an article reports, in quarters of days since 1970 (inclusive): a day is its second
/// to fourth quarters, its dawn the first and second (فجر الأحد), its night the fourth and the
/// next day's first (ليل السبت). So a night meets the next dawn (one outlet's ليل السبت is
/// another's فجر الأحد) but not the next day (ليل السبت is not الأحد's news).
pub type Reported = Option<(i32, i32)>;

/// How far into the body the first sentence is looked for, in characters.
const FIRST_SENTENCE_CHARS: usize = 300;
/// Hours added to a publication time (UTC) to get the day of most Arab newsrooms (UTC+2 to +4).
const NEWSROOM_HOURS: f64 = 3.0;
/// A weekday names the day this many days before publication at most (or the day after: with
/// اليوم a time zone's slip, alone a day to come): the news of the week.
const WEEKDAY_BACK: i32 = 5;

/// The weekdays, with 0 for Sunday, in the spellings news uses (with and without hamza).
const WEEKDAYS: [(&str, i32); 10] = [
    ("الأحد", 0),
    ("الاحد", 0),
    ("الإثنين", 1),
    ("الاثنين", 1),
    ("الثلاثاء", 2),
    ("الأربعاء", 3),
    ("الاربعاء", 3),
    ("الخميس", 4),
    ("الجمعة", 5),
    ("السبت", 6),
];
/// Words before a day that put the happening in its evening or night, which reaches the next
/// dawn.
const NIGHT: [&str; 3] = ["مساء", "ليل", "ليلة"];
/// Words before a day that put the happening at its dawn, which the night before reaches.
const DAWN: [&str; 1] = ["فجر"];
/// Words before a day that make it a background to the news (منذ الأحد، بعد أن أعلن أمس) or a
/// day to come (أرجأ التصويت إلى السبت، ابتداء من الثلاثاء).
const BACKGROUND: [&str; 7] = ["منذ", "حتى", "قبل", "بعد", "بعدما", "إلى", "من"];
/// Words that open a background clause (عقب تعرضه لإصابة، مساء السبت; على الرغم من إعلان
/// واشنطن الخميس): a day at most `CLAUSE_REACH` words after one is that clause's.
const CLAUSE_BACKGROUND: [&str; 10] = [
    "بعد",
    "بعدما",
    "عقب",
    "إثر",
    "اثر",
    "رغم",
    "الرغم",
    "منذ",
    "قبل",
    "قبيل",
];
const CLAUSE_REACH: usize = 5;
/// Words after بعد or قبل that make them a time of the day (بعد ظهر الجمعة), no clause.
const TIME_OF_DAY: [&str; 3] = ["ظهر", "منتصف", "الظهر"];
/// Words after a weekday that make it one to come (الأحد المقبل).
const TO_COME: [&str; 2] = ["المقبل", "القادم"];
const YESTERDAY: [&str; 2] = ["أمس", "امس"];
const TODAY: [&str; 2] = ["اليوم", "الليلة"];
/// Words after الليلة that make it the night before publication (الليلة الماضية), not tonight.
const LAST: [&str; 2] = ["الماضية", "الفائتة"];

/// The day that `title` and `text` report, for an article published at `time` (seconds since
/// 1970, UTC). The body is `text` without its first line when that line is the title (or when
/// there is no title).
pub fn reported(title: Option<&str>, text: &str, time: Option<f64>) -> Reported {
    let time = time?;
    let published = ((time + NEWSROOM_HOURS * 3600.0) / 86_400.0).floor() as i32;
    let sentence: String = body(title, text)
        .trim_start()
        .chars()
        .take(FIRST_SENTENCE_CHARS)
        .take_while(|&c| c != '.' && c != '\n')
        .collect();
    let words: Vec<&str> = sentence
        .split(|c: char| !is_letter(c))
        .filter(|w| !w.is_empty())
        .collect();
    for (k, &word) in words.iter().enumerate() {
        // the word before the day, or before its يوم (بدءا من يوم الثلاثاء، مساء يوم السبت)
        let before = k
            .checked_sub(1)
            .map(|b| match words[b] {
                "يوم" => b.checked_sub(1).map(|b| words[b]),
                w => Some(w),
            })
            .unwrap_or_default();
        let after = words.get(k + 1).copied();
        let day = if YESTERDAY.contains(&word) {
            // أمس الأول: the day before yesterday
            Some(published - if after == Some("الأول") { 2 } else { 1 })
        } else if word == "الليلة" && after.is_some_and(|a| LAST.contains(&a)) {
            // الليلة الماضية: last night, the night before the day of publication
            Some(published - 1)
        } else if TODAY.contains(&word) {
            Some(
                after
                    .and_then(weekday)
                    .map_or(published, |named| on(published, named)),
            )
        } else {
            weekday(word).map(|named| on(published, named))
        };
        if let Some(day) = day {
            // the first day named dates the news, unless it is a background's: then the next.
            // A weekday alone that names the day after publication is a day to come (the match
            // on Saturday, his return to work on Tuesday): of about 300 first sentences of ANT
            // naming one, nearly all are previews and plans, not a newsroom's clock running ahead
            let tomorrow = weekday(word).is_some() && day > published;
            let background = before.is_some_and(|b| BACKGROUND.contains(&b))
                || after.is_some_and(|a| TO_COME.contains(&a))
                || tomorrow
                || in_background_clause(&words[k.saturating_sub(CLAUSE_REACH)..k], &words[k..]);
            if background {
                continue;
            }
            let part = if word == "الليلة" || before.is_some_and(|b| NIGHT.contains(&b)) {
                (4 * day + 3, 4 * day + 4)
            } else if before.is_some_and(|b| DAWN.contains(&b)) {
                (4 * day, 4 * day + 1)
            } else {
                (4 * day + 1, 4 * day + 3)
            };
            return Some(part);
        }
    }
    None
}

/// `text` without its first line when that line is the title (or when there is no title).
pub fn body<'a>(title: Option<&str>, text: &'a str) -> &'a str {
    match (title, text.split_once('\n')) {
        (None, Some((_, rest))) => rest,
        (Some(title), Some((first, rest))) if first.trim() == title.trim() => rest,
        _ => text,
    }
}

/// Whether one of `preceding` opens a background clause: a clause word not followed by a time of
/// day (`following` continues `preceding`).
fn in_background_clause(preceding: &[&str], following: &[&str]) -> bool {
    preceding.iter().enumerate().any(|(k, w)| {
        let next = preceding.get(k + 1).or(following.first());
        CLAUSE_BACKGROUND.contains(w) && !next.is_some_and(|n| TIME_OF_DAY.contains(n))
    })
}

/// Whether two articles report different days: each names one, and they do not meet.
pub fn apart(a: Reported, b: Reported) -> bool {
    match (a, b) {
        (Some((a_first, a_last)), Some((b_first, b_last))) => a_last < b_first || b_last < a_first,
        _ => false,
    }
}

fn weekday(word: &str) -> Option<i32> {
    WEEKDAYS
        .iter()
        .find_map(|&(name, day)| (name == word).then_some(day))
}

/// The day of weekday `named` nearest before `published` (or `published` + 1).
fn on(published: i32, named: i32) -> i32 {
    // 1 January 1970 was a Thursday (4)
    (-WEEKDAY_BACK..=1)
        .map(|offset| published + offset)
        .find(|d| (d + 4).rem_euclid(7) == named)
        .unwrap_or(published)
}

fn is_letter(c: char) -> bool {
    matches!(c as u32, 0x0621..=0x064A) || c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Noon UTC of the day `day` days after Sunday 4 January 1970.
    fn sunday_plus(day: i32) -> Option<f64> {
        Some((f64::from(3 + day) + 0.5) * 86_400.0)
    }

    #[test]
    fn the_first_sentence_dates_the_news() {
        let monday = sunday_plus(1);
        let sunday = reported(
            None,
            "عنوان\nأعلنت الشرطة يوم الأحد أنها أوقفت ثلاثة أشخاص. وقالت الاثنين إن…",
            monday,
        );
        let yesterday = reported(
            None,
            "عنوان\nأعلنت الشرطة أمس أنها أوقفت ثلاثة أشخاص",
            monday,
        );
        let today = reported(
            None,
            "عنوان\nأعلنت الشرطة، اليوم الاثنين، توقيف ثلاثة",
            monday,
        );
        assert_eq!(sunday, Some((4 * 3 + 1, 4 * 3 + 3)));
        assert_eq!(sunday, yesterday);
        assert!(apart(sunday, today));
        assert!(!apart(sunday, yesterday));
        // a title given apart, the text without it
        assert_eq!(
            reported(Some("عنوان"), "أعلنت الشرطة أمس توقيف ثلاثة", monday),
            yesterday
        );
    }

    #[test]
    fn a_night_reaches_the_next_dawn_not_the_next_day() {
        let monday = sunday_plus(1);
        let night = reported(None, "عنوان\nقصفت الطائرات ليل الأحد موقعين", monday);
        let dawn = reported(None, "عنوان\nقصفت الطائرات فجر الاثنين موقعين", monday);
        let morning = reported(None, "عنوان\nقتل شخصان صباح الاثنين", monday);
        let day = reported(None, "عنوان\nقصفت الطائرات يوم الأحد موقعين", monday);
        assert!(!apart(night, dawn));
        assert!(!apart(dawn, morning));
        assert!(!apart(night, day));
        // the next day's news is another's, as a day's is
        assert!(apart(night, morning));
        assert!(apart(day, morning));
        assert!(apart(day, dawn));
        // tonight and last night
        let tonight = reported(None, "عنوان\nتصوت اللجنة الليلة على القرار", monday);
        let last_night = reported(None, "عنوان\nقصفت الطائرات مساء أمس موقعين", monday);
        let yesterday = reported(None, "عنوان\nقصفت الطائرات أمس موقعين", monday);
        assert!(apart(tonight, yesterday));
        assert!(!apart(
            tonight,
            reported(None, "عنوان\nفجر الثلاثاء", monday)
        ));
        assert_eq!(last_night, night);
        // الليلة الماضية is last night, not tonight
        let past_night = reported(None, "عنوان\nقصفت الطائرات الليلة الماضية موقعين", monday);
        assert_eq!(past_night, night);
        assert!(apart(past_night, tonight));
    }

    #[test]
    fn no_day_or_a_background_day_reports_none() {
        let monday = sunday_plus(1);
        assert_eq!(
            reported(None, "عنوان\nأعلنت الشرطة توقيف ثلاثة", monday),
            None
        );
        assert_eq!(
            reported(None, "عنوان\nاختفى الرجل منذ الأحد الماضي", monday),
            None
        );
        // a day to come is not the news's either
        assert_eq!(
            reported(None, "عنوان\nأرجأ المجلس التصويت إلى الثلاثاء", monday),
            None
        );
        assert_eq!(
            reported(None, "عنوان\nيصوت المجلس الخميس المقبل على القرار", monday),
            None
        );
        // a weekday alone that names the day after publication is one to come: the news is
        // the day named after it, or none
        assert_eq!(
            reported(
                None,
                "عنوان\nقال الوزير إنه سيعود إلى مكتبه الثلاثاء",
                monday
            ),
            None
        );
        assert_eq!(
            reported(
                None,
                "عنوان\nأكد الوزير عودته إلى مكتبه الثلاثاء، كما قال الاثنين",
                monday
            ),
            reported(None, "عنوان\nقال الوزير الاثنين", monday)
        );
        // with اليوم it is today, its newsroom's clock ahead of the publication's
        assert!(reported(None, "عنوان\nأعلنت الشرطة اليوم الثلاثاء", monday).is_some());
        // a day in a background clause is not the news's, nor one from which a thing starts
        assert_eq!(
            reported(
                None,
                "عنوان\nقال اللاعب عقب تعرضه لإصابة، مساء الأحد، إنه سيلعب",
                monday
            ),
            None
        );
        assert_eq!(
            reported(
                None,
                "عنوان\nتبدأ الهدنة بدءا من يوم الثلاثاء في المدينة",
                monday
            ),
            None
        );
        // the news's own day after a background's
        assert_eq!(
            reported(
                None,
                "عنوان\nعقب إعلان واشنطن الأحد إلغاء القمة، قالت بيونغ يانغ اليوم إنها مستعدة",
                monday
            ),
            reported(None, "عنوان\nقالت بيونغ يانغ اليوم إنها مستعدة", monday)
        );
        // بعد ظهر is a time of the day, no background
        assert_eq!(
            reported(None, "عنوان\nقتل جنديان بعد ظهر الأحد في هجوم", monday),
            reported(None, "عنوان\nقتل جنديان الأحد في هجوم", monday)
        );
        // a day in a later sentence is not the news's
        assert_eq!(
            reported(
                None,
                "عنوان\nأعلنت الشرطة توقيف ثلاثة. وكانت قد قالت أمس…",
                monday
            ),
            None
        );
        assert_eq!(reported(None, "عنوان\nأعلنت الشرطة أمس", None), None);
        assert!(!apart(None, Some((13, 15))));
    }
}
