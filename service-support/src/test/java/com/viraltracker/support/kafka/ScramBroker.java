package com.viraltracker.support.kafka;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real KRaft broker (Kafka's own test kit, in this JVM) whose client listener only speaks SASL_PLAINTEXT with
 * SCRAM-SHA-512, as production's listener would (minus TLS). PLAIN is enabled too, for the broker's own
 * inter-broker connection and for the admin that creates the SCRAM user.
 */
final class ScramBroker implements AutoCloseable {
    private static final String LISTENER = "external";
    private static final String ADMIN = "broker-admin";
    private static final String ADMIN_PASSWORD = "broker-admin-secret";

    private final KafkaClusterTestKit cluster;

    private ScramBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    static ScramBroker start() throws Exception {
        TestKitNodes nodes = new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1)
                .setBrokerSecurityProtocol(SecurityProtocol.SASL_PLAINTEXT)
                .build();
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes)
                .setConfigProp("sasl.enabled.mechanisms", "PLAIN,SCRAM-SHA-512")
                .setConfigProp(
                        "listener.name." + LISTENER + ".plain.sasl.jaas.config",
                        "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN
                                + "\" password=\"" + ADMIN_PASSWORD + "\" user_" + ADMIN + "=\"" + ADMIN_PASSWORD
                                + "\";")
                .setConfigProp(
                        "listener.name." + LISTENER + ".scram-sha-512.sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required;")
                .setConfigProp("super.users", "User:" + ADMIN)
                .setConfigProp("allow.everyone.if.no.acl.found", "true")
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("offsets.topic.num.partitions", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .build();
        cluster.format();
        cluster.startup();
        cluster.waitForReadyBrokers();
        return new ScramBroker(cluster);
    }

    String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** Creates (or replaces) a SCRAM-SHA-512 user, as an operator would with kafka-configs.sh. */
    void addScramUser(String user, String password) throws Exception {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers(),
                "security.protocol",
                "SASL_PLAINTEXT",
                "sasl.mechanism",
                "PLAIN",
                "sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN
                        + "\" password=\"" + ADMIN_PASSWORD + "\";"))) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(
                            user, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password)))
                    .all()
                    .get();
            // The broker learns credentials from the metadata log; wait until it knows this one.
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (admin.describeUserScramCredentials(List.of(user)).all().get().isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("SCRAM user " + user + " did not appear");
                }
                Thread.sleep(100);
            }
        }
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
