"""Introduction cues: the words before a name that say a name follows ('my name is', 'this is', 'Mr', 'me llamo',
'the name on the account is', 'my wife ...'), the same as an ASR writes them without apostrophes ('its', 'im'), and
which cues are strong enough to take a lower-case word as a name.

NameCueRecognizer.find reads these; the lists of cue kinds decide how sure each hit is.
"""

from __future__ import annotations

import re

from analyzers.pii.name_lexicon import KIN_WORDS
from analyzers.pii.recognizers.name_words import CAP_NAME_WORDS, NAME_WORDS, PARTICLE, UPPER, WORD_TAIL

# 'my wife', 'my koro', 'my abuela': a relative, longest words first so 'grandma' is not read as 'gran'.
_KIN = "|".join(re.escape(k) for k in sorted(KIN_WORDS, key=len, reverse=True))
# Other languages' 'my name is' ('me llamo', 'meu nome é', 'je m'appelle'): only a name follows them, so in a
# transcript too, where the name has no capital ('meu nome é joao pedro silva santos').
_FOREIGN_MY_NAME_IS = ("me llamo|mi nombre es|je m'appelle|ich heiße|mein name ist|mi chiamo|me chamo|"
                       "(?:o )?meu nome é|nama saya|benim adım")
CUES = [
    re.compile(rf"\b(?:my name is|my name's|name is|name was|name's|call me|this is|i am|i'm|it's|speaking (?:with|to)|"
               rf"talking to|spell(?:ed|s)? )\s+({NAME_WORDS})", re.I),
    re.compile(rf"\b(?:mr|mrs|ms|miss|mister|dr|doctor|sir|madam)\.?\s+({CAP_NAME_WORDS})"),
    # honorifics of other languages and ranks: 'Herr Krüger', 'Mme Lefèvre', 'Sra. Ortiz', 'Prof. Adeyemi'
    re.compile(rf"(?<![\w.])(?:Herr|Frau|Fräulein|Signor|Signora|Sig\.(?:ra)?|Dott\.(?:ssa)?|M\.|Mme\.?|Mlle\.?|"
               rf"Monsieur|Madame|Sr\.|Sra\.|Srta\.|Señor|Señora|Senhor|Senhora|Doña|Dona|Pan|Pani|Hr\.|Fru|"
               rf"Prof\.?|Professor|Rev\.?|Reverend|Capt\.|Captain|Lt\.|Sgt\.|Col\.|Gen\.|Insp\.|Det\.|Judge|"
               rf"Sheikh|Shri|Smt\.?|Sri|Mx\.?|Ing\.|Mgr\.|Bc\.|Mag\.|Dipl\.-Ing\.|Univ\.Prof\.)\s+({CAP_NAME_WORDS})"),
    # titles of other languages too, in transcripts ("d'accord madame sarr", 'claro señora condori')
    re.compile(rf"\b(?:mr|mrs|ms|miss|mister|dr)\.?\s+({NAME_WORDS})", re.I),
    # one word only: the words after it are their language's, not more name ('madame sarr quelle est')
    re.compile(rf"\b(?:madame|monsieur|señora|señor|senhora|senhor|doña)\s+([^\W\d_]{WORD_TAIL})", re.I),
    re.compile(rf"\b(?:am i speaking (?:with|to)|is this|speak (?:with|to)|calling for|looking for|trying to reach|"
               rf"message for|calling to speak (?:with|to)|ask for|asking for)\s+({NAME_WORDS})", re.I),
    # an agent answering the call: "you're through to sam at ...", "you've reached priya from ..."
    re.compile(rf"\b(?:you're|you are|youre|you've|you have)\s+(?:now\s+)?(?:through to|reached|speaking (?:with|to)|"
               rf"talking (?:with|to))\s+({NAME_WORDS})", re.I),
    re.compile(rf"\b({CAP_NAME_WORDS})\s+(?:speaking|here)\b"),
    # self-introductions of other languages ('me llamo', 'je suis', 'ich bin', 'saya', 'tôi là'), before a
    # capitalised word of three letters or more ('Alamat saya Jl. ...' is 'my address'; 'Jl.' is no name)
    re.compile(rf"(?i:\b(?:{_FOREIGN_MY_NAME_IS}|soy|je suis|ich bin|sono|sou|saya|aku|tôi là|ako si|ako po si)"
               rf")\s+(?=\w{{3}})({CAP_NAME_WORDS})"),
    # French 'it's' before a full name ('Bonjour, c'est Marie-Ève Tremblay'); one capitalised word after it is as
    # often a thing or a place ('C'est Paris qui compte')
    re.compile(rf"(?i:\bc'est)\s+({UPPER}{WORD_TAIL}(?:\s+{UPPER}{WORD_TAIL}){{1,2}})"),
    # people named in passing: 'follow up with Ingrid Halvorsen', 'said Brannagh', 'my wife Sarah', 'named him Oswin'
    re.compile(rf"\b(?:follow(?:ing)? up with|spoke (?:with|to)|talk(?:ed)? (?:with|to)|said|asked|told|replied|"
               rf"named(?: him| her)?|my (?:{_KIN}))"
               rf"\s+({NAME_WORDS})", re.I),
    # the person a caller lets speak or act for them: "i'm happy for chiamaka to talk for me", 'I authorise Ravi
    # Menon to discuss the account'; the verb after 'to' says a person is meant, not 'happy for the bank to call'
    re.compile(rf"\b(?:(?:happy|okay|ok|fine|content|glad)[ \t]+for|permission[ \t]+for|authori[sz]e[sd]?|allow)"
               rf"[ \t]+({NAME_WORDS})(?=[ \t]+to[ \t]+(?:talk|speak|deal|discuss|handle|act|manage|sort)\b)", re.I),
    # the name before the cue, opening the turn or a sentence: 'chidinma eze is my name', 'Ana Lima is my full name'
    re.compile(rf"(?m)(?:^|(?<=[.!?,]\s))\s*({NAME_WORDS})\s+(?:is|'s)\s+(?:my|the)\s+(?:full\s+)?name\b", re.I),
    # a name given by its part, without 'is': 'first name tomasz', 'surname: Przybylski'
    re.compile(rf"\b(?:(?:first|last|given|family|middle|christian|maiden)[ \t]+name|surname|forename)[ \t]*:?[ \t]*"
               rf"(?!(?:is|was|'s|\u2019s)\b)({NAME_WORDS})", re.I),
]
# Cues as an ASR writes them, without the apostrophe ('its andile', 'im chen yu ting', 'my names tomasz'); only in
# text of one case, where 'its' and 'im' cannot be the possessive or a typo before a capitalised word.
ASR_CUES = [
    re.compile(rf"\b(?:its|im|my names)\s+({NAME_WORDS})", re.I),
    # whom the call or payment is for ('this is for losa fifita'), and a name read back to be confirmed ('so i
    # have hemi walker is that right')
    re.compile(rf"\b(?:(?:this|that|it) is|it's|its|that's|thats) for\s+({NAME_WORDS})", re.I),
    re.compile(rf"\b(?:i have|i've got|ive got|i got|that's|thats)\s+({NAME_WORDS})"
               r"(?=\s+(?:is that (?:right|correct)|correct|right|yeah)\b)", re.I),
    # a caller closing the turn with who they are after what they asked for ('send it to ... thats jean luc
    # tremblay'): weak, so the words must look like a name ('that's perfect' is none)
    re.compile(rf"\b(?:that's|thats|that is)\s+({NAME_WORDS})(?=[ \t]*[.!]?[ \t]*$)", re.I),
    re.compile(rf"\b(?:{_FOREIGN_MY_NAME_IS})\s+({NAME_WORDS})", re.I),
    # an agent checking who answered, the name closing the question ('hello is that mairi macleod'); weak, so the
    # words must look like a name ('is that everything' is none)
    re.compile(rf"\b(?:is|was) that\s+({NAME_WORDS})(?=[ \t]*[?.!]?[ \t]*$)", re.I),
]
# The name the account is in: 'the name on the account is tupac huaman', 'account holder is ...'. What a name
# is said to be ('the name on the account is wrong / misspelled / still my late husband's') is no name.
ACCOUNT_NAME_CUE = re.compile(
    rf"\b(?:(?:the\s+)?name\s+(?:on|for|under)\s+(?:the|my|this|that|your|his|her)\s+(?:account|card|loan|policy|"
    rf"file|agreement|contract|booking|plan)|account\s*holder(?:'s\s+name)?)\s+(?:is|was|'s)\s+({NAME_WORDS})", re.I)
