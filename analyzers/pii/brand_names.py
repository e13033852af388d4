"""Brands callers name in collections calls, by category, worldwide; and the words that make a phrase a product.

Whole categories are listed (every large buy-now-pay-later lender, mobile-money wallet, telecom, big retailer and
fashion label we could name), not the brands one test set happened to hold, because callers name whichever of
them they paid with. Many are also given names ('Tamara', 'Alma', 'Victoria'): engine and person_context reject
those only where the sentence is about paying or buying (see `payment_sentence`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_BNPL = """
klarna|afterpay|clearpay|affirm|sezzle|zip|zip pay|zip money|quadpay|splitit|laybuy|zilch|paypal credit|payl8r|
openpay|humm|latitude|latitude pay|payright|tabby|tamara|postpay|spotii|cashew|cashew payments|alma|oney|
scalapay|floa|cofidis|paidy|atome|hoolah|pace|kredivo|akulaku|indodana|home credit|uzum|uzum nasiya|anorbank|
alif|alif nasiya|kaspi|kaspi red|kaspi.kz|tbc bank|payjoy|mercado pago|mercadopago|aplazo|kueski|kueski pay|
addi|sistecrédito|sistecredito|tiqmo|valu|lipa later
""".replace("\n", "").split("|")
_MOBILE_MONEY = """
m-pesa|mpesa|mtn momo|momo|mtn mobile money|orange money|airtel money|tigo pesa|ecocash|wave|moov money|
free money|vodafone cash|mpamba|gcash|paymaya|maya|grabpay|shopeepay|ovo|dana|gopay|linkaja|truemoney|
bkash|nagad|rocket|upaisa|easypaisa|jazzcash|paytm|phonepe|bhim|payme|click|click up|uzcard|humo|elsom|
o!dengi|mbank|kaspi gold|qiwi|yoomoney|alipay|wechat pay|kakaopay|line pay|paypay|touch 'n go|boost|
pix|nequi|daviplata|yape|plin|moncash|lynk|jn money|sendwave|worldremit|remitly|taptap send|wise|revolut
""".replace("\n", "").split("|")
_TELECOM = """
vodafone|orange|mtn|airtel|glo|safaricom|telkom|digicel|flow|claro|movistar|tigo|entel|telcel|vivo|tim|oi|
jazz|zong|ufone|telenor|jio|bsnl|beeline|ucell|mobiuz|megacom|kcell|tele2|kyivstar|turkcell|etisalat|du|stc|
zain|ooredoo|mobily|ee|o2|three|giffgaff|t-mobile|verizon|at&t|sprint|boost mobile|cricket|metro|telstra|
optus|spark|singtel|globe|smart|telkomsel|indosat|viettel|mobifone|vinaphone|djezzy|mobilis|ooredoo
""".replace("\n", "").split("|")
_RETAIL = """
amazon|walmart|target|costco|ikea|argos|currys|tesco|sainsbury's|asda|aldi|lidl|carrefour|auchan|
leroy merlin|mediamarkt|media markt|saturn|otto|zalando|shein|temu|aliexpress|jumia|konga|takealot|
noon|namshi|flipkart|myntra|tokopedia|shopee|lazada|mercado libre|falabella|ripley|liverpool|coppel|
elektra|magazine luiza|magalu|casas bahia|americanas|jb hi-fi|harvey norman|the good guys|kmart|big w|
bunnings|myer|david jones|best buy|home depot|lowe's|macy's|nordstrom|kohl's|jcpenney|sephora|ulta|
victoria's secret|bath & body works|h&m|zara|primark|uniqlo|gap|next|boohoo|asos|very|littlewoods|
tommy hilfiger|calvin klein|ralph lauren|hugo boss|michael kors|kate spade|louis vuitton|gucci|prada|
nike|adidas|puma|reebok|new balance|under armour|levi's|guess|mango|bershka|pull & bear|massimo dutti|
apple|samsung|xiaomi|huawei|oppo|tecno|infinix|itel|dell|lenovo|hp|sony|lg|dyson|peloton|
john lewis|marks & spencer|marks and spencer|mr price|lewis stores|noel leeming|the warehouse|tim hortons|
jean coutu|canadian tire|shoprite|game stores|ackermans|pep stores|
telebirr|zaad|evc plus|edahab|sahal|isracard|max|cal|desjardins
""".replace("\n", "").split("|")
_ASSISTANTS = ["alexa", "siri", "cortana", "bixby", "google assistant", "google home", "echo dot"]
# Debt purchasers and collection agencies a debt is sold or referred to; several are also names ('Lowell').
_COLLECTORS = """
lowell|lowell financial|cabot|cabot credit management|intrum|intrum justitia|hoist|hoist finance|arrow global|
pra group|portfolio recovery|portfolio recovery associates|encore capital|midland credit|midland credit management|
midland funding|cavalry|cavalry spv|lvnv|lvnv funding|resurgent|resurgent capital|jefferson capital|transworld|
transworld systems|ic system|convergent|moorcroft|wescot|capquest|link financial|idem servicing|kruk|eos|
credit corp|baycorp|past due credit|robinson way|motormile|overdales|fairfax|creditreform|coeo|lindorff
""".replace("\n", "").split("|")

BRANDS: frozenset[str] = frozenset(b.strip() for b in _BNPL + _MOBILE_MONEY + _TELECOM + _RETAIL + _ASSISTANTS +
                                   _COLLECTORS if b.strip())
COLLECTORS: frozenset[str] = frozenset(b.strip() for b in _COLLECTORS if b.strip())
_LONGEST = sorted(BRANDS, key=lambda b: (-len(b), b))  # a set: sorted in full, the same every run
_WORDS_OF_LONGER_BRANDS = frozenset(w for b in BRANDS if " " in b for w in b.split())
_BRAND_AT = re.compile(r"(?i)(?:" + "|".join(re.escape(b) for b in _LONGEST) + r")(?![\w\-])")

# The last word of a product's or plan's name ('Aroha Saver', 'Zip Pay', 'Orange Money'), in English and the
# instalment words of other languages (nasiya, cuotas, parcelas, taksit, cicilan, raty).
PRODUCT_HEADS = frozenset("""
saver savers savings pay payments money wallet cash bank card cards rewards plan loan loans credit kredit mobile sim
telecom wireless mart market store shop express prime later paylater nasiya cuotas parcelas taksit cicilan raty
rate finance insurance super superannuation isa kiwisaver fund
""".split())
# First words of organisations' names ('Banco Comercial do ...', 'Caixa Geral de ...', 'Credit Union of ...').
ORG_HEADS = frozenset("""
banco bank banque banca caixa caja cooperativa cooperative credit union sociedad sociedade société societe
compañía companhia compagnie grupo groupe group ministerio ministry hospital universidad universidade
université university instituto institute fundación fundação
""".split())
# A sentence about paying or buying, where a brand that is also a given name is the brand.
_PAYMENT_SENTENCE = re.compile(
    r"(?i)\b(?:pa(?:y|id|ying|yment|yments)|instal+ments?|split|order(?:ed)?|bought|buy|purchased?|checkout|"
    r"declined|refund(?:ed)?|charged?|app|wallet|top[ -]?up|sent|transfer(?:red)?|speaker|device|echo|"
    r"return(?:ed)?|store|shop)\b")
# A sentence about a debt changing hands or being chased, where a collector that is also a name is the collector.
_DEBT_SENTENCE = re.compile(r"(?i)\b(?:debts?|arrears|account|balance|collect\w*|referr\w*|passed|sold|bought|"
                            r"agenc(?:y|ies)|letters?|owe[ds]?|owing|default\w*)\b")
# What stands before a firm named as the object: 'referred to Lowell', 'a letter from Cabot', 'Klarna or Tamara'.
_FIRM_OBJECT = re.compile(r"(?i)\b(?:to|from|with|by|at|via|through|and|or)[ \t]+$")
# 'via Orange', 'through Payme', 'using Alma': how a payment was made.
_PAID_BY = re.compile(r"(?i)\b(?:via|through|using)[ \t]+$")


def brand_at(text: str, start: int) -> int | None:
    """The end of a known brand's name that starts at `start` ('Victoria' of "Victoria's Secret card"), or None."""
    m = _BRAND_AT.match(text, start)
    return m.end() if m else None


