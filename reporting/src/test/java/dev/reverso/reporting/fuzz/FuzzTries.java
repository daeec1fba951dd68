package dev.reverso.reporting.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Lets a longer fuzzing campaign override the tries written in {@code @Property(tries = ...)}: with
 * {@code -Dreverso.fuzz.tries=N} every fuzz property runs N tries, and with {@code -Dreverso.fuzz.seed=S}
 * it starts from jqwik's seed S (to reproduce a failure reported by a CI run). Without these system
 * properties the annotations apply unchanged. See {@code docs/fuzzing.md}.
 */
public final class FuzzTries implements AroundPropertyHook {
  /** System property with the number of tries of every fuzz property. */
  public static final String TRIES = "reverso.fuzz.tries";
  /** System property with the seed every fuzz property starts from. */
  public static final String SEED = "reverso.fuzz.seed";

  /** Added to a class, the hook applies to each of its properties. */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    String tries = System.getProperty(TRIES, "").strip();
    if (!tries.isEmpty()) {
      context.attributes().setTries(Integer.parseInt(tries));
    }
    String seed = System.getProperty(SEED, "").strip();
    if (!seed.isEmpty()) {
      context.attributes().setSeed(seed);
    }
    return property.execute();
  }
}
