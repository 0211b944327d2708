/**
 * Open311 GeoReport v2 (开放311) export and import: the service catalog as a service list and
 * work orders as service requests ({@link io.github.tongxin.governance.rules.service.open311.Open311}).
 */
package io.github.tongxin.governance.rules.service.open311;
