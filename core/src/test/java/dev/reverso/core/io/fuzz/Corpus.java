package dev.reverso.core.io.fuzz;

import com.google.common.collect.ImmutableList;
import dev.reverso.core.Program;
import dev.reverso.core.io.ParticipantsCsv;
import dev.reverso.core.io.ProgramJson;
import dev.reverso.core.sample.SampleOrganization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The valid files the fuzzer starts from: sample organisations of 12 and 60 people with several seeds,
 * written as Program JSON and as participants CSV, and the documented example files (with a skill
 * taxonomy, attributes, history and active pairs). Built once; deterministic.
 */
public final class Corpus {
  private static final int SEEDS = 6;

  private static ImmutableList<byte[]> json;
  private static ImmutableList<byte[]> csv;
  private static ImmutableList<byte[]> all;

  private Corpus() {}

  private static synchronized void build() {
    if (json != null) {
      return;
    }
    ImmutableList.Builder<byte[]> j = ImmutableList.builder();
    ImmutableList.Builder<byte[]> c = ImmutableList.builder();
    for (int seed = 0; seed < SEEDS; seed++) {
      for (int people : new int[] {12, 60}) {
        Program p = SampleOrganization.generate(people, seed);
        j.add(ProgramJson.toJson(p).getBytes(StandardCharsets.UTF_8));
        c.add(ParticipantsCsv.toCsv(p).getBytes(StandardCharsets.UTF_8));
      }
    }
    j.add(resource("/io/program.json"));
    c.add(resource("/io/participants.csv"));
    c.add(resource("/io/participants-with-warnings.csv"));
    json = j.build();
    csv = c.build();
    all = ImmutableList.<byte[]>builder().addAll(json).addAll(csv).build();
  }

  /** Valid Program JSON files. */
  public static List<byte[]> json() {
    build();
    return json;
  }

  /** Valid participants CSV files. */
  public static List<byte[]> csv() {
    build();
    return csv;
  }

  /** Every file, for splicing fragments of one into another. */
  public static List<byte[]> donors() {
    build();
    return all;
  }

  private static byte[] resource(String name) {
    try (InputStream in = Corpus.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
