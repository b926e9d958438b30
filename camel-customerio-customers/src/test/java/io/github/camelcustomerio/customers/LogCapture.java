package io.github.camelcustomerio.customers;

import java.io.StringWriter;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.layout.PatternLayout;

/** Captures every log line of every logger at a level, for tests that check what logs say (and never say). */
final class LogCapture implements AutoCloseable {

    private final StringWriter lines = new StringWriter();
    private final WriterAppender appender;

    private LogCapture(Level level) {
        LoggerContext loggers = (LoggerContext) LogManager.getContext(false);
        appender = WriterAppender.newBuilder()
                .setName("capture")
                .setTarget(lines)
                .setLayout(PatternLayout.newBuilder()
                        .withPattern("%c %p %m%n%throwable")
                        .build())
                .build();
        appender.start();
        loggers.getConfiguration().addAppender(appender);
        loggers.getConfiguration().getRootLogger().addAppender(appender, Level.ALL, null);
        Configurator.setAllLevels(LogManager.ROOT_LOGGER_NAME, level);
        loggers.updateLoggers();
    }

    /** Sets every logger to {@code level} and captures what they write until closed. */
    static LogCapture everythingAt(Level level) {
        return new LogCapture(level);
    }

    String text() {
        return lines.toString();
    }

    @Override
    public void close() {
        LoggerContext loggers = (LoggerContext) LogManager.getContext(false);
        loggers.getConfiguration().getRootLogger().removeAppender("capture");
        appender.stop();
        loggers.reconfigure();
    }
}