WORD_THEN_WORD = re.compile(r"([ \t]+)([^\W\d_]+)[ \t]+([^\W\d_][\w'\-]*)")
# 'my grandmother is rivka goldfarb' (in text of one case only: 'My husband is Polish' is no name).
KIN_IS = re.compile(rf"\bmy[ \t]+(?:{_KIN})[ \t]+(?:is|was|'s)[ \t]+(?:called[ \t]+)?([a-z][a-z'\-]+)"
                    r"(?:[ \t]+([a-z][a-z'\-]+))?")


# The end of the turn, after a closing punctuation mark at most.
TURN_END = re.compile(r"[ \t]*[.!?]?[ \t]*$")


def cue_is_naming(cue: str) -> bool:
    """Whether a cue's text ends with a phrase that introduces one's own name ('my name is')."""
    return re.search(rf"(?:my name is|my name's|my names|name is|name's|call me|{_FOREIGN_MY_NAME_IS})$",
                     cue.strip(" \t\n:").lower()) is not None


SPOKEN_CUES = {"its", "im", "is for", "it's for", "its for", "that's for", "thats for", "i have", "i've got",
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
NAMING_CUES = ("my name is", "my name's", "my names", "name is", "name's", "call me", "spell", "spelled", "spells")
SPEECH_CUES = {"said", "asked", "told", "replied"}
# Hedges between a naming cue and the name ('my name is just Suharti', 'my name's simply Ana').
HEDGES = frozenset("just simply only actually".split())
# Cues strong enough that a lower-case name after them is a name in all-lower-case text.
STRONG_IN_LOWERCASE = ("follow up with", "following up with", "spoke with", "spoke to", "my name is", "name is",
                       "speak with", "speak to", "talked to", "talk to", "talked with", "talk with")


# 'this is giorgi from the bank of georgia collections team', 'this is lagi calling from pacific home furnishings':
# an agent's introduction, where the word after 'this is' is the agent's name whatever it looks like.
AGENT_INTRO = re.compile(r"[ \t]+(?:(?:calling |ringing )?(?:from|at)[ \t]+(?:the[ \t]+)?(?:[^\W\d_]+[ \t]+){0,4}?"
                         r"(?:team|bank|finance|collections?|department|credit|union|services|furnishings|company|"
                         r"office|agency|recovery|loans?|lending|group|store|stores)\b|"
                         # 'this is rob calling about your account': the caller's name, then what the call is about
                         r"(?:calling|ringing|phoning)[ \t]+(?:about|regarding|re|with|on behalf|back|to)\b)", re.I)
# The family name given by its part after another cue in the same sentence ("it's saoirse and the surname is ó
# ceallaigh"), where the first cue's match has run over 'surname'; its particle opens it.
CUES.append(re.compile(rf"\b(?:surname|family name|last name)[ \t]+(?:is|was|'s)[ \t]+"
                       rf"((?:(?i:{PARTICLE})[ \t]+)?{NAME_WORDS})", re.I))
