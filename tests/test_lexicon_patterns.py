"""News phrasings the event lexicon must code: who did what to whom.

Each case is a short project-written news sentence for one pattern of the lexicon
(travel warnings, arms deliveries, trade, shows of force, protests, refusals, yields);
a user relies on the coder to read the PLOVER type and both countries from it.
"""

from __future__ import annotations

from datetime import date

import pytest

import detente

WHEN = date(2023, 5, 10)

CASES = [
    # text, PLOVER type, source country, target country
    ("Britain advised against all travel to Haiti on Monday.", "SANCTION", "GBR", "HTI"),
    ("The United States issued a travel warning for Mexico on Friday.", "SANCTION", "USA", "MEX"),
    ("Canada raised its travel advisory for Lebanon to the highest level.",
     "SANCTION", "CAN", "LBN"),
    ("China held military exercises near Taiwan on Saturday.", "MOBILIZE", "CHN", "TWN"),
    ("Chinese warplanes flew into Taiwan's air defence zone on Sunday.",
     "MOBILIZE", "CHN", "TWN"),
    ("North Korea test-fired a ballistic missile toward Japan on Thursday.",
     "MOBILIZE", "PRK", "JPN"),
    ("Iran moved missile launchers to the Iraqi border.", "MOBILIZE", "IRN", "IRQ"),
    ("Germany will supply weapons to Ukraine.", "AID", "DEU", "UKR"),
    ("France shipped arms to Armenia last month.", "AID", "FRA", "ARM"),
    ("Iran has supplied Russia with weapons.", "AID", "IRN", "RUS"),
    ("Hungary imported gas from Russia.", "COOPERATE", "HUN", "RUS"),
    ("India's oil imports from Russia jumped in May.", "COOPERATE", "IND", "RUS"),
    ("Saudi Arabia resumed oil exports to China.", "COOPERATE", "SAU", "CHN"),
    ("The United States imposed tariffs on Chinese steel.", "SANCTION", "USA", "CHN"),
    ("The European Union froze Russian central bank assets.", "SANCTION", "EUR", "RUS"),
    ("Germany closed its embassy in Kabul.", "SANCTION", "DEU", "AFG"),
    ("Poland kicked out 45 Russian diplomats.", "SANCTION", "POL", "RUS"),
    ("Russia suspended flights to Georgia.", "SANCTION", "RUS", "GEO"),
    ("China lifted tariffs on Australian barley.", "RETREAT", "CHN", "AUS"),
    ("Greece dropped its veto on North Macedonia's bid to join NATO.",
     "CONCEDE", "GRC", "MKD"),
    ("Israel allowed aid into Gaza on Sunday.", "RETREAT", "ISR", "PSE"),
    ("Thousands of Armenians staged a march to the Russian embassy.",
     "PROTEST", "ARM", "RUS"),
    ("Jordanian protesters burned the Israeli flag outside the embassy in Amman.",
     "PROTEST", "JOR", "ISR"),
    ("Iran ruled out talks with the United States.", "REJECT", "IRN", "USA"),
    ("Hamas brushed aside the Israeli proposal.", "REJECT", "HAMAS", "ISR"),
    ("Trump threatened tariffs on Mexico.", "THREATEN", "USA", "MEX"),
    ("Argentina recalled its ambassador to Israel.", "SANCTION", "ARG", "ISR"),
    ("China sent 103 warplanes toward Taiwan in a single day.", "MOBILIZE", "CHN", "TWN"),
    ("Armenia handed the Aghdam district back to Azerbaijan on Friday.",
     "RETREAT", "ARM", "AZE"),
    ("Russia supplies gas to Hungary through TurkStream.", "COOPERATE", "RUS", "HUN"),
]


def _triples(text: str) -> set[tuple[str, str | None, str | None]]:
    events = detente.code_text(text, published=WHEN)
    return {(e.plover, e.source.country, e.target.country if e.target else None)
            for e in events}


@pytest.mark.parametrize(("text", "plover", "source", "target"), CASES)
def test_news_pattern_is_coded(text: str, plover: str, source: str, target: str) -> None:
    assert (plover, source, target) in _triples(text)


@pytest.mark.parametrize("text", [
    "Japan's exports to China fell in March.",  # a month, and a statistic
    "The weather in Moscow was cold on Monday.",
])
def test_no_event_in_plain_statements(text: str) -> None:
    assert not [t for t in _triples(text) if t[1] and t[2]]
