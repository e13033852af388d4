"""Exemplar sentences that define empathy, politeness, rudeness and a customer 'situation' by meaning.

Scores come from how close an utterance sits to the positive exemplars compared with the negative ones in
sentence-embedding space, so paraphrases count and keyword stuffing does not. Exemplars are written for
collections conversations; edit them here (and re-run bench/quality.py), never per call.
"""

from __future__ import annotations

EMPATHY_POSITIVE: tuple[str, ...] = (
    # acknowledgement of the customer's situation
    "I'm so sorry to hear that, that sounds really difficult.",
    "I understand, that must be a stressful time for you.",
    "I can hear how frustrating this has been for you.",
    "That sounds like a lot to deal with right now.",
    "I'm sorry for your loss, please take all the time you need.",
    "I completely understand why you would feel that way.",
    "Thank you for telling me, I know that isn't easy to talk about.",
    "I appreciate you being open with me about your situation.",
    "That's completely understandable given what you're going through.",
    "I hope you're feeling better soon, your health comes first.",
    "I can only imagine how hard losing your job has been.",
    "You're right to be upset about that, and I want to help fix it.",
    # apology where due
    "I apologise for the confusion about your bill.",
    "I'm sorry we charged you twice, that was our mistake.",
    "Sorry about the long wait today, thank you for your patience.",
    "I'm really sorry you had that experience with us.",
    # offering options and support
    "Let's look at some options that might work better for you.",
    "We can set up a smaller payment plan that fits your budget.",
    "There's no pressure today, we can pause payments for a month while you get back on your feet.",
    "Would it help if we spread the balance over a few smaller payments?",
    "We have a hardship programme that could help, would you like to hear about it?",
    "Let me see what I can do to make this easier for you.",
    "We can work together to find something that's manageable for you.",
    "If you need some breathing space, I can put a hold on the account.",
)
# Neutral procedure: not rude, not empathy either; on-voice for any brand.
NEUTRAL_PROCEDURE: tuple[str, ...] = (
    "Can you confirm your date of birth please?",
    "The balance on the account is two hundred dollars.",
    "Your payment was due on the first of the month.",
    "I'm calling from the billing department about your account.",
    "This call may be recorded for quality and training purposes.",
    "What card would you like to use for the payment?",
    "The payment has been processed, your reference number is 1234.",
    "Is there anything else I can help you with today?",
    "Can I take a payment over the phone now?",
    "Please hold while I pull up your account.",
    "Okay.",
    "Thank you, goodbye.",
)

# The customer shares a situation that calls for empathy (hardship, distress, complaint, bad news).
SITUATION_POSITIVE: tuple[str, ...] = (
    "I lost my job last month and I'm struggling to pay my bills.",
    "My husband passed away and I'm dealing with everything on my own.",
    "I've been in the hospital for the past few weeks.",
    "I'm going through a really hard time right now.",
    "I can't afford this at the moment, money is really tight.",
    "I'm so frustrated, I've called three times about this already.",
    "You charged me twice and now my account is overdrawn.",
    "This is really stressing me out, I can't sleep.",
    "I'm a single mum and I can barely cover rent.",
    "I've been sick and haven't been able to work.",
    "I was told this was sorted and now I'm getting letters again, it's upsetting.",
    "I'm on benefits and I just don't have the money.",
    "My hours got cut and I'm behind on everything.",
    "I'm really worried about how I'm going to manage.",
    "Nobody ever calls me back and I'm fed up.",
    "I'm dealing with depression and it's been hard to keep up with things.",
    # complaints about what went wrong on the company's side
    "Your system wouldn't take my payment and now I've been charged a late fee.",
    "Nobody warned me about this charge, it came out of nowhere.",
    "My bank card got cancelled and the payment bounced, it wasn't my fault.",
    "I can't pay it all in one go, it's too much for me.",
)

SITUATION_NEGATIVE: tuple[str, ...] = (
    "Yes, speaking.",
    "Yes, that's me.",
    "What's the balance on the account?",
    "Okay, I can pay that today.",
    "My date of birth is the fourth of May.",
    "Can I pay by card?",
    "Sure, go ahead.",
    "Thanks, bye.",
    "What is this call about?",
    "I'll pay fifty dollars on Friday.",
    "Can you send me the details by email?",
    "Hello?",
    # pleasantries, identifiers and status questions: no situation to acknowledge
    "That's all, thanks, have a great day!",
    "Exactly.",
    "My username is <USERNAME> and my email is <EMAIL_ADDRESS>.",
    "The order number is 12345.",
    "I just wanted to check on the status of my order.",
    "How long will it take?",
    "Great, I'll wait to hear back then.",
    "Yes please, go ahead.",
    "Okay, thank you so much for your help.",
    "Take care, bye.",
)

