"""What every attribution frame shares, and the frames named by a noun or an adjective.

A frame's source is the subject of its verb (climbing conjunctions, participles on a
document and the verbs that hand their subject to a complement: "continued to call for");
its content is a span of the sentence trimmed of marks, relative asides and titles. Nouns
attribute to their possessor or their "by"/"from" phrase ("his claim that …", "her
decision to …", "criticism of X from Y"), adjectives to the subject of "be" ("is willing to
…", "was critical of …").
"""

from __future__ import annotations

from spacy.tokens import Token

from annalyst.nlp.quotes.clauses import names_something
from annalyst.nlp.quotes.cues import asks_someone
from annalyst.nlp.quotes.document import Draft
from annalyst.nlp.quotes.lexicon import (
    _HASHES,
    ADJECTIVE_ACTS,
    ALL_MARKS,
    ANONYMOUS_NOUNS,
    BELIEF_OBJECT_VERBS,
    BELIEF_VERBS,
    CHARACTERIZATION_VERBS,
    CLAUSE_VERBS,
    CONTROL_ADJECTIVES,
    CONTROL_VERBS,
    EVALUATION_VERBS,
    EVIDENCE_VERBS,
    FRAME_NOUNS,
    FRAME_PREPS,
    GROUP_ROLES,
    IN_SOURCE_NOUNS,
    INTENTION_VERBS,
    ISSUING_VERBS,
    LIGHT_VERBS,
    MARK_TOKENS,
    MEDIUM_NOUNS,
    MENTION_VERBS,
    PERSON_ROLES,
    PROMISE_VERBS,
    REPORTING_VERBS,
    REQUEST_VERBS,
    TAKING_PART_VERBS,
    VIEW_NOUNS,
)
from annalyst.nlp.quotes.reported import ReportedSpeech

FRAME_VERBS = (
    REQUEST_VERBS
    | PROMISE_VERBS
    | INTENTION_VERBS
    | EVALUATION_VERBS
    | CHARACTERIZATION_VERBS
    | MENTION_VERBS
    | BELIEF_OBJECT_VERBS
    | BELIEF_VERBS
    | CLAUSE_VERBS
    | EVIDENCE_VERBS
    | ISSUING_VERBS
)
# Verbs of talk whose infinitive of purpose is done by the subject of the verb it follows.
PURPOSE_TALK_VERBS = frozenset({"discuss", "talk", "speak", "explain", "comment", "testify"})
# Verbs whose "on" object does what the infinitive after it says ("counts on X to …").
RELYING_VERBS = frozenset({"rely", "depend", "count", "call", "lean", "bank", "wait"})
FRAME_VERB_HASHES = frozenset(_HASHES.add(w) for w in FRAME_VERBS)
FRAME_VERB_LEMMAS = FRAME_VERBS
# Objects of "on", "under" … that say how something was said, not what: "spoke on condition
# of anonymity", "on the record", "on behalf of".
MANNER_NOUNS = frozenset(
    {
        "condition",
        "record",
        "background",
        "behalf",
        "basis",
        "terms",
        "anonymity",
        "confidentiality",
    }
)


# Prepositions of an attribution noun whose object is the content ("concern about X").
NOUN_PREPS = frozenset({"of", "for", "about", "on", "against", "to", "over", "with"})


