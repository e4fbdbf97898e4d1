package dev.coms.server.config;

import dev.coms.server.accounts.AccountsSettings;
import dev.coms.server.invites.InvitesSettings;
import dev.coms.server.meetings.MeetingsSettings;
import dev.coms.server.store.DbSettings;
import io.helidon.config.Config;
import java.net.URI;

/**
 * Typed server configuration with defaults, read once at start-up from {@code application.yaml} and its overrides.
 *
 * @param publicUrl the base URL invitation links point to
 * @param db the database ({@code coms.db})
 * @param accounts host accounts and sign-in ({@code coms.accounts})
 * @param meetings meetings, passcodes and join lockouts ({@code coms.meetings})
 * @param invites email and SMS invitations ({@code coms.invites})
 * @param downloadsUrl where the invitation page offers the installers ({@code coms.downloads-url}; default
 *     {@code {publicUrl}/downloads/})
 */
public record ServerSettings(
        URI publicUrl,
        DbSettings db,
        AccountsSettings accounts,
        MeetingsSettings meetings,
        InvitesSettings invites,
        URI downloadsUrl) {

    /** Settings with the accounts, meetings, invitations and downloads defaults. */
    public ServerSettings(URI publicUrl, DbSettings db) {
        this(publicUrl, db, defaultDownloads(publicUrl));
    }

    /** Settings with the accounts, meetings and invitations defaults. */
    public ServerSettings(URI publicUrl, DbSettings db, URI downloadsUrl) {
        this(
                publicUrl,
                db,
                AccountsSettings.defaults(),
                MeetingsSettings.defaults(),
                InvitesSettings.defaults(),
                downloadsUrl);
    }

    /** Settings with the default downloads address. */
    public ServerSettings(
            URI publicUrl,
            DbSettings db,
            AccountsSettings accounts,
            MeetingsSettings meetings,
            InvitesSettings invites) {
        this(publicUrl, db, accounts, meetings, invites, defaultDownloads(publicUrl));
    }

    /** Reads the {@code coms} node. */
    public static ServerSettings from(Config root) {
        Config coms = root.get("coms");
        String publicSetting = dashed(coms, "public", "url");
        URI publicUrl = URI.create(stripSlash(
                publicSetting.isEmpty()
                        ? "http://localhost:" + root.get("server.port").asInt().orElse(8080)
                        : publicSetting));
        String downloads = dashed(coms, "downloads", "url");
        URI downloadsUrl = downloads.isEmpty() ? defaultDownloads(publicUrl) : URI.create(downloads);
        if (!"https".equals(downloadsUrl.getScheme()) && !"http".equals(downloadsUrl.getScheme())) {
            throw new IllegalArgumentException("coms.downloads-url must be an http(s) address: " + downloads);
        }
        return new ServerSettings(
                publicUrl,
                DbSettings.from(coms.get("db")),
                AccountsSettings.from(coms.get("accounts")),
                MeetingsSettings.from(coms.get("meetings")),
                InvitesSettings.from(coms.get("invites")),
                downloadsUrl);
    }

    /**
     * A setting named {@code first-second}, trimmed, or empty. Helidon maps the environment variable
     * {@code COMS_PUBLIC_dash_URL} to {@code coms.public-url} but the plainer {@code COMS_PUBLIC_URL} to
     * {@code coms.public.url}; both are accepted, the plain one first.
     */
    private static String dashed(Config node, String first, String second) {
        String plain = node.get(first).get(second).asString().orElse("").trim();
        return plain.isEmpty()
                ? node.get(first + "-" + second).asString().orElse("").trim()
                : plain;
    }

    private static URI defaultDownloads(URI publicUrl) {
        return URI.create(publicUrl + "/downloads/");
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
