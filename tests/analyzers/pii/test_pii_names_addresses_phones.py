"""Names, street addresses and phone numbers in the shapes people write them, and look-alikes that are not PII.

Every value here is made up for the test.
"""

from __future__ import annotations

import pytest
from pii_helpers import found_of_types, hits_covering

from analyzers.pii import detect
from analyzers.pii.conversation import detect_conversation, detect_messages
from analyzers.pii.engine import Detection
from analyzers.pii.name_lexicon import is_given_name
from analyzers.pii.name_lists import listed_names

# (text, entity type, the exact text that must be covered by a hit of that type)
MUST_MATCH = [
    # names by shape: middle initial, name fields, signature lines, dialogue labels, given names
    ("the form was signed by Marta K. Olesinska last week", "PERSON", "Marta K. Olesinska"),
    ("it's under my partner's name Derek J Holloway", "PERSON", "Derek J Holloway"),
    ("Date: 2021-03-04\nName: Inga Sølberg\nPhone: 071 884 2045", "PERSON", "Inga Sølberg"),
    ("Card holder: Tomasz Wrona", "PERSON", "Tomasz Wrona"),
    ("Renata Voss\nAccounts payable\nAcme Ltd", "PERSON", "Renata Voss"),
    ("Please call me back.\n\nKind regards,\nOlek Brzezinski", "PERSON", "Olek Brzezinski"),
    ("Brannoc: What a day.\nHelena: Remember me?", "PERSON", "Brannoc"),
    ("Brannoc: What a day.\nHelena: Remember me?", "PERSON", "Helena"),
    ("Why is Melissa so upset?", "PERSON", "Melissa"),
    ("Gordon Ashby is a very patient person.", "PERSON", "Gordon Ashby"),
    # names after cues
    ("Teodor, can I please speak to your manager?", "PERSON", "Teodor"),
    ("I'm so tired! said Brannagh to Tobias", "PERSON", "Brannagh"),
    ("She named him Oswin", "PERSON", "Oswin"),
    ("my wife Sarah handles the bills", "PERSON", "Sarah"),
    ("Hi Luis, thanks for calling back", "PERSON", "Luis"),
    ("Orsolya lives on Via Mazzini 41.", "PERSON", "Orsolya"),
    ("follow up with ingrid halvorsen in a couple of weeks.", "PERSON", "ingrid halvorsen"),
    # addresses: intersections, named streets, military mail, continental and lower-case forms, cue chunks
    ("it is the corner of Vesterbro 41 and Harlan Ridge", "STREET_ADDRESS", "corner of Vesterbro 41 and Harlan Ridge"),
    ("we used to play on Corbin Hollow Street every summer", "STREET_ADDRESS", "Corbin Hollow Street"),
    ("Write to me at USNS Whitcombe\nFPO AE 31207 next month.", "STREET_ADDRESS", "USNS Whitcombe\nFPO AE 31207"),
    ("PSC 6120, Box 3318\nAPO AE 09123", "STREET_ADDRESS", "PSC 6120, Box 3318\nAPO AE 09123"),
    ("The office is at Petőfi u. 27.", "STREET_ADDRESS", "Petőfi u. 27"),
    ("4410 Kalda tee 12\n Apt. 18\n Rakvere\n Estonia 44310", "STREET_ADDRESS",
     "4410 Kalda tee 12\n Apt. 18\n Rakvere\n Estonia 44310"),
    ("Envoyez-le au 12, rue des Lilas, 75011 Paris", "STREET_ADDRESS", "12, rue des Lilas, 75011 Paris"),
    ("Lieferadresse: Bahnhofstraße 5/7, 10115 Berlin", "STREET_ADDRESS", "Bahnhofstraße 5/7, 10115 Berlin"),
    ("Send it to Flat 3, 22 Baker Street, London NW1 6XE", "STREET_ADDRESS", "Flat 3, 22 Baker Street, London NW1 6XE"),
    ("where should we send it? 0712 irinis 45 apt. 302", "STREET_ADDRESS", "0712 irinis 45 apt. 302"),
    ("She lives on the south side of Ramón Castillo 1450.", "STREET_ADDRESS", "Ramón Castillo 1450"),
    ("Please return to Ostra and Lindholm 23 if undelivered.", "STREET_ADDRESS", "Ostra and Lindholm 23"),
    ("• Ingrid Solheim\n• 7721 Kirkeveien 14\n• Bergen\n• Norway 50031", "STREET_ADDRESS",
     "7721 Kirkeveien 14\n• Bergen\n• Norway 50031"),
    # phones: labelled in any punctuation, grouped national numbers, brackets, message cues
    ("Name: Edda Thorsen\nPhone: (41) 733-218", "PHONE_NUMBER", "(41) 733-218"),
    ("please stop sending messages to 031 448 20 17", "PHONE_NUMBER", "031 448 20 17"),
    ("no text came to my registered 457 2391. Could you look?", "PHONE_NUMBER", "457 2391"),
    ("reach me on 8812 4470 after six", "PHONE_NUMBER", "8812 4470"),
    ("the shop's number is (05021) 12345", "PHONE_NUMBER", "(05021) 12345"),
    ("ring 0612345678 if it fails", "PHONE_NUMBER", "0612345678"),
    ("My address is 22 Oak Road, Leeds, phone 0113 496 0000", "PHONE_NUMBER", "0113 496 0000"),
    # more shapes from many countries (names, streets, postcodes, phone cues)
    # given names from many countries, each capitalised word tried on its own
    ("Can Ricky confirm the booking?", "PERSON", "Ricky"),
    ("Why is Natasja so impulsive?", "PERSON", "Natasja"),
    ("You can tell Jouni was a huge fan.", "PERSON", "Jouni"),
    ("Slavko Dautanec's account was flagged for review.", "PERSON", "Slavko Dautanec"),
    ("The account is in the name of Osvalds Pērkons.", "PERSON", "Osvalds Pērkons"),
    # text in one case (ASR output, shouted messages): a given name, and a surname-shaped word after it
    ("please let tiziano know that the meeting moved", "PERSON", "tiziano"),
    ("my landlord is olga petrova and she is strict", "PERSON", "olga petrova"),
    ("NAOMI RYAN CALLED ABOUT THE BILL", "PERSON", "NAOMI RYAN"),
    # a name after the role it is given; hyphenated given names
    ("Local man Tudor Toma wins the lottery twice", "PERSON", "Tudor Toma"),
    ("I think striker Kane Oduya deserves the award.", "PERSON", "Kane Oduya"),
    ("Congratulations to Margot-Michèle Letellier on her retirement.", "PERSON", "Margot-Michèle Letellier"),
    # a name line above a job title is cut at the line break, so the name is still found
    ("Darrell Clinten\nSystems analyst\nGang Rajawali Barat No. 8", "PERSON", "Darrell Clinten"),
    # a family name standing alone
    ("Zoolander was directed by Maciej Borkowski and starring Petrussen", "PERSON", "Petrussen"),
    # a name before an address keeps its own tag
    ("Ship to: Julia Kangas, Korsgade 531, 6743 Padborg", "PERSON", "Julia Kangas"),
    ("Ship to: Julia Kangas, Korsgade 531, 6743 Padborg", "STREET_ADDRESS", "Korsgade 531, 6743 Padborg"),
    ("My landlord Karen Tait lives at Industrijska cesta 9a.", "PERSON", "Karen Tait"),
    ("My landlord Karen Tait lives at Industrijska cesta 9a.", "STREET_ADDRESS", "Industrijska cesta 9a"),
    # USPS, UK and Australian street words beyond the common ones
    ("We shipped the parcel to 39484 Cox Forest on Monday.", "STREET_ADDRESS", "39484 Cox Forest"),
    ("Drop it off at 943 Sutton Roads, the blue door.", "STREET_ADDRESS", "943 Sutton Roads"),
    ("Deliver to 48 MacDonald Cross before noon", "STREET_ADDRESS", "48 MacDonald Cross"),
    ("Send the card to 74118 Thomas Island, Donnaville, YT S8B 9R1, thanks.", "STREET_ADDRESS",
     "74118 Thomas Island, Donnaville, YT S8B 9R1"),
    # name-then-number streets after a place word, street words of other languages, postcode before the town
    ("I'd like to change my address from Horákova 49 to V Poli 129.", "STREET_ADDRESS", "Horákova 49"),
    ("I'd like to change my address from Horákova 49 to V Poli 129.", "STREET_ADDRESS", "V Poli 129"),
    ("The package was left at Estellelei 3 instead of my flat.", "STREET_ADDRESS", "Estellelei 3"),
    ("The accident happened near Tilgnerova 93 around midnight.", "STREET_ADDRESS", "Tilgnerova 93"),
    ("My new address is Aleea Georgel Albu Nr. 641.", "STREET_ADDRESS", "Aleea Georgel Albu Nr. 641"),
    ("Drop it off at Jalan Jayawijaya No. 34, the blue door.", "STREET_ADDRESS", "Jalan Jayawijaya No. 34"),
    ("I can't find Bøllegård Allé 564 on the map.", "STREET_ADDRESS", "Bøllegård Allé 564"),
    ("Deliver to Lentokapteenin katu 26, ring the bell twice.", "STREET_ADDRESS", "Lentokapteenin katu 26"),
    ("I lived at Erhartstr. 1, 5139 Ebreichsdorf until 2019.", "STREET_ADDRESS", "Erhartstr. 1, 5139 Ebreichsdorf"),
    ("Our depot is at Rua Batista, S/N, in the old port", "STREET_ADDRESS", "Rua Batista, S/N"),
    ("They live on Praça de Cavalcante near the park.", "STREET_ADDRESS", "Praça de Cavalcante"),
    ("They live on Sibul Row near the park.", "STREET_ADDRESS", "Sibul Row"),
    ("The house at 115 montée Véronique, La Larose, MB S5G 5E2 sold.", "STREET_ADDRESS",
     "115 montée Véronique, La Larose, MB S5G 5E2"),
    # a street line with the postcode and town after it, on one line or two
    ("Correspondence: José Arenas, Pettersenfaret 737, 7559 Jacobsen", "STREET_ADDRESS",
     "Pettersenfaret 737, 7559 Jacobsen"),
    ("Asger Jensen\nPlinoinstalater\nBijenička 1a/1\n10704 Stari Grad", "STREET_ADDRESS",
     "Bijenička 1a/1\n10704 Stari Grad"),
    ("Julie Ali\nForstwirt\nPutzplatz 9-5\n71383 Amberg", "STREET_ADDRESS", "Putzplatz 9-5\n71383 Amberg"),
    # postcodes as countries write them: Czech '200 82', Dutch '9825 KO', Australian '2930', Brazilian '12143-356'
    ("Liškova 555\n200 82 Dolní Bousov", "STREET_ADDRESS", "Liškova 555\n200 82 Dolní Bousov"),
    ("Please send the documents to Kojetická 7\n662 16 Kunovice by Friday.", "STREET_ADDRESS",
     "Kojetická 7\n662 16 Kunovice"),
    ("We visited Amélieboulevard 34\n7688 OM\nFleringen last summer.", "STREET_ADDRESS",
     "Amélieboulevard 34\n7688 OM\nFleringen"),
    ("96/0 Cody Amble\nBryanfurt, ACT, 2930", "STREET_ADDRESS", "96/0 Cody Amble\nBryanfurt, ACT, 2930"),
    ("Her old place on 18 Johnston Strand, Millerport, TAS, 2648 was sold.", "STREET_ADDRESS",
     "18 Johnston Strand, Millerport, TAS, 2648"),
    ("Henriksenspranget 7A, 9251 Lunde", "STREET_ADDRESS", "Henriksenspranget 7A, 9251 Lunde"),
    ("856, Nagarajan Nagar, Chennai 600042", "STREET_ADDRESS", "856, Nagarajan Nagar, Chennai 600042"),
    ("We visited pl. Kosynierów 379 last summer.", "STREET_ADDRESS", "pl. Kosynierów 379"),
    ("Periférico Matos 866 724, San Diego los altos, HGO 34216", "STREET_ADDRESS", "Periférico Matos 866 724"),
    # phone numbers after the words people use for them
    ("my extension is 204 and my direct line is 5557436", "PHONE_NUMBER", "5557436"),
    ("I'm available on 1577733850 all day.", "PHONE_NUMBER", "1577733850"),
    ("Reach our support line at +44 20 7946 0958.", "PHONE_NUMBER", "+44 20 7946 0958"),
    ("Desk: +1-604-696-5272x565", "PHONE_NUMBER", "+1-604-696-5272x565"),
    ("call me on 555.123.4567 x204 tomorrow", "PHONE_NUMBER", "555.123.4567 x204"),
    # whose number it is ('on my account') is no account-number label; an address tail stops at a phone number
    ("The phone number on my account is 555-123-4567", "PHONE_NUMBER", "555-123-4567"),
    ("Please update the number on my account to 0412 345 678", "PHONE_NUMBER", "0412 345 678"),
    ("Address: 12 Lindenstraße 4, 04109 Leipzig 0341 8387176", "PHONE_NUMBER", "0341 8387176"),
    ("Address: 12 Lindenstraße 4, 04109 Leipzig 0341 8387176", "STREET_ADDRESS", "12 Lindenstraße 4, 04109 Leipzig"),
]

