// chipkg's SPARQL editor: the vendored YASGUI, configured so that the page makes no request
// outside its own server (YASGUI's defaults query dbpedia.org, list outside endpoints and call
// lov.linkeddata.es for class and property completion).
(function () {
  "use strict";

  var meta = document.querySelector('meta[name="chipkg-sparql-endpoint"]');
  var endpoint = new URL(meta ? meta.content : "../sparql", window.location.href).href;

  var example = [
    "PREFIX ck: <https://w3id.org/chipkg/ontology#>",
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
    "",
    "SELECT ?chip ?label WHERE {",
    "  ?chip a ck:Chip ; rdfs:label ?label .",
    "}",
    "ORDER BY ?label",
    "LIMIT 50",
  ].join("\n");

  // A shared link may carry ?endpoint=...: the endpoint is always this server's.
  function ownEndpoint(config) {
    config.requestConfig = Object.assign({}, config.requestConfig, { endpoint: endpoint });
    return config;
  }

  // Completers that call outside services are unregistered, not just left out of the config: YASGUI
  // merges a config's list into its default list index by index, so "classes" and "properties"
  // (which ask lov.linkeddata.es) would otherwise stay on.
  var local = ["variables", "prefixes"];
  Object.keys(Yasgui.Yasqe.Autocompleters).forEach(function (name) {
    if (local.indexOf(name) < 0) delete Yasgui.Yasqe.Autocompleters[name];
  });
  Yasgui.Yasqe.defaults.autocompleters = local.slice();

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: {
      endpoint: endpoint,
      method: "POST",
      acceptHeaderSelect: "application/sparql-results+json,*/*;q=0.9",
      acceptHeaderGraph: "text/turtle,*/*;q=0.9",
    },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: {
      getData: function () { return [{ endpoint: endpoint }]; },
      keys: [],
      renderItem: function (data, source) { source.textContent = endpoint; },
    },
    corsProxy: undefined,
    populateFromUrl: ownEndpoint,
    // No persistence: a tab saved by another page of this origin could hold another endpoint.
    persistenceId: null,
    yasqe: {
      value: example,
      autocompleters: local.slice(),
      prefixCcApi: null, // prefixes from the table bundled in YASGUI, not prefix.cc
      persistenceId: null,
      resizeable: true,
      editorHeight: "260px",
    },
    yasr: { persistenceId: null },
  });

  window.chipkgYasgui = yasgui; // for the browser tests
})();
