"""Given names people are called by, from public lists: evidence that a capitalised word is a name.

spaCy's NER misses lone first names in short sentences ("Why is Melissa so upset?", "Gordon, can I
speak to your boss?"). A capitalised word that is a common given name is a name unless it is also an
everyday word ("Will", "May", "Grace", "Bill"), which are set aside here: alone they prove nothing.
The US census list is joined by given names from many countries ("Jouni", "Natasja", "Slavko", "Dzintars"),
without those that are English words as well (the list's source says how it was made); family names from the
same source ("Petrussen", "Kowalczyk") mark a capitalised word that stands alone ("starring Petrussen").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

_DATA = Path(__file__).parent / "data" / "first_names.json"
_DATA_INTL = Path(__file__).parent / "data" / "given_names_intl.json"
_DATA_FAMILY = Path(__file__).parent / "data" / "family_names_intl.json"
# Names of regions the Faker lists barely cover (Nigerian, Kenyan, Indian, Korean, Vietnamese, Arabic, ...).
_DATA_WORLD = Path(__file__).parent / "data" / "names_world.json"

# Indefinite pronouns: never a person, whatever cue stands before them ('i spoke to someone').
# Words that close a written message before the writer's name ('Kind regards,\nAna', '... thanks, Nurul Huda').
SIGN_OFFS = ("many thanks", "thanks", "thank you", "kind regards", "best regards", "regards", "cheers", "sincerely")


def sign_off_pattern(*extra: str) -> str:
    """A regex alternation of the sign-offs and a caller's own extra ones, longest first."""
    words = dict.fromkeys((*SIGN_OFFS, *extra))
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w))) + ")"


INDEFINITE_PRONOUNS = frozenset({"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "nobody",
                                 "noone", "no-one", "no one"})
# Words for a relative in the languages callers mix into English ('my koro', 'my abuela', 'my nani'): after 'my'
# the next words are that relative's name.
KIN_WORDS = tuple(dict.fromkeys("""
wife husband partner son daughter mother father mom mum dad brother sister grandmother grandfather grandma grandpa
granny gran grandad granddad nan nana nanna nanny pop pops gramps grandson granddaughter aunt auntie aunty uncle
cousin nephew niece stepmother stepfather stepson stepdaughter stepmom stepmum stepdad fiance fiancé fiancée
girlfriend boyfriend mother-in-law father-in-law sister-in-law brother-in-law son-in-law daughter-in-law
koro kuia moko mokopuna whaea matua lola lolo tita tito kuya abuela abuelo abuelita abuelito tía tia tío tio
mamá mama papá papa hermana hermano hija hijo sobrina sobrino avó avô vovó vovô mãe oma opa tante onkel nonna
nonno zia zio mamie papi mémé pépé babcia dziadek babushka dedushka amma appa ammi abba ammu abbu nani nanaji
dadi dada dadaji chacha chachi mausi masi bua phupho khala khalu mamu mami baba teta sitti jiddo bibi babu
umma halmeoni harabeoji eomma obaachan ojiichan nenek kakek
""".split()))
# Given names that are also words a caller or writer may capitalise (sentence start, titles, places, months).
NOT_ALONE = frozenset("""
will may june april august mark grace hope joy faith bill art guy rose summer autumn dawn sky ray sunny max chance
page price case carol holly ivy lily daisy iris violet ruby pearl amber crystal jade ginger honey candy cherry brandy
penny sandy rusty dusty misty stormy major don jack jean frank gene pat sue dean drew dale glen lane wade miles norm
rich sterling royal king prince earl baron duke noble hunter archer carter porter cook mason chase cash bob rob rod
gay dick randy eve ebony heath forest river rain storm star angel precious treasure unique love lovely happy merry
mercy patience prudence charity constance trinity destiny harmony melody serenity liberty justice honor honour
verity felicity bliss blossom bud buck buddy butch chip chuck clay cliff colt cole dash deacon dell ernest fay fern
flora gale gail gil glory hazel heather herb hilary homer hugh jewel kit laurel lou luck lucky mac marsh matt mel
moss nick opal pansy pepper pierce pip reed rex rocky rowan sage scout sherry sol stone tammy teddy terry trace troy
van vera virgin wall ward willow winter young son lady madam sir mister miss master doctor bee bell belle best bird
black blue brand brown can cat chi cord cure dan dee del den dot ella else ever fair few fine ford fox gem gold gray
green grey hall hay hill home hong jan jay kay key kin lea lee len les lin long man mar mat min moon more nell new
nice ola ona ora park paris pen rae ran red ren roy sal san see shy sun tam tan tea ted tia tom toy una val vin way
west white win wood yee alpha beta delta dixie america american asia china india italy georgia virginia carolina
dakota florida kentucky tennessee texas austin dallas houston phoenix denver aurora augusta marietta savannah
charlotte columbus lincoln jackson madison jefferson washington franklin clinton kennedy vernon monday tuesday
friday saturday sunday wednesday thursday january february march october september november december christian
christmas easter carry spring fall siri zara princess queen santa
aide angle brain echo era genesis german golden lean loan manual marine marry numbers season temple tiny desire
cherish earnest diamond coral dimple fairy sparkle sunshine windy velvet irish ivory maple olive scarlet tequila
venus lore omega nova pandora karma soon song sang hang chin shin yen ping lien dung hue wan bong dong brook coy
fawn gala garland garnet grant hank ike kitty lacy lance marquis merle mica missy nan novella pasty patsy peg
pinkie rosy sabra shad shay tad tory trey ute viva wally tiara cinderella madonna junior sidney tyson walker
chevrolet porsche ferrari lamborghini bugatti peugeot renault citroen fiat mercedes ferrero nestle heineken
conception roman kong
""".split())


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Lower-cased given names that are evidence of a person on their own."""
    names = json.loads(_DATA.read_text(encoding="utf-8"))["names"]
    names += json.loads(_DATA_INTL.read_text(encoding="utf-8"))["names"]
    names += json.loads(_DATA_WORLD.read_text(encoding="utf-8"))["given"]
    return frozenset(n for n in names if n not in NOT_ALONE and n not in STOP_WORDS)


def is_given_name(word: str) -> bool:
    """Whether a word is a common given name and not also an everyday word ('Jean-Pierre': every part a name)."""
    low = word.lower()
    if "-" in low and low not in given_names():  # 'ji-woo' is listed whole
        parts = low.split("-")
        return any(p in given_names() for p in parts) and all(p in given_names() or p in NOT_ALONE for p in parts)
    return low in given_names()


@lru_cache(maxsize=1)
def family_names() -> frozenset[str]:
    """Lower-cased family names from many countries that are not also English words."""
    names = json.loads(_DATA_FAMILY.read_text(encoding="utf-8"))["names"]
    names += json.loads(_DATA_WORLD.read_text(encoding="utf-8"))["family"]
    return frozenset(n for n in names if n not in NOT_ALONE and n not in STOP_WORDS)


def is_family_name(word: str) -> bool:
    """Whether a word is a known family name and not also an everyday English word."""
    return word.lower() in family_names()
