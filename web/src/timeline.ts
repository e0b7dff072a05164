// The timeline: events per month as bars, with a brush. Dragging across it sets
// since/until in the URL, which re-filters every panel of the page.

import { get } from "./api";
import { h, s, clear } from "./dom";
import { navigate, type Filters } from "./state";

const W = 640;
const H = 120;
const PAD = 24;

function monthEnd(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
  return end.toISOString().slice(0, 10);
}

export async function timeline(f: Filters): Promise<HTMLElement> {
  // The timeline shows the whole span under the other filters, with the brushed
  // period marked, so the brush can be widened again.
  const { since, until, ...rest } = f;
  const data = await get("timeline", { ...rest, period: "month" });
  const totals = new Map<string, number>();
  for (const c of data.counts) totals.set(c.period, (totals.get(c.period) ?? 0) + c.count);
  const periods = [...totals.keys()].sort();
  const box = h("section", { class: "panel timeline", "data-panel": "timeline" },
    h("h2", {}, "Timeline"),
    h("p", { class: "muted" }, `Dated events per month (${data.undated} undated not shown). Drag across the bars to filter by time.`));
  if (periods.length === 0) {
    box.appendChild(h("p", {}, "No dated events."));
    return box;
  }
  // Continuous months from first to last.
  const months: string[] = [];
  const first = new Date(`${periods[0]}T00:00:00Z`);
  const last = new Date(`${periods[periods.length - 1]}T00:00:00Z`);
  for (let d = first; d <= last; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) {
    months.push(d.toISOString().slice(0, 10));
  }
  const max = Math.max(...totals.values());
  const bw = (W - 2 * PAD) / months.length;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "timeline-svg", role: "img", "aria-label": "events per month" });
  months.forEach((m, i) => {
    const n = totals.get(m) ?? 0;
    const bh = n ? Math.max(2, ((H - 2 * PAD) * n) / max) : 0;
    const inside = (!since || monthEnd(m) >= since) && (!until || m <= until);
    svg.appendChild(s("rect", { x: PAD + i * bw + 0.5, y: H - PAD - bh, width: Math.max(1, bw - 1), height: bh,
      class: inside ? "bar" : "bar out", "data-month": m }, s("title", {}, `${m.slice(0, 7)}: ${n}`)));
  });
  svg.appendChild(s("text", { x: PAD, y: H - 6, "font-size": 11 }, months[0].slice(0, 7)));
  svg.appendChild(s("text", { x: W - PAD, y: H - 6, "font-size": 11, "text-anchor": "end" }, months[months.length - 1].slice(0, 7)));
  const brush = s("rect", { class: "brush", x: 0, y: PAD / 2, width: 0, height: H - PAD * 1.5 });
  svg.appendChild(brush);
  const toX = (ev: PointerEvent): number => {
    const r = svg.getBoundingClientRect();
    return Math.min(W - PAD, Math.max(PAD, ((ev.clientX - r.left) / r.width) * W));
  };
  const monthAt = (x: number): number => Math.min(months.length - 1, Math.max(0, Math.floor((x - PAD) / bw)));
  let start: number | null = null;
  svg.addEventListener("pointerdown", (ev) => {
    start = toX(ev);
    svg.setPointerCapture(ev.pointerId);
    brush.setAttribute("x", String(start));
    brush.setAttribute("width", "0");
  });
  svg.addEventListener("pointermove", (ev) => {
    if (start === null) return;
    const x = toX(ev);
    brush.setAttribute("x", String(Math.min(start, x)));
    brush.setAttribute("width", String(Math.abs(x - start)));
  });
  svg.addEventListener("pointerup", (ev) => {
    if (start === null) return;
    const x = toX(ev);
    const a = monthAt(Math.min(start, x));
    const b = monthAt(Math.max(start, x));
    start = null;
    navigate(null, { since: months[a], until: monthEnd(months[b]), cursor: undefined });
  });
  const note = h("p", { class: "brushed" });
  if (since || until) {
    clear(note, `Showing ${since ?? "…"} to ${until ?? "…"} `,
      h("button", { type: "button", class: "secondary", "data-clear-brush": "", onclick: () => navigate(null, { since: undefined, until: undefined }) }, "Clear time filter"));
  }
  box.append(svg, note);
  return box;
}
