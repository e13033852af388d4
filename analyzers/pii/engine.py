"""The presidio analyzer, built once per process from the offline spaCy model, and batch detection.

Every text is first put through the spoken-number normaliser; recognizers run on that view (plus a
short prefix from the previous turns, so "what's the code on the back?" gives the answer its meaning)
and each hit is mapped back to the original characters.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# Must be set before presidio (tldextract) is imported, else the email recognizer fetches the suffix list.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""

import spacy  # noqa: E402
from presidio_analyzer import AnalysisExplanation, AnalyzerEngine, RecognizerRegistry, RecognizerResult  # noqa: E402
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine  # noqa: E402
from presidio_analyzer.predefined_recognizers import PhoneRecognizer, SpacyRecognizer  # noqa: E402

from analyzers.pii import vocab  # noqa: E402
from analyzers.pii.address_edges import join_house_number, join_unit_to_street, trim_address  # noqa: E402
from analyzers.pii.allow import is_cased, plausible_name  # noqa: E402
from analyzers.pii.brand_names import address_word_cut  # noqa: E402
from analyzers.pii.digits import NOT_PII_LABEL, brand_sender  # noqa: E402
from analyzers.pii.name_evidence import family_names_after, spoken_name_span, trim_spoken  # noqa: E402
from analyzers.pii.name_lexicon import INDEFINITE_PRONOUNS, is_given_name  # noqa: E402
from analyzers.pii.ner_model import chosen_model  # noqa: E402
from analyzers.pii.opening_name import name_opening_address  # noqa: E402
from analyzers.pii.person_context import (  # noqa: E402
    FOREIGN_GREETINGS,
    foreign_sentence,
    known_name,
    lowercase_cut,
    not_a_person,
    self_introduced,
    sentence_opening_word,
    strip_greeting,
)
from analyzers.pii.places import is_known_place  # noqa: E402
from analyzers.pii.recognizers import FAIRLINE_RECOGNIZERS, fairline_recognizers  # noqa: E402
from analyzers.pii.recognizers.address_spoken import STREET_AFTER  # noqa: E402
from analyzers.pii.recognizers.base import CONTEXT_PREFIX  # noqa: E402
from analyzers.pii.recognizers.labelled import REFERENCE_PREFIX  # noqa: E402
from analyzers.pii.recognizers.name_and_address import NAME_BEFORE_ADDRESS  # noqa: E402
from analyzers.pii.recognizers.name_shapes import NameShapeRecognizer  # noqa: E402
from analyzers.pii.recognizers.name_words import NAME_PARTICLES, plausible_lower  # noqa: E402
from analyzers.pii.spoken import NormalisedText, normalise_spoken  # noqa: E402

# presidio's own recognizers we keep: NER names, written emails/phones, IBAN (checksum).
_PRESIDIO_KEEP = {"SpacyRecognizer", "EmailRecognizer", "IbanRecognizer"}
# phonenumbers' matcher costs per region; US and UK numbers cover the tenants we serve (others: our own formats).
_PHONE_REGIONS = ("US", "GB")
ENTITIES: tuple[str, ...] = (
    "CREDIT_CARD", "CARD_SECURITY_CODE", "CARD_EXPIRY", "PIN", "US_SSN", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER",
    "IBAN_CODE", "UK_SORT_CODE", "EMAIL_ADDRESS", "PHONE_NUMBER", "PERSON", "STREET_ADDRESS", "DATE_OF_BIRTH",
    "USERNAME", "ID_NUMBER", "DIGIT_SEQUENCE",
)
SCORE_THRESHOLD = 0.4
_SEP = " \n "
_PREFIX_CHARS = 160
_LOCK = threading.Lock()


@dataclass(frozen=True)
class Detection:
    """One PII hit in original-text offsets; the value itself is not kept."""

    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str


def spacy_model_path() -> Path:
    """Directory of the spaCy model that finds names (medium if installed, else small), sha256-checked."""
    return chosen_model()[1]


def ner_model_name() -> str:
    """Name and version of the spaCy model in use, for stage runs and benchmarks."""
    return chosen_model()[0].name


class _OfflineSpacyEngine(SpacyNlpEngine):
    """presidio's spaCy engine loading the model from disk, NER only.

    The NER of en_core_web_sm and en_core_web_md has its own embedding layer, so dropping tok2vec, tagger,
    lemmatizer and parser leaves its entities unchanged (checked on 200 sentences) and makes spaCy about
    1.7x faster. Lemma-based context
    boosting in presidio is lost; Fairline's recognizers do their own context.
    """

    def __init__(self, path: Path) -> None:
        # Only PERSON is taken from spaCy; every other label is ignored (and presidio stops warning about them).
        ignore = ["PRODUCT", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "WORK_OF_ART", "LAW",
                  "LANGUAGE", "EVENT", "FAC", "TIME", "DATE", "ORG", "GPE", "LOC", "NORP"]
        super().__init__(models=[{"lang_code": "en", "model_name": str(path)}],
                         ner_model_configuration=NerModelConfiguration(labels_to_ignore=ignore))
        self._path = path

    def load(self) -> None:
        drop = ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer"]
        self.nlp = {"en": spacy.load(self._path, exclude=drop)}  # type: ignore[assignment]


@lru_cache(maxsize=1)
def get_engine() -> AnalyzerEngine:
    """The process-wide analyzer: spaCy from its package, presidio's kept recognizers plus Fairline's."""
    nlp_engine = _OfflineSpacyEngine(spacy_model_path())
    nlp_engine.load()
    vocab.register(nlp_engine.nlp["en"].vocab.vectors)
    registry = _OrderedRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=nlp_engine)
    registry.recognizers = [_NameCheckedSpacyRecognizer(supported_entities=["PERSON"], name="SpacyRecognizer")
                            if type(r).__name__ == "SpacyRecognizer" else r
                            for r in registry.recognizers if type(r).__name__ in _PRESIDIO_KEEP]
    registry.add_recognizer(PhoneRecognizer(supported_regions=_PHONE_REGIONS))
    for rec in fairline_recognizers():
        registry.add_recognizer(rec)
    return _OrderedAnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])


# presidio's own recognizers in the engine; every other recognizer is Fairline's.
_PRESIDIO_NAMES = frozenset(_PRESIDIO_KEEP | {"PhoneRecognizer"})
_FAIRLINE_RANK = {cls.__name__: i for i, cls in enumerate(FAIRLINE_RECOGNIZERS)}


def _recognizer_rank(name: str) -> int:
    """Which recognizer names a hit when two find the same span with the same type and score: Fairline's (they read
    the words around the value) in registration order, then the conversation-level ones (name lists, values found
    again), then spaCy's and presidio's."""
    if name in _FAIRLINE_RANK:
        return _FAIRLINE_RANK[name]
    return len(_FAIRLINE_RANK) + (name in _PRESIDIO_NAMES)


def _recognizer_name(r: RecognizerResult) -> str:
    return (r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "") or (
        r.analysis_explanation.recognizer if r.analysis_explanation else "")


def _result_order(r: RecognizerResult) -> tuple:
    """A total order of raw hits: higher score, longer span, the preferred recognizer (`_recognizer_rank`), then
    position, type and recognizer name."""
    name = _recognizer_name(r)
    return (-r.score, -(r.end - r.start), _recognizer_rank(name), r.start, r.end, r.entity_type, name)


class _OrderedRegistry(RecognizerRegistry):
    """presidio's registry collects the recognizers for a request in a set of objects, so they run (and their hits
    arrive) in an order that changes from process to process; this one returns them in registration order."""

    def get_recognizers(self, *args, **kwargs) -> list:  # type: ignore[override]
        """The matching recognizers, in the order they were registered."""
        found = super().get_recognizers(*args, **kwargs)
        rank = {id(rec): i for i, rec in enumerate(self.recognizers)}
        return sorted(found, key=lambda rec: (rank.get(id(rec), len(rank)), rec.name))


class _OrderedAnalyzerEngine(AnalyzerEngine):
    """presidio's analyzer with its duplicate removal made deterministic. `remove_duplicates` puts the hits in a set
    whose members compare equal by span, type and score only: of two such hits (spaCy's PERSON and a Fairline name
    hit on 'Soy Itziar Etxeberria', both 0.85) the one that arrived first is kept, and the recognizer it names
    decides how the engine reads it afterwards. The hits are put in `_result_order` just before that step (context
    enhancement is the last hook before it), so the same text always keeps the same hit."""

    def _enhance_using_context(self, *args, **kwargs) -> list[RecognizerResult]:
        return sorted(super()._enhance_using_context(*args, **kwargs), key=_result_order)


def detect_batch(texts: Sequence[str], prefixes: Sequence[str] | None = None,
                 batch_size: int = 64) -> list[list[Detection]]:
    """PII detections per text (original offsets), overlapping hits merged; prefixes give context only."""
    engine = get_engine()
    norms = [normalise_spoken(t) for t in texts]
    heads: list[str] = []
    for i in range(len(texts)):
        p = prefixes[i] if prefixes is not None else ""
        p = normalise_spoken(p[-_PREFIX_CHARS:]).text if p else ""
        heads.append(p + _SEP if p else "")
    out: list[list[Detection]] = []
    with _LOCK:  # spaCy pipelines are not thread-safe
        arts = engine.nlp_engine.process_batch([n.text for n in norms], language="en", batch_size=batch_size)
        for (text, art), head, norm in zip(arts, heads, norms, strict=True):
            if not norm.text.strip():
                out.append([])
                continue
            token = CONTEXT_PREFIX.set(head)
            try:
                results = engine.analyze(text=text, language="en", entities=list(ENTITIES), nlp_artifacts=art,
                                         score_threshold=SCORE_THRESHOLD)
            finally:
                CONTEXT_PREFIX.reset(token)
            doc = getattr(art, "tokens", None)
            places = [(e.start_char, e.end_char) for e in getattr(doc, "ents", ()) if e.label_ in _PLACE_LABELS]
            out.append(_to_original(results, norm, places))
    return out


def detect(text: str, prefix: str = "") -> list[Detection]:
    """PII detections in one text."""
    return detect_batch([text], [prefix])[0]


# Fillers, courtesy words and roles: no name, and no brand either ('Hi, Wiratmoko here' lists no brand).
_COURTESY = frozenset({
    "mm", "mm-hmm", "mhm", "uh", "uh-huh", "um", "hmm", "okay", "ok", "yeah", "yes", "no", "hi", "hello", "thanks",
    "thank", "bye", "sir", "madam", "ma'am", "agent", "customer"})
# What spaCy's small model calls a PERSON in call transcripts but is not a name.
_NOT_A_NAME = _COURTESY | {
    "visa", "mastercard", "amex", "paypal", "cvv",
    # field labels and abbreviations that head a line ('Tel. 955-704-8226', 'Send your CV to ...')
    "tel", "fax", "phone", "mobile", "cell", "email", "e-mail", "cv", "hr", "re", "fwd", "ps", "attn", "dob", "ssn",
    # payment, credit and subscription brands callers name ('I paid with Klarna', 'sent it by Zelle')
    "klarna", "afterpay", "zelle", "venmo", "affirm", "sezzle", "cashapp", "cash app", "chime", "revolut", "monzo",
    "stripe", "quadpay", "splitit", "laybuy", "clearpay", "zip", "experian", "equifax", "transunion", "moneygram",
    "western union", "apple pay", "google pay", "samsung pay", "netflix", "spotify", "hulu", "verizon", "comcast",
    "xfinity", "discover", "citi", "chase", "barclays", "santander", "wise", "payoneer", "skrill",
    # a title alone is no name ('Gracias Sra. Hernández' where only 'Sra' was tagged)
    # 'you all' written as one word opens a sentence capitalised like a name
    "y'all", "ya'll", "yall", "y\u2019all",
    "sr", "sra", "srta", "mr", "mrs", "ms", "dr", "mme", "mlle", "herr", "frau", "pak", "bu", "ibu",
    # 'yes' and 'no' of other languages, which open a reply capitalised ('Iya, saya Sukarni')
    "iya", "sí", "oui", "sim", "ja", "nein", "evet", "hayır", "haan", "nahi", "ndiyo", "hapana", "tak", "nie",
} | FOREIGN_GREETINGS | INDEFINITE_PRONOUNS


# A courtesy title opening a PERSON span that goes on to the name ('miss wanjiru', 'Mr. Okafor').
_TITLE_LEAD = re.compile(r"(?i)(?:mister|mr|mrs|ms|miss|missus|dr|doctor|madam|sir)\.?[ \t]+(?=[^\W\d_])")


# Brands callers name (what a name listed beside one is likely to be too).
_BRANDS = frozenset(w for w in _NOT_A_NAME if w not in FOREIGN_GREETINGS and w not in _COURTESY)


# en_core_web_md sometimes starts a PERSON at the word before the name ("Is this Denise Foster?" -> "this
# Denise Foster"). Redacting "this" as well breaks what downstream stages read: the identity question
# "Is this <PERSON>?" becomes "Is <PERSON>?". In cased text, lower-case function words are never part of a name.
_FUNCTION_WORDS = frozenset(
    "this that is it's its the a an to with for and or of from is was speaking dear hi hello hey by at on in".split())


# A letter's salutation opens a line capitalised ('Dear Ms Adebayo'): it is never part of the name after it.
_SALUTATIONS = frozenset({"dear"})


def _trim_function_words(text: str, s: int, e: int) -> tuple[int, int]:
    while True:
        m = re.match(r"(\S+)\s+", text[s:e])
        if m and (m.group(1).islower() and m.group(1).strip(",.") in _FUNCTION_WORDS
                  or m.group(1).strip(",.").lower() in _SALUTATIONS):
            s += m.end()
            continue
        m = re.search(r"\s+(\S+)$", text[s:e])
        if m and m.group(1).islower() and m.group(1).strip(",.") in _FUNCTION_WORDS:
            e = s + m.start()
            continue
        return s, e


class _NameCheckedSpacyRecognizer(SpacyRecognizer):
    """spaCy's PERSON spans, checked and trimmed before presidio drops the rule hits they contain: a span that
    runs over a line break ('Darrell Clinten\nSystems') keeps its first line that can be a name."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        """spaCy's PERSON hits that can be names, trimmed to the name."""
        cased = is_cased(text)
        out: list[RecognizerResult] = []
        shapes: set[tuple[int, int]] | None = None
        for r in super().analyze(text, entities, nlp_artifacts):
            span = _checked_name(text, r.start, r.end, cased)
            if span is None:
                continue
            r.start, r.end = span
            # 'Ji-woo Park' where the NER stopped at 'Ji': a span ends at a word's end, not inside a hyphenated word
            if tail := re.match(r"(?:-[^\W\d_]+)+(?![\w\-])", text[r.end:]):
                r.end += tail.end()
            if not cased and " " in text[r.start:r.end].strip():
                if shapes is None:
                    shapes = {(h.start, h.end) for h in _SHAPES.uncased_given_names(text)}
                if span in shapes:
                    # presidio keeps only this span of the two (the rule hit is inside it and scored lower); both
                    # say it is a name, so it need not stand where names are said ('i mean thomas bradley')
                    r.recognition_metadata[_AGREED] = True
            out.append(r)
        return out


