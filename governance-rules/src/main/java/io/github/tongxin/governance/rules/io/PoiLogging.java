package io.github.tongxin.governance.rules.io;

import java.util.ServiceLoader;

/**
 * Keeps Apache POI's logging from printing a complaint on standard error in a program that has
 * no logging set up.
 *
 * <p>POI logs through the Log4j API. With no Log4j provider on the class path (no
 * {@code log4j-core}, no {@code log4j-to-slf4j}) and none chosen by the {@code log4j.provider} or
 * {@code log4j2.loggerContextFactory} property, the API prints an error line ("could not find a
 * logging provider") on POI's first use and falls back to its own simple logger, errors only, on
 * standard error. In that situation, and only in it, this chooses that same simple provider
 * explicitly before POI is first touched: the logging that results is exactly the API's fallback,
 * without the complaint. A program with a provider (Spring Boot routes Log4j to SLF4J) or with
 * its own choice is left as it is; a program that started Log4j before reading a workbook has
 * made its choice too. A library must not switch its caller's logging off, so POI's own error
 * lines still print; the readers refuse what POI would log about (a DOCTYPE in a part, a zip bomb)
 * before POI sees it.
 */
final class PoiLogging {

  /** The Log4j API's own simple provider, the one it falls back to. */
  static final String SIMPLE_PROVIDER = "org.apache.logging.log4j.simple.internal.SimpleProvider";

  private PoiLogging() {}

  /** Chooses the Log4j API's simple provider when nothing else is there or chosen; see above. */
  static synchronized void quietFallback() {
    if (System.getProperty("log4j.provider") != null
        || System.getProperty("log4j2.loggerContextFactory") != null) {
      return;
    }
    ClassLoader loader = PoiLogging.class.getClassLoader();
    try {
      Class<?> spi = Class.forName("org.apache.logging.log4j.spi.Provider", false, loader);
      Class.forName(SIMPLE_PROVIDER, false, loader);
      boolean provided = ServiceLoader.load(spi, loader).findFirst().isPresent()
          || loader.getResource("META-INF/log4j-provider.properties") != null
          || loader.getResource("log4j2.component.properties") != null;
      if (!provided) {
        System.setProperty("log4j.provider", SIMPLE_PROVIDER);
      }
    } catch (ClassNotFoundException | LinkageError | java.util.ServiceConfigurationError e) {
      // No Log4j API of the version POI uses: POI then brings none either; nothing to choose.
    }
  }
}
