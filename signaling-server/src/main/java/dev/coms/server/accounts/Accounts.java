package dev.coms.server.accounts;

import dev.coms.protocol.rest.ApiError.FieldError;
import dev.coms.protocol.rest.ApiErrorCode;
import dev.coms.protocol.rest.ChangePasswordRequest;
import dev.coms.protocol.rest.RegisterRequest;
import dev.coms.protocol.rest.SessionView;
import dev.coms.protocol.rest.SignInRequest;
import dev.coms.server.http.ApiException;
import dev.coms.server.http.TextFields;
import dev.coms.server.security.FailureLimiter;
import dev.coms.server.security.PasswordHasher;
import dev.coms.server.security.Secrets;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Host accounts: registration, sign-in with rate-limited failures, bearer sessions (random tokens stored hashed,
 * expiring, revocable). Thread-safe.
 */
public final class Accounts {

    private static final System.Logger log = System.getLogger(Accounts.class.getName());

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_NAME = 80;
    private static final int MAX_EMAIL = 254;
    /** New accounts one address may create per hour. */
    private static final int REGISTRATIONS_PER_HOUR = 10;

    private final AccountStore store;
    private final AccountsSettings settings;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final HashingPool hashing;
    private final String dummyHash;
    private final SignInGuard guard;
    private final FailureLimiter registrations;

    public Accounts(AccountStore store, AccountsSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.hasher = new PasswordHasher(settings.passwordIterations());
        this.hashing = new HashingPool(settings.hashingThreads(), settings.hashingQueue());
        this.dummyHash = hasher.hash(UUID.randomUUID().toString());
        this.guard = new SignInGuard(clock, settings);
        this.registrations =
                new FailureLimiter(clock, REGISTRATIONS_PER_HOUR, Duration.ofHours(1), Duration.ofHours(1));
    }

    /** Creates an account and signs it in. */
    public SessionView register(RegisterRequest request, String address) {
        List<FieldError> errors = new ArrayList<>();
        String email = normaliseEmail(request.email());
        if (!validEmail(email)) {
            errors.add(new FieldError("email", "Enter a valid email address."));
        }
        String name = TextFields.line(request.displayName(), "displayName", "a name", 1, MAX_NAME, errors);
        String password = request.password() == null ? "" : request.password();
        PasswordPolicy.problem(password, email, name).ifPresent(p -> errors.add(new FieldError("password", p)));
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        registrations.take(address).ifPresent(until -> {
            throw ApiException.tooMany(
                    ApiErrorCode.RATE_LIMITED, "Too many new accounts from your network; try again later.", until);
        });
        String hash = hash(() -> hasher.hash(password));
        Account account = new Account(UUID.randomUUID().toString(), email, name, hash);
        if (!store.insert(account, clock.instant())) {
            throw ApiException.conflict(
                    ApiErrorCode.EMAIL_TAKEN, "An account with this email already exists; sign in instead.");
        }
        return newSession(account);
    }

    /**
     * Signs in. Attempts are limited per address (right or wrong), wrong passwords lock out the guessing address and
     * only slow the account down for everyone else, and successful sign-ins are limited per account
     * ({@link SignInGuard}); hashing runs on a bounded pool ({@link HashingPool}).
     */
    public SessionView signIn(SignInRequest request, String address) {
        String email = normaliseEmail(request.email());
        String password = request.password() == null ? "" : request.password();
        Optional<Instant> refused = guard.refusedUntil(email, address);
        if (refused.isPresent()) {
            throw tooManyAttempts(refused.get());
        }
        guard.attempted(address);
        Optional<Account> account = validEmail(email) ? store.byEmail(email) : Optional.empty();
        String stored = account.map(Account::passwordHash).orElse(dummyHash);
        boolean ok = hash(() -> hasher.verify(password, stored));
        if (!ok || account.isEmpty()) {
            Optional<Instant> until = guard.failed(email, address);
            if (until.isPresent() && until.get().isAfter(clock.instant().plus(Duration.ofMinutes(1)))) {
                log.log(Level.WARNING, "Too many failed sign-ins from {0}; locked until {1}", address, until.get());
            }
            throw ApiException.unauthorized("The email or password is wrong.");
        }
        guard.succeeded(email, address);
        return newSession(account.get());
    }

