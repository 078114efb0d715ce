package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.copydesk.rules.RuleDescriptor;
import org.copydesk.rules.RuleRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code copydesk rules}: the rule catalog, generated from the registry. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule: id, default severity in scrape-audit / pre-publication, the extracted fields "
                + "its findings rely on, summary.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-34s %-8s %-8s %-18s %s%n", "RULE", "SCRAPE", "PRE-PUB", "RELIES ON", "SUMMARY");
        for (RuleDescriptor r : RuleRegistry.all()) {
            out.printf("%-34s %-8s %-8s %-18s %s%n", r.id(), r.scrapeAudit().id(), r.prePublication().id(),
                    r.basis().isEmpty() ? "-" : String.join(",", r.basis()), r.summary());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
