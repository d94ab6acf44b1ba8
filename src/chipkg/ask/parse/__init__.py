"""A question becomes a :class:`~chipkg.ask.frame.Frame`, or a refusal that says why.

Two steps, both linear in the length of the question:

1. :func:`segment` covers the question's tokens, left to right and longest match first, with
   items from the lexicon: names of things, vocabulary (classes and properties), function words,
   quantities (a number and its unit). A token nothing covers is an unknown word, and an unknown
   word refuses the question, naming it: a word we cannot read may be the one that matters. Only
   in an inert clause (a clause of the asker's discourse set off from the question, naming nothing,
   with no number and no operator, that leaves the frame as it is: "If I recall correctly, ...")
   are unknown words skipped, the clause dropped (``question._without_inert_clauses``).
2. :func:`read` walks the items and attaches each to what it qualifies: a comparator to its
   quantity, a quantity to the measure its unit (or a nearby property word) names, a negation to
   the constraint that follows it, a name to the relation its class implies (or the property word
   before it). Anything left unattached — a comparison without a number, a negation with nothing
   to negate, a number no measure takes — refuses the question.

The modules, in the order they are best read:

- :mod:`chipkg.ask.parse.items`: the :class:`Item` a question is segmented into, and refusals;
- :mod:`chipkg.ask.parse.segment`: step 1, tokens into items;
- :mod:`chipkg.ask.parse.asides`: parentheses, glosses and asides, set apart from the question;
- :mod:`chipkg.ask.parse.forms`: question forms read before the walk (fronted pairs, ranges,
  claimants, comparatives, yes/no forms about organizations);
- :mod:`chipkg.ask.parse.walk`: step 2, each item attached to what it qualifies;
- :mod:`chipkg.ask.parse.frames`: the frame built from what was walked;
- :mod:`chipkg.ask.parse.rewrites`: passes over the items before the walk;
- :mod:`chipkg.ask.parse.sentences`: the question as text: sentences, clauses and asides cut apart;
- :mod:`chipkg.ask.parse.checks`: the built frame checked against what the question said;
- :mod:`chipkg.ask.parse.guards`: checks of the whole question once read, each refusing one shape
  of question its frame misreads;
- :mod:`chipkg.ask.parse.question`: :func:`read`, the whole question, in order.

Each module imports only from those above it; the reader's own recursion (a question read again
inside a question) stays in ``question``.
"""

from chipkg.ask.parse.asides import NEGATED_ASIDE
from chipkg.ask.parse.items import MAX_QUESTION
from chipkg.ask.parse.question import read
from chipkg.ask.parse.segment import data_size_unit, same_unit, segment

__all__ = ["MAX_QUESTION", "NEGATED_ASIDE", "data_size_unit", "read", "same_unit", "segment"]
