"""The word lists the clause-frame reader (:mod:`annalyst.nlp.syntax`) goes by: verbs
whose object does what they govern, verbs of accusing, punishing, thwarting and
discussing, nouns of speech, prospects and endeavours."""

from __future__ import annotations

# Verbs whose object, not their subject, performs the verb they govern: "urged X to act".
OBJECT_CONTROL = frozenset(
    {
        "urge",
        "ask",
        "call",
        "press",
        "pressure",
        "push",
        "order",
        "force",
        "compel",
        "encourage",
        "invite",
        "allow",
        "permit",
        "authorize",
        "authorise",
        "instruct",
        "direct",
        "tell",
        "persuade",
        "convince",
        "advise",
        "warn",
        "request",
        "appeal",
        "help",
        "enable",
        "require",
        "oblige",
        "implore",
        "beg",
        "challenge",
        "lead",
        "prompt",
        "cause",
        # what drives, provokes or trains someone to act has that one act
        "drive",
        "spur",
        "provoke",
        "induce",
        "incite",
        "goad",
        "motivate",
        "inspire",
        "galvanize",
        "galvanise",
        "train",
        "recruit",
        "mandate",
        "empower",
        "want",
        "expect",
    }
)

# Every form of the personal pronouns that stand for an actor.
PERSONAL_PRONOUNS = frozenset(
    {
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "he",
        "him",
        "his",
        "she",
        "her",
        "it",
        "its",
        "they",
        "them",
        "their",
    }
)

# Nouns for what is said or written: a participle on them speaks for their author.
SPEECH_NOUNS = frozenset(
    {
        "statement",
        "letter",
        "communique",
        "communiqué",
        "declaration",
        "message",
        "resolution",
        "report",
        "speech",
        "address",
        "tweet",
        "post",
        "note",
        "appeal",
        "call",
        "plea",
        "warning",
        "video",
    }
)
# Verbs that meet someone else's act: who does them is not its doer ("repelled an attack
# by rebels", "dispersed a march by opposition supporters").
COUNTERING = frozenset(
    {
        "repel",
        "repulse",
        "foil",
        "thwart",
        "intercept",
        "confront",
        "counter",
        "fend",
        "disperse",
        "break",
    }  # ("broke up a sit-in by health workers")
)
# Verbs whose "of / for [doing]" complement is done by their object.
ACCUSING = frozenset(
    {
        "accuse",
        "blame",
        "charge",
        "suspect",
        "convict",
        "condemn",
        "criticize",
        "criticise",
        "praise",
        "thank",
        "credit",
        "sue",
        "punish",
        "fault",
        "hold",
    }
)
# Verbs that stop or refuse a text rather than put it out.
THWARTING = frozenset(
    {"veto", "reject", "block", "oppose", "thwart", "stall", "withdraw", "foil", "frustrate"}
)
# Verbs by which one side stops or lays bare another's plot ("foiled a plot to …").
UNCOVERING = frozenset(
    {"foil", "thwart", "frustrate", "uncover", "disrupt", "expose", "bust", "dismantle"}
)
# Nouns of answering something ("in response to X", "in protest at X", "in retaliation
# against X"): the phrase after them is what is answered.
ANSWER_NOUNS = frozenset({"response", "reaction", "protest", "opposition", "answer", "retaliation"})
# People who comment on a conflict without being a side in it: what they warn of or
# guess is foretold, not done or threatened.
COMMENTATORS = frozenset(
    {"analyst", "expert", "observer", "commentator", "economist", "researcher", "scholar",
     "academic", "pundit", "forecaster"}
)  # fmt: skip
# Nouns of a course one weighs, whose "of [doing]" is done by whoever weighs it.
PROSPECTS = frozenset({"possibility", "option", "idea", "prospect", "feasibility", "chance"})
# Verbs of punishing whose "for [doing]" names what the punished are said to have done
# ("arrested for collaborating with the rebels", "jailed for spying").
PUNISHING = frozenset(
    [
        "arrest",
        "detain",
        "jail",
        "imprison",
        "sentence",
        "convict",
        "punish",
        "fine",
        "execute",
        "hang",
        "prosecute",
        "indict",
        "try",
        "sanction",
        "penalize",
        "penalise",
        "expel",
        "deport",
        "sack",
        "fire",
        "dismiss",
        "ban",
        "suspend",
        "kill",
    ]
)

