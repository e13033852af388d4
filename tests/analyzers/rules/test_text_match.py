"""Phrase matching: paraphrase and ASR tolerance, negation scope, quotation and reported speech."""

from __future__ import annotations

import pytest

from analyzers.rules.text_match import Hit, match_utterance, normalise_phrase, prepare


def _hit(text: str, phrase: str) -> Hit:
    """The phrase's hit in one utterance; every case here expects one."""
    hit = match_utterance(normalise_phrase(phrase), prepare(text), 0)
    assert hit is not None, f"{phrase!r} not found in {text!r}"
    return hit

# (phrase, utterance text, expected): "affirmed", "negated", "quoted" or None (no match)
CASES = [
    ("arrest you", "If you don't pay we will arrest you.", "affirmed"),
    ("arrest you", "Nobody is going to arrest you, okay?", "negated"),
    ("arrest you", "No one will arrest you for this.", "negated"),
    ("have you arrested", "If you don't pay we will have you arrested", "affirmed"),  # negation in another clause
    ("sue you", "We won't sue you.", "negated"),
    ("sue you", "We are not going to sue you, but we will report it.", "negated"),
    ("sue you", "That's not a threat, but we will sue you.", "affirmed"),
    ("sue you", "See you tomorrow!", None),  # short phrases are exact: no fuzzy "see you" == "sue you"
    ("take you to court", 'The last collector said "we will take you to court".', "quoted"),
    ("take you to court", "Someone told you we would take you to court, that is wrong.", "quoted"),
    ("take you to court", "I told you we will take you to court.", "affirmed"),
    ("collect a debt", "I have to read you this first, this is a debt collector trying to collect a debt.", "affirmed"),
    # a reporting verb in an earlier clause does not make the threat someone else's
    ("bailiffs round", "that's what you said last time, if it's not in by friday we'll have the bailiffs round",
     "affirmed"),
    ("sending someone round", "some collectors will tell you they're sending someone round, we never do",
     "quoted"),
    ("attempt to collect a debt", "this is an attempt to collect a net and any information", "affirmed"),  # ASR
    ("attempt to collect a debt", "This is an attempt to collect a dept.", "affirmed"),
    ("attempt to collect a debt", "This is not an attempt to collect a debt.", "negated"),
    (
        "any information obtained will be used for that purpose",
        "any info obtained will be used for that purpose",
        "affirmed",
    ),
    ("stop calling me", "I'm not angry, but please stop calling me.", "affirmed"),
    # a pronoun's "s" is a contracted "is", never a plural: "thats" is "that's", not "that"
    ("calling me that", "stop calling me thats all i want", None),
    ("calling me that", "please stop calling me that", "affirmed"),
    ("complaint", "I have two complaints", "affirmed"),
    # "heard it all before" closes its report, and "can read" is an ability: the insult is the speaker's own
    ("loser", "Yeah, yeah, heard it all before from losers like you.", "affirmed"),
    ("idiot", "you can barely read you idiot", "affirmed"),
    ("i'm angry", "I'm not angry but please cancel.", None),
    ("angry", "I'm not angry but please cancel.", "negated"),
    ("garnish your wages", "We don\u2019t garnish your wages.", "negated"),
    ("lost my job", "I haven't lost my job, I just forgot.", "negated"),
    # a negating frame before a new subject: "no way we would..." negates the clause it introduces
    ("take you to court", "There's no way we would ever take you to court over this.", "negated"),
    ("take you to court", "Not a chance that we'll take you to court.", "negated"),
    ("take you to court", "No problem, we will take you to court.", "affirmed"),
    ("arrest you", "Nobody's going to arrest you.", "negated"),
    # a negated saying verb governs the new subject after it
    ("repossess your car", "I'm not going to tell you we'll repossess your car, that's not how this works.", "negated"),
    ("repossess your car", "No one is saying they'll repossess your car.", "negated"),
    ("repossess your car", "I'm telling you we'll repossess your car.", "affirmed"),
    # the negated act is the subject of the claim, not a negation of it
    ("criminal offence", "Not paying this bill is a criminal offence.", "affirmed"),
    # a negated belief in a negation affirms it
    ("press criminal charges", "Don't think we won't press criminal charges.", "affirmed"),
    ("press criminal charges", "We won't press criminal charges.", "negated"),
    ("idiot", "I'd ask you not to call me an idiot, please.", "negated"),
    ("depression", "My depression's been really bad.", "affirmed"),  # the apostrophe goes, the s stays
    ("criminal offence", "Not to pay is a criminal offence.", "affirmed"),
    # the negation belongs to the condition, not to what follows it
    ("a sheriff will", "if we don't hear back a sheriff will be at your door", "affirmed"),
    ("arrest you", "If you don't pay, nobody will arrest you.", "negated"),
    # a condition that opens before the look-back window still owns its negation
    ("the police will come", "if the money isnt in by five o clock the police will come round", "affirmed"),
    ("the police will come", "if the money isnt in by five o clock no police will come round", "negated"),
    ("this call is recorded", "Hello, how are you today?", None),
    # short phrases match word for word: a wrong word is no match even when most letters agree
    ("payment plan", "I just need a date for the payment please.", None),
    ("have you arrested", "if you dont pay we'll have you a rested", "affirmed"),  # ASR split word
    ("thank you", "Thank you for calling Acme.", "affirmed"),
    # letters added to a whole word make another word unless they inflect it
    ("take your car", "Can I take your card details?", None),
    ("take your car", "They'll take your cars, both of them.", "affirmed"),
    # a phrase that carries its own negation, said in other words: not a denial of it
    ("want no further contact", "I don't want any further contact from you.", "affirmed"),
    # without a negation before it, "any" is the opposite of "no"
    ("there's nothing i can do", "Let's see if there's anything I can take off.", None),
    # a report whose object is a pronoun is closed: what follows is the speaker's own words
    ("muppet", "you said that last week you muppet", "affirmed"),
    ("scrounger", "Heard it a hundred times from scroungers like you.", "affirmed"),
    ("muppet", "She said you were a muppet.", "quoted"),
    # "said" with no subject after an indefinite pronoun names what is said: a passive participle, no report
    ("captured", "Before we start, everything said on this call is captured and stored.", "affirmed"),
    ("sue you", "What she said was we will sue you.", "quoted"),
    # the speaker's own letter or email is their own request
    ("cease all contact", "I've sent you a letter saying cease all contact.", "affirmed"),
    ("cease all contact", "My neighbour wrote to you saying cease all contact.", "quoted"),
    # words someone asked the speaker to pass on are the speaker's own message now, not a report
    ("stop contacting me", "My solicitor told me to tell you to stop contacting me.", "affirmed"),
    ("stop contacting me", "My lawyer said to tell you to stop contacting me.", "affirmed"),
    ("stop contacting me", "My solicitor told you to stop contacting me.", "quoted"),
    # the speaker's own earlier words typed without the apostrophe ("ive", "im")
    ("stop contacting me", "ive told you three times now stop contacting me", "affirmed"),
    # a negative head governs the relative clause after it
    ("is being recorded", "Don't worry, nothing we say here is being recorded.", "negated"),
    ("is being recorded", "Just so you know, everything we say here is being recorded.", "affirmed"),
    # a prohibitive names what the customer is: an insult, not its denial
    ("such a crybaby", "Don't be such a crybaby about a small bill.", "affirmed"),
    ("such a crybaby", "I won't call you such a crybaby.", "negated"),
    # the "no" of a set reply ("no bother", "no problem") denies only its own noun, not the clause after it
    ("sorry you're unwell", "no bother at all sorry youre unwell", "affirmed"),
    ("take you to court", "No problem, we'll take you to court then.", "affirmed"),
    ("take you to court", "No, we'll never take you to court.", "negated"),
    # a "no" that opens the clause right before an order is a refusal: the order stands ("no shut up and listen")
    ("shut up", "no shut up and listen for once in your life", "affirmed"),
    ("stop calling me", "no stop calling me", "affirmed"),
    # but a "no" before a noun still denies it
    ("police will come", "no police will come to your house", "negated"),
]


