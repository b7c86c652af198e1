package id.pantauspbe.framework;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the shipped frameworks at start-up, before any other data. */
@Component
@Order(0)
class ReferenceDataStartup implements ApplicationRunner {

    private final FrameworkService frameworks;

    ReferenceDataStartup(FrameworkService frameworks) {
        this.frameworks = frameworks;
    }

    @Override
    public void run(ApplicationArguments args) {
        frameworks.importReferenceData();
    }
}
