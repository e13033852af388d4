"""Names and street addresses as they are written and spoken around the world, in sentence shapes the recognizers
were not built from, and look-alikes that must stay readable (brands, plans, months, amounts, order numbers).

Every value here is made up for the test.
"""

from __future__ import annotations

import pytest
from pii_helpers import found_of_types, hits_covering

from analyzers.pii.conversation import detect_conversation
from analyzers.pii.engine import ner_model_name

# (text, entity type, the exact text that must be covered by a hit of that type)
NAMES = [
    # romanised East and South-East Asian, South Asian, African, Arabic, Slavic and Latin American names
    ("Please ask Priya Raghunathan to call me back after lunch.", "PERSON", "Priya Raghunathan"),
    ("Customer says Kim Min-jun is his son and may pay.", "PERSON", "Kim Min-jun"),
    ("The guarantor is Sipho Dlamini.", "PERSON", "Sipho Dlamini"),
    ("Spoke with Siobhan O'Callaghan, she disputes the fee.", "PERSON", "Siobhan O'Callaghan"),
    ("Mr. Müller asked for a callback.", "PERSON", "Müller"),
    ("this is Łukasz from the second floor", "PERSON", "Łukasz"),
    ("Customer: Faith Nazarova-Macsweeney", "PERSON", "Faith Nazarova-Macsweeney"),
    # a given name that is also an English word counts before a known family name
    ("Faith Tran, 2056 Orchard Lane", "PERSON", "Faith Tran"),
    # credited and quoted names, lone foreign surnames where only a person fits
    ("Photo by Ferko Takáts", "PERSON", "Ferko Takáts"),
    ("According to Szabina J Gelencsér, the deal is off.", "PERSON", "Szabina J Gelencsér"),
    ("Author: Chidi Okonkwo", "PERSON", "Chidi Okonkwo"),
    ("Happy birthday Zanele!", "PERSON", "Zanele"),
    ("Patient Monjeau was discharged on Monday.", "PERSON", "Monjeau"),
    ("I saw Holinka at the gym yesterday.", "PERSON", "Holinka"),
    ("Ship to:\nKónya\nPopulierenstraat 374\nLeeds 19428", "PERSON", "Kónya"),
    ("Ugh, Westgård again.", "PERSON", "Westgård"),
    ("Our founders: Ana Ruiz, Tomas Berg, Quionia Vell.", "PERSON", "Quionia Vell"),
    # lower-case names: ASR output, or a name typed in lower case inside normal text
    ("yeah hi my name is kofi boateng i'm calling about a letter", "PERSON", "kofi boateng"),
    ("the account is in my wife's name sunita patel", "PERSON", "sunita patel"),
    ("i'm björn's daughter", "PERSON", "björn"),
    ("i am writing on behalf of hvönn d. little", "PERSON", "hvönn d. little"),
    ("thanks for your help, hazel dos santos!", "PERSON", "hazel dos santos"),
    ("good morning chidi", "PERSON", "chidi"),
    ("transfer the money to faith malmqvist", "PERSON", "faith malmqvist"),
    ("Can you pass this to olga krylova?", "PERSON", "olga krylova"),
    ("Directed by naomi ryan", "PERSON", "naomi ryan"),
    ("police arrested julieta s almeida on tuesday", "PERSON", "julieta s almeida"),
    ("meet bekbolat musliyevich, our new intern", "PERSON", "bekbolat musliyevich"),
    ("happy birthday živković!!", "PERSON", "živković"),
    ("was bojka žilih there?", "PERSON", "bojka žilih"),
    ("patient okonkwo was discharged on monday", "PERSON", "okonkwo"),
    # a given name that is also a word, where only a person fits
    ("Patient Frank was discharged on Monday.", "PERSON", "Frank"),
    ("I asked and Grace said the payment went through.", "PERSON", "Grace"),
    # honorifics of other languages
    ("Please ask Mme Lefèvre to sign the form.", "PERSON", "Lefèvre"),
    ("Sra. Ortiz paid the balance.", "PERSON", "Ortiz"),
]

