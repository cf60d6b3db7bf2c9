from django.urls import path

from selfassess.centres import views

app_name = "centres"
urlpatterns = [
    path("coordinator/", views.dashboard, name="dashboard"),
    path("inspections/", views.inbox, name="inbox"),
    path("inspections/announce/", views.announce, name="announce"),
    path("inspections/<int:pk>/", views.inspection_detail, name="inspection"),
    path("inspections/<int:pk>/inspectors/", views.inspectors, name="inspectors"),
]
