"""Quotations and statements as acts, and announced cooperation as a promise.

Most tests build an article's facts by hand (no parser): a quotation, who the
sentences say spoke it, the actors named and where. A few code short articles of our
own end to end. Each asserts (source, type, target, status) of what a user gets.
"""

from __future__ import annotations

from datetime import date

import pytest

from detente.models import Actor, Event
from detente.reading import ArticleFacts, Mentioned, Said, read_events
from detente.reading.intents import committed, promises
from detente.reading.stances import claim_judged, stances


def state(name: str, iso: str) -> Actor:
    return Actor(text=name, code=iso, country=iso, kind="state")


def person(name: str, iso: str) -> Actor:
    return Actor(text=name, code=f"{iso}GOV", country=iso, kind="person")


def igo(name: str) -> Actor:
    return Actor(text=name, code=name, country=name, kind="igo")


class Article:
    """An article of our own, its sentences joined; mentions and quotes are placed by
    the words they cover (one token per character, so a token is its offset)."""

    def __init__(self, *sentences: str) -> None:
        self.text = ""
        self.bounds: list[tuple[int, int]] = []
        for s in sentences:
            start = len(self.text)
            self.text += s
            self.bounds.append((start, len(self.text)))
            self.text += " "
        self.mentions: list[Mentioned] = []
        self.quotes: list[Said] = []

    def _sent(self, at: int) -> int:
        return next(i for i, (a, b) in enumerate(self.bounds) if a <= at < b)

    def _find(self, words: str, nth: int = 0) -> int:
        at = -1
        for _ in range(nth + 1):
            at = self.text.index(words, at + 1)
        return at

    def name(self, words: str, actor: Actor, subject: bool = False, nth: int = 0) -> Article:
        at = self._find(words, nth)
        inside = any(q.start <= at < q.end for q in self.quotes)
        self.mentions.append(Mentioned(self._sent(at), at, at + len(words), actor,
                                       subject=subject, in_quote=inside))
        return self

    def quote(self, words: str, speaker: Actor | None = None, said_by: str | None = None
              ) -> Article:
        at = self._find(words)
        end = at + len(words)
        self.quotes.append(Said(at - 1, end + 1, self._sent(at), self._sent(end - 1), words,
                                speaker, said_by))
        return self

    def facts(self) -> ArticleFacts:
        return ArticleFacts(doc_id="t", n_sentences=len(self.bounds), mentions=self.mentions,
                            quotes=self.quotes, bounds=self.bounds,
                            token_chars=list(range(len(self.text) + 1)), text=self.text,
                            published=date(2024, 3, 1))


def event(si: int, source: Actor, target: Actor | None, plover: str, rule: str = "test",
          status: str = "asserted", evidence: str = "...", start: int = 0,
          trigger_char: int = 0) -> Event:
    return Event(doc_id="t", sentence_index=si, evidence=evidence, char_start=start,
                 char_end=start + len(evidence), source=source, target=target, plover=plover,
                 cameo="111", quad="verbal_conflict", intensity=-1.0, goldstein=-2.0,
                 confidence=0.85, rule=rule, status=status,
                 extra={"trigger_char": trigger_char, "token": trigger_char})


def acts(events: list[Event], si: int | None = None) -> set[tuple]:
    return {(e.source.country, e.plover, e.target.country if e.target else None, e.status)
            for e in events if si is None or e.sentence_index == si}


GHA, TGO = state("Ghana", "GHA"), state("Togo", "TGO")


# -- who speaks ------------------------------------------------------------------------
def test_an_unattributed_quote_goes_on_with_the_speaker_before_it():
    a = (Article('"Our patience is not endless," Ghana\'s minister said.',
                 '"If Togo keeps shelling our villages, we will respond with force."')
         .quote("Our patience is not endless,", speaker=GHA)
         .quote("If Togo keeps shelling our villages, we will respond with force."))
    a.name("Togo", TGO)
    assert ("GHA", "THREATEN", "TGO", "asserted") in acts(read_events(a.facts(), []), 1)


