package io.github.tongxin.governance.rules.service;

import java.util.Optional;

/**
 * Where a work order stands on its escalation path at an instant (当前承办层级).
 *
 * @param dispatch the order's dispatch
 * @param index the index of the current step in the path; 0 when the path is empty
 * @param reason why it stands there
 */
public record Escalation(Dispatch dispatch, int index, Reason reason) {

  /** Why an order stands at its current level. */
  public enum Reason {
    /** Handling starts at the lowest level that delivers the item. */
    START,
    /** The catalog delivers the item only above the community (F4: beyond the community). */
    BEYOND_COMMUNITY,
    /** A whistle was blown ({@code ESCALATED} in the log). */
    WHISTLE_BLOWN,
    /** The deadline passed with the order still open. */
    DEADLINE_PASSED
  }

  /** Returns the current step; empty when the path is empty (an unknown location, no departments). */
  public Optional<EscalationStep> step() {
    return dispatch.path().isEmpty() ? Optional.empty() : Optional.of(dispatch.path().get(index));
  }
}
