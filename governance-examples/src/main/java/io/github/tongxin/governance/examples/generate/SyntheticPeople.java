package io.github.tongxin.governance.examples.generate;

import io.github.tongxin.governance.model.hierarchy.Sex;
import java.time.LocalDate;
import java.util.Random;

/**
 * Synthetic personal data (合成人员信息): names drawn from common surnames and given-name
 * characters, citizen ID numbers with a valid GB 11643 check digit and mobile numbers in
 * allocated blocks. No real person's data is used; ID numbers are unique by construction
 * (a running sequence in the birth-date and sequence fields).
 */
final class SyntheticPeople {

  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴",
      "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋",
      "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋",
      "蔡"};
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英文华建国"
      + "红梅玉兰志强海燕春梅晓东丹凤家豪子涵雨欣浩然思远嘉怡";
  private static final String[] MOBILE_PREFIXES = {"135", "136", "137", "138", "139", "150",
      "151", "158", "177", "180", "186", "187", "188", "189", "199"};
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  /** Day 0 of the birth-date walk: ID numbers are unique per (day, sequence). */
  private static final LocalDate FIRST_BIRTH = LocalDate.of(1950, 1, 1);
  /** Birth dates span 1950-01-01 to about 2004: everyone is an adult on any snapshot date. */
  private static final int BIRTH_DAYS = 20_000;

  private final String addressCode;

  SyntheticPeople(String addressCode) {
    this.addressCode = addressCode;
  }

  /** A synthetic person's data. */
  static final class Identity {
    final String name;
    final String citizenIdNumber;
    final String mobileNumber;
    final Sex sex;
    final LocalDate birthDate;

    Identity(String name, String citizenIdNumber, String mobileNumber, Sex sex,
        LocalDate birthDate) {
      this.name = name;
      this.citizenIdNumber = citizenIdNumber;
      this.mobileNumber = mobileNumber;
      this.sex = sex;
      this.birthDate = birthDate;
    }
  }

  /**
   * Returns the identity of person number {@code n} (0-based), with random name and phone.
   * Distinct numbers give distinct ID numbers up to 10 million persons per 1,000 sequence
   * numbers times 20,000 birth days.
   */
  Identity identity(long n, Random random) {
    // spread n over (birth day, sequence): consecutive persons get far-apart birth days
    long day = (n * 7919) % BIRTH_DAYS;
    long seq = (n / BIRTH_DAYS) % 999 + 1;
    LocalDate birth = FIRST_BIRTH.plusDays(day);
    Sex sex = seq % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    String id = citizenIdNumber(addressCode, birth, (int) seq);
    StringBuilder name = new StringBuilder(SURNAMES[random.nextInt(SURNAMES.length)]);
    name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    if (random.nextInt(3) > 0) {
      name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    String mobile = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
        + String.format("%08d", random.nextInt(100_000_000));
    return new Identity(name.toString(), id, mobile, sex, birth);
  }

  /** Returns a GB 11643 number with its check character. */
  static String citizenIdNumber(String address, LocalDate birth, int seq) {
    String body = address + String.format("%04d%02d%02d%03d", birth.getYear(),
        birth.getMonthValue(), birth.getDayOfMonth(), seq);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * WEIGHTS[i];
    }
    return body + CHECK.charAt(sum % 11);
  }
}
