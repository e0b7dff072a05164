"""The tables by which an event's arguments are read: which prepositions name a partner
for each type, which nouns' "of" phrase names the doer or the one acted on, and the verb
and noun classes the argument rules test (fighting, suffering, acquiring, moving a
force)."""

from __future__ import annotations

from annalyst.nlp.events.syntax import _BACKGROUND_PREPS

# Acts named by a noun whose owner, with no "of" phrase, is the one they are done to
# ("their prosecution", "his trial", "Iran's expulsion from the league").
# Acts a leader's name owns as theirs, never done to them ("Biden's first air attack").
_LED_ACTS = {"attack", "strike", "airstrike", "raid", "bombing", "offensive", "operation",
             "assault", "invasion", "bombardment", "shelling", "war", "campaign",
             "incursion", "crackdown"}  # fmt: skip
_DONE_TO_NOUNS = {
    "prosecution",
    "trial",
    "indictment",
    "conviction",
    "sentencing",
    "extradition",
    "expulsion",
    "dismissal",
    "deportation",
    "impeachment",
    "punishment",
    "interrogation",
    "release",
    "pardon",
    "acquittal",
    "rescue",
}

_AGAINST = ("on", "against", "upon", "targeting", "at", "toward", "towards", "into")
_TOWARDS = ("to", "for")
_WITH = ("with",)
# Which prepositional partners each type takes besides its object.
_PREPS_BY_TYPE: dict[str, tuple[str, ...]] = {
    "ASSAULT": _AGAINST,
    "COERCE": _AGAINST,
    "THREATEN": (*_AGAINST, "to"),
    "SANCTION": ("on", "against", "upon", "targeting", "to", "with", "from"),
    "ACCUSE": ("against", "on", "of", "into"),
    "PROTEST": ("against", "outside"),
    "REQUEST": ("on", "upon", "to", "from", "with"),
    "AID": (*_TOWARDS, "with"),
    "COOPERATE": (*_WITH, "to"),
    "CONSULT": (*_WITH, "to"),
    "AGREE": (*_WITH, "to"),
    "SUPPORT": (*_WITH, "for", "to"),
    "REJECT": (*_WITH, "from"),
    "CONCEDE": ("to", "with", "against"),  # "halted its offensive against X"
    "RETREAT": ("to", "with", "from", "on", "against"),  # "lifted sanctions against X"
    "MOBILIZE": ("against", "to"),
}
# A noun trigger's own "of" phrase is who undergoes it ("the killing of X"), except for
# visits and talks, where it is who makes them ("the visit of the minister").
_OF_IS_ACTOR = {"CONSULT", "PROTEST", "AGREE"}
# Nouns of leaving or giving up, and of asking, whose "of" phrase names who does it ("the
# resignation of his deputies", "the surrender of the garrison", "the fatwa of the
# supreme Shia authority", "the call of the Pope").
_OF_IS_ACTOR_NOUNS = {"resignation", "defection", "departure", "surrender", "arrival",
                      "fatwa", "call", "appeal", "plea", "invitation", "edict",
                      "decree"}  # fmt: skip
# Fighting has two sides: "clashed with police" (not "attacked with drones").
_FIGHTING = {"clash", "fight", "battle", "skirmish", "confront", "engage", "clashes", "fighting",
             "hostility", "hostilities", "gunfight", "firefight"}  # fmt: skip
# Demands and appeals are about whoever must act: "demanded that B withdraw".
_COMPLEMENT_TYPES = {"REQUEST", "THREATEN", "ACCUSE"}
# Places are locations; only these types take a place-named actor as recipient when the
# name stands for its government ("sent aid to Kabul", "appealed to Baghdad").
_PLACE_OK_TYPES = {"AID", "REQUEST", "CONSULT", "SANCTION", "SUPPORT", "AGREE", "COOPERATE"}
# Judging a thing ("rejected the proposal by X", "welcomed the offer from X") is aimed at
# whoever made it, not at what it is about ("comments on farm seizures").
_OWNER_PREPS = ("by", "from", "of", "with")
_ENVOYS = {"diplomat", "ambassador", "envoy", "consul", "attache", "staff", "official"}
_JUDGING = {"REJECT", "ACCUSE", "SUPPORT", "AGREE", "CONCEDE", "REQUEST", "CONSULT"}


