"""deploy/: the compose file and the Kubernetes manifests parse, run every role the way the docs
say, probe the right endpoints, and name only settings that backend/config.py reads. (There is
no Docker daemon or cluster here: this checks the files, docs/deploy.md says how to run them.)"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from backend.config import Settings

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
SETTINGS = {field.alias for field in Settings.model_fields.values()}


def _compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def _manifests() -> list[dict]:
    kustomization = yaml.safe_load((DEPLOY / "k8s" / "kustomization.yaml").read_text())
    documents = []
    for name in kustomization["resources"]:
        documents.extend(doc for doc in yaml.safe_load_all((DEPLOY / "k8s" / name).read_text()) if doc)
    return documents


def _of_kind(kind: str) -> dict[str, dict]:
    return {doc["metadata"]["name"]: doc for doc in _manifests() if doc["kind"] == kind}


def test_compose_runs_every_role_with_replicas_healthchecks_and_known_settings():
    services = _compose()["services"]
    assert {"postgres", "rabbitmq", "redis", "migrate", "api", "worker", "scheduler", "proxy"} <= services.keys()
    assert services["redis"]["profiles"] == ["redis"]
    commands = {name: service.get("command") for name, service in services.items()}
    assert commands["migrate"] == ["huikuan", "migrate"]
    for role in ("api", "worker", "scheduler"):
        assert services[role]["deploy"]["replicas"] == 2
        assert services[role]["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}
    assert commands["api"] == ["huikuan", "serve"] and "/readyz" in " ".join(services["api"]["healthcheck"]["test"])
    for name in ("postgres", "rabbitmq", "redis", "api", "worker"):
        assert services[name]["healthcheck"]["test"], name
    for name in ("api", "worker", "scheduler", "migrate"):
        unknown = set(services[name]["environment"]) - SETTINGS
        assert not unknown, f"{name} sets {unknown}, which backend/config.py does not read"
        assert services[name]["environment"]["HUIKUAN_ENV"] == "production"
    assert "./Caddyfile:/etc/caddy/Caddyfile:ro" in services["proxy"]["volumes"]
    assert re.search(r"dynamic a api 8000", (DEPLOY / "Caddyfile").read_text())


def test_env_example_names_every_variable_compose_requires():
    text = (DEPLOY / "compose.yaml").read_text()
    required = set(re.findall(r"\$\{([A-Z_]+):\?", text))
    example = {line.split("=", 1)[0] for line in (DEPLOY / "env.example").read_text().splitlines() if "=" in line and not line.startswith("#")}
    assert required <= example, required - example


def test_kubernetes_deployments_probe_readyz_and_healthz_and_have_disruption_budgets():
    deployments = _of_kind("Deployment")
    assert set(deployments) == {"huikuan-api", "huikuan-worker", "huikuan-scheduler"}
    api = deployments["huikuan-api"]["spec"]["template"]["spec"]["containers"][0]
    assert api["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert api["livenessProbe"]["httpGet"]["path"] == "/healthz"
    budgets = _of_kind("PodDisruptionBudget")
    for name, deployment in deployments.items():
        assert deployment["spec"]["replicas"] == 2
        labels = deployment["spec"]["selector"]["matchLabels"]
        assert deployment["spec"]["template"]["metadata"]["labels"] == labels
        assert any(budget["spec"]["selector"]["matchLabels"] == labels for budget in budgets.values()), name
    job = _of_kind("Job")["huikuan-migrate"]["spec"]["template"]["spec"]
    assert job["containers"][0]["args"] == ["huikuan", "migrate"] and job["restartPolicy"] == "Never"
    service = _of_kind("Service")["huikuan-api"]
    assert service["spec"]["selector"] == deployments["huikuan-api"]["spec"]["selector"]["matchLabels"]


def test_kubernetes_manifests_name_only_known_settings():
    config = _of_kind("ConfigMap")["huikuan-config"]["data"]
    secret = yaml.safe_load((DEPLOY / "k8s" / "secret.example.yaml").read_text())["stringData"]
    names = set(config) | set(secret)
    for deployment in _of_kind("Deployment").values():
        for container in deployment["spec"]["template"]["spec"]["containers"]:
            names |= {entry["name"] for entry in container.get("env", [])}
    assert names <= SETTINGS, names - SETTINGS
    assert {"DATABASE_URL", "BROKER_URL", "JWT_SECRET_KEY", "ENCRYPTION_KEYS"} <= set(secret)
