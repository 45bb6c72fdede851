package jp.kenpokpi.app;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * A test of the whole application (and MockMvc) on a database of its own holding the sample data: what the class
 * writes no other class sees, without the class saying anything more. The database is a copy of the one
 * {@link SampleDatabase} loads once per test JVM (H2, or PostgreSQL when {@value TemporaryDatabase#POSTGRESQL} is set).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
// The daily jobs never run by the clock in a test: a test calls them with the day it needs.
@SpringBootTest(properties = {"kenpo.notices.deadline-check-cron=-", "kenpo.mail.digest-cron=-"})
@AutoConfigureMockMvc
@ContextCustomizerFactories(OwnSampleDatabase.class)
public @interface SampleDataTest {

    @AliasFor(annotation = SpringBootTest.class)
    SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;
}
