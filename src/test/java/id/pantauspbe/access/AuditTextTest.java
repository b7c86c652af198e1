package id.pantauspbe.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.base.Messages;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit trail reads in words whatever the services recorded as codes. */
class AuditTextTest {

    private final AuditText words = new AuditText(Messages.INDONESIAN, Map.of(4L, "Bappeda")::get);

    @Test
    void statesStagesAndRolesAreNamed() {
        assertThat(words.words("CLOSED")).isEqualTo("Ditutup");
        assertThat(words.words("MANDIRI")).isEqualTo("Penilaian mandiri");
        assertThat(words.words("ADMIN (OPD 4)")).isEqualTo("Koordinator (Bappeda)");
        assertThat(words.words("OPERATOR_OPD (OPD 99)")).isEqualTo("Operator OPD (OPD 99)");
        assertThat(words.words("DATA_DUKUNG · OPD melengkapi data dukung"))
                .isEqualTo("Data dukung · OPD melengkapi data dukung");
        assertThat(words.words("INDEX")).isEqualTo("Indeks SPBE");
    }

    @Test
    void datesAndDecimalsAreWrittenTheIndonesianWay() {
        assertThat(words.words("2025-03-01 – 2025-03-31")).isEqualTo("1 Maret 2025 – 31 Maret 2025");
        assertThat(words.words("3.2 (RPJMD)")).isEqualTo("3,2 (RPJMD)");
        assertThat(words.words("4")).isEqualTo("4");
    }

    @Test
    void unknownWordsAndEmptyValuesStayReadable() {
        assertThat(words.words("SHA-256 abc")).isEqualTo("SHA-256 abc");
        assertThat(words.words(null)).isEqualTo("–");
        assertThat(words.words("  ")).isEqualTo("–");
    }

    @Test
    void englishUsesTheEnglishNames() {
        assertThat(new AuditText(java.util.Locale.ENGLISH, id -> null).words("CLOSED"))
                .isEqualTo("Closed");
    }
}
