// The filter bar: the same filters as the API, read from and written to the URL.

import { h } from "./dom";
import { FILTERS, type FilterName, type Filters, currentFilters, navigate } from "./state";

const TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const STATUSES = ["asserted", "claimed", "negated", "hypothetical", "future"];
const QUADS = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];

export const CHOICES: Partial<Record<FilterName, string[]>> = { type: TYPES, status: STATUSES, quad: QUADS };

/** The form; `applies` lists the filters this page's data takes. */
export function filterBar(applies: readonly FilterName[], typeChoices?: string[]): HTMLElement {
  const f = currentFilters();
  const fields: HTMLElement[] = [];
  for (const name of FILTERS) {
    if (!applies.includes(name)) continue;
    const choices = name === "type" && typeChoices ? typeChoices : CHOICES[name];
    let input: HTMLElement;
    if (choices) {
      input = h("select", { name, "data-filter": name },
        h("option", { value: "" }, `any ${name}`),
        choices.map((c) => h("option", { value: c, selected: f[name] === c }, c)));
    } else {
      const type = name === "since" || name === "until" ? "date" : name === "min_corroboration" ? "number" : "text";
      input = h("input", { name, type, value: f[name] ?? "", placeholder: name.replace("_", " "), "data-filter": name, min: type === "number" ? 0 : null });
    }
    fields.push(h("label", { class: "field" }, h("span", {}, name.replace("_", " ")), input));
  }
  const form = h("form", { class: "filters", role: "search" }, fields,
    h("button", { type: "submit" }, "Apply"),
    h("button", { type: "button", class: "secondary", onclick: () => navigate(location.pathname) }, "Clear"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const changes: Record<string, string | undefined> = { cursor: undefined };
    form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[data-filter]").forEach((el) => {
      changes[el.name] = el.value.trim() || undefined;
    });
    navigate(null, changes);
  });
  return form;
}

/** Removable chips naming the filters in force. */
export function chips(f: Filters): HTMLElement {
  const entries = Object.entries(f);
  return h("div", { class: "chips" },
    entries.length === 0 ? h("span", { class: "muted" }, "No filters: everything in the store.") : null,
    entries.map(([k, v]) => h("button", { class: "chip", type: "button", title: `remove ${k}`, "data-chip": k,
      onclick: () => navigate(null, { [k]: undefined }) }, `${k}: ${v} ×`)));
}
