from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    name = "selfassess.documents"
    verbose_name = "Documents (export and import)"