# spaCy and the name-shape rule found the same lower-case span (see _NameCheckedSpacyRecognizer).
_AGREED = "fairline_shape_agrees"
_SHAPES = NameShapeRecognizer()


def _checked_name(text: str, s: int, e: int, cased: bool) -> tuple[int, int] | None:
    """The part of an NER PERSON span that can be a name, or None."""
    for line in re.finditer(r"[^\n]+", text[s:e]):
        ls, le = s + line.start(), s + line.end()
        value = text[ls:le].strip(" .,!?")
        low = value.lower()
        if low in _NOT_A_NAME or not any(ch.isalpha() for ch in low) or not plausible_name(text[ls:le], cased):
            continue
        if cased and re.fullmatch(r"[A-Z]{1,3}\.?", value):
            continue  # an acronym ('CV', 'HR', 'IT') in normally written text
        return _trim_function_words(text, ls, le) if cased else (ls, le)
    return None


_MASK = re.compile(r"[x\s/.\-]+")  # existing masks such as CFPB's "XXXX XXXX"
# Words that make a capitalised phrase a street, not a person ('Rua João Pessoa', 'Avenida Juan Pérez').
_STREET_WORD = re.compile(r"(?i)\b(?:rua|rue|via|calle|avenida|avenue|ave|av|street|st|road|rd|jalan|aleea|calea|"
                          r"strada|ulica|ul|piazza|plaza|place|lane|drive|way|court|box|borgo|contrada|corso|viale|"
                          r"largo|vicolo|piazzale|chemin|impasse|allée|quai|cours|paseo|camino|travessa|praça|"
                          r"alameda|estrada|carrer|ronda|conjunto|vial|andador|lorong|crescent|close|gardens|terrace|"
                          r"park|hill|square|boulevard|blvd|row|mews|grove)\b")


