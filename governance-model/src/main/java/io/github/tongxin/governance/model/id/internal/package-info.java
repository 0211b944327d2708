/**
 * Not API: the position memo identifiers carry for the rules' hierarchy index (exported to the
 * rules module only).
 */
package io.github.tongxin.governance.model.id.internal;
