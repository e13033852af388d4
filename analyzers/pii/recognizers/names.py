"""Person names from the cues people use on calls ("my name is...", "this is...", "Mr ..."), beside spaCy's NER."""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS

from analyzers.pii.allow import is_cased
from analyzers.pii.name_evidence import spoken_name_span
from analyzers.pii.name_lexicon import (
    INDEFINITE_PRONOUNS,
    KIN_WORDS,
    NOT_ALONE,
    SIGN_OFFS,
    is_family_name,
    is_given_name,
    sign_off_pattern,
)
from analyzers.pii.number_words import AMBIGUOUS, is_number_word
from analyzers.pii.person_context import FOREIGN_GREETINGS
from analyzers.pii.recognizers.base import FairlineRecognizer
from analyzers.pii.recognizers.name_shapes import family_shaped, name_words_ok
from analyzers.pii.vocab import is_rare_word

# Capitals of the Latin alphabets, so 'Mr. Müller', 'this is Łukasz', 'Ms Ødegaard' are names like 'Mr. Miller'.
_UP = "[" + "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper()) + "]"
_TAIL = r"(?:[^\W\d_]|['\-](?=[^\W\d_]))+"  # the rest of a word: letters of any script, inner ' and -
# an initial counts when a capitalised word follows it ('Szabina J Gelencsér', 'Marta K. Olesinska')
# up to four words: names of two given and two family names are common ('João Victor Nascimento Albuquerque')
# (on one line: the next line is another turn or another field)
_NAME = rf"[^\W\d_]{_TAIL}(?:[ \t]+{_UP}{_TAIL}|[ \t]+{_UP}\.?(?=[ \t]+{_UP}{_TAIL})){{0,3}}"
_CAP_NAME = rf"{_UP}{_TAIL}(?:\s+{_UP}{_TAIL}){{0,2}}"
# Words after "this is" / "I'm" that are not names.
_NOT_NAMES = {
    "the", "a", "an", "not", "just", "about", "calling", "going", "sorry", "fine", "good", "great", "okay", "ok",
    "so", "very", "really", "here", "there", "with", "from", "your", "my", "our", "his", "her", "their", "it",
    "that", "this", "what", "in", "on", "at", "to", "for", "regarding", "concerning", "happy", "glad", "afraid",
    "unable", "able", "trying", "looking", "still", "also", "actually", "well", "yes", "no", "yeah", "is", "was",
    "be", "been", "having", "getting", "doing", "speaking", "correct", "right", "wrong", "sure", "done", "ready",
    "busy", "out", "off", "over", "back", "late", "new", "only", "all", "both", "one", "two", "customer",
    "agent", "collections", "support", "service", "team", "department", "mister", "miss", "mrs", "mr", "ms",
    "and", "or", "but", "i", "who", "how", "can", "will", "would", "could", "should", "when", "where", "why",
    "because", "as", "of", "by", "if", "then", "than", "do", "did", "does", "have", "has", "had", "am", "are",
    "were", "we", "you", "he", "she", "they", "me", "him", "them", "us", "please", "thanks", "thank", "hi",
    "hello", "call", "ringing", "phoning", "writing", "texting", "reaching", "sir", "madam", "ma'am",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tomorrow", "yesterday",
    "january", "february", "march", "september", "october", "november", "december",
    # adverbs that end a sentence after a cue ('let me check with my wife first')
    "first", "later", "tonight", "again", "too", "instead", "anyway", "before", "after", "now", "though",
    # verbs of paying that follow 'it's' or 'my dad' ('it's Pay in 4', 'my dad paid it')
    "pay", "pays", "paid", "paying",
    # contractions as an ASR writes them, without the apostrophe ('who am i speaking with' / 'its just aroha')
    "its", "im", "ive", "thats", "whats", "dont", "cant", "wont", "didnt", "isnt", "wasnt", "doesnt", "youre",
    "theyre", "hes", "shes",
    # groups one speaks to, never one person's name ('i was speaking to people about it')
    "people", "staff", "folks", "family", "everyone", "somebody", "anybody", "nobody",
} | INDEFINITE_PRONOUNS
# 'my wife', 'my koro', 'my abuela': a relative, longest words first so 'grandma' is not read as 'gran'.
_KIN = "|".join(re.escape(k) for k in sorted(KIN_WORDS, key=len, reverse=True))
# Other languages' 'my name is' ('me llamo', 'meu nome é', 'je m'appelle'): only a name follows them, so in a
# transcript too, where the name has no capital ('meu nome é joao pedro silva santos').
_FOREIGN_MY_NAME_IS = ("me llamo|mi nombre es|je m'appelle|ich heiße|mein name ist|mi chiamo|me chamo|"
                       "(?:o )?meu nome é|nama saya|benim adım")
