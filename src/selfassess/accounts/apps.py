from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "selfassess.accounts"
    verbose_name = "People and roles"

    def ready(self) -> None:
        from selfassess.accounts import signals, two_factor  # noqa: F401  (connect receivers)
