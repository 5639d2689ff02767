from fastapi import FastAPI, HTTPException
from flask import Flask, jsonify

api = FastAPI()
web = Flask(__name__)

PAGE_LIMITS = {‹100›: "small", ‹500›: "large"}


@api.get(
    "/parcels/{code}",
    responses={«404»: {"description": "unknown parcel"}, «409»: {"description": "already shipped"}},
)
async def parcel(code: str, limit: int = ‹250›):
    if code not in DB:
        raise HTTPException(status_code=«404»)
    return DB[code]


@web.errorhandler(«413»)
def too_large(err):
    return jsonify(error="max ‹100› MB"), «413»


web.register_error_handler(«500», lambda e: ("oops", «500»))
