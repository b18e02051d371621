"""The committed build in frontend/dist/ is the build of the committed sources: `npm run build`
records a hash of its inputs in dist/source-hash.txt; this recomputes it the same way
(frontend/scripts/source-hash.mjs) without Node."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

FRONTEND = Path(__file__).resolve().parents[2] / "frontend"


def source_files() -> list[str]:
    spec = json.loads((FRONTEND / "source-hash.json").read_text())
    files = [FRONTEND / name for name in spec["files"]]
    for directory in spec["directories"]:
        root = FRONTEND / directory
        if root.is_dir():
            # Tools' caches (e.g. a node_modules/.vite left by a test run) are not sources.
            files.extend(
                path for path in root.rglob("*") if path.is_file() and "node_modules" not in path.relative_to(root).parts
            )
    # Sorted by code point like the JavaScript side (UTF-16 order equals it for these ASCII paths).
    return sorted(path.relative_to(FRONTEND).as_posix() for path in files)


def source_hash() -> str:
    digest = hashlib.sha256()
    for path in source_files():
        file_digest = hashlib.sha256((FRONTEND / path).read_bytes()).hexdigest()
        digest.update(f"{path}\0{file_digest}\n".encode())
    return digest.hexdigest()


def test_sources_are_listed():
    files = source_files()
    assert "package-lock.json" in files and "index.html" in files
    assert any(path.startswith("src/") for path in files)
    assert not any("node_modules" in path for path in files)


def test_dist_was_built_from_the_current_sources():
    recorded = (FRONTEND / "dist" / "source-hash.txt").read_text().strip()
    assert recorded == source_hash(), (
        "frontend/dist/ is stale: run `npm ci && npm run build` in frontend/ and commit dist/"
    )


def test_dist_has_the_app_and_its_assets():
    index = (FRONTEND / "dist" / "index.html").read_text()
    assert '<div id="root">' in index
    assets = [line.split('"')[1] for line in index.split() if line.startswith(("src=", "href=")) and "/assets/" in line]
    assert assets, index
    for asset in assets:
        assert (FRONTEND / "dist" / asset.lstrip("/")).is_file(), asset
