package io.github.tongxin.governance.rules.cogovernance;

import io.github.tongxin.governance.model.cogovernance.Ballot;
import io.github.tongxin.governance.model.cogovernance.DecisionBody;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.id.MeetingId;
import io.github.tongxin.governance.model.cogovernance.MeetingItem;
import io.github.tongxin.governance.model.cogovernance.RosterEntry;
import io.github.tongxin.governance.model.cogovernance.Vote;
import io.github.tongxin.governance.model.id.VoterId;
import io.github.tongxin.governance.model.id.UnitId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built meetings for the tests. */
final class Meetings {

  static final LocalDate DATE = LocalDate.of(2024, 6, 15);

  private Meetings() {}

  static VoterId v(int i) {
    return VoterId.of("v" + i);
  }

  /**
   * A meeting of {@code eligible} voters v1..vN, each in their own household; v1..v{present}
   * present; of them the first {@code yes} vote yes, the next {@code no} vote no, the rest of the
   * present do not vote.
   */
  static Meeting heads(DecisionBody body, int eligible, int present, int yes, int no) {
    Meeting.Builder b = base(body);
    for (int i = 1; i <= eligible; i++) {
      b.addRoster(RosterEntry.builder().voter(v(i)).household("h" + i).build());
    }
    for (int i = 1; i <= present; i++) {
      b.addPresent(v(i));
    }
    return b.addItems(item(yes, no)).build();
  }

  static MeetingItem item(int yes, int no) {
    List<Ballot> ballots = new ArrayList<>();
    for (int i = 1; i <= yes; i++) {
      ballots.add(Ballot.of(v(i), Vote.YES));
    }
    for (int i = yes + 1; i <= yes + no; i++) {
      ballots.add(Ballot.of(v(i), Vote.NO));
    }
    return MeetingItem.builder().key("1").title("议题").addAllBallots(ballots).build();
  }

  static Meeting.Builder base(DecisionBody body) {
    return base(body, "m1", DATE);
  }

  static Meeting.Builder base(DecisionBody body, String id, LocalDate date) {
    return Meeting.builder()
        .id(MeetingId.of(id))
        .body(body)
        .date(date)
        .unit(UnitId.of("u1"));
  }

  /** An owner entry for one exclusive unit. */
  static RosterEntry unit(String owner, String unitNo, String area) {
    return RosterEntry.builder()
        .voter(VoterId.of(owner))
        .exclusiveUnit(unitNo)
        .area(new BigDecimal(area))
        .build();
  }
}
