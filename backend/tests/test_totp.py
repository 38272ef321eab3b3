"""Time-based one-time passwords (app/utils/totp.py) against RFC 6238's own test values, and the rules this app
adds: one step of clock skew either way, and a code never accepted for a step at or before the last one used."""

from __future__ import annotations

import base64
from urllib.parse import parse_qs, urlparse

import pytest

from app.utils import totp

# RFC 6238 appendix B: the SHA-1 key is the ASCII of "12345678901234567890"; its 8-digit codes, cut to 6.
RFC_SECRET = base64.b32encode(b"12345678901234567890").decode()
RFC_VALUES = [(59, "287082"), (1111111109, "081804"), (1111111111, "050471"), (1234567890, "005924"),
              (2000000000, "279037"), (20000000000, "353130")]


@pytest.mark.parametrize(("unix_time", "code"), RFC_VALUES)
def test_codes_match_the_rfc_6238_test_values(unix_time, code):
    assert totp.code_at(RFC_SECRET, totp.time_step(unix_time)) == code


NOW = 1_800_000_015.0  # in the middle of a step, so ±30 s lands in the middle of the next and the last


@pytest.mark.parametrize("skew", [-30, 0, 30])
def test_one_step_of_clock_skew_either_way_is_accepted(skew):
    code = totp.code_at(RFC_SECRET, totp.time_step(NOW + skew))
    assert totp.matching_step(RFC_SECRET, code, at=NOW) == totp.time_step(NOW + skew)


@pytest.mark.parametrize("skew", [-90, -60, 60, 90])
def test_a_phone_clock_further_out_is_refused(skew):
    code = totp.code_at(RFC_SECRET, totp.time_step(NOW + skew))
    assert totp.matching_step(RFC_SECRET, code, at=NOW) is None


def test_a_step_already_used_or_an_earlier_one_is_refused():
    now_step = totp.time_step(NOW)
    current = totp.code_at(RFC_SECRET, now_step)
    earlier = totp.code_at(RFC_SECRET, now_step - 1)
    assert totp.matching_step(RFC_SECRET, current, at=NOW, after_step=now_step) is None
    assert totp.matching_step(RFC_SECRET, earlier, at=NOW, after_step=now_step - 1) is None
    assert totp.matching_step(RFC_SECRET, current, at=NOW, after_step=now_step - 1) == now_step


@pytest.mark.parametrize("typed", ["", "12345", "1234567", "12a456", "      "])
def test_anything_but_six_digits_never_matches(typed):
    assert totp.matching_step(RFC_SECRET, typed, at=NOW) is None


def test_new_secrets_are_20_random_bytes_in_base32():
    first, second = totp.new_secret(), totp.new_secret()
    assert first != second
    assert len(base64.b32decode(first)) == 20


def test_the_otpauth_uri_names_the_issuer_and_account_as_apps_expect():
    uri = urlparse(totp.otpauth_uri("JBSWY3DPEHPK3PXP", account="ms.hughes"))
    assert (uri.scheme, uri.netloc, uri.path) == ("otpauth", "totp", "/KS3%20Assessment%3Ams.hughes")
    query = {key: values[0] for key, values in parse_qs(uri.query).items()}
    assert query == {"secret": "JBSWY3DPEHPK3PXP", "issuer": "KS3 Assessment", "algorithm": "SHA1", "digits": "6",
                     "period": "30"}


def test_the_secret_is_shown_in_groups_of_four():
    assert totp.grouped("JBSWY3DPEHPK3PXP") == "JBSW Y3DP EHPK 3PXP"
