"""The backend serves the committed SPA build: hashed assets cached for good, index.html revalidated."""

from __future__ import annotations

from pathlib import Path

DIST = Path(__file__).resolve().parents[2] / "frontend" / "dist"


async def test_assets_are_cached_for_good_and_pages_revalidated(client):
    asset = next((DIST / "assets").glob("*.js")).name
    response = await client.get(f"/assets/{asset}")
    assert response.status_code == 200
    assert response.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert "javascript" in response.headers["content-type"]

    for path in ("/", "/settings/members", "/audit"):
        page = await client.get(path)
        assert page.status_code == 200 and '<div id="root">' in page.text
        assert page.headers["cache-control"] == "no-cache", path


async def test_a_missing_asset_is_a_404_not_the_app(client):
    response = await client.get("/assets/nope-12345678.js")
    assert response.status_code == 404
