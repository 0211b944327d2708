package io.github.tongxin.governance.examples.spring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.tongxin.governance.model.constraint.GovernanceValidation;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.model.service.ServiceCatalog;
import io.github.tongxin.governance.rules.StandardRules;
import io.github.tongxin.governance.rules.index.HierarchyIndex;
import io.github.tongxin.governance.rules.io.AnnotatedWorkbookWriter;
import io.github.tongxin.governance.rules.io.DatasetReader;
import io.github.tongxin.governance.rules.service.DeadlinePolicy;
import io.github.tongxin.governance.rules.service.Dispatcher;
import io.github.tongxin.governance.rules.service.RateCalculator;
import io.github.tongxin.governance.rules.service.Rate;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.Disclosure;
import io.github.tongxin.governance.rules.validation.RuleConfig;
import io.github.tongxin.governance.rules.validation.RuleSet;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Tongxin as beans (Spring 配置): the rule set, the validator configured by
 * {@code tongxin.rule-config}, the dataset and its hierarchy index, the service catalog and the
 * engines over it, the reader of uploads; Tongxin's Bean Validation as the application's
 * validator; Tongxin's JSON conventions on Boot's mapper.
 */
@Configuration(proxyBeanMethods = false)
public class TongxinConfiguration {

  /** Creates the configuration; Spring calls it. */
  public TongxinConfiguration() {}

  /**
   * Returns the clock of the application, in the configured zone.
   *
   * @param properties the configuration
   * @return the system clock in {@code tongxin.zone}
   */
  @Bean
  public Clock clock(TongxinProperties properties) {
    return Clock.system(properties.zone());
  }

  /**
   * Returns every rule Tongxin ships.
   *
   * @return the rule set
   */
  @Bean
  public RuleSet ruleSet() {
    return StandardRules.ruleSet();
  }