@pytest.mark.parametrize(("phrase", "text", "expected"), CASES)
def test_phrase_match(phrase: str, text: str, expected: str | None) -> None:
    hit = match_utterance(normalise_phrase(phrase), prepare(text), 0)
    if expected is None:
        assert hit is None
        return
    assert hit is not None
    got = "negated" if hit.negated else "quoted" if hit.quoted else "affirmed"
    assert got == expected


def test_hit_span_points_into_original_text() -> None:
    text = "Well, we\u2019ll have you ARRESTED tomorrow."
    hit = match_utterance(normalise_phrase("have you arrested"), prepare(text), 3)
    assert hit is not None and hit.utterance == 3
    assert text[hit.char_start : hit.char_end] == "have you ARRESTED"


@pytest.mark.parametrize(
    ("phrase", "text", "matches"),
    [
        # "our" read as "your" turns the agent's recording into the customer's
        ("recorded on our side", "Feel free to record on your side too.", False),
        ("recorded on our side", "Our calls are recorded for your security and ours.", False),
        ("stop calling my phone", "I'll stop calling your phone once it's paid.", False),
        # the same person in other words still matches
        ("i am a debt collector", "We are a debt collector, this is an attempt to collect.", True),
        # "we're" loses its apostrophe: "tell you we're a ..." keeps the first person
        ("we are a debt collector", "I have to tell you we're a debt collector.", True),
        # a person word only swapped for a name is no swap
        ("dont want to hear from you", "I don't want to hear from Acme ever again.", True),
    ],
)
def test_long_fuzzy_phrase_keeps_whose_side(phrase: str, text: str, matches: bool) -> None:
    hit = match_utterance(normalise_phrase(phrase), prepare(text), 0)
    assert (hit is not None) == matches


