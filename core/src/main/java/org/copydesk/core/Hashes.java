package org.copydesk.core;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/** Content hashes as the report spells them: lower-case hexadecimal SHA-256. */
public final class Hashes {

    private Hashes() {
    }

    public static String sha256(byte[] bytes) {
        return Hashing.sha256().hashBytes(bytes).toString();
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
