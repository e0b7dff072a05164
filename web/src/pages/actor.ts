// One actor: what the store knows of it, its partners, its events.

import { get, type Item } from "../api";
import { h, link } from "../dom";
import { dataTable } from "../table";
import { withFilters } from "../state";
import { eventColumns } from "./columns";

export async function actorPage(root: HTMLElement, id: string): Promise<void> {
  const a = await get(`actors/${encodeURIComponent(id)}`);
  const events = await dataTable("events", { actor: id }, eventColumns(), { limit: 25, sortable: false, caption: "Events" });
  root.replaceChildren(
    h("h1", {}, a.name),
    h("p", { class: "meta" }, [a.id, a.type ?? "", a.country ?? "", (a.sectors as string[]).join(" ")].filter(Boolean).join(" · ")),
    h("p", {}, `${a.mentions} mention(s) in ${a.articles} article(s); actor in ${a.events_as_actor} event(s), recipient in ${a.events_as_recipient}; ${a.quotes} quote(s).`),
    h("p", {}, link(withFilters("/", { actor: id }), "Overview filtered by this actor →")),
    h("h2", {}, "Partners"),
    h("ul", {}, (a.partners as Item[]).map((p) => h("li", {},
      link(`/actors/${encodeURIComponent(p.source === id ? p.target : p.source)}`, p.source === id ? p.target_label : p.source_label),
      ` — ${p.source === id ? "acted on" : "acted on it"} ${p.weight} time(s): ${p.conflict} conflict, ${p.cooperation} cooperation`))),
    events,
  );
}
