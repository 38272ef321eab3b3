"""A firm limit on every JSON request body, checked before it is read and while it streams in.

Without it a pupil's submit (or any JSON route) could send tens of megabytes that the server would read into
memory and store. The autosave keeps its own, tighter limit (the answer types' sizes); uploads of documents and
pictures are multipart and keep theirs (MAX_UPLOAD_SIZE_MB). Every honest JSON body — a class list as CSV text,
a long assessment — is far below MAX_JSON_BODY_KB."""

from __future__ import annotations

import json

from fastapi import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

TOO_BIG = ("This request is larger than the server accepts ({limit} KB), so nothing was saved. Make it smaller: "
           "split a long list into parts, or shorten the answer.")


def _is_json(scope: Scope) -> bool:
    for name, value in scope.get("headers", ()):
        if name == b"content-type":
            return value.split(b";", 1)[0].strip().lower() == b"application/json"
    return False


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length" and value.isdigit():
            return int(value)
    return None


class JsonBodyLimitMiddleware:
    """Refuse a JSON body over `limit_kb` with a 413: at once when its Content-Length says so, otherwise as soon as
    more than that has arrived (the route's body read raises, and the app's error handler answers)."""

    def __init__(self, app: ASGIApp, *, limit_kb: int) -> None:
        self.app = app
        self.limit_kb = limit_kb
        self.limit = limit_kb * 1024

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not _is_json(scope):
            await self.app(scope, receive, send)
            return
        declared = _declared_length(scope)
        if declared is None:  # sent in chunks: counted as it arrives
            await self.app(scope, self._counting(receive), send)
        elif declared > self.limit:
            await self._refuse(send)
        else:  # the server reads exactly the declared length, so there is nothing more to count
            await self.app(scope, receive, send)

    def _counting(self, receive: Receive) -> Receive:
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    # An HTTPException, because FastAPI turns anything else raised while it reads a body into a 400.
                    raise HTTPException(413, TOO_BIG.format(limit=self.limit_kb))
            return message

        return counted

    async def _refuse(self, send: Send) -> None:
        body = json.dumps({"error": "TooLarge", "detail": TOO_BIG.format(limit=self.limit_kb)}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
