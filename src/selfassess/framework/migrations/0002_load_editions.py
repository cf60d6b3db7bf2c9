"""Store the framework editions shipped with the package, so every database has them.

`selfassess load_framework` does the same later, for editions added after this migration.
"""

from django.db import migrations


def load(apps, schema_editor):
    from selfassess.framework.loading import load_all

    load_all(apps.get_model("framework", "FrameworkEdition"))


class Migration(migrations.Migration):
    dependencies = [("framework", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
