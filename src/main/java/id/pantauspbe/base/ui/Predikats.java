package id.pantauspbe.base.ui;

/**
 * Colours of the predikat bands by rank (1 = best). Text colours meet WCAG AA on their
 * backgrounds; a predikat is always shown with its name, never by colour alone.
 */
public final class Predikats {

    private static final String[] SOLID = {"#1b6e3a", "#1d5f99", "#4f6b12", "#8a5300", "#a1271c"};
    private static final String[] PALE = {"#d9efe0", "#dae8f5", "#e8efd6", "#f7e6cc", "#f6dad7"};

    private Predikats() {}

    /** Strong colour for text, lines and badges (white text on it has contrast of 5:1 or more). */
    public static String solid(int rank) {
        return SOLID[index(rank)];
    }

    /** Pale colour for the chart background bands. */
    public static String pale(int rank) {
        return PALE[index(rank)];
    }

    /** CSS class of a predikat badge. */
    public static String badgeClass(int rank) {
        return "predikat-" + (index(rank) + 1);
    }

    private static int index(int rank) {
        return Math.max(0, Math.min(SOLID.length - 1, rank - 1));
    }
}
