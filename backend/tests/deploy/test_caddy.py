"""The real Caddy (Debian's `caddy`) running the project's docker/Caddyfile, in front of a real API process.

Nothing is copied or rewritten: Caddy reads docker/Caddyfile itself, and the {$VAR} placeholders in it point the
same file at loopback ports, a temporary certificate store and this checkout's web/ folder.
"""

from __future__ import annotations

import http.client
import json
import re
import ssl
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from app.cli import KEEP_ALIVE_SECONDS
from app.utils import totp
from app.web import SECURITY_HEADERS
from tests import dbs
from tests.deploy.servers import (
    REPO,
    ApiProcess,
    api_env,
    free_port,
    need_tool,
    run_cli,
    start_api,
    wait_until,
)

CADDYFILE = REPO / "docker" / "Caddyfile"
UPLOAD_LIMIT_MB = 1
SITE_IP = "127.0.0.2"
ADMIN_PASSWORD = "caddy test admin password"


@dataclass
class Stack:
    api: ApiProcess
    caddy: subprocess.Popen
    caddy_log: Path
    http_port: int
    https_port: int
    ca: ssl.SSLContext
    ca_file: Path
    database_url: str
    # The admin's recovery codes: admins on a production server sign in with two-step sign-in (set up once here).
    recovery_codes: list[str] = field(default_factory=list)

    @property
    def https(self) -> str:
        return f"https://localhost:{self.https_port}"

    def client(self, **kwargs) -> httpx.Client:
        return httpx.Client(base_url=self.https, verify=self.ca, timeout=15, **kwargs)

    def logs(self) -> str:
        return f"--- caddy ---\n{self.caddy_log.read_text(errors='replace')[-4000:]}\n--- api ---\n{self.api.log()[-4000:]}"


def caddy_env(workdir: Path, *, api_port: int, http_port: int, https_port: int, admin_port: int) -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(workdir),
        "XDG_CONFIG_HOME": str(workdir / "config"),
        "XDG_DATA_HOME": str(workdir / "data"),
        "CADDY_ADMIN": f"127.0.0.1:{admin_port}",
        "CADDY_STORAGE": str(workdir / "caddy-storage"),
        "CADDY_BIND": "127.0.0.1",
        "HTTP_PORT": str(http_port),
        "HTTPS_PORT": str(https_port),
        "PUBLIC_HTTPS_PORT": str(https_port),
        "SITE_HOST": "localhost",
        # The server's address as people type it. Behind Docker's port mapping Caddy sees another address on
        # the connection; here people "type" 127.0.0.2 and Caddy sees 127.0.0.1, which models that.
        "SITE_IP": SITE_IP,
        "API_HOST": "127.0.0.1",
        "API_PORT": str(api_port),
        "WEB_ROOT": str(REPO / "web"),
        "MAX_UPLOAD_SIZE_MB": str(UPLOAD_LIMIT_MB),
    }


@pytest.fixture(scope="module")
def stack(tmp_path_factory) -> Iterator[Stack]:
    caddy_bin = need_tool("caddy")
    workdir = tmp_path_factory.mktemp("caddy")
    database_url = dbs.sqlite_url(workdir, "caddy.db")
    env = api_env(database_url, workdir, MAX_UPLOAD_SIZE_MB=str(UPLOAD_LIMIT_MB))
    run_cli("migrate", env=env)
    run_cli("create-admin", "--username", "caddyadmin", "--password", ADMIN_PASSWORD, env=env)
    api = start_api(env, workdir)
    http_port, https_port, admin_port = free_port(), free_port(), free_port()
    log_path = workdir / "caddy.log"
    with log_path.open("wb") as log_file:
        caddy = subprocess.Popen(
            [caddy_bin, "run", "--adapter", "caddyfile", "--config", str(CADDYFILE)],
            env=caddy_env(workdir, api_port=api.port, http_port=http_port, https_port=https_port,
                          admin_port=admin_port),
            stdout=log_file, stderr=subprocess.STDOUT, cwd=workdir,
        )  # fmt: skip
    root = workdir / "caddy-storage" / "pki" / "authorities" / "local" / "root.crt"
    try:
        wait_until(lambda: root.exists() and caddy.poll() is None, timeout=30, what="Caddy's internal CA",
                   log=lambda: log_path.read_text(errors="replace"))  # fmt: skip
        ca = ssl.create_default_context(cafile=str(root))
        stack = Stack(api, caddy, log_path, http_port, https_port, ca, root, database_url)
        wait_until(lambda: stack.client().get("/api/health").status_code == 200, timeout=30,
                   what="Caddy proxying to the API", log=stack.logs)  # fmt: skip
        stack.recovery_codes = _set_up_two_step_sign_in(stack)
        yield stack
    finally:
        caddy.terminate()
        try:
            caddy.wait(timeout=10)
        except subprocess.TimeoutExpired:
            caddy.kill()
        api.stop()