# Brazilian, Japanese and Polish-style postcodes and US ZIP+4 codes, which phone matchers take for short numbers.
_POSTCODE_LIKE = re.compile(r"\d{5}-\d{3}|\d{5}-\d{4}|\d{3}-\d{4}")


def _phone_after_address(text: str, results: list[RecognizerResult]) -> None:
    """'..., Leipzig 0341 8387176': a street hit whose tail ran into a phone number ends where the number starts,
    so the number keeps its own tag instead of vanishing into the address."""
    phones = [r for r in results if r.entity_type in ("PHONE_NUMBER", "EMAIL_ADDRESS")]
    for r in results:
        if r.entity_type != "STREET_ADDRESS":
            continue
        for p in phones:
            if r.start < p.start and _POSTCODE_LIKE.fullmatch(text[p.start:p.end]) and \
                    re.fullmatch(r"[\s,\-]*", text[r.end:p.start] if r.end <= p.start else ""):
                # '..., São Paulo - SP, 01310-200': a postcode closing the address is not a phone number
                r.end = max(r.end, p.end)
                p.entity_type = "STREET_ADDRESS"
                continue
            if r.start < p.start < r.end <= p.end:
                end = len(text[:p.start].rstrip(" ,;:\t\n"))
                if end > r.start:
                    r.end = end


