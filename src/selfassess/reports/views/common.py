"""What every SAR page shows around its content."""

from typing import Any

from django.http import Http404, HttpRequest

from selfassess.accounts.access import Access
from selfassess.reports.content import SarContent
from selfassess.reports.models import Assignment, Comment, Sar
from selfassess.reports.structure import SECTIONS_BY_KEY, SectionKey, SectionSpec


def spec_for(key: str) -> SectionSpec:
    """Return the section named in the URL, or 404."""
    if key not in SECTIONS_BY_KEY:
        raise Http404
    return SECTIONS_BY_KEY[key]


def may_comment(request: HttpRequest, sar: Sar, access: Access, key: str) -> bool:
    """Leaders and the manager comment anywhere; contributors on sections they are invited to."""
    if not access.can_comment:
        return False
    if not access.is_contributor:
        return True
    return Assignment.objects.filter(sar=sar, section=key, user=request.user).exists()


def section_context(
    request: HttpRequest, sar: Sar, access: Access, content: SarContent, key: str
) -> dict[str, Any]:
    """Return the context shared by every section page: comments, assignees, counts."""
    spec = spec_for(key)
    comments = list(
        Comment.objects.filter(sar=sar, section=key).select_related("author", "resolved_by")
    )
    assignees = [
        a.user for a in Assignment.objects.filter(sar=sar, section=key).select_related("user")
    ]
    return {
        "sar": sar,
        "access": access,
        "content": content,
        "spec": spec,
        "key": key,
        "SectionKey": SectionKey,
        "word_count": content.words(key),
        "open_comments": [c for c in comments if c.resolved_at is None],
        "resolved_comments": [c for c in comments if c.resolved_at is not None],
        "assignees": assignees,
        "may_comment": may_comment(request, sar, access, key),
    }
