"""A throwaway actor resolver for the event-coder tests (not the project's resolver).

It knows a handful of countries, demonyms, capitals and people, and resolves
"he"/"she" to the last person and "they" to the last group of two or more
countries, which is all the short test sentences need.
"""

from __future__ import annotations

from detente.models import Actor, Mention

NAMES = {
    "iran": ("IRN", "state"), "russia": ("RUS", "state"), "turkey": ("TUR", "state"),
    "qatar": ("QAT", "state"), "iraq": ("IRQ", "state"), "syria": ("SYR", "state"),
    "united states": ("USA", "state"), "us": ("USA", "state"), "u.s.": ("USA", "state"),
    "washington": ("USA", "place"), "china": ("CHN", "state"), "france": ("FRA", "state"),
    "germany": ("DEU", "state"), "israel": ("ISR", "state"), "ukraine": ("UKR", "state"),
    "iranian": ("IRN", "adj"), "russian": ("RUS", "adj"), "turkish": ("TUR", "adj"),
    "american": ("USA", "adj"), "chinese": ("CHN", "adj"), "french": ("FRA", "adj"),
    "syrian": ("SYR", "adj"), "iraqi": ("IRQ", "adj"), "israeli": ("ISR", "adj"),
    "tehran": ("IRN", "place"), "moscow": ("RUS", "place"), "ankara": ("TUR", "place"),
    "istanbul": ("TUR", "place"), "baghdad": ("IRQ", "place"), "doha": ("QAT", "place"),
    "beijing": ("CHN", "place"), "paris": ("FRA", "place"), "kyiv": ("UKR", "place"),
}
PEOPLE = {
    "zarif": "IRN", "erdogan": "TUR", "cavusoglu": "TUR", "biden": "USA",
    "putin": "RUS", "khatibzadeh": "IRN", "macron": "FRA", "xi": "CHN", "lavrov": "RUS",
}


def resolve(doc) -> list[Mention]:
    """Mentions for a parsed doc, with naive pronoun resolution."""
    out: list[Mention] = []
    sents = list(doc.sents)
    last_person: Actor | None = None
    last_group: list[Actor] = []
    for si, sent in enumerate(sents):
        i = sent.start
        sent_states: list[Actor] = []
        while i < sent.end:
            tok = doc[i]
            two = doc[i:i + 2].text.lower() if i + 1 < sent.end else ""
            if two in NAMES:
                code, kind = NAMES[two]
                a = Actor(text=doc[i:i + 2].text, code=code, country=code, kind="state")
                out.append(Mention(i, i + 2, si, a))
                sent_states.append(a)
                i += 2
                continue
            low = tok.lower_
            if low in NAMES:
                code, kind = NAMES[low]
                place = kind == "place"
                a = Actor(text=tok.text, code=code + ("GOV" if place else ""), country=code,
                          sector="GOV" if place else None, kind="place" if place else "state")
                out.append(Mention(i, i + 1, si, a, is_place=place,
                                   via="capital" if place else "name"))
                if kind == "state":
                    sent_states.append(a)
            elif low in PEOPLE:
                a = Actor(text=tok.text, code=PEOPLE[low] + "GOV", country=PEOPLE[low],
                          sector="GOV", name=tok.text, kind="person")
                out.append(Mention(i, i + 1, si, a, via="person"))
                last_person = a
            elif low in {"he", "she"} and last_person is not None:
                out.append(Mention(i, i + 1, si, last_person, via="pronoun"))
            elif low in {"they", "them"} and len(last_group) >= 2:
                for a in last_group:
                    out.append(Mention(i, i + 1, si, a, via="pronoun"))
            i += 1
        if len(sent_states) >= 2:
            last_group = sent_states
    out.sort(key=lambda m: m.start)
    return out
