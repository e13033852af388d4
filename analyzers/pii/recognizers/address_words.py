"""Words that are no part of a street, town or place: 'Gate 22', 'Windows 11', 'during 2019', 'please', 'phone',
and street words that more often name a firm or a building ('at Chase Bank'). Every street rule checks its words
against these lists, so they live apart from the patterns.
"""

from __future__ import annotations

PARTICLES_ANY = {"de", "da", "do", "dos", "das", "del", "della", "dei", "di", "du", "des", "la", "le", "les", "el",
                 "los", "las", "y", "e", "van", "von", "der", "den", "am", "an", "im"}
ORG_STREET_WORDS = {"bank", "club", "union", "unions", "station", "mall", "centre", "center", "centers", "mission",
                    "towers", "lodge", "camp", "reserve", "land", "lights", "light", "estates", "estate", "manor",
                    "manors", "mansions", "haven", "summit", "landing", "harbour", "harbor", "falls", "island",
                    "islands", "isle", "springs", "spring", "river", "beach", "lake", "lakes", "forest", "mountain",
                    "mountains", "canyon", "valley", "valleys", "prairie", "ranch", "fort"}
# Words that put a number after a name without being a street: 'Gate 22', 'Windows 11', 'Chapter 3', 'May 5'.
NOT_PLACED_STREET = {
    "gate", "terminal", "level", "platform", "version", "windows", "iphone", "ios", "android", "chapter", "page",
    "season", "episode", "room", "floor", "seat", "table", "row", "track", "line", "bus", "flight", "train", "model",
    "section", "covid", "top", "grade", "class", "stage", "phase", "day", "week", "year", "figure", "exhibit", "lot",
    "block", "studio", "hall", "area", "zone", "sector", "ward", "apt", "unit", "suite", "box", "channel", "round",
    "step", "part", "item", "no", "number", "vol", "volume", "series", "act", "scene", "psalm", "psalms", "john",
    "luke", "mark", "matthew", "genesis", "team", "group", "tier", "plan", "option", "size", "type", "mk", "gen",
    "generation", "pro", "max", "plus", "mini", "ultra", "edition", "release", "build", "patch", "update", "office",
    "under", "over", "age", "aged", "ages", "route", "highway", "interstate", "exit", "junction", "mile",
    "miles", "km", "pm", "am", "game", "match", "weeks", "slot", "desk", "counter", "window", "dock", "bay",
    "pier", "berth", "door", "stand", "booth", "court", "field", "pitch", "lane", "wave", "batch", "order", "invoice",
    "account", "case", "ticket", "ref", "reference", "code", "pin", "extension", "ext", "x", "category", "rank",
    "place", "position", "question", "answer", "task", "test", "exam", "lesson", "module", "term", "semester",
    "hour", "hours", "minute", "minutes", "times", "christmas", "easter", "summer", "winter", "spring", "autumn",
    "fall",
}
ENGLISH_RING = {"during", "spring", "string", "bring", "ring", "offering", "hearing", "wearing", "sharing", "bearing",
                "boring", "scoring", "referring", "entering", "recurring", "occurring", "covering", "ordering",
                "delivering", "gathering", "monitoring", "mentoring", "tutoring", "catering", "engineering"}
NOT_PLACED_STREET |= {"locker", "store", "shop", "branch", "hub", "station", "stop", "counter"}
NOT_STREET_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "usd", "eur", "gbp", "of", "the",
    "and", "in", "on", "at", "to", "for", "a", "an", "my", "your", "our", "is", "are", "was", "top", "best",
    "chapter", "page", "section", "step", "part", "level", "room", "gate", "flight", "version", "model", "item",
}
NOT_TOWN = {"please", "thanks", "yesterday", "today", "tonight", "tomorrow", "now", "right", "yeah", "yep", "yes",
            "okay", "correct", "though", "too", "anyway", "actually", "sorry", "instead", "already", "again",
            "still", "there", "here", "mate", "sir", "madam", "ma'am", "thank", "cheers", "basically",
            "apartment", "unit", "suite", "flat", "floor", "building", "thats", "that's"}
NOT_PLACE = {
    "and", "but", "so", "is", "was", "the", "i", "we", "you", "it", "that", "please", "thanks", "thank", "ok",
    "okay", "yes", "no", "can", "could", "would", "will", "my", "your", "our", "if", "his", "her", "their", "its",
    "or", "call", "phone", "telephone", "tel", "mobile", "cell", "fax", "desk", "email", "e-mail", "website", "web",
    "text", "number", "when", "then", "after", "before", "from", "for", "to", "in", "on", "at", "with", "by",
    # sign-offs and labels that follow an address in a message ('..., Kitale. Regards, ...', 'Full name ...')
    "regards", "sincerely", "cheers", "name", "full",
    # when the customer moved or paid, after the town ('... 1016 EE Amsterdam last month')
    "last", "next", "since", "until", "yesterday", "today", "tomorrow", "ago",
}
