"""Written addresses recognised as a list of parts, whatever words the country uses for its streets.

'Tŷ Gwyn, Heol y Bryn, Llanrug, Caernarfon LL55 4AB', 'Villa 117, Cité Keur Gorgui, Dakar', 'Wadada Maka
Al-Mukarama, near KM4, Hodan District, Mogadishu': no street word we know, often no house number first. What
makes them addresses is where they stand and their shape:
  - after an address cue ('my address is', 'mon adresse :', "j'habite", 'post should go to', 'ship to'), or as the
    whole turn answering a question about the address;
  - two or more comma-separated parts, each opening with a capital or a digit, with a number somewhere or three
    parts at least (a town alone, 'moved to Lisbon', is not an address).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from analyzers.pii.allow import is_cased
from analyzers.pii.name_lexicon import sign_off_pattern
from analyzers.pii.recognizers.base import CONTEXT_PREFIX, FairlineRecognizer

# Cues of several languages after which an address follows.
_CUE = re.compile(
    r"(?i)\b(?:(?:my |the |your |his |her |our |new |mon |ma |mi |su |meu |minha )*(?:address|adresse|anschrift|"
    r"dirección|direccion|endereço|endereco|indirizzo|alamat|adres|adresa)"
    # Romance languages put 'new' after the noun ('meu endereço novo é', 'mi dirección nueva es')
    r"(?:\s+(?:novo|nova|nuevo|nueva|nouvelle|nuovo|atual|actual))?(?:\s+(?:is|es|est|é|ist|lautet|now))?|"
    r"(?:live|lives|living|staying|stay) (?:at|in|on)|j'habite(?: maintenant| à| au| a)?|viv[eoí]a? en|"
    r"mora(?:va)? (?:em|na|no)|moro (?:em|na|no)|"
    r"(?:should |will |can |must )?go(?:es)? to|sen[dt](?: \w+){0,2} to|"
    # 'please courier the NOC to', 'send the settlement letter to', 'dispatch the card to'
    r"(?:courier|send|post|mail|dispatch|deliver|forward)(?:ed)?(?: (?:the|my|a|an|this|that|it|them|\w+)){1,4} to|"
    r"ship (?:it |them )?to|deliver(?:ed)? to|post (?:it |them )?to|forward(?:ed)? (?:it |them )?to|moved to|"
    r"update (?:it|my address|the address) to|change (?:it|my address|the address) to)\s*[:\-]?\s+")
# A question about the address in the turns before: then the whole of this turn may be the answer.
# A reply word, then a title or a pronoun as the next part: a sentence, not an address.
_REPLY_PARTS = re.compile(r"(?i)(?:yes|yeah|yep|no|ok|okay|sure|thanks|thank you|right|hi|hello)[ \t]*,[ \t]*"
                          r"(?:(?:mr|mrs|ms|miss|dr|sir|madam)\b|(?:I|we|you|he|she|they|it)[ \t])")
_ASKED = re.compile(r"(?i)\b(?:address|adresse|dirección|direccion|endereço|alamat|where (?:do|does) \w+ live|"
                    r"postcode|post code|zip code)\b")
# One part: opens with a capital or a digit, up to eight words ('Heol y Bryn', 'near KM4', 'Caernarfon LL55 4AB').
# a flat's or block's abbreviation may open a part in lower case before its number ('..., apto 604, ...')
_PART = r"(?:near |by |off |opposite |" \
        r"(?:apto|apt|depto|dpto|piso|andar|sala|casa|int|flat|unit|suite)\.?[ \t]+(?=\d))?" \
        r"[A-Z\u00c0-\u00de\u0100-\u024f0-9][\w'’./\-\u00c0-\u024f]*" \
        r"(?:[ \t]+[\w'’./\-\u00c0-\u024f]+){0,7}"
_PARTS = re.compile(rf"{_PART}(?:[ \t]*,[ \t]*{_PART})+")
_NOT_ADDRESS = re.compile(r"(?i)\b(?:am|pm|o'clock|percent|minutes?|hours?|days?|weeks?|months?|years?|dollars?|"
                          r"euros?|pounds?|birr|rand|order|invoice|reference|ref|account)\b|[$£€%:@]")
# Sign-offs that close a message after its address ('..., Selangor thanks, Nurul ...', '... 0555 Oslo. Regards,').
_SIGN_OFF = re.compile(rf"(?i)[ \t,.]+{sign_off_pattern('thx', 'best wishes')}\b"
                       r"(?=[ \t,.!]*(?:\n|$|[A-Z\u00c0-\u00de]))")
_ABBREV_DOT = re.compile(r"(?i)\b(?:no|nr|apt|dpto|depto|av|jr|st|ste|bldg|blvd|rd|ave|sr|sra|dr|jl|km|co|int|col|"
                         r"subd|brgy)\.$")


def _sentence(text: str, start: int) -> str:
    """The text from start to the end of its sentence (a full stop that ends no abbreviation) or line."""
    end = start
    for m in re.finditer(r"[!?\n]|\.(?=\s|$)", text[start:]):
        end = start + m.start()
        if m.group() == "." and _ABBREV_DOT.search(text[start:end + 1]):
            continue
        return text[start:end]
    return text[start:]


class AddressPartsRecognizer(FairlineRecognizer):
    """Comma-separated address parts after an address cue or as the answer to an address question."""

    ENTITIES = ["STREET_ADDRESS"]

    def find(self, text: str, nlp_artifacts: NlpArtifacts | None) -> list[RecognizerResult]:
        """Addresses given as parts, in this turn."""
        own = self.own_turn(text)
        if not is_cased(own):
            return []
        base = len(text) - len(own)
        starts = [base + m.end() for m in _CUE.finditer(own)]
        prefix = CONTEXT_PREFIX.get()
        if prefix and _ASKED.search(prefix[-200:]):
            starts.append(base + len(own) - len(own.lstrip()))
        out: list[RecognizerResult] = []
        for s in starts:
            chunk = _sentence(text, s)
            lead = re.match(r"[^\W\d_A-Z\u00c0-\u00de]*(?:[ \t]+|$)", chunk)  # 'maintenant Cité Hodane 2'
            offset = lead.end() if lead and lead.end() < len(chunk) and len(lead.group().split()) <= 1 else 0
            addressee = re.match(r"[^,\n]*?[ \t](?:at|c/o)[ \t]+", chunk[offset:])
            if addressee:
                offset += addressee.end()  # 'send it to Ngozi Xala at 1232 ...': the name is no part of it
            m = _PARTS.match(chunk, offset)
            if not m or _NOT_ADDRESS.search(m.group()):
                continue
            parts = m.group().count(",") + 1
            if not (any(ch.isdigit() for ch in m.group()) or parts >= 3):
                continue
            if _REPLY_PARTS.match(m.group()):
                continue  # 'Yes, Ms Shaikh, I see ...': a reply that addresses someone, not the parts of an address
            value = m.group()
            # '..., MT 59771 thx - Dave': a dash between spaces sets off what follows the address (a sign-off)
            # (but a state's code after a dash is the address's: '..., Brasília - DF, 70862-030')
            value = re.split(r"[ \t]+[-\u2013\u2014][ \t]+(?![A-Z]{2}\b)", value)[0]
            # '..., Selangor thanks, Nurul Huda binti Ismail': a sign-off ends the address; the name is the writer's
            value = _SIGN_OFF.split(value)[0]
            # 'Imus, Cavite please': lower-case words closing the last part are the sentence's, not the address's
            while (w := re.search(r"[ \t]+([^\W\d_]+)[ \t.,]*$", value)) and w.group(1).islower():
                value = value[:w.start()]
            value = value.rstrip(" .,")
            out.append(self.hit("STREET_ADDRESS", s + m.start(), s + m.start() + len(value), 0.85,
                                "address parts after a cue or as the answer to an address question"))
        return out
