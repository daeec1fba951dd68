package dev.reverso.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.reverso.core.io.ParticipantsCsv;
import dev.reverso.core.io.ProgramJson;
import java.io.StringReader;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Language tags: Locales and common names accepted, everything that is not a BCP 47 language refused with a hint. */
class LanguageTagsTest {
  private static Participant.Builder person() {
    return Participant.builder("E1").seniority(2);
  }

  private static Problem refusal(String tag) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> person().language(tag).build());
    assertThat(e).as("'%s' should be refused", tag).isNotNull();
    assertThat(e.errors()).hasSize(1);
    return e.errors().get(0);
  }

  @Test
  void commonNamesAndTagsAreCanonical() {
    String[][] cases = {{"English", "en"}, {"english", "en"}, {"Italiano", "it"}, {"Italian", "it"},
        {"ITALIANO", "it"}, {"Français", "fr"}, {"francais", "fr"}, {"Deutsch", "de"}, {"Español", "es"},
        {"Portuguese", "pt"}, {"Inglese", "en"}, {" en ", "en"}, {"EN", "en"}, {"pt-br", "pt-BR"},
        {"zh-Hant-TW", "zh-Hant-TW"}, {"fil", "fil"}};
    for (String[] c : cases) {
      assertThat(person().language(c[0]).build().languages()).as(c[0]).containsExactly(c[1]);
    }
  }

  @Test
  void aLocaleIsAccepted() {
    assertThat(person().language(Locale.ITALIAN).language(Locale.forLanguageTag("pt-BR")).language(Locale.UK).build()
        .languages()).containsExactly("it", "pt-BR", "en-GB");
  }

  @Test
  void aNameAndItsTagAreOneLanguage() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> person().language("en").language("English").build());
    assertThat(e.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("each language once"));
  }

  @Test
  void whatIsNotALanguageIsRefusedWithASuggestion() {
    String[][] cases = {
        {"Engish", "did you mean 'en'?"},
        {"Italiamo", "did you mean 'it'?"},
        {"eng", "'eng' (BCP 47 uses the two-letter code); did you mean 'en'?"},
        {"ita-IT", "did you mean 'it-IT'?"},
        {"en_US", "did you mean 'en-US'?"},
        {"xx", "'xx' is not an ISO 639 language code"},
        {"Klingonese", "found 'Klingonese'"}, {"Klingon", "is not an ISO 639 language code"},
        {"und", "names no language"},
        {"??", "found '??'"}};
    for (String[] c : cases) {
      Problem p = refusal(c[0]);
      assertThat(p.location()).isEqualTo("languages[0]");
      assertThat(p.message()).as(c[0]).startsWith("expected a BCP 47 language tag such as 'en'").contains(c[1]);
    }
  }

  @Test
  void noSuggestionForAShortUnknownCode() {
    assertThat(refusal("qq").message()).doesNotContain("did you mean");
  }

  @Test
  void csvCellsGoThroughTheSameCheckWithTheirFileLocation() {
    String csv = "id,role,seniority,languages\nj1,mentor,2,English;Klingon\ns1,mentee,8,it;eng\n";
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ParticipantsCsv.read(new StringReader(csv), "people.csv"));
    assertThat(e.errors()).extracting(p -> p.location() + ": " + p.message()).containsExactly(
        "people.csv:2:languages: expected a BCP 47 language tag such as 'en' or 'pt-BR', found 'Klingon': 'klingon'"
            + " is not an ISO 639 language code",
        "people.csv:3:languages: expected a BCP 47 language tag such as 'en' or 'pt-BR', found 'eng' (BCP 47 uses"
            + " the two-letter code); did you mean 'en'?");
  }

  @Test
  void jsonFieldsGoThroughTheSameCheckWithTheirFileLocation() {
    String json = "{\"format\": \"reverso/program@1\",\n"
        + "\"mentors\": [{\"id\": \"j1\", \"seniority\": 2, \"languages\": [\"Italiano\", \"Engish\"]}],\n"
        + "\"mentees\": [{\"id\": \"s1\", \"seniority\": 8}]}\n";
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ProgramJson.read(new StringReader(json), "program.json"));
    assertThat(e.errors()).singleElement().satisfies(p -> {
      assertThat(p.location()).isEqualTo("program.json:2:68 (mentors[0].languages[1])");
      assertThat(p.message()).contains("found 'Engish'").endsWith("; did you mean 'en'?");
    });
  }

  @Test
  void aNameInAFileIsReadAsItsTag() throws Exception {
    String csv = "id,role,seniority,languages\nj1,mentor,2,Italiano;English\ns1,mentee,8,it\n";
    Program p = ParticipantsCsv.read(new StringReader(csv), "people.csv");
    assertThat(p.mentors().get(0).languages()).containsExactly("it", "en");
  }
}