def test_he_said_is_the_official_named_before_not_the_side_the_quote_speaks_of():
    a = Article("Ghana's minister Kofi Mensah spoke in Accra on Monday.",
                '"The leaders of Togo are working to divide us, and their repeated violations '
                'of our border are unacceptable," he said.')
    a.name("Kofi Mensah", person("Kofi Mensah", "GHA"), subject=True)
    a.quote("The leaders of Togo are working to divide us, and their repeated violations of "
            "our border are unacceptable,", said_by="he")
    a.name("Togo", TGO, subject=True)
    assert acts(read_events(a.facts(), []), 1) == {("GHA", "ACCUSE", "TGO", "asserted")}


def test_a_statement_that_names_its_own_side_is_that_sides():
    asean = igo("ASEAN")
    a = Article('"We, as the ASEAN family, expressed our deep concern over the situation in '
                'Cambodia," said the statement.')
    a.quote("We, as the ASEAN family, expressed our deep concern over the situation in "
            "Cambodia,", said_by="the statement")
    a.name("ASEAN", asean).name("Cambodia", state("Cambodia", "KHM"))
    assert acts(read_events(a.facts(), [])) == {("ASEAN", "ACCUSE", "KHM", "asserted")}


def test_the_general_speaks_for_the_side_named_before_and_stays_the_same_general():
    a = Article("Ghana's army returned fire after Togo shelled its posts at dawn.",
                '"The shelling was deliberate and premeditated," Brig. Gen. Osei said.',
                '"Our troops held the line," the general said.',
                "Roads were closed.", "Schools stayed shut.", "Markets opened late.",
                '"If they attack again, we will strike back," the general said.')
    a.name("Ghana", GHA, subject=True).name("Togo", TGO, subject=True)
    a.quote("The shelling was deliberate and premeditated,", said_by="Brig. Gen. Osei")
    a.quote("Our troops held the line,", said_by="the general")
    a.quote("If they attack again, we will strike back,", said_by="the general")
    out = read_events(a.facts(), [event(0, TGO, GHA, "ASSAULT")])
    assert acts(out, 1) == {("GHA", "ACCUSE", "TGO", "asserted")}
    assert acts(out, 6) == {("GHA", "THREATEN", "TGO", "asserted")}


# -- whom it is aimed at -------------------------------------------------------------------
def test_a_quote_naming_no_one_is_aimed_at_whom_its_sentence_names():
    a = Article('Lome moved troops to the border, a step Ghana called "provocative."')
    a.name("Lome", TGO, subject=True).name("Ghana", GHA, subject=True)
    a.quote("provocative.", speaker=GHA)
    assert acts(read_events(a.facts(), [])) == {("GHA", "ACCUSE", "TGO", "asserted")}


def test_a_right_to_defend_supports_only_a_side_the_quote_names():
    named = Article('"Togo, like any nation, has a right to defend its airspace," Ghana\'s '
                    "president said.")
    named.quote("Togo, like any nation, has a right to defend its airspace,", speaker=GHA)
    named.name("Togo", TGO)
    assert acts(read_events(named.facts(), [])) == {("GHA", "SUPPORT", "TGO", "asserted")}
    nobody = Article("Togo and Ghana quarrelled.",
                     '"Every nation has a right to defend its airspace," Ghana\'s president '
                     "said.")
    nobody.name("Togo", TGO, subject=True).name("Ghana", GHA, subject=True)
    nobody.quote("Every nation has a right to defend its airspace,", speaker=GHA)
    assert acts(read_events(nobody.facts(), []), 1) == set()


# -- what act it is --------------------------------------------------------------------------
def test_what_a_threat_answers_is_no_accusation_of_its_own():
    assert stances("Ghana reserves the right to respond to this provocative act") == [
        ("THREATEN", "130")]
    assert [p for p, _ in stances("This is a provocative act")] == ["ACCUSE"]


