from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "selfassess.reports"
    verbose_name = "Self-assessment reports"
