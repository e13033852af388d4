"""Fairline's own presidio recognizers, one small plug-in per kind of PII."""

from __future__ import annotations

from analyzers.pii.recognizers.address import StreetAddressRecognizer
from analyzers.pii.recognizers.address_forms import AddressFormsRecognizer
from analyzers.pii.recognizers.address_intl import IntlAddressRecognizer
from analyzers.pii.recognizers.address_parts import AddressPartsRecognizer
from analyzers.pii.recognizers.address_spoken import SpokenAddressRecognizer
from analyzers.pii.recognizers.base import FairlineRecognizer
from analyzers.pii.recognizers.cards import CardExpiryRecognizer, CardNumberRecognizer
from analyzers.pii.recognizers.contact import PhoneFormatRecognizer, SpokenEmailRecognizer, UsernameRecognizer
from analyzers.pii.recognizers.identity import DateOfBirthRecognizer, IdNumberRecognizer, SsnRecognizer
from analyzers.pii.recognizers.labelled import LabelledNumberRecognizer
from analyzers.pii.recognizers.name_shapes import NameShapeRecognizer
from analyzers.pii.recognizers.names import NameCueRecognizer

# Every Fairline recognizer, in registration order. The order is also the tie-break between two of them that find the
# same span with the same type and score (the earlier names the hit): the specific recognizer of a kind before the
# general ones (cards and expiry dates before labelled numbers, the street rules before the other address forms).
FAIRLINE_RECOGNIZERS: tuple[type[FairlineRecognizer], ...] = (
    CardNumberRecognizer,
    CardExpiryRecognizer,
    LabelledNumberRecognizer,
    SsnRecognizer,
    DateOfBirthRecognizer,
    IdNumberRecognizer,
    SpokenEmailRecognizer,
    PhoneFormatRecognizer,
    UsernameRecognizer,
    NameCueRecognizer,
    NameShapeRecognizer,
    StreetAddressRecognizer,
    AddressFormsRecognizer,
    IntlAddressRecognizer,
    SpokenAddressRecognizer,
    AddressPartsRecognizer,
)


def fairline_recognizers() -> list[FairlineRecognizer]:
    """One instance of every Fairline recognizer, in registration order."""
    return [cls() for cls in FAIRLINE_RECOGNIZERS]


__all__ = ["FAIRLINE_RECOGNIZERS", "FairlineRecognizer", "fairline_recognizers"]
