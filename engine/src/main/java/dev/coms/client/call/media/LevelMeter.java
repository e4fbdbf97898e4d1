package dev.coms.client.call.media;

/**
 * A microphone level for a meter, from 16-bit little-endian PCM in 10 ms chunks: the peak of each chunk on a
 * decibel scale (-60 dBFS → 0, 0 dBFS → 1), rising at once and falling gently, reported every
 * {@value #CHUNKS_PER_REPORT} chunks (20 times a second). Allocates nothing. Not thread-safe: fed by one audio thread.
 */
public final class LevelMeter {

    static final int CHUNKS_PER_REPORT = 5;
    private static final double FLOOR_DB = -60;
    private static final double FALL_PER_REPORT = 0.12;

    private final java.util.function.DoubleConsumer report;
    private double peak;
    private double shown;
    private int chunks;

    public LevelMeter(java.util.function.DoubleConsumer report) {
        this.report = report;
    }

    /** Feeds one chunk of {@code frames} frames of {@code channels} interleaved samples. */
    public void feed(byte[] pcm, int frames, int channels) {
        int samples = Math.min(frames * Math.max(1, channels), pcm.length / 2);
        int max = 0;
        for (int i = 0; i < samples; i++) {
            int sample = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
            max = Math.max(max, Math.abs(sample));
        }
        peak = Math.max(peak, max / 32768.0);
        if (++chunks >= CHUNKS_PER_REPORT) {
            double level = scale(peak);
            shown = level >= shown ? level : Math.max(level, shown - FALL_PER_REPORT);
            report.accept(shown);
            peak = 0;
            chunks = 0;
        }
    }

    /** A linear peak (0–1) on the meter's decibel scale (0–1). */
    static double scale(double linear) {
        if (linear <= 0) {
            return 0;
        }
        double db = 20 * Math.log10(linear);
        return Math.max(0, Math.min(1, (db - FLOOR_DB) / -FLOOR_DB));
    }
}
