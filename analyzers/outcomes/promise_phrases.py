"""What people say when they promise, hedge, withdraw or only acknowledge: the phrase patterns of the promise
detector (analyzers/outcomes/promise*.py). Kept apart so the wording can grow without burying the logic."""

from __future__ import annotations

import re

from analyzers.outcomes.dates import WEEKDAYS
from analyzers.outcomes.money import CURRENCY_CODES_RX, CURRENCY_WORD
from analyzers.outcomes.numbers import NUMBER_WORDS_RX, ORDINAL_WORDS_RX
from analyzers.outcomes.promise_checkouts import CHECKOUT_COMPLETED
from analyzers.outcomes.promise_life_events import LIFE_EVENT
from analyzers.outcomes.promise_payments_made import MONEY_MOVED
from analyzers.outcomes.promise_refusals import REFUSES_TO_PAY

# A weekday as texted: "thursday", "thurs", "thu", "weds".
_WEEKDAY_NAMES = r"(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"

# Texted promises drop the apostrophe: "ill pay", "im gonna pay", "imma pay".
SUBJECT_MODAL = (
    r"\b(?:(?:i|we|mi|me)\s*(?:['’]ll|['’]m going to|['’]m gonna|will|can|could|shall|am going to|am gonna|"
    r"should be able to|would be able to|am able to|['’]m able to|promise to|plan to|intend to|propose to|"
    r"offer to|want to|wanna|"
    r"['’]d like to|would like to|['’]d|would)|ill|im going to|im gonna|imma|ima"
    # texted without the subject, at the start of a clause: "will pay thurs", "can do the 40 on the 1st"
    # ... or joined to a first-person clause: "I accept the offer and will pay it on 16 December"
    # ... or after a term of address: "ok mam will pay the balance on dec 15", "yes sir will pay", "opo po will pay"
    r"|(?:^|(?<=[.!?,]\s)|(?<=\bok\s)|(?<=\bso\s)|(?<=\byeah\s)|(?<=\byes\s)|(?<=\band\s)"
    r"|(?<=\bmam\s)|(?<=\bmaam\s)|(?<=\bma'am\s)|(?<=\bsir\s)|(?<=\bpo\s)"
    # ... or run on after the day that ends the clause before: "paid on the friday will pay the 45 then"
    + "".join(rf"|(?<=\b{day}\s)" for day in (*WEEKDAYS, "today", "tomorrow", "tonight"))
    + r")(?:will|wil|can|gonna))\s+"
)
ADVERBS = (r"(?:(?:definitely|probably|really|just|also|only|then|still|actually|certainly|surely|be able to|maybe"
            r"|possibly|try to|try and|at least)\s+)*")
# "I'll update my card and pay", "I'll call the bank then send": the payment verb after a short first action.
# "I'll put the new card in and pay it today": putting the card in is the first action, paying the commitment.
# "i'll call the bank at nine that morning and and pay": the first action may carry its time, and speech repeats "and".
# "I'll go back in and complete the checkout", "I'll go online and pay": going somewhere first is a first action too.
# "I'll put the new card in Wednesday when it arrives and pay it then": ... with its day and what it waits on.
FIRST_ACTION = (r"(?:(?:update|call|ring|check|sort|fix|get|speak to|talk to|log in|go|contact|put|add|enter|pop)"
                 r"\b[\w' ]{0,60}?"
                 r"\s+(?:and|then|and then|&|n)(?:\s+(?:and|then))?\s+)?")
# COMMIT verbs that say nothing of paying on their own ("I'll do it" may be chores): a payment only with an amount.
AMOUNT_VERBS = ("do", "put", "chuck", "bung", "manage", "afford")
COMMIT = re.compile(
    SUBJECT_MODAL + ADVERBS + FIRST_ACTION
    + r"(?P<verb>pay|send|transfer|remit|wire|deposit|paynow|venmo|zelle|e-?transfer|cover|settle|clear"
      # the future put in the progressive: "I'll be transferring it in a fortnight", "we will be paying on the 1st"
      r"|be\s+(?:paying|sending|transferring|remitting|wiring|depositing|settling|clearing)"
      # "mi will drop the 8 thousand on the 30th" (money dropped off), not "drop the plan"
      r"|drop(?=\s+(?:off\s+)?(?:the\s+|it\s+)?(?:money|payment|cash|[$£€\d]|j\$|(?:\w+\s+)?(?:thousand|tousand|hundred|grand)))"
      # "I can give you 5000 on the 18th": money handed over, not "give you a call"
      rf"|give\s+(?:you|u)(?=\s+(?:[$£€₹\d]|j\$|the\s+(?:money|payment|balance)|(?:{NUMBER_WORDS_RX})\b))"
      r"|sort\s+(?:it|that|this)(?:\s+out)?|retry|re-try|re-?run|rerun|redo|re-do|re-?submit"
      # "I'll update the card and run it Friday": a card run or charged is a payment taken
      r"|(?:run|charge)(?=\s+(?:it|that|this|(?:the|my)\s+(?:card|payment))\b)"
      r"|make\s+(?:a|the|my|that|this|one|another)?\s*(?:\S+\s+)?"
      r"payment|make\s+(?:the|an?|my)?\s*(?:\S+\s+)?(?:transfer|deposit)|make\s+it|"
      # "I will make the first on the 20th of this month": the first payment, its noun left out
      # ... or "the first one": "I'll make the first one on 1 December and the rest on the 1st of January"
      # ... or "in two weeks", "in a fortnight": its day counted from today
      r"make\s+(?:the|my)\s+(?:first|1st)(?:\s+one)?(?=\s+(?:on|by|in|this|next|tomorrow|today)\b)"
      # "ill chuck the 62.50 on then", "I'll bung the 40 over Friday": slang for putting money in
      rf"|{'|'.join(AMOUNT_VERBS)}|{CHECKOUT_COMPLETED}|set\s+up|start\s+(?:paying|payments|making)"
      r"|have\s+(?:the money|it|the payment|that|a payment|payment)\s+(?:for you|to you|ready|sent|paid|in)"
      # "i'll have a hundred an twenty euro for ye be the end of the week": money had ready for the creditor is
      # money handed over (not "I'll have a look for you", nor "I'll have twenty forms for you")
      rf"|have(?=\s+(?:the\s+)?(?:[a-z]{{0,3}}[$£€₹₱₦₵]\s?|(?:{CURRENCY_CODES_RX})\s?)?(?:\d[\d,.]*k?|{NUMBER_WORDS_RX})"
      rf"(?:\s*(?:{CURRENCY_WORD.pattern}))?\s+(?:for|to)\s+(?:you|ye|ya|u|yous)\b)"
      r"|get\s+(?:you\s+)?(?:the money|it|that|the payment|a payment|payment))\b",
    re.IGNORECASE,
)
ALT_COMMIT = re.compile(
    r"\b(?:you(?:'ll| will) (?:have|get|receive) (?:it|the money|the payment|that|your money|payment)"
    r"|you(?:'ll| will) (?:have|get|receive|see) (?:\$|£|€|\d)|expect\b.{0,40}\bfrom me|i promise\b"
    # Taglish: "bayad ko po 2,572 sa 15" (my payment...), "babayaran ko", "magbabayad po ako": Tagalog's future and
    # first-person forms of "pay" commit as "I'll pay" does
    r"|\b(?:bayad ko|babayaran|mababayaran|magbabayad|ibabayad|huhulugan)\b"
    # ... and an English verb put first with Tagalog's "ko" (I) after it: "pay ko full 3,350 that day po", "send ko
    # bukas". Opening its clause it is the verb; after a noun it is "my pay" ("13th month pay ko release on dec 28")
    r"|(?:^|(?<=[.!?,]\s)|(?<=\bpo\s)|(?<=\bok\s)|(?<=\bsige\s)|(?<=\bopo\s))"
    r"(?:i-?)?(?:pay|send|transfer|settle)\s+ko\b"
    # "I propose paying R1 200 per month": the offer put as a gerund
    r"|\b(?:i|we) (?:propose|suggest|offer|plan on) paying\b"
    r"|put me down for|let'?s (?:just )?(?:do|say|go with|make it)|let me (?:just )?(?:do|pay|send|transfer|make)\b"
    # "make it the twentieth" (a moved day), "I meant 540" (a corrected amount), "I go send 15k" (Nigerian Pidgin)
    r"|\bmake it (?:the|on|for|by|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next)\b"
    # "ok ok lah make it one fifty on the twentieth": a raised amount
    # ... "I'll round it up to $150", "bump that up to 80": the same raise in other words
    rf"|\b(?:make it|(?:round|bump|push|top) (?:it|that) up to) (?:[$£€₹]|\d|(?:{NUMBER_WORDS_RX})\b)"
    # texted repairs drop the subject: "sorry meant 54!!"
    r"|\bi meant\b|^\W*(?:(?:sorry|oops|whoops|no|soz)\W+)*meant\b"
    # ... "I fit pay one instalment first": Pidgin's "go" is the future, "fit" is "can"
    r"|\bi\s+(?:go|dey go|wan|fit)\s+(?:pay|send|transfer)\b"
    # "Please debit the missed instalment again on Friday 11 December": the customer authorises the collection
    r"|\b(?:please|you can|you may|feel free to|go ahead and)\s+(?:re-?)?(?:debit|charge|take|collect|deduct|"
    r"try|run|process|draw)\s+(?:it|that|this|the|my|[$£€]|\d)"
    # "I commit to paying KES 7,500 on Friday" (a formal letter)
    r"|\bi (?:hereby )?commit to (?:pay|paying|make|making|send|sending|clear|clearing|settle|settling)\b"
    # Jamaican Patois: "mi a go send the 8,500", "mi wi pay Friday"
    r"|\bmi\s+(?:a\s+go|ago|go|wi|will|gwine|a-go)\s+(?:pay|send|transfer|mek|make)\b"
    # "sending R433.33 now now", "I'm paying the 40 tonight": the payment under way, said in the present
    r"|(?:^|(?<=[.!?,]\s))(?:i['’]?m\s+|am\s+)(?:sending|paying|transferring)\s+(?:it|that|you|the|[$£€₹R]?\d)"
    # ... said without "I'm" unless a verb of its own follows: then the gerund is the subject of a sentence about
    # paying, not a payment under way ("Paying $600 in one go is difficult this month", "paying it all now would be
    # tough")
    r"|(?:^|(?<=[.!?,]\s))(?:sending|paying|transferring)\s+(?:it|that|you|the|[$£€₹R]?\d)"
    r"(?![^.!?,]*\b(?:is|isn'?t|was|wasn'?t|would(?:n'?t)? be|will be|won'?t be|seems?|feels?)\b)"
    r"|(?:that|it)(?:'s| is| would be) (?:fine|good|okay)"
    r" for me"
    # "I settle it on the 20th ya", "i pay tmr": the simple present with a coming day is the future in much of the
    # English spoken in Asia and Africa (not "when i pay on the 20th", nor the habit of "i pay on the 1st every month")
    r"|(?<!\bwhen )(?<!\bif )(?<!\bafter )(?<!\bbefore )(?<!\bonce )(?<!\buntil )"
    r"\bi\s+(?:pay|settle|send|transfer|clear)\s+(?:(?:it|this|that|them|you)\s+)?"
    # ... with the amount between verb and day: "i pay one hundred fifty on the thirtieth", "i send 5k on friday"
    rf"(?:(?:the\s+)?(?:[$£€₹₦₱]\s?)?(?:\d[\d,.]*k?|{NUMBER_WORDS_RX})(?:\s+(?:{CURRENCY_WORD.pattern}))?\s+)?"
    rf"(?:(?:on|by)\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?|{ORDINAL_WORDS_RX}|{_WEEKDAY_NAMES})"
    r"|today|tonight|tomorrow|tmrw?|tmr)\b"
    r"(?![^.!?]*\b(?:every|each)\b))",
    re.IGNORECASE,
)
FULL = re.compile(r"\b(the (full|whole|entire|total) (balance|amount|thing)|in full|the full|the balance|"
                   r"everything i owe|what i owe|what's owed|all of it|the whole lot|the lot|the whole thing|"
                   r"everything owing|everything outstanding)\b", re.IGNORECASE)
