"""chipkg: a knowledge graph of AI accelerator chips, and the tools to ask it questions.

The version lives here, once: the build cache is keyed on it, and reading it through
importlib.metadata would cost the query path 80-100 ms.
"""

__version__ = "0.1.0"
