package id.pantauspbe.base;

import org.jooq.conf.RenderQuotedNames;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Renders names unquoted, so the code generated from the lower-case DDL runs on H2 (which folds
 * unquoted names to upper case) and PostgreSQL (lower case) alike.
 */
@Configuration(proxyBeanMethods = false)
class JooqConfig {

    @Bean
    DefaultConfigurationCustomizer unquotedNames() {
        return configuration -> configuration.settings().withRenderQuotedNames(RenderQuotedNames.NEVER);
    }
}
