package id.pantauspbe.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.opd.EvidenceItem;
import id.pantauspbe.opd.EvidenceStatus;
import id.pantauspbe.opd.Opd;
import id.pantauspbe.opd.OpdContact;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who is reminded on which day, without Spring. 2026-11-23 is a Monday. */
class ReminderRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Opd DINSOS = new Opd(1, "X", "Dinas Sosial", "Dinsos", "Dinas");
    private static final Opd BAPPEDA = new Opd(2, "X", "Bappeda", "Bappeda", "Badan");
    private static final ReminderSettings SETTINGS =
            new ReminderSettings(true, List.of(1, 7, 3), DayOfWeek.MONDAY, List.of(), 1, true);

    private static EvidenceItem item(long id, String code, Opd opd, EvidenceStatus status, LocalDate due) {
        return new EvidenceItem(
                id,
                "X",
                2026,
                code,
                "Indikator " + code,
                null,
                "Dokumen " + id,
                opd == null ? null : opd.id(),
                opd == null ? null : opd.name(),
                status,
                null,
                due,
                null,
                null,
                null,
                false,
                "a",
                null,
                1);
    }

    private static List<OpdReminder> remind(LocalDate today, EvidenceItem... items) {
        return ReminderRules.reminders(
                List.of(items),
                List.of(DINSOS, BAPPEDA),
                Map.of(1L, new OpdContact(1, null, null, "d@x.example", null)),
                today,
                SETTINGS);
    }

    @Test
    void settingsSortTheDaysLargestFirstAndTheHorizonIsTheLargest() {
        assertThat(SETTINGS.daysBefore()).containsExactly(7, 3, 1);
        assertThat(SETTINGS.horizon()).isEqualTo(7);
    }

    @Test
    void anOpdIsRemindedSevenThreeAndOneDayBeforeButNotOnOtherDays() {
        LocalDate due = LocalDate.of(2026, 12, 11);
        EvidenceItem open = item(1, "I1", DINSOS, EvidenceStatus.BELUM, due);
        assertThat(remind(due.minusDays(7), open)).hasSize(1);
        assertThat(remind(due.minusDays(3), open)).hasSize(1);
        assertThat(remind(due.minusDays(1), open)).hasSize(1);
        for (int days : List.of(8, 6, 5, 4, 2)) {
            assertThat(remind(due.minusDays(days), open)).as("H-%d", days).isEmpty();
        }
    }

    @Test
    void overdueItemsAreRemindedWeeklyOnTheChosenDayOnly() {
        EvidenceItem late = item(1, "I1", DINSOS, EvidenceStatus.DITOLAK, LocalDate.of(2026, 6, 18));
        List<OpdReminder> monday = remind(MONDAY, late);
        assertThat(monday).singleElement().satisfies(r -> {
            assertThat(r.opd()).isEqualTo(DINSOS);
            assertThat(r.overdueCount()).isEqualTo(1);
            assertThat(r.items().getFirst().daysLeft()).isEqualTo(-158);
            assertThat(r.contact().email()).isEqualTo("d@x.example");
        });
        assertThat(remind(MONDAY.plusDays(1), late)).isEmpty();
        assertThat(remind(MONDAY.plusDays(7), late)).hasSize(1);
    }

    @Test
    void theMessageListsEveryItemWithinTheHorizonOverdueFirstButNotVerifiedOrUndatedOnes() {
        EvidenceItem late = item(1, "I10", DINSOS, EvidenceStatus.BELUM, MONDAY.minusDays(3));
        EvidenceItem soon = item(2, "I2", DINSOS, EvidenceStatus.DIUNGGAH, MONDAY.plusDays(7));
        EvidenceItem sooner = item(3, "I9", DINSOS, EvidenceStatus.BELUM, MONDAY.plusDays(5));
        EvidenceItem verified = item(4, "I3", DINSOS, EvidenceStatus.DIVERIFIKASI, MONDAY.minusDays(1));
        EvidenceItem undated = item(5, "I4", DINSOS, EvidenceStatus.BELUM, null);
        EvidenceItem far = item(6, "I5", DINSOS, EvidenceStatus.BELUM, MONDAY.plusDays(20));
        List<OpdReminder> reminders = remind(MONDAY.plusDays(1), late, soon, sooner, verified, undated, far);
        // Tuesday: not the overdue day, but I2 is due in 6 days... and I9 in 4: no milestone, so nothing
        assertThat(reminders).isEmpty();
        reminders = remind(MONDAY, late, soon, sooner, verified, undated, far);
        assertThat(reminders)
                .singleElement()
                .satisfies(r -> assertThat(r.items())
                        .extracting(d -> d.item().indicatorCode())
                        .containsExactly("I10", "I9", "I2"));
    }

    @Test
    void eachOpdGetsItsOwnReminderAndItemsWithoutAnOpdNone() {
        LocalDate due = MONDAY.plusDays(3);
        List<OpdReminder> reminders = remind(
                MONDAY,
                item(1, "I1", DINSOS, EvidenceStatus.BELUM, due),
                item(2, "I2", BAPPEDA, EvidenceStatus.BELUM, due),
                item(3, "I3", null, EvidenceStatus.BELUM, due));
        assertThat(reminders).extracting(OpdReminder::opd).containsExactly(DINSOS, BAPPEDA);
        assertThat(reminders.get(1).contact().hasEmail()).isFalse();
    }

    @Test
    void codesSortByNumber() {
        assertThat(ReminderRules.byCode("I2", "I10")).isNegative();
        assertThat(ReminderRules.byCode("I10", "I9")).isPositive();
    }
}