BALANCE = re.compile(r"\b(balance|you owe|didn'?t go through|did not go through|"
                     r"outstanding|total|amount due|owing|overdue|past due|in arrears|behind by|"
                      r"was due|were due|missed|declined|bounced|was returned|failed|payoff|good through|"
                      r"valid until|unpaid|pending|posted|already|"
                      # "due" as a noun after a determiner: "your due is 4500", Taglish "ang due po ninyo is ..."
                      r"(?:your|ang)\s+due)\b", re.IGNORECASE)
# A figure worked out from the amounts just said is their sum, money though its currency is dropped: "the fee's ten
# dollars so fifty two", "that makes ninety"; a filler may come before the sum ("plus the fee so like seventy four").
SUMMED = re.compile(r"\b(?:so|that makes|which makes|making it|makes it|comes to|that'?s)\s+"
                    r"(?:(?:like|um+|uh+|er+)\s+)?(?:a total of\s+)?$", re.IGNORECASE)
# Two figures added in one breath ("the full two thousand five hundred plus the one fifty penalty", "$40 + the $5
# fee"): what lies between them; their sum is money the customer can then say as one figure.
ADDED_TO = re.compile(r"\s*(?:\+|plus|together with|along with)\s+(?:the\s+|a\s+|an\s+|your\s+|my\s+)?",
                      re.IGNORECASE)
# (a clock time is no figure: "Paid from Capitec at 15:42 yesterday")
BARE_NUMBER = re.compile(r"(?<![\d/:])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?(?![\d/:]|st\b|nd\b|rd\b|th\b)")
READ_BACK = (r"\b(so|got you down|confirm|just to confirm|i've (scheduled|set up|noted|booked)|that's|that is|"
              r"to recap|i have)\b")
# A read-back, as what fills in a commitment: also an agent turn that merely opens with "ok", "great", "got it"...
RECAP = re.compile(READ_BACK + r"|^\W*(?:ok|okay|alright|great|perfect|lovely|grand|thanks|brilliant|cool|awesome|"
                   r"got it|gotcha)\b",
                   re.IGNORECASE)
# An agent logging the arrangement: "Noted sir, ₹1,499 on Monday", "Sure, updated to $60 on 12/16".
LOGGED = re.compile(r"\b(?:noted|updated|i have|i've got|ive got|"
                    # "We are happy to accept £40.00 per month starting 23 December": the creditor's acceptance
                    r"(?:happy|pleased|glad|able) to accept|we (?:will |'ll )?accept|we(?:'ve| have) accepted|"
                    r"(?:i'?ve|i have|we'?ve|i'?ll|let me) (?:set|put|pop|booked|scheduled|logged|note|"
                    r"arranged|changed|moved|pencilled|penciled|noted|updated|recorded)|set (?:that|it|this) up|"
                    r"scheduled|booked|confirmed|got (?:you|that|it) down|logged|recorded|locked in|"
                    # "Monday it is for the $45", "the 15th it is": the choice settled by naming it
                    rf"(?:{_WEEKDAY_NAMES}|\d(?:st|nd|rd|th)?) it is(?! (?:not|overdue|due|late|past)\b))\b",
                    re.IGNORECASE)
# A reply that thanks rather than agrees: "ok thanks for your help", "cheers".
THANKS_CLOSING = re.compile(r"^\W*(?:ok(?:ay)?\W+)?(?:thanks|thank you|cheers|ta|thx|ty)\b", re.IGNORECASE)
# "Your next payment of $63.25 is due Dec 19": the plan's own schedule told, not a payment proposed
NEXT_SCHEDULED = re.compile(r"\b(?:your|the) next (?:payment|instal+ment|repayment|debit|direct debit)\b"
                            r"(?:[^.!?]|\.\d){0,40}\b(?:is|will be|falls|comes out|goes out)\s+"
                            r"(?:due|on|taken|scheduled)\b",
                            re.IGNORECASE)
