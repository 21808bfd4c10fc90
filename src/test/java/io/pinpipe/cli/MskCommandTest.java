package io.pinpipe.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pinpipe.testing.FakeCluster;
import io.pinpipe.testing.FakeMsk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code pinpipe msk ...} against the fake MSK endpoint, through the real SDK client and the test profiles. */
class MskCommandTest {

    private static FakeMsk msk;
    private static FakeCluster pipeline;

    @TempDir
    static Path folder;
    private static Map<String, String> env;

    @BeforeAll
    static void start() throws Exception {
        msk = FakeMsk.start();
        for (var i = 1; i <= 12; i++) {
            msk.add(FakeCluster.provisioned(String.format("svc-%02d", i), "eu-west-1"));
        }
        pipeline = FakeCluster.provisioned("pinterest-msk", "eu-west-1").withScram().topics("0a1b2c3d4e5f.pin");
        msk.add(pipeline, FakeCluster.serverless("events", "eu-west-1"), FakeCluster.provisioned("building", "eu-west-1").state("CREATING"),
                FakeCluster.provisioned("locked", "eu-west-1"), FakeCluster.provisioned("virginia", "us-east-1"));
        msk.forbidBootstrapBrokers("locked");
        var files = FakeMsk.writeProfiles(folder.resolve("aws"), "eu-west-1");
        env = new HashMap<>(files.env());
        env.put("AWS_ENDPOINT_URL_KAFKA", msk.endpoint().toString());
        env.put("AWS_PROFILE", FakeMsk.PROFILE);
    }

    @AfterAll
    static void stop() {
        msk.close();
    }

    @AfterEach
    void signedCorrectly() {
        assertThat(msk.signatureProblems()).isEmpty();
    }

    @Test
    void clustersInColumnsFromEveryPage() {
        var run = msk("clusters");
        assertThat(run.exitCode()).as(run.err()).isZero();
        var lines = run.out().lines().toList();
        assertThat(lines.get(0)).matches("NAME +TYPE +STATE +KAFKA +BROKERS +INSTANCE +AUTH +CREATED \\(UTC\\)");
        assertThat(lines).hasSize(1 + 16);
        assertThat(run.out()).containsPattern("(?m)^pinterest-msk +Provisioned +ACTIVE +3\\.6\\.0 +3 +kafka\\.m5\\.large +IAM,SASL/SCRAM +2024-03-01 10:15$")
                .containsPattern("(?m)^events +Serverless +ACTIVE +- +- +- +IAM +2024-03-01 10:15$")
                .containsPattern("(?m)^building +Provisioned +CREATING ")
                .doesNotContain("virginia");
    }

    @Test
    void clustersAsJsonAndAcrossRegions() throws Exception {
        var json = new ObjectMapper().readTree(msk("clusters", "--json").out());
        assertThat(json).hasSize(16);
        var first = json.get(0);
        assertThat(first.get("name").asText()).isEqualTo("building");
        assertThat(first.get("arn").asText()).startsWith("arn:aws:kafka:eu-west-1:123456789012:cluster/building/");
        assertThat(first.get("type").asText()).isEqualTo("PROVISIONED");
        assertThat(first.get("state").asText()).isEqualTo("CREATING");
        assertThat(first.get("auth").get(0).asText()).isEqualTo("IAM");

        var all = msk("clusters", "--all-regions", "--json");
        assertThat(all.exitCode()).as(all.err()).isZero();
        var regions = new java.util.TreeSet<String>();
        new ObjectMapper().readTree(all.out()).forEach(node -> regions.add(node.get("region").asText()));
        assertThat(regions).containsExactly("eu-west-1", "us-east-1");
    }

