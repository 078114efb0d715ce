package org.copydesk.spark;

import java.io.Serializable;
import java.util.List;
import org.copydesk.engine.CheckOptions;

/**
 * One run of the job: what to check, how (the same {@link CheckOptions} as the CLI's), and where to write.
 *
 * @param inputs     files, directories and globs ({@code binaryFile}); WARC files among them are expanded; a
 *                   name ending {@code .parquet} or {@code .jsonl}/{@code .ndjson}/{@code .json} is a table
 * @param parquet    Parquet tables of fetched pages (files or directories)
 * @param json       JSON-lines tables of fetched pages
 * @param partitions spread the listed files over this many partitions, or {@code null} for Spark's split
 * @param rendering  the formats written besides the reports ({@code --format}) and the run's timestamp
 */
record JobSpec(CheckOptions check, List<String> inputs, List<String> parquet, List<String> json, String output,
        Columns columns, Integer partitions, boolean overwrite, Rendering rendering) implements Serializable {

    /** The columns of a table of fetched pages; {@code id} may be {@code null}. */
    record Columns(String url, String html, String text, String id) implements Serializable {
    }
}
