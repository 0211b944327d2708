package io.github.tongxin.governance.rules.check.hierarchy;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.id.Identifier;
import io.github.tongxin.governance.rules.validation.BaseRule;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleContext;
import java.util.HashMap;
import java.util.Map;

/**
 * Ids are unique within each record type (编号重复): every record after the first with an id
 * already taken is reported, with where the first one was read from.
 */
public final class DuplicateIdRule extends BaseRule {

  /** Creates the rule. */
  public DuplicateIdRule() {
    super("structure.duplicate-id", Severity.ERROR);
  }

  @Override
  public void check(RuleContext context) {
    for (RecordType type : RecordType.values()) {
      var records = context.dataset().records(type);
      // presized at twice the entries, which the default load factor (0.75) never rehashes: a
      // city's million units otherwise rehash the map about twenty times
      Map<Identifier, GovernanceRecord> first = new HashMap<>(2 * records.size());
      for (GovernanceRecord r : records) {
        GovernanceRecord earlier = first.putIfAbsent(r.id(), r);
        if (earlier != null) {
          context.report(r, earlier.origin()
              .map(o -> Message.of("repeated-at").with("origin", o.toString()))
              .orElse(Message.of("repeated")).with("type", type).with("id", r.id()));
        }
      }
    }
  }
}
