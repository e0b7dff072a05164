"""The event ontology (PLOVER types and modes, CAMEO codes) and the event lexicon.

Three packaged YAML files under ``knowledge/data/`` hold the data:

``plover.yaml``
    The sixteen PLOVER event types with their quad class, definition, default
    intensity and CAMEO code, and their modes (each with its own definition, default
    CAMEO code and intensity); plus the older type names (``DEMAND``, ``DISAPPROVE``,
    ``INVESTIGATE``, ``FIGHT`` ...) and what they became.
``cameo.yaml``
    The CAMEO codes: the twenty roots and their sub-codes, each with its name, root,
    CAMEO quad class, Goldstein-style weight and the PLOVER type and mode it maps to.
``events.yaml``
    The event lexicon: trigger words (verbs, nominalisations, multi-word phrases and
    light-verb constructions) with the PLOVER type, mode and CAMEO code they signal,
    and the conditions under which they do (see the file's header for the format).

Everything is validated when loaded; every problem is reported as
``<file>:<line>: <entry>: <field>: <reason>`` and all problems of a load are raised
together in one :class:`EventKnowledgeError`.

Typical use::

    onto = load_ontology()
    onto.quad("ASSAULT")                       # 'material_conflict'
    onto.intensity("ASSAULT", "drone")         # -9.5
    onto.cameo_for("CONSULT", "visit")         # '042'
    onto.cameo_for("REQUEST", "yield", within="02")   # '025' (appeal, not demand)
    onto.plover_for_cameo("1952")              # ('ASSAULT', 'drone')
    onto.resolve("INVESTIGATE")                # ('ACCUSE', 'investigate')

    lex = load_lexicon()
    lex.by_lemma("strike", "NOUN")             # candidate triggers, most specific first
    for trigger in lex.match_token(token):     # a spaCy token: requirements checked,
        ...                                    # mode refined from a named weapon

The lexicon also exports spaCy patterns: :meth:`EventLexicon.phrases` for the
``Matcher`` (fixed phrases, "drone strike", "pull out", "carried out an attack") and
:meth:`EventLexicon.dependency_patterns` for the ``DependencyMatcher``. Patterns only
encode the structural requirements; :meth:`Trigger.accepts` with a
:class:`TriggerContext` (built by hand or from a token) is the reference semantics of
every requirement. Nothing here decides an event's actors, status, date or place: that
is the extractor's job.

Where each decision lives
    ``models.py`` (types, modes, CAMEO codes), ``ontology.py`` (lookups),
    ``ontology_files.py`` (reading and checking plover.yaml / cameo.yaml),
    ``requirements.py`` and ``context.py`` (a trigger's conditions and the parse
    around a token), ``trigger.py`` (an entry and its ``accepts``), ``lexicon.py``
    (lookups and matching), ``patterns.py`` (spaCy patterns), ``lexicon_files.py`` and
    ``lexicon_build.py`` (reading and checking events.yaml), ``loading.py`` (the cached
    loaders), ``yamlfile.py`` and ``errors.py`` (line-numbered problems).
"""

from __future__ import annotations

from annalyst.knowledge.events.context import TriggerContext
from annalyst.knowledge.events.errors import EventKnowledgeError, UnknownEventTerm
from annalyst.knowledge.events.lexicon import EventLexicon
from annalyst.knowledge.events.lexicon_build import POS_TAGS as POS_TAGS
from annalyst.knowledge.events.loading import data_dir as data_dir
from annalyst.knowledge.events.loading import load_lexicon, load_ontology
from annalyst.knowledge.events.models import (
    PLOVER_TYPES,
    QUADS,
    CameoCode,
    EventType,
    LegacyName,
    Mode,
    Quad,
)
from annalyst.knowledge.events.models import Origin as Origin
from annalyst.knowledge.events.models import Recipient as Recipient
from annalyst.knowledge.events.models import cameo_quad as cameo_quad
from annalyst.knowledge.events.ontology import EventOntology
from annalyst.knowledge.events.patterns import PhrasePattern
from annalyst.knowledge.events.requirements import Number as Number
from annalyst.knowledge.events.requirements import Requires
from annalyst.knowledge.events.trigger import Instrument, Trigger

__all__ = [
    "PLOVER_TYPES",
    "QUADS",
    "CameoCode",
    "EventKnowledgeError",
    "EventLexicon",
    "EventOntology",
    "EventType",
    "Instrument",
    "LegacyName",
    "Mode",
    "PhrasePattern",
    "Quad",
    "Requires",
    "Trigger",
    "TriggerContext",
    "UnknownEventTerm",
    "load_lexicon",
    "load_ontology",
]