def test_a_hostile_condition_is_a_threat_and_no_accusation():
    assert [p for p, _ in stances("If Togo stages another provocation, we will act")] == [
        "THREATEN"]
    # a friendly condition threatens no one
    assert stances("If Togo agrees, we will sign the accord next week") == []


def test_we_will_not_allow_a_violation_accuses_and_does_not_threaten():
    assert [p for p, _ in stances("We will not allow Togo to violate the treaty")] == ["ACCUSE"]
    assert [p for p, _ in stances("Ghana would not allow any drilling in those waters")] == [
        "THREATEN"]


def test_more_measures_promised_are_a_threat():
    for words in ("These sanctions are the first in a series of steps against Togo",
                  "There is more to come for those who attacked us"):
        assert [p for p, _ in stances(words)] == ["THREATEN"], words


def test_hopes_expectations_and_asking_are_requests():
    for words in ("Ghana hopes Togo can settle the matter calmly",
                  "Our expectation from Togo is that it withdraws its troops",
                  "We sent a message asking the crew to turn back"):
        assert [p for p, _ in stances(words)] == ["REQUEST"], words


def test_calling_a_claim_void_rejects_it_calling_a_deed_so_accuses():
    assert claim_judged('Ghana said the maritime accord Togo signed is "null and void."')
    assert claim_judged("Togo's objections to the survey were unacceptable")
    assert not claim_judged("The incursion into our waters is unacceptable")
    a = Article('Ghana said Togo\'s claims were "unacceptable."')
    a.name("Ghana", GHA, subject=True).name("Togo", TGO)
    a.quote("unacceptable.", speaker=GHA)
    assert acts(read_events(a.facts(), [])) == {("GHA", "REJECT", "TGO", "asserted")}


def test_a_judgement_read_against_the_quotes_own_speaker_is_dropped():
    a = Article('"This violation of Ghana\'s sovereignty is unacceptable," the ministry said.')
    a.quote("This violation of Ghana's sovereignty is unacceptable,", speaker=GHA)
    a.name("Ghana", GHA)
    # the sentence coder read Togo (named the sentence before) as the critic of Ghana
    wrong = event(0, TGO, GHA, "ACCUSE", rule="frame:critic>ACCUSE:judgement",
                  trigger_char=len(a.text) - 12)
    out = read_events(a.facts(), [wrong])
    assert ("TGO", "ACCUSE", "GHA", "asserted") not in acts(out)


# -- announced cooperation --------------------------------------------------------------------
def _future(words: str, trigger: str, plover: str = "CONSULT") -> Event:
    return event(0, GHA, TGO, plover, status="future", evidence=words,
                 trigger_char=words.index(trigger))


def test_a_visit_the_words_commit_to_is_a_promise_made_today():
    visit = _future("A Ghanaian delegation will visit Lome on Saturday.", "visit")
    [promise] = promises([visit], date(2024, 3, 1))
    assert acts([promise]) == {("GHA", "AGREE", "TGO", "asserted")}
    assert promise.date == "2024-03-01"
    assert visit.status == "future" and visit.plover == "CONSULT"


def test_a_future_the_other_side_tells_is_its_report_not_a_promise():
    visit = _future("A Ghanaian delegation will visit Lome on Saturday.", "visit")
    assert promises([visit], told_by=lambda si: "TGO") == []
    assert len(promises([visit], told_by=lambda si: "GHA")) == 1


def test_a_city_a_trip_goes_to_for_talks_with_others_is_no_partner():
    venue = _future("A Ghanaian team will travel to Lome for talks with mediators from Benin.",
                    "travel")
    assert promises([venue]) == []
    host = _future("A Ghanaian team will travel to Lome for talks with President Gnassingbe.",
                   "travel")
    assert len(promises([host])) == 1


