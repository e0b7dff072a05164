"""Who may ask, and what a browser may do with the answers.

* With a token, every API request (`/api/…`, `/openapi.json`, `/docs`) needs
  `Authorization: Bearer TOKEN`; the explorer's static shell and assets carry no
  data and are served without it (the explorer asks for the token and sends it).
* Without a token the server only listens on loopback, and answers only
  requests addressed to a loopback name, so that a web page elsewhere cannot
  reach it through a rebound DNS name.
* Every response carries a Content-Security-Policy that allows scripts from the
  server's own files only (no inline script, no eval, nothing from elsewhere).
"""

from __future__ import annotations

import hmac
import ipaddress

from starlette.datastructures import Headers
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
_LOOPBACK_NAMES = {"localhost", "localhost.", "testserver"}


def is_loopback(host: str) -> bool:
    """Whether a bind address or Host name is this machine only."""
    name = host.strip().strip("[]").lower()
    if name in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _host_of(header: str) -> str:
    if header.startswith("["):
        return header[1 : header.find("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


def protected(path: str) -> bool:
    return path.startswith("/api/") or path in ("/openapi.json", "/docs")


def _refusal(status: int, message: str, **headers: str) -> Response:
    response = JSONResponse({"error": message, "status": status}, status_code=status)
    response.headers.update(HEADERS)
    response.headers.update(headers)
    return response


class Guard:
    """ASGI middleware: the token or loopback check, then the security headers."""

    def __init__(self, app: ASGIApp, token: str | None) -> None:
        self.app = app
        self.token = token
        self._extra = [(k.lower().encode(), v.encode()) for k, v in HEADERS.items()]

    def _refused(self, scope: Scope) -> Response | None:
        headers = Headers(scope=scope)
        if self.token is None:
            if not is_loopback(_host_of(headers.get("host", "localhost"))):
                return _refusal(
                    421, "this server answers only requests to localhost (it runs without --token)"
                )
        elif protected(scope.get("path", "")):
            scheme, _, value = headers.get("authorization", "").partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(
                value.strip().encode(), self.token.encode()
            ):
                return _refusal(
                    401,
                    "missing or wrong token: send Authorization: Bearer TOKEN",
                    **{"WWW-Authenticate": "Bearer"},
                )
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self._refused(scope)
        if refusal is not None:
            await refusal(scope, receive, send)
            return
        extra = self._extra

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [
                    *message.get("headers", []),
                    *((k, v) for k, v in extra if k not in present),
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)
