from django.urls import path

from selfassess.evidence import views

app_name = "evidence"
urlpatterns = [
    path("sars/<int:sar_pk>/evidence/", views.library, name="library"),
    path("sars/<int:sar_pk>/evidence/add/", views.add, name="add"),
    path("evidence/<int:pk>/", views.detail, name="detail"),
    path("evidence/<int:pk>/edit/", views.edit, name="edit"),
    path("evidence/<int:pk>/delete/", views.delete, name="delete"),
    path("evidence/<int:pk>/download/", views.download, name="download"),
]
