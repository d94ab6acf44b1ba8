// Checks OWL files against the OWL 2 RL profile with the OWL API's profile checker (inside the HermiT
// jar that ships with owlready2), all files in one JVM. For each file argument it prints one line per
// profile violation,  <file> TAB <violation>,  and then  <file> TAB END <number of violations>.
import java.io.File;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2RLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

public class ProfileCheck {
    public static void main(String[] args) throws Exception {
        for (String path : args) {
            OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
            OWLOntology ontology = manager.loadOntologyFromOntologyDocument(new File(path));
            OWLProfileReport report = new OWL2RLProfile().checkOntology(ontology);
            for (OWLProfileViolation violation : report.getViolations()) {
                System.out.println(path + "\t" + violation.toString().replace('\n', ' ').replace('\t', ' '));
            }
            System.out.println(path + "\tEND " + report.getViolations().size());
        }
    }
}
