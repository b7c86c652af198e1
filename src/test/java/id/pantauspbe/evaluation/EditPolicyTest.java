package id.pantauspbe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.evaluation.EditPolicy.Editor;
import id.pantauspbe.evaluation.EditPolicy.Refusal;
import java.util.Set;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/** The edit rules on their own: plain JUnit, no Spring context. */
class EditPolicyTest {

    static final Editor ADMIN = new Editor(true, false, false, null);
    static final Editor ASESOR = new Editor(false, true, false, null);
    static final Editor OPERATOR = new Editor(false, false, true, 7L);
    static final Editor OPERATOR_WITHOUT_OPD = new Editor(false, false, true, null);
    static final Editor PIMPINAN = new Editor(false, false, false, null);

    /** OPD 7 leads I1 and I2; any other OPD leads nothing. */
    static final LongFunction<Set<String>> LEADS = opd -> opd == 7L ? Set.of("I1", "I2") : Set.of();

    @Test
    void pimpinanEditsNothingWhetherOrNotTheStageIsOpen() {
        for (Stage stage : Stage.values()) {
            for (boolean open : new boolean[] {true, false}) {
                EditScope scope = EditPolicy.scope(PIMPINAN, stage, open, LEADS);
                assertThat(scope.access()).isEqualTo(EditScope.Access.READ_ONLY_ROLE);
                assertThat(scope.allows("I1")).isFalse();
            }
        }
    }

    @Test
    void adminAndAsesorEditEveryIndicatorOfTheOpenStageOnly() {
        for (Editor editor : new Editor[] {ADMIN, ASESOR}) {
            EditScope open = EditPolicy.scope(editor, Stage.DOKUMEN, true, LEADS);
            assertThat(open.access()).isEqualTo(EditScope.Access.EDIT);
            assertThat(open.indicators()).isNull();
            assertThat(open.allows("I99")).isTrue();
            EditScope closed = EditPolicy.scope(editor, Stage.DOKUMEN, false, LEADS);
            assertThat(closed.access()).isEqualTo(EditScope.Access.STAGE_CLOSED);
            assertThat(closed.allows("I1")).isFalse();
        }
    }

    @Test
    void anOperatorEditsTheIndicatorsTheirOpdLeadsInTheOpenMandiriStage() {
        EditScope scope = EditPolicy.scope(OPERATOR, Stage.MANDIRI, true, LEADS);
        assertThat(scope.access()).isEqualTo(EditScope.Access.EDIT);
        assertThat(scope.allows("I1")).isTrue();
        assertThat(scope.allows("I2")).isTrue();
        assertThat(scope.allows("I3")).isFalse();
        assertThat(EditPolicy.scope(OPERATOR, Stage.MANDIRI, false, LEADS).access())
                .isEqualTo(EditScope.Access.STAGE_CLOSED);
        assertThat(EditPolicy.scope(OPERATOR, Stage.DOKUMEN, true, LEADS).access())
                .isEqualTo(EditScope.Access.STAGE_NOT_FOR_ROLE);
        assertThat(EditPolicy.scope(OPERATOR, Stage.FINAL, true, LEADS).access())
                .isEqualTo(EditScope.Access.STAGE_NOT_FOR_ROLE);
        EditScope noOpd = EditPolicy.scope(OPERATOR_WITHOUT_OPD, Stage.MANDIRI, true, LEADS);
        assertThat(noOpd.access()).isEqualTo(EditScope.Access.NO_OPD);
        assertThat(noOpd.allows("I1")).isFalse();
    }

    @Test
    void theFinalStageIsTheCoordinatorsOpenForNewValuesClosedForCorrectionsOnly() {
        assertThat(EditPolicy.scope(ADMIN, Stage.FINAL, true, LEADS).access()).isEqualTo(EditScope.Access.EDIT);
        EditScope closed = EditPolicy.scope(ADMIN, Stage.FINAL, false, LEADS);
        assertThat(closed.access()).isEqualTo(EditScope.Access.CORRECTION);
        assertThat(closed.allows("I1")).isTrue();
        assertThat(EditPolicy.closedForNewValues(closed, false)).isTrue();
        assertThat(EditPolicy.closedForNewValues(closed, true)).isFalse();
        EditScope open = EditPolicy.scope(ADMIN, Stage.FINAL, true, LEADS);
        assertThat(EditPolicy.closedForNewValues(open, false)).isFalse();
        // an asesor may enter final values while the stage is open, never once closed
        assertThat(EditPolicy.scope(ASESOR, Stage.FINAL, true, LEADS).access()).isEqualTo(EditScope.Access.EDIT);
        assertThat(EditPolicy.scope(ASESOR, Stage.FINAL, false, LEADS).access())
                .isEqualTo(EditScope.Access.STAGE_CLOSED);
    }

