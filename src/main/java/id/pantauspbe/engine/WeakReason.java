package id.pantauspbe.engine;

/** Why an indicator counts as weak. */
public enum WeakReason {
    /** Its value is at or below the low-value threshold (2 by default). */
    LOW_VALUE,
    /** Its value is below the mean of its domain (aspect for frameworks without domains). */
    BELOW_DOMAIN_MEAN,
    /** Its value dropped against the previous year (same framework). */
    DROPPED,
    /** It loses at least the threshold of index points (weight × (5 − value) / 100). */
    LARGE_LOSS,
    /** Its self-assessment was at least the threshold above the final value. */
    OVERRATED
}
