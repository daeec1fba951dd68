package dev.reverso.reporting.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reverso.core.InvalidInputException;
import dev.reverso.matching.result.Reason;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void everyKeyExistsInEveryLanguage() {
    for (String bundle : new String[] {"messages", "reasons"}) {
      assertThat(Texts.keys(bundle, "it")).as(bundle + " Italian vs English")
          .containsExactlyInAnyOrderElementsOf(Texts.keys(bundle, "en"));
    }
  }

  @Test
  void languageFollowsTheLocaleAndNumbersItsRegion() {
    assertThat(Texts.of(Locale.ITALY).get("language.name")).isEqualTo("Italiano");
    assertThat(Texts.of(Locale.ROOT).get("language.name")).isEqualTo("English");
    assertThat(Texts.of(Locale.ITALY).numbers().decimal(1234.5, 1)).isEqualTo("1.234,5");
    assertThat(Texts.of(Locale.UK).date(LocalDate.of(2026, 12, 5))).contains("2026").contains("Dec");
  }

  @Test
  void aReasonWithoutTemplateShowsItsCodeAndArguments() {
    Texts en = Texts.of(Locale.ENGLISH);
    assertThat(en.reason(Reason.of("same-floor", "floor", 3))).isEqualTo("same-floor (floor 3)");
    assertThat(en.reason(Reason.text("both like chess"))).isEqualTo("both like chess");
  }

  @Test
  void unsupportedLocaleTagsAreRefusedWithTheChoices() {
    assertThat(Texts.supportedLocale("it-IT")).isEqualTo(Locale.ITALY);
    assertThatThrownBy(() -> Texts.supportedLocale("fr")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("en, it");
  }

  @Test
  void reasonArgumentsAreValidated() {
    assertThatThrownBy(() -> Reason.of("Bad Code")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Reason.of("x", "a")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Reason.of("x", "a", Double.NaN)).isInstanceOf(InvalidInputException.class);
    assertThat(Reason.of("x", "skill", "genai").toString()).isEqualTo("Reason[x[skill]]");
  }
}
