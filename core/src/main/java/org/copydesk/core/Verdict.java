package org.copydesk.core;

import java.util.Collection;
import java.util.Locale;

/** The document's overall verdict: fail on any error, else warn on any warning, else pass. */
public enum Verdict {
    PASS, WARN, FAIL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict of(Collection<Finding> findings) {
        Verdict v = PASS;
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                return FAIL;
            }
            if (f.severity() == Severity.WARNING) {
                v = WARN;
            }
        }
        return v;
    }
}
