package org.copydesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.copydesk.rules.RuleDescriptor;
import org.copydesk.rules.RuleRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code copydesk explain ID}: one rule in full, generated from the registry. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain one rule in full, with an example.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RULE-ID")
    String id;

    @Override
    public Integer call() {
        RuleDescriptor r = RuleRegistry.byId(id).orElseThrow(
                () -> new Copydesk.UsageError("no rule '" + id + "'; 'copydesk rules' lists them"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s%n%n%s%n%nSeverity: %s in scrape-audit, %s in pre-publication.%n%nWhy: %s%n%nExample: %s%n",
                r.id(), r.summary(), r.scrapeAudit().id(), r.prePublication().id(), r.rationale(), r.example());
        out.printf("%nRelies on: %s%n", r.basis().isEmpty() ? "no extracted field (its findings are never graded "
                + "down for a low confidence)" : String.join(", ", r.basis()) + " (a finding is graded down one step "
                + "when the lowest of these is below thresholds.min-confidence, 0.5 by default)");
        out.flush();
        return ExitCodes.OK;
    }
}
