"""Phrase cues for disputes, cease requests, wrong numbers, hardship, payment methods and plans.

Cues are patterns over what customers actually say; each has a name so an outcome can say which cue fired.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

DISPUTE: dict[str, re.Pattern[str]] = {
    "not_mine": re.compile(r"\b(i (don't|do not|dont) owe|(this|that|it)('s| is)? not my (debt|account|bill|loan)"
                           r"|never (had|opened|signed up for|ordered|bought|took out) (an?|this|that|the|any|your) "
                           r"(account|loan|card|subscription|order|contract|membership|plan)|not mine|i owe (you )?"
                           r"nothing|i don't owe (you )?anything|identity theft|someone (else )?(opened|used) (it|my))",
                           _I),
    "already_paid": re.compile(r"\b(i('ve| have)? already paid|(it was|it's been|already been) paid|paid (it|that|this)"
                               r" (off|already|in full)|i paid (it|that|this) (last|back|already)"
                               r"|i have a receipt)", _I),
    "amount": re.compile(r"\b((that's|that is|this is|the) (not the right|the wrong|wrong) (amount|balance)|"
                         r"(amount|balance|charge|fee)s? (is|are) (wrong|incorrect|too high)|you('ve| have)? "
                         r"(overcharged|double charged|charged me twice)|i was (overcharged|charged twice)|"
                         r"(don't|do not) agree with the (amount|balance|fees?))", _I),
    "cancelled": re.compile(r"\b(i (cancell?ed|canceled) (it|that|the subscription|my subscription|my account"
                            r"|the order)"
                            r"|i returned (it|the item|the order))", _I),
    "formal": re.compile(r"\b(i('m| am)? (want to |would like to |going to )?disput(e|ing)|i('d| would) like to "
                         r"dispute|file a dispute|raise a dispute|i contest|this is (a mistake|an error|fraud|a scam)|"
                         r"(send|give) me (proof|validation|verification) of (the|this) debt)", _I),
}

CEASE: dict[str, re.Pattern[str]] = {
    "all": re.compile(r"\b(stop (calling|contacting|texting|messaging|emailing|harass\w*) me|(don't|do not|never) "
                      r"(call|contact|text|message|email|ring) me (again|anymore|any more|ever)|take me off (your|the) "
                      r"(list|calling list)|remove my (number|details|name)|leave me alone|cease (all )?(contact|"
                      r"communication)|i want (you|the calls) to stop|stop the calls|no more calls)\b"
                      r"|^\W*(stop|unsubscribe|stopall|cancel|end|quit)\W*$", _I),
    "channel": re.compile(r"\b((only|just) (contact|reach|write to|email) me (by|in|through|via|at)|(don't|do not) "
                          r"(call|text|email|message) me,? (just |only )?(email|text|write|call|send)|contact me in "
                          r"writing( only)?|put it in writing|stop texting me)\b", _I),
    "time_place": re.compile(r"\b((don't|do not|stop|never) (call|calling|ring|ringing|contact|contacting|text|"
                             r"texting) me (at (work|my work|the office|night|home|this (hour|time))|(this|so|that) "
                             r"(late|early)|(late at|in the middle of the) night|(before|after|past) \w+)|(don't|do "
                             r"not|never) (call|ring|text) (me )?(before|after|past) \w+|i can't (take|talk|get)"
                             r" (calls?|personal calls) at work|(only|just) (call|contact|ring) me (in the|during the"
                             r"|on) (day|daytime|morning|afternoon|evening|weekend|week ?day)s?)\b", _I),
}

WRONG_NUMBER = re.compile(
    r"\b(wrong number|wrong person|(there's|there is) no ?(body|one|<PERSON>) (here|by that name|living here)|"
    r"(don't|do not) know (anyone|anybody) (by that name|called|named)|(don't|do not) know (who that is|him|her|"
    r"who you're talking about|who you mean|(any )?<PERSON>)|never heard of (him|her|them|that person|<PERSON>)"
    r"|you have the wrong|nobody (here )?by that name|no one (here )?by that name|not (him|her|them), (he|she|they)"
    r"|(he|she) doesn't live here|this isn't (<PERSON>'s|their|his|her) (number|phone))",
    _I,
)

HARDSHIP: dict[str, re.Pattern[str]] = {
    "job_loss": re.compile(r"\b(lost my job|laid off|made redundant|been let go|got fired|was fired|unemployed|"
                           r"out of work|no job|hours (got |were )?cut|furlough\w*|between jobs)\b", _I),
    "financial": re.compile(r"\b(can't afford|cannot afford|can not afford|struggling (financially|to pay|with money|"
                            r"to make ends meet)|can't make ends meet|money is (really )?tight|"
                            r"(i'm|i am|we're|we are|flat|completely) broke|behind on (my )?(rent|bills|mortgage)|"
                            r"on benefits|on welfare|food stamps|food bank|bankrupt\w*|"
                            r"evict\w*|living paycheck to paycheck|financial hardship|no money)\b", _I),
    "health": re.compile(r"\b(in (the )?hospital|hospitali[sz]ed|surgery|cancer|chemo\w*|disabled|disability|"
                         r"illness|seriously ill|very ill|sick(?! of| and tired)|injur\w*|(?<!by )accident|"
                         r"medical (bills|condition|leave)|pregnan\w*|chronic)\b", _I),
    "bereavement": re.compile(r"\b(passed away|died|death in the family|funeral|bereave\w*|lost my (husband|wife|"
                              r"partner|mother|father|mom|mum|dad|son|daughter|child|brother|sister))\b", _I),
    "mental_health": re.compile(r"\b(depress\w*|anxiety|anxious|panic attacks?|mental health|breakdown|can't cope|"
                                r"cannot cope|overwhelmed|suicid\w*|hopeless)\b", _I),
    "life_event": re.compile(r"\b(divorc\w*|separated|domestic (abuse|violence)|homeless|caring for|carer|caregiver"
                             r"|natural disaster|house fire|flood)\b", _I),
}
VULNERABLE_KINDS = frozenset({"health", "bereavement", "mental_health", "life_event"})

METHODS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("direct_debit", re.compile(r"\b(direct debit|auto-?pay|automatic payments?|recurring payment)\b", _I)),
    ("bank_transfer", re.compile(r"\b(bank transfer|wire transfer|ach|transfer (it|the money) from my bank|"
                                 r"from my (checking|savings|bank) account|bank account|routing number)\b", _I)),
    ("card", re.compile(r"\b(debit card|credit card|(my|the|a|by|on|with) card|visa|mastercard|amex|<CREDIT_CARD)",
                        _I)),
    ("check", re.compile(r"\b(check|cheque) (in the mail|by mail)|\b(mail|send|post) (a|you a|the) (check|cheque)\b",
                         _I)),
    ("paypal", re.compile(r"\bpaypal\b", _I)),
    ("wallet", re.compile(r"\b(apple pay|google pay|venmo|zelle|cash ?app)\b", _I)),
    ("money_order", re.compile(r"\bmoney order\b", _I)),
    ("online", re.compile(r"\b(online|the website|the portal|the app|payment link)\b", _I)),
    ("cash", re.compile(r"\b(in cash|pay cash|cash payment)\b", _I)),
)

PLAN_FREQUENCY: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("weekly", re.compile(r"\b(weekly|every week|a week|per week|each week)\b", _I)),
    ("biweekly", re.compile(r"\b(bi-?weekly|fortnightly|every (two|2|other) weeks?|every fortnight)\b", _I)),
    ("monthly", re.compile(r"\b(monthly|every month|a month|per month|each month|of (every|each) month)\b", _I)),
)
# How often the customer is paid, not how often they will pay: "i get paid fortnightly", "paid every month".
PAY_CYCLE = re.compile(r"\bpaid\s+(?:once\s+)?(?:bi-?weekly|fortnightly|weekly|monthly"
                       r"|every\s+(?:two\s+|2\s+|other\s+)?(?:weeks?|fortnight|month)"
                       r"|each\s+(?:week|month)|an?\s+(?:week|month))\b", _I)
PLAN_WORDS = re.compile(r"\b(payment plan|instal+ments?|split (it|the balance|that|the payments?)|spread (it|the "
                        r"balance|the payments?)|(\d+|two|three|four|five|six|twelve) "
                        r"(payments|months|instal+ments))\b",
                        _I)
# "in two weeks", "after 3 months": a wait before paying, not a number of payments ("in two instalments" is one).
PLAN_COUNT = re.compile(r"(?:(?<!\bin )(?<!\bwithin )(?<!\bafter )"
                        r"|(?=\S+ (?:monthly |weekly )?(?:payments|instal+ments)\b))"
                        r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
                        r"(?:monthly |weekly )?(?:payments|instal+ments|months|weeks)\b", _I)

AFFIRM = re.compile(r"^\W*(?:(?:hmm+|um+|uh+|er+|erm|well|oh|ah|so|ugh|look|right)\W+)*(i think so|i guess so|yes|yeah|"
                    r"sige|opo|haan|han ji|ji|y|"
                    r"yep|yup|yea|ye|yah|yh|ya|thats fine|thats ok|"
                    r"sure|ok(ay)?|alright|all right|fine|that works|that's fine|that would work"
                    r"|sounds good|i can do that|i can manage that|i could do that|deal|definitely|of course|"
                    # "Course! £34.17 on Tuesday 22nd?": "of course" clipped, as a word of its own before punctuation
                    r"course(?=\s*(?:[!,.]|$))|"
                    r"absolutely|will do|i'll do that|that's right|correct|perfect|great|exactly|spot on|"
                    r"go on then|go on|mm+\W*hm+|mhm|uh\W*huh|all good|no worries|no problem|sure thing|noted|"
                    r"confirmed|i confirm|done|that's it|that's grand|grand|righto|right you are|"
                    # "I will" / "I can" agree, unless they go on to something else: "I will think about it"
                    r"(?:i will|i can)(?!\s+(?:think|see|try|check|have to|need to|let you know|call|get back|ask)))\b",
                    _I)
# Short acknowledgements that agree only as the whole reply to a read-back: "k", "ty", "cheers", a thumbs up.
ACK = re.compile(r"^\W*(?:k|kk|ty|tq|thanks|thank you|thx|cheers|sweet|brilliant|lovely|perfect|great|salamat|"
                 r"terima kasih|asante|dankie|shukriya|ok tq)\W*"
                 r"(?:thanks|thank you|cheers|ty|mate|po|sir|madam|ma'?am|ma)?\W*$|^\s*(?:👍|👌|✅|🙏)", _I)
PAY_TALK = re.compile(r"\b(pay|payment|paying|settle|instal+ment|put down|set up|schedule|arrange|balance)\w*", _I)
