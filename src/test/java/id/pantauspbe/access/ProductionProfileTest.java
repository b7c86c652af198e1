package id.pantauspbe.access;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantauspbe.evaluation.EvaluationService;
import id.pantauspbe.framework.FrameworkService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Outside the demo profile: no demo data or accounts, only the configured first administrator. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.profiles.active=produksi",
            "spring.datasource.url=jdbc:h2:mem:pantau-production-test;DB_CLOSE_DELAY=-1",
            "pantau.admin.username=diskominfo",
            "pantau.admin.password=Rahasia-Pemda-2026"
        })
class ProductionProfileTest {

    @Autowired
    UserService users;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    FrameworkService frameworks;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void onlyTheConfiguredAdministratorExists() {
        assertThat(users.find("koordinator")).isEmpty();
        assertThat(users.find("kadis")).isEmpty();
        AppUser admin = users.find("diskominfo").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(passwordEncoder.matches("Rahasia-Pemda-2026", admin.passwordHash()))
                .isTrue();
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void theApiDescriptionAndSwaggerUiAreOffUnlessEnabled() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        for (String path : java.util.List.of("/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html")) {
            var response = client.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.body()).as(path).doesNotContain("openapi").doesNotContain("Swagger UI");
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
        }
    }

    @Test
    void frameworksAreLoadedButNoDemoData() {
        assertThat(evaluation.instansi()).isEmpty();
        assertThat(frameworks.all()).hasSize(3);
        assertThat(frameworks.forYear(2021))
                .hasValueSatisfying(f -> assertThat(f.code()).isEqualTo("PERMENPANRB-59-2020"));
        assertThat(frameworks.forYear(2030))
                .hasValueSatisfying(f -> assertThat(f.code()).isEqualTo("PERMENPANRB-8-2026"));
    }
}
