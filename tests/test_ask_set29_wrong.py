"""``chipkg ask``: the classes of the two rows of held-out set 29 judged wrong at its end measure
(only those rows read):

- a search-box question with a noun for a figure: "trainium2 ultracluster scale" was answered
  'true' (a yes/no read from the names), where the figure asked is Trainium2's scale-out; 'scale'
  is a qualifier the figures do not record (words.tsv filler VALUE sense), and last in a search-box
  yes/no it stands where a figure's name would: refused as "blackwell nvlink gpu limit" is
  (parse.checks._figure_asked_terse). (Made a figure noun first, it let "which chips scale" list
  every chip: tests/test_ask_redteam7.py caught it in CI.)
- the maker of a system: with a sentence before it that names a chip ("Trillium is used for
  Gemini."), "who makes Gemini?" was read as the designers of chips used for Gemini (Google), where
  the article credits Google DeepMind (parse.frames._made_object_is_technology): refused, as the
  question alone is.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, refused


@pytest.mark.parametrize("question", ["trainium2 ultracluster scale", "gaudi 3 pod scale", "trillium scale"])
def test_a_figure_noun_in_a_search_box_question_is_no_yes_no(ask_json, question):  # noqa: ANN001
    code, stdout = ask_json(question)
    assert code == 1, stdout[:300]


@pytest.mark.parametrize(
    "question",
    [
        # a sentence before the question named a chip, and "who makes Gemini" became the designers
        # of chips used for Gemini (Google; the article credits Google DeepMind with Gemini)
        "Trillium is used for Gemini. Who makes Gemini?",
        "Trillium gives a boost to the Gemini models. Which organisation is the maker of Gemini?",
        "The Google section mentions that Trillium gives a boost to the Gemini models. Who makes Gemini?",
    ],
)
def test_the_maker_of_a_system_is_never_a_chips_designer(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "makers (designers, foundries) of chips only")


def test_the_makers_of_chips_used_for_a_system_are_answered(ask_json):  # noqa: ANN001
    answered(ask_json, "Which companies make chips used for Gemini?")
