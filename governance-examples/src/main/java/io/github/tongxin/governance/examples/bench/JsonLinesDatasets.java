package io.github.tongxin.governance.examples.bench;

import io.github.tongxin.governance.examples.generate.JsonLinesWriter;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.dataset.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.ImmutableGovernanceDataset;
import io.github.tongxin.governance.model.dataset.RecordType;
import io.github.tongxin.governance.model.hierarchy.ContactLink;
import io.github.tongxin.governance.model.hierarchy.Organization;
import io.github.tongxin.governance.model.hierarchy.PartyMembership;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Post;
import io.github.tongxin.governance.model.hierarchy.Registration;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.json.GovernanceJson;
import io.github.tongxin.governance.model.service.Facility;
import io.github.tongxin.governance.model.service.ServiceItem;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.volunteer.Activity;
import io.github.tongxin.governance.model.volunteer.Campaign;
import io.github.tongxin.governance.model.volunteer.Hardship;
import io.github.tongxin.governance.model.volunteer.Volunteer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;

/**
 * Reads the JSON Lines layout that {@link JsonLinesWriter} writes (JSON Lines 数据集读取) into a
 * {@link GovernanceDataset}, for the benchmarks and the generator's tests. It is the plain
 * Jackson path (a {@link MappingIterator} per file), without origins or findings for bad lines:
 * a malformed line throws. The command line's dataset reader is the tolerant one.
 */
public final class JsonLinesDatasets {

  private static final Map<RecordType, Class<? extends GovernanceRecord>> TYPES =
      new EnumMap<>(RecordType.class);

  static {
    TYPES.put(RecordType.UNIT, Unit.class);
    TYPES.put(RecordType.PERSON, Person.class);
    TYPES.put(RecordType.MEMBERSHIP, PartyMembership.class);
    TYPES.put(RecordType.POST, Post.class);
    TYPES.put(RecordType.ORGANIZATION, Organization.class);
    TYPES.put(RecordType.CONTACT_LINK, ContactLink.class);
    TYPES.put(RecordType.REGISTRATION, Registration.class);
    TYPES.put(RecordType.SERVICE_ITEM, ServiceItem.class);
    TYPES.put(RecordType.FACILITY, Facility.class);
    TYPES.put(RecordType.WORK_ORDER, WorkOrder.class);
    TYPES.put(RecordType.VOLUNTEER, Volunteer.class);
    TYPES.put(RecordType.ACTIVITY, Activity.class);
    TYPES.put(RecordType.CAMPAIGN, Campaign.class);
    TYPES.put(RecordType.HARDSHIP, Hardship.class);
  }

  private JsonLinesDatasets() {}

  /**
   * Reads a directory of {@code <collection>.jsonl} files; a missing file is an empty type.
   *
   * @param directory the directory
   * @return the dataset
   * @throws UncheckedIOException when a file cannot be read
   * @throws tools.jackson.core.JacksonException when a line is not a valid record
   */
  public static GovernanceDataset read(Path directory) {
    ImmutableGovernanceDataset.Builder b = GovernanceDataset.builder();
    for (RecordType t : RecordType.values()) {
      Path file = directory.resolve(JsonLinesWriter.fileName(t));
      if (Files.isRegularFile(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          addAll(b, t, in);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file, e);
        }
      }
    }
    return b.build();
  }

  /**
   * Reads JSON Lines held in memory, by record type; absent types are empty.
   *
   * @param files the bytes of each type's file
   * @return the dataset
   * @throws tools.jackson.core.JacksonException when a line is not a valid record
   */
  public static GovernanceDataset read(Map<RecordType, byte[]> files) {
    ImmutableGovernanceDataset.Builder b = GovernanceDataset.builder();
    for (Map.Entry<RecordType, byte[]> e : files.entrySet()) {
      addAll(b, e.getKey(), new ByteArrayInputStream(e.getValue()));
    }
    return b.build();
  }

  private static void addAll(ImmutableGovernanceDataset.Builder b, RecordType type,
      InputStream in) {
    ObjectReader reader = GovernanceJson.mapper().readerFor(TYPES.get(type));
    try (MappingIterator<GovernanceRecord> it = reader.readValues(in)) {
      while (it.hasNextValue()) {
        add(b, it.nextValue());
      }
    }
  }

  private static void add(ImmutableGovernanceDataset.Builder b, GovernanceRecord r) {
    switch (r.recordType()) {
      case UNIT -> b.addUnits((Unit) r);
      case PERSON -> b.addPersons((Person) r);
      case MEMBERSHIP -> b.addMemberships((PartyMembership) r);
      case POST -> b.addPosts((Post) r);
      case ORGANIZATION -> b.addOrganizations((Organization) r);
      case CONTACT_LINK -> b.addContactLinks((ContactLink) r);
      case REGISTRATION -> b.addRegistrations((Registration) r);
      case SERVICE_ITEM -> b.addServiceItems((ServiceItem) r);
      case FACILITY -> b.addFacilities((Facility) r);
      case WORK_ORDER -> b.addWorkOrders((WorkOrder) r);
      case VOLUNTEER -> b.addVolunteers((Volunteer) r);
      case ACTIVITY -> b.addActivities((Activity) r);
      case CAMPAIGN -> b.addCampaigns((Campaign) r);
      case HARDSHIP -> b.addHardships((Hardship) r);
      default -> throw new AssertionError(r.recordType());
    }
  }
}
