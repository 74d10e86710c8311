"""Numbers, money, shares and moments as the user's locale writes them (QLocale's default, which
``studio.ui.i18n`` sets with the language)."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

__all__ = [
    "format_count",
    "format_datetime",
    "format_day",
    "format_money",
    "format_money_range",
    "format_number",
    "format_share",
    "format_size",
    "money_affixes",
]


def format_count(n: int) -> str:
    """A whole number with the locale's thousands separators: 12,345 / 12.345."""
    return _locale().toString(n)


def format_money(usd: float, decimals: int = 2) -> str:
    """US dollars (what the API bills in), placed and separated as the locale writes money."""
    return _locale().toCurrencyString(usd, "$", decimals)


def format_money_range(low: float, high: float, decimals: int = 3) -> str:
    """A cost known to lie between ``low`` and ``high``: "$0.014 to $0.193" / "0,014 $ bis
    0,193 $"; one figure when both are written the same."""
    low_text, high_text = format_money(low, decimals), format_money(high, decimals)
    if low_text == high_text:
        return low_text
    between = QCoreApplication.translate("Money", "{low} to {high}")
    return between.format(low=low_text, high=high_text)


def money_affixes() -> tuple[str, str]:
    """What the locale writes before and after an amount of dollars ("$", "" / "", " $"): for a
    field that takes the number alone."""
    prefix, _, suffix = format_money(0.0).partition(format_number(0.0, 2))
    return prefix, suffix


def format_size(size_bytes: int) -> str:
    """A file's size: 512 bytes, 1.5 kB, 5.3 MB (1024 to the kilobyte, as file managers count)."""
    traditional = QLocale.DataSizeFormat.DataSizeTraditionalFormat
    return _locale().formattedDataSize(size_bytes, 1, traditional)


def format_number(value: float, decimals: int = 1) -> str:
    """A measure with a fixed number of decimals: 2.5 / 2,5."""
    return _locale().toString(value, "f", decimals)


def format_share(share: float, decimals: int = 1) -> str:
    """A share of one as a percentage: 0.125 → 12.5 % / 12,5 %."""
    return format_number(share * 100, decimals) + _locale().percent()


def format_datetime(moment: datetime.datetime | float) -> str:
    """A moment (an aware datetime, or seconds since the epoch) in local time, to the second."""
    stamp = moment if isinstance(moment, float | int) else moment.timestamp()
    local = QDateTime.fromMSecsSinceEpoch(round(stamp * 1000))
    locale = _locale()
    if _international(locale):
        return local.toString("yyyy-MM-dd HH:mm:ss")
    return locale.toString(local, _four_digit_year(locale.dateTimeFormat(_SHORT)))


def format_day(day: datetime.date) -> str:
    """A calendar day: 2026-12-01 / 01.12.2026 / 2026/12/1."""
    locale = _locale()
    if _international(locale):
        return day.isoformat()
    return locale.toString(day, _four_digit_year(locale.dateFormat(_SHORT)))


_SHORT = QLocale.FormatType.ShortFormat


def _locale() -> QLocale:
    """The default locale; with none set (the C locale) numbers are written as English does,
    with thousands separators."""
    locale = QLocale()
    return QLocale("en_US") if locale.language() == QLocale.Language.C else locale


def _international(locale: QLocale) -> bool:
    """Studio's English is international (British spelling): it writes dates as ISO 8601, which
    neither side of the Atlantic misreads."""
    return locale.language() in (QLocale.Language.English, QLocale.Language.C)


def _four_digit_year(pattern: str) -> str:
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")
