"""Settings for selfassess, read from environment variables with safe defaults.

Every setting a deployment may change is documented in `.env.example`.
"""

import datetime as dt
import os
import secrets
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

PACKAGE_DIR = Path(__file__).resolve().parent
BASE_DIR = PACKAGE_DIR.parent.parent


def env_str(name: str, default: str = "") -> str:
    """Return an environment variable as a string."""
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    """Return an environment variable as a boolean; fail loudly on anything unclear."""
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}")


def env_int(name: str, default: int) -> int:
    """Return an environment variable as an integer; fail loudly on a bad value."""
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from None


def env_list(name: str, default: list[str]) -> list[str]:
    """Return a comma-separated environment variable as a list."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
# The test suite runs with DEBUG off but over plain HTTP (the test client, the live server).
TESTING = env_bool("SELFASSESS_TESTING", False)
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if DEBUG or env_bool("SELFASSESS_TESTING", False):
        # Only ever used on a developer's machine: DEBUG or the test suite.
        SECRET_KEY = "django-insecure-local-development-only"  # noqa: S105
    elif env_bool("SELFASSESS_OFFLINE_COMMAND", False):
        # `selfassess classify`, `review FILE` or `import --dry-run` on anyone's machine: they
        # sign nothing and serve nothing, so a throwaway key is safe.
        SECRET_KEY = secrets.token_urlsafe(50)
    else:
        raise ImproperlyConfigured("Set SECRET_KEY (or DEBUG=true on a developer's machine).")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "selfassess.accounts",
    "selfassess.audit",
    "selfassess.centres",
    "selfassess.evidence",
    "selfassess.framework",
    "selfassess.reports",
    "selfassess.inspection",
    "selfassess.documents",
    "selfassess.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "selfassess.security.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "selfassess.accounts.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a lock-out into our sign-in page's message.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "selfassess.urls"
WSGI_APPLICATION = "selfassess.wsgi.application"

TEMPLATES = [
    {
        # Our pages: Jinja2 with the GOV.UK Frontend macros. Each app keeps its
        # templates beside it, in <app>/jinja2/<app>/.
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "environment": "selfassess.jinja2.environment",
            "autoescape": True,
        },
    },
    {
        # Django's admin and built-in pages still use Django templates.
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite is the embedded default; DATABASE_URL switches to PostgreSQL (psycopg 3).
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses a locked-out sign-in before the password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/assets/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [
    PACKAGE_DIR / "static",
    # GOV.UK Frontend and MOJ Frontend, copied from node_modules by `make assets`.
    PACKAGE_DIR / "static_vendor",
]
STORAGES = {
    # Evidence files are private: kept outside any web root, served only by a view that
    # checks who is asking.
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": env_str("PRIVATE_FILES_ROOT", str(BASE_DIR / "private-files"))},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = env_bool("WHITENOISE_USE_FINDERS", True)

# Evidence uploads
EVIDENCE_MAX_UPLOAD_BYTES = env_int("EVIDENCE_MAX_UPLOAD_BYTES", 10 * 1024 * 1024)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# The review: each web server process shares its long reviews from cold with one warm helper
# process of its own (review/helper.py), so a review uses two cores; about 200 MB more memory
# per server process. On by default where it can run (POSIX, a Python interpreter, more than
# one core).
REVIEW_HELPER = env_bool("SELFASSESS_REVIEW_HELPER", True)

# Deadlines: the SAR is due three days after an inspection is announced. With
# SAR_DEADLINE_WORKING_DAYS=true, weekends and the bank holidays of the centre's nation
# are skipped.
SAR_DEADLINE_DAYS = env_int("SAR_DEADLINE_DAYS", 3)
SAR_DEADLINE_WORKING_DAYS = env_bool("SAR_DEADLINE_WORKING_DAYS", False)

# E-mail: console by default; set EMAIL_BACKEND and EMAIL_* for a real server.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "selfassess <no-reply@selfassess.example>")
HMIP_COORDINATOR_EMAILS = env_list("HMIP_COORDINATOR_EMAILS", [])

SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")

# Sessions end after 30 minutes without activity (every request pushes the expiry on).
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 30 * 60)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# HTTPS only in production; off for DEBUG and for the test suite, which speak plain HTTP.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not (DEBUG or TESTING))
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 365 * 24 * 60 * 60)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
# Behind a TLS-terminating proxy, set SECURE_PROXY_SSL_HEADER=true so Django trusts
# X-Forwarded-Proto (only when the proxy always sets it).
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content Security Policy (django-csp): only our own origin, and no inline script or style
# anywhere (GOV.UK Frontend's js-enabled class is set by a static script, see
# templates/govuk_template.html). Images may be data: URIs (GOV.UK Frontend's CSS uses some).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}
# Browser features the service never uses, switched off (selfassess.security).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

# Login throttling (django-axes): after AXES_FAILURE_LIMIT failed sign-ins for one e-mail
# address, or from one IP address, further sign-ins from it are refused for
# AXES_COOLOFF_MINUTES.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = dt.timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = env_list("AXES_LOCKOUT_PARAMETERS", ["username", "ip_address"])
AXES_USERNAME_FORM_FIELD = "username"  # the sign-in form's e-mail field (Django's name for it)
# E-mail addresses are counted case-insensitively, so MANAGER@ and manager@ share one count.
AXES_USERNAME_CALLABLE = "selfassess.accounts.views.axes_username"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "selfassess.accounts.views.locked_out"
AXES_VERBOSE = False

# Two-factor authentication (django-otp, TOTP): optional for everyone; required for the
# groups listed here (comma-separated: hmip, managers, administrators). Someone who must use
# it and has not set it up is sent to set it up straight after signing in.
REQUIRE_TWO_FACTOR_FOR = env_list("REQUIRE_TWO_FACTOR_FOR", [])
_TWO_FACTOR_GROUPS = {"hmip", "managers", "administrators"}
if unknown := set(REQUIRE_TWO_FACTOR_FOR) - _TWO_FACTOR_GROUPS:
    raise ImproperlyConfigured(
        f"REQUIRE_TWO_FACTOR_FOR may list {', '.join(sorted(_TWO_FACTOR_GROUPS))}, not {', '.join(sorted(unknown))}"
    )
OTP_TOTP_ISSUER = "HMIP self-assessment reports"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # WeasyPrint announces every rendering step at INFO; fontTools chats while subsetting.
    "loggers": {
        "weasyprint.progress": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
        # django-axes reports every sign-in at INFO; failures and lock-outs are audited anyway.
        "axes": {"level": "WARNING"},
    },
}
