"""SAR documents: export to Word, PDF, Markdown and JSON; import from Word."""
