package dev.coms.server.meetings;

import dev.coms.protocol.rest.ApiErrorCode;
import dev.coms.protocol.rest.HostMeetingView;
import dev.coms.protocol.rest.MeetingMode;
import dev.coms.protocol.rest.MeetingState;
import dev.coms.protocol.rest.MeetingView;
import dev.coms.protocol.rest.OpenMeetingsUpdate;
import dev.coms.protocol.rest.ScheduleMeetingRequest;
import dev.coms.protocol.rest.StartOpenMeetingRequest;
import dev.coms.server.accounts.Account;
import dev.coms.server.http.ApiException;
import dev.coms.server.rooms.MeetingRules;
import dev.coms.server.rooms.RoomPresence;
import dev.coms.server.security.PasswordHasher;
import dev.coms.server.security.ReadableCodes;
import dev.coms.server.util.Listeners;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The meetings service: scheduling, starting open meetings at once, the host's list, cancelling, public views, the
 * open-meetings list, and the rules the live rooms consult ({@link MeetingRules}). Thread-safe; change listeners are
 * called on the thread that made the change.
 */
public final class Meetings implements MeetingRules {

    private static final System.Logger log = System.getLogger(Meetings.class.getName());
    private static final Pattern ID = Pattern.compile("[a-z0-9]{4,32}");
    private static final String ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int ID_LENGTH = 12;
    /** Passcodes carry ~59 random bits; a moderate iteration count keeps joins quick while stolen hashes stay useless. */
    private static final int PASSCODE_ITERATIONS = 20_000;

    private final MeetingStore store;
    private final MeetingViews views;
    private final PasscodeVault vault;
    private final RoomPresence presence;
    private final Clock clock;
    private final Duration emptyExpiry;
    private final ReadableCodes passcodes = new ReadableCodes();
    private final PasswordHasher passcodeHasher = new PasswordHasher(PASSCODE_ITERATIONS);
    private final SecureRandom random = new SecureRandom();
    private final Listeners listeners = new Listeners("Meetings change");

    public Meetings(
            MeetingStore store,
            MeetingViews views,
            PasscodeVault vault,
            RoomPresence presence,
            Clock clock,
            Duration emptyExpiry) {
        this.store = store;
        this.views = views;
        this.vault = vault;
        this.presence = presence;
        this.clock = clock;
        this.emptyExpiry = emptyExpiry;
    }

    /** Registers a listener called after every change that may alter the open-meetings list. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Schedules a meeting for {@code host}; private meetings get a passcode. */
    public HostMeetingView schedule(Account host, ScheduleMeetingRequest request) {
        return create(host, MeetingRequests.validate(request, clock.instant()));
    }

    /** Starts an open meeting that is live at once. */
    public HostMeetingView startNow(Account host, StartOpenMeetingRequest request) {
        return create(host, MeetingRequests.validate(request, clock.instant()));
    }

    private HostMeetingView create(Account host, MeetingRequests.Schedule s) {
        String id = newId();
        String hash = null;
        String sealed = null;
        if (s.mode() == MeetingMode.PRIVATE) {
            String passcode = passcodes.generate();
            hash = passcodeHasher.hash(ReadableCodes.normalise(passcode));
            sealed = vault.seal(id, passcode);
        }
        Meeting meeting = new Meeting(
                id,
                s.mode(),
                s.title(),
                s.topic(),
                host.id(),
                host.displayName(),
                s.startsAt(),
                s.zone(),
                hash,
                sealed,
                MeetingState.SCHEDULED);
        store.insert(meeting, clock.instant());
        log.log(Level.INFO, "Meeting {0} ({1}) created by {2}, starts {3}", id, s.mode(), host, s.startsAt());
        changed();
        return views.hostView(meeting);
    }

    /** The host's live and future meetings, in start order. */
    public List<HostMeetingView> mine(Account host) {
        return store.activeOfHost(host.id()).stream()
                .map(views::hostView)
                .filter(v -> views.isActive(v.meeting()))
                .toList();
    }

