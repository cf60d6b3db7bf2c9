"""Download URLs: the current draft of a SAR, and any submitted version, in each format."""

from django.urls import URLPattern, path

from selfassess.documents import views_export

urlpatterns: list[URLPattern] = [
    path(
        "sars/<int:pk>/download/<str:fmt>/",
        views_export.export_draft,
        name="export_draft",
    ),
    path(
        "submissions/<int:pk>/download/<str:fmt>/",
        views_export.export_submission,
        name="export_submission",
    ),
]