# (text, the value that keeps its account-number type)
ACCOUNT_NUMBERS = [
    ("my account number is 12345678", "12345678"),
    ("pay from my account 12345678 please", "12345678"),
    ("the number on my account is 12345678", "12345678"),
]

# Look-alikes: none of these types may be reported in these texts.
MUST_NOT_MATCH = [
    ("We offer Plan B Options for you", {"PERSON"}),
    ("Try the Vitamin C Serum today", {"PERSON"}),
    ("We spoke in May about the plan", {"PERSON"}),
    ("Will you call me back?", {"PERSON"}),
    ("Grace period ends on Friday", {"PERSON"}),
    ("Sorry, can you repeat that?", {"PERSON"}),
    ("Okay, can I pay by card?", {"PERSON"}),
    ("Good morning Everyone.", {"PERSON"}),
    ("Dear Customer,", {"PERSON"}),
    ("Thank you, Sir.", {"PERSON"}),
    ("Date: 2024-01-01\nStatus: open\nAmount: 200", {"PERSON"}),
    ("Agent: Hello\nCustomer: Hi there", {"PERSON"}),
    ("Thanks,\nThe Billing Team", {"PERSON"}),
    ("Your case ID is 20240115 and the promo code is SPRING25.", {"PERSON"}),
    ("on the last Sunday before Labor Day we came back", {"PERSON"}),
    ("I bank with Main Street Bank", {"STREET_ADDRESS"}),
    ("the payment is at 50 percent", {"STREET_ADDRESS"}),
    ("the meeting is at 3 pm", {"STREET_ADDRESS"}),
    ("it's a 10 minute walk from the station", {"STREET_ADDRESS"}),
    ("promo code 555123 gives you ten percent off", {"STREET_ADDRESS", "PHONE_NUMBER"}),
    ("see you on March 3", {"STREET_ADDRESS", "PERSON"}),
    ("The restaurant is at 8 Baker Street, call 555-0123 to book", {"PERSON"}),
    ("your order number is 0612345678", {"PHONE_NUMBER"}),
    ("we spoke on 12/05/2024 at 10:30", {"PHONE_NUMBER"}),
    # more look-alikes: brands, titles, codes, numbers beside words
    ("We're hiring! Send your CV to the HR manager.", {"PERSON"}),
    ("Tel. 0800 123 456", {"PERSON"}),
    ("Acme Subscriptions charged me twice on 12/03/2024.", {"PERSON", "PHONE_NUMBER", "STREET_ADDRESS"}),
    ("The Princess Royal arrived this morning.", {"PERSON"}),
    ("Tracking number 1Z 999 AA1 0123 4567 84 shows delivered.", {"PHONE_NUMBER", "STREET_ADDRESS"}),
    ("the promo code is spring twenty four", {"STREET_ADDRESS"}),
    ("It rained a lot during 2019.", {"STREET_ADDRESS"}),
    ("Meet me at Gate 22 at noon.", {"STREET_ADDRESS"}),
    ("We moved to Windows 11 last year.", {"STREET_ADDRESS"}),
    ("Send the package to Amazon Locker 12.", {"STREET_ADDRESS"}),
    ("I gave 20 dollars to Sarah 5 minutes ago.", {"STREET_ADDRESS"}),
    ("I have 3 key points to make.", {"STREET_ADDRESS"}),
    ("we had a grant from the state but it ran out", {"PERSON"}),
    ("i took out a loan last season and the song on hold was awful", {"PERSON"}),
    ("she said soon but nothing happened", {"PERSON"}),
    ("Please bring your Driver License and the Client Services form.", {"PERSON"}),
    ("The manager said Monday was fine.", {"PERSON"}),
    ("Send it via Email Support today.", {"STREET_ADDRESS"}),
    ("I bought 2 Rolls-Royce shares and a Coca-Cola.", {"PERSON"}),
    ("We met in San Francisco last year.", {"PERSON"}),
    ("Flat 970, 4833 items were sold.", {"PHONE_NUMBER"}),
    ("Boeing 737, 2019 Crash", {"STREET_ADDRESS"}),
    ("Terms 1, 2024 Update Notice", {"STREET_ADDRESS"}),
    ("We met in Hong Kong and Nebraska.", {"PERSON"}),
    ("Your order number is 4471-2290-118 and the total is $129.99.", {"PHONE_NUMBER", "PERSON", "STREET_ADDRESS"}),
]


