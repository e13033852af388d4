"""Phrase matching by meaning-ish: normalised fuzzy matching tolerant to ASR errors, with negation and quotes.

A phrase matches an utterance when a stretch of the utterance is close to it (rapidfuzz partial ratio over
normalised text, so "attempt to collect a net" still matches "attempt to collect a debt"). Short phrases
must match exactly on word boundaries, because fuzzy scores on short strings confuse "sue you" with "see you".
A hit is *negated* when a negation cue governs it in the same clause ("nobody is going to arrest you") and
*quoted* when it sits inside quotation marks or is reported speech ("someone told you we'd sue").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

_TOKEN = re.compile(r"[a-z0-9_']+")
_REDACTION_TAG = re.compile(r"<[A-Z][A-Z0-9_]*>")

# Phrases shorter than this (normalised) must match exactly; fuzzy scores on short strings are unreliable.
EXACT_BELOW_CHARS = 12
DEFAULT_MIN_SCORE_SHORT = 90.0  # 12..19 characters
DEFAULT_MIN_SCORE = 85.0  # 20+ characters
SPLIT_WORD_MIN_RATIO = 88.0  # the same phrase with one word split or joined
# The last word of a fuzzy match may be an ASR mishearing ("collect a net" for "collect a debt") but must share half its
# letters with the phrase's: "has" for "gets", "used" for "told" are other words.
LAST_WORD_MIN_RATIO = 50.0
SHORT_WORD_MIN_RATIO = 75.0  # per word, for phrases under 20 characters ("dept" for "debt" passes, "plan"/"please" not)

# Apostrophes are removed before matching, so contractions appear without them ("won't" -> "wont").
NEGATION_CUES = frozenset(
    {
        "not",
        "no",
        "never",
        "nobody",
        "nobodys",
        "noone",
        "noones",
        "nothing",
        "nothings",
        "neither",
        "nor",
        "none",
        "without",
        "wont",
        "dont",
        "doesnt",
        "didnt",
        "cant",
        "cannot",
        "isnt",
        "arent",
        "wasnt",
        "werent",
        "wouldnt",
        "shouldnt",
        "couldnt",
        "aint",
        "havent",
        "hasnt",
        "hadnt",
        "mustnt",
        "neednt",
    }
)
# A negation cue only governs words up to a clause boundary: a conjunction or a new subject.
_CLAUSE_WORDS = frozenset(
    {
        "but",
        "and",
        "so",
        "because",
        "if",
        "unless",
        "otherwise",
        "or",
        "then",
        "although",
        "though",
        "however",
        "when",
        "whether",
        "until",
        "i",
        "im",
        "ive",
        "ill",
        "id",
        "we",
        "were",
        "well",
        "weve",
        "wed",
        "youre",
        "youll",
        "youve",
        "youd",
        "they",
        "theyre",
        "theyll",
        "he",
        "hes",
        "she",
        "shes",
        "it",
        "its",
        "ya",
    }
)
_NEGATION_LOOKBACK_TOKENS = 6
_SUBJECTS = frozenset({"i", "im", "ill", "we", "well", "were", "you", "youll", "youre", "they", "theyll", "he", "she"})
_AUXILIARIES = frozenset(
    {
        "will",
        "would",
        "can",
        "could",
        "should",
        "must",
        "may",
        "might",
        "shall",
        "are",
        "were",
        "have",
        "had",
        "need",
        "do",
        "did",
        "wont",
        "cant",
        "dont",
        "didnt",
        "go",
        "get",
        "got",
        "pay",
        "owe",
        "be",
    }
)
_CLAUSE_PUNCT = re.compile(r"[.!?;,:\n\u2014\u2013]")
_SENTENCE_PUNCT = re.compile(r"[.!?;\n]")
# "read" asked of the listener ("just read me the long number on your card") is the speaker's own request, not a
# report of what was read
_REPORTED = re.compile(r"\b(said|says|told|tells|claimed|claims|mentioned|saying|heard|threatened|wrote"
                       r"|read(?!\s+(?:me|us)\b)"
                       # someone else's words: "some collectors will tell you they're sending someone round"
                       r"|(?:they|he|she|someone|somebody|people|others|collectors|agencies|companies)\s+(?:\w+\s+){0,2}"
                       r"tell (?:you|people|customers|debtors|them|folk|folks|everyone)"
                       # what was habitually said once: "the collectors used to tell people they'd go to jail"
                       r"|used to (?:tell|say|threaten|warn))\b")
# "ive"/"im" too: typed or transcribed without the apostrophe ("ive told you three times now dont contact me")
_OWN_REPORT = re.compile(r"\b(i|i'm|im|i am|i've|ive|i have|we|we're|we've|weve|we have)\s+"
                         r"(?:not\s+|just\s+|already\s+)?"
                         r"(said|told|tells|am telling|saying|telling)\b"
                         # the agent reading a script out is their own statement: "I have to read you this first"
                         r"|\bread (?:you|out|this)\b|\blet me read\b|\b(?:have|need|got) to read\b"
                         # the speaker's own letter or email is their own request: "I've sent you a letter saying
                         # cease all contact"; "ive"/"weve" typed without the apostrophe
                         r"|\b(?:i|i've|ive|i have|we|we've|weve|we have)\s+(?:already\s+)?"
                         r"(?:sent|wrote|written|emailed)\b"
                         # a law or rule that obliges the speaker is their own notice, not someone else's words:
                         # "California law says I have to let you know our call is being recorded"
                         r"|\b(?:law|laws|regulations?|rules?|policy|legislation|statute)\s+(?:says|say|states|requires)"
                         r"\s+(?:that\s+)?(?:i|we)\s+(?:have|must|need|am|are|'m|'re|m|re|should)\b")
# A reporting verb whose object is a pronoun already said what was reported ("you said that last friday",
# "heard that before"): what follows in the sentence is the speaker's own ("... you muppet").
_REPORT_CLOSED = re.compile(
    r"\s+(?:that|it|this)\s+(?:all\s+)?(?:before|already|again|yesterday|last\s+\w+|(?:\w+\s+){0,2}times)\b"
)
# Words someone asked the speaker to pass on are the speaker's own message now, not a report: "my solicitor told me
# to tell you to stop contacting me", "he said to tell you", "she asked me to let you know".
_PASSED_ON = re.compile(r"\s+(?:(?:me|us)\s+)?to\s+(?:tell|say|let|ask|inform)\b")
# A reporting verb after "can" names an ability, not someone's words: "you can barely read, can you".
_ABILITY = re.compile(r"\b(?:can|cant|can't|cannot|could|couldnt|couldn't)\s+(?:\w+\s+)?$")


def reports_speech(sentence: str, verb: re.Match[str]) -> bool:
    """Whether a reporting verb found in a lower-cased sentence reports words that follow it."""
    return (
        not _REPORT_CLOSED.match(sentence, verb.end())
        # "read" opening its sentence is an order to the listener ("read the damn statement"), not a report of
        # what was read ("I read that you'd be sued")
        and not (verb.group(0) == "read" and not sentence[: verb.start()].strip())
        and not _ABILITY.search(sentence, 0, verb.start())
        and not _PASSED_ON.match(sentence, verb.end())
    )
# "Said" or "heard" with no subject of its own, right after an indefinite pronoun, is a passive participle naming
# what is said, not a report of someone's words: "everything said on this call is recorded", "anything heard here".
_PARTICIPLE_HEAD = re.compile(
    r"\b(?:everything|anything|nothing|whatever|all|what|what's|whatever's)\s+(?:(?:that|is|was|gets|got)\s+){0,2}$"
)
_QUOTES = '"\u201c\u201d'
# A sentence ends at a full stop, question or exclamation mark (or an ellipsis) followed by a space; a decimal point
# or a dotted abbreviation inside a word is no end ("£12.50", "e.g."), nor the stop after a title ("Mr. Patel").
_SENTENCE_END = re.compile(r"[.!?]+[\s\"')\]\u201d\u2019]")
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "jr", "sr", "vs", "etc", "approx"})


class MatchText:
    """An utterance prepared for matching: normalised text and (computed on first use) original offsets."""

    __slots__ = ("orig", "norm", "_lower", "_offsets", "_breaks")

    def __init__(self, orig: str, lower: str, norm: str) -> None:
        self.orig = orig
        self.norm = norm
        self._lower = lower
        self._offsets: tuple[int, ...] | None = None
        self._breaks: tuple[int, ...] | None = None

    @property
    def sentence_breaks(self) -> tuple[int, ...]:
        """Normalised offsets of the spaces where one sentence ends and the next begins ("... with you. People
        who ..."): a phrase must not be read across them (built lazily, and only texts with such marks pay)."""
        if self._breaks is None:
            breaks: list[int] = []
            if _SENTENCE_END.search(self.orig):
                offsets = self.offsets
                word_start = 0  # of the word before each space, kept as the loop goes (no re-split per space)
                for k in range(1, len(self.norm)):
                    if self.norm[k] != " ":
                        continue
                    gap = self._lower[offsets[k - 1] + 1 : offsets[k]]
                    if _SENTENCE_END.search(gap) and self.norm[word_start:k] not in _ABBREVIATIONS:
                        breaks.append(k)
                    word_start = k + 1
            self._breaks = tuple(breaks)
        return self._breaks

    def crosses_sentence(self, start: int, end: int) -> bool:
        """Whether the normalised span [start, end) runs over a sentence break."""
        return any(start < b < end for b in self.sentence_breaks)

    @property
    def offsets(self) -> tuple[int, ...]:
        """For each character of `norm`, its offset in the original text (built lazily: only hits need it)."""
        if self._offsets is None:
            offs: list[int] = []
            for m in _TOKEN.finditer(self._lower):
                ks = [m.start() + k for k, c in enumerate(m.group()) if c != "'"]
                if not ks:
                    continue
                full = TEXT_SPEAK.get(m.group().replace("'", ""))
                if full is not None:  # the word written out spans the short form's characters
                    ks = [ks[min(k, len(ks) - 1)] for k in range(len(full))]
                if offs:
                    offs.append(m.start())  # the joining space
                offs.extend(ks)
            self._offsets = tuple(offs)
        return self._offsets

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Original character span of a normalised span [start, end)."""
        offsets = self.offsets
        if not offsets:
            return 0, 0
        end = max(end, start + 1)
        return offsets[start], offsets[min(end, len(offsets)) - 1] + 1


@dataclass(frozen=True)
class Hit:
    """One place where a phrase matched."""

    utterance: int
    phrase: str
    score: float
    char_start: int  # in the (redacted) utterance text
    char_end: int
    negated: bool = False
    quoted: bool = False
    matcher: str = "fuzzy"  # "semantic": score is the cosine similarity x 100; "meaning": the probability x 100

    @property
    def affirmed(self) -> bool:
        """True when the statement is really made: not negated and not quoted."""
        return not (self.negated or self.quoted)

    def describe(self) -> str:
        """How it matched, for explanations: the rule's phrase, the matcher and its score."""
        if self.matcher == "semantic":
            return f"{self.phrase!r} by meaning, cosine {self.score / 100:.2f}"
        if self.matcher == "meaning":
            return f"{self.phrase}, probability {self.score / 100:.2f}"
        return f"{self.phrase!r}, fuzzy score {self.score:.0f}"


def prepare(text: str) -> MatchText:
    """Lower-case, keep word characters, drop apostrophes, single spaces; original offsets kept recoverable."""
    # Redaction tags ("<CARD_SECURITY_CODE>") are blanked, same length so offsets hold: their words must not
    # match phrases ("security code"); rules see entities through doc.entities instead.
    lower = _REDACTION_TAG.sub(lambda m: " " * len(m.group()), text).lower()
    lower = lower.replace("\u2019", "'").replace("\u2018", "'")
    tokens = [TEXT_SPEAK.get(t, t) for t in (m.replace("'", "") for m in _TOKEN.findall(lower)) if t]
    return MatchText(orig=text, lower=lower, norm=" ".join(tokens))


# Text-speak read as the words it stands for, so phrases written in full words match messages and chat typed short
# ("we'll be taking ur house", "pls stop txting me"): short phrases are matched word by word and "ur house" is too
# far from "your house" for the fuzzy score. Only forms with one reading; "ur" is "your" or "you're", and either
# is the second person the rules look for.
TEXT_SPEAK = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "pls": "please",
    "plz": "please",
    "txt": "text",
    "txts": "texts",
    "txting": "texting",
    "msg": "message",
    "msgs": "messages",
    "thx": "thanks",
    "2day": "today",
    "2moro": "tomorrow",
    "tmrw": "tomorrow",
    "b4": "before",
    "ppl": "people",
}