    @Test
    void aFinalValueOnceEnteredIsCorrectedByAdminWithAReasonOnly() {
        EditScope asesorScope = EditPolicy.scope(ASESOR, Stage.FINAL, true, LEADS);
        EditScope adminScope = EditPolicy.scope(ADMIN, Stage.FINAL, false, LEADS);
        assertThat(EditPolicy.isCorrection(Stage.FINAL, true)).isTrue();
        assertThat(EditPolicy.isCorrection(Stage.FINAL, false)).isFalse();
        assertThat(EditPolicy.isCorrection(Stage.DOKUMEN, true)).isFalse();

        assertThat(EditPolicy.refusal(ADMIN, adminScope, Stage.FINAL, "I1", true, null))
                .contains(Refusal.CORRECTION_REASON_MISSING);
        assertThat(EditPolicy.refusal(ADMIN, adminScope, Stage.FINAL, "I1", true, "Koreksi KemenPAN-RB"))
                .isEmpty();
        // the missing reason is reported before the role
        assertThat(EditPolicy.refusal(ASESOR, asesorScope, Stage.FINAL, "I1", true, null))
                .contains(Refusal.CORRECTION_REASON_MISSING);
        assertThat(EditPolicy.refusal(ASESOR, asesorScope, Stage.FINAL, "I1", true, "Alasan"))
                .contains(Refusal.CORRECTION_NOT_ADMIN);
        // a new final value is no correction and needs no reason
        assertThat(EditPolicy.refusal(ASESOR, asesorScope, Stage.FINAL, "I1", false, null))
                .isEmpty();

        assertThat(EditPolicy.rowEditable(ADMIN, adminScope, Stage.FINAL, "I1", true))
                .isTrue();
        assertThat(EditPolicy.rowEditable(ASESOR, asesorScope, Stage.FINAL, "I1", true))
                .isFalse();
        assertThat(EditPolicy.rowEditable(ASESOR, asesorScope, Stage.FINAL, "I1", false))
                .isTrue();
    }

    @Test
    void anEditOutsideTheScopeIsRefusedFirst() {
        EditScope operator = EditPolicy.scope(OPERATOR, Stage.MANDIRI, true, LEADS);
        assertThat(EditPolicy.refusal(OPERATOR, operator, Stage.MANDIRI, "I3", true, null))
                .contains(Refusal.OUTSIDE_SCOPE);
        assertThat(EditPolicy.refusal(OPERATOR, operator, Stage.MANDIRI, "I1", true, null))
                .isEmpty();
        assertThat(EditPolicy.rowEditable(OPERATOR, operator, Stage.MANDIRI, "I3", false))
                .isFalse();
        assertThat(EditPolicy.rowEditable(OPERATOR, operator, Stage.MANDIRI, "I1", true))
                .isTrue();
        EditScope closed = EditPolicy.scope(ADMIN, Stage.DOKUMEN, false, LEADS);
        assertThat(EditPolicy.refusal(ADMIN, closed, Stage.DOKUMEN, "I1", false, null))
                .contains(Refusal.OUTSIDE_SCOPE);
        EditScope pimpinan = EditPolicy.scope(PIMPINAN, Stage.FINAL, true, LEADS);
        assertThat(EditPolicy.refusal(PIMPINAN, pimpinan, Stage.FINAL, "I1", true, "Alasan"))
                .contains(Refusal.OUTSIDE_SCOPE);
    }

    @Test
    void copyingAnEarlierStageNeedsTheOpenStageAndEveryIndicator() {
        assertThat(EditPolicy.mayCopy(EditPolicy.scope(ASESOR, Stage.DOKUMEN, true, LEADS)))
                .isTrue();
        assertThat(EditPolicy.mayCopy(EditPolicy.scope(ASESOR, Stage.DOKUMEN, false, LEADS)))
                .isFalse();
        assertThat(EditPolicy.mayCopy(EditPolicy.scope(OPERATOR, Stage.MANDIRI, true, LEADS)))
                .isFalse();
        assertThat(EditPolicy.mayCopy(EditPolicy.scope(ADMIN, Stage.FINAL, false, LEADS)))
                .isFalse();
    }
}
