"""Reading a multipart upload within a size limit: refused by its declared size before a byte is read, or as soon
as more than the limit has streamed in, so an oversized upload is never spooled to disk whole. Used by every
route that takes files (lesson documents, assessment imports)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import Request
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Message, Receive

from app.errors import Invalid

MULTIPART_ALLOWANCE = 64 * 1024  # boundaries, part headers and small text fields on top of the files themselves


def _limited(receive: Receive, limit: int, too_large: Callable[[int | None], Exception]) -> Receive:
    """The request body, refused as soon as more than `limit` bytes have arrived."""
    received = 0

    async def limited_receive() -> Message:
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                raise too_large(None)
        return message

    return limited_receive


@asynccontextmanager
async def multipart_form(request: Request, *, max_bytes: int, too_large: Callable[[int | None], Exception],
                         max_files: int, max_fields: int, try_again: str) -> AsyncIterator[FormData]:
    """The request's form, its files within `max_bytes` (plus MULTIPART_ALLOWANCE), closed (temp files deleted)
    afterwards. `too_large(declared size or None)` is the refusal to raise; `try_again` ends the message for a
    form that cannot be read ("Choose one file and try again.")."""
    limit = max_bytes + MULTIPART_ALLOWANCE
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large(int(declared))
    streamed = Request(request.scope, _limited(request.receive, limit, too_large))
    try:
        form = await streamed.form(max_files=max_files, max_fields=max_fields)
    except StarletteHTTPException as exc:
        raise Invalid(f"The upload could not be read ({exc.detail}). {try_again}") from None
    try:
        yield form
    finally:
        await form.close()
