package dev.coms.client.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends the client's log (SLF4J over java.util.logging) to {@code coms.log} in the user's state directory as well as
 * the console, so a user can attach it to a problem report. A log grown past 5 MB is moved to {@code coms.log.old} at
 * start. A second process (a launch handing its link to the running one) writes {@code coms.log.1}.
 */
final class ClientLogging {

    private static final long ROTATE_BYTES = 5 * 1024 * 1024;

    private ClientLogging() {}

    /** Adds the file handler; when the file cannot be opened the console log stays and the reason is printed. */
    static void toFile(Path logFile) {
        try {
            AppDirs.createPrivateDirectory(logFile.getParent());
            if (Files.isRegularFile(logFile) && Files.size(logFile) > ROTATE_BYTES) {
                Files.move(
                        logFile,
                        logFile.resolveSibling(logFile.getFileName() + ".old"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            FileHandler file = new FileHandler(logFile.toString().replace("%", "%%"), true);
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
                    .append(Instant.ofEpochMilli(record.getMillis()))
                    .append(' ')
                    .append(record.getLevel().getName())
                    .append(' ')
                    .append(record.getLoggerName())
                    .append(": ")
                    .append(formatMessage(record))
                    .append(System.lineSeparator());
            if (record.getThrown() != null) {
                var trace = new java.io.StringWriter();
                record.getThrown().printStackTrace(new java.io.PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
