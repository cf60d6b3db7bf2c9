"""The accessibility check itself: axe-core finds a real violation when there is one."""

from tests.e2e.accessibility import axe_violations


def test_axe_reports_an_image_without_alternative_text(browser):
    context = browser.new_context()
    page = context.new_page()
    try:
        page.set_content(
            '<!DOCTYPE html><html lang="en"><head><title>t</title></head>'
            '<body><main><h1>t</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
            "</main></body></html>"
        )
        assert "image-alt" in {v["id"] for v in axe_violations(page)}
    finally:
        context.close()
