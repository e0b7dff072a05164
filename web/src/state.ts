// The view's state lives in the URL: the path says which page, the query string
// holds the filters (the API's own names), so every view is a permalink.

export const FILTERS = [
  "actor",
  "type",
  "quad",
  "country",
  "status",
  "outlet",
  "since",
  "until",
  "search",
  "min_corroboration",
] as const;
export type FilterName = (typeof FILTERS)[number];
export type Filters = Partial<Record<FilterName, string>>;

export function currentFilters(): Filters {
  const params = new URLSearchParams(location.search);
  const out: Filters = {};
  for (const name of FILTERS) {
    const v = params.get(name);
    if (v) out[name] = v;
  }
  return out;
}

export function param(name: string): string | undefined {
  return new URLSearchParams(location.search).get(name) ?? undefined;
}

/** Go to `path` with `changes` applied to the query string (undefined removes). */
export function navigate(path: string | null, changes: Record<string, string | undefined> = {}, replace = false): void {
  const params = new URLSearchParams(path === null ? location.search : "");
  if (path === null) {
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === "") params.delete(k);
      else params.set(k, v);
    }
  } else {
    const [p, q] = path.split("?");
    new URLSearchParams(q ?? "").forEach((v, k) => params.set(k, v));
    path = p;
    for (const [k, v] of Object.entries(changes)) if (v) params.set(k, v);
  }
  const q = params.toString();
  const url = `${path ?? location.pathname}${q ? `?${q}` : ""}`;
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  window.dispatchEvent(new Event("annalyst:navigate"));
}

export function withFilters(path: string, f: Filters, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...extra })) if (v) params.set(k, v);
  const q = params.toString();
  return `${path}${q ? `?${q}` : ""}`;
}