    /** Changes the caller's password (the current one is needed); every other session of the account is revoked. */
    public void changePassword(ServerRequest req, ChangePasswordRequest change) {
        Account account = require(req);
        String current = change.currentPassword() == null ? "" : change.currentPassword();
        String next = change.newPassword() == null ? "" : change.newPassword();
        if (!hash(() -> hasher.verify(current, account.passwordHash()))) {
            throw ApiException.validation(List.of(new FieldError("currentPassword", "The current password is wrong.")));
        }
        Optional<String> problem = PasswordPolicy.problem(next, account.email(), account.displayName());
        if (problem.isPresent()) {
            throw ApiException.validation(List.of(new FieldError("newPassword", problem.get())));
        }
        store.updatePassword(account.id(), hash(() -> hasher.hash(next)));
        store.deleteSessionsOf(account.id(), Secrets.hash(bearer(req).orElseThrow()));
    }

    /** Sets a new password (the usual rules) after a reset: every session is revoked, a new one returned. */
    SessionView setPassword(Account account, String password) {
        String next = password == null ? "" : password;
        Optional<String> problem = PasswordPolicy.problem(next, account.email(), account.displayName());
        if (problem.isPresent()) {
            throw ApiException.validation(List.of(new FieldError("newPassword", problem.get())));
        }
        store.updatePassword(account.id(), hash(() -> hasher.hash(next)));
        store.deleteSessionsOf(account.id(), null);
        return newSession(account);
    }

    /** Revokes every session of the caller's account, this one included. */
    public void signOutEverywhere(ServerRequest req) {
        store.deleteSessionsOf(require(req).id(), null);
    }

    /** The signed-in account of a request with a valid bearer token. */
    public Optional<Account> authenticate(ServerRequest req) {
        return bearer(req).flatMap(token -> store.bySession(Secrets.hash(token), clock.instant()));
    }

    /** The signed-in account, or a 401 reply. */
    public Account require(ServerRequest req) {
        return authenticate(req).orElseThrow(() -> ApiException.unauthorized("Please sign in."));
    }

    /** True when the request carries an {@code Authorization} header at all (valid or not). */
    public static boolean hasCredentials(ServerRequest req) {
        return req.headers().contains(HeaderNames.AUTHORIZATION);
    }

    /** Removes sessions that have expired (they no longer work anyway); called periodically. */
    public void purgeExpiredSessions() {
        store.deleteExpiredSessions(clock.instant());
    }

    /** Revokes the request's session. */
    public void signOut(ServerRequest req) {
        require(req);
        store.deleteSession(Secrets.hash(bearer(req).orElseThrow()));
    }

    /** The caller's IP address, as a string (the key for per-address limits and guest identities). */
    public static String sourceAddress(ServerRequest req) {
        if (req.remotePeer().address() instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return req.remotePeer().host();
    }

    private SessionView newSession(Account account) {
        String token = Secrets.newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.sessionLifetime());
        store.insertSession(Secrets.hash(token), account.id(), now, expiresAt);
        store.trimSessions(account.id(), settings.maxSessions());
        return new SessionView(token, expiresAt, account.view());
    }

    private static Optional<String> bearer(ServerRequest req) {
        return req.headers()
                .first(HeaderNames.AUTHORIZATION)
                .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).strip())
                .filter(t -> !t.isEmpty() && t.length() <= 200);
    }

    static String normaliseEmail(String email) {
        return TextFields.normalise(email).toLowerCase(Locale.ROOT);
    }

    /** A plausible address without anything a mail header or a database cannot take. */
    static boolean validEmail(String email) {
        return !email.isEmpty()
                && email.length() <= MAX_EMAIL
                && !TextFields.hasForbidden(email)
                && EMAIL.matcher(email).matches();
    }

    private <T> T hash(Supplier<T> work) {
        try {
            return hashing.run(work);
        } catch (HashingPool.Busy busy) {
            throw ApiException.busy(
                    "Many people are signing in right now; try again in a moment.", HashingPool.RETRY_AFTER);
        }
    }

    private ApiException tooManyAttempts(Instant until) {
        long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds());
        String wait = seconds < 90 ? seconds + " seconds" : ((seconds + 59) / 60) + " minutes";
        return ApiException.tooMany(
                ApiErrorCode.RATE_LIMITED, "Too many sign-in attempts; try again in " + wait + ".", until);
    }
}