POLITE_POSITIVE: tuple[str, ...] = (
    "Thank you so much for your help, I really appreciate it.",
    "Would you mind confirming your date of birth for me, please?",
    "Could you possibly take a look at this when you have a moment?",
    "Sorry to bother you, but would you be able to help me with this?",
    "Thanks for your patience, I appreciate you taking the time.",
    "Great work on this, would you be interested in helping with the next one?",
    "I was wondering if you might be able to check this for me?",
    "Hi, hope you're well. Would it be possible to go over the account together?",
    "If it's not too much trouble, could you send me the details?",
    "Thank you for letting me know, that's very helpful.",
    "I'd be happy to help with that, what works best for you?",
    "Good morning, thanks for taking my call.",
    "I think it might be worth double checking, if that's okay with you?",
    "Really nice job, thanks for all your contributions!",
    # requests that soften, thank, defer and give the other person a choice
    "Hi there! Thanks a lot for the quick reply, would you be able to take another look?",
    "Thanks for pointing that out. Would you mind explaining a little more?",
    "I really appreciate your help with this. Do you think you could add a source?",
    "Hello, I hope you don't mind me asking, but where did you find that information?",
    "Sorry to trouble you again. Could you tell me when you might have time?",
    "This is excellent work, thank you. Would you consider expanding the last section?",
    "I think there may be a small mistake here, would you mind double checking?",
    "Great question! I wonder if it might help to try the other approach?",
    "Hey, thanks for your edits, they look great. Could you help me with the next part?",
    "Apologies for the delay in getting back to you. Is there anything else you need from me?",
    "Welcome! If you have any questions, please feel free to ask me.",
    "Thank you kindly. Would tomorrow work for you, or would another day be better?",
    "Nice catch, I appreciate it. Perhaps we could fix it together?",
    "By the way, thanks for all your hard work on this, it's really helpful.",
    "I'd be grateful if you could let me know what you think.",
    "Sorry, I may have misunderstood. Could you clarify what you meant?",
    "Thanks in advance for any help, I really appreciate it!",
    "I'm new to this, so apologies if it's a basic question, but how does it work?",
    "Could someone please explain why this happens? Any pointers would be great.",
    "That's a great answer, thank you. Would it also work in the other case?",
    "Interesting idea! Have you considered trying it the other way, maybe?",
)

POLITE_NEGATIVE: tuple[str, ...] = (
    "Why did you do that? What were you thinking?",
    "Just give me the card number.",
    "Do it now.",
    "What is wrong with you?",
    "So you're telling me you can't pay anything at all?",
    "I already told you, answer the question.",
    "Why haven't you paid yet?",
    "Stop wasting my time and make the payment.",
    "Did you even read the letter?",
    "How many times do I have to explain this?",
    "Where is the money?",
    "You need to pay this today, no excuses.",
    "Yeah, that really helped, didn't it?",
    "What the hell is this?",
    # blunt demands, accusations, sarcasm and challenges
    "Why did you remove my changes without asking?",
    "You obviously didn't read what I wrote.",
    "What makes you think you can just delete that?",
    "So are you going to fix it or not?",
    "Why would you even think that's a good idea?",
    "Explain yourself.",
    "Are you kidding me? That makes no sense at all.",
    "You clearly have no idea what you're talking about.",
    "Who told you that you could change this?",
    "Stop reverting my edits.",
    "Is there any reason you keep ignoring my question?",
    "In fact, your answer is wrong and you should know it.",
    "Seriously, how hard is it to follow simple instructions?",
    "Did you actually test this before posting it?",
    "I don't care what you think, just do it.",
    "Again, what is your source for this nonsense?",
    "Did you even try searching before asking?",
    "Why would anyone do it this way?",
    "This answer is wrong. Why was it accepted?",
    "What's the point of this question?",
    "Have you read the documentation at all?",
)

RUDE_POSITIVE: tuple[str, ...] = (
    "You're an idiot.",
    "Shut up and listen to me.",
    "What the hell is wrong with you?",
    "That's a stupid excuse.",
    "You people are all the same, deadbeats who never pay.",
    "I don't have time for your nonsense.",
    "Stop whining and pay what you owe.",
    "Are you deaf? I said pay the bill.",
    "You're pathetic.",
    "Don't be ridiculous.",
    "Frankly you should be ashamed of yourself.",
    "That's your problem, not mine.",
)

RUDE_NEGATIVE: tuple[str, ...] = (
    "Thank you for your time today.",
    "The balance is one hundred and twenty dollars.",
    "Can you confirm the last four digits of your card?",
    "I understand, let's see what we can do.",
    "The payment is due on Friday.",
    "I'm calling about your account with us.",
    "Okay, I've noted that on the account.",
    "Is now a good time to talk?",
    "I'm sorry, could you repeat that?",
    "We can set up a payment plan if that helps.",
    "No problem at all.",
    "Have a good day.",
)

# Brand voice used when a tenant configured none: calm, plain, professional and warm.
DEFAULT_BRAND_VOICE: tuple[str, ...] = (
    "Thanks for taking the time to talk with me today.",
    "Let's find an option that works for you.",
    "I'm here to help you get this sorted.",
    "Happy to walk you through the details.",
    "No rush, take your time.",
    "I've noted that, thank you.",
)

# Off-voice used when a tenant configured none: cold legalese, threats and rudeness.
DEFAULT_OFF_BRAND: tuple[str, ...] = RUDE_POSITIVE + (
    "Failure to remit payment will result in further action being taken against you.",
    "Pursuant to the terms of your agreement, the full balance is payable immediately.",
    "This is your final warning before the account is escalated.",
    "Pay now or face the consequences.",
    "We will take whatever steps are necessary to recover this debt.",
    "Your account has been flagged as delinquent and referred for enforcement.",
)

