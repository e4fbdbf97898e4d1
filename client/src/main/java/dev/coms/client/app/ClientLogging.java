package dev.coms.client.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends the client's log (SLF4J over java.util.logging) to a rotating file in the user's state directory as well as
 * the console, so a user can attach it to a problem report.
 */
final class ClientLogging {

    private static final int LIMIT_BYTES = 5 * 1024 * 1024;
    private static final int FILES = 3;

    private ClientLogging() {}

    /** Adds the file handler; when the file cannot be opened the console log stays and the reason is printed. */
    static void toFile(Path logFile) {
        try {
            AppDirs.createPrivateDirectory(logFile.getParent());
            FileHandler file = new FileHandler(logFile.toString().replace("%", "%%"), LIMIT_BYTES, FILES, true);
            file.setFormatter(new LineFormatter());
            file.setLevel(Level.INFO);
            Logger.getLogger("").addHandler(file);
        } catch (IOException | RuntimeException e) {
            System.err.println("Coms: cannot write the log file " + logFile + ": " + e.getMessage());
        }
    }

    /** One line per record: time, level, logger, message, then the stack trace if any. */
    private static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder()
                    .append(Instant.ofEpochMilli(record.getMillis())).append(' ')
                    .append(record.getLevel().getName()).append(' ')
                    .append(record.getLoggerName()).append(": ")
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                var trace = new java.io.StringWriter();
                record.getThrown().printStackTrace(new java.io.PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
