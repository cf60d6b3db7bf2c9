"""The SAR's pages. Views parse, authorise, call a service and render."""

from selfassess.reports.views.collaboration import (
    assignments,
    comment_add,
    comment_resolve,
    compare,
    history,
)
from selfassess.reports.views.items import (
    key_concern_add,
    key_concern_delete,
    key_concern_edit,
    key_concern_move,
    key_concerns_section,
    priorities_section,
    priority_add,
    priority_delete,
    priority_edit,
    priority_move,
)
from selfassess.reports.views.review import review_dismiss, sar_review, submission_review
from selfassess.reports.views.sar import (
    for_centre,
    sar_detail,
    sign_off,
    submission_detail,
    submissions,
    submit,
)
from selfassess.reports.views.sections import section, section_complete, tests_section

__all__ = [
    "assignments",
    "comment_add",
    "comment_resolve",
    "compare",
    "for_centre",
    "history",
    "key_concern_add",
    "key_concern_delete",
    "key_concern_edit",
    "key_concern_move",
    "key_concerns_section",
    "priorities_section",
    "priority_add",
    "priority_delete",
    "priority_edit",
    "priority_move",
    "review_dismiss",
    "sar_detail",
    "sar_review",
    "section",
    "section_complete",
    "sign_off",
    "submission_detail",
    "submission_review",
    "submissions",
    "submit",
    "tests_section",
]
