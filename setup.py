"""Packaging beyond pyproject.toml: the web app's committed build (frontend/dist) ships inside the
package as `backend/spa_dist`, so an installed wheel serves the SPA without the source tree."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["backend*", "migrations*"]), "backend.spa_dist"],
    package_dir={"backend.spa_dist": "frontend/dist"},
    package_data={"backend.spa_dist": ["*", "**/*"]},
)
