"""The Jinja2 environment: our templates plus the GOV.UK Frontend macros."""

from typing import Any

from django.conf import settings
from django.contrib.messages import get_messages
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from jinja2 import ChoiceLoader, Environment, PackageLoader, PrefixLoader

from selfassess import formatting


def url(name: str, *args: Any, **kwargs: Any) -> str:
    """Reverse a URL name, as Django's {% url %} tag does."""
    return reverse(name, args=args or None, kwargs=kwargs or None)


def environment(**options: Any) -> Environment:
    """Build the Jinja2 environment Django renders our pages with."""
    loader = ChoiceLoader(
        [
            options.pop("loader"),
            PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja")}),
        ]
    )
    options.setdefault("trim_blocks", True)
    options.setdefault("lstrip_blocks", True)
    # Django passes autoescape=True in options (settings.TEMPLATES).
    env = Environment(loader=loader, extensions=["jinja2.ext.do"], **options)  # noqa: S701
    env.globals.update(
        {
            "url": url,
            "static": static,
            "get_messages": get_messages,
            "now": timezone.now,
            "settings": settings,
            "date_format": date_format,
        }
    )
    env.filters.update(
        {
            "date": formatting.govuk_date,
            "datetime": formatting.govuk_datetime,
            "duration": formatting.duration,
            "countdown": formatting.countdown,
            "plural": formatting.plural,
        }
    )
    return env
