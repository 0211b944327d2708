package io.github.tongxin.governance.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

/** A bad {@code tongxin.*} value stops the application with a message naming it. */
class ConfigurationValidationTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(TongxinProperties.class)
  static class Properties {}

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(Properties.class)
      .withPropertyValues("tongxin.callers.someone=360403");

  @Test
  void bindsTheDefaults() {
    runner.run(context -> {
      TongxinProperties p = context.getBean(TongxinProperties.class);
      assertThat(p.zone().getId()).isEqualTo("Asia/Shanghai");
      assertThat(p.upload().maxBytes().toMegabytes()).isEqualTo(16);
      assertThat(p.upload().maxFiles()).isEqualTo(20);
      assertThat(p.ruleConfig()).isNull();
      assertThat(p.callers()).hasSize(1);
    });
  }

  @Test
  void refusesAnUploadLimitOfNoFile() {
    runner.withPropertyValues("tongxin.upload.max-files=0").run(context ->
        assertThat(context).getFailure().hasStackTraceContaining("upload.maxFiles")
            .hasStackTraceContaining("rejected value [0]"));
  }

  @Test
  void refusesAZoneThatDoesNotExist() {
    runner.withPropertyValues("tongxin.zone=Asia/Atlantis").run(context ->
        assertThat(context).getFailure().hasStackTraceContaining("tongxin.zone"));
  }

  @Test
  void refusesARuleConfigurationThatCannotBeRead() {
    runner.withUserConfiguration(TongxinConfiguration.class)
        .withPropertyValues("tongxin.rule-config=classpath:no-such-rules.json")
        .run(context -> assertThat(context).getFailure()
            .hasStackTraceContaining("tongxin.rule-config: cannot read")
            .hasStackTraceContaining("no-such-rules.json"));
  }

  @Test
  void readsARuleConfigurationFile() {
    // The file turns one rule off: the validator bean is built from it.
    runner.withUserConfiguration(TongxinConfiguration.class)
        .withPropertyValues("tongxin.rule-config=classpath:rules-without-grid-worker.json")
        .run(context -> assertThat(context.getBean(DatasetValidator.class).enabledRules())
            .extracting(RuleDescriptor::id)
            .contains("structure.reference").doesNotContain("grid.worker-missing"));
  }
}
