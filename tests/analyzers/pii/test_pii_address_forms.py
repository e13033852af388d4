"""Street lines of more countries and of ASR text: block and lot, house and road numbers, German prepositional
streets, rural routes, transliterated Ukrainian, Italian and Turkish unit parts, and the place words and postcode
read out after a street. Every value is made up."""

from __future__ import annotations

import pytest
from pii_helpers import found_of_types

ADDRESSES = [
    ("Send it to Blk 7 Lot 3, Greenfield Homes, Imus, Cavite please.", "Blk 7 Lot 3, Greenfield Homes, Imus, Cavite"),
    ("my address is house number four dash one two road number six jubilee hills hyderabad",
     "house number four dash one two road number six jubilee hills hyderabad"),
    ("Bitte schreiben Sie an Am Schlossgarten 4b, 70173 Stuttgart", "Am Schlossgarten 4b, 70173 Stuttgart"),
    ("Please write to RR 4 Box 210, Lebanon, MO 65536.", "RR 4 Box 210, Lebanon, MO 65536"),
    ("New address is vul. Khreshchatyk 22, kv. 9, Kyiv 01001.", "vul. Khreshchatyk 22, kv. 9, Kyiv 01001"),
    ("I moved to Via Roma 3, scala A, int. 7, 00184 Roma.", "Via Roma 3, scala A, int. 7, 00184 Roma"),
    ("Address: Atatürk Cad. No: 45 D: 3, Çankaya 06420 Ankara", "Atatürk Cad. No: 45 D: 3, Çankaya 06420 Ankara"),
    ("i live at twelve kamehameha avenue hilo hawaii nine six seven two zero",
     "twelve kamehameha avenue hilo hawaii nine six seven two zero"),
    ("my address is nine the orchards kilcock county kildare", "nine the orchards kilcock county kildare"),
    ("can you mail it to rural route two box eighty one ames iowa", "rural route two box eighty one ames iowa"),
    ("Please use P.O. Box 5521-00200, Nakuru.", "P.O. Box 5521-00200, Nakuru"),
]


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
def test_whole_address_is_one_hit(text: str, address: str) -> None:
    # the full stop after a town may go with it ('..., Nakuru.'): redaction hides it either way
    found = [(v.rstrip("."), t) for v, t in found_of_types(text, {"STREET_ADDRESS", "PERSON", "PHONE_NUMBER"})]
    assert (address, "STREET_ADDRESS") in found, found


def test_address_block_ends_at_a_sentence_and_blank_line() -> None:
    text = "Letters to P.O. Box 318, Eldoret.\n\nKind regards,\nWambui Njeri"
    assert ("Wambui Njeri", "PERSON") in found_of_types(text, {"PERSON", "STREET_ADDRESS"})
