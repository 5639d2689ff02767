"""Small Flask service.

Returns 404 when an item is missing and 201 on create.
"""
import time
from http import HTTPStatus as S
from flask import Flask, abort, jsonify, make_response, redirect, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = ‹16› * ‹1024› * ‹1024›
RETRIES = ‹3›
PAGE_SIZE = ‹200›


@app.route("/items/<int:item_id>")
def get_item(item_id):
    item = ITEMS.get(item_id)
    if item is None:
        abort(«404»)
    if item.get("hidden"):
        abort(«403», description="hidden")
    return jsonify(item), «200»


@app.post("/items")
def create_item():
    data = request.get_json(silent=True)
    if not data:
        return {"error": "body required"}, «400»
    if len(data.get("name", "")) > ‹404›:
        return jsonify(error="name too long"), S.«REQUEST_ENTITY_TOO_LARGE»
    ITEMS[len(ITEMS) + ‹1›] = data
    return jsonify(data), «201», {"Location": f"/items/{len(ITEMS)}"}


@app.get("/old")
def old():
    return redirect("/new", code=«301»)


@app.get("/moved")
def moved():
    return redirect("/elsewhere", «308»)


@app.errorhandler(«404»)
def not_found(err):
    return render_template("404.html"), «404»


@app.get("/teapot")
def teapot():
    resp = make_response("I'm a teapot", «418»)
    resp.status_code = «418»
    return resp


def window(values):
    """Not a handler: returns a pair of numbers."""
    lo, hi = values[‹0›], values[‹200›]
    return lo, ‹404›


def backoff(attempt):
    time.sleep(min(‹0.5› * 2 ** attempt, ‹30›))
    return attempt, ‹500›


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=‹5000›, debug=True)