@lru_cache(maxsize=8192)
def normalise_phrase(phrase: str) -> str:
    """A phrase in the same normal form as prepared utterances."""
    return prepare(phrase).norm


# Pronouns and question words take no plural: their "s" is a dropped apostrophe, "is" or "has" ("thats" is
# "that's", so "stop calling me thats all" does not say "calling me that").
_S_IS_CONTRACTION = frozenset({"that", "it", "what", "there", "here", "he", "she", "who", "where", "how", "when",
                               "let", "this"})


def _takes_s(word: str) -> bool:
    """Whether an "s" after this word keeps the word (a plural or possessive), not a contracted verb."""
    return word not in _S_IS_CONTRACTION


@lru_cache(maxsize=8192)
def _exact_pattern(phrase_norm: str) -> re.Pattern[str]:
    # An "s" may follow: apostrophes are dropped, so "depression's" and "computer's" end in "s", as plurals do.
    s = "s?" if _takes_s(phrase_norm.rsplit(" ", 1)[-1]) else ""
    return re.compile(r"(?<![a-z0-9_])" + re.escape(phrase_norm) + s + r"(?![a-z0-9_])")


def default_min_score(phrase_norm: str) -> float:
    """The fuzzy threshold for a phrase of this length (100 = exact match required)."""
    n = len(phrase_norm)
    if n < EXACT_BELOW_CHARS:
        return 100.0
    return DEFAULT_MIN_SCORE_SHORT if n < 20 else DEFAULT_MIN_SCORE