@pytest.mark.parametrize(
    ("text", "phrase", "quoted"),
    [
        # "read me ..." asks the listener to read something out: the speaker's own request, not a report
        ("It'll only take a minute, just read me the long number on your card.", "long number on", False),
        ("Read us the card number, please.", "card number", False),
        # "read" with what was read still reports it
        ("I read that we can take you to court.", "take you to court", True),
        # what was habitually said once, by someone, to people in general: reported, not said now
        ("At my old job the collectors used to tell people they'd go to jail.", "go to jail", True),
        ("They used to say you'd lose your house over this.", "lose your house", True),
        ("Some agencies tell customers they'll be arrested.", "be arrested", True),
        # the speaker's own threat is no report
        ("Pay today or you'll go to jail.", "go to jail", False),
        # a law that obliges the speaker is their own notice, not someone else's words; a law reported as saying
        # something about the customer still is
        ("California law says I have to let you know our call today is being recorded.", "call today is being recorded",
         False),
        ("The regulations say we must tell you this call is recorded.", "this call is recorded", False),
        ("My cousin says we can take you to court.", "take you to court", True),
        # a leading apostrophe that elides a word's start opens no quote: the speaker's own words follow
        ("Yeah, 'cause you're a deadbeat. You signed up, you pay.", "deadbeat", False),
        ("Tell 'em you're a deadbeat then.", "deadbeat", False),
        ("You've had 'til Friday, you deadbeat.", "deadbeat", False),
        ("'Bout time, you muppet.", "muppet", False),
        ("Back in '09 you were a deadbeat and you still are.", "deadbeat", False),
        ("Rock 'n' roll all night, you muppet.", "muppet", False),
        # a real single-quoted word still is quoted
        ("They said 'you are a deadbeat' on the last call.", "deadbeat", True),
    ],
)
def test_reports_and_requests(text: str, phrase: str, quoted: bool) -> None:
    assert _hit(text, phrase).quoted is quoted


