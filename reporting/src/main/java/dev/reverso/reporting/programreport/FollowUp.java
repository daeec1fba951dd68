package dev.reverso.reporting.programreport;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.MentoringPair;
import dev.reverso.core.Participant;
import dev.reverso.core.Program;
import dev.reverso.reporting.journal.CloseReason;
import dev.reverso.reporting.journal.Side;
import dev.reverso.reporting.metrics.HealthReason;
import dev.reverso.reporting.metrics.PairHealth;
import dev.reverso.reporting.metrics.PairMetrics;
import dev.reverso.reporting.metrics.ProgramMetrics;
import dev.reverso.reporting.render.CsvWriter;
import dev.reverso.reporting.render.HtmlDocument;
import dev.reverso.reporting.render.HtmlTable;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The follow-up list for the person running the programme: the pairs that need a person to act, each with the
 * reason and a suggested action, <b>by HR id</b>. It is an <em>operational</em> document, like the matches and
 * the pairs file, and is never merged into the aggregate {@link ProgramReport} (which names pairs only by
 * pseudonym); display names appear only when asked for.
 *
 * <p>A pair is listed, once per reason, when (as of the date of the metrics):
 * <ul>
 *   <li>it is open and {@link PairHealth#DORMANT}: suggested action {@link Action#REMATCH_OR_CLOSE};</li>
 *   <li>it is open and {@link PairHealth#AT_RISK}: {@link Action#CHECK_IN};</li>
 *   <li>it closed early (any reason but {@link CloseReason#COMPLETED}): {@link Action#REMATCH} of the person
 *       still in the programme;</li>
 *   <li>it is open, has held a session, and only one side has given feedback: {@link Action#CHECK_IN} with the
 *       silent side.</li>
 * </ul>
 * Items are ordered by mentor id, then mentee id, then reason. Immutable and thread-safe; {@link #toString()}
 * shows counts only.
 */
public final class FollowUp {
  /** Why a pair is on the list. */
  public enum Reason {
    /** No session for a long time, or never met. */
    DORMANT,
    /** Sessions lapsing, repeated cancellations or a low relationship rating. */
    AT_RISK,
    /** Closed before its natural end. */
    CLOSED_EARLY,
    /** Only one side has said how it goes. */
    ONE_SIDED_FEEDBACK
  }

  /** What the programme manager might do. */
  public enum Action {
    /** Talk to the pair (or the silent side). */
    CHECK_IN,
    /** Find a new partner for the person left without one. */
    REMATCH,
    /** Ask whether the pair should go on; re-match or close it. */
    REMATCH_OR_CLOSE
  }

  /**
   * One line of the list.
   *
   * @param pair the mentor and mentee, by HR id
   * @param reason why the pair is listed
   * @param detail what the metrics show (counts, days, ratings; never comments)
   * @param action the suggested action
   */
  public record Item(MentoringPair pair, Reason reason, String detail, Action action) {
    /** Validates the components. */
    public Item {
      requireNonNull(pair, "pair");
      requireNonNull(reason, "reason");
      requireNonNull(detail, "detail");
      requireNonNull(action, "action");
    }
  }

  private final LocalDate asOf;
  private final ImmutableList<Item> items;

  private FollowUp(LocalDate asOf, ImmutableList<Item> items) {
    this.asOf = asOf;
    this.items = items;
  }

  /** The follow-up list of a programme's metrics. */
  public static FollowUp of(ProgramMetrics metrics) {
    requireNonNull(metrics, "metrics");
    List<Item> items = new ArrayList<>();
    for (PairMetrics p : metrics.pairs()) { // pairs are ordered by mentor id, then mentee id
      Optional<PairHealth> health = p.health();
      if (p.closeReason().isPresent()) {
        CloseReason why = p.closeReason().get();
        if (why != CloseReason.COMPLETED) {
          items.add(new Item(p.pair(), Reason.CLOSED_EARLY, "closed on " + p.closedOn().orElseThrow() + ": "
              + why.name().toLowerCase(Locale.ROOT).replace('_', ' ') + remaining(why), Action.REMATCH));
        }
        continue;
      }
      String reasons = p.healthReasons().stream().map(HealthReason::text).collect(Collectors.joining("; "));
      if (health.orElse(PairHealth.ACTIVE) == PairHealth.DORMANT) {
        items.add(new Item(p.pair(), Reason.DORMANT, reasons, Action.REMATCH_OR_CLOSE));
      } else if (health.orElse(PairHealth.ACTIVE) == PairHealth.AT_RISK) {
        items.add(new Item(p.pair(), Reason.AT_RISK, reasons, Action.CHECK_IN));
      }
      boolean mentor = p.feedback(Side.MENTOR).count() > 0;
      boolean mentee = p.feedback(Side.MENTEE).count() > 0;
      if (p.sessionsHeld() > 0 && mentor != mentee) {
        Side silent = mentor ? Side.MENTEE : Side.MENTOR;
        Side spoke = mentor ? Side.MENTOR : Side.MENTEE;
        items.add(new Item(p.pair(), Reason.ONE_SIDED_FEEDBACK, "the " + name(spoke) + " gave "
            + p.feedback(spoke).count() + " feedback, the " + name(silent) + " none after " + p.sessionsHeld()
            + " sessions", Action.CHECK_IN));
      }
    }
    return new FollowUp(metrics.asOf(), ImmutableList.copyOf(items));
  }

  private static String remaining(CloseReason why) {
    return switch (why) {
      case MENTOR_LEFT -> "; the mentee needs a new mentor";
      case MENTEE_LEFT -> "; the mentor is free for a new mentee";
      default -> "; both are free for a new partner";
    };
  }

  private static String name(Side side) {
    return side.name().toLowerCase(Locale.ROOT);
  }

  /** The date of the metrics. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The items, ordered by mentor id, mentee id, reason. */
  public ImmutableList<Item> items() {
    return items;
  }

  /**
   * Writes {@code follow-up.csv}: columns {@code mentor_id, mentee_id} (then {@code mentor_name, mentee_name}
   * when {@code names} is given), {@code reason, detail, suggested_action}, one row per item. Cells that a
   * spreadsheet would run as a formula are guarded.
   *
   * @param program the programme, for display names (read only when {@code names} is true)
   * @param names whether to add the display names
   */
  public void writeCsv(Writer out, Program program, boolean names) throws IOException {
    requireNonNull(out, "out");
    requireNonNull(program, "program");
    CsvWriter csv = new CsvWriter(out);
    List<String> header = new ArrayList<>(List.of("mentor_id", "mentee_id"));
    if (names) {
      header.addAll(List.of("mentor_name", "mentee_name"));
    }
    header.addAll(List.of("reason", "detail", "suggested_action"));
    csv.row(header);
    for (Item i : items) {
      List<String> row = new ArrayList<>(List.of(i.pair().mentorId().value(), i.pair().menteeId().value()));
      if (names) {
        row.add(displayName(program, i.pair(), Side.MENTOR));
        row.add(displayName(program, i.pair(), Side.MENTEE));
      }
      row.add(i.reason().name());
      row.add(i.detail());
      row.add(i.action().name());
      csv.row(row);
    }
    csv.flush();
  }

  /** Writes {@code follow-up.html}: the same list as one self-contained page, marked as operational. */
  public void writeHtml(Writer out, Program program, boolean names) throws IOException {
    requireNonNull(out, "out");
    requireNonNull(program, "program");
    HtmlDocument doc = HtmlDocument.create("Follow-up list as of " + asOf, Locale.ROOT);
    doc.note("Operational list for the person running the programme: it names people by HR id"
        + (names ? " and name" : "") + ". Do not publish it or merge it into the programme report, which names "
        + "pairs only by pseudonym.");
    doc.heading(2, "Pairs that need a person to act (" + items.size() + ")");
    List<String> headers = new ArrayList<>(List.of("Mentor", "Mentee"));
    if (names) {
      headers.addAll(List.of("Mentor name", "Mentee name"));
    }
    headers.addAll(List.of("Reason", "What the journal shows", "Suggested action"));
    HtmlTable table = HtmlTable.of(headers);
    for (Item i : items) {
      List<String> row = new ArrayList<>(List.of(i.pair().mentorId().value(), i.pair().menteeId().value()));
      if (names) {
        row.add(displayName(program, i.pair(), Side.MENTOR));
        row.add(displayName(program, i.pair(), Side.MENTEE));
      }
      row.add(i.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      row.add(i.detail());
      row.add(i.action().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      table.row(row.toArray(String[]::new));
    }
    doc.table(table);
    doc.render(out);
  }

  private static String displayName(Program program, MentoringPair pair, Side side) {
    return program.participant(side == Side.MENTOR ? pair.mentorId() : pair.menteeId())
        .flatMap(Participant::displayName).orElse("");
  }

  /** Date and counts only. */
  @Override
  public String toString() {
    return "FollowUp[asOf=" + asOf + ", items=" + items.size() + "]";
  }
}
