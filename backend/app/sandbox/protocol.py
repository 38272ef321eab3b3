"""The outside half of the harness protocol: encoding a job, and checking the frames that come back.

The harness (harness.py) writes one frame per line on a dedicated pipe: "<seq> <kind> <field>... <tag>", where the
tag is keyed BLAKE2b over the rest of the line with a key made fresh for every run. Anything that does not check
out (a bad tag, a gap or repeat in the sequence, an unknown kind, a wrong number of fields, bytes after the last
newline) raises Tampered: the run's results are then thrown away, never trusted.
"""

from __future__ import annotations

import hashlib
import hmac
import marshal
import secrets
from dataclasses import dataclass

KEY_BYTES = 32
TAG_HEX = 32

# kind -> the field types it carries ("i" integer, "t" text or None); "row" carries one text per variable.
FRAME_FIELDS: dict[str, str] = {
    "start": "",
    "syntax": "it",
    "result": "itt",
    "case": "itt",
    "row": "*",
    "error": "t",
    "memory": "",
    "limit": "",
    "signal": "i",  # a test process was killed by this signal; the run ends there
    "tampered": "",  # a test process reported what no honest one would, or changed what the next inherits
    "end": "",
}


class Tampered(Exception):
    """The result channel carried something the harness did not write."""


@dataclass(frozen=True)
class Frame:
    kind: str
    fields: tuple[int | str | None, ...]


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


INPUT_KEYS = ("tests", "stdins")  # a job's per-test inputs: test expressions, or each program case's stdin


def encode_stdin(harness: bytes, job: dict, key: bytes) -> bytes:
    """What the sandbox reads on stdin: the harness's code and the marshalled job (each after a 10-digit
    length), then the key, then the tests' inputs as one block (a 10-digit length, then each input as UTF-8
    after its own 10-digit length). The inputs travel apart from the job so that the harness never makes Python
    objects of them: it keeps the block as bytes, and each test process decodes its own input, then wipes the
    rest from its memory."""
    inputs = next((job[name] for name in INPUT_KEYS if name in job), [])
    payload = marshal.dumps({name: value for name, value in job.items() if name not in INPUT_KEYS}, 4)
    encoded = [item.encode("utf-8", "surrogatepass") for item in inputs]
    block = b"".join(b"%010d" % len(item) + item for item in encoded)
    return (
        b"%010d" % len(harness) + harness + b"%010d" % len(payload) + payload + key + b"%010d" % len(block) + block
    )


def _tag(key: bytes, body: bytes) -> str:
    return hashlib.blake2b(body, key=key, digest_size=16).hexdigest()


def _field(raw: str, kind: str) -> int | str | None:
    if raw == "-":
        return None
    if kind == "i":
        if not raw.isdigit() or len(raw) > 9:
            raise Tampered(f"not an integer: {raw[:20]!r}")
        return int(raw)
    if not raw.startswith("="):
        raise Tampered(f"not a text field: {raw[:20]!r}")
    try:
        return bytes.fromhex(raw[1:]).decode("utf-8", errors="replace")
    except ValueError as exc:
        raise Tampered("text field is not hex") from exc


class FrameDecoder:
    """Checks each frame's tag and sequence number as lines arrive; raises Tampered at the first problem."""

    def __init__(self, key: bytes, *, row_width: int = 0) -> None:
        self._key = key
        self._row_width = row_width
        self._seq = 0
        self._buffer = b""
        self.frames: list[Frame] = []

    def feed(self, data: bytes) -> None:
        self._buffer += data
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            self.frames.append(self._decode(line))

    def finish(self, *, interrupted: bool) -> None:
        """At end of stream. A half-written last frame is expected only when we killed the process."""
        if self._buffer and not interrupted:
            raise Tampered("bytes after the last complete frame")
        self._buffer = b""

    def _decode(self, line: bytes) -> Frame:
        body, _, tag = line.rpartition(b" ")
        if len(tag) != TAG_HEX or not hmac.compare_digest(tag, _tag(self._key, body).encode()):
            raise Tampered("frame tag does not match")
        parts = body.decode("ascii", errors="replace").split(" ")
        if len(parts) < 2 or parts[0] != str(self._seq):
            raise Tampered("frame out of sequence")
        self._seq += 1
        kind, raw = parts[1], parts[2:]
        spec = FRAME_FIELDS.get(kind)
        if spec is None:
            raise Tampered(f"unknown frame kind {kind[:20]!r}")
        if spec == "*":
            spec = "t" * self._row_width
        if len(raw) != len(spec):
            raise Tampered(f"{kind} frame has {len(raw)} fields, expected {len(spec)}")
        return Frame(kind, tuple(_field(r, k) for r, k in zip(raw, spec, strict=True)))