def _set_up_two_step_sign_in(stack: Stack) -> list[str]:
    """The new admin's first sign-in on a production server: two-step sign-in is set up before anything else."""
    with stack.client() as client:
        first = client.post("/api/auth/login", json={"username": "caddyadmin", "password": ADMIN_PASSWORD})
        assert first.json()["two_factor_setup_required"] is True, first.text
        client.headers["X-CSRF-Token"] = first.json()["csrf_token"]
        secret = client.post("/api/auth/two-factor/setup").json()["secret"]
        enabled = client.post("/api/auth/two-factor/enable", json={"code": totp.code_at(secret, totp.time_step())})
        assert enabled.status_code == 200, enabled.text
        return enabled.json()["recovery_codes"]


def _login(stack: Stack, client: httpx.Client, **headers: str) -> httpx.Response:
    """Sign in as the admin: the password, then one of the admin's recovery codes (each works once)."""
    response = client.post(
        "/api/auth/login", json={"username": "caddyadmin", "password": ADMIN_PASSWORD}, headers=headers
    )
    assert response.json().get("next_step") == "two_factor_code", response.text
    response = client.post("/api/auth/login/code", json={"code": stack.recovery_codes.pop()}, headers=headers)
    assert response.status_code == 200, response.text
    client.headers["X-CSRF-Token"] = response.json()["csrf_token"]
    return response