def test_an_announced_word_act_is_made_when_announced():
    summon = event(0, GHA, TGO, "ACCUSE", status="future",
                   evidence="Ghana will summon Togo's ambassador over the raid.",
                   trigger_char=11)
    assert acts(promises([summon])) == {("GHA", "ACCUSE", "TGO", "asserted")}
    maybe = event(0, GHA, TGO, "ACCUSE", status="hypothetical",
                  evidence="Ghana could summon Togo's ambassador.", trigger_char=12)
    assert promises([maybe]) == []


def test_a_forecast_or_a_possibility_promises_nothing():
    expected = _future("The president is expected to visit Lome in June.", "visit")
    assert not committed(expected) and promises([expected]) == []
    maybe = event(0, GHA, TGO, "CONSULT", status="hypothetical",
                  evidence="Ghana could visit Lome.", trigger_char=12)
    assert promises([maybe]) == []
    force = _future("Ghana will strike the camps.", "strike", plover="ASSAULT")
    assert promises([force]) == []


# -- end to end, on sentences of our own --------------------------------------------------------
@pytest.fixture(scope="module")
def code():
    from detente.pipeline import code_text

    return lambda text: acts(code_text(text, published=date(2024, 3, 1)))


def test_a_dateline_is_not_the_speaker_of_an_announced_threat(code):
    got = code("ACCRA/LOME (Reuters) - President John Mahama said on Sunday he will impose "
               "tariffs on Togo.")
    assert ("GHA", "THREATEN", "TGO", "asserted") in got


def test_hoping_another_side_handles_a_matter_is_a_request_of_it(code):
    got = code('Japan hopes China can "properly handle" the fishing dispute, it said.')
    assert ("JPN", "REQUEST", "CHN", "asserted") in got


def test_an_announced_visit_is_a_promise_and_a_visit_to_come(code):
    got = code("Kenyan President William Ruto will visit Ethiopia on Monday.")
    assert {("KEN", "AGREE", "ETH", "asserted"), ("KEN", "CONSULT", "ETH", "future")} <= got


def test_the_side_wronged_or_told_is_not_whom_a_statement_accuses(code):
    # "aggression against X", "hostile to X": X is the victim; "told X": X only listens
    told = code("Saudi officials said the crown prince told French President Emmanuel Macron "
                "on Sunday that the kingdom was ready to answer any aggression.")
    victim = code("Kenyan President William Ruto said the new pact with Uganda provides for "
                  "joint defence in the event of aggression against Uganda.")
    hostile = code("Canadian Prime Minister Justin Trudeau said support for Ukraine was "
                   "unwavering and warned parties hostile to Ukraine not to exploit the crisis.")
    assert ("SAU", "ACCUSE", "FRA", "asserted") not in told
    assert ("KEN", "ACCUSE", "UGA", "asserted") not in victim
    assert ("CAN", "ACCUSE", "UKR", "asserted") not in hostile
    # the accused is still the accused
    assert ("GHA", "ACCUSE", "TGO", "asserted") in code(
        "Ghana's foreign minister said the raids by Togo were a grave violation of its territory.")


def test_a_possible_meeting_is_neither_news_nor_a_promise(code):
    got = code("Egypt could host talks with Sudan if the fighting ends, analysts said.")
    assert not {e for e in got if e[3] == "asserted" and e[1] in {"AGREE", "CONSULT"}}


# -- statements that report the other side's deed -------------------------------------------------
def _reported_article(sentence: str, speaker_words: str, speaker: Actor, doer_words: str,
                      verb: str) -> tuple[ArticleFacts, Event]:
    a = Article(sentence)
    at = a.text.index(speaker_words)
    a.mentions.append(Mentioned(0, at, at + len(speaker_words), speaker, subject=True,
                                verb=a.text.index(verb)))
    a.name(doer_words, TGO, subject=True)
    facts = a.facts()
    facts.speakers[0] = speaker
    return facts, event(0, TGO, GHA, "ASSAULT", trigger_char=a.text.index("fired"))


