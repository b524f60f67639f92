//! The Hijri calendar as Saudi outlets use it (Umm al-Qura), through ICU4X's `icu_calendar`.

use chrono::{Datelike, NaiveDate};
use icu_calendar::cal::Hijri;
use icu_calendar::{Date, Iso};

/// The Gregorian day of a Hijri date (Umm al-Qura); None if there is no such day.
pub fn to_gregorian(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    let (month, day) = (u8::try_from(month).ok()?, u8::try_from(day).ok()?);
    let date =
        Date::try_new_hijri_with_calendar(year, month, day, Hijri::new_umm_al_qura()).ok()?;
    let iso = date.to_calendar(Iso);
    NaiveDate::from_ymd_opt(
        iso.year().extended_year(),
        u32::from(iso.month().ordinal),
        u32::from(iso.day_of_month().0),
    )
}

/// The Hijri year, month and day of a Gregorian day.
pub fn from_gregorian(day: NaiveDate) -> Option<(i32, u32, u32)> {
    let (month, dom) = (
        u8::try_from(day.month()).ok()?,
        u8::try_from(day.day()).ok()?,
    );
    let iso = Date::<Iso>::try_new_iso(day.year(), month, dom).ok()?;
    let hijri = iso.to_calendar(Hijri::new_umm_al_qura());
    Some((
        hijri.year().extended_year(),
        u32::from(hijri.month().ordinal),
        u32::from(hijri.day_of_month().0),
    ))
}

/// How many days a Hijri month has (29 or 30).
pub fn month_length(year: i32, month: u32) -> Option<u32> {
    to_gregorian(year, month, 1)?;
    Some(if to_gregorian(year, month, 30).is_some() {
        30
    } else {
        29
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umm_al_qura_both_ways() {
        assert_eq!(
            to_gregorian(1446, 9, 5),
            NaiveDate::from_ymd_opt(2025, 3, 5)
        );
        assert_eq!(
            to_gregorian(1446, 10, 1),
            NaiveDate::from_ymd_opt(2025, 3, 30)
        );
        let day = NaiveDate::from_ymd_opt(2025, 3, 18).unwrap();
        assert_eq!(from_gregorian(day), Some((1446, 9, 18)));
        assert_eq!(month_length(1446, 9), Some(29));
    }
}
