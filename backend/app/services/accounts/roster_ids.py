"""Pupils' stable identifiers, which a re-imported class list is matched on: the Unique Pupil Number (UPN) used
in England, and the school's own admission number. Both are checked and written one way here.

A permanent UPN is a check letter and 12 digits (3 for the local authority, 4 for the school, 2 for the year it
was given, 3 for the pupil). The DfE's check letter: the 12 digits weighted by their position (2 to 13), summed,
modulo 23, read in the alphabet below (no I, O or S). The DfE's example "H801200001001" passes. A temporary UPN
(its last character a letter) is refused: it is replaced within weeks, and the permanent one is what stays."""

from __future__ import annotations

import re

CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
UPN_SHAPE = re.compile(r"[A-Z]\d{12}")
ADMISSION_NUMBER_SHAPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9/-]{0,19}")
EMAIL_SHAPE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def upn_check_letter(digits: str) -> str:
    """The DfE check letter for the 12 digits after it."""
    return CHECK_LETTERS[sum(int(d) * weight for weight, d in enumerate(digits, start=2)) % 23]


def upn_problem(upn: str) -> str | None:
    """Why this is not a permanent UPN (None when it is one). Give it as `clean_upn` returns it."""
    if re.fullmatch(r"[A-Z]\d{11}[A-Z]", upn):
        return (f"the UPN ‘{upn}’ is a temporary one (it ends in a letter): leave the UPN empty until the "
                "school has the pupil's permanent UPN")
    if not UPN_SHAPE.fullmatch(upn):
        return f"the UPN ‘{upn}’ is not a UPN: it should be 13 characters, a letter then 12 digits"
    expected = upn_check_letter(upn[1:])
    if upn[0] != expected:
        return (f"the UPN ‘{upn}’ does not pass the DfE check (with these digits its letter would be "
                f"{expected}): check that it was copied exactly")
    return None


def clean_upn(value: str) -> str:
    """A UPN as typed ("h801 2000 0100 1") in the form it is stored and compared: capitals, no spaces."""
    return re.sub(r"\s+", "", value).upper()


def clean_admission_number(value: str) -> str:
    """An admission number as stored and compared. Digits only lose their leading zeros, because a spreadsheet
    opened and saved again turns "001234" into "1234", and both must find the same pupil."""
    cleaned = value.strip()
    return (cleaned.lstrip("0") or "0") if cleaned.isdigit() else cleaned


def admission_number_problem(value: str) -> str | None:
    """Why this cannot be an admission number (None when it can)."""
    if not ADMISSION_NUMBER_SHAPE.fullmatch(value):
        return (f"the admission number ‘{value}’ is not one: use up to 20 letters and digits "
                "(with - or / between them)")
    return None


def email_problem(value: str) -> str | None:
    """Why this is not an email address (None when it is one)."""
    if len(value) > 254 or not EMAIL_SHAPE.fullmatch(value):
        return f"the email ‘{value}’ is not an email address (like name@school.org.uk)"
    return None


# Each identifier's cleaning and checking, for a field an admin edits.
IDENTIFIERS = {"upn": (clean_upn, upn_problem), "admission_number": (clean_admission_number, admission_number_problem)}