# "I'll pay the first one this sat": the first instalment, whose amount the agent stated
# "the first instalment", and "the instalment" / "this month's instalment" after the agent stated it
# ... and the one that failed: "ill pay the missed instalment next fri", "I'll make the declined payment Monday" (a
# payment that failed is one instalment of known size, unlike "the payment")
_FAILED = r"(?:missed|failed|declined|bounced|returned|late|overdue|unpaid|outstanding)"
FIRST_ONE = re.compile(r"\b(?:the\s+)?(?:first|1st)\s+(?:one|instal+ment|payment|emi)\b"
                       r"|\b(?:the|this|my|that|(?:this|the)\s+month'?s)\s+(?:instal+ment|emi)\b(?!\s+(?:plan|after|before))"
                       rf"|\b(?:the|this|my|that)\s+{_FAILED}\s+(?:instal+ment|emi|payment)\b(?!\s+(?:plan|after|before))",
                       re.IGNORECASE)
INSTALMENT_OF = re.compile(r"\b(?:instal+ment|emi|payment)\s+(?:amount\s+)?(?:of|is)\s*$", re.IGNORECASE)
# "three payments of $180.00 on 10 December, 24 December and 7 January": a plan's instalment amount
PLAN_AMOUNT = re.compile(r"\b(?:payments|instal+ments|repayments|amounts) of\s*$", re.IGNORECASE)
SALUTATION = re.compile(r"^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,\n]{0,40},?[ \t]*\n+",
                        re.IGNORECASE)
# Things sent that are not money: proof of a payment or a document the agent asked for.
_DOCUMENTS = (r"screenshot|receipt|proofs?|footage|evidence|video|confirmation|reference|details|photo|picture|copy|"
              # "I'll send you the pop now" (South Africa: proof of payment), a bank's deposit slip
              r"documents?|email|statement|letter|pop|deposit slip|slip")
# Not a payment: "I can send you the screenshot", "I'll get you the reference".
SEND_PROOF = re.compile(rf"^\s+(?:you\s+|u\s+|it\s+to\s+you\s+)?(?:the\s+|a\s+|my\s+)?(?:{_DOCUMENTS})", re.IGNORECASE)
# The agent asked for a document, not money: "Could you send the footage to support@..." - "I will send it tonight";
# asking whether the customer has one is the same request: "do you have a reference number" - "I can send it over".
ASKS_FOR_PROOF = re.compile(rf"\b(?:send|email|e-mail|forward|upload|attach|whatsapp|text|share|provide|have|got)\b"
                            rf"[^.?!]{{0,30}}"
                            rf"\b(?:{_DOCUMENTS})\b", re.IGNORECASE)
# The agent asking the customer to get in touch ("Would you be able to message us on Sunday once you see the
# schedule?"): a yes to it promises a message, not a payment.
ASKS_FOR_CONTACT = re.compile(r"\b(?:message|text|email|e-mail|call|ring|phone|contact|update|get back to|"
                              r"get in touch with|reach out to)\s+(?:us|me)\b|\blet (?:us|me) know\b", re.IGNORECASE)
# ... unless the ask names the payment too ("call us to pay", "pay Friday and let us know"); "once you see the
# schedule" names a work rota, not a payment schedule.
PAYMENT_NAMED = re.compile(r"\b(?:pay|payment|paying|paid|settle|instal+ment|transfer|deposit)\w*", re.IGNORECASE)
# Another payment named beside the promise: "Yes. Plus the normal instalment on the 5th, I know".
OTHER_PAYMENT = re.compile(r"\b(?:plus|also|as well as)\s+(?:the\s+|my\s+)?(?:normal|regular|usual|next|monthly)\s+"
                           r"(?:instal+ment|payment|emi|bill)\b", re.IGNORECASE)
# A closing "no" that objects to nothing: "no that's it thank you", "no, that's all".
NO_MORE = re.compile(r"^\W*no\W+(?:that'?s|thats)\s+(?:it|all|everything)\b|^\W*no\W+(?:thanks|thank you)\b",
                     re.IGNORECASE)
# As what a bare "yes" accepts, "OK. If you can get us anything before Friday..." is no read-back.
# ... or an agent checking a figure it misheard ("sorry was that forty pounds"): the customer's yes confirms it.
STRONG_RECAP = re.compile(READ_BACK + r"|^\W*(?:sorry\W+)?(?:was that|did you say|you said)\b", re.IGNORECASE)
# What makes an agent turn a proposal a "yes" can accept: a question or proposing words, not a statement of the debt.
PROPOSES = re.compile(r"\?|\b(?:can you|could you|would you|will you|are you able|how about|what about|what if we|"
                       r"we'?d need|we need|we would need|i'?d need|need at least|"
                       r"shall (?:we|i)|let'?s|we could|we can|i can (?:set|book|schedule|take)|does .{0,40} work|"
                       r"would .{0,40} work)\b", re.IGNORECASE)
# A commitment that hangs on an uncertain "if" ("if my refund comes through I'll pay") is not a promise yet;
# "when/once I get paid" is a date, and a trailing "if that's okay" is politeness.
IF_CONDITION = re.compile(r"\b(?:if|unless|provided|assuming)\b(?!\s+(?:that'?s|that is|it'?s|this is)\s+"
                           r"(?:ok|okay|alright|fine|good|possible)|\s+possible|\s+you (?:like|want|prefer))",
                           re.IGNORECASE)
# The customer answers their own "if" before committing: "if i can do eleven hundred ... yeah okay i'll do it".
AGREED_AFTER_IF = re.compile(r"\b(?:yeah|yes|yep)[\s,]+(?:ok(?:ay)?|alright|fine|sure)\b"
                             r"|\bok(?:ay)?[\s,]+(?:yeah|yes)\b", re.IGNORECASE)
# A wish to pay and the reason it cannot be: "I would like to pay but currently I lost my job".
WISH_BUT = re.compile(r"\b(?:would|'d) (?:like|love) to (?:pay|clear|settle)\b[^.?!]{0,25}\bbut\b"
                      r"|\b(?:want|wish) to (?:pay|clear|settle)\b[^.?!]{0,25}\bbut\b", re.IGNORECASE)
# An alternative to the commitment said after it: "... if that comes through. If not I'll just cancel the order"
# ("if not sooner" and "if not before" keep the day).
IF_NOT = re.compile(r"\b(?:if not|if it doesn'?t|if that doesn'?t|if it does ?n'?t come|otherwise i'?ll)\b"
                    r"(?!,?\s+(?:sooner|before|earlier))", re.IGNORECASE)
# "If I got paid I could do 50": a conditional whose modal is hypothetical (could/would), not "I will".
HYPOTHETICAL = re.compile(r"^\W*(?:if|unless)\b.*\b(?:could|would|['’]d|might)\b|\b(?:could|would|['’]d|might)\b"
                           r".*\bif\b", re.IGNORECASE)
# Doubt voiced after an offer takes it back: "but honestly I don't think that's happening", "but I doubt it".
DOUBT = re.compile(r"\b(?:doubt|unlikely|don'?t think|do not think|probably not|not happening|"
                    r"won'?t happen|not going to happen|no chance)\b", re.IGNORECASE)
# Not firm: the customer does not know the amount, or only means to try to pay "something".
HOW_MUCH_UNKNOWN = r"\b(?:don'?t|do not|not sure|no idea|unsure)\b[^.?!]{0,25}\bhow much\b"
UNSURE = re.compile(HOW_MUCH_UNKNOWN + r"|\btry(?:ing)? (?:to|and) "
                     r"(?:pay|send|put|make|get)\b[^.?!]{0,20}\b(?:something|some money|a bit|what(?:ever)? i can)\b",
                     re.IGNORECASE)
