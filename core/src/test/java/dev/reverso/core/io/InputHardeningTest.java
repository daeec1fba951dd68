package dev.reverso.core.io;

import static dev.reverso.core.io.IoTestSupport.csvFailure;
import static dev.reverso.core.io.IoTestSupport.errors;
import static dev.reverso.core.io.IoTestSupport.jsonFailure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reverso.core.InvalidInputException;
import dev.reverso.core.ParticipantId;
import org.junit.jupiter.api.Test;

/** Issue 12 items 7 and 8: invisible characters in ids, and a participants CSV with a header and no people. */
class InputHardeningTest {

  @Test
  void idsWithInvisibleFormatCharactersAreMalformed() {
    for (String id : new String[] {"e1\u200B", "\uFEFFe1", "e\u20601", "e1\u200E", "e\u00AD1"}) {
      assertThat(ParticipantId.check(id)).as(id).startsWith("expected no invisible format characters, found U+");
    }
    assertThat(ParticipantId.check("e1\u200B")).endsWith("found U+200B at position 3");
    assertThat(ParticipantId.check("Zoë-Ødegård_01")).isNull();
  }

  @Test
  void twoPeopleWhoseIdsDifferOnlyByAZeroWidthSpaceAreRefused() {
    InvalidInputException csv = csvFailure("id,role,seniority\ne1,mentor,1\ne1\u200B,mentor,1\n");
    assertThat(errors(csv)).singleElement().asString()
        .startsWith("participants.csv:3:id: ").contains("U+200B at position 3");
    InvalidInputException json = jsonFailure("{\"format\": \"reverso/program@1\", \"mentors\": ["
        + "{\"id\": \"e1\", \"seniority\": 1}, {\"id\": \"\uFEFFe1\", \"seniority\": 1}]}");
    assertThat(errors(json)).singleElement().asString()
        .startsWith("program.json:1:").contains("(mentors[1].id)").contains("U+FEFF at position 1");
  }

  @Test
  void aHeaderOnlyCsvIsAnErrorNotAnEmptyProgramme() {
    InvalidInputException e = csvFailure("id,role,seniority\n");
    assertThat(errors(e)).containsExactly(
        "participants.csv:2: expected at least one person (a data row after the header), found none");
    assertThat(errors(csvFailure("id,role,seniority\r\n\r\n,,\r\n"))).singleElement().asString()
        .endsWith("expected at least one person (a data row after the header), found none");
  }
}
