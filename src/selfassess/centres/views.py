"""Placeholder: replaced by the coordinator dashboard work."""

from django.http import Http404, HttpRequest, HttpResponse


def _todo(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
    raise Http404


dashboard = inbox = announce = inspection_detail = _todo
