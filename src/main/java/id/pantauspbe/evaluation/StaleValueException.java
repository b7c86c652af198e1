package id.pantauspbe.evaluation;

/**
 * An indicator value was changed by someone else after the editor read it; nothing was saved.
 *
 * @param current the value as it is stored now (who changed it, when, to what)
 * @param attempted the value the editor tried to save
 */
public class StaleValueException extends RuntimeException {

    private final transient ValueEntry current;
    private final transient java.math.BigDecimal attempted;

    public StaleValueException(ValueEntry current, java.math.BigDecimal attempted) {
        super("Indicator " + current.indicatorCode() + " was changed meanwhile by " + current.updatedBy());
        this.current = current;
        this.attempted = attempted;
    }

    public ValueEntry current() {
        return current;
    }

    public java.math.BigDecimal attempted() {
        return attempted;
    }
}
