package org.copydesk.spark;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.copydesk.engine.CheckOptions;
import org.copydesk.engine.DocumentChecker;

/**
 * Checks the rows of a table of fetched pages, selected as {@code (id, url, html, text)}: the HTML (a string,
 * encoded as UTF-8, or bytes as fetched) when there is some, else the text. A document is shown by its id
 * column when one is named, else by its URL, else as {@code TABLE#row-N}; a document read from the text column
 * has {@code " (text)"} added, which keeps the name's extension (a URL ending {@code .html}) from making Tika take
 * plain text for HTML.
 */
final class CheckRows implements FlatMapFunction<Row, DocResult> {

    private static final long serialVersionUID = 1L;

    private final CheckOptions options;
    private final Rendering rendering;
    private final String table;

    CheckRows(CheckOptions options, Rendering rendering, String table) {
        this.options = options;
        this.rendering = rendering;
        this.table = table;
    }

    @Override
    public Iterator<DocResult> call(Row row) {
        DocumentChecker checker = Engines.get(options);
        String id = row.isNullAt(0) ? null : String.valueOf(row.get(0));
        String url = row.isNullAt(1) ? null : row.getString(1);
        String name = id != null ? id : url != null ? url : table + "#row-" + row.getLong(4);
        byte[] html = bytes(row, 2);
        byte[] page = html != null ? html : bytes(row, 3);
        String shown = html == null && page != null ? name + " (text)" : name;
        return List.of(Guard.result(checker, rendering, shown, shown, url, () -> page == null
                ? checker.unreadable(shown, "the row has neither HTML nor text")
                : checker.checkPage(shown, page, url))).iterator();
    }

    private static byte[] bytes(Row row, int i) {
        if (row.isNullAt(i)) {
            return null;
        }
        Object v = row.get(i);
        return v instanceof byte[] b ? b : v.toString().getBytes(StandardCharsets.UTF_8);
    }
}
