/**
 * The core (核): the hierarchy of units from district to household, the party organisations at
 * them, and the people, memberships, posts, organisations, contact links and double
 * registrations that hang on it.
 */
@GovernanceStyle
package io.github.tongxin.governance.model.hierarchy;

import io.github.tongxin.governance.model.GovernanceStyle;
