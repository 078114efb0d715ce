package org.copydesk.spark;

import com.google.common.collect.Iterators;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.copydesk.core.Report;
import org.copydesk.engine.CheckOptions;
import org.copydesk.engine.DocumentChecker;
import org.copydesk.ingest.warc.WarcSplitter;

/**
 * Checks the files Spark's {@code binaryFile} source listed under one input (their paths only: contents are
 * read here, through the Hadoop file system). A WARC file becomes one document per HTML response record, read
 * as a stream and expanded lazily, so a large WARC file is never held whole; any other file is read and
 * checked as the CLI checks it. Nothing here throws for a bad document: it yields its {@code input.unreadable}
 * report.
 */
final class CheckFiles implements FlatMapFunction<Row, DocResult> {

    private static final long serialVersionUID = 1L;
    private static final Pattern WARC_TARGET = Pattern.compile("#\\d+ (.+)$");

    private final CheckOptions options;
    private final Rendering rendering;
    private final InputRoot root;
    private final Broadcast<HadoopConf> hadoop;

    CheckFiles(CheckOptions options, Rendering rendering, InputRoot root, Broadcast<HadoopConf> hadoop) {
        this.options = options;
        this.rendering = rendering;
        this.root = root;
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<DocResult> call(Row row) {
        String uri = row.getString(0);
        DocumentChecker checker = Engines.get(options);
        String name = root.relative(uri);
        String display = root.displayPath(uri);
        Path file = new Path(java.net.URI.create(uri));
        if (WarcSplitter.isWarc(file.getName())) {
            Iterator<DocumentChecker.WarcDocument> docs = checker.warcDocuments(
                    () -> WarcSplitter.open(open(file)), name, display, skipped -> { });
            return Iterators.transform(docs, d -> {
                DocResult r = Guard.result(checker, rendering, d.reportName(), display, null, d.check());
                Matcher target = WARC_TARGET.matcher(r.getPath().substring(Math.min(display.length(),
                        r.getPath().length())));
                r.setSite(target.find() ? DocResult.site(target.group(1)) : null);
                return r;
            });
        }
        return List.of(Guard.result(checker, rendering, name, display, null, () -> read(checker, file, display))).iterator();
    }

    private Report read(DocumentChecker checker, Path file, String display) {
        byte[] content;
        try (InputStream in = open(file)) {
            content = in.readAllBytes();
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            return checker.unreadable(display, "cannot read the file: " + Guard.describe(e));
        }
        return checker.checkContent(display, file.getName(), content);
    }

    private InputStream open(Path file) throws IOException {
        return file.getFileSystem(hadoop.value().get()).open(file);
    }
}