_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{3})[.!?](?=\s+[A-Z\u00c0-\u00de])")
_ABBREVIATION = re.compile(r"(?i)\b(?:no|nr|apt|app|dpto|depto|av|jr|st|ste|bldg|blvd|rd|ave|jl|km|subd|brgy|int|"
                           r"ext|col|fracc|mz|lt|dept|oax|bis|esq|pte|ote|nte|co|str)$")


# The words that open a clause naming the speaker ('thats <name>', 'this is <name>', 'my name is <name>').
_NAME_CLAUSE = re.compile(r"(?i)[ \t,]+(?:that's|thats|that is|this is|my name is|my name's|my names|it's|its|"
                          r"i'm|im)[ \t]+$")


def _address_ends_at_sentence(text: str, results: list[RecognizerResult]) -> None:
    """'..., La Paz. Saludos, Yupanqui Mamani Quispe', '10115 Tallinn.\nKadri Tamm': a street hit whose tail ran
    over a sentence end or a line break into a name ends at that boundary, so the name keeps its own tag (a town
    is never after the full stop that closes the address)."""
    persons = [r for r in results if r.entity_type == "PERSON"]
    for r in results:
        if r.entity_type != "STREET_ADDRESS":
            continue
        for p in persons:
            if not r.start < p.start < r.end or not re.fullmatch(r"[\W_]*", text[p.end:r.end]):
                continue  # the name must close the hit: a line after it is the address's own ('...\nCempaka Putih')
            cut = None
            # a full stop after a word ('Medellín. Soy ...', 'Tallinn.\nKadri ...'); not after a house number
            # ('Csabai kapu 39. and ...') nor a line break alone (the town line of an address block)
            for m in _SENTENCE_END.finditer(text, r.start, p.start + 1):
                # not the dot of an address abbreviation ('Int. 3', 'Col. Centro'), and the name right after it
                if m.start() < p.start and not _ABBREVIATION.search(text[r.start:m.start()]) and \
                        re.fullmatch(r"[.!?]?\s+(?:[^\W\d_]+,?[ \t]+)?", text[m.start():p.start]):
                    cut = m.start()
                    break
            # '..., Pune 411045 - Meera Joshi': a dash between spaces before a name of two words or more that closes
            # the hit sets off a sign-off ('São Paulo - SP' keeps its state: no name of two words)
            dash = re.search(r"[ \t]+[-\u2013\u2014][ \t]+$", text[r.start:p.start])
            if cut is None and dash and len(text[p.start:p.end].split()) >= 2:
                cut = r.start + dash.start()
            # '... y1a 6e3 thats jean luc tremblay': in a transcript without full stops, the words that name the
            # speaker open a clause of their own, which no address runs on into
            intro = _NAME_CLAUSE.search(text[r.start:p.start])
            if cut is None and intro:
                cut = r.start + intro.start()
            if cut is not None and cut > r.start:
                r.end = min(r.end, len(text[:cut].rstrip(" ,;:\t")))


