from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "selfassess.audit"
    verbose_name = "Audit log"
