"""Benchmarks: print figures and keep the last results in benchmarks/results/.

Run with `make bench`. Measures word counting throughput, how long the main SAR pages
take to render, with how many queries, and how long exporting a full SAR to Word and PDF
takes, on the demo data in a throwaway SQLite database.
"""

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def bench_word_count() -> dict[str, float]:
    from selfassess.review.words import count_words

    text = "Self-harm incidents fell from 41 to 27 (–34%) – see https://example.org/data. " * 400
    runs = []
    for _ in range(20):
        start = time.perf_counter()
        words = count_words(text)
        runs.append(time.perf_counter() - start)
    best = min(runs)
    return {
        "words": words,
        "best_ms": round(best * 1000, 3),
        "words_per_second": round(words / best),
    }


def bench_pages() -> dict[str, dict[str, float]]:
    import django
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("demo", verbosity=0)
    from selfassess.accounts.models import User
    from selfassess.reports.models import Sar

    client = Client()
    client.force_login(User.objects.get(email="manager@example.org"))
    sar = Sar.objects.get(centre__memberships__user__email="manager@example.org")
    results = {}
    for name, path in {
        "task list": f"/sars/{sar.pk}/",
        "leadership": f"/sars/{sar.pk}/sections/leadership/",
        "tests": f"/sars/{sar.pk}/sections/tests/",
        "priorities": f"/sars/{sar.pk}/sections/priorities/",
        "sign-off check": f"/sars/{sar.pk}/sign-off/",
    }.items():
        times = []
        for _ in range(15):
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                response = client.get(path, SERVER_NAME="127.0.0.1")
                times.append(time.perf_counter() - start)
            if response.status_code != 200:
                raise SystemExit(f"{path} answered {response.status_code}")
        results[name] = {
            "median_ms": round(statistics.median(times) * 1000, 1),
            "p90_ms": round(sorted(times)[int(len(times) * 0.9) - 1] * 1000, 1),
            "queries": len(queries),
        }
    return results


def bench_exports() -> dict[str, float]:
    """Export Hatherleigh House's full draft (about 4,500 words) to Word and PDF."""
    from selfassess.documents import sources
    from selfassess.documents.docx_export import export_docx
    from selfassess.documents.pdf_export import export_pdf
    from selfassess.reports.models import Sar

    doc = sources.for_draft(Sar.objects.get(centre__slug="hatherleigh-house"))
    words = sum(section["word_count"] for section in doc.data["sections"].values())
    results: dict[str, float] = {"words": words}
    for name, exporter, runs in (("docx", export_docx, 9), ("pdf", export_pdf, 5)):
        exporter(doc)  # warm up: templates, fonts and styles load once a process
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            exporter(doc)
            times.append(time.perf_counter() - start)
        results[f"{name}_median_ms"] = round(statistics.median(times) * 1000, 1)
    return results


def bench_import() -> dict[str, float]:
    """Import Hatherleigh House's full draft (about 4,500 words) from Word; print the figure."""
    from selfassess.documents import importing, sources
    from selfassess.documents.docx_export import export_docx
    from selfassess.reports.models import Sar

    doc = sources.for_draft(Sar.objects.get(centre__slug="hatherleigh-house"))
    data = export_docx(doc)
    words = sum(section["word_count"] for section in doc.data["sections"].values())
    importing.read_upload(data)  # warm up: python-docx's modules and element classes
    times = []
    for _ in range(9):
        start = time.perf_counter()
        importing.read_upload(data)
        times.append(time.perf_counter() - start)
    results = {
        "words": words,
        "bytes": len(data),
        "median_ms": round(statistics.median(times) * 1000, 1),
    }
    print(
        f"import of a {words:,}-word SAR from Word: median {results['median_ms']} ms (target < 300 ms)"
    )
    return results


def bench_review() -> dict[str, object]:
    """The review's accuracy on the held-out set and its speed on the demo's fullest SAR."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import review
    from selfassess.reports.content import as_dict, load
    from selfassess.reports.models import Sar

    sar = as_dict(load(Sar.objects.get(centre__slug="hatherleigh-house")))
    return review.main(sar)


def main() -> None:
    tmp = tempfile.mkdtemp()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "selfassess.settings")
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
    os.environ["PRIVATE_FILES_ROOT"] = f"{tmp}/files"
    os.environ.setdefault("SELFASSESS_TESTING", "1")
    sys.path.insert(0, str(ROOT / "src"))
    results = {"word_count": bench_word_count(), "pages": bench_pages()}
    results["exports"] = bench_exports()
    print(
        f"word count: {results['word_count']['words']:,} words in {results['word_count']['best_ms']} ms "
        f"({results['word_count']['words_per_second']:,} words/s)"
    )
    for name, figures in results["pages"].items():
        print(
            f"{name:>16}: median {figures['median_ms']} ms, p90 {figures['p90_ms']} ms, {figures['queries']} queries"
        )
    exports = results["exports"]
    print(
        f"export of a {exports['words']:,}-word SAR: Word median {exports['docx_median_ms']} ms "
        f"(target < 300 ms), PDF median {exports['pdf_median_ms']} ms (target < 2,000 ms)"
    )
    results["import"] = bench_import()
    results["review"] = bench_review()
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / "last.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
