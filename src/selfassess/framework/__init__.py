"""The inspection framework: Leadership expectations, indicators, tests and scales, as data."""
