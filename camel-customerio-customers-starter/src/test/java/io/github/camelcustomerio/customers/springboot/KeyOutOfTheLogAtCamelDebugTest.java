package io.github.camelcustomerio.customers.springboot;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;

/**
 * With all of Camel at DEBUG, as the documentation advises it: Camel itself prints the values it resolves from
 * properties at DEBUG (the key among them) through two loggers, which stay at INFO.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        classes = StarterTestApplication.class,
        properties = {
            "logging.level.org.apache.camel=DEBUG",
            "logging.level.org.apache.camel.impl.engine.DefaultCamelContextExtension=INFO",
            "logging.level.org.apache.camel.spring.boot.SpringPropertiesParser=INFO"
        })
@DirtiesContext
class KeyOutOfTheLogAtCamelDebugTest extends KeyOutOfTheLog {}
