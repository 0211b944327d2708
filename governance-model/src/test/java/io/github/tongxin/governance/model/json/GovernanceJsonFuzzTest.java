package io.github.tongxin.governance.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.tongxin.governance.model.constraint.GovernanceValidation;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Coverage-guided fuzz test of reading a dataset: whatever the bytes, the only way out is a
 * dataset or a {@link JacksonException} (with a description for people); a dataset read writes
 * back to JSON that reads and writes again to the same text, and Bean Validation of it never
 * throws.
 *
 * <p>The first round trip gives an equal dataset. This test found that a number beyond the range
 * of a {@code double} in {@code extensions} ({@code 1e99999}) read as infinity and wrote as the
 * string {@code "Infinity"}; such numbers are now kept as decimals.
 */
class GovernanceJsonFuzzTest {

  private static final JsonMapper MAPPER = GovernanceJson.mapper(1 << 20);

  @FuzzTest(maxDuration = "5m")
  void readDataset(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    GovernanceDataset dataset;
    try {
      dataset = MAPPER.readValue(bytes, GovernanceDataset.class);
    } catch (JacksonException e) {
      assertThat(GovernanceJson.describe(e)).isNotBlank();
      return;
    }
    if (dataset == null) {
      return;
    }
    String json = MAPPER.writeValueAsString(dataset);
    GovernanceDataset again = MAPPER.readValue(json, GovernanceDataset.class);
    assertThat(MAPPER.writeValueAsString(again)).isEqualTo(json);
    assertThat(again).isEqualTo(dataset);
    dataset.records().forEach(r -> GovernanceValidation.standard().validate(r));
    assertThat(dataset.toString()).isNotNull();
  }
}
