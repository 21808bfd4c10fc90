package io.pinpipe.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One cluster the fake MSK endpoint knows, written in the wire format of the MSK API model. */
public final class FakeCluster {

    public static final String ACCOUNT = "123456789012";
    private static final ObjectMapper JSON = new ObjectMapper();

    final String name;
    final String region;
    final String uuid;
    final boolean serverless;
    String state = "ACTIVE";
    int brokers = 3;
    String instanceType = "kafka.m5.large";
    String kafkaVersion = "3.6.0";
    boolean iam = true;
    boolean scram;
    boolean mutualTls;
    boolean unauthenticated;
    String created = "2024-03-01T10:15:30.123Z";
    final Map<String, String> bootstrap = new LinkedHashMap<>();
    final List<String> topics = new ArrayList<>();

    private FakeCluster(String name, String region, boolean serverless, int index) {
        this.name = name;
        this.region = region;
        this.serverless = serverless;
        this.uuid = String.format("5f0c3b7e-1d2a-4c8e-9f3b-%012d-%d", index, index % 9 + 1);
    }

    private static int next;

    /** A provisioned IAM cluster with IAM bootstrap strings on 9098 (private) and 9198 (public). */
    public static synchronized FakeCluster provisioned(String name, String region) {
        var cluster = new FakeCluster(name, region, false, ++next);
        cluster.bootstrap.put("bootstrapBrokerStringSaslIam", cluster.hosts(9098));
        return cluster;
    }

    public static synchronized FakeCluster serverless(String name, String region) {
        var cluster = new FakeCluster(name, region, true, ++next);
        cluster.bootstrap.put("bootstrapBrokerStringSaslIam", "boot-" + cluster.shortId() + ".c2.kafka-serverless."
                + region + ".amazonaws.com:9098");
        return cluster;
    }

    public FakeCluster state(String value) {
        this.state = value;
        return this;
    }

    public FakeCluster brokers(int count, String type) {
        this.brokers = count;
        this.instanceType = type;
        return this;
    }

    /** SASL/SCRAM too, on 9096 and publicly on 9196. */
    public FakeCluster withScram() {
        scram = true;
        bootstrap.put("bootstrapBrokerStringSaslScram", hosts(9096));
        bootstrap.put("bootstrapBrokerStringPublicSaslScram", publicHosts(9196));
        bootstrap.put("bootstrapBrokerStringPublicSaslIam", publicHosts(9198));
        return this;
    }

    /** Only unauthenticated clients in plaintext (no encryption in transit) at this address, e.g. the embedded test broker. */
    public FakeCluster unauthenticatedAt(String plaintextBootstrap) {
        iam = false;
        unauthenticated = true;
        bootstrap.clear();
        bootstrap.put("bootstrapBrokerString", plaintextBootstrap);
        return this;
    }

    /** Only SASL/SCRAM clients (over TLS, as MSK requires) at this address. */
    public FakeCluster scramOnlyAt(String scramBootstrap) {
        iam = false;
        scram = true;
        bootstrap.clear();
        bootstrap.put("bootstrapBrokerStringSaslScram", scramBootstrap);
        return this;
    }

    /** When the cluster was made, as MSK writes it: {@code 2024-03-01T10:15:30.123Z}. */
    public FakeCluster created(String isoInstant) {
        this.created = isoInstant;
        return this;
    }

    public FakeCluster topics(String... names) {
        topics.addAll(List.of(names));
        return this;
    }

    public String arn() {
        return "arn:aws:kafka:" + region + ":" + ACCOUNT + ":cluster/" + name + "/" + uuid;
    }

    public String name() {
        return name;
    }

    public String bootstrap(String field) {
        return bootstrap.get(field);
    }

    String shortId() {
        return uuid.substring(0, 6);
    }

    String hosts(int port) {
        var hosts = new ArrayList<String>();
        for (var i = 1; i <= Math.min(brokers, 3); i++) {
            hosts.add("b-" + i + "." + name + "." + shortId() + ".c4.kafka." + region + ".amazonaws.com:" + port);
        }
        return String.join(",", hosts);
    }

    private String publicHosts(int port) {
        return hosts(port).replace("b-", "b-pub-");
    }

