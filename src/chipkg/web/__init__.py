"""``chipkg serve``: the graph over HTTP (SPARQL 1.1 Protocol, stored queries, ask, entity pages).

Owns HTTP only: it parses requests, calls the same library functions the CLI calls (chipkg.sparql,
catalog, ask, describe, render) and formats their answers. It may import those modules and
chipkg.errors; nothing below it imports chipkg.web. Never rdflib, owlrl or pyshacl (query path).
"""
