"""Calendar idioms through the Python API: parts of a month as spans of days, the nth weekday,
day or week of a month, a month before its days, a weekday with its day, and holidays."""

from __future__ import annotations

import datetime

import pytest

from khabar import extract_numbers

REFERENCE = datetime.date(2024, 5, 14)


def resolved(text: str) -> dict[str, str | None]:
    return {f.text: f.resolved for f in extract_numbers(text, reference_date=REFERENCE)}


@pytest.mark.parametrize(
    ("text", "span", "want"),
    [
        # the start, middle and end of a month: days 1-10, 11-20, 21 to the end
        ("ويتوقع أن تنطلق المحادثات مطلع يونيو المقبل في الدوحة.", "مطلع يونيو المقبل", "2024-06-01/2024-06-10"),
        ("وتراجعت الصادرات منذ أواسط مارس 2023.", "أواسط مارس 2023", "2023-03-11/2023-03-20"),
        ("وتنتهي ولاية المجلس أواخر فبراير 2024.", "أواخر فبراير 2024", "2024-02-21/2024-02-29"),
        ("وأعلنت الشركة أن الدفعة تصل بداية الشهر المقبل.", "بداية الشهر المقبل", "2024-06-01/2024-06-10"),
        # the nth and last weekday, the last day, the first week
        ("وتعقد الجمعية العامة دورتها في ثاني أربعاء من أكتوبر 2024.", "ثاني أربعاء من أكتوبر 2024", "2024-10-09"),
        ("ويصوت البرلمان الخميس الأخير من شهر مايو.", "الخميس الأخير من شهر مايو", "2024-05-30"),
        ("وتغلق مراكز الاقتراع في اليوم الأخير من شهر فبراير 2024.", "اليوم الأخير من شهر فبراير 2024", "2024-02-29"),
        ("وتبدأ حملة التطعيم في الأسبوع الأول من يوليو 2024.", "الأسبوع الأول من يوليو 2024", "2024-W27"),
        # the month first, then its days; a weekday with its day alone
        ("وتستضيف العاصمة المعرض أيلول 10 إلى 12 بمشاركة عربية.", "أيلول 10 إلى 12", "2024-09-10/2024-09-12"),
        ("وعاد الوفد إلى بلاده الأحد الثاني عشر بعد جولة طويلة.", "الأحد الثاني عشر", "2024-05-12"),
        # holidays with a year: the Hijri ones by Umm al-Qura
        ("ومن المتوقع أن يحل عيد الفطر 2024 في العاشر من أبريل.", "عيد الفطر 2024", "2024-04-10"),
        ("وتضاعفت الحجوزات في رمضان 2024 مقارنة بالعام الماضي.", "رمضان 2024", "2024-03-11/2024-04-09"),
        ("وأغلقت المتاجر أبوابها في عيد الميلاد 2023.", "عيد الميلاد 2023", "2023-12-25"),
    ],
)
def test_calendar_idioms(text: str, span: str, want: str) -> None:
    got = resolved(text)
    assert got.get(span) == want, got


def test_a_feast_without_a_year_is_not_a_date() -> None:
    got = resolved("وشهدت الأسواق ازدحاما كبيرا قبيل عطلة عيد الأضحى المبارك.")
    assert not any("عيد" in span for span in got), got


def test_a_weekday_and_its_day_of_the_month_stay_a_date() -> None:
    # 3 September 2024 is a Tuesday: the third of September, not its third Tuesday
    got = resolved("ووصل المبعوث الثلاثاء الثالث من سبتمبر 2024 إلى القاهرة.")
    assert got.get("الثلاثاء الثالث من سبتمبر 2024") == "2024-09-03", got
