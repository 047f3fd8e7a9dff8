package io.atlas4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code atlas4j completion}: prints the shell completion script picocli generates from the command tree. */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Print a completion script for bash (and zsh, through bashcompinit) covering every command and option.",
                "bash: source <(atlas4j completion)   or save it to /etc/bash_completion.d/atlas4j",
                "zsh:  autoload -U +X bashcompinit && bashcompinit && source <(atlas4j completion)"})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash(root.getCommandName(), root));
        out.flush();
        return 0;
    }
}
