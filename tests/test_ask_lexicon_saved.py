"""The saved lexicon (``ask-lexicon.marshal`` in the cache entry) keeps, beside its fields, the
tables of words.tsv's phrases that are not words of a question (instructions, phrase classes,
definites, fits, conjoined remarks, inline forms): a question in a new process reads them with the
lexicon instead of reading and stemming words.tsv again. The tables it keeps must be the ones
words.tsv gives, and a question answered in a new process (tables from the saved file) must read
as one answered where they were computed."""

from __future__ import annotations

import json
import marshal
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

from chipkg.ask import lexicon

_FRESH = "import marshal, sys; from chipkg.ask import lexicon; sys.stdout.buffer.write(marshal.dumps(lexicon._word_tables()))"


def _saved_file(kg: Any) -> Path:
    directory = lexicon._entry_of(kg.store)
    assert directory is not None
    return Path(directory) / lexicon._FILE


def test_the_saved_tables_are_words_tsv_s(kg: Any, ask_json: Any) -> None:  # noqa: ARG001
    ask_json("which chips use HBM? List all of them if tied.")  # the lexicon is read (and saved)
    saved = _saved_file(kg).read_bytes()
    assert saved[:8] == b"%08x" % zlib.crc32(saved[8:])
    tag, _stamp, _fields, tables = marshal.loads(saved[8:])
    assert tag == lexicon._FORMAT
    fresh = marshal.loads(subprocess.run([sys.executable, "-c", _FRESH], capture_output=True, check=True).stdout)
    assert tables == fresh
    instructions, spelled, phrases, definites, fits, conjoined, inline = tables
    assert instructions and phrases and definites and fits and conjoined and inline  # each table read


def test_a_new_process_reads_instructions_from_the_saved_lexicon(run_chipkg: Any, ask_json: Any) -> None:
    question = "Which chip has the most SRAM? If several are tied, list all of them."
    code, stdout = ask_json(question)  # the tables computed in this process
    assert code == 0
    done = run_chipkg("ask", question, "--format", "json")  # a new process: the tables from the saved file
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == json.loads(stdout)
