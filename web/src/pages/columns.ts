// The columns of each table.

import type { Item } from "../api";
import { h, link } from "../dom";
import type { Column } from "../table";
import { names } from "../table";

const article = (id: string, label: string) => link(`/articles/${encodeURIComponent(id)}`, label);

export function eventColumns(): Column[] {
  return [
    { key: "date", label: "Date", sort: "date", cell: (e) => e.date ?? "—" },
    { key: "type", label: "Type", sort: "type", cell: (e) => `${e.event_type}${e.mode ? ` (${e.mode})` : ""}` },
    { key: "actors", label: "Actors", cell: (e) => names(e.actors) },
    { key: "recipients", label: "Recipients", cell: (e) => names(e.recipients) },
    { key: "where", label: "Where", cell: (e) => e.location?.name ?? "" },
    { key: "status", label: "Status", sort: "status", cell: (e) => e.status + (e.claimed_by ? ` by ${e.claimed_by.name}` : "") },
    { key: "sentence", label: "Sentence", cell: (e) => article(e.article_id, e.sentence) },
    { key: "outlet", label: "Outlet", sort: "outlet", cell: (e) => e.outlet ?? "" },
  ];
}

export function quoteColumns(): Column[] {
  return [
    { key: "published", label: "Published", sort: "published", cell: (q) => q.published ?? "—" },
    { key: "speaker", label: "Speaker", sort: "speaker", cell: (q) => q.speaker ? link(`/actors/${encodeURIComponent(q.speaker.id)}`, q.speaker.name) : q.speaker_text ?? "" },
    { key: "type", label: "Type", sort: "type", cell: (q) => q.type },
    { key: "cue", label: "Cue", sort: "cue", cell: (q) => q.cue ?? "" },
    { key: "text", label: "Text", cell: (q) => article(q.article_id, q.text) },
    { key: "outlet", label: "Outlet", sort: "outlet", cell: (q) => q.outlet ?? "" },
  ];
}

export function incidentColumns(): Column[] {
  return [
    { key: "date", label: "Date", sort: "date", cell: (i) => i.date ?? "—" },
    { key: "type", label: "Type", sort: "type", cell: (i) => link(`/incidents/${encodeURIComponent(i.id)}`, `${i.event_type}${i.mode ? ` (${i.mode})` : ""}`) },
    { key: "actors", label: "Actors", cell: (i) => names(i.actors) },
    { key: "recipients", label: "Recipients", cell: (i) => names(i.recipients) },
    { key: "where", label: "Where", cell: (i) => i.location?.name ?? "" },
    { key: "reports", label: "Reports", sort: "reports", cell: (i) => String(i.events.length) },
    { key: "corroboration", label: "Outlets", sort: "corroboration", cell: (i) => `${i.corroboration}: ${(i.outlets as string[]).join(", ")}` },
  ];
}

export function actorColumns(): Column[] {
  return [
    { key: "name", label: "Name", sort: "name", cell: (a) => link(`/actors/${encodeURIComponent(a.id)}`, a.name) },
    { key: "type", label: "Type", sort: "type", cell: (a) => a.type ?? "" },
    { key: "country", label: "Country", sort: "country", cell: (a) => a.country ?? "" },
    { key: "sectors", label: "Sectors", cell: (a) => (a.sectors as string[]).join(" ") },
    { key: "mentions", label: "Mentions", sort: "mentions", cell: (a) => String(a.mentions) },
    { key: "articles", label: "Articles", sort: "articles", cell: (a) => String(a.articles) },
  ];
}

export function articleColumns(): Column[] {
  return [
    { key: "published", label: "Published", sort: "published", cell: (a) => a.published ?? "—" },
    { key: "title", label: "Title", sort: "title", cell: (a: Item) => article(a.id, a.title ?? "(untitled)") },
    { key: "outlet", label: "Outlet", sort: "outlet", cell: (a) => a.outlet ?? "" },
    { key: "language", label: "Language", sort: "language", cell: (a) => a.language ?? "" },
    { key: "source", label: "Source", cell: (a) => h("code", {}, a.source) },
  ];
}