def test_https_with_the_internal_ca_proxies_the_api(stack):
    with stack.client() as client:
        response = client.get("/api/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    # The certificate chains to the CA in Caddy's storage (the file a technician installs on school PCs).
    with httpx.Client() as system_trust, pytest.raises(httpx.ConnectError):
        system_trust.get(f"{stack.https}/api/health")


def test_a_browser_using_the_ip_address_gets_the_certificate_for_site_ip(stack):
    """Browsers send no server name (SNI) for an IP address; Caddy must still pick the SITE_IP certificate."""
    import socket

    context = ssl.create_default_context(cafile=str(stack.ca_file))
    context.check_hostname = False  # checked by hand below: the address typed was SITE_IP, not 127.0.0.1
    # No server_hostname: no SNI, as a browser does for https://<ip>.
    with socket.create_connection(("127.0.0.1", stack.https_port), timeout=10) as raw, context.wrap_socket(raw) as tls:
        certificate = tls.getpeercert()
    assert ("IP Address", SITE_IP) in certificate["subjectAltName"]


def test_plain_http_redirects_to_https_keeping_path_and_query(stack):
    response = httpx.get(f"http://localhost:{stack.http_port}/teacher/dashboard.html?class=7A", timeout=10)
    assert response.status_code == 308
    assert response.headers["location"] == f"https://localhost:{stack.https_port}/teacher/dashboard.html?class=7A"


def test_static_pages_are_served_with_the_security_headers(stack):
    with stack.client() as client:
        page = client.get("/")
        script = client.get("/js/login.js")
    assert page.status_code == 200
    assert "<title>Sign in" in page.text
    assert page.headers["content-type"].startswith("text/html")
    for name, value in SECURITY_HEADERS.items():
        assert page.headers[name] == value, name
        assert script.headers[name] == value, name
    assert "unsafe-inline" not in page.headers["content-security-policy"]
    assert "server" not in page.headers


def test_no_inline_scripts_or_styles_in_any_page_so_the_csp_holds():
    for page in (REPO / "web").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for tag in re.findall(r"<script\b[^>]*>", text, flags=re.I):
            assert "src=" in tag, f"{page}: inline <script> would be blocked by the CSP"
        assert not re.search(r"<style\b", text, flags=re.I), f"{page}: inline <style> would be blocked by the CSP"
        assert not re.search(r"\sstyle\s*=", text, flags=re.I), f"{page}: a style= attribute is blocked by the CSP"
        assert not re.search(r"\son[a-z]+\s*=", text, flags=re.I), f"{page}: an inline event handler is blocked"


def test_api_responses_carry_the_headers_and_a_request_id_from_the_proxy(stack):
    with stack.client() as client:
        response = client.get("/api/auth/me")
    assert response.status_code == 401
    assert response.headers["content-security-policy"] == SECURITY_HEADERS["Content-Security-Policy"]
    assert response.headers["cache-control"] == "no-store"
    request_id = response.headers["x-request-id"]
    uuid.UUID(request_id)  # Caddy's {http.request.uuid}, kept by the API because it came from the proxy
    [access] = [json.loads(line) for line in stack.api.log().splitlines() if request_id in line]
    assert access["route"] == "/api/auth/me"
    assert access["status"] == 401
    assert access["request_id"] == request_id


def test_caching_html_revalidates_and_versioned_assets_are_immutable(stack):
    with stack.client() as client:
        page = client.get("/teacher/dashboard.html")
        css = client.get("/css/main.css")
        versioned = client.get("/css/main.css?v=2026.1")
        again = client.get("/css/main.css", headers={"If-None-Match": css.headers["etag"]})
    assert page.headers["cache-control"] == "no-cache"
    assert css.headers["cache-control"] == "no-cache"
    assert versioned.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert again.status_code == 304


def test_responses_are_compressed(stack):
    with stack.client() as client:
        gzip = client.get("/css/main.css", headers={"Accept-Encoding": "gzip"})
        zstd = client.get("/css/main.css", headers={"Accept-Encoding": "zstd"})
    assert gzip.headers["content-encoding"] == "gzip"
    assert zstd.headers["content-encoding"] == "zstd"


def test_unknown_page_is_a_plain_404_not_the_sign_in_page(stack):
    with stack.client() as client:
        response = client.get("/teacher/no-such-page.html")
    assert response.status_code == 404
    assert "There is nothing at this address" in response.text
    assert response.headers["content-security-policy"] == SECURITY_HEADERS["Content-Security-Policy"]


def test_oversized_upload_is_refused_by_the_proxy_before_the_api_sees_it(stack):
    too_big = b"x" * (UPLOAD_LIMIT_MB * 1024 * 1024 + 1)
    marker = f"/api/units/{uuid.uuid4()}/documents"
    with stack.client() as client:
        _login(stack, client)
        response = client.post(marker, files={"file": ("lesson.pdf", too_big, "application/pdf")})
    assert response.status_code == 413, stack.logs()
    assert response.json()["error"] == "TooLarge"
    assert f"{UPLOAD_LIMIT_MB} MB" in response.json()["detail"]
    assert marker not in stack.api.log()  # refused on its declared size: the API never got the request


def test_oversized_chunked_upload_is_cut_off_at_the_limit(stack):
    marker = f"/api/units/{uuid.uuid4()}/documents"
    boundary = "ks3boundary"

    def body() -> Iterator[bytes]:  # a generator: sent chunked, with no Content-Length to check up front
        yield f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n'.encode()
        yield b"Content-Type: application/pdf\r\n\r\n"
        for _ in range(UPLOAD_LIMIT_MB * 4):
            yield b"x" * (512 * 1024)
        yield f"\r\n--{boundary}--\r\n".encode()

    with stack.client() as client:
        _login(stack, client)
        response = client.post(
            marker, content=body(), headers={"Content-Type": f"multipart/form-data; boundary={boundary}"}
        )
    assert response.status_code == 413, stack.logs()
    assert response.json()["error"] == "TooLarge"


def test_upload_under_the_limit_reaches_the_api(stack):
    marker = f"/api/units/{uuid.uuid4()}/documents"
    with stack.client() as client:
        _login(stack, client)
        response = client.post(marker, files={"file": ("lesson.pdf", b"%PDF-1.4 small", "application/pdf")})
    assert response.status_code == 404  # the API's own answer: there is no such unit
    assert response.json()["error"] == "NotFound"
    assert marker in stack.api.log()


def test_real_client_address_reaches_the_api_and_forged_headers_do_not(stack):
    with stack.client() as client:
        response = _login(stack, client, **{"X-Forwarded-For": "203.0.113.9", "X-Real-IP": "203.0.113.9"})
    assert "Secure" in response.headers["set-cookie"]  # the API knows the browser used HTTPS
    token_cookie = response.cookies["ks3_session"]
    from sqlalchemy import create_engine, text

    from app.utils.security import hash_token

    engine = create_engine(stack.database_url.replace("+aiosqlite", ""))
    with engine.connect() as connection:
        ip = connection.execute(
            text("SELECT ip FROM sessions WHERE token_hash = :h"), {"h": hash_token(token_cookie)}
        ).scalar_one()
    engine.dispose()
    assert ip == "127.0.0.1"  # Caddy's view of the client, not the forged header


def test_the_proxy_drops_an_idle_api_connection_before_the_api_does(stack):
    """Otherwise Caddy can send a pupil's request down a connection the API is closing, and it fails (502)."""
    proxy_idle = re.search(r"transport http \{\s*keepalive (\d+)s", CADDYFILE.read_text())
    assert proxy_idle, "docker/Caddyfile should set the API transport's keepalive"
    assert int(proxy_idle.group(1)) < KEEP_ALIVE_SECONDS
    # And `python -m app serve` really keeps an idle connection longer than uvicorn's default of 5 s.
    connection = http.client.HTTPConnection("127.0.0.1", stack.api.port, timeout=10)
    try:
        connection.request("GET", "/api/health")
        assert connection.getresponse().read()
        assert connection.sock is not None
        local_address = connection.sock.getsockname()
        time.sleep(6)
        connection.request("GET", "/api/health")
        response = connection.getresponse()
        response.read()
        assert response.status == 200
        assert connection.sock.getsockname() == local_address, "the request went on a new connection"
    finally:
        connection.close()


def test_api_down_gives_a_calm_json_error(stack):
    """Last in this module: stops the API."""
    stack.api.stop()
    with stack.client() as client:
        response = client.get("/api/health")
    assert response.status_code == 503
    body = json.loads(response.text)
    assert body["error"] == "Unavailable"
    assert "try again" in body["detail"]


# --- The file itself (no running Caddy needed for these two) ----------------------------------------------------


def _caddyfile_headers() -> dict[str, str]:
    block = CADDYFILE.read_text().split("(security_headers) {", 1)[1].split("\n}\n", 1)[0]
    return dict(re.findall(r'^\s+([A-Z][A-Za-z-]+) "([^"]*)"$', block, flags=re.M))


def test_caddy_and_the_app_send_identical_security_headers():
    """make run (FastAPI serving web/) and production (Caddy) must test the pages under the same CSP."""
    assert _caddyfile_headers() == SECURITY_HEADERS


def test_compose_sets_only_placeholders_the_caddyfile_reads():
    import yaml

    placeholders = set(re.findall(r"\{\$([A-Z_]+)(?::[^}]*)?\}", CADDYFILE.read_text()))
    proxy_env = yaml.safe_load((REPO / "compose.yml").read_text())["services"]["proxy"]["environment"]
    assert set(proxy_env) <= placeholders
    assert re.findall(r"\{\$([A-Z_]+)\}", CADDYFILE.read_text()) == []  # every placeholder has a default


def test_caddyfile_is_valid_with_its_production_defaults(tmp_path):
    caddy_bin = need_tool("caddy")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path), "CADDY_STORAGE": str(tmp_path / "storage")}  # fmt: skip
    done = subprocess.run([caddy_bin, "validate", "--adapter", "caddyfile", "--config", str(CADDYFILE)],
                          env=env, capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Valid configuration" in done.stdout + done.stderr
    formatted = subprocess.run([caddy_bin, "fmt", str(CADDYFILE)], capture_output=True, text=True, timeout=30)
    assert formatted.stdout == CADDYFILE.read_text(), "run: caddy fmt --overwrite docker/Caddyfile"
