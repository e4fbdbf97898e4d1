package dev.coms.client.call;

/**
 * Caps for one outgoing video stream, applied through the sender's encoding parameters.
 *
 * @param maxBitrateBps upper bound of the encoder's bitrate
 * @param scaleResolutionDownBy 1 sends the source resolution, 2 half the width and height, ...
 * @param maxFramerate frames per second at most
 */
public record StreamLimits(int maxBitrateBps, double scaleResolutionDownBy, double maxFramerate) {

    /**
     * Limits for a full mesh of {@code participants} people (including oneself): every stream is sent once per
     * other participant, so the more people, the smaller each copy, keeping upload and encoder load of a laptop
     * roughly flat up to 8 people.
     */
    public static StreamLimits forCamera(int participants) {
        if (participants <= 2) {
            return new StreamLimits(1_500_000, 1.0, 30);
        } else if (participants <= 4) {
            return new StreamLimits(700_000, 1.5, 30);
        } else if (participants <= 6) {
            return new StreamLimits(400_000, 2.0, 24);
        }
        return new StreamLimits(250_000, 2.5, 20);
    }

    /** Screen content needs sharp detail more than motion: full resolution as long as possible, low frame rate. */
    public static StreamLimits forScreen(int participants) {
        if (participants <= 2) {
            return new StreamLimits(2_500_000, 1.0, 15);
        } else if (participants <= 4) {
            return new StreamLimits(1_500_000, 1.0, 10);
        }
        return new StreamLimits(900_000, 1.5, 8);
    }
}
