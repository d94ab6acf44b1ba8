"""``chipkg ask``: a noun for a kind of a relation's value, said alone, asks for chips with such a value.

"chips deployed on a cloud platform" was answered (a verb of ck:deployedOn, then a noun for a kind
of its value: ``frames._some_value``), but "cloud-deployed chips" and "chips on a cloud platform"
were refused ("'deployed on' names no value"): the noun came with no verb of the relation beside it.
One such noun (a word of Lexicon.value_classes, so "cloud" is ck:CloudPlatform), not asked for by a
"which"/"what" before it, now asks for the chips deployed on some value of that kind; SambaNova's own
platform, which is no cloud, stays out (data/sambanova.ttl).
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

CLOUD = {"AWS Trainium2", "Google Trillium TPU", "Microsoft Maia 100"}


@pytest.mark.parametrize(
    "question",
    [
        "cloud-deployed chips",
        "cloud deployed accelerators",
        "chips on a cloud platform",
        "which chips sit on a cloud service?",
        "cloud-hosted chips",
        "chips deployed on a cloud platform",  # the verb with it, as before
    ],
)
def test_a_kind_of_value_alone_gives_chips_with_such_a_value(ask_json, question):  # noqa: ANN001
    check(ask_json, question, CLOUD)


@pytest.mark.parametrize(
    "question",
    [
        "which cloud platforms are chips deployed on?",  # the values asked for, not chips
        "what cloud platform do chips run on?",
    ],
)
def test_the_kind_asked_for_is_not_read_as_some_value(ask_json, question):  # noqa: ANN001
    check(ask_json, question, REFUSE)
