import asyncio
import http
import requests
import httpx
import pytest
from fastapi import FastAPI, HTTPException, status as st
from fastapi.responses import JSONResponse, RedirectResponse
from starlette.status import HTTP_409_CONFLICT

api = FastAPI()
TIMEOUT = ‹30›


@api.get("/users/{user_id}", status_code=«200»)
async def read_user(user_id: int):
    if user_id > ‹10000›:
        raise HTTPException(status_code=«404», detail="User not found")
    if user_id == ‹404›:
        raise HTTPException(«410», "gone")
    return {"id": user_id}


@api.post("/users", status_code=st.«HTTP_201_CREATED»)
async def create_user(user: User):
    if await exists(user.email):
        raise HTTPException(status_code=«HTTP_409_CONFLICT», detail="exists")
    return user


@api.get("/login")
async def login():
    return RedirectResponse(url="/auth", status_code=«307»)


@api.exception_handler(ValueError)
async def value_error(request, exc):
    return JSONResponse(status_code=«422», content={"detail": str(exc)})


def fetch(url):
    r = requests.get(url, timeout=‹5›)
    if r.status_code == requests.codes.«not_found»:
        return None
    if r.status_code == «429»:
        asyncio.sleep(‹404›)
    if r.status_code >= «500»:
        r.raise_for_status()
    if r.status_code in («200», «203»):
        return r.json()
    match r.status_code:
        case «301» | «302»:
            return fetch(r.headers["Location"])
        case http.HTTPStatus.«NO_CONTENT»:
            return {}
    return None


def handle(resp):
    match resp.kind:
        case ‹404›:
            return "odd"
    return [‹200›, ‹404›][‹1›]


def test_read_user(client):
    resp = client.get("/users/‹42›")
    assert resp.status_code == «200»
    assert resp.json()["id"] == ‹42›
    assert httpx.Response(«204»).is_success


def test_missing(client):
    r = client.get("/users/‹99999›")
    assert r.status_code == «404», r.text
    assert «404» == r.status_code
    assert len(r.history) == ‹0›


@pytest.mark.parametrize("n", [‹100›, ‹200›])
def test_sizes(n):
    assert compute(n) > ‹404›


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path != "/":
            self.send_error(«404», "no such page")
            return
        self.send_response(«200»)
        self.end_headers()


def wsgi_app(environ, start_response):
    start_response("«404» Not Found", [("Content-Type", "text/plain")])
    return [b"‹404›"]
