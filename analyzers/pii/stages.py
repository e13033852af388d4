"""Pipeline stages: `pii_redact` (detect and replace PII in every turn) and `pii_verify` (independent re-check)."""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import Field, SecretStr, model_validator

from analyzers.document import Document, Entity, Evidence, Finding, Redaction, Severity, Utterance
from analyzers.pii.conversation import detect_conversation
from analyzers.pii.engine import Detection
from analyzers.pii.policy import Policy, RedactionPolicy
from analyzers.pii.redact import MAX_CHARS, TextRedaction, apply_redactions, check_text
from analyzers.pii.verify import Residual, find_cross_turn_residuals, find_residuals
from analyzers.pipeline import ProgressHook, Stage, StageParams, register_stage

# Placeholders a previous redaction left: never re-detected (a hash's hex digits are not a number).
_PLACEHOLDER = re.compile(r"<[A-Z][A-Z_]*(?::[0-9a-f]{6,64})?>")


class PiiRedactParams(StageParams):
    default_policy: Policy = "tag"
    policy: dict[str, Policy] = Field(default_factory=dict,
                                      description="Policy per entity type, e.g. CREDIT_CARD: mask")
    hash_secret: SecretStr | None = Field(default=None, description="Tenant secret for the hash policy (HMAC-SHA256).")
    context_turns: int = Field(default=2, ge=0, le=5, description="Earlier turns whose words give numbers meaning.")
    max_chars: int = Field(default=MAX_CHARS, gt=0)
    allow_list: list[str] = Field(default_factory=list,
                                  description="Words never redacted as names, e.g. the agency's own company name; "
                                              "the interaction's brand name and aliases are always allowed.")

    @model_validator(mode="after")
    def _policy_valid(self) -> PiiRedactParams:
        self.redaction_policy()
        return self

    def redaction_policy(self) -> RedactionPolicy:
        """The policy object these parameters describe."""
        return RedactionPolicy(default=self.default_policy, per_type=self.policy, hash_secret=self.hash_secret)


