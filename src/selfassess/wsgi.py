"""WSGI entry point: the web server's application (also what `selfassess runserver` serves)."""

import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "selfassess.settings")
application = get_wsgi_application()

if settings.REVIEW_HELPER:
    # A long-running server: warm a helper process in the background to share reviews with.
    from selfassess.review import helper

    helper.enable()
