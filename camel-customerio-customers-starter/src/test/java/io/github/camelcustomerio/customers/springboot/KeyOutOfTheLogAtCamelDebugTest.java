package io.github.camelcustomerio.customers.springboot;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

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
class KeyOutOfTheLogAtCamelDebugTest extends KeyOutOfTheLog {

    private static final String DOCUMENTED = "logging.level.org.apache.camel = DEBUG";

    @Test
    void theseAreTheLevelsTheDocumentationGives() throws IOException {
        String doc = Files.readString(DocumentedSpringBootSetupTest.DOC);
        int start = doc.indexOf(DOCUMENTED);
        assertThat(start)
                .as("the logging levels in %s", DocumentedSpringBootSetupTest.DOC)
                .isPositive();
        Properties documented = new Properties();
        documented.load(new StringReader(doc.substring(start, doc.indexOf("\n----\n", start))));
        Properties tested = new Properties();
        tested.load(new StringReader(String.join(
                "\n",
                Arrays.asList(getClass().getAnnotation(SpringBootTest.class).properties()))));

        assertThat(documented).isEqualTo(tested);
    }
}
