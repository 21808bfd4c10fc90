package io.pinpipe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Makes an option that a shared mixin declares optional required on the one command that cannot do without it (a
 * picocli model transformer), so the declaration and its help text stay in one place.
 */
abstract class RequiredOption implements CommandLine.IModelTransformer {

    private final String name;

    RequiredOption(String name) {
        this.name = name;
    }

    @Override
    public CommandSpec transform(CommandSpec spec) {
        var option = spec.findOption(name);
        if (option == null) {
            throw new IllegalStateException(spec.qualifiedName() + " has no option " + name + " to require");
        }
        spec.remove(option);
        spec.addOption(option.toBuilder().required(true).build());
        return spec;
    }

    /** {@code --bootstrap}, for {@code connections add}. */
    static final class Bootstrap extends RequiredOption {
        Bootstrap() {
            super("--bootstrap");
        }
    }

    /** {@code --auth}, for {@code msk client-properties}. */
    static final class Auth extends RequiredOption {
        Auth() {
            super("--auth");
        }
    }
}
