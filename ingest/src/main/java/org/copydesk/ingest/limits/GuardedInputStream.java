package org.copydesk.ingest.limits;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that checks a {@link Budget}'s clock on every read, so that a parser that keeps reading (a
 * slow source, a decompressor spinning over its input) stops at the time limit with an {@link IOException}
 * whose cause is a {@link LimitReached}.
 */
public final class GuardedInputStream extends FilterInputStream {

    private final Budget budget;

    public GuardedInputStream(InputStream in, Budget budget) {
        super(in);
        this.budget = budget;
    }

    private void check() throws IOException {
        try {
            budget.checkTime();
        } catch (LimitReached e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public int read() throws IOException {
        check();
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        check();
        return super.read(b, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
        check();
        return super.skip(n);
    }
}
