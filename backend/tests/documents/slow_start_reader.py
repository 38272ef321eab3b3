"""The document reader, except that it takes 3 seconds to start (as on a busy server): run as the reader in a
test, to show that starting is not counted against the first file's time."""

import time

from app.services.documents import reader_process

time.sleep(3)
reader_process.main()