def find_phrase(phrase_norm: str, mt: MatchText, min_score: float | None = None) -> tuple[float, int, int] | None:
    """Best match of a normalised phrase in a prepared text: (score, norm start, norm end), or None."""
    if not phrase_norm or not mt.norm:
        return None
    thr = default_min_score(phrase_norm) if min_score is None else min_score
    if thr >= 100.0 or len(phrase_norm) < EXACT_BELOW_CHARS:
        # a phrase is said within one sentence: "straight with you. People who ignore us" is not "you people"
        for m in _exact_pattern(phrase_norm).finditer(mt.norm):
            if not mt.crosses_sentence(m.start(), m.end()):
                return 100.0, m.start(), m.end()
        return None
    found = _fuzzy_in(phrase_norm, mt, thr, 0, len(mt.norm))
    if found is not None and mt.crosses_sentence(found[1], found[2]):
        # the best stretch runs over a sentence end: look for the phrase inside each sentence instead
        bounds = [0, *mt.sentence_breaks, len(mt.norm)]
        found = max((f for lo, hi in zip(bounds, bounds[1:], strict=False)
                     if (f := _fuzzy_in(phrase_norm, mt, thr, lo + (lo > 0), hi)) is not None),
                    key=lambda f: f[0], default=None)
    return found


