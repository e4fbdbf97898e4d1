package dev.coms.server.accounts;

import dev.coms.protocol.rest.ApiError;
import dev.coms.protocol.rest.ApiError.FieldError;
import dev.coms.protocol.rest.ApiErrorCode;
import dev.coms.protocol.rest.PasswordReset;
import dev.coms.protocol.rest.SessionView;
import dev.coms.server.http.ApiException;
import dev.coms.server.invites.EmailSender;
import dev.coms.server.security.FailureLimiter;
import dev.coms.server.security.ReadableCodes;
import dev.coms.server.security.Secrets;
import dev.coms.server.store.Database;
import io.helidon.http.Status;
import jakarta.mail.MessagingException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Forgotten passwords. Asking sends a code (about 59 random bits, readable) to the account's email, valid for
 * {@value #VALID_MINUTES} minutes; the answer never says whether the email has an account. Confirming with the code
 * sets a new password (the usual rules), revokes every session and signs in. A code takes {@value #MAX_TRIES} wrong
 * tries, then it is void; asking is limited per address and per account.
 */
public final class PasswordResets {

    static final int VALID_MINUTES = 30;
    static final int MAX_TRIES = 5;

    private static final System.Logger log = System.getLogger(PasswordResets.class.getName());

    private final Accounts accounts;
    private final AccountStore store;
    private final ResetStore resets;
    private final EmailSender mail;
    private final URI publicUrl;
    private final Clock clock;
    private final ReadableCodes codes = new ReadableCodes();
    private final FailureLimiter perAddress;
    private final FailureLimiter perAccount;

    /** @param mail null when the server has no SMTP set up: resets then answer {@code 503 not_configured} */
    public PasswordResets(
            Accounts accounts, AccountStore store, Database db, EmailSender mail, URI publicUrl, Clock clock) {
        this.accounts = accounts;
        this.store = store;
        this.resets = new ResetStore(db);
        this.mail = mail;
        this.publicUrl = publicUrl;
        this.clock = clock;
        this.perAddress = new FailureLimiter(clock, 5, Duration.ofHours(1), Duration.ofHours(1));
        this.perAccount = new FailureLimiter(clock, 3, Duration.ofHours(1), Duration.ofHours(1));
    }

    /** Mails a reset code if {@code email} has an account; the reply is the same either way. */
    public void request(PasswordReset.Request request, String address) {
        requireMail();
        perAddress.take(address).ifPresent(until -> {
            throw ApiException.tooMany(
                    ApiErrorCode.RATE_LIMITED, "Too many reset requests from your network; try again later.", until);
        });
        String email = Accounts.normaliseEmail(request.email());
        Optional<Account> account = Accounts.validEmail(email) ? store.byEmail(email) : Optional.empty();
        if (account.isEmpty() || perAccount.take(account.get().id()).isPresent()) {
            return;
        }
        String code = codes.generate();
        resets.put(
                account.get().id(),
                Secrets.hash(ReadableCodes.normalise(code)),
                clock.instant().plus(Duration.ofMinutes(VALID_MINUTES)));
        try {
            mail.send(email, "Your Coms password reset code", text(code));
        } catch (MessagingException e) {
            log.log(Level.WARNING, "Password reset mail not accepted by the SMTP server: {0}", e.getMessage());
            throw new ApiException(
                    Status.BAD_GATEWAY_502,
                    ApiError.of(
                            ApiErrorCode.DELIVERY_FAILED, "The reset mail could not be sent; try again in a moment."));
        }
    }

    /** Sets a new password with a mailed code; every session is revoked and a new one returned. */
    public SessionView confirm(PasswordReset.Confirm confirm) {
        requireMail();
        String email = Accounts.normaliseEmail(confirm.email());
        Optional<Account> account = Accounts.validEmail(email) ? store.byEmail(email) : Optional.empty();
        Optional<ResetStore.Pending> pending = account.flatMap(a -> resets.find(a.id()));
        Instant now = clock.instant();
        if (pending.isEmpty()
                || !now.isBefore(pending.get().expiresAt())
                || pending.get().attempts() >= MAX_TRIES) {
            account.ifPresent(a -> resets.delete(a.id()));
            throw wrongCode();
        }
        byte[] typed = Secrets.hash(ReadableCodes.normalise(confirm.code())).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(typed, pending.get().codeHash().getBytes(StandardCharsets.US_ASCII))) {
            resets.countWrongTry(account.get().id());
            throw wrongCode();
        }
        SessionView session = accounts.setPassword(account.get(), confirm.newPassword());
        resets.delete(account.get().id());
        log.log(
                Level.INFO,
                "Password of account {0} reset by mailed code",
                account.get().id());
        return session;
    }

    private String text(String code) {
        return "Someone, hopefully you, asked to reset the password of your Coms account on " + publicUrl + ".\n\n"
                + "Your code: " + code + "\n\n"
                + "Enter it in Coms under \"Forgot password\" within " + VALID_MINUTES + " minutes. If you did not ask"
                + " for this, ignore this mail: your password stays as it is.\n";
    }

    private void requireMail() {
        if (mail == null) {
            throw new ApiException(
                    Status.SERVICE_UNAVAILABLE_503,
                    ApiError.of(
                            ApiErrorCode.NOT_CONFIGURED,
                            "This server cannot send mail, so passwords cannot be reset here; ask its operator."));
        }
    }

    private static ApiException wrongCode() {
        return ApiException.validation(
                List.of(new FieldError("code", "That code is wrong or has expired; ask for a new one.")));
    }
}
