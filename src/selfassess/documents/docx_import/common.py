"""The SAR's vocabulary and limits that the importer's modules and its users share."""

from __future__ import annotations

# The four tests' names live with the review; the importer's users read them from here too.
from selfassess.review.results import TEST_TITLES as TEST_TITLES

# The SAR's own limits.
MAX_PRIORITIES = 6
MAX_REFERENCE_LENGTH = 20  # KeyConcern.reference
TARGET_LIMITS = {"measure": 300, "baseline": 100, "target": 100, "owner": 150}

TESTS = ("safety", "respect", "activities", "preparation")
PRIORITY_FIELDS = ("what", "how_known", "delivering", "success")
RATINGS = {4: "Good", 3: "Reasonably good", 2: "Not sufficiently good", 1: "Poor"}
JUDGEMENTS = {
    "good": "Good progress",
    "reasonable": "Reasonable progress",
    "insufficient": "Insufficient progress",
    "none": "No meaningful progress",
}
KINDS = {"priority": "Priority concern", "key": "Key concern", "recommendation": "Recommendation"}
