"""Moving assessments in and out of the app as files: the format registry, our own JSON format, the safety checks
every imported file passes, and the import (a preview that saves nothing, then the draft it creates)."""
