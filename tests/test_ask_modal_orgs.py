"""``chipkg ask``: red team 34's older wrong answers (exit 0) about organizations, each now refused or
read as said.

- a word of what will or may be (words.tsv phrase class ``modal``) in a question about organizations:
  "intel about to join uxl foundation?" said true (Intel is a member already, l.193), "which companies
  could have their chips made at TSMC" listed TSMC's customers; "about to" is refused of anything;
- an exclusion right after "made": "have their chips made somewhere other than TSMC" listed every
  designer but TSMC;
- what is designed or made is not chips: "have their memory made at TSMC" listed Groq and Qualcomm,
  "which hyperscalers design their own memory" Amazon, Google and Meta; "packaged at TSMC" TSMC's
  customers;
- "on a single card": the AI 100 Ultra's per-card figure alone (both rows were answered).

Each case keeps its neighbours that must still be answered ("could you list ...", "which chips could
run LLM training", "did Intel join ...").
"""

from __future__ import annotations

import pytest
from ask_expect import REFUSE, check

TSMC_CUSTOMERS = {"Nvidia", "Qualcomm", "Apple", "Groq"}
UXL = {"Intel", "Google", "Qualcomm", "Arm", "Samsung"}


@pytest.mark.parametrize(
    "question,expected",
    [
        ("intel about to join uxl foundation?", (REFUSE, "'about to'")),
        ("will intel join the uxl foundation?", REFUSE),
        ("is intel going to join uxl foundation?", REFUSE),
        ("will intel acquire habana labs?", REFUSE),
        ("is nvidia about to release blackwell?", (REFUSE, "'about to'")),
        ("which companies could have their chips made at TSMC", (REFUSE, "'could'")),
        ("which companies will have their chips made by tsmc", (REFUSE, "'will'")),
        ("which hyperscalers might design their own chips?", (REFUSE, "'might'")),
        ("which chip maker will lead the market", REFUSE),
        # still answered
        ("did intel join uxl foundation?", True),
        ("Did Intel acquire Habana Labs? A simple yes or no will do.", True),
        ("could you list the companies that have their chips made at TSMC", TSMC_CUSTOMERS),
        ("which companies have their chips made at TSMC", TSMC_CUSTOMERS),
        ("which hyperscalers design their own chips?", {"Amazon", "Google", "Meta", "Microsoft"}),
    ],
)
def test_modal_about_organizations(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


@pytest.mark.parametrize(
    "question,expected",
    [
        ("which companies have their chips made somewhere other than TSMC", (REFUSE, "'other than'")),
        ("which companies have their chips made by a foundry other than TSMC", (REFUSE, "'other than'")),
        ("which companies get their chips fabricated by foundries other than tsmc", (REFUSE, "'other than'")),
        ("which companies have their memory made at TSMC", (REFUSE, "'memory'")),
        ("which companies have their hbm made at TSMC", REFUSE),
        ("which hyperscalers design their own memory", (REFUSE, "'memory'")),
        ("which companies get their hbm fabricated by tsmc", (REFUSE, "'hbm'")),
        # still answered: what is made is chips, or the possessive is not there
        ("what chips has AWS come up with?", {"AWS Trainium", "AWS Trainium2"}),
        ("which hyperscalers make their own silicon", {"Amazon", "Google", "Meta", "Microsoft"}),
        ("How many of the chips the article puts on a 7nm node also have TSMC named as their foundry?", "2"),
        ("Which chips does the article describe as packaging two dies (a dual-die or dual-chip design)?", 3),
        ("which companies have their chips packaged at TSMC", (REFUSE, "'packaged at'")),
        ("chips packaged by tsmc", REFUSE),
        # still answered: the exclusion before the verb, or after the maker named
        ("which companies have their GPUs made at TSMC", {"Nvidia", "Qualcomm"}),
        ("which companies design chips with hbm", {"AMD", "AWS", "Google", "Intel", "SambaNova Systems"}),
        ("gaudi 3 package sram", "96 MB"),
    ],
)
def test_what_is_made_and_by_whom(ask_json, question, expected):  # noqa: ANN001
    check(ask_json, question, expected)


def test_largest_model_on_a_single_card(ask_json):  # noqa: ANN001
    """ "on a single card" says the card's scope as "on one card" does: the 100 billion per card, not
    the 2-card system's 175 billion beside it."""
    check(ask_json, "what's the largest model the AI 100 Ultra can run on a single card", "up to 100 billion, per card")
    check(ask_json, "largest model on one card for the ai 100 ultra", "up to 100 billion, per card")
