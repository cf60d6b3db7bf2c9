"""selfassess: self-assessment reports for immigration removal centre inspections."""