def test_the_wronged_sides_statement_of_a_deed_accuses_the_doer():
    facts, shelling = _reported_article(
        "Ghana said on Monday that Togolese troops fired rockets at its border posts.",
        "Ghana", GHA, "Togolese troops", "said")
    assert acts(read_events(facts, [shelling])) == {("TGO", "ASSAULT", "GHA", "asserted"),
                                                    ("GHA", "ACCUSE", "TGO", "asserted")}


def test_a_deed_reported_before_its_source_is_named_accuses_no_one():
    facts, shelling = _reported_article(
        "Togolese troops fired rockets at Ghanaian posts, Ghana said.",
        "Ghana", GHA, "Togolese troops", "said")
    assert acts(read_events(facts, [shelling])) == {("TGO", "ASSAULT", "GHA", "asserted")}


def test_a_request_of_two_sides_the_quote_names_as_doing_it_is_made_of_each():
    a = Article('"It is important that both Togo and Benin talk to each other," Ghana\'s '
                "president said.")
    a.quote("It is important that both Togo and Benin talk to each other,", speaker=GHA)
    verb = a.text.index("talk")
    for words, actor in (("Togo", TGO), ("Benin", state("Benin", "BEN"))):
        at = a.text.index(words)
        a.mentions.append(Mentioned(0, at, at + len(words), actor, subject=True,
                                    in_quote=True, verb=verb))
    assert acts(read_events(a.facts(), [])) == {("GHA", "REQUEST", "TGO", "asserted"),
                                                ("GHA", "REQUEST", "BEN", "asserted")}


def test_talks_someone_wants_to_happen_are_not_news_talks_made_sure_of_are(code):
    wanted = code("It is essential to make sure that Ghana and Togo are talking to each "
                  "other, the envoy said.")
    assert not {e for e in wanted if e[1] == "CONSULT" and e[3] == "asserted"}
    done = code("Nigeria made sure that Ghana and Togo talked to each other on Monday.")
    assert ("GHA", "CONSULT", "TGO", "asserted") in done or (
        "TGO", "CONSULT", "GHA", "asserted") in done


def test_a_deed_only_claimed_is_alleged_and_the_claim_is_an_accusation(code):
    got = code("Ghana's defence minister Kofi Mensah spoke to reporters on Monday. "
               "He claimed that Togolese soldiers had fired rockets into Ghanaian territory.")
    assert ("TGO", "ASSAULT", "GHA", "asserted") not in got
    assert ("GHA", "ACCUSE", "TGO", "asserted") in got


def test_what_a_side_expects_the_other_to_withdraw_is_not_withdrawn(code):
    got = code('"Our expectation from Togo is for it to withdraw its troops from the border," '
               "Ghana's foreign ministry said.")
    assert not {e for e in got if e[0] == "TGO" and e[3] == "asserted"
                and e[1] in {"RETREAT", "CONCEDE", "SANCTION"}}
    assert ("GHA", "REQUEST", "TGO", "asserted") in got


def test_a_deal_two_sides_signed_called_void_rejects_both_and_a_threat_after_it_too():
    benin = state("Benin", "BEN")
    a = Article('The accord signed by Togo and Benin is "null and void," Ghana\'s ministry said.',
                'It added that Accra would "not allow any drilling in those waters."')
    a.name("Togo", TGO).name("Benin", benin).name("Ghana", GHA, subject=True)
    a.quote("null and void,", speaker=GHA)
    a.quote("not allow any drilling in those waters.", speaker=GHA)
    a.name("Accra", GHA, subject=True)
    out = read_events(a.facts(), [])
    assert acts(out, 0) == {("GHA", "REJECT", "TGO", "asserted"),
                            ("GHA", "REJECT", "BEN", "asserted")}
    assert acts(out, 1) == {("GHA", "THREATEN", "TGO", "asserted"),
                            ("GHA", "THREATEN", "BEN", "asserted")}


