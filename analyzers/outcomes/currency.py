"""Which currency '$' and bare amounts mean, from the customer's time zone when the tenant has not said."""

from __future__ import annotations

# Dollar currencies: "$50" said to a customer in Sydney is Australian dollars.
# Currencies written with "$" (dollars and pesos): a tenant that bills in one of them means it by a bare "$".
DOLLAR_CURRENCIES = frozenset({"USD", "AUD", "CAD", "NZD", "SGD", "HKD", "JMD", "TTD", "BSD", "BBD", "BZD", "XCD",
                               "FJD", "TWD", "NAD", "LRD", "GYD", "SRD", "SBD", "KYD", "BMD", "BND", "MXN", "CLP",
                               "COP", "ARS", "UYU", "DOP"})
_CANADA = {"Toronto", "Vancouver", "Edmonton", "Winnipeg", "Halifax", "St_Johns", "Regina", "Montreal", "Moncton",
           "Whitehorse", "Yellowknife", "Iqaluit", "Glace_Bay", "Goose_Bay", "Swift_Current", "Dawson_Creek"}
_EURO = {"Amsterdam", "Andorra", "Athens", "Berlin", "Bratislava", "Brussels", "Dublin", "Helsinki", "Lisbon",
         "Ljubljana", "Luxembourg", "Madrid", "Malta", "Monaco", "Paris", "Riga", "Rome", "Tallinn", "Vienna",
         "Vilnius", "Zagreb", "Nicosia", "San_Marino", "Vatican", "Busingen"}
_BY_ZONE = {"Europe/London": "GBP", "Europe/Belfast": "GBP", "Europe/Guernsey": "GBP", "Europe/Jersey": "GBP",
            "Europe/Isle_of_Man": "GBP", "Pacific/Auckland": "NZD", "Asia/Singapore": "SGD",
            "Asia/Hong_Kong": "HKD", "Atlantic/Canary": "EUR", "Atlantic/Madeira": "EUR", "Atlantic/Azores": "EUR"}


def zone_currency(zone: str) -> str | None:
    """ISO 4217 code of the currency used where this IANA time zone is, when it is one we know."""
    if zone in _BY_ZONE:
        return _BY_ZONE[zone]
    area, _, city = zone.partition("/")
    if area == "Australia":
        return "AUD"
    if area == "America":
        return "CAD" if city in _CANADA else "USD" if zone in _US_ZONES or city.startswith(("Indiana/",
                                                                                           "Kentucky/")) else None
    if area == "Canada":
        return "CAD"
    if area == "US":
        return "USD"
    if area == "Europe" and city in _EURO:
        return "EUR"
    return None


_US_ZONES = {"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix",
             "America/Anchorage", "America/Detroit", "America/Boise", "America/Juneau", "America/Adak",
             "America/Menominee", "America/Nome", "America/Sitka", "America/Yakutat", "America/Metlakatla",
             "America/North_Dakota/Center", "America/Puerto_Rico", "Pacific/Honolulu"}


def currencies(timezones: list[str], default: str | None, dollar: str | None) -> tuple[str, str]:
    """(currency of '$'/'dollars', currency of bare amounts): the tenant's settings first, then the customer's
    time zones when they all agree, then US dollars."""
    zoned = {c for c in (zone_currency(z) for z in timezones) if c}
    local = next(iter(zoned)) if len(zoned) == 1 else None
    default = default or local or "USD"
    if dollar is None:
        dollar = default if default in DOLLAR_CURRENCIES else (local if local in DOLLAR_CURRENCIES else "USD")
    return dollar, default
