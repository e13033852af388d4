"""Where a word that looks like a name is not a person: by the words around it, not by the word itself.

The English NER and the name lists take capitalised words for people wherever they stand. Callers greet in their
own language ('Guten Tag', 'Selamat pagi'), write whole sentences in it ('Quiero pagar mañana'), and name shops,
brands and places that carry a person's name ('the Calvin Klein belt', 'at Marks and Spencer', 'St Mary's
Hospital', 'in Sydney'). What decides is the grammar around the span: people do not take 'the' before them and a
product noun after them, are not a place one is 'in' or a building, and are not listed among payment brands.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.allow import ORG_SUFFIXES
from analyzers.pii.brand_names import LIST_JOIN, named_thing
from analyzers.pii.name_evidence import after_name_cue
from analyzers.pii.name_lexicon import is_family_name, is_given_name
from analyzers.pii.vocab import is_rare_word

# Thanks in other languages: they open a message capitalised as a name would be, and close a reply ('perfecto
# gracias').
FOREIGN_THANKS = frozenset("""
merci|gracias|muchas gracias|obrigado|obrigada|grazie|grazzi|danke|danke schön|vielen dank|tack|takk|takk fyrir|
tak|kiitos|dank je|dank u|dziękuję|dziekuje|děkuji|hvala|köszönöm|mulțumesc|multumesc|spasibo|dyakuyu|blagodarya|
teşekkürler|tesekkurler|teşekkür ederim|shukran|shukriya|dhanyavaad|dhanyavad|mahalo|salamat|terima kasih|cảm ơn|
cam on|xie xie|arigato|arigatou|kamsahamnida|asante|efharisto|paldies|aitäh|aitah|go raibh maith agat|diolch|
rahmat|rakhmet|raqmet|faleminderit|eskerrik asko|ameseginalehu|mahadsanid
""".replace("\n", "").split("|"))
# Greetings, thanks and courtesy words of other languages that open a message, capitalised as a name would be.
FOREIGN_GREETINGS = frozenset("""
bonjour|bonsoir|salut|coucou|hola|buenos días|buenos dias|buenas tardes|buenas noches|buenas|olá|oi|bom dia|
boa tarde|boa noite|ciao|buongiorno|buonasera|salve|hallo|guten tag|guten morgen|guten abend|servus|grüß gott|
gruss gott|moin|hej|hei|god dag|goddag|god morgen|terve|moi|hoi|goedemorgen|goedemiddag|goedenavond|goedendag|
dzień dobry|dzien dobry|cześć|czesc|proszę|prosze|dobrý den|dobry den|ahoj|zdravo|dobar dan|szia|szervusz|jó napot|
bună ziua|buna ziua|privet|zdravstvuyte|dobryi den|dobryy den|vitayu|merhaba|selam|selamlar|günaydın|gunaydin|
iyi günler|shalom|salaam|salam|as-salamu alaykum|assalamu alaikum|marhaba|ahlan|namaste|namaskar|namaskaram|
vanakkam|sat sri akal|kia ora|tēnā koe|tena koe|ngā mihi|nga mihi|talofa|malo e lelei|bula|aloha|mabuhay|kumusta|
magandang umaga|magandang hapon|selamat pagi|selamat siang|selamat sore|selamat malam|selamat|apa kabar|xin chào|
xin chao|sawasdee|sawadee|sawatdee|ni hao|nǐ hǎo|konnichiwa|annyeong|annyeonghaseyo|jambo|habari|sawubona|dumela|
sannu|yassas|geia sou|kalimera|labas|sveiki|tere|tere päevast|tervist|assalomu alaykum|assalomu alaikum|assalomu|
sälem|salamatsyzby|salamatsyzby|dia duit|dia dhuit|dia is muire duit|sláinte|slainte|dydd da|bore da|shwmae|
madainn mhath|halò|selam new|tenastëllën|tenastellen|iska warran|bawo ni|e kaaro|e kaasan|ndewo|nnoo|ina kwana|
yaya dai|molo|molweni|mhoro|mangwanani|manao ahoana|namaskaar|ayubowan|nomoskar|adaab|khuda hafiz|dorood|
salaam alaikum|barev dzez|barev|gamarjoba|salam aleykum|sain baina uu|sain bainuu|sua sdei|sabaidee|mingalaba|
mingalabar|talofa lava|ni sa bula|góðan daginn|godan daginn|bongu|përshëndetje|pershendetje|kaixo|bon dia|moïen|
moien|tervist|labdien|laba diena|zdraveite|zdravei|dobro jutro|dobar dan|kalimera sas|yia sou|assalam o alaikum|
assalamo alaikum|assalam alaikum|asalam alaikum|asalam o alaikum|assalam u alaikum|assalamualaikum|salam alaikum|
walaikum assalam|walaikum salam|wa alaikum assalam|wa alaikum salam|wa alaikum as salam|walaikum as salam|
waalaikum salam|waalaikum assalam
""".replace("\n", "").split("|")) | FOREIGN_THANKS
_ENGLISH_GREETINGS = frozenset("hi hello hey hiya morning afternoon evening".split())
# Buildings and places named after people: 'Royal Victoria Hospital', 'victoria station', 'Lincoln Park'.
_FACILITY_AFTER = re.compile(
    r"[ \t]+(?i:hospital|infirmary|clinic|station|airport|university|college|school|academy|stadium|arena|"
    r"park|bridge|centre|center|hotel|church|cathedral|chapel|museum|gallery|library|hall|theatre|theater|mall|"
    r"market|tower|terminal|square|building|court|prison|barracks|memorial|institute|campus|"
    # a branch, a line or an office is named after a place ('the Victoria branch', 'the Victoria line')
    r"branch|line|office|depot)\b")
# Where money is held: 'my 401k is with Charles Schwab', 'our mortgage is with Halifax', 'I bank with Nationwide'.
_HELD_WITH = re.compile(r"(?i)\b(?:(?:account|accounts|401k|401\(k\)|ira|pension|pensions|savings|isa|mortgage|"
                        r"loan|loans|card|cards|policy|insurance|investments?|shares|stocks|portfolio|super)"
                        r"[ \t]+(?:is|are|was|were|'s)[ \t]+(?:all[ \t]+)?(?:with|at|through)|"
                        r"\bbank(?:s|ed|ing)?[ \t]+with)[ \t]+$")
# Facility words that are family names too ('Ji-woo Park', 'Min-jun Hall').
_FACILITY_SURNAMES = frozenset("park hall court bridge church market tower".split())
# A name as a place one is in or near: 'I'm in Sydney', 'we live near Chelsea', 'vivo en Bilbao'.
_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|en|em|near|around|outside|inside|across|towards|toward|into|visiting)[ \t]+$")
# A name as the shop or venue: 'bought it at Ted Lapidus', 'at Karen Millen and Hugo Boss'. People are not 'at',
# except after verbs aimed at someone ('look at Sam', 'shouted at Nina').
_AT_BEFORE = re.compile(r"(?:\b([^\W\d_]+)[ \t]+)?\b[Aa]t[ \t]+(?:the[ \t]+)?"
                        r"(?:(?:[A-Z][\w'\-]*[ \t]*)+(?:,|and|or|&)[ \t]*)?$")
_AIMED_AT = frozenset("""
look looked looking laugh laughed laughing shout shouted shouting yell yelled stare stared smile smiled wave waved
point pointed angry mad upset glance glanced aim aimed
""".split())
# 'the Calvin Klein belt', 'that Jordan hoodie': a name between 'the' and goods or a shop's service is a brand.
# Only goods: 'the Jensen novel', 'the Mauer version' are a person's work, and 'the Okafor account' the person's.
# The name may be the last word of a product's capitalised name ('the Air Jordan trainers').
_THING_DETERMINER = re.compile(r"(?i)\b(?:the|this|that|these|those)[ \t]+(?:(?-i:[A-Z])[\w'\-]*[ \t]+){0,2}$")
# 'my Max card', 'your Kaspi app': a name between a possessive and a card, app or wallet is the card's brand.
_OWN_DETERMINER = re.compile(r"(?i)\b(?:my|your|our|his|her|their)[ \t]+$")
_PAYMENT_THINGS = frozenset("card cards app wallet account transfer transfers loan".split())
# What a shop or brand issues or runs, after "X & Y's" ("Ben & Jerry's vouchers", "Marks & Spencer's stores").
_SHOP_GOODS = frozenset("voucher vouchers coupon coupons gift giftcard store stores shop shops products outlet outlets "
                        "branch branches points deals".split())
_GOODS = frozenset("""
jacket jackets coat coats shoes shoe trainers sneakers boots boot sandals heels bag bags handbag handbags purse
wallet watch watches dress dresses shirt shirts jeans trousers suit suits hoodie hoodies jumper jumpers sweater
belt belts top tops perfume fragrance aftershave sunglasses glasses makeup cosmetics clothes clothing outfit
kit trainer sofa couch bed mattress fridge freezer tv telly laptop phone tablet console headphones furniture
kitchen appliance appliances store stores shop shops outlet outlets website catalogue catalog brand range
collection finance credit card cards voucher vouchers membership subscription order orders purchase
purchases sale sales items item stuff gear product products deal
""".split())
# What a provider sells by a name ('the Albert plan', 'my Jasmine tariff'); no one calls a person's plan so.
_SERVICE_PLANS = frozenset("plan plans tariff tariffs bundle bundles package packages sim".split())
# Words that are part of a name in lower case ('Maria dos Santos', 'Ahmad bin Ismail', 'Ludwig van Beethoven', 'Noor
# ul Huda').
_PARTICLES = frozenset("""
da de del della dei der den di do dos das du van von ter ten bin binti ibn al el le la y e zu af av ap st ní nic
mac ó ua ul ud
""".split())
_WORD = re.compile(r"[^\W\d_][\w'\-]*")
# How a payment is made: 'pay by X', 'paid with X', 'sent it via X'. Only words that are no known name are taken
# for the means, since 'paid with Maria' (together with her) is said too.
_PAID_MEANS = re.compile(r"(?i)\b(?:(?:pa(?:y|ys|ying)|top(?:ped)? up) by|(?:pa(?:y|ys|id|ying)|sen[dt]|sending|"
                         r"transfer\w*|top(?:ped)?[ -]?up)\b[^.!?\n]{0,30}?\b(?:with|via|through|using))[ \t]+$")
# 'I am' and 'my name is' of other languages, whose next capitalised word is the speaker's name.
_SELF_INTRO = frozenset("saya aku soy sou sono suis bin là llamo chamo chiamo appelle heiße adım".split())


def strip_greeting(text: str, start: int, end: int) -> int | None:
    """The start of a PERSON span after a greeting of another language it begins with ('Merhaba Elif' -> 'Elif'),
    or None when the span is only a greeting."""
    value = text[start:end].strip(" ,.!?").lower()
    if value in FOREIGN_GREETINGS:
        return None
    # 'Kia' of 'Kia ora', 'Selamat' of 'Selamat pagi': a span that the words after it make a greeting
    after = list(_WORD.finditer(text, end, min(len(text), end + 30)))
    for n in (1, 2):
        if len(after) >= n and re.fullmatch(r"[ \t]*", text[end:after[0].start()]) and \
                (value + " " + " ".join(w.group() for w in after[:n])).lower() in FOREIGN_GREETINGS:
            return None
    words = list(_WORD.finditer(text, start, end))
    for n in (3, 2, 1):
        head = " ".join(w.group() for w in words[:n])
        # 'Ola Nordmann', 'Salam Haddad': a greeting that is also a given name stays part of the name
        if len(words) > n and (head.lower() in FOREIGN_GREETINGS or head.lower() in _ENGLISH_GREETINGS) and \
                not known_name(head):
            return words[n].start()  # 'hello kim seo yeon' where the NER took the greeting in
    return start


def known_name(value: str) -> bool:
    """Whether a word of the value is a known given or family name."""
    return any(is_given_name(w) or is_family_name(w) for w in _WORD.findall(value))


def lowercase_cut(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A spaCy PERSON span in normally capitalised text that holds lower-case words ('Anna said', 'aqui é Renata
    Lopes', 'Boa tarde', 'Il mio indirizzo'): the first run of capitalised words in it that is a name (a known
    name in it, or two words or more one of which is no English word), else None (a phrase of another language).
    Name particles ('dos', 'van', 'bin') may be lower case inside a run."""
    words = list(_WORD.finditer(text, start, end))
    if not any(w.group()[0].islower() and w.group().lower() not in _PARTICLES for w in words):
        return start, end
    runs: list[list[re.Match[str]]] = [[]]
    for w in words:
        if w.group()[0].isupper() or (runs[-1] and w.group().lower() in _PARTICLES):
            runs[-1].append(w)
        elif runs[-1]:
            runs.append([])
    for run in runs:
        while run and not run[-1].group()[0].isupper():
            run.pop()  # a particle does not end a name
        value = " ".join(w.group() for w in run)
        intro = run and re.search(r"(\S+)[ \t]+$", text[start:run[0].start()])
        if run and len(run) == 1 and intro and intro.group(1).lower() in _SELF_INTRO and is_rare_word(value):
            return run[0].start(), run[0].end()  # 'saya Sukarmi', 'soy Itzel': 'I am' and a word no English one
        if run and (known_name(value) or len(run) > 1 and any(
                is_rare_word(w.group()) or any(ord(ch) > 127 for ch in w.group()) for w in run)):
            return run[0].start(), run[-1].end()
    return None


