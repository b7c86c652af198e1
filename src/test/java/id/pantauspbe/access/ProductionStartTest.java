package id.pantauspbe.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pantauspbe.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A production start (no profile) without an administrator is refused with a clear message. */
class ProductionStartTest {

    @Test
    void aStartWithoutProfileAndWithoutAnAdministratorPasswordIsRefused() {
        SpringApplicationBuilder app = new SpringApplicationBuilder(Application.class);
        // no profile at all, as java -jar pantau-spbe.jar (arguments outrank the tests' default "demo")
        assertThatThrownBy(() -> app.run(
                        "--spring.profiles.default=default",
                        "--spring.datasource.url=jdbc:h2:mem:pantau-no-admin;DB_CLOSE_DELAY=-1",
                        "--server.port=0",
                        "--pantau.admin.password="))
                .satisfies(e -> assertThat(causes(e)).hasAtLeastOneElementOfType(NoAdministratorException.class));

        FailureAnalysis analysis = new NoAdministratorFailureAnalyzer()
                .analyze(new IllegalStateException(new NoAdministratorException("admin")));
        // Bahasa Indonesia first, English after
        assertThat(analysis.getDescription())
                .startsWith("Pantau SPBE dijalankan tanpa profil demo")
                .contains("administrator (ADMIN) yang aktif");
        assertThat(analysis.getDescription().indexOf("no active administrator"))
                .isGreaterThan(analysis.getDescription().indexOf("yang aktif"));
        assertThat(analysis.getAction())
                .startsWith("Tetapkan kata sandi administrator pertama")
                .contains("PANTAU_ADMIN_PASSWORD='...'")
                .contains("akunnya 'admin'")
                .contains("(English) Set the first administrator's password")
                .contains("the account is 'admin'")
                .contains("--spring.profiles.active=demo");
    }

    private static java.util.List<Throwable> causes(Throwable e) {
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
