package io.github.tongxin.governance.examples.spring;

import io.github.tongxin.governance.model.id.UnitId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The application's configuration (配置), the {@code tongxin.*} properties, validated when the
 * application starts: a bad value stops it with a message naming the property.
 *
 * @param dataset the dataset whose units the API answers about (the hierarchy); default the
 *     bundled Xunyang sample
 * @param ruleConfig a rule configuration (RuleConfig JSON: rules on or off, severities,
 *     parameters); absent for the national defaults
 * @param zone the zone of the default as-of day (the day a validation judges terms and deadlines
 *     on) and of the days of the rates' periods; default {@code Asia/Shanghai}
 * @param upload the limits of an upload
 * @param callers the callers' tokens, each mapped to the unit whose jurisdiction the caller works
 *     in (a grid, a community, a street); sent as {@code Authorization: Bearer TOKEN}
 */
@ConfigurationProperties("tongxin")
@Validated
public record TongxinProperties(
    @NotNull @DefaultValue("classpath:sample/xunyang/xunyang.json") Resource dataset,
    Resource ruleConfig,
    @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
    @NotNull @Valid @DefaultValue Upload upload,
    @NotEmpty Map<String, UnitId> callers) {

  /**
   * The limits of an upload (上传限制). Spring's multipart limits
   * ({@code spring.servlet.multipart.max-request-size}) are set from {@link #maxBytes} in
   * {@code application.yml}, so a body over it is refused before it is stored.
   *
   * @param maxBytes the largest upload, all files together; default 16MB
   * @param maxFiles the most files in one upload; default 20
   */
  public record Upload(
      @NotNull @DefaultValue("16MB") DataSize maxBytes,
      @Min(1) @Max(1000) @DefaultValue("20") int maxFiles) {}
}
