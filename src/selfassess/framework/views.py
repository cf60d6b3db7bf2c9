"""The public, read-only framework: the Leadership expectations, their indicators and references."""

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from selfassess.framework import editions
from selfassess.framework.models import FrameworkEdition


@require_safe
def page(request: HttpRequest) -> HttpResponse:
    """Show the edition in force: expectations, indicators, references, tests and scales."""
    edition = editions.get(editions.current_id())
    stored = FrameworkEdition.objects.filter(edition=edition.edition).first()
    return render(request, "framework/page.html", {"edition": edition, "stored": stored})


@require_safe
def as_json(request: HttpRequest) -> JsonResponse:
    """Return the edition in force as its data file states it, with its checksum."""
    edition_id = editions.current_id()
    stored = FrameworkEdition.objects.filter(edition=edition_id).first()
    if stored is not None:
        data, checksum = stored.data, stored.checksum
    else:
        from selfassess.framework.loading import data_files

        file = next(f for f in data_files() if f.edition == edition_id)
        data, checksum = file.data, file.checksum
    response = JsonResponse(
        {"checksum": checksum, **data}, json_dumps_params={"ensure_ascii": False, "indent": 2}
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response