# What joins a date of birth to the address said after it ('... eighty nine and it's apartment twelve b ...').
_JOIN_AFTER_DATE = re.compile(r"(?i)(?:[\s,;.]+|\b(?:and|then|it's|it is|its|my|address|is|the)\b)*")


def _address_after_date(text: str, results: list[RecognizerResult]) -> None:
    """'date of birth and address please' -> 'third of may eighty nine and it's apartment twelve b ...': an address
    cue's hit that takes the whole answer starts with the date of birth; it starts after the date and the words
    joining the two instead, so the date stays a date and the street stays an address (the merge would otherwise
    type the whole answer by the date's higher score)."""
    dates = [r for r in results if r.entity_type == "DATE_OF_BIRTH"]
    for r in results:
        if r.entity_type != "STREET_ADDRESS":
            continue
        for d in dates:
            if r.start <= d.start < d.end < r.end and not text[r.start:d.start].strip(" \t\n,.;:"):
                r.start = d.end + _JOIN_AFTER_DATE.match(text, d.end).end() - d.end
                break


def _name_before_address(text: str, results: list[RecognizerResult]) -> None:
    """'Ship to: Julia Kangas, Korsgade 531': a street hit that starts with a name and a comma starts after them,
    so the name keeps its own tag."""
    persons = [r for r in results if r.entity_type == "PERSON"]
    for r in results:
        if r.entity_type != "STREET_ADDRESS":
            continue
        for p in persons:
            if not (p.start <= r.start < p.end < r.end):
                continue
            name = text[r.start:p.end]
            m = re.match(r"\s*,\s*", text[p.end:r.end])
            first = re.match(r"[^\W\d_]+", name)
            # 'Chácara Ravi Lucca Castro, 87' is a street: the name must start with a given name
            if m and first and is_given_name(first.group()) and not any(ch.isdigit() for ch in name) and \
                    not _STREET_WORD.search(name):
                r.start = p.end + m.end()
                break


def _name_opening_address(text: str, results: list[RecognizerResult]) -> None:
    """'rhys llewellyn two pen y bryn road ...': in a transcript, the name a turn opens with before its first address
    hit gets a PERSON hit of its own (see opening_name), unless a name hit is already there."""
    if is_cased(text):
        return
    streets = sorted((r for r in results if r.entity_type == "STREET_ADDRESS"), key=lambda r: (r.start, r.end))
    if not streets:
        return
    span = name_opening_address(text, streets[0].start)
    if span is None:
        return
    over = [r for r in results if r.entity_type == "PERSON" and r.start < span[1] and span[0] < r.end]
    if any(_recognizer_name(r) != "SpacyRecognizer" and not span[0] <= r.start < r.end <= span[1] for r in over):
        return
    # spaCy's span there ('rhys llewellyn 2') is judged without the address after it, and a hit on one word of the
    # name ('harrison' of 'harrison ng') is part of it: this hit takes their place
    for r in over:
        results.remove(r)
    expl = AnalysisExplanation(recognizer="NameCueRecognizer", original_score=0.86,
                               textual_explanation="name opening a turn before its address")
    results.append(RecognizerResult("PERSON", span[0], span[1], 0.86, analysis_explanation=expl,
                                    recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: "NameCueRecognizer",
                                                          NAME_BEFORE_ADDRESS: True}))


def _address_after_answered_name(text: str, results: list[RecognizerResult]) -> None:
    """'your name and address?' -> 'ingrid berg thorvald meyers gate 23 ...': the answer's name (a hit marked by the
    name cue recognizer) is not the address's; an address hit starting with it starts after it."""
    names = [r for r in results
             if r.entity_type == "PERSON" and (r.recognition_metadata or {}).get(NAME_BEFORE_ADDRESS)]
    for p in names:
        for a in results:
            if a.entity_type == "STREET_ADDRESS" and a.start <= p.start < p.end < a.end:
                a.start = p.end + len(text[p.end:a.end]) - len(text[p.end:a.end].lstrip(" \t,"))


# A particle and the name word after it ('padraig' + ' o brien', 'Nurul Huda binti' + ' Ismail').
_PARTICLE_RUN = re.compile(r"[ \t]+((?:(?:" + "|".join(re.escape(w) for w in sorted(NAME_PARTICLES,
                                                                                     key=lambda w: (-len(w), w)))
                           + r")[ \t]+){0,2})([^\W\d_][\w'\-]*)(?![\w/])", re.I)


def _join_name_particles(text: str, results: list[RecognizerResult]) -> None:
    """A name hit followed by a particle and a name word ('padraig o brien', 'van der berg', 'Nurul Huda binti
    Ismail'), or one that ends with its particle, runs on over them: the particle joins the parts of one name.
    The word after the particle must be a name (capitalised where the text is) and no part of an address hit."""
    cased = is_cased(text)
    streets = [r for r in results if r.entity_type == "STREET_ADDRESS"]
    for r in results:
        if r.entity_type != "PERSON":
            continue
        if not cased:
            # in a transcript the family names said after a name are part of it ('tuan anh tran at ...')
            run = family_names_after(text, r.end)
            if not any(a.start < run and r.end < a.end for a in streets):
                r.end = run
        last = re.search(r"(\S+)$", text[r.start:r.end])
        ends_particle = last is not None and last.group(1).lower() in NAME_PARTICLES and last.start() > 0
        m = _PARTICLE_RUN.match(text, r.end)
        if not m or not (m.group(1) or ends_particle):
            continue
        word = m.group(2)
        if word.lower() in NAME_PARTICLES or (not word[0].isupper() if cased else not plausible_lower(word)):
            continue
        if any(a.start < m.end() and r.end < a.end for a in streets):
            continue
        r.end = m.end()