    @Test
    void bootstrapBrokersByNameOrArnAndForOneMode() {
        var table = msk("brokers", "pinterest-msk");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).containsPattern("(?m)^AUTH +NETWORK +BOOTSTRAP$")
                .containsPattern("(?m)^iam +private +b-1\\.pinterest-msk\\.[0-9a-f-]+\\.c4\\.kafka\\.eu-west-1\\.amazonaws\\.com:9098,")
                .containsPattern("(?m)^scram +public +b-pub-1\\.");
        var iam = msk("brokers", pipeline.arn(), "--auth", "iam");
        assertThat(iam.out()).isEqualTo(pipeline.bootstrap("bootstrapBrokerStringSaslIam") + System.lineSeparator());
    }

    @Test
    void clientPropertiesForIamAreTheSeedsWithTheProfile() throws Exception {
        var file = folder.resolve("client.properties");
        var run = msk("client-properties", "pinterest-msk", "--auth", "iam", "--output", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(file)).contains("bootstrap.servers = " + pipeline.bootstrap("bootstrapBrokerStringSaslIam"),
                "security.protocol = SASL_SSL", "sasl.mechanism = AWS_MSK_IAM",
                "sasl.jaas.config = software.amazon.msk.auth.iam.IAMLoginModule required awsProfileName=\"pinpipe-test\";",
                "sasl.client.callback.handler.class = software.amazon.msk.auth.iam.IAMClientCallbackHandler")
                .doesNotContain(FakeMsk.SECRET_KEY).doesNotContain(FakeMsk.ACCESS_KEY);
        assertThat(msk("client-properties", "pinterest-msk", "--auth", "iam", "--output", file.toString()).err())
                .isEqualTo("pinpipe: " + file + " exists: add --force to overwrite it (see 'pinpipe msk client-properties --help')"
                        + System.lineSeparator());
    }

    @Test
    void iamPolicyFromAnArnNeedsNoCall() throws Exception {
        msk.clearRequests();
        var run = msk("iam-policy", pipeline.arn(), "--topic-prefix", "0a1b2c3d4e5f.");
        assertThat(run.exitCode()).as(run.err()).isZero();
        var policy = new ObjectMapper().readTree(run.out());
        assertThat(policy.get("Statement").get(1).get("Resource").asText())
                .isEqualTo(pipeline.arn().replace(":cluster/", ":topic/") + "/0a1b2c3d4e5f.*");
        assertThat(msk.requests()).isEmpty();
        assertThat(msk("iam-policy", "pinterest-msk", "--topic-prefix", "x", "--compare").out())
                .contains("\"kafka-cluster:*\"", "Least privilege for pinterest-msk");
    }

    @Test
    void badInputIsOneLineAndANonZeroExit() {
        assertOneLine(msk("brokers", "no-such-cluster"), 1, "pinpipe: No MSK cluster named 'no-such-cluster' for profile pinpipe-test in eu-west-1; there are: building, events, locked,");
        assertOneLine(msk("brokers", "pinterest-msk", "--auth", "kerberos"), 2, "pinpipe: Unknown auth mode 'kerberos': use one of plaintext, tls, scram, iam");
        assertOneLine(msk("clusters", "--region", "mars"), 2, "pinpipe: 'mars' is not an AWS region such as us-east-1 or eu-west-2");
        assertOneLine(msk("clusters", "--profile", "nobody"), 2, "pinpipe: No AWS profile 'nobody' in ");
        assertOneLine(msk("clusters", "--aws-profile", "nobody"), 2, "pinpipe: No AWS profile 'nobody' in ");
        assertOneLine(msk("clusters", "--aws-region", "mars"), 2, "pinpipe: 'mars' is not an AWS region such as us-east-1 or eu-west-2");
        assertOneLine(msk("client-properties", "pinterest-msk"), 2, "pinpipe: Missing required option: '--auth=MODE'");
        assertOneLine(msk("brokers", "locked"), 1, "pinpipe: Access denied: AWS profile 'pinpipe-test' may not call kafka:GetBootstrapBrokers on cluster locked.");
        assertOneLine(msk("brokers", "building"), 1, "pinpipe: Cluster building is CREATING: it has no bootstrap brokers until it is ACTIVE");
        assertOneLine(msk("brokers", pipeline.arn().replace("pinterest-msk", "gone")), 1, "pinpipe: No such MSK cluster");
        assertOneLine(msk("iam-policy", pipeline.arn(), "--topic-prefix", "*"), 2, "pinpipe: The topic prefix '*' may hold only");
        assertOneLine(msk("clusters", "--profile", "default"), 1,
                "pinpipe: No AWS credentials for AWS profile 'default': run 'aws configure --profile default'");
        var noRegion = new HashMap<>(env);
        noRegion.remove("AWS_PROFILE");
        noRegion.put("AWS_CONFIG_FILE", folder.resolve("missing").toString());
        assertOneLine(CliRun.of(noRegion, "msk", "clusters"), 2, "pinpipe: No AWS region: give --region (e.g. --region eu-west-1) or set AWS_REGION");
    }

    private static void assertOneLine(CliRun run, int exitCode, String start) {
        assertThat(run.exitCode()).as(run.everything()).isEqualTo(exitCode);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith(start).doesNotContain("Exception:").doesNotContain("\tat ");
        assertThat(run.everything()).doesNotContain(FakeMsk.SECRET_KEY);
    }

    private static CliRun msk(String... args) {
        var all = new String[args.length + 1];
        all[0] = "msk";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.of(env, all);
    }
}
