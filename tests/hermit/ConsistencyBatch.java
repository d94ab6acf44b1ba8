// Checks several OWL files with HermiT in one JVM: starting Java once per fixture costs ~2.5 s each,
// which would make the test suite slow. For each file argument it prints one line:
//   <file> TAB consistent|inconsistent TAB <number of unsatisfiable named classes, or -1>
// It uses the HermiT jar that ships inside owlready2 (OWL API included).
import java.io.File;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.reasoner.InferenceType;

public class ConsistencyBatch {
    public static void main(String[] args) throws Exception {
        for (String path : args) {
            OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
            OWLOntology ontology = manager.loadOntologyFromOntologyDocument(new File(path));
            Configuration configuration = new Configuration();
            configuration.throwInconsistentOntologyException = false;
            Reasoner reasoner = new Reasoner(configuration, ontology);
            boolean consistent = reasoner.isConsistent();
            int unsatisfiable = -1;
            if (consistent) {
                reasoner.precomputeInferences(InferenceType.CLASS_HIERARCHY);
                unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom().size();
            }
            System.out.println(path + "\t" + (consistent ? "consistent" : "inconsistent") + "\t" + unsatisfiable);
            reasoner.dispose();
        }
    }
}