@pytest.mark.parametrize(
    ("text", "phrase", "negated"),
    [
        # the speaker's own "not" denies each item of a list joined by "or"
        ("I'm not ill or out of work or anything, I just forgot to pay.", "out of work", True),
        ("I am not unemployed or in hospital.", "in hospital", True),
        # a threat joined to a condition by "or" is not a denied list
        ("You don't pay or the bailiffs come round.", "bailiffs come round", False),
        ("I'm out of work and I can't pay.", "out of work", False),
        # a thing's state denied: the copula's "not" reaches each item ("not monitored or recorded")
        ("this line is not monitored or recorded", "recorded", True),
        ("Calls here aren't monitored or recorded.", "recorded", True),
        # a denied belief about the customer reaches each item of its list
        ("nobody here thinks you're lazy or a scrounger, loads of people fall behind", "scrounger", True),
        ("No one thinks you're a freeloader or a sponger.", "sponger", True),
        # an "or" that opens a new clause joins no list
        ("It's not optional or we'll take you to court.", "we'll take you to court", False),
        ("You're lazy or a scrounger, one or the other.", "scrounger", False),
        # a future act denied reaches each verb phrase of its list; a thing's existence denied, each noun
        ("we are not going to garnish your wages or contact your employer", "contact your employer", True),
        ("We won't take you to court or send bailiffs round.", "send bailiffs round", True),
        ("there are no bailiffs or enforcement agents involved with your account", "enforcement agents", True),
        # but not across a new clause, nor out of a condition
        ("Pay today or we'll contact your employer.", "contact your employer", False),
        ("We're not going to wait, pay or we'll contact your employer.", "contact your employer", False),
        ("if you won't pay or contact your employer", "contact your employer", False),
    ],
)
def test_or_list_after_own_denial(text: str, phrase: str, negated: bool) -> None:
    assert _hit(text, phrase).negated is negated


@pytest.mark.parametrize(
    ("text", "phrase", "negated"),
    [
        # a suggestion or a doubt put as a question presses, it denies nothing
        ("Alright, alright. Can you not just pay something off it now though?", "pay", False),
        ("Why not pay a bit now and the rest later?", "pay", False),
        ("Before you hang up, are you sure you can't manage something towards the arrears this week?", "this week",
         False),
        # the plain denials still deny
        ("You can not just ignore the letters.", "ignore the letters", True),
        ("You can't manage anything this week, that's fine.", "this week", True),
    ],
)
def test_questions_that_press_deny_nothing(text: str, phrase: str, negated: bool) -> None:
    assert _hit(text, phrase).negated is negated


@pytest.mark.parametrize(
    ("text", "phrase", "found"),
    [
        # a phrase that opens with its connective means by it: "sure" in its place is a question, not a blame
        ("are you sure you can't manage something towards the arrears this week?", "cause you can't manage", False),
        ("cos you can't manage money, can you", "cause you can't manage", True),
    ],
)
def test_connective_kept(text: str, phrase: str, found: bool) -> None:
    assert (match_utterance(normalise_phrase(phrase), prepare(text), 0) is not None) is found


@pytest.mark.parametrize(
    ("text", "phrase", "negated"),
    [
        # negative concord: the verb's negation repeats the phrase's own "no", it does not deny it
        ("yeah i dont want no more phone calls from yall", "no more phone calls", False),
        ("I ain't got no money till Friday.", "no money", False),
        # a saying verb between still denies
        ("I'm not saying no more phone calls, just fewer.", "no more phone calls", True),
    ],
)
def test_negative_concord_is_no_denial(text: str, phrase: str, negated: bool) -> None:
    assert _hit(text, phrase).negated is negated


@pytest.mark.parametrize(
    ("phrase", "text", "matches"),
    [
        ("tell your neighbours", "We'll tell your neighbours about this.", True),
        # text-speak "ur" is "your"; "taking" is "take" with its "e" dropped
        ("taking your house", "we'll be taking ur house", True),
        ("take your house", "we'll take ur house", True),
    ],
)
def test_short_phrase_words(phrase: str, text: str, matches: bool) -> None:
    assert (match_utterance(normalise_phrase(phrase), prepare(text), 0) is not None) is matches


@pytest.mark.parametrize(
    ("text", "phrase", "negated"),
    [
        # a fuzzy match of a phrase's own subject on another word takes the text's subject: "nobody will ring you"
        # is no promise to ring, though "i'll ring you" matches "will ring you"
        ("i've escalated it and nobody will ring you again", "i'll ring you", True),
        ("i've escalated it and no one will ring you again", "we'll ring you", True),
        # the phrase's subject said in the text still brings its own clause
        ("I'll ring you tomorrow", "i'll ring you", False),
        ("it's not a joke, you'll be arrested", "you'll be arrested", False),
    ],
)
def test_fuzzy_subject_takes_text_subject(text: str, phrase: str, negated: bool) -> None:
    assert _hit(text, phrase).negated is negated


