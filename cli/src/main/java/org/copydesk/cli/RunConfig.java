package org.copydesk.cli;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.copydesk.cli.baseline.Baseline;
import org.copydesk.cli.baseline.BaselineException;
import org.copydesk.cli.baseline.BaselineFilter;
import org.copydesk.engine.CheckOptions;
import org.copydesk.engine.SettingsException;

/**
 * The check command's configuration sources turned into usage errors when wrong: {@code copydesk.yml} (or
 * {@code --config}), the {@code --rule ID=LEVEL} options on top of it, the per-document limits (all read by the
 * engine's {@link CheckOptions}, which the Spark job shares) and the {@code --baseline} file.
 */
final class RunConfig {

    private RunConfig() {
    }

    /** Runs {@code step}, its {@link SettingsException} turned into a usage error with the same message. */
    static <T> T usage(Supplier<T> step) {
        try {
            return step.get();
        } catch (SettingsException e) {
            throw new Copydesk.UsageError(e.getMessage());
        }
    }

    /**
     * A filter for {@code --baseline FILE}, or one that accepts nothing when none is given; it records the run's
     * fingerprints only when {@code recording} (for {@code --write-baseline}).
     */
    static BaselineFilter baseline(Path file, boolean recording) {
        try {
            return new BaselineFilter(file == null ? null : Baseline.read(file), recording);
        } catch (BaselineException e) {
            throw new Copydesk.UsageError("--baseline " + e.getMessage());
        }
    }
}