  /**
   * Returns the rule configuration: the file of {@code tongxin.rule-config}, or the national
   * defaults without it.
   *
   * @param properties the configuration
   * @return the rule configuration
   * @throws IllegalStateException when the file cannot be read or is not a rule configuration
   */
  @Bean
  public RuleConfig ruleConfig(TongxinProperties properties) {
    Resource file = properties.ruleConfig();
    if (file == null) {
      return RuleConfig.defaults();
    }
    try (InputStream in = file.getInputStream()) {
      return RuleConfig.read(in);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("tongxin.rule-config: cannot read " + file + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Returns the validator of uploads: the rule set, configured, with personal data masked in
   * every message (the API has no way to ask for it in full).
   *
   * @param ruleSet the rules
   * @param ruleConfig their configuration
   * @param clock the clock of the default as-of day
   * @return the validator
   */
  @Bean
  public DatasetValidator datasetValidator(RuleSet ruleSet, RuleConfig ruleConfig, Clock clock) {
    return DatasetValidator.builder().ruleSet(ruleSet).config(ruleConfig).clock(clock)
        .disclosure(Disclosure.MASKED).build();
  }

  /**
   * Returns the writer of the annotated workbook of an upload; it masks personal numbers as the
   * JSON report does.
   *
   * @return the writer
   */
  @Bean
  public AnnotatedWorkbookWriter annotatedWorkbookWriter() {
    return AnnotatedWorkbookWriter.builder().disclosure(Disclosure.MASKED).build();
  }

  /**
   * Returns the reader of uploads, with Tongxin's default limits.
   *
   * @return the reader
   */
  @Bean
  public DatasetReader datasetReader() {
    return DatasetReader.defaults();
  }

  /**
   * Returns the dataset of {@code tongxin.dataset}, whose units the API answers about.
   *
   * @param properties the configuration
   * @return the dataset
   * @throws IllegalStateException when it cannot be read
   */
  @Bean
  public GovernanceDataset governanceDataset(TongxinProperties properties) {
    try (InputStream in = properties.dataset().getInputStream()) {
      return GovernanceJson.mapper().readValue(in, GovernanceDataset.class);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("tongxin.dataset: cannot read " + properties.dataset()
          + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the hierarchy of the dataset.
   *
   * @param dataset the dataset
   * @return the hierarchy, built once
   */
  @Bean
  public Hierarchy hierarchy(GovernanceDataset dataset) {
    return Hierarchy.of(dataset);
  }

  /**
   * Returns the hierarchy index, for code that needs more than {@link Hierarchy} offers.
   *
   * @param hierarchy the hierarchy
   * @return its index
   */
  @Bean
  public HierarchyIndex hierarchyIndex(Hierarchy hierarchy) {
    return hierarchy.index();
  }

  /**
   * Returns the national service catalog.
   *
   * @return the catalog
   */
  @Bean
  public ServiceCatalog serviceCatalog() {
    return ServiceCatalog.defaultCatalog();
  }

  /**
   * Returns the national deadlines.
   *
   * @param catalog the catalog
   * @return the deadline policy
   */
  @Bean
  public DeadlinePolicy deadlinePolicy(ServiceCatalog catalog) {
    return DeadlinePolicy.defaults(catalog);
  }

  /**
   * Returns the calculator of the three rates.
   *
   * @param hierarchy the hierarchy
   * @param policy the deadlines
   * @return the calculator
   */
  @Bean
  public RateCalculator rateCalculator(Hierarchy hierarchy, DeadlinePolicy policy) {
    return new RateCalculator(hierarchy.serviceView(), policy);
  }

  /**
   * Returns the dispatcher of work orders.
   *
   * @param catalog the catalog
   * @param hierarchy the hierarchy
   * @param policy the deadlines
   * @return the dispatcher
   */
  @Bean
  public Dispatcher dispatcher(ServiceCatalog catalog, Hierarchy hierarchy,
      DeadlinePolicy policy) {
    return new Dispatcher(catalog, hierarchy.serviceView(), policy);
  }

  /**
   * Returns Tongxin's Bean Validation as the application's validator: Boot's Hibernate
   * Validator, configured so that constraints on Immutables-style accessors fire and messages
   * never evaluate expressions. Spring MVC validates {@code @Valid} request bodies with it.
   *
   * @return the validator
   */
  @Bean
  public Validator validator() {
    return GovernanceValidation.standard().validator();
  }

  /**
   * Returns the post-processor that makes Spring Data JDBC write table and column names
   * unquoted, so that each database folds them as the Flyway scripts' unquoted names were folded
   * (upper case in H2, lower case in PostgreSQL). Quoted, the names of {@code @Table} would keep
   * their case and miss H2's tables.
   *
   * @return the post-processor
   */
  @Bean
  public static BeanPostProcessor unquotedNames() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof RelationalMappingContext context) {
          context.setForceQuote(false);
        }
        return bean;
      }
    };
  }

  /**
   * Returns the customiser that gives Boot's JSON mapper Tongxin's conventions: absent optional
   * members left out, unknown members of a request refused, and a module writing a
   * {@link Rate} as its numerator, denominator and percentage.
   *
   * @return the customiser
   */
  @Bean
  public JsonMapperBuilderCustomizer tongxinJson() {
    return builder -> builder
        .changeDefaultPropertyInclusion(incl -> JsonInclude.Value.construct(
            JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addModule(new SimpleModule("tongxin-rates").addSerializer(Rate.class, new RateJson()));
  }

  /** Writes a rate as {@code {"numerator": 3, "denominator": 4, "percent": 75.00}}. */
  static final class RateJson extends ValueSerializer<Rate> {
    @Override
    public void serialize(Rate rate, JsonGenerator g, SerializationContext ctxt) {
      g.writeStartObject();
      g.writeNumberProperty("numerator", rate.numerator());
      g.writeNumberProperty("denominator", rate.denominator());
      if (rate.isDefined()) {
        g.writeNumberProperty("percent", rate.percent());
      } else {
        g.writeNullProperty("percent");
      }
      g.writeEndObject();
    }
  }
}
