package io.github.camelcustomerio.customers.springboot;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;

/** At INFO, Spring Boot's default level. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = StarterTestApplication.class, properties = "logging.level.root=INFO")
@DirtiesContext
class KeyOutOfTheLogAtInfoTest extends KeyOutOfTheLog {}
