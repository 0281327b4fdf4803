package app.masa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.masa.Main;
import app.masa.document.OpenDocument;
import app.masa.edit.Edits;
import app.masa.io.JourneyFiles;
import app.masa.model.Card;
import app.masa.model.ConflictKind;
import app.masa.model.JourneyMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code masa git-setup} in a real repository, and git merging two branches of a map through the
 * driver it configured, which runs this build's classes.
 */
class GitMergeDriverTest {
    private static final String MAP = "plan.journey.json";

    @TempDir
    Path repo;

    @BeforeEach
    void aRepositoryWithAMapOnMain() throws Exception {
        git("init", "-q", "-b", "main");
        git("config", "user.email", "test@example.com");
        git("config", "user.name", "Test");
        git("config", "commit.gpgsign", "false");
        assertThat(CliRun.of("new", "--template", "organic-grocer", "-o", repo.resolve(MAP).toString()).exitCode())
                .isZero();
        String java = ProcessHandle.current().info().command().orElseThrow();
        String masa = SelfCommand.quoted(java) + " -cp " + SelfCommand.quoted(System.getProperty("java.class.path"))
                + " " + Main.class.getName();
        CliRun setup = CliRun.of("git-setup", "--repo", repo.toString(), "--command", masa);
        assertThat(setup.exitCode()).as(setup.err()).isZero();
        git("add", ".");
        git("commit", "-q", "-m", "A map");
    }

    @Test
    void setupIsIdempotentAndTellsGitAboutTheDriver() throws Exception {
        CliRun again = CliRun.of("git-setup", "--repo", repo.toString(), "--command", "masa");

        assertThat(again.exitCode()).isZero();
        assertThat(Files.readAllLines(repo.resolve(".gitattributes")))
                .containsExactly("*.journey.json merge=masa diff=masa");
        assertThat(git("config", "merge.masa.driver").strip()).isEqualTo("masa merge %O %A %B -o %A");
        assertThat(git("config", "diff.masa.textconv").strip()).isEqualTo("masa diff");
        assertThat(git("check-attr", "merge", MAP)).contains("merge: masa");
    }

    @Test
    void outsideARepositoryItSaysSo(@TempDir Path elsewhere) {
        CliRun run = CliRun.of("git-setup", "--repo", elsewhere.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("is not inside a git repository");
    }

    @Test
    void twoBranchesEditingDifferentCardsMergeCleanly() throws Exception {
        git("checkout", "-q", "-b", "theirs");
        retitle("c-fridge-magnet", "Fridge magnet with a QR code");
        git("commit", "-q", "-am", "Theirs");
        git("checkout", "-q", "main");
        retitle("c-online-order", "Online order form");
        git("commit", "-q", "-am", "Ours");

        Result merge = run("git", "merge", "--no-edit", "theirs");

        assertThat(merge.exit()).as(merge.output()).isZero();
        JourneyMap merged = JourneyFiles.load(repo.resolve(MAP)).maps().get(0);
        assertThat(merged.card("c-online-order").orElseThrow().title()).isEqualTo("Online order form");
        assertThat(merged.card("c-fridge-magnet").orElseThrow().title()).isEqualTo("Fridge magnet with a QR code");
        assertThat(merged.conflicts()).isEmpty();
    }

    @Test
    void aConflictingPairIsAConflictForGitAndMarkedInTheMap() throws Exception {
        git("checkout", "-q", "-b", "theirs");
        retitle("c-online-order", "Checkout page");
        git("commit", "-q", "-am", "Theirs");
        git("checkout", "-q", "main");
        retitle("c-online-order", "Order form");
        git("commit", "-q", "-am", "Ours");

        Result merge = run("git", "merge", "--no-edit", "theirs");

        assertThat(merge.exit()).isNotZero();
        assertThat(merge.output()).contains("title: \"Order form\" in ours, \"Checkout page\" in theirs")
                .contains("CONFLICT");
        assertThat(git("status", "--porcelain")).contains("UU " + MAP);
        JourneyMap merged = JourneyFiles.load(repo.resolve(MAP)).maps().get(0);
        assertThat(merged.card("c-online-order").orElseThrow().title()).isEqualTo("Order form");
        assertThat(merged.conflict(ConflictKind.CARD, "c-online-order")).isPresent();
    }

    private void retitle(String cardId, String title) throws Exception {
        OpenDocument document = OpenDocument.open(repo.resolve(MAP));
        JourneyMap map = document.document().maps().get(0);
        Card card = map.card(cardId).orElseThrow();
        document.apply(Edits.changeCard(map.id(), card, card.withTitle(title)));
        document.save();
        Files.deleteIfExists(repo.resolve(MAP + ".bak"));
    }

    private record Result(int exit, String output) {
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Result result = run(command.toArray(String[]::new));
        assertThat(result.exit()).as("%s: %s", command, result.output()).isZero();
        return result.output();
    }

    /** Runs a program in the repository; git missing fails the test with a plain message. */
    private Result run(String... command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new AssertionError("this test needs git on the PATH: " + e.getMessage(), e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