ADDRESSES = [
    # Indian, Brazilian, Japanese, German, French, Polish, Spanish orders and separators
    ("Deliver to House No. 12, Sector 15, Noida, Uttar Pradesh 201301", "STREET_ADDRESS",
     "House No. 12, Sector 15, Noida, Uttar Pradesh 201301"),
    ("The office is at Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200.", "STREET_ADDRESS",
     "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200"),
    ("Please send the letter to 2-21-1 Shibuya, Shibuya-ku, Tokyo", "STREET_ADDRESS",
     "2-21-1 Shibuya, Shibuya-ku, Tokyo"),
    ("Return address: ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa", "STREET_ADDRESS",
     "ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa"),
    ("I'm at Calle Mayor 7, 3º izquierda, 28013 Madrid.", "STREET_ADDRESS",
     "Calle Mayor 7, 3º izquierda, 28013 Madrid"),
    ("The parcel went to 221 Kingsway, Manchester M19 2LL instead.", "STREET_ADDRESS",
     "221 Kingsway, Manchester M19 2LL"),
    ("She lives at Apt 3C, 450 West 42nd Street, New York, NY 10036.", "STREET_ADDRESS",
     "450 West 42nd Street, New York, NY 10036"),
    ("He's renting at 5/12 Nguyen Hue Street, District 1, Ho Chi Minh City.", "STREET_ADDRESS",
     "5/12 Nguyen Hue Street, District 1, Ho Chi Minh City"),
    # units written with '#', PO boxes in other languages
    ("Deliver the card to 3141 King Close, # 520, Springfield, IL 62704 before noon.", "STREET_ADDRESS",
     "3141 King Close, # 520, Springfield, IL 62704"),
    ("Write to Postbox 53, Fitzroy", "STREET_ADDRESS", "Postbox 53"),
    # no house number, or no street word
    ("My address is Highland Way, Cape Town.", "STREET_ADDRESS", "Highland Way, Cape Town"),
    ("Head office - Miletić Dale", "STREET_ADDRESS", "Miletić Dale"),
    ("Berg Hills, 92238 Bergen", "STREET_ADDRESS", "Berg Hills, 92238 Bergen"),
    ("214 Pavlou Drandaki | Tartu | 10696", "STREET_ADDRESS", "214 Pavlou Drandaki | Tartu | 10696"),
    ("Home: Brisas 6802; Austin; 68305", "STREET_ADDRESS", "Brisas 6802; Austin; 68305"),
    ("Mailing address Dašická 688", "STREET_ADDRESS", "Dašická 688"),
    ("Our store at Arenales 9462 opens Monday.", "STREET_ADDRESS", "Arenales 9462"),
    # multi-line blocks: a street line before its unit or postcode, and each field of a form
    ("Krisztián Szöllösy\nParmova 109\nSuite 12\nAustin\nNorway 80677", "STREET_ADDRESS",
     "Parmova 109\nSuite 12\nAustin\nNorway 80677"),
    ("Edeby 55, Apt. 215, Leeds 42318", "STREET_ADDRESS", "Edeby 55, Apt. 215, Leeds 42318"),
    ("ADDRESS: Ombù 9091\nCITY: Lyon\nZIP: 95319", "STREET_ADDRESS", "Ombù 9091"),
    # the addressee before 'at' keeps its own tag
    ("Send it to Ngozi Xala at 1232 Jefferson Rd, Nairobi 00100.", "STREET_ADDRESS",
     "1232 Jefferson Rd, Nairobi 00100"),
    ("Send it to Ngozi Xala at 1232 Jefferson Rd, Nairobi 00100.", "PERSON", "Ngozi Xala"),
    # lower case (ASR output): the town after the street, streets of no English words
    ("i live at 22 baker street london", "STREET_ADDRESS", "22 baker street london"),
    ("it's 456 oak lane springfield illinois", "STREET_ADDRESS", "456 oak lane springfield illinois"),
    ("my address is 123 main street apartment 4 b", "STREET_ADDRESS", "123 main street apartment 4 b"),
    ("update my address to jefferson drive, leeds", "STREET_ADDRESS", "jefferson drive, leeds"),
    ("i grew up on midtvollen 130.", "STREET_ADDRESS", "midtvollen 130"),
    ("midtvollen 130\nrecife\nbrazil 10690", "STREET_ADDRESS", "midtvollen 130\nrecife\nbrazil 10690"),
    # a postcode after its town, with no street line
    ("We're based in Kraków, Portugal 37558.", "STREET_ADDRESS", "37558"),
    ("Fitzroy 85525, Portugal", "STREET_ADDRESS", "85525"),
    ("It's in Austin (54171), near the river.", "STREET_ADDRESS", "54171"),
    ("kraków 36017, france", "STREET_ADDRESS", "36017"),
]

