package io.pinpipe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code pinpipe topics alter-config NAME --config k=v}: an empty value reverts to the default. */
@Command(name = "alter-config", mixinStandardHelpOptions = true,
        description = "Sets topic configs; KEY= (empty value) removes the setting so the broker default applies.")
final class TopicsAlterConfigCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    TopicOnCluster topic;

    @Option(names = "--config", required = true, paramLabel = "KEY=VALUE", description = "The config to set; repeatable.")
    Map<String, String> configs = new LinkedHashMap<>();

    @Mixin
    ValidateOnlyOption validateOnly;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (var admin = topic.admin()) {
            // Every change is checked by the broker first, so a bad one later in the list changes nothing.
            configs.forEach((key, value) -> admin.alterConfig(topic.name, key, value, true));
            if (!validateOnly.wanted) {
                configs.forEach((key, value) -> admin.alterConfig(topic.name, key, value, false));
            }
        }
        if (json.wanted) {
            var root = TopicJson.object().put("name", topic.name).put("validateOnly", validateOnly.wanted);
            var changed = root.putObject("configs");
            configs.forEach(changed::put);
            TopicJson.print(out, root);
            return 0;
        }
        configs.forEach((key, value) -> out.println((validateOnly.wanted ? "Valid: " : "") + topic.name + ": " + key
                + (value.isEmpty() ? " reverted to the default" : " = " + value)));
        out.flush();
        return 0;
    }
}