@register_stage
class PiiRedact(Stage):
    """Finds PII in every utterance (spoken or written, also across turns) and replaces it by the policy."""

    name: ClassVar[str] = "pii_redact"
    # 4: names, street and phone forms of many countries (see recognizers); 5: names of regions the lists lacked,
    # lower-case names and streets, address blocks with '|' and ';', streets with no number or no street word;
    # 6: greetings, phrases, brands and places of other languages are no names; address forms of more countries;
    # 7: brands of whole categories (BNPL, mobile money, telecom, retail), products, organisations, places moved
    # to and address words are no names; more address forms (recognisers 6); 8: names in transcripts by their
    # position, spoken and comma-separated addresses by structure, addresses end before a name (recognisers 7);
    # 9: greeting self-introductions, names spaCy and the shape rule agree on, address parts stop at a sentence's
    # end, 'The Crescent' streets, numbered units and spoken postcodes, dates of birth before an address (rec. 8);
    # 10: hyphenated names greeted or cut by the NER, firms joined by '&', where money is held, branches and lines
    # are no names; whole-turn spoken answers to an address question, '-straße' streets with German numbers,
    # address parts after 'courier/send ... to', state codes that are words ('ON', 'OR') in a tail (recognisers 9)
    # 11: no PERSON with a digit, none inside a street hit past its start, none that is the place one writes or
    # calls from; a name part that is an English word ('grace') found again where its bearer is addressed later in
    # the conversation; indefinite pronouns, kin words of many languages (recognisers 10)
    # 12: name particles ('o', 'mac', 'van der', 'binti', 'a/l') join a name's parts; sign-off names after an
    # address; a name answer running straight into the address starts the address after it; 'is that <name>'
    # questions (recognisers 11)
    # 13: no name that opens a capitalised sentence when an object pronoun follows ('Mark it as ...') or the rest
    # of the sentence is another language ('Kan jag ...'); a name after 'at the' is the venue ('at the Hilton'),
    # after 'the courier,' or before 'Consultancy'/'Holdings'/'Ltd' a firm; the spoken name before an address cue
    # and the address shapes of recognisers 12; a capitalised name after 'soy'/'saya' stays one in a sentence of
    # another language; a town after Spanish/Portuguese 'en'/'em' is a place
    # 14: deterministic whatever the hash seed: presidio's recognizers run in registration order and equal hits
    # (same span, type and score) are put in a total order before its set-based duplicate removal, so the same
    # recognizer (Fairline's before spaCy's and presidio's) always names the hit; ties in the overlap merge are
    # broken the same way (spans unchanged on the bench sets; the recognizer recorded on a redaction can differ)
    # 15: no name for a month after a day ('12 Jun'), places travelled between or money sent from ('travelling
    # between Florence and Adelaide', 'the money from Jordan'), a shop after 'at' with a possessive that is no
    # given name ('at McDonald's'), a family name heading a firm ('Okoro Brothers Logistics'), nor one capitalised
    # word of another language joined to a given name at a sentence's start ('Intestato a Giulia ...'); a spoken
    # name after 'the daughter of'; the names and address shapes of recognisers 13
    # 16: 'Hi, Wiratmoko here': courtesy words are no brands that make a name beside them one; a word qualifying
    # another language's 'address' ('Yeni adresim') is no name; the names and address shapes of recognisers 14
    # 17: no name inside a longer brand that holds a word no name is ('the Marks and Spencer card'), a brand that is
    # a name listed beside another brand in a payment sentence ('Tabby or Tamara'), a debt collector that is a name
    # where the sentence is about the debt ('referred the account to Lowell'), a tariff named like a person ('the
    # Albert plan', 'your Jasmine Unlimited SIM plan'); a name span closed by a street word ('istiklal caddesi') is
    # the street's; a spelling's last letter 'i' or 'a' stays in the name; 'ul' joins a name ('Noor ul Huda'); an
    # English greeting the NER took into a name is cut off ('hello kim ...'); the names and addresses of recognisers
    # 15
    # 18: a name that is also a word said again after an agent's willing reply ('of course faith can you ...', 'no
    # problem june ...'); a relative's given name before the family name already found ('my aunty mele fifita');
    # a letter's 'Dear' is no part of the name after it; German 'Vielen Dank' is courtesy;
    # the verifier takes a capital-letter-prefixed code ('INV-20391847') and the organisation's own line for no
    # residue; the numbers of recognisers 16
    # 19: in a transcript, the words a turn opens with before its address are the speaker's name ('<name> and the
    # address is ...', '<name> i live at ...', '<name> <house number> ...'), taking in a hit on one of its words
    # ('harrison' of '<harrison ng> unit four ...'); an address hit ends before a clause
    # that names the speaker ('... thats <name>'); the names of recognisers 17
    # 20: the address shapes and edges and the 'is my name' names of recognisers 18
    # 21: a name found again as an ASR possessive without apostrophe ('olgas permission'); 'first name' is no
    # number after a spelling's 'o'; a cued name of three words ending in 'park' or 'hall' is a person's
    # ('it's jun ho park'); small shops and employers ('... Bakery', '... Cafe') are firms; presidio's phone matcher
    # takes no reference with a capital-letter prefix ('CX-2024-118907'); the names and addresses of recognisers 19
    # 22: capitalised words before a product's colour or finish are no person ('Rose Gold colour'); in a transcript
    # the known family names said after a name join it ('tuan anh' + 'tran'); 'six hundred oh oh four' is 600004;
    # no speaker's name opening an address in a script without capitals or before 'mieszkam na'-like links; the
    # names and addresses of recognisers 20
    # 23: an address hit loses the sentence's words at its edges (a cue's own words 'changed to', 'on file is', a
    # filler, a clause or remark after it, the closing full stop); a flat before the street line and a range of
    # house numbers ('48 to 50 ...') no longer part an address; a courtesy title opening a name is no part of it;
    # a dash between spaces ends a name ('<name> - I spoke ...'); a known place one comes back or home from is no
    # person; the names and addresses of recognisers 21
    # 24: an English contraction ("I'm") keeps a short sentence English, so the name in it stays; capitalised words
    # closed by a colour before 'version' or 'model' are a product's finish ('Rose Gold version'); a known place
    # before 'trip' or 'holiday' is no person; a word opening a heading before its noun and a colon is none ('Frank
    # question:'); names joined by '&' before a shop's goods are a brand ("... & ...'s vouchers"); the names and
    # addresses of recognisers 22
    # 25: the freephone or non-geographic number a firm's texts or calls come from ('you'll get a text from 0800
    # ...', 'we'll call you from 1-800-...') is no customer's (a mobile there still is), and the verifier leaves it
    # too; the names and addresses of recognisers 23
    # 26: the names and addresses of recognisers 24 (numberless streets closed by a spoken postcode, a house's name,
    # a town's words ending before the caller's name, dates in an address cue, read-backs without the reply word,
    # 'meu nome é', 'is that <name>', '... my daughter <name>', product names before goods, 'No. 45/2, <street>')
    version: ClassVar[str] = "26"
    needs: ClassVar[frozenset[str]] = frozenset({"utterances", "normalised"})
    adds: ClassVar[frozenset[str]] = frozenset({"redacted", "entities"})
    Params = PiiRedactParams

    def run(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        params: PiiRedactParams = self.params  # type: ignore[assignment]
        policy = params.redaction_policy()
        utts = doc.utterances
        texts = [check_text(u.text, params.max_chars) for u in utts]
        allow = [*params.allow_list, doc.meta.brand_name, *doc.meta.brand_aliases]
        found = detect_conversation(texts, params.context_turns, allow)
        for pos, u in enumerate(utts):
            dets = _outside_placeholders(u.text, found[pos])
            redacted, reps = apply_redactions(u.text, dets, policy)
            _rewrite_words(u, redacted, reps)
            u.text = redacted
            for r in reps:
                start, end = _time_span(u, r)
                doc.redactions.append(Redaction(utterance=u.index, char_start=r.start, char_end=r.end,
                                                entity_type=r.entity_type, recognizer=r.recognizer, score=r.score,
                                                start=start, end=end))
                doc.entities.append(Entity(entity_type=r.entity_type, utterance=u.index, speaker_role=u.role,
                                           char_start=r.start, char_end=r.end, start=start, end=end, score=r.score))
            if hook:
                hook("pii_redact", None, completed=pos + 1, total=len(utts))
        doc.redacted = True
        return doc


def _outside_placeholders(text: str, dets: list[Detection]) -> list[Detection]:
    holes = [m.span() for m in _PLACEHOLDER.finditer(text)]
    return [d for d in dets if not any(s < d.end and d.start < e for s, e in holes)]


def _rewrite_words(u: Utterance, redacted: str, reps: list[TextRedaction]) -> None:
    """Words inside a redacted span take its replacement (keeping their times); the rest shift with the text."""
    for w in u.words:
        hit = next((r for r in reps if w.char_start < r.orig_end and r.orig_start < w.char_end), None)
        if hit is not None:
            w.text = redacted[hit.start:hit.end]
            w.char_start, w.char_end = hit.start, hit.end
            continue
        shift = sum((r.end - r.start) - (r.orig_end - r.orig_start) for r in reps if r.orig_end <= w.char_start)
        w.char_start += shift
        w.char_end += shift


def _time_span(u: Utterance, r: TextRedaction) -> tuple[float | None, float | None]:
    """Audio time of a redaction: its words' times, else the whole utterance (muting more is the safe side)."""
    ws = [w for w in u.words if w.char_start == r.start and w.char_end == r.end]
    if ws:
        return min(w.start for w in ws), max(w.end for w in ws)
    return u.start, u.end


class PiiVerifyParams(StageParams):
    min_digits: int = Field(default=7, ge=4, le=12, description="Digit runs this long left in text are residue.")
    redact_residual: bool = Field(default=True, description="Also replace residue by <RESIDUAL_PII> in the text.")


@register_stage
class PiiVerify(Stage):
    """Re-checks redacted text with independent patterns; anything left goes to doc.residual_pii."""

    name: ClassVar[str] = "pii_verify"
    version: ClassVar[str] = "1"
    needs: ClassVar[frozenset[str]] = frozenset({"redacted"})
    adds: ClassVar[frozenset[str]] = frozenset()
    Params = PiiVerifyParams

    def run(self, doc: Document, hook: ProgressHook | None = None) -> Document:
        params: PiiVerifyParams = self.params  # type: ignore[assignment]
        pans: list[Evidence] = []
        split = find_cross_turn_residuals([u.text for u in doc.utterances])
        for pos, u in enumerate(doc.utterances):
            residuals = find_residuals(u.text, params.min_digits)
            residuals = _with_card_pieces(residuals, [r for p, r in split if p == pos])
            if not residuals:
                continue
            if params.redact_residual:
                residuals = _replace_residuals(doc, u, residuals)
            for r in residuals:
                ev = _evidence(u, r, params.redact_residual)
                doc.residual_pii.append(ev)
                if params.redact_residual:
                    # recorded as a redaction too, so redact_audio mutes it like any other span
                    doc.redactions.append(Redaction(utterance=u.index, char_start=r.start, char_end=r.end,
                                                    entity_type="RESIDUAL_PII", recognizer=self.name, score=1.0,
                                                    start=ev.start, end=ev.end))
                if r.kind == "card_number":
                    pans.append(ev)
        if pans:
            doc.findings.append(Finding(
                category="pci.pan_exposed", rule_id="pii_verify.residual_card_number",
                title="Card number left after redaction",
                severity=Severity.critical, detector=self.name, detector_version=self.version,
                explanation=f"{len(pans)} Luhn-valid card number(s) remained in the text after redaction",
                remediation="Review the redaction miss; the interaction is not stored as clean.", evidence=pans,
            ))
        return doc


_RESIDUAL_TAG = "<RESIDUAL_PII>"


def _with_card_pieces(residuals: list[Residual], pieces: list[Residual]) -> list[Residual]:
    """Add pieces of a card number split across turns; a piece absorbs the digit runs it overlaps."""
    for piece in pieces:
        hit = [x for x in residuals if x.start < piece.end and piece.start < x.end]
        residuals = [x for x in residuals if x not in hit]
        residuals.append(Residual(min(x.start for x in [piece, *hit]), max(x.end for x in [piece, *hit]),
                                  "card_number", piece.digits))
    return sorted(residuals, key=lambda r: r.start)


def _replace_residuals(doc: Document, u: Utterance, residuals: list[Residual]) -> list[Residual]:
    """Replace each residue in the text and its words, shift later spans; return the residues at new offsets."""
    out: list[Residual] = []
    shift = 0
    text = u.text
    for r in residuals:
        s, e = r.start + shift, r.end + shift
        delta = len(_RESIDUAL_TAG) - (e - s)
        text = text[:s] + _RESIDUAL_TAG + text[e:]
        for w in u.words:
            if w.char_start < e and s < w.char_end:
                w.text, w.char_start, w.char_end = _RESIDUAL_TAG, s, s + len(_RESIDUAL_TAG)
            elif w.char_start >= e:
                w.char_start += delta
                w.char_end += delta
        spans: list[Redaction | Entity] = [x for x in doc.redactions if x.utterance == u.index]
        spans += [x for x in doc.entities if x.utterance == u.index]
        for span in spans:
            if span.char_start >= e:
                span.char_start += delta
                span.char_end += delta
        out.append(Residual(s, s + len(_RESIDUAL_TAG), r.kind, r.digits))
        shift += delta
    u.text = text
    return out


def _evidence(u: Utterance, r: Residual, replaced: bool) -> Evidence:
    """Where the residue is, with an excerpt that never shows it."""
    text = u.text
    excerpt = text[max(0, r.start - 40):r.start] + (_RESIDUAL_TAG if not replaced else text[r.start:r.end]) + \
        text[r.end:r.end + 40]
    ws = [w for w in u.words if w.char_start < r.end and r.start < w.char_end]
    start = min((w.start for w in ws), default=u.start)
    end = max((w.end for w in ws), default=u.end)
    return Evidence(utterance=u.index, char_start=r.start, char_end=r.end, start=start, end=end,
                    excerpt=excerpt, speaker_role=u.role)
