"""Session 44: the M4's video codecs are named standards (ck:VideoCodec individuals), not strings.

"Does the M4 support AV1?" said "I don't know the word 'av1'": the codecs were string values of
ck:videoCodec, which no question can name. They are now codec:av1 and codec:h265 (with HEVC, the
standard's other name), a relation a bare name implies (compile.ENTITY_RELATIONS), and unstated of
every other chip: the article names the codecs of the M4 alone (l.123) and no chip it lacks.
"""

from __future__ import annotations

import pytest
from ask_expect import answered, column, count_of, refused


@pytest.mark.parametrize(
    "question",
    [
        "Does the M4 support AV1?",
        "does the apple m4 support HEVC",
        "Does the M4 decode AV1?",
        "does the M4 support AV1 decoding?",
        "Can the M4 do H.265 encoding?",
    ],
)
def test_a_codec_the_m4_supports(ask_json, question):  # noqa: ANN001
    assert column(answered(ask_json, question)) == ["true"]


@pytest.mark.parametrize(
    "question",
    ["Which chips support AV1?", "chips with hevc", "which chips can encode HEVC?", "chips with av1 on 3nm"],
)
def test_chips_by_codec(ask_json, question):  # noqa: ANN001
    assert column(answered(ask_json, question)) == ["Apple M4"]


def test_the_codecs_of_a_chip(ask_json):  # noqa: ANN001
    data = answered(ask_json, "What video codecs does the Apple M4 support?")
    assert sorted(column(data, "value")) == ["AV1", "H.265"]


def test_a_count_by_codec(ask_json):  # noqa: ANN001
    assert count_of(ask_json, "how many chips support H.265?") == "1"


@pytest.mark.parametrize(
    "question",
    ["Does the H100 support HEVC?", "can the Trainium2 decode AV1?", "Does Groq's LPU support AV1?"],
)
def test_a_codec_no_other_chip_is_said_to_lack(ask_json, question):  # noqa: ANN001
    refused(ask_json, question, "does not say")


@pytest.mark.parametrize("question", ["Does the M4 support VP9?", "which chips speed up LLM decode?"])
def test_no_codec_the_article_names(ask_json, question):  # noqa: ANN001
    refused(ask_json, question)
