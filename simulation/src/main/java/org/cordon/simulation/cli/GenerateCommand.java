package org.cordon.simulation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cordon.community.Community;
import org.cordon.community.register.RegisterWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cordon generate --preset jinsha-2020 --seed S --out DIR [--residents N]}: writes a
 * community as register files (CSV, one file per entity), all or nothing.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Write a community (a preset, or a register to normalise) as register files (CSV).")
public final class GenerateCommand implements Callable<Integer> {
  @Mixin CommunityOptions community;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    community.check();
    Community c;
    try (AtomicOutput output = AtomicOutput.open(out, "--out")) {
      c = community.load();
      output.commit(dir -> RegisterWriter.write(c, dir));
    }
    PrintWriter w = spec.commandLine().getOut();
    w.printf(
        "wrote %s to %s: %d residents, %d households, %d buildings, %d compounds, %d checkpoints, %d returnees%n",
        community.describe(),
        out,
        c.residentCount(),
        c.households().size(),
        c.buildings().size(),
        c.compounds().size(),
        c.checkpoints().size(),
        c.returneeCount());
    w.flush();
    return 0;
  }
}
