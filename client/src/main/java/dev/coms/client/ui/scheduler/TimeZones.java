package dev.coms.client.ui.scheduler;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The time zones a person chooses from: canonical {@code Area/City} ids only (no {@code Etc/}, {@code SystemV/},
 * {@code US/…} or renamed aliases), the device's zone first, searchable by city, country, zone name or offset.
 */
public final class TimeZones {

    private static final Set<String> AREAS = Set.of(
            "Africa",
            "America",
            "Antarctica",
            "Arctic",
            "Asia",
            "Atlantic",
            "Australia",
            "Europe",
            "Indian",
            "Pacific");
    /** Old names the tz database keeps only as links to their new ones. */
    private static final Set<String> RENAMED = Set.of(
            "America/Atka",
            "America/Buenos_Aires",
            "America/Catamarca",
            "America/Cordoba",
            "America/Jujuy",
            "America/Mendoza",
            "America/Fort_Wayne",
            "America/Indianapolis",
            "America/Knox_IN",
            "America/Louisville",
            "America/Godthab",
            "America/Porto_Acre",
            "America/Ensenada",
            "America/Rosario",
            "America/Santa_Isabel",
            "America/Shiprock",
            "America/Virgin",
            "America/Coral_Harbour",
            "Antarctica/South_Pole",
            "Asia/Ashkhabad",
            "Asia/Calcutta",
            "Asia/Chongqing",
            "Asia/Chungking",
            "Asia/Dacca",
            "Asia/Harbin",
            "Asia/Istanbul",
            "Asia/Kashgar",
            "Asia/Katmandu",
            "Asia/Macao",
            "Asia/Rangoon",
            "Asia/Saigon",
            "Asia/Tel_Aviv",
            "Asia/Thimbu",
            "Asia/Ujung_Pandang",
            "Asia/Ulan_Bator",
            "Atlantic/Faeroe",
            "Atlantic/Jan_Mayen",
            "Australia/ACT",
            "Australia/Canberra",
            "Australia/LHI",
            "Australia/NSW",
            "Australia/North",
            "Australia/Queensland",
            "Australia/South",
            "Australia/Tasmania",
            "Australia/Victoria",
            "Australia/West",
            "Australia/Yancowinna",
            "Europe/Belfast",
            "Europe/Kiev",
            "Europe/Nicosia",
            "Europe/Tiraspol",
            "Europe/Uzhgorod",
            "Europe/Zaporozhye",
            "Pacific/Enderbury",
            "Pacific/Johnston",
            "Pacific/Ponape",
            "Pacific/Samoa",
            "Pacific/Truk",
            "Pacific/Yap",
            "Africa/Asmera",
            "Africa/Timbuktu",
            "America/Argentina/ComodRivadavia",
            "America/Nipigon",
            "America/Rainy_River",
            "America/Thunder_Bay",
            "America/Yellowknife",
            "America/Pangnirtung",
            "Australia/Currie");

    private static final Pattern OFFSET = Pattern.compile("^(?:utc|gmt)?\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?$");

    private final Instant now;
    private final List<ZoneId> all;
    private final Map<String, String> countries;

    /** Zones with their offsets at {@code now}; {@code device} comes first. */
    public TimeZones(ZoneId device, Instant now) {
        this.now = now;
        this.countries = ZoneCountries.byZone();
        this.all = Stream.concat(
                        Stream.of(device),
                        ZoneId.getAvailableZoneIds().stream()
                                .filter(TimeZones::canonical)
                                .sorted(Comparator.comparing((String id) -> offset(id, now))
                                        .reversed()
                                        .thenComparing(id -> id))
                                .map(ZoneId::of))
                .distinct()
                .toList();
    }

    static boolean canonical(String id) {
        int slash = id.indexOf('/');
        return slash > 0 && AREAS.contains(id.substring(0, slash)) && !RENAMED.contains(id);
    }

    private static ZoneOffset offset(String id, Instant now) {
        return ZoneId.of(id).getRules().getOffset(now);
    }

    /** Every zone on offer, the device's first. */
    public List<ZoneId> all() {
        return all;
    }

    /** Zones whose city, country, name or offset matches what the user typed; all of them for blank input. */
    public List<ZoneId> search(String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return all;
        }
        Matcher m = OFFSET.matcher(q.replace(" ", ""));
        if (m.matches()) {
            int sign = m.group(1).equals("-") ? -1 : 1;
            int seconds = sign
                    * (Integer.parseInt(m.group(2)) * 3600
                            + (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)) * 60));
            return all.stream()
                    .filter(z -> z.getRules().getOffset(now).getTotalSeconds() == seconds)
                    .toList();
        }
        return all.stream().filter(z -> haystack(z).contains(q)).toList();
    }

    /** "UTC+01:00 Berlin". */
    public String label(ZoneId zone) {
        String offset = zone.getRules().getOffset(now).getId();
        String country = countries.get(zone.getId());
        return "UTC" + ("Z".equals(offset) ? "+00:00" : offset) + " " + city(zone)
                + (country == null ? "" : " (" + country + ")");
    }

    static String city(ZoneId zone) {
        String id = zone.getId();
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }

    private String haystack(ZoneId zone) {
        return (city(zone) + " " + zone.getId().replace('_', ' ') + " " + countries.getOrDefault(zone.getId(), "") + " "
                        + zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .toLowerCase(Locale.ROOT);
    }
}