# Verbs that take no object, so never share the next verb's ("resign and leave Greece").
INTRANSITIVE = frozenset(
    {"resign", "die", "arrive", "flee", "retreat", "withdraw", "surrender", "rise", "fall",
     "go", "come", "return", "escape", "protest", "march", "gather", "riot", "strike"}
)  # fmt: skip
# Verbs of talking a course of action over, whose gerund names no act of the talkers'.
DISCUSSING = frozenset({"discuss", "debate", "negotiate", "examine", "review", "explore"})
# Nouns of undertakings whose "to" clause says what the undertaker sets out to do.
ENDEAVOURS = frozenset(
    {"effort", "attempt", "bid", "campaign", "drive", "push", "initiative", "move", "step",
     "decision", "plan", "mission", "operation", "offensive", "measure", "endeavour",
     "endeavor"}
)  # fmt: skip
# Verbs by which one takes an endeavour on ("launched a campaign", "stepped up efforts").
UNDERTAKING = frozenset(
    {"launch", "make", "mount", "begin", "start", "undertake", "lead", "step", "intensify",
     "redouble", "continue", "renew", "resume", "spearhead", "take", "adopt", "pursue",
     "stage", "initiate", "escalate", "double", "ramp", "boost", "accelerate"}
)  # fmt: skip
# Verbs that tell the toll of a deed ("attacked the base and killed 26 soldiers",
# "…, killing 17 soldiers").
TOLL_VERBS = frozenset(
    {"kill", "wound", "injure", "destroy", "damage", "maim", "hurt", "level", "raze"}
)

# Rights and wills one holds to do something, and the verbs that hold or show them.
HELD_WILLS = frozenset({"right", "intention", "readiness", "willingness", "determination",
                         "resolve", "freedom", "duty", "obligation"})  # fmt: skip
HOLDING_WILLS = frozenset({"have", "reserve", "retain", "keep", "hold", "claim", "assert",
                            "exercise", "express", "declare", "announce", "affirm",
                            "reaffirm", "show", "signal", "voice"})  # fmt: skip

# Particles of phrasal verbs that the parser may read as prepositions.
PARTICLES = frozenset({"down", "up", "off", "out"})
# Verbs of going somewhere, whose "down the road" is a way, not an object.
MOVING = frozenset({"walk", "run", "drive", "move", "head", "sail", "fly", "roll", "climb",
                     "ride", "travel", "stroll", "parade", "hurry", "rush", "speed"})  # fmt: skip

# Verbs whose "of [doing]" is what their object did ("accused X of shelling"); others
# take an "of" that is their object's own ("condemned the decision of rescinding …").
ACCUSING_OF = frozenset({"accuse", "suspect", "convict", "charge", "acquit"})
# Verbs whose "with [doing]" is the charge: "charged two officers with torturing".
CHARGING_WITH = frozenset({"charge", "indict"})
# Adjectives whose "of / for [doing]" is done by whoever they are said of.
ANSWERABLE = frozenset({"guilty", "responsible", "accountable", "culpable", "liable"})
# Tags of two verbs joined that the tagger read apart, though one tense ("had beaten and
# detained", "beat and arrested": a past read as a present).
PAST_PAIRS = ({"VBN", "VBD"}, {"VBP", "VBD"})

# Verbs of promising: a promise made to a foe is a threat ("promised the occupiers …").
PROMISING = frozenset({"promise", "vow", "pledge", "swear"})

# Acts that befall a country, whose possessor names where, not who ("Sudan's coup").
UPHEAVALS = frozenset({"coup", "putsch", "uprising", "revolution", "unrest", "insurgency",
                       "crisis"})  # fmt: skip

# Words before a hyphen that say whom a group or an act is for or against, not whose it
# is ("pro-Iran militias", "anti-government protesters", "counter-ISIS operations").
SIDE_PREFIXES = frozenset({"pro", "anti", "counter"})


# Words of answering a blow with one ("in retaliation for", "responded to", "avenge").
AVENGING = frozenset({"retaliate", "retaliation", "avenge", "revenge", "reprisal", "respond",
                      "response"})  # fmt: skip

# Verbs of guessing: what they guess is never the guessed actor's own word, nor a fact.
GUESSING = frozenset({"assume", "suppose", "presume", "guess", "speculate", "imagine", "surmise"})

# Participles of a go-between's part in an act ("an EU-brokered truce", "a ceasefire
# brokered by Qatar"): who brokers or hosts it is no party to it.
GO_BETWEEN = frozenset({"brokered", "mediated", "facilitated", "hosted", "sponsored"})
# The verbs of those participles ("Qatar brokered a truce").
GO_BETWEEN_VERBS = frozenset({"broker", "mediate", "facilitate", "host", "sponsor"})


# Participles that only say what a thing holds or belongs to ("a vehicle carrying PKK
# members", "a ship transporting grain", "depots used by the militia", "a checkpoint
# manned by soldiers"): part of the thing's phrase, no act of their own.
CARRYING = frozenset(
    {"carry", "transport", "hold", "house", "contain", "belong", "bear", "base", "station",
     "use", "operate", "run", "own", "man", "occupy", "control"}
)  # fmt: skip
