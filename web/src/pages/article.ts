// One article: its text with actors, places, quotes and event sentences
// highlighted by their offsets. Clicking an event shows its record and marks
// its sentence. The text is split into text nodes; nothing is parsed as HTML.

import { get, type Item } from "../api";
import { h, clear, link, safeHref } from "../dom";
import { names } from "../table";

interface Span {
  start: number;
  end: number;
  cls: string;
  title: string;
}

function spansOf(a: Item): Span[] {
  const spans: Span[] = [];
  for (const m of a.mentions as Item[]) {
    if (m.actor) spans.push({ start: m.start, end: m.end, cls: "hl-actor", title: `actor: ${m.actor.name} (${m.actor.id})` });
  }
  for (const p of a.places as Item[]) spans.push({ start: p.start, end: p.end, cls: "hl-place", title: `place: ${p.name}, ${p.country ?? ""} (${p.precision})` });
  for (const q of a.quotes as Item[]) spans.push({ start: q.start, end: q.end, cls: "hl-quote", title: `quote (${q.type}) by ${q.speaker?.name ?? q.speaker_text ?? "unknown"}` });
  for (const e of a.events as Item[]) spans.push({ start: e.sentence_start, end: e.sentence_start + e.sentence.length, cls: "hl-event", title: `event: ${e.event_type}` });
  return spans.filter((sp) => sp.start >= 0 && sp.end <= a.text.length && sp.start < sp.end);
}

/** The text as segments between every span boundary, each with the classes covering it. */
function renderText(text: string, spans: Span[], selected: [number, number] | null): HTMLElement {
  const cuts = new Set<number>([0, text.length]);
  for (const sp of spans) { cuts.add(sp.start); cuts.add(sp.end); }
  if (selected) { cuts.add(selected[0]); cuts.add(selected[1]); }
  const points = [...cuts].sort((x, y) => x - y);
  const out = h("div", { class: "article-text", "data-article-text": "" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = spans.filter((sp) => sp.start <= a && sp.end >= b);
    const classes = [...new Set(covering.map((sp) => sp.cls))];
    if (selected && selected[0] <= a && selected[1] >= b) classes.push("hl-selected");
    const piece = text.slice(a, b);
    if (classes.length === 0) out.appendChild(document.createTextNode(piece));
    else out.appendChild(h("span", { class: classes.join(" "), title: covering.map((c) => c.title).join("\n") }, piece));
  }
  return out;
}

function record(e: Item): HTMLElement {
  const rows: [string, string][] = [
    ["type", `${e.event_type} / ${e.mode ?? "—"} (${e.quad}, CAMEO ${e.cameo ?? "—"}, intensity ${e.intensity})`],
    ["trigger", e.trigger],
    ["actors", names(e.actors)],
    ["recipients", names(e.recipients)],
    ["date", e.date ? `${e.date} (${e.date_precision}; "${e.date_text ?? ""}")` : "no date in the text"],
    ["where", e.location ? `${e.location.name} (${e.location.lat}, ${e.location.lon})` : "—"],
    ["status", e.status + (e.claimed_by ? `, claimed by ${e.claimed_by.name}` : "")],
    ["confidence", String(e.confidence)],
    ["id", e.id],
  ];
  return h("table", { class: "record", "data-event-record": e.id }, h("tbody", {}, rows.map(([k, v]) => h("tr", {}, h("th", { scope: "row" }, k), h("td", {}, v)))));
}

export async function articlePage(root: HTMLElement, id: string): Promise<void> {
  const a = await get(`articles/${encodeURIComponent(id)}`);
  const spans = spansOf(a);
  const textBox = h("div", {});
  const recordBox = h("div", { class: "event-record" }, h("p", { class: "muted" }, "Click an event to see its record and its sentence."));
  const show = (selected: [number, number] | null): void => clear(textBox, renderText(a.text, spans, selected));
  show(null);
  const eventList = h("ol", { class: "event-list" }, (a.events as Item[]).map((e) => h("li", {},
    h("button", { type: "button", class: "linkish", "data-event": e.id, onclick: () => {
      show([e.sentence_start, e.sentence_start + e.sentence.length]);
      clear(recordBox, record(e));
      textBox.querySelector(".hl-selected")?.scrollIntoView({ block: "center" });
    } }, `${e.event_type}: ${e.trigger}`), ` — ${names(e.actors) || "?"} → ${names(e.recipients) || "?"}`)));
  const url = a.url ? safeHref(a.url) : "#";
  root.replaceChildren(
    h("article", { class: "article-page" },
      h("h1", { "data-title": "" }, a.title ?? "(untitled)"),
      h("p", { class: "meta" },
        [a.published ?? "undated", a.outlet ?? "no outlet", a.byline ?? (a.authors as string[]).join(", "), a.language ?? ""].filter(Boolean).join(" · "),
        " · ", h("code", {}, a.source),
        url !== "#" ? [" · ", h("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")] : a.url ? [" · ", h("span", { class: "muted", "data-unsafe-url": "" }, `address not linked: ${a.url}`)] : null),
      h("p", { class: "legend" }, h("span", { class: "hl-actor" }, "actor"), " ", h("span", { class: "hl-place" }, "place"), " ",
        h("span", { class: "hl-quote" }, "quote"), " ", h("span", { class: "hl-event" }, "event sentence"), " ", h("span", { class: "hl-selected" }, "selected event")),
      h("div", { class: "article-layout" },
        textBox,
        h("aside", {}, h("h2", {}, `Events (${a.events.length})`), eventList, recordBox,
          a.incidents.length ? [h("h2", {}, "Incidents"), h("ul", {}, (a.incidents as string[]).map((i) => h("li", {}, link(`/incidents/${encodeURIComponent(i)}`, i))))] : null,
          h("h2", {}, `Quotes (${a.quotes.length})`),
          h("ul", {}, (a.quotes as Item[]).map((q) => h("li", {}, h("strong", {}, q.speaker?.name ?? q.speaker_text ?? "unknown"), `: ${q.text}`)))))),
  );
}
