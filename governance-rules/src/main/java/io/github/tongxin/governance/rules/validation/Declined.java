package io.github.tongxin.governance.rules.validation;

import io.github.tongxin.governance.model.Origin;
import io.github.tongxin.governance.model.id.Identifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A rule that declined to judge some records, and why (未判断): for example {@code grid.size}
 * when the dataset records no household at all, or when units were left out of the hierarchy by
 * a cycle or a missing parent. It is not a finding: nothing wrong was found, but nothing was
 * judged either, and a report that says nothing of it would look better than the data is.
 *
 * <p>A rule declares it through {@link RuleContext#decline}; the report holds one per rule and
 * reason, with every record concerned.
 *
 * @param ruleId the id of the rule that declined
 * @param zh the reason in Chinese, the same for every record declined for it
 * @param en the reason in English
 * @param records the records not judged, in the order the rule declined them; never empty
 */
public record Declined(String ruleId, String zh, String en, List<Item> records) {

  /**
   * One record not judged.
   *
   * @param subject the record's id
   * @param location where it was read from, when known
   */
  public record Item(Identifier subject, Optional<Origin> location) {
    /**
     * Makes an item.
     *
     * @param subject not null
     * @param location not null; empty when unknown
     */
    public Item {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(location, "location");
    }
  }

  /**
   * Makes a declined entry.
   *
   * @param ruleId not null
   * @param zh not null
   * @param en not null
   * @param records not null, not empty
   */
  public Declined {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
    records = List.copyOf(records);
    if (records.isEmpty()) {
      throw new IllegalArgumentException("a rule declines to judge at least one record");
    }
  }

  /** Returns the number of records not judged for this reason. */
  public int count() {
    return records.size();
  }

  /**
   * Returns the ids of the first records not judged, for a report that shows a few.
   *
   * @param limit the most ids returned
   * @return at most {@code limit} ids, in the order declined
   */
  public List<Identifier> examples(int limit) {
    return records.stream().limit(limit).map(Item::subject).toList();
  }

  /**
   * Returns the reason in the locale's language: Chinese for {@code zh}, English otherwise.
   *
   * @param locale the language wanted
   * @return the reason
   */
  public String reason(java.util.Locale locale) {
    return "zh".equals(locale.getLanguage()) ? zh : en;
  }

  /**
   * Returns this entry with only the records the filter keeps, empty when it keeps none (as
   * a partitioned validation keeps a partition's own records).
   *
   * @param keep which records to keep
   * @return the filtered entry, or empty
   */
  public Optional<Declined> filter(Predicate<Item> keep) {
    List<Item> kept = records.stream().filter(keep).toList();
    if (kept.size() == records.size()) {
      return Optional.of(this);
    }
    return kept.isEmpty() ? Optional.empty() : Optional.of(new Declined(ruleId, zh, en, kept));
  }

  /** Returns the entries with the same rule and reason joined into one, in first-seen order. */
  static List<Declined> joined(List<Declined> entries) {
    List<Declined> out = new ArrayList<>();
    for (Declined d : entries) {
      int i = indexOf(out, d);
      if (i < 0) {
        out.add(d);
      } else {
        List<Item> all = new ArrayList<>(out.get(i).records);
        all.addAll(d.records);
        out.set(i, new Declined(d.ruleId, d.zh, d.en, all));
      }
    }
    return out;
  }

  private static int indexOf(List<Declined> entries, Declined d) {
    for (int i = 0; i < entries.size(); i++) {
      Declined e = entries.get(i);
      if (e.ruleId.equals(d.ruleId) && e.zh.equals(d.zh) && e.en.equals(d.en)) {
        return i;
      }
    }
    return -1;
  }
}