def _name_out_of_address(text: str, results: list[RecognizerResult]) -> None:
    """A name said right before a street ('maria lopez avenida juárez 12', 'name and address? \n olga berg
    storgata 5'): a PERSON hit running into the street ends where the street starts, and an address hit that
    starts with that name (an address cue took the whole answer) starts at the street."""
    streets = [r for r in results if r.entity_type == "STREET_ADDRESS"]
    for p in [r for r in results if r.entity_type == "PERSON"]:
        if any(ch.isdigit() for ch in text[p.start:p.end]):
            continue  # 'Sludevej 13' is the street itself, which the merge makes one address
        inner = [a for a in streets if p.start < a.start < p.end]
        if inner:
            first = min(a.start for a in inner)
            # 'istiklal caddesi', 'kings road': a span whose last word is the street word is the street's name
            street_word = text[first:p.end].strip(" ,.").lower() in STREET_AFTER
            p.end = len(text[:first].rstrip(" ,;:\t\n"))
            last = re.search(r"(\S+)$", text[p.start:p.end])
            if street_word or last and last.group(1).lower() in _NAME_PARTICLES:
                # 'tweede van swindenstraat 88': a name never ends in 'van' or 'de'; the words are the street's
                for a in inner:
                    a.start = min(a.start, p.start)
                p.end = p.start
        for a in streets:
            # the street proper must start right after the name ('Rua das Palmeiras, 245' keeps its start)
            # and with its own name: before a bare house number the name is the street's ('Sludevej 13 St.')
            later = [b.start for b in streets if b is not a and p.end <= b.start < a.end and
                     not text[p.end:b.start].strip(" \t\n") and not text[b.start].isdigit()]
            if a.start >= p.start and a.start < p.end and later and p.end > p.start:
                a.start = min(later)


# Particles that join the parts of a name or a street ('van', 'de', 'dos') and so never end either.
_NAME_PARTICLES = frozenset("van von de der den da do dos das du di del della la le el bin ibn al ter ten".split())
# "I've", "we'll": contractions that a name cue ('Thanks Tamika, I've ...') can run into.
_CONTRACTION = re.compile(r"(?i)(?:i|you|we|they|he|she|it|that|there)['\u2019](?:ve|m|ll|d|re|s)")


def _next_to_name(text: str, r: RecognizerResult, others: list[RecognizerResult]) -> bool:
    """Whether another name hit stands at most one word before or after this one ('mehmet can yilmaz')."""
    gap = re.compile(r"[ \t]+(?:[^\W\d_]+[ \t]+)?")
    return any(o is not r and (o.end <= r.start and gap.fullmatch(text[o.end:r.start]) or
                               r.end <= o.start and gap.fullmatch(text[r.end:o.start])) for o in others)


def _person_in_context(text: str, r: RecognizerResult, others: list[RecognizerResult] = ()) -> bool:
    """Whether a PERSON hit stays one after the words around it are read (trimming it in place): not a greeting
    of another language, not a phrase of another language, not a place, building, shop or brand."""
    if r.end <= r.start:
        return False
    start = strip_greeting(text, r.start, r.end)
    if start is None:
        return False
    r.start = start
    r.end = address_word_cut(text, r.start, r.end)
    if r.end <= r.start:
        return False
    cased = is_cased(text)
    recognizer = (r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "")
    if not cased:
        r.end = trim_spoken(text, r.start, r.end)
    if recognizer == "NameShapeRecognizer" and not cased and " " not in text[r.start:r.end].strip() and \
            not _next_to_name(text, r, others):
        # a lone given name in a transcript ('pero', 'bello', 'salvador' are names too) needs a name's position
        span = spoken_name_span(text, r.start, r.end)
        if span is None:
            return False
    if recognizer == "SpacyRecognizer":
        # the English NER reads other languages' words as names; its spans must look like a name in context
        agreed = (r.recognition_metadata or {}).get(_AGREED, False)
        span = lowercase_cut(text, r.start, r.end) if cased else (
            (r.start, r.end) if agreed else spoken_name_span(text, r.start, r.end))
        if span is None or (foreign_sentence(text, *span) and not known_name(text[span[0]:span[1]]) and
                            not (cased and self_introduced(text, span[0]))):
            return False
        r.start, r.end = span
        if cased and sentence_opening_word(text, r.start, r.end):
            return False
        if cased and _foreign_word_before_name(text, r.start, r.end):
            return False
        # 'Kia ora Aroha' cut to 'Kia': the cut span is read again for a greeting it begins
        start = strip_greeting(text, r.start, r.end)
        if start is None or start >= r.end:
            return False
        r.start = start
    return not not_a_person(text, r.start, r.end, cased, _BRANDS, cued=recognizer == "NameCueRecognizer")


_OPENING = re.compile(r"(?:^|[.!?:;\n][ \t]*|[.!?][\"')\]]?[ \t]+)$")
_SHORT_LINK = re.compile(r"[ \t]+([^\W\d_A-Z]{1,3})[ \t]+([A-Z][^\W\d_]+)")


