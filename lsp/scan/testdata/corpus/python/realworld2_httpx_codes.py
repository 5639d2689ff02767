# httpx names its codes like HTTPStatus; respx mocks give a status first.
import httpx
from httpx import codes as hc


def test_missing_user(respx_mock):
    respx_mock.get("https://api.example.test/users/9").mock(return_value=httpx.Response(«404»))
    reply = httpx.get("https://api.example.test/users/9", timeout=‹30›)
    assert reply.status_code == httpx.codes.«NOT_FOUND»
    assert reply.status_code != hc.«OK»
    assert len(reply.content) < ‹500›
