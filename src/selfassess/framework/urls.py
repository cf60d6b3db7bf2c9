from django.urls import path

from selfassess.framework import views

app_name = "framework"
urlpatterns = [
    path("framework/", views.page, name="page"),
    path("framework.json", views.as_json, name="json"),
]
