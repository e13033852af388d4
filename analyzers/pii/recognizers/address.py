"""Street addresses, written or spoken: '123 Main Street, Apt 4, Springfield, IL 62704', 'Rue de Namur 14'.

Shapes of many countries: US/UK/Australian street words ('39484 Cox Forest', '96/0 Cody Amble'), street words
before or after the name ('Jalan Jayawijaya No. 34', 'Bøllegård Allé 564', 'Industrijska cesta 9a'), a name and
house number after a place word ('at Horákova 49'), a street line with the postcode and town after it ('Liškova
555\n200 82 Dolní Bousov'), and the unit, town, state and postcode parts that follow a street line.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.allow import ORG_SUFFIXES, is_cased
from analyzers.pii.digits import NOT_PII_LABEL, before
from analyzers.pii.name_lexicon import is_family_name, is_given_name
from analyzers.pii.recognizers.base import FairlineRecognizer
from analyzers.pii.recognizers.cards import MONTHS
from analyzers.pii.vocab import is_rare_word

_SUFFIX = (
    r"street|st|avenue|ave|av|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|pl|terrace|ter|"
    r"circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|crescent|cres|close|grove|gardens|park|row|"
    r"mews|walk|hill|view|loop|pike|alley|plaza|crossing|xing|run|path|point|pt|ridge|heights|hts|"
    r"route|rte|expressway|freeway|turnpike|causeway|commons|green|vale|rise|wharf|quay|"
    # Australian and British seafront and loop streets ('anzac parade', 'marine esplanade', 'banksia circuit')
    r"parade|esplanade|promenade|circuit|"
    # Indian street words after the name ('kamarajar salai', 'tilak marg')
    r"salai|marg"
)
_UNIT = (r"(?:apt|apartment|suite|ste|unit|flat|studio|room|floor|fl|building|bldg|house\s+no|h\.\s?no|door\s+no|"
         # a unit's number joined by '-' is short and ends the code: 'FL-00438291' and 'FL-20931-KX' are references
         r"plot(?:\s+no)?)\.?\s*(?:#|no\.?|number)?\s*[a-z]?(?:-\d{1,5}(?!\d|[a-z]?-[^\W_])|\d+)[a-z]?\b"
         r"(?:[ \t][a-z](?=[ \t]*(?:[,.!?]|$)))?")
_STREET = re.compile(
    rf"\b\d{{1,6}}[a-z]?(?:\s+\d{{1,4}})?\s+(?:(?:n|s|e|w|north|south|east|west)\.?\s+)?"
    # '10 minute walk', '5 mile run' are distances, not streets
    rf"(?:(?!(?:and|or|the|in|on|at|is|i|we|my|to|for|but|so|it|if|minutes?|hours?|miles?|km|blocks?|steps?|"
    rf"days?|weeks?|times?|more|less)\b)(?:[a-z\u00c0-\u024f][\w'.\u00c0-\u024f\-]*|\d{{1,3}}(?:st|nd|rd|th))\s+){{0,4}}"
    rf"(?:{_SUFFIX})\b\.?",
    re.I,
)
# Continental forms: 'Rue de Namur 14', 'Lindenstrasse 8', 'Parklaan 21', 'Koivutie 9'.
_STREET_EU = re.compile(
    r"(?:\b(?:rue|rua|via|calle|avenida|avenue|av\.|strada|viale|piazza|largo|pra[cç]a|travessa|carrer|"
    r"plaza|paseo|chemin|boulevard|ulica|ul\.|al\.|aleja|plac|trg|ulitsa|n[áa]m\.|n[áa]m[ěe]st[íi]|"
    r"c/|λεωφόρος|οδός|πλατεία|impasse|allée|quai|cours|contrada|borgo|vicolo|corso|callejón|cuesta|ronda|camino|"
    r"pasaje|rambla|glorieta|alameda|rodovia|estrada|viela|cerrada|privada|circuito|rúa|vía|"
    r"ул\.|улица|пр\.|проспект|пер\.|переулок|шоссе|бульвар|"
    # the same, transliterated ('vul. Franka 12', 'prospekt Mira 5')
    r"vul\.|vulytsia|vulytsya|ulitsa|prosp\.|prospekt|provulok|prov\.|pereulok|bulvar|shosse|ploshcha|ploshchad|"
    r"naberezhna|naberezhnaya|"
    # Indonesian, Malay, Romanian, Turkish, Mexican and Brazilian street words
    r"jalan|jln\.|jl\.|lorong|aleea|calea|bulevardul|bd\.|b-dul|șoseaua|soseaua|splaiul|intrarea|str\.|"
    r"cadde(?:si)?|sokak|sk\.|conjunto|vial|andador|prolongación|prolongacion|retorno|circunvalación|diagonal|"
    r"periférico|travesía|alameda|ladeira|vila|quadra|setor|núcleo|lote|drumul|sítio|sitio|rang|gg\.|gang|pl\.|"
    r"piazzetta|cañada|chácara|aeroporto|feira|morro|residencial|condomínio|fazenda|recanto|lagoa|trecho|vereda)\s+"
    r"(?:[\w'.\u00c0-\u024f\-]+,?\s+){0,4}?"
    # a house number, or 's/n' (sin número / sem número)
    r"(?:(?:(?:д\.|дом|no\.?|nr\.?|n[º°o]\.?|#)\s*)?\d+[a-z]?(?:/\d+[a-z]?)?\b|s/n\b)"
    # number first: '12, rue des Lilas', '7 bis, avenue Foch'
    r"|\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|chemin|impasse|allée|place|quai|route|cours|"
    r"montée|rang|côte|croissant|ruelle|terrasse|sentier|voie)"
    r"(?:\s+[\w'\u00c0-\u024f\-]+){1,4}"
    r"|\b[A-Z\u00c0-\u024f][\w\u00c0-\u024f\-]*(?:stra(?:ss|ß)e|str\.|weg|gasse|laan|straat|vej|gade|tie|"
    r"katu|v[äa]gen|gatan|veien|allee|platz|ring|dreef|plein|vegur|gata|utca|ntie|kuja|polku|ranta|kaari|"
    r"gränd|stigen|backen|torget|allén|stræde|parken|bakken|vegen|damm|ufer|chaussee|pfad|steig|stieg|markt|"
    r"singel|gracht|dijk|kade|steeg|straße|hof|lei|baan|plass|faret|svingen|grenda|plads)"
    r"\s+\d+[a-z]?(?:[/-]\d+[a-z]?)?\b"
    r")",
    re.I,
)
# Street words after the name (Hungarian, Baltic, Slovene, Turkish): 'Petőfi u. 27.', 'Kalda tee 12',
# 'Brīvības iela 5', 'Atatürk caddesi 12'. The name words are cut back to those after the last English word,
# so 'Tait lives at Industrijska cesta 9a' is the street 'Industrijska cesta 9a'.
_STREET_WORD_AFTER = re.compile(
    r"\b([A-Z\u00c0-\u024f][\w\u00c0-\u024f\-]*(?:[ \t]+[\w\u00c0-\u024f\-]+){0,3})[ \t]+"
    r"(?:u\.|út|útja|utca|tér|körút|tee|mnt\.?|maantee|puiestee|tänav|ulica|cesta|trg|iela|gatvė|g\.|prospektas|"
    r"sokak|sokağı|sk\.|caddesi|cad\.|bulvarı|yolu|"
    # Nordic, German and Dutch street words written apart: 'Bøllegård Allé 564', 'Lentokapteenin katu 26'
    r"allé|katu|kuja|vej|gade|gata|gatan|vägen|veien|vegen|vei|väg|plads|torv|strasse|straße|weg|gasse|"
    # Norwegian 'gate' (street) only in lower case: 'Thereses gate 9B'; a capitalised 'Gate 22' is an airport's
    r"laan|straat|plein|(?-i:gate))\s+(?:(?:no|nr|n[º°o])[.:]?|#)?\s*\d+[a-z]?\b\.?",
    re.I,
)
# The longer tail of USPS, UK and Australian street words ('39484 Cox Forest', '943 Sutton Roads', '48 MacDonald
# Cross'): these are everyday words too ('3 key points'), so the street name and the word must be capitalised.
_SUFFIX_CAPS = (
    "Alley|Annex|Approach|Arcade|Bank|Bayou|Beach|Bend|Bluffs?|Bottom|Brae|Branch|Bridge|Brooks?|Burgs?|Bypass|Camp|"
    "Canyon|Cape|Centers?|Centre|Chase|Circles?|Circuit|Cliffs?|Club|Common|Corners?|Cottages|Course|Courts|Coves?|"
    "Creek|Crest|Croft|Cross|Crossroads?|Curve|Dale|Dam|Dene|Divide|Drives|Drove|End|Esplanade|Estates?|"
    "Extensions?|Falls?|Ferry|Fields?|Flats?|Fold|Fords?|Forest|Forges?|Forks?|Fort|Garden|Garth|Gate|Gateway|"
    "Glens?|Greens|Groves|Harbou?rs?|Haven|Hills|Hollow|Inlet|Islands?|Isle|Junctions?|Keys?|Knolls?|Lakes?|Land|"
    "Landing|Lights?|Loaf|Locks?|Lodge|Mall|Manors?|Mansions|Mead|Meadows?|Mills?|Mission|Motorway|Mount|"
    "Mountains?|Neck|Nook|Orchard|Oval|Overpass|Paddock|Parade|Parks|Parkways|Pass|Passage|Pines?|Plains?|Points|"
    "Ports?|Prairie|Promenade|Radial|Ramp|Ranch|Rapids?|Rest|Ridges|River|Roads|Shoals?|Shores?|Skyway|Springs?|"
    "Spurs?|Squares|Station|Stravenue|Stream|Streets|Summit|Throughway|Trace|Track|Trafficway|Tunnel|Underpass|"
    "Unions?|Valleys?|Viaduct|Views|Villages?|Villas|Ville|Vista|Walks|Wall|Ways|Wells?|Woods?|Wynd|Yard|"
    # Australian street types and Indian locality words ('Cody Amble', 'Wilson Riverway', 'Nagarajan Nagar')
    "Amble|Riverway|Roadside|Strand|Boardwalk|Broadway|Concourse|Dell|Fairway|Glade|Grange|Lookout|Outlook|"
    "Pathway|Quays|Reserve|Retreat|Ridgeway|Rotary|Tollway|Towers|Waters|Nagar|Ganj|Marg|Chowk|Colony|Layout|"
    "Enclave|Vihar|Puram|Bagh"
)
_STREET_CAPS = re.compile(
    rf"\b\d{{1,6}}[A-Za-z]?(?:/\d{{1,4}})?,?\s+(?:[NSEW]\.?\s+)?(?:[A-Z\u00c0-\u00de][\w'.\u00c0-\u024f\-]*\s+){{1,3}}"
    rf"(?:{_SUFFIX_CAPS})\b"
)
# Streets named 'The <street word>' in Ireland and Britain, said after the house number: '26 The Crescent',
# 'twenty six the crescent ballincollig'. _STREET refuses 'the' after a number ('paid 50 the way you said'), so
# these take only street words that are no everyday noun after a number.
_STREET_THE = re.compile(
    r"\b\d{1,5}[a-z]?,?[ \t]+the[ \t]+(?:crescent|close|green|grove|mews|avenue|drive|terrace|parade|square|rise|"
    r"meadows?|paddocks?|orchards?|glen|heights|gardens|lawns?|maltings|strand|quay|willows|oaks|elms|beeches|"
    r"pines|limes|laurels|hollies|links|downs|spinney|croft|coppice|courtyard|stables|boulevard|esplanade|"
    r"promenade|sycamores|cedars|chestnuts|birches|maples|poplars|firs)\b",
    re.I,
)
# US military mail: 'USNS Whitcombe FPO AE 31207', 'Unit 4410 Box 2210 DPO AA 34021', 'PSC 6120, Box 3318 APO AE 09123'
_MILITARY = re.compile(
    r"\b(?:(?:USNS|USNV|USS|USCGC)\s+[^\W\d_][\w'\-]*(?:\s+[A-Z][\w'\-]*)?|"
    r"(?:unit|psc|cmr)\s+\d{3,5},?\s+box\s+\d{3,5})[,\s]+(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5}\b",
    re.I,
)
# 'the corner of Vesterbro 41 and Harlan Ridge': the second street may have no number and any street word.
_CORNER = re.compile(
    r"\b(?:the\s+)?corner\s+of\s+[^\n,;?!]{2,60}?\s+(?:and|&)\s+"
    r"(?:[A-Z0-9\u00c0-\u024f][\w'.\u00c0-\u024f\-]*(?:[ \t]+|(?=[\s,.;?!]|$))){1,5}",
)
# A named street without a house number, after a preposition: 'on Corbin Hollow Street', 'down Baker Road'.
_NAMED_STREET = re.compile(
    r"\b(?:on|at|in|to|of|off|along|down|up|near|from|via|onto|into)\s+"
    r"((?:[A-Z\u00c0-\u024f][\w'\u00c0-\u024f\-]*\s+){1,3}"
    r"(?:Street|Road|Avenue|Lane|Drive|Boulevard|Court|Terrace|Crescent|Parkway|Highway|Turnpike|Expressway|"
    r"Alley|Mews|Close|Grove|Row|Way|Place|Square|Gardens|Walk|Rise|Wynd|Parade|Esplanade|Circle|Plaza|Crossing|"
    r"Trail|Loop|Pike|Heights|Ridge)\b)"
)
_NAMED_STREET_CAPS = re.compile(
    r"(?:\b(?:on|at|to|off|along|down|up|near|from|via|onto|into|address is|address|location|venue|"
    r"(?-i:Address|Location|Venue))[ \t]*[:\-]?[ \t]+|^[ \t]*-[ \t]+|(?<=\s-\s))"
    r"((?-i:[A-Z\u00c0-\u00de][\w'\u00c0-\u024f\-]*)(?:[ \t]+(?-i:[A-Z\u00c0-\u00de][\w'\u00c0-\u024f\-]*)){0,2}"
    rf"[ \t]+(?-i:{_SUFFIX_CAPS}))\b(?![ \t]+(?-i:[A-Z]))",
    re.I | re.M,
)
# Street words of the long tail that name organisations and buildings more often than streets ('at Chase Bank').
# The same street with no number, proven by what follows: 'Berg Hills, 92238 Bergen', 'Marina Fort Apt. 215',
# 'Berg Hills | Bergen | 17602'.
_STREET_CAPS_BEFORE_PARTS = re.compile(
    r"(?<![\w\-])([A-Z\u00c0-\u00de][\w'\u00c0-\u024f\-]*(?:[ \t]+[A-Z\u00c0-\u00de][\w'\u00c0-\u024f\-]*){0,2}"
    rf"[ \t]+(?:{_SUFFIX_CAPS}|Street|Road|Avenue|Lane|Drive|Boulevard|Court|Terrace|Crescent|Parkway|Highway|Close|"
    r"Grove|Way|Place|Square|Circle|Trail))"
    r"(?=(?:[ \t]*[,;|\n][ \t]*|[ \t]+)(?:(?!(?:19|20)\d\d\b)\d{4,6}\b|(?i:apt|apartment|suite|unit|flat)\b)|"
    r"[ \t]*[,;|\n][ \t]*[A-Z\u00c0-\u00de][\w\u00c0-\u024f]+(?:[ \t]+[A-Z\u00c0-\u00de][\w\u00c0-\u024f]+)?"
    r"[ \t]*[,;|\n][ \t]*(?:[A-Z]{2}[ \t]+)?\d{4,6}\b)"
)
_PARTICLES_ANY = {"de", "da", "do", "dos", "das", "del", "della", "dei", "di", "du", "des", "la", "le", "les", "el",
                  "los", "las", "y", "e", "van", "von", "der", "den", "am", "an", "im"}
_ORG_STREET_WORDS = {"bank", "club", "union", "unions", "station", "mall", "centre", "center", "centers", "mission",
                     "towers", "lodge", "camp", "reserve", "land", "lights", "light", "estates", "estate", "manor",
                     "manors", "mansions", "haven", "summit", "landing", "harbour", "harbor", "falls", "island",
                     "islands", "isle", "springs", "spring", "river", "beach", "lake", "lakes", "forest", "mountain",
                     "mountains", "canyon", "valley", "valleys", "prairie", "ranch", "fort"}
# A street named by its leading street word, with no house number: 'on Praça de Cavalcante', 'at Drumul Adina
# Oprea', 'Rua Batista'. Capitalised as written ('via email' is no street).
_PARTICLE = r"(?:de|da|do|dos|das|del|della|dei|di|du|des|la|le|les|el|los|las|y|e)"
_LEADING_WORD_STREET = re.compile(
    r"(?<![\w\-])(?:Rua|Rue|Calle|Avenida|Av\.|Praça|Praca|Travessa|Viale|Piazza|Piazzale|Corso|Strada|Aleea|Calea|"
    r"Drumul|Bulevardul|Jalan|Ulica|Continuación|Prolongación|Calzada|Cerrada|Privada|Andador|Retorno|Callejón|"
    r"Camino|Paseo|Carrer|Chemin|Impasse|Allée|Quai|Montée|Esplanada|Alameda|Rodovia|Estrada|Ladeira|Viela|Beco|"
    r"Passeio|Urbanización|Pasaje|Glorieta|Circunvalación|Periférico|Vía|Rúa)"
    rf"(?:[ \t]+{_PARTICLE}){{0,2}}"
    r"(?:[ \t]+[A-Z\u00c0-\u00de\u0100-\u024f][\w'\u00c0-\u024f\-]*"
    rf"(?:[ \t]+{_PARTICLE}(?=[ \t]+[A-Z\u00c0-\u00de]))?){{1,4}}"
)
# A named street with no house number, then the town after a comma: 'Highland Way, Cape Town', 'Albert Rd,
# Springfield'. Every word capitalised, the street word one people write on envelopes.
_STREET_TOWN = re.compile(
    r"(?<![\w\-])((?:[A-Z\u00c0-\u00de][\w'\u00c0-\u024f\-]*[ \t]+){1,3}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Terrace|Crescent|Cres|Parkway|Pkwy|"
    r"Highway|Hwy|Close|Grove|Way|Place|Pl|Square|Circle|Cir|Trail|Marg|Nagar)\.?)"
    r",[ \t]*(?=[A-Z\u00c0-\u00de][^\W\d_]+)"
)
_CAPWORD = r"[A-Z\u00c0-\u00de][\w'\u00c0-\u024f\-]+"
# The same in lower case, after a place word or an address cue: 'update my address to jefferson drive, leeds'.
_STREET_TOWN_LOWER = re.compile(
    r"\b(?:on|at|to|from|near|off|along|down|up|via|onto|into|address(?: is| was|:)|residence:|location:)\s+"
    r"([^\W\d_][\w'\-]*(?:[ \t]+[^\W\d_][\w'\-]*){0,2}[ \t]+(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|"
    r"boulevard|blvd|court|ct|terrace|crescent|parkway|highway|hwy|close|grove|way|place|pl|square|circle|trail)"
    r"\.?),[ \t]*(?=[^\W\d_]{3,})",
    re.I,
)
# A street line with no street word (house number first or last), proven by the town and postcode after it:
# '221 Kingsway, Manchester M19 2LL', '214 Pavlou Drandaki | Tartu | 10696', 'Brisas 6802; Austin; 68305'.
_NUMBER_NAME_POSTCODE = re.compile(
    rf"(?:\b\d{{1,5}}[A-Za-z]?[ \t]+{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,2}}|"
    rf"(?<![\w\-]){_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,2}}[ \t]+\d{{1,5}}[A-Za-z]?)[ \t]*(?:[,|;]|\n)[ \t]*"
    rf"{_CAPWORD}(?:[ \t]+{_CAPWORD})?(?:[ \t]*(?:[,|;]|\n)[ \t]*{_CAPWORD}(?:[ \t]+{_CAPWORD})?)?"
    r"(?:[ \t]*(?:[,|;]|\n))?[ \t]*"
    r"(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?|(?!(?:19|20)\d\d\b)\d{4,6})\b"
)
_BLOCK_STREET = re.compile(
    r"(?m)^[ \t]*(?:[?•·*▪►]{1,3}[ \t]+)?"
    r"((?-i:[A-Z\u00c0-\u00de\u0100-\u024f])[\w'.\u00c0-\u024f\-]*(?:[ \t]+[\w'.\u00c0-\u024f\-]+){0,3}"
    r"[ \t]+\d{1,5}[a-zA-Z]?\.?)[ \t]*"
    r"(?=(?:[,;|][ \t]*|[ \t]+)(?:apt|apartment|suite|ste|unit|flat)\b|"
    r"\n[ \t]*(?:[?•·*▪►]{1,3}[ \t]+)?(?:apt|apartment|suite|ste|unit|flat)\b|"
    r"[,;|][ \t]*(?!(?:19|20)\d\d\b)\d{4,5}\b|\n[ \t]*(?!(?:19|20)\d\d\b)\d{4,5}[ \t]+[^\W\d_])",
    re.I,
)
# The same shapes in text written all in lower case ('parmova 109\nrecife\nbrazil 10690', 'on midtvollen 130.'):
# any letter may start a word; the words must then include one that is no English word (see _foreign_street).
_ANY_CAP = "(?-i:[A-Z\\u00c0-\\u00de\\u0100-\\u024f])"
_BLOCK_STREET_LOWER = re.compile(_BLOCK_STREET.pattern.replace(_ANY_CAP, r"[^\W\d_]"), re.I)
_NUMBER_NAME_POSTCODE_LOWER = re.compile(_NUMBER_NAME_POSTCODE.pattern.replace(_CAPWORD, r"[^\W\d_][\w'\-]+"), re.I)
# A five-digit postcode after the town (and country) it belongs to, with no street line: 'based in Kraków,
# Portugal 37558', 'Fitzroy 85525, Portugal', 'Austin (54171)'. Only the code is tagged; the town stays readable.
_TOWN_ZIP = re.compile(
    rf"(?<![\w\-])({_CAPWORD}(?:[ \t]+{_CAPWORD})?(?:,[ \t]*{_CAPWORD}(?:[ \t]+{_CAPWORD})?)?)"
    r"[ \t]*\(?(\d{5}(?:-\d{4})?)\)?(?![\w\-])(?![ \t]*(?:dollars|pounds|euros|usd|eur|gbp|items|units)\b)"
)
# US states and territories, and Canadian provinces, as written before a postcode.
_STATE_CODES = frozenset("""
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC
SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP AA AE AP AB BC MB NB NL NS NT NU ON PE QC SK YT
""".split())
# Words that put a five-digit number after them without it being a postcode ('Member 40211', 'Balance 12000').
_NOT_TOWN_BEFORE_CODE = {"member", "customer", "client", "account", "id", "code", "pin", "product", "part", "loan",
                         "card", "plan", "phone", "number", "total", "balance", "amount", "price", "points", "score",
                         "year", "years", "miles", "km", "steps", "calories", "debt", "fee", "credit", "limit",
                         "salary", "income", "rent", "due", "paid", "owe", "owed", "about", "around", "only", "inv",
                         "ref", "no", "nr", "num", "acct", "po", "ord", "txn", "reservation", "booking"}
_TOWN_ZIP_LOWER = re.compile(
    r"(?<![\w\-])([^\W\d_][\w'\-]+(?:[ \t]+[^\W\d_][\w'\-]+)?,[ \t]*[^\W\d_][\w'\-]+(?:[ \t]+[^\W\d_][\w'\-]+)?)"
    r"[ \t]+(\d{5}(?:-\d{4})?)(?![\w\-])|"
    # 'kraków 36017, france': the code between the town and the country
    r"(?<![\w\-])([^\W\d_][\w'\-]+)[ \t]+(\d{5})(?=,[ \t]*[^\W\d_]{3,})"
)
# Japanese block addresses, romanised: '2-21-1 Shibuya, Shibuya-ku, Tokyo 150-0002' (chōme-banchi-gō, district).
_STREET_JP = re.compile(r"\b\d{1,2}-\d{1,4}(?:-\d{1,4})?,?[ \t]+[A-Z][a-z]+(?:-(?:ku|shi|cho|chō|machi))?(?=,)")
# A street line and the postcode and town after it, on the same line or the next: 'Pettersenfaret 737, 7559
# Jacobsen', 'Bijenička 1a/1\n10704 Stari Grad', 'Veerlehof 970, 4833, Meerdonk'.
# A postcode before the town; a bare 19xx/20xx is more often a year ('Boeing 737, 2019 Crash').
_POSTCODE = (r"(?:[A-Z]{1,2}-)?(?:\d{3}[ ]\d{2}|\d{4}[ ]?[A-Z]{2}(?![\w])|\d{5}-\d{3}|(?!(?:19|20)\d\d\b)\d{4,8}"
             r"(?:-\d{3,4})?|\d{2}-\d{3})")
_STREET_POSTCODE = re.compile(
    r"(?<![\w\-])([A-Z\u00c0-\u00de\u0100-\u024f][\w'\u00c0-\u024f.\-]*"
    r"(?:[ \t]+[^\W\d_][\w'\u00c0-\u024f.\-]*){0,4}"
    r"[ \t]+\d{1,5}[a-zA-Z]?(?:[/-]\d{1,4}[a-zA-Z]?)?)[ \t]*(?:,[ \t]*|\n[ \t]*)"
    rf"{_POSTCODE}(?:,?[ \t]+|[ \t]*\n[ \t]*)[A-Z\u00c0-\u00de\u0100-\u024f][\w\u00c0-\u024f\-]*"
)
# Name-then-number streets with no street word ('Horákova 49', 'Za Valem 265', 'Estellelei 3', 'Via dei Mille 5'),
# after a preposition of place; the number must end the phrase, so 'to Sarah 5 minutes ago' is no street.
_PLACED_STREET = re.compile(
    r"\b(?:at|to|from|on|near|off|onto|via|behind|opposite)\s+((?-i:[A-Z\u00c0-\u00de\u0100-\u024f])[\w'\u00c0-\u024f\-]*\.?"
    r"(?:\s+(?:(?-i:[A-Z\u00c0-\u00de\u0100-\u024f])[\w'\u00c0-\u024f\-]*\.?|"
    r"(?-i:de|da|do|dos|das|del|della|dei|degli|di|du|des|la|le|les|van|von|der|den|ter|ten|am|an|im|zum|zur|e|y)"
    r")){0,3}"
    r",?\s+\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?)?)"
    r"(?=\s*(?:[,;!?)]|\.(?!\d)|$)|\s+(?:to|and|instead|until|since|last|next|this|for|by|if|but|or|the|is|was|in|around|at|near|on|with|from|before|after|"
    r"are|were|has|had|will|would|which|where|that|who|when|while|so|because|then|yesterday|today|tomorrow|tonight|"
    r"opens?|opened|closes?|closed|every|each)\b)",
    re.I,
)
_PLACED_STREET_LOWER = re.compile(_PLACED_STREET.pattern.replace(
    "(?-i:[A-Z\\u00c0-\\u00de\\u0100-\\u024f])", r"[^\W\d_]"), re.I)
# Words that put a number after a name without being a street: 'Gate 22', 'Windows 11', 'Chapter 3', 'May 5'.
_NOT_PLACED_STREET = {
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
_ENGLISH_RING = {"during", "spring", "string", "bring", "ring", "offering", "hearing", "wearing", "sharing", "bearing",
                 "boring", "scoring", "referring", "entering", "recurring", "occurring", "covering", "ordering",
                 "delivering", "gathering", "monitoring", "mentoring", "tutoring", "catering", "engineering"}
_NOT_PLACED_STREET |= {"locker", "store", "shop", "branch", "hub", "station", "stop", "counter"}
# '<number> <words> <number> apt 5': a house number, a street name in any script or case, a number, a unit.
_STREET_UNIT = re.compile(
    r"\b\d{1,6}\s+(?:[^\W\d_][\w'.\-]*\s+){1,4}\d{1,4}[a-z]?(?=,?\s+(?:apt|apartment|suite|ste|unit|flat)\b)",
    re.I,
)
# "33100 Koivutie 9", "820 Skovvænget 6": house number, capitalised name (any script), number.
_STREET_NUMBERED = re.compile(r"\b\d{1,6}\s+((?:[^\W\d_][\w'.\-]*\s+){1,4})\d{1,4}[a-z]?\b")
_NOT_STREET_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "usd", "eur", "gbp", "of", "the",
    "and", "in", "on", "at", "to", "for", "a", "an", "my", "your", "our", "is", "are", "was", "top", "best",
    "chapter", "page", "section", "step", "part", "level", "room", "gate", "flight", "version", "model", "item",
}
# "my address is ...", "lives at ...": the rest of the sentence, when it holds a number.
# Words between an address cue and the address that belong to neither ('to', 'still', 'now').
_CUE_LEAD = re.compile(r"(?i:(to|is|still|now|currently|just|at|on|in|was|will be|also))[ \t,:]+")
_ADDRESS_CUE = re.compile(
    r"\b(?:address(?:\s+is|\s*[:\-])?|(?:lives?|lived|living|stays?|staying|resides?) (?:at|on|in)|located at|"
    r"(?:location|venue|home|residence|head office|office|premises|site|destination)\s*[:\-]|"
    r"where do (?:you|they|we) live\?|where are you based\?|"
    r"sen[dt] (?:it |this |them |a new one )?to|ship (?:it |this )?to|mail (?:it |this )?to|moved to|"
    r"drops? you off at|stop at|deliver(?:ed)? to|return(?:ed)? (?:it |this |them )?to|side of|enter (?:on|at)|"
    r"(?:office|house|home|flat|apartment|restaurant|shop|store) is (?:at|on|in)|meet (?:you |me |us )?at|"
    r"see you at|visit (?:us|me) at|find (?:us|me) at|pick (?:me |you |it |them )?up (?:at|from)|"
    r"is located (?:at|on|in))\s*:?\s+"
    r"((?:(?!\n\n|[.?!](?:\s|$)).){4,120})",
    re.I | re.S,
)
_STREET_WORD_ANY = re.compile(rf"(?i)\b(?:{_SUFFIX})\b")
# A day and its month ('the receipt dated 9 September', 'on March 3rd') is a date, no house number beside a name,
# unless a street word follows the month ('12 May Road').
_DAY_MONTH = re.compile(rf"(?i)\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{MONTHS}\b(?![ \t]+(?:{_SUFFIX})\b)|"
                        rf"\b{MONTHS}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?\b(?![ \t]*[,:]?[ \t]*[^\W\d_])")
# A cue chunk is an address only in an address's shape: a number beside a capitalised word, no clock or money.
_NUMBER_BY_NAME = re.compile(r"\d[\w.]*,?\s+[A-Z\u00c0-\u024f]|[A-Z\u00c0-\u024f][\w'\u00c0-\u024f.\-]*\s+\d")
_NOT_ADDRESS = re.compile(r"\b(?:am|pm|a\.m|p\.m|o'clock|percent|minutes?|hours?|days?|weeks?|months?|years?|"
                          r"dollars?|pounds?|euros?|payments?)\b|[$£€%:]", re.I)
_CHUNK_END = re.compile(r"\d[\w.]*(?!.*\d)", re.S)  # the last number in a chunk
# Where a cue chunk stops being an address: a phone or email given next, or a new clause.
_CHUNK_STOP = re.compile(r"\b(?:phone|tel|telephone|mobile|cell|fax|call|text|e-?mail|website|number|or|but|if|when|"
                         r"because|which|so|then)\b", re.I)
# Rural routes and highway contracts carry a box number like a PO box ('RR 2 Box 118', 'HC 64 Box 9'); Kenyan
# boxes add the post office's code ('P.O. Box 1234-00200').
_PO_BOX = re.compile(r"\b(?:p\.?\s?o\.?\s?box|post office box|postbox|post box|postfach|apartado|caixa postal|"
                     r"(?:psc|rural route|rural rte|r\.?r\.?|hc|highway contract(?: route)?)\s+\d+,?\s+"
                     # a Canadian rural route's site or compartment before the box: 'RR 3 Site 12 Box 7'
                     r"(?:(?:site|comp|compartment)\s+\d+,?\s+)?box)"
                     r"\s+\d+(?:(?:-|\s+dash\s+)\d{3,5})?\b", re.I)
_UNIT_RX = re.compile(rf"\b{_UNIT}", re.I)
# What may follow a street line: unit, city, state, ZIP/postcode, country - comma or newline separated.
_CAP = "A-Z\u00c0-\u00de\u0100-\u024f\u0386-\u03ab\u0400-\u042f"  # capitals (Latin, Greek, Cyrillic)
_TAIL = re.compile(
    # a line may start with a bullet ('\n• Bergen', or '???' where the glyph was lost)
    # 'Kadıköy/İstanbul': a district and its city joined by a slash
    rf"(?:\s*[,\n]\s*(?:[?•·*▪►]{{1,3}}\s+)?|[ \t]*[|;][ \t]*|[ \t]+-[ \t]+|/(?=[{_CAP}][^\W\d_])|\s+)"
    # '#09-1142': a Singapore floor and unit
    rf"(?:(?i:{_UNIT})|#[ \t]?\d{{1,5}}[a-zA-Z]?(?:-\d{{1,5}})?\b|"
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
    rf"(?:[A-Z]{{1,2}}-)?(?:\d{{4}}(?:-\d{{3}})?|\d{{2}}-\d{{3}}|\d{{3}} \d{{2}})(?=[ \t]+[{_CAP}])|"
    # Dutch '9825 KO', Brazilian '12143-356' and '17217738', Indian '956506', a bare Australian '2930' at the end
    r"\d{4} ?[A-Z]{2}(?!\w)|\d{5}-\d{3}(?!\d)|\d{6}(?!\d)|\d{8}(?!\d)|"
    r"(?!(?:19|20)\d\d\b)\d{4}(?=\s*(?:$|[,.;!?)\n])|\s+[a-z])|"
    # a house or flat number of its own ('Esplanada Barros, 24, Solimoes', 'Periférico Matos 866 724, ...')
    r"\d{1,5}[a-zA-Z]?(?=[ \t]*[,\n])|"
    # a district, ward or town written lower case before its capitalised name ('quận Hai Bà Trưng', 'kecamatan ...')
    r"(?:(?i:quận|quan|phường|phuong|huyện|huyen|xã|tỉnh|tinh|thành phố|thanh pho|tp\.|thị xã|thị trấn|"
    r"kecamatan|kec\.|kelurahan|kel\.|desa|bairro|barrio|distrito|comuna)[ \t]+)?"
    rf"[{_CAP}][^\W\d_]*[\w'.\-]*(?:[ \t]+(?:\([^\W\d_][^()\n]{{0,29}}\)|[^\W\d_][\w'.\-]*)){{0,3}}"
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
# Town words and a British or Irish postcode spelt out after them ('mill lane chipping norton o x seven five j w
# because ...' is 'o x 75 j w' once normalised): the postcode ends the address, whatever word follows it.
# An Eircode's second half mixes letters and digits ('v 95 x 2 y 4'); a British outward half alone closes the turn
# too ('... brixton london s w two').
# Its letters may be said as one word ('bradford bd 74 xy'), which then is no common two-letter word.
_TWO_LETTER_WORDS = r"(?:to|at|on|in|of|is|it|by|or|an|as|we|us|me|my|so|no|do|go|up|be|he|if|am|ok|oh|uh|um|hi)\b"
_INWARD_WORD = rf"[ \t]+(?!{_TWO_LETTER_WORDS})[a-z]{{2}}(?=[ \t]*[.?!]?[ \t]*$)"
TAIL_SPOKEN_POSTCODE = re.compile(r"[ \t]+([^\W\d_]{3,}(?:[ \t]+[^\W\d_]{3,}){0,3})"
                                   rf"[ \t]+(?:[a-z](?:[ \t]+[a-z])?|(?!{_TWO_LETTER_WORDS})[a-z]{{2}})[ \t]*\d{{1,4}}"
                                   r"(?:[ \t]+[a-z](?:[ \t]+(?:[a-z]|\d{1,2})){0,3}\b|"
                                   rf"{_INWARD_WORD}|(?=[ \t]*[.?!]?[ \t]*$))")
# A British postcode's outward half said as letters and digits ('... leeds ls 16'), then the two letters of its
# inward half said as one word closing the turn ('bx'): those letters are the postcode's, not a word.
_OUTWARD_CODE_BEFORE = re.compile(rf"(?<![\w])(?!{_TWO_LETTER_WORDS})[a-z]{{1,2}}[ \t]*\d{{1,2}}$")
_INWARD_LETTERS = re.compile(_INWARD_WORD)
# A flat or block before the street's number: '5/12 Nguyen Hue Street', 'C-45, Lajpat Nagar', 'seven stroke two forty'.
_BLOCK_BEFORE = re.compile(r"(?<![\w/\-])(?:\d{1,5}/|\d{1,5}[ \t]+(?:stroke|slash)[ \t]+|[A-Za-z]-)$")
# Before a house number: a Canadian unit-civic number ('1204-88 Harbour Street') and a Scottish flat position,
# floor and door ('2/1, 17 Dumbarton Road').
_UNIT_BEFORE_NUMBER = re.compile(r"(?<![\w/\-])(?:\d{1,5}-|\d{1,2}/\d{1,2},[ \t]*)$")
# A letter said after a house or flat number is its suffix ('apartment four b houston', 'plot seven a').
_LETTER_SUFFIX = re.compile(r"(?<=\d)[ \t]+[a-z](?=[ \t]+[^\W\d_]{3,}|[ \t]*$)")
# What may end a house number: a Dutch floor ('412-III', '12-hs'), a French 'bis', a Korean road ('23-gil').
_NUMBER_SUFFIX = re.compile(r"-(?:[IVX]{1,4}|(?i:hs|huis|bis|ter|gil|ro|dong|ga|ho))\b|"
                            # after a space, closing the street part: 'Vlierstraat 9 hs, 3552 TK', 'Via Po 3 bis,'
                            r"[ \t]+(?:hs|huis|bis|boven|bg)(?=[ \t]*(?:,|\n|$))")
_NOT_TOWN = {"please", "thanks", "yesterday", "today", "tonight", "tomorrow", "now", "right", "yeah", "yep", "yes",
             "okay", "correct", "though", "too", "anyway", "actually", "sorry", "instead", "already", "again",
             "still", "there", "here", "mate", "sir", "madam", "ma'am", "thank", "cheers", "basically",
             "apartment", "unit", "suite", "flat", "floor", "building", "thats", "that's"}
_ZIP_CUE = re.compile(r"\b(zip|zip code|postcode|post code|postal code)\s*(?:is|:)?\s*$")
_ZIP = re.compile(r"\b\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_NOT_PLACE = {
    "and", "but", "so", "is", "was", "the", "i", "we", "you", "it", "that", "please", "thanks", "thank", "ok",
    "okay", "yes", "no", "can", "could", "would", "will", "my", "your", "our", "if", "his", "her", "their", "its",
    "or", "call", "phone", "telephone", "tel", "mobile", "cell", "fax", "desk", "email", "e-mail", "website", "web",
    "text", "number", "when", "then", "after", "before", "from", "for", "to", "in", "on", "at", "with", "by",
    # sign-offs and labels that follow an address in a message ('..., Kitale. Regards, ...', 'Full name ...')
    "regards", "sincerely", "cheers", "name", "full",
    # when the customer moved or paid, after the town ('... 1016 EE Amsterdam last month')
    "last", "next", "since", "until", "yesterday", "today", "tomorrow", "ago",
}


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


class StreetAddressRecognizer(FairlineRecognizer):
    """Street lines with a number and a street type, continental forms, PO boxes, and what follows them."""

    ENTITIES = ["STREET_ADDRESS"]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        # in all-lowercase text ('12 trg slobode 4, koper') capitals cannot mark names
        cased = is_cased(self.own_turn(text))
        # scored above spaCy's PERSON (0.85), which often claims an address line in the small model
        for rx, score in ((_STREET, 0.9), (_STREET_EU, 0.88), (_PO_BOX, 0.9), (_UNIT_RX, 0.86),
                          (_STREET_NUMBERED, 0.86), (_MILITARY, 0.9), (_CORNER, 0.9), (_STREET_UNIT, 0.86),
                          (_STREET_JP, 0.86), (_STREET_THE, 0.88)):
            for m in rx.finditer(text):
                if rx is _STREET_NUMBERED and not (self._looks_like_street(m.group(1)) if cased
                                                   else self._foreign_street(m.group(1))):
                    continue
                if rx is _STREET_EU and (self._english_ring(m.group()) or any(
                        w.lower() in STOP_WORDS and w.lower() not in _PARTICLES_ANY and w.lower() != "no"
                        for w in re.findall(r"(?<!\w)[^\W\d_]+", m.group())[1:])):
                    continue  # 'sent 500 via MTN MoMo and another 800': English words make it no street
                if rx is _STREET_EU and cased and m.group().startswith("via "):
                    continue  # 'paid via bank transfer, reference 88213': the English 'via'; Italy's is 'Via ...'
                end = self._extend(text, m.end(), cased)
                start = m.start()
                lead = re.search(r"\d{1,6}\s+$", text[max(0, start - 8):start])
                if lead and rx is not _UNIT_RX:
                    start -= len(lead.group())  # "33100 Koivutie 9": the leading house number too
                window = text[max(0, start - 16):start]
                block = _BLOCK_BEFORE.search(window) or (
                    _UNIT_BEFORE_NUMBER.search(window) if text[start].isdigit() else None)
                if block:
                    start -= len(block.group())  # '5/12 Nguyen Hue Street', 'C-45, Lajpat Nagar': flat or block
                word = re.search(r"(?i)(?<![\w\-])(?:lot|plot|number|no\.?|house|blk|block)[ \t]+$",
                                 text[max(0, start - 8):start])
                if word and rx is not _UNIT_RX:
                    start -= len(word.group())  # 'lot 297 orange grove drive': the plot's word is the address's
                start = self._intersection_start(text, start)
                out.append(self.hit("STREET_ADDRESS", start, end, score, "street address pattern"))
        for m in _STREET_CAPS.finditer(text):
            if self._looks_like_street(m.group().split(None, 1)[1].rsplit(None, 1)[0]):
                out.append(self.hit("STREET_ADDRESS", m.start(), self._extend(text, m.end(), cased), 0.86,
                                    "house number, capitalised street name and street word"))
        for m in _STREET_WORD_AFTER.finditer(text):
            start = self._street_name_start(m, cased)
            if start < m.end() and (text[start].isupper() or text[start].isdigit() or not cased):
                lead = re.search(r"\d{1,6}\s+$", text[max(0, start - 8):start])
                start = self._intersection_start(text, start - len(lead.group()) if lead else start)
                end = self._extend(text, m.end(), cased)
                if re.search(r"\sgate\s", m.group()) and end == m.end():
                    continue  # 'Heathrow gate 22': a Norwegian street needs the postcode or town after it
                out.append(self.hit("STREET_ADDRESS", start, end, 0.88, "street name before its street word"))
        if cased:
            for m in _PLACED_STREET.finditer(text):
                words = re.findall(r"(?<!\w)[^\W\d_][\w'\-]*", m.group(1))
                if any(w.lower() in _NOT_PLACED_STREET or w.lower() in _NOT_STREET_WORDS
                       or w.lower() in ORG_SUFFIXES for w in words if w[0].isupper()):
                    continue
                out.append(self.hit("STREET_ADDRESS", m.start(1), self._extend(text, m.end(1), cased), 0.86,
                                    "capitalised street name and house number after a place word"))
        if cased:
            for m in _LEADING_WORD_STREET.finditer(text):
                out.append(self.hit("STREET_ADDRESS", m.start(), self._extend(text, m.end(), cased), 0.86,
                                    "street named after its leading street word"))
            for m in _STREET_POSTCODE.finditer(text):
                start = self._street_name_start(m, cased)  # 'send it to Kojetická 7\n662 16 Kunovice'
                words = re.findall(r"(?<!\w)[^\W\d_][\w'\-]*", text[start:m.end(1)])
                if start >= m.end(1) or not text[start].isupper() or any(
                        w.lower() in _NOT_PLACED_STREET or w.lower() in _NOT_STREET_WORDS for w in words):
                    continue
                out.append(self.hit("STREET_ADDRESS", start, self._extend(text, m.end(), cased), 0.86,
                                    "street line with postcode and town"))
        else:
            for m in _PLACED_STREET_LOWER.finditer(text):
                if self._foreign_street(m.group(1)):
                    out.append(self.hit("STREET_ADDRESS", m.start(1), self._extend(text, m.end(1), cased), 0.86,
                                        "street name of no English words and house number after a place word"))
        for m in (_NUMBER_NAME_POSTCODE if cased else _NUMBER_NAME_POSTCODE_LOWER).finditer(text):
            words = re.findall(r"(?<!\w)[^\W\d_][\w'\-]*", m.group())
            if any(w.lower() in _NOT_PLACED_STREET or w.lower() in _NOT_STREET_WORDS or
                   (w.lower() in STOP_WORDS and w.lower() not in _PARTICLES_ANY) or w.lower() in _NOT_TOWN
                   for w in words):
                continue
            if cased or self._foreign_street(m.group()):
                out.append(self.hit("STREET_ADDRESS", m.start(), self._extend(text, m.end(), cased), 0.86,
                                    "street line proven by the town and postcode after it"))
        for m in (_BLOCK_STREET if cased else _BLOCK_STREET_LOWER).finditer(text):
            words = re.findall(r"(?<!\w)[^\W\d_][\w'\-]*", m.group(1))
            # "Yeah it's 6011, 6018", 'Sure. 4511, 6372, 6516': a card read out, not a street line
            if re.search(r"[.!?][ \t]", m.group(1)) or \
                    re.match(r"[ \t]*[,;|][ \t]*\d{4}[ \t]*[,;|][ \t]*\d", text[m.end(1):]):
                continue
            if any(w.lower() in _NOT_PLACED_STREET or w.lower() in _NOT_STREET_WORDS or
                   (w.lower() in STOP_WORDS and w.lower() not in _PARTICLES_ANY) or w.lower() in _NOT_PLACE or
                   w.lower() in _NOT_TOWN for w in words):
                continue
            if not cased and not self._foreign_street(m.group(1)):
                continue
            out.append(self.hit("STREET_ADDRESS", m.start(1), self._extend(text, m.end(1), cased), 0.86,
                                "street line before a unit or postcode"))
        for m in (_TOWN_ZIP if cased else _TOWN_ZIP_LOWER).finditer(text):
            town, code = (1, 2) if m.group(1) else (3, 4)
            words = re.findall(r"(?<!\w)[^\W\d_][\w'\-]*", m.group(town))
            if any(w.lower() in _NOT_PLACED_STREET or w.lower() in _NOT_STREET_WORDS or w.lower() in ORG_SUFFIXES or
                   w.lower() in STOP_WORDS or w.lower() in _NOT_PLACE or w.lower() in _NOT_TOWN_BEFORE_CODE
                   for w in words) or \
                    NOT_PII_LABEL.search(text[max(0, m.start() - 30):m.start(code)].lower()):
                continue
            if any(w.isupper() and len(w) > 1 and w not in _STATE_CODES for w in words):
                continue  # 'SR 44102', 'INV 20931': a code's letters, not a state's
            # above spaCy's PERSON (0.85), which takes 'Fitzroy 85525' for a name
            out.append(self.hit("STREET_ADDRESS", m.start(code), m.end(code), 0.86, "postcode after its town"))
        for m in (_STREET_TOWN if cased else _STREET_TOWN_LOWER).finditer(text):
            words = m.group(1).split()[:-1]
            if (self._looks_like_street(" ".join(words)) or not cased) and not any(
                    w.lower() in _NOT_PLACED_STREET or w.lower() in ORG_SUFFIXES or w.lower() in STOP_WORDS or
                    w.lower() in _NOT_STREET_WORDS for w in words):
                out.append(self.hit("STREET_ADDRESS", m.start(1), self._extend(text, m.end(1), cased), 0.86,
                                    "named street and its town"))
        for m in _NAMED_STREET_CAPS.finditer(text):
            words = m.group(1).split()
            if not self._looks_like_street(" ".join(words[:-1])) or any(
                    w.lower() in _NOT_PLACED_STREET or w.lower() in ORG_SUFFIXES for w in words[:-1]):
                continue
            labelled = re.search(r"(?i)(?:address|location|venue)", text[max(0, m.start(1) - 16):m.start(1)])
            # 'at Chase Bank', 'to Niagara Falls': such words make a street only after a label or with a name
            if words[-1].lower() in _ORG_STREET_WORDS and not (
                    labelled or is_given_name(words[0]) or is_family_name(words[0])):
                continue
            # 'Isaac Lodge': a given name first may be a person; spaCy's PERSON
            # (0.85) then names the span
            if any(len(w.rstrip(".")) == 1 for w in words):
                continue  # 'Brad L Key': an initial makes it a name
            personal = is_given_name(words[0]) and len(words) == 2
            out.append(self.hit("STREET_ADDRESS", m.start(1), self._extend(text, m.end(1), cased),
                                0.84 if personal and not labelled else 0.86, "named street with its street word"))
        for m in _STREET_CAPS_BEFORE_PARTS.finditer(text):
            words = m.group(1).split()
            if self._looks_like_street(" ".join(words[:-1])) and not any(
                    w.lower() in _NOT_PLACED_STREET or w.lower() in ORG_SUFFIXES for w in words[:-1]):
                out.append(self.hit("STREET_ADDRESS", m.start(1), self._extend(text, m.end(1), cased), 0.86,
                                    "named street before its unit, town or postcode"))
        for m in _NAMED_STREET.finditer(text):
            if not self._looks_like_street(m.group(1).rsplit(None, 1)[0]):
                continue
            out.append(self.hit("STREET_ADDRESS", m.start(1), self._extend(text, m.end(1), cased), 0.86,
                                "named street"))
        for m in _ADDRESS_CUE.finditer(text):
            chunk = m.group(1)
            # the addressee's line or name before 'at' is not the address: 'Ship to:\nKónya\nNybyvägen 65'
            addressee = re.match(r"[^\W\d_][\w'\-]*(?:[ \t]+[^\W\d_][\w'.\-]*){0,3}[ \t]+(?:at|c/o)[ \t]+|"
                                 r"[^\W\d_][^\n\d]{0,40}\n[ \t]*(?=[^\n]*\d|[^\n]*\n[^\n]*\d)", chunk)
            if addressee and "\n" in addressee.group() and _STREET_WORD_ANY.search(addressee.group()):
                addressee = None  # 'Ship to:\nMarina Fort Street\n...': that line is the street
            if addressee:
                chunk = chunk[addressee.end():]
            stop = _CHUNK_STOP.search(chunk)
            chunk = chunk[:stop.start()] if stop else chunk
            field = re.search(r"\n[ \t]*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?[ \t]*:", chunk)
            chunk = chunk[:field.start()] if field else chunk
            # blanked to its length, so the address also ends before the date ('4 Elm Street on 3 March')
            undated = _DAY_MONTH.sub(lambda d: " " * len(d.group()), chunk)
            shaped = _NUMBER_BY_NAME.search(undated if cased else undated.title())
            if not shaped or _NOT_ADDRESS.search(chunk):
                continue
            first = re.match(r"\W*([^\W\d_]+)", chunk)
            if first and first.group(1).lower() in _NOT_PLACED_STREET:
                continue  # 'meet me at Gate 22', 'the office is on Floor 12'
            begin = m.start(1) + (addressee.end() if addressee else 0)
            # 'my address to Kungsgatan 12', 'your address is still 42 maple crescent': the cue's own words
            while (lead := _CUE_LEAD.match(text, begin)) and begin + lead.end(1) - lead.start(1) < m.end(1):
                begin = lead.end()
                chunk = chunk[lead.end() - lead.start():]
            last = _CHUNK_END.search(undated[len(undated) - len(chunk):])
            end = self._extend(text, begin + last.end(), cased) if last else m.end(1)
            if last and not cased:
                end = max(end, begin + self._spoken_place_words(chunk, last.end()))
            out.append(self.hit("STREET_ADDRESS", begin, end, 0.85, "after an address cue"))
        for m in _ZIP.finditer(text):
            if _ZIP_CUE.search(before(text, m.start(), 30)):
                out.append(self.hit("STREET_ADDRESS", m.start(), m.end(), 0.8, "postcode after a cue"))
        return out

    @staticmethod
    def _street_name_start(m: re.Match[str], cased: bool) -> int:
        """Where the street name of a '<name> <street word> <number>' match begins: 'Tait lives at Industrijska
        cesta 9a' -> 'Industrijska', "can't find Bøllegård Allé 564" -> 'Bøllegård', 'Árpád fejedelem útja 3'
        -> 'Árpád' (the first capitalised word that no common word follows)."""
        start = None
        for w in re.finditer(r"\S+", m.group(1)):
            word = w.group().lower()
            if word in STOP_WORDS or word in _NOT_PLACE:
                start = None
            elif start is None and (not cased or w.group()[0].isupper() or w.group()[0].isdigit()):
                start = m.start(1) + w.start()
        return m.start(1) + len(m.group(1)) + 1 if start is None else start

    @staticmethod
    def _spoken_place_words(chunk: str, pos: int) -> int:
        """Where the street and place words after the house number end in a transcript after an address cue
        ('my address is 7 the meadows kilcullen county kildare'): at the first common word other than 'the' and
        'of', or after eight words."""
        end = pos
        for n, w in enumerate(re.finditer(r"[ \t]+([^\W\d_][\w'\-]*|\d{4,6}\b)", chunk[pos:])):
            word = w.group(1).lower()
            if n >= 8 or word not in {"the", "of"} and (word in _NOT_TOWN or word in _NOT_PLACE or (
                    word in STOP_WORDS and word not in _PARTICLES_ANY)):
                break
            end = pos + w.end()
        return end

    @staticmethod
    def _foreign_street(value: str) -> bool:
        """Whether the words of a lower-case street are no common English: one word at least is no English word
        ('parmova', 'þórunnarstræti') and none is a stop word other than a particle ('rio de la plata')."""
        words = re.findall(r"(?<!\w)[^\W\d_][\w'\-]*", value)
        if not words or any(w.lower() in STOP_WORDS and w.lower() not in _PARTICLES_ANY or
                            w.lower() in _NOT_PLACED_STREET or w.lower() in _NOT_STREET_WORDS for w in words):
            return False
        return any(is_rare_word(w) or any(ord(ch) > 127 for ch in w) for w in words if len(w) >= 3)

    @staticmethod
    def _english_ring(street: str) -> bool:
        """'during 2019', 'spring 24': English words that end like a German '-ring' street ('Kaiserring 5')."""
        word = street.split()[0]
        return word.lower().endswith("ring") and (not word[0].isupper() or word.lower().endswith("ing") and
                                                   word.lower() in _ENGLISH_RING)

    @staticmethod
    def _looks_like_street(words: str) -> bool:
        ws = words.split()
        if any(ch.isdigit() for ch in words):
            return False  # 'AA1' in a tracking number
        return all(w[0].isupper() for w in ws) and not any(w.lower().strip(".,") in _NOT_STREET_WORDS for w in ws)

    @staticmethod
    def _intersection_start(text: str, start: int) -> int:
        """'Ostra and Lindholm 23': a capitalised street name joined by 'and' belongs to the address."""
        m = re.search(rf"(?:^|(?<=\s))[{_CAP}][\w'\u00c0-\u024f\-]*\s+(?:and|&)\s+$", text[max(0, start - 40):start])
        if m and m.group().split()[0].lower() not in _NOT_PLACE | _NOT_STREET_WORDS:
            return start - len(m.group())
        return start

    @staticmethod
    def _extend(text: str, end: int, cased: bool = True) -> int:
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
            bad = next((w for w in words if w.group().lower().strip(".:;") in _NOT_PLACE and not (
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
                        last.group(1).lower() in _NOT_TOWN:
                    stop = m.start(1) + last.start()
            if m and not any(w.lower() in STOP_WORDS or w.lower() in _NOT_PLACE or w.lower() in _NOT_TOWN
                             for w in text[m.start(1):min(stop, m.end(1))].split()):
                end = stop
            if _OUTWARD_CODE_BEFORE.search(text, 0, end):
                inward = _INWARD_LETTERS.match(text, end)
                end = inward.end() if inward else end
        return end
