package id.pantauspbe.framework;

import java.util.List;

/**
 * A problem of a framework file: row (1 = header, 2 = first data row; null for the whole file),
 * column, and the message key with its parameters (messages in the bundles, {@code framework.file.*}).
 */
public record FrameworkProblem(Integer row, String column, String key, List<Object> params) {

    public FrameworkProblem {
        params = List.copyOf(params);
    }

    static FrameworkProblem of(Integer row, String column, String key, Object... params) {
        return new FrameworkProblem(row, column, key, List.of(params));
    }
}
