"""Options shared by several commands, checked in one place.

`--since`/`--until` are compared with stored dates as text, so a typo ('banana', '2021-3')
would silently select nothing or everything: every command that takes them uses these.
"""

from __future__ import annotations

import re
from datetime import date

import click

_PERIOD = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def period(ctx, param, value):  # click callback
    """A year, month or day (2021, 2021-03, 2021-03-20), checked; None when not given."""
    if value is None:
        return None
    text = value.strip()
    if _PERIOD.fullmatch(text):
        parts = [int(p) for p in text.split("-")] + [1, 1]
        try:
            date(*parts[:3])
            return text
        except ValueError:
            pass
    raise click.BadParameter(f"expected a year, month or day like 2021, 2021-03 or 2021-03-20, "
                             f"got {value!r}")


SINCE_OPTION = click.option("--since", callback=period, help="From this date (YYYY[-MM[-DD]]).")
UNTIL_OPTION = click.option("--until", callback=period, help="Up to this date (YYYY[-MM[-DD]]).")
