from django.urls import path

from selfassess.reports import views

app_name = "reports"
urlpatterns = [
    path("centres/<slug:slug>/sar/", views.for_centre, name="for_centre"),
    path("sars/<int:pk>/", views.sar_detail, name="sar"),
    path("sars/<int:pk>/sections/tests/", views.tests_section, name="tests"),
    path("sars/<int:pk>/sections/priorities/", views.priorities_section, name="priorities"),
    path("sars/<int:pk>/sections/priorities/add/", views.priority_add, name="priority_add"),
    path("sars/<int:pk>/priorities/<int:item>/", views.priority_edit, name="priority"),
    path(
        "sars/<int:pk>/priorities/<int:item>/delete/", views.priority_delete, name="priority_delete"
    ),
    path("sars/<int:pk>/priorities/<int:item>/move/", views.priority_move, name="priority_move"),
    path("sars/<int:pk>/sections/key_concerns/", views.key_concerns_section, name="key_concerns"),
    path("sars/<int:pk>/key-concerns/add/", views.key_concern_add, name="key_concern_add"),
    path("sars/<int:pk>/key-concerns/<int:item>/", views.key_concern_edit, name="key_concern"),
    path(
        "sars/<int:pk>/key-concerns/<int:item>/delete/",
        views.key_concern_delete,
        name="key_concern_delete",
    ),
    path(
        "sars/<int:pk>/key-concerns/<int:item>/move/",
        views.key_concern_move,
        name="key_concern_move",
    ),
    path(
        "sars/<int:pk>/sections/<str:key>/complete/",
        views.section_complete,
        name="section_complete",
    ),
    path("sars/<int:pk>/sections/<str:key>/history/", views.history, name="history"),
    path("sars/<int:pk>/sections/<str:key>/compare/", views.compare, name="compare"),
    path("sars/<int:pk>/sections/<str:key>/comments/", views.comment_add, name="comment_add"),
    path(
        "sars/<int:pk>/comments/<int:item>/resolve/", views.comment_resolve, name="comment_resolve"
    ),
    path("sars/<int:pk>/sections/<str:key>/", views.section, name="section"),
    path("sars/<int:pk>/assignments/", views.assignments, name="assignments"),
    path("sars/<int:pk>/review/", views.sar_review, name="review"),
    path("sars/<int:pk>/review/dismiss/", views.review_dismiss, name="review_dismiss"),
    path("sars/<int:pk>/sign-off/", views.sign_off, name="sign_off"),
    path("sars/<int:pk>/submit/", views.submit, name="submit"),
    path("sars/<int:pk>/submissions/", views.submissions, name="submissions"),
    path("submissions/<int:pk>/", views.submission_detail, name="submission"),
    path("submissions/<int:pk>/review/", views.submission_review, name="submission_review"),
]
