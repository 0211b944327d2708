package io.github.tongxin.governance.examples.sample;

import io.github.tongxin.governance.model.hierarchy.Sex;
import io.github.tongxin.governance.model.identifier.CitizenIdNumbers;
import io.github.tongxin.governance.model.identifier.MobileNumbers;
import io.github.tongxin.governance.model.identifier.SocialCreditCodes;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic personal data (合成个人信息) for the sample: names drawn from common surnames and
 * given-name characters, citizen ID numbers and social credit codes whose check characters are
 * found with the model's own checks, and mobile numbers on allocated prefixes. Numbers are unique
 * within one instance. Nothing here is a real person's data; a drawn name may of course be
 * shared by real people, as common names are.
 */
final class SyntheticPeople {

  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
          + "姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤";
  private static final String MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳建国志文海峰春荣德成";
  private static final String FEMALE = "芳娜敏静丽艳娟霞秀玲桂英燕萍红梅琳雪慧婷倩颖洁佳月兰凤琴云莉萱晴玉";
  private static final String[] ADDRESS_CODES = {
    "360403", "360402", "360421", "360423", "360424", "360425", "360426", "360428", "360429",
    "360430", "360481", "360482", "360483", "360102", "360111", "420102", "340104"
  };
  private static final int[] MOBILE_PREFIXES = {
    130, 131, 132, 133, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158, 159,
    177, 180, 181, 182, 183, 185, 186, 187, 188, 189, 191, 198, 199
  };
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
  private static final String CHECK_DIGITS = "0123456789X";

  private final Set<String> citizenIds = new HashSet<>();
  private final Set<String> mobiles = new HashSet<>();
  private final Set<String> creditCodes = new HashSet<>();

  /** Returns a name of one or two given-name characters for the sex. */
  String name(Random random, Sex sex) {
    String given = sex == Sex.MALE ? MALE : FEMALE;
    StringBuilder sb = new StringBuilder();
    sb.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    sb.append(given.charAt(random.nextInt(given.length())));
    if (random.nextInt(3) > 0) {
      sb.append(given.charAt(random.nextInt(given.length())));
    }
    return sb.toString();
  }

  /**
   * Returns a citizen ID number valid by GB 11643 for the birth date and sex, unique in this
   * instance. The check digit is the one character {@link CitizenIdNumbers#check} accepts.
   */
  String citizenIdNumber(Random random, LocalDate birth, Sex sex) {
    while (true) {
      String address = ADDRESS_CODES[random.nextInt(ADDRESS_CODES.length)];
      int sequence = random.nextInt(500) * 2 + (sex == Sex.MALE ? 1 : 0);
      String body = address + birth.format(BASIC) + String.format(Locale.ROOT, "%03d", sequence);
      String number = withCheckDigit(body);
      if (citizenIds.add(number)) {
        return number;
      }
    }
  }

  /** Returns the 17 digits followed by the check digit GB 11643 gives them. */
  static String withCheckDigit(String body) {
    for (int i = 0; i < CHECK_DIGITS.length(); i++) {
      String candidate = body + CHECK_DIGITS.charAt(i);
      if (CitizenIdNumbers.check(candidate, LocalDate.of(2100, 1, 1)).isValid()) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("no check digit makes a valid number of " + body);
  }

  /** Returns an 11-digit mobile number on an allocated prefix, unique in this instance. */
  String mobileNumber(Random random) {
    while (true) {
      int prefix = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)];
      String number = prefix + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
      if (MobileNumbers.isValid(number) && mobiles.add(number)) {
        return number;
      }
    }
  }

  /**
   * Returns a unified social credit code valid by GB 32100, unique in this instance.
   *
   * @param random the random source
   * @param authorityAndCategory the first two characters, e.g. {@code 11} for an organ, {@code
   *     12} a public institution, {@code 55} a residents' committee, {@code 91} an enterprise,
   *     {@code 52} a social service organisation
   * @param region the 6-digit region code
   */
  String socialCreditCode(Random random, String authorityAndCategory, String region) {
    while (true) {
      String organisation = String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
      String code = withCheckCharacters(authorityAndCategory + region + organisation);
      if (creditCodes.add(code)) {
        return code;
      }
    }
  }

  /** Returns the 16 characters followed by the two check characters GB 32100 gives them. */
  static String withCheckCharacters(String body) {
    for (int i = 0; i < CHECK_DIGITS.length(); i++) {
      String withOrganisationCheck = body + CHECK_DIGITS.charAt(i);
      for (int j = 0; j < SocialCreditCodes.ALPHABET.length(); j++) {
        String candidate = withOrganisationCheck + SocialCreditCodes.ALPHABET.charAt(j);
        SocialCreditCodes.Reason reason = SocialCreditCodes.check(candidate);
        if (reason == SocialCreditCodes.Reason.WRONG_ORGANIZATION_CODE_CHECK) {
          break;
        }
        if (reason.isValid()) {
          return candidate;
        }
      }
    }
    throw new IllegalArgumentException("no check characters make a valid code of " + body);
  }
}