def _fuzzy_in(phrase_norm: str, mt: MatchText, thr: float, lo: int, hi: int) -> tuple[float, int, int] | None:
    """Best fuzzy match of a phrase within the normalised stretch [lo, hi) of a prepared text."""
    if hi - lo < 0.8 * len(phrase_norm):
        return None
    al = fuzz.partial_ratio_alignment(phrase_norm, mt.norm[lo:hi], score_cutoff=thr)
    if al is None:
        return None
    ds, de = lo + al.dest_start, lo + al.dest_end
    if de - ds < 0.8 * len(phrase_norm):
        return None
    # An alignment as long as the phrase runs past the text's words when the text lost letters ("youll be arested "
    # for "you'll be arrested"): the space at either end is not part of the match, and snapping from it would take
    # in the next word ("youll be arested its"). Trimmed only where the words left are as many as the phrase's: a
    # space where the phrase has a word ("luck getting a job" for "try getting a job") is a word missing.
    ts, te = ds, de
    while te > ts and mt.norm[te - 1] == " ":
        te -= 1
    while ts < te and mt.norm[ts] == " ":
        ts += 1
    if (ts, te) != (ds, de) and len(mt.norm[ts:te].split()) == len(phrase_norm.split()):
        ds, de = ts, te
    # snap to whole words so evidence spans and negation checks see full tokens
    while ds > lo and mt.norm[ds - 1] != " ":
        ds -= 1
    while de < hi and mt.norm[de] != " ":
        de += 1
    if len(phrase_norm) < 20 and not _word_by_word(phrase_norm, mt.norm[ds:de]):
        return None
    before = mt.norm[:ds].split()[-_NEGATION_LOOKBACK_TOKENS:]
    if _drops_negation(phrase_norm.split(), mt.norm[ds:de].split(), before):
        return None
    if al.score < 100.0 and _swaps_person(phrase_norm.split(), mt.norm[ds:de].split()):
        return None
    if al.score < 100.0 and _loses_connective(phrase_norm.split(), mt.norm[ds:de].split()):
        return None
    if al.score < 100.0 and not _keeps_last_word(phrase_norm.split(), mt.norm[ds:de].split()) \
            and _breaks_off(mt, ds, de):
        return None
    return float(al.score), ds, de


_FUNCTION_WORDS = frozenset({"it", "them", "him", "her", "this", "that", "they", "he", "she", "to", "a", "an", "the",
                             "of", "on", "in", "at", "for", "with", "up", "out", "off", "again", "now"})


def _breaks_off(mt: MatchText, ds: int, de: int) -> bool:
    """The matched words are cut by a comma or a clause mark ("like your employer, will be used"), or a negation
    follows them at once ("your immigration status has nothing to do with this"): a fuzzy match that also swaps the
    phrase's last word there reads words that do not say the phrase. Elsewhere a swapped last word is a paraphrase
    ("stop calling my mobile" for "stop calling my phone", "if you could just settle" for "... just pay")."""
    cs, ce = mt.orig_span(ds, de)
    if _CLAUSE_PUNCT.search(mt.orig, cs, ce):
        return True
    return bool(set(mt.norm[de:].split()[:1]) & NEGATION_CUES)


def _keeps_last_word(want: list[str], got: list[str]) -> bool:
    """A fuzzy match keeps the phrase's last word, or a close spelling of it ("arest" for "arrest", "stopcalling"
    for "calling"): the last word says what happens. Checked only where the match also breaks off (_breaks_off).
    Short phrases are already matched word by word."""
    if not want:
        return True
    last = want[-1]
    if last in _FIRST_PERSON | _SECOND_PERSON | _FUNCTION_WORDS:
        return True  # a pronoun or a small word names no act: "hear from you" found as "hear from Acme"
    return any(_same_word(last, g) or g.endswith(last) or fuzz.ratio(last, g) >= LAST_WORD_MIN_RATIO for g in got)


def _drops_negation(want: list[str], got: list[str], before: list[str]) -> bool:
    """A phrase that carries a negation ("no pay at the moment") found where no negation is: the match lost the
    word the phrase means by ("mentally at the moment"). "any" stands in for "no" only after a negation said before
    it ("don't want any further contact"); without one it is the opposite ("see if there's anything I can do" is
    not "there's nothing I can do")."""
    if not NEGATION_CUES & set(want) or NEGATION_CUES & set(got):
        return False
    return not (_NO_WORDS & set(want) and _ANY_WORDS & set(got) and NEGATION_CUES & set(before))


# Apostrophes are removed, so "we're" is "were" and "I'll" is "ill": both count as first person here.
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "im", "ive",
                           "ill", "id", "were", "weve", "wed"})
_SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "youre", "youve", "youll", "youd", "u", "ur", "ya",
                            "yall"})


# How an answer begins when it says yes, on normalised text (apostrophes dropped). Each caller adds the yeses of its
# own question: "we do" to "do you record calls?", "this is she" to "is that Helen Ford?".
YES_STARTS = ("yes", "yeah", "yep", "yup", "correct", "it is", "thats right", "indeed", "sure is")


def starts_with_yes(text: str, also: tuple[str, ...] = ()) -> bool:
    """Whether an answer opens with yes, or with one of the caller's own ways of saying it."""
    return (prepare(text).norm + " ").startswith(tuple(y + " " for y in (*YES_STARTS, *also)))


def _swaps_person(want: list[str], got: list[str]) -> bool:
    """A fuzzy match that puts the listener's side where the phrase has the speaker's, or back: "recorded on our
    side" found as "record on your side" (the customer recording); "stop calling my phone" is not "stop calling
    your phone". One changed letter in a long phrase scores high, but "our" and "your" say who does it. Only a
    word swapped for a word of the other person counts ("hear from you" found as "I ... hear from Acme" keeps
    its meaning), and a span that keeps a word of the phrase's person is no swap ("tell you we're a debt
    collector" for "we are a debt collector")."""
    got_words = set(got)
    for op in Levenshtein.editops(want, got):
        if op.tag != "replace":
            continue
        w, g = want[op.src_pos], got[op.dest_pos]
        for mine, other in ((_FIRST_PERSON, _SECOND_PERSON), (_SECOND_PERSON, _FIRST_PERSON)):
            if w in mine and g in other and not mine & got_words:
                return True
    return False


# Connectives a phrase may open with and mean by: "cause you can't manage" blames the customer, while a fuzzy
# match of it on "sure you can't manage" is a question ("are you sure you can't manage something this week?").
_CONNECTIVES = frozenset({"because", "cause", "cos", "coz", "cuz", "bc"})


def _loses_connective(want: list[str], got: list[str]) -> bool:
    """A phrase opening with a connective found where another word stands in its place."""
    return bool(want) and bool(got) and want[0] in _CONNECTIVES and got[0] not in _CONNECTIVES \
        and not _same_word(want[0], got[0])


def _word_by_word(phrase_norm: str, found: str) -> bool:
    """A short phrase matches only word for word, each word close ("payment plan" is not "payment please"):
    on a few words a character-level score forgives a whole wrong word."""
    want, got = phrase_norm.split(), found.split()
    if abs(len(want) - len(got)) == 1:  # ASR split or joined a word: "have you a rested"
        return fuzz.ratio("".join(want), "".join(got)) >= SPLIT_WORD_MIN_RATIO
    if len(want) != len(got):
        return False
    return all(_same_word(w, g) for w, g in zip(want, got, strict=True))


# Informal spellings of a phrase's word that TEXT_SPEAK leaves as typed ("ya" is also "yeah"): the same word,
# however far the ratio ("see yr house", "we'll see ya in court").
_SPELT_AS = {"your": ("yr",), "you": ("ya",)}

# Endings that keep a word's meaning ("arrest" -> "arrested"); any other letters after a whole word make another
# word ("car" -> "card", "sue" -> "suez"), however close the two score.
_INFLECTIONS = ("s", "es", "ed", "ing", "er", "ers", "ment", "ments")


def _same_word(want: str, got: str) -> bool:
    """One word of a short phrase against the word found: equal, an inflection, or an ASR-close spelling."""
    if want == got or got in _SPELT_AS.get(want, ()):
        return True
    if want.endswith("e") and len(want) > 2 and got == want[:-1] + "ing":
        return True  # the "e" dropped before "-ing": "take your house" said as "taking your house"
    if got.startswith(want):
        rest = got[len(want):]
        if rest == "s" and not _takes_s(want):
            return False
        return rest in _INFLECTIONS or (want.endswith("e") and rest in ("d", "r", "rs"))  # "seize" -> "seized"
    if len(want) <= 3 and len(got) <= 3:
        return False  # one letter is a third of a short word: "of" is not "off", "it" not "in"
    return fuzz.ratio(want, got) >= SHORT_WORD_MIN_RATIO


