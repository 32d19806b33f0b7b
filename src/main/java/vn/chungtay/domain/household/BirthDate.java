package vn.chungtay.domain.household;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A date of birth, or only the year when that is all that is known (the review forms accept either).
 * Typed as "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "dd.MM.yyyy" or "yyyy".
 */
public record BirthDate(int year, LocalDate date) {

    public BirthDate {
        if (date != null && date.getYear() != year) {
            throw new IllegalArgumentException("year and date disagree");
        }
    }

    public static BirthDate ofYear(int year) {
        return new BirthDate(year, null);
    }

    public static BirthDate of(LocalDate date) {
        return new BirthDate(date.getYear(), date);
    }

    /** Parses what a person typed; empty when it is not a date or a year in one of the accepted forms. */
    public static Optional<BirthDate> parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.matches("\\d{4}")) {
            return Optional.of(ofYear(Integer.parseInt(t)));
        }
        String[] parts = t.split("[/.\\-]");
        if (parts.length != 3 || !parts[0].matches("\\d{1,2}") || !parts[1].matches("\\d{1,2}")
                || !parts[2].matches("\\d{4}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]),
                    Integer.parseInt(parts[0]))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The text a person would type for this value: "05/03/1980" or "1980". */
    public String format() {
        if (date == null) {
            return Integer.toString(year);
        }
        return String.format("%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** True when the birth lies after the given day (for a year alone: the year lies after the day's year). */
    public boolean isAfter(LocalDate day) {
        return date != null ? date.isAfter(day) : year > day.getYear();
    }

    /** Age in whole years on the given day; with only a year known, the age reached during that day's year. */
    public int ageOn(LocalDate day) {
        if (date == null) {
            return day.getYear() - year;
        }
        return Period.between(date, day).getYears();
    }
}