# Partners a noun trigger's "of" object carries, by type ("a suspension of links with X").
_INNER_PARTNER_PREPS = {
    "AID": ("to",),
    "SANCTION": ("with",),
    "RETREAT": ("with",),
    "COOPERATE": ("with",),
    "CONSULT": ("with",),
}
# Types whose noun's "on" phrase names a topic ("talks on trade"), not a party.
_TOPICAL_TYPES = {"COOPERATE", "CONSULT", "AGREE"}
# Verbs of leaving an office, whose "as X of Y" names the body left.
_LEAVING_OFFICE = {"resign", "step", "quit"}
# What a show of force is meant as ("as a warning to Iran").
_SIGNALS = {"warning", "message", "signal", "deterrent", "reminder", "show"}
# Verbs of getting something: who did so is whom it was delivered to.
_ACQUIRING = {"obtain", "receive", "acquire", "buy", "purchase", "order", "pay", "get", "import"}
# Words a verb of release or verdict takes whose parsed subject is who it reaches.
_FREEING = {"free", "go", "loose", "guilty", "innocent"}
_COUNTED = {"dozens", "dozen", "hundreds", "thousands", "millions", "number", "batch", "lot"}
_MOVEMENT_NOUNS = {"withdrawal", "pullout", "deployment", "redeployment", "evacuation", "drawdown"}
_THEME_PREPS = ("to", "for", "with", "into", "against")
# Types whose object is the actor's own force or people ("mobilized the army",
# "strengthened its forces", "withdrew its troops").
_OWN_FORCE_TYPES = {"MOBILIZE"}
_PURPOSE_TYPES = {"REQUEST", "MOBILIZE", "THREATEN", "AGREE"}
_CONTENT_FRAMES = {"REQUEST", "AGREE", "THREATEN", "REJECT", "CONCEDE"}
# Verbs whose subject undergoes the act they are told with ("died in an attack").
_SUFFERING = {"die", "perish", "suffer", "fall", "succumb"}
# Verbs of arrest and trial: who they hold "in" an attack is held, not its victim.
_PROSECUTING = {
    "arrest",
    "detain",
    "hold",
    "jail",
    "charge",
    "convict",
    "sentence",
    "try",
    "question",
    "interrogate",
    "prosecute",
    "indict",
    "capture",
    "apprehend",
}
_TELLING = {
    "inform",
    "tell",
    "notify",
    "brief",
    "warn",
    "alert",
    "update",
    "remind",
    "ask",
    "question",
}
# Verbs of reaching someone, whose purpose clause is the act reported ("phoned X to
# discuss"): their object is the partner of that act.
_CONTACTING = {"call", "phone", "telephone", "ring", "visit", "meet", "invite", "host"}
# Types whose purpose clause names who is helped ("gave aid to help Peru recover").
_BENEFIT_TYPES = {"AID", "MOBILIZE", "SUPPORT", "COOPERATE"}
# Verbs by which a protest presses someone ("marched to demand … from the government").
_PRESSING_VERBS = {"demand", "urge", "call", "press", "ask"}

# Bodies of armed people whose movement a noun names ("the withdrawal of US forces").
_FORCE_NOUNS = {"troop", "force", "soldier", "army", "unit", "brigade", "battalion",
                "personnel", "contingent", "peacekeeper", "marine", "militia", "fighter"}  # fmt: skip
# Talks one may leave, with whom one was talking.
_LEFT_TALKS = {"talk", "talks", "negotiation", "negotiations", "meeting", "dialogue", "session",
               "summit", "conference", "process"}  # fmt: skip
# Types that reach both sides named by "between": asked for, welcomed or rejected
# talks or a deal between A and B.
_PARTIES_REACHED = {"REQUEST", "SUPPORT", "REJECT", "ACCUSE"}
# Acts done together, whose two sides a "between" phrase names.
_MEETING_TYPES = {"CONSULT", "AGREE", "COOPERATE"}


# Verbs of answering what was put to someone ("responded to the UN's request").
_REPLYING = {"respond", "reply", "react", "answer"}
# Prepositions of what a judgement is about: "concern over X's detention of Y".
_JUDGED_PREPS = ("over", "about", "at", "regarding")
# Penalties named after whom they target ("the Iran sanctions", "the Huawei ban").
_PENALTIES = {"sanction", "embargo", "boycott", "ban", "blacklist"}
# Verbs that answer what someone else put forward ("accepted X's invitation").
_ANSWERING = {"accept", "reject", "decline", "refuse", "welcome", "turn", "ignore", "rebuff",
              "spurn", "snub", "answer", "heed"}  # fmt: skip


# Prepositions of time and circumstance: "before his assassination, X urged Y" does not
# make Y the victim.
_TIME_PREPS = {*_BACKGROUND_PREPS, "until"}

# "blacklisted X over the killing", "suspended Syria's membership over the crackdown":
# the act is the reason, and whoever the verb reaches did not suffer it.
_CAUSE_PREPS = {"over", "despite", "amid"}
# "officials involved in the crackdown": those involved in an act do it, not suffer it.
_INVOLVING = {"involve", "implicate", "engage", "participate", "complicit"}
# Verbs of obtaining something from someone ("extract concessions from X").
_OBTAINING = {"extract", "wring", "win", "obtain", "secure", "gain", "wrest", "force", "squeeze"}

# Partners of a thing acted upon ("sanctions on X", "demands from Y", "deals with Z").
_OBJECT_PREPS = ("on", "against", "to", "with", "from", "for", "by", "of", "into")

# Types of acts that stop or call off another ("suspended the talks", "called off a
# summit"): the act they are read for is their content, not an event of its own.
DISCONTINUING = frozenset({"SANCTION", "REJECT", "RETREAT", "CONCEDE"})
