"""Placeholder: replaced by the evidence library work."""

from django.http import Http404, HttpRequest, HttpResponse


def _todo(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
    raise Http404


library = add = detail = edit = delete = download = _todo
