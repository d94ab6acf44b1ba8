"""The example notebook (examples/buyers-guide.ipynb) runs, top to bottom, in a real Jupyter kernel
against the test run's graph, and is stored without outputs (the repository holds the code only).
Jupyter's runtime and IPython's profile go to the test's temporary directory: nothing is written in
the user's home or beside the notebook."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import missing_tool

NOTEBOOK = Path(__file__).resolve().parent.parent / "examples" / "buyers-guide.ipynb"
SVG = "{http://www.w3.org/2000/svg}"


def test_the_example_notebook_is_stored_without_outputs():
    import json

    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    code = [c for c in cells if c["cell_type"] == "code"]
    assert len(code) >= 8
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in code)


def test_the_example_notebook_runs(kg, tmp_path, monkeypatch):  # noqa: ANN001 - kg: the graph is built
    try:
        import nbformat
        from nbclient import NotebookClient
    except ImportError:
        missing_tool("nbclient and nbformat (the test extra) are needed to run the example notebook")
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()  # a cell that raises fails here, naming the cell
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    charts = [o["data"]["image/svg+xml"] for o in outputs if "image/svg+xml" in o.get("data", {})]
    assert len(charts) == 3  # SRAM vs node, power vs performance, bandwidth vs capacity
    for svg in charts:
        root = ET.fromstring(svg.encode("utf-8"))
        assert [g for g in root.iter(SVG + "g") if "marker" in g.get("class", "").split()]
    tables = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any("Groq LPU" in t for t in tables)
