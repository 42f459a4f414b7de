package io.iislint;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packages' layers, as the guide's pipeline draws them: each layer uses only layers below it, so data flows one
 * way (a rule never sees the CLI, a report never reads XML) and the structure cannot erode one import at a time.
 * Main code only: tests may reach across layers to set things up.
 */
class LayersTest {

    /** Bottom to top; packages on one line form one layer and may use each other (except as stated below). */
    private static final Map<String, List<String>> LAYERS = layers(
            "text", "text",
            "source", "source",
            "xml", "xml",
            "model", "model",
            "readers", "dialect iis6 iis7",
            "load", "load",
            "finding", "finding",
            "catalog", "catalog",
            "rules", "rules",
            "judging", "suppress policy baseline",
            "engine", "engine",
            "output", "audit report fix",
            "cli", "cli");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.iislint");

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        LayeredArchitecture layered = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (Map.Entry<String, List<String>> layer : LAYERS.entrySet()) {
            layered = layered.layer(layer.getKey()).definedBy(packages(layer.getValue()));
        }
        List<String> names = new ArrayList<>(LAYERS.keySet());
        for (int i = 0; i < names.size() - 1; i++) {
            layered = layered.whereLayer(names.get(i))
                    .mayOnlyBeAccessedByLayers(
                            names.subList(i + 1, names.size()).toArray(String[]::new));
        }
        layered.whereLayer(names.get(names.size() - 1))
                .mayNotBeAccessedByAnyLayer()
                .check(MAIN);
    }

    /** A new package must be given its place here, or nothing above would hold it. */
    @Test
    void everyClassIsInALayer() {
        classes()
                .should()
                .resideInAnyPackage(
                        packages(LAYERS.values().stream().flatMap(List::stream).toList()))
                .check(MAIN);
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.iislint.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /** IIS 6 and IIS 7+ are read side by side into one model; what both need lives below them (model, load). */
    @Test
    void theIis6AndIis7ReadersDoNotUseEachOther() {
        noClasses()
                .that()
                .resideInAPackage("io.iislint.iis6..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.iislint.iis7..")
                .check(MAIN);
        noClasses()
                .that()
                .resideInAPackage("io.iislint.iis7..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.iislint.iis6..")
                .check(MAIN);
    }

    /** The command line is picocli's only user: below it, nothing knows how it was started. */
    @Test
    void onlyTheCliUsesPicocli() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.iislint.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .check(MAIN);
    }

    private static Map<String, List<String>> layers(String... nameAndPackages) {
        Map<String, List<String>> layers = new LinkedHashMap<>();
        for (int i = 0; i < nameAndPackages.length; i += 2)
            layers.put(nameAndPackages[i], List.of(nameAndPackages[i + 1].split(" ")));
        return layers;
    }

    private static String[] packages(List<String> names) {
        return names.stream().map(p -> "io.iislint." + p + "..").toArray(String[]::new);
    }
}