def payment_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a span is about paying or buying."""
    return _sentence_matches(_PAYMENT_SENTENCE, text, start, end)


def _sentence_matches(rx: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether `rx` finds a word of the span's sentence outside the span."""
    s = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    sentence = text[s:start] + " " + text[end:min(ends) if ends else len(text)]
    return rx.search(sentence) is not None


def _inside_brand(text: str, start: int, end: int, is_name: Callable[[str], bool]) -> bool:
    """Whether the span lies inside a longer known brand's name that holds a word no name is ('Spencer' of 'Marks
    and Spencer'); a brand made of names only ('David Jones') may be a person's name."""
    if not all(w.lower() in _WORDS_OF_LONGER_BRANDS for w in _WORD.findall(text[start:end])):
        return False  # the quick test: a word no brand of two words or more holds
    lo = max(0, start - 40)
    for m in _BRAND_AT.finditer(text, lo, min(len(text), end + 40)):
        if m.start() <= start and end <= m.end() and (m.start(), m.end()) != (start, end) and \
                (m.start() == 0 or not text[m.start() - 1].isalnum()):
            return not all(is_name(w) for w in _WORD.findall(m.group()))
    return False


def paid_by(before: str) -> bool:
    """Whether the words before a span name how something was paid ('with', 'via', 'through')."""
    return _PAID_BY.search(before) is not None


