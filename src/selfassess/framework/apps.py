from django.apps import AppConfig


class FrameworkConfig(AppConfig):
    name = "selfassess.framework"
    verbose_name = "Inspection framework"