def is_negated(mt: MatchText, norm_start: int, norm_end: int, phrase_norm: str) -> bool:
    """A negation cue governs the span: just before it in the same clause, or inside it but not in the phrase."""
    inside = set(mt.norm[norm_start:norm_end].split()) - set(phrase_norm.split())
    if inside & NEGATION_CUES:
        return True
    words = phrase_norm.split()
    # the phrase brings its own subject ("you'll be arrested", "can you even read") only where the text says that
    # subject: a fuzzy match of "i'll ring you" on "nobody will ring you" takes the text's subject, "nobody"
    said_first = mt.norm[norm_start:norm_end].split()[:1]
    if words and said_first == words[:1] and (
        words[0] in _SUBJECTS or (words[0] in _QUESTION_MODALS and words[1:2] == ["you"])
    ):
        return False
    found = set(mt.norm[norm_start:norm_end].split())
    if _NO_WORDS & set(words) and _ANY_WORDS & found and not NEGATION_CUES & found:
        # "not ... any" is "no" said in two words: "I don't want any further contact" is the phrase "want no
        # further contact", not its denial.
        return False
    o_start, _ = mt.orig_span(norm_start, norm_end)
    prefix = mt.orig[:o_start]
    cut = max((m.end() for m in _CLAUSE_PUNCT.finditer(prefix)), default=0)
    tokens = prepare(prefix[cut:]).norm.split()
    window = tokens[-_NEGATION_LOOKBACK_TOKENS:]
    for i in range(len(window) - 1, -1, -1):
        tok = window[i]
        if tok in NEGATION_CUES:
            if (tok in _CONCORD_CUES and words[:1] and words[0] in _NO_WORDS and said_first == words[:1]
                    and len(window) - i - 1 <= _CONCORD_GAP and not _SAYING & set(window[i + 1:])):
                # negative concord: "I don't want no more calls", "ain't got no money" say the phrase's own "no"
                # twice, they do not deny it (a saying verb between still denies: "I'm not saying no more calls")
                continue
            nxt = window[i + 1] if i + 1 < len(window) else words[0] if words else ""
            after = window[i + 2] if i + 2 < len(window) else words[0] if i + 2 == len(window) and words else ""
            if tok == "not" and (nxt in _PAYING or (nxt == "to" and after in _PAYING)):
                continue  # "not paying is a criminal offence": the negated act is the subject, not the claim
            at = len(tokens) - len(window) + i  # the cue's place in the clause: its question may open before the window
            if tok == "not" and nxt == "just" and tokens[max(0, at - 1) : at] == ["you"] \
                    and at >= 2 and tokens[at - 2] in _QUESTION_MODALS:
                continue  # "can you not just pay something now?": a suggestion put as a question, no denial
            if tok == "not" and tokens[max(0, at - 1) : at] == ["why"]:
                continue  # "why not pay a bit now?": a suggestion
            if tok in ("cant", "cannot") and tokens[max(0, at - 2) : at] == ["sure", "you"]:
                continue  # "are you sure you can't manage something this week?": doubt that presses, no denial
            if tok == "dont" and nxt == "be":
                continue  # "don't be such a sook": a prohibitive names what the customer is, it denies nothing
            if tok == "no" and nxt in SET_REPLY_NOUNS:
                continue  # "no bother at all, sorry you're unwell": the "no" of a set reply ends with its noun
            if tok == "no" and _LET_YOU_KNOW & {tuple(tokens[max(0, len(tokens) - len(window) + i - 2):
                                                       len(tokens) - len(window) + i])}:
                continue  # "just to let you no this call is recorded": ASR's "no" for "know", not a negation
            if tok == "no" and len(tokens) - len(window) + i == 0 and i + 1 == len(window) and words[:1] == [nxt] \
                    and nxt in _IMPERATIVES:
                # "no shut up and listen": a "no" that opens the clause right before an order is a refusal
                # ("no," unpunctuated), and the order after it stands; "no police will come" still denies its noun
                continue
            # the condition may open before the look-back window: "if the money isn't in by five o'clock the
            # police will..." has six words between its negation and the threat
            before = tokens[: len(tokens) - len(window) + i]
            if len(before) >= 2 and before[-2] in _CONDITIONAL and before[-1] in _SUBJECTS | {"you"}:
                return False  # "if we don't hear back a sheriff will...": the negation is the condition's own
            if _in_condition(before):
                return False  # "if it's not in by Friday the sheriff's office will...", "if the balance isn't..."
            return not _double_negation(window[:i])

        if tok == "you":
            # "you" starts a clause only as a subject ("if you don't pay, you will..."), not as an object
            # ("I'm not calling you stupid"): a subject is followed by a verb or an auxiliary, or follows the
            # modal of a question ("it's not hard, can you even read").
            nxt = window[i + 1] if i + 1 < len(window) else words[0] if words else ""
            if nxt in _AUXILIARIES or (i > 0 and window[i - 1] in _QUESTION_MODALS):
                return False
            continue
        if tok == "or" and _negated_list(tokens[: len(tokens) - len(window) + i], window[i + 1 :] + words[:1]):
            # "I'm not ill or out of work or anything", "this line is not monitored or recorded", "nobody thinks
            # you're lazy or a scrounger": the negation before the first item denies each item of the list
            return True
        if tok in _CLAUSE_WORDS:
            # "There's no way we would ever take you to court": the frame before the new subject negates it.
            return _negating_frame(window[:i])
    return False


# The speaker's own state denied ("I'm not", "I am not", "I haven't been"): a list joined by "or" after it is
# denied item by item. Only the first person: "you don't pay or the bailiffs come" joins a threat to a condition.
_OWN_DENIALS = (("im", "not"), ("i", "am", "not"), ("ive", "not", "been"), ("i", "havent", "been"),
                ("i", "wasnt"), ("im", "never"), ("ive", "never", "been"))
