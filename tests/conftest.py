import pytest

from selfassess.accounts.models import Role
from selfassess.reports import services
from tests.factories import CentreFactory, coordinator, inspector, member


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Hash test passwords cheaply: the real hasher costs a third of a second a user."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _private_files(settings, tmp_path):
    """Keep uploaded files of each test in its own folder."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "private")},
        },
    }


@pytest.fixture
def centre(db):
    return CentreFactory(name="Brookfield House IRC", slug="brookfield-house")


@pytest.fixture
def other_centre(db):
    return CentreFactory(name="Ashdown IRC", slug="ashdown")


@pytest.fixture
def sar(centre):
    return services.get_or_create_sar(centre)


@pytest.fixture
def other_sar(other_centre):
    return services.get_or_create_sar(other_centre)


@pytest.fixture
def manager(centre):
    return member(centre, Role.MANAGER, full_name="Morgan Manager")


@pytest.fixture
def leader(centre):
    return member(centre, Role.LEADER, full_name="Lee Leader")


@pytest.fixture
def contributor(centre):
    return member(centre, Role.CONTRIBUTOR, full_name="Casey Contributor")


@pytest.fixture
def outsider(other_centre):
    """A centre manager of another centre."""
    return member(other_centre, Role.MANAGER, full_name="Olive Outsider")


@pytest.fixture
def hmip_coordinator(db):
    return coordinator(full_name="Cora Coordinator")


@pytest.fixture
def hmip_inspector(db):
    return inspector(full_name="Ian Inspector")


@pytest.fixture
def client_for(client):
    """Return a test client logged in as the given user."""

    def login(user):
        client.force_login(user)
        return client

    return login
