package org.copydesk.cli;

import picocli.CommandLine;

/** Copydesk's own version for {@code --version}: the engine's {@link org.copydesk.engine.ToolVersion}. */
public final class ToolVersion implements CommandLine.IVersionProvider {

    public static String get() {
        return org.copydesk.engine.ToolVersion.get();
    }

    @Override
    public String[] getVersion() {
        return new String[] {"copydesk " + get()};
    }
}