@pytest.mark.parametrize(("text", "entity", "covered"), MUST_MATCH)
def test_caught(text: str, entity: str, covered: str) -> None:
    assert hits_covering(text, entity, covered), f"{covered!r} not covered as {entity} in {text!r}"


@pytest.mark.parametrize(("text", "types"), MUST_NOT_MATCH)
def test_look_alikes_left_alone(text: str, types: set[str]) -> None:
    assert not found_of_types(text, types)


def test_address_and_phone_stay_apart() -> None:
    """An address cue's chunk stops where a phone number is given, so each is redacted with its own tag."""
    text = "He lives on 5 Elm St. His number is (555) 123-4567"
    types = {text[d.start:d.end]: d.entity_type for d in detect(text)}
    assert types.get("(555) 123-4567") == "PHONE_NUMBER"
    assert not any("555" in v for v, t in types.items() if t == "STREET_ADDRESS")


def test_name_found_again_without_possessive() -> None:
    """A name found once ('Marta K. Olesinska's') is found again alone ('early Olesinska')."""
    text = "the verses from Marta K. Olesinska's book. Nobody writes like early Olesinska."
    s = text.rindex("Olesinska")
    assert any(d.entity_type == "PERSON" and d.start <= s and d.end >= s + 9 for d in detect_messages([text])[0])


