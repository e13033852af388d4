"""What follows a street line: unit, floor, town, state, postcode and country parts, written or spoken, and
where they end (a sentence's full stop, a blank line, a sign-off). extend_street_line is shared by every address
recogniser that extends a street line over its parts.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.recognizers.address_postcodes import INWARD_LETTERS, OUTWARD_CODE_BEFORE, TAIL_SPOKEN_POSTCODE
from analyzers.pii.recognizers.address_streets import UNIT
from analyzers.pii.recognizers.address_words import NOT_PLACE, NOT_TOWN

# What may follow a street line: unit, city, state, ZIP/postcode, country - comma or newline separated.
CAPITALS = "A-Z\u00c0-\u00de\u0100-\u024f\u0386-\u03ab\u0400-\u042f"  # capitals (Latin, Greek, Cyrillic)
_TAIL = re.compile(
    # a line may start with a bullet ('\n• Bergen', or '???' where the glyph was lost)
    # 'Kadıköy/İstanbul': a district and its city joined by a slash
    rf"(?:\s*[,\n]\s*(?:[?•·*▪►]{{1,3}}\s+)?|[ \t]*[|;][ \t]*|[ \t]+-[ \t]+|/(?=[{CAPITALS}][^\W\d_])|\s+)"
    # '#09-1142': a Singapore floor and unit
    rf"(?:(?i:{UNIT})|#[ \t]?\d{{1,5}}[a-zA-Z]?(?:-\d{{1,5}})?\b|"
    # a unit named by its letter alone after the street ('... quarry road unit b bend', '..., Flat C'); in lower
    # case not 'a' or 'i', the article and the pronoun ('... unit a lot of ...')
    r"(?i:apt|apartment|suite|ste|unit|flat)\.?[ \t]+(?:[A-Z]|[b-hj-z])(?![\w'])|"
    # a floor and side of Spain and Portugal, abbreviated: '3º izq.', '2.º Esq.'
    r"\d{1,2}\.?[ \t]?[º°ª](?:[ \t]?[^\W\d_]+\.?)?|"
    # a German floor and side ('3. OG links', '2. Etage rechts', 'EG')
    r"(?:\d{1,2}\.[ \t]?(?:OG|UG|Etage|Stock|Obergeschoss)|EG)(?:[ \t]+(?:links|rechts|Mitte|mitte))?\b|"
    # a Danish floor and side: '3. tv.', '2. th.', 'st. mf.'
    r"(?:\d{1,2}\.|st\.)[ \t]?(?:tv|th|mf)\b\.?|"
    # a French floor: '3e étage', '1er étage'
    r"\d{1,2}(?:e|er|ère|ème|eme)[ \t]+(?i:étage|etage)\b|"
    r"(?i:m\.|lok\.|apto\.?|dpto\.?|depto\.?|piso|conj\.)[ \t]?(?:\d{1,4}[a-zA-Z]?|[A-Z])\b|"
    # staircase, flat, floor and neighbourhood-unit parts of other countries: Italian 'scala B, int. 5', Spanish
    # 'esc. 2, pta. 3', Turkish 'D: 7', Ukrainian 'kv. 17', Indonesian 'RT 03/RW 05', Korean '101-dong'
    r"(?i:scala|sc\.|int\.|interno|piano|esc\.|escalera|puerta|pta\.|bloco|bl\.|blok|kv\.?|kvartira|d:|daire|"
    # Serbo-Croatian 'stan 12' (flat), 'sprat 3' (floor); Swedish 'lgh 1102'; German 'Whg. 4'; French 'appt 7',
    # Québécois 'app. 302'; Portuguese and Spanish 'sala 3' (an office's room)
    r"kat|lot|sala|et\.|etaj|ap\.|rt\.?|rw\.?|stan|sprat|ulaz|lgh\.?|whg\.?|appt\.?|app\.)"
    r"[ \t]*:?[ \t]*(?:\d{1,4}[A-Za-z]?|[A-Za-z])"
    r"(?:[ \t]*/[ \t]*(?i:rt|rw)?\.?[ \t]*\d{1,4})?\b|\d{1,5}-(?i:dong|ho|ga|gil|ro|beonji)\b|"
    r"\d{3}-\d{4}(?!\d)|(?i:(?:apo|fpo|dpo)\s+[a-z]{{2}}\s+\d{{5}})|"
    r"[A-Z]{2}\s+\d{5}(?:-\d{4})?(?!\d)|\d{5}(?:-\d{4})?(?!\d)|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|"
    # Canadian postcodes ('YT S8B 9R1'); continental codes before the town ('5139 Ebreichsdorf', 'H-6464 Szeged',
    # '2325-514 Lagos', '00-950 Warszawa')
    r"(?:[A-Z]{2}\s+)?[A-Z]\d[A-Z]\s?\d[A-Z]\d|"
    rf"(?:[A-Z]{{1,2}}-)?(?:\d{{4}}(?:-\d{{3}})?|\d{{2}}-\d{{3}}|\d{{3}} \d{{2}})(?=[ \t]+[{CAPITALS}])|"
    # Dutch '9825 KO', Brazilian '12143-356' and '17217738', Indian '956506', a bare Australian '2930' at the end
    r"\d{4} ?[A-Z]{2}(?!\w)|\d{5}-\d{3}(?!\d)|\d{6}(?!\d)|\d{8}(?!\d)|"
    r"(?!(?:19|20)\d\d\b)\d{4}(?=\s*(?:$|[,.;!?)\n])|\s+[a-z])|"
    # a house or flat number of its own ('Esplanada Barros, 24, Solimoes', 'Periférico Matos 866 724, ...')
    r"\d{1,5}[a-zA-Z]?(?=[ \t]*[,\n])|"
    # a district, ward or town written lower case before its capitalised name ('quận Hai Bà Trưng', 'kecamatan ...')
    r"(?:(?i:quận|quan|phường|phuong|huyện|huyen|xã|tỉnh|tinh|thành phố|thanh pho|tp\.|thị xã|thị trấn|"
    r"kecamatan|kec\.|kelurahan|kel\.|desa|bairro|barrio|distrito|comuna)[ \t]+)?"
    rf"[{CAPITALS}][^\W\d_]*[\w'.\-]*(?:[ \t]+(?:\([^\W\d_][^()\n]{{0,29}}\)|[^\W\d_][\w'.\-]*)){{0,3}}"
    # a Canadian postcode closing the town's part ('Montréal QC H2X 3J8'): its second half opens with a digit
    r"(?:[ \t]+\d{4,6}|[ \t]+[A-Z]?-?\d{1,4}[a-zA-Z]?(?=[ \t]*[,\n])|(?<=[A-Z]\d[A-Z])[ \t]\d[A-Z]\d\b)?)",
)
# In all-lowercase text: place names after a comma or line break (', koper, slovenia').
_TAIL_LOWER = re.compile(r"\s*[,\n|;]\s*(?:[?•·*▪►]{1,3}\s+)?[^\W\d_][\w'.\-]*(?:[ \t]+[^\W\d_][\w'.\-]*){0,3}"
                         r"(?:[ \t]+\d{4,5})?")
# In transcripts without punctuation: up to three words that end the sentence after a street ('22 baker street
# london', '456 oak lane springfield illinois'), unless one of them is a common word.
# A locality may open with its initial ('t nagar', 'k k nagar' in Chennai); 'a' and 'i' are words, no initials.
# A British postcode the transcript wrote compactly ('st18 0tr', 'ls1 4ab') closes the words as a number does.
_TAIL_SPOKEN = re.compile(r"[ \t]+((?:(?![ai]\b)[a-z][ \t]+){0,2}[^\W\d_]{3,}(?:[ \t]+[^\W\d_]{2,}){0,4})"
                          r"(?:[ \t]+(?:\d{4,6}|[a-z]{1,2}\d[a-z\d]?[ \t]+\d[a-z]{2}\b))?"
                          # or before a courtesy word that ends the answer ('... haryana 121007 please send ...')
                          r"(?=[ \t]*(?:[.?!,;|\n]|$)|[ \t]+(?:please|thanks|thank|yeah|yes|okay|ok|correct|now)\b|"
                          # or before a clause about it ('... chennai 600004 thats where i live', '... so thats where
                          # the letters should go')
                          r"[ \t]+(?:(?:so|and)[ \t]+)?(?:thats|that's|that is)[ \t]+(?:where|my|the|our)\b|"
                          # or before the caller goes on to give their name ('... chennai 600017 and the name is
                          # ...', '... new south wales 2034 name is ...', '... 2034 and im ...')
                          r"[ \t]+(?:(?:so|and)[ \t]+)?(?:(?:(?:the|my)[ \t]+)?(?:full[ \t]+)?(?:name|names|name's)"
                          r"[ \t]+(?:is|was)|(?:and|so)[ \t]+(?:im|i'm|i am|this is))\b)")
# A letter said after a house or flat number is its suffix ('apartment four b houston', 'plot seven a').
_LETTER_SUFFIX = re.compile(r"(?<=\d)[ \t]+[a-z](?=[ \t]+[^\W\d_]{3,}|[ \t]*$)")
# What may end a house number: a Dutch floor ('412-III', '12-hs'), a French 'bis', a Korean road ('23-gil').
_NUMBER_SUFFIX = re.compile(r"-(?:[IVX]{1,4}|(?i:hs|huis|bis|ter|gil|ro|dong|ga|ho))\b|"
                            # after a space, closing the street part: 'Vlierstraat 9 hs, 3552 TK', 'Via Po 3 bis,'
                            r"[ \t]+(?:hs|huis|bis|boven|bg)(?=[ \t]*(?:,|\n|$))")


# Abbreviations whose dot ends no sentence inside an address ('Col. Crédito', 'House No. 7', 'app. 302').
_ABBREV_BEFORE_DOT = re.compile(r"(?i)(?:^|[^\w.])(?:no|nr|apt|app|appt|dpto|depto|av|ave|jr|st|ste|bldg|blvd|rd|jl|km|"
                                r"subd|brgy|int|ext|col|fracc|mz|lt|dept|bis|esq|pte|ote|nte|co|str|sr|sra|dr|mt|ft|"
                                r"ct|ln|pl|sq|hwy|rte|lgh|whg|kv|esc|pta|sc|bl|et|ap|[^\W\d_])$")


# The name alone closing a written message after a full stop: two to four capitalised words, particles between,
# and no full stop of their own ('..., TP. Hồ Chí Minh.' closes with a city after its abbreviation).
_SIGNATURE = re.compile(r"(?<=\w)\.(?=[ \t]+[A-Z\u00c0-\u00de\u0100-\u024f][^\W\d_]+(?:[ \t]+(?:[a-zà-ÿ]{1,4}[ \t]+)?"
                        r"[A-Z\u00c0-\u00de\u0100-\u024f][^\W\d_'\-]*(?:[\-'][^\W\d_]+)?){1,3}[ \t]*$)")


def _sentence_end(text: str, start: int, end: int) -> int | None:
    """Where a full stop, '!' or '?' closing a sentence falls in text[start:end] (after a word of four letters or
    more that is no abbreviation, or a code ending in four digits, with a space and a capital after it), or None.
    Shorter words before a dot are mostly the abbreviations of address parts in some language ('Kel. Cempaka
    Putih', 'Col. Centro'), short numbers a house number or district ('Dublin 3. D03 K2X8')."""
    # '..., D16 X2P7. Cathal Ó Súilleabháin', '... Roma RM. Giuseppe Lo Bianco': a message signed with the bare
    # name after the address; the full stop before it closes the address whatever word it follows
    sig = _SIGNATURE.search(text, start)
    if sig and sig.start() < end:
        return sig.start()
    for m in re.finditer(r"(?:(?<=[^\W\d_]{4})|(?<=\d{4}))[.!?](?=[ \t]+[A-Z\u00c0-\u00de\u0100-\u024f])",
                         text[start:end]):
        k = start + m.start()
        if m.group() == "." and _ABBREV_BEFORE_DOT.search(text[max(0, k - 8):k]):
            continue
        return k
    return None


def extend_street_line(text: str, end: int, cased: bool = True) -> int:
    """Swallow unit, city, state, postcode and country parts that follow a street line."""
    suffix = _NUMBER_SUFFIX.match(text, end)
    end = suffix.end() if suffix else end
    for _ in range(6):
        m = _TAIL.match(text, end) or (None if cased else _TAIL_LOWER.match(text, end))
        if not m or text[end - 1] in ".!?" and re.match(r"[ \t]*\n[ \t]*\n", m.group()):
            break  # a sentence's end and a blank line end the address ('..., Nairobi.\n\nRegards,\nPeter')
        sep = m.group()[:len(m.group()) - len(m.group().lstrip(" \t"))]
        if sep and re.search(r"[^\W\d_]{4,}[.!?]$", text[max(0, end - 8):end]):
            break  # a full stop after a whole word ('..., Medellín. Full name ...') starts a new sentence
        stop = _sentence_end(text, m.start(), m.end())
        if stop is not None:
            # 'Cairo. Ahmed Abdel-Rahman speaking.': a part's words never run over the full stop of a
            # sentence; what follows it is the caller's next sentence, often their name
            if stop > end and text[end:stop].strip(" \t,;|"):
                end = stop
            break
        words = list(re.finditer(r"[^\s,]+", m.group()))
        # 'Toronto, ON M5J 0C3', 'Portland, OR 97201': a state's code in capitals is no common word, nor a
        # province's code closing the sentence ('10122 Torino TO.')
        bad = next((w for w in words if w.group().lower().strip(".:;") in NOT_PLACE and not (
            cased and re.fullmatch(r"[A-Z]{2}\.?", w.group()))), None)
        if bad is not None:
            # 'Leeds, phone ...': the place words before a common word still count
            if bad is words[0]:
                break
            end = m.start() + len(m.group()[:bad.start()].rstrip(" ,\t\n"))
            break
        end = m.end()
    if not cased:
        letter = _LETTER_SUFFIX.match(text, end)
        end = letter.end() if letter else end
        m = _TAIL_SPOKEN.match(text, end) or TAIL_SPOKEN_POSTCODE.match(text, end)
        stop = m.end() if m else end
        if m and m.end() == m.end(1):
            # 'savanoriu prospektas vilnius now': the courtesy or time words that end the turn are not the town's
            while (last := re.search(r"[ \t]+([^\W\d_]+)$", text[m.start(1):stop])) and \
                    last.group(1).lower() in NOT_TOWN:
                stop = m.start(1) + last.start()
        if m and not any(w.lower() in STOP_WORDS or w.lower() in NOT_PLACE or w.lower() in NOT_TOWN
                         for w in text[m.start(1):min(stop, m.end(1))].split()):
            end = stop
        if OUTWARD_CODE_BEFORE.search(text, 0, end):
            inward = INWARD_LETTERS.match(text, end)
            end = inward.end() if inward else end
    return end