def _foreign_word_before_name(text: str, s: int, e: int) -> bool:
    """'Intestato a Giulia Ferraresi', 'Grazie a Marco': one capitalised word that opens a sentence, is no known
    name, and is joined to a given name by a short lower-case word that no name has inside it is a word of the
    sentence (another language's verb or thanks), not a person."""
    if " " in text[s:e].strip() or known_name(text[s:e]) or not _OPENING.search(text[max(0, s - 4):s]):
        return False
    m = _SHORT_LINK.match(text, e)
    return m is not None and m.group(1).lower() not in _LINK_IN_NAMES and is_given_name(m.group(2))


# Short lower-case words between two names of one list or inside a name ('Ana and Luis', 'Maria da Silva').
_LINK_IN_NAMES = frozenset(NAME_PARTICLES) | {"and", "or", "nor", "n", "y", "e", "et", "und", "og", "och", "en", "i"}


# spaCy's labels for places; the engine takes only PERSON from spaCy, these only tell a place from a person.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Where a place is said: 'writing from Buenos Aires', 'calling from Nairobi', 'based in Lyon', 'I'm from Accra'.
# ('a call from', 'a text from' are said of people: only the verbs' -ing forms count)
_FROM_PLACE = re.compile(r"(?i)\b(?:(?:writing|calling|ringing|phoning|texting|messaging|emailing|i'm|i am|im|"
                         r"we're|we are|originally|moved|relocated|all the way)[ \t]+from|"
                         r"based[ \t]+(?:in|out[ \t]+of))[ \t]+$")
_BARE_FROM = re.compile(r"(?i)\bfrom[ \t]+$")
# One comes back or home from a place ('when I get back from Sydney'), though one also hears back from a person
# ('heard back from Sydney Jones'): only a span that is wholly a known place is the place.
_BACK_FROM = re.compile(r"(?i)\b(?:back|home|returning|returned)[ \t]+from[ \t]+$")
# Places one travels between or sends money from: 'travelling between Florence and Adelaide', 'flying to Lyon',
# 'transferring the money from Jordan'.
_TRAVEL_PLACE = re.compile(r"(?i)\b(?:(?:travel(?:l)?ing|flying|commuting|driving|moving|going back and forth|"
                           r"splitting (?:my|our) time)[ \t]+(?:between|to|from)(?:[ \t]+[^\W\d_][\w\-]*){0,3}?"
                           r"(?:[ \t]+and)?|(?:transferring|transferred|sending|sent|wiring|wired)[ \t]+(?:the[ \t]+)?"
                           r"(?:money|funds|cash|payment)[ \t]+(?:over[ \t]+)?from)[ \t]+$")
# A month written after a day ('12 Jun', '3 May'), which the NER may take for a name.
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]+$")
# What describes a product's look or make, after which capitalised words are its finish, not a person ('Rose Gold
# colour', 'Midnight Blue finish', 'Grace Edition').
_PRODUCT_ATTRIBUTE_AFTER = re.compile(r"[ \t]+(?i:colou?r|colou?rway|finish|edition|shade|variant)\b")
# 'version' and 'model' follow a person too ('the Vide A. Persson version recorded for ...'): before them only a
# span closed by a colour is a product's finish ('Rose Gold version', 'Midnight Blue model').
_VERSION_AFTER = re.compile(r"[ \t]+(?i:version|model)\b")
_FINISH_COLOURS = frozenset("gold silver black white grey gray blue red green pink purple graphite titanium bronze "
                            "copper platinum".split())
# Journeys named by where they went ('the Jordan trip', 'our Lisbon holiday'): before them a place is no person.
_TRIP_AFTER = re.compile(r"[ \t]+(?i:trip|trips|holiday|holidays|vacation|flight|flights|tour|cruise|getaway)\b")
_MONTH_WORDS = frozenset("january february march april may june july august september october november december "
                         "jan feb mar apr jun jul aug sep sept oct nov dec".split())


def _place_after_from(text: str, r: RecognizerResult, places: Sequence[tuple[int, int]]) -> bool:
    """Whether a PERSON span is the place one writes, calls or is from ('writing from Buenos Aires'): right after
    such words, a span spaCy labels a place or that is a known place. After a bare 'from' ('a text from
    Florence') a place that is also a given name stays a person."""
    before = text[max(0, r.start - 60):r.start]
    if _BACK_FROM.search(before) and is_known_place(text[r.start:r.end]):
        return True
    strong, bare = _FROM_PLACE.search(before) or _TRAVEL_PLACE.search(before), _BARE_FROM.search(before)
    if not (strong or bare):
        return False
    value = text[r.start:r.end]
    if not (any(s < r.end and r.start < e for s, e in places) or is_known_place(value)):
        return False
    return bool(strong) or not any(is_given_name(w) for w in re.findall(r"[^\W\d_]+", value))


