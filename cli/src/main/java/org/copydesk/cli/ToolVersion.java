package org.copydesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Copydesk's own version, from the build. */
public final class ToolVersion implements CommandLine.IVersionProvider {

    private static final String VERSION = load();

    public static String get() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"copydesk " + VERSION};
    }

    private static String load() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
