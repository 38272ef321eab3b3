"""Question images: content-checked uploads, served only to signed-in people."""

from __future__ import annotations

import struct
import zlib

from app.models import Role
from tests.factories import make_user


def tiny_png(width: int = 3, height: int = 2) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + b"\xff\xff\xff" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


async def test_teacher_uploads_png_and_pupil_can_view_it(client, session, make_client):
    await make_user(session, Role.teacher, username="t")
    await make_user(session, Role.pupil, username="p")
    await client.login("t")
    r = await client.post("/api/media", files={"file": ("diagram.png", tiny_png(), "image/png")})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["content_type"] == "image/png"
    assert (body["width"], body["height"]) == (3, 2)
    pupil = await make_client()
    await pupil.login("p")
    image = await pupil.get(body["url"])
    assert image.status_code == 200
    assert image.content == tiny_png()
    assert image.headers["content-type"] == "image/png"
    assert "immutable" in image.headers["cache-control"]
    anonymous = await make_client()
    assert (await anonymous.get(body["url"])).status_code == 401


async def test_renamed_and_svg_files_are_refused(client, session):
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    fake = await client.post("/api/media", files={"file": ("photo.png", b"MZ\x90\x00 not an image", "image/png")})
    assert fake.status_code == 422
    assert "not a PNG" in fake.json()["detail"]
    svg = await client.post("/api/media", files={"file": ("x.svg", b"<svg onload='alert(1)'/>", "image/svg+xml")})
    assert svg.status_code == 422
    empty = await client.post("/api/media", files={"file": ("e.png", b"", "image/png")})
    assert empty.status_code == 422


async def test_pupil_cannot_upload(client, session):
    await make_user(session, Role.pupil, username="p")
    await client.login("p")
    r = await client.post("/api/media", files={"file": ("d.png", tiny_png(), "image/png")})
    assert r.status_code == 403