_CUES = [
    re.compile(rf"\b(?:my name is|my name's|name is|name was|name's|call me|this is|i am|i'm|it's|speaking (?:with|to)|"
               rf"talking to|spell(?:ed|s)? )\s+({_NAME})", re.I),
    re.compile(rf"\b(?:mr|mrs|ms|miss|mister|dr|doctor|sir|madam)\.?\s+({_CAP_NAME})"),
    # honorifics of other languages and ranks: 'Herr Krüger', 'Mme Lefèvre', 'Sra. Ortiz', 'Prof. Adeyemi'
    re.compile(rf"(?<![\w.])(?:Herr|Frau|Fräulein|Signor|Signora|Sig\.(?:ra)?|Dott\.(?:ssa)?|M\.|Mme\.?|Mlle\.?|"
               rf"Monsieur|Madame|Sr\.|Sra\.|Srta\.|Señor|Señora|Senhor|Senhora|Doña|Dona|Pan|Pani|Hr\.|Fru|"
               rf"Prof\.?|Professor|Rev\.?|Reverend|Capt\.|Captain|Lt\.|Sgt\.|Col\.|Gen\.|Insp\.|Det\.|Judge|"
               rf"Sheikh|Shri|Smt\.?|Sri|Mx\.?|Ing\.|Mgr\.|Bc\.|Mag\.|Dipl\.-Ing\.|Univ\.Prof\.)\s+({_CAP_NAME})"),
    # titles of other languages too, in transcripts ("d'accord madame sarr", 'claro señora condori')
    re.compile(rf"\b(?:mr|mrs|ms|miss|mister|dr)\.?\s+({_NAME})", re.I),
    # one word only: the words after it are their language's, not more name ('madame sarr quelle est')
    re.compile(rf"\b(?:madame|monsieur|señora|señor|senhora|senhor|doña)\s+([^\W\d_]{_TAIL})", re.I),
    re.compile(rf"\b(?:am i speaking (?:with|to)|is this|speak (?:with|to)|calling for|looking for|trying to reach|"
               rf"message for|calling to speak (?:with|to)|ask for|asking for)\s+({_NAME})", re.I),
    # an agent answering the call: "you're through to sam at ...", "you've reached priya from ..."
    re.compile(rf"\b(?:you're|you are|youre|you've|you have)\s+(?:now\s+)?(?:through to|reached|speaking (?:with|to)|"
               rf"talking (?:with|to))\s+({_NAME})", re.I),
    re.compile(rf"\b({_CAP_NAME})\s+(?:speaking|here)\b"),
    # self-introductions of other languages ('me llamo', 'je suis', 'ich bin', 'saya', 'tôi là'), before a
    # capitalised word of three letters or more ('Alamat saya Jl. ...' is 'my address'; 'Jl.' is no name)
    re.compile(rf"(?i:\b(?:{_FOREIGN_MY_NAME_IS}|soy|je suis|ich bin|sono|sou|saya|aku|tôi là|ako si|ako po si)"
               rf")\s+(?=\w{{3}})({_CAP_NAME})"),
    # French 'it's' before a full name ('Bonjour, c'est Marie-Ève Tremblay'); one capitalised word after it is as
    # often a thing or a place ('C'est Paris qui compte')
    re.compile(rf"(?i:\bc'est)\s+({_UP}{_TAIL}(?:\s+{_UP}{_TAIL}){{1,2}})"),
    # people named in passing: 'follow up with Ingrid Halvorsen', 'said Brannagh', 'my wife Sarah', 'named him Oswin'
    re.compile(rf"\b(?:follow(?:ing)? up with|spoke (?:with|to)|talk(?:ed)? (?:with|to)|said|asked|told|replied|"
               rf"named(?: him| her)?|my (?:{_KIN}))"
               rf"\s+({_NAME})", re.I),
    # the person a caller lets speak or act for them: "i'm happy for chiamaka to talk for me", 'I authorise Ravi
    # Menon to discuss the account'; the verb after 'to' says a person is meant, not 'happy for the bank to call'
    re.compile(rf"\b(?:(?:happy|okay|ok|fine|content|glad)[ \t]+for|permission[ \t]+for|authori[sz]e[sd]?|allow)"
               rf"[ \t]+({_NAME})(?=[ \t]+to[ \t]+(?:talk|speak|deal|discuss|handle|act|manage|sort)\b)", re.I),
    # the name before the cue, opening the turn or a sentence: 'chidinma eze is my name', 'Ana Lima is my full name'
    re.compile(rf"(?m)(?:^|(?<=[.!?,]\s))\s*({_NAME})\s+(?:is|'s)\s+(?:my|the)\s+(?:full\s+)?name\b", re.I),
    # a name given by its part, without 'is': 'first name tomasz', 'surname: Przybylski'
    re.compile(rf"\b(?:(?:first|last|given|family|middle|christian|maiden)[ \t]+name|surname|forename)[ \t]*:?[ \t]*"
               rf"(?!(?:is|was|'s|\u2019s)\b)({_NAME})", re.I),
]
# Cues as an ASR writes them, without the apostrophe ('its andile', 'im chen yu ting', 'my names tomasz'); only in
# text of one case, where 'its' and 'im' cannot be the possessive or a typo before a capitalised word.
_ASR_CUES = [
    re.compile(rf"\b(?:its|im|my names)\s+({_NAME})", re.I),
    # whom the call or payment is for ('this is for losa fifita'), and a name read back to be confirmed ('so i
    # have hemi walker is that right')
    re.compile(rf"\b(?:(?:this|that|it) is|it's|its|that's|thats) for\s+({_NAME})", re.I),
    re.compile(rf"\b(?:i have|i've got|ive got|i got|that's|thats)\s+({_NAME})"
               r"(?=\s+(?:is that (?:right|correct)|correct|right|yeah)\b)", re.I),
    # a caller closing the turn with who they are after what they asked for ('send it to ... thats jean luc
    # tremblay'): weak, so the words must look like a name ('that's perfect' is none)
    re.compile(rf"\b(?:that's|thats|that is)\s+({_NAME})(?=[ \t]*[.!]?[ \t]*$)", re.I),
    re.compile(rf"\b(?:{_FOREIGN_MY_NAME_IS})\s+({_NAME})", re.I),
    # an agent checking who answered, the name closing the question ('hello is that mairi macleod'); weak, so the
    # words must look like a name ('is that everything' is none)
    re.compile(rf"\b(?:is|was) that\s+({_NAME})(?=[ \t]*[?.!]?[ \t]*$)", re.I),
]
# The name the account is in: 'the name on the account is tupac huaman', 'account holder is ...'. What a name
# is said to be ('the name on the account is wrong / misspelled / still my late husband's') is no name.
_ACCOUNT_NAME_CUE = re.compile(
    rf"\b(?:(?:the\s+)?name\s+(?:on|for|under)\s+(?:the|my|this|that|your|his|her)\s+(?:account|card|loan|policy|"
    rf"file|agreement|contract|booking|plan)|account\s*holder(?:'s\s+name)?)\s+(?:is|was|'s)\s+({_NAME})", re.I)
_NAME_STATES = frozenset("""
different incorrect misspelt misspelled outdated old same mine yours hers his theirs ours blank empty missing changed
spelt spelled fine ok okay wrong correct right still just also not my your her his their our the a an
""".split())
# Words that never stand inside one name: pronouns, joining words, articles, forms of 'be'.
_NOT_INSIDE_NAMES = frozenset("i you he she we they it and or but so is was are were the a an my your his her our "
                              "their to of in on at for with from by as if then".split())
_WORD_THEN_WORD = re.compile(r"([ \t]+)([^\W\d_]+)[ \t]+([^\W\d_][\w'\-]*)")
# 'my grandmother is rivka goldfarb' (in text of one case only: 'My husband is Polish' is no name).
_KIN_IS = re.compile(rf"\bmy[ \t]+(?:{_KIN})[ \t]+(?:is|was|'s)[ \t]+(?:called[ \t]+)?([a-z][a-z'\-]+)"
                     r"(?:[ \t]+([a-z][a-z'\-]+))?")


# The end of the turn, after a closing punctuation mark at most.
_TURN_END = re.compile(r"[ \t]*[.!?]?[ \t]*$")


# Verbs of the past without '-ed' that close 'my <relative> ...' ('my husband left', 'my son lost it').
_IRREGULAR_PAST = frozenset("left lost went came quit sent got said paid rang knew took gave made told".split())


def _name_like_word(word: str) -> bool:
    """Whether a lower-case word may be a name: letters only, no common, number or verb-shaped English word
    ('works', 'moved', 'left'; a name ending in 's' is in the name lists, 'thomas')."""
    low = word.lower()
    return word.isalpha() and len(low) >= 3 and low not in STOP_WORDS and low not in _NOT_NAMES and \
        low not in _IRREGULAR_PAST and not is_number_word(low) and re.search(r"(?:s|ed|ing|ly)$", low) is None


def cue_is_naming(cue: str) -> bool:
    """Whether a cue's text ends with a phrase that introduces one's own name ('my name is')."""
    return re.search(rf"(?:my name is|my name's|my names|name is|name's|call me|{_FOREIGN_MY_NAME_IS})$",
                     cue.strip(" \t\n:").lower()) is not None


# A name credited or quoted: 'Photo by Ferko Takáts', 'according to Toshimi Arata', 'Author: Ana Ruiz', 'cc: Li Wei'.
_CREDIT = re.compile(
    r"\b(?:according to|interview(?:ed)? with|(?:photo(?:graph)?s?|pictures?|image|written|directed|produced|"
    r"translated|posted|submitted|edited|signed|authored|painted|composed|illustrated|narrated|hosted|presented|"
    r"created|designed|coached|founded|reported|compiled|reviewed|approved|arrested|replaced|hired|interviewed|"
    r"accompanied|joined|performed|sung|played|won|owned|sent|shared)\s+by|"
    r"(?:Author|Authors|Reviewer|Photographer|Reporter|Editor|Credits?|Moderator|Cc|Bcc|From|To|By|"
    r"Contact person|Assignee|Assigned to|Borrower|Debtor|Co-signer|Cosigner|Guarantor|Payee|Beneficiary|"
    r"Recipient|Sender|Signatory|Witness|Attn|Addressee|Applicant|Tenant|Landlord|Account owner|Submitted by|"
    r"Posted by|Reviewed by)\s*:)"
    rf"[ \t]*({_NAME})",
    re.I,
)
# A name before what people say or do: 'Ana Ruiz told reporters', 'so Timmie said'.
_SPEAKER_VERB = re.compile(
    rf"(?<![\w'\-])({_CAP_NAME})(?=\s+(?:said|says|told|tells|wrote|writes|added|explained|argued|noted|replied|"
    r"tweeted|announced|admitted|insisted|claimed|confirmed|denied|agreed|thinks|believes|died|passed away|"
    r"was born|scored|called me|texted|emailed|promised|paid|owes)\b)"
)
# A lone capitalised word that is no English word, in a place only a person takes: 'I saw Holinka at the gym',
# 'Patient Monjeau was discharged', 'Aslak says hi', "Lennox's phone". Places and brands take 'to', 'from', 'in'.
_RARE_CAPITAL = re.compile(rf"(?<![\w'\-])({_UP}[^\W\d_A-Z]{{3,}}(?:-{_UP}[^\W\d_A-Z]+)?)(?![\w\-])")
_PERSON_BEFORE = frozenset("""
with by against saw see met meet ask asked tell told text texted call called email emailed invite invited thank thanks
congrats congratulate patient brother sister son daughter wife husband mother father mum mom dad friend colleague boss
uncle aunt cousin nephew niece grandson granddaughter partner fiancé fiancée pass replaced visited beat defeated
starring featuring feat introducing named dear hi hello hey and or love miss mr mrs ms dr mister miss sir captain
coach player doctor professor nurse officer agent tenant landlord neighbour neighbor arrested charged birthday
""".split())
_PERSON_AFTER = re.compile(r"\s+(?:said|says|told|tells|will|was|is|has|had|won|scored|replaced|agreed|confirmed|paid|"
                           r"owes|wrote|asked|called|texted|emailed|thinks|knows|wants|lives|lived|works|worked|"
                           r"died|married|joined|left|arrived|gave|passed away|and her|and his|"
                           # more of what a person did ('my son <name> set up the account', '<name> passed')
                           r"passed|set|opened|took|signed|handled|handles|sorted|started|made|got|"
                           # a new clause with its own subject ('<name> she's overseas', 'miss <name> i've noted')
                           r"(?:she|he|they|i|we)(?:['\u2019](?:s|re|ve|m|ll|d))?)\b|'s\b|\u2019s\b")
