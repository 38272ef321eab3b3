"""Each check of an ID token (app/services/accounts/sso/protocol.py), against a provider serving its keys over
real HTTP on 127.0.0.1 (tests/sso_provider.py): signature against the published keys (fetched again once for a
key not seen before), issuer, audience, expiry with a small leeway, nonce, and only asymmetric algorithms."""

from __future__ import annotations

import time

import pytest
from joserfc.jwk import OctKey

from app.models import SsoKind
from app.services.accounts.sso import protocol
from app.services.accounts.sso.protocol import ProviderTrouble
from tests.sso_provider import CLIENT_ID, CLIENT_SECRET, Grant, ServedProvider, new_key

NONCE = "the-nonce-we-sent"


@pytest.fixture(scope="module")
def served():
    served = ServedProvider()
    yield served
    served.stop()


@pytest.fixture
def idp(served):
    provider = served.provider
    provider.reset()
    protocol.forget_cached()
    yield provider
    protocol.forget_cached()


def _token(idp, **changes) -> str:
    idp.id_token_changes.update(changes)
    return idp.id_token(Grant({"email": "ada@greenfield.sch.uk"}, NONCE, "", ""))


async def _verify(idp, token: str, **kwargs) -> dict:
    meta = await protocol.metadata(idp.issuer, SsoKind.oidc)
    return await protocol.verify_id_token(meta, token, client_id=CLIENT_ID, nonce=NONCE, **kwargs)


async def _refused(idp, token: str, **kwargs) -> str:
    with pytest.raises(ProviderTrouble) as refused:
        await _verify(idp, token, **kwargs)
    assert refused.value.message == protocol.NOT_ACCEPTED
    return refused.value.reason


async def test_a_good_token_passes_and_gives_its_claims(idp):
    claims = await _verify(idp, _token(idp))
    assert claims["email"] == "ada@greenfield.sch.uk"
    assert claims["aud"] == CLIENT_ID


async def test_another_audience_is_refused(idp):
    assert "aud" in await _refused(idp, _token(idp, aud="another-app"))


async def test_an_audience_shared_with_others_is_refused(idp):
    assert "aud" in await _refused(idp, _token(idp, aud=[CLIENT_ID, "another-app"], azp=CLIENT_ID))


async def test_another_issuer_is_refused(idp):
    assert "iss" in await _refused(idp, _token(idp, iss="http://127.0.0.1:1"))


async def test_an_expired_token_is_refused_but_a_clock_a_little_behind_is_forgiven(idp):
    now = int(time.time())
    assert "expired" in await _refused(idp, _token(idp, exp=now - protocol.LEEWAY_SECONDS - 5))
    idp.id_token_changes.clear()
    assert (await _verify(idp, _token(idp, exp=now - protocol.LEEWAY_SECONDS + 20)))["email"]


async def test_another_nonce_or_none_is_refused(idp):
    assert "nonce" in await _refused(idp, _token(idp, nonce="another-nonce"))
    idp.id_token_changes.clear()
    assert "nonce" in await _refused(idp, _token(idp, nonce=None))


@pytest.mark.parametrize("missing", ["sub", "iat", "exp"])
async def test_a_token_without_an_essential_claim_is_refused(idp, missing):
    assert missing in await _refused(idp, _token(idp, **{missing: None}))


async def test_a_token_signed_with_a_key_the_provider_does_not_publish_is_refused(idp):
    idp.sign_with = new_key(idp.key.kid)  # same key id, another key: a forgery
    assert "bad_signature" in await _refused(idp, _token(idp))


async def test_a_token_signed_with_the_client_secret_is_refused(idp):
    idp.sign_with = OctKey.import_key(CLIENT_SECRET.encode() * 2, {"kid": idp.key.kid})
    assert "signature" in await _refused(idp, _token(idp))


async def test_a_new_key_is_fetched_once_when_the_provider_rotates(idp):
    await _verify(idp, _token(idp))  # the old key is cached
    old = idp.key
    idp.key = new_key("key-2")
    try:
        assert (await _verify(idp, _token(idp)))["email"]
        assert idp.requests.count("/jwks") == 2
        idp.sign_with = new_key("key-3")  # a key id nobody publishes: fetched once more, then refused
        assert "invalid_key_id" in await _refused(idp, _token(idp))
        assert idp.requests.count("/jwks") == 3
    finally:
        idp.key = old


async def test_a_discovery_document_for_another_issuer_is_refused(idp):
    idp.discovery_changes["issuer"] = "https://accounts.example.com"
    with pytest.raises(ProviderTrouble) as refused:
        await protocol.metadata(idp.issuer, SsoKind.oidc)
    assert refused.value.message == protocol.UNREACHABLE


async def test_only_asymmetric_signatures_are_accepted_from_discovery(idp):
    idp.discovery_changes["id_token_signing_alg_values_supported"] = ["HS256", "none"]
    with pytest.raises(ProviderTrouble):
        await protocol.metadata(idp.issuer, SsoKind.oidc)


async def test_an_unreachable_provider_is_a_plain_message():
    with pytest.raises(ProviderTrouble) as refused:
        await protocol.metadata("http://127.0.0.1:9", SsoKind.oidc)
    assert refused.value.message == protocol.UNREACHABLE
