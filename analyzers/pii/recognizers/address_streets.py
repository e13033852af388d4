"""Street and house-number patterns: US/UK/Australian street words ('39484 Cox Forest'), continental forms
('Rue de Namur 14', 'Lindenstrasse 8'), street words after the name ('Kalda tee 12'), 'The Crescent' streets, named
streets without a number after a place word, PO boxes, military mail, units and the flat or block before a number.

The patterns only; StreetAddressRecognizer decides which matches are streets.
"""

from __future__ import annotations

import re

SUFFIX = (
    r"street|st|avenue|ave|av|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|pl|terrace|ter|"
    r"circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|crescent|cres|close|grove|gardens|park|row|"
    r"mews|walk|hill|view|loop|pike|alley|plaza|crossing|xing|run|path|point|pt|ridge|heights|hts|"
    r"route|rte|expressway|freeway|turnpike|causeway|commons|green|vale|rise|wharf|quay|"
    # Australian and British seafront and loop streets ('anzac parade', 'marine esplanade', 'banksia circuit')
    r"parade|esplanade|promenade|circuit|"
    # Indian street words after the name ('kamarajar salai', 'tilak marg')
    r"salai|marg"
)
UNIT = (r"(?:apt|apartment|suite|ste|unit|flat|studio|room|floor|fl|building|bldg|house\s+no|h\.\s?no|door\s+no|"
        # a unit's number joined by '-' is short and ends the code: 'FL-00438291' and 'FL-20931-KX' are references
        r"plot(?:\s+no)?)\.?\s*(?:#|no\.?|number)?\s*[a-z]?(?:-\d{1,5}(?!\d|[a-z]?-[^\W_])|\d+)[a-z]?\b"
        r"(?:[ \t][a-z](?=[ \t]*(?:[,.!?]|$)))?")
