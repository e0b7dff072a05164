// One incident: its reports side by side, outlet by outlet, and the claims
// ledger (who asserts, claims, denies or speculates about it).

import { get, type Item } from "../api";
import { h, link } from "../dom";
import { names } from "../table";

export async function incidentPage(root: HTMLElement, id: string): Promise<void> {
  const i = await get(`incidents/${encodeURIComponent(id)}`);
  const byOutlet = new Map<string, Item[]>();
  for (const r of i.reports as Item[]) {
    const key = r.outlet ?? "(no outlet)";
    byOutlet.set(key, [...(byOutlet.get(key) ?? []), r]);
  }
  const s = i.statuses;
  root.replaceChildren(
    h("h1", {}, `${i.event_type}${i.mode ? ` (${i.mode})` : ""}: ${names(i.actors) || "?"} → ${names(i.recipients) || "?"}`),
    h("p", { class: "meta" }, [
      i.date ? `${i.date} (${i.date_precision})` : "undated",
      i.location ? `${i.location.name}` : "no place",
      `${i.events.length} report(s) in ${i.articles.length} article(s)`,
      `corroborated by ${i.corroboration} independent outlet(s)`,
      `asserted ${s.asserted}, claimed ${s.claimed}, negated ${s.negated}, hypothetical ${s.hypothetical}, future ${s.future}`,
    ].join(" · ")),
    h("h2", {}, "Reports side by side"),
    h("div", { class: "reports", "data-reports": "" }, [...byOutlet.entries()].map(([outlet, reports]) =>
      h("section", { class: "report-col" }, h("h3", {}, outlet),
        reports.map((r) => h("div", { class: "report", "data-report": r.id },
          h("p", { class: "meta" }, `${r.published ?? "undated"} · ${r.status}${r.claimed_by ? ` by ${r.claimed_by.name}` : ""}`),
          h("p", {}, link(`/articles/${encodeURIComponent(r.article_id)}`, r.title ?? "(untitled)")),
          h("blockquote", {}, r.sentence)))))),
    h("h2", {}, "Claims ledger"),
    h("table", { class: "ledger", "data-ledger": "" },
      h("thead", {}, h("tr", {}, ["Published", "Outlet", "Who", "Stance", "What they say"].map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, (i.ledger as Item[]).map((e) => h("tr", { class: `stance-${e.stance}` },
        h("td", {}, e.published ?? "—"), h("td", {}, e.outlet ?? ""),
        h("td", {}, e.by ? link(`/actors/${encodeURIComponent(e.by.id)}`, e.by_text) : e.by_text),
        h("td", {}, e.stance), h("td", {}, (e.quote ?? e.sentence).trim()))))),
  );
}