class NounFrames(ReportedSpeech):
    """Sources and contents of frames; frames of nouns and adjectives."""

    def _frame_subject(self, v: Token) -> Token | None:
        """The source of a frame verb: its grammatical subject (climbing conjunctions and
        participles as for speech verbs), never a noun merely near it; for a participle on
        a document ("a letter opposing X", "tweets criticizing X"), whoever issued it."""
        if v.dep_ == "acl" and v.tag_ in ("VBG", "VBN") and v.head.pos_ in ("NOUN", "PROPN"):
            noun = v.head
            if noun.dep_ in ("dobj", "pobj", "attr"):
                gov = noun.head if noun.dep_ != "pobj" else noun.head.head
                if gov.pos_ in ("VERB", "AUX"):
                    s = self._frame_subject(gov) if gov.i != v.i else None
                    if s is not None:
                        return s
            return noun if noun.dep_ in ("nsubj", "nsubjpass") else None
        stranded = self._stranded_subject(v)
        if stranded is not None:
            return stranded
        s = self._subject(v)
        if s is None:
            return None
        if v.dep_ == "relcl" and s.i == v.head.i:
            if self._infinitive_relative(v) and not self._agent_noun(s):
                return None  # "tools to fight terrorism", "a plan to fight X": what for
            return s  # "officials who criticized …", "the first senator to criticize X"
        if (
            v.dep_ == "conj"
            and v.head.dep_ == "relcl"
            and s.i == v.head.head.i
            and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in v.head.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        ):
            return s  # "investors, who make up most buyers and see the scheme as …"
        if (
            v.dep_ == "advcl"
            and v.tag_ == "VBG"
            and v.head.dep_ == "relcl"
            and s.i == v.head.head.i
            and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in v.children)
        ):
            return s  # "with Clinton — who has called for X — lambasting Y": the parser hung
            # the participle on the relative clause; the one it describes acts
        if s.dep_ not in ("nsubj", "nsubjpass", "csubj", "appos", "conj"):
            return None  # a noun near the verb, not its subject
        # its own subject, or the subject it shares with the verb it is coordinated with
        # ("proposes … and plans to …"); a subject reached through other verbs ("X chose to
        # file where experts say …") is too often someone else's
        # (a subject's apposition in the verb's own paragraph stands for it: see _subject)
        head_i = s.head.head.i if s.dep_ == "appos" and s.head.dep_ == "nsubj" else s.head.i
        if head_i == v.i or (v.dep_ == "conj" and head_i == v.head.i):
            return s
        if (
            v.dep_ == "conj"
            and head_i == v.head.head.i
            and (
                (v.head.dep_ == "ccomp" and names_something(v))
                or (v.head.dep_ in ("ccomp", "advcl") and asks_someone(v))
            )
        ):
            return s  # "X said he had … and called it a Y": the parser's conjunction
        controller = self._controller(v)
        if controller is not None and (
            head_i == controller.i
            or (  # "described X as Y but stopped short of calling Z …": the first verb's
                controller.dep_ == "conj"
                and head_i == controller.head.i
                and any(c.lower_ == "short" for c in controller.children)
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in controller.children)
            )
        ):
            return s  # "continued to call for X", "stopped short of calling X Y"
        if self._report_aside(v) and head_i == v.head.head.i:
            return s  # "analysts said …, citing X": the participle is the speakers'
        if (
            v.dep_ == "advcl"
            and head_i == v.head.i
            and v.tag_ == "VBG"
            and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in v.children)
        ):
            # "the court struck the law down, citing a threat", "Citing a theory, Trump
            # accused …": the subject of the clause acts
            return s
        if v.dep_ == "advcl" and head_i == v.head.i and self._infinitive_of_purpose(v):
            return s  # "leaders gathered on Friday to discuss X", "went on to discuss X"
        return None

    def _infinitive_of_purpose(self, v: Token) -> bool:
        """An infinitive of talk hung on a verb as an adverbial clause, with no subject of
        its own: the subject of that verb meets, comes or goes on to discuss, talk about or
        explain something ("the ministers met to discuss the budget", "she went on to
        discuss the polls"). Only verbs of talk ("met to address the crisis" deals with it),
        and not after "relies on X", "counts on X": X is to do the talking."""
        relied = v.head.lemma_.lower() in RELYING_VERBS and any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in v.head.children
        )  # "relies on a doctor to discuss his health": the doctor talks
        return (
            v.lemma_.lower() in PURPOSE_TALK_VERBS
            and not relied
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in v.children)
            and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in v.children)
        )

    def _stranded_subject(self, v: Token) -> Token | None:
        """A subject the parser joined to the clause before it ("When X happens, Obama
        and Clinton call them Y": "Obama" read as one more item after the comma): a finite
        verb with no subject of its own, right after a comma and a bare noun phrase whose
        head hangs on a word before the comma."""
        if v.dep_ == "conj" and v.head.i < v.i:
            if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
                return None
            v = v.head  # "… call them Y and describe Z as W": the first verb's subject
        if v.tag_ not in ("VBP", "VBZ", "VBD") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in v.children
        ):
            return None
        doc = self.doc
        k = v.i - 1
        while k > 0 and doc[k].pos_ in ("PROPN", "NOUN", "CCONJ", "DET", "ADJ") and v.i - k < 8:
            k -= 1
        if k == v.i - 1 or doc[k].text != ",":
            return None
        first = next((doc[j] for j in range(k + 1, v.i) if doc[j].pos_ in ("PROPN", "NOUN")), None)
        if first is None or first.head.i >= k or first.dep_ not in ("conj", "appos"):
            return None
        return first if self.mention_at(first.idx) is not None else None

    def _infinitive_relative(self, v: Token) -> bool:
        """A relative clause that is an infinitive with no subject: "the first senator to
        criticize X", "tools to fight terrorism"."""
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in v.children
        )

    def _agent_noun(self, s: Token) -> bool:
        """Whether a noun names someone who can speak or act: a known actor, a person or a
        body by its role ("the first lawmaker to …"), a person, group or state by name."""
        return (
            self.mention_at(s.idx) is not None
            or s.lemma_.lower() in PERSON_ROLES | GROUP_ROLES | ANONYMOUS_NOUNS
            or s.lower_ in PERSON_ROLES | GROUP_ROLES | ANONYMOUS_NOUNS
            or s.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        )

    def _report_aside(self, v: Token) -> bool:
        """A participle set off by a comma at the end of a report, which the parser hung on the
        reported clause ("analysts said X has contributed …, citing Y"): the speaker's aside
        (the report stops before it: see Clauses._speaker_aside)."""
        return (
            v.dep_ == "advcl"
            and v.tag_ == "VBG"
            and v.head.dep_ == "ccomp"
            and v.head.head.i < v.head.i < v.i  # (the speech verb first: "said X, citing Y")
            and v.left_edge.i == v.i
            and v.i > 0
            and self.doc[v.i - 1].text == ","
            and v.head.head.lemma_.lower() in CLAUSE_VERBS
            and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in v.children)
        )

    def _controller(self, v: Token) -> Token | None:
        """The verb whose subject also does what a frame verb in its complement says:
        "continued to call for", "was able to tout", "stopped short of calling", "set about
        persuading". Verbs with an object of their own hand the infinitive to that object
        ("urged her to call for …"), so the chain stops there."""
        a = v
        for _ in range(4):
            if a.dep_ == "xcomp" and a.head.i != a.i:
                a = a.head
            elif a.dep_ == "pcomp" and a.head.dep_ == "prep" and a.head.head.i != a.head.i:
                a = a.head.head
            else:
                break
            if a.lower_ == "short" and a.dep_ == "advmod" and a.head.i != a.i:
                a = a.head  # "stopped short of calling X Y" (the parser's adverb)
            elif a.pos_ == "ADJ" and a.dep_ == "acomp" and a.lemma_.lower() in CONTROL_ADJECTIVES:
                a = a.head  # "was able to tout"
            elif a.lemma_.lower() not in CONTROL_VERBS:
                return None  # "needs to raise revenue": a purpose, not a frame of the subject
            if any(c.dep_ in ("dobj", "dative") for c in a.children):
                return None
        return a if a is not v and a.pos_ in ("VERB", "AUX") else None

    def _frame_source(self, s: Token, v: Token) -> bool:
        if s.ent_type_ in ("DATE", "TIME") or s.is_punct or s.text in MARK_TOKENS:
            return False
        if s.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "X") and self.mention_at(s.idx) is None:
            return False
        return s.lower_ not in ("what", "this", "that", "these", "there")

    def _draft(
        self,
        start_i: int,
        end_i: int,
        verb: Token,
        subj: Token | None,
        act: str,
        min_words: int = 1,
        cue_end: int | None = None,
    ) -> Draft | None:
        """An indirect frame record: the content from ``start_i`` to ``end_i`` (at least
        ``min_words`` words), cued by ``verb`` (through token ``cue_end`` when the cue is
        a phrase), said by ``subj`` (None: nobody named)."""
        span = self._content(start_i, end_i, verb)
        if span is None or len(self.text[span[0] : span[1]].split()) < min_words:
            return None
        d = Draft(span[0], span[1], "indirect", "frame")
        self._set_cue(d, verb.i)
        if cue_end is not None:
            d.cue = (verb.idx, self.tok_end(cue_end))
        d.subj = subj.i if subj is not None else None
        d.act = act
        return d

    def _record(
        self,
        span: tuple[int, int],
        cue_from: int,
        cue_to: int,
        cue_tok: int,
        subj: int | None,
        act: str,
    ) -> Draft:
        """An indirect frame record whose cue runs from token ``cue_from`` to ``cue_to``
        and is headed by token ``cue_tok`` (a noun or an adverb, not a verb of saying)."""
        d = Draft(span[0], span[1], "indirect", "frame")
        d.cue = (self.doc[cue_from].idx, self.tok_end(cue_to))
        d.cue_tok = cue_tok
        d.subj = subj
        d.act = act
        return d

    def _content(self, start_i: int, end_i: int, v: Token) -> tuple[int, int] | None:
        doc = self.doc
        while start_i < end_i and (
            doc[start_i].dep_ == "mark"
            or (doc[start_i].is_punct and doc[start_i].text not in MARK_TOKENS)
        ):
            start_i += 1
        while end_i > start_i and (
            (doc[end_i].is_punct and doc[end_i].text not in MARK_TOKENS)
            or doc[end_i].pos_ in ("CCONJ", "SCONJ")
        ):
            end_i -= 1
        if start_i > end_i or (doc[start_i].is_punct and start_i == end_i):
            return None
        for k in range(start_i + 1, end_i):
            if (
                doc[k].text == ","
                and doc[k + 1].lower_ in ("aside", "apart")
                and k + 2 <= end_i
                and doc[k + 2].lower_ == "from"
            ):
                end_i = k - 1  # "refused to discuss X, aside from saying …": a report of its own
                break
            # "vowed revenge for the dismissals, which makes it obvious …": a comment on the
            # whole sentence, not part of what was vowed
            w = doc[k + 1]
            if (
                doc[k].text == ","
                and w.tag_ in ("WDT", "WP")
                and w.head.dep_ == "relcl"
                and w.head.right_edge.i >= end_i
                and w.head.head.i < k
                and not self.quoted_at(w.idx)
            ):
                end_i = k - 1
                break
        ps, pe = self.paras[self.para_of(v.idx)]
        start, end = max(doc[start_i].idx, ps), self._trim_end(ps, min(self.tok_end(end_i), pe))
        if end <= start:
            return None
        inner_start, inner_end = start, end
        while inner_start < inner_end and self.text[inner_start] in ALL_MARKS:
            inner_start += 1
        while inner_end > inner_start and self.text[inner_end - 1] in ALL_MARKS + ".,":
            inner_end -= 1
        marked = self.quoted_at(inner_start)
        if (
            marked is not None
            and marked == self.quoted_at(inner_end - 1)
            and marked[0] >= start - 1
        ):
            run = next((r for r in self.runs if (r.start, r.end) == marked), None)
            if run is not None and (
                not self._speechlike(run) or len(self.text[run.start : run.end].split()) == 1
            ):
                return None  # "a banner that read “Bread And Roses”", "wrote “Israel”": a title
        return start, end

    def _is_setting(self, prep: Token) -> bool:
        """A preposition whose object is a medium or a setting ("on state television", "in a
        speech"), not the content."""
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is None:
            return False
        low = obj.lemma_.lower()
        if low == "record" and prep.lower_ not in ("on", "off"):
            return False  # "bragged about his record": a record spoken of, not "on the record"
        return low in MEDIUM_NOUNS | MANNER_NOUNS or self._is_media(obj)

    def _adjective_frame(self, a: Token) -> Draft | None:
        """ "is willing to …", "are eager to …", "was critical of …", "is passionate about …"."""
        low = a.lemma_.lower()
        act = ADJECTIVE_ACTS.get(low)
        held = self._absolute_holder(a)
        if act is None or (a.dep_ != "acomp" and held is None):
            return None
        xcomp = next(
            (
                c
                for c in a.children
                if c.dep_ == "xcomp"
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            ),
            None,
        )
        prep = next(
            (
                c
                for c in a.children
                if c.dep_ == "prep"
                and c.lower_ in ("about", "of", "on", "with", "toward", "towards")
                and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
            ),
            None,
        )
        if prep is None and a.dep_ == "acomp":
            # "is bearish on the future of X": the parser hangs the phrase on the copula
            prep = next(
                (
                    c
                    for c in a.head.children
                    if c.dep_ == "prep"
                    and c.i == a.right_edge.i + 1
                    and c.lower_ in ("about", "of", "on", "toward", "towards")
                    and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                ),
                None,
            )
        if xcomp is not None and act == "intention":
            parts = [xcomp]
        elif prep is not None and act != "intention":
            parts = [next(g for g in prep.children if g.dep_ in ("pobj", "pcomp"))]
        else:
            return None
        verb = a.head
        subj: Token | None
        if held is not None:
            subj, verb = held, a  # "with investors nervous about inflation, …"
        else:
            subj = self._frame_subject(verb) if verb.pos_ in ("AUX", "VERB") else None
        if subj is None or not self._frame_source(subj, verb):
            return None
        span = self._content(
            min(p.left_edge.i for p in parts), max(p.right_edge.i for p in parts), a
        )
        if span is None:
            return None
        cue_to = prep.i if prep is not None and act != "intention" else a.i
        return self._record(span, a.i, cue_to, a.i, subj.i, act)

    def _absolute_holder(self, a: Token) -> Token | None:
        """The one an adjective is said of in an absolute phrase ("With investors nervous
        about inflation, the bank …", "with leaders worried about turnout"), which the parser
        makes a clause of its own with that noun as its subject."""
        if a.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ == "with" and c.i < a.i for c in a.children
        ):
            return None
        return next((c for c in a.children if c.dep_ == "nsubj" and c.i < a.i), None)

    def _noun_frame(self, n: Token) -> Draft | None:
        """ "his claim that …", "her decision to …", "criticism of the plan from X"."""
        act = FRAME_NOUNS[n.lemma_.lower()]
        gov = n.head.head if n.dep_ == "pobj" else n.head
        light = self._light_verb(n, act)
        if (
            n.dep_ in ("dobj", "pobj")
            and gov.lemma in FRAME_VERB_HASHES
            and gov.pos_ == "VERB"
            and light is None
            and (n.dep_ == "dobj" or n.head.lower_ in FRAME_PREPS["*"])
        ):
            return None  # "pointed to Britain's decision to …": the content of another frame
            # (not "offered X amid concerns that …": a circumstance, no content of the verb)
        children = list(n.children)
        source: Token | None = next((c for c in children if c.dep_ == "poss"), None)
        if source is None and light is not None:
            # "critics expressed concern about …", "the firm announced plans to …": the one
            # who voices the noun is its source
            source = self._frame_subject(light)
            if source is not None and not self._frame_source(source, light):
                return None
        if source is None:
            for c in children:
                if c.dep_ == "prep" and c.lower_ in ("by", "from", "among"):
                    source = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if source is not None:
                        break
        if source is None:
            comp = next(
                (
                    c
                    for c in children
                    if c.dep_ in ("compound", "amod")
                    and c.i < n.i
                    and (
                        self.mention_at(c.idx) is not None
                        # "media pronouncements that …", "police claims that …": a body
                        # named by its kind is the source as a possessor would be
                        or (
                            c.dep_ == "compound"
                            and {c.lemma_.lower(), c.lower_} & GROUP_ROLES  # ("media": "medium")
                        )
                    )
                ),
                None,
            )
            source = comp  # "Trump's" parsed as a compound, "the Clinton campaign's plan"
        clause = next(
            (
                c
                for c in children
                if c.dep_ in ("acl", "ccomp", "relcl")
                and c.i > n.i
                and (
                    (
                        self.doc[c.left_edge.i].lower_ == "that"
                        # (a "that" the parser marks as a conjunction opens the noun's clause,
                        # even in what it calls a relative clause)
                        and (c.dep_ != "relcl" or self.doc[c.left_edge.i].dep_ == "mark")
                    )
                    or any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                )
            ),
            None,
        )
        if clause is None:
            clause = next(
                (
                    c
                    for c in children
                    if c.dep_ == "acl" and c.i > n.i and self.doc[c.left_edge.i].lower_ == "that"
                ),
                None,
            )
        if clause is None and n.dep_ == "pobj" and n.i + 1 < len(self.doc):
            # "frank in her acknowledgment that …": the parser hung the noun's clause on the
            # word the preposition depends on
            clause = next(
                (
                    c
                    for c in n.head.head.children
                    if c.dep_ in ("ccomp", "advcl", "acl")
                    and c.left_edge.i == n.i + 1
                    and self.doc[n.i + 1].lower_ == "that"
                    and self.doc[n.i + 1].dep_ == "mark"
                ),
                None,
            )
        parts: list[Token] = []
        voiced = (
            self._noun_content(light, act, n.i)
            if light is not None and clause is None and self._noun_content(n, act) is None
            else None
        )
        if voiced is not None and voiced.dep_ != "prep":
            parts = [voiced]  # "announced plans this week to give …"
        elif voiced is not None:
            parts = [next(g for g in voiced.children if g.dep_ in ("pobj", "pcomp"))]
        elif clause is not None:
            parts = [clause]
        else:
            prep = next(
                (
                    c
                    for c in children
                    if c.dep_ == "prep"
                    and c.i > n.i
                    and c.lower_ in NOUN_PREPS
                    and not (c.lower_ == "to" and act == "statement")  # "his warning to Iran"
                    and not (c.lower_ == "with" and act not in ("belief", "evaluation"))
                    and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                ),
                None,
            )
            if prep is None or source is None:
                return None
            if (
                prep.lower_ == "of"
                and act in ("statement", "belief")
                and n.lemma_.lower() not in ("criticism", "support")
                and not (source.dep_ == "poss" and source.head.i == n.i)
            ):
                return None  # "the report of the committee": whose, not what ("his theory
                # of the war" has its owner already)
            obj = next(g for g in prep.children if g.dep_ in ("pobj", "pcomp"))
            parts = [obj]
        if source is None and clause is not None and clause.dep_ != "acl":
            return None
        if source is None and (act not in ("statement", "belief") or n.lemma_.lower() == "idea"):
            # ("the idea that …" held by nobody named is the writer's framing)
            return None
        start_i = min(p.left_edge.i for p in parts)
        end_i = max(p.right_edge.i for p in parts)
        if self.doc[start_i].lower_ == "that":
            start_i += 1
        span = self._content(start_i, end_i, n)
        if span is None or len(self.text[span[0] : span[1]].split()) < 2:
            return None
        cue_from = light.i if light is not None else n.i
        d = self._record(span, cue_from, n.i, n.i, source.i if source is not None else None, act)
        if light is not None:
            d.medium = self._medium(light)
        return d

    def _light_verb(self, n: Token, act: str) -> Token | None:
        """The verb that voices an attribution noun it takes as its object ("expressed
        concern about", "made the case that", "announced plans to", "has doubts about"),
        when the noun carries its own content; "have" only holds beliefs and plans ("has a
        claim to the estate" states nothing, "has 5 percent support" is received)."""
        if n.dep_ != "dobj":
            return None
        verb = n.head
        low = verb.lemma_.lower()
        if (
            verb.pos_ != "VERB"
            or low not in LIGHT_VERBS
            or (low == "have" and act not in ("belief", "intention"))
        ):
            return None
        if any(c.dep_ == "poss" for c in n.children):
            return None  # "echoed her concerns": someone else's, voiced again
        if self._noun_content(n, act) is not None or self._noun_content(verb, act, n.i) is not None:
            return verb
        return None

    def _noun_content(self, head: Token, act: str, after: int = -1) -> Token | None:
        """What an attribution noun is about: its "that" clause or infinitive, or the object
        of "about", "over", "for" … — on the noun, or on the verb voicing it after the noun
        when the parser hung them there ("expressed outrage over X")."""
        after = max(after, head.i)
        for c in head.children:
            if c.i <= after:
                continue
            if (
                c.dep_ == "advcl"
                and head.pos_ == "VERB"
                and c.left_edge.lower_ == "to"
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
                and act in ("intention", "promise", "request")
            ):
                return c  # "announced plans this week to give …": the parser's adverbial clause
            if c.dep_ in ("acl", "ccomp", "xcomp") and (
                (self.doc[c.left_edge.i].lower_ == "that" and act in ("statement", "belief"))
                or any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            ):
                return c
            if (
                c.dep_ == "prep"
                and c.lower_ in NOUN_PREPS
                and not (c.lower_ == "to" and act == "statement")  # "the case to voters"
                and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
            ):
                return c
        return None

    def _in_view(self, t: Token) -> Draft | None:
        """ "In his view, the deal is dead", "In the mayor's words, …", "In the new poll,
        Clinton led Trump by 5 points", "Trump fared well in online polls": a clause attributed
        by an "in" phrase to the possessor of a view or words, or to the record it appears in."""
        doc = self.doc
        verb = t.head
        pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if pobj is None or t.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
            return None
        noun = pobj.lemma_.lower()
        if noun in VIEW_NOUNS or (noun == "word" and pobj.lower_ == "words"):
            source = next((c for c in pobj.children if c.dep_ == "poss"), None)
            if source is None:  # "in the eyes of many voters", "in the words of one engineer"
                of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                source = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
            act = "belief" if noun in VIEW_NOUNS else "statement"
        elif noun in IN_SOURCE_NOUNS and pobj.tag_ in ("NN", "NNS"):
            source, act = pobj, "statement"
        else:
            return None
        low = verb.lemma_.lower()
        if (
            source is None
            or source.lower_ in ("my", "our", "your")
            or low in REPORTING_VERBS
            or low in TAKING_PART_VERBS
            or low in FRAME_VERB_LEMMAS
            or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        ):
            return None  # a cue of its own reports the clause; "voted in the poll" takes part
        if t.i < verb.i:
            start_i, end_i = t.right_edge.i + 1, verb.right_edge.i  # "In the poll, X led …"
        elif t.right_edge.i >= verb.right_edge.i - 1:
            start_i, end_i = verb.left_edge.i, t.i - 1  # "… X fared well in online polls."
        else:
            return None  # a phrase inside the clause: what the clause says is not the poll's
        if start_i > end_i or not any(
            doc[k].dep_ in ("nsubj", "nsubjpass", "expl") for k in range(start_i, end_i + 1)
        ):
            return None
        span = self._content(start_i, end_i, verb)
        if span is None or len(self.text[span[0] : span[1]].split()) < 3:
            return None
        return self._record(span, t.i, pobj.i, t.i, source.i, act)