    /** Cancels a meeting of {@code host}; a live room is closed. Cancelling twice is harmless. */
    public HostMeetingView cancel(Account host, String meetingId) {
        Meeting m = require(meetingId);
        if (!m.hostAccountId().equals(host.id())) {
            throw ApiException.forbidden(ApiErrorCode.NOT_HOST, "Only the host can cancel this meeting.");
        }
        MeetingState state = views.state(m, presence.participantCount(m.id()));
        if (state == MeetingState.ENDED) {
            throw ApiException.conflict(ApiErrorCode.MEETING_ENDED, "This meeting has already ended.");
        }
        if (state != MeetingState.CANCELLED && store.finish(m.id(), MeetingState.CANCELLED, clock.instant())) {
            log.log(Level.INFO, "Meeting {0} cancelled by its host", m.id());
            presence.closeRoom(m.id(), "The host cancelled this meeting.");
            changed();
        }
        return views.hostView(require(meetingId));
    }

    /**
     * Changes the title, topic, date, time or zone of a meeting of {@code host} that has not started yet. Its id,
     * links and passcode stay, so the invitations already sent keep working; the mode cannot change.
     */
    public HostMeetingView reschedule(Account host, String meetingId, ScheduleMeetingRequest request) {
        Meeting m = require(meetingId);
        if (!m.hostAccountId().equals(host.id())) {
            throw ApiException.forbidden(ApiErrorCode.NOT_HOST, "Only the host can change this meeting.");
        }
        MeetingRequests.Schedule s = MeetingRequests.validateEdit(request, m.mode(), clock.instant());
        if (!store.reschedule(m.id(), s.title(), s.topic(), s.startsAt(), s.zone(), clock.instant())) {
            MeetingState state = views.state(m, presence.participantCount(m.id()));
            throw switch (state) {
                case CANCELLED -> ApiException.conflict(ApiErrorCode.MEETING_CANCELLED, "This meeting was cancelled.");
                case ENDED -> ApiException.conflict(ApiErrorCode.MEETING_ENDED, "This meeting has already ended.");
                default ->
                    ApiException.conflict(
                            ApiErrorCode.ALREADY_STARTED,
                            "This meeting has already started; it can no longer be moved.");
            };
        }
        log.log(Level.INFO, "Meeting {0} rescheduled by its host to {1}", m.id(), s.startsAt());
        changed();
        return views.hostView(require(meetingId));
    }

    /** The stored meeting, or a 404 reply. */
    public Meeting require(String meetingId) {
        return find(meetingId).orElseThrow(() -> ApiException.notFound("There is no meeting with this id."));
    }

    public Optional<Meeting> find(String meetingId) {
        return meetingId != null && ID.matcher(meetingId).matches() ? store.find(meetingId) : Optional.empty();
    }

    /** Every open meeting that is live or scheduled in the future, in start order. */
    public OpenMeetingsUpdate openMeetings() {
        List<MeetingView> open = store.activeOpen().stream()
                .map(views::view)
                .filter(views::isActive)
                .toList();
        return new OpenMeetingsUpdate(open, clock.instant());
    }

    /** Records as ENDED every meeting that expired while its room stayed empty; true when any did. */
    public boolean endExpired() {
        Instant now = clock.instant();
        boolean any = false;
        for (Meeting m : store.activeStartedBy(now.minus(emptyExpiry))) {
            if (views.state(m, presence.participantCount(m.id())) == MeetingState.ENDED
                    && store.finish(m.id(), MeetingState.ENDED, now)) {
                any = true;
            }
        }
        return any;
    }

    @Override
    public Optional<MeetingView> meeting(String meetingId) {
        return find(meetingId).map(views::view);
    }

    @Override
    public void meetingEnded(String meetingId) {
        if (find(meetingId).isPresent() && store.finish(meetingId, MeetingState.ENDED, clock.instant())) {
            log.log(Level.INFO, "Meeting {0} ended", meetingId);
            changed();
        }
    }

    @Override
    public void ban(String meetingId, String identityKey) {
        if (find(meetingId).isPresent()) {
            store.ban(meetingId, identityKey, clock.instant());
        }
    }

    @Override
    public boolean isBanned(String meetingId, String identityKey) {
        return store.isBanned(meetingId, identityKey);
    }

    /** True when {@code typed} is the meeting's passcode (ignoring case, spaces and dashes); constant time. */
    boolean passcodeMatches(Meeting m, String typed) {
        return m.passcodeHash() != null && passcodeHasher.verify(ReadableCodes.normalise(typed), m.passcodeHash());
    }

    MeetingViews views() {
        return views;
    }

    private void changed() {
        listeners.fire();
    }

    private String newId() {
        StringBuilder id = new StringBuilder(ID_LENGTH);
        for (int i = 0; i < ID_LENGTH; i++) {
            id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return id.toString();
    }
}
