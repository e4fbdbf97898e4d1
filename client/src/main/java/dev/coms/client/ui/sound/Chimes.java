package dev.coms.client.ui.sound;

import dev.coms.client.ui.port.Chime;
import dev.coms.client.ui.session.ClientPreferences;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.media.AudioClip;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Line;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Soft chimes for join, leave and chat, synthesised once (two short sine notes with a fade) and played with
 * javafx-media, each only when enabled in Settings. Without a sound device playing is silently skipped. FX thread.
 */
public final class Chimes implements Consumer<Chime> {

    private static final Logger log = LoggerFactory.getLogger(Chimes.class);
    private static final int RATE = 44_100;

    private final Supplier<ClientPreferences> preferences;
    private final Map<Chime, AudioClip> clips = new EnumMap<>(Chime.class);
    private volatile boolean hasOutput;
    private boolean probed;

    public Chimes(Supplier<ClientPreferences> preferences) {
        this.preferences = preferences;
        canPlay();
    }

    @Override
    public void accept(Chime chime) {
        ClientPreferences p = preferences.get();
        boolean wanted = chime == Chime.CHAT ? p.chatSound() : p.joinLeaveSound();
        if (!wanted || !canPlay()) {
            return;
        }
        try {
            clips.computeIfAbsent(chime, Chimes::load).play(0.35);
        } catch (RuntimeException e) {
            log.debug("Cannot play {}: {}", chime, e.toString());
        }
    }

    /**
     * Looks for an audio output once, on a background thread: the probe can take many seconds on a machine without
     * a sound card, and without an output javafx-media fails on its own thread. Until it answers, chimes are silent.
     */
    private boolean canPlay() {
        if (!probed) {
            probed = true;
            Thread.ofVirtual().name("coms-audio-probe").start(() -> {
                try {
                    hasOutput = AudioSystem.getSourceLineInfo(new Line.Info(SourceDataLine.class)).length > 0;
                } catch (RuntimeException | Error e) {
                    hasOutput = false;
                }
                if (!hasOutput) {
                    log.info("No audio output found; chimes are off.");
                }
            });
        }
        return hasOutput;
    }

    private static AudioClip load(Chime chime) {
        double[] notes = switch (chime) {
            case JOIN -> new double[] {660, 880};
            case LEAVE -> new double[] {880, 660};
            case CHAT -> new double[] {988, 988};
        };
        try {
            Path file = Files.createTempFile("coms-" + chime.name().toLowerCase(), ".wav");
            file.toFile().deleteOnExit();
            Files.write(file, wav(notes));
            return new AudioClip(file.toUri().toString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare the chime", e);
        }
    }

    /** 16-bit mono PCM WAV with two 120 ms notes, each faded out. */
    static byte[] wav(double[] notes) {
        int perNote = RATE * 12 / 100;
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        for (double hz : notes) {
            for (int i = 0; i < perNote; i++) {
                double fade = 1.0 - (double) i / perNote;
                short s = (short) (Math.sin(2 * Math.PI * hz * i / RATE) * fade * fade * 9000);
                pcm.write(s & 0xff);
                pcm.write((s >> 8) & 0xff);
            }
        }
        byte[] data = pcm.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes());
        le32(out, 36 + data.length);
        out.writeBytes("WAVEfmt ".getBytes());
        le32(out, 16);
        le16(out, 1);
        le16(out, 1);
        le32(out, RATE);
        le32(out, RATE * 2);
        le16(out, 2);
        le16(out, 16);
        out.writeBytes("data".getBytes());
        le32(out, data.length);
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static void le16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xff);
        out.write((v >> 8) & 0xff);
    }

    private static void le32(ByteArrayOutputStream out, int v) {
        le16(out, v & 0xffff);
        le16(out, (v >>> 16) & 0xffff);
    }
}
