package org.copydesk.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Copydesk's own version, from the build: the {@code tool.version} of every report, whichever front end wrote it. */
public final class ToolVersion {

    private static final String VERSION = load();

    private ToolVersion() {
    }

    public static String get() {
        return VERSION;
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
