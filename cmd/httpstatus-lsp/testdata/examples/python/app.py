"""A Flask app for `httpstatus-lsp check`."""
from flask import Flask, abort, jsonify, redirect

app = Flask(__name__)


@app.route("/items/<int:item_id>")
def item(item_id):
    if item_id < 0:
        abort(200)  # error-with-success
    if item_id == 0:
        return redirect("/items", code=200)  # redirect-without-3xx
    return jsonify({"id": item_id}), 200


@app.route("/proxy")
def proxy():
    return jsonify({}), 305  # deprecated-code


@app.route("/partial")
def partial():
    return jsonify({}), 299  # unassigned-code
