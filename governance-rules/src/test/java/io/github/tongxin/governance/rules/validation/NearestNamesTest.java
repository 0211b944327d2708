package io.github.tongxin.governance.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearestNamesTest {

  private static final List<String> RULES =
      List.of("grid.size", "grid.worker-missing", "grid.name", "party.branch-size");

  @Test
  void offersTheNamesWithinAThirdOfTheTypedLengthNearestFirst() {
    // wrong: one letter swapped (grid.sise) and one missing (gridsize)
    assertThat(NearestNames.nearest("grid.sise", RULES)).containsExactly("grid.size", "grid.name");
    assertThat(NearestNames.nearest("gridsize", RULES)).containsExactly("grid.size");
  }

  @Test
  void offersNamesThatBeginWithTheTypedOneAtMostThree() {
    assertThat(NearestNames.nearest("grid", RULES))
        .containsExactly("grid.size", "grid.name", "grid.worker-missing");
  }

  @Test
  void offersNothingForAnExactNameAFarNameOrAnEmptyOne() {
    assertThat(NearestNames.nearest("grid.size", List.of("grid.size"))).isEmpty();
    assertThat(NearestNames.nearest("volunteer", RULES)).isEmpty();
    assertThat(NearestNames.nearest("", RULES)).isEmpty();
  }

  @Test
  void phrasesTheSuggestionInEnglishAndChinese() {
    assertThat(NearestNames.didYouMean(List.of())).isEmpty();
    assertThat(NearestNames.didYouMean(List.of("a"))).isEqualTo("; did you mean a?");
    assertThat(NearestNames.didYouMean(List.of("a", "b", "c")))
        .isEqualTo("; did you mean a, b or c?");
    assertThat(NearestNames.didYouMeanZh(List.of("a", "b"))).isEqualTo("；是否要找 a 或 b？");
  }

  @Test
  void offersTheFilesBesideAMissingOne(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("units.csv"), "");
    Files.writeString(dir.resolve("persons.csv"), "");
    assertThat(NearestNames.nearestFiles(dir.resolve("untis.csv")))
        .containsExactly(dir.resolve("units.csv").toString());
    assertThat(NearestNames.nearestFiles(dir.resolve("missing/untis.csv"))).isEmpty();
  }

  @Test
  void measuresTheLevenshteinDistance() {
    assertThat(NearestNames.distance("3604000", "360403002")).isEqualTo(2);
    assertThat(NearestNames.distance("", "abc")).isEqualTo(3);
    assertThat(NearestNames.distance("kitten", "sitting")).isEqualTo(3);
  }
}
