from django.apps import AppConfig


class InspectionConfig(AppConfig):
    name = "selfassess.inspection"
    verbose_name = "Inspectors' judgements"