# Certainty about the day: "I will definitely make a payment on the 30th, I just don't know how much yet" promises
# that day; what is unsure (and what it depends on) is only the amount, which stays unknown.
CERTAIN = r"\b(?:definitely|for sure|deffo|100%|certainly|surely|without fail)"
# The doubt conceded after the commitment is only about the amount as well: "I will make a payment toward the balance by
# December 31st, though I'm not sure yet how much it will be".
AMOUNT_ONLY_UNSURE = re.compile(rf"{CERTAIN}[^?]*{HOW_MUCH_UNKNOWN}|{HOW_MUCH_UNKNOWN}[^?]*{CERTAIN}"
                                rf"|\b(?:though|although|but|just|only)\W+(?:(?:i'?m|i am|i)\s+)?(?:just\s+)?"
                                rf"{HOW_MUCH_UNKNOWN}", re.IGNORECASE)
# Hedging after the commitment makes it a hope, not a promise: "I'll pay on the 5th... well, I'm not sure I'll have it".
HEDGE = re.compile(r"\b(?:not (?:sure|certain) (?:i|if|whether|that|it)|no promises|"
                    r"(?:can'?t|cannot|cyaan|caan|cannae) promise|"
                    r"(?:i'?ll|i will|will|i shall|shall|i'?m going to|gonna|i go) (?:\w+ )?try\b|not promising|"
                    # Pidgin doubt: "e no sure o" (it isn't certain), "make una no hold me" (don't hold me to it)
                    r"\be no (?:too )?sure\b|\bno (?:hold|hol) me\b|"
                    r"try my (?:level )?best|"
                    r"bear with me if|"
                    r"can'?t say when|(?:don'?t|do not) want to (?:promise|commit)|cannot say when|no idea when|"
                    # "I'll pay when I get something, I'm not sure when": no day the customer can stand by
                    # ... "I don't know yet when HR will release it": the same doubt, "yet" put in
                    r"(?:not sure|unsure|(?:don'?t|do not) know)(?: yet)? when\b|"
                    # "I'll probably be able to do the $200, maybe by the 15th, but honestly I don't know yet": the
                    # doubt left open at the end of the clause bears on the whole commitment
                    r"(?:don'?t|do not|dunno) know(?: yet)?\s*(?:[.!?]|$)|(?:can'?t|cannot) say exact(?:ly)?\b|"
                    r"(?:can'?t|cannot) say for (?:sure|certain)|"
                    r"hopefully|(?:i'?ll|will) see how|see how i'?m (?:fixed|placed|going)|we'?ll see|cannot confirm|"
                    r"can'?t confirm|"
                    r"(?:don'?t|do not) think i can|get back to you|(?:have|need) to (?:look at|check|think)|"
                    # "let me check with the bank first and ring you back": the day waits on what the check finds
                    r"let me (?:check|confirm|look into|ask)\b[^.?!]{0,40}\bfirst\b|"
                    r"think about it|let you know|"
                    # "maybe ill send something on friday", "ok so perhaps we can do $40 friday": the customer's own
                    # paying put as a possibility, not a pledge (not "perhaps I'll order the 3rd mug as well")
                    rf"(?:maybe|perhaps|possibly|mayb|mebbe)[\s,]+(?={COMMIT.pattern})|"
                    # "i will tell you the date": the day is still to be named, so none is promised yet
                    r"(?:i'?ll|i will|will|i can|let me) (?:tell|give|send|confirm|text|message) (?:you|u) the date|"
                    # (not Pidgin's perfect "i don talk to my oga": the asking is done, the answer in hand)
                    r"(?<!\bdon )(?:talk|speak) to my|check with my|look at my finances|"
                    r"can'?t commit|cannot commit|won'?t commit|rather not (?:say yes|promise|commit)|"
                    # "could be the 15th, could be later, I don't control it": the day left open, or out of the
                    # customer's hands, is a guess, not a day to stand by
                    r"(?:might|may|could) (?:also )?be (?:later|after that|even later|longer)|"
                    r"(?:don'?t|do not|can'?t|cannot) control (?:it|that|when)|out of my hands|"
                    # "i think i can get it next week": the customer's guess about their own means, not a promise
                    r"i think (?:i|we) (?:can|could|should|might|will|'?ll)|"
                    r"don'?t know (?:if|whether)|do not know (?:if|whether)|might not|may not|probably not|"
                    r"not (?:a hundred|100) (?:percent|%))", re.IGNORECASE)
# Hedges that make any commitment a hope, whatever else the clause says ("on the 15th hopefully, just waiting to
# hear about extra shifts").
SOFT_HEDGE = re.compile(r"\b(?:hopefully|fingers crossed|it depends|and see|see what i can do|depends (?:on|if)|"
                        r"depending on|we'?ll see|"
                        r"(?:i'?ll|i will|will) try|maybe\s+\w+\s+(?:or\s+)?maybe|no fit give|can'?t give (?:an? )?"
                        r"(?:exact|firm|definite)"
                        # "i'll do the ten as well if i can": the customer keeps the choice of paying it
                        r"|if (?:i|we) can\b(?! (?:just |please )?(?:ask|check|confirm))"
                        # "I'll pay it when I can": the timing is the customer's to choose, not a day promised
                        # ("Friday, that's when I can" names the day)
                        r"|(?<!that's )(?<!thats )(?<!that is )"
                        r"when(?:ever)? i(?: can| am able|'?m able| have (?:it|the money)))"
                        r"\b", re.IGNORECASE)
# "prob thurs 🤞 will let u know": fingers crossed, texted as an emoji (the clause splitter drops emoji, so this is
# looked for in the whole turn)
CROSSED_FINGERS = re.compile("\U0001F91E")
# ... but beside a word that vouches for the payment it is a pledge, not a hope: "ok then the 24th, R970 total.
# promise 🤞"
VOUCHED = re.compile(rf"{CERTAIN}\b|(?<!n't )(?<!not )\bpromise\b(?!\s+to\b)", re.IGNORECASE)
# "not sure how much yet, depends on the bills, but definitely paying something Thursday": the hedge is about the
# amount; the commitment after "but definitely" stands.
DESPITE = re.compile(rf"\bbut\b[^.?!]{{0,24}}{CERTAIN}\b",
                     re.IGNORECASE)
# A hedge about other money leaves the promise standing: "I will try to pay the rest in January", "balance by month
# end i will try" (Indian English drops the article).
OTHER_MONEY = re.compile(r"\b(?:the rest|the remaining|remainder|(?:the )?balance|the other|anything more|more than"
                         r"|(?:and|or|maybe|even|possibly) (?:a bit |some |a little )?more"
                         r"|(?:put|pay|send|add|do|give) (?:in )?(?:a bit |some |a little )?more)\b",
                         re.IGNORECASE)
# Putting the decision off: "I'll check my budget first and message you again", "can I just message when I know?".
# A turn that only does this after an offer (typically where the agent awaited a yes: "Shall I note it?") leaves the
# offer unconfirmed, as a call-back does: no firm commitment stands.
DEFERS_DECISION = re.compile(
    r"\b(?:check|look at|think about|think it over|sleep on|talk to|speak to|ask)\b[^.!?]{0,30}?\bfirst\b"
    r"|\b(?:message|text|call|ring|get back to|let) (?:you |u )?(?:again |back |know )?(?:when|once) i "
    r"(?:know|decide|(?:'?m|am) sure|(?:'?ve|have) (?:checked|decided))\b", re.IGNORECASE)
# A paying verb whose object is nothing: "I'll be paying nothing further", "I'll pay not a penny more".
NOTHING_PAID = re.compile(r"\s+(?:nothing|not a (?:penny|cent|dime|thing))\b", re.IGNORECASE)
# "I will not be able to make this payment ... Kindly cancel the said commitment": the promise made before named and
# given up, in an email's words
CANCELS_PROMISE = re.compile(r"\b(?:won'?t|will not|will no longer|shall not) be able to (?:make|pay|honou?r|keep) "
                             r"(?:this|that|the|my)(?: said)? (?:payment|commitment|promise)\b|"
                             r"\bcancel (?:the|my|that|this)(?: said| earlier| previous)? "
                             r"(?:commitment|promise|arrangement)\b", re.IGNORECASE)
