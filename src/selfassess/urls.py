"""URL configuration: each app owns its URLs."""

from django.contrib import admin
from django.urls import include, path

from selfassess import views

urlpatterns = [
    path("", views.home, name="home"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("accounts/", include("selfassess.accounts.urls")),
    path("", include("selfassess.centres.urls")),
    path("", include("selfassess.reports.urls")),
    path("", include("selfassess.evidence.urls")),
    path("", include("selfassess.documents.urls")),
    path("", include("selfassess.framework.urls")),
    path("", include("selfassess.inspection.urls")),
    path("audit-log/", include("selfassess.audit.urls")),
    path("admin/", admin.site.urls),
]

handler404 = "selfassess.views.not_found"
handler403 = "selfassess.views.forbidden"
handler500 = "selfassess.views.server_error"