    ObjectNode clusterInfo() {
        var info = JSON.createObjectNode();
        info.put("clusterArn", arn());
        info.put("clusterName", name);
        info.put("clusterType", serverless ? "SERVERLESS" : "PROVISIONED");
        info.put("creationTime", created);
        info.put("currentVersion", "K3AEGXETSR30VB");
        info.put("state", state);
        if ("CREATING".equals(state)) {
            info.putObject("stateInfo").put("code", "CREATING").put("message", "Cluster creation in progress");
        }
        info.putObject("tags").put("project", "pinterest-pipeline");
        if (serverless) {
            var serverlessInfo = info.putObject("serverless");
            serverlessInfo.putArray("vpcConfigs").addObject().putArray("subnetIds").add("subnet-0a1b").add("subnet-0c2d");
            serverlessInfo.putObject("clientAuthentication").putObject("sasl").putObject("iam").put("enabled", true);
            return info;
        }
        var provisioned = info.putObject("provisioned");
        var group = provisioned.putObject("brokerNodeGroupInfo");
        group.put("instanceType", instanceType);
        group.put("brokerAZDistribution", "DEFAULT");
        group.putArray("clientSubnets").add("subnet-0a1b").add("subnet-0c2d").add("subnet-0e3f");
        group.putArray("securityGroups").add("sg-0123456789abcdef0");
        group.putObject("storageInfo").putObject("ebsStorageInfo").put("volumeSize", 100);
        provisioned.putObject("currentBrokerSoftwareInfo").put("kafkaVersion", kafkaVersion);
        provisioned.put("numberOfBrokerNodes", brokers);
        var auth = provisioned.putObject("clientAuthentication");
        var sasl = auth.putObject("sasl");
        sasl.putObject("iam").put("enabled", iam);
        sasl.putObject("scram").put("enabled", scram);
        auth.putObject("tls").put("enabled", mutualTls);
        auth.putObject("unauthenticated").put("enabled", unauthenticated);
        provisioned.putObject("encryptionInfo").putObject("encryptionInTransit")
                .put("clientBroker", unauthenticated ? "PLAINTEXT" : "TLS").put("inCluster", true);
        provisioned.put("enhancedMonitoring", "DEFAULT");
        provisioned.put("storageMode", "LOCAL");
        return info;
    }

    ObjectNode bootstrapJson() {
        var node = JSON.createObjectNode();
        bootstrap.forEach(node::put);
        return node;
    }

    List<ObjectNode> nodeInfos() {
        var nodes = new ArrayList<ObjectNode>();
        for (var id = 1; id <= brokers; id++) {
            var node = JSON.createObjectNode();
            node.put("addedToClusterTime", created);
            node.put("instanceType", instanceType);
            node.put("nodeARN", "arn:aws:kafka:" + region + ":" + ACCOUNT + ":broker/" + name + "/" + uuid + "/" + id);
            node.put("nodeType", "BROKER");
            var broker = node.putObject("brokerNodeInfo");
            broker.put("attachedENIId", "eni-0" + id);
            broker.put("brokerId", (double) id);
            broker.put("clientSubnet", "subnet-0" + (char) ('a' + id) + "1b");
            broker.put("clientVpcIpAddress", "10.0." + id + "." + (10 + id));
            broker.putObject("currentBrokerSoftwareInfo").put("kafkaVersion", kafkaVersion);
            broker.putArray("endpoints").add("b-" + id + "." + name + "." + shortId() + ".c4.kafka." + region + ".amazonaws.com");
            nodes.add(node);
        }
        return nodes;
    }

    List<ObjectNode> topicInfos() {
        var infos = new ArrayList<ObjectNode>();
        for (var topic : topics) {
            var info = JSON.createObjectNode();
            info.put("topicArn", "arn:aws:kafka:" + region + ":" + ACCOUNT + ":topic/" + name + "/" + uuid + "/" + topic);
            info.put("topicName", topic);
            info.put("partitionCount", 3);
            info.put("replicationFactor", Math.min(3, brokers));
            info.put("outOfSyncReplicaCount", 0);
            infos.add(info);
        }
        return infos;
    }
}
