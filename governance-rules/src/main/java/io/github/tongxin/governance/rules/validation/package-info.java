/**
 * The validation API that other systems embed: {@link
 * io.github.tongxin.governance.rules.validation.DatasetValidator} runs a {@link
 * io.github.tongxin.governance.rules.validation.RuleSet}, configured by a {@link
 * io.github.tongxin.governance.rules.validation.RuleConfig}, over a dataset and returns an
 * immutable {@link io.github.tongxin.governance.rules.validation.ValidationReport} of every
 * {@link io.github.tongxin.governance.rules.validation.Finding}.
 */
@GovernanceStyle
package io.github.tongxin.governance.rules.validation;

import io.github.tongxin.governance.model.GovernanceStyle;
