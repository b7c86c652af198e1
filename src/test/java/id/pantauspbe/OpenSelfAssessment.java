package id.pantauspbe;

import id.pantauspbe.access.CurrentUser;
import id.pantauspbe.access.Role;
import id.pantauspbe.evaluation.CycleService;
import id.pantauspbe.evaluation.Stage;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Opens the self-assessment (mandiri) of the home Pemda for the given years around each test and
 * closes it afterwards: OPD operators work on values and evidence only while a stage is open.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OpenSelfAssessment.Extension.class)
public @interface OpenSelfAssessment {

    int[] value();

    class Extension implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            run(context, true);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            run(context, false);
        }

        private static void run(ExtensionContext context, boolean open) {
            int[] years = context.getRequiredTestClass()
                    .getAnnotation(OpenSelfAssessment.class)
                    .value();
            ApplicationContext spring = SpringExtension.getApplicationContext(context);
            CycleService cycle = spring.getBean(CycleService.class);
            spring.getBean(CurrentUser.class).runAs("koordinator", Role.ADMIN, () -> {
                for (int year : years) {
                    if (open) {
                        cycle.open("CONTOH", year, Stage.MANDIRI);
                    } else {
                        cycle.close("CONTOH", year, Stage.MANDIRI);
                    }
                }
            });
        }
    }
}
