package jp.kenpokpi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The computing heart is plain Java (STYLE.md point 2): no framework in its classes, and none that could creep in
 * through the pom.
 */
class NoFrameworkInCoreTest {

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
    void no_core_class_depends_on_a_framework_persistence_json_or_jdbc() {
        ArchRule rule = noClasses().that().resideInAPackage("jp.kenpokpi..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.persistence..", "org.hibernate..",
                        "com.fasterxml..", "tools.jackson..", "java.sql..")
                .because("the domain is computed without a framework and tested without an application context");

        rule.check(CORE);
    }

    @Test
    void the_core_pom_declares_no_dependency_outside_test_scope() throws Exception {
        assertThat(nonTestDependencies(Path.of("pom.xml"))).as("core/pom.xml").isEmpty();
    }

    @Test
    void the_parent_pom_passes_no_dependency_down_to_core() throws Exception {
        // dependencies (not dependencyManagement) of a parent are inherited by every module
        assertThat(nonTestDependencies(Path.of("../pom.xml"))).as("pom.xml").isEmpty();
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
                    found.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId")
                            + " (scope " + (scope == null ? "compile" : scope) + ")");
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
