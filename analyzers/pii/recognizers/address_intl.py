"""Address shapes of regions whose streets carry no English or continental street word before a house number:

- post-Soviet microdistrict blocks: 'mkr. Orbita-3, d. 12, kv. 40' (microdistrict, building, flat);
- Vietnamese house number, lane and street: 'Số 5, ngõ 14 Lê Lợi, ...' (số = number, ngõ/hẻm = lane);
- Irish addresses, often only townland and county, proven by the Eircode that ends them;
- Nordic and Icelandic lines with a three-digit postcode before the town: 'Laugavegur 7, 101 Reykjavík';
- the Colombian grid: 'Calle 10 # 4-21', 'Carrera 7 No. 32-16 Sur' (street, cross street, metres from it);
- Caribbean addresses read out, which end in a parish and no postcode the tail rules know;
- Japanese district-block-house numbers ('3-12-7 Higashi-Nakano, Nakano-ku', '2 chome 5 banchi 9');
- Korean road-name addresses in Korean script ('부산광역시 해운대구 센텀로 45, 1203호');
- Turkish neighbourhood and street lines ('Atatürk Mah. Gül Sok. No:8 D:3');
- Indian sector addresses closed by a PIN code ('D-402, Sector 15, Noida 201301');
- Gulf addresses of a numbered building on a numbered street ('Villa 12, Street 34b, Al Barsha 2, Dubai').

Each line is extended over the unit, town and postcode parts after it like any street line.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.allow import is_cased
from analyzers.pii.recognizers.address import StreetAddressRecognizer
from analyzers.pii.vocab import is_rare_word

_W = r"[^\W\d_][\w'\-]*"
# mkr./mkrn./md. (microdistrict), d./dom (building), kv. (flat); in Latin or Cyrillic letters
_MICRODISTRICT = re.compile(
    rf"\b(?:mkr|mkrn|mikrorayon|microdistrict|мкр|мкрн)\.?[ \t]+{_W}(?:[ \t]*-[ \t]*\d{{1,3}}[a-z]?)?"
    r"(?:,?[ \t]+(?:d|dom|д|дом)\.?[ \t]*\d{1,4}[a-z]?(?:/\d{1,3})?)?"
    r"(?:,?[ \t]+(?:kv|кв)\.?[ \t]*\d{1,4})?"
    r"|\b(?:d|dom|д)\.[ \t]*\d{1,4}[a-z]?(?:/\d{1,3})?,?[ \t]+(?:kv|кв)\.[ \t]*\d{1,4}\b",
    re.I,
)
# 'Số 18, ngõ 72 Trần Duy Hưng': a number, then a lane or street word and its name (with or without a number).
_VIETNAMESE = re.compile(
    r"\b(?:(?:số|so|sn)\.?[ \t]*\d{1,4}[a-z]?(?:/\d{1,4})*,?[ \t]+)?"
    r"(?:ngõ|ngo|ngách|ngach|hẻm|hem|kiệt|kiet|đường|duong|phố|pho)[ \t]+\d{0,4}[a-z]?(?:/\d{1,4})*"
    rf"(?:[ \t]*{_W}){{0,4}}",
    re.I,
)
# Eircode: routing key (letter, two digits or D6W) and a four-character unique identifier.
_EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}\b"
_CAPWORD = r"(?:Co\.|[A-Z\u00c0-\u00de][\w'\u00c0-\u024f\-]*)"
_IRISH = re.compile(
    rf"(?<![\w\-])((?:\d{{1,4}}[a-zA-Z]?[ \t]+)?{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,3}}"
    rf"(?:[ \t]*,[ \t]*(?:\d{{1,4}}[ \t]+)?{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,3}}){{0,4}}),?[ \t]+{_EIRCODE}"
)
# 'Hrísateigur 19, 105 Reykjavík', 'Storgata 5, 0155 Oslo': a street with no street word, a postcode of three or
# four digits and the town. Three digits are common numbers, so the street's name must be no English word.
_NORDIC = re.compile(
    r"(?<![\w\-])([A-Z\u00c0-\u00de][\w\u00c0-\u024f\-]{2,}(?:[ \t]+[A-Z\u00c0-\u00de][\w\u00c0-\u024f\-]*){0,2}"
    r"[ \t]+\d{1,4}[a-zA-Z]?)"
    r",[ \t]*\d{3,4}[ \t]+[A-Z\u00c0-\u00de][\w\u00c0-\u024f\-]+"
)
_COMPASS = r"(?:[ \t]+(?i:bis|sur|norte|este|oeste|[A-Z]))*"
_COLOMBIAN = re.compile(
    r"\b(?i:carrera|cra|kra|kr|cr|calle|cl|cll|avenida|av|diagonal|dg|transversal|tv|tr|circular|autopista)\.?"
    rf"[ \t]+\d{{1,3}}[A-Za-z]?{_COMPASS}[ \t]*(?:#|(?i:no|n[º°o]|nro)\.?)[ \t]*\d{{1,3}}[A-Za-z]?{_COMPASS}"
    rf"[ \t]*-[ \t]*\d{{1,3}}{_COMPASS}"
    # a flat, tower or interior number after it ('Apto 602', 'Torre 2', 'Int. 3')
    r"(?:,?[ \t]*(?i:apto|apt|apartamento|torre|int|interior|casa|bloque|oficina|of|piso)\.?[ \t]*\d{1,4}[A-Za-z]?)*"
)
# Japanese block addresses, numbered by district (chōme), block (banchi) and house (gō): written '3-12-7
# Higashi-Nakano, Nakano-ku' (the numbers, then the district and a ward, city or town word), or read out with the
# words ('2 chome 5 banchi 9 kita ku sapporo').
_JAPANESE = re.compile(
    r"(?<![\w\-])\d{1,3}-\d{1,4}(?:-\d{1,4})?,?[ \t]+[A-Z\u00c0-\u00de][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?"
    r"(?:,[ \t]*[A-Z][\w]*-(?:ku|shi|cho|machi|gun|mura)\b)"
    r"|\b\d{1,3}[ \t-]*(?i:chome|chōme|choume)(?:[ \t,]+\d{1,4}[ \t-]*(?i:banchi|ban)"
    r"(?:[ \t,]+\d{1,4}(?:[ \t-]*(?i:go|gō))?)?"
    # block and house read out joined by 'dash' or 'no' ('3 chome 5 dash 8')
    r"|[ \t,]+\d{1,4}[ \t]*(?:-|(?i:dash|no))[ \t]*\d{1,4})?"
    # the district (up to three words, 'nishi shinjuku shinjuku ku') and its ward, then the city closing the
    # sentence ('... ku tokyo')
    r"(?:(?:[ \t,]+[^\W\d_]+){1,3}[ \t-]+(?i:ku|shi|cho|machi|gun)(?:,?[ \t]+[^\W\d_]{3,}(?=[ \t]*(?:[.,!?]|$)))?)?"
    # the city and the postcode of seven digits ('sapporo 001-0018'), a city only before the postcode
    r"(?:,?[ \t]+[^\W\d_]{3,}[ \t]+\d{3}-?\d{4}\b)?"
    # the same written from the larger place down, as Japanese addresses are: the prefecture, the ward or city,
    # the district and its block numbers ('Osaka-fu, Kita-ku, Umeda 3-1-3')
    r"|(?<![\w\-])(?:[A-Z][a-z]+-(?:to|fu|ken|do),?[ \t]+)?[A-Z][a-z]+-(?:ku|shi|cho|machi|gun|mura),?[ \t]+"
    r"[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*)?[ \t]+\d{1,3}-\d{1,4}(?:-\d{1,4})?(?![\w\-])"
)
# Japanese addresses in Japanese script: the postal mark and code ('〒150-0002'), the prefecture, city or ward (a
# kanji name ending in 都 道 府 県 市 区 町 村, so a sentence's kana stay out) and the block numbers
# ('東京都渋谷区渋谷2-14-9', '大阪市北区梅田3丁目1番3号').
_KANA_KANJI = "\u3040-\u30ff\u4e00-\u9fff"
_JAPANESE_SCRIPT = re.compile(
    rf"(?:〒[ \t]?\d{{3}}-?\d{{4}}[ \t]*)?[\u4e00-\u9fff]*?[都道府県市区町村][{_KANA_KANJI}]*"
    r"[\d０-９]+(?:(?:[-－‐ー]|丁目|番地?|号|の)[\d０-９]+)*(?:号|番地?)?"
    # the building and its room number after the block ('... 3-18-7 メゾン青山402', 'コーポ桜 105号室', '... 302号')
    rf"(?:[ \t\u3000]*[{_KANA_KANJI}]+[ \t]?[\d０-９]{{1,4}}(?:号室?)?(?![\d０-９\-]))?"
)
# Korean road-name addresses in Korean script: the city, district or county (a Hangul name ending in 시 도 군 구 읍 면
# 동), the road (ending in 로, 대로 or 길, with its side-road number '12길') and the building number, then the flat
# ('502호') or building and flat ('101동 502호'): '서울특별시 마포구 월드컵북로 12길 34, 502호'.
_HANGUL = "\uac00-\ud7a3"
_KOREAN_SCRIPT = re.compile(
    rf"(?:[{_HANGUL}]+[시도군구읍면동][ \t]+){{0,4}}[{_HANGUL}\d]*[{_HANGUL}](?:로|길)"
    r"(?:[ \t]*\d{1,4}(?:-\d{1,4})?번?길)?[ \t]*\d{1,5}(?:-\d{1,4})?(?![\d\w])"
    r"(?:,?[ \t]*(?:\d{1,4}동[ \t]*)?\d{1,5}호)?"
)
# Turkish addresses: a neighbourhood (Mahallesi, 'Mah.'), a street (Sokak 'Sok.', Caddesi 'Cad.', Bulvarı), the
# door number 'No:8' and flat 'D:3', as 'Atatürk Mah. Gül Sok. No:8 D:3'.
_TR_W = r"[A-Z\u00c0-\u00de\u0130\u015e\u011e\u00c7\u00d6\u00dc][\w\u00c0-\u024f'\-]*"
_TURKISH = re.compile(
    rf"(?<![\w\-])(?:{_TR_W}[ \t]+){{1,3}}(?:Mahallesi|Mah\.|Mh\.)"
    rf"(?:,?[ \t]+(?:{_TR_W}[ \t]+){{1,3}}(?:Sokak|Sokağı|Sok\.|Sk\.|Caddesi|Cad\.|Cd\.|Bulvarı|Blv\.))?"
    r"(?:,?[ \t]*(?:No|Kat|Daire|D)[ \t]*[:.][ \t]*\d{1,4}[A-Za-z]?)*"
)
# Indian sector addresses: a flat or plot ('D-402', 'd 402'), the sector, the town and the six-digit PIN code.
# The house may be numbered with 'No.' ('House No. 47, Sector 15-A'), the sector's letter joined by a hyphen.
_SECTOR = re.compile(
    r"\b(?:(?:[A-Za-z]{1,2}[ \t-]?|(?i:house|plot|flat|h)\.?[ \t]+(?i:no|number|#)\.?[ \t]*)\d{1,4}[A-Za-z]?,?[ \t]+)?"
    r"(?i:sector|sec\.?)[ \t]+\d{1,3}(?:-?[A-Za-z])?"
    r"(?:,?[ \t]+[^\W\d_]+){0,2},?[ \t]+\d{6}\b"
)
# Gulf addresses, whose streets are numbered and named by no word before the number: a numbered villa, building
# or flat, then the numbered street or road ('Villa 12, Street 34b', 'Building 7, Road 2811, Block 428').
_NUMBERED_STREET = re.compile(
    r"\b(?i:villa|building|bldg|house|flat|office|apartment|apt)\.?[ \t]*\d{1,4}[A-Za-z]?,?[ \t]+"
    r"(?i:street|st|road|rd)\.?[ \t]*\d{1,4}[A-Za-z]?\b"
)
# Parishes of Barbados and Jamaica, which end an address there as a county or state does elsewhere.
_PARISHES = (
    r"christ church|saint andrew|st andrew|saint george|st george|saint james|st james|saint john|st john|"
    r"saint joseph|st joseph|saint lucy|st lucy|saint michael|st michael|saint peter|st peter|saint philip|"
    r"st philip|saint thomas|st thomas|kingston|saint catherine|st catherine|clarendon|manchester|"
    r"saint elizabeth|st elizabeth|westmoreland|hanover|trelawny|saint ann|st ann|saint mary|st mary|portland"
)
# 'number 9 palm gap black rock saint michael b b 11000': a house number, place words, the parish, and a postcode
# spelled as letters ('b b') and digits.
_PARISH_ADDRESS = re.compile(
    r"\b(?:(?:number|no|lot|#)\.?[ \t]+)?\d{1,4}[a-z]?((?:[ \t]+[a-z][\w'\-]*){1,6}?)[ \t]+"
    rf"(?:{_PARISHES})\b(?:[ \t]+(?:b[ \t]?b|jm[a-z]{{0,2}})[ \t]*\d{{2,5}}|[ \t]+bb\d{{5}})?",
    re.I,
)


class IntlAddressRecognizer(StreetAddressRecognizer):
    """Microdistrict, Vietnamese, Irish (Eircode), Nordic three-digit postcode, Colombian grid, Caribbean parish,
    Japanese block (in Latin or Japanese script), Korean road name (Korean script), Turkish, Indian sector and Gulf
    numbered-street address lines."""

    ENTITIES = ["STREET_ADDRESS"]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        cased = is_cased(self.own_turn(text))
        for rx, why in ((_MICRODISTRICT, "microdistrict, building and flat"),
                        (_COLOMBIAN, "Colombian street grid address"),
                        (_JAPANESE, "Japanese district, block and house numbers"),
                        (_JAPANESE_SCRIPT, "Japanese address in Japanese script"),
                        (_KOREAN_SCRIPT, "Korean road-name address in Korean script"),
                        (_TURKISH, "Turkish neighbourhood, street and door number"),
                        (_SECTOR, "Indian flat, sector, town and PIN code"),
                        (_NUMBERED_STREET, "numbered villa or building on a numbered street")):
            for m in rx.finditer(text):
                out.append(self.hit("STREET_ADDRESS", m.start(), self._extend(text, m.end(), cased), 0.88, why))
        for m in _VIETNAMESE.finditer(text):
            # a number must say it is an address: 'số 5' before the lane, or the lane's own number
            if re.search(r"\d", m.group()):
                out.append(self.hit("STREET_ADDRESS", m.start(), self._extend(text, m.end(), cased), 0.88,
                                    "Vietnamese house number and lane"))
        for m in _IRISH.finditer(text):
            start = self._first_place_word(text, m.start(1), m.end(1))
            out.append(self.hit("STREET_ADDRESS", start, m.end(), 0.88, "townland and county before an Eircode"))
        for m in _NORDIC.finditer(text):
            words = re.findall(r"[^\W\d_]+", m.group(1))
            if any(w.lower() in STOP_WORDS for w in words) or not any(
                    is_rare_word(w) or any(ord(ch) > 127 for ch in w) for w in words):
                continue
            out.append(self.hit("STREET_ADDRESS", m.start(), self._extend(text, m.end(), cased), 0.88,
                                "street, postcode and town"))
        for m in _PARISH_ADDRESS.finditer(text):
            if any(w.lower() in STOP_WORDS for w in m.group(1).split()):
                continue  # 'paid 20 to him in saint james': common words between number and parish
            out.append(self.hit("STREET_ADDRESS", m.start(), m.end(), 0.88, "house number, place and parish"))
        return out

    @staticmethod
    def _first_place_word(text: str, start: int, end: int) -> int:
        """Where the address before an Eircode begins: after capitalised common words and labels that open the
        sentence ('Address Glenbeigh, Co. Kerry, V93 ...', 'My Eircode ...')."""
        for w in re.finditer(r"[^\W\d_][\w'\-]*", text[start:end]):
            if w.group().lower() not in STOP_WORDS and w.group().lower() not in _LABELS:
                return start + w.start()
        return start


_LABELS = {"address", "eircode", "new", "postcode", "home"}
