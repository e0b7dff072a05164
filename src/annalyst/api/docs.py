"""`/docs`: the API described in plain HTML, built from the OpenAPI spec.

The usual interactive pages load scripts from a CDN, which an offline machine
cannot reach and the Content-Security-Policy forbids; this page is static
HTML with every string escaped, and links to `/openapi.json` for tools.
"""

from __future__ import annotations

from html import escape
from typing import Any


def docs_html(spec: dict[str, Any]) -> str:
    info = spec.get("info", {})
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{escape(str(info.get('title', 'API')))} — API</title></head><body>",
        f"<h1>{escape(str(info.get('title', 'API')))} {escape(str(info.get('version', '')))}</h1>",
        f"<p>{escape(str(info.get('description', '')))}</p>",
        "<p>Machine-readable: <a href='/openapi.json'>/openapi.json</a> (OpenAPI "
        f"{escape(str(spec.get('openapi', '')))}).</p>",
    ]
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            out.append(f"<h2><code>{escape(method.upper())} {escape(path)}</code></h2>")
            out.append(f"<p>{escape(str(op.get('summary', '')))}</p>")
            if op.get("description"):
                out.append(f"<p>{escape(str(op['description']))}</p>")
            params = op.get("parameters", [])
            if params:
                out.append("<table><tr><th>parameter</th><th>in</th><th>description</th></tr>")
                for p in params:
                    out.append(
                        f"<tr><td><code>{escape(str(p.get('name')))}</code></td>"
                        f"<td>{escape(str(p.get('in')))}</td>"
                        f"<td>{escape(str(p.get('description', '')))}</td></tr>"
                    )
                out.append("</table>")
            codes = ", ".join(escape(str(c)) for c in op.get("responses", {}))
            out.append(f"<p>Responses: {codes}</p>")
    out.append("</body></html>")
    return "\n".join(out)
