package app.masa.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers point one way: {@code model} ← {@code layout} ← {@code edit}, {@code io},
 * {@code export}, {@code analysis} ← {@code document} ← {@code ui}, {@code cli}. Only {@code ui}
 * touches JavaFX, so the command line, the open document and every exporter run without a display;
 * no package, and no part of the window, depends on itself in a circle.
 */
@AnalyzeClasses(packages = "app.masa",
        importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestOutput.class})
class LayersTest {

    @ArchTest
    static final ArchRule only_the_ui_touches_javafx = noClasses()
            .that().resideInAnyPackage("app.masa.model..", "app.masa.i18n..", "app.masa.layout..",
                    "app.masa.edit..", "app.masa.io..", "app.masa.export..", "app.masa.analysis..",
                    "app.masa.document..", "app.masa.cli..", "app.masa.product..", "app.masa.room..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("everything below the ui must run headless");

    @ArchTest
    static final ArchRule the_model_is_plain_data = noClasses()
            .that().resideInAPackage("app.masa.model..")
            .should().dependOnClassesThat().resideInAnyPackage("app.masa.layout..", "app.masa.edit..",
                    "app.masa.io..", "app.masa.export..", "app.masa.analysis..", "app.masa.ui..",
                    "app.masa.cli..")
            .because("the document is plain data that every other layer reads");

    @ArchTest
    static final ArchRule messages_stand_alone = noClasses()
            .that().resideInAPackage("app.masa.i18n..")
            .should().dependOnClassesThat().resideInAnyPackage("app.masa.model..", "app.masa.layout..",
                    "app.masa.edit..", "app.masa.io..", "app.masa.export..", "app.masa.analysis..",
                    "app.masa.ui..", "app.masa.cli..")
            .because("every layer may use the bundles, so they depend on none of them");

    @ArchTest
    static final ArchRule the_layout_sees_only_the_model = noClasses()
            .that().resideInAPackage("app.masa.layout..")
            .should().dependOnClassesThat().resideInAnyPackage("app.masa.edit..", "app.masa.io..",
                    "app.masa.export..", "app.masa.analysis..", "app.masa.ui..", "app.masa.cli..")
            .because("one layout feeds the canvas and every exporter alike");

    @ArchTest
    static final ArchRule services_do_not_reach_up_to_the_shells = noClasses()
            .that().resideInAnyPackage("app.masa.edit..", "app.masa.io..", "app.masa.export..",
                    "app.masa.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("app.masa.ui..", "app.masa.cli..",
                    "app.masa.document..")
            .because("the window and the command line are thin shells over the same services");

    @ArchTest
    static final ArchRule the_open_document_is_below_every_shell = noClasses()
            .that().resideInAPackage("app.masa.document..")
            .should().dependOnClassesThat().resideInAnyPackage("app.masa.ui..", "app.masa.cli..")
            .because("the window, the command line and the room open and save maps through it");

    @ArchTest
    static final ArchRule the_room_is_beside_the_command_line = noClasses()
            .that().resideInAPackage("app.masa.room..")
            .should().dependOnClassesThat().resideInAnyPackage("app.masa.ui..", "app.masa.cli..")
            .because("the designer and the command line both run a room; it runs without either");

    @ArchTest
    static final ArchRule only_the_room_and_its_shells_know_the_room = noClasses()
            .that().resideInAnyPackage("app.masa.model..", "app.masa.layout..", "app.masa.edit..", "app.masa.io..",
                    "app.masa.export..", "app.masa.analysis..", "app.masa.document..")
            .should().dependOnClassesThat().resideInAPackage("app.masa.room..")
            .because("the room is a door to the network, added on top");

    @ArchTest
    static final ArchRule the_edits_choose_new_ids = noClasses()
            .that().resideInAnyPackage("app.masa.ui..", "app.masa.cli..", "app.masa.document..", "app.masa.room..")
            .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(app.masa.model.Ids.class))))
            .because("a new card, stage or map gets its id and defaults from app.masa.edit.Additions");

    @ArchTest
    static final ArchRule no_package_depends_on_itself_in_a_circle = slices()
            .matching("app.masa.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule no_part_of_the_window_depends_on_itself_in_a_circle = slices()
            .matching("app.masa.ui.(*)..")
            .should().beFreeOfCycles();
}
