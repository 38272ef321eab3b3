"""compose.yml and compose.prod.yml: valid for Compose (Debian's docker-compose reads and merges them), and
saying what docs/operations.md promises: isolated networks, a locked-down runner, no source mounts, limits."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from app.config import Settings
from tests.deploy.servers import REPO, need_tool

COMPOSE_FILES = ("compose.yml", "compose.prod.yml")
# What an admin puts in .env (docs/operations.md, step 3).
SECRETS = {
    "SESSION_SECRET": "k2mW9s0c3Xr8VqLz7TnB4yHf6JdPa1Ue5Gi0Oo2Rl4Ss",
    "POSTGRES_PASSWORD": "d41d8cd98f00b204e9800998ecf8427e",
    "RUNNER_TOKEN": "Qw3rTy7uIo9pAs2dFg4hJk6lZx8cVb0n",
}
RUNNER_CAPABILITIES = {"SETUID", "SETGID", "KILL"}


def compose_config(tmp_path: Path, *files: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    """`docker-compose config`: validates against the Compose specification, merges, and interpolates .env."""
    binary = need_tool("docker-compose")
    env_file = tmp_path / "compose.env"
    env_file.write_text("".join(f"{k}={v}\n" for k, v in env.items()))
    args = [binary, "--project-directory", str(REPO), "--env-file", str(env_file)]
    for name in files:
        args += ["-f", str(REPO / name)]
    # A clean environment: variables of the test process would override .env in the interpolation.
    return subprocess.run(
        [*args, "config"], capture_output=True, text=True, timeout=60, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    )


@pytest.fixture(scope="module")
def prod(tmp_path_factory) -> dict:
    done = compose_config(tmp_path_factory.mktemp("compose"), *COMPOSE_FILES, env=SECRETS)
    assert done.returncode == 0, done.stderr
    return yaml.safe_load(done.stdout)


@pytest.fixture(scope="module")
def dev(tmp_path_factory) -> dict:
    done = compose_config(tmp_path_factory.mktemp("compose"), "compose.yml", env={})
    assert done.returncode == 0, done.stderr
    return yaml.safe_load(done.stdout)


def test_development_file_is_valid_on_its_own_with_no_env_at_all(dev):
    assert set(dev["services"]) == {"proxy", "api", "db", "runner", "backup"}


def test_production_refuses_to_start_without_its_secrets(tmp_path):
    for missing in SECRETS:
        env = {k: v for k, v in SECRETS.items() if k != missing}
        done = compose_config(tmp_path, *COMPOSE_FILES, env=env)
        assert done.returncode != 0
        assert f"Set {missing} in .env" in done.stderr


def test_env_example_works_for_development_and_names_what_production_still_needs(tmp_path):
    example = (REPO / ".env.example").read_text()
    env = dict(line.split("=", 1) for line in example.splitlines() if re.match(r"^[A-Z_]+=", line))
    assert compose_config(tmp_path, "compose.yml", env=env).returncode == 0
    done = compose_config(tmp_path, *COMPOSE_FILES, env=env)
    assert done.returncode != 0  # left empty on purpose
    assert "Set RUNNER_TOKEN in .env" in done.stderr


def test_every_variable_the_compose_files_read_is_documented_in_env_example():
    example = (REPO / ".env.example").read_text()
    documented = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", example, flags=re.M))
    used = set()
    for name in COMPOSE_FILES:
        used |= set(re.findall(r"\$\{([A-Z][A-Z0-9_]+)", (REPO / name).read_text()))
    assert used - documented == set(), "add these to .env.example with a comment"


def test_api_environment_names_only_settings_the_app_knows(prod):
    known = {name.upper() for name in Settings.model_fields}
    unknown = set(prod["services"]["api"]["environment"]) - known
    assert unknown == set(), f"typo? the app has no setting called {unknown}"
    runner_env = set(prod["services"]["runner"]["environment"]) - {"RUNNER_HOST", "RUNNER_PORT", "RUNNER_SOCKET"}
    assert runner_env - known == set()


def test_production_settings(prod):
    api = prod["services"]["api"]
    env = api["environment"]
    assert env["APP_ENV"] == "production"
    assert env["SESSION_SECRET"] == SECRETS["SESSION_SECRET"]
    assert env["DATABASE_URL"] == f"postgresql+psycopg://assessment_user:{SECRETS['POSTGRES_PASSWORD']}@db:5432/ks3_assessment"
    assert env["RUNNER_URL"] == "unix://" + prod["services"]["runner"]["environment"]["RUNNER_SOCKET"]
    assert env["RUNNER_TOKEN"] == SECRETS["RUNNER_TOKEN"]
    assert prod["services"]["runner"]["environment"]["RUNNER_TOKEN"] == SECRETS["RUNNER_TOKEN"]
    assert env["COOKIE_SECURE"] == "always"
    assert env["LOG_JSON"] == "true"
    assert env["SERVE_WEB"] == "false"
    workers = api["command"][api["command"].index("--workers") + 1]
    assert int(workers) > 1
    # The API believes forwarding headers only from the proxy's network.
    assert env["TRUSTED_PROXIES"] == prod["networks"]["edge"]["ipam"]["config"][0]["subnet"]
    assert prod["services"]["proxy"]["environment"]["MAX_UPLOAD_SIZE_MB"] == env["MAX_UPLOAD_SIZE_MB"]


def test_production_restarts_limits_and_rotates_logs(prod):
    for name in ("proxy", "api", "db", "runner"):
        service = prod["services"][name]
        assert service["restart"] == "unless-stopped", name
        assert service["logging"]["options"]["max-size"], name
        limits = service.get("deploy", {}).get("resources", {}).get("limits", {})
        assert limits.get("memory") or service.get("mem_limit"), name
        assert limits.get("cpus") or service.get("cpus"), name


def test_no_source_code_is_mounted_in_production(prod):
    for name, service in prod["services"].items():
        for volume in service.get("volumes", []):
            spec = volume if isinstance(volume, dict) else {"source": volume.split(":")[0]}
            source = str(spec.get("source", ""))
            if source.startswith("/"):  # a bind mount: only the backup folder is allowed
                assert (name, Path(source).name) == ("backup", "backups"), f"{name} mounts {source}"


def test_networks_keep_the_database_and_the_runner_unreachable_from_outside(prod):
    services, networks = prod["services"], prod["networks"]
    assert networks["data"]["internal"] is True
    assert set(services["db"]["networks"]) == {"data"}
    assert "ports" not in services["db"]
    # The runner has no network at all; the API reaches it through a socket in a volume only the two share.
    assert services["runner"]["network_mode"] == "none"
    assert "networks" not in services["runner"] and "ports" not in services["runner"]
    socket_dir = services["runner"]["environment"]["RUNNER_SOCKET"].rsplit("/", 1)[0]
    sharing = {name for name, service in services.items()
               if any(str(v).startswith("runner_socket:") or (isinstance(v, dict) and v.get("source") == "runner_socket")
                      for v in service.get("volumes", []))}
    assert sharing == {"api", "runner"}
    assert any(str(v) == f"runner_socket:{socket_dir}:ro" for v in services["api"]["volumes"])
    assert set(services["api"]["networks"]) == {"edge", "data"}
    assert "ports" not in services["api"]
    assert set(services["proxy"]["networks"]) == {"edge"}
    assert {p["target"] for p in services["proxy"]["ports"]} == {8080, 8443}


def test_runner_container_is_locked_down(prod):
    runner = prod["services"]["runner"]
    assert runner["read_only"] is True
    assert runner["cap_drop"] == ["ALL"]
    assert set(runner["cap_add"]) == RUNNER_CAPABILITIES
    # Lifted for the runner alone, so bubblewrap can give each run its own namespaces (docs/operations.md).
    assert set(runner["security_opt"]) == {"no-new-privileges:true", "seccomp=unconfined", "apparmor=unconfined"}
    assert runner["pids_limit"] <= 128
    assert runner["mem_limit"]
    assert any(t.startswith("/tmp:") for t in runner["tmpfs"])
    assert runner["environment"]["SANDBOX_ISOLATION"] == "bwrap"  # forced: never a quiet fallback
    # Healthy only when a trivial program runs in the sandbox (app/sandbox/health_check.py).
    assert runner["healthcheck"]["test"] == ["CMD", "python", "-m", "app.sandbox.service", "--health"]


def test_every_long_running_service_drops_privileges(prod):
    for name in ("proxy", "api", "runner"):
        service = prod["services"][name]
        assert service["cap_drop"] == ["ALL"], name
        assert service["read_only"] is True, name
    for name in ("proxy", "api", "db", "runner"):
        assert "no-new-privileges:true" in prod["services"][name]["security_opt"], name
    for name in ("proxy", "api", "db"):  # Docker's default seccomp and AppArmor profiles stay on
        assert not any("unconfined" in opt for opt in prod["services"][name]["security_opt"]), name


def test_api_waits_for_a_healthy_database_and_runner_and_reports_ready(prod):
    api = prod["services"]["api"]
    assert api["depends_on"]["db"]["condition"] == "service_healthy"
    assert api["depends_on"]["runner"]["condition"] == "service_healthy"
    assert "/api/ready" in " ".join(api["healthcheck"]["test"])
    assert "pg_isready" in " ".join(prod["services"]["db"]["healthcheck"]["test"])
    assert prod["services"]["db"]["image"].startswith("postgres:1")
    assert int(prod["services"]["db"]["image"][9:11]) >= 15
    assert "postgres_data" in prod["volumes"]
    assert "caddy_data" in prod["volumes"]


def _stage(dockerfile: str, name: str) -> str:
    text = (REPO / dockerfile).read_text()
    return re.split(r"^FROM ", text.split(f" AS {name}\n", 1)[1], flags=re.M)[0]


def test_api_image_runs_as_an_unprivileged_user_and_runner_keeps_code_away_from_root():
    api = _stage("backend/Dockerfile", "api")
    assert re.search(r"^USER 10001$", api, flags=re.M)
    runner = _stage("backend/Dockerfile", "runner")
    assert "useradd --system --no-create-home --shell /usr/sbin/nologin sandbox" in runner
    assert "bubblewrap" in runner
    assert "SANDBOX_ISOLATION=bwrap" in runner
    assert 'CMD ["python", "-m", "app.sandbox.service"]' in runner


def test_images_copy_what_the_app_reads_at_run_time():
    base = (REPO / "backend" / "Dockerfile").read_text()
    for path in ("backend/app", "backend/alembic", "backend/alembic.ini", "assessment_prompts"):
        assert re.search(rf"^COPY {re.escape(path)} ", base, flags=re.M), path
    ignored = (REPO / ".dockerignore").read_text().split()
    assert ".env" in ignored
    assert ".venv" in ignored
    assert "data" in ignored
    for path in ("backend/app", "assessment_prompts", "web", "docker"):
        assert path not in ignored
