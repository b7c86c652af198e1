package id.pantauspbe.base;

/** Looks up user text by message key; views pass their {@code getTranslation}. */
@FunctionalInterface
public interface Texts {
    String get(String key, Object... params);
}
