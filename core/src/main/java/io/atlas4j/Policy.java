package io.atlas4j;

import io.atlas4j.change.Change;
import io.atlas4j.change.DropColumn;
import io.atlas4j.change.DropObject;
import io.atlas4j.change.DropSchema;
import io.atlas4j.change.DropTable;
import io.atlas4j.change.Edit;
import io.atlas4j.change.ModifyColumn;
import io.atlas4j.change.ModifyObject;
import io.atlas4j.change.ModifyTable;
import io.atlas4j.change.TableChange;
import io.atlas4j.diff.DiffOptions;
import io.atlas4j.error.DestructiveChangeException;
import io.atlas4j.plan.Edits;
import io.atlas4j.plan.PlanOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Immutable rules for what a diff may plan and an apply may do:
 * <ul>
 * <li>change kinds to skip (never planned: {@code skip(DropIndex.class)});</li>
 * <li>destructive changes (drops of schemas, tables, columns) refused unless allowed, in general
 *     ({@link #allowDestructive()}) or for matching objects ({@link #allowDrops(String...)});</li>
 * <li>objects never dropped, whatever else is allowed ({@link #neverDrop(String...)}): a deny rule wins;</li>
 * <li>whether indexes are built concurrently where the dialect can.</li>
 * </ul>
 * <pre>{@code
 * Policy p = Policy.defaults().neverDrop("users").allowDrops("tmp_*").concurrentIndexes(true);
 * }</pre>
 */
public record Policy(boolean destructiveAllowed, List<ObjectRule> rules, Set<Class<? extends Edit>> skipped,
                     boolean concurrentIndexes) {
    public Policy {
        rules = List.copyOf(rules);
        skipped = Set.copyOf(skipped);
    }

    /** {@return destructive changes refused, nothing skipped, indexes built the dialect's default way} */
    public static Policy defaults() {
        return new Policy(false, List.of(), Set.of(), false);
    }

    public Policy allowDestructive() {
        return new Policy(true, rules, skipped, concurrentIndexes);
    }

    /** {@return a policy that never drops objects matching the globs, even when destructive changes are allowed} */
    public Policy neverDrop(String... patterns) {
        return withRules(ObjectRule.Verdict.DENY, patterns);
    }

    /** {@return a policy that allows dropping objects matching the globs (their columns too for table patterns)} */
    public Policy allowDrops(String... patterns) {
        return withRules(ObjectRule.Verdict.ALLOW, patterns);
    }

    @SafeVarargs
    public final Policy skip(Class<? extends Edit>... kinds) {
        Set<Class<? extends Edit>> next = new HashSet<>(skipped);
        next.addAll(List.of(kinds));
        return new Policy(destructiveAllowed, rules, next, concurrentIndexes);
    }

    public Policy concurrentIndexes(boolean concurrent) {
        return new Policy(destructiveAllowed, rules, skipped, concurrent);
    }

    private Policy withRules(ObjectRule.Verdict verdict, String... patterns) {
        List<ObjectRule> next = new ArrayList<>(rules);
        for (String p : patterns) next.add(new ObjectRule(verdict, p));
        return new Policy(destructiveAllowed, next, skipped, concurrentIndexes);
    }

    /** {@return diff options that skip this policy's change kinds, merged into {@code base}} */
    public DiffOptions diffOptions(DiffOptions base) {
        if (skipped.isEmpty()) return base;
        DiffOptions skip = DiffOptions.defaults();
        for (Class<? extends Edit> k : skipped) skip = skip.skip(k);
        return base.merge(skip);
    }

    public PlanOptions planOptions(PlanOptions base) {
        return concurrentIndexes ? base.withConcurrentIndexes(true) : base;
    }

    /** {@return the destructive changes this policy refuses; empty when the changes may be applied} */
    public List<PolicyViolation> check(List<Change> changes) {
        List<PolicyViolation> out = new ArrayList<>();
        for (Change c : changes) {
            if (skips(c)) continue;
            if (c instanceof DropSchema d) decide(c, d.schema().name(), null, "drop schema", out);
            else if (c instanceof DropTable d) decide(c, d.table().name(), null, "drop table", out);
            else if (c instanceof ModifyTable m) {
                for (TableChange tc : m.changes()) {
                    if (skips(tc)) continue;
                    if (tc instanceof DropColumn d) decide(tc, m.from().name() + "." + d.column().name(), m.from().name(), "drop column", out);
                    if (tc instanceof ModifyColumn mc && Edits.isNarrowing(mc)) {
                        decide(tc, m.from().name() + "." + mc.from().name(), m.from().name(), "narrow the type of column", out);
                    }
                }
            } else if (c instanceof DropObject d && d.object().holdsData()) {
                decide(c, d.object().name(), null, "drop " + d.object().kind(), out);
            } else if (c instanceof ModifyObject mo && mo.from().holdsData()) {
                decide(c, mo.from().name(), null, "re-create " + mo.from().kind(), out);
            }
        }
        return out;
    }

    /** Throws {@link DestructiveChangeException} naming each refused change and the rule that refused it. */
    public void enforce(List<Change> changes) {
        List<PolicyViolation> v = check(changes);
        if (!v.isEmpty()) throw new DestructiveChangeException(v.stream().map(PolicyViolation::reason).toList());
    }

    private boolean skips(Edit e) {
        for (Class<? extends Edit> k : skipped) if (k.isInstance(e)) return true;
        return false;
    }

    private void decide(Edit change, String object, String table, String action, List<PolicyViolation> out) {
        String what = action + " " + object;
        for (ObjectRule r : rules) {
            if (r.verdict() == ObjectRule.Verdict.DENY && r.matches(object)) {
                out.add(new PolicyViolation(change, object, what + " (policy: " + r + ")"));
                return;
            }
        }
        for (ObjectRule r : rules) {
            if (r.verdict() == ObjectRule.Verdict.ALLOW && (r.matches(object) || (table != null && r.matches(table)))) return;
        }
        if (!destructiveAllowed) out.add(new PolicyViolation(change, object, what + " (destructive changes are not allowed)"));
    }
}
