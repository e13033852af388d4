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


def fairline_recognizers() -> list[FairlineRecognizer]:
    """One instance of every Fairline recognizer."""
    return [
        CardNumberRecognizer(),
        CardExpiryRecognizer(),
        LabelledNumberRecognizer(),
        SsnRecognizer(),
        DateOfBirthRecognizer(),
        IdNumberRecognizer(),
        SpokenEmailRecognizer(),
        PhoneFormatRecognizer(),
        UsernameRecognizer(),
        NameCueRecognizer(),
        NameShapeRecognizer(),
        StreetAddressRecognizer(),
        AddressFormsRecognizer(),
        IntlAddressRecognizer(),
        SpokenAddressRecognizer(),
        AddressPartsRecognizer(),
    ]


__all__ = ["FairlineRecognizer", "fairline_recognizers"]
