package id.go.malangkota.ejkn.application;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/** Dates and times as people in the city read them: "Kamis, 26 November 2026 15.00 WIB". */
public final class CityTime {

  private CityTime() {}

  public static String format(Date date, TimeZone zone) {
    SimpleDateFormat f = new SimpleDateFormat("EEEE, d MMMM yyyy HH.mm", Locale.forLanguageTag("id-ID"));
    f.setTimeZone(zone);
    return f.format(date) + " " + zoneLabel(zone);
  }

  public static String zoneLabel(TimeZone zone) {
    return switch (zone.getID()) {
      case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
      case "Asia/Makassar" -> "WITA";
      case "Asia/Jayapura" -> "WIT";
      default -> zone.getID();
    };
  }
}
