// The table pages: events, quotes, incidents, actors and articles, with the
// filters that apply to each, sorting and export.

import { h } from "../dom";
import { chips, filterBar } from "../filterbar";
import { currentFilters, param, type FilterName, type Filters } from "../state";
import { dataTable, exportLinks, type Column } from "../table";
import { actorColumns, articleColumns, eventColumns, incidentColumns, quoteColumns } from "./columns";

interface TablePage {
  title: string;
  endpoint: string;
  filters: readonly FilterName[];
  types?: string[];
  columns: () => Column[];
}

const EVENT_FILTERS: FilterName[] = ["actor", "type", "quad", "country", "status", "outlet", "since", "until", "search", "min_corroboration"];

export const TABLES: Record<string, TablePage> = {
  events: { title: "Events", endpoint: "events", filters: EVENT_FILTERS, columns: eventColumns },
  quotes: { title: "Quotes", endpoint: "quotes", filters: ["actor", "type", "country", "outlet", "since", "until", "search"], types: ["direct", "indirect", "mixed"], columns: quoteColumns },
  incidents: { title: "Incidents", endpoint: "incidents", filters: EVENT_FILTERS, columns: incidentColumns },
  actors: { title: "Actors", endpoint: "actors", filters: ["actor", "type", "country", "outlet", "since", "until", "search"], types: ["person", "organization", "state", "group"], columns: actorColumns },
  articles: { title: "Articles", endpoint: "articles", filters: ["actor", "type", "country", "outlet", "since", "until", "search"], columns: articleColumns },
};

function applicable(f: Filters, names: readonly FilterName[]): Filters {
  const out: Filters = {};
  for (const n of names) if (f[n]) out[n] = f[n];
  return out;
}

export async function tablePage(root: HTMLElement, name: string): Promise<void> {
  const page = TABLES[name];
  const f = applicable(currentFilters(), page.filters);
  const table = await dataTable(page.endpoint, f, page.columns());
  root.replaceChildren(
    h("h1", {}, page.title),
    filterBar(page.filters, page.types),
    chips(f),
    exportLinks(page.endpoint, f, param("sort")),
    table,
  );
}
