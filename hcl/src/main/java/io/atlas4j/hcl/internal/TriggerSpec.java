package io.atlas4j.hcl.internal;

import io.atlas4j.hcl.Expr;
import io.atlas4j.hcl.TraversalExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A trigger block written the Atlas way: one timing block ({@code before}, {@code after}, {@code instead_of}) with
 * its events ({@code insert}, {@code update}, {@code delete}, {@code truncate}, {@code update_of = [column.c]}),
 * {@code for}/{@code foreach} ({@code ROW} or {@code STATEMENT}), {@code when}, and a body: {@code as} (MySQL, SQLite)
 * or {@code execute { function = function.f, args = [...] }} (PostgreSQL). Dialects turn it into their CREATE
 * TRIGGER statement.
 */
record TriggerSpec(String timing, List<String> events, String forEach, Optional<String> when, Optional<String> body,
                   Optional<String> function, List<String> args) {

    static TriggerSpec of(Mapper.Ctx t) {
        String timing = "";
        List<String> events = new ArrayList<>();
        for (String block : new String[] {"before", "after", "instead_of"}) {
            for (Mapper.Ctx b : t.children(block)) {
                timing = block.equals("instead_of") ? "INSTEAD OF" : block.toUpperCase(java.util.Locale.ROOT);
                if (b.bool("insert")) {
                    events.add("INSERT");
                }
                List<Expr> of = b.list("update_of");
                if (!of.isEmpty()) {
                    List<String> cols = new ArrayList<>();
                    for (Expr e : of) {
                        List<String> n = ((TraversalExpr) e).names();
                        cols.add(n.get(n.size() - 1));
                    }
                    events.add("UPDATE OF " + String.join(", ", cols));
                } else if (b.bool("update")) {
                    events.add("UPDATE");
                }
                if (b.bool("delete")) {
                    events.add("DELETE");
                }
                if (b.bool("truncate")) {
                    events.add("TRUNCATE");
                }
            }
        }
        if (timing.isEmpty()) {
            t.error("trigger \"" + t.label() + "\" needs a before, after or instead_of block, or a definition");
        }
        String forEach = t.word("for").or(() -> t.word("foreach")).orElse("ROW").toUpperCase(java.util.Locale.ROOT);
        Optional<String> function = Optional.empty();
        List<String> args = new ArrayList<>();
        for (Mapper.Ctx e : t.children("execute")) {
            function = e.attr("function").map(a -> {
                List<String> n = ((TraversalExpr) a.value()).names();
                return n.get(n.size() - 1);
            });
            args.addAll(e.words("args"));
        }
        return new TriggerSpec(timing, events, forEach, t.string("when"), t.string("as"), function, args);
    }
}
