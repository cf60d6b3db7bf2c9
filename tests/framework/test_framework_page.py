"""The public framework page and its JSON: no login, every expectation, indicator and reference."""

import pytest

from selfassess.framework.edition import current
from selfassess.framework.loading import data_files

pytestmark = pytest.mark.django_db


def test_anyone_can_read_the_framework_page(client):
    response = client.get("/framework/")
    assert response.status_code == 200
    page = response.content.decode()
    edition = current()
    for expectation in edition.expectations:
        assert f"{expectation.number}. {expectation.title}" in page
    for indicator in edition.indicators.values():
        assert indicator.text.replace("'", "&#39;") in page
    for reference in edition.references:
        assert reference.code in page
    assert "72–87, 89–91, 93" in page
    assert "Preparation for removal and release" in page
    assert "Not sufficiently good" in page
    assert "No meaningful progress" in page
    assert data_files()[0].checksum in page


def test_the_framework_json_is_the_data_file_with_its_checksum(client):
    response = client.get("/framework.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    data = response.json()
    expected = data_files()[0]
    assert data["checksum"] == expected.checksum
    assert data["edition"] == "irc-leadership-1"
    assert [len(e["indicators"]) for e in data["expectations"]] == [7, 11, 8, 8]
    assert data["human_rights"]["references"][0]["paragraphs"] == ["6", "8", "72–87", "89–91", "93"]


def test_the_framework_pages_only_read(client):
    assert client.post("/framework/").status_code == 405
    assert client.post("/framework.json").status_code == 405
