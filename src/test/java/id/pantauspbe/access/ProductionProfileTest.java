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
