from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "selfassess.demo"
    verbose_name = "Demonstration data"
