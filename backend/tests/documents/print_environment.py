"""Prints its environment: run as the document reader in a test, to show what the reader process is given."""

import os

print(sorted(os.environ.items()))
