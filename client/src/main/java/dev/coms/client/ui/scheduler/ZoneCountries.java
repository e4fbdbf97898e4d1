package dev.coms.client.ui.scheduler;

import java.util.HashMap;
import java.util.Map;

/**
 * Country names for the zones people pick most, so that "Germany" or "Japan" finds a zone. The JDK knows no
 * country per zone; this short table covers the larger countries and is not meant to be complete.
 */
final class ZoneCountries {

    private static final String[][] TABLE = {
        {"Europe/Berlin", "Germany"},
        {"Europe/Paris", "France"},
        {"Europe/London", "United Kingdom"},
        {"Europe/Madrid", "Spain"},
        {"Europe/Rome", "Italy"},
        {"Europe/Amsterdam", "Netherlands"},
        {"Europe/Brussels", "Belgium"},
        {"Europe/Zurich", "Switzerland"},
        {"Europe/Vienna", "Austria"},
        {"Europe/Warsaw", "Poland"},
        {"Europe/Prague", "Czechia"},
        {"Europe/Stockholm", "Sweden"},
        {"Europe/Oslo", "Norway"},
        {"Europe/Copenhagen", "Denmark"},
        {"Europe/Helsinki", "Finland"},
        {"Europe/Dublin", "Ireland"},
        {"Europe/Lisbon", "Portugal"},
        {"Europe/Athens", "Greece"},
        {"Europe/Istanbul", "Turkey"},
        {"Europe/Kyiv", "Ukraine"},
        {"Europe/Moscow", "Russia"},
        {"Europe/Bucharest", "Romania"},
        {"Europe/Budapest", "Hungary"},
        {"America/New_York", "United States"},
        {"America/Chicago", "United States"},
        {"America/Denver", "United States"},
        {"America/Los_Angeles", "United States"},
        {"America/Anchorage", "United States"},
        {"Pacific/Honolulu", "United States"},
        {"America/Toronto", "Canada"},
        {"America/Vancouver", "Canada"},
        {"America/Halifax", "Canada"},
        {"America/Mexico_City", "Mexico"},
        {"America/Sao_Paulo", "Brazil"},
        {"America/Argentina/Buenos_Aires", "Argentina"},
        {"America/Bogota", "Colombia"},
        {"America/Lima", "Peru"},
        {"America/Santiago", "Chile"},
        {"Asia/Kolkata", "India"},
        {"Asia/Shanghai", "China"},
        {"Asia/Tokyo", "Japan"},
        {"Asia/Seoul", "South Korea"},
        {"Asia/Singapore", "Singapore"},
        {"Asia/Jakarta", "Indonesia"},
        {"Asia/Manila", "Philippines"},
        {"Asia/Bangkok", "Thailand"},
        {"Asia/Ho_Chi_Minh", "Vietnam"},
        {"Asia/Dubai", "United Arab Emirates"},
        {"Asia/Karachi", "Pakistan"},
        {"Asia/Dhaka", "Bangladesh"},
        {"Asia/Jerusalem", "Israel"},
        {"Asia/Riyadh", "Saudi Arabia"},
        {"Asia/Tehran", "Iran"},
        {"Asia/Hong_Kong", "Hong Kong"},
        {"Asia/Taipei", "Taiwan"},
        {"Australia/Sydney", "Australia"},
        {"Australia/Melbourne", "Australia"},
        {"Australia/Perth", "Australia"},
        {"Australia/Brisbane", "Australia"},
        {"Australia/Adelaide", "Australia"},
        {"Pacific/Auckland", "New Zealand"},
        {"Africa/Cairo", "Egypt"},
        {"Africa/Lagos", "Nigeria"},
        {"Africa/Johannesburg", "South Africa"},
        {"Africa/Nairobi", "Kenya"},
        {"Africa/Casablanca", "Morocco"},
    };

    private ZoneCountries() {}

    static Map<String, String> byZone() {
        Map<String, String> map = new HashMap<>();
        for (String[] row : TABLE) {
            map.put(row[0], row[1]);
        }
        return map;
    }
}
