package id.pantauspbe.evaluation;

import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The rules deciding whether a user may edit a value (plain Java, no Spring): ADMIN and ASESOR
 * edit every indicator of the open stage; an OPD operator the indicators their OPD leads, in the
 * open self-assessment (mandiri) stage; PIMPINAN nothing. The final stage belongs to ADMIN: new
 * values need it open, values once entered change only by a correction with a reason.
 */
public final class EditPolicy {

    private EditPolicy() {}

    /**
     * Who edits.
     *
     * @param opdId the OPD of an operator (null: none or unknown)
     */
    public record Editor(boolean admin, boolean asesor, boolean operator, Long opdId) {}

    /** Why an edit is refused, in the order they are checked. */
    public enum Refusal {
        /** The indicator is outside the editor's scope. */
        OUTSIDE_SCOPE,
        /** A correction of a final value without a reason. */
        CORRECTION_REASON_MISSING,
        /** A correction of a final value by someone other than ADMIN. */
        CORRECTION_NOT_ADMIN
    }

    /**
     * What the editor may edit in a stage.
     *
     * @param open whether the stage is open
     * @param ledBy the indicator codes an OPD leads, asked only for an operator with an OPD
     */
    public static EditScope scope(Editor editor, Stage stage, boolean open, LongFunction<Set<String>> ledBy) {
        if (!editor.admin() && !editor.asesor() && !editor.operator()) {
            return new EditScope(EditScope.Access.READ_ONLY_ROLE, Set.of());
        }
        if (editor.admin() && stage == Stage.FINAL) {
            return new EditScope(open ? EditScope.Access.EDIT : EditScope.Access.CORRECTION, null);
        }
        if (!open) {
            return new EditScope(EditScope.Access.STAGE_CLOSED, Set.of());
        }
        if (editor.admin() || editor.asesor()) {
            return new EditScope(EditScope.Access.EDIT, null);
        }
        if (stage != Stage.MANDIRI) {
            return new EditScope(EditScope.Access.STAGE_NOT_FOR_ROLE, Set.of());
        }
        if (editor.opdId() == null) {
            return new EditScope(EditScope.Access.NO_OPD, Set.of());
        }
        return new EditScope(EditScope.Access.EDIT, ledBy.apply(editor.opdId()));
    }

    /** Whether the entry screen offers an indicator for editing: a final value once entered only to ADMIN. */
    public static boolean rowEditable(Editor editor, EditScope scope, Stage stage, String code, boolean hasValue) {
        return scope.allows(code) && (stage != Stage.FINAL || !hasValue || editor.admin());
    }

    /**
     * Whether saving a value is refused before the value itself is checked.
     *
     * @param hasValue whether the indicator already has a value in the stage
     * @param reason the correction reason, null when blank
     */
    public static Optional<Refusal> refusal(
            Editor editor, EditScope scope, Stage stage, String code, boolean hasValue, String reason) {
        if (!scope.allows(code)) {
            return Optional.of(Refusal.OUTSIDE_SCOPE);
        }
        boolean correction = isCorrection(stage, hasValue);
        if (correction && reason == null) {
            return Optional.of(Refusal.CORRECTION_REASON_MISSING);
        }
        if (correction && !editor.admin()) {
            return Optional.of(Refusal.CORRECTION_NOT_ADMIN);
        }
        return Optional.empty();
    }

    /** A change of a final value already entered is a correction. */
    public static boolean isCorrection(Stage stage, boolean hasValue) {
        return stage == Stage.FINAL && hasValue;
    }

    /** A closed final stage takes no new value, only corrections. */
    public static boolean closedForNewValues(EditScope scope, boolean hasValue) {
        return !hasValue && scope.access() == EditScope.Access.CORRECTION;
    }

    /** Whether a stage may be started by copying the earlier stages: the open stage, every indicator. */
    public static boolean mayCopy(EditScope scope) {
        return scope.access() == EditScope.Access.EDIT && scope.indicators() == null;
    }
}
