"""Word lists and quotation-mark classes the quote stage decides with.

Every rule of the stage reads its words from here, so that widening what counts as a
speech verb, a role noun or an anonymous source is a change in one place.
"""

from __future__ import annotations

import re

from spacy.strings import StringStore


def _words(text: str) -> list[str]:
    """The words of a lexicon written as one string."""
    return text.split()


# Verbs that report speech with a complement clause ("said that …", "warned …").
CLAUSE_VERBS = frozenset(
    _words(
        """say tell add state declare announce stress emphasize emphasise underline underscore
    highlight note warn affirm reaffirm assert insist argue claim allege deny reveal
    confirm explain clarify conclude mention indicate report write tweet post respond
    reply answer admit acknowledge concede suggest predict recall boast lament complain
    remark observe comment elaborate reiterate repeat caution disclose inform assure
    maintain contend speculate propose proclaim swear testify charge signal hint imply
    estimate vow pledge promise threaten urge demand recommend agree find point ask
    wonder question accuse announce brief counter retort stipulate declare disclose
    acknowledge read say emphasize stress"""
    )
)
# Forms the lemmatiser gets wrong ("hoped" → "hop").
LEMMA_FIXES = {
    "hoped": "hope",
    "hoping": "hope",
    "hopes": "hope",
    "retweeted": "retweet",
    "retweeting": "retweet",
}
# Verbs of opinion: reported only when the clause quotes the speaker's words.
OPINION_VERBS = frozenset(["consider", "view", "see"])
# Verbs of belief, knowledge and expectation: what someone holds true is attributed to
# them like what they say ("officials believe that …", "the bank expects growth to …").
BELIEF_VERBS = frozenset(
    _words(
        """believe think hope fear expect feel worry assume understand suspect doubt realize
    realise recognize recognise suppose know imagine reckon anticipate"""
    )
)
# Verbs by which a document or evidence reports: "the poll shows that …". Only with such
# a subject ("he showed that he could win" reports nothing).
EVIDENCE_VERBS = frozenset(_words("show demonstrate prove"))
EVIDENCE_NOUNS = frozenset(
    _words(
        """poll polls survey surveys data study studies video footage slide chart graph figure
    figures number numbers statistic statistics evidence research analysis record records
    document documents audit review investigation probe photo photos image images test
    tests result results estimate estimates model projection projections count census
    report reports finding findings experience history average averages tally
    tracker index"""
    )
)
# Adjectives of belief or feeling with a clause: "many voters are afraid that …".
BELIEF_ADJECTIVES = frozenset(
    _words(
        """afraid confident convinced sure certain worried concerned hopeful optimistic
    pessimistic aware adamant skeptical sceptical positive fearful frustrated disappointed
    angry upset pleased surprised alarmed"""
    )
)
# Verbs that attribute a quotation next to them but take no clause of their own.
ADJACENT_VERBS = (
    CLAUSE_VERBS
    | OPINION_VERBS
    | BELIEF_VERBS
    | frozenset(
        _words(
            """continue quip exclaim shout chant joke slam blast criticize criticise condemn
        disagree object protest interject
        denounce decry hail praise laud welcome thank describe call cite quote recount
        muse plead appeal order instruct advise address speak summarize summarise
        conclude declare"""
        )
    )
)
# Verbs by which news outlets report: "…, The Post has learned." Only with an outlet
# as subject ("she learned that her flight was cancelled" reports nothing).
OUTLET_VERBS = frozenset(_words("learn"))
# Words that name a news outlet when the actor layer does not know it ("The Post").
OUTLET_WORDS = frozenset(
    _words(
        """post times journal herald tribune telegraph guardian gazette newspaper paper
    agency network channel magazine outlet daily"""
    )
)
# Adjectives of "made it clear that …".
CLEAR_WORDS = frozenset({"clear", "plain"})
# Adjectives of "it was clear to X that …" (the clause is what X came to hold) and of "it
# is obvious that …" (the writer's own stance).
CLEAR_TO_WORDS = CLEAR_WORDS | frozenset({"obvious", "evident", "apparent"})
# Verbs that report only a clause of their own: "the court ruled that …", "she joked
# that …", "investigators discovered that …" ("ruled the country", "discovered a cave" report
# nothing, so these are no frames with an object).
CLAUSE_ONLY_VERBS = frozenset(
    _words("""rule joke quip brag gloat forecast project discover theorize surmise posit opine""")
)
# Every verb whose clause the stage reports (each class has its own conditions).
REPORTING_VERBS = (
    CLAUSE_VERBS | OPINION_VERBS | BELIEF_VERBS | EVIDENCE_VERBS | OUTLET_VERBS | CLAUSE_ONLY_VERBS
)
# Speech verbs whose object is the one spoken to: "…, he told reporters."
ADDRESSEE_VERBS = frozenset(_words("tell inform assure brief remind notify warn advise"))
# Hashes of the words a report can hang on, to skip other tokens without making strings
_HASHES = StringStore()  # a store of its own: hashing adds nothing to any pipeline's vocab
CUE_LEMMA_HASHES = frozenset(
    _HASHES.add(w)
    for w in REPORTING_VERBS | BELIEF_ADJECTIVES | {"put"}  # "as X put it"
)
ACCORDING_HASH = _HASHES.add("according")
# Word forms of the belief adjectives, which the tagger often reads as passive verbs ("we
# are convinced that …", lemma "convince").
FEELING_FORM_HASHES = frozenset(_HASHES.add(w) for w in BELIEF_ADJECTIVES)
# Verbs after which the speaker is the previous quote's addressee ("He replied: …").
REPLY_VERBS = frozenset(["reply", "respond", "answer", "retort", "counter"])
# Nouns of what someone said: "His answer was conditional: …".
SPEECH_NOUNS = frozenset(
    _words(
        """message answer response reply verdict warning words statement position reaction
    assessment conclusion advice demand argument explanation remarks comment point"""
    )
)
# Verbs that introduce unquoted words with a colon ("Khazali told the interviewer: …").
COLON_VERBS = frozenset(
    _words(
        """say tell add state declare write tweet explain ask reply answer stress emphasize
    emphasise note warn continue conclude remark announce post insist reiterate"""
    )
)
# Auxiliaries that make a report hypothetical ("would say", "will announce", "to tell").
MODAL_AUX = frozenset(
    _words("""will would could might may should can shall must to 'd 'll wo ca""")
)
# Verbs whose infinitive still reports: "went on to say", "began to argue", "seemed to
# think", "came to believe" (not "failed to say", "refused to say": those deny the report).
ONGOING_VERBS = frozenset(
    _words("go begin continue proceed start add seem appear come tend keep resume")
)
# Verbs that continue the previous speaker's turn ("he added").
CONTINUE_VERBS = frozenset(
    ["add", "continue", "go", "conclude", "reiterate", "repeat", "elaborate"]
)

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj", "expl"})
CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "acl", "relcl", "prep", "ccomp"})

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
GROUP_PRONOUNS = frozenset({"it", "they", "them", "its", "their"})
AUTHOR_PRONOUNS = frozenset({"i", "we", "you", "me", "us", "my", "our"})
HONORIFIC_WORDS = frozenset(
    _words("mr mrs ms dr sheikh sayyed sayyid hajj haj general gen brigadier colonel major imam")
)
HONORIFIC_HEADS = frozenset({"eminence", "excellency", "holiness", "majesty", "highness"})
# The grammatical gender of pronouns and honorifics ("m" or "f").
PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
HONORIFIC_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "sir": "m"}
# Nouns that give the person they name a gender: "spokeswoman Jen Psaki", "his wife,
# Hillary", "Trump's son Eric", "the congresswoman".
GENDERED_NOUNS = {
    **{
        w: "f"
        for w in _words(
            """spokeswoman chairwoman congresswoman businesswoman councilwoman
        stateswoman sportswoman woman lady queen princess empress actress wife mother
        daughter sister grandmother granddaughter aunt niece widow girlfriend bride
        mom mum girl duchess countess baroness"""
        )
    },
    **{
        w: "m"
        for w in _words(
            """spokesman chairman congressman businessman councilman statesman sportsman
        man gentleman king prince emperor actor husband father son brother grandfather
        grandson uncle nephew widower boyfriend groom dad boy duke count baron"""
        )
    },
}
# First names of one gender in news usage (names used for both are left out: Jordan,
# Chris, Kelly, Lindsey, Terry, Jean, Robin, Nour …). A person's first name gives the
# gender a pronoun must agree with when the text gives none by "Mr."/"Ms." or a noun.
FIRST_NAMES: dict[str, str] = {
    **{
        w: "m"
        for w in _words(
            """james john robert michael william david richard joseph thomas charles
        christopher daniel matthew anthony mark donald steven stephen paul andrew joshua
        kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
        nicholas eric jonathan larry justin scott brandon benjamin samuel gregory
        alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan
        henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger
        gerald harold sean austin carl arthur lawrence dylan jesse bryan billy joe bruce
        gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene
        russell bobby philip louis bill mike tom jim bob dick ted newt mitch chuck rudy
        rand marco jeb ben barack bernie rick tim jared reince steve corey harry mitt
        rex rod hank fred ed al dan don greg jeff jon ken larry matt nick pete phil ron
        sam stan tony vince herb jimmy johnny tommy ronnie lyndon dwight franklin
        woodrow ulysses abraham grover calvin herbert gerald hakeem cory elijah jamal
        tavis deray colin mohammed muhammad mohammad mohamed ahmed ahmad hassan hussein
        husayn hossein qassem qasem abdul abdullah khalid khaled omar umar yusuf youssef
        ibrahim ismail mahmoud mustafa mostafa hamid hadi haider haidar hamza bashar hafez
        saad saeed jawad javad ebrahim recep tayyip kemal nabih walid michel samir salim
        rafik naim yahya nasser faisal salman fahd abdulaziz tamim zayed mansour masoud
        massoud nechirvan jalal qubad falih moqtada muqtada nouri adil ayad hadi sayyed
        naftali yair yoav avigdor ehud ariel shimon isaac yitzhak moshe benny gadi
        vladimir sergei sergey dmitry dmitri alexei emmanuel francois boris rishi keir
        olaf gerhard helmut silvio matteo giuseppe pedro mauricio nicolas hugo luiz
        narendra shinzo fumio justin pierre jacques xavier ivan igor viktor volodymyr
        petro abbas mahmoud marwan ismail yasser khalil anwar gamal hosni abdel fattah"""
        )
    },
    **{
        w: "f"
        for w in _words(
            """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen
        lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol
        amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen
        amy angela shirley anna brenda pamela emma nicole helen samantha katherine
        christine debra rachel carolyn janet catherine maria heather diane ruth julie
        olivia joyce virginia victoria lauren christina joan evelyn judith megan cheryl
        hannah jacqueline martha gloria teresa ann anne sara madison frances kathryn
        janice abigail alice judy sophia grace denise amber doris marilyn danielle
        beverly isabella theresa diana natalie brittany charlotte marie kayla lori
        hillary hilary melania ivanka chelsea kellyanne huma condoleezza condi madeleine
        michele nikki kamala tulsi dianne debbie jill ava ursula federica golda tzipi
        ayelet fatima fatma zainab zeinab maryam mariam aisha ayesha leila layla rania
        huda hanan samira yasmin yasmine amal loretta hope susana valerie wendy tammy
        kirsten elissa gwen barbara maxine sheila yvette katie kate jane janet
        sally peggy betsy ivana tiffany marla ellen oprah beyonce taylor alicia lucy
        serena venus meryl rosie megyn greta hoda norah gretchen robin mika andrea
        loretta sonia elena ruth angela theresa margaret benazir indira aung"""
        )
    },
}
# Ambiguous in news, not counted: given to both, or also a surname or a word.
for _w in ("taylor", "robin", "andrea", "hope", "grace", "kim", "jordan", "chris"):
    FIRST_NAMES.pop(_w, None)