# Taking a commitment back later in the call: "Actually, no, I can't do Friday after all, I'll call back".
WITHDRAW = re.compile(r"\b(?:after all|scratch that|scrap that|ignore what i said|ignore (?:that|my last|my previous)|"
                       # "I'm not agreeing to anything until that £25 is taken off": every commitment held back
                       # ... "i'm not gonna commit to anything today": the same refusal, spoken
                       # "on reflection I'm not going to pay that yet": the same refusal, put in the future
                       r"(?:i'?m|i am|im) not (?:paying|(?:going to|gonna) pay)\b|"
                       r"(?:i'?m|i am|im) not (?:agreeing|committing|gonna commit|going to commit) to anything\b|"
                       r"(?:hindi|di) (?:ko )?(?:po )?kaya|(?:can'?t|cannot) (?:do|pay|manage|afford|give) anything|"
                       # "I have to take back what I said earlier", "take back my promise": the earlier words
                       # taken back, named before or after "back"
                       r"take (?:that|it|what i (?:said|wrote|promised)) back|take back (?:that|it|"
                       r"what i (?:said|wrote|promised)|my (?:earlier |previous |last )?(?:offer|promise|word))\b|"
                       r"on second thought|"
                       # "well i cant do fifty mate so just do what you gotta do": the customer gives up on agreeing
                       # and leaves the creditor to act
                       r"do what(?:ever)? (?:you|u|ya) (?:gotta|got to|'?ve got to|have to|need to|must) do|"
                       # a bare "hold off, ..." stops the payment; "hold off restricting the service" asks for time
                       r"hold off(?=\s*(?:[,.;!]|$))|"
                       # "forget the Friday thing", "forget about that": the promise named and dropped
                       r"forget (?:about )?(?:it|that|what i said|"
                       r"the\b[^.?!,]{0,20}?\b(?:thing|plan|payment|date|day))|"
                       r"never ?mind|nvm\b|cancel (?:that|it|the payment)|don'?t (?:put me down|book it|"
                       r"schedule it)|"
                       + CANCELS_PROMISE.pattern +
                       # "don't put anything down", "cancel muna yung Friday", "I don't wanna say Friday"
                       r"|(?:don'?t|do not) (?:put|write|book|mark|set|schedule|arrange|process|take|charge)(?: up)? "
                       r"(?:anything|any ?thing|nothing)\b"
                       r"|\bnot paying (?:anything|a (?:penny|cent|thing)|it)\b|" + REFUSES_TO_PAY +
                       # "I'll be paying nothing further on this until that's done": the refusal put as the object
                       r"|\b(?:pay|paying)(?=\s+(?:nothing|not a (?:penny|cent|dime|thing))\b)"
                       r"|(?:don'?t|do not) (?:put|write|book|mark|set) (?:it|me) (?:down|in)"
                       # "dont note it madam ... please dont put date": the agent is told not to record the day
                       r"|(?:don'?t|do not) (?:note|log|record) (?:it|that|this|me|anything)\b"
                       # ... "don't put thurs", "do not book Friday": the day itself named and refused
                       r"|(?:don'?t|do not) (?:put|write|book|mark|set|fix|give) (?:a |the |any )?(?:date|"
                       rf"{_WEEKDAY_NAMES})\b"
                       r"|cancel\W+(?:\w+\W+){0,2}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                       r"payment|date|promise|arrangement)"
                       r"|(?:don'?t|do not) (?:wanna|want to) (?:say|promise|commit)"
                       # "please don't take the above as a commitment", "don't count that as a promise": what was
                       # just said is denied the force of a promise
                       r"|(?:don'?t|do not) (?:take|treat|count|consider|read|see) (?:the above|this|that|it|"
                       r"what i (?:said|wrote))(?: email| message)?(?: as)? (?:a |any |my )?(?:firm )?"
                       r"(?:commitment|promise|arrangement|agreement)"
                       r"|disregard (?:my|the) (?:earlier|previous|last|first)"
                       # "Please treat my earlier message as withdrawn"
                       r"|(?:my|the|that) (?:earlier |previous |last |first )?(?:message|email|offer|promise)"
                       r" (?:as |is )?withdrawn"
                       r"|(?:won'?t|will not) be making (?:a|any|the) payment"
                       # "I won't be paying until that is resolved", "I need to retract my earlier message"
                       r"|(?:won'?t|will not) be paying\b|retract(?:ing)? (?:my|that|the|what)"
                       # "So scrap the 22nd sorry": the day promised dropped
                       r"|(?:scrap|scratch)\W+(?:\w+\W+){0,2}(?:monday|tuesday|wednesday|thursday|friday|saturday|"
                       r"sunday|payment|date|promise|arrangement|\d{1,2}(?:st|nd|rd|th))"
                       r"|(?:ring|call|message|text|get back to) (?:you )?(?:back|again)\b[^.?!]{0,20}\bwhen i)\b",
                       re.IGNORECASE)
# Only a day dropped ("scratch Monday", "scrap the 22nd"): beside a new day of the same turn it moves the promise.
DROPS_DAY = re.compile(r"\b(?:scrap|scratch)\W+(?:\w+\W+){0,2}(?:monday|tuesday|wednesday|thursday|friday|saturday|"
                       r"sunday|\d{1,2}(?:st|nd|rd|th))\b", re.IGNORECASE)
# The agent calls the arrangement off: "I'll cancel the Dec 15 arrangement and note a hardship flag".
AGENT_CANCELS = re.compile(r"\b(?:cancel(?:led|ling)?|remove[ds]?|void(?:ed)?|call(?:ed)? off)\b[^.?!]{0,40}\b"
                           r"(?:arrangement|promise|payment date|plan|agreement|"
                           r"(?:scheduled|booked|pending|arranged) payment)\b", re.IGNORECASE)
# The agent records that no arrangement came of the call: "i'll have to note that we couldnt agree an arrangement",
# "we were unable to reach an agreement", "no arrangement has been made"; whatever the customer offered was not taken.
AGENT_NO_AGREEMENT = re.compile(r"\b(?:couldn'?t|could not|can'?t|cannot|were unable to|are unable to|weren'?t able to|"
                                r"didn'?t|did not|haven'?t|have not)\s+(?:agree|reach|set up|come to|make)\s+"
                                r"(?:on\s+)?(?:an?|any|the)\s+(?:payment\s+)?(?:arrangement|agreement|plan)\b"
                                r"|\bno\s+(?:payment\s+)?(?:arrangement|agreement|plan)\s+(?:was|has been|could be|"
                                r"can be)\s+(?:agreed|reached|made|set up)\b", re.IGNORECASE)
# A task other than paying the agent asked the customer to do ("add the new card in the app"): "I'll do that
# tonight" then answers it and moves no payment day.
ACCOUNT_TASK = re.compile(r"\b(?:add|update|change|register|link|save|upload|verify)\b[^.?!]{0,30}\b(?:card|bank|"
                          r"details|app|email|address|number|account|documents?|id)\b|\b(?:log ?in|sign ?in|"
                          r"download|reset)\b", re.IGNORECASE)
# A commitment inside a "when" clause is a time, not a promise: "I'll message again when I can pay".
WHEN_CLAUSE = re.compile(r"\b(?:when|whenever|once|as soon as|until)\s+$", re.IGNORECASE)
# A charge the agent mentions ("there's a $10 late fee") is not an amount proposed to pay.
FEE = re.compile(r"^\s*(?:late |admin |missed payment |dishono(?:u)?r |default |bounce )?(?:fees?|charges?|penalty|"
                 r"penalties|interest)\b|\b(?:fees?|charges?|penalty|interest) (?:of|also)\s*$|"
                 # "a $10 reconnection fee": whatever kind of fee the word before names, a figure called a fee is
                 # one (a "charge" may be the bill itself: "the $95 monthly charge")
                 r"^\s*[a-z][a-z-]+ (?:fees?|penalty|penalties)\b", re.IGNORECASE)