@pytest.mark.parametrize(
    ("text", "found", "added"),
    [
        ("our 3 founders: Okafor, Lindqvist and Moreau.", "Lindqvist", ["Okafor", "Moreau"]),
        ("said to Marion and Wendell", "Wendell", ["Marion"]),  # a pair: only a common given name is carried over
        ("words like Courage and Discipline are not names", "Courage", []),
        ("Dunmore, Aldridge and Partners", "Aldridge", ["Dunmore"]),  # 'Partners' names a firm, not a person
    ],
)
def test_listed_names_follow_a_found_one(text: str, found: str, added: list[str]) -> None:
    """When NER finds one name of 'A, B and C', the other listed words are names too."""
    s = text.index(found)
    spans = listed_names(text, [Detection("PERSON", s, s + len(found), 0.85, "SpacyRecognizer")])
    assert [text[a:b] for a, b in spans] == added


def test_message_equals_one_turn_conversation() -> None:
    """The batched path for single messages finds what the stage finds in a one-turn conversation."""
    texts = ["Regards,\nOlek Brzezinski", "call me on 8812 4470", "Why is Melissa so upset?"]
    assert detect_messages(texts) == [detect_conversation([t])[0] for t in texts]


@pytest.mark.parametrize(("word", "given"), [("Melissa", True), ("gordon", True), ("Will", False), ("May", False),
                                             ("Grace", False), ("Sunday", False), ("the", False),
    ("Natasja", True), ("jouni", True), ("Dzintars", True), ("Princess", False), ("Queen", False), ("Echo", False),
    ("Siri", False), ("soon", False), ("grant", False),
])
def test_given_name_lexicon(word: str, given: bool) -> None:
    assert is_given_name(word) is given


