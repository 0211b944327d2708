/**
 * Red Dandelion (红色蒲公英) example: a month of volunteer activities on the sample district and
 * the volunteer hours by group per street, with the share from the new groups (新经济组织、
 * 新社会组织、新就业群体), the households in hardship visited and the campaigns' progress. Run
 * {@link io.github.tongxin.governance.examples.volunteers.RedDandelionMonth}.
 */
package io.github.tongxin.governance.examples.volunteers;