STREET = re.compile(
    rf"\b\d{{1,6}}[a-z]?(?:\s+\d{{1,4}})?\s+(?:(?:n|s|e|w|north|south|east|west)\.?\s+)?"
    # '10 minute walk', '5 mile run' are distances, not streets
    rf"(?:(?!(?:and|or|the|in|on|at|is|i|we|my|to|for|but|so|it|if|minutes?|hours?|miles?|km|blocks?|steps?|"
    rf"days?|weeks?|times?|more|less)\b)(?:[a-z\u00c0-\u024f][\w'.\u00c0-\u024f\-]*|\d{{1,3}}(?:st|nd|rd|th))\s+){{0,4}}"
    rf"(?:{SUFFIX})\b\.?",
    re.I,
)
# Continental forms: 'Rue de Namur 14', 'Lindenstrasse 8', 'Parklaan 21', 'Koivutie 9'.
STREET_EU = re.compile(
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
STREET_WORD_AFTER = re.compile(
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
STREET_CAPS = re.compile(
    rf"\b\d{{1,6}}[A-Za-z]?(?:/\d{{1,4}})?,?\s+(?:[NSEW]\.?\s+)?(?:[A-Z\u00c0-\u00de][\w'.\u00c0-\u024f\-]*\s+){{1,3}}"
    rf"(?:{_SUFFIX_CAPS})\b"
)
# Streets named 'The <street word>' in Ireland and Britain, said after the house number: '26 The Crescent',
# 'twenty six the crescent ballincollig'. STREET refuses 'the' after a number ('paid 50 the way you said'), so
# these take only street words that are no everyday noun after a number.
STREET_THE = re.compile(
    r"\b\d{1,5}[a-z]?,?[ \t]+the[ \t]+(?:crescent|close|green|grove|mews|avenue|drive|terrace|parade|square|rise|"
    r"meadows?|paddocks?|orchards?|glen|heights|gardens|lawns?|maltings|strand|quay|willows|oaks|elms|beeches|"
    r"pines|limes|laurels|hollies|links|downs|spinney|croft|coppice|courtyard|stables|boulevard|esplanade|"
    r"promenade|sycamores|cedars|chestnuts|birches|maples|poplars|firs)\b",
    re.I,
)
# US military mail: 'USNS Whitcombe FPO AE 31207', 'Unit 4410 Box 2210 DPO AA 34021', 'PSC 6120, Box 3318 APO AE 09123'
MILITARY = re.compile(
    r"\b(?:(?:USNS|USNV|USS|USCGC)\s+[^\W\d_][\w'\-]*(?:\s+[A-Z][\w'\-]*)?|"
    r"(?:unit|psc|cmr)\s+\d{3,5},?\s+box\s+\d{3,5})[,\s]+(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5}\b",
    re.I,
)
# 'the corner of Vesterbro 41 and Harlan Ridge': the second street may have no number and any street word.
CORNER = re.compile(
    r"\b(?:the\s+)?corner\s+of\s+[^\n,;?!]{2,60}?\s+(?:and|&)\s+"
    r"(?:[A-Z0-9\u00c0-\u024f][\w'.\u00c0-\u024f\-]*(?:[ \t]+|(?=[\s,.;?!]|$))){1,5}",
)
# A named street without a house number, after a preposition: 'on Corbin Hollow Street', 'down Baker Road'.
NAMED_STREET = re.compile(
    r"\b(?:on|at|in|to|of|off|along|down|up|near|from|via|onto|into)\s+"
    r"((?:[A-Z\u00c0-\u024f][\w'\u00c0-\u024f\-]*\s+){1,3}"
    r"(?:Street|Road|Avenue|Lane|Drive|Boulevard|Court|Terrace|Crescent|Parkway|Highway|Turnpike|Expressway|"
    r"Alley|Mews|Close|Grove|Row|Way|Place|Square|Gardens|Walk|Rise|Wynd|Parade|Esplanade|Circle|Plaza|Crossing|"
    r"Trail|Loop|Pike|Heights|Ridge)\b)"
)
NAMED_STREET_CAPS = re.compile(
    r"(?:\b(?:on|at|to|off|along|down|up|near|from|via|onto|into|address is|address|location|venue|"
    r"(?-i:Address|Location|Venue))[ \t]*[:\-]?[ \t]+|^[ \t]*-[ \t]+|(?<=\s-\s))"
    r"((?-i:[A-Z\u00c0-\u00de][\w'\u00c0-\u024f\-]*)(?:[ \t]+(?-i:[A-Z\u00c0-\u00de][\w'\u00c0-\u024f\-]*)){0,2}"
    rf"[ \t]+(?-i:{_SUFFIX_CAPS}))\b(?![ \t]+(?-i:[A-Z]))",
    re.I | re.M,
)
# Street words of the long tail that name organisations and buildings more often than streets ('at Chase Bank').
# The same street with no number, proven by what follows: 'Berg Hills, 92238 Bergen', 'Marina Fort Apt. 215',
# 'Berg Hills | Bergen | 17602'.
STREET_CAPS_BEFORE_PARTS = re.compile(
    r"(?<![\w\-])([A-Z\u00c0-\u00de][\w'\u00c0-\u024f\-]*(?:[ \t]+[A-Z\u00c0-\u00de][\w'\u00c0-\u024f\-]*){0,2}"
    rf"[ \t]+(?:{_SUFFIX_CAPS}|Street|Road|Avenue|Lane|Drive|Boulevard|Court|Terrace|Crescent|Parkway|Highway|Close|"
    r"Grove|Way|Place|Square|Circle|Trail))"
    r"(?=(?:[ \t]*[,;|\n][ \t]*|[ \t]+)(?:(?!(?:19|20)\d\d\b)\d{4,6}\b|(?i:apt|apartment|suite|unit|flat)\b)|"
    r"[ \t]*[,;|\n][ \t]*[A-Z\u00c0-\u00de][\w\u00c0-\u024f]+(?:[ \t]+[A-Z\u00c0-\u00de][\w\u00c0-\u024f]+)?"
    r"[ \t]*[,;|\n][ \t]*(?:[A-Z]{2}[ \t]+)?\d{4,6}\b)"
)
# A street named by its leading street word, with no house number: 'on Praça de Cavalcante', 'at Drumul Adina
# Oprea', 'Rua Batista'. Capitalised as written ('via email' is no street).
_PARTICLE = r"(?:de|da|do|dos|das|del|della|dei|di|du|des|la|le|les|el|los|las|y|e)"
LEADING_WORD_STREET = re.compile(
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
STREET_TOWN = re.compile(
    r"(?<![\w\-])((?:[A-Z\u00c0-\u00de][\w'\u00c0-\u024f\-]*[ \t]+){1,3}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Terrace|Crescent|Cres|Parkway|Pkwy|"
    r"Highway|Hwy|Close|Grove|Way|Place|Pl|Square|Circle|Cir|Trail|Marg|Nagar)\.?)"
    r",[ \t]*(?=[A-Z\u00c0-\u00de][^\W\d_]+)"
)
CAPWORD = r"[A-Z\u00c0-\u00de][\w'\u00c0-\u024f\-]+"
# The same in lower case, after a place word or an address cue: 'update my address to jefferson drive, leeds'.
STREET_TOWN_LOWER = re.compile(
    r"\b(?:on|at|to|from|near|off|along|down|up|via|onto|into|address(?: is| was|:)|residence:|location:)\s+"
    r"([^\W\d_][\w'\-]*(?:[ \t]+[^\W\d_][\w'\-]*){0,2}[ \t]+(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|"
    r"boulevard|blvd|court|ct|terrace|crescent|parkway|highway|hwy|close|grove|way|place|pl|square|circle|trail)"
    r"\.?),[ \t]*(?=[^\W\d_]{3,})",
    re.I,
)
# Japanese block addresses, romanised: '2-21-1 Shibuya, Shibuya-ku, Tokyo 150-0002' (chōme-banchi-gō, district).
STREET_JP = re.compile(r"\b\d{1,2}-\d{1,4}(?:-\d{1,4})?,?[ \t]+[A-Z][a-z]+(?:-(?:ku|shi|cho|chō|machi))?(?=,)")
# Name-then-number streets with no street word ('Horákova 49', 'Za Valem 265', 'Estellelei 3', 'Via dei Mille 5'),
# after a preposition of place; the number must end the phrase, so 'to Sarah 5 minutes ago' is no street.
PLACED_STREET = re.compile(
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
PLACED_STREET_LOWER = re.compile(PLACED_STREET.pattern.replace(
    "(?-i:[A-Z\\u00c0-\\u00de\\u0100-\\u024f])", r"[^\W\d_]"), re.I)
# '<number> <words> <number> apt 5': a house number, a street name in any script or case, a number, a unit.
STREET_UNIT = re.compile(
    r"\b\d{1,6}\s+(?:[^\W\d_][\w'.\-]*\s+){1,4}\d{1,4}[a-z]?(?=,?\s+(?:apt|apartment|suite|ste|unit|flat)\b)",
    re.I,
)
# "33100 Koivutie 9", "820 Skovvænget 6": house number, capitalised name (any script), number.
STREET_NUMBERED = re.compile(r"\b\d{1,6}\s+((?:[^\W\d_][\w'.\-]*\s+){1,4})\d{1,4}[a-z]?\b")
STREET_WORD_ANY = re.compile(rf"(?i)\b(?:{SUFFIX})\b")
# Rural routes and highway contracts carry a box number like a PO box ('RR 2 Box 118', 'HC 64 Box 9'); Kenyan
# boxes add the post office's code ('P.O. Box 1234-00200').
PO_BOX = re.compile(r"\b(?:p\.?\s?o\.?\s?box|post office box|postbox|post box|postfach|apartado|caixa postal|"
                    r"(?:psc|rural route|rural rte|r\.?r\.?|hc|highway contract(?: route)?)\s+\d+,?\s+"
                    # a Canadian rural route's site or compartment before the box: 'RR 3 Site 12 Box 7'
                    r"(?:(?:site|comp|compartment)\s+\d+,?\s+)?box)"
                    r"\s+\d+(?:(?:-|\s+dash\s+)\d{3,5})?\b", re.I)
UNIT_RX = re.compile(rf"\b{UNIT}", re.I)
# A flat or block before the street's number: '5/12 Nguyen Hue Street', 'C-45, Lajpat Nagar', 'seven stroke two forty'.
BLOCK_BEFORE = re.compile(r"(?<![\w/\-])(?:\d{1,5}/|\d{1,5}[ \t]+(?:stroke|slash)[ \t]+|[A-Za-z]-)$")
# Before a house number: a Canadian unit-civic number ('1204-88 Harbour Street') and a Scottish flat position,
# floor and door ('2/1, 17 Dumbarton Road').
UNIT_BEFORE_NUMBER = re.compile(r"(?<![\w/\-])(?:\d{1,5}-|\d{1,2}/\d{1,2},[ \t]*)$")
