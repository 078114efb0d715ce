package org.copydesk.spark;

import java.util.concurrent.ConcurrentHashMap;
import org.copydesk.engine.CheckOptions;
import org.copydesk.engine.DocumentChecker;

/**
 * One Copydesk engine per executor JVM: Tika, the validator factory and the word lists are loaded by the first
 * task that needs them and reused by every later task and partition (the engine is thread-safe, so an
 * executor's concurrent tasks share it).
 */
final class Engines {

    private static final ConcurrentHashMap<CheckOptions, DocumentChecker> ENGINES = new ConcurrentHashMap<>();

    private Engines() {
    }

    static DocumentChecker get(CheckOptions options) {
        return ENGINES.computeIfAbsent(options, o -> o.resolve().checker());
    }
}
