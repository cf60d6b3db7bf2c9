"""Find an edition of the framework by its id: as stored, so old judgements keep their wording."""

from functools import lru_cache

from selfassess.framework import edition as files
from selfassess.framework.edition import Edition, current_id, parse

__all__ = ["current_id", "get"]
from selfassess.framework.models import FrameworkEdition


@lru_cache(maxsize=16)
def _parsed(edition_id: str, checksum: str) -> Edition:
    row = FrameworkEdition.objects.get(edition=edition_id, checksum=checksum)
    return parse(row.data)


def get(edition_id: str) -> Edition:
    """Return an edition as stored in the database, or from its data file if not stored yet."""
    row = FrameworkEdition.objects.filter(edition=edition_id).values("checksum").first()
    if row is not None:
        return _parsed(edition_id, row["checksum"])
    return files.load(edition_id or files.CURRENT)
