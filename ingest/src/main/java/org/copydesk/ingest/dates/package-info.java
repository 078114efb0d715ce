/**
 * The date engine: reading publication dates from metadata, markup and URLs ({@link
 * org.copydesk.ingest.dates.DateParser}), finding and resolving the dates an article body names ({@link
 * org.copydesk.ingest.dates.DateMentionFinder}), and the calendar arithmetic both rely on ({@link
 * org.copydesk.ingest.dates.DateArithmetic}).
 *
 * <p>Month, weekday and zone names, relative phrases and tense cues live in the data files beside these classes
 * ({@code months.txt}, {@code weekdays.txt}, {@code zones.txt}, {@code relative-phrases.txt}, {@code numbers.txt},
 * {@code context-words.txt}, {@code tense-cues.txt}), read once. All types here are immutable and thread-safe.
 */
package org.copydesk.ingest.dates;