# Words for 'address', 'postcode' and address parts of other languages, which the NER reads as names when
# capitalised ('Neue Anschrift', 'My Eircode', 'Résidence Al Amal', 'o endereço é rua ...').
_ADDRESS_WORDS = frozenset("""
address adresse anschrift dirección direccion endereço endereco indirizzo adres adresa adresi alamat địa chỉ
eircode postcode zipcode cep plz postleitzahl código codigo rua rue calle carrer strada ulica ulitsa jalan
ngõ ngo ngách hẻm phường phuong quận quan mkr mkrn microdistrict kvartal tumani mahalla résidence residence
immeuble imm cité lotissement barrio colonia urbanización urbanizacion vereda corregimiento kelurahan kecamatan
""".split())
# Who pays or employs, before an organisation's name: 'my employer Acme', 'the lender Tala'.
_ORG_ROLE_BEFORE = re.compile(
    r"(?i)\b(?:employer|company|firm|lender|provider|insurer|network|carrier|retailer|merchant|supplier|"
    r"bank|wallet|app|brand|shop|store|courier|couriers|airline|utility|broker|agency)[ \t]*,?[ \t]+$")
# The trades that call about a debt: their word ends a firm's name even after 'this is' or "it's" ('this is Fairway
# Finance', "It's Harlow Collections"), where a person gives a name and a firm its trade. The general words of
# _ORG_TAILS ('Capital', 'Group') also close names read from forms, so they count only without a cue.
_FIRM_TAILS = frozenset({"collections", "recoveries", "solicitors", "finance", "lending", "loans"})
# Words that end an organisation's name after a name-like word ('Tata Consultancy', 'Wong Holdings').
_ORG_TAILS = frozenset("""
consultancy consultants consulting services solutions systems technologies technology holdings group industries
enterprises corporation corp inc ltd limited plc llc gmbh motors logistics partners associates ventures
international capital airways airlines pharmaceuticals
""".split()) | _FIRM_TAILS
# One is moved or flown to a place, not to a person: 'relocating to Regina', 'we moved back to Florence'.
_MOVED_TO = re.compile(r"(?i)\b(?:relocat\w*|mov(?:e|es|ed|ing)|emigrat\w*|fl(?:y|ies|ying|ew)|travel\w*|"
                       r"commut\w*)(?:[ \t]+back)?[ \t]+to[ \t]+$")
# 'split it into 4 with Tamara', 'paid with Alma': how it was paid, not whom one paid with.
_PAID_WITH = re.compile(r"(?i)\b(?:pa(?:y|id|ying)|split|bought|ordered|purchased|buy)\b[^.!?\n]{0,25}?\bwith[ \t]+$")
_WORD = re.compile(r"[^\W\d_][\w'\-]*")
# What joins the items of a list of names or brands ('Klarna, Zilch and Payl8r', 'Tabby or Tamara').
LIST_JOIN = r"[ \t]*(?:,|and|or|&)[ \t]*"


def address_word_cut(text: str, start: int, end: int) -> int:
    """The end of a PERSON span cut before its first address word ('maria lopez mi direccion es ...' ->
    'maria lopez mi'); `start` when the span opens with one ('Neue Anschrift', 'Résidence Al Amal')."""
    for w in _WORD.finditer(text, start, end):
        if w.group().lower() in _POSTCODE_WORDS:
            return start  # 'itaim bibi são paulo cep ...': what comes before a postcode is the town
        if w.group().lower() in _ADDRESS_WORDS:
            cut = w.start()
            # 'My Eircode', 'meine neue Anschrift': the words that qualify the address word go with it
            while (m := re.search(r"([^\W\d_]+)[ \t,]*$", text[start:cut])) and m.group(1).lower() in _QUALIFIERS:
                cut = start + m.start()
            return len(text[:cut].rstrip(" ,.;:\t")) if cut > start else start
    return end


