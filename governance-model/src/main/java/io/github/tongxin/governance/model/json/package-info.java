/** JSON binding: the preconfigured, safe Jackson 3 mapper for governance records. */
package io.github.tongxin.governance.model.json;
