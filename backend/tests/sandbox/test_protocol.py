"""The result channel's checks, frame by frame: only lines tagged with this run's key, in sequence, count."""

from __future__ import annotations

import hashlib
import marshal

import pytest

from app.sandbox import protocol


def frame(key: bytes, seq: int, kind: str, *fields: bytes) -> bytes:
    body = b"%d %s" % (seq, kind.encode()) + b"".join(b" " + f for f in fields)
    return body + b" " + hashlib.blake2b(body, key=key, digest_size=16).hexdigest().encode() + b"\n"


def text(value: str) -> bytes:
    return b"=" + value.encode().hex().encode()


KEY = protocol.new_key()


def test_honest_frames_decode_in_order():
    decoder = protocol.FrameDecoder(KEY)
    decoder.feed(frame(KEY, 0, "start") + frame(KEY, 1, "result", b"0", text("'héllo'"), b"-")[:10])
    decoder.feed(frame(KEY, 1, "result", b"0", text("'héllo'"), b"-")[10:] + frame(KEY, 2, "end"))
    decoder.finish(interrupted=False)
    assert [(f.kind, f.fields) for f in decoder.frames] == [
        ("start", ()),
        ("result", (0, "'héllo'", None)),
        ("end", ()),
    ]


def test_the_harness_can_say_a_test_process_was_killed_or_refused():
    decoder = protocol.FrameDecoder(KEY)
    decoder.feed(frame(KEY, 0, "start") + frame(KEY, 1, "signal", b"24") + frame(KEY, 2, "tampered"))
    assert [(f.kind, f.fields) for f in decoder.frames] == [("start", ()), ("signal", (24,)), ("tampered", ())]


def test_rows_carry_one_field_per_variable():
    decoder = protocol.FrameDecoder(KEY, row_width=2)
    decoder.feed(frame(KEY, 0, "row", text("1"), text("")))
    assert decoder.frames[0].fields == ("1", "")
    with pytest.raises(protocol.Tampered):
        decoder.feed(frame(KEY, 1, "row", text("1")))


@pytest.mark.parametrize(
    "data",
    [
        frame(protocol.new_key(), 0, "start"),  # another key
        frame(KEY, 1, "start"),  # skips a number
        frame(KEY, 0, "start") + frame(KEY, 0, "start"),  # repeats one
        frame(KEY, 0, "passed"),  # a kind the harness never sends
        frame(KEY, 0, "result", b"0", text("5")),  # too few fields
        frame(KEY, 0, "result", b"x", text("5"), b"-"),  # index not a number
        frame(KEY, 0, "result", b"0", b"=zz", b"-"),  # text not hex
        b"0 start " + b"0" * 32 + b"\n",  # a guessed tag
        b"All tests passed\n",
        b"\n",
    ],
)
def test_anything_else_is_tampering(data: bytes):
    decoder = protocol.FrameDecoder(KEY)
    with pytest.raises(protocol.Tampered):
        decoder.feed(data)


def test_a_half_frame_at_the_end_is_tampering_unless_we_killed_the_process():
    honest = protocol.FrameDecoder(KEY)
    honest.feed(frame(KEY, 0, "start") + b"1 resu")
    with pytest.raises(protocol.Tampered):
        honest.finish(interrupted=False)
    killed = protocol.FrameDecoder(KEY)
    killed.feed(frame(KEY, 0, "start") + b"1 resu")
    killed.finish(interrupted=True)
    assert [f.kind for f in killed.frames] == ["start"]


def test_stdin_is_harness_then_job_each_length_prefixed_then_the_key_then_the_inputs():
    """The tests' inputs travel apart from the job, after the key: the harness keeps them as bytes, never as
    Python strings, so a test process can wipe every input but its own from its memory."""
    job = {"mode": "tests", "code": "x = 1", "tests": ["add(2, 3)", "héllo"], "output_limit": 10}
    encoded = protocol.encode_stdin(b"HARNESS", job, KEY)
    assert encoded.startswith(b"0000000007HARNESS")
    size = int(encoded[17:27])
    assert marshal.loads(encoded[27 : 27 + size]) == {"mode": "tests", "code": "x = 1", "output_limit": 10}
    rest = encoded[27 + size :]
    assert rest[: protocol.KEY_BYTES] == KEY
    assert rest[protocol.KEY_BYTES :] == b"0000000035" + b"0000000009add(2, 3)" + b"0000000006h\xc3\xa9llo"