# (text, types that must not be found in it)
LOOK_ALIKES = [
    ("I paid the last one with Klarna and it went fine.", {"PERSON", "STREET_ADDRESS"}),
    ("Can I split it with Afterpay instead?", {"PERSON", "STREET_ADDRESS"}),
    ("I sent it by Zelle, and Venmo before that.", {"PERSON"}),
    ("I already disputed it with experian and equifax", {"PERSON"}),
    ("I'm on the Premium Plus plan, not the Basic one.", {"PERSON", "STREET_ADDRESS"}),
    ("We offer a Hardship Plan and a Settlement Plan.", {"PERSON", "STREET_ADDRESS"}),
    ("The payment is due on Monday the 5th.", {"PERSON", "STREET_ADDRESS"}),
    ("We can take 250 dollars on Friday and the rest in March.", {"PERSON", "STREET_ADDRESS"}),
    ("The grace period ends on May 3.", {"PERSON", "STREET_ADDRESS"}),
    ("Your order 45821 ships from our warehouse tomorrow.", {"PERSON", "STREET_ADDRESS"}),
    ("The amount is 1,245.50 and the reference is INV 20931.", {"PERSON", "STREET_ADDRESS"}),
    ("Your case number is 7714 and your agent is on Level 2 support.", {"PERSON", "STREET_ADDRESS"}),
    ("Gate 22 at Terminal 3, flight BA 117.", {"PERSON", "STREET_ADDRESS"}),
    ("Chapter 7 bankruptcy was discharged in 2020.", {"PERSON", "STREET_ADDRESS"}),
    ("Press 2 for billing, press 3 for anything else.", {"PERSON", "STREET_ADDRESS"}),
    ("Boeing 737, 2019 Crash", {"STREET_ADDRESS"}),
    ("I bank with Chase Bank on Main.", {"STREET_ADDRESS"}),
    ("The Gold Card has no annual fee.", {"PERSON", "STREET_ADDRESS"}),
    ("We met in San Francisco last year.", {"PERSON"}),
    ("A letter from Brad L Key arrived today.", {"STREET_ADDRESS"}),
    ("yeah i can do fifty dollars on friday", {"PERSON", "STREET_ADDRESS"}),
    ("i paid with paypal in june", {"PERSON", "STREET_ADDRESS"}),
    ("order number four five two one nine", {"PERSON", "STREET_ADDRESS"}),
    ("the total was three hundred and twelve pounds", {"PERSON", "STREET_ADDRESS"}),
    ("let me check with my wife first", {"PERSON"}),
    ("it's the silver plan with the twelve month promo", {"PERSON", "STREET_ADDRESS"}),
    ("i'm not sure, maybe next tuesday", {"PERSON", "STREET_ADDRESS"}),
    ("we're on the family plan with t-mobile", {"PERSON", "STREET_ADDRESS"}),
    ("Will you pay in May or in June?", {"PERSON"}),
    ("It was raining in Gdańsk all week.", {"PERSON"}),
    ("Paid via Sezzle, and Laybuy too.", {"PERSON"}),
    ("Colours: Red, Green, Blue.", {"PERSON"}),
    ("We accept Visa, Mastercard, Discover.", {"PERSON"}),
    ("If the Oracle says Yes, then you can confirm the order.", {"PERSON"}),
    ("I contacted them again and they said they'd have to file an appeal.", {"PERSON"}),
    ("The grace period said nothing about fees.", {"PERSON"}),
    ("Member 40211 called about Policy 55321.", {"STREET_ADDRESS"}),
    ("Your balance is 12000 and your limit is 15000.", {"STREET_ADDRESS"}),
    ("I owe Capital One 25000.", {"STREET_ADDRESS"}),
    ("The reference is INV 20931 and the ticket is SR 44102.", {"STREET_ADDRESS"}),
]

# Hits that rest on the medium model's word vectors ('no English word'); the small model has none.
_NEEDS_VECTORS = {"Holinka", "Monjeau", "Dašická 688", "Arenales 9462", "midtvollen 130",
                  "midtvollen 130\nrecife\nbrazil 10690", "Parmova 109\nSuite 12\nAustin\nNorway 80677"}


def _skip_without_vectors(covered: str) -> None:
    if covered in _NEEDS_VECTORS and "md" not in ner_model_name():
        pytest.skip("needs en_core_web_md's word vectors")


@pytest.mark.parametrize(("text", "entity", "covered"), NAMES + ADDRESSES)
def test_world_values_caught(text: str, entity: str, covered: str) -> None:
    _skip_without_vectors(covered)
    assert hits_covering(text, entity, covered), f"{covered!r} not covered as {entity} in {text!r}"


@pytest.mark.parametrize(("text", "types"), LOOK_ALIKES)
def test_world_look_alikes_left_alone(text: str, types: set[str]) -> None:
    assert not found_of_types(text, types)


@pytest.mark.parametrize(("word", "rare"), [("number", False), ("agent", False), ("payment", False),
                                             ("Mark", False), ("kónya", True), ("parmova", True)])
def test_rare_word_from_vectors(word: str, rare: bool) -> None:
    """'No English word' comes from the medium model's vectors in any casing ('number' is keyed as 'Number')."""
    from analyzers.pii.vocab import is_rare_word

    if "md" not in ner_model_name():
        pytest.skip("needs en_core_web_md's word vectors")
    assert is_rare_word(word) is rare


def test_spoken_address_keeps_closing_words_out() -> None:
    """After a street in a transcript, words that end the sentence are taken as the town only when none is a
    common word: 'please' and 'thanks' stay readable."""
    turns = ["what's the address", "it's 22 baker street please"]
    text = turns[1]
    dets = detect_conversation(turns)[1]
    spans = [text[d.start:d.end] for d in dets if d.entity_type == "STREET_ADDRESS"]
    assert spans and all("please" not in s for s in spans)


@pytest.mark.parametrize("card_turn", ["Sure. 4511, 6372, 6516, 7612", "Yeah it's 6011, 6018, 1590, 8305"])
def test_card_groups_are_no_street_line(card_turn: str) -> None:
    """Card digits read out in groups of four look like a name, a number and a postcode: the next turn ('Great,
    when does it expire?') must not become part of an address."""
    turns = ["Can I take the long card number please?", card_turn, "Great, when does it expire?"]
    found = detect_conversation(turns)
    assert not [d for dets in found for d in dets if d.entity_type == "STREET_ADDRESS"]
