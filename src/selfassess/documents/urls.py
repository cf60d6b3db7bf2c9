from django.urls import include, path

app_name = "documents"
urlpatterns = [
    path("", include("selfassess.documents.export_urls")),
    path("", include("selfassess.documents.import_urls")),
]
