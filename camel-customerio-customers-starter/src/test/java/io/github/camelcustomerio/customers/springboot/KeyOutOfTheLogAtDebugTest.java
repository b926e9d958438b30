package io.github.camelcustomerio.customers.springboot;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;

/** With our own loggers and the HTTP client's header log at DEBUG. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(
        classes = StarterTestApplication.class,
        properties = {
            "logging.level.io.github.camelcustomerio=DEBUG",
            "logging.level.org.apache.hc.client5.http.headers=DEBUG"
        })
@DirtiesContext
class KeyOutOfTheLogAtDebugTest extends KeyOutOfTheLog {}
