package id.pantauspbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pantauspbe.access.Role;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The authorization matrix, derived rather than hand-kept: every {@code @PreAuthorize} method of
 * every bean of the application is called, through its Spring proxy, by every role its expression
 * does not admit and without sign-in, and must be refused before it runs (so the arguments are
 * placeholders). A write method without {@code @PreAuthorize} fails {@link #everyWriteIsGuarded}.
 */
@AppTest
class AuthorizationTest {

    /** Public service methods named like this change data and must declare who may call them. */
    private static final Pattern WRITE_NAME =
            Pattern.compile("^(save|delete|remove|create|update|add|set|reset|open|close|plan|copy|carry|import|"
                    + "write|register|upload|revoke|restore|take|disable|enable).*");

    /** Writes deliberately open to every caller, each with its reason. */
    private static final Set<String> OPEN_BY_DESIGN = Set.of(
            // a read: the stage open for entry now
            "CycleService.openStage",
            // runs at start-up without a user; loads only the shipped official frameworks, idempotently
            "FrameworkService.importReferenceData");

    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    @Autowired
    ApplicationContext context;

    @Autowired
    SecurityContextHolderStrategy security;

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    record Guarded(String bean, Object proxy, Method method, Set<Role> allowed) {
        String name() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName();
        }
    }

    private List<Guarded> guardedMethods() {
        List<Guarded> result = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !type.getName().startsWith("id.pantauspbe.")) {
                continue;
            }
            Object bean = context.getBean(name);
            Class<?> target = AopUtils.getTargetClass(bean);
            for (Method method : target.getDeclaredMethods()) {
                PreAuthorize rule = method.getAnnotation(PreAuthorize.class);
                if (rule != null && Modifier.isPublic(method.getModifiers())) {
                    result.add(new Guarded(name, bean, method, allowedBy(rule.value())));
                }
            }
        }
        result.sort(Comparator.comparing(Guarded::name));
        return result;
    }

    private static Set<Role> allowedBy(String expression) {
        if (expression.equals("isAuthenticated()")) {
            return EnumSet.allOf(Role.class);
        }
        assertThat(expression).as("only role expressions are understood here").matches("has(Any)?Role\\(.*\\)");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Matcher matcher = ROLE.matcher(expression);
        while (matcher.find()) {
            roles.add(Role.valueOf(matcher.group(1)));
        }
        return roles;
    }

    private static Object[] placeholders(Method method) {
        return Arrays.stream(method.getParameterTypes())
                .map(AuthorizationTest::placeholder)
                .toArray();
    }

    private static Object placeholder(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == char.class) {
            return 'x';
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type == float.class) {
            return 0f;
        }
        if (type == short.class) {
            return (short) 0;
        }
        if (type == byte.class) {
            return (byte) 0;
        }
        return 0;
    }

    private void call(Guarded guarded) throws Throwable {
        Method proxied = guarded.proxy()
                .getClass()
                .getMethod(guarded.method().getName(), guarded.method().getParameterTypes());
        try {
            proxied.invoke(guarded.proxy(), placeholders(guarded.method()));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Test
    void theMatrixCoversTheServices() {
        // a guard against the derivation silently finding nothing (for example beans no longer proxied)
        assertThat(guardedMethods()).hasSizeGreaterThan(40);
        assertThat(guardedMethods()).extracting(Guarded::name).contains("CycleService.close", "UserService.setEnabled");
    }

    @TestFactory
    Stream<DynamicTest> everyGuardedMethodRefusesTheRolesItDoesNotAdmit() {
        return guardedMethods().stream()
                .flatMap(guarded -> EnumSet.complementOf(EnumSet.copyOf(guarded.allowed())).stream()
                        .map(role -> DynamicTest.dynamicTest(role + " → " + guarded.name(), () -> {
                            SignIn.as(security, username(role), role);
                            assertThatThrownBy(() -> call(guarded)).isInstanceOf(AccessDeniedException.class);
                        })));
    }

    @TestFactory
    Stream<DynamicTest> withoutSignInNothingGuardedRuns() {
        return guardedMethods().stream()
                .map(guarded -> DynamicTest.dynamicTest("anonymous → " + guarded.name(), () -> {
                    security.clearContext();
                    assertThatThrownBy(() -> call(guarded))
                            .isInstanceOfAny(
                                    AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
                }));
    }

    @Test
    void everyWriteIsGuarded() {
        List<String> unguarded = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null
                    || !type.getName().startsWith("id.pantauspbe.")
                    || !AopUtils.getTargetClass(context.getBean(name))
                            .isAnnotationPresent(org.springframework.stereotype.Service.class)) {
                continue;
            }
            for (Method method : AopUtils.getTargetClass(context.getBean(name)).getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && !method.isSynthetic()
                        && WRITE_NAME.matcher(method.getName()).matches()
                        && method.getAnnotation(PreAuthorize.class) == null
                        && !OPEN_BY_DESIGN.contains(
                                method.getDeclaringClass().getSimpleName() + "." + method.getName())) {
                    unguarded.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(unguarded)
                .as("public writes of services without @PreAuthorize")
                .isEmpty();
    }

    private static String username(Role role) {
        return switch (role) {
            case ADMIN -> "koordinator";
            case PIMPINAN -> "kadis";
            case ASESOR -> "asesor";
            case OPERATOR_OPD -> "bappeda";
        };
    }
}
