"""The demo accounts. All names are invented."""

from selfassess.demo.spec import Account

# A published demo password for fictional accounts, overridable with DEMO_PASSWORD.
DEFAULT_PASSWORD = "demo-password-123"  # noqa: S105
SITE_ADDRESS = "http://127.0.0.1:8000"

FIRST = "hatherleigh-house"
SECOND = "ravensmoor"
THIRD = "glenmorrow"
FOURTH = "ashbourne-vale"

ACCOUNTS = (
    Account(
        "manager@example.org",
        "Claire Pemberton",
        "Centre Manager",
        centre=FIRST,
        role="manager",
    ),
    Account(
        "leader@example.org",
        "Daniel Whitlock",
        "Head of Residential and Safer Custody",
        centre=FIRST,
        role="leader",
    ),
    Account(
        "contributor@example.org",
        "Priya Raman",
        "Head of Healthcare (healthcare partner)",
        centre=FIRST,
        role="contributor",
    ),
    Account(
        "manager.ravensmoor@example.org",
        "Karen Lister",
        "Centre Manager",
        centre=SECOND,
        role="manager",
    ),
    Account(
        "leader.ravensmoor@example.org",
        "Siân Morley",
        "Deputy Centre Manager",
        centre=SECOND,
        role="leader",
    ),
    Account(
        "contributor.ravensmoor@example.org",
        "Ruth Kaye",
        "Coordinator, Ravensmoor Visitors' Group (partner charity)",
        centre=SECOND,
        role="contributor",
    ),
    Account(
        "manager.glenmorrow@example.org",
        "Alasdair Reid",
        "Centre Manager",
        centre=THIRD,
        role="manager",
    ),
    Account(
        "leader.glenmorrow@example.org",
        "Morag Lindsay",
        "Head of Safer Custody",
        centre=THIRD,
        role="leader",
    ),
    Account(
        "manager.ashbourne@example.org",
        "Helen Okafor",
        "Centre Manager",
        centre=FOURTH,
        role="manager",
    ),
    Account(
        "leader.ashbourne@example.org",
        "Gareth Pryce",
        "Deputy Centre Manager",
        centre=FOURTH,
        role="leader",
    ),
    Account(
        "coordinator@example.org",
        "Rachel Denholm",
        "Inspection Coordinator, HM Inspectorate of Prisons",
        hmip_role="coordinator",
    ),
    Account(
        "inspector@example.org",
        "Thomas Ashworth",
        "Inspector, HM Inspectorate of Prisons",
        hmip_role="inspector",
    ),
    Account("admin@example.org", "Sam Fielding", "Service Administrator", admin=True),
)
