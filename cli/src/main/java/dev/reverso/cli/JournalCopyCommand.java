package dev.reverso.cli;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.InvalidInputException;
import dev.reverso.core.MentoringPair;
import dev.reverso.reporting.i18n.Texts;
import dev.reverso.reporting.journal.AppendResult;
import dev.reverso.reporting.journal.Journal;
import dev.reverso.reporting.journal.JournalContents;
import dev.reverso.reporting.journal.JournalEvent;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reverso journal copy --from A --to B}: copies every event of one journal into another, between
 * files and databases in any direction. Idempotent: events already in the target (same id, same content)
 * are counted and left alone, so a copy can be repeated or resumed. The target's rules still hold: an
 * event under a recorded id with other content, or an event after a pair's close in the target, stops the
 * copy with exit code 2 (events copied before it stay; copying again after fixing is safe).
 */
@Command(
    name = "copy",
    mixinStandardHelpOptions = true,
    description = "Copy a journal between a file and a database (either way, or file to file, database to "
        + "database). Events already in the target are left alone, so copying again is harmless.",
    footerHeading = "%n",
    footer = {
        "A journal is a JSON Lines file path or a JDBC URL: jdbc:sqlite:FILE or",
        "jdbc:postgresql://HOST[:PORT]/DB; PostgreSQL credentials come from the URL or from PGUSER and",
        "PGPASSWORD, and are never printed.",
        "",
        "Examples:",
        "  reverso journal copy --from journal.jsonl --to jdbc:sqlite:journal.db",
        "  PGPASSWORD=... reverso journal copy --from journal.jsonl --to 'jdbc:postgresql://db.example:5432/hr?user=reverso'",
        "  reverso journal copy --from jdbc:sqlite:journal.db --to backup.jsonl"})
final class JournalCopyCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private LocaleOption localeOption;

  @Option(names = "--from", paramLabel = "FILE|URL", required = true, description = "The journal to copy from.")
  private String from;

  @Option(names = "--to", paramLabel = "FILE|URL", required = true,
      description = "The journal to copy into; a file is created if absent, a database gets the journal's tables.")
  private String to;

  @Override
  public Integer call() {
    JournalLocation source = JournalLocation.parse("--from", from, System.getenv());
    JournalLocation target = JournalLocation.parse("--to", to, System.getenv());
    if (source.sameAs(target)) {
      throw InvalidInputException.of("--to", "expected another journal than --from, found the same one ('"
          + target + "')");
    }
    JournalContents contents = source.read(spec.commandLine().getErr());
    ImmutableList<JournalEvent> events = contents.events();
    Set<MentoringPair> pairs = new LinkedHashSet<>();
    for (JournalEvent e : events) {
      pairs.add(e.pair());
    }
    ImmutableList<AppendResult> results;
    try (Journal journal = target.openForAppend(pairs)) {
      results = JournalLocation.appendAll(journal, events);
    }
    long added = results.stream().filter(AppendResult::isNew).count();
    PrintWriter out = spec.commandLine().getOut();
    Texts t = localeOption.texts();
    out.println(t.get("cli.journalCopy", "events", DemoSummary.counted(t, events.size(), "event"), "from", source,
        "to", target, "added", added, "present", events.size() - added));
    return ReversoCommand.EXIT_OK;
  }
}