def test_a_statement_without_quotation_marks_is_read_like_a_quotation():
    a = Article("Ghana said on Friday that Togo's closure of the border was illegal.")
    a.name("Ghana", GHA, subject=True).name("Togo", TGO)
    facts = a.facts()
    facts.speakers[0] = GHA
    assert acts(read_events(facts, [])) == {("GHA", "ACCUSE", "TGO", "asserted")}
    # nobody is said to speak: the journalist's words are no one's act
    b = Article("Togo's closure of the border was illegal under the old treaty.")
    b.name("Togo", TGO)
    assert acts(read_events(b.facts(), [])) == set()


def test_a_deed_told_in_a_clause_of_time_beside_the_statement_is_no_accusation():
    facts, shelling = _reported_article(
        "Ghana said on Monday it would respond after Togolese troops fired rockets at it.",
        "Ghana", GHA, "Togolese troops", "said")
    assert ("GHA", "ACCUSE", "TGO", "asserted") not in acts(read_events(facts, [shelling]))


def test_a_quoted_name_is_no_statement_for_the_next_quote_to_go_on_with():
    a = Article('Togo opened a "Ghana Trade Office" in Lome on Monday.',
                "The ministry in Accra said it was a provocation.",
                '"The move is a provocation," the ministry said of Togo\'s step.')
    # the parse may give a quoted name a speaker; it is still no one's statement
    a.quote("Ghana Trade Office", speaker=TGO)
    a.quote("The move is a provocation,", said_by="the ministry")
    a.name("Togo", TGO, subject=True).name("Accra", GHA, subject=True)
    a.name("Togo", TGO, nth=1)
    assert acts(read_events(a.facts(), []), 2) == {("GHA", "ACCUSE", "TGO", "asserted")}


def test_a_name_the_tables_do_not_know_speaks_for_the_official_just_introduced():
    a = Article("Ghana's ambassador to the United Nations welcomed the resolution.",
                '"If Togo keeps attacking our posts, we will reserve our right to respond," '
                "said Kwame Asante-Boateng.")
    at = a.text.index("Ghana's ambassador")
    a.mentions.append(Mentioned(0, at, at + 18, person("Ghana's ambassador", "GHA"),
                                via="role", subject=True))
    a.quote("If Togo keeps attacking our posts, we will reserve our right to respond,",
            said_by="Kwame Asante-Boateng")
    a.name("Togo", TGO)
    assert acts(read_events(a.facts(), []), 1) == {("GHA", "THREATEN", "TGO", "asserted")}


def test_a_claim_of_ones_own_deed_reports_it(code):
    got = code("The Houthis claimed that they fired missiles at a ship off Eilat on Sunday.")
    assert not {e for e in got if e[1] == "ASSAULT" and e[3] == "hypothetical"}


def test_the_classifiers_guessed_direction_yields_to_the_speakers_own_request():
    a = Article('Ghana said Togo\'s move was "illegal" and demanded that the troops be '
                "withdrawn.")
    a.name("Ghana", GHA, subject=True).name("Togo", TGO)
    a.quote("illegal", speaker=GHA)
    guess = event(0, TGO, GHA, "REQUEST", rule="classifier:REQUEST p=0.90")
    assert acts(read_events(a.facts(), [guess])) == {("GHA", "ACCUSE", "TGO", "asserted"),
                                                     ("GHA", "REQUEST", "TGO", "asserted")}


def test_an_accusation_of_what_two_named_sides_did_together_is_aimed_at_both():
    benin = state("Benin", "BEN")
    a = Article('"The pact signed between Togo and Benin is a provocation," Ghana\'s minister '
                "said.")
    a.quote("The pact signed between Togo and Benin is a provocation,", speaker=GHA)
    a.name("Togo", TGO).name("Benin", benin)
    assert acts(read_events(a.facts(), [])) == {("GHA", "ACCUSE", "TGO", "asserted"),
                                                ("GHA", "ACCUSE", "BEN", "asserted")}
