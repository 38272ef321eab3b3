"""Tesseract OCR, run as a program: the picture's bytes in on stdin, its words out on stdout.

Tesseract is Debian's `tesseract-ocr` (with `tesseract-ocr-eng`): the API image and CI install it; a laptop
running `make run` may not have it, and then pictures are simply not read (`program()` is None). It runs inside
the reader process, so it inherits that process's limits (memory, CPU time, no files written), and it gets a
wall clock of its own per picture. One thread: on a shared server that is both kinder and, for one slide-sized
picture, faster than Tesseract's default of one thread per core. Tesseract answers word by word with how sure it
is (its TSV output); words it is unsure of are left out, because a photo with no words in it is read as a
scatter of unsure fragments ("iy", "Zeal") while printed words are read with confidence above 90.

    words = read_words(program(), png_bytes, seconds=5)     # "RAM (Random Access Memory)\\nVolatile – …"
"""

from __future__ import annotations

import os
import shutil
import subprocess

PROGRAM = "tesseract"
MAX_WORDS_CHARS = 20_000  # of one picture's words: a slide's picture holds a few hundred
MIN_CONFIDENCE = 60.0  # of 100: Tesseract's confidence in a word, below which it is left out


class PictureUnreadable(Exception):
    """Tesseract could not read this picture (damaged, or in a format it does not know)."""


class PictureTooSlow(Exception):
    """Tesseract did not finish within the picture's time, and was stopped."""


class NoOcr(Exception):
    """Tesseract is installed but cannot read English (tesseract-ocr-eng is missing)."""


def program() -> str | None:
    """The Tesseract program on this server's PATH, or None where it is not installed."""
    return shutil.which(PROGRAM)


def read_words(tesseract: str, data: bytes, *, seconds: float) -> str:
    """The words Tesseract reads in a picture (PNG, JPEG, GIF, TIFF or BMP bytes), as lines of text.

    Raises PictureTooSlow after `seconds` (the program is killed), NoOcr when it has no English, and
    PictureUnreadable for any other failure.
    """
    environment = {"PATH": os.environ.get("PATH", ""), "OMP_THREAD_LIMIT": "1", "LC_ALL": "C"}
    try:
        done = subprocess.run(  # a fixed program and arguments; the picture goes in on stdin, never a file name
            [tesseract, "stdin", "stdout", "-l", "eng", "tsv"],
            input=data, capture_output=True, timeout=seconds, env=environment, check=False,
        )
    except subprocess.TimeoutExpired:
        raise PictureTooSlow from None
    except OSError:  # no processes left, or the program vanished: this picture is not read
        raise PictureUnreadable from None
    if done.returncode != 0:
        if b"language" in done.stderr.lower() or b"traineddata" in done.stderr.lower():
            raise NoOcr
        raise PictureUnreadable
    return confident_words(done.stdout.decode("utf-8", errors="replace"))[:MAX_WORDS_CHARS]


def confident_words(tsv: str) -> str:
    """Tesseract's TSV as lines of text: the words it is sure of, a line per line it found, and a blank line
    between its paragraphs."""
    lines: dict[tuple[str, str, str], list[str]] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) != 12 or cells[0] != "5" or not cells[11].strip():
            continue  # only level 5 rows are words; the others are the page, blocks, paragraphs and lines
        try:
            sure = float(cells[10]) >= MIN_CONFIDENCE
        except ValueError:
            continue
        if sure:
            lines.setdefault((cells[2], cells[3], cells[4]), []).append(cells[11].strip())
    text: list[str] = []
    paragraph = None
    for (block, par, _line), words in lines.items():
        if paragraph is not None and paragraph != (block, par):
            text.append("")
        paragraph = (block, par)
        text.append(" ".join(words))
    return "\n".join(text)
