package org.copydesk.ingest.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.copydesk.core.BoilerplateCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The phrase family files against {@link BoilerplateCategory}, the one list of categories: each category with
 * phrases has its file, is recognised in the example its file gives, and no file is left that no category reads.
 */
class PhraseFilesTest {

    private static final String EXAMPLE = "# example:";

    static Stream<BoilerplateCategory> worded() {
        return Arrays.stream(BoilerplateCategory.values()).filter(BoilerplateCategory::hasPhrases);
    }

    @ParameterizedTest
    @MethodSource("worded")
    void theExamplesOfEachFileAreRecognisedAsItsCategory(BoilerplateCategory category) throws IOException {
        List<String> examples = examples(category);
        assertFalse(examples.isEmpty(), category.id() + ".txt has no \"" + EXAMPLE + "\" line");
        for (String example : examples) {
            Optional<PhraseFamilies.Hit> hit = PhraseFamilies.builtIn().best(example);
            assertEquals(Optional.of(category), hit.map(PhraseFamilies.Hit::category), example);
        }
    }

    @Test
    void everyFileBelongsToACategoryWithPhrases() throws IOException, URISyntaxException {
        Path dir = Path.of(PhraseFamilies.class.getResource("README.txt").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            List<String> orphans = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") && !n.equals("README.txt"))
                    .filter(n -> BoilerplateCategory.fromId(n.substring(0, n.length() - 4))
                            .filter(BoilerplateCategory::hasPhrases).isEmpty())
                    .sorted().toList();
            assertEquals(List.of(), orphans, "phrase files that no category with phrases reads");
        }
    }

    @Test
    void aCategoryWithoutPhrasesTakesNone() {
        assertThrows(IllegalArgumentException.class,
                () -> PhraseFamilies.builtIn().with(BoilerplateCategory.OTHER, List.of("Give now")));
    }

    /** The {@code # example:} lines of the category's file; a missing file fails the test. */
    private static List<String> examples(BoilerplateCategory category) throws IOException {
        try (InputStream in = PhraseFamilies.class.getResourceAsStream(category.id() + ".txt")) {
            if (in == null) {
                throw new AssertionError("no phrase file " + category.id() + ".txt for " + category);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> l.startsWith(EXAMPLE)).map(l -> l.substring(EXAMPLE.length()).strip()).toList();
        }
    }
}
