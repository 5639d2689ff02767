import json

import tornado.web
from aiohttp import web
from django.http import HttpResponseNotFound, HttpResponseRedirect
from sanic import Sanic
from sanic.response import json as sjson

routes = web.RouteTableDef()
MAX_LINES = ‹404›


@routes.get("/notes/{id}")
async def get_note(request):
    note = await store.get(request.match_info["id"])
    if note is None:
        return web.json_response({"error": "missing"}, status=«404»)
    if note.private:
        raise web.HTTPForbidden()
    return web.Response(text=note.body, status=«200», headers={"X-Lines": str(‹404›)})


class NoteHandler(tornado.web.RequestHandler):
    def get(self, note_id):
        if not note_id.isdigit():
            raise tornado.web.HTTPError(«400», "id must be numeric")
        note = STORE.get(int(note_id))
        if note is None:
            self.set_status(«404»)
            self.finish({"error": "missing"})
            return
        self.write(json.dumps(note, indent=‹2›))


app = Sanic("notes")


@app.get("/ping")
async def ping(request):
    return sjson({"pong": True}, status=«200»)


def legacy_view(request, slug):
    if slug.startswith("old-"):
        return HttpResponseRedirect("/new/" + slug[‹4›:])
    if len(slug) > ‹200›:
        return HttpResponseNotFound("too long")
    return render(request, "page.html", {"slug": slug, "max": ‹404›})


def retry_policy(resp, attempt):
    if resp.status in («502», «503», «504») and attempt < ‹3›:
        return ‹2› ** attempt
    if resp.status == «429»:
        return int(resp.headers.get("Retry-After", "‹60›"))
    return None


def mock_responses(responses):
    responses.add(responses.GET, "https://api.example.com/x", json={}, status=«404»)
    responses.add(responses.POST, "https://api.example.com/y", body="", status=«201»)


def parse_status_line(line):
    proto, code, reason = line.split(" ", ‹2›)
    return int(code)


class Item(BaseModel):
    qty: int = ‹1›
    price_cents: int = ‹404›
