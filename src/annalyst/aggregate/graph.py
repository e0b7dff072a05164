"""The actor network of a set of incidents.

Nodes are actors (canonical ids) with their name, type, country and sectors.
A directed edge runs from each actor of an incident to each of its recipients;
it counts incidents, not reports, split by quad class, and its `sign` says
whether cooperation (+1) or conflict (-1) dominates, with the first and last
date the two met. Graph files are written by networkx, so they are what Gephi,
Cytoscape and igraph expect.
"""

from __future__ import annotations

import io
import json
from collections import Counter
from functools import lru_cache
from typing import Any

import networkx as nx

from annalyst.schema import ActorRef, Incident

GRAPH_FORMATS = ("gexf", "graphml", "json")


@lru_cache(maxsize=1)
def _quads() -> dict[str, str]:
    from annalyst.knowledge.events import PLOVER_TYPES, load_ontology

    ontology = load_ontology()
    return {t: ontology.quad(t) for t in PLOVER_TYPES}


def quad_of(event_type: str) -> str | None:
    return _quads().get(event_type)


def _node(graph: Any, ref: ActorRef) -> None:
    if ref.id not in graph:
        graph.add_node(
            ref.id, label=ref.name, type=ref.type, country=ref.country or "",
            sectors=" ".join(ref.sectors), incidents=0,
        )  # fmt: skip


def actor_graph(incidents: list[Incident]) -> Any:
    """A networkx DiGraph of who acts on whom, weighted by incidents."""
    graph = nx.DiGraph()
    for incident in incidents:
        quad = quad_of(incident.event_type) or ""
        for ref in [*incident.actors, *incident.recipients]:
            _node(graph, ref)
            graph.nodes[ref.id]["incidents"] += 1
        for source in incident.actors:
            for target in incident.recipients:
                if source.id == target.id:
                    continue
                if not graph.has_edge(source.id, target.id):
                    graph.add_edge(
                        source.id, target.id, weight=0, cooperation=0, conflict=0, sign=0,
                        first="", last="", types="",
                    )  # fmt: skip
                edge = graph.edges[source.id, target.id]
                edge["weight"] += 1
                if quad.endswith("cooperation"):
                    edge["cooperation"] += 1
                elif quad.endswith("conflict"):
                    edge["conflict"] += 1
                net = edge["cooperation"] - edge["conflict"]
                edge["sign"] = (net > 0) - (net < 0)
                if incident.date:
                    edge["first"] = min(edge["first"] or incident.date, incident.date)
                    edge["last"] = max(edge["last"], incident.date)
                types = Counter(dict.fromkeys(edge["types"].split(), 0))
                types[incident.event_type] += 1
                edge["types"] = " ".join(sorted(types))
    return graph


def write_graph(graph: Any, fmt: str) -> bytes:
    """The graph as a GEXF, GraphML or node-link JSON document."""
    if fmt == "json":
        data = nx.node_link_data(graph, edges="edges")
        return (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode()
    buffer = io.BytesIO()
    if fmt == "gexf":
        nx.write_gexf(graph, buffer)
    elif fmt == "graphml":
        nx.write_graphml(graph, buffer)
    else:
        raise ValueError(f"unknown graph format {fmt!r}; choose from {', '.join(GRAPH_FORMATS)}")
    return buffer.getvalue()
