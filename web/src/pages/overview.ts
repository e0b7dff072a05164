// Overview: facets with counts, the brushable timeline, the map, the actor
// network and the first events, all under the filters in the URL.

import { get, type Item } from "../api";
import { h, link } from "../dom";
import { chips, filterBar } from "../filterbar";
import { map } from "../map";
import { network } from "../network";
import { currentFilters, navigate, withFilters, type Filters } from "../state";
import { dataTable } from "../table";
import { timeline } from "../timeline";
import { eventColumns } from "./columns";

const FACET_LABELS: Record<string, string> = {
  type: "Event type", quad: "Quad class", status: "Status", actor: "Actor", country: "Country", outlet: "Outlet",
};

function facets(stats: Item, f: Filters): HTMLElement {
  return h("section", { class: "panel facets", "data-panel": "facets" }, h("h2", {}, "Facets"),
    h("p", { class: "muted" }, `${stats.events} of ${stats.totals.events} events match; ${stats.totals.articles} articles, ${stats.totals.incidents} incidents in the store.`),
    Object.entries(stats.facets as Record<string, Item[]>).map(([name, values]) => h("div", { class: "facet", "data-facet": name },
      h("h3", {}, FACET_LABELS[name] ?? name),
      values.length === 0 ? h("p", { class: "muted" }, "none") : null,
      h("ul", {}, values.map((v) => {
        const active = (f as Record<string, string | undefined>)[name] === String(v.value);
        return h("li", { class: active ? "active" : "" },
          h("button", { type: "button", class: "linkish", "data-value": String(v.value),
            onclick: () => navigate(null, { [name]: active ? undefined : String(v.value), cursor: undefined }) },
            String(v.label ?? v.value)),
          h("span", { class: "n" }, String(v.count)));
      })))));
}

export async function overview(root: HTMLElement): Promise<void> {
  const f = currentFilters();
  const stats = await get("stats", { ...f });
  const [line, where, net, table] = await Promise.all([
    timeline(f),
    map(f),
    network(f),
    dataTable("events", f, eventColumns(), { limit: 15, sortable: false, caption: "Events" }),
  ]);
  root.replaceChildren(
    h("h1", {}, "Overview"),
    chips(f),
    h("div", { class: "overview" },
      facets(stats, f),
      h("div", { class: "main-col" }, line, where, h("section", { class: "panel", "data-panel": "events" }, table,
        link(withFilters("/events", f), "All events as a table →"))),
      net),
    h("details", { class: "more-filters" }, h("summary", {}, "More filters"), filterBar(["actor", "type", "quad", "country", "status", "outlet", "since", "until", "search", "min_corroboration"])),
  );
}