# Nouns naming a person by role: "the spokesman said" refers back to someone named.
PERSON_ROLES = frozenset(
    _words(
        """spokesman spokeswoman spokesperson leader chief head minister president premier
    commander official secretary envoy ambassador diplomat cleric lawmaker deputy mp
    member analyst expert adviser advisor governor mayor chairman chairwoman chair
    director editor journalist reporter correspondent professor academic activist writer
    author politician senator representative king emir prince sheikh imam ayatollah pope
    sayyed sayyid general colonel officer commentator researcher scholar host
    interviewer presenter anchor mufti patriarch bishop speaker judge prosecutor
    investigator negotiator mediator coordinator founder candidate man woman guest
    colleague comrade counterpart successor predecessor rival
    cardinal chancellor prime vice deputy figure militant fighter veteran resident
    witness insider aide"""
    )
)
# Nouns of unnamed sources: "a source", "officials", "sources close to …".
ANONYMOUS_NOUNS = frozenset(
    _words(
        """source official insider diplomat analyst observer expert witness resident person
    people someone aide figure officer member commander activist journalist reporter
    spokesman spokesperson spokeswoman lawmaker politician militant fighter negotiator
    authority investigator researcher one individual staffer employee worker mp mps
    legislator parliamentarian deputy representative diplomats mediator"""
    )
)
# Quantifiers that stand for people as the subject of a speech verb ("all agreed that …").
QUANTIFIER_SUBJECTS = frozenset(_words("all some many most both others several each few"))
INDEFINITE_DETS = frozenset(
    _words("""a an some several many other another two three few numerous various one certain""")
)
# Nouns for groups and bodies: "the committee said", "the movement warned".
GROUP_ROLES = frozenset(
    _words(
        """committee ministry movement group party organization organisation government council
    army military office agency faction brigade brigades alliance coalition bloc front
    union authority authorities administration department embassy mission company firm
    channel network outlet newspaper daily website station force forces corps militia
    regime cabinet television tv radio media press broadcaster agency parliament
    presidency court judiciary bureau center centre institute observatory monitor team
    unit body board panel commission"""
    )
)
# Nouns whose "that" clause a speech verb reports: "denied claims that …".
CLAIM_NOUNS = frozenset(
    _words(
        """claim report allegation accusation rumour rumor suggestion charge assertion
    speculation"""
    )
)
# Nouns of documents that "say" or "read": the issuer is the speaker.
DOCUMENT_NOUNS = frozenset(
    _words(
        """statement report communique communiqué release letter paper study article text
    message post tweet declaration announcement document memo note video footage survey
    poll notice bulletin analysis assessment"""
    )
)
# Documents and occasions whose participle reports what was said in them: "a statement
# saying that …", "at a news conference announcing that …".
SAYING_NOUNS = DOCUMENT_NOUNS | frozenset(
    _words(
        """interview speech remarks conference briefing tweet tweets post posts op-ed column
    editorial address sermon broadcast"""
    )
)
# "according to …" objects that are rules and plans, not sources of a claim (a poll, a
# study or an estimate is a source: "according to a new poll, …").
NOT_SOURCES = frozenset(
    _words(
        """law constitution agreement rule rules plan terminology tradition custom schedule
    timetable calendar definition logic principle principles standard standards map"""
    )
)
# Words just before a quotation mark that make it a term, not a quote.
TERM_CUES = frozenset(
    _words(
        """so-called dubbed called named known termed term phrase word words slogan entitled
    titled labelled labeled nicknamed branded headlined hashtag codenamed code-named
    designated styled"""
    )
)
# Labels at the start of a paragraph that do not name a speaker.
NOT_LABELS = frozenset(
    _words(
        """video photo photos image images source sources read related note update updated
    editor watch listen credit credits caption disclaimer translation see also tags tag
    category share follow subscribe warning breaking exclusive opinion analysis by
    published posted date time location link links comments reference references
    keywords summary conclusion introduction background file map chart table figure step
    part chapter section episode correction corrections"""
    )
)
QA_LABELS = frozenset({"q", "a", "question", "answer", "interviewer", "host", "moderator"})
# Labels of the one asking the questions: the outlet that ran the interview.
INTERVIEWER_LABELS = frozenset(
    _words("""q question interviewer host presenter anchor moderator journalist reporter""")
)
# Labels of unnamed people taking part: anonymous speakers.
GENERIC_LABELS = frozenset(
    _words(
        """student caller listener viewer participant questioner audience voice man woman
    protester resident citizen soldier doctor teacher worker member official source
    guest speaker"""
    )
)
# Nouns of settings and channels: "in an interview with …", "at a ceremony", "on Twitter".
MEDIUM_NOUNS = frozenset(
    _words(
        """interview statement speech address conference ceremony meeting rally event session
    briefing tweet post twitter telegram facebook instagram youtube x television tv
    channel broadcast programme program show remarks remark message letter article op-ed
    column sermon gathering summit forum conversation call podcast video website page
    account newspaper daily agency outlet network radio station communique communiqué
    release parliament hearing debate funeral commemoration memorial celebration comment
    festival visit talk talks encounter dialogue discussion tv-interview sidelines
    margins platform channel blog editorial broadcast appearance report announcement
    declaration"""
    )
)
MEDIUM_PREPS = frozenset({"in", "on", "at", "during", "via", "through", "over", "to", "with"})
SPEAK_VERBS = frozenset(["speak", "talk", "write", "address", "appear", "comment"])
MEDIA_ADDRESSEES = frozenset(
    _words(
        """newspaper agency channel network outlet television tv radio broadcaster daily
        website"""
    )
)