# "the November charge of S$209.00", "this month's fee": a charge named by its billing period is the bill itself
BILLED_PERIOD = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
                           r"december|monthly|annual|yearly|weekly|quarterly|month'?s|year'?s|week'?s)\s+$",
                           re.IGNORECASE)
# "I'll put it through again tonight", "I'll clear it Friday": what is paid is the amount already stated;
# "ill redo the payment tonight": a retried payment is the one that failed.
PAY_IT_OBJECT = re.compile(r"\b(?:pay|put|clear|settle|send|process|sort|run|charge)\s+(?:it|that|this)"
                           r"(?:\s+(?:through|off|over))?\b"
                           # "run the card again": the card charged for what failed on it
                           r"|\b(?:redo|re-do|retry|re-try|re-?run|run|charge|re-?submit|re-?process)\s+"
                           r"(?:the|my|that|this)\s+(?:payment|order|checkout|purchase|transaction|card)\b",
                           re.IGNORECASE)
# A call promised or agreed, not a payment: the agent's "Can I schedule a follow-up call for Wednesday?" - "sure",
# the customer's "thursday i'll ring ye", "I'll call you back once I've spoken to them".
CALLBACK = re.compile(r"\b(?:call(?:\s+you)?\s+back|follow[- ]?up\s+call|ring\s+you|"
                      # "i'll give you a shout", "give you a buzz": the informal words for a call
                      r"give\s+you\s+a\s+(?:call|ring|shout|buzz|bell)|"
                      r"(?:schedule|scheduled|book|booked|arrange|arranged|set\s+up)\s+(?:a|another|you\s+a)\s+(?:call|callback|chat)"
                      # "then i don't know i'll have to phone you": the call is the fallback, not a payment
                      # ... "ill msg u back tmrw": the texted verbs too
                      r"|(?:i'?ll|i will|i can|let me)\s+(?:(?:have|need)\s+to\s+)?(?:ring|call|phone|text|message|msg|"
                      r"txt|get\s+back\s+to)\s+"
                      r"(?:ye|you|u|back)"
                      # the customer asks to be called back: "can you ring me back thursday", "call me tmrw after 5"
                      r"|(?:ring|call|phone)\s+me\s+(?:back|later|tomorrow|tmrw|tmr|tmrow|2moro|tonight|this\s+evening|"
                      r"this\s+afternoon|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next))\b",
                      re.IGNORECASE)
# "the fifty you can put on next months one", "the fee add to my next bill": an amount moved to a later bill
DEFERRED = re.compile(r"\s*(?:you\s+can\s+|can\s+you\s+|please\s+|just\s+)?(?:put|add|move|carry|roll|push|"
                      r"chuck|stick|whack|tack|throw)\w*"
                      r"\s+(?:it\s+|that\s+|over\s+)?(?:on|onto|to|into)\s+(?:the\s+|my\s+)?next\b", re.IGNORECASE)
# "I will pay the £230 that day instead of Friday": the day given up, and the day referred back to.
# "not tonight", "not on Friday", "not a priority right now", "not possible today": a day under a negation is ruled
# out, not offered
INSTEAD_OF = re.compile(r"\b(?:instead\s+of|rather\s+than|not(?:\s+(?:on|possible|(?:a|an|my|the)\s+\w+))?)\s+$",
                        re.IGNORECASE)
# "I'd like to set up a plan rather than pay the full £1,248 now": what follows "rather than" or "instead of" to the
# end of its clause is the alternative refused, its amount, day and "the full" all given up with it.
REFUSED_ALTERNATIVE = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+(?:pay|paying|send|sending|clear|clearing|"
                                 r"settle|settling)\b(?:[^,.;!?\n]|(?<=\d)[,.](?=\d))*", re.IGNORECASE)
THAT_DAY = re.compile(r"\b(?:that|the\s+same)\s+(?:day|date)\b|\bon\s+that\b|\bthen\b", re.IGNORECASE)
# "get paid the 11th", "salary comes on the 30th": the day money arrives, not the day promised
# "i get my bonus on the 24th": any income named as arriving counts the same way
PAYDAY_BEFORE = re.compile(r"\b(?:(?:get|gets|getting|i'?m|am|be)\s+paid|pay\s?day\s+is|salary\s+(?:comes?|is|lands?|"
                           r"comes in)|(?:get|gets|getting|receive|receives)\s+(?:my|our|the)\s+(?:bonus|wages?|salary|"
                           r"pay\s?(?:cheque|check|packet)?|pension|benefits?|sick pay|holiday pay)|"
                           r"wages?\s+(?:come|comes|land|lands|go in))\s+(?:on\s+)?$", re.IGNORECASE)
# "my sister will send me money on the 29th": the day someone else's money reaches the customer, which moves no day
# already agreed
MONEY_ARRIVES = re.compile(r"\b(?:send|sends|sending|give|gives|giving|lend|lends|transfer|transfers|wire|wires)\s+"
                           r"(?:me|us)\s+(?:the\s+|some\s+)?(?:money|cash|funds)?\s*(?:on\s+|by\s+)?$", re.IGNORECASE)
# "Rs. 4,350 along with the bounce charge of Rs. 590, i.e. total Rs. 4,940": the sum is what will be paid.
TOTAL_OF = re.compile(r"\b(?:total(?:\s+(?:of|due|owed|outstanding|amount))?(?:\s+(?:is|comes\s+to))?|in\s+total|"
                      r"altogether|in\s+all|all\s+in|making)[\s:,]*$|\bi\.e\.?[\s:,]*$",
                      re.IGNORECASE)
# "the sixty five and the fifteen so eighty altogether", "80 in total": the same sum, marked after the figure
TOTAL_AFTER = re.compile(r"^\s*(?:altogether|all\s+together|in\s+total|total|in\s+all|all\s+in)\b", re.IGNORECASE)
RESCHEDULE = re.compile(r"\b(?:instead|make it|change|move|push|rather|actually|switch|when|what day|which day)\b",
                        re.IGNORECASE)
# "I can't make it", or a bare "I can't" ending the clause.
NEGATED_PAYING = re.compile(r"\b(?:do|make|pay|afford|manage)\b|\b(?:can'?t|cannot|won'?t)(?=\s*(?:[,.;!—-]|$))",
                             re.IGNORECASE)
# A correction later in the same turn: "I can pay €150 by the end of the month. Actually, scratch that - I'll make it
# €200"; the commitment after it is the customer's word.
# "the 25th no wait that's Christmas, the 24th": "no wait" repairs what was just said as "i mean" does
CORRECTION = re.compile(r"\b(?:scratch that|actually|on second thought|correction|i mean|i meant|make that|no wait|"
                        r"wait no|no sorry|sorry no)\b", re.IGNORECASE)
# Speech repairing a figure as it is said: what lies between "fifteen hundred" and "one thousand five hundred and
# fifty" in "fifteen hundred no sorry one thousand five hundred and fifty".
SELF_REPAIR = re.compile(r"[\s,.-]*(?:(?:no|sorry|wait|i mean|i meant|actually|make that|or rather|rather)\b"
                         r"[\s,.-]*)+", re.IGNORECASE)
# ... or thinks again because of what the agent just said: "then I can't do it", "in that case, no"
# An interjection may open it: "Eish sorry, can't do Friday", "ugh wait".
SECOND_THOUGHT = re.compile(r"^\W*(?:(?:eish|ag|ugh|argh|ah|aw|oh|um|uh|hm+|damn|shoot|oops|ok|okay|yikes)\W+)?"
                            r"(?:actually|wait|hmm+|sorry|oh|then|in that case|if that'?s the case|if so)\b",
                            re.IGNORECASE)
# A refusal of more than was promised ("I can't pay more than that") leaves the promise standing.
BEYOND = re.compile(r"\b(?:more|rest|remaining|remainder|extra|else|other|balance|full|whole|all of it|second one|"
                    r"next one|the second|later ones?)\b",
                     re.IGNORECASE)
