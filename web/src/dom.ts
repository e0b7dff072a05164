// Building DOM nodes. Every string from the store goes in as a text node or an
// attribute value set by name: nothing here parses HTML, so article text,
// titles and names can never become markup or script.

export type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

const SAFE_ATTRS = /^(class|id|title|role|type|value|placeholder|name|for|colspan|scope|tabindex|aria-[a-z-]+|data-[a-z-]+|disabled|checked|selected|download|min|max|step|width|height|viewBox|x|y|x1|x2|y1|y2|cx|cy|r|d|fill|stroke|stroke-width|transform|text-anchor|font-size|opacity|points|rel|target)$/;

function append(el: Element, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child) append(el, c);
  } else if (child instanceof Node) {
    el.appendChild(child);
  } else {
    el.appendChild(document.createTextNode(String(child)));
  }
}

function setAttrs(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") {
      el.addEventListener(name.replace(/^on/, ""), value);
    } else if (name === "href") {
      el.setAttribute("href", safeHref(String(value)));
    } else if (SAFE_ATTRS.test(name)) {
      el.setAttribute(name, value === true ? "" : String(value));
    } else {
      throw new Error(`attribute not allowed: ${name}`);
    }
  }
}

/** An href that cannot run script: our own paths, or http(s) addresses. */
export function safeHref(value: string): string {
  if (value.startsWith("/") && !value.startsWith("//")) return value;
  try {
    const url = new URL(value);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  } catch {
    // not a URL
  }
  return "#";
}

export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG = "http://www.w3.org/2000/svg";

export function s(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

export function clear(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** A link inside the app (handled by the router, works as a permalink). */
export function link(path: string, ...children: Child[]): HTMLElement {
  return h("a", { href: path, "data-nav": "" }, ...children);
}

/** Run `fn` once `el` is in the document (libraries that measure need that). */
export function whenAttached(el: Element, fn: () => void, tries = 600): void {
  if (el.isConnected) {
    fn();
  } else if (tries > 0) {
    requestAnimationFrame(() => whenAttached(el, fn, tries - 1));
  }
}

const leaving: (() => void)[] = [];

/** Register what to undo when the page is left (renderers, maps, listeners). */
export function onLeave(fn: () => void): void {
  leaving.push(fn);
}

export function leave(): void {
  for (const fn of leaving.splice(0)) {
    try {
      fn();
    } catch {
      // already gone
    }
  }
}
