"""Start a SAR from an existing Word document: upload, preview and place, confirm."""

from django.urls import URLPattern, path

from selfassess.documents import views_import

urlpatterns: list[URLPattern] = [
    path("sars/<int:pk>/import/", views_import.upload, name="import_upload"),
    path("sars/<int:pk>/import/<str:token>/", views_import.preview, name="import_preview"),
    path(
        "sars/<int:pk>/import/<str:token>/confirm/",
        views_import.confirm,
        name="import_confirm",
    ),
]