# A commitment with no date at all, timed only vaguely, is not a promise to pay: "I'll pay it next week sometime".
VAGUE_TIME = re.compile(r"\b(?:sometime|some time|at some point|soon|soonish|eventually|when i can|whenever|"
                         r"when i (?:get|find) (?:a|another|a new) job|when things (?:pick up|improve|change)|"
                         r"(?:this|next) (?:week|month)|later on|one of these days|"
                         # "will pay once it comes" (the salary not yet credited): a day that waits on an event
                         r"(?:once|when|after|as soon as) (?:it|that|the money|the salary|my salary|salary) "
                         r"(?:comes|come|arrives|lands|is credited|gets credited|comes in|comes through))\b",
                         re.IGNORECASE)
# "paid" is past unless it is the customer's pay day: "that's when I get paid".
PAST = re.compile(r"(?<!get )(?<!gets )(?<!getting )(?<!be )(?<!i'm )\bpaid\b|\b(?:sent|was|were|did|last|ago|already"
                   r"|transferred|deposited|wired"
                   # "I made a payment of £75 on Monday" (but "it will be made on Monday" is still to come)
                   r"|(?<!be )made"
                   r"|yesterday|went (?:out|through)|came (?:out|off)|debited|deducted"
                   # money that already moved or a service already ended, told in the past: "the €89 you took in
                   # October", "£118.32 left my account on 12 November", "since I cancelled on the 3rd"
                   r"|took|left (?:my|our|the) (?:account|bank)|(?<!be )(?<!been )cancel+ed"
                   # "You charged me $54.23 twice in November, on the 3rd": what the creditor already took
                   r"|(?<!be )(?<!being )(?<!get )(?<!gets )(?<!getting )(?:charged|billed))\b|" + MONEY_MOVED
                   # "lost my job on the 20th": an event that befell the customer, told as the reason not to pay
                   + "|" + LIFE_EVENT,
                   re.IGNORECASE)
# The agent tells the customer about another instalment rather than proposing one.
INFORMS_OTHER = re.compile(r"\bjust (?:so you know|to let you know|a reminder|to remind you)\b"
                           r"|\b(?:the )?(?:last|final|third|fourth|remaining) (?:payment|instal+ment|repayment)\b"
                           r"[^.?!]{0,40}\b(?:is )?still due\b", re.IGNORECASE)
# A day an agent names for something that already happened: "your payment failed earlier today", "bounced on Monday".
PAST_EVENT = re.compile(r"\b(?:failed|declined|bounced|was returned|were returned|was missed|went unpaid|earlier)"
                        r"(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
# A share of the balance: "half of it", "a third of what I owe".
# A day refused by what follows it in the same sentence: "today nothing", "monday not possible", "friday no can't"
# (not "friday no problem", "the end of the week no bother": "no" before a word for trouble reassures); the speaker may
# come between the day and the refusal: "right now i can't", "right now mi cyaan pay nutten" (not when only more is
# refused: "$50 on Friday, I can't pay anything more than that").
REFUSED_AFTER = re.compile(r"[ \t,;:—-]*(?:(?:i|mi|me|we)\s+(?=(?:can|cyaan|kyaan|caan|won)"
                           r"(?![^.,;!?]*\b(?:more|else|extra|rest)\b)))?"
                           r"(?:nothing|no(?!\s+(?:problem|prob|worries|wahala|stress|issue|bother|"
                           r"hassle|fuss|sweat|drama))\b|not\b|"
                           r"can'?t\b|cannot\b|cyaan\b|kyaan\b|caan\b|won'?t\b|impossible\b)", re.IGNORECASE)
# The rest of the debt after a first payment: a follow-on instalment, not a change of the promise.
# "That'll leave £75", "which leaves 40": what a payment leaves is the rest, as "the remaining £75" is
REMAINDER = re.compile(r"\b(?:the rest|the other|the remaining|the remainder|what'?s left|"
                       # "and then the next ones i will pay on the fifteenth": the later instalments, in the plural
                       r"the (?:next|later|following|coming) (?:ones|payments|instal+ments|emis)|"
                       r"(?:that'?ll|that will|that would|that'?d|which will|which|that|it'?ll|it will) leaves?)\b",
                       re.IGNORECASE)
# A rest the creditor lets go, its sentence up to the forgiving: "The remaining €490 would then be written off".
FORGIVEN_REST = re.compile(rf"(?:{REMAINDER.pattern})[^.?!]{{0,40}}?\b(?:written off|writ(?:e|ten) (?:it |that )?off|"
                           r"waived|forgiven|wiped(?: off| out)?)", re.IGNORECASE)
# The refusal may be of the modal, its verb left out: "cannot today leh", "can't right now, but".
NOT_NOW = re.compile(r"\b(?:not|cannot|can'?t|can not)(?: (?:do|pay|make it))?"
                     r" (?:today|now|right now|tonight|this week|yet)\b", re.IGNORECASE)
# "the minimum" after the agent said what the minimum is
# "the same as last month": the amount said earlier with that period
SAME_AS = re.compile(r"\b(?:the )?same (?:amount )?as (?P<when>last (?:month|time|week)|before)\b", re.IGNORECASE)
MINIMUM = re.compile(r"\b(?:the|my) (?:minimum|min)(?: payment| due| amount)?\b", re.IGNORECASE)
FRACTION = re.compile(r"\b(?P<f>half|a third|one third|a quarter|one quarter|two thirds)\b"
                       r"(?:\s+(?:of\s+)?(?:it|that|the (?:balance|amount|total|bill)|what i owe))?", re.IGNORECASE)
FRACTIONS = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25, "one quarter": 0.25,
              "two thirds": 2 / 3}
# An identity check ("Am I speaking with Mrs Olsen about the $140 payment?") is not a payment proposal.
IDENTITY_QUESTION = re.compile(r"\b(?:am i (?:speaking|talking) (?:with|to)|is this|could i speak|may i speak|"
                                r"can i speak|is that)\b", re.IGNORECASE)
CONDITIONAL = re.compile(r"^\W*(if|when|once|as soon as|hopefully|maybe|might|possibly)\b|\b(if i|once i|"
                          r"when i get|hopefully|maybe|might)\b", re.IGNORECASE)

OFFER = re.compile(r"\b(?:can|could|may) (?:i|we) (?:just )?(?:pay|send|make|do|transfer|put|change it to|"
                    r"move it to)\b|\bhow about (?:i|we) (?:pay|send|do|make)\b"
                    # "can u do next friday?": the customer asks the agent to take a day or an amount
                    r"|\b(?:can|could) (?:you|u|ya) (?:just )?(?:do|make it|put it through|take it|set it up for)\b"
                    # "can you just run the card again friday": the customer asks the agent to charge the card
                    r"|\b(?:can|could) (?:you|u|ya) (?:just )?(?:re-?)?(?:run|charge|try|process) "
                    r"(?:it|the card|my card|the payment)\b"
                    r"|\b(?:would|is) it (?:be )?possible to (?:pay|split|spread|send|do|make|move)\b"
                    # Taglish: "pwede po tmrw ko na bayaran?" (can I pay it tomorrow?)
                    r"|\b(?:pwede|puwede|pede|pwd)\b[^.?!]{0,30}\b(?:bayaran|magbayad|ibayad|hulugan)\b", re.IGNORECASE)

# A day put forward as the better one once a day is agreed: "thursday's better", "the 21st instead", "rather friday",
# "friday works better", "thursday for sure".
PREFERRED_DAY = re.compile(r"\b(?:better|instead|rather|for sure|suits? (?:me )?best|works? best)\b", re.IGNORECASE)
# A question put by inverting the modal, its question mark dropped in speech and chat: "okay can you just run the card
# again friday", "wait, can we do the 21st instead".
INVERTED_ASK = re.compile(r"^\W*(?:(?:ok(?:ay)?|so|wait|um+|uh+|hmm+|well|oh|and|also|actually|sorry|hey|right)\W+)*"
                          r"(?:can|could|may|would|will|shall)\s+(?:i|we|you|u|ya)\b", re.IGNORECASE)

