"""The collection letters' PDF behind a short-lived signed link (made by `collectionLetterCreate`):

  GET /collections/letters/{action_id}/{kind}.pdf?expires=…&signature=…   kind: collection | lawyer

A link that is unknown, tampered with or expired gets 404 and nothing else."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response

from ..config import Settings
from ..kit.ids import parse_uuid
from .letters import TITLES, LetterKind, action_by_link, letter_for, render_pdf


def letter_endpoint(settings: Settings) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        kind = request.path_params["kind"]
        action = await action_by_link(
            settings, parse_uuid(request.path_params["action_id"]), kind,
            request.query_params.get("expires", ""), request.query_params.get("signature", ""),
        )
        if action is None:
            return Response("This link is not valid or has expired.", status_code=404, media_type="text/plain")
        letter = await letter_for(action, LetterKind(kind))
        content = await asyncio.to_thread(render_pdf, letter)
        name = quote(f"{TITLES[letter.kind]}-{letter.customer.code}.pdf")
        return Response(content, media_type="application/pdf",
                        headers={"content-disposition": f"inline; filename*=UTF-8''{name}", "cache-control": "no-store"})

    return endpoint
