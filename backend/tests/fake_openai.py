"""A real OpenAI-compatible HTTP server on 127.0.0.1 for tests: the product's AI paths go through the real
`openai` SDK to this server, never to the internet, and nothing is mocked.

    with FakeOpenAI() as server:                      # listens on a free port of 127.0.0.1
        server.script(Reply.error(429, headers={"retry-after": "1"}), Reply.json({"questions": [...]}))
        server.responder = lambda request: Reply.json({...})   # answers once the script is used up
        provider = Provider(base_url=server.base_url, api_key="test-key", ...)
        ...
        server.requests[0].json["messages"]            # what the product sent (e.g. no pupil names)

Each scripted reply answers one call to POST /v1/chat/completions, in order. A reply can be good JSON
(`Reply.json`), any text at all (`Reply.text`, e.g. malformed JSON), an HTTP error with headers
(`Reply.error(429, headers={"retry-after": "2"})`, 500, 401) or a hang (`Reply.hang(seconds)`: the server
says nothing until the client gives up). `refuse_json_schema = True` makes the server answer 400 to any
request asking for `response_format: json_schema`, as servers without structured output do, so the
client's JSON-mode fallback is exercised. `expected_api_key` makes any other key get a 401.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted answer."""

    status: int = 200
    content: str | None = None  # the assistant message's text
    body: dict | None = None  # a whole JSON body (errors); built from `content` when None
    headers: dict[str, str] = field(default_factory=dict)
    hang_seconds: float = 0.0
    usage: tuple[int, int] | None = None  # (prompt_tokens, completion_tokens); estimated when None
    finish_reason: str = "stop"

    @classmethod
    def json(cls, value: Any, *, usage: tuple[int, int] | None = None) -> Reply:
        """An answer whose message is `value` as JSON text."""
        return cls(content=json.dumps(value), usage=usage)

    @classmethod
    def text(cls, text: str, *, usage: tuple[int, int] | None = None, finish_reason: str = "stop") -> Reply:
        """An answer whose message is exactly `text` (malformed JSON, prose, a fenced block...)."""
        return cls(content=text, usage=usage, finish_reason=finish_reason)

    @classmethod
    def error(cls, status: int, message: str = "", *, headers: dict[str, str] | None = None,
              param: str | None = None, code: str | None = None) -> Reply:
        """An HTTP error in OpenAI's error shape."""
        kinds = {400: "invalid_request_error", 401: "invalid_request_error", 404: "invalid_request_error",
                 429: "rate_limit_exceeded", 500: "server_error", 503: "server_error"}
        body = {"error": {"message": message or f"Fake server error {status}", "type": kinds.get(status, "error"),
                          "param": param, "code": code}}
        return cls(status=status, body=body, headers=dict(headers or {}))

    @classmethod
    def hang(cls, seconds: float = 30.0) -> Reply:
        """Accept the request and say nothing for `seconds` (the client's timeout should fire first)."""
        return cls(hang_seconds=seconds)


@dataclass
class ReceivedRequest:
    """One request the server received."""

    method: str
    path: str
    headers: dict[str, str]
    json: dict

    @property
    def response_format(self) -> str | None:
        return (self.json.get("response_format") or {}).get("type")

    @property
    def text(self) -> str:
        """Every message's text, joined: for asserting what was (or was not) sent."""
        parts = []
        for message in self.json.get("messages", []):
            content = message.get("content")
            if isinstance(content, list):
                parts.extend(str(p.get("text", "")) for p in content if isinstance(p, dict))
            elif content is not None:
                parts.append(str(content))
        return "\n".join(parts)


Responder = Callable[[ReceivedRequest], Reply]


