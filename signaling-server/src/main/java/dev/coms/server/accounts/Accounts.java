package dev.coms.server.accounts;

import dev.coms.protocol.rest.ApiErrorCode;
import dev.coms.protocol.rest.ApiError.FieldError;
import dev.coms.protocol.rest.RegisterRequest;
import dev.coms.protocol.rest.SessionView;
import dev.coms.protocol.rest.SignInRequest;
import dev.coms.server.http.ApiException;
import dev.coms.server.invites.TicketRegistry;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Host accounts: registration, sign-in with rate-limited failures, bearer sessions (random tokens stored hashed,
 * expiring, revocable). Thread-safe.
 */
public final class Accounts {

    private static final System.Logger LOG = System.getLogger(Accounts.class.getName());

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MIN_PASSWORD = 10;
    private static final int MAX_PASSWORD = 200;
    private static final int MAX_NAME = 80;
    private static final int MAX_EMAIL = 254;
    /** New accounts one address may create per hour. */
    private static final int REGISTRATIONS_PER_HOUR = 10;

    private final AccountStore store;
    private final AccountsSettings settings;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final String dummyHash;
    private final FailureLimiter byEmail;
    private final FailureLimiter byAddress;
    private final FailureLimiter registrations;
    private final SecureRandom random = new SecureRandom();

    public Accounts(AccountStore store, AccountsSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.hasher = new PasswordHasher(settings.passwordIterations());
        this.dummyHash = hasher.hash(UUID.randomUUID().toString());
        this.byEmail = new FailureLimiter(clock, settings.maxFailuresPerEmail(), settings.failureWindow(),
                settings.lockout());
        this.byAddress = new FailureLimiter(clock, settings.maxFailuresPerAddress(), settings.failureWindow(),
                settings.lockout());
        this.registrations = new FailureLimiter(clock, REGISTRATIONS_PER_HOUR, Duration.ofHours(1),
                Duration.ofHours(1));
    }

    /** Creates an account and signs it in. */
    public SessionView register(RegisterRequest request, String address) {
        List<FieldError> errors = new ArrayList<>();
        String email = normaliseEmail(request.email());
        if (email.isEmpty() || email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "Enter a valid email address."));
        }
        String name = request.displayName() == null ? "" : request.displayName().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.add(new FieldError("displayName", "Enter a name of 1 to " + MAX_NAME + " characters."));
        }
        String password = request.password() == null ? "" : request.password();
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            errors.add(new FieldError("password",
                    "Choose a password of " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters."));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        registrations.lockedUntil(address).ifPresent(until -> {
            throw ApiException.tooMany(ApiErrorCode.RATE_LIMITED, "Too many new accounts from your network; try again later.",
                    until);
        });
        registrations.recordFailure(address);
        Account account = new Account(UUID.randomUUID().toString(), email, name, hasher.hash(password));
        if (!store.insert(account, clock.instant())) {
            throw ApiException.conflict(ApiErrorCode.EMAIL_TAKEN, "An account with this email already exists; sign in instead.");
        }
        return newSession(account);
    }

    /** Signs in; wrong passwords are counted per email and per address and lead to a temporary lockout. */
    public SessionView signIn(SignInRequest request, String address) {
        String email = normaliseEmail(request.email());
        String password = request.password() == null ? "" : request.password();
        String emailKey = "email:" + email;
        Optional<Instant> locked = byEmail.lockedUntil(emailKey).or(() -> byAddress.lockedUntil(address));
        if (locked.isPresent()) {
            throw tooManyFailures(locked.get());
        }
        Optional<Account> account = store.byEmail(email);
        boolean ok = hasher.verify(password, account.map(Account::passwordHash).orElse(dummyHash));
        if (!ok || account.isEmpty()) {
            Optional<Instant> a = byEmail.recordFailure(emailKey);
            Optional<Instant> b = byAddress.recordFailure(address);
            Optional<Instant> until = a.or(() -> b);
            if (until.isPresent()) {
                LOG.log(Level.WARNING, "Too many failed sign-ins (last from {0}); locked until {1}", address,
                        until.get());
                throw tooManyFailures(until.get());
            }
            throw ApiException.unauthorized("The email or password is wrong.");
        }
        byEmail.reset(emailKey);
        return newSession(account.get());
    }

    /** The signed-in account of a request with a valid bearer token. */
    public Optional<Account> authenticate(ServerRequest req) {
        return bearer(req).flatMap(token -> store.bySession(TicketRegistry.hash(token), clock.instant()));
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
        store.deleteSession(TicketRegistry.hash(bearer(req).orElseThrow()));
    }

    /** The caller's IP address, as a string (the key for per-address limits and guest identities). */
    public static String sourceAddress(ServerRequest req) {
        if (req.remotePeer().address() instanceof InetSocketAddress inet && inet.getAddress() != null) {
            return inet.getAddress().getHostAddress();
        }
        return req.remotePeer().host();
    }

    private SessionView newSession(Account account) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(settings.sessionLifetime());
        store.insertSession(TicketRegistry.hash(token), account.id(), now, expiresAt);
        return new SessionView(token, expiresAt, account.view());
    }

    private static Optional<String> bearer(ServerRequest req) {
        return req.headers().first(HeaderNames.AUTHORIZATION)
                .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).strip())
                .filter(t -> !t.isEmpty() && t.length() <= 200);
    }

    private static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static ApiException tooManyFailures(Instant until) {
        return ApiException.tooMany(ApiErrorCode.RATE_LIMITED, "Too many failed sign-ins; wait a few minutes and try again.",
                until);
    }
}
