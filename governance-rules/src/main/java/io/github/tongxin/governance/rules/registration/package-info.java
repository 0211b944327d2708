/**
 * Double-registration rules (双报到双报告): registrations name communities, and in-service members
 * register.
 */
package io.github.tongxin.governance.rules.registration;
