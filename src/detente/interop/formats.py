"""The layouts of the event datasets detente reads and writes: columns, header, dataset.

Each format is a `Format` record: the column names in file order (as the datasets'
codebooks give them), whether files carry a header row, and the field counts a
well-formed line may have (GDELT 1.0's historical backfile lacks the last column of the
daily files). Header names are matched case-insensitively, with the aliases that real
files use (`Event Intensity` for POLECAT's `Intensity`, `Day` for GDELT's `SQLDATE`).
"""

from __future__ import annotations

from dataclasses import dataclass

_GDELT_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GDELT_EVENT = ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")


def _geo(prefix: str, adm2: bool) -> tuple[str, ...]:
    cols = ["Type", "FullName", "CountryCode", "ADM1Code"] + (["ADM2Code"] if adm2 else []) + [
        "Lat", "Long", "FeatureID"]
    return tuple(f"{prefix}Geo_{c}" for c in cols)


def _gdelt(adm2: bool) -> tuple[str, ...]:
    return ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            *(f"Actor1{c}" for c in _GDELT_ACTOR), *(f"Actor2{c}" for c in _GDELT_ACTOR),
            *_GDELT_EVENT, *_geo("Actor1", adm2), *_geo("Actor2", adm2), *_geo("Action", adm2),
            "DATEADDED", "SOURCEURL")


@dataclass(frozen=True)
class Format:
    """One file layout: `columns` in order, `header` when files start with the names."""

    name: str
    dataset: str
    columns: tuple[str, ...]
    header: bool
    counts: tuple[int, ...]  # field counts of a well-formed line
    aliases: tuple[tuple[str, str], ...] = ()  # (name in some files, our column name)
    separator: str = "\t"


FORMATS: dict[str, Format] = {
    "gdelt": Format("gdelt", "gdelt", _gdelt(True), False, (61,), (("Day", "SQLDATE"),)),
    "gdelt1": Format("gdelt1", "gdelt", _gdelt(False), False, (58, 57)),
    "gdelt-mentions": Format(
        "gdelt-mentions", "gdelt",
        ("GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType",
         "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset",
         "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen",
         "MentionDocTone", "MentionDocTranslationInfo", "Extras"), False, (16,)),
    "icews": Format(
        "icews", "icews",
        ("Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
         "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
         "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District",
         "Province", "Country", "Latitude", "Longitude"), True, (20,)),
    "polecat": Format(
        "polecat", "polecat",
        ("Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code",
         "Contexts", "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector",
         "Actor Sectors", "Actor Title", "Actor Name Raw", "Wikipedia Actor ID",
         "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
         "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
         "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
         "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date",
         "Story People", "Story Organizations", "Story Locations", "Language", "Version"),
        True, (40,), (("Event Intensity", "Intensity"),)),
    "phoenix": Format(
        "phoenix", "phoenix",
        ("EventID", "Date", "Year", "Month", "Day", "SourceActorFull", "SourceActorEntity",
         "SourceActorRole", "SourceActorAttribute", "TargetActorFull", "TargetActorEntity",
         "TargetActorRole", "TargetActorAttribute", "EventCode", "EventRootCode", "PentaClass",
         "GoldsteinScore", "Issues", "Lat", "Lon", "LocationName", "StateName", "CountryCode",
         "SentenceID", "URLs", "NewsSources"), False, (26,)),
}

DATASETS = ("detente", "gdelt", "icews", "polecat", "phoenix")


def get_format(name: str) -> Format:
    """The format called `name`; an unknown name is a usage error listing the known ones."""
    from detente.errors import UsageError

    key = name.strip().lower()
    if key not in FORMATS:
        raise UsageError(f"unknown format {name!r}; known: {', '.join(FORMATS)}")
    return FORMATS[key]


def header_columns(fmt: Format, names: list[str]) -> list[str] | None:
    """Our column names for a header row, or None when it is not this format's header.

    Names compare case-insensitively; aliases are renamed; extra trailing columns (some
    POLECAT files name a `Headline` or leave empty tabs) are kept under their own names.
    """
    ours = {c.lower(): c for c in fmt.columns}
    ours.update({a.lower(): c for a, c in fmt.aliases})
    out = [ours.get(n.strip().lower(), n.strip() or f"_extra{i}") for i, n in enumerate(names)]
    missing = [c for c in fmt.columns if c not in out]
    return None if missing else out