PAY_IT = re.compile(r"\bpay (?:it|that|this|the (?:full )?(?:balance|amount|instal+ment|bill))\b[^.]*\?",
                     re.IGNORECASE)

PAY_QUESTION = re.compile(r"\b(?:when|what day|which day|how much|what amount)\b[^?]*\b(?:pay|payment|send|make|made"
                          r"|paid|sent)\b[^?]*\?"
                          # ASR drops the question mark: "when can you make the first one"
                          r"|\b(?:when|what day|which day)\s+(?:can|could|will|would)\s+you\s+(?:be able to\s+)?"
                          r"(?:pay|make|send|do|settle|clear)\b"
                          r"|\bwhen\s+would\s+you\s+like\s+(?:to\s+(?:pay|make)|the\s+first|the\s+payment|it)\b"
                          # the payment as the subject: "when could the first one come in", "when will it go out"
                          r"|\bwhen\s+(?:can|could|will|would|should)\s+(?:the\s+(?:first|1st|next)(?:\s+(?:one|payment"
                          r"|instal+ment))?|the\s+payment|the\s+money|it)\s+(?:come\s+in|go\s+out|go\s+through"
                          r"|be\s+(?:paid|made|sent)|land|arrive)\b"
                          r"|\bwhen\s+(?:would|will|could|should)\s+the\s+(?:first|1st)\s+(?:one|payment|instal+ment)\s+be\b"
                          # texted requests: "Reply with a date you can pay"
                          r"|\b(?:reply|respond|text|message)\s+(?:us\s+)?with\s+(?:a|the)\s+date\b"
                          # a yes-or-no ask about one day, answered with another: "Are you able to pay today?" -
                          # "not today, next monday def"
                          r"|\b(?:are\s+you\s+able\s+to|(?:can|could)\s+you|would\s+you\s+be\s+able\s+to)\s+"
                          r"(?:pay|settle|clear)\b[^?]*\b(?:today|tomorrow|tonight|this\s+week)\s*\?",
                          re.IGNORECASE)

# A day put to the agent as a question of whether it will do, the rest of the question only that: "fri ok?", "is
# monday alright?", "would the 15th work?" (said with the day taken out)
DAY_WILL_DO = re.compile(r"^\W*(?:(?:ugh|sorry|um+|uh+|so|and|then|hmm+|is|would|will|does|could|can|be)\W+)*"
                         r"(?:ok(?:ay)?|alright|all right|fine|good|work|works|do|suit|suits)\W*$", re.IGNORECASE)
# The agent takes a day offered by naming it as fine: "Friday works!", "Monday is fine", "the 15th suits us"
DAY_SUITS = re.compile(r"\W*(?:works|is (?:fine|good|ok(?:ay)?|great|perfect)|suits|it is)\b", re.IGNORECASE)
MAKE_THAT = re.compile(r"\b(?:can|could) you (?:make|change|move) (?:it|that)\b", re.IGNORECASE)

_DIGIT_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine)"
# A number said alone in a read-back or a proposal ("one seventy five monday", "could you stretch to two fifty"):
# digits or number words not part of a date, a time or an ordinal.
# "7-Eleven": a number word joined to digits by a hyphen is a name, not a figure.
BARE_WORDS = re.compile(rf"(?<![\w$£€,.])(?<!\d-)(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d{{1,2}})?"
                         # "4750 on 1st": thousands typed without a comma, but not a year ("in 2027"); "12 thousand":
                         # the thousands said in a word after the digits
                         rf"|(?!20[2-3]\d\b)\d+(?:\.\d{{1,2}})?(?:\s+thousand)?"
                         # "two oh six fourteen" (206.14): hundreds with "oh" for the zero, then the cents
                         rf"|{_DIGIT_WORD}\s+oh\s+{_DIGIT_WORD}(?:\s+{NUMBER_WORDS_RX})?"
                         # "one forty nine oh five" (149.05): the cents under ten said with "oh"
                         rf"|{NUMBER_WORDS_RX}\s+oh\s+{_DIGIT_WORD}"
                         rf"|{NUMBER_WORDS_RX})\b"
                         r"(?!\s*%)"  # "100% confirmed": a percentage
                         rf"(?!\s*-?\s*(?:st|nd|rd|th|%|percent|days?|weeks?|months?|years?|o'?clock|am|pm|a\.m|p\.m|/|:|"
                         rf"mins?|minutes?|secs?|seconds?)\b)"
                         # "twenty first" is a day; after any other number "first" and "second" are adverbs or
                         # nouns ("the eighty nine ninety five first thing", "the 50 first then the rest")
                         rf"(?!(?<=twenty|thirty)\s+(?:first|second))"
                         rf"(?!\s+(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                         rf"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|"
                         rf"thirtieth|of\s+(?:january|february|march|april|may|june|july|august|september|october|"
                         rf"november|december)))", re.IGNORECASE)

# A payment the customer learns was already made ("my husband just told me he paid already this morning"): nothing
# is left to promise.
ALREADY_PAID = re.compile(r"\b(?:paid|sent|transferred|settled|cleared) (?:it |that |the \w+ )?already\b"
                          r"|\balready (?:paid|sent|transferred|settled|cleared)\b"
                          # "she paid it this morning from our joint account", "we just sent it": the payment made
                          # since the promise, its "already" left out
                          r"|\b(?:i|we|he|she|they)\s+(?:just\s+(?:now\s+)?)?(?:paid|sent|transferred|settled|cleared)"
                          r"\s+(?:it|that|the\s+\w+)(?:\s+off)?\s+(?:this\s+morning|earlier(?:\s+today)?|just\s+now|"
                          r"last\s+night|an?\s+(?:hour|few\s+minutes)\s+ago)\b"
                          r"|\b(?:i|we|he|she|they)\s+just\s+(?:paid|sent|transferred|settled|cleared)\s+(?:it|that)\b",
                          re.IGNORECASE)
# A payment the customer says they made before: "I paid €150 off it back in September", "we sent $40 last week".
PAID_EARLIER = re.compile(r"\b(?:i|we|he|she|they)\s+(?:(?:already|just|also|did)\s+)?(?:paid|sent|transferred|"
                          r"deposited|wired)\b"
                          # ... or money already taken from the customer: "I already got charged $10 twice", "you
                          # charged me $10 last week"
                          r"|\b(?:i|we)\s+(?:(?:already|just|also)\s+)?(?:got|was|were|'?ve been|have been)\s+"
                          r"(?:(?:already|just|also)\s+)?(?:charged|debited|billed)\b"
                          r"|\b(?:you|they)\s+(?:(?:already|just|also)\s+)?(?:charged|debited|took)\s+(?:me|us)\b",
                          re.IGNORECASE)
# The customer turning the agent's proposal down ("I'd rather not set anything up until..."): its day and amount
# are not the customer's.
# "hmm leave it for now": the proposal put off, not taken up.
DECLINES = re.compile(r"\b(?:i'?d|i would) (?:rather|prefer) not\b|\brather not (?:set|book|schedule|put|arrange)\b"
                      r"|\bleave it (?:for now|for the moment|for today|as it is|open)\b|\bhold off\b",
                      re.IGNORECASE)
# A sentence put as a mere idea: "maybe add the 2nd hoodie too", "perhaps the 5th".
TENTATIVE = re.compile(r"^\W*(?:maybe|perhaps|possibly|might)\b", re.IGNORECASE)
# A yes that first echoes the figure it confirms: "forty yeah", "the 40 yes", "two hundred yep".
ECHOED_FIGURE = re.compile(rf"^\W*(?:the\s+)?(?:\d+(?:\.\d{{1,2}})?|{NUMBER_WORDS_RX})\W+"
                           r"(?=(?:yes|yeah|yep|yup|ya|yh)\b)", re.IGNORECASE)
# Thanks opening an agent's reply comes before its yes: "Thanks Jodie, that's fine."
THANKS_LEAD = re.compile(r"^\W*(?:thanks|thank you|cheers)(?:\s+\w+)?\s*[,.!]\s*(?=\w)", re.IGNORECASE)
