from flask import Blueprint, jsonify

bp = Blueprint("notes", __name__)


def error_json(message, code=«400»):
    return jsonify({"error": message}), code


def thumbnail_size(image, edge=‹256›):
    return min(image.width, edge), ‹300›


@bp.post("/notes")
def create_note():
    body = request.get_json(silent=True)
    if body is None:
        return error_json("body must be JSON", «415»)
    if len(body.get("text", "")) > ‹500›:
        return error_json("note too long")
    return jsonify(save(body)), «201»


@bp.put("/notes/<int:note_id>")
def upsert_note(note_id):
    created = note_id not in NOTES
    NOTES[note_id] = request.get_json()
    width = ‹640› if request.args.get("wide") else ‹320›
    return jsonify(NOTES[note_id]), «201» if created else «200»