# Bodies addressed as forums: "told the Senate Appropriations Committee".
FORUMS = frozenset(
    _words(
        """committee council assembly parliament congress senate conference session summit
        meeting forum panel hearing"""
    )
)
# Settings of an interview or a transcript.
INTERVIEW_NOUNS = frozenset(_words("interview programme show broadcast podcast conversation"))
RELAY_VERBS = frozenset(_words("carry broadcast publish read air post release issue run"))
DOUBLE_OPEN = "“„«\u201f"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹\u201b"
SINGLE_CLOSE = "’›"
STRAIGHT = "\"'"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + STRAIGHT
# Two apostrophes typed for a double quotation mark (''like this''), common in wire copy,
# count as one straight double mark; a lone apostrophe stays a single mark.
MARK_RE = re.compile(f"''(?!')|[{re.escape(ALL_MARKS)}]")
# Tokens that are quotation marks (spaCy keeps a doubled apostrophe as one token).
MARK_TOKENS = frozenset(ALL_MARKS) | {"''", "``"}
OPEN_CONTEXT = set(" \t\n\r\u00a0([{<—–-/:;") | set(ALL_MARKS)
CLOSE_CONTEXT = set(" \t\n\r\u00a0)]}>.,;:!?…—–-/") | set(ALL_MARKS)
PARA_RE = re.compile(r"\n[ \t\u00a0]*\n\s*")
STRONG_END = tuple(".!?…")
TITLE_SMALL = frozenset(
    _words("""a an the of in on to for and or at by with from as is vs via nor but into over""")
)
LABEL_RE = re.compile(r"([^\n:]{1,120}?)[ \t]*:(?:[ \t]+|$)")
LATIN_RE = re.compile(r"[A-Za-z]")
# Question words: "knows how …" reports no claim.
WH_WORDS = frozenset(_words("how what why when where whether which who whom"))
# Conjunctions of an aside that follows a report: "…, although he again refused to …".
CONCESSIVES = frozenset(_words("although though whereas while"))
SUBORDINATORS = frozenset(
    _words("""as when where while because although though after before since until once unless""")
)
LETTER_RE = re.compile(r"[^\W\d_]")
# A quotation signed with a dash and a name at the end of its line: "“…” ― Jane Roe".
SIGNATURE_RE = re.compile(
    r"[ \t\u00a0,]*(―|—|–|--)[ \t\u00a0]*([^\W\d_][^\n―—–]{1,60}?)[ \t\u00a0.]*$"
)
# A headline closed by its attribution: "Clinic Hid Its Waiting Lists, Former Nurse Says".
HEADLINE_RE = re.compile(
    r"[ \t]*(\S[^\n]{8,}?),[ \t]+([^\W\d_][^,\n]{1,60}?)[ \t]+(Says|Said|Warns|Claims|Insists)"
    r"[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)

# --- Attributions beyond statements (the `act` of a quote) -------------------------------
# Every attribution of content to a source, as annotated news corpora count them: what a
# source asks for, commits to, intends, judges, characterises or refers to, besides what
# it states or believes. Each verb names the act it performs by default; the construction
# can change it ("called for X" requests, "called X a liar" characterises).
ACTS = (
    "statement",  # says, reports, shows: "said that …", "the poll shows …", "according to"
    "belief",  # holds true, expects, knows: "believes that …", "voters fear …"
    "request",  # asks someone to act: "urged X to …", "called for …", "demanded that …"
    "promise",  # commits the source: "pledged to …", "vowed …", "threatened to …"
    "intention",  # wants, plans, decides: "wants to …", "plans to …", "refused to …"
    "evaluation",  # judges something: "criticized X", "endorsed X", "praised X"
    "characterization",  # names something: "called X a Y", "described X as Y"
    "mention",  # refers to something: "cited X", "spoke about X", "discussed X"
    "stance",  # any other stance or conduct toward content, read by a learned model
    # that is off by default: "was eyeing X", "focused on X" (see quotes.learned)
)
REQUEST_VERBS = frozenset(
    _words(
        """urge ask demand encourage press push implore beg invite advise recommend request
    exhort appeal instruct order direct challenge dare prompt persuade convince petition summon
    plead implore entreat lobby nudge command"""
    )
)
PROMISE_VERBS = frozenset(
    _words(
        """promise pledge vow swear threaten offer guarantee volunteer undertake
    agree"""
    )
)
INTENTION_VERBS = frozenset(
    _words(
        """want plan intend seek aim hope wish decide choose refuse decline prefer
    desire resolve opt propose vote"""
    )
)
EVALUATION_VERBS = frozenset(
    _words(
        """criticize criticise praise endorse support back oppose reject accept attack defend
    blame condemn denounce slam blast hail welcome applaud laud mock ridicule deride lambaste
    lambast question challenge dispute doubt dismiss downplay respect admire like love hate
    despise dislike resent favor favour champion tout celebrate thank congratulate compliment
    fault chide scold rebuke disparage insult bash knock rail bristle balk resist embrace
    promote decry bemoan lament regret apologize apologise disagree object protest complain
    fight trash honor honour salute commend berate assail excoriate skewer belittle dismiss
    distrust trust fear worry question mourn oppose veto block deplore castigate needle
    taunt tease lampoon rap rip ignore snub"""
    )
)
CHARACTERIZATION_VERBS = frozenset(
    _words(
        """call describe label brand dub term liken compare portray depict characterize
    characterise paint cast regard deem name equate judge treat"""
    )
)
MENTION_VERBS = frozenset(
    _words(
        """cite mention reference invoke highlight raise discuss address detail document
    outline recount recite echo quote repeat speak talk comment reflect unveil
    introduce disclose reveal acknowledge admit confirm deny report tweet retweet post
    share explain note point describe write tell ask weigh sum lay spell float broach
    announce release publish brag gloat"""
    )
)
# Verbs (and adjectives with "be") whose subject does what their complement says: "continued
# to call for", "set about persuading", "was able to tout". Other verbs taking an infinitive
# name a purpose or a need ("needs to raise revenue"), not an attribution of the subject.
CONTROL_VERBS = frozenset(
    _words(
        """continue begin start go keep set come seem appear tend fail manage proceed resume
    move rush hasten cease"""
    )
)
CONTROL_ADJECTIVES = frozenset(_words("able unable quick slow free"))
# Verbs whose passive with no agent still attributes a charge or a name to unnamed people:
# "X was accused of Y", "X has been criticized for Y", "X has been called a Y".
PASSIVE_CLAIM_VERBS = frozenset(
    _words(
        """accuse blame criticize criticise condemn fault denounce deride mock slam call label
    brand describe dub portray characterize characterise"""
    )
)
# Verbs of belief and report whose passive raises the one they are about: "X is expected
# to Y", "X is thought to be Y", "X is considered a Y" (not "supposed": a duty).
RAISING_VERBS = frozenset(
    _words(
        """expect think believe consider say report rumor rumour estimate project predict
    presume assume understand reckon deem know suspect allege fear"""
    )
)
# Verbs that put out a message ("issued a statement", "sent a letter", "delivered a
# message", "unleashed a flurry of tweets"): the message is what its sender put forward.
ISSUING_VERBS = frozenset(_words("issue deliver send unleash release publish fire pen"))
# Messages a source issues or sends (not "video" or "report": records, not its words).
MESSAGE_NOUNS = frozenset(
    _words(
        """statement message letter tweet tweets ad ads advertisement commercial speech
    remarks memo memorandum editorial op-ed column ultimatum warning apology rebuttal
    retort response reply plea proclamation manifesto communique communiqué"""
    )
)
# Nouns of a number of messages: "a flurry of tweets", "a series of statements".
MESSAGE_COUNTS = frozenset(_words("series flurry string barrage volley torrent stream spate"))
# Judgements someone receives ("faced sharp criticism for X", "drew praise from Y", "came
# under criticism", "took heat for X") and the verbs of receiving them: evaluations of the
# one who receives them (or of what they are for) by the "from" phrase or by nobody named.
RECEIVED_JUDGEMENTS = frozenset(
    _words(
        """criticism criticisms ridicule condemnation backlash scorn flak derision rebuke
    censure heat praise acclaim plaudits"""
    )
)
RECEIVING_VERBS = frozenset(
    _words("face draw receive attract earn get meet endure weather take win garner")
)
# Verbs of mention whose plain object is a thing found, kept or watched, not something said ("found
# a way", "maintains a program", "observed several things"); with a clause or "X as Y" they
# still report.
OBJECT_NOT_SPOKEN = frozenset(_words("find maintain observe"))
# What is raised when "raise" puts something forward ("raised questions about …"), not
# money or a flag.
RAISED_MATTERS = frozenset(
    _words(
        """question questions issue issues alarm alarms possibility prospect specter spectre
    point points matter topic subject eyebrows"""
    )
)
# Verbs a headline in title case can turn on ("Trump Questions …", "Lawmakers Rip …").
HEADLINE_VERBS = (
    CLAUSE_VERBS
    | BELIEF_VERBS
    | OPINION_VERBS
    | CLAUSE_ONLY_VERBS
    | REQUEST_VERBS
    | PROMISE_VERBS
    | INTENTION_VERBS
    | EVALUATION_VERBS
    | CHARACTERIZATION_VERBS
    | MENTION_VERBS
)
# Verbs of knowing and perceiving with an object ("she knows the rules", "critics see it
# as …"): beliefs about a thing.
BELIEF_OBJECT_VERBS = frozenset(
    _words("""know see find expect believe consider view think understand recognize feel""")
)
# Prepositions whose object is the content of an attribution ("spoke about X", "called
# for X", "pointed to X", "voted against X"), by verb; "*" is any verb of the lexicons.
FRAME_PREPS: dict[str, frozenset[str]] = {
    "*": frozenset(_words("about of on against for to at with over in")),
    "request": frozenset(_words("for on")),
    "evaluation": frozenset(_words("against for about at on over with to")),
    "mention": frozenset(_words("about of on")),
    "belief": frozenset(_words("in of about")),
    "intention": frozenset(_words("for against on")),
}
# Verbs that ask with "for" or "on": "called for a ban", "appealed for calm".
FRAME_REQUEST_CALLS = frozenset(_words("call ask appeal press push plead pray lobby clamor"))
# Verbs whose object alone is the one addressed, not content: "told reporters",
# "addressed the symposium", "asked him".
ADDRESSEE_ONLY = frozenset(_words("tell ask address answer summon brief inform remind"))
# Nouns that attribute content to their possessor or "by"/"from" phrase: "his claim that
# …", "her decision to …", "criticism from X of Y", each with its act.
FRAME_NOUNS: dict[str, str] = {
    **{
        w: "statement"
        for w in _words(
            """claim allegation accusation assertion statement remark remarks comment
        comments announcement acknowledgment acknowledgement admission denial insistence
        suggestion argument charge charges contention declaration testimony account
        report reports warning explanation prediction case pronouncement pronouncements
        missive rhetoric"""
        )
    },
    **{
        w: "belief"
        for w in _words(
            """belief view views opinion hope hopes fear fears expectation expectations
        assessment conclusion conviction suspicion suspicions worry worries concern
        concerns sense doubt doubts assumption understanding impression theory misgiving
        misgivings reservation reservations idea ideas skepticism scepticism"""
        )
    },
    **{
        w: "request"
        for w in _words("""demand demands request requests appeal appeals plea pleas call calls""")
    },
    **{
        w: "promise"
        for w in _words(
            """promise promises pledge pledges vow vows threat threats offer agreement
        agreements"""
        )
    },
    **{
        w: "intention"
        for w in _words(
            """plan plans decision intention intent desire bid refusal determination
        commitment willingness reluctance eagerness proposal proposals wish"""
        )
    },
    **{
        w: "evaluation"
        for w in _words(
            """criticism criticisms support endorsement opposition praise condemnation
        rejection attack attacks defense defence complaint complaints objection
        objections disdain contempt admiration approval disapproval outrage anger
        adulation obsession"""
        )
    },
}
# Verbs that voice an attribution noun: "expressed concern about X", "made the case that …",
# "announced plans to …", "has doubts about …", "raised objections to …".
LIGHT_VERBS = frozenset(
    _words(
        """express voice make have share raise issue announce air register reiterate renew
    signal give lend unveil outline repeat reaffirm level launch mount sign reach strike"""
    )
)
# Nouns whose "in" phrase attributes the clause around it to their possessor: "in his
# view, …", "in the eyes of many voters, …".
VIEW_NOUNS = frozenset(_words("view views opinion eyes estimation judgment judgement mind"))
# Records whose "in" phrase attributes the clause to them: "In the new poll, X led Y by …".
IN_SOURCE_NOUNS = frozenset(
    _words(
        """poll polls survey surveys study studies analysis estimate estimates projection
    projections census tally tracker forecast forecasts"""
    )
)
# Verbs by which someone takes part in a record rather than being reported by it: "voted
# in the poll", "took part in the survey".
TAKING_PART_VERBS = frozenset(
    _words(
        """participate take vote include survey question interview poll ask respond answer
    appear feature mention list cite count involve enrol enroll enlist use publish release
    conduct"""
    )
)
# Adjectives that attribute an intention ("willing to …") or a judgement ("critical of …",
# "passionate about …") to the subject of "be".
ADJECTIVE_ACTS: dict[str, str] = {
    **{
        w: "intention"
        for w in _words("willing eager determined ready reluctant unwilling keen loath intent")
    },
    **{
        w: "evaluation"
        for w in _words(
            """critical supportive passionate skeptical sceptical dismissive proud wary
        suspicious contemptuous fond enthusiastic angry furious upset unhappy happy pleased
        disappointed frustrated outraged"""
        )
    },
    **{
        w: "belief"
        for w in _words(
            """worried concerned anxious nervous bearish bullish optimistic pessimistic
        confident hopeful"""
        )
    },
}
