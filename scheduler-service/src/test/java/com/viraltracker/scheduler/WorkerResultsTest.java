package com.viraltracker.scheduler;

import com.viraltracker.testing.PatientServiceTest;
import com.viraltracker.testing.TestDatabase;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A scheduler test that answers as the workers do, with results on the results topic, and reads the runs back through
 * the API and the database; each test class works on a brand of its own.
 */
public abstract class WorkerResultsTest extends PatientServiceTest {
    @Autowired
    protected TestDatabase database;

    @Autowired
    @Qualifier("eventKafkaTemplate")
    protected KafkaTemplate<String, Object> events;

    protected final UUID brand = UUID.randomUUID();
}
