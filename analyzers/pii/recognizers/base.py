"""Base class for Fairline's presidio recognizers: each hit carries its explanation."""

from __future__ import annotations

import re
from contextvars import ContextVar
from typing import ClassVar

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from analyzers.pii.person_context import FOREIGN_THANKS

# 4: world names, lower-case names and streets, address blocks and separators; 5: greetings and phrases of other
# languages, brands and places are no names; address forms of more countries; addresses end at the turn;
# 6: microdistrict, Vietnamese, Eircode, Nordic, Colombian and Caribbean parish addresses; addresses end at a
# sentence's full stop; self-introductions of other languages; 7: names in transcripts need a name's position,
# spoken addresses by structure with number words of other languages, addresses as comma-separated parts after a
# cue or as the answer to an address question, means of payment and titles are no names; 8: a name in the greeting
# that opens a turn or opening the answer to a name question, an address part never runs over a sentence's end,
# 'The Crescent' streets, two numbered units as an address, spelt-out postcodes after the town, Norwegian 'gate'
# 10: indefinite pronouns are no names; kin words of many languages as cues ('my koro', 'my abuela'); 'first name
# X', 'surname X' without 'is'; 'hi its X' in written text; the name before 'and'/','/"it's" answering a question
# for the name and more (or before a number); a district and its city joined by '/' ('Kadıköy/İstanbul'), German
# floors ('3. OG links') in an address's tail; a spoken town tail before 'correct'
# 11: a written sign-off name after 'thanks,'/'regards,' with its particles ('Nurul Huda binti Ismail', 'a/l');
# address parts end before a sign-off; the name opening an answer to 'your name and address' before the street
# ('ingrid solberg thorvald meyers gate ...'); 'is that <name>' closing a question
# 12: in transcripts, two words between a turn's opening and 'the address is' are the speaker's name; no name
# after a cue when a verb of saying follows ('the man i spoke to said'); a reply ('yeah that's right') never
# continues the previous turn's address; a unit word joined by '-' to a long number is a reference ('FL-00438291');
# rural route site and box, Korean 'dong ... ho' units, Singapore HDB blocks, a house number before a Baltic or
# Nordic street word, place words after 'the address is' ending the turn; address tails take Danish, Spanish and
# Portuguese floor-and-side parts ('3. tv.', '2.º Esq.'), 'depto. C', 'conj. 41', 'lot 4', 'seven stroke' before a
# house number, and a spoken town before a closing 'now'; 'Soo-ah Park': a hyphened given name and family name
# 13: spoken name answers to 'the name of the account holder' or 'your name' followed by who the person is or the
# name's spelling ('sunita devi she's ...', 'chidinma okafor c h i d i n m a'); a middle initial in 'is that ...';
# an agent naming themselves ('you're through to sam at ...', 'this is rob calling about ...'); 'aye'/'right'
# before a greeting; a cue's unknown given name before a known family name; Gaelic 'mac'/'mc' family-name shapes;
# a middle name that is an English word after 'my name is' ('mehmet can ozturk'); 'my <relative> is <name>' in
# transcripts; 'yes, Ms ..., I ...' is a reply, not address parts; 'that's the one' continues no address; a
# spoken 'dash' in a Kenyan P.O. box; house-number suffixes after a space ('9 hs,', '12 bis,')
# 14: cues as an ASR writes them without apostrophes ('its', 'im', 'thats', 'my names'), after fillers that follow a
# greeting ('hi yeah its ...'); the name the account is in ('the name on the account is ...', 'account holder is');
# 'this is for <name>', a name read back for confirmation ('so i have ... is that right'), 'speaking to <name>';
# Gaelic 'o'rourke' as a family name; initials opening a sign-off ('J.-P. Delacroix'); apostrophe-less
# contractions are no names; a card's 'ending' digits are no CVV; Japanese chōme-banchi-gō, Turkish Mah./Sok.
# and Indian sector-PIN addresses, a Japanese postcode closing an address
# 15: the person asked for ('is dermot there'), a name after 'thank you for holding', a word spelt out letter by
# letter (spelling and all), a name answer before the speaker's next clause ('chen xiaoyu i have ...'), hedges after
# 'my name is' ('just Suharti'), a name before 'new address is' unless a subject opens the turn; a cue's name has up
# to four words, all on the cue's line (a cue never names a word of the next line); spoken addresses after 'i'm
# at', 'we live at', 'moved to', a letter after a house number ('four b'), British outward codes and spoken
# Eircodes closing a turn, Turkish 'caddesi'/'sokak' after the street's name, district words ('colonia', 'county')
# opening the next place part; lower-case district words before their name ('quận Hai Bà Trưng'), Japanese-script
# addresses with '〒', Canadian unit-civic numbers ('1204-88') and Scottish flat positions ('2/1, 17 ...') before
# the house number; a province's code closing the sentence ('Torino TO.')
# 16: the organisation's own line ('call us on ...'), the account a customer is told to pay to ('pay by bank
# transfer to sort code ...') and a reference with a capital-letter prefix ('RTN-5521-0098') are no personal
# numbers; 'the last four digits of your card' asks for no security code
# 17: a short answer to a name question outranks the NER's reading of the same span; after a weak cue in a
# transcript, a second word that can be a name makes the first one part of it ('this is <given> <surname>');
# "that's <name>" closing a turn; the answer to 'can you spell the name' runs over the name and its spelling;
# a written name thanked after the comma ('Thanks for getting back to us, <name>.')
# 18: a numbered flat, lot or block (its letter before or after the number) said before the street's own address
# or a named building ('flat six b 14 ... parade', 'block a 402 ... towers'); 'parade', 'route', 'grove', 'mews',
# 'row', 'walk', 'square' after a spoken street's name; Gulf numbered villas on numbered streets ('Villa 12,
# Street 34b'); Portuguese 'sala' and French floors ('3e étage') inside a line; particles are no town word of
# their own ('ciudad de méxico'); a British inward code said as one word ('ls 16 bx'); an address ends before
# 'yeah' or time words ('last month') and starts after the cue's own words ('address to ...', 'is still ...');
# a name said before 'is my name' opening a turn or sentence
# 19: the person asked about holding the account ('is <name> the account holder'); 'full name' in a question
# however it is asked ('your date of birth and full name'); Gaelic 'mac an' inside 'is that ...'; a one-word
# answer after a weak cue to a question for a town, county or area is a place ("It's Cork."); a street word
# before the house number closes the street name said before it ('schönhauser allee one forty four'); Croatian
# and Polish spoken numbers and flat words ('stan', 'mieszkanie'); Korean road-name addresses in Korean script; a
# unit named by its letter alone in an address tail ('unit b', 'Flat C'); Indian 'salai' and 'marg' after the
# street's name; a spoken town before "thats where i live"; a name after 'my <relative>s account'; a given name
# said twice ('chidi chidi okafor') is read from its second saying
# 20: a full stop before the bare name that signs a message off ends its address ('..., D16 X2P7. <name>');
# Japanese addresses written from the prefecture down ('Tokyo-to, Setagaya-ku, ...') and a building and room after
# a block in Japanese script; 'surname is' after another cue in the same sentence, with its particle ('ó ...');
# in a transcript after 'my <relative>' given names of any shape before a known family name ('ji woo kim'), ending
# before what the relative did ('... asked me'); a spoken locality opening with its initial ('t nagar')
# 21: 'parade', 'esplanade', 'promenade' and 'circuit' close a street's name; Japanese block and house read out
# joined by 'dash' or 'no', with up to three district words and the city after the ward; a name ends before a new
# clause with its own subject ('<name> she's overseas') and more of what the person did ('... set up', '... passed');
# the Irish 'o'' makes a family name of any word ("o'sullivan"); an Indian house numbered with 'No.' before a sector
# lettered with a hyphen ('House No. 47, Sector 15-A, ...'); a Japanese room number closed by 号 alone; Polish
# street words declined after a preposition ('przy ulicy długiej ...'); a British postcode written compactly in a
# transcript ('... stafford st18 0tr') closes the town's words
# 22: a word acknowledged before a question for the family name is the given name just heard ('okay <name> and
# your last name'); an answer to 'your surname' is a name; one word before 'just one name' or 'no surname' is a
# name whatever else it means; a house known by its name ('the house is ...') is an address cue, and a region and
# its name ('county ...') end it before a remark; after a numbered flat, a street named without a street word
# closes at its district word; a town and postcode before '(so) that's where ...' join a spoken address; the
# English 'via' in lower case opens no street; the
# collectors' trades ('Finance', 'Collections', ...) make a firm of the word before them even after 'this is';
# 'meu endereço novo é' and other Romance 'new' after the address word; a flat's abbreviation opens an address
# part in lower case ('apto 604') and a state's code after a dash stays in it; 'handle' and 'login' used as verbs
# before an ordinary word give no username
# 23: a reply of thanks or agreement in another language ('perfecto gracias') never continues the previous turn's
# address; a unit word joined by '-' to a number that a further '-' part follows is a reference ('FL-20931-KX');
# the person a caller lets speak or act for them ("i'm happy for <name> to talk for me", 'I authorise <name> to
# discuss ...')
# 24: a street said without a house number, proven by the town words and British postcode spelt out after it, with
# the house's name before it ('the old rectory church lane ... n r 210 a y'); a spoken address's town words end
# before the caller goes on to their name ('... 2034 name is ...', '... and im ...'); a day and its month in an
# address cue's words are a date, no house number ('returned to JD Sports, ... dated 9 September'); a reply that
# reads back the earlier turn's address is no part of it ('okay flat 422 ...'); in a transcript, another
# language's 'my name is' ('meu nome é ...'), the name closing an agent's 'is that ...', and one word closing the
# turn after 'my <relative>' ('... my daughter sita'); a name between 'the' and goods may end a product's name
# ('the Air Jordan trainers'); a relative's word after 'my' is no part of the name after it ('my son tomas'); a
# house number with its 'No.' before the street line and a comma joins the street ('No. 45/2, Galle Road')
RECOGNIZER_VERSION = "24"
# Text of the previous turns, set by the caller around each analyze(): cues there ("what's the code on the
# back?") give meaning to numbers in this turn. Only our regex recognizers read it; spaCy never sees it.
# Words of a reply that confirms or denies, which no town or postcode holds.
_REPLY_WORDS = re.compile(r"(?i)(?<![\w'])(?:yes|yeah|yep|yup|no|nope|ok|okay|correct|right|sure|still|that's|"
                          r"that|it's|it|is|was|thanks|thank|"
                          # agreement in other languages ('perfecto gracias' after a Mexican address)
                          r"perfecto|perfeito|perfetto|parfait|claro|d'accord|genau|entendido|oui|sí|sim|"
                          # thanks of other languages, not their greetings ('Dar es Salaam' is a city), nor a short
                          # one that is also a place ('Tak')
                          + "|".join(re.escape(g) for g in sorted(FOREIGN_THANKS, key=len, reverse=True)
                                     if len(g) > 3) + r")(?![\w'])")
