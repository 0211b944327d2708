package io.github.tongxin.governance.rules.check.hierarchy;

import static io.github.tongxin.governance.rules.fixtures.RuleTesting.assertOnlyFinding;
import static io.github.tongxin.governance.rules.fixtures.RuleTesting.validate;

import io.github.tongxin.governance.model.constraint.Severity;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Role;
import io.github.tongxin.governance.model.id.PostId;
import io.github.tongxin.governance.rules.fixtures.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class PostEndsBeforeStartRuleTest {

  @Test
  void flagsAPostWhoseEndIsBeforeItsBeginningAndNotOneOfASingleDay() {
    GovernanceDataset clean = Fixtures.clean();
    var posts = new ArrayList<Post>(clean.posts());
    // X1: an old grid-worker post typed with its days swapped: held on no day at all
    posts.add(Fixtures.post("X1", "W1", "G", Role.GRID_WORKER)
        .withFrom(LocalDate.of(2025, 1, 1)).withTo(LocalDate.of(2024, 12, 31)));
    // X2: a post held for one day, from = to: possible, not flagged
    posts.add(Fixtures.post("X2", "W1", "G", Role.GRID_WORKER)
        .withFrom(LocalDate.of(2024, 6, 1)).withTo(LocalDate.of(2024, 6, 1)));
    // X3: only an end day: not judged
    posts.add(Fixtures.post("X3", "W1", "G", Role.GRID_WORKER)
        .withTo(LocalDate.of(2024, 6, 1)));
    GovernanceDataset d = clean.withPosts(posts);
    assertOnlyFinding(validate(d), PostEndsBeforeStartRule.ID, Severity.ERROR,
        "职务 X1 结束于 2024-12-31，早于开始日期 2025-01-01，在任何一天都不在任",
        "post X1 ends on 2024-12-31, before it begins on 2025-01-01, so it is held on no day",
        PostId.of("X1"));
  }
}