def test_lowercase_answer_after_a_capitalised_question() -> None:
    """ASR turns are often lower-case: the earlier turns' capitals do not make the town a name."""
    turns = ["What's the address on the account?", "it's 2719 birch road, fairview"]
    dets = detect_conversation(turns)[1]
    assert [turns[1][d.start:d.end] for d in dets if d.entity_type == "STREET_ADDRESS"] == ["2719 birch road, fairview"]
    assert not [d for d in dets if d.entity_type == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("Is this Denise Foster?", "Denise Foster"),
    ("Am I speaking with Marcus Webb today?", "Marcus Webb"),
    ("Hello, is this Priya Raman calling back?", "Priya Raman"),
])
def test_name_span_keeps_the_words_around_it(text: str, name: str) -> None:
    # Downstream stages read the redacted text: "Is this <PERSON>?" must stay an identity question.
    spans = [text[d.start:d.end] for d in detect(text) if d.entity_type == "PERSON"]
    assert spans == [name]


@pytest.mark.parametrize(("text", "value"), ACCOUNT_NUMBERS)
def test_account_numbers_stay_account_numbers(text: str, value: str) -> None:
    s = text.index(value)
    assert [d.entity_type for d in detect_messages([text])[0] if d.start <= s < d.end] == ["US_BANK_NUMBER"]