@pytest.mark.parametrize(
    ("phrase", "text", "matches"),
    [
        # a fuzzy match must keep the phrase's last word: the word that says what happens
        ("immigration status gets", "That's not true, your immigration status has nothing to do with this.", False),
        ("your employer will be told", "information you give us, like your employer, will be used for that", False),
        # a close spelling of the last word still matches (ASR)
        ("warrant for your arrest", "a warrant gets issued for your arest", False),
        ("issued for your arrest", "a warrant gets issued for your arest its automatic", True),
        ("your employer will be told", "pay up or ur employer will be toldd about it", True),
    ],
)
def test_fuzzy_match_keeps_last_word(phrase: str, text: str, matches: bool) -> None:
    assert (match_utterance(normalise_phrase(phrase), prepare(text), 0) is not None) is matches


def test_let_you_no_is_no_negation() -> None:
    # ASR's "no" for "know" after "let you" negates nothing; a real "no" still does
    assert not _hit("just to let you no this cool is recorded for training", "this call is recorded").negated
    assert _hit("no this call is recorded? no it isn't", "this call is recorded").negated


def test_imperative_read_is_no_report() -> None:
    # "read" opening its sentence is an order to the listener, not a report of what was read
    assert not _hit("do i need to say it slower for you? read the damn statement", "damn").quoted
    assert _hit("I read somewhere that they'd take you to court.", "take you to court").quoted


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # a denied belief governs the clause after it, as a denied saying does
        ("No one here thinks you're stupid, I promise.", True),
        ("I don't think you're stupid at all.", True),
        ("I think you're stupid.", False),
    ],
)
def test_denied_belief_negates_its_clause(text: str, negated: bool) -> None:
    assert _hit(text, "stupid").negated is negated


@pytest.mark.parametrize(
    ("phrase", "text"),
    [
        # a swapped last word with no break after it is still a paraphrase
        ("stop calling my phone", "stop calling my mobile I mean it"),
        ("if you could just pay", "ok noted but if you could just settle the 150 now"),
    ],
)
def test_swapped_last_word_without_a_break_still_matches(phrase: str, text: str) -> None:
    assert match_utterance(normalise_phrase(phrase), prepare(text), 0) is not None


@pytest.mark.parametrize(
    ("phrase", "text", "matches"),
    [
        # a phrase is said inside one sentence: the end of one and the start of the next are not it
        ("you people", "Look, I'll be straight with you. People who ignore us end up in jail.", False),
        ("you people", "Honestly? People like you never pay.", False),
        ("you people", "I'm done with you people, pay up.", True),
        # fuzzy: the best stretch over the full stop is dropped, the one inside a sentence still found
        ("we will take you to court", "Thanks for that. We will take you to cort now.", True),
        ("we will take you to court", "We will take. You to court now.", False),
        # a decimal point or a title's stop ends no sentence
        ("is due today", "£12.50 is due today.", True),
        ("patel we will take", "Mr. Patel we will take it from here.", True),
    ],
)
def test_phrase_does_not_cross_a_sentence_end(phrase: str, text: str, matches: bool) -> None:
    found = match_utterance(normalise_phrase(phrase), prepare(text), 0)
    assert (found is not None) == matches


@pytest.mark.parametrize(
    ("phrase", "text", "matches"),
    [
        # ASR dropped a letter: the phrase-long alignment ends (or starts) on a space, which is not part of the
        # match; snapping from it took in the next word ("youll be arested its")
        ("you'll be arrested", "if we dont get the payment today youll be arested its as simple as that", True),
        ("will arrest you", "they will arest you, ok", True),
        # a sliver of the next word still makes it part of the match: "take your time" is not "take your tv"
        ("take your tv", "No worries at all, take your time, I'm not in any rush.", False),
        # once trimmed, words of three letters or fewer must be the same word: "recordings of" is not "recording's off"
        ("recording's off", "We keep audio recordings of our calls, this one included.", False),
        # a trimmed space where the phrase has a word is a word missing: "luck getting a job" is no "try getting a job"
        ("try getting a job", "unpaid bills go on your record, and then good luck getting a job.", False),
    ],
)
def test_alignment_spill_into_next_word_is_trimmed(phrase: str, text: str, matches: bool) -> None:
    assert (match_utterance(normalise_phrase(phrase), prepare(text), 0) is not None) == matches
