package jp.kenpokpi.app;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives each {@link SampleDataTest} class its own copy of the sample database. The customizer is equal only for the
 * same test class, so Spring's context cache never hands one class's context (and database) to another; the copy is
 * made when the context is created, not when a cached one is reused.
 */
public class OwnSampleDatabase implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Copy(testClass);
    }

    private record Copy(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            String name = testClass.getSimpleName();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "sample database of " + name, TemporaryDatabase.sampleDataProperties(name)));
        }
    }
}