_LIST_ITEM_MAX_WORDS = 4
_LIST_BREAKS = frozenset({"but", "and", "so", "because", "if", "unless", "then", "although", "though", "when"})


# A state denied with the thing as subject ("this line is not monitored or recorded", "calls aren't recorded or
# stored"): the copula's "not" denies each participle or adjective of the list after it.
_STATE_DENIALS = (("is", "not"), ("isnt",), ("are", "not"), ("arent",), ("was", "not"), ("wasnt",), ("were", "not"),
                  ("werent",), ("its", "not"), ("thats", "not"), ("never", "been"), ("not", "being"))
# The word after "or" that opens a new clause, not a second item: "you don't pay or we'll take you to court".
# A future act denied ("we are not going to garnish your wages or contact your employer", "we won't sue or ...")
# and a thing's existence denied ("there are no bailiffs or enforcement agents involved"): the denial reaches each
# verb phrase or noun of the list. Not "don't": "if you don't ring or contact us, the bailiffs..." is a condition.
_ACT_DENIALS = (("not", "going", "to"), ("not", "gonna"), ("wont",), ("will", "not"), ("will", "never"),
                ("would", "never"), ("wouldnt",), ("are", "no"), ("is", "no"), ("theres", "no"), ("be", "no"))
_ANY_DENIALS = _OWN_DENIALS + _STATE_DENIALS + _ACT_DENIALS  # joined once, not at every "or" the scan meets
_CLAUSE_OPENERS = _SUBJECTS | {"else", "the", "your", "then", "this", "that", "there", "theres", "it", "its"}


def _negated_list(before: list[str], after: list[str] = ()) -> bool:
    """Whether the words before an "or" are a denial and a short item, with no clause between: the speaker's own
    state denied ("I'm not ill or..."), a thing's state denied ("this line is not monitored or recorded"), or a
    denied belief or saying about the customer ("nobody here thinks you're lazy or a scrounger"). An "or" that
    opens a new clause ("...or we'll sue", "...or the bailiffs come") joins no list."""
    own_only = bool(after) and after[0] in _CLAUSE_OPENERS
    denials = _OWN_DENIALS if own_only else _ANY_DENIALS
    for k in range(len(before) - 1, max(-1, len(before) - 2 - _LIST_ITEM_MAX_WORDS), -1):
        for d in denials:
            if tuple(before[k - len(d) + 1 : k + 1]) == d and k - len(d) + 1 >= 0:
                # a denial inside a condition is the condition's own ("if you won't pay or contact us, ..."):
                # the three words before it are looked at ("if we're not going to", "unless you won't")
                return d not in _ACT_DENIALS or not _CONDITIONAL & set(before[max(0, k - len(d) - 2) : k - len(d) + 1])
        if not own_only and before[k] in _SUBJECTS and _negating_frame(before[:k]):
            return True  # "nobody here thinks you're lazy or a scrounger": the denied belief's clause is the list's
        if before[k] in _LIST_BREAKS:  # not the pronouns: "ill" is also an item ("not ill or out of work")
            return False
    return False


_QUESTION_MODALS = frozenset({"can", "could", "will", "would"})
_NO_WORDS = frozenset({"no", "none", "nothing", "nobody", "noone"})
_ANY_WORDS = frozenset({"any", "anything", "anybody", "anyone", "anymore"})
_PAYING = frozenset({"paying", "pay"})  # "not paying", "not pay", "not to pay"
# Nouns of the set replies "no bother", "no problem", "no worries": the "no" denies only its own noun.
SET_REPLY_NOUNS = frozenset({"bother", "problem", "problems", "worries", "worry", "trouble", "fuss", "bovver"})
_CONDITIONAL = frozenset({"if", "unless"})
# "Let you know" as ASR or a typist writes it with "no" ("just to let you no this call is recorded"): no negation.
_LET_YOU_KNOW = frozenset({("let", "you"), ("let", "u"), ("let", "ya"), ("letting", "you")})
# Verbs an order opens with, after a refusing "no" ("no shut up", "no listen to me", "no stop calling me").
_IMPERATIVES = frozenset({"shut", "listen", "stop", "quit", "piss", "sod", "grow", "get", "hang", "pay"})
_THINKING = frozenset({"think", "believe", "imagine", "assume", "suppose"})
# Negative concord: a verb's negation before a phrase that opens with its own "no" ("don't want no more calls").
_CONCORD_CUES = frozenset({"dont", "doesnt", "didnt", "aint", "cant", "wont", "never", "not", "havent", "hasnt"})
_CONCORD_GAP = 2  # words between the cue and the phrase: "don't want", "ain't got", "don't need"


_CONDITION_SUBJECT_WORDS = 4  # "if the card payment isn't": a short subject between the "if" and its negation
_MAIN_CLAUSE = frozenset({"will", "ill", "well", "youll", "theyll", "then", "going", "gonna", "would", "can"})