def _not_persons(text: str, results: list[RecognizerResult], places: Sequence[tuple[int, int]]
                 ) -> list[RecognizerResult]:
    """PERSON hits that are no person whatever recognised them: a span with a digit ('ACC-99812', '88213-C. My')
    unless it lies on a street hit (the merge makes it part of the address), a span wholly inside a street hit
    and not at its start ('... 34710 Kadıköy/İstanbul'), and the place one writes or calls from."""
    streets = [r for r in results if r.entity_type == "STREET_ADDRESS"]
    out: list[RecognizerResult] = []
    for r in results:
        if r.entity_type == "PERSON":
            if any(ch.isdigit() for ch in text[r.start:r.end]) and not any(
                    a.start < r.end and r.start < a.end for a in streets):
                continue
            if any(a.start < r.start and r.end <= a.end for a in streets):
                continue
            if _place_after_from(text, r, places):
                continue
            if text[r.start:r.end].strip(" .,").lower() in _MONTH_WORDS and _DAY_BEFORE.search(text[:r.start]):
                continue  # '12 Jun and 12 Jul': a date
            if _PRODUCT_ATTRIBUTE_AFTER.match(text, r.end) or _VERSION_AFTER.match(text, r.end) and \
                    text[r.start:r.end].split()[-1].lower() in _FINISH_COLOURS:
                continue
            if _TRIP_AFTER.match(text, r.end) and (any(s < r.end and r.start < e for s, e in places) or
                                                  is_known_place(text[r.start:r.end])):
                continue  # 'The Jordan trip cost more': a place the trip went to
        out.append(r)
    return out


def _to_original(results: list[RecognizerResult], norm: NormalisedText,
                 places: Sequence[tuple[int, int]] = ()) -> list[Detection]:
    dets: list[Detection] = []
    n = len(norm.text)
    _name_before_address(norm.text, results)
    _address_after_date(norm.text, results)
    _address_ends_at_sentence(norm.text, results)
    _phone_after_address(norm.text, results)
    _name_opening_address(norm.text, results)
    _address_after_answered_name(norm.text, results)
    _name_out_of_address(norm.text, results)
    join_unit_to_street(norm.text, results)
    join_house_number(norm.text, results)
    results = _not_persons(norm.text, results, places)
    persons = [r for r in results if r.entity_type == "PERSON"]
    results = [r for r in results if r.entity_type != "PERSON" or _person_in_context(norm.text, r, persons)]
    _join_name_particles(norm.text, results)
    for r in results:
        s, e = max(r.start, 0), min(r.end, n)
        if e <= s:
            continue
        name = (r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "")
        if name == "PhoneRecognizer" and (NOT_PII_LABEL.search(norm.text[max(0, s - 40):s].lower()) or
                                          REFERENCE_PREFIX.search(norm.text[max(0, s - 6):s])):
            continue  # presidio's phone matcher knows no order numbers, nor references ('CX-2024-118907')
        if brand_sender(norm.text, s, e):
            continue  # the firm's own freephone line its texts come from, whichever recognizer read it
        if r.entity_type == "STREET_ADDRESS":
            s, e = trim_address(norm.text, s, e)
        if r.entity_type == "PERSON":
            if title := _TITLE_LEAD.match(norm.text, s, e):
                s = title.end()  # 'mister juan pablo restrepo': the courtesy title is said to the person, no name
            if dash := re.search(r"[ \t]+[-\u2013\u2014][ \t]+", norm.text[s:e]):
                e = s + dash.start()  # 'Olga Petrenko - I spoke to ...': a dash between spaces sets off a remark
            value = norm.text[s:e].strip(" .,!?").lower()
            if value in _NOT_A_NAME or not any(ch.isalpha() for ch in value) or _MASK.fullmatch(value) or \
                    _CONTRACTION.fullmatch(value):
                continue
        os_, oe = norm.to_original(s, e)
        name = (r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, "") or (
            r.analysis_explanation.recognizer if r.analysis_explanation else "")
        dets.append(Detection(r.entity_type, os_, oe, round(float(r.score), 3), name))
    return merge_overlaps(dets)


def merge_overlaps(dets: list[Detection]) -> list[Detection]:
    """Union overlapping hits into one span typed by its strongest hit (redaction covers every piece)."""
    if not dets:
        return []
    dets = sorted(dets, key=lambda d: (d.start, -d.end, *_detection_order(d)))
    groups: list[list[Detection]] = [[dets[0]]]
    end = dets[0].end
    for d in dets[1:]:
        if d.start < end:
            groups[-1].append(d)
            end = max(end, d.end)
        else:
            groups.append([d])
            end = d.end
    merged: list[Detection] = []
    for g in groups:
        # an unexplained digit run is the fallback type: any hit that says what the number is names the span
        typed = [d for d in g if d.entity_type != "DIGIT_SEQUENCE"] or g
        # a tie goes to the earlier start (as before), then `_detection_order`, so a span is always named alike
        best = min(typed, key=lambda d: (-d.score, -_PRIORITY.get(d.entity_type, 0), -(d.end - d.start), d.start,
                                         *_detection_order(d)))
        merged.append(Detection(best.entity_type, min(d.start for d in g), max(d.end for d in g), best.score,
                                best.recognizer))
    return merged


def _detection_order(d: Detection) -> tuple:
    """Tie-break between hits at the same place: stronger, the preferred recognizer, then type, name and end."""
    return (-d.score, _recognizer_rank(d.recognizer), d.entity_type, d.recognizer, d.end)


# When scores tie, the more sensitive type names the span.
_PRIORITY = {"CREDIT_CARD": 9, "CARD_SECURITY_CODE": 8, "PIN": 8, "US_SSN": 7, "CARD_EXPIRY": 6,
             "US_BANK_NUMBER": 5, "ABA_ROUTING_NUMBER": 5, "IBAN_CODE": 5, "DATE_OF_BIRTH": 4, "EMAIL_ADDRESS": 3,
             "PHONE_NUMBER": 3, "STREET_ADDRESS": 2, "PERSON": 1}
