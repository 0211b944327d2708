/**
 * Example 1: import and validate a district
 * ({@link io.github.tongxin.governance.examples.validate.ValidateDistrict}).
 */
package io.github.tongxin.governance.examples.validate;
