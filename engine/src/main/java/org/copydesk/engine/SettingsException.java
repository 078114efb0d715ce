package org.copydesk.engine;

/** A setting that cannot be used (configuration file, option value); the message is one line for the user. */
public final class SettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SettingsException(String message) {
        super(message);
    }
}