# Words before which an unknown capitalised word is more often a place or a brand than a person.
_PLACE_OR_BRAND_BEFORE = frozenset("""
in at from to near of into onto via through across toward towards outside inside around visit visited visiting fly
flew flying drive drove moved move live lived living born based use used using bought buy ordered order app brand
shop store bank pay paid paying card account the a an this that these those our your their my his her its
""".split())


def _family_or_foreign(word: str) -> bool:
    """Whether a capitalised word no English word is also shaped like a name: a known given or family name, a
    family-name ending, or letters English does not write ('Westgård', 'Akinori')."""
    return is_given_name(word) or is_family_name(word) or family_shaped(word) or any(ord(ch) > 127 for ch in word)


_SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|tells|asked|called|texted|emailed|wrote|replied|agreed|confirmed|"
                           r"promised|paid|owes)\b|'s\s+(?:phone|number|account|card|email|address|wife|husband|"
                           r"son|daughter|mother|father|mum|mom|dad|brother|sister|friend)\b")
# Words of the given-name list that are never taken alone, whatever follows them.
_WORD_NAMES_NEVER = frozenset("""
may june april august march january february monday tuesday wednesday thursday friday saturday sunday christmas
easter summer autumn winter spring fall santa america american asia china india italy georgia virginia carolina
dakota florida kentucky tennessee texas austin dallas houston phoenix denver savannah paris washington lincoln
jackson madison jefferson franklin columbus christian german irish golden numbers manual marine genesis season
can will may art case price page cash chase park hill wood stone king prince queen lady sir madam miss mister
doctor master son young best new long black white green brown gray grey red blue gold bell apple alexa siri
""".split())
# A name right after the role or occupation it is given: 'Local man Tudor Toma', 'striker Ionuț Rusu',
# 'the singer Adela Marek', 'CEO Hanne Dahl'. Capitalised words only, so 'the manager said' is no name.
_ROLE = re.compile(
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
_PERSON_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][^\W\d_]+)(?=\s+(?:lives|lived|is from|was born|"
                             r"grew up|got married|has moved|moved house)\b)")
# Greeting someone by name: 'Hi Luis,', 'Dear Maria', 'Thanks, John'.
_GREETING = re.compile(r"\b(?:hi|hello|hey|dear|morning|afternoon|evening|thanks|thank you|bye|goodbye|cheers|"
                       # thanks for what the person did, then their name ('thank you for holding ngozi')
                       r"(?:thanks|thank you) for (?:holding|waiting|calling|your patience|your time|that|confirming)|"
                       r"congrats|congratulations(?: to)?|happy birthday|sorry|welcome|good luck|well done|"
                       r"thanks to|shout-?out to|miss you|love you|night|goodnight|see you|later)"
                       r",?\s+([A-Z][^\W\d_]+(?:['\-][A-Z]?[^\W\d_]+)*(?:\s+[A-Z][^\W\d_]+(?:['\-][A-Z]?[^\W\d_]+)*)?)"
                       r"(?=\s*[,.!?\n]|\s*$)", re.I)
# The given name the agent has just been told, acknowledged before asking for the family name ('okay tsehay and your
# last name', 'thanks mere and can i just confirm your surname'): one asks next for the part one still lacks.
_ACKNOWLEDGEMENTS = frozenset("""
okay ok right alright thanks cheers lovely great perfect brilliant cool super wonderful excellent fab fantastic
awesome nice good fine sweet ta grand smashing
""".split())
_GIVEN_BEFORE_SURNAME_QUESTION = re.compile(
    r"\b(?:okay|ok|right|alright|thanks|thank you|cheers|lovely|great|perfect|brilliant|got it)[ \t,]+"
    r"([^\W\d_][\w'\-]*)[ \t,]+and[ \t]+(?:[^\W\d_]+[ \t]+){0,5}?(?:your|the)[ \t]+"
    r"(?:surname|(?:last|family|second)[ \t]+name)\b", re.I)
# Addressing someone at the start of a message: 'Teodor, can I please speak to your manager?'
_VOCATIVE = re.compile(r"(?:^|(?<=[.!?]\s))([A-Z][^\W\d_]+),\s+(?:can|could|would|will|do|did|are|is|please|"
                       r"i|we|you|have|may|let's|thanks|thank)\b")
# The person thanked, closing the thanks ('Thanks for getting back to us, Losana.'): one capitalised word after the
# comma, then the sentence ends.
_THANKED = re.compile(r"\b(?i:thanks|thank you|cheers)\b[^.!?\n,]{0,50},[ \t]+([A-Z][^\W\d_]+)(?=[ \t]*(?:[.!]|$))")
_NOT_VOCATIVE = {"sorry", "okay", "ok", "listen", "look", "honestly", "actually", "anyway", "alright", "right",
                 "sure", "great", "perfect", "fine", "excuse", "pardon", "hey", "hello", "hi", "now", "then", "so",
                 "well", "yes", "yeah", "no", "please", "thanks", "sir", "madam", "ma'am", "also", "first", "second",
                 "finally", "again", "today", "tomorrow", "yesterday", "unfortunately", "fortunately", "sadly",
                 "mate", "guys", "all", "everyone", "everybody", "folks", "team", "bud", "buddy", "love", "dear",
                 "darling", "man", "dude", "back", "soon", "there", "later", "tonight", "ladies",
                 "gentlemen", "boss", "friend", "friends", "sweetie", "honey", "babe", "baby"}
# The previous turn asks for a name; this turn (after the " \n " turn separator) is a short answer.
_NAME_ANSWER = re.compile(
    r"(?:your (?:full |first and last |first |last |family |sur)?name|(?:full|first and last) name|"
    r"who am i speaking (?:with|to)|"
    r"name (?:on|for) the account|spell (?:your|the) (?:last |first )?name)[^\n]{0,60}\n\s*"
    r"(?:(?:it's|it is|its|this is|my name is|yes|sure|"
    rf"yeah|ok|okay|just|im|i'm)[,.]?\s+)*([^\W\d_]{_TAIL}(?:\s+[^\W\d_]{_TAIL}){{0,2}})\s*[.!]?\s*$",
    re.I,
)
# The same answer opening a longer turn: 'What name is on the account?' -> 'Sutrisno. Just the one name, ...'.
# Capitalised words closed by a full stop or comma, each a known name or no English word ('Mine.' is no name).
_NAME_ANSWER_LEAD = re.compile(
    r"(?:your (?:full |first and last |first |last |family |sur)?name|(?:full|first and last) name|"
    r"who am i speaking (?:with|to)|"
    r"name (?:is |was )?(?:on|for|under) the account|what(?:'s| is) the name)[^\n]{0,60}\n\s*"
    rf"((?-i:{_UP}){_TAIL}(?:\s+(?-i:{_UP}){_TAIL}){{0,2}})[.,!](?=\s+\S)",
    re.I,
)
# The answer to a question for the name and more ('your full name and postcode'): the name comes first, then
# 'and', a comma or "it's" and the other details ('john smith and it's fourteen high street ...'), or a number
# that starts them ('anna berg 3 of may 1990').
_NAME_ANSWER_MORE = re.compile(
    r"(?:your (?:full |first and last |first |last |family |sur)?name|(?:full|first and last) name|"
    r"who am i speaking (?:with|to)|"
    r"name (?:on|for) the account|"
    r"name of the (?:main |primary |joint )?(?:account[ -]?holder|borrower|policy ?holder|card ?holder)|"
    r"spell (?:your|the) (?:last |first )?name)"
    r"[^\n]{0,60}\n\s*(?:(?:it's|it is|its|this is|my name is|yes|sure|yeah|ok|okay|just|im|i'm)[,.]?\s+)*"
    rf"([^\W\d_]{_TAIL}(?:\s+[^\W\d_]{_TAIL}){{0,3}}?)\s*(?:,|\band\b|\bit's\b|\bit is\b|\bit\u2019s\b|(?=\d)|"
    # the name, then who they are ('sunita devi she's my mother', 'kiri te rangi whaanga im her son') or its
    # spelling ('... c h i d i n m a')
    r"\b(?:she's|he's|she is|he is|who's|who is|that's|i'm|im|i am|i)\b|"
    # or a word on the name itself, from one who has a single name ('suharti just one name', '... no surname')
    r"\b(?P<single>(?:just|only)[ \t]+(?:the[ \t]+|a[ \t]+)?(?:one|1|single)[ \t]+name|no[ \t]+(?:surname|"
    r"last[ \t]+name|family[ \t]+name))\b|"
    r"(?=(?:[^\W\d_][ \t]+){2,}[^\W\d_][ \t]*[.!]?[ \t]*$))",
    re.I,
)
_SPOKEN_CUES = {"its", "im", "is for", "it's for", "its for", "that's for", "thats for", "i have", "i've got",
                "ive got", "i got", "speaking to", "first name", "last name", "given name",
                "family name", "middle name", "christian name",
                "maiden name", "surname", "forename", "this is", "i am", "i'm", "it's", "talking to", "is this",
                "speak to", "speak with", "calling for", "through to", "reached",
                "looking for", "trying to reach", "message for", "ask for", "asking for", "said", "asked", "told",
                "replied", "named", "him", "her", "that's", "thats", "that is", "is that", "was that", "happy for",
                "okay for", "ok for",
                "fine for", "content for", "glad for", "permission for", "authorise", "authorize", "authorised",
                "authorized", "allow"}
# Cues that introduce the speaker's own name, written in any case by people typing fast ('my name is ana').
_NAMING_CUES = ("my name is", "my name's", "my names", "name is", "name's", "call me", "spell", "spelled", "spells")
_SPEECH_CUES = {"said", "asked", "told", "replied"}
# A word, then its letters one by one ('mensah m e n s a h', 'Nwosu, N-W-O-S-U').
_SPELT_OUT = re.compile(r"(?<![\w'])([^\W\d_][\w'\-]{2,})[ \t]*[,:]?[ \t]+((?:[^\W\d_][ \t.,\-]+){2,}[^\W\d_])"
                        r"(?![\w'])")
# Hedges between a naming cue and the name ('my name is just Suharti', 'my name's simply Ana').
_HEDGES = frozenset("just simply only actually".split())
# A turn's opening, its speaker's name, then the address: 'yes delroy campbell the address is ...'.
_NAME_THEN_ADDRESS_CUE = re.compile(
    r"[ \t]*((?:[^\W\d_][\w']*[ \t,]+){0,4}?)([^\W\d_][\w'\-]+)[ \t]+([^\W\d_][\w'\-]+)[ \t,]+"
    r"(?:the[ \t]+|my[ \t]+)?(?:new[ \t]+|current[ \t]+)?address[ \t]+(?:is|'s)\b")
_SUBJECTS = frozenset("i we you he she they".split())
_OPENERS = frozenset("yes yeah yep hi hello hey hiya uh um erm er so ok okay morning afternoon evening".split())
# Verbs of saying that follow a relative clause ('the woman i talked to told me ...'), never a lower-case name.
_REPORT_VERBS = frozenset("said says told tells asked asks replied replies mentioned explained promised agreed "
                          "reckoned reckons confirmed".split())
# What speaks without being a person: 'the letter said ...', 'your website told ...'.
_THING_SUBJECT = re.compile(r"(?i)\b(?:letter|email|e-mail|text|message|statement|website|site|app|screen|form|notice|"
                            r"bill|invoice|document|contract|agreement|sign|page|advert|ad|leaflet|label|system|"
                            r"it|that|this|which)\s+$")
# Cues strong enough that a lower-case name after them is a name in all-lower-case text.
_STRONG_IN_LOWERCASE = ("follow up with", "following up with", "spoke with", "spoke to", "my name is", "name is",
                        "speak with", "speak to", "talked to", "talk to", "talked with", "talk with")


# 'this is giorgi from the bank of georgia collections team', 'this is lagi calling from pacific home furnishings':
# an agent's introduction, where the word after 'this is' is the agent's name whatever it looks like.
_AGENT_INTRO = re.compile(r"[ \t]+(?:(?:calling |ringing )?(?:from|at)[ \t]+(?:the[ \t]+)?(?:[^\W\d_]+[ \t]+){0,4}?"
                          r"(?:team|bank|finance|collections?|department|credit|union|services|furnishings|company|"
                          r"office|agency|recovery|loans?|lending|group|store|stores)\b|"
                          # 'this is rob calling about your account': the caller's name, then what the call is about
                          r"(?:calling|ringing|phoning)[ \t]+(?:about|regarding|re|with|on behalf|back|to)\b)", re.I)


# A caller's greeting that opens the turn and names them: 'hi it's jack', 'yeah hello this is tom'. There a given
# name that is also an English word (jack, tom, bill, rose) is the caller's name: 'hi, it's fine' has no
# given name after it, and a thing the caller means ('it's about ...') is no given name either.
_GREETING_INTRO = re.compile(
    r"^[ \t]*(?:(?:yeah|yes|yep|aye|oh|um|uh|er|okay|ok|right|well)[ \t,.]+)*(?:hi|hello|hey|hiya|morning|afternoon|"
    r"evening)"
    # fillers after the greeting too ('hi yeah its andile')
    r"(?:[ \t,]+there)?(?:[ \t,.!]+(?:yeah|yes|yep|um|uh|er|so))*"
    r"[ \t,.!]+(?:it's|it is|its|this is|it\u2019s|i'm|i am|im|i\u2019m)[ \t]+([^\W\d_]+)"
    r"(?:[ \t]+([^\W\d_][\w'\-]*))?",
    re.I)


# Particles inside a name ('padraig o brien', 'Nurul Huda binti Ismail', 'Muthu a/l Raman', 'van der berg').
NAME_PARTICLES = frozenset("""
o ó mac mc de van von da di le la al el bin binti binte bint ibn ben der den del della dos das du ter ten ap ní nic
a/l a/p
""".split())
_GAELIC_PATRONYMS = frozenset("mac mc nic ní ó ua".split())
_PARTICLE = "(?:" + "|".join(re.escape(p) for p in sorted(NAME_PARTICLES, key=lambda p: (-len(p), p))) + ")"
# The family name given by its part after another cue in the same sentence ("it's saoirse and the surname is ó
# ceallaigh"), where the first cue's match has run over 'surname'; its particle opens it.
_CUES.append(re.compile(rf"\b(?:surname|family name|last name)[ \t]+(?:is|was|'s)[ \t]+"
                        rf"((?:(?i:{_PARTICLE})[ \t]+)?{_NAME})", re.I))
# A written sign-off closing a message: '... thanks, Nurul Huda binti Ismail', 'Regards,\nGuðrún Jónsdóttir'.
_SIGN_OFF_WORDS = sign_off_pattern("thx", "ty", "warm regards", "rgds", "best wishes", "best", "yours sincerely",
                                   "yours faithfully", "yours truly")
_SIGN_OFF = re.compile(
    rf"(?i:\b{_SIGN_OFF_WORDS})[,.!]?[ \t]*\n?[ \t]*"
    # initials may open it, hyphenated as French compound names are ('J.-P. Delacroix', 'A. J. Okafor')
    rf"((?:{_UP}\.(?:-{_UP}\.)?[ \t]*)*"
    rf"[^\W\d_]{_TAIL}(?:[ \t]+(?:(?i:{_PARTICLE})[ \t]+)*[^\W\d_]{_TAIL}){{0,4}})[ \t.!]*$")
# The previous turn asks for the name and then the address ('can you confirm your name and address').
_NAME_AND_ADDRESS = re.compile(r"(?i)(?<!street )(?<!road )(?<!building )(?<!company )\bname\b(?! of)"
                               r"[^\n]{0,40}\baddress\b")
# Street words closing a street's name ('high street', 'thorvald meyers gate'); Nordic ones after a genitive.
_STREET_CLOSE = frozenset("""
street st road rd lane avenue ave drive way close crescent terrace place court boulevard gardens highway grove row
gate gata gatan gade vei veien vej vegen väg vägen allé allee weg gasse strasse straße straat laan plein
""".split())
_NORDIC_CLOSE = frozenset("gate gata gatan gade vei veien vej vegen väg vägen".split())
_STREET_OPEN = frozenset("""
calle carrera avenida rua rue jalan via viale piazza strada ulica ulitsa flat apartment apt unit house number
no block lot
""".split())
_STREET_JOINED = re.compile(r"[^\W\d_]{3,}(?:stra(?:ss|ß)e|gasse|straat|laan|vej|gade|gatan|gata|vägen|veien|"
                            r"katu|platz|allee|weg)$")


# 'is that padraig o brien', 'am i speaking to ana de souza?': a name closing a question about who answers.
_IDENTITY_QUESTION = re.compile(
    r"(?i:\b(?:is that|is this|am i speaking (?:to|with)|am i talking (?:to|with))[ \t]+)"
    rf"([^\W\d_]{_TAIL}(?:[ \t]+(?:(?i:{_PARTICLE})[ \t]+)*(?:[^\W\d_]\.?[ \t]+)?[^\W\d_]{_TAIL}){{0,3}})"
    r"(?=[ \t]*(?:[?.!,]|$|\n)|[ \t]+(?i:speaking|please|there|yeah|right)\b)")
# 'is dermot there please', 'Is Mrs Achebe available?': asking for the person one wants to speak to, at the start of
# the turn or of a clause.
_ASKED_FOR = re.compile(
    r"(?:^|(?<=[.!?,\n])|\b(?i:hi|hello|hey|yes|yeah|um|uh|oh|sorry)[ \t,]+)[ \t]*(?i:is)[ \t]+"
    rf"([^\W\d_]{_TAIL}(?:[ \t]+[^\W\d_]{_TAIL})?)"
    r"(?=[ \t]+(?i:there|available|home|around|in|about)\b|"
    # whether the person asked about holds the account ('is amara the account holder')
    r"[ \t]+(?i:the[ \t]+(?:main[ \t]+|primary[ \t]+|joint[ \t]+)?(?:account[ \t]?holder|borrower|"
    r"policy[ \t]?holder|card[ \t]?holder|bill[ \t]?payer))\b)")
# A question for a place, and one for a name: an answer to the first alone names a place ("It's Cork.").
_PLACE_ASKED = re.compile(r"(?i)\b(?:town|city|county|village|suburb|country|state|province|region|area|where)\b")
_NAME_ASKED = re.compile(r"(?i)\b(?:name|who)\b")
# What opens the answer before the name ('yes it's ...', 'sure, ...').
_ANSWER_NAME_LEAD = re.compile(r"(?i)^[ \t]*(?:(?:yes|yeah|yep|sure|okay|ok|so|um|uh|it's|it is|its|my name is|"
                               r"name is|yeah it's)[ \t,.]+)*")
# Set on the name hit that opens a name-and-address answer: address hits start after it (engine).
NAME_BEFORE_ADDRESS = "fairline_name_before_address"


def name_before_street(words: list[str]) -> int:
    """How many leading words of an answer to 'your name and address' are the name: the words before the street
    (its house number, a street word opening it, or the name before a closing street word such as 'gate'), as
    long as they look like a name. 0 when they do not."""
    stop = len(words)
    for i, w in enumerate(words):
        low = w.lower()
        if any(ch.isdigit() for ch in w) or is_number_word(low) and low not in AMBIGUOUS or \
                low in _STREET_OPEN or _STREET_JOINED.match(low):
            stop = i
            break
        if low in _STREET_CLOSE and i:
            # the street keeps a name word; a Nordic street named after a person keeps two ('thorvald meyers gate')
            keep = 2 if low in _NORDIC_CLOSE and i >= 2 and words[i - 1].lower().endswith("s") else 1
            stop = i - keep
            break
    n = 0
    while n < min(stop, 4):
        low = words[n].lower()
        if n and low in NAME_PARTICLES and n + 1 < stop and plausible_lower(words[n + 1]):
            n += 2
            continue
        # the first word a name; the next ones no common words either ('john smith', 'ingrid solberg')
        if not plausible_lower(words[n]) and (not n or low in STOP_WORDS or low in _NOT_NAMES or
                                              not words[n].isalpha() or low in NAME_PARTICLES):
            break
        n += 1
    if not n or n >= len(words) or not any(is_given_name(w) or is_family_name(w) for w in words[:n]):
        return 0
    return n


def plausible_lower(word: str) -> bool:
    """Whether a word written in lower case can still be a name: a known name or family-name shape, a word with
    letters English does not use ('kónya', 'šušulić'), or one the language model has no vector for."""
    bare = re.sub(r"'s$", "", word).strip(".,!?")
    if len(bare) < 3 or bare.lower() in STOP_WORDS or bare.lower() in _NOT_NAMES or (
            "'" in bare and not re.match(r"(?i)[a-z]'[^\W\d_]{2,}$", bare)):
        return False  # "they'd", "we're": contractions; "o'neill", "d'angelo" stay
    # "o'rourke", "d'souza": a Gaelic or Romance prefix before a family name
    prefixed = re.fullmatch(r"(?i)[a-z]'([^\W\d_]{3,})", bare)
    if prefixed and (is_family_name(prefixed.group(1)) or is_given_name(prefixed.group(1))):
        return True
    return is_given_name(bare) or is_family_name(bare) or family_shaped(bare) or is_rare_word(bare) or \
        any(ord(ch) > 127 for ch in bare)


class NameCueRecognizer(FairlineRecognizer):
    """Names introduced by a cue; for weak cues ('this is') the name must look like a name."""

    ENTITIES = ["PERSON"]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        out: list[RecognizerResult] = []
        cased = is_cased(self.own_turn(text))
        for rx in (_PERSON_SUBJECT, _GREETING):
            for m in rx.finditer(text):
                words = m.group(1).split()
                # 'happy birthday meza' in text of one case: a lower-case word must be a name or no English word
                # 'Thanks, Regards': a sign-off after a greeting word is none's name
                if (words[0][0].isupper() or not cased and plausible_lower(words[0])) and not any(
                        w.lower() in _NOT_VOCATIVE | _NOT_NAMES or w.lower() in STOP_WORDS for w in words) and \
                        m.group(1).lower() not in SIGN_OFFS:
                    out.append(self.hit("PERSON", m.start(1), m.end(1), 0.7, "name greeted or as a person's subject"))
        if cased:
            for m in _ROLE.finditer(text):
                kept = []
                for w in re.finditer(r"\S+", m.group(1)):
                    if w.group().lower() in _NOT_NAMES or not name_words_ok([w.group()], True):
                        break
                    kept.append(w)
                # 'driver License', 'client Services' are no names: one word of it must be a known name
                if kept and any(is_given_name(w.group()) or is_family_name(w.group()) for w in kept):
                    out.append(self.hit("PERSON", m.start(1), m.start(1) + kept[-1].end(), 0.7, "name after a role"))
        out += self._rare_capitals(text) if cased else self._rare_lowers(text)
        out += self._rare_pairs(text, cased)
        for m in _CREDIT.finditer(text):
            kept = self._name_words(m.group(1), cased)
            # in text of one case any words follow a label: one of them must be a name or no English word
            if kept and ((len(kept) > 1 and cased and kept[0].group()[0].isupper()) or
                         any(self._known(w.group()) or is_rare_word(w.group()) for w in kept)):
                out.append(self.hit("PERSON", m.start(1), m.start(1) + kept[-1].end(), 0.75, "name credited"))
        for m in _SPEAKER_VERB.finditer(text):
            kept = self._name_words(m.group(1), True)
            if not kept or m.start(1) + kept[-1].end() != m.end(1):
                continue  # the name must run up to the verb
            # one word alone must be a name or no English word ('If the Oracle says yes' is no person)
            after_article = re.search(r"\b(?:the|a|an|this|that|our|your|my|their|its)\s+$",
                                      text[max(0, m.start(1) - 8):m.start(1)], re.I)
            if not after_article and (len(kept) > 1 or self._known(kept[0].group()) or
                                      is_rare_word(kept[0].group())):
                out.append(self.hit("PERSON", m.start(1), m.end(1), 0.7, "name before what a person says or does"))
        for m in [*_VOCATIVE.finditer(text), *(_THANKED.finditer(text) if cased else ())]:
            word = m.group(1).lower()
            # a word thanked must be a name or no English word ('Thank you so much, Amazing.' thanks nobody)
            thanked_word = m.re is _THANKED and not (self._known(m.group(1)) or is_rare_word(m.group(1)))
            if word not in _NOT_VOCATIVE and word not in _NOT_NAMES and word not in STOP_WORDS and not thanked_word:
                out.append(self.hit("PERSON", m.start(1), m.end(1), 0.7, "name addressed at the start"
                                    if m.re is _VOCATIVE else "name thanked"))
        for rx in _CUES if cased else _CUES + _ASR_CUES:
            for m in rx.finditer(text):
                start = m.start(1)
                if "\n" in text[m.start():start]:
                    continue  # '... nobody replied' / 'Apologies for the delay': a cue names nobody in the next line
                # stop at the first word that is not a name ("this is John from Acme" -> "John")
                kept: list[re.Match[str]] = []
                for w in re.finditer(r"\S+", m.group(1)):
                    if not kept and w.group().lower() in _HEDGES and cue_is_naming(m.group(0)[: start - m.start()]):
                        continue  # 'my name is just Suharti': the hedge is not the name
                    lower_name = kept and not kept[0].group()[0].isupper() and plausible_lower(w.group())
                    if w.group().lower() in _NOT_NAMES or (kept and cased and not w.group()[0].isupper()
                                                           and not lower_name):
                        break  # 'my wife Sarah handles the bills': a surname is capitalised where the text is
                    if kept and not cased and _PERSON_AFTER.match(text, start + w.start() - 1):
                        break  # 'my brother <name> asked me to ...': what the person did is no part of the name
                    kept.append(w)
                while not cased and len(kept) > 1 and len(kept[-1].group().rstrip(".")) == 1:
                    kept.pop()  # an initial has a name after it; one letter closing the words is a joining word
                    # of another language ('meu nome é rafaela borges e queria ...')
                if kept and not cased and cue_is_naming(m.group(0)[: start - m.start()]):
                    kept = self._given_word_inside(text, start, kept)
                if not kept or not kept[0].group()[0].isupper() and kept[0].group().lower() in _REPORT_VERBS:
                    continue  # 'the chap i spoke to said ...': a verb after the cue, its object came before it
                cue = m.group(0)[: start - m.start()].strip(" \t\n:").lower()
                # 'am i speaking to ...' asks who answers: as strong as 'is this ...'
                weak = any(cue.endswith(c) for c in _SPOKEN_CUES) and not cue.endswith("am i speaking to")
                # 'thanks to kónya': after a weak cue a lower-case word must be a name or no English word; so too
                # after any cue but 'my name is' where the text is capitalised ('my wife usually pays')
                agent = _AGENT_INTRO.match(text, start + kept[-1].end()) if weak else None
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
                    _TURN_END.match(text, start + kept[0].end()) is not None and _name_like_word(kept[0].group())
                if (weak or (cased or cue.startswith("my ")) and not cue.endswith(_NAMING_CUES)) and \
                        not kept[0].group()[0].isupper() and \
                        not plausible_lower(kept[0].group()) and not intro and not surnamed and not kin_named:
                    continue
                if weak and len(kept) == 1 and self._place_answer(text, m.start()):
                    continue  # 'just the town will do' -> "It's Cork.": a place answers, not a person
                if cue in _SPEECH_CUES and _THING_SUBJECT.search(text[max(0, m.start() - 30):m.start()]):
                    continue  # 'the statement said Easy Pay Max': a document speaks of products, not people
                end = start + kept[-1].end()
                if not cased and cue.endswith(_STRONG_IN_LOWERCASE):
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
        lead = _NAME_ANSWER_LEAD.search(text)
        if lead and all(plausible_lower(w) for w in lead.group(1).split()):
            out.append(self.hit("PERSON", lead.start(1), lead.end(1), 0.8, "answer to a name question"))
        more = _NAME_ANSWER_MORE.search(text)
        # the first word a name (a known one or no English word), the rest no common words ('john smith')
        # a caller who says they have one name vouches for the word as a name, whatever else it may mean
        if more and (more.group("single") or plausible_lower(more.group(1).split()[0])) and not any(
                w.lower() in _NOT_NAMES or w.lower() in STOP_WORDS for w in more.group(1).split()):
            out.append(self.hit("PERSON", more.start(1), more.end(1), 0.86, "answer to a name question, then more"))
        ans = _NAME_ANSWER.search(text)
        if ans and not any(w.lower() in _NOT_NAMES for w in ans.group(1).split()):
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

    def _place_answer(self, text: str, cue_start: int) -> bool:
        """Whether the cue opens the answer to a question for a place ('which town', 'the county', 'where'), which
        asked for no name."""
        own_start = len(text) - len(self.own_turn(text))
        last = text[:own_start].rstrip().split("\n")[-1]
        return cue_start >= own_start and _PLACE_ASKED.search(last) is not None and \
            _NAME_ASKED.search(last) is None and _ANSWER_NAME_LEAD.fullmatch(text[own_start:cue_start]) is not None

    @staticmethod
    def _given_word_inside(text: str, start: int, kept: list[re.Match[str]]) -> list[re.Match[str]]:
        """'my name is mehmet can ozturk': a middle name that is also an English word ('can', 'will') stands between
        a given name and a family name; the name runs on over it when the word after it is a family name or no
        English word (not 'mehmet can i pay') and it is no joining word or pronoun ('ali and ...')."""
        if len(kept) != 1 or not is_given_name(kept[0].group()):
            return kept
        m = _WORD_THEN_WORD.match(text, start + kept[0].end())
        if not m or m.group(2).lower() in _NOT_INSIDE_NAMES or m.group(3).lower() in STOP_WORDS or \
                m.group(3).lower() in _NOT_NAMES or not (is_family_name(m.group(3)) or family_shaped(m.group(3)) or
                                                         is_rare_word(m.group(3))):
            return kept
        return list(re.finditer(r"\S+", text[start:m.end()]))

    def _account_name(self, text: str, cased: bool) -> list[RecognizerResult]:
        """The name the account is in ('the name on the account is tupac huaman'): any words but what a name is
        said to be, capitalised where the text is."""
        out: list[RecognizerResult] = []
        for m in _ACCOUNT_NAME_CUE.finditer(text):
            first = m.group(1).split()[0]
            low = first.lower()
            if low in _NAME_STATES or low in _NOT_NAMES or low in STOP_WORDS or re.search(r"(?:ed|ly|ing)$", low) \
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
        for m in _KIN_IS.finditer(text):
            first, second = m.group(1), m.group(2)
            if not plausible_lower(first) or first in _NOT_NAMES:
                continue
            end = m.end(1)
            # the second word a family name or no common word ('rivka goldfarb', not 'maria today')
            if second and second not in STOP_WORDS and second not in _NOT_NAMES and not is_number_word(second) and (
                    plausible_lower(second) or is_given_name(first) and not is_given_name(second) and
                    second not in _NOT_INSIDE_NAMES and len(second) >= 4 and not re.search(r"(?:ing|ed|ly)$", second)):
                end = m.end(2)
            out.append(self.hit("PERSON", m.start(1), end, 0.8, "name after 'my <relative> is'"))
        return out

    def _name_before_address_cue(self, text: str) -> list[RecognizerResult]:
        """'yes delroy campbell the address is ...', 'hello this is <name> my new address is ...': in a transcript,
        two words between the turn's opening (a greeting, a yes, 'this is') and an address cue are the speaker's
        name, whatever they look like, when neither is a common or number word."""
        own = self.own_turn(text)
        base = len(text) - len(own)
        m = _NAME_THEN_ADDRESS_CUE.match(own)
        if not m:
            return []
        lead = m.group(1).split()
        intro = " ".join(lead[-2:]) in ("this is", "it's", "i'm", "i am")
        opened = not lead or lead[0] in _OPENERS or lead[0] in FOREIGN_GREETINGS or \
            " ".join(lead[:2]) in FOREIGN_GREETINGS or intro
        # 'yeah so i moved house the new address is': after a subject the two words are its verb and object
        if not opened or len(lead) > 3 or not intro and any(w in _SUBJECTS for w in lead):
            return []
        words = [m.group(2), m.group(3)]
        if any(w in STOP_WORDS or w in _NOT_NAMES or w in _OPENERS or is_number_word(w) or w in FOREIGN_GREETINGS
               for w in words):
            return []
        return [self.hit("PERSON", base + m.start(2), base + m.end(3), 0.86, "name before an address cue")]

    def _given_before_surname_question(self, text: str, cased: bool) -> list[RecognizerResult]:
        """'okay tsehay and your last name': the word acknowledged before a question for the family name is the given
        name just heard, when it is no common, number or filler word (capitalised where the text is)."""
        out: list[RecognizerResult] = []
        for m in _GIVEN_BEFORE_SURNAME_QUESTION.finditer(text, len(text) - len(self.own_turn(text))):
            word = m.group(1)
            low = word.lower()
            # 'okay lovely and your surname': a second word of acknowledgement is no name
            if low in STOP_WORDS or low in _NOT_NAMES or low in _NOT_VOCATIVE or low in _ACKNOWLEDGEMENTS or \
                    is_number_word(low) or (
                    cased and not word[0].isupper()):
                continue
            out.append(self.hit("PERSON", m.start(1), m.end(1), 0.86, "given name before a question for the surname"))
        return out

    def _sign_off(self, text: str, cased: bool) -> list[RecognizerResult]:
        """The name that signs off a message after 'thanks,' or 'regards,', particles and all ('Nurul Huda binti
        Ismail', 'Muthu a/l Raman'): capitalised where the text is, else known names or no English words."""
        m = _SIGN_OFF.search(text)
        if not m or m.start() < len(text) - len(self.own_turn(text)):
            return []
        names = [w for w in m.group(1).split() if w.lower() not in NAME_PARTICLES]
        if any(w.lower() in _NOT_NAMES or w.lower() in STOP_WORDS for w in names):
            return []
        if cased:
            if not all(w[0].isupper() for w in names) or len(names) < 2 and not self._known(names[0]):
                return []
        elif not (all(plausible_lower(w) for w in names) and any(is_given_name(w) for w in names)):
            return []
        return [self.hit("PERSON", m.start(1), m.end(1), 0.86, "name signing off a message")]

    def _spelt_out(self, text: str) -> list[RecognizerResult]:
        """'mensah m e n s a h', 'Nwosu, N-W-O-S-U': a word of this turn followed by its own spelling letter by letter
        is a name being given, spelling and all; not before a street word."""
        out: list[RecognizerResult] = []
        for m in _SPELT_OUT.finditer(text, len(text) - len(self.own_turn(text))):
            word, letters = m.group(1), re.sub(r"[\W_]", "", m.group(2))
            street = re.match(r"[ \t]+([^\W\d_]+)", text[m.end():])
            if re.sub(r"[\W_]", "", word).lower() != letters.lower() or word.lower() in STOP_WORDS or (
                    street and street.group(1).lower() in _STREET_CLOSE):
                continue  # 'hawthorn h a w t h o r n drive' spells a street
            # the letters give the name away as much as the word does
            out.append(self.hit("PERSON", m.start(1), m.end(2), 0.88, "word spelt out letter by letter"))
        return out

    def _asked_identity(self, text: str, cased: bool) -> list[RecognizerResult]:
        """'is that padraig o brien', 'am I speaking to Ana de Souza?': the name asked about, closing the question;
        'is dermot there': the person asked for in this turn."""
        out: list[RecognizerResult] = []
        own_start = len(text) - len(self.own_turn(text))
        for m in [*_IDENTITY_QUESTION.finditer(text), *_ASKED_FOR.finditer(text, own_start)]:
            # a middle initial ('dwayne t okonkwo') is part of the name, not a word to check
            said = m.group(1).split()
            # the article of a Gaelic patronymic ('seán mac an tsaoir', 'nic an bhaird') is a particle too
            words = [w for k, w in enumerate(said) if w.lower() not in NAME_PARTICLES and len(w.rstrip(".")) > 1
                     and not (k and w.lower() == "an" and said[k - 1].lower() in _GAELIC_PATRONYMS)]
            if not words or any(w.lower() in _NOT_NAMES or w.lower() in STOP_WORDS for w in words):
                continue
            if cased and not all(w[0].isupper() for w in words):
                continue
            if not (is_given_name(words[0]) or (not cased or len(words) > 1) and plausible_lower(words[0])):
                continue
            if not all(plausible_lower(w) or cased and w[0].isupper() for w in words):
                continue
            # the person asked for is as sure as spaCy's reading of the word, which the duplicate removal keeps
            asked_for = m.re is _ASKED_FOR
            out.append(self.hit("PERSON", m.start(1), m.end(1), 0.85 if asked_for else 0.8,
                                "person asked for: 'is ... there'" if asked_for else "name asked about: 'is that ...'"))
        return out

    def _name_then_address(self, text: str) -> list[RecognizerResult]:
        """The answer to 'your name and address' that runs from the name straight into the street ('ingrid berg
        storgata 5 ...', 'john smith fourteen high street'): the name words before the street. The hit is marked so
        that the address hits starting with the name start after it (engine)."""
        own = self.own_turn(text)
        prefix = text[:len(text) - len(own)]
        last = prefix.rstrip().split("\n")[-1] if prefix else ""
        if not _NAME_AND_ADDRESS.search(last):
            return []
        lead = _ANSWER_NAME_LEAD.match(own)
        toks = list(re.finditer(r"[^\W_][\w'\-/]*", own[lead.end():]))
        n = name_before_street([t.group() for t in toks])
        if not n:
            return []
        base = len(prefix) + lead.end()
        hit = self.hit("PERSON", base + toks[0].start(), base + toks[n - 1].end(), 0.87,
                       "name opening the answer to a name and address question")
        hit.recognition_metadata[NAME_BEFORE_ADDRESS] = True
        return [hit]

    def _greeting_intro(self, text: str) -> list[RecognizerResult]:
        """The name in a greeting that opens the turn ('hi it's jack', see _GREETING_INTRO)."""
        own = self.own_turn(text)
        m = _GREETING_INTRO.match(own)
        if not m:
            return []
        word = m.group(1).lower()
        # in written text a capitalised word no English word is the writer's name too ('hi its Wanjiru, ...')
        odd = m.group(1)[0].isupper() and is_cased(own) and (
            is_rare_word(m.group(1)) or any(ord(ch) > 127 for ch in m.group(1)) or is_family_name(word))
        if word in _NOT_NAMES or word in STOP_WORDS or word in _WORD_NAMES_NEVER or not (
                is_given_name(word) or word in NOT_ALONE or odd):
            return []
        base = len(text) - len(own)
        end = m.end(1)
        family = m.group(2)
        if family and family.lower() not in STOP_WORDS and family.lower() not in _NOT_NAMES and (
                is_family_name(family) or family_shaped(family)):
            end = m.end(2)  # 'hi it's jack doyle'
        return [self.hit("PERSON", base + m.start(1), base + end, 0.8, "name in the greeting that opens a turn")]

    def _rare_capitals(self, text: str) -> list[RecognizerResult]:
        """Lone capitalised words that are no English word ('Holinka', 'Ström'), where a person is meant."""
        out: list[RecognizerResult] = []
        for m in re.finditer(rf"(?<![\w'\-])({_UP}[^\W\d_A-Z]{{2,}}(?:-{_UP}[^\W\d_A-Z]+)?)(?![\w\-])", text):
            word = m.group(1)
            prev = re.search(r"([^\W\d_]+)[ \t]*$", text[max(0, m.start() - 20):m.start()])
            if word.lower() in NOT_ALONE and word.lower() not in _NOT_NAMES and word.lower() not in _WORD_NAMES_NEVER:
                # 'Patient Frank was discharged', 'so Will said': a given name that is also a word, in a person's
                # place only (a speech verb after it, or a word before it that only people follow)
                before = prev is not None and prev.group(1).lower() in _PERSON_BEFORE - {"and", "or", "with", "by"}
                if (before or _SPEECH_AFTER.match(text, m.end())) and not re.match(r"[ \t]+[A-Z]", text[m.end():]):
                    out.append(self.hit("PERSON", m.start(1), m.end(1), 0.6, "given name in a person's place"))
                continue
            if len(word) < 4 or not (is_rare_word(word) or any(ord(ch) > 127 for ch in word)) or \
                    word.lower() in _NOT_NAMES or word.lower() in STOP_WORDS or not name_words_ok([word], True):
                continue
            after = _PERSON_AFTER.match(text, m.end())
            if re.match(r"[ \t]*(?:\d|[A-Z])", text[m.end():m.end() + 2]):
                continue  # 'Parmova 109', 'Holinka Street': more than one word, not this rule's
            if (prev and prev.group(1).lower() in _PERSON_BEFORE) or after:
                out.append(self.hit("PERSON", m.start(1), m.end(1), 0.6, "no English word, in a person's place"))
            elif (loose := re.search(r"([^\W\d_]+)[^\w\n]*$", text[max(0, m.start() - 20):m.start()])) and \
                    loose.group(1).lower() not in _PLACE_OR_BRAND_BEFORE and not re.search(
                    r"(?:^|[.!?:;\n\"(])[ \t]*$", text[max(0, m.start() - 3):m.start()]) and \
                    _family_or_foreign(word):
                # 'Ugh, Westgård again', 'The winner is Akinori': mid-sentence, not where places and brands go
                out.append(self.hit("PERSON", m.start(1), m.end(1), 0.55, "no English word, mid-sentence"))
        return out

    def _rare_pairs(self, text: str, cased: bool) -> list[RecognizerResult]:
        """Two words side by side that are both no English word, or a name and no English word ('Ferko Takáts',
        'bojka žilih', 'gábor csenger'): a name, unless a place word or a number goes with them."""
        out: list[RecognizerResult] = []
        word = rf"{_UP}[^\W\d_A-Z]+" if cased else r"[^\W\d_]{3,}"
        # a lookahead for the second word, so every neighbouring pair is tried ('was bojka žilih')
        for m in re.finditer(rf"(?<![\w'\-@.])({word})(?=[ \t]+({word})(?![\w'\-@]))", text):
            a, b = m.group(1), m.group(2)
            if cased and not (a[0].isupper() and b[0].isupper()) or not cased and not (a.islower() and b.islower()):
                continue
            odd = [is_rare_word(w) or any(ord(ch) > 127 for ch in w) for w in (a, b)]
            named = [self._known(w) for w in (a, b)]
            if not all(o or n for o, n in zip(odd, named, strict=True)) or not any(odd) or not (
                    any(named) or all(odd)):
                continue
            if any(w.lower() in STOP_WORDS or w.lower() in _NOT_NAMES or not name_words_ok([w], False) for w in (a, b)):
                continue
            prev = re.search(r"([^\W\d_]+)[^\w\n]*$", text[max(0, m.start() - 20):m.start()])
            if (prev and prev.group(1).lower() in _PLACE_OR_BRAND_BEFORE - {"the", "a", "an"}) or \
                    re.match(r"[ \t,]*\d", text[m.start(2) + len(b):m.start(2) + len(b) + 4]):
                continue  # 'in Nowy Sącz', 'Hoge Wei 32': a place or a street
            if not cased and spoken_name_span(text, self._names_before(text, m.start(1)), m.start(2) + len(b)) is None:
                continue  # 'no habla bien español': two foreign words where no name is said
            out.append(self.hit("PERSON", m.start(1), m.start(2) + len(b), 0.6, "two words of no English: a name"))
        return out

    def _names_before(self, text: str, start: int) -> int:
        """The start of the known names right before `start` ('wilfredo' before 'quispe mamani')."""
        while (m := re.search(r"([^\W\d_]+)[ \t]+$", text[max(0, start - 30):start])) and \
                m.group(1).lower() not in STOP_WORDS and self._known(m.group(1)):
            start -= len(m.group())
        return start

    def _rare_lowers(self, text: str) -> list[RecognizerResult]:
        """In text of one case: a word that is no English word or a known name ('sandgreen', 'kaczmarek') where a
        person is meant."""
        out: list[RecognizerResult] = []
        for m in re.finditer(r"(?<![\w'\-@.])([^\W\d_]{4,}(?:-[^\W\d_]+)?)(?![\w\-@])", text):
            word = m.group(1)
            # no English word, or a known name ('patient kaczmarek was discharged')
            if not (is_rare_word(word) or any(ord(ch) > 127 for ch in word) or self._known(word)) or \
                    word.lower() in _NOT_NAMES or word.lower() in STOP_WORDS or not name_words_ok([word], False):
                continue
            prev = re.search(r"([^\W\d_]+)[ \t]*$", text[max(0, m.start() - 20):m.start()])
            if (prev and prev.group(1).lower() in _PERSON_BEFORE) or _PERSON_AFTER.match(text, m.end()):
                if not re.match(r"[ \t]*\d", text[m.end():m.end() + 3]):
                    out.append(self.hit("PERSON", m.start(1), m.end(1), 0.6, "no English word, in a person's place"))
        return out

    @staticmethod
    def _name_words(value: str, cased: bool) -> list[re.Match[str]]:
        """The leading words of a cue's value that can be a name, capitalised ('Ana Ruiz arrived' -> 'Ana Ruiz')."""
        kept: list[re.Match[str]] = []
        for w in re.finditer(r"\S+", value):
            word = w.group().rstrip(".,")
            capital = cased and word[:1].isupper()
            if word.lower() in _NOT_NAMES or word.isupper() and len(word) > 1 or \
                    not (capital or plausible_lower(word)) or not name_words_ok([word], False):
                break
            kept.append(w)
        return kept

    @staticmethod
    def _known(word: str) -> bool:
        """Whether one word alone is a name: a known given or family name or a family-name shape."""
        bare = re.sub(r"'s$", "", word)
        return is_given_name(bare) or is_family_name(bare) or family_shaped(bare)

    @staticmethod
    def _lowercase_surname(text: str, end: int) -> int:
        """'follow up with ingrid halvorsen in...': up to two more lower-case words that are not common words."""
        for _ in range(2):
            m = re.match(r"[ \t]+([^\W\d_][\w'\-]*)", text[end:])
            if not m or m.group(1).lower() in _NOT_NAMES or m.group(1).lower() in STOP_WORDS:
                break
            end += m.end()
        return end
