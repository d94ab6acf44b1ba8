"""chipkg: a knowledge graph of AI accelerator chips, and the tools to ask it questions.

The public, stable Python API is what this package exports (``open``, ``Graph``, ``Result``,
``FigureValue``, ``validate``, the errors) and the modules ``chipkg.api``, ``chipkg.results``,
``chipkg.errors`` and ``chipkg.charts``; every other module is internal. ``import chipkg`` loads no
RDF engine, no pandas and no plotting library: pyoxigraph is imported when a graph is first read,
rdflib only to build or export, pandas only by ``Result.to_dataframe()``.

The version lives here, once: the build cache is keyed on it, and reading it through
importlib.metadata would cost the query path 80-100 ms.
"""

__version__ = "0.1.0"

from chipkg.api import DEFAULT_TIMEOUT, Backend, Graph, open, validate  # noqa: E402
from chipkg.errors import ChipkgError  # noqa: E402
from chipkg.results import FigureValue, Result  # noqa: E402

__all__ = [
    "DEFAULT_TIMEOUT",
    "Backend",
    "ChipkgError",
    "FigureValue",
    "Graph",
    "Result",
    "__version__",
    "open",
    "validate",
]
