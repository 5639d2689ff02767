import pytest


@pytest.mark.parametrize("expected_status", [«401», «403»])
def test_private_board_rejects(client, expected_status):
    resp = client.get("/boards/7/private", headers={"X-Role": "guest"})
    assert resp.status_code == expected_status


@pytest.mark.parametrize(
    "route, http_status",
    [
        ("/boards", «200»),
        ("/boards/missing", «404»),
        ("/legacy/boards", «308»),
    ],
)
def test_routes(client, route, http_status):
    assert client.get(route).status_code == http_status


@pytest.mark.parametrize("page_size", [‹100›, ‹250›, ‹500›])
def test_paging(client, page_size):
    assert len(client.get(f"/boards?limit={page_size}").json()) <= page_size


@pytest.mark.parametrize("width, height", [(‹640›, ‹480›), (‹800›, ‹600›)])
def test_thumbnails(width, height):
    assert width > height
