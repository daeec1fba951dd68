package dev.reverso.matching.constraint;

/** A function of a mentor index and a mentee index. */
@FunctionalInterface
interface IntBinaryFunction<R> {
  R apply(int mentor, int mentee);
}
