"""The baseline for bench/ingest.py: a bare FastAPI endpoint validating the same body, storing nothing."""

from __future__ import annotations

import uuid

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from audit_service.interactions.schemas import TextInteractionCreate

app = FastAPI()


@app.post("/v1/interactions/text", status_code=202)
def post_text(payload: TextInteractionCreate) -> JSONResponse:
    return JSONResponse({"id": uuid.uuid4().hex, "external_id": payload.external_id, "status": "queued"},
                        status_code=202)
