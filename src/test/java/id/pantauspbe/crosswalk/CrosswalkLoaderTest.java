package id.pantauspbe.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pantauspbe.AppTest;
import id.pantauspbe.access.AuditAction;
import id.pantauspbe.access.AuditEvent;
import id.pantauspbe.access.AuditFilter;
import id.pantauspbe.access.AuditService;
import id.pantauspbe.base.UserMessageException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Loading at start-up into the real database, never overwriting, and ADMIN edits. */
@AppTest
class CrosswalkLoaderTest {

    @Autowired
    CrosswalkLoader loader;

    @Autowired
    CrosswalkService service;

    @Test
    void shippedPairsAreInTheDatabaseAndLoadingAgainChangesNothing() {
        int shipped = CrosswalkFiles.FILES.stream()
                .mapToInt(f -> CrosswalkFiles.read(f).size())
                .sum();
        List<CrosswalkPair> before = service.pairs();
        assertThat(before.size()).isGreaterThanOrEqualTo(shipped - 1);
        for (String file : CrosswalkFiles.FILES) {
            assertThat(loader.load(file, CrosswalkFiles.read(file))).isZero();
        }
        assertThat(service.pairs()).hasSameSizeAs(before);
        assertThat(service.boundaries())
                .extracting(CrosswalkService.Boundary::lastYear, CrosswalkService.Boundary::firstYear)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(2020, 2021),
                        org.assertj.core.groups.Tuple.tuple(2025, 2026));
    }

    @Test
    void aBadFileStopsWithFileRowAndColumn() {
        String file = CrosswalkFiles.FILES.getFirst();
        Map<String, String> bad = new LinkedHashMap<>(CrosswalkFiles.read(file).getFirst());
        bad.put("from_indicator", "I77");
        assertThatThrownBy(() -> loader.load(file, List.of(bad)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file + " baris 2, kolom from_indicator: Indikator \"I77\" tidak ada");
    }

    @Autowired
    SecurityContextHolderStrategy securityStrategy;

    @Test
    void anAdminAddsChangesAndRemovesAPair() {
        id.pantauspbe.SignIn.as(securityStrategy, "koordinator", id.pantauspbe.access.Role.ADMIN);
        try {
            addChangeRemove();
        } finally {
            securityStrategy.clearContext();
        }
    }

    private void addChangeRemove() {
        CrosswalkPair added = service.savePair(new CrosswalkPair(
                null, "PERMENPANRB-59-2020", "43", "PERMENPANRB-8-2026", "i18", "Data terbuka dan interoperabilitas"));
        assertThat(added.fromIndicator()).isEqualTo("I43");
        assertThat(added.toIndicator()).isEqualTo("I18");
        assertThatThrownBy(() -> service.savePair(
                        new CrosswalkPair(null, "PERMENPANRB-59-2020", "I43", "PERMENPANRB-8-2026", "I18", "lagi")))
                .isInstanceOf(UserMessageException.class)
                .hasMessage("Pasangan I43 → I18 sudah ada.");
        assertThatThrownBy(() -> service.savePair(
                        new CrosswalkPair(null, "PERMENPANRB-5-2018", "I1", "PERMENPANRB-8-2026", "I1", "lompat")))
                .hasMessage("Pemetaan hanya antara dua kerangka yang berurutan.");
        assertThatThrownBy(() -> service.savePair(
                        new CrosswalkPair(null, "PERMENPANRB-59-2020", "I48", "PERMENPANRB-8-2026", "I1", "x")))
                .hasMessage("Indikator \"I48\" tidak ada dalam PermenPANRB 59/2020.");
        service.savePair(
                new CrosswalkPair(added.id(), added.fromFramework(), "", added.toFramework(), "", "Alasan baru"));
        assertThat(service.pairs())
                .filteredOn(p -> p.id().equals(added.id()))
                .extracting(CrosswalkPair::reason)
                .containsExactly("Alasan baru");
        service.deletePair(added.id());
        assertThat(service.pairs()).noneMatch(p -> p.id().equals(added.id()));
        List<AuditEvent> trail = audit.search(new AuditFilter(
                "koordinator", AuditAction.Entity.CROSSWALK, null, null, null, "I43 → I18", null, null));
        assertThat(trail)
                .extracting(AuditEvent::action, AuditEvent::oldValue, AuditEvent::newValue)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                AuditAction.CROSSWALK_PAIR_SAVED, null, "Data terbuka dan interoperabilitas"),
                        org.assertj.core.groups.Tuple.tuple(
                                AuditAction.CROSSWALK_PAIR_SAVED, "Data terbuka dan interoperabilitas", "Alasan baru"),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.CROSSWALK_PAIR_DELETED, "Alasan baru", null));
        assertThat(trail.getFirst().detail()).isEqualTo("PermenPANRB 59/2020 → PermenPANRB 8/2026");
    }

    @Autowired
    AuditService audit;
}
