// Sortable tables over a list endpoint, paged with the API's cursor.

import { get, apiUrl, token, type Item } from "./api";
import { h, clear, type Child } from "./dom";
import { param, navigate, type Filters } from "./state";

export interface Column {
  key: string;
  label: string;
  sort?: string; // the API's sort key, when the column sorts
  cell: (item: Item) => Child;
}

export function exportLinks(endpoint: string, f: Filters, sort?: string): HTMLElement {
  const formats = ["csv", "jsonl", "parquet"];
  return h("div", { class: "exports" }, "Export every matching row: ",
    formats.map((fmt) => h("a", { href: apiUrl(endpoint, { ...f, sort, format: fmt }), download: `annalyst-${endpoint}.${fmt}`, "data-export": fmt, class: "button" }, fmt.toUpperCase())),
    token() ? h("span", { class: "muted" }, " (downloads need the token in a header: use curl)") : null);
}

/** A table of `endpoint` under `f`; sorting writes `sort` into the URL. */
export async function dataTable(endpoint: string, f: Filters, columns: Column[], opts: { limit?: number; sortable?: boolean; caption?: string } = {}): Promise<HTMLElement> {
  const sort = param("sort");
  const limit = opts.limit ?? 50;
  const body = h("tbody");
  const head = h("tr", {}, columns.map((c) => {
    if (!c.sort || opts.sortable === false) return h("th", { scope: "col" }, c.label);
    const active = sort === c.sort ? " ▲" : sort === `-${c.sort}` ? " ▼" : "";
    return h("th", { scope: "col", class: "sortable", "data-sort": c.sort,
      onclick: () => navigate(null, { sort: sort === c.sort ? `-${c.sort}` : c.sort }) }, c.label + active);
  }));
  const count = h("p", { class: "count" });
  const more = h("button", { type: "button", class: "secondary" }, "More");
  const wrap = h("div", { class: "table-wrap", "data-table": endpoint },
    opts.caption ? h("h3", {}, opts.caption) : null, count,
    h("table", {}, h("thead", {}, head), body), more);
  let cursor: string | undefined;
  let shown = 0;
  async function load(): Promise<void> {
    const page = await get(endpoint, { ...f, sort, limit, cursor });
    for (const item of page.items as Item[]) {
      body.appendChild(h("tr", {}, columns.map((c) => h("td", { "data-col": c.key }, c.cell(item)))));
    }
    shown += page.items.length;
    clear(count, `${shown} of ${page.total} shown`);
    cursor = page.next_cursor ?? undefined;
    more.hidden = !cursor;
  }
  more.addEventListener("click", () => void load());
  await load();
  return wrap;
}

export function names(refs: Item[] | null | undefined): string {
  return (refs ?? []).map((r) => r.name).join(", ");
}
