package id.pantauspbe.backup;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.AppTest;
import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.evaluation.CycleService;
import id.pantauspbe.evaluation.Stage;
import id.pantauspbe.evaluation.StageSchedule;
import id.pantauspbe.exchange.ExchangeService;
import id.pantauspbe.exchange.ExportFormat;
import id.pantauspbe.exchange.ImportKind;
import id.pantauspbe.exchange.ImportResult;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** A backup is taken before an import is stored and before a stage is closed; not for a refused file. */
@AppTest
class SafetyBackupTest {

    @Autowired
    BackupService backups;

    @Autowired
    ExchangeService exchange;

    @Autowired
    CycleService cycle;

    @Autowired
    CurrentUser currentUser;

    @Test
    void anImportIsPrecededByABackupARefusedFileIsNot() {
        byte[] values = as(() -> exchange.exportValues("CONTOH", 2021, ExportFormat.CSV))
                .orElseThrow()
                .content();
        Set<String> before = names();

        ImportResult invalid =
                as(() -> exchange.importFile(ImportKind.HASIL, "rusak.csv", "a,b\n1,2\n".getBytes(), "koordinator"));
        assertThat(invalid.valid()).isFalse();
        assertThat(names()).isEqualTo(before);

        // the same values again: stored (all unchanged), after a backup
        ImportResult result = as(() -> exchange.importFile(ImportKind.HASIL, "nilai-2021.csv", values, "koordinator"));
        assertThat(result.valid()).isTrue();
        assertThat(result.updated()).isZero();
        List<String> added = names().stream().filter(n -> !before.contains(n)).toList();
        assertThat(added).singleElement().asString().matches("pantau-cadangan-\\d{8}-\\d{6}-impor(-\\d+)?\\.zip");
    }

    @Test
    @Transactional
    void closingAStageIsPrecededByABackup() {
        Set<String> before = names();
        StageSchedule closed = as(() -> cycle.close("CONTOH", 2026, Stage.MANDIRI));
        assertThat(closed.state()).isEqualTo(StageSchedule.State.CLOSED);
        List<String> added = names().stream().filter(n -> !before.contains(n)).toList();
        assertThat(added).singleElement().asString().contains("-tutup-tahap");

        // closing a closed stage changes nothing and takes none
        Set<String> after = names();
        as(() -> cycle.close("CONTOH", 2026, Stage.MANDIRI));
        assertThat(names()).isEqualTo(after);
    }

    private Set<String> names() {
        return as(backups::list).stream().map(BackupFile::name).collect(Collectors.toSet());
    }

    private <T> T as(Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        currentUser.runAs("koordinator", Role.ADMIN, () -> result.set(action.get()));
        return result.get();
    }
}
