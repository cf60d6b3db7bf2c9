from django.apps import AppConfig


class CentresConfig(AppConfig):
    name = "selfassess.centres"
    verbose_name = "Centres and inspections"