class FakeOpenAI:
    """A threaded HTTP server speaking enough of the OpenAI API for chat completions."""

    def __init__(self, *, model: str = "fake-model") -> None:
        self.model = model
        self.requests: list[ReceivedRequest] = []
        self.refuse_json_schema = False
        self.refuse_response_format = False  # 400 to any response_format at all (plain-text servers)
        self.expected_api_key: str | None = None
        self.responder: Responder | None = None
        self._script: list[Reply] = []
        self._lock = threading.Lock()
        self._release = threading.Event()  # set on stop, so hanging handlers end
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- control -------------------------------------------------------------------------------------

    def script(self, *replies: Reply) -> None:
        """Queue replies, answered in order, one per chat completion request."""
        with self._lock:
            self._script.extend(replies)

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._script)

    @property
    def completions(self) -> list[ReceivedRequest]:
        return [r for r in self.requests if r.path.endswith("/chat/completions")]

    @property
    def base_url(self) -> str:
        assert self._server is not None, "start the server first"
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def start(self) -> FakeOpenAI:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet test output
                return

            def do_POST(self) -> None:  # do_POST: the http.server API
                fake._handle(self)

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models"):
                    fake._send(self, 200, {"object": "list", "data": [{"id": fake.model, "object": "model"}]})
                else:
                    fake._send(self, 404, {"error": {"message": "Not found", "type": "invalid_request_error"}})

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        # A short poll: shutdown() waits for the loop to look up, and every AI test stops a server (0.5 s by default).
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fake-openai", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._release.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    # -- serving -------------------------------------------------------------------------------------

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("content-length") or 0)
        raw = handler.rfile.read(length) if length else b""
        try:
            body = json.loads(raw or b"{}")
        except json.JSONDecodeError:
            body = {}
        request = ReceivedRequest("POST", handler.path, {k.lower(): v for k, v in handler.headers.items()}, body)
        with self._lock:
            self.requests.append(request)
        if not handler.path.rstrip("/").endswith("/chat/completions"):
            self._send(handler, 404, {"error": {"message": f"No route {handler.path}", "type": "invalid_request_error"}})
            return
        if self.expected_api_key is not None and request.headers.get("authorization") != f"Bearer {self.expected_api_key}":
            self._send(handler, 401, {"error": {"message": "Incorrect API key provided.",
                                                "type": "invalid_request_error", "code": "invalid_api_key"}})
            return
        if self.refuse_response_format and request.response_format:
            self._send(handler, 400, {"error": {"message": "response_format is not supported by this server",
                                                "type": "invalid_request_error", "param": "response_format"}})
            return
        if self.refuse_json_schema and request.response_format == "json_schema":
            self._send(handler, 400, {"error": {"message": "Invalid parameter: 'response_format' of type "
                                                           "'json_schema' is not supported with this model.",
                                                "type": "invalid_request_error", "param": "response_format"}})
            return
        reply = self._next_reply(request)
        if reply.hang_seconds:
            # Say nothing: the client must time out. Ends early when the server stops.
            self._release.wait(reply.hang_seconds)
            with contextlib.suppress(OSError):  # the client has gone, as expected
                self._send(handler, 504, {"error": {"message": "late", "type": "server_error"}})
            return
        if reply.status != 200:
            self._send(handler, reply.status, reply.body or {"error": {"message": "error"}}, reply.headers)
            return
        prompt_tokens, completion_tokens = reply.usage or (
            max(1, len(request.text) // 4), max(1, len(reply.content or "") // 4))
        payload = {
            "id": f"chatcmpl-fake{len(self.requests)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model") or self.model,
            "choices": [{"index": 0, "finish_reason": reply.finish_reason,
                         "message": {"role": "assistant", "content": reply.content, "refusal": None}}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens},
        }
        self._send(handler, 200, payload, reply.headers)

    def _next_reply(self, request: ReceivedRequest) -> Reply:
        with self._lock:
            if self._script:
                return self._script.pop(0)
        if self.responder is not None:
            return self.responder(request)
        return Reply.error(500, "The fake server has no reply scripted for this request.")

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, status: int, body: dict, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        handler.send_response(status)
        handler.send_header("content-type", "application/json")
        handler.send_header("content-length", str(len(data)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(data)
        handler.wfile.flush()
