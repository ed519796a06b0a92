package dev.herald.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What a logger (and every logger below it) says while a test runs, for the test to read. */
public final class LogCapture implements AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture(Logger logger) {
        this.logger = logger;
        logger.addHandler(handler);
    }

    /** Captures what the logger of this name says, "" for every logger, until closed. */
    public static LogCapture of(String loggerName) {
        return new LogCapture(Logger.getLogger(loggerName));
    }

    /** The messages said at this level or above, as "logger: message". */
    public List<String> messages(Level atLeast) {
        return records.stream().filter(record -> record.getLevel().intValue() >= atLeast.intValue())
                .map(record -> record.getLoggerName() + ": " + record.getMessage()).toList();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
