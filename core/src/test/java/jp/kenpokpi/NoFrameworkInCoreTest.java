package jp.kenpokpi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The computing heart is plain Java (STYLE.md point 2): no framework in its classes, and none that could creep in
 * through the pom. An allow-list, not a ban-list: a library that does one well-kept job for the domain (a CSV reader)
 * is listed here with its reason; Spring, Jakarta, JDBC, JSON, POI or anything else not listed fails the build.
 */
class NoFrameworkInCoreTest {

    /** The libraries core may use: Maven groupId:artifactId → the packages it brings, each with why. */
    private static final Map<String, String> LIBRARIES = Map.of(
            // RFC 4180 reading and writing with the line each record starts on, which the import messages name.
            "de.siegmar:fastcsv", "de.siegmar.fastcsv..");

    /** The JDK's plain parts; not java.sql, java.net, java.awt or javax (a database, a network, a screen). */
    private static final List<String> JDK = List.of(
            "java.lang..", "java.util..", "java.math..", "java.time..", "java.text..", "java.nio..", "java.io..");

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("jp.kenpokpi");

    @Test
    void the_core_classes_are_imported() {
        assertThat(CORE.contain("jp.kenpokpi.target.TargetRuleParser")).isTrue();
        assertThat(CORE.size()).isGreaterThan(50);
    }

    @Test
    void core_classes_depend_only_on_the_jdk_and_the_listed_libraries() {
        onlyAllowedDependencies().check(CORE);
    }

    @Test
    void a_class_using_anything_not_listed_breaks_the_rule() {
        // This test class itself uses AssertJ and ArchUnit, which are not on the list: the rule must say so.
        JavaClasses offender = new ClassFileImporter().importClasses(NoFrameworkInCoreTest.class);

        assertThatThrownBy(() -> onlyAllowedDependencies().check(offender))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.assertj")
                .hasMessageContaining("com.tngtech.archunit");
    }

    @Test
    void the_core_pom_declares_only_listed_libraries_outside_test_scope() throws Exception {
        assertThat(nonTestDependencies(Path.of("pom.xml")))
                .as("core/pom.xml")
                .allSatisfy(dependency -> assertThat(LIBRARIES).containsKey(dependency.replaceFirst(" .*", "")));
    }

    @Test
    void the_parent_pom_passes_no_dependency_down_to_core() throws Exception {
        // dependencies (not dependencyManagement) of a parent are inherited by every module
        assertThat(nonTestDependencies(Path.of("../pom.xml"))).as("pom.xml").isEmpty();
    }

    private static ArchRule onlyAllowedDependencies() {
        List<String> allowed = new ArrayList<>(JDK);
        allowed.add("jp.kenpokpi..");
        allowed.addAll(LIBRARIES.values());
        return classes()
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(allowed.toArray(String[]::new))
                .because("the domain is computed without a framework and tested without an application context");
    }

    /** groupId:artifactId of the project's own dependencies whose scope is not test. */
    private static List<String> nonTestDependencies(Path pom) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        Element project = doc.getDocumentElement();
        assertThat(project.getTagName()).isEqualTo("project");
        List<String> found = new ArrayList<>();
        for (Element dependencies : children(project, "dependencies")) {
            for (Element dependency : children(dependencies, "dependency")) {
                String scope = text(dependency, "scope");
                if (!"test".equals(scope)) {
                    found.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId") + " (scope "
                            + (scope == null ? "compile" : scope) + ")");
                }
            }
        }
        return found;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> elements = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element e && e.getTagName().equals(tag)) elements.add(e);
        }
        return elements;
    }

    private static String text(Element parent, String tag) {
        List<Element> elements = children(parent, tag);
        return elements.isEmpty() ? null : elements.get(0).getTextContent().strip();
    }
}
