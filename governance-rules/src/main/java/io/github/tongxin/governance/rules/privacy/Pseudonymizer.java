package io.github.tongxin.governance.rules.privacy;

import io.github.tongxin.governance.model.cogovernance.CouncilRecord;
import io.github.tongxin.governance.model.cogovernance.CouncilParticipant;
import io.github.tongxin.governance.model.cogovernance.Meeting;
import io.github.tongxin.governance.model.cogovernance.RosterEntry;
import io.github.tongxin.governance.model.dataset.GovernanceDataset;
import io.github.tongxin.governance.model.GovernanceRecord;
import io.github.tongxin.governance.model.dataset.GovernanceRecords;
import io.github.tongxin.governance.model.hierarchy.Organization;
import io.github.tongxin.governance.model.hierarchy.PartyOrganization;
import io.github.tongxin.governance.model.hierarchy.Person;
import io.github.tongxin.governance.model.hierarchy.Unit;
import io.github.tongxin.governance.model.identifier.PersonalData;
import io.github.tongxin.governance.model.service.WorkOrder;
import io.github.tongxin.governance.model.service.WorkOrderEvent;
import io.github.tongxin.governance.rules.validation.Texts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replaces personal information (个人信息) in a dataset by stable pseudonyms keyed by a secret
 * (假名化, 个人信息保护法 art. 73(3)): the same value and the same secret always give the same
 * pseudonym, another secret gives another, and without the secret a pseudonym cannot be traced
 * back (HMAC-SHA256).
 *
 * <p>What is replaced:
 *
 * <ul>
 *   <li>a person's name, and the names on meeting rosters and among council participants: by a
 *       Chinese-looking name of two or three characters (blank names stay
 *       blank; a name longer than 100 characters is replaced by one of the same length, so the
 *       length finding stays);
 *   <li>citizen ID numbers: by numbers that keep the province (first two digits), the sex
 *       (parity of the 17th digit) and the outcome of the GB 11643 check: a valid number gives a
 *       valid number with a right check digit (a lowercase {@code x} stays lowercase), a wrong
 *       check digit stays wrong, a bad date stays bad. The birth date keeps its year; month and
 *       day change, except for years from last year on and up to 1800, which are kept whole so
 *       that "in the future" and "too early" are judged as for the original. Anything else
 *       (wrong length, bad characters, 15 digits) has each digit replaced, other characters
 *       kept;
 *   <li>mobile numbers: the country code and the first three digits (the allocated prefix) are
 *       kept, every later digit replaced; so the outcome of the mobile number check is kept;
 *   <li>the same numbers inside free text: a work order's description, its events' reasons and
 *       notes, and every string in every record's {@code extensions};
 *   <li>in {@code extensions}, string values whose key names a name, an address, an ID number or
 *       a phone ({@code name}, {@code 姓名}, {@code address}, {@code 地址}, {@code 住址},
 *       {@code idNumber}, {@code 身份证}, {@code phone}, {@code mobile}, {@code 电话},
 *       {@code 手机} and the like) are replaced whole.
 * </ul>
 *
 * <p>Ids and references are kept, so the structure, every rule's finding, and the joins to a
 * report stay as they were; the model has no address attribute (addresses live in
 * {@code extensions}). Names written inside free text (a description naming the caller) cannot
 * be recognised and are not replaced; unit names are not personal data and are kept.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Pseudonymizer {

  /** The shortest secret accepted, in bytes. */
  public static final int MIN_SECRET_LENGTH = 16;

  /** The data pseudonyms are made of, in the package's language-neutral bundle. */
  private static final String DATA = Texts.bundleOf(Pseudonymizer.class);

  private static final String SURNAMES = data("surnames");
  private static final String GIVEN = data("given-names");
  private static final String ADDRESS_PREFIX = data("address-prefix");
  private static final String CHECK_DIGITS = "10X98765432";
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  private static final Set<String> NAME_KEYS = keys("name-keys");
  private static final Set<String> ADDRESS_KEYS = keys("address-keys");
  private static final Set<String> ID_KEYS = keys("id-keys");
  private static final Set<String> PHONE_KEYS = keys("phone-keys");

  private static String data(String name) {
    return Texts.template(DATA, "pseudonym." + name, Locale.ROOT).orElseThrow(
        () -> new IllegalStateException(DATA + " has no pseudonym." + name));
  }

  /** Returns the extension keys that hold one kind of personal data, lower case. */
  private static Set<String> keys(String name) {
    return Set.of(data(name).split(",", -1));
  }

  private final SecretKeySpec key;
  private final LocalDate today;

  private Pseudonymizer(byte[] secret, LocalDate today) {
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.today = today;
  }

  /**
   * Returns a pseudonymizer keyed by a secret; birth dates are judged against today.
   *
   * @param secret the secret, at least {@value #MIN_SECRET_LENGTH} bytes; copied
   * @return the pseudonymizer
   * @throws IllegalArgumentException if the secret is shorter
   */
  public static Pseudonymizer withSecret(byte[] secret) {
    return withSecret(secret, LocalDate.now());
  }

  /**
   * Returns a pseudonymizer keyed by a secret, keeping whole the birth dates of {@code today}'s
   * previous year and later.
   *
   * @param secret the secret, at least {@value #MIN_SECRET_LENGTH} bytes; copied
   * @param today the day birth dates are judged against
   * @return the pseudonymizer
   * @throws IllegalArgumentException if the secret is shorter
   */
  public static Pseudonymizer withSecret(byte[] secret, LocalDate today) {
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(today, "today");
    if (secret.length < MIN_SECRET_LENGTH) {
      throw new IllegalArgumentException("the secret has " + secret.length
          + " bytes; at least " + MIN_SECRET_LENGTH + " are needed");
    }
    return new Pseudonymizer(secret.clone(), today);
  }

  /**
   * Returns a pseudonymizer keyed by the bytes of a file, without trailing line ends (so that a
   * secret written with {@code echo} works the same as one written without a newline).
   *
   * @param secretFile the file
   * @return the pseudonymizer
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if the secret is shorter than {@value #MIN_SECRET_LENGTH}
   *     bytes
   */
  public static Pseudonymizer withSecretFile(Path secretFile) throws IOException {
    byte[] bytes = Files.readAllBytes(secretFile);
    int n = bytes.length;
    while (n > 0 && (bytes[n - 1] == '\n' || bytes[n - 1] == '\r')) {
      n--;
    }
    byte[] secret = Arrays.copyOf(bytes, n);
    Arrays.fill(bytes, (byte) 0);
    try {
      return withSecret(secret);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
  }

  /**
   * Returns the dataset with every person's name, citizen ID number and mobile number, the
   * numbers in free text (unit, party-organisation and organisation names among it) and the
   * personal values of extensions replaced; everything else, origins included, is kept.
   *
   * @param dataset the dataset
   * @return the pseudonymised dataset
   */
  public GovernanceDataset pseudonymize(GovernanceDataset dataset) {
    GovernanceDataset.Builder b = GovernanceDataset.builder();
    dataset.records().forEach(r -> GovernanceRecords.add(b, record(r)));
    return b.build();
  }

  private GovernanceRecord record(GovernanceRecord r) {
    GovernanceRecord out = r;
    if (r instanceof Person p) {
      Person q = p.withName(name(p.name()));
      if (p.citizenIdNumber().isPresent()) {
        q = q.withCitizenIdNumber(citizenIdNumber(p.citizenIdNumber().get()));
      }
      if (p.mobileNumber().isPresent()) {
        q = q.withMobileNumber(mobileNumber(p.mobileNumber().get()));
      }
      out = q;
    } else if (r instanceof Unit u) {
      Unit q = u.withName(text(u.name()));
      if (u.nameEn().isPresent()) {
        q = q.withNameEn(text(u.nameEn().get()));
      }
      if (u.partyOrganization().flatMap(PartyOrganization::name).isPresent()) {
        PartyOrganization po = u.partyOrganization().get();
        q = q.withPartyOrganization(po
            .withName(text(po.name().get())));
      }
      out = q;
    } else if (r instanceof Organization o) {
      out = o.withName(text(o.name()));
    } else if (r instanceof WorkOrder o) {
      WorkOrder q = o;
      if (o.description().isPresent()) {
        q = q.withDescription(text(o.description().get()));
      }
      out = q.withEvents(o.events().stream().map(this::event).toList());
    } else if (r instanceof Meeting m) {
      out = m.withRoster(m.roster().stream()
          .map(e -> e.name().isPresent()
              ? e.withName(name(e.name().get())) : e)
          .toList());
    } else if (r instanceof CouncilRecord c) {
      out = c.withParticipants(c.participants().stream()
          .map(x -> x.name().isPresent()
              ? x.withName(name(x.name().get())) : x)
          .toList());
    }
    return r.extensions().isEmpty() ? out : GovernanceRecords.withExtensions(out, extensions(r));
  }

  private WorkOrderEvent event(WorkOrderEvent e) {
    WorkOrderEvent q = e;
    if (e.reason().isPresent()) {
      q = q.withReason(text(e.reason().get()));
    }
    if (e.note().isPresent()) {
      q = q.withNote(text(e.note().get()));
    }
    return q;
  }

  private Map<String, JsonNode> extensions(GovernanceRecord r) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    r.extensions().forEach((k, v) -> out.put(k, node(k, v)));
    return out;
  }

  private JsonNode node(String key, JsonNode value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (value.isObject()) {
      ObjectNode o = f.objectNode();
      for (Map.Entry<String, JsonNode> e : value.properties()) {
        o.set(e.getKey(), node(e.getKey(), e.getValue()));
      }
      return o;
    }
    if (value.isArray()) {
      ArrayNode a = f.arrayNode();
      for (JsonNode v : value.values()) {
        a.add(node(key, v));
      }
      return a;
    }
    if (!value.isString()) {
      return value;
    }
    String text = value.stringValue();
    String k = key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
    if (ID_KEYS.contains(k)) {
      return f.stringNode(citizenIdNumber(text));
    }
    if (PHONE_KEYS.contains(k)) {
      return f.stringNode(mobileNumber(text));
    }
    if (NAME_KEYS.contains(k)) {
      return f.stringNode(name(text));
    }
    if (ADDRESS_KEYS.contains(k)) {
      return f.stringNode(address(text));
    }
    return f.stringNode(text(text));
  }

  /**
   * Returns the pseudonym of a person's name: a surname and one or two given-name characters;
   * a blank name stays as it is, and a name longer than 100 characters gets a pseudonym of the
   * same length.
   *
   * @param name the name
   * @return the pseudonym
   */
  public String name(String name) {
    if (name.isBlank()) {
      return name;
    }
    byte[] h = hmac("name", name, 0);
    StringBuilder sb = new StringBuilder();
    sb.append(SURNAMES.charAt(unsigned(h, 0) % SURNAMES.length()));
    sb.append(GIVEN.charAt(unsigned(h, 2) % GIVEN.length()));
    if ((h[4] & 1) == 1) {
      sb.append(GIVEN.charAt(unsigned(h, 5) % GIVEN.length()));
    }
    int i = 7;
    while (name.length() > 100 && sb.length() < name.length()) {
      if (i + 2 > h.length) {
        h = hmac("name", name, i);
        i = 0;
      }
      sb.append(GIVEN.charAt(unsigned(h, i) % GIVEN.length()));
      i += 2;
    }
    return sb.toString();
  }

  /**
   * Returns the pseudonym of an address: {@code 地址-} and eight hexadecimal digits; blank stays
   * blank.
   *
   * @param address the address
   * @return the pseudonym
   */
  public String address(String address) {
    if (address.isBlank()) {
      return address;
    }
    byte[] h = hmac("address", address, 0);
    StringBuilder sb = new StringBuilder(ADDRESS_PREFIX);
    for (int i = 0; i < 4; i++) {
      sb.append(Character.forDigit((h[i] >> 4) & 0xF, 16)).append(Character.forDigit(h[i] & 0xF, 16));
    }
    return sb.toString();
  }

  /**
   * Returns the text with every citizen ID number and mobile number in it ({@link
   * PersonalData}) replaced by its pseudonym.
   *
   * @param text the text
   * @return the text with pseudonyms
   */
  public String text(String text) {
    return PersonalData.replace(text, this::citizenIdNumber, this::mobileNumber);
  }

  /**
   * Returns the pseudonym of a citizen ID number, with the same outcome of the GB 11643 check
   * as the number (see the class description).
   *
   * @param number the number as written
   * @return the pseudonym, as long as the number
   */
  public String citizenIdNumber(String number) {
    if (number.length() != 18 || !digits(number, 0, 17) || !checkCharacter(number.charAt(17))) {
      return replaceDigits("cid", number, 0);
    }
    char last = number.charAt(17);
    boolean rightCheck = checkDigit(number) == Character.toUpperCase(last);
    for (int attempt = 0; ; attempt++) {
      byte[] h = hmac("cid", number, attempt);
      char[] c = number.toCharArray();
      for (int i = 2; i < 6; i++) {
        c[i] = digit(h, i);
      }
      String date = birthDate(number, h);
      date.getChars(0, 8, c, 6);
      c[14] = digit(h, 14);
      c[15] = digit(h, 15);
      int sex = (number.charAt(16) - '0') % 2;
      c[16] = (char) ('0' + (unsigned(h, 16) % 5) * 2 + sex);
      char expected = checkDigit(new String(c));
      if (rightCheck) {
        boolean wantX = Character.toUpperCase(last) == 'X';
        if (wantX != (expected == 'X') && attempt < 200) {
          continue;
        }
        c[17] = expected == 'X' ? last : expected;
      } else if (last == 'X' || last == 'x') {
        if (expected == 'X') {
          continue;
        }
        c[17] = last;
      } else {
        char other = (char) ('0' + unsigned(h, 18) % 10);
        c[17] = other == expected ? (char) ('0' + (other - '0' + 1) % 10) : other;
      }
      return new String(c);
    }
  }

  /**
   * Returns the pseudonym of a mobile number: its country code and first three digits kept, the
   * later digits replaced, other characters kept.
   *
   * @param number the number as written
   * @return the pseudonym, as long as the number
   */
  public String mobileNumber(String number) {
    int keep = 3;
    for (String prefix : new String[] {"+86", "0086", "86"}) {
      if (number.startsWith(prefix) && number.length() == prefix.length() + 11) {
        keep += prefix.length();
        break;
      }
    }
    return replaceDigits("mobile", number, Math.min(keep, number.length()));
  }

  private String replaceDigits(String domain, String value, int from) {
    byte[] h = hmac(domain, value, 0);
    char[] c = value.toCharArray();
    int block = 0;
    for (int i = from; i < c.length; i++) {
      if (c[i] >= '0' && c[i] <= '9') {
        int j = i % 32;
        if (i / 32 != block) {
          block = i / 32;
          h = hmac(domain, value, block);
        }
        c[i] = (char) ('0' + (h[j] & 0xFF) % 10);
      }
    }
    return new String(c);
  }

  /** Returns the 8 digits of the pseudonymous birth date. */
  private String birthDate(String number, byte[] h) {
    String original = number.substring(6, 14);
    LocalDate date;
    try {
      date = LocalDate.of(Integer.parseInt(original, 0, 4, 10),
          Integer.parseInt(original, 4, 6, 10), Integer.parseInt(original, 6, 8, 10));
    } catch (DateTimeException e) {
      return original;
    }
    if (date.getYear() <= 1800 || date.getYear() >= today.getYear() - 1) {
      return original;
    }
    int day = 1 + unsigned(h, 20) % date.lengthOfYear();
    LocalDate pseudo = LocalDate.ofYearDay(date.getYear(), day);
    return String.format(Locale.ROOT, "%04d%02d%02d", pseudo.getYear(), pseudo.getMonthValue(),
        pseudo.getDayOfMonth());
  }

  private byte[] hmac(String domain, String value, int counter) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(domain.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(value.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(Integer.toString(counter).getBytes(StandardCharsets.UTF_8));
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
    }
  }

  private static int unsigned(byte[] h, int i) {
    return ((h[i % h.length] & 0xFF) << 8) | (h[(i + 1) % h.length] & 0xFF);
  }

  private static char digit(byte[] h, int i) {
    return (char) ('0' + (h[i % h.length] & 0xFF) % 10);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean checkCharacter(char c) {
    return (c >= '0' && c <= '9') || c == 'X' || c == 'x';
  }

  private static char checkDigit(String number) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_DIGITS.charAt(sum % 11);
  }
}
