"""The document reader, except that it dies without answering when handed ‘Crash.pdf’ (as a parser's crash in C
would) and never finishes ‘Hang.pdf’: run as the reader in a test, to show what the server does then."""

import os
import time

from app.services.documents import reader_process

read_here = reader_process.read_here


def failing_read_here(name: str, data: bytes, request: reader_process.ReadRequest) -> reader_process.ReaderReply:
    if name == "Crash.pdf":
        os._exit(1)
    if name == "Hang.pdf":
        time.sleep(3600)
    return read_here(name, data, request)


reader_process.read_here = failing_read_here
reader_process.main()
