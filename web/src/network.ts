// The actor network: who acts on whom, laid out with ForceAtlas2 (graphology)
// and drawn by sigma.js where WebGL is available, else as SVG. Clicking an actor
// filters every panel by it.

import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import { get, type Item } from "./api";
import { h, s, onLeave, whenAttached } from "./dom";
import { navigate, type Filters } from "./state";

function webglAvailable(): boolean {
  try {
    const canvas = document.createElement("canvas");
    return Boolean(canvas.getContext("webgl2") ?? canvas.getContext("webgl"));
  } catch {
    return false;
  }
}

function colour(conflict: number, total: number): string {
  return conflict * 2 >= total ? "#c0392b" : "#27ae60";
}

export async function network(f: Filters): Promise<HTMLElement> {
  const data = await get("graph", { ...f, limit: 80 });
  const box = h("section", { class: "panel network", "data-panel": "network" },
    h("h2", {}, "Actor network"),
    h("p", { class: "muted" }, `${data.nodes.length} actors, ${data.edges.length} of ${data.total_edges} links (red: conflict, green: cooperation). Click an actor to filter.`));
  if (data.nodes.length === 0) {
    box.appendChild(h("p", {}, "No actor acts on another under these filters."));
    return box;
  }
  const graph = new Graph({ multi: false, type: "directed" });
  data.nodes.forEach((n: Item, i: number) => {
    const angle = (2 * Math.PI * i) / data.nodes.length;
    graph.addNode(n.id, { label: n.label, x: Math.cos(angle), y: Math.sin(angle), size: 4 + Math.min(12, Math.sqrt(n.events) * 2), color: "#34495e" });
  });
  for (const e of data.edges as Item[]) {
    if (!graph.hasEdge(e.source, e.target)) {
      graph.addDirectedEdge(e.source, e.target, { size: 1 + Math.min(5, e.weight), color: colour(e.conflict, e.weight), weight: e.weight });
    }
  }
  forceAtlas2.assign(graph, { iterations: 150, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: false } });
  const holder = h("div", { class: "graph", "data-graph": "" });
  box.appendChild(holder);
  const pick = (id: string): void => navigate(null, { actor: id, cursor: undefined });
  if (webglAvailable()) {
    whenAttached(holder, () => {
      try {
        const renderer = new Sigma(graph, holder, { renderEdgeLabels: false, defaultEdgeType: "arrow", labelRenderedSizeThreshold: 6, allowInvalidContainer: true });
        onLeave(() => renderer.kill());
        renderer.on("clickNode", ({ node }) => pick(node));
        holder.dataset.renderer = "sigma";
      } catch {
        holder.replaceChildren(svgGraph(graph, pick));
      }
    });
  } else {
    holder.appendChild(svgGraph(graph, pick));
  }
  // A keyboard- and test-friendly list of the same actors.
  box.appendChild(h("details", {}, h("summary", {}, "Actors in the network"),
    h("ul", { class: "actor-list" }, data.nodes.map((n: Item) => h("li", {},
      h("button", { type: "button", class: "linkish", "data-actor": n.id, onclick: () => pick(n.id) }, `${n.label} (${n.events})`))))));
  return box;
}

function svgGraph(graph: Graph, pick: (id: string) => void): SVGElement {
  const W = 480;
  const H = 360;
  const xs: number[] = [];
  const ys: number[] = [];
  graph.forEachNode((_n, a) => { xs.push(a.x); ys.push(a.y); });
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const px = (x: number): number => 30 + ((x - x0) / (x1 - x0 || 1)) * (W - 60);
  const py = (y: number): number => 20 + ((y - y0) / (y1 - y0 || 1)) * (H - 40);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "graph-svg", role: "img", "aria-label": "actor network" });
  graph.forEachEdge((_e, a, src, dst) => {
    const p = graph.getNodeAttributes(src);
    const q = graph.getNodeAttributes(dst);
    svg.appendChild(s("line", { x1: px(p.x), y1: py(p.y), x2: px(q.x), y2: py(q.y), stroke: a.color, "stroke-width": a.size, opacity: 0.6 }));
  });
  graph.forEachNode((id, a) => {
    const g = s("g", { class: "node", "data-node": id, tabindex: 0 },
      s("circle", { cx: px(a.x), cy: py(a.y), r: a.size, fill: a.color }),
      s("text", { x: px(a.x) + a.size + 2, y: py(a.y) + 4, "font-size": 10 }, a.label),
      s("title", {}, a.label));
    g.addEventListener("click", () => pick(id));
    svg.appendChild(g);
  });
  return svg;
}