def self_introduced(text: str, start: int) -> bool:
    """Whether the span follows 'I am' or 'my name is' of another language ('soy Itziar', 'saya Sukarmi')."""
    intro = re.search(r"(\S+)[ \t]+$", text[max(0, start - 20):start])
    return intro is not None and intro.group(1).lower() in _SELF_INTRO


def foreign_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around the span is in another language: three or more other words, none an English
    stop word, one at least no English word ('Quero renegociar o boleto', 'Meine neue Anschrift lautet')."""
    s = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    sentence = text[s:min(ends) if ends else len(text)]
    others = [w for w in _WORD.findall(sentence.replace(text[start:end], " ", 1))]
    # an English contraction ("I'm", "we're") is English: its first part is a stop word
    others = [re.sub(r"['\u2019][^\W\d_]{1,2}$", "", w) for w in others]
    return len(others) >= 3 and not any(w.lower() in STOP_WORDS for w in others) and any(
        is_rare_word(w) or any(ord(ch) > 127 for ch in w) for w in others)


# Object pronouns right after a sentence's first word make that word a verb ('Mark it as paid', 'Bill them').
_OBJECT_AFTER = frozenset("it them me us".split())


# What a person's name opens before a colon ('Mark said:', 'Ana here:'), unlike the noun of a heading.
_SAID_OR_HERE = frozenset("said wrote told spoke sent thought put here speaking again too".split())


def sentence_opening_word(text: str, start: int, end: int) -> bool:
    """Whether a one-word span that opens a sentence of capitalised text is the sentence's verb or first word
    rather than a name: an object pronoun follows ('Mark it as disputed'), or the rest of the sentence is another
    language (lower case, no English stop word, a word no English one: 'Kan jag betala ...', 'Taksit planı
    istiyorum'), unless the word is a known given name ('Maria quiere pagar')."""
    if len(_WORD.findall(text[start:end])) != 1 or not re.search(r"(?:^|[.!?\n])[ \t\"'(]*$", text[:start]):
        return False
    stop = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    rest = _WORD.findall(text[end:min(stop) if stop else len(text)])
    if not rest or not re.match(r"[ \t]+[^\W\d_]", text[end:]):
        return False
    if rest[0] in _OBJECT_AFTER:
        return True
    heading = re.match(r"[ \t]+([a-z]+)[ \t]*:", text[end:])
    if heading and not heading.group(1).endswith(("s", "ed")) and heading.group(1) not in _SAID_OR_HERE:
        return True  # 'Frank question: will this ...', 'Quick note:': a word before the noun of a heading
    return rest[0][0].islower() and not is_given_name(text[start:end]) and \
        not any(w.lower() in STOP_WORDS for w in rest) and \
        any(is_rare_word(w) or any(ord(ch) > 127 for ch in w) for w in rest)


def not_a_person(text: str, start: int, end: int, cased: bool, brands: frozenset[str], cued: bool = False) -> bool:
    """Whether the words around a PERSON span make it a place, a building, a shop or a brand. A name found by a
    cue ('is this ...', 'my name is ...') is not judged by the word after it."""
    before, after = text[max(0, start - 60):start], text[end:end + 40]
    one_word = len(_WORD.findall(text[start:end])) == 1
    possessive = re.match(r"['\u2019]s\b", after) is not None
    last = re.search(r"[ \t]+\S+$", text[start:end])
    if one_word and not known_name(text[start:end]) and _PAID_MEANS.search(before):
        return True  # 'I pay by Telebirr', 'she pays with zaad': the means of paying, even after a cue
    facility = _FACILITY_AFTER.match(after) or (last and _FACILITY_AFTER.fullmatch(last.group()))
    first = _WORD.match(text, start)
    given = first and is_rare_word(first.group()) and (
        is_given_name(first.group()) or re.fullmatch(r"[A-Z][a-z]{1,4}-[a-z]{1,4}", first.group()) is not None)
    # a cued name of three words or more that opens with a given name is one person's too ('it's jun ho park'):
    # places named after people take two words ('victoria park')
    given = given or (first is not None and is_given_name(first.group()) and len(_WORD.findall(text[start:end])) >= 3
                      and (cued or after_name_cue(text, start)))
    if facility and not (given and facility.group().strip().lower() in _FACILITY_SURNAMES):
        return True  # 'Victoria Hospital', but 'Ji-woo Park': a given name no English word, then a family name

    if one_word and not possessive and _PLACE_BEFORE.search(before):
        return True
    if _HELD_WITH.search(before):
        return True  # 'my 401k is with Charles Schwab': the firm that holds the money
    # 'Marks & Spencer', 'Johnson & Johnson': one capitalised word joined to another by an ampersand is a firm,
    # unless both are given names ('Tom & Jerry')
    amp_before = re.search(r"([A-Z][\w'\-]*)[ \t]*&[ \t]*$", before)
    amp_after = re.match(r"[ \t]*&[ \t]*([A-Z][\w'\-]*)", after)
    for amp in (amp_before, amp_after):
        if amp and one_word and (amp.group(1) == text[start:end] or not (
                is_given_name(amp.group(1)) and is_given_name(text[start:end]))):
            return True
    if "&" in text[start:end] and (m := re.match(r"(?:['\u2019]s)?[ \t]+([a-z]+)", after)) and \
            (possessive or text[start:end].endswith(("'s", "\u2019s"))) and m.group(1) in _SHOP_GOODS:
        return True  # "Ben & Jerry's vouchers": two names joined by '&' own the goods a shop sells, a brand's
    at = _AT_BEFORE.search(before)
    # 'at Mary's' is her home, but 'at McDonald's', 'at Sainsbury's' (no given name) is the shop
    shop = not possessive or (one_word and not is_given_name(text[start:end]))
    if at and shop and (at.group(1) or "").lower() not in _AIMED_AT:
        return True
    firm = re.match(r"(?:[ \t]+(?:&[ \t]+)?[A-Z][\w'\-]*){1,3}", after)
    if firm and not cued and firm.group().split()[-1].lower() in ORG_SUFFIXES:
        return True  # 'Okoro Brothers Logistics': a name that heads a firm's name
    nxt = re.match(r"[ \t]+([^\W\d_][\w\-]*)", after)
    if nxt and not cued and _THING_DETERMINER.search(before) and nxt.group(1).lower() in _GOODS:
        return True
    if nxt and not cued and nxt.group(1).lower() in _SERVICE_PLANS and (
            _THING_DETERMINER.search(before) or _OWN_DETERMINER.search(before)):
        return True  # 'the Victoria plan', 'your Jasmine Unlimited SIM plan': a tariff named like a person
    if one_word and re.search(r"(?i)\b(?:card|carte|tarjeta|cartão|cartao|karte)[ \t]+$", before):
        return True  # 'avec la carte Desjardins', 'la tarjeta Banamex': the card's issuer
    if nxt and one_word and _OWN_DETERMINER.search(before) and nxt.group(1).lower() in _PAYMENT_THINGS - {"account"}:
        return True
    adjective = re.search(r"(?:[^\W\d_]+[ \t]+)?$", before).group()  # 'a pending Telebirr transfer'
    if one_word and not known_name(text[start:end]) and nxt and nxt.group(1).lower() in _PAYMENT_THINGS and (
            _THING_DETERMINER.search(before) or
            re.search(r"(?i)\b(?:a|an|the|this|that)[ \t]+$", before[:len(before) - len(adjective)])):
        return True  # a word that is no name, before a payment noun
    if one_word and not known_name(text[start:end]):
        prev = re.search(rf"([^\W\d_][\w\-]*){LIST_JOIN}$", before)
        follow = re.match(rf"{LIST_JOIN}([^\W\d_][\w\-]*)", after)
        if any(m is not None and m.group(1).lower() in brands for m in (prev, follow)):
            return True
    return named_thing(text, start, end, cued, known_name)
