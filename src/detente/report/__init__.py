"""Briefs for analysts: a finding, charts, blocs, key events and statements on one page."""

from detente.report.brief import Brief, build_brief, write_brief

__all__ = ["Brief", "build_brief", "write_brief"]
