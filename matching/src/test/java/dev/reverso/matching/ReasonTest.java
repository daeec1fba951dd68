package dev.reverso.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.matching.result.Reason;
import dev.reverso.matching.result.ReasonCodes;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reason is a plain JDK value: ordered, unmodifiable, validated, equal whatever map it was built from. */
class ReasonTest {

  @Test
  void argumentsKeepTheirOrderAndCannotChange() {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("skill", "genai");
    args.put("level", 4);
    args.put("credit", 1.0);
    Reason r = new Reason("mentor-has-skill", args);
    args.put("extra", true);
    assertThat(List.copyOf(r.args().keySet())).containsExactly("skill", "level", "credit");
    assertThatThrownBy(() -> r.args().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(r).isEqualTo(Reason.of("mentor-has-skill", "skill", "genai", "level", 4, "credit", 1.0));
    assertThat(r.toString()).isEqualTo("Reason[mentor-has-skill[skill, level, credit]]").doesNotContain("genai");
  }

  @Test
  void nullsAndUnsupportedValuesAreRefused() {
    Map<String, Object> withNull = new HashMap<>();
    withNull.put("skill", null);
    assertThatThrownBy(() -> new Reason("x", withNull)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reason(x).args.skill");
    assertThatThrownBy(() -> Reason.of("x", "when", java.time.LocalDate.EPOCH)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void builtInCodesAreRecognisedWithExactlyTheirArguments() {
    assertThat(ReasonCodes.isBuiltIn(Reason.of(ReasonCodes.PAIRED_BEFORE, "mentor", "m1", "mentee", "e1"))).isTrue();
    assertThat(ReasonCodes.isBuiltIn(Reason.of(ReasonCodes.PAIRED_BEFORE, "mentee", "e1", "mentor", "m1")))
        .as("argument order is part of the code").isFalse();
    assertThat(ReasonCodes.isBuiltIn(Reason.text("own words"))).isFalse();
    assertThat(ReasonCodes.all()).hasSize(48).allSatisfy((code, names) -> assertThat(code).matches("[a-z]+(-[a-z]+)*"));
  }
}