# Stems of 'address' in other languages, inflected forms and all ('adresim', 'adresse', 'direcciones'). English
# 'address' is left out: in a transcript without commas a name runs into it ('this is ali address is ...').
_ADDRESS_STEMS = ("adres", "direcci", "endereç", "endereco", "indirizz", "anschrift", "alamat")
_POSTCODE_WORDS = frozenset("eircode postcode zipcode cep plz postleitzahl".split())
_QUALIFIERS = frozenset("""my your our his her their the new old current mi mis su tu nueva nuevo meu minha seu sua
nova novo mon ma mes nouvelle nouvel mein meine neue neuer neues il la el o a and y e et und""".split())


def named_thing(text: str, start: int, end: int, cued: bool, is_name: Callable[[str], bool]) -> bool:
    """Whether a PERSON span is a brand, product, organisation, place moved to, or an address word, by the words
    in and around it. `is_name(word)` says whether a word is a known given or family name."""
    words = _WORD.findall(text[start:end])
    if not words:
        return False
    before = text[max(0, start - 60):start]
    prev = re.search(r"([^\W\d_][\w'\-]*)[ \t]+$", before)
    if prev and prev.group(1).lower() in _ADDRESS_WORDS:
        return True  # 'rua Tabapuã', 'Calle Mendoza': the name after a street word is the street's
    nxt_word = re.match(r"[ \t]+([^\W\d_]+)", text[end:end + 30])
    if len(words) == 1 and nxt_word and nxt_word.group(1).lower().startswith(_ADDRESS_STEMS):
        return True  # 'Yeni adresim', 'Nueva dirección': the word qualifying another language's 'address'
    if not cued and len(words) > 1 and words[-1].lower() in PRODUCT_HEADS:
        return True  # 'Aroha Saver', 'Zip Pay'
    run = re.search(r"((?:[A-Z\u00c0-\u00de][\w'\-]*[ \t]+|(?:do|da|de|del|di|du|of|des|la)[ \t]+)+)$", before)
    if words[0].lower() in ORG_HEADS or run and any(w.lower() in ORG_HEADS for w in run.group(1).split()):
        return True  # 'Banco Comercial do Atlântico'
    if _ORG_ROLE_BEFORE.search(before) or (len(words) == 1 and _MOVED_TO.search(before)):
        return True
    tail = re.match(r"[ \t]+([A-Z][\w\-]*)\.?(?![\w\-])", text[end:end + 30])
    if not cued and tail and tail.group(1).lower() in _ORG_TAILS:
        return True  # 'my salary from Tata Consultancy': a name that heads an organisation's name
    if tail and tail.group(1).lower() in _FIRM_TAILS or len(words) > 1 and words[-1][0].isupper() and \
            words[-1].lower() in _FIRM_TAILS:
        return True  # "It's Fairline Collections calling", 'this is Fairway Finance': a collector's trade name
    if not cued and _inside_brand(text, start, end, is_name):
        return True  # 'the Marks and Spencer card' where only 'Spencer' was taken for a name
    brand_end = brand_at(text, start)
    if brand_end is None or brand_end < end and not re.fullmatch(r"['\u2019]s", text[brand_end:end]):
        return False
    # "Lowe's", "Sainsbury's": the shop's name is a family name with the possessive
    brand_words = [re.sub(r"['\u2019]s$", "", w) for w in _WORD.findall(text[start:brand_end])]
    if not all(is_name(w) for w in brand_words):
        return True  # 'Payme', 'JB Hi-Fi', "Victoria's Secret": a brand that is no name
    if cued:
        return False  # 'my name is Dana', 'Mr Lowe': a brand that is also a name, said as a person's
    # a brand that is also a name ('Tamara', 'Alma', 'Tommy Hilfiger') only when paying or buying is the topic
    brand = text[start:brand_end].lower()
    if brand in COLLECTORS and _FIRM_OBJECT.search(before) and _sentence_matches(_DEBT_SENTENCE, text, start, end):
        return True  # 'we've referred the account to Lowell', 'a letter from Lowell saying they bought the debt'
    nxt = re.match(r"[ \t]+([^\W\d_]+)", text[brand_end:])
    listed = re.search(rf"([^\W\d_][\w'\-]*){LIST_JOIN}$", before) or \
        re.match(rf"{LIST_JOIN}([^\W\d_][\w'\-]*)", text[brand_end:])
    return payment_sentence(text, start, end) and (
        # 'pay with Tabby or Tamara': listed beside another brand
        (listed is not None and listed.group(1).lower() in BRANDS) or
        len(brand_words) > 1 or _PAID_WITH.search(before) is not None or paid_by(before) or
        text[start:brand_end].lower() in _ASSISTANTS or (nxt is not None and nxt.group(1).lower() in _PAYMENT_NOUNS))


_PAYMENT_NOUNS = frozenset("payment payments instalment instalments installment installments plan app account "
                           "wallet loan order purchase transfer".split())
