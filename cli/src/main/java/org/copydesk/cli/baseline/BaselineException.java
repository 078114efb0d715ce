package org.copydesk.cli.baseline;

/** A baseline file that cannot be read or is not a Copydesk baseline; reported in one line, exit code 2. */
public final class BaselineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BaselineException(String message) {
        super(message);
    }
}
