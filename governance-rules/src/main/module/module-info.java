/**
 * Tongxin's rules: validation of a dataset against the rules with their legal sources, the
 * hierarchy index and graph queries, the service line's and co-governance's engines, readers and
 * writers. Exports what the README teaches; the checks themselves ({@code rules.check.*}) are
 * not API: run them through {@code StandardRules} and configure them by rule id.
 *
 * <p>POI is optional ({@code requires static}): reading and writing workbooks needs it on the
 * module path ({@code --add-modules org.apache.poi.ooxml}) or on the class path; JSON and CSV do
 * not. The packages that hold label or message files are open to the model, which reads every
 * text file ({@code Labels.textFile}): the labels, the rules' messages, a user's language.
 */
module io.github.tongxin.governance.rules {
  requires transitive io.github.tongxin.governance.model;
  requires java.xml;
  requires org.jgrapht.core;
  requires ch.poole.openinghoursparser;
  requires static org.apache.poi.poi;
  requires static org.apache.poi.ooxml;
  requires static org.immutables.value.annotations;

  exports io.github.tongxin.governance.rules;
  exports io.github.tongxin.governance.rules.calendar;
  exports io.github.tongxin.governance.rules.cogovernance;
  exports io.github.tongxin.governance.rules.index;
  exports io.github.tongxin.governance.rules.io;
  exports io.github.tongxin.governance.rules.partition;
  exports io.github.tongxin.governance.rules.privacy;
  exports io.github.tongxin.governance.rules.service;
  exports io.github.tongxin.governance.rules.service.open311;
  exports io.github.tongxin.governance.rules.validation;
  exports io.github.tongxin.governance.rules.volunteer;

  opens io.github.tongxin.governance.rules.calendar to io.github.tongxin.governance.model;
  opens io.github.tongxin.governance.rules.check.cogovernance to io.github.tongxin.governance.model;
  opens io.github.tongxin.governance.rules.check.hierarchy to io.github.tongxin.governance.model;
  opens io.github.tongxin.governance.rules.check.service to io.github.tongxin.governance.model;
  opens io.github.tongxin.governance.rules.cogovernance to io.github.tongxin.governance.model;
  opens io.github.tongxin.governance.rules.index to io.github.tongxin.governance.model;
  opens io.github.tongxin.governance.rules.io to io.github.tongxin.governance.model;
  opens io.github.tongxin.governance.rules.privacy to io.github.tongxin.governance.model;
  opens io.github.tongxin.governance.rules.service to io.github.tongxin.governance.model;
  opens io.github.tongxin.governance.rules.validation
      to io.github.tongxin.governance.model, tools.jackson.databind;
  opens io.github.tongxin.governance.rules.volunteer
      to io.github.tongxin.governance.model, tools.jackson.databind;
}
