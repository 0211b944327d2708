/**
 * Tongxin's model of grassroots governance: the records of the hierarchy, the service line and
 * co-governance, their typed ids, the dataset, identifier checks and Bean Validation
 * constraints, and the JSON binding. Exports what the README teaches; the identifier constraints'
 * validators ({@code model.identifier.internal}) are not API, nor is the position memo the rules'
 * hierarchy index keeps in identifiers ({@code model.id.internal}, exported to the rules only).
 *
 * <p>Jackson and Hibernate Validator reflect on the generated, package-private implementations of
 * the value types, so the value packages are open to those two modules only.
 */
module io.github.tongxin.governance.model {
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires static org.immutables.value.annotations;

  exports io.github.tongxin.governance.model;
  exports io.github.tongxin.governance.model.cogovernance;
  exports io.github.tongxin.governance.model.constraint;
  exports io.github.tongxin.governance.model.dataset;
  exports io.github.tongxin.governance.model.hierarchy;
  exports io.github.tongxin.governance.model.id;
  exports io.github.tongxin.governance.model.id.internal to io.github.tongxin.governance.rules;
  exports io.github.tongxin.governance.model.identifier;
  exports io.github.tongxin.governance.model.json;
  exports io.github.tongxin.governance.model.service;
  exports io.github.tongxin.governance.model.volunteer;

  opens io.github.tongxin.governance.model to tools.jackson.databind, org.hibernate.validator;
  opens io.github.tongxin.governance.model.cogovernance
      to tools.jackson.databind, org.hibernate.validator;
  opens io.github.tongxin.governance.model.dataset
      to tools.jackson.databind, org.hibernate.validator;
  opens io.github.tongxin.governance.model.hierarchy
      to tools.jackson.databind, org.hibernate.validator;
  opens io.github.tongxin.governance.model.id to tools.jackson.databind, org.hibernate.validator;
  opens io.github.tongxin.governance.model.service
      to tools.jackson.databind, org.hibernate.validator;
  opens io.github.tongxin.governance.model.volunteer
      to tools.jackson.databind, org.hibernate.validator;
  opens io.github.tongxin.governance.model.identifier to org.hibernate.validator;
  opens io.github.tongxin.governance.model.identifier.internal to org.hibernate.validator;

  provides jakarta.validation.ConstraintValidator with
      io.github.tongxin.governance.model.identifier.internal.CitizenIdNumberValidator,
      io.github.tongxin.governance.model.identifier.internal.CitizenIdNumberValidator.ForOptional,
      io.github.tongxin.governance.model.identifier.internal.DivisionCodeValidator,
      io.github.tongxin.governance.model.identifier.internal.DivisionCodeValidator.ForOptional,
      io.github.tongxin.governance.model.identifier.internal.MobileNumberValidator,
      io.github.tongxin.governance.model.identifier.internal.MobileNumberValidator.ForOptional,
      io.github.tongxin.governance.model.identifier.internal.SocialCreditCodeValidator,
      io.github.tongxin.governance.model.identifier.internal.SocialCreditCodeValidator.ForOptional;
}
