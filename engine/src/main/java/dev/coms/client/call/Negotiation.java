package dev.coms.client.call;

import dev.coms.client.call.media.AudioSinkGuard;
import dev.coms.protocol.signal.SignalMessage;
import dev.onvoid.webrtc.CreateSessionDescriptionObserver;
import dev.onvoid.webrtc.RTCAnswerOptions;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCOfferOptions;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCSdpType;
import dev.onvoid.webrtc.RTCSessionDescription;
import dev.onvoid.webrtc.RTCSignalingState;
import dev.onvoid.webrtc.SetSessionDescriptionObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Offer/answer for one peer connection, "perfect negotiation" style. The initiator (the participant whose id
 * sorts first, {@code PeerRoles.offersFirst}) is impolite and makes the first offer; the other side is polite and
 * waits for that offer before offering anything itself. Either side may renegotiate later (tracks added or removed, ICE restart); when both
 * offer at once, the impolite side ignores the other's offer and the polite side rolls its own back, answers,
 * then offers again. Remote candidates wait until a remote description is set.
 *
 * <p>Threading: confined to the peer link's serial thread. Each step waits for the native operation to finish
 * (its callback arrives on a WebRTC thread and only completes a future), so steps never interleave.
 */
final class Negotiation {

    private static final Logger log = LoggerFactory.getLogger(Negotiation.class);
    private static final long STEP_TIMEOUT_SECONDS = 10;

    private final RTCPeerConnection pc;
    private final String peerId;
    private final boolean polite;
    private final Consumer<SignalMessage> send;
    private final Consumer<String> described;
    private final List<RTCIceCandidate> queuedCandidates = new ArrayList<>();
    private boolean mayOffer;
    private boolean pending;
    private boolean ignoringOffer;

    /** @param described told each remote SDP once it is applied (which m-section carries what) */
    Negotiation(
            RTCPeerConnection pc,
            String peerId,
            boolean initiator,
            Consumer<SignalMessage> send,
            Consumer<String> described) {
        this.described = described;
        this.pc = pc;
        this.peerId = peerId;
        this.polite = !initiator;
        this.mayOffer = initiator;
        this.send = send;
    }

    /** The connection needs (re)negotiation: offer now if allowed and idle, otherwise remember it. */
    void negotiationNeeded() {
        if (!mayOffer || pc.getSignalingState() != RTCSignalingState.STABLE) {
            pending = true;
            return;
        }
        pending = false;
        RTCSessionDescription offer = describe(true);
        apply(true, offer);
        send.accept(new SignalMessage.Offer(null, peerId, offer.sdp));
    }

    /** An offer or answer from the peer. */
    void remoteDescription(RTCSdpType type, String sdp) {
        boolean offer = type == RTCSdpType.OFFER;
        RTCSignalingState state = pc.getSignalingState();
        if (!offer && state != RTCSignalingState.HAVE_LOCAL_OFFER) {
            log.debug("Ignored an answer from {} in state {}", peerId, state);
            return;
        }
        boolean collision = offer && state != RTCSignalingState.STABLE;
        ignoringOffer = !polite && collision;
        if (ignoringOffer) {
            log.debug("Offer collision with {}: keeping ours", peerId);
            return;
        }
        if (collision) {
            apply(true, new RTCSessionDescription(RTCSdpType.ROLLBACK, ""));
            pending = true;
        }
        apply(false, new RTCSessionDescription(type, sdp));
        described.accept(sdp);
        mayOffer = true;
        queuedCandidates.forEach(this::addCandidate);
        queuedCandidates.clear();
        if (offer) {
            RTCSessionDescription answer = describe(false);
            apply(true, answer);
            send.accept(new SignalMessage.Answer(null, peerId, answer.sdp));
        }
        if (pending) {
            negotiationNeeded();
        }
    }

    /** A trickled candidate from the peer. */
    void remoteCandidate(RTCIceCandidate candidate) {
        if (pc.getRemoteDescription() == null) {
            queuedCandidates.add(candidate);
        } else {
            addCandidate(candidate);
        }
    }

    /** Starts an ICE restart (the next offer carries new credentials). */
    void restartIce() {
        log.info("Restarting ICE with {}", peerId);
        pc.restartIce();
    }

    private void addCandidate(RTCIceCandidate candidate) {
        try {
            pc.addIceCandidate(candidate);
        } catch (RuntimeException e) {
            if (!ignoringOffer) {
                log.warn("Rejected a candidate from {}: {}", peerId, e.getMessage());
            }
        }
    }

    private RTCSessionDescription describe(boolean offer) {
        CompletableFuture<RTCSessionDescription> result = new CompletableFuture<>();
        CreateSessionDescriptionObserver observer = new CreateSessionDescriptionObserver() {
            @Override
            public void onSuccess(RTCSessionDescription description) {
                result.complete(description);
            }

            @Override
            public void onFailure(String error) {
                result.completeExceptionally(new NegotiationException(error));
            }
        };
        if (offer) {
            pc.createOffer(new RTCOfferOptions(), observer);
        } else {
            pc.createAnswer(new RTCAnswerOptions(), observer);
        }
        return await(result, offer ? "create offer" : "create answer");
    }

    private void apply(boolean local, RTCSessionDescription description) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        SetSessionDescriptionObserver observer = new SetSessionDescriptionObserver() {
            @Override
            public void onSuccess() {
                result.complete(null);
            }

            @Override
            public void onFailure(String error) {
                result.completeExceptionally(new NegotiationException(error));
            }
        };
        // Applying a description starts and stops senders, which changes audio sources' sinks.
        AudioSinkGuard.changingSenders(() -> {
            if (local) {
                pc.setLocalDescription(description, observer);
            } else {
                pc.setRemoteDescription(description, observer);
            }
            await(result, (local ? "set local " : "set remote ") + description.sdpType);
        });
    }

    private <T> T await(CompletableFuture<T> step, String what) {
        try {
            return step.get(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new NegotiationException(
                    what + " failed with " + peerId + ": " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw new NegotiationException(what + " timed out with " + peerId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NegotiationException(what + " interrupted");
        }
    }

    /** A negotiation step failed; the link logs it and carries on. */
    static final class NegotiationException extends RuntimeException {
        NegotiationException(String message) {
            super(message);
        }
    }
}
