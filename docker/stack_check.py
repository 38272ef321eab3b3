"""What docker/stack-test.sh checks through the proxy, as browsers reach it: HTTPS with Caddy's internal CA.

Standard library only (it runs with the machine's python3, outside the project's virtualenv). Each subcommand
prints what it checked and exits non-zero with the reason on the first failure.

    python3 docker/stack_check.py flow      --base https://localhost:PORT --ca ca.crt --admin-password P --state F
    python3 docker/stack_check.py autosave  --base ... --ca ... --state F --seconds 25
    python3 docker/stack_check.py kept      --base ... --ca ... --state F
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import hmac
import http.cookiejar
import json
import secrets
import ssl
import struct
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

ADD_CODE = "def add(a, b):\n    return a + b\n"


class Failed(Exception):
    """A check did not hold."""


class Browser:
    """One person's browser: a cookie jar, the CSRF token of their session, and trust in the school's CA."""

    def __init__(self, base: str, ca: str) -> None:
        self.base = base.rstrip("/")
        self.csrf = ""
        context = ssl.create_default_context(cafile=ca)  # the proxy's certificate must check out against its CA
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPSHandler(context=context),
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()),
        )

    def call(self, method: str, path: str, body: Any = None, *, expect: int | tuple[int, ...] = 200,
             timeout: float = 60) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        if self.csrf:
            request.add_header("X-CSRF-Token", self.csrf)
        try:
            with self.opener.open(request, timeout=timeout) as response:
                status, text = response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read().decode()
        wanted = (expect,) if isinstance(expect, int) else expect
        if status not in wanted:
            raise Failed(f"{method} {path}: {status} (wanted {wanted}): {text[:500]}")
        return json.loads(text) if text else None

    def sign_in(self, username: str, password: str) -> dict:
        reply = self.call("POST", "/api/auth/login", {"username": username, "password": password})
        self.csrf = reply["csrf_token"]
        return reply["user"]


def say(message: str) -> None:
    print(f"  - {message}", flush=True)


def flow(args: argparse.Namespace) -> None:
    """Health and readiness through the proxy; the admin sets up two-step sign-in and signs in with a code, then
    makes a teacher, a class and pupils; the teacher writes and publishes a Python question; a pupil answers it
    and it is marked by the runner container."""
    anyone = Browser(args.base, args.ca)
    health = anyone.call("GET", "/api/health")
    say(f"GET /api/health over HTTPS (certificate checked against Caddy's CA): {health}")
    ready = anyone.call("GET", "/api/ready")
    if ready.get("status") != "ready" or ready.get("sandbox") != "bwrap":
        raise Failed(f"/api/ready is not ready with the bubblewrap sandbox: {ready}")
    say(f"GET /api/ready: {ready}")

    admin = admin_with_two_step_sign_in(args)
    teacher_password = "stack-" + secrets.token_urlsafe(12)
    teacher = admin.call("POST", "/api/admin/teachers", {"username": "stackteacher", "name": "Ms Stack",
                                                         "password": teacher_password}, expect=201)
    teacher_id = teacher["teacher"]["id"]
    school_class = admin.call("POST", "/api/admin/classes", {"name": "8S", "year_group": 8, "academic_year": "2026-27",
                                                             "teacher_ids": [teacher_id]}, expect=201)
    say(f"admin created teacher 'stackteacher' and class {school_class['name']}")

    staff = Browser(args.base, args.ca)
    staff.sign_in("stackteacher", teacher_password)
    pupils = [staff.call("POST", f"/api/classes/{school_class['id']}/pupils/new",
                         {"first_name": name, "last_name": "Stack", "year_group": 8}, expect=201)
              for name in ("Ada", "Alan")]
    say(f"teacher created pupils {[p['username'] for p in pupils]}")
    assessment = staff.call("POST", "/api/assessments", {"title": "Stack test", "year_group": 8}, expect=201)
    code_question = staff.call("POST", f"/api/assessments/{assessment['id']}/questions", {
        "type": "python_code", "question_text": "Write add(a, b), which gives a + b.", "points": 2,
        "config": {"type": "python_code", "starter_code": "def add(a, b):\n    pass\n",
                   "reference_solution": ADD_CODE,
                   "test_cases": [{"input": "add(2, 3)", "expected": "5"},
                                  {"input": "add(-1, 1)", "expected": "0", "visible": False}]},
    }, expect=201)
    text_question = staff.call("POST", f"/api/assessments/{assessment['id']}/questions", {
        "type": "text_input", "question_text": "Name the part of the CPU that does arithmetic.",
        "config": {"type": "text_input", "accepted_answers": [{"text": "ALU"}]},
    }, expect=201)
    staff.call("POST", f"/api/assessments/{assessment['id']}/publish", {"classes": [{"class_id": school_class["id"]}]})
    say("teacher wrote a Python question and a short-answer question and published them to 8S")

    pupil = Browser(args.base, args.ca)
    pupil.sign_in(pupils[0]["username"], pupils[0]["password"])
    view = pupil.call("POST", f"/api/pupil/assessments/{assessment['id']}/start")
    attempt_id = view["attempt_id"]
    code_id = _question_id(code_question)
    answer_url = f"/api/pupil/attempts/{attempt_id}/answers/{code_id}"
    saved = pupil.call("PUT", answer_url, {"answer_data": {"code": "def add(a, b):\n"}, "seq": 1})
    if not saved["saved"]:
        raise Failed(f"the autosave was not stored: {saved}")
    marked = pupil.call("POST", answer_url + "/submit", {"answer_data": {"code": ADD_CODE}, "seq": 2}, timeout=120)
    if marked.get("score") != 2:
        raise Failed(f"the Python answer was not marked 2/2 by the runner: {json.dumps(marked)[:800]}")
    say(f"pupil autosaved and submitted add(a, b): marked {marked['score']}/2 in the runner container")
    Path(args.state).write_text(json.dumps({
        "pupil": pupils[0], "attempt_id": attempt_id, "assessment_id": assessment["id"],
        "text_question_id": _question_id(text_question),
    }))


def totp_code(secret: str, step: int) -> str:
    """The 6-digit code an authenticator app shows for a 30-second time step (RFC 6238: HMAC-SHA-1), here with
    the standard library alone, as this script runs outside the project's virtualenv."""
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return str((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000).zfill(6)


def admin_with_two_step_sign_in(args: argparse.Namespace) -> Browser:
    """The first admin's first sign-in on a production server: nothing but setting up two-step sign-in is allowed
    until it is on. Then signing in again takes the password and a code from the (computed) authenticator app."""
    first = Browser(args.base, args.ca)
    reply = first.call("POST", "/api/auth/login", {"username": "admin", "password": args.admin_password})
    if reply.get("two_factor_setup_required") is not True:
        raise Failed(f"the admin was not asked to set up two-step sign-in in production: {reply}")
    first.csrf = reply["csrf_token"]
    refused = first.call("GET", "/api/admin/teachers", expect=403)
    say(f"admin signed in with the password alone can do nothing else yet: {refused['detail']}")
    setup = first.call("POST", "/api/auth/two-factor/setup")
    if not setup["otpauth_uri"].startswith("otpauth://totp/KS3%20Assessment"):
        raise Failed(f"the set-up key is not for KS3 Assessment: {setup['otpauth_uri']}")
    step = int(time.time() // 30)
    codes = first.call("POST", "/api/auth/two-factor/enable", {"code": totp_code(setup["secret"], step)})
    say(f"admin set up two-step sign-in with a code from the key; {len(codes['recovery_codes'])} recovery codes")

    admin = Browser(args.base, args.ca)
    reply = admin.call("POST", "/api/auth/login", {"username": "admin", "password": args.admin_password})
    if reply.get("next_step") != "two_factor_code":
        raise Failed(f"signing in again did not ask for the code: {reply}")
    # The set-up used this step's code, and a code works once: the next step's (one step ahead is allowed).
    signed_in = admin.call("POST", "/api/auth/login/code", {"code": totp_code(setup["secret"], step + 1)})
    admin.csrf = signed_in["csrf_token"]
    admin.call("GET", "/api/admin/teachers")
    say("admin signed in again with the password and a 6-digit code")
    return admin


def _question_id(saved: dict) -> str:
    return saved["question"]["id"]


def autosave(args: argparse.Namespace) -> None:
    """Save on and on for `--seconds` while the stack test restarts the API: afterwards the answer stored is
    never older than the newest save that was acknowledged (a save whose reply was lost may be newer)."""
    state = json.loads(Path(args.state).read_text())
    pupil = Browser(args.base, args.ca)
    pupil.sign_in(state["pupil"]["username"], state["pupil"]["password"])
    url = f"/api/pupil/attempts/{state['attempt_id']}/answers/{state['text_question_id']}"
    acknowledged, refused, seq = 0, 0, 100
    deadline = time.monotonic() + args.seconds
    while time.monotonic() < deadline:
        seq += 1
        try:
            reply = pupil.call("PUT", url, {"answer_data": {"text": f"ALU {seq}"}, "seq": seq}, timeout=10)
            if reply["saved"]:
                acknowledged = seq
        except (Failed, OSError) as error:  # the API restarting: the proxy answers 502/503, or the line drops
            refused += 1
            if refused == 1:
                say(f"first refused save while the API restarts (expected): {str(error)[:160]}")
        time.sleep(0.05)
    if acknowledged <= 100 or refused == 0:
        raise Failed(f"the test did not cover a restart: {acknowledged - 100} saves acknowledged, {refused} refused")
    stored = _stored(pupil, state)
    if stored["seq"] < acknowledged or stored["answer_data"] != {"text": f"ALU {stored['seq']}"}:
        raise Failed(f"an acknowledged save was lost: newest acknowledged {acknowledged}, stored {stored}")
    state["final_seq"] = stored["seq"]
    Path(args.state).write_text(json.dumps(state))
    say(f"{seq - 100} saves across the restart, {refused} refused while it was down, newest acknowledged "
        f"{acknowledged}, stored {stored['seq']}: nothing acknowledged was lost")


def _stored(pupil: Browser, state: dict) -> dict:
    answers = pupil.call("GET", f"/api/pupil/attempts/{state['attempt_id']}/answers")["answers"]
    return next(a for a in answers if a["question_id"] == state["text_question_id"])


def kept(args: argparse.Namespace) -> None:
    """After the stack was stopped and started again: the pupil signs in and finds the answer as it was."""
    state = json.loads(Path(args.state).read_text())
    pupil = Browser(args.base, args.ca)
    pupil.sign_in(state["pupil"]["username"], state["pupil"]["password"])
    stored = _stored(pupil, state)
    if stored["seq"] != state["final_seq"]:
        raise Failed(f"the answer changed across the stop and start: {stored}, wanted seq {state['final_seq']}")
    say(f"pupil signed in again and found their answer as saved (seq {stored['seq']})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["flow", "autosave", "kept"])
    parser.add_argument("--base", required=True)
    parser.add_argument("--ca", required=True)
    parser.add_argument("--state", required=True)
    parser.add_argument("--admin-password", default="")
    parser.add_argument("--seconds", type=float, default=25)
    args = parser.parse_args()
    try:
        {"flow": flow, "autosave": autosave, "kept": kept}[args.command](args)
    except Failed as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
