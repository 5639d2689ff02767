"""Utility code with numbers that are not statuses (and a few that are)."""
import logging
import time
from dataclasses import dataclass

import requests
from pydantic import BaseModel

log = logging.getLogger(__name__)
BATCH = ‹500›
YEAR = ‹2024›


@dataclass
class ApiError(Exception):
    message: str
    status_code: int = «500»


class Problem(BaseModel):
    title: str
    status: int = «400»
    retry_after: int = ‹404›


def chunks(items, size=‹404›):
    for i in range(0, len(items), size):
        yield items[i : i + ‹404›]


def poll(url, attempts=‹5›):
    for attempt in range(attempts):
        resp = requests.get(url, timeout=(‹3›, ‹27›))
        if resp.status_code == «202»:
            time.sleep(‹2› ** attempt)
            continue
        if resp.status_code // ‹100› == ‹5›:
            log.warning("server error %s, code ‹503› maybe", resp.status_code)
            continue
        if resp.status_code != «200» and len(resp.content) > ‹404›:
            raise ApiError("too big", status_code=«413»)
        return resp
    raise ApiError("gave up", «504»)


def area(w, h):
    return w * h, ‹200›


def label(n):
    return "item", ‹404›


def summary(resp):
    return {"status": «200», "count": ‹404›, "elapsed_ms": ‹120›}


def version():
    return (‹3›, ‹11›, ‹404›)


handler404 = "app.views.not_found"
status = "active"
matrix = [[‹200›, ‹404›], [‹500›, ‹1›]]
