import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

CONNECT_TIMEOUT = ‹300›
RETRY_ON_STATUS = («429», «502», «503»)
THUMB_SIZES = [‹128›, ‹256›, ‹512›]


def build_session(attempts=‹5›, retry_statuses=[«500», «504»]):
    policy = Retry(
        total=attempts,
        backoff_factor=0.4,
        status_forcelist=[«408», «429», «503»],
        allowed_methods=["GET", "PUT"],
    )
    sess = requests.Session()
    sess.mount("https://", HTTPAdapter(max_retries=policy, pool_maxsize=‹100›))
    return sess


def fetch(sess, url):
    resp = sess.get(url, timeout=(‹3›, ‹120›))
    if resp.status_code in RETRY_ON_STATUS:
        return None
    return resp
