"""``chipkg ask``: a plain-English question -> a frame -> one SPARQL query -> an answer.

Read in order: ``lexicon`` (the words, from the graph and words.tsv), ``frame`` (what a question
asks, as data), ``parse`` (question -> frame), ``compile`` (frame -> SPARQL from per-property
fragments), ``answer`` (run it, shape the answer). Query path only: pyoxigraph, never rdflib.
"""

from chipkg.ask.answer import Answer, answer, frame_of

__all__ = ["Answer", "answer", "frame_of"]
