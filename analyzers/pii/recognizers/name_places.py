"""Names without a cue, found by the place a person takes in a sentence: credited ('Photo by ...'), before what
people say or do ('Ana Ruiz told ...'), after a role ('striker Ionuț Rusu'), and words of no English, alone or in
pairs, where only a person goes ('I saw Holinka at the gym', 'Ferko Takáts').

Kept apart from the cues because these rules judge the words themselves, not a phrase before them.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.name_evidence import spoken_name_span
from analyzers.pii.name_lexicon import NOT_ALONE
from analyzers.pii.recognizers.base import FairlineRecognizer
from analyzers.pii.recognizers.name_shapes import name_words_ok
from analyzers.pii.recognizers.name_vetoes import NOT_NAMES, PLACE_OR_BRAND_BEFORE, WORD_NAMES_NEVER
from analyzers.pii.recognizers.name_words import CAP_NAME_WORDS, NAME_WORDS, UPPER, family_or_foreign, known_name_word
from analyzers.pii.vocab import is_rare_word

# A name credited or quoted: 'Photo by Ferko Takáts', 'according to Toshimi Arata', 'Author: Ana Ruiz', 'cc: Li Wei'.
CREDIT = re.compile(
    r"\b(?:according to|interview(?:ed)? with|(?:photo(?:graph)?s?|pictures?|image|written|directed|produced|"
    r"translated|posted|submitted|edited|signed|authored|painted|composed|illustrated|narrated|hosted|presented|"
    r"created|designed|coached|founded|reported|compiled|reviewed|approved|arrested|replaced|hired|interviewed|"
    r"accompanied|joined|performed|sung|played|won|owned|sent|shared)\s+by|"
    r"(?:Author|Authors|Reviewer|Photographer|Reporter|Editor|Credits?|Moderator|Cc|Bcc|From|To|By|"
    r"Contact person|Assignee|Assigned to|Borrower|Debtor|Co-signer|Cosigner|Guarantor|Payee|Beneficiary|"
    r"Recipient|Sender|Signatory|Witness|Attn|Addressee|Applicant|Tenant|Landlord|Account owner|Submitted by|"
    r"Posted by|Reviewed by)\s*:)"
    rf"[ \t]*({NAME_WORDS})",
    re.I,
)
# A name before what people say or do: 'Ana Ruiz told reporters', 'so Timmie said'.
SPEAKER_VERB = re.compile(
    rf"(?<![\w'\-])({CAP_NAME_WORDS})(?=\s+(?:said|says|told|tells|wrote|writes|added|explained|argued|noted|replied|"
    r"tweeted|announced|admitted|insisted|claimed|confirmed|denied|agreed|thinks|believes|died|passed away|"
    r"was born|scored|called me|texted|emailed|promised|paid|owes)\b)"
)
# A lone capitalised word that is no English word, in a place only a person takes: 'I saw Holinka at the gym',
# 'Patient Monjeau was discharged', 'Aslak says hi', "Lennox's phone". Places and brands take 'to', 'from', 'in'.
_RARE_CAPITAL = re.compile(rf"(?<![\w'\-])({UPPER}[^\W\d_A-Z]{{3,}}(?:-{UPPER}[^\W\d_A-Z]+)?)(?![\w\-])")
_PERSON_BEFORE = frozenset("""
with by against saw see met meet ask asked tell told text texted call called email emailed invite invited thank thanks
congrats congratulate patient brother sister son daughter wife husband mother father mum mom dad friend colleague boss
uncle aunt cousin nephew niece grandson granddaughter partner fiancé fiancée pass replaced visited beat defeated
starring featuring feat introducing named dear hi hello hey and or love miss mr mrs ms dr mister miss sir captain
coach player doctor professor nurse officer agent tenant landlord neighbour neighbor arrested charged birthday
""".split())
PERSON_AFTER = re.compile(r"\s+(?:said|says|told|tells|will|was|is|has|had|won|scored|replaced|agreed|confirmed|paid|"
                          r"owes|wrote|asked|called|texted|emailed|thinks|knows|wants|lives|lived|works|worked|"
                          r"died|married|joined|left|arrived|gave|passed away|and her|and his|"
                          # more of what a person did ('my son <name> set up the account', '<name> passed')
                          r"passed|set|opened|took|signed|handled|handles|sorted|started|made|got|"
                          # a new clause with its own subject ('<name> she's overseas', 'miss <name> i've noted')
                          r"(?:she|he|they|i|we)(?:['\u2019](?:s|re|ve|m|ll|d))?)\b|'s\b|\u2019s\b")


_SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|tells|asked|called|texted|emailed|wrote|replied|agreed|confirmed|"
                           r"promised|paid|owes)\b|'s\s+(?:phone|number|account|card|email|address|wife|husband|"
                           r"son|daughter|mother|father|mum|mom|dad|brother|sister|friend)\b")
# A name right after the role or occupation it is given: 'Local man Tudor Toma', 'striker Ionuț Rusu',
# 'the singer Adela Marek', 'CEO Hanne Dahl'. Capitalised words only, so 'the manager said' is no name.
ROLE = re.compile(
    r"\b(?:man|woman|boy|girl|teen|teenager|actor|actress|singer|songwriter|rapper|musician|guitarist|drummer|"
    r"player|striker|midfielder|defender|goalkeeper|coach|manager|captain|author|writer|novelist|poet|director|"
    r"producer|artist|painter|journalist|reporter|presenter|host|officer|detective|inspector|sergeant|nurse|"
    r"doctor|surgeon|professor|prof\.?|judge|lawyer|attorney|senator|congressman|congresswoman|councillor|"
    r"mayor|minister|president|chairman|chairwoman|ceo|cfo|cto|founder|cofounder|co-founder|owner|landlord|"
    r"landlady|tenant|neighbou?r|colleague|boss|friend|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|"
    r"grandmother|grandfather|grandma|grandpa|fiancée?|girlfriend|boyfriend|spokesman|spokeswoman|spokesperson|"
    r"chef|pilot|driver|technician|engineer|architect|scientist|researcher|student|teacher|tutor|pastor|priest|"
    r"rabbi|imam|bishop|victim|suspect|witness|defendant|plaintiff|patient|client)"
    r",?\s+((?-i:[A-Z\u00c0-\u00de\u0100-\u024f])[^\W\d_][\w'\-]*(?:\s+(?-i:[A-Z\u00c0-\u00de\u0100-\u024f])"
    r"[^\W\d_][\w'\-]*){0,2})",
    re.I,
)
# A person as the subject of what only people do: 'Orsolya is from Lisbon', 'Orsolya lives on Via Mazzini 41'.
PERSON_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][^\W\d_]+)(?=\s+(?:lives|lived|is from|was born|"
                            r"grew up|got married|has moved|moved house)\b)")


class NamePlaceRules(FairlineRecognizer):
    """Name rules for words of no English in a person's place; mixed into NameCueRecognizer."""

    def _rare_capitals(self, text: str) -> list[RecognizerResult]:
        """Lone capitalised words that are no English word ('Holinka', 'Ström'), where a person is meant."""
        out: list[RecognizerResult] = []
        for m in re.finditer(rf"(?<![\w'\-])({UPPER}[^\W\d_A-Z]{{2,}}(?:-{UPPER}[^\W\d_A-Z]+)?)(?![\w\-])", text):
            word = m.group(1)
            prev = re.search(r"([^\W\d_]+)[ \t]*$", text[max(0, m.start() - 20):m.start()])
            if word.lower() in NOT_ALONE and word.lower() not in NOT_NAMES and word.lower() not in WORD_NAMES_NEVER:
                # 'Patient Frank was discharged', 'so Will said': a given name that is also a word, in a person's
                # place only (a speech verb after it, or a word before it that only people follow)
                before = prev is not None and prev.group(1).lower() in _PERSON_BEFORE - {"and", "or", "with", "by"}
                if (before or _SPEECH_AFTER.match(text, m.end())) and not re.match(r"[ \t]+[A-Z]", text[m.end():]):
                    out.append(self.hit("PERSON", m.start(1), m.end(1), 0.6, "given name in a person's place"))
                continue
            if len(word) < 4 or not (is_rare_word(word) or any(ord(ch) > 127 for ch in word)) or \
                    word.lower() in NOT_NAMES or word.lower() in STOP_WORDS or not name_words_ok([word], True):
                continue
            after = PERSON_AFTER.match(text, m.end())
            if re.match(r"[ \t]*(?:\d|[A-Z])", text[m.end():m.end() + 2]):
                continue  # 'Parmova 109', 'Holinka Street': more than one word, not this rule's
            if (prev and prev.group(1).lower() in _PERSON_BEFORE) or after:
                out.append(self.hit("PERSON", m.start(1), m.end(1), 0.6, "no English word, in a person's place"))
            elif (loose := re.search(r"([^\W\d_]+)[^\w\n]*$", text[max(0, m.start() - 20):m.start()])) and \
                    loose.group(1).lower() not in PLACE_OR_BRAND_BEFORE and not re.search(
                    r"(?:^|[.!?:;\n\"(])[ \t]*$", text[max(0, m.start() - 3):m.start()]) and \
                    family_or_foreign(word):
                # 'Ugh, Westgård again', 'The winner is Akinori': mid-sentence, not where places and brands go
                out.append(self.hit("PERSON", m.start(1), m.end(1), 0.55, "no English word, mid-sentence"))
        return out

    def _rare_pairs(self, text: str, cased: bool) -> list[RecognizerResult]:
        """Two words side by side that are both no English word, or a name and no English word ('Ferko Takáts',
        'bojka žilih', 'gábor csenger'): a name, unless a place word or a number goes with them."""
        out: list[RecognizerResult] = []
        word = rf"{UPPER}[^\W\d_A-Z]+" if cased else r"[^\W\d_]{3,}"
        # a lookahead for the second word, so every neighbouring pair is tried ('was bojka žilih')
        for m in re.finditer(rf"(?<![\w'\-@.])({word})(?=[ \t]+({word})(?![\w'\-@]))", text):
            a, b = m.group(1), m.group(2)
            if cased and not (a[0].isupper() and b[0].isupper()) or not cased and not (a.islower() and b.islower()):
                continue
            odd = [is_rare_word(w) or any(ord(ch) > 127 for ch in w) for w in (a, b)]
            named = [known_name_word(w) for w in (a, b)]
            if not all(o or n for o, n in zip(odd, named, strict=True)) or not any(odd) or not (
                    any(named) or all(odd)):
                continue
            if any(w.lower() in STOP_WORDS or w.lower() in NOT_NAMES or not name_words_ok([w], False) for w in (a, b)):
                continue
            prev = re.search(r"([^\W\d_]+)[^\w\n]*$", text[max(0, m.start() - 20):m.start()])
            if (prev and prev.group(1).lower() in PLACE_OR_BRAND_BEFORE - {"the", "a", "an"}) or \
                    re.match(r"[ \t,]*\d", text[m.start(2) + len(b):m.start(2) + len(b) + 4]):
                continue  # 'in Nowy Sącz', 'Hoge Wei 32': a place or a street
            if not cased and spoken_name_span(text, self._names_before(text, m.start(1)), m.start(2) + len(b)) is None:
                continue  # 'no habla bien español': two foreign words where no name is said
            out.append(self.hit("PERSON", m.start(1), m.start(2) + len(b), 0.6, "two words of no English: a name"))
        return out

    def _names_before(self, text: str, start: int) -> int:
        """The start of the known names right before `start` ('wilfredo' before 'quispe mamani')."""
        while (m := re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, start - 30):start])) and \
                m.group(1).lower() not in STOP_WORDS and known_name_word(m.group(1)):
            start -= len(m.group())
        return start

    def _rare_lowers(self, text: str) -> list[RecognizerResult]:
        """In text of one case: a word that is no English word or a known name ('sandgreen', 'kaczmarek') where a
        person is meant."""
        out: list[RecognizerResult] = []
        for m in re.finditer(r"(?<![\w'\-@.])([^\W\d_]{4,}(?:-[^\W\d_]+)?)(?![\w\-@])", text):
            word = m.group(1)
            # no English word, or a known name ('patient kaczmarek was discharged')
            if not (is_rare_word(word) or any(ord(ch) > 127 for ch in word) or known_name_word(word)) or \
                    word.lower() in NOT_NAMES or word.lower() in STOP_WORDS or not name_words_ok([word], False):
                continue
            prev = re.search(r"([^\W\d_]+)[ \t]*$", text[max(0, m.start() - 20):m.start()])
            if (prev and prev.group(1).lower() in _PERSON_BEFORE) or PERSON_AFTER.match(text, m.end()):
                if not re.match(r"[ \t]*\d", text[m.end():m.end() + 3]):
                    out.append(self.hit("PERSON", m.start(1), m.end(1), 0.6, "no English word, in a person's place"))
        return out
