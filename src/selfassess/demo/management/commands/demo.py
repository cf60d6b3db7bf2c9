"""`selfassess demo`: load four fictional centres, their SARs and the demo accounts."""

import os
from typing import Any

from django.core.management.base import BaseCommand

from selfassess.accounts.models import HmipRole, Role, User
from selfassess.centres.models import Centre
from selfassess.demo import builder, people
from selfassess.demo.spec import Account


class Command(BaseCommand):
    help = (
        "Load demonstration data: four fictional centres with SARs in different states "
        "(submitted and judged, drafting, overdue, submitted and being judged) and demo "
        "accounts. The password is DEMO_PASSWORD, "
        f"or {people.DEFAULT_PASSWORD!r} when it is not set. Does nothing if the demo "
        "centres already exist."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when any centre already exists (for a run command that calls "
            "this every time).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        password = os.environ.get("DEMO_PASSWORD") or people.DEFAULT_PASSWORD
        if options["if_empty"] and Centre.objects.exists():
            self.stdout.write("Centres already exist, so the demo data was not loaded.")
            self._print_existing_accounts()
            return
        if builder.is_loaded():
            self.stdout.write("The demo data is already loaded; nothing was changed.")
            self._print_existing_accounts()
            return
        result = builder.build(password)
        self.stdout.write(self.style.SUCCESS("Demo data loaded:"))
        for centre in result.centres:
            self.stdout.write(f"  {centre.name} ({centre.operator}, capacity {centre.capacity})")
        self.stdout.write("")
        self.stdout.write("Accounts:")
        for account, created in result.accounts:
            note = "" if created else "  (already existed: password unchanged)"
            self.stdout.write(f"  {account.email:<36} {_describe(account)}{note}")
        self.stdout.write(f"Password for the new accounts: {password}")
        self._print_address()

    def _print_existing_accounts(self) -> None:
        emails = {account.email for account in people.ACCOUNTS}
        existing = set(User.objects.filter(email__in=emails).values_list("email", flat=True))
        if not existing:
            return
        self.stdout.write("Demo accounts:")
        for account in people.ACCOUNTS:
            if account.email in existing:
                self.stdout.write(f"  {account.email:<36} {_describe(account)}")
        self.stdout.write(
            "Password: the one set when the demo was loaded "
            f"(DEMO_PASSWORD, or {people.DEFAULT_PASSWORD} by default)"
        )
        self._print_address()

    def _print_address(self) -> None:
        self.stdout.write(f"Open {people.SITE_ADDRESS} and log in with one of these accounts.")


def _describe(account: Account) -> str:
    """Say who an account is: its person, and their role and where."""
    names = {content.slug: content.name for content in builder.CONTENTS}
    if account.admin:
        role = "administrator (staff and superuser)"
    elif account.hmip_role:
        role = f"HMIP {HmipRole(account.hmip_role).label.lower()}"
    else:
        role = f"{Role(account.role).label.lower()}, {names[account.centre]}"
    return f"{account.full_name} – {role}"
