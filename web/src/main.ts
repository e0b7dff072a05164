// The explorer's router: real paths with the History API; the query string
// holds the filters, so every view is a permalink and the back button works.

import "./style.css";
import { ApiError, setToken } from "./api";
import { h, leave } from "./dom";
import { actorPage } from "./pages/actor";
import { articlePage } from "./pages/article";
import { incidentPage } from "./pages/incident";
import { overview } from "./pages/overview";
import { TABLES, tablePage } from "./pages/tables";
import { navigate } from "./state";

const root = document.getElementById("app") as HTMLElement;
let generation = 0;

function tokenForm(): HTMLElement {
  const input = h("input", { type: "password", name: "token", placeholder: "token" }) as HTMLInputElement;
  const form = h("form", { class: "token-form" }, h("p", {}, "This server needs a token (annalyst serve --token)."), input, h("button", { type: "submit" }, "Use token"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    setToken(input.value.trim());
    void render();
  });
  return form;
}

async function render(): Promise<void> {
  const mine = ++generation;
  leave();
  const path = decodeURIComponent(location.pathname).replace(/\/+$/, "") || "/";
  const parts = path.split("/").filter(Boolean);
  document.querySelectorAll("header nav a").forEach((a) => {
    a.classList.toggle("current", a.getAttribute("href") === `/${parts[0] ?? ""}`);
  });
  const target = h("div", { class: "page", "data-page": parts[0] ?? "overview" }, h("p", { class: "loading" }, "Loading…"));
  root.replaceChildren(target);
  try {
    if (parts.length === 0) await overview(target);
    else if (parts.length === 1 && parts[0] in TABLES) await tablePage(target, parts[0]);
    else if (parts.length === 2 && parts[0] === "articles") await articlePage(target, parts[1]);
    else if (parts.length === 2 && parts[0] === "incidents") await incidentPage(target, parts[1]);
    else if (parts.length === 2 && parts[0] === "actors") await actorPage(target, parts[1]);
    else target.replaceChildren(h("h1", {}, "Not found"), h("p", {}, `Nothing at ${path}.`));
    document.title = `annalyst — ${target.querySelector("h1")?.textContent ?? "explorer"}`;
    if (mine === generation) target.dataset.ready = "true";
  } catch (err) {
    if (mine !== generation) return;
    if (err instanceof ApiError && err.status === 401) {
      target.replaceChildren(tokenForm());
    } else {
      const message = err instanceof Error ? err.message : String(err);
      target.replaceChildren(h("h1", {}, "Cannot show this"), h("p", { class: "error" }, message));
    }
    target.dataset.ready = "true";
  }
}

document.addEventListener("click", (ev) => {
  const a = (ev.target as Element | null)?.closest?.("a[data-nav]") as HTMLAnchorElement | null;
  if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
  ev.preventDefault();
  navigate(a.getAttribute("href") ?? "/");
});
window.addEventListener("popstate", () => void render());
window.addEventListener("annalyst:navigate", () => void render());
void render();
