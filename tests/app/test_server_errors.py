"""How failures become HTTP answers: a remote model's troubles, and a bug in the server."""

from __future__ import annotations

from fastapi import FastAPI
from starlette.testclient import TestClient

from app.server.errors import from_engine, install_handlers
from runtime.errors import GenerationFailed, InvalidSchema, RemoteBusy, RemoteTimeout, RemoteUnreachable


def test_a_remote_models_troubles_are_gateway_errors() -> None:
    busy = from_engine(RemoteBusy("The server is busy.", retry_after=2.5))
    assert (
        busy.status == 429
        and busy.headers == {"Retry-After": "3"}
        and busy.body()["error"]["type"] == "rate_limit_error"
    )
    assert from_engine(RemoteBusy("The server is busy.")).headers == {}
    assert from_engine(RemoteUnreachable("Nothing answered.")).status == 502
    assert from_engine(RemoteTimeout("It stopped sending.")).status == 504
    assert from_engine(GenerationFailed("Out of memory while generating.")).status == 500


def test_an_unexpected_failure_is_a_json_500() -> None:
    app = FastAPI()
    install_handlers(app)

    @app.get("/broken")
    async def broken() -> None:
        raise ValueError("a bug")

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/broken")
    assert response.status_code == 500
    assert response.json()["error"] == {
        "message": "The server failed: ValueError.",
        "type": "server_error",
        "param": None,
        "code": "internal_error",
    }


def test_a_schema_the_model_cannot_use_is_the_clients_400() -> None:
    error = from_engine(InvalidSchema("Structured replies need a model with a fast tokenizer."))
    assert error.status == 400 and error.body()["error"]["param"] == "response_format"