# Reply words opening a turn ('okay', 'yes that's'), before what it reads back of the earlier turn's address.
_REPLY_LEAD = re.compile(r"(?:[ \t,.!]*" + _REPLY_WORDS.pattern.removeprefix("(?i)") + r")+[ \t,.!]+", re.I)
_PRONOUN_ONE = re.compile(r"(?i)\b(?:the|that|this|which|same|right|wrong|other|new|old)[ \t]+1\b(?![ \t]*\d)")
CONTEXT_PREFIX: ContextVar[str] = ContextVar("fairline_pii_context_prefix", default="")


class FairlineRecognizer(EntityRecognizer):
    """A presidio recognizer plug-in; subclasses implement `find`."""

    ENTITIES: ClassVar[list[str]] = []

    def __init__(self) -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            name=type(self).__name__,
            supported_language="en",
            version=RECOGNIZER_VERSION,
        )

    def load(self) -> None:
        """Nothing to load: rules only."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Presidio entry point: run `find` over context prefix + text and keep this text's requested hits."""
        prefix = CONTEXT_PREFIX.get()
        out: list[RecognizerResult] = []
        for r in self.find(prefix + text if prefix else text, nlp_artifacts):
            if r.entity_type not in entities:
                continue
            if prefix:
                crosses = r.start < len(prefix)
                r.start, r.end = max(r.start - len(prefix), 0), r.end - len(prefix)
                if r.end <= 0:
                    continue  # a hit inside the earlier turns: that turn redacts it itself
                # An address of the earlier turn runs on into this one only as its town or postcode: a part with a
                # number, or the whole turn ('Leeds LS6 2BX' after '14 Marlowe Gardens'), not 'Of course.'
                # ('the one', 'that one' normalised to '1' is a pronoun: 'yeah that's the one' holds no number)
                head = _PRONOUN_ONE.sub(" ", text[:r.end])
                if crosses and r.entity_type == "STREET_ADDRESS" and not any(ch.isdigit() for ch in head) and (
                        text[r.end:].strip(" .,!?") or _REPLY_WORDS.search(text[:r.end])):
                    continue  # nor 'yeah that's still right': a reply confirms, it names no place
                lead = _REPLY_LEAD.match(text, 0, r.end) if crosses and r.entity_type == "STREET_ADDRESS" else None
                if lead and lead.end() < r.end:
                    r.start = lead.end()  # 'okay flat 422 harrow road': the reply that reads it back is no part
            out.append(r)
        return out

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        raise NotImplementedError

    @staticmethod
    def own_turn(text: str) -> str:
        """The text of this turn without the earlier turns' context prefix (for judging its capitalisation)."""
        prefix = CONTEXT_PREFIX.get()
        return text[len(prefix):] if prefix and text.startswith(prefix) else text

    def hit(self, entity: str, start: int, end: int, score: float, why: str) -> RecognizerResult:
        """A result with an explanation naming this recognizer and the reason."""
        name = type(self).__name__
        expl = AnalysisExplanation(recognizer=name, original_score=score, textual_explanation=why)
        return RecognizerResult(entity, start, end, score, analysis_explanation=expl,
                                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: name,
                                                      RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id})
