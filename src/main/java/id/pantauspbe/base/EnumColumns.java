package id.pantauspbe.base;

import org.jooq.Field;
import org.jooq.impl.EnumConverter;

/**
 * A text column read as a Java enum (by constant name), for the repositories' row mappings.
 *
 * <p>An ad-hoc converter on the query rather than a code-generation {@code forcedType}: the
 * generated schema package then refers to no feature type, so it stays below every feature slice
 * (a forcedType to {@code evaluation.Stage} would make the schema and the features depend on each
 * other).
 */
public final class EnumColumns {

    private EnumColumns() {}

    public static <E extends Enum<E>> Field<E> asEnum(Field<String> column, Class<E> type) {
        return column.convert(new EnumConverter<>(String.class, type));
    }
}
