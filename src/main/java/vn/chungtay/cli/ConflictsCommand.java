package vn.chungtay.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.chungtay.app.AppServices;
import vn.chungtay.app.i18n.Messages;
import vn.chungtay.app.sync.ConflictDetail;

/** {@code conflicts [--json]}: the edits made apart that wait for a person to choose, field by field. */
@Command(name = "conflicts", mixinStandardHelpOptions = true)
final class ConflictsCommand implements Callable<Integer> {

    @ParentCommand
    ChungTayCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", descriptionKey = "json")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Messages m = root.messages();
        List<ConflictDetail> details;
        try (AppServices services = root.openServices()) {
            details = services.sync().allConflicts().stream().map(c -> services.sync().detail(c.id())).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode list = mapper.createArrayNode();
            for (ConflictDetail d : details) {
                ObjectNode n = list.addObject();
                n.put("id", d.conflict().id().toString());
                n.put("type", d.conflict().recordType());
                n.put("record", d.conflict().recordId().toString());
                n.put("owner", d.conflict().ownerUnit());
                n.put("detectedAt", d.conflict().detectedAt().toString());
                ArrayNode fields = n.putArray("fields");
                d.conflict().fields().forEach(fields::add);
                ObjectNode mine = n.putObject("mine");
                ObjectNode theirs = n.putObject("theirs");
                d.fields().stream().filter(ConflictDetail.FieldDiff::conflicting).forEach(f -> {
                    mine.put(f.field(), f.mine());
                    theirs.put(f.field(), f.theirs());
                });
            }
            out.println(mapper.writeValueAsString(list));
        } else if (details.isEmpty()) {
            out.println(m.get("cli.conflicts.none"));
        } else {
            for (ConflictDetail d : details) {
                out.println(m.get("cli.conflicts.record", d.conflict().recordType(), d.conflict().recordId(),
                        d.conflict().ownerUnit(), d.localUser(), d.incomingUser()));
                d.fields().stream().filter(ConflictDetail.FieldDiff::conflicting).forEach(f ->
                        out.println(m.get("cli.conflicts.field", f.field(), f.mine(), f.theirs())));
            }
        }
        out.flush();
        return ExitCode.DONE;
    }
}
