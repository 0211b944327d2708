package io.github.tongxin.governance.rules.service;

import static io.github.tongxin.governance.rules.service.ServiceFixtures.G1;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.hours;
import static io.github.tongxin.governance.rules.service.ServiceFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.id.WorkOrderId;
import io.github.tongxin.governance.model.service.Satisfaction;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.model.service.WorkOrderEventType;
import io.github.tongxin.governance.rules.check.service.CompleteCommunityRule;
import io.github.tongxin.governance.rules.check.service.WorkOrderHistoryRule;
import io.github.tongxin.governance.rules.validation.DatasetValidator;
import io.github.tongxin.governance.rules.validation.Finding;
import io.github.tongxin.governance.rules.validation.Message;
import io.github.tongxin.governance.rules.validation.RuleConfig;
import io.github.tongxin.governance.rules.validation.RuleDescriptor;
import io.github.tongxin.governance.rules.validation.RuleSet;
import io.github.tongxin.governance.rules.validation.Texts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The service rules' texts come from their package's bundle, with the values in force. */
class ServiceTextsTest {

  @Test
  void hotspotParametersAreNamedFromTheBundle() {
    // Keys, languages and the keys the code names are checked for the whole module by
    // RuleTextsTest; these parameters belong to no rule, so no descriptor names them.
    assertThat(HotspotFinder.WINDOW_DAYS.zh()).isEqualTo("高频诉求统计窗口（天）");
    assertThat(HotspotFinder.MIN_COUNT.en())
        .isEqualTo("least orders that make a recurring complaint");
  }

  @Test
  void floorAreaRuleConfiguredWithLocalAreaDescribesItselfWithThatValueInBothLanguages() {
    String json = "{\"rules\":{\"service.facility.floor-area\":{\"parameters\":"
        + "{\"minSquareMetresPer100Households\":40}}}}";
    RuleConfig local =
        RuleConfig.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    RuleDescriptor area = CompleteCommunityRule.FLOOR_AREA.descriptor();

    assertThat(area.title(Texts.CHINESE, local)).isEqualTo("社区服务设施面积低于每百户40平方米");
    assertThat(area.title(Locale.ENGLISH, local))
        .isEqualTo("community service floor area below 40 m² per 100 households");
    assertThat(List.of(area.zh(), area.en())).containsExactly("社区服务设施面积低于每百户30平方米",
        "community service floor area below 30 m² per 100 households");
    assertThat(area.parameters()).extracting(p -> p.zh() + " / " + p.en())
        .containsExactly("每百户社区服务用房面积下限（平方米） / least service floor area per 100 households, m²");
  }

  @Test
  void logFindingKeepsTheEventTypesAsLabelledArgumentsAndRendersInEitherLanguage() {
    // wrong: a callback after the order was closed
    GovernanceDataset ds = GovernanceDataset.builder().addWorkOrders(order("W", G1,
        WorkOrderEvent.of(WorkOrderEventType.RECEIVED, hours(0)),
        WorkOrderEvent.of(WorkOrderEventType.RESOLVED, hours(1)),
        WorkOrderEvent.of(WorkOrderEventType.CLOSED, hours(2)),
        WorkOrderEvent.callback(hours(3), true, Satisfaction.SATISFIED)).build()).build();

    Finding f = DatasetValidator.builder()
        .ruleSet(RuleSet.of(WorkOrderHistoryRule.ILLEGAL_TRANSITION)).build()
        .validate(ds, LocalDate.of(2026, 3, 2)).findings().get(0);

    assertThat(f.messageKey()).hasValue("service.work-order.problem");
    assertThat(f.arguments()).isEqualTo(Map.of("order", WorkOrderId.of("W"), "problem",
        Message.of("/service.work-order.illegal-transition.problem.illegal-transition")
            .with("index", 4).with("type", WorkOrderEventType.CALLBACK).with("code", "CALLBACK")
            .with("previous", WorkOrderEventType.CLOSED).with("previousCode", "CLOSED")));
    assertThat(List.of(f.zh(), f.en())).containsExactly("工单W：第4个事件“回访”不能接在“结案”之后",
        "work order W: event 4 CALLBACK may not follow CLOSED");
    assertThat(List.of(f.message(Locale.CHINA), f.message(Locale.UK)))
        .containsExactly(f.zh(), f.en());
  }

  @Test
  void timeLimitIsAMessageThatNestsInAFindingInEitherLanguage() {
    TimeLimit two = TimeLimit.hours(2);
    TimeLimit days =
        new TimeLimit(TimeLimit.Unit.WORKING_DAYS, 5, Optional.of(LocalTime.of(17, 30)));

    assertThat(List.of(two.zh(), two.en(), days.zh(), days.en()))
        .containsExactly("2小时", "2 hours", "5个工作日（17:30前）", "5 working days by 17:30");
    assertThat(days.message()).isEqualTo(Message.of("/service.time-limit.amount-by")
        .with("amount", 5).with("unit", TimeLimit.Unit.WORKING_DAYS)
        .with("cutOff", LocalTime.of(17, 30)));
  }
}
