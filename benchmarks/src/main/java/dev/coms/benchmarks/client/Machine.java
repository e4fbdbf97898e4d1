package dev.coms.benchmarks.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Readings of this process and machine from /proc (Linux). */
final class Machine {

    private Machine() {}

    /** The three load averages, as /proc/loadavg gives them. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** This process's resident memory in MiB ({@code VmRSS}), or -1 where unknown. */
    static double rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return -1;
    }

    /** Bytes allocated on the Java heap so far by all threads of this process (HotSpot). */
    static long heapAllocatedBytes() {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.getTotalThreadAllocatedBytes();
    }

    /** CPU time this process has used (all threads, user + system), in nanoseconds. */
    static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }
}
