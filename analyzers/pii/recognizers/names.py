"""Person names from the cues people use on calls ("my name is...", "this is...", "Mr ..."), beside spaCy's NER.

NameCueRecognizer is assembled from one module per cue family, each owning its patterns and word lists:
name_cues (introductions: 'my name is', 'this is', titles, relatives), name_greetings (greetings, thanks and
sign-offs), name_places (names without a cue, by the place a person takes in a sentence), name_answers (answers
to a name question, spelt-out names, the person asked for), name_and_address (a name said before an address),
with the shared name shapes in name_words and the words that are no name in name_vetoes. This module keeps the
recogniser and its main loop over the cues.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.allow import is_cased
from analyzers.pii.name_lexicon import SIGN_OFFS, is_family_name, is_given_name
from analyzers.pii.number_words import is_number_word
from analyzers.pii.recognizers.name_and_address import NameAndAddressRules
from analyzers.pii.recognizers.name_answers import NAME_ANSWER, NAME_ANSWER_LEAD, NAME_ANSWER_MORE, NameAnswerRules
from analyzers.pii.recognizers.name_cues import (
    ACCOUNT_NAME_CUE,
    AGENT_INTRO,
    ASR_CUES,
    CUES,
    HEDGES,
    KIN_IS,
    NAMING_CUES,
    SPEECH_CUES,
    SPOKEN_CUES,
    STRONG_IN_LOWERCASE,
    TURN_END,
    WORD_THEN_WORD,
    cue_is_naming,
)
from analyzers.pii.recognizers.name_greetings import GREETING, THANKED, VOCATIVE, NameGreetingRules
from analyzers.pii.recognizers.name_places import (
    CREDIT,
    PERSON_AFTER,
    PERSON_SUBJECT,
    ROLE,
    SPEAKER_VERB,
    NamePlaceRules,
)
from analyzers.pii.recognizers.name_shapes import family_shaped, name_words_ok
from analyzers.pii.recognizers.name_vetoes import (
    NAME_STATES,
    NOT_INSIDE_NAMES,
    NOT_NAMES,
    NOT_VOCATIVE,
    REPORT_VERBS,
    THING_SUBJECT,
    name_like_word,
)
from analyzers.pii.recognizers.name_words import known_name_word, plausible_lower
from analyzers.pii.vocab import is_rare_word


class NameCueRecognizer(NameGreetingRules, NamePlaceRules, NameAnswerRules, NameAndAddressRules):
    """Names introduced by a cue; for weak cues ('this is') the name must look like a name."""

    ENTITIES = ["PERSON"]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        cased = is_cased(self.own_turn(text))
        for rx in (PERSON_SUBJECT, GREETING):
            for m in rx.finditer(text):
                words = m.group(1).split()
                # 'happy birthday meza' in text of one case: a lower-case word must be a name or no English word
                # 'Thanks, Regards': a sign-off after a greeting word is none's name
                if (words[0][0].isupper() or not cased and plausible_lower(words[0])) and not any(
                        w.lower() in NOT_VOCATIVE | NOT_NAMES or w.lower() in STOP_WORDS for w in words) and \
                        m.group(1).lower() not in SIGN_OFFS:
                    out.append(self.hit("PERSON", m.start(1), m.end(1), 0.7, "name greeted or as a person's subject"))
        if cased:
            for m in ROLE.finditer(text):
                kept = []
                for w in re.finditer(r"\S+", m.group(1)):
                    if w.group().lower() in NOT_NAMES or not name_words_ok([w.group()], True):
                        break
                    kept.append(w)
                # 'driver License', 'client Services' are no names: one word of it must be a known name
                if kept and any(is_given_name(w.group()) or is_family_name(w.group()) for w in kept):
                    out.append(self.hit("PERSON", m.start(1), m.start(1) + kept[-1].end(), 0.7, "name after a role"))
        out += self._rare_capitals(text) if cased else self._rare_lowers(text)
        out += self._rare_pairs(text, cased)
        for m in CREDIT.finditer(text):
            kept = self._name_words(m.group(1), cased)
            # in text of one case any words follow a label: one of them must be a name or no English word
            if kept and ((len(kept) > 1 and cased and kept[0].group()[0].isupper()) or
                         any(known_name_word(w.group()) or is_rare_word(w.group()) for w in kept)):
                out.append(self.hit("PERSON", m.start(1), m.start(1) + kept[-1].end(), 0.75, "name credited"))
        for m in SPEAKER_VERB.finditer(text):
            kept = self._name_words(m.group(1), True)
            if not kept or m.start(1) + kept[-1].end() != m.end(1):
                continue  # the name must run up to the verb
            # one word alone must be a name or no English word ('If the Oracle says yes' is no person)
            after_article = re.search(r"\b(?:the|a|an|this|that|our|your|my|their|its)\s+$",
                                      text[max(0, m.start(1) - 8):m.start(1)], re.I)
            if not after_article and (len(kept) > 1 or known_name_word(kept[0].group()) or
                                      is_rare_word(kept[0].group())):
                out.append(self.hit("PERSON", m.start(1), m.end(1), 0.7, "name before what a person says or does"))
        for m in [*VOCATIVE.finditer(text), *(THANKED.finditer(text) if cased else ())]:
            word = m.group(1).lower()
            # a word thanked must be a name or no English word ('Thank you so much, Amazing.' thanks nobody)
            thanked_word = m.re is THANKED and not (known_name_word(m.group(1)) or is_rare_word(m.group(1)))
            if word not in NOT_VOCATIVE and word not in NOT_NAMES and word not in STOP_WORDS and not thanked_word:
                out.append(self.hit("PERSON", m.start(1), m.end(1), 0.7, "name addressed at the start"
                                    if m.re is VOCATIVE else "name thanked"))
        for rx in CUES if cased else CUES + ASR_CUES:
            for m in rx.finditer(text):
                start = m.start(1)
                if "\n" in text[m.start():start]:
                    continue  # '... nobody replied' / 'Apologies for the delay': a cue names nobody in the next line
                # stop at the first word that is not a name ("this is John from Acme" -> "John")
                kept: list[re.Match[str]] = []
                for w in re.finditer(r"\S+", m.group(1)):
                    if not kept and w.group().lower() in HEDGES and cue_is_naming(m.group(0)[: start - m.start()]):
                        continue  # 'my name is just Suharti': the hedge is not the name
                    lower_name = kept and not kept[0].group()[0].isupper() and plausible_lower(w.group())
                    if w.group().lower() in NOT_NAMES or (kept and cased and not w.group()[0].isupper()
                                                          and not lower_name):
                        break  # 'my wife Sarah handles the bills': a surname is capitalised where the text is
                    if kept and not cased and PERSON_AFTER.match(text, start + w.start() - 1):
                        break  # 'my brother <name> asked me to ...': what the person did is no part of the name
                    kept.append(w)
                while not cased and len(kept) > 1 and len(kept[-1].group().rstrip(".")) == 1:
                    kept.pop()  # an initial has a name after it; one letter closing the words is a joining word
                    # of another language ('meu nome é rafaela borges e queria ...')
                if kept and not cased and cue_is_naming(m.group(0)[: start - m.start()]):
                    kept = self._given_word_inside(text, start, kept)
                if not kept or not kept[0].group()[0].isupper() and kept[0].group().lower() in REPORT_VERBS:
                    continue  # 'the chap i spoke to said ...': a verb after the cue, its object came before it
                cue = m.group(0)[: start - m.start()].strip(" \t\n:").lower()
                # 'am i speaking to ...' asks who answers: as strong as 'is this ...'
                weak = any(cue.endswith(c) for c in SPOKEN_CUES) and not cue.endswith("am i speaking to")
                # 'thanks to kónya': after a weak cue a lower-case word must be a name or no English word; so too
                # after any cue but 'my name is' where the text is capitalised ('my wife usually pays')
                agent = AGENT_INTRO.match(text, start + kept[-1].end()) if weak else None
                # 'this is rob calling about ...', but not 'this is automated calling about ...': without the firm
                # named, the word must not be shaped like a verb, adjective or adverb
                intro = agent is not None and (bool(re.search(r"\b(?:from|at)\b", agent.group(), re.I)) or not (
                    re.search(r"(?:ed|ing|ly)$", kept[-1].group().lower()) or kept[0].group().lower() in STOP_WORDS))
                # in text of one case too after a relative ('my dad paid it' has no name after the cue)
                # 'it's morag mackinnon': a given name we do not know, then a family name we do
                # so too in a transcript when the second word can be a name at all ('this is mele vaipulu'): two
                # words after the cue, neither a common word, the second no English word
                surnamed = len(kept) > 1 and kept[0].group().lower() not in STOP_WORDS and \
                    (is_family_name(kept[1].group()) or family_shaped(kept[1].group()) or
                     not cased and plausible_lower(kept[1].group()) and not is_number_word(kept[0].group().lower()))
                # 'my brother ji woo kim he asked': given names of two short syllables, then the family name; in a
                # transcript after a relative the family name closing the words names them all
                surnamed = surnamed or not cased and cue.startswith("my ") and 2 < len(kept) and \
                    is_family_name(kept[-1].group()) and not any(
                        # "she's called ...": a contraction's pronoun is no name
                        re.sub(r"['\u2019].*", "", w.group().lower()) in STOP_WORDS or
                        is_number_word(w.group().lower()) for w in kept)
                # 'calling on behalf of my daughter sita': in a transcript one word closing the turn after a
                # relative is what the relative is called, whatever else the word may mean in English
                kin_named = not cased and cue.startswith("my ") and len(kept) == 1 and \
                    TURN_END.match(text, start + kept[0].end()) is not None and name_like_word(kept[0].group())
                if (weak or (cased or cue.startswith("my ")) and not cue.endswith(NAMING_CUES)) and \
                        not kept[0].group()[0].isupper() and \
                        not plausible_lower(kept[0].group()) and not intro and not surnamed and not kin_named:
                    continue
                if weak and len(kept) == 1 and self._place_answer(text, m.start()):
                    continue  # 'just the town will do' -> "It's Cork.": a place answers, not a person
                if cue in SPEECH_CUES and THING_SUBJECT.search(text[max(0, m.start() - 30):m.start()]):
                    continue  # 'the statement said Easy Pay Max': a document speaks of products, not people
                end = start + kept[-1].end()
                if not cased and cue.endswith(STRONG_IN_LOWERCASE):
                    end = self._lowercase_surname(text, end)
                # an agent's own introduction ('this is rob calling about ...') is as sure as a strong cue; a name
                # said after 'my name is' in a transcript scores above spaCy's 0.85, whose span may hold the cue
                # too ('meu nome é joao ...'): presidio keeps the higher of two nested hits, and that one is dropped
                score = 0.75 if weak and not intro else 0.86 if not cased and cue_is_naming(cue) else 0.85
                out.append(self.hit("PERSON", start + kept[0].start(), end, score, "name after a cue"))
        out += self._greeting_intro(text)
        out += self._account_name(text, cased)
        if not cased:
            out += self._kin_is(text)
        lead = NAME_ANSWER_LEAD.search(text)
        if lead and all(plausible_lower(w) for w in lead.group(1).split()):
            out.append(self.hit("PERSON", lead.start(1), lead.end(1), 0.8, "answer to a name question"))
        more = NAME_ANSWER_MORE.search(text)
        # the first word a name (a known one or no English word), the rest no common words ('john smith')
        # a caller who says they have one name vouches for the word as a name, whatever else it may mean
        if more and (more.group("single") or plausible_lower(more.group(1).split()[0])) and not any(
                w.lower() in NOT_NAMES or w.lower() in STOP_WORDS for w in more.group(1).split()):
            out.append(self.hit("PERSON", more.start(1), more.end(1), 0.86, "answer to a name question, then more"))
        ans = NAME_ANSWER.search(text)
        if ans and not any(w.lower() in NOT_NAMES for w in ans.group(1).split()):
            # scored above spaCy's 0.85: of two hits on one span presidio keeps the higher, and spaCy's hit is then
            # judged without the question that makes this answer a name ('the name on the account' -> 'dean ...')
            out.append(self.hit("PERSON", ans.start(1), ans.end(1), 0.86, "answer to a name question"))
        out += self._given_before_surname_question(text, cased)
        out += self._sign_off(text, cased)
        out += self._spelt_out(text)
        out += self._asked_identity(text, cased)
        out += self._name_then_address(text)
        if not cased:
            out += self._name_before_address_cue(text)
        return out

    @staticmethod
    def _given_word_inside(text: str, start: int, kept: list[re.Match[str]]) -> list[re.Match[str]]:
        """'my name is mehmet can ozturk': a middle name that is also an English word ('can', 'will') stands between
        a given name and a family name; the name runs on over it when the word after it is a family name or no
        English word (not 'mehmet can i pay') and it is no joining word or pronoun ('ali and ...')."""
        if len(kept) != 1 or not is_given_name(kept[0].group()):
            return kept
        m = WORD_THEN_WORD.match(text, start + kept[0].end())
        if not m or m.group(2).lower() in NOT_INSIDE_NAMES or m.group(3).lower() in STOP_WORDS or \
                m.group(3).lower() in NOT_NAMES or not (is_family_name(m.group(3)) or family_shaped(m.group(3)) or
                                                        is_rare_word(m.group(3))):
            return kept
        return list(re.finditer(r"\S+", text[start:m.end()]))

    def _account_name(self, text: str, cased: bool) -> list[RecognizerResult]:
        """The name the account is in ('the name on the account is tupac huaman'): any words but what a name is
        said to be, capitalised where the text is."""
        out: list[RecognizerResult] = []
        for m in ACCOUNT_NAME_CUE.finditer(text):
            first = m.group(1).split()[0]
            low = first.lower()
            if low in NAME_STATES or low in NOT_NAMES or low in STOP_WORDS or re.search(r"(?:ed|ly|ing)$", low) \
                    or (cased and not first[0].isupper()):
                continue
            end = m.start(1) + len(first)
            if not cased:
                end = self._lowercase_surname(text, end)
            out.append(self.hit("PERSON", m.start(1), end, 0.85, "name the account is in"))
        return out

    def _kin_is(self, text: str) -> list[RecognizerResult]:
        """'my grandmother is rivka goldfarb': in a transcript, a relative's name after 'my <relative> is', when
        the first word is a name (or no English word) and the next no common word."""
        out: list[RecognizerResult] = []
        for m in KIN_IS.finditer(text):
            first, second = m.group(1), m.group(2)
            if not plausible_lower(first) or first in NOT_NAMES:
                continue
            end = m.end(1)
            # the second word a family name or no common word ('rivka goldfarb', not 'maria today')
            if second and second not in STOP_WORDS and second not in NOT_NAMES and not is_number_word(second) and (
                    plausible_lower(second) or is_given_name(first) and not is_given_name(second) and
                    second not in NOT_INSIDE_NAMES and len(second) >= 4 and not re.search(r"(?:ing|ed|ly)$", second)):
                end = m.end(2)
            out.append(self.hit("PERSON", m.start(1), end, 0.8, "name after 'my <relative> is'"))
        return out

    @staticmethod
    def _name_words(value: str, cased: bool) -> list[re.Match[str]]:
        """The leading words of a cue's value that can be a name, capitalised ('Ana Ruiz arrived' -> 'Ana Ruiz')."""
        kept: list[re.Match[str]] = []
        for w in re.finditer(r"\S+", value):
            word = w.group().rstrip(".,")
            capital = cased and word[:1].isupper()
            if word.lower() in NOT_NAMES or word.isupper() and len(word) > 1 or \
                    not (capital or plausible_lower(word)) or not name_words_ok([word], False):
                break
            kept.append(w)
        return kept

    @staticmethod
    def _lowercase_surname(text: str, end: int) -> int:
        """'follow up with ingrid halvorsen in...': up to two more lower-case words that are not common words."""
        for _ in range(2):
            m = re.match(r"[ \t]+([^\W\d_][\w'\-]*)", text[end:])
            if not m or m.group(1).lower() in NOT_NAMES or m.group(1).lower() in STOP_WORDS:
                break
            end += m.end()
        return end
