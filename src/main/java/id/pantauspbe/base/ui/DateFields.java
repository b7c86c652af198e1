package id.pantauspbe.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import id.pantauspbe.base.TextFormat;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date fields as Indonesians read dates: day/month/year typed ("1/10/2026"), the calendar in the
 * user's language, and the chosen date written out below the field ("1 Oktober 2026"), the form
 * every other page shows.
 */
public final class DateFields {

    private DateFields() {}

    public static DatePicker configure(DatePicker field) {
        Locale locale =
                field.getLocale() != null && "en".equals(field.getLocale().getLanguage())
                        ? Locale.ENGLISH
                        : id.pantauspbe.base.Messages.INDONESIAN;
        field.setLocale(locale);
        List<String> months = Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL, locale))
                .toList();
        List<java.time.DayOfWeek> week = List.of(
                java.time.DayOfWeek.SUNDAY,
                java.time.DayOfWeek.MONDAY,
                java.time.DayOfWeek.TUESDAY,
                java.time.DayOfWeek.WEDNESDAY,
                java.time.DayOfWeek.THURSDAY,
                java.time.DayOfWeek.FRIDAY,
                java.time.DayOfWeek.SATURDAY);
        field.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormat("d/M/yyyy")
                .setMonthNames(months)
                .setWeekdays(week.stream()
                        .map(d -> d.getDisplayName(TextStyle.FULL, locale))
                        .toList())
                .setWeekdaysShort(week.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                        .toList())
                .setFirstDayOfWeek(1)
                .setToday(field.getTranslation("date.today"))
                .setCancel(field.getTranslation("date.cancel")));
        showInWords(field, field.getValue());
        field.addValueChangeListener(e -> showInWords(field, e.getValue()));
        return field;
    }

    private static void showInWords(DatePicker field, LocalDate value) {
        field.setHelperText(value == null ? null : TextFormat.date(value));
    }
}