def _in_condition(before: list[str]) -> bool:
    """Whether the words before a negation open a condition ("if", "unless") whose subject the negation follows,
    with no main-clause verb between: the negation belongs to the condition, not to what is threatened."""
    for k in range(len(before) - 1, max(-1, len(before) - 1 - _CONDITION_SUBJECT_WORDS), -1):
        if before[k] in _MAIN_CLAUSE:
            return False
        if before[k] in _CONDITIONAL:
            return k < len(before) - 1  # a subject between: "if it's not", not "unless not"
    return False


def _double_negation(before: list[str]) -> bool:
    """ "Don't think we won't press charges": a negated belief in a negation affirms it."""
    if before and before[-1] in _SUBJECTS:
        before = before[:-1]
    return len(before) >= 2 and before[-1] in _THINKING and before[-2] in NEGATION_CUES


# Frames that negate the clause after them ("no way (that) we'd...", "not a chance we'll...").
_NEGATING_FRAMES = (("no", "way"), ("no", "chance"), ("not", "a", "chance"), ("no", "danger"), ("no", "question"))
# Negative pronouns that head a relative clause and negate its verb ("nothing (that) we say is recorded").
_NEGATIVE_HEADS = frozenset({"nothing", "none"})


# Saying verbs a negation governs across the new subject after them: "I'm not going to tell you you'll lose your
# house", "nobody is saying we'll sue".
_SAYING = frozenset({"tell", "telling", "say", "saying", "suggest", "suggesting", "claim", "claiming", "threaten",
                     "threatening", "pretend", "pretending",
                     # a belief denied governs its clause as a saying does: "no one here thinks you're a deadbeat"
                     "think", "thinks", "believe", "believes", "reckon", "reckons"})


def _negating_frame(before: list[str]) -> bool:
    if before and before[-1] == "that":
        before = before[:-1]
    if any(tuple(before[-len(f):]) == f for f in _NEGATING_FRAMES):
        return True
    if before and before[-1] in _NEGATIVE_HEADS:
        return True  # the clause is a relative one on a negative head: "nothing we say here is recorded"
    if before and before[-1] in ("you", "anyone", "anybody"):
        before = before[:-1]
    return bool(before) and before[-1] in _SAYING and bool(NEGATION_CUES & set(before[-5:-1]))


_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[]))['\u2018](?=\w)")
# A leading apostrophe that elides the start of a word opens no quote: "yeah, 'cause you're a deadbeat", "tell 'em",
# "'til friday", "'bout time", "rock 'n' roll", "back in '09", "the '90s". What follows is the speaker's own words.
_ELISION = re.compile(r"(?:cause|cos|coz|cuz|em|til|till|bout|n|round|fore|tis|twas|neath|nuff|scuse|cept|kay"
                      r"|ello|ere|ave|alf|ow|appen|nother|specially|cross|gainst|mongst)\b"
                      r"|\d\d(?:s|ish)?\b", re.IGNORECASE)
_SINGLE_CLOSE = re.compile(r"(?<=\w)['\u2019](?=[\s.,!?;:)\]]|$)")


def is_quoted(mt: MatchText, norm_start: int, norm_end: int) -> bool:
    """The span is inside quotation marks, or reported speech of someone else in the same sentence."""
    o_start, _ = mt.orig_span(norm_start, norm_end)
    prefix = mt.orig[:o_start]
    straight = prefix.count('"')
    if straight % 2 == 1 or prefix.count("\u201c") > prefix.count("\u201d"):
        return True
    # Single quotes: an opening one (after a space, before a letter) not closed since ("called you 'useless'");
    # apostrophes ("don't", "James'") sit between or after letters and open nothing.
    opened = [
        m.end()
        for m in _SINGLE_OPEN.finditer(mt.orig)
        if m.start() < o_start and not _ELISION.match(mt.orig, m.end())
    ]
    if opened and not any(m.start() < o_start for m in _SINGLE_CLOSE.finditer(mt.orig, opened[-1])):
        return True
    # The reporting verb must govern the span: same clause ("someone told you we'd sue"), not an earlier one
    # ("that's what you said last time, if it's not in by Thursday we'll have the bailiffs round").
    cut = max((m.end() for m in _CLAUSE_PUNCT.finditer(prefix)), default=0)
    sentence = prefix[cut:].lower().replace("\u2019", "'")
    governing = [
        m
        for m in _REPORTED.finditer(sentence)
        if reports_speech(sentence, m) and not _PARTICIPLE_HEAD.search(sentence, 0, m.start())
    ]
    return bool(governing) and not _OWN_REPORT.search(sentence)


def match_utterance(phrase_norm: str, mt: MatchText, utterance: int, min_score: float | None = None) -> Hit | None:
    """The phrase's hit in one utterance with its negation and quotation status, or None."""
    found = find_phrase(phrase_norm, mt, min_score)
    if found is None:
        return None
    score, ns, ne = found
    cs, ce = mt.orig_span(ns, ne)
    return Hit(
        utterance=utterance,
        phrase=phrase_norm,
        score=score,
        char_start=cs,
        char_end=ce,
        negated=is_negated(mt, ns, ne, phrase_norm),
        quoted=is_quoted(mt, ns, ne),
    )
