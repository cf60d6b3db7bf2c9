from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "selfassess.evidence"
    verbose_name = "Evidence library"
