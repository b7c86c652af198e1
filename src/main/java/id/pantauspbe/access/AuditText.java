package id.pantauspbe.access;

import id.pantauspbe.base.Messages;
import id.pantauspbe.base.TextFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit trail in words. Events keep what the services recorded (codes such as {@code CLOSED},
 * {@code MANDIRI}, {@code 2025-03-31}, {@code 3.2 (RPJMD)}, {@code ADMIN (OPD 4)}), so that old and
 * new events read alike this turns every code it knows into its name and every date and decimal
 * into the id-ID form ("Ditutup", "Penilaian mandiri", "31 Maret 2025", "3,2 (RPJMD)",
 * "Koordinator (Bappeda)"). Unknown words stay as recorded.
 */
public final class AuditText {

    /** Message key prefixes tried for an upper-case code, in order. */
    private static final List<String> CODE_PREFIXES =
            List.of("stage.state.", "stage.", "role.", "evidence.status.", "audit.word.");

    private static final Pattern TOKEN = Pattern.compile(
            "(?<date>\\b\\d{4}-\\d{2}-\\d{2}\\b)|(?<decimal>\\b\\d+\\.\\d+\\b)|\\(OPD (?<opd>\\d+)\\)|(?<code>\\b[A-Z][A-Z_]{2,}\\b)");

    private final Locale locale;
    private final LongFunction<String> opdName;

    /**
     * @param opdName the name of an OPD by its id, or null when unknown (the id then stays)
     */
    public AuditText(Locale locale, LongFunction<String> opdName) {
        this.locale = locale;
        this.opdName = opdName;
    }

    /** A recorded key, value or detail in words; "–" for none. */
    public String words(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return "–";
        }
        Matcher m = TOKEN.matcher(recorded);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String replacement(Matcher m) {
        if (m.group("date") != null) {
            try {
                return TextFormat.date(LocalDate.parse(m.group("date")));
            } catch (DateTimeParseException e) {
                return m.group();
            }
        }
        if (m.group("decimal") != null) {
            return m.group("decimal").replace('.', ',');
        }
        if (m.group("opd") != null) {
            String name = opdName.apply(Long.parseLong(m.group("opd")));
            return name == null ? m.group() : "(" + name + ")";
        }
        String code = m.group("code");
        for (String prefix : CODE_PREFIXES) {
            String text = Messages.get(locale, prefix + code);
            if (!text.startsWith("!")) {
                return text;
            }
        }
        return code;
    }
}
