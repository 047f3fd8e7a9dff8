package io.atlas4j.offline.internal;

import java.util.ArrayList;
import java.util.List;
import net.sf.jsqlparser.statement.select.ExceptOp;
import net.sf.jsqlparser.statement.select.IntersectOp;
import net.sf.jsqlparser.statement.select.LateralSubSelect;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperation;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.UnionOp;

/**
 * A set operation as the parser builds it ({@code SetOperationStmt}): a binary tree, INTERSECT binding tighter
 * than UNION and EXCEPT, both left-associative, parentheses around an operand without clauses of its own only
 * grouping. JSqlParser keeps a flat list of operands and operators instead.
 */
final class PgViewSetOps {
    sealed interface SetNode permits Leaf, SetOp {
    }

    /** An operand: a query of its own. */
    record Leaf(Select select) implements SetNode {
    }

    /** UNION, INTERSECT or EXCEPT, with ALL or not. */
    record SetOp(String kind, boolean all, SetNode left, SetNode right) implements SetNode {
    }

    private PgViewSetOps() {
    }

    /** {@return the operation tree of a flat JSqlParser list} */
    static SetNode tree(SetOperationList so) {
        List<Select> selects = so.getSelects();
        List<SetOperation> ops = so.getOperations();
        // INTERSECT binds tighter than UNION and EXCEPT; JSqlParser keeps them as one flat list
        List<SetNode> terms = new ArrayList<>();
        List<SetOperation> between = new ArrayList<>();
        terms.add(node(selects.get(0)));
        for (int i = 0; i < ops.size(); i++) {
            SetOperation op = ops.get(i);
            SetNode next = node(selects.get(i + 1));
            if (op instanceof IntersectOp x) {
                terms.set(terms.size() - 1, new SetOp("INTERSECT", x.isAll(), terms.get(terms.size() - 1), next));
            } else {
                between.add(op);
                terms.add(next);
            }
        }
        SetNode result = terms.get(0);
        for (int i = 0; i < between.size(); i++) {
            SetOperation op = between.get(i);
            if (op instanceof UnionOp u) result = new SetOp("UNION", u.isAll(), result, terms.get(i + 1));
            else if (op instanceof ExceptOp e) result = new SetOp("EXCEPT", e.isAll(), result, terms.get(i + 1));
            else throw new Unsupported("the set operation " + op);
        }
        return result;
    }

    private static SetNode node(Select s) {
        if (s instanceof ParenthesedSelect ps && !PgViewDeparser.hasClauses(ps) && ps.getAlias() == null && !(ps instanceof LateralSubSelect)) {
            Select inner = ps.getSelect();
            if (inner instanceof SetOperationList so && !PgViewDeparser.hasClauses(so)) return tree(so);
            if (inner instanceof ParenthesedSelect) return node(inner);
        }
        if (s instanceof SetOperationList so && !PgViewDeparser.hasClauses(so)) return tree(so);
        return new Leaf(s);
    }

    static int leaves(SetNode n) {
        return n instanceof SetOp op ? leaves(op.left()) + leaves(op.right()) : 1;
    }
}
