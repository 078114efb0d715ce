package org.copydesk.engine.config;

/**
 * A configuration file that cannot be used: unreadable, not YAML, an unknown key or a bad value. The message is
 * one line naming the file, the line when known, and the key.
 */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
