from django.urls import path

from selfassess.inspection import views

app_name = "inspection"
urlpatterns = [
    path("inspections/<int:pk>/judgements/", views.overview, name="overview"),
    path("inspections/<int:pk>/judgements/reading/", views.reading, name="reading"),
    path(
        "inspections/<int:pk>/judgements/expectations/<slug:expectation_id>/",
        views.expectation,
        name="expectation",
    ),
    path("inspections/<int:pk>/judgements/ratings/", views.ratings, name="ratings"),
    path("inspections/<int:pk>/comparison/", views.comparison, name="comparison"),
    path("inspections/<int:pk>/judgements/narrative/", views.narrative, name="narrative"),
    path(
        "inspections/<int:pk>/judgements/narrative.docx",
        views.narrative_download,
        name="narrative_docx",
    ),
    path("inspections/<int:pk>/judgements/publish/", views.publish, name="publish"),
    path("calibration/", views.calibration, name="calibration"),
]
